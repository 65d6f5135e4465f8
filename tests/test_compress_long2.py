"""Long sentences whose point is their last clause: a concession or background before it ("…있지만,", "…있었는데,")
gives way when the main clause says something of its own, also when the main clause is a reported judgement
("…했다는 지적이다") or its subject carries a relative clause with an ending inside it ("…생활하면서 …발표하는 것은").
Sentences written for these tests (not news copy)."""
import pytest

from bullet_helpers import bullet


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # "-지만" before "…것은 드물다": the split at "-면서" is inside the subject's relative clause, not a clause of its own
        ("대형 병원 전공의가 국제 학술지에 논문을 싣는 일은 흔히 있지만 간호학과 학생이 병동에서 실습하면서 "
         "단독 저자로 논문을 내는 것은 흔치 않다.",
         "간호학과 학생이 병동에서 실습하면서 단독 저자로 논문을 내는 것은 흔치 않음"),
        # "-는데," before a reported judgement ("…다는 지적이다"): the judgement is the point
        ("지난달 15일 자로 한빛시 마을버스 노선 여러 곳이 새로 바뀌었는데, 상당수 정류장의 경우 안내판조차 바꾸지 않은 채 "
         "그대로 두었다는 지적이다.",
         "상당수 정류장의 경우 안내판조차 바꾸지 않은 채 그대로 두었다는 지적"),
        # "-지만," before "…다는 평가": last year's contrast goes, this year's assessment stays with its negation-free tense
        ("작년 시험에서는 상위권 변별을 위해 과학 과목이 유난히 어렵게 출제됐지만, 올해 한빛시 학력평가에선 "
         "수학과 과학 모두 난도가 낮아졌다는 평가다.",
         "올해 한빛시 학력평가에서는 수학과 과학 모두 난도가 낮아졌다는 평가"),
        # "이날" names the day of the story, not the dropped clause: the main clause stands alone
        ("전날 밤 남해안으로 북상한 제7호 태풍의 강풍과 폭우 영향으로 한빛시 불꽃축제 개막 전야 기념 공연과 시민 참여 거리 행진 행사가 모두 취소되기도 했지만, "
         "축제가 개막하는 이날은 맑고 푸른 하늘을 보였다.",
         "축제가 개막하는 이날 맑고 푸른 하늘을 보임"),
    ],
)
def test_concession_gives_way_to_the_point(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


@pytest.mark.parametrize(
    "sentence, kept",
    [
        # "-고" joins two facts that a judgement covers together: nothing is split off ("…늘고, …줄었다는 분석이다")
        ("한빛시의 올해 상반기 관광객 수는 작년 같은 기간보다 크게 늘고, 1인당 평균 지출액은 지역 상권 침체의 여파로 "
         "1년 전보다 눈에 띄게 줄었다는 분석이다.", "관광객"),
        # a pointing subject ("이 시장") keeps the clause before it
        ("가람시 전통시장 세 곳이 지난해 문을 닫으며 주변 상권이 크게 위축됐는데, 이 시장은 오히려 청년 상인 유치로 "
         "방문객이 두 배 가까이 늘었다는 평가다.", "전통시장"),
    ],
)
def test_point_needing_the_clause_before_keeps_it(analyzer, sentence, kept):
    assert kept in bullet(analyzer, sentence)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a list the sentence closes with "등" keeps its first two items also when an item is a nominalised clause
        ("올해 새로 시작하는 사업은 어르신 건강 돌봄 공간 조성, 청년 창업 공간 임대료 지원, 신혼부부와 한부모 가정 주거비 지원, "
         "한빛시에서 한 달 먼저 살아보기 등이다.",
         "올해 새로 시작하는 사업, 어르신 건강 돌봄 공간 조성, 청년 창업 공간 임대료 지원 등"),
    ],
)
def test_closed_list_of_clause_items_keeps_two(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


def test_clause_before_a_list_is_no_item(analyzer):
    # "…를 찾아 나선 뒤" is no item of the list: the items after the second still go, the clause before stays whole
    out = bullet(analyzer, "한빛시 청년센터는 지역 기업들의 빈 일자리를 직접 찾아 나선 뒤 사무 보조, 매장 판매, 물류 분류, 행사 안내, "
                           "시설 관리 보조 등 모두 다섯 개 직종에 걸쳐 일할 청년 참가자를 모집했다.")
    assert "찾아 나선 뒤 사무 보조, 매장 판매 등" in out and "다섯 개 직종" in out


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # "…하락했다가 …상승했다": the turn the sentence ends on is its news; the topic is the subject of both
        ("한빛시 주택 매매가격지수는 2015년 3월 112.4에서 같은 해 10월 104.9로 6.7% 하락했다가 올 8월 118.2로 "
         "12.7% 상승했다.",
         "한빛시 주택 매매가격지수, 올 8월 118.2로 12.7% 상승"),
    ],
)
def test_earlier_turn_gives_way_to_the_latest(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


def test_earlier_turn_stays_when_the_sentence_fits(analyzer):
    # a sentence that fits keeps both turns: "-다가" splits only what is too long
    assert bullet(analyzer, "한빛시 실업률은 3월 4.1%로 올랐다가 5월 3.2%로 내려왔다.") == "한빛시 실업률, 3월 4.1%로 올랐다가 5월 3.2%로 내려옴"


def test_setting_before_amid_gives_way_to_the_main_clause(analyzer):
    # "…벗어난 가운데": all before it sets the scene; its "-고" clause is no bullet of its own ("한빛FC, 가람FC를 완파")
    out = bullet(analyzer, "한빛FC가 가람FC를 완파하고 5연패에서 벗어난 가운데 김하나 감독은 역대 감독들보다 4경기를 단축한 "
                           "147경기 만에 역대 최소 경기 100승을 달성했다.")
    assert out.startswith("김하나 감독,") and "100승" in out and "가운데" not in out


def test_a_modifier_of_the_object_is_no_relative_clause_of_the_subject(analyzer):
    # "몰리는 지원사업을 주민이 …": the modifier describes the object, so the split at "-고" is no relative clause's;
    # the main clause (what the county will do) stays with the county, the meeting that set it goes
    out = bullet(analyzer, "누리시는 5일 시장 주재 정책회의를 열고 하반기 역점 사업의 진행 상황을 살피고 연말에 몰리는 각종 보조금을 "
                           "시민이 놓치지 않도록 안내와 접수에 인력을 집중한다고 밝혔다.")
    # (the subject of "-도록" is not the reported clause's own: the city acts, and no frame is kept)
    assert out.startswith("누리시, ") and out.endswith("인력 집중 예정"), out
    assert "정책회의" not in out and "살피" not in out


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a department between the university or hospital and the professor goes when the bullet is too long
        ("한빛대학교병원 마취통증의학과 김하나 교수팀(박두리 교수, 가람대병원 정신건강의학과 이세나 교수)이 수면 부족을 겪는 "
         "청소년은 일반 청소년에 비해 우울증에 걸릴 확률이 2.4배 높다는 사실을 국내 처음으로 밝혀냈다.",
         "한빛대학교병원 김하나 교수팀, 수면 부족을 겪는 청소년은 일반 청소년에 비해 우울증에 걸릴 확률이 2.4배 높다는 사실을 국내 처음으로 밝혀냄"),
        # a paper's title stays: read blind, "…에 연구 논문을 발표" without it said nothing of the research
        # (and whose team it is goes with the department: "한빛대학교 연구팀", as a headline names it)
        ("한빛대학교 의과대학 김하나 교수 연구팀이 국제학술지 Liver Journal에 'Gut bacteria shape the immune response "
         "in chronic liver disease'라는 제목으로 연구 논문을 발표했다.",
         "한빛대학교 연구팀, 국제학술지 Liver Journal에 'Gut bacteria shape the immune response in chronic liver "
         "disease'라는 제목으로 연구 논문 발표"),
    ],
)
def test_a_department_goes_from_an_over_long_bullet(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


def test_a_department_stays_in_a_bullet_that_fits(analyzer):
    assert bullet(analyzer, "한빛대 화학과 김하나 교수는 새 촉매를 개발했다.") == "한빛대 화학과 김하나 교수, 새 촉매 개발"
    # before a name with no title, or after a person, the word is no department of an institution
    assert "신소재공학과" in bullet(analyzer, "이세나 신소재공학과 교수가 편집장으로 참여한 특집호는 한빛대 교수 17명의 리뷰 논문을 "
                                              "재료·인공지능·전자·생명공학 등 네 분야로 나눠 소개했다.")


def test_a_comparison_with_its_measure_is_no_clause_of_its_own(analyzer):
    # "…하지 않는 사람에 비해 | …13.8배 높았다": the split left the finding without its condition and its measure
    out = bullet(analyzer, "조사 결과, 남성의 경우 현재 흡연 중이면서 음주 점수가 20점 이상이면 흡연과 음주를 하지 않는 사람에 비해 "
                           "우울증 위험이 13.8배 높았다.")
    assert "남성의 경우" in out and "20점 이상이면" in out and "비해" in out


def test_the_same_condition_refers_to_the_clause_before(analyzer):
    # "…21.9배로 나타났고, 또한 …위험은 같은 조건일 때 19.3배였다": "같은 조건" is the first clause's
    out = bullet(analyzer, "여성의 경우 흡연을 하면서 음주 점수가 20점 이상인 경우 우울증 위험이 21.9배로 나타났고, 또한 불면증 "
                           "위험은 같은 조건일 때 19.3배였다.")
    assert not out.startswith("불면증 위험")
    assert "여성의 경우" in out


def test_a_connective_after_the_topic_goes(analyzer):
    assert bullet(analyzer, "한빛시는 그러나 내년 예산을 5% 줄였다.") == "한빛시, 내년 예산을 5% 줄임"


def test_a_setting_with_also_and_a_gloss_in_brackets_still_goes(analyzer):
    # "…확산세(코로나19)가 …지속되며 …갈증도 커진 가운데, …": "도" is no topic and a bracket no quotation; the bullet
    # had kept the whole 84-character setting
    out = bullet(analyzer, "한빛감염증(HB19) 확산세가 2년 이상 지속되며 대면 공연을 향한 갈증도 커진 가운데, 재개된 일부 "
                           "오프라인 이벤트들에 음악 팬들의 ‘화력’이 모이고 있다.")
    assert out.startswith("재개된 일부 오프라인 이벤트들에") and "가운데" not in out
    # a topic before "가운데" is the statement's own: the setting stays
    out = bullet(analyzer, "한빛시는 인구가 줄어드는 가운데, 올해 신혼부부 300쌍에게 주거비를 지원한다.")
    assert out.startswith("한빛시, 인구가 줄어드는 가운데")


def test_examples_described_by_a_short_clause_and_glossed_in_brackets_give_way_to_their_count(analyzer):
    # "…에는 우리나라를 대표하는 팹리스 기업과 한빛연구원(HBRI), 가람대 등 114개 과제 수행기관이 참여해" kept all its
    # examples (95 characters): the count says how many, the examples only which
    out = bullet(analyzer, "이번 교류회에는 우리나라를 대표하는 인공지능(AI) 반도체 팹리스(설계전문) 기업과 한빛연구원(HBRI), 가람대 등 "
                           "114개 과제 수행기관이 참여해 연구현황과 성과를 공유한다.")
    assert out == "이번 교류회에는 114개 과제 수행기관이 참여해 연구현황과 성과 공유"


def test_also_that_pointed_at_a_dropped_setting_becomes_the_topic_comma(analyzer):
    # "…신고가를 경신한 가운데, …전세가격도 상승세를 유지" became "…전세가격도 상승세를 유지": also as what?
    out = bullet(analyzer, "한빛시 아파트 여러 곳이 최근 신고가를 경신한 가운데, 이번주 전국 아파트 매매가격과 전세가격도 "
                           "상승세를 유지하고 있다.", max_chars=40)
    assert out == "이번주 전국 아파트 매매가격과 전세가격, 상승세 유지"
