"""Cost per MB whatever the layout: one huge paragraph against the same text in paragraphs.

    python scripts/benchmark.py layout [--mb 1.5] [--baseline-mb 1.5]

Rows (each in a fresh process, the whole summarize path: parse, Kiwi analysis, kiwi engine):
* ``paragraphs``: generated text of ``--mb`` MB in ordinary paragraphs (the reference);
* ``one paragraph``: the same text with its paragraph breaks removed (analysed in bounded windows);
* ``one paragraph, no windows``: Kiwi given the whole paragraph at once (the old behaviour) at
  ``--baseline-mb``, with the paragraphs and windowed runs at the same size (lower it if the
  unwindowed run takes too long: it grows faster than linearly).
Target: seconds per MB of ``one paragraph`` within 1.5x of ``paragraphs``.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import time

from pipeline.benchmarks import max_rss_mb, save_results
from pipeline.benchmarks.synthetic import article


def make_text(mb: float, seed: int = 0) -> tuple[str, list[str]]:
    rng = random.Random(seed)
    paragraphs: list[str] = []
    size = 0
    while size < mb * 1e6:
        body = article(rng)[1]
        paragraphs.extend(body.split("\n\n"))
        size += len(body.encode("utf-8"))
    return "과학 산업 소식 모음", paragraphs


def _run(mb: float, layout: str, windowed: bool, queue) -> None:
    from pipeline import analysis
    from pipeline.analysis import Analyzer
    from pipeline.config.summarize import SummarizeConfig
    from pipeline.engines import build_engine
    from pipeline.parse import parse_article

    if not windowed:
        analysis.windows.__defaults__ = (10**12,)
    title, paragraphs = make_text(mb)
    text = title + "\n\n" + ("\n\n".join(paragraphs) if layout == "paragraphs" else " ".join(paragraphs))
    analyzer = Analyzer(1)
    engine = build_engine("kiwi", SummarizeConfig(), analyzer)
    engine.summarize(analyzer.analyze(parse_article("짧은 기사 본문이다. 연구진이 발표했다.", id="warm")))
    start = time.perf_counter()
    doc = analyzer.analyze(parse_article(text, id="big"))
    analysed = time.perf_counter() - start
    engine.summarize(doc)
    seconds = time.perf_counter() - start
    queue.put({"seconds": seconds, "kiwi_seconds": analysed, "sentences": len(doc.sentences), "max_rss_mb": max_rss_mb()})


def measure(mb: float, layout: str, windowed: bool = True) -> dict:
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    process = ctx.Process(target=_run, args=(mb, layout, windowed, queue))
    process.start()
    result = queue.get()
    process.join()
    return {"mb": mb, "layout": layout, "windowed": windowed, **result, "seconds_per_mb": result["seconds"] / mb}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="kosum bench layout", description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=1.5, help="size of the big article")
    parser.add_argument("--baseline-mb", type=float, default=1.5, help="size at which the unwindowed baseline is measured")
    args = parser.parse_args(argv)
    rows = [measure(args.mb, "paragraphs"), measure(args.mb, "one paragraph")]
    if args.baseline_mb != args.mb:
        rows += [measure(args.baseline_mb, "paragraphs"), measure(args.baseline_mb, "one paragraph")]
    rows.append(measure(args.baseline_mb, "one paragraph", windowed=False))
    print(f"{'MB':>5} {'layout':<28} {'s':>7} {'Kiwi s':>7} {'s/MB':>6} {'sentences':>9} {'RSS MB':>7}")
    for row in rows:
        name = row["layout"] + ("" if row["windowed"] else ", no windows")
        print(f"{row['mb']:>5.2f} {name:<28} {row['seconds']:>7.1f} {row['kiwi_seconds']:>7.1f} {row['seconds_per_mb']:>6.1f} "
              f"{row['sentences']:>9} {row['max_rss_mb']:>7.0f}")
    print(f"one paragraph / paragraphs at {args.mb} MB: {rows[1]['seconds_per_mb'] / rows[0]['seconds_per_mb']:.2f}x; "
          f"no windows / windows at {args.baseline_mb} MB: {rows[-1]['seconds'] / rows[-2]['seconds']:.2f}x")
    save_results("layout", args, rows)
    return 0
