"""Readings of the UU set (pages and sentences written for these tests, not news copy): a union's threat quoted after
the lede that reports the strike tells it again; a lede whose subject was sentenced is named there, not inside what
describes them; one share told as "10명 가운데 4명" and again as "41.3%" is one fact."""
import pytest

STRIKE = """가람여객 노조 “임금 동결 못 받아…20일 첫차부터 전면 파업”
[가온일보 정하람 기자] 2026.11.12 14:20

가람시 시내버스의 절반을 운행하는 가람여객 노동조합이 오는 20일 첫차부터 전면 파업에 들어가겠다고 예고했다.

가람여객 노조는 12일 가람시청 앞에서 기자회견을 열고 “사측이 끝내 임금 동결안을 고집한다면 20일 오전 5시 첫차부터 모든 노선의 운행을 멈추겠다”고 밝혔다.

노조는 지난 9일 쟁의행위 찬반투표에서 재적 조합원 312명 가운데 290명이 투표해 265명이 찬성했다고 밝혔다.

한도윤 노조위원장은 “하루 17시간을 운전하고도 이웃 도시 기사들보다 한 달에 50만원을 덜 받는다”고 말했다.

사측은 “시의 재정 지원이 늘지 않는 한 임금을 올릴 여력이 없다”는 입장이다.

가람시는 파업에 대비해 전세버스 80대를 투입하는 비상수송대책을 마련하기로 했다.

정하람 기자 haram@gaonilbo.kr
"""


def test_a_unions_threat_quoted_after_the_lede_is_not_a_second_bullet(analyzer):
    # "한울여객 노동조합, 오는 25일 첫차부터 전면 파업에 들어가겠다고 예고" then "한울여객 노조, “…25일 오전 5시 첫차부터
    # 모든 노선의 운행을 멈추겠다”" (read blind, R=1 in each of four such blocks: "restates bullet 1 as a quote, adds only
    # the date")
    from bullet_helpers import summarize_page

    _, summary = summarize_page(analyzer, STRIKE)
    assert summary.bullets[0].startswith("가람시 시내버스의 절반을 운행하는 가람여객 노동조합, 오는 20일 첫차부터 전면 파업"), summary.bullets
    assert not any("운행을 멈추겠다" in b for b in summary.bullets), summary.bullets
    assert len(summary.bullets) >= 3, summary.bullets


@pytest.mark.parametrize("later, same", [
    ('가람여객 노조, "사측이 임금 동결안을 고집한다면 20일 오전 5시 첫차부터 모든 노선의 운행을 멈추겠다"', True),
    ("간호노조, “정부가 배치기준을 법제화하지 않으면 20일부터 무기한 총파업에 돌입하겠다”", True),
    ("조정이 결렬되면 노조는 20일 첫차부터 파업에 들어갈 전망", True),
    # (what a strike would do, in a condition; one under way; how many walk out; another union's; another day's)
    ("실제 파업에 들어가면 시내버스의 절반인 120여대가 멈춰 섬", False),
    ("노조, 지난 5일부터 하루 4시간씩 부분파업을 벌여 옴", False),
    ("노조원 312명, 20일부터 파업 돌입", False),
    ("나래여객 노조도 20일 파업에 들어가기로", False),
    ("나래여객 노조, 27일 파업에 들어가기로", False),
])
def test_a_strike_told_again(analyzer, later, same):
    from pipeline.engines.extractive import _same_strike

    lede = analyzer.morphs("가람여객 노동조합, 오는 20일 첫차부터 전면 파업에 들어가겠다고 예고")
    assert _same_strike(analyzer.morphs(later), lede) == same
    # (with "다음 달" the lede says when; with no time at all, the quote's day is news)
    next_month = analyzer.morphs("간호사노동조합, 다음 달 총파업에 들어가겠다고 밝혀")
    no_time = analyzer.morphs("병원 3곳의 노동조합, 인력 충원을 요구하며 총파업에 들어가겠다고 밝혀")
    quote = analyzer.morphs("노조, “요구를 외면한다면 26일 오전 7시부터 무기한 파업에 돌입하겠다”")
    assert _same_strike(quote, next_month) and not _same_strike(quote, no_time)


def test_the_one_sentenced_is_named_as_the_ledes_subject_not_inside_what_describes_them():
    # "간호조무사와 의료기기 영업사원 오모 씨에게 수술을 대신 맡긴 정형외과 원장, 1심에서 징역 2년을 선고받고 …" made the
    # surgeon's name the sales rep's (F=0: a defendant misidentified)
    from pipeline.engines.extractive import named_sentence

    lede = "간호조무사와 영업사원에게 수술을 대신 맡긴 치과 원장, 1심에서 실형을 선고받고 법정에서 구속"
    later = "가온지법, 보건범죄단속법 위반 혐의로 기소된 치과 원장 오모 씨에게 징역 2년과 벌금 1,000만원을 선고하고 법정구속"
    assert named_sentence(lede, later) == "간호조무사와 영업사원에게 수술을 대신 맡긴 치과 원장 오모 씨, 1심에서 징역 2년을 선고받고 법정에서 구속"


@pytest.mark.parametrize("chosen, later, same", [
    # "청년 10명 가운데 4명, 첫 직장을 1년도 채우지 못하고 그만둠" then "조사 결과 첫 직장을 1년 안에 그만둔 비율, 41.3%"
    # (read blind: "repeats bullet 1 (4 in 10 = 41.3%)")
    ("청년 10명 가운데 4명, 첫 일자리를 1년 안에 그만둠", "조사 결과 첫 일자리를 1년 안에 그만둔 비율, 38.9%", True),
    ("자가용 출근자 10명 가운데 4명, 환승이 줄면 대중교통으로 바꾸겠다고 답",
     "자가용 출근자 2,100명에게 묻자 42.5%가 ‘환승이 1회로 줄면’ 대중교통으로 바꾸겠다고 답함", True),
    ("주민 10명 중 7명, 공항 이전에 반대", "공항 이전에 반대한 주민, 68%", True),
    # (a trend of the share is news; so is another act, or a share far from it)
    ("주민 10명 중 7명, 공항 이전에 반대", "공항 이전 반대 응답 비율, 지난해 55%에서 68%로 높아짐", False),
    ("주민 10명 중 7명, 공항 이전에 반대", "청년층의 72%, 공항 이전에 찬성", False),
    ("주민 10명 중 7명, 공항 이전에 반대", "공항 이전에 반대한 주민, 58%", False),
])
def test_one_share_told_as_a_part_of_ten_and_as_a_percentage(analyzer, chosen, later, same):
    from pipeline.engines.extractive import _same_share
    from pipeline.config.summarize import SummarizeConfig
    from pipeline.engines import build_engine

    engine = build_engine("kiwi", SummarizeConfig(), analyzer)
    words, _, morphs = engine._bullet_keys(later)
    chosen_words, _, chosen_morphs = engine._bullet_keys(chosen)
    assert _same_share(morphs, words, chosen_morphs, chosen_words) == same


@pytest.mark.parametrize("sentence, expected", [
    # "복지부, 의사 2명과 간호사 4명을 야간 전담 인력으로 두도록 할 계획" left out "각 군의 …1곳씩을 거점 병원으로 지정하고":
    # each hospital's staff read as the whole plan's (F=0). The headline's words ("야간", "전담 의사") guide the bullet
    ("도는 각 군의 지역응급의료기관 1곳씩을 야간 거점 병원으로 지정하고, 의사 2명과 간호사 4명을 야간 전담 인력으로 두도록 할 계획이다.",
     "도, 각 군의 지역응급의료기관 1곳씩을 야간 거점 병원으로 지정할 계획"),
    # (counts of no unit dealt out stand alone)
    ("도는 지은 지 30년이 넘은 지역응급의료기관의 낡은 검사 장비를 모두 바꾸고, 의사 2명과 간호사 4명을 야간 전담 인력으로 새로 둘 계획이다.",
     "도, 의사 2명과 간호사 4명을 야간 전담 인력으로 새로 둘 계획"),
])
def test_counts_dealt_out_by_unit_keep_the_clause_that_deals_them(analyzer, sentence, expected):
    from bullet_helpers import analyse
    from pipeline.compress import Compressor

    doc = analyse(analyzer, sentence)
    guide = {"의사": 1.0, "전담": 1.0, "야간": 1.0}
    assert Compressor(analyzer.kiwi, 60).compress(doc.sentences[0], doc.article.body, guide=guide).text == expected


@pytest.mark.parametrize("sentence, expected", [
    # "…곶감 선물 상자 30개, 1시간도 안 돼 동 남" (G=0: "동 남" reads as "동남", south-east)
    ("준비한 떡 200상자는 1시간도 안 돼 동이 났다.", "준비한 떡 200상자, 1시간도 안 돼 동이 남"),
    ("다리 기둥에 금이 갔다.", "다리 기둥에 금이 감"),
    # (a noun of two syllables reads apart from its verb)
    ("회의가 결론이 났다.", "회의, 결론 남"),
])
def test_a_one_syllable_idiom_keeps_its_particle(analyzer, sentence, expected):
    from bullet_helpers import bullet

    assert bullet(analyzer, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # "주민 126명, 평균 나이 71세인 마을은 …주민들이 직접 축제를 꾸릴 예정" (F=0: they have done so for four years)
    ("주민 80명이 사는 이 마을은 외부 업체에 맡기지 않고 주민들이 직접 장터를 연다.", "주민 80명이 사는 마을은 외부 업체에 맡기지 않고 주민들이 직접 장터 열어"),
    # (with no topic of its own, the doer's plain present is an act to come)
    ("국내 배우들도 레드 카펫을 밟는다.", "국내 배우들도 레드 카펫을 밟을 예정"),
])
def test_what_others_do_under_a_topic_of_its_own_is_how_things_are(analyzer, sentence, expected):
    from bullet_helpers import bullet

    assert bullet(analyzer, sentence) == expected


PROXY = """가온체육연맹 보조금 3억 빼돌린 의혹…경찰 압수수색
[가온일보 한서진 기자] 2026.11.20 11:00

경찰이 대표 훈련비 등 보조금 수억원을 빼돌린 의혹을 받는 가온체육연맹에 대해 강제수사에 나섰다.

가온경찰청은 전날 연맹 사무실과 전 사무처장 윤모(56) 씨의 자택 등 4곳을 압수수색했다고 20일 밝혔다.

경찰에 따르면 윤 씨 등은 2022년부터 2025년까지 합숙 훈련 일수를 부풀리는 방식으로 보조금 약 3억2,000만원을 타낸 혐의를 받고 있다.

윤 씨는 혐의를 부인하고 있다.

한서진 기자 seojin@gaonilbo.kr
"""


def test_a_private_person_named_in_full_inside_a_bullet_comes_with_their_role(analyzer):
    # "안모 씨 등, …보조금 약 3억2,000만원을 부당하게 타낸 혐의를 받음" (S=0: "'안모 씨' given no role (전 사무처장)")
    from bullet_helpers import summarize_page
    from pipeline.engines.extractive import _inner_names_in_full

    doc, _ = summarize_page(analyzer, PROXY)
    charged = "윤 씨 등, 2022년부터 2025년까지 합숙 훈련 일수를 부풀리는 방식으로 보조금을 타낸 혐의를 받음"
    assert _inner_names_in_full(charged, doc.sentences, []).startswith("전 사무처장 윤모 씨 등, ")
    # (not twice where the bullet says it right before: "피해자 모임 대표 오 씨")
    assert _inner_names_in_full("경찰, 전 사무처장 윤 씨 소환", doc.sentences, []) == "경찰, 전 사무처장 윤모 씨 소환"


@pytest.mark.parametrize("text, expected", [
    # "이날 이 야구장에서는 한국프로야구선수협회가 주최한 '방출 선수 합동 트라이아웃'이 열렸다" was left out as dangling, and
    # no bullet said what the 41 players took part in (S=0)
    ("12일 오전 가온시의 한 체육관. 이날 이 체육관에서는 가온배구연맹이 주최한 '방출 선수 합동 테스트'가 열렸다.",
     "가온배구연맹이 주최한 '방출 선수 합동 테스트' 열림"),
    # (what follows names nothing by itself: the place is still the scene's)
    ("12일 오전 가온시의 한 마을. 이 마을에서는 해마다 감 축제가 열린다.", None),
])
def test_the_scenes_place_pointed_at_by_this_goes_before_a_named_subject(analyzer, text, expected):
    from bullet_helpers import analyse
    from pipeline.compress import Compressor
    from pipeline.select import sentence_dangles

    doc = analyse(analyzer, text)
    sentence = doc.sentences[-1]
    assert (sentence_dangles(sentence) is None) == (expected is not None), sentence_dangles(sentence)
    if expected is not None:
        assert Compressor(analyzer.kiwi, 60).compress(sentence, doc.article.body).text == expected


@pytest.mark.parametrize("sentence, expected", [
    # "방위사업청이 육군과 해병대 대대급 부대에 보급할 소형 정찰드론 2차 양산 사업을 다시 공고하기로" (G=1: the subject's
    # particle left where the headline comma belongs)
    ("조달청이 전국 초등학교에 보급할 전자칠판 구매 사업을 다시 공고하기로 했다.",
     "조달청, 전국 초등학교에 보급할 전자칠판 구매 사업을 다시 공고하기로"),
    # (what others made is theirs: the one who shows it is not said)
    ("시민이 공원에서 만든 작품을 전시했다.", "시민이 공원에서 만든 작품 전시"),
])
def test_a_bodys_plan_for_the_object_leaves_the_body_the_subject(analyzer, sentence, expected):
    from bullet_helpers import bullet

    assert bullet(analyzer, sentence) == expected


def test_a_quoted_term_ending_in_eum_ends_no_sentence(analyzer):
    # "가온통계청에 따르면 지난 10월 '쉬었음' | 상태인 15~29세 청년은 …": Kiwi ended a sentence at the quoted "-음", and
    # the bullet began "상태인 15~29세 청년, …" (G=0, F=0: what state was lost)
    from bullet_helpers import analyse

    doc = analyse(analyzer, "가온통계청에 따르면 지난 10월 '쉬었음' 상태인 15~29세 청년은 41만2,000명으로 1년 전보다 2만1,000명 늘었다.")
    assert len(doc.sentences) == 1, [s.text for s in doc.sentences]


@pytest.mark.parametrize("sentence, expected", [
    # "홍천군수 선거, 치러진 제9회 전국동시지방선거에서 …" (G=0: the date went, its passive verb "치러진" stayed; Kiwi reads
    # it "치르" + "어" + "지")
    ("지난 4월 10일 치러진 제22대 국회의원 선거에서 가온시 선거구는 김가온 후보가 박나래 후보를 3표 차로 이겼다.",
     "가온시 선거구, 제22대 국회의원 선거에서 김가온 후보가 박나래 후보를 3표 차로 이김"),
    # "시장 활성화 사업, 시작되기 전인 2023년(2,100여 명)과 비교하면 2.2배 수준" (G=0, F=0: the comma made the project what
    # is 2.2 times): the subject of "before" keeps its particle
    ("가온시장 정비 사업이 시작되기 전인 2023년(1,900여 명)과 비교하면 2.4배 수준이다.",
     "가온시장 정비 사업이 시작되기 전인 2023년(1,900여 명)과 비교하면 2.4배 수준"),
])
def test_a_dated_passive_and_a_subject_of_before(analyzer, sentence, expected):
    from bullet_helpers import bullet

    assert bullet(analyzer, sentence) == expected


def test_a_subject_of_before_is_not_the_sentences(analyzer):
    # "…사업이 시작되기 전인 2023년(2,100여 명)과 비교하면 2.2배 수준이다": what is 2.2 times is the sentence before's
    from bullet_helpers import only_sentence
    from pipeline.select import sentence_dangles

    reason = sentence_dangles(only_sentence(analyzer, "정비 사업이 시작되기 전인 2023년과 비교하면 2.2배 수준이다."))
    assert reason is not None and "no subject" in reason, reason
    assert sentence_dangles(only_sentence(analyzer, "수요가 늘기 때문에 값이 올랐다.")) is None


@pytest.mark.parametrize("text, dangles", [
    # "경찰, 이렇게 돌려받은 돈이 안 씨 명의 계좌와 …흘러간 정황을 확인한 것으로 알려짐" (S=0: the scheme "이렇게" points at
    # is in no bullet)
    ("경찰, 이렇게 돌려받은 돈이 윤 씨 명의 계좌로 흘러간 정황을 확인", True),
    # (a demonstrative after the topic mostly points into the topic itself)
    ("연구팀, 이 물질로 전지 수명을 늘림", False),
])
def test_a_manner_told_before_after_the_topic_comma_dangles(analyzer, text, dangles):
    from pipeline.select import bullet_dangling_reason

    assert (bullet_dangling_reason(analyzer.morphs(text), text) is not None) == dangles


def test_a_subject_of_before_keeps_its_own_adverbs_on_the_way(analyzer):
    # (the clause of "before" may date its act: "…사업이 3월에 시작되기 전인 2023년과 비교하면 …")
    from bullet_helpers import only_sentence
    from pipeline.select import sentence_dangles

    reason = sentence_dangles(only_sentence(analyzer, "정비 사업이 3월에 시작되기 전인 2023년과 비교하면 2.2배 수준이다."))
    assert reason is not None and "no subject" in reason, reason
