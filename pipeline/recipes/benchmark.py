"""Speed and memory benchmarks, each against a baseline measured in the same run.

    python scripts/benchmark.py kiwi       # full kiwi engine vs raw Kiwi tokenization
    python scripts/benchmark.py rouge      # our Korean ROUGE vs rouge_score with a naive Kiwi tokenizer
    python scripts/benchmark.py seq2seq    # batched seq2seq engine vs a one-article-at-a-time loop
    python scripts/benchmark.py train      # fine-tuning loop vs Seq2SeqTrainer
    python scripts/benchmark.py serve      # kosum serve requests/s and latency vs the CLI's articles/s
    python scripts/benchmark.py layout     # one huge paragraph vs the same text in paragraphs (s/MB)
    python scripts/benchmark.py soak       # 20,000 articles, 1% bad, killed and resumed: lost/duplicates/RSS
    python scripts/benchmark.py bullets    # editor's defects per 100 bullets, ROUGE at equal length (kiwi vs sentence/lead/textrankr)

Each suite prints a table and writes JSON under runs/bench/. Run a suite with
--help for its own options.
"""
from __future__ import annotations

import importlib
import sys

from pipeline.benchmarks import MissingDataError

SUITES = ("kiwi", "rouge", "seq2seq", "train", "bullets", "serve", "layout", "soak")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in {"-h", "--help"} or argv[0] not in SUITES:
        print(__doc__.strip())
        if argv and argv[0] not in {"-h", "--help"}:
            print(f"\nunknown suite {argv[0]!r}; choose one of {', '.join(SUITES)}", file=sys.stderr)
            return 2
        return 0 if argv else 2
    try:
        return importlib.import_module(f"pipeline.benchmarks.{argv[0]}").main(argv[1:])
    except MissingDataError as exc:
        print(f"kosum benchmark {argv[0]}: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
