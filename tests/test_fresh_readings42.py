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


ARCHIVE_PHOTO = """청년 구직자 절반 "1년 넘게 취업 준비"…'쉬었음' 청년도 늘어
입력 2025.07.23 12:00
한서윤 기자

[연합뉴스 자료사진]
(서울=연합뉴스) 서울 시내 한 대학 취업정보게시판 앞을 학생들이 지나가고 있다.

청년층의 취업 준비 기간이 갈수록 길어지면서 그냥 쉬는 청년도 늘고 있는 것으로 나타났다.

한빛고용연구원이 23일 공개한 실태조사에서 구직 중인 청년의 51.2%가 준비 기간이 1년을 넘는다고 답했다.
"""


def test_an_archive_photo_and_its_caption_are_no_paragraphs():
    from pipeline.parse import parse_article

    paragraphs = [p for p in parse_article(ARCHIVE_PHOTO, id="t").paragraphs if p != "한서윤 기자"]  # (the byline line)
    assert paragraphs[0].startswith("청년층의 취업 준비 기간이"), paragraphs
    assert not any("자료사진" in p or "지나가고 있다" in p for p in paragraphs), paragraphs


@pytest.mark.parametrize("credit", ["[연합뉴스 자료사진]", "[한빛일보 DB 사진]", "(연합뉴스TV 캡처)"])
def test_an_outlets_photo_tag_is_a_credit(credit):
    from pipeline.parse.patterns import CREDIT_ONLY

    assert CREDIT_ONLY.match(credit)


def test_a_position_in_brackets_is_no_credit():
    from pipeline.parse.patterns import CREDIT_ONLY

    assert not CREDIT_ONLY.match("(아래 사진)") and not CREDIT_ONLY.match("[사진]")


def test_a_wire_lede_with_its_reporter_under_a_photo_stays():
    from pipeline.parse import parse_article

    page = ARCHIVE_PHOTO.replace("(서울=연합뉴스) 서울 시내 한 대학 취업정보게시판 앞을 학생들이 지나가고 있다.",
                                 "(서울=연합뉴스) 한서윤 기자 = 정부가 청년 일경험 지원 사업을 넓히는 방안을 검토하고 있다.")
    paragraphs = [p for p in parse_article(page, id="t").paragraphs if p != "한서윤 기자"]
    assert paragraphs[0] == "정부가 청년 일경험 지원 사업을 넓히는 방안을 검토하고 있다.", paragraphs


def test_share_buttons_named_with_their_particle_are_a_share_bar():
    from pipeline.parse.page import share_bar

    assert share_bar("카카오톡으로 공유 페이스북으로 공유 기사 URL 복사")
    assert not share_bar("카카오톡으로 문자가 왔다")


FINDING_FIRST = """직장인 절반 "올해 이직 고민"…'조용한 퇴사'도 늘어

직장인들의 이직 고민이 갈수록 커지면서 맡은 일만 하고 버티는 이른바 '조용한 퇴사'도 늘고 있는 것으로 나타났다.

한빛노동연구원과 누리재단이 12일 공개한 '2025 직장인 인식조사'는 지난 3월 4일부터 4월 11일까지 전국 직장인 3,000명을 대상으로 온라인 방식으로 진행됐다.

응답자의 48.6%가 올해 안에 이직을 고민하고 있다고 답했다.

이직을 고민하는 이유로는 '낮은 임금'과 '과도한 업무량'이 가장 많이 꼽혔다.

연구원은 기업들이 보상 체계를 손보지 않으면 인력 유출이 커질 수 있다고 내다봤다.
"""


def test_a_finding_told_without_its_source_leads(analyzer):
    # "…늘고 있는 것으로 나타났다": the survey's finding, news with no day or name of its own; not a scene that gives
    # way to the survey's dates and method
    _, summary = summarize_page(analyzer, FINDING_FIRST)
    assert summary.bullets[0].startswith("직장인들의 이직 고민이"), summary.bullets


def test_a_finding_frame_is_read(analyzer):
    from pipeline.compress import tells_a_finding

    found = analyzer.morphs("조용한 퇴사도 늘고 있는 것으로 나타났다.")
    planned = analyzer.morphs("회사는 내년에 공장을 새로 지을 것으로 보인다.")
    assert tells_a_finding(found) and not tells_a_finding(planned)


OPENING_DAY = """'별빛 계단'에 웃음꽃…한빛시립미술관 문 열었다

15일 오전 10시, 한빛호수공원 옆 새 건물의 유리문이 열리자 기다리던 가족들이 한꺼번에 안으로 들어섰다. 다섯 살 아들과 함께 온 김수정(36)씨는 1층 전시실 앞에 자리를 잡자마자 안내 책자를 펼쳤다. "이런 곳이 생기길 오래 기다렸어요."

한빛시는 이날 한빛시립미술관이 공식 개관했다고 밝혔다. 총사업비 320억원이 투입된 미술관은 지하 1층, 지상 4층 규모다.

소장품은 개관 시점 기준 1,200점이며 시는 2030년까지 3,000점으로 늘릴 계획이다.

개관식에 참석한 이도현 한빛시장은 "시민 누구나 예술을 누리는 공간이 되도록 하겠다"고 말했다.

첫날에만 8천여 명이 다녀가면서 주차장 진입로에는 한때 차량이 길게 늘어서기도 했다.
"""


def test_a_dated_scene_before_a_named_visitor_gives_way_to_the_news(analyzer):
    # the crowd at the door, then a visitor by name and age: the feature's anecdote; the city's announcement leads
    _, summary = summarize_page(analyzer, OPENING_DAY)
    assert summary.bullets[0].startswith("한빛시, "), summary.bullets
    assert not any("유리문" in b for b in summary.bullets), summary.bullets


def test_a_dated_news_lede_before_a_named_visitor_stays(analyzer):
    # the body that acts is named first: the news, however a visitor comes after it
    page = OPENING_DAY.replace("15일 오전 10시, 한빛호수공원 옆 새 건물의 유리문이 열리자 기다리던 가족들이 한꺼번에 안으로 들어섰다.",
                               "한빛시가 15일 한빛호수공원 옆에 시립미술관을 열고 시민들을 맞았다.")
    _, summary = summarize_page(analyzer, page)
    assert summary.bullets[0].startswith("한빛시, 15일"), summary.bullets


def test_a_long_bullet_that_fits_loses_the_meeting_that_only_sets_its_act(analyzer):
    sentence = "충남 한빛시는 긴급 대책회의를 열고 지난 18일 개막한 '제12회 한빛갯벌축제'의 남은 일정을 모두 취소했다."
    kept = bullet(analyzer, sentence, tidy_chars=0)
    tidied = bullet(analyzer, sentence, tidy_chars=50)
    assert "대책회의를 열고" in kept and 50 < len(kept) <= 60, kept
    assert tidied == "충남 한빛시, 지난 18일 개막한 '제12회 한빛갯벌축제'의 남은 일정을 모두 취소", tidied
