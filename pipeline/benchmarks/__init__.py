"""Benchmark suites (``kosum bench SUITE``); each measures ours and a baseline in the same run."""
from __future__ import annotations

import json
import platform
import resource
import time
from pathlib import Path

from pipeline.errors import KosumError
from pipeline.ingest import InputConfig, RawRecord, read_records, read_sci_news
from pipeline.records import Failure, Pair

REPO = Path(__file__).resolve().parents[2]
OUT_DIR = REPO / "runs" / "bench"
DEFAULT_DATA = REPO.parent / "shared" / "data" / "sci-news-dev"
"""The benchmark articles: a folder of sci-news ``*.json`` files next to the checkout."""


class MissingDataError(KosumError):
    """A benchmark's data folder is absent or empty; the message says how to point at it."""


def has_data(folder: Path) -> bool:
    """Whether ``folder`` holds sci-news ``*.json`` files."""
    return Path(folder).is_dir() and any(Path(folder).glob("*.json"))


def require_data(folder: Path) -> Path:
    """``folder`` when it holds sci-news ``*.json`` files; else :class:`MissingDataError` naming it and ``--data``."""
    folder = Path(folder)
    if not has_data(folder):
        raise MissingDataError(f"benchmark data not found: {folder} holds no sci-news *.json files; "
                               "point the suite at such a folder with --data PATH")
    return folder


def sci_news_pairs(folder: Path) -> list[Pair]:
    """The benchmark articles of a sci-news folder, read by :func:`pipeline.ingest.read_sci_news`.

    None of them when the folder holds no sci-news file (a suite that needs them checks with
    :func:`require_data` first); a file that cannot be read is reported and skipped.
    """
    pairs = []
    for pair in read_sci_news(folder) if has_data(folder) else ():
        if isinstance(pair, Failure):
            print(f"skipped {pair.source}: {pair.error}")
        else:
            pairs.append(pair)
    return pairs


def body_sentences(pair: Pair) -> list[str]:
    """The sentences of a sci-news body as Kiwi splits them (the reader joins the file's sentences into one paragraph)."""
    from pipeline.analysis import get_kiwi

    return [sentence.text for sentence in get_kiwi(0).split_into_sents(pair.text)]


def page_records(folder: Path) -> list[RawRecord]:
    """The raw text of every page (``.txt``/``.html``) in ``folder``, read by :func:`pipeline.ingest.read_records`."""
    records = []
    for record in read_records(folder, InputConfig()):
        if isinstance(record, Failure):
            print(f"skipped {record.source}: {record.error}")
        else:
            records.append(record)
    return records


def max_rss_mb() -> float:
    """Peak resident memory of this process so far (each measurement runs in its own process)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def save_results(name: str, args, rows: list[dict]) -> Path:
    """Write a suite's rows with its settings and machine to ``runs/bench/<name>-<time>.json``."""
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    out = OUT_DIR / f"{name}-{time.strftime('%Y%m%d-%H%M%S')}.json"
    settings = {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()}
    out.write_text(json.dumps({"settings": settings, "machine": platform.platform(), "results": rows}, indent=2), encoding="utf-8")
    print(f"wrote {out}")
    return out
