"""Headline comma, tense of the final predicate, sound bites and restated facts: sentences written for
these tests (not news copy), each with the cases where a rule must not fire."""
import pytest

from pipeline.config.summarize import SummarizeConfig
from pipeline.engines import build_engine
from pipeline.engines.extractive import _restates
from pipeline.select import content_sentences, non_content_reason
from bullet_helpers import analyse, bullet


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the subject of a first clause ("…이 모여", "…이 나서") keeps its particle: a comma would cut that clause
        ("희생자 가족들이 모여 추모식을 열었다.", "희생자 가족들이 모여 추모식 개최"),
        ("주민들이 직접 나서 마을 길을 고쳤다.", "주민들이 직접 나서 마을 길을 고침"),
        # the subject of a relative clause on the object keeps its particle
        ("시민이 공원에서 만든 작품을 전시했다.", "시민이 공원에서 만든 작품 전시"),
        # must NOT fire: an appositive "…인 X를" is no relative clause of the subject
        ("한빛제약이 새 약으로 원인 물질인 단백질을 절반으로 줄였다.", "한빛제약, 새 약으로 원인 물질인 단백질을 절반으로 줄임"),
        # a list with commas keeps its particle; a list without one takes the comma
        ("한빛시와 달빛군, 별빛구가 다음 달 공동 축제를 연다.", "한빛시와 달빛군, 별빛구가 다음 달 공동 축제를 열 예정"),
        ("한빛시와 달빛군은 다음 달 공동 축제를 연다.", "한빛시와 달빛군, 다음 달 공동 축제를 열 예정"),
        # must NOT fire: the top-level subject of the final predicate takes the headline comma
        ("연구팀이 새 물질을 개발하고 특허를 출원했다.", "연구팀, 새 물질을 개발하고 특허 출원"),
        ("경찰이 사고 원인을 조사하고 있다.", "경찰, 사고 원인을 조사 중"),  # an activity under way
        ("정부가 다음 달 새 대책을 발표할 예정이다.", "정부, 다음 달 새 대책 발표 예정"),
        ("충북도가 지역 농산물에 대한 홍보에 나선다.", "충북도, 지역 농산물에 대한 홍보에 나설 예정"),
        # "…로 보인다" is how a thing looks, not an act to come, even after "이번"
        ("이번 화재는 전기 합선 때문으로 보인다.", "이번 화재, 전기 합선 때문으로 보임"),
        ("연구단이 개발한 센서는 오염 물질을 10초 안에 찾아낸다.", "연구단이 개발한 센서, 오염 물질을 10초 안에 찾아냄"),
    ],
)
def test_headline_comma_only_on_the_top_level_subject(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


def test_a_setting_clause_before_the_comma_is_no_list(analyzer):
    from pipeline.compress import _listed_subject

    doc = analyse(analyzer, "폭우로 재난지역이 선포된 가운데, 이번 지원금은 복구에 쓰인다.")
    morphs = list(doc.sentences[0].morphs)
    topic = next(k for k, m in enumerate(morphs) if m.form == "은" and morphs[k - 1].form == "지원금")
    assert not _listed_subject(morphs, 0, topic)
    doc = analyse(analyzer, "한빛시와 달빛군, 별빛구는 축제를 연다.")
    morphs = list(doc.sentences[0].morphs)
    topic = next(k for k, m in enumerate(morphs) if m.form == "는")
    assert _listed_subject(morphs, 0, topic)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a general present statement takes the nominal ending, polite or plain
        ("치매는 기억력과 판단력을 떨어뜨립니다.", "치매, 기억력과 판단력을 떨어뜨림"),
        ("이 질환은 노년층에서 흔히 나타난다.", "이 질환, 노년층에서 흔히 나타남"),
        ("환자 수는 2040년 두 배로 늘어난다.", "환자 수, 2040년 두 배로 늘어남"),  # a year dates a forecast
        # must NOT fire: an action with its time ahead stays "-ㄴ다"
        ("시는 오는 5일 새 도서관을 연다.", "시, 오는 5일 새 도서관을 열 예정"),
        ("협회는 내일 입장을 밝힙니다.", "협회, 내일 입장을 밝힐 예정"),
    ],
)
def test_sentence_endings_become_headline_endings_unless_scheduled(analyzer, sentence, expected):
    out = bullet(analyzer, sentence)
    assert out == expected
    if not expected.endswith("다"):
        assert not out.endswith(("다", "니다"))


@pytest.mark.parametrize(
    "line",
    ["홍길동 / 한빛시 시장 : 내년에는 예산을 더 늘리겠습니다.", "김철수/마을 주민 : 길이 좁아 너무 불편합니다.",
     "[인터뷰] 이영희 / 한빛대 교수 : 대책이 시급합니다."],
)
def test_broadcast_sound_bites_are_not_content(analyzer, line):
    doc = analyse(analyzer, line)
    assert "sound bite" in (non_content_reason(doc.sentences[0]) or "")


@pytest.mark.parametrize(
    "line",
    ["시는 서울/경기 지역 노선을 늘렸다.", "양측은 회의에서 비율을 3:1로 정했다.", "시장은 “내년에 예산을 늘리겠다”고 말했다."],
)
def test_slashes_colons_and_quotations_in_news_sentences_are_content(analyzer, line):
    doc = analyse(analyzer, line)
    assert non_content_reason(doc.sentences[0]) is None


def test_restatement_needs_shared_content_and_no_new_number():
    chosen = ({"한빛시", "심야", "버스", "노선", "신설"}, {"3"})
    assert _restates({"한빛시", "심야", "버스", "노선"}, {"3"}, *chosen)
    assert not _restates({"한빛시", "심야", "버스", "노선"}, {"20"}, *chosen)  # a new number is a new fact
    assert not _restates({"요금", "시내버스", "같다"}, set(), *chosen)
    assert not _restates({"버스", "노선", "신설"}, set(), *chosen)  # too little to judge
    # the years a figure was measured over add no fact ("2017∼2021년 진단 받은 …생존율, 72.1%" after "…(72.1%) 5년 이상 생존")
    survival = ({"암환자", "진단", "년", "이상", "생존"}, {"10", "7", "72.1", "5"})
    assert _restates({"진단", "암환자", "년", "상대", "생존"}, {"2017", "2021", "5", "72.1"}, *survival)
    assert not _restates({"진단", "암환자", "년", "상대", "생존"}, {"2017", "5", "64.2"}, *survival)  # another figure
    # a distinctive amount given again with the same people is the same fact ("피해액 1900만원" / "1900만원 반환")
    refund = ({"경찰", "현금", "만", "회수", "피해자", "반환"}, {"1900"})
    assert _restates({"피해액", "만", "피해자", "돌아가다"}, {"1900"}, *refund)
    assert not _restates({"피해액", "만", "피해자", "돌아가다"}, {"19"}, *({"경찰", "현금", "만", "회수", "피해자", "반환"}, {"19"}))
    # the same two-digit figure about the same things, however reworded
    exports = ({"반도체", "수출", "플러스", "전환", "지난달"}, {"16", "11"})
    assert _restates({"우리나라", "주력", "품목", "반도체", "수출", "플러스", "기록"}, {"16"}, *exports)
    assert not _restates({"우리나라", "주력", "품목", "반도체", "수입", "감소", "기록"}, {"16"}, *exports)
    assert not _restates({"우리나라", "주력", "품목", "반도체", "수출", "플러스", "기록"}, {"1"}, *(exports[0], {"1"}))
    # a longer sentence that adds who did it to a short lede is no restatement of it
    assert not _restates({"한빛시", "심야", "버스", "노선", "신설", "교통국", "시민", "요청", "운행", "간격"}, set(), *chosen)


LEDE = "한빛연구원은 바닷물에서 리튬을 뽑아내는 새 흡착 소재를 개발했다고 12일 밝혔다."
RESTATED = "연구원 측은 여러 차례 시험을 거쳐 바닷물에서 리튬을 뽑아내는 새 흡착 소재를 개발했다고 설명했다."
OTHERS = ("이 소재는 기존 소재보다 두 배 빠르게 리튬을 모은다.", "연구진은 내년까지 시험 설비를 짓기로 했다.",
          "소재 가격은 기존 제품의 절반 수준이다.", "연구 결과는 국제 학술지에 실렸다.")


@pytest.mark.parametrize("name", ["kiwi", "lead"])
def test_a_restating_sentence_gives_way_and_the_lede_stays(analyzer, name):
    doc = analyse(analyzer, LEDE, RESTATED, *OTHERS, title="바닷물서 리튬 뽑는 소재 개발")
    summary = build_engine(name, SummarizeConfig(), analyzer).summarize(doc)
    sources = [s.sentence for s in summary.source_sentences]
    assert sources[0] == 0  # the lede leads and is never dropped as a restatement
    assert 1 not in sources  # the same fact again, with a detail the compression drops
    assert len(summary.bullets) >= 3


def test_a_restatement_with_a_number_of_its_own_stays(analyzer):
    doc = analyse(analyzer, LEDE, RESTATED.replace("여러 차례", "3년 동안 여러 차례"), *OTHERS)
    summary = build_engine("lead", SummarizeConfig(), analyzer).summarize(doc)
    assert [s.sentence for s in summary.source_sentences][:2] == [0, 1]


def test_a_restatement_still_fills_a_block_that_would_fall_short(analyzer):
    doc = analyse(analyzer, LEDE, RESTATED, "연구진은 내년까지 시험 설비를 짓기로 했다.")
    config = SummarizeConfig()
    summary = build_engine("kiwi", config, analyzer).summarize(doc)
    assert len(summary.bullets) >= min(config.bullets.min, len(content_sentences(doc)))


def test_the_same_thing_said_of_the_same_topic_is_a_restatement(analyzer):
    from pipeline.engines.extractive import _same_statement
    chosen = analyzer.morphs("한빛경찰서, 드론 촬영 신고를 받고도 상급기관에 보고하지 않음")
    again = analyzer.morphs("한빛경찰서, 카메라 장착 여부를 알 수 없다고 판단해 본청에 보고하지 않음")
    other = analyzer.morphs("한빛경찰서, 드론을 날린 남성을 찾아 조사")
    figure = analyzer.morphs("한빛경찰서, 신고 3건을 보고하지 않음")
    assert _same_statement(again, chosen)
    assert not _same_statement(other, chosen)  # another predicate: another fact
    assert not _same_statement(figure, chosen)  # a figure of its own: another fact


def test_the_same_event_told_again_with_its_time_and_place_is_a_restatement(analyzer):
    from pipeline.engines.extractive import _same_event
    chosen = analyzer.morphs("김하나 한빛시장과 이두리 가람시장, 12일 두 도시 상생 협약식을 개최")
    again = analyzer.morphs("김하나 시장과 이두리 시장, 이날 오후 3시 한빛시청 5층 대회의실에서 상생 협약식을 개최")
    other_object = analyzer.morphs("김하나 시장과 이두리 시장, 이날 오후 시민 토론회를 개최")
    counted = analyzer.morphs("김하나 시장과 이두리 시장, 이날 기업 12곳과 함께 상생 협약식을 개최")
    someone_else = analyzer.morphs("다온구, 이날 오후 구청에서 상생 협약식을 개최")
    assert _same_event(again, chosen)
    assert not _same_event(other_object, chosen)  # another object: another event
    assert not _same_event(counted, chosen)  # a count of its own is news
    assert not _same_event(someone_else, chosen)  # another actor's event
    # holding an event is one act whichever verb tells it
    held = analyzer.morphs("한빛노총, 가람구 한빛광장 앞에서 전국 노동자대회를 개최")
    assert _same_event(analyzer.morphs("한빛노총, 서울 한빛광장에서 전국 노동자대회를 열어"), held)
    assert _same_event(analyzer.morphs("한빛노총, 오후 2시 전국 노동자대회를 진행"), held)
    assert not _same_event(analyzer.morphs("한빛노총, 서울 한빛광장에서 전국 노동자대회를 취소"), held)



def test_the_same_thing_happening_to_the_same_one_is_a_restatement(analyzer):
    from pipeline.engines.extractive import _same_event
    # no object on either side: the one it happened to is the noun before the chosen bullet's predicate
    chosen = analyzer.morphs("국도에서 멈춰 선 버스를 들이받은 승합차 운전자 숨짐")
    assert _same_event(analyzer.morphs("이 사고로 50대 남성인 승합차 운전자, 크게 다쳐 병원으로 옮겨졌으나 숨짐"), chosen)
    assert not _same_event(analyzer.morphs("이 사고로 버스 운전자, 크게 다쳐 병원으로 옮겨졌으나 숨짐"), chosen)  # someone else
    # a name, a title or a date of its own is what readers want
    festival = analyzer.morphs("한빛시에서 전국 다섯 도시 극단이 참여하는 연극 축제 열림")
    assert not _same_event(analyzer.morphs("연극 축제 '작은 무대', 오는 30일까지 한빛아트홀에서 열림"), festival)


def test_a_sentence_leaning_on_a_restated_one_is_taken_when_the_restated_fact_is_in_the_block(analyzer):
    from pipeline.config.summarize import BulletConfig, KiwiEngineConfig
    from pipeline.engines.extractive import KiwiEngine
    from pipeline.records import Article

    sentences = (
        "가람당과 나래당은 오는 30일 본회의를 열어 예산안을 처리하기로 합의했다.",
        '가람당 김하나 대표와 나래당 이두리 대표는 "오는 30일 오후 본회의를 열어 예산안을 처리하기로 합의했다"고 말했다.',
        "다만 추경 편성을 놓고는 여전히 이견을 보였다.",
        "한빛시는 내년 예산으로 1조 2천억원을 편성했다.",
        "가람구는 주민센터 세 곳을 새로 짓는다.",
        "나래동 도서관은 다음 달 문을 연다.",
    )
    doc = analyzer.analyze(Article(id="deal", title="여야 30일 예산안 처리 합의", paragraphs=sentences))
    engine = KiwiEngine(analyzer, BulletConfig(min=3, max=5), KiwiEngineConfig())
    picked = [c.sentence for c in engine._fill(doc, iter([0, 2, 1, 3, 4, 5]), 3, lede=0)]
    # the quotation says the lede over and stays out; the sentence after it leans on a fact the lede gives
    assert 1 not in picked and 2 in picked


def test_a_distinctive_count_given_again_with_nothing_counted_anew_is_a_restatement(analyzer):
    from pipeline.engines.extractive import _repeats_figure
    chosen = analyzer.morphs("‘한빛 미술 거장전’, 개막 1주일 만에 관람객 1천명을 돌파")
    again = analyzer.morphs("평일에도 학생 단체 관람이 몰리면서 단 7일 만에 1천명을 넘어섬")
    more = analyzer.morphs("주말에는 하루 관람객이 1천명을 넘고 유료 관람객도 300명에 이름")
    small = analyzer.morphs("평일에도 학생 단체 관람이 몰리면서 첫날 3명이 다녀감")
    words = {"한빛", "미술", "거장전", "개막", "관람객", "돌파"}
    assert _repeats_figure(again, chosen, words)
    assert not _repeats_figure(more, chosen, words)  # a count of its own besides: news
    assert not _repeats_figure(small, analyzer.morphs("관람객 3명이 찾음"), words)  # a small count recurs by chance


def test_the_chosen_fact_as_the_first_clause_of_a_longer_bullet_is_a_restatement(analyzer):
    from pipeline.engines.extractive import _same_statement
    chosen = analyzer.morphs("‘한빛 유물전 2025’의 전시기간, 2주일 연장")
    again = analyzer.morphs("한빛박물관이 기획한 특별전 ‘한빛 유물전 2025’의 전시기간, 10월 11일까지 2주간 연장되고 재개관일부터 관람할 수 있음")
    other = analyzer.morphs("‘한빛 유물전 2025’의 전시기간, 관람객 3만명을 넘기고 연장")
    assert _same_statement(again, chosen)
    assert not _same_statement(other, chosen)  # a count of its own


def test_the_same_thing_described_two_ways_is_told_by_its_head_and_title(analyzer):
    from pipeline.engines.extractive import _same_statement
    chosen = analyzer.morphs("역대 최대 규모의 유물을 선보이는 ‘한빛 유물전 2025’의 전시기간, 2주일 연장")
    again = analyzer.morphs("한빛박물관과 가람재단이 공동 기획한 특별전 ‘한빛 유물전 2025’의 전시기간, 10월 11일까지 연장되고 재개관일부터 관람 가능")
    another = analyzer.morphs("한빛박물관과 가람재단이 공동 기획한 특별전 ‘가람 민화전’의 전시기간, 10월 11일까지 연장되고 재개관일부터 관람 가능")
    assert _same_statement(again, chosen)
    assert not _same_statement(another, chosen)  # another exhibition's period


def test_the_same_outcome_not_reached_is_a_restatement_however_it_was_tried(analyzer):
    from pipeline.engines.extractive import _same_failure

    chosen = analyzer.morphs("한빛해경이 실종된 50대 어민을 찾기 위해 밤샘 수색까지 벌였지만, 실종자를 찾지 못함")
    again = analyzer.morphs("해경, 함정 4척과 헬기 1대를 투입해 사흘째 수색을 벌였지만, 남은 실종자 1명을 찾지 못함")
    reported = analyzer.morphs("해경, 실종자를 발견하지 못한 것으로 전해짐")  # another verb of finding, the same outcome
    other = analyzer.morphs("해경, 사고 원인을 찾지 못함")  # another object: another fact
    done = analyzer.morphs("해경, 이틀째 수색 끝에 실종자 1명을 찾음")  # found: the opposite outcome
    assert _same_failure(again, chosen) and _same_failure(reported, chosen)
    assert not _same_failure(other, chosen) and not _same_failure(done, chosen)


def test_one_total_told_twice_rounded_once_is_a_restatement(analyzer):
    from pipeline.engines.extractive import _same_total

    chosen = analyzer.morphs("한빛 완성차 3개사, 지난달 국내외에서 52만여대를 판매하며 성장")
    again = analyzer.morphs("한빛차·누리차·달빛차, 지난 4월 52만 3310대를 판매해 전년 동기 대비 6.1% 성장")
    other = analyzer.morphs("한빛차, 지난 4월 28만 1450대를 판매해 4.2% 성장")  # another total
    fell = analyzer.morphs("수출, 52만 3310대로 6.1% 감소")  # the same figure, another predicate
    assert _same_total(again, chosen)
    assert not _same_total(other, chosen) and not _same_total(fell, chosen)


def test_counts_by_kind_that_add_up_to_a_chosen_count_are_a_restatement(analyzer):
    from pipeline.engines.extractive import _breaks_down

    chosen = analyzer.morphs("한빛해양경찰서, 불법 조업을 한 선원 7명을 붙잡아 모두 구속 송치")
    again = analyzer.morphs("한빛해경, 어선 2척을 나포했으며, 선장 2명, 기관장 2명, 선원 3명을 구속 송치")
    other = analyzer.morphs("한빛해경, 선장 2명, 기관장 2명, 선원 4명을 구속 송치")  # 8 people: another count
    fined = analyzer.morphs("한빛해경, 선장 2명, 기관장 2명, 선원 3명에게 과태료 부과")  # the same people, another act
    assert _breaks_down(again, chosen)
    assert not _breaks_down(other, chosen) and not _breaks_down(fined, chosen)


def test_an_amount_given_again_exactly_after_its_round_figure_is_a_restatement(analyzer):
    from pipeline.analysis import content_key
    from pipeline.engines.extractive import _repeats_figure
    from pipeline.select import rounded_alike

    chosen = analyzer.morphs("한빛시 공영주차장 평균 주차요금이 시간당 3000원을 넘어섬")
    words = {content_key(m) for m in chosen if m.tag not in {"SN", "NNB"}} - {None}
    again = analyzer.morphs("도심 공영주차장 평균 주차요금, 오후 2시 기준 시간당 3012.5원")
    other = analyzer.morphs("민영주차장 요금, 시간당 3012.5원")  # three words of the chosen bullet: maybe another subject
    assert _repeats_figure(again, chosen, words)
    assert not _repeats_figure(other, chosen, words)
    assert rounded_alike(("3000", "원"), ("3012.5", "원")) and rounded_alike(("1500", "명"), ("1510", "명"))
    assert not rounded_alike(("3000", "원"), ("3100", "원"))  # over 1% apart: another amount
    assert not rounded_alike(("1564", "명"), ("1570", "명"))  # neither is a round figure
    assert not rounded_alike(("3000", "원"), ("3012.5", "달러")) and not rounded_alike(("50", "%"), ("50.3", "%"))


def test_a_figure_told_again_with_most_of_the_chosen_bullets_words_is_a_restatement(analyzer):
    from pipeline.analysis import content_key
    from pipeline.engines.extractive import _same_figures_told

    def told(text):
        morphs = list(analyzer.morphs(text))
        words = {k for m in morphs if m.tag not in {"SN", "NNB"} and (k := content_key(m)) is not None}
        return words, morphs

    chosen = told("한빛산국립공원에서 3종의 신종 곤충과 16종의 미기록종 곤충 발견")
    again = told("한빛공원공단, 한빛산국립공원에서 신종 3종과 미기록종 16종 등 총 19종의 곤충을 새로 발견")
    share = told("고용보험 가입 노동자, 1270만명 수준으로 전년 같은 달보다 2.3% 증가")
    share_again = told("고용보험에 가입된 전체 노동자 수, 1,268만명으로 전년 같은 달 대비 28만명(2.3%) 증가")
    other = told("한빛산국립공원, 신종 곤충 3종을 국가생물종목록에 올리고 표본을 공개")  # one small count, another act
    rounded = told("기아 K8의 첫날 사전계약 대수, 1만8015대를 기록")
    magnitude = told("이번 사전계약 대수, 지난해 출시한 모델의 7003대를 1만1012대 초과")  # "1만…" twice, two figures
    assert _same_figures_told(*again, *chosen) and _same_figures_told(*share_again, *share)
    assert not _same_figures_told(*other, *chosen) and not _same_figures_told(*magnitude, *rounded)


def test_a_clause_naming_only_an_activity_is_not_the_bullet(analyzer):
    # "…를 구속하고 조사를 벌이고 있다": "조사를 벌임" with the topic says nothing; the arrest is the news
    out = bullet(analyzer, "한빛경찰서는 지난해 시청 공금 3억원을 빼돌린 뒤 해외로 달아났다가 귀국해 자수한 공무원 김모씨와 "
                           "도피를 도운 친구 박모씨를 구속하고 조사를 벌이고 있다.")
    assert "구속" in out and out != "한빛경찰서, 조사를 벌임"
    # a clause that says what happened is still a bullet of its own
    out = bullet(analyzer, "한빛시는 지난해 시민 3천명이 참여한 공청회와 전문가 자문을 거쳐 마련한 도심 공원 조성 계획을 "
                           "이날 시의회에 보고하고, 내년 상반기 착공을 목표로 설계 용역에 착수했다.")
    assert "착수" in out


def test_the_same_win_told_again_in_other_words_is_a_restatement(analyzer):
    from pipeline.engines.extractive import _same_event
    # the lede's clause "가람 FC를 꺾고" is the event; the score and the round are how it went
    chosen = analyzer.morphs("프로축구 한빛FC, 정규리그 마지막 경기에서 가람FC를 꺾고 분위기를 끌어올림")
    assert _same_event(analyzer.morphs("한빛, 최종 38라운드 홈 경기에서 가람을 2-1로 제압"), chosen)
    assert _same_event(analyzer.morphs("한빛FC, 가람FC를 93대 73, 20점 차로 눌러"), chosen)
    # another rival, another rival "also", or the rival's win: other events
    assert not _same_event(analyzer.morphs("한빛FC, 다온FC를 2-1로 제압"), chosen)
    assert not _same_event(analyzer.morphs("한빛FC, 다온FC와 나래FC도 꺾음"), chosen)
    assert not _same_event(analyzer.morphs("가람FC, 한빛을 2-1로 제압"), chosen)
    # a body set up is one act whichever verb tells it; its members counted before a particle are news
    formed = analyzer.morphs("한빛방송, 명망 있는 전문의들로 구성된 의료 자문위원회를 구성")
    assert _same_event(analyzer.morphs("한빛방송, 오늘 각 분야 전문의 28명으로 구성된 의료자문위원회를 발족"), formed)
    assert not _same_event(analyzer.morphs("한빛방송, 전문의 28명을 의료자문위원회에 위촉"), formed)


def test_a_meeting_with_another_partner_is_another_event(analyzer):
    from pipeline.engines.extractive import _same_event
    chosen = analyzer.morphs("김하나 대통령, 가람국 정상과 회담을 가짐")
    assert not _same_event(analyzer.morphs("김하나 대통령, 마닐라에서 나래국 총리와도 회담을 가짐"), chosen)
    assert not _same_event(analyzer.morphs("김하나 대통령, 다온국 총리와 회담을 가짐"), chosen)
    assert _same_event(analyzer.morphs("김하나 대통령, 마닐라에서 정상 회담을 개최"), chosen)


def test_an_amount_of_its_own_makes_another_fact_of_the_same_act(analyzer):
    from pipeline.engines.extractive import _same_event
    chosen = analyzer.morphs("한빛시의회 예결특위, 내일 오전 전체회의에서 추경안을 최종 의결할 계획")
    # how much was cut is the news of the vote, even told with the same act on the same object
    assert not _same_event(analyzer.morphs("예결특위, 정부안보다 약 200억원 순삭감한 3조8800억원의 추경안을 의결"), chosen)
    assert _same_event(analyzer.morphs("예결특위, 추경안을 의결"), chosen)


def test_a_lede_that_only_says_the_story_draws_attention_is_no_content(analyzer):
    # "KTX 지연 운행에 눈길이 쏠리고 있다." led a block as "KTX 지연 운행에 눈길 쏠림"
    for line in ("한빛선 지연 운행에 눈길이 쏠리고 있다.", "한빛시가 발표한 새 교통 정책에 관심이 모아지고 있다."):
        doc = analyse(analyzer, line)
        assert "draws attention" in (non_content_reason(doc.sentences[0]) or "")
    # attention drawn by a fact the sentence tells is news
    doc = analyse(analyzer, "한빛전자가 3분기 영업이익 10조원을 기록해 시장의 이목이 집중되고 있다.")
    assert non_content_reason(doc.sentences[0]) is None


def test_two_aims_of_one_purpose_are_not_two_clauses(analyzer):
    # "…환자를 파악하고 | 건강영향을 감시하기 위해 운영된다": split at "-고" (or at "…와 협력해", with whom, no step
    # of its own), the hospitals became what is run
    out = bullet(analyzer, "한빛 감시체계는 전국 300여 병원이 보건소와 협력해 내원한 환자를 파악하고 한파의 건강영향을 감시하기 위해 운영된다.",
                 max_chars=50)
    assert out.startswith("한빛 감시체계, ") and "파악하고" in out, out
    # a clause told as done and closed by its comma is one of its own: the purpose after it is the next clause's
    out = bullet(analyzer, "한빛군은 매일 새 행사로 관광객을 붙잡았고, 모든 행사를 즐기기 위해서는 숙박을 하도록 유도했다.", max_chars=40)
    assert "붙잡았고" not in out, out
