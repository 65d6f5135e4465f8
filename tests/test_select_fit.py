"""Of two equally salient sentences the block takes the one that makes a headline bullet within
``bullets.max_chars`` (``kiwi.fit_margin``); a clearly more salient sentence, the lede and the closing outlook
keep their places however long their bullets. Sentences written for these tests (not news copy)."""
import numpy as np
import pytest

from pipeline.config.summarize import BulletConfig, KiwiEngineConfig
from pipeline.engines.extractive import KiwiEngine
from pipeline.compress import Compressed
from pipeline.records import Article
from pipeline.select import Salience

SENTENCES = (
    # 0: a quotation that no safe deletion brings within 60 characters
    "김하나 한빛시장은 “시민 여러분이 보내 주신 뜻을 받들어 도심 하천 복원과 공공 도서관 확충, 청년 주거 지원을 "
    "차질 없이 마무리하고 모든 세대가 함께 사는 도시를 만들겠다”고 말했다.",
    # 1: a short statement that fits
    "한빛시는 내년 예산으로 1조 2천억원을 편성했다.",
    # 2: another short statement that fits
    "가람구는 주민센터 세 곳을 새로 짓는다.",
    # 3: and one more
    "나래동 도서관은 다음 달 문을 연다.",
    # 4: one that fits but points back to what the article said before ("이런")
    "이런 사업은 내년에도 계속 이어진다.",
)


@pytest.fixture(scope="module")
def doc(analyzer):
    return analyzer.analyze(Article(id="fit", title="한빛시 내년 예산 편성", paragraphs=SENTENCES))


def engine(analyzer, margin: float = 0.05, far: float | None = None) -> KiwiEngine:
    far = margin if far is None else far  # (the tests of fit_margin alone give a far-over bullet no wider margin)
    return KiwiEngine(analyzer, BulletConfig(max_chars=60), KiwiEngineConfig(fit_margin=margin, far_margin=far))


def salience(scores: dict[int, float]) -> Salience:
    order = sorted(scores)
    return Salience(np.array(order), np.array([scores[i] for i in order]), np.zeros((len(order), len(order))))


def test_the_long_sentence_stays_over_the_limit(analyzer, doc):
    made = engine(analyzer)
    assert not made._bullet(doc, 0).fits
    assert all(made._bullet(doc, i).fits for i in (1, 2, 3))


def test_an_equally_salient_sentence_that_fits_takes_the_place_of_one_that_does_not(analyzer, doc):
    head = engine(analyzer).fit_ties(doc, salience({0: 0.80, 1: 0.78, 2: 0.77, 3: 0.5}), [0, 1, 2, 3], 1, set(), {})
    assert head == [1, 0, 2, 3]


def test_a_clearly_more_salient_sentence_keeps_its_place_however_long(analyzer, doc):
    head = engine(analyzer).fit_ties(doc, salience({0: 0.80, 1: 0.70, 2: 0.60, 3: 0.5}), [0, 1, 2, 3], 1, set(), {})
    assert head == [0, 1, 2, 3]


def test_only_a_sentence_outside_the_block_comes_in(analyzer, doc):
    # 1 is within the block already: trading places with it would change nothing; 2 is the first one outside
    head = engine(analyzer).fit_ties(doc, salience({0: 0.80, 1: 0.79, 2: 0.78, 3: 0.5}), [0, 1, 2, 3], 2, set(), {})
    assert head == [2, 1, 0, 3]


def test_a_sentence_ranked_lower_for_all_its_higher_salience_stays_out(analyzer, doc):
    # ranked after the long one although its salience is higher: the ranking found it repeats a chosen sentence
    head = engine(analyzer).fit_ties(doc, salience({0: 0.80, 1: 0.82, 2: 0.5, 3: 0.4}), [0, 1, 2, 3], 1, set(), {})
    assert head == [0, 1, 2, 3]


def test_the_closing_outlook_and_a_zero_margin_keep_the_ranking(analyzer, doc):
    scores = salience({0: 0.80, 1: 0.79, 2: 0.5, 3: 0.4})
    assert engine(analyzer).fit_ties(doc, scores, [0, 1, 2, 3], 1, {0}, {}) == [0, 1, 2, 3]
    assert engine(analyzer, margin=0.0).fit_ties(doc, scores, [0, 1, 2, 3], 1, set(), {}) == [0, 1, 2, 3]


def test_the_block_takes_the_sentence_that_fits(analyzer, doc, monkeypatch):
    # the lede (1) leads; of the two about equally salient others (0 ranked first) the one that fits is taken
    import pipeline.engines.extractive as extractive

    made = engine(analyzer)
    monkeypatch.setattr(extractive, "score_sentences", lambda *a, **k: salience({0: 0.80, 2: 0.77, 3: 0.3}))
    monkeypatch.setattr(made, "opening", lambda doc, content, points=None: (1, False))
    monkeypatch.setattr(made, "wanted", lambda doc, content=None: 2)
    summary = made.summarize(doc)
    assert [ref.sentence for ref in summary.source_sentences] == [1, 2]
    assert all(len(b) <= 60 for b in summary.bullets)


def test_a_sentence_that_points_back_does_not_come_in_on_a_tie(analyzer, doc):
    # "이런 사업은 …": a tie is no reason to take a bullet that needs the article; the next one that reads alone comes in
    head = engine(analyzer).fit_ties(doc, salience({0: 0.80, 4: 0.79, 2: 0.78, 3: 0.5}), [0, 4, 2, 3], 1, set(), {})
    assert head == [2, 4, 0, 3]


# -- beyond bullets.min a bullet must fit (kiwi.extra_must_fit) ------------------------------------
MORE = SENTENCES[:4] + ("다온구는 공영 주차장 두 곳을 늘린다.",)


@pytest.fixture(scope="module")
def more(analyzer):
    return analyzer.analyze(Article(id="more", title="한빛시 내년 예산 편성", paragraphs=MORE))


def fill(analyzer, doc, order, k, must_fit, lede=None, exempt=frozenset(), limit=0.0):
    made = KiwiEngine(analyzer, BulletConfig(min=3, max=5, max_chars=60), KiwiEngineConfig(extra_must_fit=must_fit))
    return [c.sentence for c in made._fill(doc, iter(order), k, lede=lede, extra_must_fit=must_fit, extra_limit=limit, exempt=exempt)]


def test_an_over_long_bullet_beyond_the_minimum_is_left_out_and_not_replaced(analyzer, more):
    # ranked 1, 2, 3, then the long quotation 0, then 4: the block stays at bullets.min rather than take 4 instead
    assert fill(analyzer, more, [1, 2, 3, 0, 4], k=4, must_fit=True) == [1, 2, 3]
    assert fill(analyzer, more, [1, 2, 3, 0, 4], k=4, must_fit=False) == [1, 2, 3, 0]


def test_a_bullet_far_over_the_limit_beyond_the_minimum_is_left_out(analyzer, more):
    # kiwi.extra_length_limit: the long quotation (sentence 0) stays over 1.5 times 60 characters, not over 2.5 times
    assert len(KiwiEngine(analyzer, BulletConfig(min=3, max=5, max_chars=60), KiwiEngineConfig())._bullet(more, 0).text) > 90
    assert fill(analyzer, more, [1, 2, 3, 0, 4], k=4, must_fit=False, limit=1.5) == [1, 2, 3]
    assert fill(analyzer, more, [1, 2, 3, 0, 4], k=4, must_fit=False, limit=2.5) == [1, 2, 3, 0]
    assert fill(analyzer, more, [1, 0, 2, 3, 4], k=4, must_fit=False, limit=1.5) == [1, 0, 2, 3]  # within the minimum


def test_an_over_long_bullet_within_the_minimum_stays(analyzer, more):
    assert fill(analyzer, more, [1, 0, 2, 3, 4], k=4, must_fit=True) == [1, 0, 2, 3]


def test_the_lede_and_the_closing_outlook_stay_however_long(analyzer, more):
    assert fill(analyzer, more, [0, 1, 2, 3, 4], k=4, must_fit=True, lede=0) == [0, 1, 2, 3]
    assert fill(analyzer, more, [1, 2, 3, 0, 4], k=4, must_fit=True, exempt=frozenset({0})) == [1, 2, 3, 0]


def test_a_bullet_far_over_the_limit_gives_way_within_the_wider_margin(analyzer, doc):
    # sentence 0's bullet is far over 60 characters (over 72): a fitting one 0.10 less salient takes its place with
    # kiwi.far_margin 0.15, not with 0.05
    assert len(engine(analyzer)._bullet(doc, 0).text) > 72
    scores = salience({0: 0.80, 1: 0.70, 2: 0.60, 3: 0.5})
    assert engine(analyzer, far=0.15).fit_ties(doc, scores, [0, 1, 2, 3], 1, set(), {}) == [1, 0, 2, 3]
    assert engine(analyzer, far=0.05).fit_ties(doc, scores, [0, 1, 2, 3], 1, set(), {}) == [0, 1, 2, 3]
    # a margin of 0 turns the trade off whatever far_margin says
    assert engine(analyzer, margin=0.0, far=0.15).fit_ties(doc, scores, [0, 1, 2, 3], 1, set(), {}) == [0, 1, 2, 3]


def test_a_bullet_a_little_over_the_limit_keeps_the_narrow_margin(analyzer, doc):
    # 66 characters: over 60, not over 72; a fitting one 0.10 less salient does not take its place
    made = {0: Compressed("한빛시, " + "가" * 61, 0, False)}
    scores = salience({0: 0.80, 1: 0.70, 2: 0.60, 3: 0.5})
    assert engine(analyzer, far=0.15).fit_ties(doc, scores, [0, 1, 2, 3], 1, set(), made) == [0, 1, 2, 3]
    made = {0: Compressed("한빛시, " + "가" * 61, 0, False)}
    assert engine(analyzer, far=0.15).fit_ties(doc, salience({0: 0.80, 1: 0.77, 2: 0.60, 3: 0.5}), [0, 1, 2, 3], 1, set(), made) == [1, 0, 2, 3]
