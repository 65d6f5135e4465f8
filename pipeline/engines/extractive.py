"""Engines that need no downloaded weights: ``kiwi`` (select, then compress) and ``lead``."""
from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from pipeline.analysis import Analyzer
from pipeline.compress import Compressed, Compressor
from pipeline.format import remove_final_period
from pipeline.records import Document, SourceRef, Summary
from pipeline.select import SelectionWeights, bullet_count, mmr_order, score_sentences

if TYPE_CHECKING:  # engines get their settings from the config; they never import it back
    from pipeline.config.summarize import BulletConfig, SummarizeConfig


QUOTE_MARKS = ("“", "”", '"', "‘", "’", "'")
CANDIDATES_PER_BULLET = 10  # sentences looked at per wanted bullet before settling for fewer


class _CompressingEngine:
    """Shared bullet assembly: compress chosen sentences, keep order, record warnings."""

    name = ""

    def __init__(self, analyzer: Analyzer, bullets: BulletConfig, sentences_per_bullet: int = 5, min_sentence_chars: int = 15):
        self.analyzer = analyzer
        self.bullets = bullets
        self.sentences_per_bullet = sentences_per_bullet
        self.min_sentence_chars = min_sentence_chars
        self.compressor = Compressor(analyzer.kiwi, bullets.max_chars)

    def summarize_many(self, docs: Sequence[Document]) -> list[Summary]:
        return [self.summarize(doc) for doc in docs]

    def wanted(self, doc: Document) -> int:
        return bullet_count(len(doc.sentences), self.bullets.min, self.bullets.max, self.sentences_per_bullet)

    def _summary(self, doc: Document, picked: list[Compressed], warnings: list[str]) -> Summary:
        if self.bullets.keep_order:
            picked = sorted(picked, key=lambda c: c.sentence)
        sentences = doc.sentences
        if len(sentences) == 0:
            warnings.append("article has no sentences; no bullets written")
        elif len(picked) < self.bullets.min:
            warnings.append(
                f"article has only {len(sentences)} sentence(s); wrote {len(picked)} bullet(s), fewer than bullets.min={self.bullets.min}"
            )
        return Summary(
            id=doc.article.id,
            title=doc.article.title,
            bullets=tuple(c.text for c in picked),
            engine=self.name,
            source_sentences=tuple(SourceRef(c.sentence, sentences[c.sentence].start, sentences[c.sentence].end) for c in picked),
            warnings=tuple(doc.article.warnings) + tuple(warnings),
        )

    def _fill(self, doc: Document, order: Iterable[int], k: int, warnings: list[str]) -> list[Compressed]:
        """Compress sentences in ``order`` until ``k`` distinct bullets fit.

        Cutting at a word boundary happens only when too few sentences fit among the
        first ``CANDIDATES_PER_BULLET * k`` looked at.
        """
        picked: list[Compressed] = []
        overflow: list[Compressed] = []
        seen: set[str] = set()
        for index in itertools.islice(order, CANDIDATES_PER_BULLET * max(k, 1)):  # the ranking is lazy
            if len(picked) == k:
                break
            compressed = self._bullet(doc, index)
            if not compressed.text or compressed.text in seen:
                continue
            if compressed.fits:
                picked.append(compressed)
                seen.add(compressed.text)
            else:
                overflow.append(compressed)
        for compressed in overflow:
            if len(picked) >= k:
                break
            if any(q in compressed.text for q in QUOTE_MARKS):
                continue  # a quotation cut short misquotes its speaker
            text = self.compressor.cut_at_word(compressed.text)
            if text and text not in seen:
                warnings.append(f"bullet from sentence {compressed.sentence} cut at a word boundary to fit bullets.max_chars={self.bullets.max_chars}")
                picked.append(Compressed(text, compressed.sentence, True, whole=False))
                seen.add(text)
        return picked

    def _bullet(self, doc: Document, index: int) -> Compressed:
        if self.bullets.style == "sentence":
            return Compressed(remove_final_period(doc.sentences[index].text), index, True)
        return self.compressor.compress(doc.sentences[index], doc.article.body)


class KiwiEngine(_CompressingEngine):
    """Default engine: salient, non-redundant sentences compressed into headline-style bullets."""

    name = "kiwi"

    def __init__(self, analyzer: Analyzer, bullets: BulletConfig, weights: SelectionWeights, sentences_per_bullet: int = 5):
        super().__init__(analyzer, bullets, sentences_per_bullet, weights.min_sentence_chars)
        self.weights = weights

    @classmethod
    def from_config(cls, config: SummarizeConfig, analyzer: Analyzer) -> "KiwiEngine":
        knobs = config.kiwi
        weights = SelectionWeights(
            centrality=knobs.centrality_weight,
            title=knobs.title_weight,
            position=knobs.position_weight,
            redundancy=knobs.redundancy,
            min_sentence_chars=knobs.min_sentence_chars,
        )
        return cls(analyzer, config.bullets, weights, knobs.sentences_per_bullet)

    def ranking(self, doc: Document) -> Iterator[int]:
        """Usable sentence indices, best first (MMR order), computed lazily."""
        if not doc.sentences:
            return iter(())
        salience = score_sentences(doc, self.weights)
        return (int(salience.candidates[i]) for i in mmr_order(salience.score, salience.similarity, self.weights.redundancy))

    def select(self, doc: Document, k: int | None = None) -> list[int]:
        """Indices of the ``k`` most salient non-redundant sentences, in article order (seq2seq input)."""
        return sorted(itertools.islice(self.ranking(doc), self.wanted(doc) if k is None else k))

    def summarize(self, doc: Document) -> Summary:
        warnings: list[str] = []
        ranking = self.ranking(doc)
        if doc.sentences and all(len(s.text) < self.min_sentence_chars for s in doc.sentences):
            ranking = iter(range(len(doc.sentences)))  # nothing is long enough: take what there is
        picked = self._fill(doc, ranking, self.wanted(doc), warnings)
        return self._summary(doc, picked, warnings)


class LeadEngine(_CompressingEngine):
    """Baseline: the first sentences of the article, compressed the same way."""

    name = "lead"

    @classmethod
    def from_config(cls, config: SummarizeConfig, analyzer: Analyzer) -> "LeadEngine":
        return cls(analyzer, config.bullets, config.kiwi.sentences_per_bullet, config.kiwi.min_sentence_chars)

    def summarize(self, doc: Document) -> Summary:
        warnings: list[str] = []
        long_enough = [s.index for s in doc.sentences if len(s.text) >= self.min_sentence_chars]
        order = long_enough or [s.index for s in doc.sentences]
        picked = self._fill(doc, order, self.wanted(doc), warnings)
        return self._summary(doc, picked, warnings)


__all__ = ["KiwiEngine", "LeadEngine"]
