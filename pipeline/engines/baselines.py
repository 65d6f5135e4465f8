"""Third-party summarizers wrapped as engines, so evaluation can compare them side by side.

``textrankr`` (PyPI ``textrankr``, install with ``pip install -e .[baselines]``):
TextRank over its own regex sentence split, returning whole sentences. It is given
Kiwi content morphemes as its tokenizer (the strongest tokenizer available to it
here) and the same number of sentences the ``kiwi`` engine would write bullets.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from pipeline.analysis import Analyzer, content_key
from pipeline.records import Document, SourceRef, Summary
from pipeline.select import bullet_count

if TYPE_CHECKING:
    from pipeline.config.summarize import SummarizeConfig


class TextrankrEngine:
    name = "textrankr"

    def __init__(self, analyzer: Analyzer, config: SummarizeConfig):
        try:
            from textrankr import TextRank
        except ImportError:
            raise ImportError("engine 'textrankr' needs the textrankr package: pip install -e '.[baselines]'") from None
        self.analyzer = analyzer
        self.config = config
        self.textrank = TextRank(self._tokenize)

    @classmethod
    def from_config(cls, config: SummarizeConfig, analyzer: Analyzer) -> "TextrankrEngine":
        return cls(analyzer, config)

    def _tokenize(self, text: str) -> list[str]:
        return [k for k in map(content_key, self.analyzer.morphs(text)) if k]

    def summarize(self, doc: Document) -> Summary:
        bullets = self.config.bullets
        k = bullet_count(len(doc.sentences), bullets.min, bullets.max, self.config.kiwi.sentences_per_bullet)
        body = doc.article.body
        picked = self.textrank.summarize(body, num_sentences=k, verbose=False) if k else []
        refs = []
        for text in picked:
            start = body.find(text)
            match = next((s for s in doc.sentences if s.start <= start < s.end), None) if start >= 0 else None
            refs.append(SourceRef(match.index, match.start, match.end) if match else None)
        return Summary(doc.article.id, doc.article.title, tuple(picked), self.name, tuple(refs))

    def summarize_many(self, docs: Sequence[Document]) -> list[Summary]:
        return [self.summarize(doc) for doc in docs]
