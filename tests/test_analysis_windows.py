"""Very long paragraphs are analysed in bounded windows with offsets back into the body.

Kiwi's sentence splitting grows faster than linearly in the length of one text; the
cost side is measured by ``kosum bench layout``, this file checks the results.
"""
import random

from pipeline import analysis
from pipeline.analysis import WINDOW_CHARS, Analyzer, windows
from pipeline.benchmarks.synthetic import article
from pipeline.records import Article


def _long_paragraph(chars: int) -> str:
    rng = random.Random(11)
    parts = []
    while sum(map(len, parts)) < chars:
        parts.append(article(rng)[1].replace("\n\n", " "))
    return " ".join(parts)


def test_short_paragraphs_are_one_window():
    assert windows("가" * (2 * WINDOW_CHARS)) == [0]


def test_windows_end_after_a_sentence_and_stay_bounded():
    text = _long_paragraph(40_000)
    starts = windows(text)
    assert len(starts) >= 40_000 // WINDOW_CHARS - 1
    ends = starts[1:] + [len(text)]
    for a, b in zip(starts, ends):
        assert b - a <= 3 * WINDOW_CHARS
    for cut in starts[1:]:
        assert text[cut - 2 : cut] == ". "  # every generated sentence ends in "다. "


def test_a_paragraph_without_sentence_ends_or_spaces_is_still_cut():
    text = "가" * (5 * WINDOW_CHARS)
    assert windows(text) == [0, WINDOW_CHARS, 2 * WINDOW_CHARS, 3 * WINDOW_CHARS]


def test_windowed_analysis_gives_the_sentences_of_the_whole_paragraph(monkeypatch):
    paragraph = _long_paragraph(12_000)
    doc_article = Article(id="x", title="긴 기사", paragraphs=("첫 문단이다.", paragraph, "끝 문단이다."))
    windowed = Analyzer(num_workers=0).analyze(doc_article)
    body = doc_article.body
    for sentence in windowed.sentences:
        assert body[sentence.start : sentence.end] == sentence.text
        assert all(body[m.start : m.end] == m.form or m.tag.startswith(("V", "E", "X", "J")) for m in sentence.morphs[:3])
    assert [s.index for s in windowed.sentences] == list(range(len(windowed.sentences)))
    assert {s.paragraph for s in windowed.sentences} == {0, 1, 2}

    monkeypatch.setattr(analysis.windows, "__defaults__", (10**9,))  # one window: Kiwi sees the paragraph whole
    whole = Analyzer(num_workers=0).analyze(doc_article)
    assert [(s.start, s.end, s.text) for s in windowed.sentences] == [(s.start, s.end, s.text) for s in whole.sentences]
