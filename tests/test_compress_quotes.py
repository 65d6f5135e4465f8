"""Quotations in headline bullets: a quotation is the speaker's words, so a bullet keeps it whole and as written
(an elision marked "…" may take off its beginning or its end), or leaves it out whole; no deletion runs from
inside a quotation to outside it; marks stay paired. Sentences written for these tests (not news copy)."""
import re

import pytest

from pipeline.benchmarks.bullets import has_unmatched_marks
from pipeline.compress import ELLIPSIS, _Edit, _quotes_kept
from pipeline.text import quotation_spans
from pipeline.format import finish_headline
from bullet_helpers import bullet

_QUOTED = re.compile(r"[“\"]([^“”\"]+)[”\"]|[‘']([^‘’']+)[’']")


def quoted(text: str) -> list[str]:
    """The words inside each quotation of ``text`` (either family, straight or curly marks)."""
    return [a or b for a, b in _QUOTED.findall(text)]


def assert_quotations_whole(out: str, source: str) -> None:
    """Every quotation of the bullet is one of the source's, word for word, or its end or beginning after "…"."""
    assert not has_unmatched_marks(out), out
    whole = quoted(source)
    for words in quoted(out):
        if words.startswith(ELLIPSIS):
            assert any(w.endswith(words[1:]) for w in whole), (words, whole)
        elif words.endswith(ELLIPSIS):
            assert any(w.startswith(words[:-1]) for w in whole), (words, whole)
        else:
            assert words in whole, (words, whole)


def test_no_clause_is_cut_out_of_a_quotation(analyzer):
    # the topic "준비는" inside the slogan is no topic of the sentence: "김 후보, 준비는 … 추진력을 내세움" was garbled
    sentence = ("김 후보는 이번 선거의 구호로 '준비는 끝났다, 이제 일할 시간이다'를 내걸며, "
                "풍부한 현장 경험과 믿을 수 있는 추진력을 내세웠다.")
    out = bullet(analyzer, sentence)
    assert "준비는 풍부한" not in out
    assert_quotations_whole(out, sentence)


def test_a_parenthetical_inside_a_quotation_stays(analyzer):
    # dropping "(특별법)" left '" 통과를 위해 …"': the speaker's words are quoted as written
    sentence = ("이정민 한빛당 원내대표는 \"이번 회기 안에 처리해야 한다\"며 \"(특별법) 통과를 위해 다른 당 의원들을 "
                "끝까지 설득해 나가겠다\"고 말했다.")
    out = bullet(analyzer, sentence)
    assert "(특별법) 통과를 위해" in out
    assert_quotations_whole(out, sentence)


def test_a_quotation_opened_straight_and_closed_curly_is_one_quotation(analyzer):
    sentence = ("한빛시 소방본부는 이날 \"오후 2시 10분부터 4시 30분까지 한빛산 북쪽 능선 일대에서 발생한 산불의 주불을 "
                "모두 진화했다”고 밝혔습니다.")
    out = bullet(analyzer, sentence)
    assert out == ("한빛시 소방본부, “오후 2시 10분부터 4시 30분까지 한빛산 북쪽 능선 일대에서 발생한 산불의 주불을 "
                   "모두 진화했다”")
    # the headline grammar that runs after compression keeps both marks (a lone '"' would be dropped as unmatched)
    assert finish_headline(out) == out


def test_a_quotation_shortened_to_its_last_sentence_quotes_it_whole(analyzer):
    # (no "…" before it: read blind, no bullet whose quotation opened on "…" was clean; the sentence kept is whole)
    sentence = ("한빛복지관 관장은 “한겨울 추위 속에서도 김장을 함께 해 주신 봉사자 여러분께 진심으로 고맙다. "
                "올겨울에도 홀몸 어르신 댁을 빠짐없이 찾아가겠다”고 말했다.")
    out = bullet(analyzer, sentence)
    assert out == "한빛복지관 관장, “올겨울에도 홀몸 어르신 댁을 빠짐없이 찾아가겠다”"


@pytest.mark.parametrize("max_chars", [60, 40, 25])
@pytest.mark.parametrize(
    "sentence",
    [
        "김 후보는 이번 선거의 구호로 '준비는 끝났다, 이제 일할 시간이다'를 내걸며, 풍부한 현장 경험과 믿을 수 있는 추진력을 내세웠다.",
        "이정민 원내대표는 \"이번 회기 안에 처리해야 한다\"며 \"(특별법) 통과를 위해 끝까지 설득해 나가겠다\"고 말했다.",
        "한빛시 소방본부는 이날 \"오후 2시 10분부터 한빛산 북쪽 능선 일대에서 발생한 산불을 모두 진화했다”고 밝혔다.",
        "가람군수는 23일 군청 대회의실에서 열린 간부회의에서 “(올해) 계획했던 사업들을 차질 없이 마무리해 달라”고 당부했다.",
        "노조는 “임금 체불 문제를 즉각 해결하라”고 촉구하며, 회사가 응하지 않으면 다음 달부터 파업에 들어가겠다고 밝혔다.",
        "한빛구청장은 ‘걷고 싶은 거리, 머물고 싶은 동네’를 내세운 도심 재생 사업의 첫 단계로 중앙로 보행 환경 개선 공사를 시작했다.",
        "위원장은 “봉사자 여러분께 감사드린다. 내년에는 (지원 대상을) 두 배로 늘리겠다”라며 “예산 확보에 힘쓰겠다”고 말했다.",
    ],
)
def test_every_quotation_in_a_bullet_is_whole_at_any_length(analyzer, sentence, max_chars):
    assert_quotations_whole(bullet(analyzer, sentence, max_chars=max_chars), sentence)


# -- the check itself, on edits written by hand ----------------------------------------------------------------
BODY = "시장은 “올해 (추경 포함) 예산을 늘리겠다. 돌봄을 넓히겠다”고 말했다."
OPEN, CLOSE = BODY.index("“"), BODY.index("”")


def kept(*edits: _Edit, start: int = 0, stop: int = len(BODY)) -> bool:
    return _quotes_kept(BODY, 0, len(BODY), start, stop, list(edits))


def test_the_check_accepts_a_quotation_kept_whole_or_left_out_whole():
    assert kept()
    assert kept(_Edit(BODY.index("고 말"), len(BODY)))  # the verb of saying goes
    assert kept(_Edit(OPEN, CLOSE + 1))  # the whole quotation goes


def test_the_check_refuses_words_cut_or_changed_inside_a_quotation():
    assert not kept(_Edit(BODY.index("(추경"), BODY.index(") ") + 1))  # a parenthetical of the speaker's
    assert not kept(_Edit(BODY.index("늘리"), BODY.index("겠다."), "늘림"))  # a predicate rebuilt
    assert not kept(_Edit(BODY.index("돌봄"), BODY.index("돌봄"), "더 "))  # words put in


def test_the_check_refuses_a_cut_across_the_edge_of_a_quotation():
    assert not kept(_Edit(BODY.index("은 “"), BODY.index("올해") + 2))  # from outside into it: the mark is lost
    assert not kept(_Edit(BODY.index("돌봄"), len(BODY)))  # from inside it to outside
    assert not kept(start=BODY.index("올해"))  # the bullet starts inside it
    assert not kept(stop=BODY.index(". 돌봄"))  # the bullet ends inside it


def test_the_check_accepts_an_elision_only_at_an_edge_and_marked():
    first_sentence = _Edit(OPEN + 1, BODY.index("돌봄"), ELLIPSIS)
    assert kept(first_sentence)
    assert not kept(_Edit(OPEN + 1, BODY.index("돌봄")))  # unmarked
    assert not kept(_Edit(BODY.index("(추경"), BODY.index("예산"), ELLIPSIS))  # in the middle


def test_the_check_keeps_brackets_paired():
    body = "한빛시(시장 김하나)는 예산을 늘렸다."
    assert _quotes_kept(body, 0, len(body), 0, len(body), [_Edit(body.index("("), body.index(")") + 1)])
    assert not _quotes_kept(body, 0, len(body), 0, len(body), [_Edit(body.index("("), body.index(")"))])


def test_quotations_pair_mixed_marks_and_skip_apostrophes():
    text = "그는 \"좋다” 하고 'McDonald's 같은' 곳을 ‘새 명소'라 했다"
    spans = [text[a:b] for a, b in quotation_spans(text, 0, len(text))]
    assert spans == ["\"좋다”", "'McDonald's 같은'", "‘새 명소'"]


def test_a_note_in_brackets_may_leave_a_title_in_single_marks():
    body = "시는 ‘여름 관광 상품 개발(가람시, 한빛대)’ 성과가 있다."
    note = _Edit(body.index("(가람"), body.index(")’") + 1)
    assert _quotes_kept(body, 0, len(body), 0, len(body), [note])
    words = body.replace("‘", "“").replace("’", "”")  # the same note inside someone's words stays
    assert not _quotes_kept(words, 0, len(words), 0, len(words), [note])


# -- long quotation bullets made shorter without touching the words kept ---------------------------------------
def test_a_second_quotation_that_only_adds_gives_way_to_the_first(analyzer):
    sentence = ("한빛시 김하나 시장은 모두발언에서 \"두 도시 간 교류를 시민 모두에게 도움이 되는 더 넓고 단단한 관계로 키워 나가겠다\"며 "
                "\"이를 위해 실무 부서 간에도 긴밀히 협력해 주길 바란다\"고 말했다.")
    out = bullet(analyzer, sentence)
    assert out == "한빛시 김하나 시장, \"두 도시 간 교류를 시민 모두에게 도움이 되는 더 넓고 단단한 관계로 키워 나가겠다\""


def test_a_conclusion_after_the_first_quotation_is_not_dropped(analyzer):
    sentence = ("한빛시 김하나 시장은 모두발언에서 \"두 도시 간 교류를 시민 모두에게 도움이 되는 더 넓고 단단한 관계로 키워 나가겠다\"며 "
                "\"따라서 실무 부서 간에도 긴밀히 협력해 주길 바란다\"고 말했다.")
    assert "따라서 실무 부서 간에도" in bullet(analyzer, sentence)


def test_the_setting_of_a_long_quotation_goes_at_every_level(analyzer):
    # a date inside the setting ("25일 오후") dropped at a later level no longer brings the whole setting back
    sentence = ("한빛당 김하나 원내대표와 가람당 이두리 원내대표는 25일 오후 국회에서 회동한 뒤 기자들과 만나 \"오늘 처리하지 못한 "
                "안건은 오는 30일 오후 4시에 본회의를 열어 모두 처리하기로 합의했다\"고 밝혔다.")
    out = bullet(analyzer, sentence)
    assert "회동한 뒤" not in out and "기자들과 만나" not in out
    assert out.endswith("\"오늘 처리하지 못한 안건은 오는 30일 오후 4시에 본회의를 열어 모두 처리하기로 합의했다\"")


def test_a_long_quotation_keeps_its_point_after_a_concession_and_marks_the_cut(analyzer):
    sentence = ("한빛연구원은 내년 경기와 관련해 \"수출 회복과 기저 효과 등 영향으로 성장률이 올해보다 다소 높아지겠지만, "
                "고금리와 가계부채 부담으로 내수 회복은 내년 하반기까지 더디게 이어질 것\"이라고 진단했다.")
    out = bullet(analyzer, sentence)
    assert "\"…고금리와 가계부채 부담으로 내수 회복은 내년 하반기까지 더디게 이어질 것\"" in out
    assert out.startswith("한빛연구원,")


def test_two_equal_statements_of_a_quotation_are_not_split(analyzer):
    # the first statement carries the news; the second alone ("…사과도 받지 못했다") would lean on it
    sentence = ("김하나 한빛시장은 \"시민 여러분의 뜻을 받들어 도심 하천 복원과 공공 도서관 확충, 청년 주거 지원을 차질 없이 "
                "마무리하고 모든 세대가 함께 사는 도시를 만들겠다\"고 말했다.")
    assert "도심 하천 복원과 공공 도서관 확충" in bullet(analyzer, sentence)


def test_a_question_the_quotation_answers_stays_and_where_it_was_asked_goes(analyzer):
    sentence = ("김하나 한빛시장은 24일(현지 시간) 가람시 시청에서 자매결연 협약을 맺은 뒤 열린 공동 기자회견에서 "
                "‘두 도시 간 직항 노선을 언제 여느냐’는 질문에 “내년 봄이면 가능할 것 같다”며 이같이 말했다.")
    out = bullet(analyzer, sentence)
    assert out == "김하나 한빛시장, ‘두 도시 간 직항 노선을 언제 여느냐’는 질문에 “내년 봄이면 가능할 것 같다”"


def test_an_elision_takes_a_connective_that_opened_the_last_sentence_with_it(analyzer):
    # "“…하지만 아직 …”" would contrast with words the bullet does not give
    sentence = ("한 주민은 “새벽 내내 물이 차올라 가게 물건을 하나도 건지지 못했다. 하지만 아직 구청에서는 "
                "아무런 연락도 없고 찾아온 사람도 없다”고 말했다.")
    out = bullet(analyzer, sentence)
    assert "“아직 구청에서는 아무런 연락도 없고 찾아온 사람도 없다”" in out and "하지만" not in out


def test_a_quotation_that_goes_on_in_the_next_sentence_is_closed_where_the_bullet_ends(analyzer):
    from pipeline.compress import _whole
    from bullet_helpers import only_sentence

    sentence = only_sentence(analyzer, "경기 후 김하나 감독은 “오늘은 선수들이 끝까지 집중해 값진 승리를 만들어 냈다.")
    text = _whole(list(sentence.morphs), "경기 후 김하나 감독은 “오늘은 선수들이 끝까지 집중해 값진 승리를 만들어 냈다.")
    assert text == "경기 후 김하나 감독은 “오늘은 선수들이 끝까지 집중해 값진 승리를 만들어 냈다”"
    assert not has_unmatched_marks(text)


def test_a_setting_that_ends_in_after_goes_before_a_long_quotation(analyzer):
    sentence = ("한빛시 김하나 시장은 새 체육관 공사 현장을 둘러본 뒤 \"개관 전까지 안전 점검을 빈틈없이 마치고, 주민들이 불편 없이 "
                "이용할 수 있도록 준비해 달라\"고 말했다.")
    out = bullet(analyzer, sentence)
    assert out == "한빛시 김하나 시장, \"개관 전까지 안전 점검을 빈틈없이 마치고, 주민들이 불편 없이 이용할 수 있도록 준비해 달라\""


def test_a_last_sentence_that_leans_on_the_one_before_is_not_kept_alone(analyzer):
    # "(주차장) 같은 건 …" opens with the writer's gloss for words the speaker left out: alone it reads as a fragment
    sentence = ("가게 주인은 \"손님들이 차를 댈 곳이 없어 가게 앞 도로에 세우는데 매일 단속에 걸린다. (주차장) 같은 건 "
                "근처에 하나도 없다\"고 말했다.")
    out = bullet(analyzer, sentence)
    assert "…(주차장)" not in out
    assert_quotations_whole(out, sentence)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # far too long: the quotation keeps its last clauses, the most that fit, and marks the words left out
        ("한빛연구원장은 “수출 회복과 기저 효과로 올해 성장률은 지난해보다 다소 높아지고, 고금리와 가계부채 부담으로 "
         "내수 회복은 내년 하반기까지 더디게 이어질 것”이라고 말했다.",
         "한빛연구원장, “…고금리와 가계부채 부담으로 내수 회복은 내년 하반기까지 더디게 이어질 것”"),
        ("한빛시의회 의장은 “민생과 시민 안전에는 과감히 투자하되 필요성과 효율성이 떨어지는 지출은 엄정히 걸러내 "
         "미래 세대에 희망을 물려주겠다”고 말했다.",
         "한빛시의회 의장, “…필요성과 효율성이 떨어지는 지출은 엄정히 걸러내 미래 세대에 희망을 물려주겠다”"),
    ],
)
def test_a_far_too_long_quotation_keeps_its_last_clauses(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


@pytest.mark.parametrize(
    "sentence, cut_not_before",
    [
        # the clause that would be kept opens with a verb whose subject was left out ("…짖는 것을 보고"): no cut there
        ("이웃 주민 A씨는 “거실에서 TV를 보고 있는데 강아지가 거실 창문에 매달려 짖는 것을 보고 밖을 내다보니 20~30대로 "
         "보이는 남성이 드론을 조종하고 있었다”고 말했다.", "짖는"),
        # read blind: a kept clause that does not name what it is about, first, loses its point
        ("한빛청장은 \"이번 협약은 국가 균형발전의 두 축인 한빛도시와 혁신도시가 공동 목표를 향해 역량과 지혜를 모으기로 "
         "한데 의미가 있다\"고 말했다.", "역량과"),
        ("권한대행은 “관계 부처에서는 한미 연합 방위력을 근간으로 우리 외교안보 역량을 더욱 강화하고 북한의 핵위협 등에 "
         "대한 국제사회와의 협력도 더욱 실효성을 높여 달라”고 주문했다.", "북한의"),
        # nor where it says nothing of what ("…이야기하는 게 중요하다")
        ("외교부 장관은 \"상호 신뢰를 토대로 각종 외교 현안을 심도 있게 수시로 편하게 만나서 이야기하는 게 중요하고 "
         "그런 자리를 자주 만들겠다\"고 말했다.", "이야기하는"),
    ],
)
def test_a_quotation_is_never_cut_before_a_clause_that_cannot_open_it(analyzer, sentence, cut_not_before):
    out = bullet(analyzer, sentence)
    assert "…" + cut_not_before not in out


@pytest.mark.parametrize("sentence, expected", [
    # "이같이"/"이렇게" points back to the quotation the bullet gives: the frame goes with it
    ('한빛당 김하나 대변인은 "민생 대책은 하나도 내놓지 않은 연설이었다"면서 이같이 말했다.',
     '한빛당 김하나 대변인, "민생 대책은 하나도 내놓지 않은 연설이었다"'),
    ('김하나 대변인은 "민생 법안을 외면한 연설이었다"며 이렇게 밝혔다.', '김하나 대변인, "민생 법안을 외면한 연설이었다"'),
])
def test_a_frame_pointing_to_the_quotation_goes(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


def test_a_bracket_that_says_what_is_counted_stays(analyzer):
    # "'빌보드 글로벌(미국 제외)'" without its bracket names another chart; "수출(반도체 제외)" another figure
    for title in ("'한빛 차트(국내 제외)'", "‘한빛 차트(국내 제외)’"):
        out = bullet(analyzer, f"{title}에서 처음 진입한 곡으로 1위를 달성한 것은 누리밴드가 세계 밴드 중 최초다.", max_chars=40)
        assert "(국내 제외)" in out, out
    out = bullet(analyzer, "한빛국의 지난달 수출(반도체 제외)은 1년 전보다 3.2% 늘었다고 통계청이 밝혔다.", max_chars=30)
    assert "(반도체 제외)" in out, out
    # what it includes or is limited to only details it, and goes like a gloss
    assert "(예선 1골 포함)" not in bullet(analyzer, "리그컵 1골, 유로파리그 4골(예선 1골 포함)을 포함해 올 시즌 총 21골을 기록한 "
                                                    "김하나는 개인 한 시즌 최다 골과 타이를 이뤘다.", max_chars=40)
    # a gloss still goes, in quotation marks or not
    assert "(Butter)" not in bullet(analyzer, "한빛밴드의 ‘버터(Butter)’가 메인 싱글 차트 ‘핫 100’ 최신 순위에서 통산 9주째 정상에 "
                                              "올랐다고 빌보드가 밝혔다.", max_chars=40)
    assert "(대표 김하나)" not in bullet(analyzer, "한빛전자(대표 김하나)는 새 노트북을 공개하면서 올해 판매 목표를 100만대로 "
                                                   "잡았다고 밝혔다.", max_chars=40)
