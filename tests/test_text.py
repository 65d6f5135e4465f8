"""Text facts shared by every stage: Hangul share, final consonants, bullet marks."""
from pipeline.text import final_consonant, hangul_ratio, has_hangul, strip_bullet_mark


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
