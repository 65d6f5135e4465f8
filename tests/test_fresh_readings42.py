"""Readings of this session (sentences and pages written for these tests, not news copy): a bullet that fits
``bullets.max_chars`` but runs past ``bullets.tidy_chars`` loses its asides in brackets."""
import pytest

from bullet_helpers import bullet, summarize_page


@pytest.mark.parametrize("sentence, aside", [
    # an age after a name
    ("프로축구 K리그1 한빛FC의 미드필더 김도윤(23)은 벨기에 주필러리그 로열 FC의 유니폼을 입었다.", "(23)"),
    # a gloss of a word the bullet spells out
    ("서울 아파트 전셋값은 지난주 0.08% 올라 44주 연속 상승했고 거래량(계약 신고 기준)도 늘었다.", "(계약 신고 기준)"),
    # a figure's detail beside a comparison that keeps its change
    ("지난달 산지 쌀값은 20㎏당 4만3,120원으로 1년 전(4만9,560원)보다 13.0% 떨어졌다.", "(4만9,560원)"),
])
def test_a_long_bullet_that_fits_loses_its_asides(analyzer, sentence, aside):
    kept = bullet(analyzer, sentence, tidy_chars=0)
    tidied = bullet(analyzer, sentence, tidy_chars=50)
    assert 50 < len(kept) <= 60 and aside in kept, kept
    assert aside not in tidied and len(tidied) == len(kept) - len(aside), tidied
    assert tidied.replace(" ", "") == kept.replace(aside, "").replace(" ", "")  # nothing else changes


def test_a_short_bullet_keeps_its_aside(analyzer):
    short = bullet(analyzer, "미드필더 김도윤(23)은 벨기에 로열 FC로 이적했다.", tidy_chars=50)
    assert "김도윤(23)" in short, short


def test_the_figures_of_listed_items_are_no_asides(analyzer):
    # "일본(65만명), 대만(30만명)…": the values the ranking gives, each item's own
    text = bullet(analyzer, "중국이 101만명으로 가장 많았고 일본(65만명), 대만(30만명), 미국(24만명)이 뒤를 이었다.", tidy_chars=50)
    assert "일본(65만명)" in text and "미국(24만명)" in text, text


PAGE = """한빛텔레콤, 국내 첫 6G 시범망 운영 착수

이동통신사 한빛텔레콤은 경기 성남시 판교 테크노밸리 일대에서 6세대 이동통신(6G) 시범망 운영에 들어갔다고 3일 밝혔다.

시범망은 기지국 12곳으로 이뤄졌고 최고 속도는 100Gbps에 이른다.

회사는 내년까지 기지국을 40곳으로 늘릴 계획이다.

김서준 한빛텔레콤 네트워크기술원장은 "실측 데이터를 표준화 논의에 반영하겠다"고 말했다.
"""


def test_an_aside_that_says_the_headline_stays(analyzer):
    # "6G" is the headline's word: the aside is how the block says it
    _, summary = summarize_page(analyzer, PAGE)
    lede = summary.bullets[0]
    assert "(6G)" in lede and 50 < len(lede) <= 60, summary.bullets


def test_tidy_chars_is_a_length_or_off():
    from pipeline.config import ConfigError
    from pipeline.config.summarize import SummarizeConfig

    config = SummarizeConfig()
    config.bullets.tidy_chars = -1
    with pytest.raises(ConfigError, match="tidy_chars"):
        config.validate()
