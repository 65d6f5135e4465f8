"""Corpus statistics: mean with a seeded bootstrap confidence interval, paired bootstrap test.

Below :data:`MIN_EXAMPLES` examples a bootstrap says nothing: one example resamples to
itself (an interval of width 0, p = 0), and a handful have only a few distinct
resamples. There the interval and the p-value are ``None`` ("undefined"), never a number.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np

MIN_EXAMPLES = 5
"""Fewest examples for which a bootstrap interval or paired test is reported (5 give 126 distinct resamples)."""


def _values(values: Sequence[float], what: str) -> np.ndarray:
    array = np.asarray(values, dtype=float)
    if array.ndim != 1:
        raise ValueError(f"{what} must be a flat list of numbers, got shape {array.shape}")
    if not np.all(np.isfinite(array)):
        raise ValueError(f"{what} contains NaN or infinite values; scores must be finite")
    return array


def _resample_means(array: np.ndarray, n_resamples: int, seed: int) -> np.ndarray:
    if n_resamples < 1:
        raise ValueError(f"n_resamples={n_resamples} must be at least 1")
    rng = np.random.default_rng(seed)
    means = np.empty(n_resamples)
    chunk = max(1, 2_000_000 // max(1, len(array)))  # bound memory on large corpora
    for start in range(0, n_resamples, chunk):
        stop = min(n_resamples, start + chunk)
        idx = rng.integers(0, len(array), size=(stop - start, len(array)))
        means[start:stop] = array[idx].mean(axis=1)
    return means


def bootstrap_ci(values: Sequence[float], n_resamples: int = 1000, confidence: float = 0.95,
                 seed: int = 0) -> tuple[float, float] | None:
    """Percentile bootstrap interval of the mean; the same seed gives the same interval.

    None (undefined) for fewer than :data:`MIN_EXAMPLES` values.
    """
    if not 0 < confidence < 1:
        raise ValueError(f"confidence={confidence} must be between 0 and 1 (e.g. 0.95)")
    array = _values(values, "values")
    if len(array) < MIN_EXAMPLES:
        return None
    means = _resample_means(array, n_resamples, seed)
    tail = (1 - confidence) / 2 * 100
    lo, hi = np.percentile(means, [tail, 100 - tail])
    return float(lo), float(hi)


def mean_with_ci(values: Sequence[float], n_resamples: int = 1000, confidence: float = 0.95, seed: int = 0) -> dict:
    """``{"mean", "ci": [lo, hi]}``; the mean is 0 for an empty list (never NaN), ``ci`` None below :data:`MIN_EXAMPLES`."""
    array = _values(values, "values")
    ci = bootstrap_ci(array, n_resamples, confidence, seed)
    return {"mean": float(array.mean()) if len(array) else 0.0, "ci": list(ci) if ci is not None else None}


def paired_bootstrap(a: Sequence[float], b: Sequence[float], n_resamples: int = 1000, seed: int = 0,
                     confidence: float = 0.95) -> dict:
    """Paired bootstrap test of system ``a`` against ``b`` on the same examples.

    Returns ``{"delta": mean(a - b), "ci": [lo, hi], "p_value": p}`` where ``p`` is the
    two-sided bootstrap p-value: twice the share of resampled mean deltas on the
    other side of zero from the observed one (capped at 1). Below :data:`MIN_EXAMPLES`
    pairs, ``ci`` and ``p_value`` are None: the test is undefined.
    """
    a_arr, b_arr = _values(a, "scores of system a"), _values(b, "scores of system b")
    if len(a_arr) != len(b_arr):
        raise ValueError(f"paired test needs the same examples: {len(a_arr)} scores vs {len(b_arr)}")
    diff = a_arr - b_arr
    delta = float(diff.mean()) if len(diff) else 0.0
    if len(diff) < MIN_EXAMPLES:
        return {"delta": delta, "ci": None, "p_value": None, "n": int(len(diff))}
    means = _resample_means(diff, n_resamples, seed)
    if delta > 0:
        p = 2 * float(np.mean(means <= 0))
    elif delta < 0:
        p = 2 * float(np.mean(means >= 0))
    else:
        p = 1.0
    tail = (1 - confidence) / 2 * 100
    lo, hi = np.percentile(means, [tail, 100 - tail])
    return {"delta": delta, "ci": [float(lo), float(hi)], "p_value": min(1.0, p), "n": int(len(diff))}
