"""Benchmark suites (``kosum bench SUITE``); each measures ours and a baseline in the same run."""
from __future__ import annotations

import json
import platform
import resource
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
OUT_DIR = REPO / "runs" / "bench"


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
