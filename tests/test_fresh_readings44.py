"""Readings of this session (pages and sentences written for these tests, not news copy): "the rest" and "then" lean on
the sentence before; "이 병원" names the one hospital named before; what a thing becomes keeps its particle; a
coordinated clause before a subject keeps it in place; the head of a list told "respectively" is the one kept; a bare
count of what the clause before counts is no bullet; a lede's main clause does not drop the cause that names the story."""
import pytest

from bullet_helpers import analyse, bullet, summarize_page


@pytest.mark.parametrize("sentence", [
    "나머지 학생들은 병원 3곳에서 치료를 받고 있다.",
    "나머지는 경상인 것으로 알려졌다.",
])
def test_the_rest_of_a_part_told_before_dangles(analyzer, sentence):
    from pipeline.select import dangling_reason

    reason = dangling_reason(analyzer.morphs(sentence), sentence)
    assert reason is not None and "나머지" in reason, reason


def test_the_rest_after_the_topic_of_a_bullet_dangles(analyzer):
    from pipeline.select import bullet_dangling_reason

    text = "재판부, 나머지 14명에 대해서는 회사가 고용 의사표시를 하라고 명령"
    assert bullet_dangling_reason(analyzer.morphs(text), text) is not None


BUS_CRASH = """한빛군서 초등생 태운 통학버스 전복…학생 9명 부상
입력 2025.09.05 08:51

5일 오전 7시 50분께 한빛군 새봄읍의 한 지방도에서 초등학생 12명을 태운 25인승 통학버스가 도로 옆 배수로로 넘어졌다.

이 사고로 버스에 타고 있던 새봄초등학교 학생 9명이 얼굴과 팔 등에 타박상을 입었고, 이 가운데 3학년 A(9)양은 팔이 골절돼 대학병원으로 옮겨졌다. 나머지 학생들은 인근 병원 2곳에서 치료를 받고 있으며, 생명에는 지장이 없는 것으로 파악됐다.

경찰은 버스가 내리막 곡선 구간을 지나던 중 미끄러지면서 배수로로 넘어진 것으로 보고 있다.

학생들은 모두 안전띠를 매고 있었던 것으로 알려졌다.

한빛군 교육지원청은 이날 사고대책반을 꾸리고 부상 학생과 보호자에 대한 심리 상담 지원에 나섰다.
"""


def test_the_rest_is_no_bullet_after_a_bullet_that_dropped_the_part(analyzer):
    # "…9명이 …입었고, 이 가운데 A양은 …옮겨졌다. | 나머지 학생들은 …": the bullet of the sentence before keeps the nine,
    # not A; next to it "나머지 학생들, …" reads as the rest of the nine
    _, summary = summarize_page(analyzer, BUS_CRASH)
    assert not any(b.startswith("나머지") for b in summary.bullets), summary.bullets


@pytest.mark.parametrize("sentence, expected", [
    ("당시 시는 요금이 지나치게 낮아 손실이 난다고 설명했고, 시의회와 시민단체 일부는 인상이 서민 가계에 부담을 준다며 반대했다.", True),
    ("당시 현장에는 비가 내리고 있었다.", True),
    ("시의회는 인상이 서민 가계에 부담을 준다며 반대했다.", False),
])
def test_then_dangles(analyzer, sentence, expected):
    from pipeline.select import dangling_reason

    reason = dangling_reason(analyzer.morphs(sentence), sentence)
    assert (reason is not None and "당시" in reason) is expected, reason


def test_a_later_clause_of_a_sentence_told_then_keeps_then(analyzer):
    # "…2023년 10월 기본운임을 올렸다. | 당시 시는 …설명했고, 시의회는 …반대했다": the opposition was to the old rise; a
    # bullet of the last clause alone read as a reaction to this one
    text = bullet(analyzer, "당시 시는 운송원가에 비해 요금이 지나치게 낮아 승객 한 명을 태울 때마다 수백원씩 손실이 난다고 설명했고, "
                            "시의회와 시민단체 일부는 공공요금 인상이 서민 가계에 부담을 준다며 반대했다.")
    assert text.startswith("당시"), text


HOSPITAL_STRIKE = """[르포] "열 나는데 간호사가 없어요"…어린이병원 파업 사흘째
입력 2025.10.16 오후 5:42

16일 오전 7시 새봄시 동구 한빛어린이병원 소아외래 대기실. 네 살 딸을 안은 최모(35)씨가 접수창구 앞에서 휴대전화 화면만 내려다보고 있었다. 전날 밤부터 열이 오른 아이를 데리고 첫차를 타고 왔지만, 창구 직원은 “오늘은 예약 환자만 진료가 가능하다”는 말만 되풀이했다.

이 병원 간호사 노조가 인력 충원을 요구하며 지난 14일 파업에 들어간 지 사흘째, 병원 곳곳에서 진료 공백이 현실이 되고 있다. 노조에 따르면 전체 간호 인력 480명 가운데 필수유지업무 인원을 제외한 210명이 파업에 참여하고 있다.

병원 측은 일반 병동 5곳 중 2곳을 임시 폐쇄했다.

노조는 야간 근무 간호사 1명이 맡는 환아가 평균 11명이라고 밝혔다.

양측은 17일 오후 다시 교섭에 나설 예정이다.
"""


def test_this_hospital_is_the_one_named_before(analyzer):
    from pipeline.select import named_before, this_thing_stand_in

    doc = analyse(analyzer, HOSPITAL_STRIKE)
    index = next(s.index for s in doc.sentences if s.text.startswith("이 병원"))
    assert this_thing_stand_in(doc.sentences[index].morphs) == ("이 병원", "병원")
    assert named_before("병원", doc.sentences[:index]) == "한빛어린이병원"


def test_a_scenes_nut_graf_leads_naming_this_hospital(analyzer):
    # the scene's waiting room, the mother, the clerk's words (a day only in them, or told from the scene's day): colour;
    # the nut graf leads, naming the hospital its "이 병원" stands for
    _, summary = summarize_page(analyzer, HOSPITAL_STRIKE)
    assert summary.bullets[0].startswith("한빛어린이병원 간호사 노조"), summary.bullets
    assert not any("창구 직원" in b for b in summary.bullets), summary.bullets


@pytest.mark.parametrize("sentence, this", [
    ("이 가운데 2명은 중상을 입었다.", None),  # a part of a set told before
    ("이 기간 거래액은 늘었다.", None),  # a time
    ("이 회사는 지난해 흑자로 돌아섰다.", ("이 회사", "회사")),
])
def test_this_thing_stand_in(analyzer, sentence, this):
    from pipeline.select import this_thing_stand_in

    assert this_thing_stand_in(analyzer.morphs(sentence)) == this


def test_two_names_of_the_kind_before_name_none(analyzer):
    from pipeline.select import named_before

    doc = analyse(analyzer, "환자는 한빛어린이병원에서 한빛대학병원으로 옮겨졌다.")
    assert named_before("병원", doc.sentences) is None


@pytest.mark.parametrize("sentence, expected", [
    ("병원 곳곳에서 진료 공백이 현실이 되고 있다.", "진료 공백, 병원 곳곳에서 현실이 됨"),
    ("이 마을은 관광 명소가 되고 있다.", "이 마을, 관광 명소가 됨"),
])
def test_what_a_thing_becomes_keeps_its_particle(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


def test_a_quoted_day_or_one_told_from_the_scene_is_no_news_day(analyzer):
    from pipeline.engines.extractive import _news_day

    assert not _news_day(analyzer.morphs("창구 직원은 “오늘은 예약 환자만 진료가 가능하다”는 말만 되풀이했다."))
    told_from_the_scene = analyzer.morphs("전날 밤부터 열이 오른 아이를 데리고 첫차를 타고 왔다.")
    assert _news_day(told_from_the_scene) and not _news_day(told_from_the_scene, relative=False)
    assert _news_day(analyzer.morphs("시는 14일 계획을 발표했다."), relative=False)


def test_a_subject_after_a_coordinated_clause_is_not_fronted_over_it(analyzer):
    # "1,100여곳, 5년 사이 8,400곳 넘게 사라진 셈이며, …": the count of the second clause made the subject of the first
    text = bullet(analyzer, "5년 사이 8,400곳 넘게 사라진 셈이며, 올해 상반기에만 1,100여곳이 추가로 문을 닫은 것으로 집계됐다.")
    assert not text.startswith("1,100여곳"), text
    assert "1,100여곳이 추가로 문을 닫" in text, text


@pytest.mark.parametrize("sentence", [
    "만성적인 적자에 시달려 온 공사의 재정난이 한계에 이르렀다는 판단에서다.",
    "시민 불편을 줄이겠다는 취지에서다.",
])
def test_a_judgement_that_explains_the_sentence_before_is_an_explanation(analyzer, sentence):
    from pipeline.select import explains_unsaid

    assert explains_unsaid(analyzer.morphs(sentence), sentence)


def test_a_gloss_in_brackets_goes_with_the_attendees(analyzer):
    # "용접, 도장, 족장(비계) 등 …노동자 1,200여명이 참여한 가운데": the bracket stopped the attendees' start, and the
    # trades were left as if they were what the strike was ("…용접, 도장, 족장 전면 파업")
    text = bullet(analyzer, "하청지회는 지난 1일부터 용접, 도장, 족장(비계) 등 협력업체 노동자 1,200여명이 참여한 가운데 전면 파업을 이어오고 있다.")
    assert "족장 전면" not in text, text
    assert text.endswith("전면 파업을 이어옴"), text


def test_the_head_of_a_list_told_respectively_is_the_clause_kept(analyzer):
    # "…성인 기본운임은 …150원 오르게 되며, 청소년은 …, 어린이는 … 각각 인상된다": the adult fare is the point
    text = bullet(analyzer, "이번 결정에 따라 교통카드 기준 성인 기본운임은 1,400원에서 1,550원으로 150원(10.7%) 오르게 되며, "
                            "청소년은 800원에서 900원으로, 어린이는 500원에서 550원으로 각각 인상된다.")
    assert "성인 기본운임" in text and "1,550원" in text, text
    assert not text.startswith("이번 결정에 따라"), text  # (in keeping with the decision the sentence before told)


def test_a_bare_count_of_what_the_clause_before_counts_is_no_bullet(analyzer):
    # "점포 58곳이 모두 타고 12곳이 부분적으로 피해를 입었다": "12곳, 부분적으로 피해" dropped the 58 and said 12 of nothing
    text = bullet(analyzer, "불이 빠르게 번지면서 점포 58곳이 모두 타고 12곳이 부분적으로 피해를 입었다.", max_chars=30)
    assert not text.startswith("12곳"), text
    assert "58곳" in text, text


def test_the_last_of_a_list_with_also_is_the_main_clauses_own_topic(analyzer):
    # "인상된 요금은 …적용되며, 경기도와 인천시, 코레일도 …올린다": the fare does not raise fares
    text = bullet(analyzer, "인상된 요금은 다음 달 7일 첫차부터 적용되며, 경기도와 인천시, 코레일도 수도권 통합환승할인제에 따라 "
                            "같은 날 요금을 함께 올린다.")
    assert not text.startswith("인상된 요금, 경기도"), text


def test_a_ledes_main_clause_keeps_the_cause_that_names_the_story(analyzer):
    # "대구의 한 종합병원이 랜섬웨어 공격을 받아 …마비되면서 | 외래 진료와 …일정이 사흘째 차질을 빚고 있다": alone, the main
    # clause says neither where nor why (read blind, S=0 and no lede)
    from pipeline.compress import Compressor

    sentence = ("한빛시의 한 500병상급 종합병원이 랜섬웨어 공격을 받아 전자의무기록(EMR) 시스템이 마비되면서 외래 진료와 "
                "응급 수술 일정이 사흘째 차질을 빚고 있다.")
    doc = analyse(analyzer, sentence)
    guide = {"종합": 1.0, "병원": 1.0, "랜섬웨어": 1.0, "마비": 1.0, "외래": 1.0, "진료": 1.0, "사흘": 1.0, "차질": 1.0}
    text = Compressor(analyzer.kiwi, 60).compress(doc.sentences[0], doc.article.body, guide).text
    assert "종합병원" in text and "랜섬웨어" in text, text
    # (without the headline's guide, another sentence's main clause is kept as before)
    assert Compressor(analyzer.kiwi, 60).compress(doc.sentences[0], doc.article.body).text.startswith("외래 진료")


def test_a_part_of_a_set_after_the_topic_dangles(analyzer):
    # "협의회, 이 가운데 실제로 접종을 중단한 곳이 …170곳": among what, the survey in the sentence before told
    from pipeline.select import bullet_dangling_reason, demonstrative_referent

    text = "협의회, 이 가운데 실제로 접종을 중단한 곳이 전체의 27.4%인 170곳에 달함"
    assert bullet_dangling_reason(analyzer.morphs(text), text) is not None
    assert demonstrative_referent(analyzer.morphs("이 가운데 2명은 중상을 입었다.")) == frozenset()


def test_a_count_of_what_the_clause_before_numbers_is_no_bullet(analyzer):
    # "…서식 개체 수가 꾸준히 늘어 | 현재 90여 마리가 사는 것으로 추정된다": "90여 마리, 사는 것으로 추정" of nothing
    text = bullet(analyzer, "지리산에서는 2004년부터 반달가슴곰 복원 사업이 이어지면서 서식 개체 수가 꾸준히 늘어 현재 90여 마리가 "
                            "사는 것으로 추정된다.")
    assert not text.startswith("현재 90여 마리") and not text.startswith("90여 마리"), text
    assert "개체 수" in text, text


def test_a_measure_of_the_first_topics_thing_is_no_bullet(analyzer):
    # "하이로드 H12는 …달릴 수 있으며, | 충전 시간은 약 15분이다": "충전 시간, 약 15분" of what?
    text = bullet(analyzer, "하이로드 H12는 180㎾급 연료전지 시스템과 대용량 수소탱크를 탑재해 1회 충전으로 최대 600㎞를 달릴 수 "
                            "있으며, 충전 시간은 약 15분이다.")
    assert not text.startswith("충전 시간"), text
    assert "하이로드" in text, text


@pytest.mark.parametrize("sentence, dangles", [
    ("하린양 같은 학생이 늘고 있다.", True),  # like the girl the feature opened with
    ("김씨처럼 피해를 본 상인이 적지 않다.", True),
    ("김포시 같은 곳은 늘고 있다.", False),
])
def test_people_like_one_told_of_before_dangle(analyzer, sentence, dangles):
    from pipeline.select import dangling_reason

    assert (dangling_reason(analyzer.morphs(sentence), sentence) is not None) is dangles


DUST_ALERT = """수도권 초미세먼지 비상저감조치 발령…13일 오후부터 북서풍에 해소 전망
입력 2025.01.11 17:00

환경부는 12일 오전 6시부터 오후 9시까지 서울과 인천, 경기 지역에 초미세먼지 비상저감조치를 발령한다고 11일 밝혔다.

국립환경과학원에 따르면 전날 서울의 초미세먼지 일평균 농도는 ㎥당 62㎍을 기록했다.

조치에 따라 이날 수도권에서는 배출가스 5등급 차량의 운행이 제한된다.

공공기관 7,800곳에는 차량 2부제가 시행된다.

과학원은 13일 오후부터 북서풍이 불면서 대기 질이 점차 나아질 것으로 내다봤다.
"""


def test_a_body_called_by_the_last_word_of_its_name_is_named_in_full(analyzer):
    # "과학원은 …" after "국립환경과학원에 따르면 …": read blind, "'과학원' abbreviated and never introduced"
    from pipeline.select import bare_body_topic, named_before

    assert bare_body_topic(analyzer.morphs("과학원은 13일 오후부터 나아질 것으로 내다봤다.")) == "과학원"
    assert bare_body_topic(analyzer.morphs("학생들은 수업을 마쳤다.")) is None
    _, summary = summarize_page(analyzer, DUST_ALERT)
    outlook = [b for b in summary.bullets if "북서풍" in b]
    assert outlook and outlook[0].startswith("국립환경과학원, "), summary.bullets
    doc = analyse(analyzer, "두 기관, 국립환경과학원과 한빛과학원이 조사했다.")
    assert named_before("과학원", doc.sentences, proper=False) is None  # two bodies of that kind: which one?


@pytest.mark.parametrize("sentence, expected", [
    ("조치에 따라 이날 수도권에서는 배출가스 5등급 차량의 운행이 제한된다.", "조치에 따라 수도권에서는 배출가스 5등급 차량의 운행 제한 예정"),
    ("도심 도로는 내일 통제된다.", "도심 도로, 내일 통제 예정"),
])
def test_what_is_to_be_done_to_a_subject_is_named_as_a_headline_names_it(analyzer, sentence, expected):
    # not "…운행 제한될 예정": the subject's particle gone and the verb kept (read blind: "missing the particle")
    assert bullet(analyzer, sentence) == expected


def test_points_cited_together_are_not_split(analyzer):
    # "시장에서는 …금리가 내려오고, | …우려가 커진 점을 반등 배경으로 꼽는다": alone, "시장에서는 …금리가 내려옴" stated
    # as a market fact what is only given as a reason (read blind, F=0)
    text = bullet(analyzer, "시장에서는 주택담보대출 금리가 연 3%대로 내려오고, 신축 아파트 공급 부족 우려가 커진 점을 반등 배경으로 꼽는다.")
    assert "꼽" in text, text


def test_a_topic_over_the_first_clauses_own_subject_is_not_carried(analyzer):
    # "환수는 | 재단이 …확인하고, …전달하면서 본격적으로 추진됐다": "환수, 재단이 …확인" is broken
    text = bullet(analyzer, "환수는 재단이 2022년 해외 박물관 소장품 데이터베이스를 조사하는 과정에서 이 옥인의 존재를 확인하고, 종묘 소장 "
                            "목록과 대조해 도난 문화유산임을 입증하는 자료를 박물관 측에 전달하면서 본격적으로 추진됐다.")
    assert not text.endswith("존재 확인"), text


def test_what_follows_from_the_decision_told_before_is_still_to_come(analyzer):
    # "이번 개편에 따라 …내려간다": the opening goes, and "내려감" would read as done
    text = bullet(analyzer, "이번 개편에 따라 연 매출 3억원 이하 영세 가맹점의 신용카드 우대 수수료율은 현행 0.5%에서 0.4%로 0.1%포인트 내려간다.")
    assert text.endswith("내려갈 예정") and not text.startswith("이번"), text


def test_a_kind_glossed_after_it_is_no_name(analyzer):
    # "…다중접속역할수행게임(MMORPG) '아스텔라'가 …. 이 게임은 …": the game is the title, not the genre
    from pipeline.select import named_before

    doc = analyse(analyzer, "실적은 지난 1월 출시한 다중접속역할수행게임(MMORPG) '아스텔라'가 이끌었다.")
    assert named_before("게임", doc.sentences) is None


def test_an_account_of_a_cause_keeps_who_gives_it(analyzer):
    # "누리텔레콤은 …설정값이 전국 망으로 퍼지면서 장애가 났다고 설명했다": the company's explanation, not a fact (read
    # blind: "company's explanation given as fact"; "수자원공사, …비가 내리면서 …치솟음" made the agency the rain's subject)
    text = bullet(analyzer, "누리텔레콤은 라우팅 장비를 교체하는 작업을 하다가 잘못된 설정값이 전국 망으로 퍼지면서 장애가 났다고 설명했다.")
    assert text.endswith("장애가 났다고 설명"), text


def test_a_quoted_statistics_name_ending_in_eum_is_no_sentence(analyzer):
    # "다만 '쉬었음' | 청년을 모두 …": the split dropped the term, and the bullet said it of all young people (F=0)
    doc = analyse(analyzer, "다만 '쉬었음' 청년을 모두 구직 포기자로 보는 건 과도하다는 반론도 있다.")
    assert len(doc.sentences) == 1, [s.text for s in doc.sentences]


def test_a_ledes_cause_named_in_quotation_marks_is_the_headlines_subject_too(analyzer):
    # "제11호 태풍 '해오름'이 남해안을 스치고 지나가면서 | …어선 140여 척이 …피해가 발생했다": the typhoon is the headline's
    # subject though its particle follows a quotation mark (read blind: "typhoon '해오름' as the cause" missing, no lede)
    from pipeline.compress import Compressor

    sentence = "제11호 태풍 '해오름'이 남해안을 스치고 지나가면서 경남 통영과 거제 일대에서 어선 140여 척이 침몰하거나 부서지는 피해가 발생했다."
    doc = analyse(analyzer, sentence)
    guide = {"태풍": 1.0, "해오름": 1.0, "남해안": 1.0, "어선": 1.0, "척": 1.0, "침몰": 1.0, "파손": 1.0}
    text = Compressor(analyzer.kiwi, 60).compress(doc.sentences[0], doc.article.body, guide).text
    assert "해오름" in text and "140여 척" in text, text


def test_the_second_of_parallel_subjects_with_ages_keeps_its_particle(analyzer):
    # "C(43)씨가 …화상을, D(37)씨가 …화상을 입고": the age in brackets hid the first subject ("D씨, 팔과 다리에 …")
    text = bullet(analyzer, "소방당국에 따르면 이 사고로 협력업체 소속 C(43)씨가 전신 2도 화상을, D(37)씨가 팔과 다리에 3도 화상을 입고 "
                            "대구의 화상전문병원으로 옮겨져 치료를 받고 있다.")
    assert "씨가 팔과 다리에" in text and "씨, 팔과" not in text, text


def test_as_a_result_goes_with_the_connectives(analyzer):
    # "결과적으로 …": as a result of what the sentence before told (read blind, "a dangling connective")
    assert bullet(analyzer, "결과적으로 비수도권 대학의 정원이 크게 늘었다.") == "비수도권 대학의 정원, 크게 늘어"
