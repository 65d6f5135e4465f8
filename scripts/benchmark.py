#!/usr/bin/env python
"""Speed and memory benchmarks against in-run baselines: python scripts/benchmark.py {kiwi,rouge,seq2seq,train,bullets} [options]

The dispatcher is pipeline/recipes/benchmark.py (also run by `kosum bench`).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from pipeline.recipes.benchmark import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
