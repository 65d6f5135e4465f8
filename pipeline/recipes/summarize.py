"""Summarize articles into [기사요약] bullets.

    python scripts/summarize.py seeds/000_ab08534d42b7d5da.txt
    python scripts/summarize.py --input articles.jsonl --output summaries.jsonl engine=lead bullets.max=4
    python scripts/summarize.py --input pages/ --output summaries.jsonl      # a folder of .txt/.html files

Exit codes: 0 = at least one article summarized (failures are reported on stderr
and, with --output, in ``<output>.failures.jsonl``); 1 = nothing could be
summarized; 2 = bad command line or config.
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from pipeline.analysis import Analyzer
from pipeline.config import ConfigError, default_config, load_config, split_overrides, to_dict
from pipeline.config.summarize import SummarizeConfig
from pipeline.engines import build_engine
from pipeline.errors import KosumError
from pipeline.format import format_block, summary_record
from pipeline.ingest import Failure, read_articles
from pipeline.provenance import provenance
from pipeline.records import Article, Summary

DEFAULT_CONFIG = default_config("summarize")


def parse_args(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(
        prog="kosum summarize",
        description="Summarize Korean news articles into [기사요약] bullets. Extra arguments of the form key=value override the config.",
        epilog="Exit codes: 0 at least one article summarized; 1 none could be; 2 bad command line or config.",
    )
    parser.add_argument("files", nargs="*", help="article files or folders (.txt/.html); printed as text blocks")
    parser.add_argument("--input", "-i", help="file, folder, JSONL, CSV or Parquet to summarize")
    parser.add_argument("--output", "-o", help="write one JSONL record per article here")
    parser.add_argument("--config", "-c", default=str(DEFAULT_CONFIG), help="YAML config (default: configs/summarize.yaml)")
    parser.add_argument("--format", choices=["text", "jsonl"], default=None, help="stdout format (default: text)")
    parser.add_argument("--no-progress", action="store_true", help="never show a progress bar")
    parser.add_argument("--with-body", action="store_true",
                        help="JSONL records also carry the parsed article body that source_sentences offsets point into")
    overrides, rest = split_overrides(argv)
    args = parser.parse_args(rest)
    if not args.files and not args.input:
        parser.error("give article files, or --input PATH")
    return args, overrides


def summarize_stream(
    items: Iterator[Article | Failure], engine, analyzer: Analyzer, batch_size: int
) -> Iterator[tuple[Article, Summary] | Failure]:
    """Analyse and summarize articles batch by batch, passing failures through in input order.

    Each summarized article comes out with its summary, so its body and source stay at hand.
    """
    items = iter(items)
    while batch := list(itertools.islice(items, batch_size)):
        articles = [item for item in batch if isinstance(item, Article)]
        summaries: dict[int, Summary | Failure] = {}
        try:
            for article, summary in zip(articles, engine.summarize_many(list(analyzer.analyze_many(articles)))):
                summaries[id(article)] = summary
        except Exception:  # one bad article must not sink the batch: redo it one by one
            for article in articles:
                try:
                    summaries[id(article)] = engine.summarize(analyzer.analyze(article))
                except Exception as exc:  # noqa: BLE001 - reported per article, the run goes on
                    summaries[id(article)] = Failure(article.source or article.id, f"{type(exc).__name__}: {exc}")
        for item in batch:
            if isinstance(item, Failure):
                yield item
            else:
                result = summaries[id(item)]
                yield result if isinstance(result, Failure) else (item, result)


def iter_inputs(args: argparse.Namespace, config: SummarizeConfig) -> Iterator[Article | Failure]:
    for path in ([args.input] if args.input else []) + list(args.files):
        try:
            yield from read_articles(path, config.input)
        except KosumError as exc:
            yield Failure(str(path), str(exc))


def several_inputs(args: argparse.Namespace) -> bool:
    """True unless the input is one article file: then text blocks are headed by their source (``==> a.txt <==``)."""
    paths = ([args.input] if args.input else []) + list(args.files)
    if len(paths) != 1:
        return True
    path = Path(paths[0])
    return path.is_dir() or path.suffix.lower() not in (".txt", ".text", ".html", ".htm")


def main(argv: list[str] | None = None) -> int:
    args, overrides = parse_args(list(sys.argv[1:] if argv is None else argv))
    try:
        config = load_config(SummarizeConfig, args.config, overrides)
        analyzer = Analyzer(config.analysis.num_workers)
        engine = build_engine(config.engine, config, analyzer)
    except (ConfigError, KosumError) as exc:
        print(f"kosum summarize: {exc}", file=sys.stderr)
        return 2

    results = summarize_stream(iter_inputs(args, config), engine, analyzer, config.batch_size)
    show_progress = not args.no_progress and sys.stderr.isatty()
    if show_progress:
        from tqdm import tqdm

        results = tqdm(results, unit="article", desc=f"summarize ({config.engine})")

    output_format = args.format or ("jsonl" if args.output else "text")
    out_path = Path(args.output) if args.output else None
    partial = out_path.with_name(out_path.name + ".partial") if out_path else None
    sink = open(partial, "w", encoding="utf-8") if partial else sys.stdout
    name_blocks = several_inputs(args)
    done, failures = 0, []
    try:
        for result in results:
            if isinstance(result, Failure):
                failures.append(result)
                print(f"kosum summarize: skipped {result.error}", file=sys.stderr)
                continue
            article, summary = result
            done += 1
            for warning in summary.warnings:
                print(f"kosum summarize: {summary.id}: warning: {warning}", file=sys.stderr)
            if output_format == "jsonl" or out_path:
                sink.write(json.dumps(summary_record(summary, article, args.with_body), ensure_ascii=False) + "\n")
            else:
                header = f"==> {article.source or article.id} <==\n" if name_blocks else ""
                sink.write(("\n" if done > 1 else "") + header + format_block(summary.bullets) + "\n")
    finally:
        if partial:
            sink.close()
    if out_path:
        os.replace(partial, out_path)  # readers never see a half-written file
        meta = provenance(to_dict(config)) | {"summarized": done, "failed": len(failures)}
        out_path.with_name(out_path.name + ".meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
        failure_path = out_path.with_name(out_path.name + ".failures.jsonl")
        if failures:
            with open(failure_path, "w", encoding="utf-8") as fh:
                for failure in failures:
                    fh.write(json.dumps({"source": failure.source, "error": failure.error}, ensure_ascii=False) + "\n")
        elif failure_path.exists():
            failure_path.unlink()
    print(f"kosum summarize: {done} summarized, {len(failures)} failed", file=sys.stderr)
    return 0 if done else 1


if __name__ == "__main__":
    sys.exit(main())
