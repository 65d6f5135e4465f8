"""Throughput of the full ``kiwi`` engine against raw Kiwi tokenization of the same texts.

    python scripts/benchmark.py kiwi [--data ../shared/data/sci-news-dev] [--repeat 20] [--workers 1 2]

Raw Kiwi tokenization is the floor: ingest, selection, compression and
formatting should add little on top of it (target: engine >= 0.7x Kiwi's
articles/s on one worker). Each measurement runs in a fresh process so its
peak memory (max RSS) is its own.

The article set is repeated for a stable timing, and each repetition is summarized by a
fresh analyzer and engine: their per-text caches (a bullet's analysis, a rewritten
sentence's) serve the stages of one article, and must not serve the same article again
in the next repetition, which no real batch of distinct articles would do.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import time
from pathlib import Path

from pipeline.benchmarks import DEFAULT_DATA, REPO, body_sentences, max_rss_mb, page_records, require_data, save_results, sci_news_pairs


def load_texts(data: Path, seed_dir: Path) -> list[tuple[str, str]]:
    """Raw article texts: the pages of ``seed_dir`` as copied, and the sci-news articles of ``data``
    (title, then each sentence of the body as a paragraph)."""
    texts = [(record.id, record.text) for record in page_records(seed_dir)]
    texts += [(pair.id, "\n\n".join([pair.title, *body_sentences(pair)])) for pair in sci_news_pairs(data)]
    return texts


def _raw_kiwi(texts: list[str], workers: int, repeat: int = 1) -> None:
    from pipeline.analysis import get_kiwi

    kiwi = get_kiwi(workers)
    # Kiwi's best case: every paragraph of the raw text, through its iterable (threaded) API.
    paragraphs = (p for _ in range(repeat) for text in texts for p in text.split("\n\n") if p.strip())
    for _ in kiwi.tokenize(paragraphs, split_sents=True):
        pass


def _engine(texts: list[str], workers: int, repeat: int = 1) -> None:
    """The engine as ``kosum summarize`` runs it on many articles: the batch stage's ``summarize_stream``."""
    from pipeline.analysis import Analyzer, get_kiwi
    from pipeline.batch import summarize_stream
    from pipeline.config.summarize import SummarizeConfig
    from pipeline.engines import build_engine
    from pipeline.format import format_block
    from pipeline.parse import parse_article
    from pipeline.records import Failure

    kiwi = get_kiwi(workers)
    config = SummarizeConfig()
    for _ in range(repeat):  # a fresh analyzer and engine per repetition: no cache outlives its pass
        analyzer = Analyzer(workers, kiwi)
        engine = build_engine("kiwi", config, analyzer)
        items = enumerate(parse_article(text, id=str(i)) for i, text in enumerate(texts))
        for _, result in summarize_stream(items, engine, analyzer, config.batch_size):
            if isinstance(result, Failure):
                raise RuntimeError(f"the benchmark article {result.source} failed: {result.error}")
            format_block(result[1].bullets)


def _measure(kind: str, texts: list[str], workers: int, repeat: int, queue) -> None:
    from pipeline.analysis import get_kiwi

    get_kiwi(workers)  # model load is not part of throughput
    if kind == "engine":
        _engine(texts[:2], workers)  # warm imports and caches
    start = time.perf_counter()
    (_raw_kiwi if kind == "raw" else _engine)(texts, workers, repeat)
    seconds = time.perf_counter() - start
    queue.put({"seconds": seconds, "max_rss_mb": max_rss_mb()})


def measure(kind: str, texts: list[str], workers: int, repeat: int = 1) -> dict:
    """Articles per second and peak memory of ``kind`` ("raw" or "engine") over ``texts`` repeated ``repeat`` times."""
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    process = ctx.Process(target=_measure, args=(kind, texts, workers, repeat, queue))
    process.start()
    result = queue.get()
    process.join()
    return result | {"articles_per_s": len(texts) * repeat / result["seconds"]}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="kosum bench kiwi", description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="sci-news folder (default: ../shared/data/sci-news-dev)")
    parser.add_argument("--repeat", type=int, default=20, help="how many times the article set is repeated")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="Kiwi worker threads to measure")
    args = parser.parse_args(argv)

    base = load_texts(require_data(args.data), REPO / "seeds")
    texts = [text for _, text in base]
    rows = []
    for workers in args.workers:
        raw = measure("raw", texts, workers, args.repeat)
        full = measure("engine", texts, workers, args.repeat)
        rows.append({"workers": workers, "raw_kiwi": raw, "kiwi_engine": full,
                     "ratio": full["articles_per_s"] / raw["articles_per_s"]})

    print(f"{len(texts) * args.repeat} articles ({len(texts)} distinct x {args.repeat}), "
          f"{sum(map(len, texts)) * args.repeat / 1e6:.2f} M characters")
    print(f"{'workers':>7} {'raw Kiwi art/s':>15} {'engine art/s':>13} {'ratio':>6} {'raw RSS MB':>11} {'engine RSS MB':>14}")
    for row in rows:
        raw, full = row["raw_kiwi"], row["kiwi_engine"]
        print(f"{row['workers']:>7} {raw['articles_per_s']:>15.1f} {full['articles_per_s']:>13.1f} {row['ratio']:>6.2f} "
              f"{raw['max_rss_mb']:>11.0f} {full['max_rss_mb']:>14.0f}")
    if len(rows) > 1:
        print(f"engine scaling {rows[0]['workers']}->{rows[-1]['workers']} workers: "
              f"{rows[-1]['kiwi_engine']['articles_per_s'] / rows[0]['kiwi_engine']['articles_per_s']:.2f}x")
    save_results("kiwi", args, rows)
    return 0
