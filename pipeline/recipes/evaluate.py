"""Evaluate engines (or a predictions file) against reference summaries.

    python scripts/evaluate.py --config configs/evaluate.yaml [key=value ...]

Writes ``predictions.jsonl``, ``results.json`` and ``report.html`` to ``output_dir`` and
prints the summary table. Exit codes: 0 done, 1 no usable examples or unreadable
data, 2 bad config or arguments.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import asdict
from pathlib import Path

from tqdm import tqdm

from pipeline.analysis import Analyzer
from pipeline.config import ConfigError, default_config, load_config, split_overrides, to_dict
from pipeline.config.evaluate import EvaluateConfig
from pipeline.config.summarize import SummarizeConfig
from pipeline.engines import build_engine
from pipeline.errors import InputError
from pipeline.evaluation.corpus import SourceCache, aggregate, pairwise_tests, score_system
from pipeline.evaluation.data import load_examples
from pipeline.evaluation.report import format_table, render_html
from pipeline.evaluation.rouge import RougeScorer
from pipeline.files import atomic_write_text
from pipeline.provenance import provenance

def data_fingerprint(examples) -> str:
    """Hash of the examples' ids, article texts and references: equal hashes, equal data."""
    digest = hashlib.sha256()
    for e in examples:
        body = e.article.body if e.article is not None else ""
        digest.update(json.dumps([e.id, body, list(e.reference)], ensure_ascii=False).encode())
    return digest.hexdigest()[:16]


def run_systems(systems: dict[str, SummarizeConfig], docs, analyzer: Analyzer, progress: bool) -> dict[str, list[tuple[str, ...]]]:
    """Each system's bullets for every document, in order (the baseline always runs too)."""
    outputs = {}
    for system, summarize_cfg in tqdm(systems.items(), desc="systems", disable=not progress):
        engine = build_engine(summarize_cfg.engine, summarize_cfg, analyzer)
        outputs[system] = [tuple(s.bullets) for s in engine.summarize_many(docs)]
    return outputs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kosum evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("--config", default=str(default_config("evaluate")), help="YAML config (default: configs/evaluate.yaml)")
    parser.add_argument("overrides", nargs="*", help="key=value overrides, e.g. data.path=dev.jsonl systems=[kiwi,lead] limit=20")
    overrides, rest = split_overrides(list(sys.argv[1:] if argv is None else argv))
    args = parser.parse_args(rest)
    if args.overrides:
        parser.error(f"not key=value overrides: {args.overrides}")
    try:
        cfg = load_config(EvaluateConfig, args.config, overrides)
        systems = cfg.resolve_systems()
        cfg.data.check_paths()
    except ConfigError as exc:
        print(f"kosum evaluate: {exc}", file=sys.stderr)
        return 2
    progress = cfg.progress and sys.stderr.isatty()

    try:
        loaded = load_examples(cfg.data, cfg.limit)
    except (InputError, ValueError) as exc:
        print(f"kosum evaluate: {exc}", file=sys.stderr)
        return 1
    for failure in loaded.failures:
        print(f"kosum evaluate: skipped {failure.error}", file=sys.stderr)
    for warning in loaded.warnings:
        print(f"kosum evaluate: warning: {warning}", file=sys.stderr)
    examples = loaded.examples
    if not examples:
        print(f"kosum evaluate: no usable examples in {cfg.data.path}", file=sys.stderr)
        return 1

    analyzer = Analyzer(cfg.num_workers)
    with_text = [e for e in examples if e.article is not None]
    docs = list(tqdm(analyzer.analyze_many(e.article for e in with_text), total=len(with_text), desc="analysis", disable=not progress))
    sources = SourceCache()
    for doc in docs:
        sources.add(doc)
    if cfg.data.type == "predictions":
        systems = list(dict.fromkeys(name for e in examples for name in e.predictions))
        outputs = {name: [tuple(e.predictions.get(name, ())) for e in examples] for name in systems}
    else:
        outputs = run_systems(systems, docs, analyzer, progress)

    scorer = RougeScorer(cfg.tokenizer, cfg.num_workers)
    per_system = {name: score_system(name, examples, bullets, scorer, analyzer, sources)
                  for name, bullets in tqdm(outputs.items(), desc="scoring", disable=not progress)}
    stats = cfg.stats
    systems = {name: aggregate(scores, stats.bootstrap, stats.confidence, stats.seed) for name, scores in per_system.items()}
    results = {
        "systems": systems,
        **systems,  # also at the top level: results["kiwi"]["rouge1"]["f"]
        "pairwise": pairwise_tests(per_system, cfg.baseline, stats.bootstrap, stats.seed),
        "examples": len(examples),
        "tokenizer": cfg.tokenizer,
        "data": {"type": cfg.data.type, "path": cfg.data.path},
        "data_fingerprint": data_fingerprint(examples),
        **provenance(to_dict(cfg)),  # config, versions, git_revision, created, python, platform
        "failures": [asdict(f) for f in loaded.failures],
        "warnings": loaded.warnings,
    }
    write_outputs(Path(cfg.output_dir), results, examples, per_system, cfg)
    print(format_table(systems))
    print(f"\nwrote {cfg.output_dir}/predictions.jsonl, results.json" + (", report.html" if cfg.report.html else ""))
    return 0


def write_outputs(out: Path, results: dict, examples, per_system, cfg: EvaluateConfig) -> None:
    """predictions.jsonl, results.json and report.html, each written whole (``.partial`` then renamed).

    Everything is rendered before the first file is replaced, so a failure leaves the
    previous run's outputs as they were.
    """
    rows = []
    for scores in per_system.values():
        for s in scores:
            rows.append({"id": s.id, "system": s.system, "bullets": list(s.bullets), "reference": list(s.reference),
                         "rouge": {k: {m: 100 * v for m, v in d.items()} for k, d in s.rouge.items()},
                         "unsupported_numbers": list(s.unsupported.numbers) if s.unsupported else None,
                         "unsupported_names": list(s.unsupported.names) if s.unsupported else None,
                         "format": s.format, "warnings": list(s.warnings)})
    files = {"predictions.jsonl": "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows),
             "results.json": json.dumps(results, ensure_ascii=False, indent=2)}
    if cfg.report.html:
        files["report.html"] = render_html(results, examples, per_system, cfg.report.max_articles)
    out.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        atomic_write_text(out / name, text)


if __name__ == "__main__":
    sys.exit(main())
