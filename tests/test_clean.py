"""Decoding and normalisation of raw article bytes/text."""
import unicodedata

import pytest

from pipeline.clean import decode_bytes, decode_with, normalize_text
from pipeline.errors import InputError


def test_utf8_with_and_without_bom_decode_the_same(seed_text):
    raw = seed_text.encode("utf-8")
    assert decode_bytes(raw, "a.txt") == seed_text
    assert decode_bytes(b"\xef\xbb\xbf" + raw, "a.txt") == seed_text


@pytest.mark.parametrize("codec", ["cp949", "euc-kr"])
def test_legacy_korean_code_pages_are_detected(codec):
    text = "새해 벽두부터 인공지능(AI) 시장이 요동치고 있다. 딥시크가 일으킨 평지풍파 때문이다.\n"
    assert decode_bytes(text.encode(codec), "a.txt") == text


def test_cp949_only_syllable_is_decoded():
    # 똠 and 햏 are outside EUC-KR's 2,350 syllables; CP949 has them.
    text = "똠방각하와 햏자의 이야기를 다룬 기사입니다."
    assert decode_bytes(text.encode("cp949"), "a.txt") == text


def test_binary_data_is_rejected_with_the_file_name():
    with pytest.raises(InputError, match=r"photo\.txt: binary file"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "photo.txt")


def test_mostly_control_bytes_are_binary_even_without_nul():
    with pytest.raises(InputError, match="binary file"):
        decode_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 100 + "가나다".encode(), "x.bin")


def test_forced_wrong_encoding_names_the_file():
    with pytest.raises(InputError, match=r"a\.txt: not valid utf-8"):
        decode_with("한국어".encode("cp949"), "utf-8", "a.txt")
    with pytest.raises(InputError, match="unknown encoding name 'klingon'"):
        decode_with(b"abc", "klingon", "a.txt")


def test_nfd_hangul_becomes_nfc():
    nfd = unicodedata.normalize("NFD", "한국어 기사")
    assert len(nfd) > len("한국어 기사")
    assert normalize_text(nfd) == "한국어 기사"


def test_odd_spaces_and_invisible_characters():
    text = "딥시크\u00a0AI\u3000챗봇\u200b이\ufeff 출시됐다\u2009.  \r\n다음 줄\r마지막 줄"
    assert normalize_text(text) == "딥시크 AI 챗봇이 출시됐다 .\n다음 줄\n마지막 줄"


def test_normalize_is_fine_on_a_long_line_of_spaces():
    text = "가" + " " * 500_000 + "나" + " " * 500_000
    assert normalize_text(text) == "가" + " " * 500_000 + "나"


@pytest.mark.parametrize("line, expected", [
    # a site that writes the middle dot as a straight single mark
    ("기초학력 미달 중'고교생 비율이 늘었다.", "기초학력 미달 중·고교생 비율이 늘었다."),
    ("전국 중3'고2 학생이 국어'수학'영어 시험을 치렀다.", "전국 중3·고2 학생이 국어·수학·영어 시험을 치렀다."),
    # the marks of a quotation stay, even glued to a particle
    ("'2017 학업성취도 평가'를 발표했다. 국어'수학 성적이 떨어졌다.", "'2017 학업성취도 평가'를 발표했다. 국어·수학 성적이 떨어졌다."),
    ("'한빛'과 '달빛'이 만났다", "'한빛'과 '달빛'이 만났다"),
    # a double quotation closed with a single mark, and a stray mark before a particle: left as written
    ("그는 \"좋은 흐름을 가지고 가겠다'는 각오를 다졌다.", "그는 \"좋은 흐름을 가지고 가겠다'는 각오를 다졌다."),
    ("청주관'의 전시가 끝난다.", "청주관'의 전시가 끝난다."),
    # after a one-syllable word the pair is of short nouns even where the second looks like a particle
    ("올해는 시'도 및 학교별로 공시되지 않는다.", "올해는 시·도 및 학교별로 공시되지 않는다."),
    # after a sentence's ending the mark closes a quotation, nested ones before it or not
    ("공식 SNS에 '콘서트 '별자리'는 연기됐다고 안내드린다'고 밝혔다.", "공식 SNS에 '콘서트 '별자리'는 연기됐다고 안내드린다'고 밝혔다."),
    ("Korea's best", "Korea's best"),
])
def test_a_single_mark_used_as_a_middle_dot_becomes_one(line, expected):
    from pipeline.clean import normalize_text

    assert normalize_text(line) == expected



def test_primes_used_as_quotation_marks_become_straight_marks():
    from pipeline.clean import normalize_text

    assert normalize_text("″홈런은 맞아도 괜찮다″는 감독의 말") == '"홈런은 맞아도 괜찮다"는 감독의 말'
    assert normalize_text("키 5′ 11″ 선수") == "키 5′ 11″ 선수"  # after a digit, a unit


def test_accents_and_backticks_used_as_quotation_marks_become_straight_marks():
    from pipeline.clean import normalize_text

    assert normalize_text("인기그룹 ´한빛´의 멤버") == "인기그룹 '한빛'의 멤버"
    assert normalize_text("이른바 `우주 감자`로 불리는 소행성") == "이른바 '우주 감자'로 불리는 소행성"
    assert normalize_text("그룹의 신곡 ′작은 별의 노래′가 8위에 올랐다") == "그룹의 신곡 '작은 별의 노래'가 8위에 올랐다"
    assert normalize_text("북위 37°33′ 지점") == "북위 37°33′ 지점"  # after a digit, a unit
    # one prime opens a quotation: the closing one after a digit is a mark too
    assert normalize_text("메인 싱글 차트인 ′핫 100′ 8위") == "메인 싱글 차트인 '핫 100' 8위"


@pytest.mark.parametrize("text, expected", [
    # a particle set apart from the bracket it follows belongs to the bracketed phrase ("…(관장 유병하) 은 …")
    ("한빛박물관(관장 김가람) 은 다음 달부터 문을 연다.", "한빛박물관(관장 김가람)은 다음 달부터 문을 연다."),
    ("새 청사(5층) 를 지었다.", "새 청사(5층)를 지었다."),
    # a word after a bracket stays a word ("이 사업", "이 회사")
    ("한빛시(시장 김가람) 이 사업을 맡는다.", "한빛시(시장 김가람) 이 사업을 맡는다."),
])
def test_a_particle_set_apart_from_its_bracket_is_joined(text, expected):
    assert normalize_text(text) == expected
