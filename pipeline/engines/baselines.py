"""Third-party summarizers wrapped as engines, so evaluation can compare them side by side.

``textrankr`` (PyPI ``textrankr``, install with ``pip install -e .[baselines]``):
TextRank over its own regex sentence split, returning whole sentences. It is given
Kiwi content morphemes as its tokenizer (the strongest tokenizer available to it
here) and the same number of sentences the ``kiwi`` engine would write bullets.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from pipeline.analysis import Analyzer, content_key
from pipeline.records import Document, SourceRef, Summary
from pipeline.select import bullet_count

if TYPE_CHECKING:
    from pipeline.config.summarize import BulletConfig, KiwiEngineConfig


class TextrankrEngine:
    name = "textrankr"
    SECTIONS = ("bullets", "kiwi")  # kiwi.sentences_per_bullet: as many sentences as the kiwi engine writes bullets

    def __init__(self, analyzer: Analyzer, bullets: BulletConfig, sentences_per_bullet: int):
        try:
            from textrankr import TextRank
        except ImportError:
            raise ImportError("engine 'textrankr' needs the textrankr package: pip install -e '.[baselines]'") from None
        self.analyzer = analyzer
        self.bullets = bullets
        self.sentences_per_bullet = sentences_per_bullet
        self.textrank = TextRank(self._tokenize)

    @classmethod
    def from_sections(cls, analyzer: Analyzer, bullets: BulletConfig, kiwi: KiwiEngineConfig) -> "TextrankrEngine":
        return cls(analyzer, bullets, kiwi.sentences_per_bullet)

    def _tokenize(self, text: str) -> list[str]:
        return [k for k in map(content_key, self.analyzer.morphs(text)) if k]

    def summarize(self, doc: Document) -> Summary:
        k = bullet_count(len(doc.sentences), self.bullets.min, self.bullets.max, self.sentences_per_bullet)
        body = doc.article.body
        picked = self.textrank.summarize(body, num_sentences=k, verbose=False) if k else []
        refs = []
        for text in picked:
            start = body.find(text)
            match = next((s for s in doc.sentences if s.start <= start < s.end), None) if start >= 0 else None
            refs.append(SourceRef(match.index, match.start, match.end) if match else None)
        return Summary(doc.article.id, doc.article.title, tuple(picked), self.name, tuple(refs))

    def summarize_many(self, docs: Iterable[Document]) -> list[Summary]:
        return [self.summarize(doc) for doc in docs]
