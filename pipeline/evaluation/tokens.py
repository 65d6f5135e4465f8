"""Tokenizers for ROUGE: Kiwi morphemes (the default) and characters.

Both follow rouge_score's tokenizer interface, a single ``tokenize(text) -> list[str]``,
so either can be plugged into ``rouge_score.rouge_scorer.RougeScorer``. rouge_score's
own default keeps only ``[a-z0-9]`` and scores Korean as 0; these keep Hangul.
"""
from __future__ import annotations

import unicodedata
from collections import OrderedDict
from collections.abc import Iterable

from pipeline.analysis import PUNCT_TAGS, get_kiwi
from pipeline.config.evaluate import TOKENIZERS


class KiwiTokenizer:
    """Kiwi morpheme forms, punctuation dropped, Latin lower-cased; cached by text.

    Each distinct text is analysed once (an LRU cache of ``cache_size`` texts).
    :meth:`prefetch` analyses many texts in one call of Kiwi's iterable API, so its
    worker threads run in parallel; :meth:`tokenize` then only reads the cache.
    """

    name = "kiwi"

    def __init__(self, num_workers: int = 1, cache_size: int = 200_000, kiwi=None):
        self.num_workers = num_workers
        self.kiwi = kiwi if kiwi is not None else get_kiwi(num_workers)
        self.cache_size = cache_size
        self._cache: OrderedDict[str, tuple[str, ...]] = OrderedDict()

    @staticmethod
    def _forms(tokens) -> tuple[str, ...]:
        return tuple(t.form.lower() if t.tag == "SL" else t.form for t in tokens if t.tag not in PUNCT_TAGS)

    def _store(self, text: str, forms: tuple[str, ...]) -> None:
        self._cache[text] = forms
        if len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)

    def tokenize(self, text: str) -> list[str]:
        forms = self._cache.get(text)
        if forms is None:
            forms = self._forms(self.kiwi.tokenize(text)) if text.strip() else ()
            self._store(text, forms)
        else:
            self._cache.move_to_end(text)
        return list(forms)

    def prefetch(self, texts: Iterable[str]) -> None:
        """Analyse every not yet cached text, in parallel when Kiwi has worker threads."""
        todo = list(dict.fromkeys(t for t in texts if t not in self._cache and t.strip()))
        if not todo:
            return
        if self.num_workers == 0:  # Kiwi's iterable API needs worker threads
            results = (self.kiwi.tokenize(t) for t in todo)
        else:
            results = self.kiwi.tokenize(todo)
        for text, tokens in zip(todo, results):
            self._store(text, self._forms(tokens))


class CharTokenizer:
    """Characters, whitespace and punctuation dropped, Latin lower-cased.

    Tokenizer-independent: the same text gives the same tokens on any machine.
    """

    name = "char"

    def tokenize(self, text: str) -> list[str]:
        return [c for c in text.lower() if not c.isspace() and not unicodedata.category(c).startswith("P")]

    def prefetch(self, texts: Iterable[str]) -> None:
        """Nothing to precompute; present so both tokenizers share one interface."""


def make_tokenizer(name: str, num_workers: int = 1):
    """A tokenizer by name: ``kiwi`` (morphemes) or ``char`` (characters)."""
    if name == "kiwi":
        return KiwiTokenizer(num_workers)
    if name == "char":
        return CharTokenizer()
    raise ValueError(f"unknown ROUGE tokenizer {name!r}; choose one of: {', '.join(TOKENIZERS)}")


def morph_tokens(morphs) -> list[str]:
    """ROUGE tokens of already analysed morphemes (same rule as :class:`KiwiTokenizer`)."""
    return [m.form.lower() if m.tag == "SL" else m.form for m in morphs if m.tag not in PUNCT_TAGS]
