"""ROUGE-1/2/L/Lsum on Kiwi morphemes (or characters).

The arithmetic is rouge_score's own (n-gram overlap, LCS, summary-level union LCS);
only the tokens differ. A summary is a list of bullets: each bullet is tokenized
once (cached) and the summary's tokens are its bullets' tokens in order, so
ROUGE-Lsum treats bullets as its sentences, exactly as rouge_score does with
newline-separated text.

Scores are on a 0-1 scale here; reports multiply by 100.
"""
from __future__ import annotations

import functools
import warnings
from collections.abc import Sequence

from rouge_score import rouge_scorer as _rs

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


def _zero() -> dict[str, dict[str, float]]:
    return {name: {"p": 0.0, "r": 0.0, "f": 0.0} for name in ROUGE_TYPES}


def _as_dict(score) -> dict[str, float]:
    return {"p": float(score.precision), "r": float(score.recall), "f": float(score.fmeasure)}


def scores_from_tokens(prediction: Sequence[Sequence[str]], reference: Sequence[Sequence[str]]) -> dict:
    """ROUGE of already tokenized bullets (one token list per bullet)."""
    pred = [t for line in prediction for t in line]
    ref = [t for line in reference for t in line]
    if not pred or not ref:
        return _zero()
    return {
        "rouge1": _as_dict(_rs._score_ngrams(_rs._create_ngrams(ref, 1), _rs._create_ngrams(pred, 1))),
        "rouge2": _as_dict(_rs._score_ngrams(_rs._create_ngrams(ref, 2), _rs._create_ngrams(pred, 2))),
        "rougeL": _as_dict(_rs._score_lcs(ref, pred)),
        "rougeLsum": _as_dict(_rs._summary_level_lcs([list(x) for x in reference], [list(x) for x in prediction])),
    }


class RougeScorer:
    """Scores prediction/reference pairs; ``tokenizer`` is ``"kiwi"``, ``"char"`` or any object with ``tokenize``."""

    def __init__(self, tokenizer="kiwi", num_workers: int = 1):
        self.tokenizer = make_tokenizer(tokenizer, num_workers) if isinstance(tokenizer, str) else tokenizer

    def _tokens(self, bullets: list[str]) -> list[list[str]]:
        return [self.tokenizer.tokenize(b) for b in bullets]

    def score(self, prediction: str | Sequence[str], reference: str | Sequence[str]) -> dict:
        """rouge1/rouge2/rougeL/rougeLsum -> {"p", "r", "f"} for one pair (0 with a warning when a side is empty)."""
        pred, ref = as_bullets(prediction), as_bullets(reference)
        pred_tokens, ref_tokens = self._tokens(pred), self._tokens(ref)
        for side, tokens in (("prediction", pred_tokens), ("reference", ref_tokens)):
            if not any(tokens):
                warnings.warn(f"empty {side}: its ROUGE scores are 0", RuntimeWarning, stacklevel=2)
        return scores_from_tokens(pred_tokens, ref_tokens)

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
            results.append(scores_from_tokens(pred_tokens, ref_tokens))
        if empty:
            warnings.warn(f"{empty} of {len(preds)} pairs have an empty prediction or reference; their ROUGE is 0",
                          RuntimeWarning, stacklevel=2)
        return results


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
