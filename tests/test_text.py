"""Text facts shared by every stage: Hangul share, final consonants, bullet marks."""
import pytest

from pipeline.text import final_consonant, hangul_ratio, has_hangul, particle_after, strip_bullet_mark


def test_hangul_ratio_tells_korean_from_latin1_mojibake():
    assert hangul_ratio("중국 AI 스타트업 딥시크") == 1.0
    assert hangul_ratio("ASCII only") == 1.0  # nothing to judge
    assert hangul_ratio("ì¤êµ­ AI") == 0.0  # 중국 read as Latin-1
    assert hangul_ratio("중국\ufffd\ufffd") == 1.0  # replacement characters are not counted
    assert hangul_ratio("한é") == 0.5
    assert has_hangul("ㅋㅋ") and not has_hangul("ì¤êµ­")


def test_final_consonant():
    assert final_consonant("갈") == 8 and final_consonant("가") == 0 and final_consonant("각") == 1
    assert final_consonant("a") is None and final_consonant("ㄱ") is None


def test_a_number_after_a_digit_period_is_not_a_list_mark():
    assert strip_bullet_mark("3.5조 원 투자 결정") == "3.5조 원 투자 결정"
    assert strip_bullet_mark("3. 투자 결정") == "투자 결정"


def test_one_list_mark_rule_knows_every_mark_the_parser_formatter_and_selection_met():
    for mark in ["-", "–", "—", "*", "•", "·", "∙", "‧", "▶", "▷", "►", "◆", "◇", "■", "□", "○", "●", "◎", "☞", "→", "※",
                 "▲", "△", "▼", "①", "⑳", "1.", "2)", "10."]:
        assert strip_bullet_mark(f"{mark} 정부, 예산 3.5조 원 증액") == "정부, 예산 3.5조 원 증액", mark


def test_a_sign_before_a_number_is_not_a_list_mark():
    """-3도 is below zero and ▲3.2% a rise: stripping the sign would flip the fact."""
    for text in ["-3도까지 떨어져", "▲3.2% 상승", "▼1.5% 하락", "3.5조 원 투자"]:
        assert strip_bullet_mark(text) == text
    assert strip_bullet_mark("- 3도까지 떨어져") == "3도까지 떨어져"  # a dash and a space: a list mark


def test_selection_skips_list_items_by_the_same_rule():
    from pipeline.records import Sentence
    from pipeline.select import non_content_reason

    def reason(text):
        return non_content_reason(Sentence(index=0, paragraph=0, start=0, end=len(text), text=text, morphs=()))

    for text in ["① 정부는 내년 예산을 3조 원 늘리기로 했다.", "* 정부는 내년 예산을 3조 원 늘리기로 했다.",
                 "— 정부는 내년 예산을 3조 원 늘리기로 했다."]:
        assert reason(text) == "list item", text
    assert reason("-3도까지 떨어진 기온은 주말에 다시 오를 전망이다.") != "list item"


@pytest.mark.parametrize("word, particle, expected", [
    ("원익", "는", "은"), ("회사", "은", "는"), ("한빛", "가", "이"), ("누리", "이", "가"),
    ("소재", "을", "를"), ("시장", "와", "과"), ("KAIST", "는", "는"), ("원익", ",", ","),
])
def test_a_particle_takes_the_form_that_fits_the_word_before_it(word, particle, expected):
    assert particle_after(word, particle) == expected
