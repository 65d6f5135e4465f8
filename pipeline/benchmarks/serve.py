"""Requests/s and latency of ``kosum serve`` against the CLI's articles/s, measured in the same run.

    python scripts/benchmark.py serve [--data ../shared/data/sci-news-dev] [--concurrency 1 8 32] [--requests 64] [server key=value ...]

The baseline is the CLI's own loop (``read_articles`` -> ``summarize_stream`` ->
JSONL record) over the same articles in one process, timed after warm-up; the
server is a real ``kosum serve`` process on a free localhost port, sent single
articles over HTTP by N concurrent clients. Both use the default ``kiwi`` engine.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import tempfile
import time
from pathlib import Path

from pipeline.benchmarks import REPO, save_results
from pipeline.benchmarks.kiwi import load_texts


def cli_articles_per_s(texts: list[tuple[str, str]], repeat: int) -> dict:
    """The summarize recipe's loop over a JSONL of the articles, as ``kosum summarize --input X --output Y`` runs it."""
    from pipeline.analysis import Analyzer
    from pipeline.config import load_config
    from pipeline.config.summarize import SummarizeConfig
    from pipeline.engines import build_engine
    from pipeline.format import summary_record
    from pipeline.ingest import read_articles
    from pipeline.records import Failure
    from pipeline.batch import summarize_stream

    config = load_config(SummarizeConfig, REPO / "configs" / "summarize.yaml")
    analyzer = Analyzer(config.analysis.num_workers)
    engine = build_engine(config.engine, config, analyzer)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "articles.jsonl"
        path.write_text("".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in texts * repeat), encoding="utf-8")
        list(summarize_stream(enumerate(read_articles(path, config.input)), engine, analyzer, config.batch_size))  # warm caches
        start = time.perf_counter()
        count = sum(1 for _, r in summarize_stream(enumerate(read_articles(path, config.input)), engine, analyzer, config.batch_size)
                    if not isinstance(r, Failure) and json.dumps(summary_record(r[1], r[0]), ensure_ascii=False))
        seconds = time.perf_counter() - start
    return {"articles": count, "seconds": seconds, "articles_per_s": count / seconds}


async def _load(url: str, texts: list[tuple[str, str]], concurrency: int, total: int) -> dict:
    import httpx

    latencies: list[float] = []
    statuses: list[int] = []
    queue = [texts[i % len(texts)] for i in range(total)]

    async def client_loop(client):
        while queue:
            article_id, text = queue.pop()
            start = time.perf_counter()
            response = await client.post(url + "/api/summarize", json={"text": text, "id": article_id})
            latencies.append(time.perf_counter() - start)
            statuses.append(response.status_code)

    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(timeout=600, limits=limits) as client:
        start = time.perf_counter()
        await asyncio.gather(*(client_loop(client) for _ in range(concurrency)))
        seconds = time.perf_counter() - start
    latencies.sort()
    return {
        "concurrency": concurrency,
        "requests": total,
        "ok": statuses.count(200),
        "seconds": seconds,
        "requests_per_s": total / seconds,
        "p50_ms": 1000 * statistics.median(latencies),
        "p95_ms": 1000 * latencies[min(len(latencies) - 1, int(0.95 * len(latencies)))],
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="kosum bench serve", description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data" / "sci-news-dev", help="folder of sci-news JSON articles (optional)")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 8, 32], help="concurrent clients per measurement")
    parser.add_argument("--requests", type=int, default=64, help="requests per measurement (at least the concurrency)")
    parser.add_argument("--repeat", type=int, default=4, help="passes over the articles for the CLI baseline")
    from pipeline.config import split_overrides
    from pipeline.serve.process import running_server

    overrides, rest = split_overrides(argv)
    args = parser.parse_args(rest)
    args.server_overrides = overrides

    texts = load_texts(args.data, REPO / "seeds")
    print(f"{len(texts)} articles ({'seed + ' + str(args.data) if args.data.is_dir() else 'seed only: --data not found'})")
    cli = cli_articles_per_s(texts, args.repeat)
    rows = [{"what": "cli", **cli}]
    print(f"CLI loop: {cli['articles_per_s']:.1f} articles/s ({cli['articles']} articles in {cli['seconds']:.1f}s)")
    print(f"{'concurrency':>11} {'req/s':>8} {'x CLI':>6} {'p50 ms':>8} {'p95 ms':>8} {'ok':>5}")
    with running_server(*overrides) as url:
        asyncio.run(_load(url, texts, 2, 8))  # warm the server's caches like the CLI's
        for concurrency in args.concurrency:
            row = asyncio.run(_load(url, texts, concurrency, max(args.requests, concurrency)))
            row["x_cli"] = row["requests_per_s"] / cli["articles_per_s"]
            rows.append({"what": "serve", **row})
            print(f"{concurrency:>11} {row['requests_per_s']:>8.1f} {row['x_cli']:>6.2f} {row['p50_ms']:>8.0f} {row['p95_ms']:>8.0f} {row['ok']:>5}")
    save_results("serve", args, rows)
    return 0
