"""The [기사요약] block and bullet clean-up."""
import pytest

from pipeline.format import finish_headline, format_block, remove_final_period, strip_bullet_mark


def test_block_has_the_seed_shape():
    assert format_block(["첫 요약", "둘째  요약"]) == "[기사요약]\n첫 요약\n둘째 요약"


def test_bullet_marks_are_stripped():
    assert strip_bullet_mark("• 딥시크, 돌풍") == "딥시크, 돌풍"
    assert strip_bullet_mark("2. 비용 저렴") == "비용 저렴"
    assert strip_bullet_mark("- 주가 하락") == "주가 하락"


def test_regression_decimal_number_is_not_a_list_mark():
    assert strip_bullet_mark("3.5조 원 투자") == "3.5조 원 투자"


def test_final_periods_are_removed():
    assert remove_final_period("비용 저렴.") == "비용 저렴"
    assert remove_final_period("신호 될 수도..") == "신호 될 수도"
    assert remove_final_period("H100 칩 5만개") == "H100 칩 5만개"


@pytest.mark.parametrize("text, expected", [
    # a mixed pair, as a model may write it, is one quotation: written as a curly pair, words kept
    ('한빛시장, “예산을 늘리겠다"', "한빛시장, “예산을 늘리겠다”"),
    ('한빛시장, "예산을 늘리겠다” 강조', "한빛시장, “예산을 늘리겠다” 강조"),
    # a closing mark whose opening is lost still goes; a straight pair stays as written
    ("예산을 늘리겠다” 강조", "예산을 늘리겠다 강조"),
    ('한빛시장, "예산을 늘리겠다"', '한빛시장, "예산을 늘리겠다"'),
])
def test_a_headline_keeps_a_mixed_pair_of_quotation_marks(text, expected):
    assert finish_headline(text) == expected


def test_the_instrumental_particle_takes_its_form_from_the_word_before():
    from pipeline.text import particle_after
    assert particle_after("등", "로") == "으로"  # a final consonant
    assert particle_after("서울", "으로") == "로"  # ㄹ takes "로"
    assert particle_after("회사", "으로") == "로"  # a vowel
    assert particle_after("기관", "로부터") == "으로부터"
    assert particle_after("A", "로") == "로"  # a Latin letter as its name is read: "에이", a vowel


@pytest.mark.parametrize("word, particle, written", [
    ("AI", "을", "를"), ("KBL", "는", "은"), ("CNN", "와", "과"), ("SK", "은", "는"), ("HBM", "가", "이"),
    ("3", "은", "은"),  # (not a letter: as given)
])
def test_a_particle_after_latin_letters_agrees_with_their_names(word, particle, written):
    from pipeline.text import particle_after
    assert particle_after(word, particle) == written
