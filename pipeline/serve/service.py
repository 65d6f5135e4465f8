"""What the server does with a request: read the article, resolve its options, batch, summarize.

Nothing here knows about HTTP: the app (``pipeline/serve/app.py``) turns
:class:`RequestError` into a 4xx answer and results into the CLI's JSONL record.
Reading goes through the CLI's own stages (``decode_with`` -> ``to_article``), and
summarizing through the batch stage's ``summarize_stream``, so an article gets
the same bullets here as from ``kosum summarize``.
"""
from __future__ import annotations

import asyncio
import hashlib
import json
import threading
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.analysis import Analyzer
from pipeline.clean import decode_with
from pipeline.config import ConfigError, load_config, to_dict
from pipeline.config.serve import ServeConfig
from pipeline.engines import Engine, build_engine, engine_sections
from pipeline.errors import KosumError
from pipeline.ingest import Failure, RawRecord, to_article
from pipeline.records import Article, Summary
from pipeline.batch import summarize_stream


def _summary_of(result: tuple[int, tuple[Article, Summary] | Failure]) -> Summary | Failure:
    """``summarize_stream`` yields (index, (article, summary)) or (index, failure); the job keeps its own article."""
    outcome = result[1]
    return outcome if isinstance(outcome, Failure) else outcome[1]


class RequestError(Exception):
    """A request the server refuses; ``status`` is the HTTP status, the message is shown as is."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.message = message
        self.status = status


@dataclass(frozen=True)
class ArticleInput:
    """One article as a request gives it: raw bytes (an upload) or text, read as plain text or HTML."""

    data: bytes | str
    """The article: an uploaded file's bytes, or pasted/JSON text."""
    kind: str
    """``txt`` or ``html``."""
    source: str
    """How errors name it: ``request``, ``articles[3]`` or the uploaded file's name."""
    id: str = ""
    """The caller's id; a content hash when empty."""
    title: str = ""
    """The caller's title for a text article (an HTML page carries its own)."""


def read_article(item: ArticleInput, config: ServeConfig) -> Article:
    """The article of one request, through the CLI's decoding and parsing.

    Raises :class:`RequestError` (413) for an article over ``server.max_article_bytes``
    and :class:`~pipeline.errors.InputError` (the CLI's messages) for empty, binary,
    undecodable or non-Korean input.
    """
    # Text from JSON goes through the same checks as a file's bytes, so NUL-laden "text" is refused as binary.
    data = item.data.encode("utf-8", errors="replace") if isinstance(item.data, str) else item.data
    limit = config.server.max_article_bytes
    if len(data) > limit:
        raise RequestError(f"{item.source}: article is {len(data):,} bytes, over the limit of {limit:,} (server.max_article_bytes)", 413)
    decoded = decode_with(data, config.input.encoding if isinstance(item.data, bytes) else "auto", item.source)
    id_ = item.id or "sha1-" + hashlib.sha1(data).hexdigest()[:12]
    return to_article(RawRecord(id=id_, text=decoded.text, source=item.source, kind=item.kind, title=item.title, warnings=decoded.warnings))


def _dotlist(options: Mapping[str, Any], prefix: str = "") -> list[str]:
    """``{"bullets": {"max": 4}, "engine": "lead"}`` or ``{"bullets.max": 4}`` -> ``["bullets.max=4", "engine=lead"]``."""
    items = []
    for key, value in options.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            items += _dotlist(value, name + ".")
        elif isinstance(value, bool):
            items.append(f"{name}={'true' if value else 'false'}")
        elif value is None:
            items.append(f"{name}=null")
        elif isinstance(value, (int, float, str)):
            items.append(f"{name}={value}")
        else:
            raise ConfigError(f"option {name!r} has a {type(value).__name__} value; give a number, text or true/false")
    return sorted(items)


def engine_key(config: ServeConfig) -> str:
    """What tells one built engine from another: its name and the config sections it reads."""
    sections = {name: to_dict(section) for name, section in engine_sections(config.engine, config).items()}
    return json.dumps({"engine": config.engine, **sections}, sort_keys=True)


class EnginePool:
    """Engines keyed by the engine and the config sections it is built from.

    The engines named in ``server.engines`` are built once, before the server
    starts. A request whose options change only bullet knobs gets an engine built
    for them on first use and kept (LRU, ``server.max_engine_variants``); options
    that resolve to a start-up engine's sections reuse that engine (an option the
    engine does not read builds nothing).
    """

    def __init__(self, config: ServeConfig, config_path: str | Path | None, overrides: Sequence[str], analyzer: Analyzer):
        self.config = config
        self.config_path = config_path
        self.overrides = list(overrides)
        self.analyzer = analyzer
        self._lock = threading.Lock()
        self._resolved: OrderedDict[tuple[str, ...], tuple[str, ServeConfig]] = OrderedDict()
        self._fixed: dict[str, Engine] = {}
        self._variants: OrderedDict[str, Engine] = OrderedDict()
        for name in config.server.engines:
            key, engine_config = self.resolve({"engine": name})
            self._fixed[key] = build_engine(name, engine_config, analyzer)
        self.default_key, _ = self.resolve({})

    @property
    def engines(self) -> list[str]:
        return list(self.config.server.engines)

    def resolve(self, options: Mapping[str, Any]) -> tuple[str, ServeConfig]:
        """The key and config of a request's options; raises ConfigError with the CLI's messages."""
        dotlist = _dotlist(options)
        cache_key = tuple(dotlist)
        with self._lock:
            if cache_key in self._resolved:
                self._resolved.move_to_end(cache_key)
                return self._resolved[cache_key]
        if dotlist:
            # Unknown keys and bad values get the CLI's own messages from the config loader …
            try:
                config = load_config(ServeConfig, self.config_path, self.overrides + dotlist)
            except ConfigError as exc:
                raise ConfigError(str(exc).replace(" in command line", " in the request's options")) from None
            # … then only the knobs the server lets requests change are allowed.
            refused = sorted({item.split("=", 1)[0] for item in dotlist} - set(self.config.server.request_options))
            if refused:
                raise ConfigError(
                    f"option(s) {', '.join(refused)} cannot be set per request; allowed: {', '.join(self.config.server.request_options)}"
                )
        else:
            config = self.config
        resolved = (engine_key(config), config)
        with self._lock:
            self._resolved[cache_key] = resolved
            while len(self._resolved) > 256:
                self._resolved.popitem(last=False)
        return resolved

    def engine(self, key: str, config: ServeConfig) -> Engine:
        """The engine for a resolved config, building (and caching) a variant on first use."""
        if key in self._fixed:
            return self._fixed[key]
        with self._lock:
            if key in self._variants:
                self._variants.move_to_end(key)
                return self._variants[key]
        engine = build_engine(config.engine, config, self.analyzer)
        with self._lock:
            self._variants[key] = engine
            while len(self._variants) > self.config.server.max_engine_variants:
                self._variants.popitem(last=False)
        return engine


@dataclass
class _Job:
    key: str
    config: ServeConfig
    item: ArticleInput
    future: asyncio.Future


class MicroBatcher:
    """Gathers requests that arrive together and runs them through one engine batch call.

    Reading and engine work run on one worker thread (off the event loop): on a
    GIL-bound process a second thread only contends with it. While a batch runs,
    new requests queue up and form the next batch. Requests with different options
    are grouped by engine within a batch.
    """

    def __init__(self, pool: EnginePool, max_batch: int, wait_s: float):
        self.pool = pool
        self.read_config = pool.config
        self.max_batch = max_batch
        self.wait_s = wait_s
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kosum-engine")
        self.batches_run = 0
        self.articles_run = 0
        self._queue: asyncio.Queue[_Job] | None = None
        self._task: asyncio.Task | None = None

    def start(self) -> None:
        self._queue = asyncio.Queue()
        self._task = asyncio.get_running_loop().create_task(self._run_forever())

    async def stop(self) -> None:
        if self._task:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
        self.executor.shutdown(wait=False, cancel_futures=True)

    async def summarize(self, key: str, config: ServeConfig, item: ArticleInput) -> tuple[Article, Summary | Failure]:
        """The article read from ``item`` and its summary; raises what reading raises (InputError, RequestError)."""
        future = asyncio.get_running_loop().create_future()
        await self._queue.put(_Job(key, config, item, future))
        return await future

    async def _next_batch(self) -> list[_Job]:
        loop = asyncio.get_running_loop()
        batch = [await self._queue.get()]
        deadline = loop.time() + self.wait_s
        while len(batch) < self.max_batch:
            if not self._queue.empty():
                batch.append(self._queue.get_nowait())
                continue
            remaining = deadline - loop.time()
            if remaining <= 0:
                break
            try:
                batch.append(await asyncio.wait_for(self._queue.get(), remaining))
            except asyncio.TimeoutError:
                break
        return batch

    async def _run_forever(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            batch = await self._next_batch()
            groups: dict[str, list[_Job]] = {}
            for job in batch:
                if not job.future.cancelled():  # the client went away while queued
                    groups.setdefault(job.key, []).append(job)
            for jobs in groups.values():
                try:
                    results = await loop.run_in_executor(self.executor, self._summarize_group, jobs)
                except Exception as exc:  # noqa: BLE001 - e.g. a variant engine that fails to build: every job hears of it
                    results = [exc] * len(jobs)
                self.batches_run += 1
                self.articles_run += len(jobs)
                for job, result in zip(jobs, results):
                    if job.future.done():
                        continue
                    if isinstance(result, Exception):
                        job.future.set_exception(result)
                    else:
                        job.future.set_result(result)

    def _summarize_group(self, jobs: list[_Job]) -> list[tuple[Article, Summary | Failure] | Exception]:
        """Read every job's article, then summarize the readable ones in one engine batch call."""
        read: list[Article | Exception] = []
        for job in jobs:
            try:
                read.append(read_article(job.item, self.read_config))
            except (RequestError, KosumError) as exc:
                read.append(exc)
            except Exception as exc:  # noqa: BLE001 - a reader bug on one article must not sink the others in its batch
                read.append(RequestError(f"{job.item.source}: could not be read ({type(exc).__name__}: {exc})", 500))
        articles = [a for a in read if isinstance(a, Article)]
        engine = self.pool.engine(jobs[0].key, jobs[0].config) if articles else None
        results = iter(list(summarize_stream(enumerate(articles), engine, self.pool.analyzer, len(articles))) if articles else [])
        return [(a, _summary_of(next(results))) if isinstance(a, Article) else a for a in read]
