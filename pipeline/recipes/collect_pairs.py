"""Collect article/summary pairs from a folder of raw articles.

    python scripts/collect_pairs.py INPUT_DIR --output pairs.jsonl [split=[0.9,0.05,0.05]] [near_duplicate=0.8]

Settings come from ``configs/collect_pairs.yaml`` (``--config``) and ``key=value``
overrides; ``--split 0.9,0.05,0.05`` and ``--near-duplicate 0.8`` are shorthands for
the two most used. Writes ``pairs.jsonl`` (all pairs), ``pairs.{train,valid,test}.jsonl``
and ``pairs.report.json`` (counts and the reason for every failure).
Exit codes: 0 pairs written, 1 no article had a [기사요약] block, 2 bad arguments, config or input folder.
"""
from __future__ import annotations

import argparse
import sys

from pipeline.collect import collect_pairs, write_pairs
from pipeline.config import ConfigError, default_config, load_config, split_overrides
from pipeline.config.collect_pairs import CollectPairsConfig
from pipeline.errors import InputError


def parse_args(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="kosum collect-pairs", description=__doc__.split("\n")[0],
                                     epilog="Extra arguments of the form key=value override the config.")
    parser.add_argument("input_dir", help="folder of raw .txt/.html articles (searched recursively)")
    parser.add_argument("--output", default="pairs.jsonl", help="pairs file; splits go next to it (default pairs.jsonl)")
    parser.add_argument("--config", default=str(default_config("collect_pairs")), help="YAML config (default configs/collect_pairs.yaml)")
    parser.add_argument("--split", help="shorthand for split=[TRAIN,VALID,TEST], e.g. --split 0.9,0.05,0.05")
    parser.add_argument("--near-duplicate", type=float, help="shorthand for near_duplicate=X")
    overrides, rest = split_overrides(argv)
    args = parser.parse_args(rest)
    if args.split is not None:
        overrides.append(f"split=[{args.split}]")
    if args.near_duplicate is not None:
        overrides.append(f"near_duplicate={args.near_duplicate}")
    return args, overrides


def main(argv: list[str] | None = None) -> int:
    args, overrides = parse_args(list(sys.argv[1:] if argv is None else argv))
    try:
        config = load_config(CollectPairsConfig, args.config, overrides)
        pairs, report = collect_pairs(args.input_dir, config.near_duplicate, config.encoding)
    except (ConfigError, InputError) as exc:
        print(f"kosum collect-pairs: error: {exc}", file=sys.stderr)
        return 2
    paths = write_pairs(pairs, args.output, config.split, report)
    for failure in report.failures:
        print(f"kosum collect-pairs: skipped {failure.error}", file=sys.stderr)
    print(f"files seen {report.files_seen}, parsed {report.parsed}, with summary {report.with_summary}, "
          f"duplicates {report.duplicates} ({report.near_duplicates} near), failures {len(report.failures)}")
    print("pairs " + ", ".join(f"{name} {n}" for name, n in report.splits.items()) + f" -> {paths['all']}")
    return 0 if pairs else 1
