"""ROUGE speed: ours (cached, batched Kiwi) vs rouge_score.RougeScorer with a naive Kiwi tokenizer.

    kosum bench rouge [--pairs 10000] [--data ../shared/data/sci-news-dev] [--workers 2]

Two workloads of headline-length bullets cut from the sci-news sentences: every
bullet distinct, and bullets drawn (seeded) from a small pool so texts repeat.
Both scorers run in the same process on the same pairs; the table gives seconds,
the speed ratio (baseline time / ours), the largest score difference and peak
Python memory (tracemalloc, on the first 1,000 pairs). JSON goes to runs/bench/rouge.json.
"""
from __future__ import annotations

import argparse
import random
import time
import tracemalloc
from pathlib import Path

from rouge_score import rouge_scorer

from pipeline.analysis import PUNCT_TAGS, get_kiwi
from pipeline.benchmarks import DEFAULT_DATA, body_sentences, require_data, save_results, sci_news_pairs
from pipeline.evaluation.rouge import ROUGE_TYPES, RougeScorer
from pipeline.evaluation.tokens import KiwiTokenizer


class NaiveKiwiTokenizer:
    """What a user would plug into rouge_score: Kiwi on every call, no cache."""

    def __init__(self):
        self.kiwi = get_kiwi(0)

    def tokenize(self, text):
        return [t.form.lower() if t.tag == "SL" else t.form for t in self.kiwi.tokenize(text) if t.tag not in PUNCT_TAGS]


def load_bullets(folder: Path, words: int = 8) -> list[str]:
    """Headline-length bullets: the first ``words`` words of every sentence (Kiwi's split) of the sci-news articles."""
    bullets = []
    for pair in sci_news_pairs(folder):
        for sentence in body_sentences(pair):
            if sentence.split():
                bullets.append(" ".join(sentence.rstrip(".").split()[:words]))
    if not bullets:
        raise ValueError(f"no sci-news sentences found in {folder}")
    return bullets


def make_pairs(pool: list[str], n: int, distinct: bool, seed: int = 0) -> list[tuple[list[str], list[str]]]:
    rng = random.Random(seed)
    pairs, counter = [], 0
    for _ in range(n):
        sides = []
        for _ in range(2):
            bullets = rng.sample(pool, 3)
            if distinct:  # a serial number makes every bullet a new text
                bullets = [f"{b} {counter + k}번" for k, b in enumerate(bullets)]
                counter += 3
            sides.append(bullets)
        pairs.append((sides[0], sides[1]))
    return pairs


def run_baseline(pairs) -> list[dict]:
    scorer = rouge_scorer.RougeScorer(list(ROUGE_TYPES), tokenizer=NaiveKiwiTokenizer())
    out = []
    for pred, ref in pairs:
        scores = scorer.score("\n".join(ref), "\n".join(pred))
        out.append({k: s.fmeasure for k, s in scores.items()})
    return out


def run_ours(pairs, workers: int) -> list[dict]:
    scorer = RougeScorer(KiwiTokenizer(workers, kiwi=get_kiwi(workers)))  # a fresh, cold cache
    return [{k: s[k]["f"] for k in ROUGE_TYPES} for s in scorer.score_many([p for p, _ in pairs], [r for _, r in pairs])]


def timed(fn, *args):
    start = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - start, result


def peak_mib(fn, *args) -> float:
    tracemalloc.start()
    fn(*args)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kosum bench rouge", description="ROUGE speed vs rouge_score with naive Kiwi")
    parser.add_argument("--pairs", type=int, default=10_000, help="prediction/reference pairs per workload")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="sci-news folder the bullets come from (default: ../shared/data/sci-news-dev)")
    parser.add_argument("--workers", type=int, default=2, help="Kiwi threads for ours")
    parser.add_argument("--single-thread", action="store_true", help="also time ours with Kiwi in the calling thread")
    args = parser.parse_args(argv)

    pool = load_bullets(require_data(args.data))
    get_kiwi(0), get_kiwi(args.workers)  # model loading is not part of the timing
    rows = []
    for workload, distinct in (("distinct texts", True), ("repeated texts", False)):
        pairs = make_pairs(pool, args.pairs, distinct)
        base_s, base = timed(run_baseline, pairs)
        ours_s, ours = timed(run_ours, pairs, args.workers)
        ours1_s = timed(run_ours, pairs, 0)[0] if args.single_thread else None
        diff = max(abs(a[k] - b[k]) for a, b in zip(base, ours) for k in ROUGE_TYPES)
        sample = pairs[:1000]
        rows.append({"workload": workload, "pairs": len(pairs), "baseline_s": base_s, "ours_s": ours_s,
                     "ours_single_thread_s": ours1_s, "ratio": base_s / ours_s,
                     "ratio_single_thread": base_s / ours1_s if ours1_s else None,
                     "max_abs_f_diff": diff, "baseline_peak_mib": peak_mib(run_baseline, sample),
                     "ours_peak_mib": peak_mib(run_ours, sample, args.workers)})
    single = args.single_thread
    print(f"{'workload':<16}{'pairs':>7}{'baseline s':>12}{'ours s':>9}{'ratio':>8}"
          + (f"{'ours 1-thr s':>14}{'ratio':>8}" if single else "") + f"{'max |dF|':>10}{'peak MiB base/ours':>20}")
    for r in rows:
        one_thread = f"{r['ours_single_thread_s']:>14.2f}{r['ratio_single_thread']:>7.2f}x" if single else ""
        print(f"{r['workload']:<16}{r['pairs']:>7}{r['baseline_s']:>12.2f}{r['ours_s']:>9.2f}{r['ratio']:>7.2f}x"
              f"{one_thread}{r['max_abs_f_diff']:>10.4f}{r['baseline_peak_mib']:>12.1f} / {r['ours_peak_mib']:.1f}")
    save_results("rouge", args, rows)
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main())
