"""Tags a page or a wire puts around the news (a dateline in 【】 before the lede, "(종합)" or "| 한빛일보" after
the headline, a photo's scene written as a sentence) stay out of the block. Every page here is written for the tests."""
import pytest

from bullet_helpers import analyse
from pipeline.config.summarize import SummarizeConfig
from pipeline.engines import build_engine
from pipeline.parse import parse_article
from pipeline.records import Morph
from pipeline.select import bullet_dangling_reason, content_sentences, dangling_reason

BODY = ("한빛시가 시립 중앙도서관을 새로 열었다고 5일 밝혔다.", "도서관은 장서 20만권을 갖췄고 열람석 500석을 둔다.",
        "시는 2027년까지 분관 3곳을 더 짓는다.")


@pytest.mark.parametrize("dateline", ["【한빛】", "【 한빛 】 ", "【한빛·서울】"])
def test_a_dateline_in_lenticular_brackets_leaves_the_lede(dateline):
    article = parse_article("\n".join(["한빛시, 새 도서관 개관", dateline + BODY[0], *BODY[1:]]), id="d")
    assert article.paragraphs[0] == BODY[0]


def test_a_bracket_inside_a_later_paragraph_stays():
    line = "【한빛】 도서관 이름은 시민 공모로 정했다."  # past the lede a bracket is the writer's, left alone
    article = parse_article("\n".join(["한빛시, 새 도서관 개관", *BODY, "시장은 개관식에서 축사를 했다.", line]), id="d")
    assert line in article.paragraphs


@pytest.mark.parametrize("title", ["한빛시, 새 도서관 개관(종합)", "한빛시, 새 도서관 개관 (종합2보)", "한빛시, 새 도서관 개관(1보)",
                                   "한빛시, 새 도서관 개관 |", "한빛시, 새 도서관 개관 | 한빛일보", "한빛시, 새 도서관 개관(종합) | 한빛일보"])
def test_a_wire_tag_or_a_page_title_suffix_leaves_the_headline(title):
    assert parse_article("\n".join([title, *BODY]), id="t").title == "한빛시, 새 도서관 개관"


@pytest.mark.parametrize("title", ["한빛시, 새 도서관 개관 - 한빛일보", "한빛시, 새 도서관 개관 : 한빛경제TV"])
def test_an_outlet_after_a_dash_leaves_the_headline(title):
    assert parse_article("\n".join([title, *BODY]), id="t").title == "한빛시, 새 도서관 개관"


@pytest.mark.parametrize("title", ["[종합] 한빛시, 새 도서관 개관", "[속보] 한빛시, 새 도서관 개관", "[단독]한빛시, 새 도서관 개관"])
def test_a_wire_tag_opening_the_headline_leaves_it(title):
    article = parse_article("\n".join([title, *BODY]), id="t")
    assert (article.title, article.series, article.paragraphs[0]) == ("한빛시, 새 도서관 개관", "", BODY[0])


@pytest.mark.parametrize("stamp", ["2026-02-27 14:22 ", "2026.02.27 14:22:05 ", "(2026.02.27 14:22) "])
def test_a_timestamp_opening_the_lede_leaves_it_and_the_lede_stays(stamp):
    article = parse_article("\n".join(["한빛시, 새 도서관 개관", stamp + BODY[0], *BODY[1:]]), id="d")
    assert article.paragraphs[0] == BODY[0]


@pytest.mark.parametrize("title", ["연봉 2|3 비율 논란", "한빛시 (가칭) 새 도서관 이름 공모", "한빛시 - 누리시 자매결연 협약",
                                   "물가 2.3% 상승 - 석 달 연속 2%대"])
def test_a_headline_without_such_a_tag_is_kept_whole(title):
    assert parse_article("\n".join([title, *BODY]), id="t").title == title


# -- a photo's scene written as a sentence of its own -----------------------------------------------

LEDE = "한빛시가 시립 중앙도서관을 새로 열었다고 5일 밝혔다. 도서관은 장서 20만권을 갖췄다."


@pytest.mark.parametrize("scene", ["시민들이 새로 문을 연 도서관을 둘러보고 있다.",
                                   "김철수 한빛시장이 5일 개관식에서 도서관을 둘러보고 있다."])
def test_a_scene_in_progress_alone_in_its_paragraph_is_a_caption(analyzer, scene):
    doc = analyse(analyzer, LEDE, scene, "시는 2027년까지 분관 3곳을 더 짓는다.")
    kept = [doc.sentences[i].text for i in content_sentences(doc)]
    assert scene not in kept and "시는 2027년까지 분관 3곳을 더 짓는다." in kept


@pytest.mark.parametrize("line", ["시는 분관 건립 부지를 찾고 있다.",  # the topic "은/는": the article's statement
                                  "주민들은 도서관이 멀어 불편을 겪고 있다.",
                                  "시민들이 새로 문을 연 도서관을 둘러보고 있다. 시는 이용객이 늘 것으로 본다."])  # not alone
def test_a_statement_in_the_progressive_stays_content(analyzer, line):
    doc = analyse(analyzer, LEDE, line)
    kept = [doc.sentences[i].text for i in content_sentences(doc)]
    assert line.split(". ")[0].rstrip(".") + "." in kept


def test_the_first_sentence_stays_even_when_it_reads_like_a_scene(analyzer):
    lede = "시민들이 새로 문을 연 한빛시 중앙도서관에서 책을 고르고 있다."
    doc = analyse(analyzer, lede, "도서관은 장서 20만권을 갖췄다. 시는 분관 3곳을 더 짓는다.")
    assert 0 in content_sentences(doc)


# -- openers and endings that need the sentence before ---------------------------------------------
@pytest.mark.parametrize("text", ["이러한 조치로 시는 예산 20억원을 아꼈다.", "우선 시는 예산 20억원을 도로에 쓴다.",
                                  "반면 수입은 3% 줄었다.", "주민 요구가 컸기 때문입니다."])
def test_an_opener_or_ending_that_leans_on_the_sentence_before_dangles(analyzer, text):
    sentence = analyse(analyzer, text).sentences[0]
    assert dangling_reason(sentence.morphs, sentence.text) is not None


@pytest.mark.parametrize("text", ["한빛시 수출은 늘어난 반면 수입은 3% 줄었다.", "시는 우선순위에 따라 예산 20억원을 도로에 쓴다.",
                                  "한빛시는 교통난을 줄이려고 버스 노선 12개를 새로 만든다."])
def test_the_same_words_elsewhere_do_not(analyzer, text):
    sentence = analyse(analyzer, text).sentences[0]
    assert dangling_reason(sentence.morphs, sentence.text) is None


# -- the block -------------------------------------------------------------------------------------
def _block(analyzer, *paragraphs, title=""):
    engine = build_engine("kiwi", SummarizeConfig(), analyzer)
    return engine.summarize(analyse(analyzer, *paragraphs, title=title)).bullets


PRICES = ("한빛시 소비자물가가 지난달 전년 대비 2.3% 올랐다고 한빛통계청이 5일 밝혔다.",
          "소비자물가 상승률은 2.3%로 석 달 연속 2%대를 이어갔다.",
          "채소류 가격이 12.5% 뛰어 물가를 끌어올렸다. 석유류는 4.1% 내렸다.",
          "한빛통계청은 다음 달에도 오름세가 이어질 것으로 내다봤다.")


def test_a_bullet_giving_again_a_figure_about_the_same_subject_is_a_restatement(analyzer):
    bullets = _block(analyzer, *PRICES, title="한빛시 물가 2.3% 올라")
    assert sum("2.3%" in b for b in bullets) == 1, bullets


def test_the_same_figure_about_another_subject_is_a_new_fact(analyzer):
    bullets = _block(analyzer, "한빛시 소비자물가가 지난달 전년 대비 2.3% 올랐다고 한빛통계청이 5일 밝혔다.",
                     "가람도 수출은 같은 달 2.3% 줄어 석 달째 감소했다.", "채소류 가격이 12.5% 뛰어 물가를 끌어올렸다.",
                     "한빛통계청은 다음 달에도 오름세가 이어질 것으로 내다봤다.", title="한빛시 물가 2.3% 올라")
    assert any("수출" in b and "2.3%" in b for b in bullets), bullets


def test_the_tail_of_a_sentence_split_after_a_quotative_is_no_content(analyzer):
    doc = analyse(analyzer, *PRICES)
    tails = [s.index for s in doc.sentences if s.text.startswith("고 ")]
    assert tails, "Kiwi no longer splits the quotative: the case needs another sentence"
    assert not set(tails) & set(content_sentences(doc))


def test_a_sentence_opening_with_the_late_so_and_so_is_content(analyzer):
    doc = analyse(analyzer, "한빛시가 추모관을 새로 열었다고 5일 밝혔다.", "고 김철수 선생의 유품 300점이 전시된다.")
    assert 1 in content_sentences(doc)


@pytest.mark.parametrize("text, dangles", [("주민 안전을 지키기 위해", True), ("한빛시, 주민 안전을 지키기 위해서", True),
                                           ("한빛시, 교통난을 줄이기 위해 버스 노선 12개 신설", False)])
def test_a_bullet_that_ends_in_a_purpose_clause_dangles(analyzer, text, dangles):
    morphs = [Morph(t.form, str(t.tag), t.start, t.start + t.len) for t in analyzer.kiwi.tokenize(text)]
    assert (bullet_dangling_reason(morphs, text) is not None) is dangles


GAME = ("한빛 베어스가 5일 한빛구장에서 열린 경기에서 누리 타이거즈를 7대3으로 이겼다.",
        "김철수는 4타수 3안타 2타점으로 공격을 이끌었다.",
        "박민수 감독은 경기 뒤 선수들이 잘해줬다고 말했다.",
        "이영희는 5회 솔로 홈런을 터뜨렸다. 시즌 12호 홈런이다.",
        "8회에는 2타수 무안타에 그쳤다.",
        "베어스는 이날 승리로 4연승을 달렸다.")


def test_a_sentence_without_its_actor_does_not_fill_a_block_past_bullets_min(analyzer):
    # away from the sentence that names who, "2타수 무안타" would read as the record of the bullet before it
    config = SummarizeConfig()
    config.bullets.min, config.bullets.max, config.kiwi.sentences_per_bullet = 2, 6, 1
    doc = analyse(analyzer, *GAME, title="한빛 베어스, 타이거즈 꺾고 4연승")
    chosen = [s.sentence for s in build_engine("kiwi", config, analyzer).summarize(doc).source_sentences]
    assert 5 not in chosen and {0, 1, 6} <= set(chosen), chosen


def test_a_sentence_without_its_actor_still_reaches_bullets_min(analyzer):
    config = SummarizeConfig()
    config.bullets.min, config.bullets.max = 3, 3
    doc = analyse(analyzer, "한빛 베어스가 5일 누리 타이거즈를 7대3으로 이겼다.", "관중 2만명이 경기장을 찾았다.",
                  "시즌 12호 홈런을 터뜨렸다.", title="한빛 베어스, 타이거즈 꺾어")
    assert len(build_engine("kiwi", config, analyzer).summarize(doc).bullets) == 3


# -- "이 회사" where the headline names the one company ---------------------------------------------
COMPANY = ("상반기 매출이 크게 늘었다는 소식에 주가가 가격제한폭까지 올랐다.", "거래량도 전날의 세 배에 이르렀다.",
           "이 회사는 상반기 매출액이 지난해보다 40% 늘어난 300억원을 기록했다고 밝혔다.",
           "이 회사 관계자는 하반기에도 반도체 소재 주문이 이어질 것으로 내다봤다.")


def test_this_company_is_the_company_the_headline_names(analyzer):
    bullets = _block(analyzer, *COMPANY, title="누리소재(12345), 매출 급증에 상한가")
    assert any(b.startswith("누리소재") and "300억원" in b for b in bullets), bullets
    assert not any(b.startswith("이 회사") for b in bullets), bullets


def test_this_company_is_not_named_when_the_article_names_another(analyzer):
    bullets = _block(analyzer, "한빛증권은 누리소재의 목표 주가를 올렸다.", *COMPANY, title="누리소재(12345), 매출 급증에 상한가")
    assert not any(b.startswith("누리소재") and "300억원" in b for b in bullets), bullets
    # and no headline names one
    assert not any(b.startswith("누리소재") for b in _block(analyzer, *COMPANY, title="반도체 소재주 매출 급증에 상한가"))
