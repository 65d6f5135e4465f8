"""Batch output that survives faults: path checks up front, resume, process shards, clean stops.

A batch run writes ``out.jsonl`` through ``out.jsonl.partial`` (one record per line,
flushed as written), ``out.jsonl.meta.json`` and ``out.jsonl.failures.jsonl``.

* Every path is checked before the first article is read (:func:`check_output_paths`).
* An interrupted run leaves complete lines in the partial file; the same command
  skips the ids already written there (:class:`ResumeState`) and appends the rest,
  so the final file is identical, line for line, to an uninterrupted run.
* Under ``torchrun`` / ``accelerate launch`` each process takes every N-th input
  (:class:`Shard`, read from ``RANK``/``WORLD_SIZE``), writes its own part, and the
  main process merges the parts into one output in input order (:func:`merge_shards`).
"""
from __future__ import annotations

import dataclasses
import itertools
import json
import os
import signal
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from queue import SimpleQueue
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.clean import garbled_reason
from pipeline.errors import KosumError
from pipeline.files import partial_path
from pipeline.ingest import read_json_lines
from pipeline.records import Article, Failure, Summary

if TYPE_CHECKING:
    from pipeline.analysis import Analyzer, Document


class OutputPathError(KosumError):
    """An output path that cannot be written: reported before any work is done."""


class Interrupted(BaseException):
    """SIGINT or SIGTERM arrived; the run stops after the record being written.

    A BaseException like KeyboardInterrupt, so that no ``except Exception`` on the way swallows it."""

    def __init__(self, signum: int):
        self.signum = signum
        super().__init__(signal.Signals(signum).name)


@dataclass(frozen=True)
class OutputPaths:
    """The files one writer produces next to ``output``."""

    output: Path
    partial: Path
    meta: Path
    failures: Path

    @classmethod
    def of(cls, output: Path, shard: "Shard | None" = None) -> "OutputPaths":
        """The final files of ``output``, or, for a shard of a multi-process run, that shard's part files."""
        output = Path(output)
        base = output if shard is None or shard.world_size == 1 else output.with_name(f"{output.name}.part-{shard.rank:05d}-of-{shard.world_size:05d}")
        return cls(
            output=base,
            partial=partial_path(base),
            meta=output.with_name(output.name + ".meta.json"),
            failures=base.with_name(base.name + ".failures.jsonl"),
        )

    def all(self) -> tuple[Path, ...]:
        return (self.output, self.partial, self.meta, self.failures)


def check_output_paths(paths: OutputPaths) -> None:
    """Raise :class:`OutputPathError` (one line) unless every path of ``paths`` can be written.

    Catches a missing folder, a path under a file, a read-only location and a path
    that is an existing folder; run before reading any input, so a bad path costs nothing.
    """
    for path in paths.all():
        parent = path.parent
        probe = parent
        while not probe.exists() and probe != probe.parent:
            probe = probe.parent
        if not probe.is_dir():
            raise OutputPathError(f"cannot write {path}: {probe} is a file, not a folder")
        if not parent.exists():
            raise OutputPathError(f"cannot write {path}: folder {parent} does not exist")
        if path.is_dir():
            raise OutputPathError(f"cannot write {path}: it is an existing folder")
        if path.exists() and not os.access(path, os.W_OK):
            raise OutputPathError(f"cannot write {path}: the file is read-only")
    folder = paths.partial.parent
    probe = folder / f".kosum-write-test-{os.getpid()}"
    try:  # os.access cannot tell a read-only filesystem from a writable one for every user; creating a file can
        probe.open("x").close()
        probe.unlink()
    except OSError as exc:
        raise OutputPathError(f"cannot write in {folder}: {exc.strerror}") from None


@dataclass(frozen=True)
class Shard:
    """This process's share of the input: every ``world_size``-th item, starting at ``rank``."""

    rank: int = 0
    world_size: int = 1

    @classmethod
    def from_env(cls) -> "Shard":
        """``RANK``/``WORLD_SIZE`` as ``torchrun`` and ``accelerate launch`` set them (one process when unset).

        Read from the environment rather than from ``accelerate.PartialState``: on a
        machine without GPUs the latter reports one process per launched process.
        """
        try:
            rank = int(os.environ.get("RANK", "0"))
            world_size = int(os.environ.get("WORLD_SIZE", "1"))
        except ValueError:
            raise KosumError(f"RANK={os.environ.get('RANK')!r} / WORLD_SIZE={os.environ.get('WORLD_SIZE')!r} are not integers") from None
        if not 0 <= rank < world_size:
            raise KosumError(f"RANK={rank} is outside WORLD_SIZE={world_size}")
        return cls(rank, world_size)

    @property
    def is_main(self) -> bool:
        return self.rank == 0

    def mine(self, index: int) -> bool:
        return index % self.world_size == self.rank


class ProcessGroup:
    """Barriers between the processes of a sharded run (gloo: works on CPUs and GPUs alike)."""

    def __init__(self, shard: Shard):
        self.shard = shard
        self._dist = None
        if shard.world_size > 1:
            import datetime

            import torch.distributed as dist

            missing = [name for name in ("MASTER_ADDR", "MASTER_PORT") if name not in os.environ]
            if missing:
                raise KosumError(f"WORLD_SIZE={shard.world_size} but {', '.join(missing)} not set; start the run with torchrun or accelerate launch")
            if not dist.is_initialized():
                # a long shard must not time out the others waiting for it at the merge
                dist.init_process_group("gloo", rank=shard.rank, world_size=shard.world_size, timeout=datetime.timedelta(days=7))
            self._dist = dist

    def barrier(self) -> None:
        if self._dist is not None:
            self._dist.barrier()

    def all_ok(self, ok: bool) -> bool:
        """True when ``ok`` is true in every process (a failed check in one stops all)."""
        if self._dist is None:
            return ok
        import torch

        flag = torch.tensor([0 if ok else 1])
        self._dist.all_reduce(flag)
        return int(flag.item()) == 0

    def gather(self, values: list[int]) -> list[list[int]]:
        """``values`` of every process, by rank."""
        if self._dist is None:
            return [list(values)]
        import torch

        tensor = torch.tensor(values, dtype=torch.long)
        out = [torch.zeros_like(tensor) for _ in range(self.shard.world_size)]
        self._dist.all_gather(out, tensor)
        return [[int(v) for v in t.tolist()] for t in out]

    def close(self) -> None:
        if self._dist is not None and self._dist.is_initialized():
            self._dist.destroy_process_group()


@dataclass
class ResumeState:
    """What earlier runs already wrote: summarized ids and failed sources, counted (ids may repeat)."""

    ids: Counter = field(default_factory=Counter)
    failed: Counter = field(default_factory=Counter)
    records: int = 0
    failures: int = 0

    @property
    def total(self) -> int:
        return self.records + self.failures

    def read_output(self, path: Path) -> None:
        """Count the records of ``path``; a last line cut by a kill is removed from the file."""
        if not path.exists():
            return
        _truncate_to_last_newline(path)
        for row in _rows(path):
            self.ids[row["id"]] += 1
            self.records += 1

    def read_failures(self, path: Path) -> None:
        if not path.exists():
            return
        _truncate_to_last_newline(path)
        for row in _rows(path):
            self.failed[row["source"]] += 1
            self.failures += 1


def _rows(path: Path) -> Iterator[dict]:
    """The rows of an earlier run's output file (ingest's JSONL reader); a corrupt line stops the resume."""
    for line in read_json_lines(path):
        if isinstance(line, Failure):
            raise KosumError(f"cannot resume from {path}: {line.error}; rerun with resume=false")
        yield line.row


def _truncate_to_last_newline(path: Path) -> None:
    with path.open("rb+") as handle:
        handle.seek(0, os.SEEK_END)
        size = handle.tell()
        if size == 0:
            return
        block = min(size, 1 << 20)
        position = size
        while position > 0:
            start = max(0, position - block)
            handle.seek(start)
            chunk = handle.read(position - start)
            cut = chunk.rfind(b"\n")
            if cut >= 0:
                handle.truncate(start + cut + 1)
                return
            position = start
        handle.truncate(0)


class Skipper:
    """Drops the items an earlier run already wrote (the first n occurrences of each id / failed source)."""

    def __init__(self, state: ResumeState):
        self.ids = Counter(state.ids)
        self.failed = Counter(state.failed)
        self.skipped = 0

    def done(self, key: str, failed: bool) -> bool:
        counter = self.failed if failed else self.ids
        if counter[key] > 0:
            counter[key] -= 1
            self.skipped += 1
            return True
        return False


def append_line(handle, record: dict) -> None:
    """Write one JSON line and flush it, so a kill loses at most the line being written."""
    handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    handle.flush()


def merge_shards(output: Path, world_size: int) -> tuple[int, int]:
    """Merge the finished part files of ``world_size`` processes into ``output`` in input order.

    Item ``i`` of the input went to process ``i % world_size``; a part's failures
    record the input index, so the output lines of a part fill its other positions.
    Returns (records, failures) of the merged output.
    """
    parts = [OutputPaths.of(output, Shard(rank, world_size)) for rank in range(world_size)]
    failed_at: list[dict[int, str]] = []
    for part in parts:
        failures: dict[int, str] = {}
        if part.failures.exists():
            for row in _rows(part.failures):
                failures[row["index"]] = json.dumps(row, ensure_ascii=False)
        failed_at.append(failures)
    final = OutputPaths.of(output)
    handles = [part.output.open(encoding="utf-8") for part in parts]
    records = failures = 0
    try:
        with final.partial.open("w", encoding="utf-8") as out, final.failures.open("w", encoding="utf-8") as failure_out:
            index = 0
            exhausted = [False] * world_size
            while not all(exhausted):
                rank = index % world_size
                if index in failed_at[rank]:
                    failure_out.write(failed_at[rank].pop(index) + "\n")
                    failures += 1
                elif not exhausted[rank]:
                    line = handles[rank].readline()
                    if line:
                        out.write(line)
                        records += 1
                    else:
                        exhausted[rank] = True
                index += 1
    finally:
        for handle in handles:
            handle.close()
    left = sum(len(f) for f in failed_at)
    if left:
        raise KosumError(f"cannot merge the parts of {output}: {left} failure record(s) point past the end of their part; rerun with resume=false")
    os.replace(final.partial, final.output)
    if not failures:
        final.failures.unlink()
    for part in parts:
        for path in (part.output, part.failures):
            if path.exists():
                path.unlink()
    return records, failures


def summarize_stream(
    items: Iterable[tuple[int, Article | Failure]], engine, analyzer: Analyzer, batch_size: int
) -> Iterator[tuple[int, tuple[Article, Summary] | Failure]]:
    """Analyse and summarize (input index, article) pairs batch by batch, passing failures through in input order.

    Each summarized article comes out with its summary, ``(index, (article, summary))``, so its body and
    source stay at hand; an article that cannot be summarized comes out as ``(index, Failure)``.
    One bad article never sinks its batch: the batch is redone one article at a time.

    Kiwi's analysis runs in a thread of its own, ahead of the engine: each document is handed over as soon
    as it is analysed, and the next batch is analysed while this one is summarized. Kiwi's own work runs
    outside Python's lock, so on two cores it overlaps the engine's instead of taking turns with it. The
    results are those of analysing each batch just before summarizing it.
    """
    items = iter(items)
    batches = iter(lambda: list(itertools.islice(items, batch_size)), [])
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kosum-analysis")
    try:
        ahead = _analysis_ahead(pool, analyzer, next(batches, None))
        while ahead is not None:
            batch, articles, docs = ahead
            ahead = _analysis_ahead(pool, analyzer, next(batches, None))  # queued behind this batch's analysis
            summaries: dict[int, Summary | Failure] = {}
            try:
                for article, summary in zip(articles, engine.summarize_many(docs)):
                    summaries[id(article)] = summary
            except Exception:  # one bad article must not sink the batch: redo it one by one
                for article in articles:
                    try:
                        summaries[id(article)] = engine.summarize(analyzer.analyze(article))
                    except Exception as exc:  # noqa: BLE001 - reported per article, the run goes on
                        summaries[id(article)] = Failure(article.source or article.id, f"{type(exc).__name__}: {exc}")
            for index, item in batch:
                if isinstance(item, Failure):
                    yield index, item
                else:
                    result = checked(item, summaries[id(item)])
                    yield index, result if isinstance(result, Failure) else (item, result)
    finally:  # a stopped run waits for the analysis in progress, never for a batch queued behind it
        pool.shutdown(wait=True, cancel_futures=True)


_ANALYSED = object()  # the end of one batch's documents


def _analysis_ahead(pool: ThreadPoolExecutor, analyzer: Analyzer, batch: list[tuple[int, Article | Failure]] | None):
    """``(batch, its articles, their documents)`` with the analysis started in ``pool``; the documents are a
    generator that hands each one over as soon as Kiwi has it, and raises what the analysis raised."""
    if batch is None:
        return None
    articles = [item for _, item in batch if isinstance(item, Article)]
    handed: SimpleQueue = SimpleQueue()

    def analyse() -> None:
        try:
            for doc in analyzer.analyze_many(articles):
                handed.put(doc)
            handed.put(_ANALYSED)
        except BaseException as exc:  # noqa: BLE001 - raised again where the documents are read
            handed.put(exc)

    def documents() -> Iterator[Document]:
        while (doc := handed.get()) is not _ANALYSED:
            if isinstance(doc, BaseException):
                raise doc
            yield doc

    pool.submit(analyse)
    return batch, articles, documents()


def checked(article: Article, result: Summary | Failure) -> Summary | Failure:
    """The last check before a record is written: the article's own warnings (encoding repairs …) are
    carried, and no bullet with U+FFFD or Latin-1 mojibake is ever written (such a bullet is dropped, with a warning)."""
    if isinstance(result, Failure):
        return result
    warnings = [w for w in article.warnings if w not in result.warnings] + list(result.warnings)
    keep = [i for i, bullet in enumerate(result.bullets) if garbled_reason(bullet) is None]
    for i, bullet in enumerate(result.bullets):
        if (reason := garbled_reason(bullet)) is not None:
            warnings.append(f"bullet {i + 1} dropped: it contains {reason}")
    if len(keep) < len(result.bullets) and not keep:
        return Failure(article.source or article.id, f"every bullet contained garbled text ({garbled_reason(result.bullets[0])}); nothing written")
    if len(keep) == len(result.bullets) and len(warnings) == len(result.warnings):
        return result
    refs = result.source_sentences
    return dataclasses.replace(
        result,
        bullets=tuple(result.bullets[i] for i in keep),
        source_sentences=tuple(refs[i] for i in keep) if len(refs) == len(result.bullets) else refs,
        warnings=tuple(warnings),
    )
