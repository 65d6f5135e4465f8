"""Benchmark suites (``kosum bench SUITE``); each measures ours and a baseline in the same run."""
from __future__ import annotations

import json
import platform
import resource
import time
from pathlib import Path

from pipeline.errors import KosumError

REPO = Path(__file__).resolve().parents[2]
OUT_DIR = REPO / "runs" / "bench"
DEFAULT_DATA = REPO.parent / "shared" / "data" / "sci-news-dev"
"""The benchmark articles: a folder of sci-news ``*.json`` files next to the checkout."""


class MissingDataError(KosumError):
    """A benchmark's data folder is absent or empty; the message says how to point at it."""


def require_data(folder: Path) -> Path:
    """``folder`` when it holds sci-news ``*.json`` files; else :class:`MissingDataError` naming it and ``--data``."""
    folder = Path(folder)
    if not folder.is_dir() or not any(folder.glob("*.json")):
        raise MissingDataError(f"benchmark data not found: {folder} holds no sci-news *.json files; "
                               "point the suite at such a folder with --data PATH")
    return folder


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
