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
import contextlib
import json
import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path

from pipeline.analysis import Analyzer
from pipeline.batch import (
    Interrupted,
    OutputPaths,
    ProcessGroup,
    ResumeState,
    Shard,
    Skipper,
    append_line,
    check_output_paths,
    merge_shards,
    summarize_stream,
)
from pipeline.config import ConfigError, default_config, load_config, split_overrides, to_dict
from pipeline.config.summarize import SummarizeConfig
from pipeline.engines import build_engine
from pipeline.errors import KosumError
from pipeline.files import atomic_open
from pipeline.format import format_block, summary_record
from pipeline.ingest import Failure, read_articles
from pipeline.provenance import provenance
from pipeline.records import Article

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


# Keys that change what is written; a partial output is resumed only under the same values.
_RUNTIME_KEYS = ("resume", "batch_size", "analysis")


def _output_config(config: SummarizeConfig) -> dict:
    return {key: value for key, value in to_dict(config).items() if key not in _RUNTIME_KEYS}


def input_paths(args: argparse.Namespace) -> list[str]:
    """The inputs of a run, as absolute paths: what its output was written from (recorded in the meta file)."""
    return [str(Path(p).resolve()) for p in ([args.input] if args.input else []) + list(args.files)]


def plan_resume(paths: OutputPaths, config: SummarizeConfig, with_body: bool = False, inputs: list[str] | None = None) -> ResumeState:
    """What this writer finds already done: the records of its partial output, else of its finished output.

    ``resume``: auto = only output written with the same config and record layout (``--with-body``), from the same
    ``inputs`` (else ConfigError: records are skipped by id, and another folder's ``01.txt`` has the same id as this
    one's, so its old record would silently stand for the new article); true = whatever the config and inputs; false =
    start over.
    """
    state = ResumeState()
    if config.resume == "false" or not (paths.partial.exists() or paths.output.exists()):
        return state
    found = paths.partial if paths.partial.exists() else paths.output
    if config.resume == "auto" and paths.meta.is_file():
        try:
            meta = json.loads(paths.meta.read_text(encoding="utf-8"))
            before = dict(meta.get("config", {}), with_body=meta.get("with_body", False))
        except (OSError, ValueError, TypeError, AttributeError):
            before = None
        if isinstance(before, dict):
            now = dict(_output_config(config), with_body=with_body)
            changed = sorted(k for k in set(now) | set(before) if k not in _RUNTIME_KEYS and now.get(k) != before.get(k))
            if changed:
                raise ConfigError(
                    f"{found} was written with a different config ({', '.join(changed)} changed); "
                    "run with resume=false to start over, or resume=true to continue it anyway"
                )
            written_from = meta.get("inputs")
            if inputs is not None and isinstance(written_from, list) and written_from != inputs:
                raise ConfigError(
                    f"{found} was written from other inputs ({', '.join(map(str, written_from))}); its records would stand for "
                    "articles of the same id in these; run with resume=false to start over, or resume=true to continue it anyway"
                )
    if not paths.partial.exists():  # a finished output continues as the partial of this run
        os.replace(paths.output, paths.partial)
    state.read_output(paths.partial)
    state.read_failures(paths.failures)
    return state


class StopSignals:
    """SIGINT/SIGTERM raise :class:`Interrupted` in the main thread, so the run stops between records.

    A signal that lands while a record is being written and counted (inside :meth:`writing`)
    waits until the line is whole on disk and counted, so the count the stop message gives is
    the number of lines in the file.
    """

    SIGNALS = (signal.SIGINT, signal.SIGTERM)

    def __init__(self):
        self._writing = False
        self._pending: int | None = None
        self._previous: dict = {}

    def install(self) -> None:
        for signum in self.SIGNALS:
            self._previous[signum] = signal.signal(signum, self._stop)

    def restore(self) -> None:
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)

    def _stop(self, signum, frame):
        if self._writing:
            self._pending = signum
            return
        raise Interrupted(signum)

    @contextlib.contextmanager
    def writing(self):
        self._writing = True
        try:
            yield
        finally:
            self._writing = False
        if self._pending is not None:
            signum, self._pending = self._pending, None
            raise Interrupted(signum)


def main(argv: list[str] | None = None) -> int:
    args, overrides = parse_args(list(sys.argv[1:] if argv is None else argv))
    try:
        config = load_config(SummarizeConfig, args.config, overrides)
        shard = Shard.from_env()
    except (ConfigError, KosumError) as exc:
        print(f"kosum summarize: {exc}", file=sys.stderr)
        return 2
    if shard.world_size > 1 and not args.output:
        print("kosum summarize: a multi-process run needs --output (each process writes a part that the main process merges)", file=sys.stderr)
        return 2
    group = None
    signals = StopSignals()
    signals.install()
    try:
        group = ProcessGroup(shard)
        return _run(args, config, shard, group, signals)
    except (ConfigError, KosumError) as exc:
        print(f"kosum summarize: {exc}", file=sys.stderr)
        return 2
    except Interrupted as stop:  # outside the loop over records (loading a model, merging parts …)
        print(f"kosum summarize: stopped by {stop}; run the same command again to resume", file=sys.stderr)
        return 128 + stop.signum
    finally:
        signals.restore()
        if group is not None:
            group.close()


def _run(args: argparse.Namespace, config: SummarizeConfig, shard: Shard, group: ProcessGroup, signals: StopSignals) -> int:
    out_path = Path(args.output) if args.output else None
    paths = OutputPaths.of(out_path, shard) if out_path else None
    state = ResumeState()
    error = None
    try:
        if paths:  # every output path is checked before the first article is read
            check_output_paths(paths)
            if shard.world_size > 1:
                check_output_paths(OutputPaths.of(out_path))
            state = plan_resume(paths, config, args.with_body, input_paths(args))
    except (ConfigError, KosumError) as exc:
        error = exc
    if not group.all_ok(error is None):
        if error is None:
            return 2  # another process reported the problem
        raise error
    if shard.world_size > 1 and os.environ.get("LOCAL_RANK"):
        _pin_gpu(int(os.environ["LOCAL_RANK"]))
    analyzer = Analyzer(config.analysis.num_workers)
    engine = build_engine(config.engine, config, analyzer)
    group.barrier()  # every process has read the old meta file before the main one rewrites it

    skipper = Skipper(state)
    items = _pending(iter_inputs(args, config), shard, skipper)
    results = summarize_stream(items, engine, analyzer, config.batch_size)
    show_progress = not args.no_progress and sys.stderr.isatty()
    if show_progress:
        from tqdm import tqdm

        results = tqdm(results, unit="article", desc=f"summarize ({config.engine})", initial=state.total, position=shard.rank)

    output_format = args.format or ("jsonl" if args.output else "text")
    resumed = state.total
    if paths:
        if shard.is_main:
            _write_meta(paths.meta, config, status="running", processes=shard.world_size, with_body=args.with_body,
                        inputs=input_paths(args))
        sink = paths.partial.open("a" if resumed else "w", encoding="utf-8")
        failure_sink = paths.failures.open("a" if resumed else "w", encoding="utf-8")
    else:
        sink, failure_sink = sys.stdout, None
    done, failed = state.records, state.failures
    name_blocks = several_inputs(args)
    try:
        for index, result in results:
            if isinstance(result, Failure):
                print(f"kosum summarize: skipped {result.error}", file=sys.stderr)
                with signals.writing():  # a stop waits until the line is written and counted
                    if failure_sink:
                        append_line(failure_sink, {"source": result.source, "error": result.error, "index": index})
                    failed += 1
                continue
            article, summary = result
            for warning in summary.warnings:
                print(f"kosum summarize: {summary.id}: warning: {warning}", file=sys.stderr)
            with signals.writing():
                if output_format == "jsonl" or out_path:
                    append_line(sink, summary_record(summary, article, args.with_body))
                else:
                    header = f"==> {article.source or article.id} <==\n" if name_blocks else ""
                    sink.write(("\n" if done else "") + header + format_block(summary.bullets) + "\n")
                done += 1
    except Interrupted as stop:
        if paths:
            sink.close()
            failure_sink.close()
            where = f"{done} record(s) kept in {paths.partial}"
            print(f"kosum summarize: stopped by {stop}; {where}; run the same command again to resume", file=sys.stderr)
        else:
            print(f"kosum summarize: stopped by {stop} after {done} article(s)", file=sys.stderr)
        return 128 + stop.signum
    if not paths:
        print(f"kosum summarize: {done} summarized, {failed} failed", file=sys.stderr)
        return 0 if done else 1

    sink.close()
    failure_sink.close()
    os.replace(paths.partial, paths.output)  # readers never see a half-written file
    per_process = group.gather([done, failed, skipper.skipped])  # also waits until every part is finished
    done, failed, skipped = (sum(column) for column in zip(*per_process))
    if shard.world_size > 1:
        if not shard.is_main:
            return 0 if done else 1
        merge_shards(out_path, shard.world_size)
    elif not failed:
        paths.failures.unlink()
    if shard.is_main:
        _write_meta(
            paths.meta, config, status="complete", processes=shard.world_size, with_body=args.with_body, inputs=input_paths(args),
            summarized=done, failed=failed, resumed=skipped,
            **({"per_process": [dict(zip(("summarized", "failed", "resumed"), row)) for row in per_process]} if shard.world_size > 1 else {}),
        )
        print(f"kosum summarize: {done} summarized, {failed} failed" + (f", {skipped} resumed from an earlier run" if skipped else ""), file=sys.stderr)
    return 0 if done else 1


def _pending(items: Iterator[Article | Failure], shard: Shard, skipper: Skipper) -> Iterator[tuple[int, Article | Failure]]:
    """This process's share of the input, without what an earlier run already wrote; (input index, item)."""
    for index, item in enumerate(items):
        if not shard.mine(index):
            continue
        if isinstance(item, Failure):
            if skipper.done(item.source, failed=True):
                continue
        elif skipper.done(item.id, failed=False):
            continue
        yield index, item


def _write_meta(path: Path, config: SummarizeConfig, **fields) -> None:
    meta = provenance(to_dict(config)) | fields
    with atomic_open(path) as handle:  # a reader (or a resumed run) never sees half a meta file
        handle.write(json.dumps(meta, ensure_ascii=False, indent=2))


def _pin_gpu(local_rank: int) -> None:
    """One GPU per process under torchrun/accelerate launch: ``cuda`` means this process's device."""
    import torch

    if torch.cuda.is_available() and torch.cuda.device_count() > local_rank:
        torch.cuda.set_device(local_rank)


if __name__ == "__main__":
    sys.exit(main())
