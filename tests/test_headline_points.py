"""A point the headline states and no bullet says brings in the sentence that says it: the title's segments
("…한빛 승리…누리도 승리") and each sub-headline line are points. The articles are written for the tests."""
import pytest

from bullet_helpers import summarize_page
from pipeline.parse import parse_article
from pipeline.select import headline_points, point_share

SECOND_GAME = "누리 레이더스는 원주에서 열린 원정 경기에서 마루 썬더스에 74-73으로 이겼다."
GAME = "\n".join([
    "프로농구 한빛, 막판 역전으로 가람에 1점 차 승리…누리도 승리",
    "한빛 80-79 승, 박새론 30점",
    "누리도 마루에 74-73 짜릿한 승리",
    "입력 2024.11.07 21:30",
    "한빛 스타즈가 박새론의 결승 골에 힘입어 가람 파이터스를 꺾고 최하위에서 벗어났다.",
    "한빛은 7일 한빛체육관에서 열린 정규리그 홈 경기에서 가람에 80-79로 이겼다.",
    "이 경기 전까지 최하위였던 한빛은 2승6패로 9위가 됐다.",
    "가람은 3승4패로 7위로 떨어졌다.",
    "한빛에서는 박새론이 30점 11리바운드로 맹활약했다.",
    "가람은 3쿼터까지 67-56으로 앞섰으나 4쿼터에 집중력이 떨어졌다.",
    "한빛은 경기 종료 2분 전까지 72-79로 뒤졌으나 연속 득점으로 따라붙었다.",
    "경기 종료 3초를 남기고 박새론의 역전 버저비터가 터졌다.",
    "가람은 경기 종료 17초 전 마지막 공격에서 슛이 림을 빗나갔다.",
    SECOND_GAME,
    "누리는 4승4패로 5위, 마루는 3승5패로 8위에 자리했다.",
])


_summary = summarize_page


def _sources(doc, summary) -> list[str]:
    return [doc.sentences[ref.sentence].text for ref in summary.source_sentences]


def test_sub_headline_lines_stay_apart(analyzer):
    doc = analyzer.analyze(parse_article(GAME, id="t"))
    assert doc.article.subtitle == "한빛 80-79 승, 박새론 30점\n누리도 마루에 74-73 짜릿한 승리"


def test_title_segments_and_sub_headline_lines_are_the_points(analyzer):
    doc = analyzer.analyze(parse_article(GAME, id="t"))
    points = headline_points(doc, analyzer.morphs)
    assert len(points) == 4  # two title segments, two sub-headline lines
    assert {"누리", "승리"} <= points[1] and "한빛" not in points[1]
    assert {"누리", "마루", "74-73"} <= points[3]  # the score whole


def test_a_point_of_the_headline_no_bullet_says_brings_its_sentence_in(analyzer):
    doc, without = _summary(analyzer, GAME, headline_points=False)
    assert SECOND_GAME not in _sources(doc, without)  # the ranking keeps to the main game
    doc, summary = _summary(analyzer, GAME)
    sources = _sources(doc, summary)
    assert SECOND_GAME in sources
    assert len(summary.bullets) == min(5, len(without.bullets) + 1)  # the block grows by it
    assert sources[0] == _sources(doc, without)[0]  # the lede still leads
    assert any("74-73" in b for b in summary.bullets)


def test_a_point_the_block_already_says_changes_nothing(analyzer):
    said = GAME.replace("누리도 마루에 74-73 짜릿한 승리\n", "한빛, 최하위 벗어나\n").replace("…누리도 승리", "")
    doc, without = _summary(analyzer, said, headline_points=False)
    doc, summary = _summary(analyzer, said)
    assert summary.bullets == without.bullets


def test_a_point_with_a_number_needs_a_sentence_with_that_number(analyzer):
    # a sentence naming both teams and the place, without the score the sub-headline gives, does not say the point
    met = "누리는 원주 원정 경기에서 마루를 상대했다."
    text = GAME.replace(SECOND_GAME, f"{met} 누리는 마루를 74-73으로 꺾었다.").replace("…누리도 승리", "") \
        .replace("누리도 마루에 74-73 짜릿한 승리", "누리, 원주 원정서 마루에 74-73 승")
    doc, summary = _summary(analyzer, text)
    assert met in [s.text for s in doc.sentences]
    assert met not in _sources(doc, summary)


@pytest.mark.parametrize("words, share", [
    ({"누리", "마루", "승리"}, 1.0),
    ({"승리"}, 1 / 7),  # the common word weighs little
    ({"누리", "마루"}, 6 / 7),
    (set(), 0.0),
])
def test_a_points_rare_words_weigh_more(words, share):
    weight = {"누리": 3.0, "마루": 3.0, "승리": 1.0}
    assert point_share({"누리", "마루", "승리"}, words, weight) == pytest.approx(share)


def test_the_bullet_of_a_sentence_brought_in_keeps_the_clause_that_says_the_point(analyzer):
    # the main clause (the notice posted) fits and says nothing of the point; the clause with the numbers is a few
    # characters over and is kept, over the limit with a warning
    from bullet_helpers import analyse
    from pipeline.compress import Compressor

    text = "서울 한빛신시가지 14단지 아파트는 2019년 1월1일부로 경비원 120명 중 20명가량을 감원하기로 최근 결정하고 아파트 각 동 현관문 게시판에 안내문을 붙였다."
    doc = analyse(analyzer, text)
    compressor = Compressor(analyzer.kiwi, 60)
    plain = compressor.compress(doc.sentences[0], doc.article.body)
    assert "120명" not in plain.text and plain.fits
    guided = compressor.compress(doc.sentences[0], doc.article.body, {"120": 2.0, "20": 2.0, "아파트": 1.0})
    assert "경비원 120명 중 20명가량을 감원" in guided.text and not guided.fits


def test_a_figure_of_a_sub_headline_the_block_leaves_out_brings_in_its_sentence(analyzer):
    # "휘발유·경유, 각각 L당 4.8원·8.2원 ↑": the block said the petrol price, and the point counted as said; the diesel
    # price, the other half of it, was left out
    from test_select_content import _kiwi, _page
    page = _page("한빛석유정보원에 따르면 이달 셋째 주 전국 주유소 휘발유 평균 판매가는 직전 주 대비 L당 4.8원 상승한 1633.9원을 기록했다.",
                 "가격이 가장 높은 한빛시는 직전 주보다 0.5원 하락한 1702.0원, 가장 낮은 달빛시는 4.2원 오른 1604.3원으로 각각 집계됐다.",
                 "가장 저렴한 상표는 알뜰주유소로, L당 평균가는 1606.5원이었다.", "이번 주 국제유가는 산유국의 감산 연기 가능성 등으로 상승했다.",
                 "수입 원유 가격 기준인 두바이유는 직전 주 대비 배럴당 0.6달러 오른 72.1달러였다.",
                 "국제유가 변동은 통상 2∼3주가량 차이를 두고 국내 주유소 가격에 반영된다.",
                 "한빛시 주유소 관계자는 \"손님들이 가격을 묻는 일이 부쩍 늘었다\"고 말했다.",
                 "화물차가 주로 쓰는 연료 값도 L당 8.2원 상승한 1467.7원으로 나타났다.",
                 "한빛석유협회 관계자는 \"다음 주 기름값은 국제유가에 따라 소폭 하락할 전망\"이라고 말했다.",
                 title="주유소 기름값 6주 연속 상승\n휘발유·경유, 전주 대비 각각 L당 4.8원·8.2원 ↑")
    bullets = _kiwi(analyzer).summarize(analyzer.analyze(parse_article(page, id="f"))).bullets
    assert any("4.8원" in b for b in bullets) and any("8.2원" in b for b in bullets)
