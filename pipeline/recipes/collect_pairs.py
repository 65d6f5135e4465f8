"""Collect article/summary pairs from a folder of raw articles.

    python scripts/collect_pairs.py INPUT_DIR --output pairs.jsonl [--split 0.9,0.05,0.05]

Writes ``pairs.jsonl`` (all pairs), ``pairs.{train,valid,test}.jsonl`` and
``pairs.report.json`` (counts and the reason for every failure).
Exit codes: 0 pairs written, 1 no article had a [기사요약] block, 2 bad arguments or input folder.
"""
from __future__ import annotations

import argparse
import sys

from pipeline.collect import collect_pairs, parse_split, write_pairs
from pipeline.errors import InputError


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="kosum collect-pairs", description=__doc__.split("\n")[0])
    parser.add_argument("input_dir", help="folder of raw .txt/.html articles (searched recursively)")
    parser.add_argument("--output", default="pairs.jsonl", help="pairs file; splits go next to it (default pairs.jsonl)")
    parser.add_argument("--split", default="0.9,0.05,0.05", help="train,valid,test fractions (default 0.9,0.05,0.05)")
    parser.add_argument("--near-duplicate", type=float, default=0.8,
                        help="bodies at least this similar (character 5-gram Jaccard) count as duplicates; 1 = exact only")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        fractions = parse_split(args.split)
        pairs, report = collect_pairs(args.input_dir, args.near_duplicate)
    except (InputError, ValueError) as exc:
        print(f"kosum collect-pairs: error: {exc}", file=sys.stderr)
        return 2
    paths = write_pairs(pairs, args.output, fractions, report)
    for failure in report.failures:
        print(f"kosum collect-pairs: skipped {failure.error}", file=sys.stderr)
    print(f"files seen {report.files_seen}, parsed {report.parsed}, with summary {report.with_summary}, "
          f"duplicates {report.duplicates} ({report.near_duplicates} near), failures {len(report.failures)}")
    print("pairs " + ", ".join(f"{name} {n}" for name, n in report.splits.items()) + f" -> {paths['all']}")
    return 0 if pairs else 1
