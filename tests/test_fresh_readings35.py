"""Readings of this session: bullets left long, and read as a copied sentence, because a shortening rule stopped
short (written for these tests, not news copy)."""
import pytest

from bullet_helpers import bullet


# --- an announcement of one's own work drops its frame: a question inside it is no subject of its own -------------

def test_a_question_inside_the_report_is_no_subject_of_its_own(analyzer):
    out = bullet(analyzer, "가람대 의대 연구팀은 소변 속 단백질 네 종류의 수치를 재 신장에 염증이 생겼는지를 가려내는 진단법을 "
                           "개발했다고 3일 밝혔다.")
    # the team reports its own work: "…개발했다고 밝혀" is a frame a headline leaves out; "염증이" is the question's
    assert out.startswith("가람대 의대 연구팀, ") and out.endswith("진단법 개발"), out
    # the steps before a method belong to it: "…수치를 재" is how the test tells, not a clause of its own
    assert "소변 속 단백질" in out, out


# --- who leads a team goes before the team's institution does -------------------------------------------------

def test_the_members_of_a_named_institutions_team_go_from_a_long_bullet(analyzer):
    out = bullet(analyzer, "한솔대학교병원 소아청소년과 박민준 교수와 영상의학과 오세라 교수 공동연구팀은 초음파 영상만으로 영아의 "
                           "고관절 이형성증을 찾아내는 인공지능 판독 프로그램을 개발했다.")
    assert out.startswith("한솔대학교병원 공동연구팀, "), out
    assert "고관절 이형성증" in out and out.endswith("개발"), out


def test_a_partner_institution_in_the_team_stays(analyzer):
    out = bullet(analyzer, "한솔대병원 박민준 교수와 국립암센터 공동 연구팀은 초음파 영상만으로 영아의 고관절 이형성증을 찾아내는 "
                           "인공지능 판독 프로그램을 내놓았다고 밝혔다.")
    assert "국립암센터" in out, out


def test_the_topic_before_a_team_is_no_member_of_it(analyzer):
    out = bullet(analyzer, "한빛대 공대는 신소재공학부 김하나 교수 연구팀이 차세대 태양전지가 쉽게 망가지는 원인을 처음으로 밝혀내고, "
                           "수명이 긴 고효율 태양전지를 개발했다고 10일 밝혔다.")
    assert not out.startswith("한빛대 연구팀"), out  # "공대는" is the sentence's topic, not a member word


# --- a description before a name goes when the bullet is long ---------------------------------------------------

@pytest.mark.parametrize("sentence, start", [
    # a title before the name ("지휘자 레오 바이스"): the name still picks the person out; the date of the clause goes
    # with it rather than dangle ("2019년부터 지휘자 …")
    ("2019년부터 합창단을 이끌어 온 지휘자 레오 바이스는 공연이 끝난 뒤 기자들과 만나 “관객들이 한국어 가사를 따라 부를 때 "
     "가장 놀랐다”고 말했다.", "지휘자 레오 바이스, "),
    # what a body is made of, with how many, is no news of the body's
    ("시민단체와 상인회 등 30여 개 단체로 구성된 '강변 개발 반대 시민행동'은 이날 시청 앞에서 회원 500여 명이 참석한 가운데 "
     "집회를 열고 사업 백지화를 요구했다.", "'강변 개발 반대 시민행동', "),
    # a gloss already deleted inside the description is no bracket of its own
    ("한국노동조합연맹(한노련)과 청년 노동자 모임 등으로 구성된 ‘플랫폼노동권리연대’는 이날 오후 광화문광장 일대에서 ‘플랫폼 "
     "노동자 권리 보장 촉구 결의대회’를 열었다.", "‘플랫폼노동권리연대’, "),
])
def test_a_description_before_a_name_goes_from_a_long_bullet(analyzer, sentence, start):
    out = bullet(analyzer, sentence)
    assert out.startswith(start), out
    assert len(out) <= 60, out


def test_a_number_in_a_description_that_is_news_stays(analyzer):
    # "1조원대 사기를 벌인": what the person is charged with is news, not a description (a figure in it keeps it)
    out = bullet(analyzer, "투자자 3천여명에게서 1천억원대를 가로챈 유사수신업체 대표 최민호씨는 1심에서 징역 15년을 선고받았다.")
    assert "1천억원" in out, out
