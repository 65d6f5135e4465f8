"""Words that tie a bullet to what it no longer carries: a part ("이 중") or pronoun ("이를") of a dropped clause,
a plan that covered the dropped clause too, a "각각" that spread over subjects named elsewhere, and a date that
belongs to the subject ("10월 기준 가입자"). Sentences written for these tests (not news copy)."""
import pytest

from bullet_helpers import bullet


def test_clause_naming_a_part_of_the_dropped_one_gives_way_to_it_with_its_plan(analyzer):
    # the first clause carries the total and is planned too: it keeps the plan ("…투입 계획"), not "이 중 …"
    out = bullet(analyzer, "한빛도는 올해 교통·안전, 복지, 관광, 환경 등 4대 분야의 총 15개 사업에 대해 820억원을 투입하고, "
                           "이 중 310억원 규모 6개 사업을 맡을 민간 컨소시엄 12곳을 새로 공모해 선정할 계획이다.")
    assert not out.startswith(("이 중", "이중")) and " 이 중 " not in out
    assert "820억원" in out and out.endswith("투입 계획")


def test_plan_reported_by_its_speaker_still_covers_the_first_clause(analyzer):
    out = bullet(analyzer, "한빛시는 내년 상반기까지 시내 전역의 노후 상수관 120km 구간을 모두 교체하고, 이 가운데 40km 구간에는 "
                           "스마트 누수 감지 센서를 설치할 계획이라고 밝혔다.")
    assert out == "한빛시, 내년 상반기까지 시내 전역의 노후 상수관 120km 구간을 모두 교체할 계획"


def test_pronoun_for_the_dropped_clause_is_not_kept_alone(analyzer):
    # at 50 characters one clause must go: "이를 활용한 …" alone would not say what was used
    out = bullet(analyzer, "한빛대 연구팀은 간 조직을 닮은 생체조직칩을 개발하고 이를 활용한 간질환 신약 독성 평가 서비스 "
                           "사업화에 성공했다.", max_chars=50)
    assert out == "한빛대 연구팀, 간 조직을 닮은 생체조직칩 개발"


def test_the_articles_subject_named_by_this_is_no_part(analyzer):
    # "이 스타트업" names the article's subject, not something in the dropped concession: the main clause stays
    out = bullet(analyzer, "또다른 분석가들은 연구 노트에서 한빛AI의 새 모델에 대한 총 훈련비용은 알려지지 않았지만, 이 스타트업이 "
                           "연산 장비에 썼다고 말한 5백만달러보다 훨씬 높았다고 강조했다.")
    assert "훨씬 높았음" in out and "알려지지 않았지만" not in out


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # one team named: "각각" spread over teams the sentences before named, and goes
        ("박서연 교수팀은 폐배터리 속 희귀금속을 회수하는 저온 공정을 개발한 공로로 각각 우수연구팀에 선정됐다.",
         "박서연 교수팀, 폐배터리 속 희귀금속을 회수하는 저온 공정을 개발한 공로로 우수연구팀에 선정"),
        # a list of subjects, a count or a coordination: "각각" says each, and stays
        ("반도체는 12.5%, 선박은 8.1% 각각 수출이 늘었다.", "반도체는 12.5%, 선박은 8.1% 각각 수출 늘어"),
        ("두 팀이 각각 최우수상을 받았다.", "두 팀, 각각 최우수상을 받음"),
        # (companies named with their trade act on a day: "세운다", with no day, is a plan, not "세움")
        ("한빛전자와 한빛화학은 각각 새 공장을 세운다.", "한빛전자와 한빛화학, 각각 새 공장을 세울 예정"),
        # a second "각각" in one clause is a slip of the writer's, and goes; one in each clause stays
        ("매출과 영업이익은 각각 12.5%, 8.1% 각각 늘었다.", "매출과 영업이익, 각각 12.5%, 8.1% 늘어"),
        ("두 팀은 각각 3승을 거뒀고 각각 2패를 당했다.", "두 팀, 각각 3승을 거뒀고 각각 2패를 당함"),
        # two names, or what each has listed after it: "각각" pairs them
        ("김하나 박두리는 각각 형사 진수, 기자 현수 역을 맡았다.", "김하나 박두리, 각각 형사 진수, 기자 현수 역을 맡음"),
    ],
)
def test_each_stays_only_with_more_than_one_subject(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("10월 기준 신규 가입자는 41만명쯤이다.", "10월 기준 신규 가입자, 41만명쯤"),
        ("지난달 말 현재 한빛시 실업자는 2만3000명으로 집계됐다.", "지난달 말 현재 한빛시 실업자, 2만3000명"),
        # a plain date before the subject still goes after it
        ("29일 한빛연구원은 새 촉매를 공개했다.", "한빛연구원, 29일 새 촉매 공개"),
    ],
)
def test_date_of_a_reference_stays_with_its_subject(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected
