"""Readings from fresh news read this session (setBQ, setBT): pages, leads and compressions an editor turned down.
Articles and sentences written for these tests (not news copy)."""
import pytest

from bullet_helpers import bullet, only_sentence, summarize_page
from pipeline.parse import parse_article
from pipeline.select import non_content_reason


# --- pages -------------------------------------------------------------------------------------------------------

def test_a_caption_printed_twice_before_the_lede_on_one_line_leaves_the_body():
    # the picture's caption and its alt text, each with the photographer's credit, run into the first paragraph
    caption = "12일 시민단체 회원들이 하천변에서 묘목을 심고 있다. 박하늘 기자"
    page = "\n".join([
        "시민단체, 하천변에 버드나무 묘목 심어",
        "",
        caption + caption + "가온시 시민단체들이 하천변 벌목에 반대하며 버드나무 묘목 800주를 심었다. "
        "단체들은 하천이 멸종위기 동물의 서식처라고 밝혔다.",
        "",
        "가온시는 벌목이 홍수 예방을 위한 것이라고 설명했다.",
    ])
    article = parse_article(page, id="t")
    assert article.body.startswith("가온시 시민단체들이 하천변 벌목에 반대하며")
    assert "박하늘 기자" not in article.body
    assert any(c.startswith("12일 시민단체 회원들이") for c in article.captions)


def test_a_line_that_only_repeats_its_opening_words_keeps_them():
    # (a guard for the rule above)
    # a repetition in the writing itself, no caption: nothing leaves the body
    line = "반대합니다, 반대합니다, 반대합니다. 주민들은 이렇게 외치며 시청 앞에 모여 벌목 중단을 요구했다."
    article = parse_article("주민들, 벌목 반대 집회\n\n" + line + "\n\n시는 벌목을 계속하겠다고 밝혔다.", id="t")
    assert article.body.startswith("반대합니다, 반대합니다")


def test_a_single_opening_mark_never_closed_in_its_paragraph_goes(analyzer):
    # "…가운데 ‘2023 축제 평가보고회를 열었다.": where the title ends is lost; the bullet does not quote the predicate
    from pipeline.clean import normalize_text

    assert normalize_text("군은 24일 ‘2023 축제 평가보고회를 열었다.") == "군은 24일 2023 축제 평가보고회를 열었다."
    assert normalize_text("군은 ‘2023 축제’ 평가보고회를 열었다.") == "군은 ‘2023 축제’ 평가보고회를 열었다."  # (a guard)
    _, summary = summarize_page(analyzer, "\n\n".join([
        "한빛군, 축제 성과 평가보고회",
        "한빛군이 지난 24일 관계자들이 참석한 가운데 ‘2023 한빛군 축제 추진성과 평가보고회를 열었다.",
        "군 축제 세 곳에 모두 35만명이 방문해 220여억원을 지출한 것으로 나타났다.",
        "군은 내년 축제에 셔틀버스를 운영하고 지역 상인 참여를 늘리기로 했다.",
    ]))
    assert not any("’" in b or "‘" in b for b in summary.bullets)
    assert summary.bullets[0].startswith("한빛군, ")


# --- what is no content --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "한 번쯤 들어보셨을 겁니다.",
    "그렇다면 왜 주민들이 등을 돌렸는지 궁금하실 텐데요.",  # (a guard: its embedded question was no content before)
    "네, 뒤쪽에 보이는 물건들은 쉼터를 찾은 이웃들에게 나눠줄 옷과 담요입니다.",
    "[숨진 직원 어머니 : 아침마다 출근하기가 무섭다고 했습니다.",  # a sound bite whose speaker takes three words
])
def test_an_anchor_speaking_to_the_viewer_or_pointing_at_the_picture_is_no_content(analyzer, text):
    assert non_content_reason(only_sentence(analyzer, text)) is not None


@pytest.mark.parametrize("text", [
    "시는 다음 달부터 요금을 내리기로 했다고 밝혔습니다.",
    "이 장관은 \"곧 결과를 보실 수 있을 겁니다\"라고 말했다.",  # the honorific is inside someone's words
    "공장 뒤쪽에 보이는 저수지는 주민들의 식수원이다.",  # where a thing is, not a reporter's pointing
])
def test_news_and_quoted_courtesy_stay_content(analyzer, text):
    # (guards for the rules above)
    assert non_content_reason(only_sentence(analyzer, text)) is None


# --- compression -----------------------------------------------------------------------------------------------------

def test_an_extent_told_by_a_fact_becomes_the_fact(analyzer):
    # "…급증했을 정도다" shows how far the sentence before goes; the bullet states the fact, not "정도"
    text = bullet(analyzer, "지역 교육대학을 그만둔 학생이 5년 만에 약 8배로 급증했을 정도다.")
    assert "정도" not in text
    assert text.startswith("지역 교육대학을 그만둔 학생, 5년 만에 약 8배로 급증")


def test_what_someone_would_call_it_is_no_fact(analyzer):
    # "…기적이라고 할 정도다" is a way of speaking: it is not made into "…기적이라고 함"
    assert "기적이라고 함" not in bullet(analyzer, "주민들은 이번 구조를 기적이라고 할 정도다.")


def test_a_subject_inside_an_emphatic_relative_clause_is_not_the_topic(analyzer):
    # "논란이 일기도 했던 중학교": the controversy belongs to the relative clause; no headline comma after it
    text = bullet(analyzer, "최근 급식 논란이 일기도 했던 한 중학교에서는 학생 1천 명의 급식을 조리원 2명이 맡았다.")
    assert not text.startswith("최근 급식 논란,")
    assert "논란이 일기도 했던" in text


def test_a_sources_name_with_a_comma_goes_whole_with_its_according_to(analyzer):
    # "공단이 발표한, … 분석 결과에 따르면": the relative clause before the comma names the same source
    text = bullet(analyzer, "2023년 해양안전공단이 발표한, 최근 5년간 소형 어선 사고 분석 결과에 따르면 "
                            "해양 쓰레기로 해마다 200척 이상의 충돌 사고가 발생하고 있다.")
    assert "발표한" not in text
    assert text.startswith("해양 쓰레기로 해마다 200척 이상의 충돌 사고")


def test_again_right_before_the_predicate_stays_with_it(analyzer):
    # "악재가 또 발생했다": "또" is "again", said of the predicate; the subject is not fronted without it
    assert bullet(analyzer, "가뭄으로 어려움을 겪는 농촌에 악재가 또 발생했습니다.") == "가뭄으로 어려움을 겪는 농촌에 악재 또 발생"
    # after a topic, away from the predicate, "또" still only ties the sentence to the one before
    assert bullet(analyzer, "시의회는 또 새 조례안을 통과시켰다.") == "시의회, 새 조례안을 통과시킴"


def test_an_opening_aside_about_the_thing_before_goes(analyzer):
    # "대표적인 … 서비스인데," says what the sentence before named: the bullet starts with its own news
    text = bullet(analyzer, "대표적인 노인 복지 서비스인데, 요즘엔 도시와 농촌 할 것 없이 청소년 버스 정책도 확산되고 있습니다.")
    assert text.startswith("요즘에는 도시와 농촌 할 것 없이 청소년 버스 정책도 확산")
    # a count is a fact of its own and stays
    assert bullet(analyzer, "벌써 5주째인데, 다음 달 휘발유 값이 2천원을 넘을 가능성도 있습니다.").startswith("벌써 5주째인데")
