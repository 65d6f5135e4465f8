"""The [기사요약] block and bullet clean-up."""
from pipeline.format import format_block, remove_final_period, strip_bullet_mark


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
