"""Readings of this session: bullets left long, and read as a copied sentence, because a shortening rule stopped
short (written for these tests, not news copy)."""
import pytest

from bullet_helpers import bullet, summarize_page


# --- an announcement of one's own work drops its frame: a question inside it is no subject of its own -------------

def test_a_question_inside_the_report_is_no_subject_of_its_own(analyzer):
    out = bullet(analyzer, "가람대 의대 연구팀은 소변 속 단백질 네 종류의 수치를 재 신장에 염증이 생겼는지를 가려내는 진단법을 "
                           "개발했다고 3일 밝혔다.")
    # the team reports its own work: "…개발했다고 밝혀" is a frame a headline leaves out; "염증이" is the question's
    assert out.startswith("가람대 의대 연구팀, ") and out.endswith("진단법 개발"), out
    # the steps before a method belong to it: "…수치를 재" is how the test tells, not a clause of its own
    assert "소변 속 단백질" in out, out


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


# --- a headline's quotation is the scene's words: a scene that echoes them is no news -------------------------

ISLAND_PAGE = """“편지가 바다 건너 날아왔네”…가람군, 섬마을 우편 드론 운항 시작

"저기 온다!"

선착장 위 하늘에 작은 점 하나가 보이자 모여 있던 주민들이 일제히 바다 쪽을 가리켰다.

내려앉은 드론은 우편물 꾸러미를 내려놓고 곧바로 다시 날아올랐다.

꾸러미를 받아 든 한 주민은 “손주 편지가 이렇게 빨리 올 줄 몰랐다”며 웃었다.

가람군은 이날 섬 4곳, 9개 마을을 대상으로 한 '섬마을 우편 드론' 운항을 시작했다고 밝혔다.

운항은 주 3회이며, 우편물은 한 번에 최대 3㎏까지 실을 수 있다.

그동안 이들 마을 주민은 우편물 하나를 받는 데 길게는 나흘을 기다려야 했다.

최동진 가람군수는 “내년에는 대상 섬을 15곳으로 늘리겠다”고 말했다.
"""


def test_a_scene_that_echoes_the_headlines_quotation_gives_the_lede_to_the_news(analyzer):
    _, summary = summarize_page(analyzer, ISLAND_PAGE)
    # "…날아올랐다" echoes "날아왔네" of the headline's quotation, not the news of the drone service
    assert summary.bullets[0].startswith("가람군, "), summary.bullets
    assert not any("가리킴" in b for b in summary.bullets), summary.bullets
