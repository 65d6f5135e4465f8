"""ROUGE-1/2/L/Lsum on Kiwi morphemes (or characters).

The arithmetic is rouge_score's public ``RougeScorer``; only the tokens differ. A
summary is a list of bullets, handed to the scorer one bullet per line (ROUGE-Lsum's
sentences); the tokenizer plugged in splits that text at newlines and returns each
bullet's tokens from our cache, so every distinct bullet is analysed once.

Scores are on a 0-1 scale here; reports multiply by 100.
"""
from __future__ import annotations

import functools
import warnings
from collections.abc import Sequence

from rouge_score import rouge_scorer

from pipeline.evaluation.tokens import make_tokenizer
from pipeline.format import strip_bullet_mark

ROUGE_TYPES = ("rouge1", "rouge2", "rougeL", "rougeLsum")



def as_bullets(summary: str | Sequence[str]) -> list[str]:
    """A summary as a list of bullets: a str is one bullet per line; marks and blank bullets dropped."""
    lines = summary.splitlines() if isinstance(summary, str) else list(summary)
    bullets = []
    for line in lines:
        if not isinstance(line, str):
            raise ValueError(f"a summary bullet must be a string, got {type(line).__name__}: {line!r}")
        line = strip_bullet_mark(line)
        if line:
            bullets.append(line)
    return bullets


class _BulletLines:
    """rouge_score's tokenizer interface over one bullet per line: each line's tokens from ``tokenizer``, in order."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def tokenize(self, text: str) -> list[str]:
        return [t for line in text.split("\n") if line for t in self.tokenizer.tokenize(line)]


def _as_dict(score) -> dict[str, float]:
    return {"p": float(score.precision), "r": float(score.recall), "f": float(score.fmeasure)}


class RougeScorer:
    """Scores prediction/reference pairs; ``tokenizer`` is ``"kiwi"``, ``"char"`` or any object with ``tokenize``."""

    def __init__(self, tokenizer="kiwi", num_workers: int = 1):
        self.tokenizer = make_tokenizer(tokenizer, num_workers) if isinstance(tokenizer, str) else tokenizer
        self._scorer = rouge_scorer.RougeScorer(list(ROUGE_TYPES), tokenizer=_BulletLines(self.tokenizer))

    def _score(self, prediction: list[str], reference: list[str]) -> dict:
        scores = self._scorer.score("\n".join(reference), "\n".join(prediction))
        return {name: _as_dict(scores[name]) for name in ROUGE_TYPES}

    def _tokens(self, bullets: list[str]) -> list[list[str]]:
        return [self.tokenizer.tokenize(b) for b in bullets]

    def score(self, prediction: str | Sequence[str], reference: str | Sequence[str]) -> dict:
        """rouge1/rouge2/rougeL/rougeLsum -> {"p", "r", "f"} for one pair (0 with a warning when a side is empty)."""
        pred, ref = as_bullets(prediction), as_bullets(reference)
        pred_tokens, ref_tokens = self._tokens(pred), self._tokens(ref)
        for side, tokens in (("prediction", pred_tokens), ("reference", ref_tokens)):
            if not any(tokens):
                warnings.warn(f"empty {side}: its ROUGE scores are 0", RuntimeWarning, stacklevel=2)
        return self._score(pred, ref)

    def score_many(self, predictions: Sequence, references: Sequence) -> list[dict]:
        """Score aligned lists of summaries; every distinct bullet is analysed once, in parallel."""
        if len(predictions) != len(references):
            raise ValueError(f"{len(predictions)} predictions but {len(references)} references; they must align")
        preds = [as_bullets(p) for p in predictions]
        refs = [as_bullets(r) for r in references]
        prefetch = getattr(self.tokenizer, "prefetch", None)
        if prefetch is not None:
            prefetch(b for summary in (*preds, *refs) for b in summary)
        results, empty = [], 0
        for pred, ref in zip(preds, refs):
            pred_tokens, ref_tokens = self._tokens(pred), self._tokens(ref)
            empty += not any(pred_tokens) or not any(ref_tokens)
            results.append(self._score(pred, ref))
        if empty:
            warnings.warn(f"{empty} of {len(preds)} pairs have an empty prediction or reference; their ROUGE is 0",
                          RuntimeWarning, stacklevel=2)
        return results


class _Pretokenized:
    """rouge_score's tokenizer interface over tokens we already have: one line per bullet, tokens joined by U+001F."""

    def tokenize(self, text: str) -> list[str]:
        return [t for line in text.split("\n") for t in line.split("\x1f") if t]


def scores_from_tokens(prediction: Sequence[Sequence[str]], reference: Sequence[Sequence[str]]) -> dict:
    """ROUGE of already tokenized bullets (one token list per bullet), through rouge_score's public scorer."""
    scorer = rouge_scorer.RougeScorer(list(ROUGE_TYPES), tokenizer=_Pretokenized())
    lines = lambda bullets: "\n".join("\x1f".join(tokens) for tokens in bullets)  # noqa: E731
    scores = scorer.score(lines(reference), lines(prediction))
    return {name: _as_dict(scores[name]) for name in ROUGE_TYPES}


@functools.lru_cache(maxsize=None)
def _shared_scorer(name: str) -> RougeScorer:
    return RougeScorer(name)


def rouge_scores(prediction: str | Sequence[str], reference: str | Sequence[str], tokenizer="kiwi") -> dict:
    """rouge1/rouge2/rougeL/rougeLsum -> {"p", "r", "f"} (0-1) of one summary against its reference.

    A str summary is one bullet per line. ``tokenizer``: ``"kiwi"`` (morphemes,
    the default), ``"char"``, or any object with ``tokenize(text) -> list[str]``.
    """
    scorer = _shared_scorer(tokenizer) if isinstance(tokenizer, str) else RougeScorer(tokenizer)
    return scorer.score(prediction, reference)
