"""Soak: a long batch with bad records, killed at a random point and resumed.

    python scripts/benchmark.py soak [--n 20000] [--bad 0.01] [--seed 0] [--workdir runs/soak]

Generates ``--n`` synthetic articles (``pipeline.benchmarks.synthetic``; about ``--bad``
of them broken), then runs ``kosum summarize`` on them twice, each in its own process:
1. uninterrupted (the reference): articles/s and peak RSS when 5%, 50% and 100% of
   the input is done (1k/10k/20k for 20,000 articles);
2. SIGKILL at a random point, then the same command again (resume).
Reports records lost and duplicated by the kill and resume (both must be 0) and
whether the resumed output is byte-identical to the reference.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from pipeline.benchmarks import REPO, save_results
from pipeline.benchmarks.synthetic import write_jsonl
from pipeline.batch import OutputPaths
from pipeline.ingest import read_json_lines


def _lines(path: Path) -> int:
    if not path.exists():
        return 0
    with path.open("rb") as handle:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))


def _memory_kb(pid: int) -> tuple[int, int]:
    """(VmRSS, VmHWM) of ``pid`` in kB: current and peak resident memory."""
    fields = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(("VmRSS:", "VmHWM:")):
                key, value = line.split(":")
                fields[key] = int(value.split()[0])
    except OSError:
        return 0, 0
    return fields.get("VmRSS", 0), fields.get("VmHWM", 0)


def run(inp: Path, out: Path, checkpoints: list[int], kill_at: int | None = None) -> dict:
    """One ``kosum summarize`` process; polls its progress (lines written) and memory."""
    command = [sys.executable, str(REPO / "scripts" / "summarize.py"), "--input", str(inp), "--output", str(out), "--no-progress"]
    paths = OutputPaths.of(out)
    partial, failures = paths.partial, paths.failures
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    marks: dict[int, dict] = {}
    first_record = None
    done = 0
    while True:
        time.sleep(0.2)
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:  # finished: its rusage has the peak memory of the whole run
            proc.returncode = os.waitstatus_to_exitcode(status)
            for mark in checkpoints:
                marks.setdefault(mark, {"seconds": time.perf_counter() - start, "rss_mb": None, "peak_rss_mb": usage.ru_maxrss / 1024})
            break
        done = _lines(partial) + _lines(failures)
        rss, hwm = _memory_kb(proc.pid)
        if done and first_record is None:
            first_record = (time.perf_counter() - start, done)
        for mark in checkpoints:
            if done >= mark and mark not in marks and hwm:
                marks[mark] = {"seconds": time.perf_counter() - start, "rss_mb": rss / 1024, "peak_rss_mb": hwm / 1024}
        if kill_at is not None and done >= kill_at:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            return {"killed_after": done, "seconds": time.perf_counter() - start, "marks": marks}
    seconds = time.perf_counter() - start
    meta = json.loads(paths.meta.read_text(encoding="utf-8"))
    steady = None
    if first_record:  # articles/s once the model is loaded and the first record is out
        t0, n0 = first_record
        steady = (meta["summarized"] + meta["failed"] - meta.get("resumed", 0) - n0) / max(seconds - t0, 1e-9)
    return {"exit": proc.returncode, "seconds": seconds, "marks": marks, "meta": {k: meta[k] for k in ("summarized", "failed", "resumed")},
            "articles_per_s": (meta["summarized"] + meta["failed"] - meta.get("resumed", 0)) / seconds, "steady_articles_per_s": steady}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="kosum bench soak", description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=20000, help="articles (checkpoints scale with it)")
    parser.add_argument("--bad", type=float, default=0.01, help="fraction of broken records")
    parser.add_argument("--seed", type=int, default=0, help="generator and kill-point seed")
    parser.add_argument("--workdir", type=Path, default=REPO / "runs" / "soak")
    args = parser.parse_args(argv)

    args.workdir.mkdir(parents=True, exist_ok=True)
    for old in args.workdir.glob("*.jsonl*"):
        old.unlink()
    inp = write_jsonl(args.workdir / "in.jsonl", args.n, seed=args.seed, bad_fraction=args.bad)
    checkpoints = sorted({max(1, args.n // 20), max(1, args.n // 2), args.n})
    print(f"{args.n} articles ({inp.stat().st_size / 1e6:.1f} MB), checkpoints {checkpoints}", flush=True)

    reference = run(inp, args.workdir / "full.jsonl", checkpoints)
    print(f"uninterrupted: {reference['seconds']:.0f} s, {reference['articles_per_s']:.1f} articles/s "
          f"({reference['steady_articles_per_s']:.1f} after start-up)", flush=True)
    kill_at = random.Random(args.seed).randint(args.n // 10, args.n * 9 // 10)
    killed = run(inp, args.workdir / "out.jsonl", [], kill_at=kill_at)
    print(f"SIGKILL after {killed['killed_after']} records and failures ({killed['seconds']:.0f} s)", flush=True)
    resumed = run(inp, args.workdir / "out.jsonl", [])

    full_ids = [line.row["id"] for line in read_json_lines(args.workdir / "full.jsonl")]
    out_ids = [line.row["id"] for line in read_json_lines(args.workdir / "out.jsonl")]
    counts = Counter(out_ids)
    lost = len(set(full_ids) - set(counts))
    duplicates = sum(c - 1 for c in counts.values() if c > 1)
    identical = (args.workdir / "full.jsonl").read_bytes() == (args.workdir / "out.jsonl").read_bytes()
    failures_identical = _read(args.workdir / "full.jsonl.failures.jsonl") == _read(args.workdir / "out.jsonl.failures.jsonl")
    summary = {
        "articles": args.n, "bad_fraction": args.bad, "records": len(full_ids), "failed": reference["meta"]["failed"],
        "articles_per_s": reference["articles_per_s"], "steady_articles_per_s": reference["steady_articles_per_s"],
        "rss_at": {str(k): v for k, v in reference["marks"].items()}, "killed_after": killed["killed_after"],
        "resumed": resumed["meta"]["resumed"], "lost": lost, "duplicates": duplicates,
        "byte_identical": identical, "failures_identical": failures_identical,
    }
    print(f"{'done':>7} {'s':>7} {'RSS MB':>7} {'peak RSS MB':>12}")
    for mark, row in sorted(reference["marks"].items()):
        rss = "-" if row["rss_mb"] is None else f"{row['rss_mb']:.0f}"
        print(f"{mark:>7} {row['seconds']:>7.0f} {rss:>7} {row['peak_rss_mb']:>12.0f}")
    print(f"resumed {summary['resumed']} (killed after {summary['killed_after']}); lost {lost}; duplicates {duplicates}; "
          f"byte-identical output {identical}; failures identical {failures_identical}")
    save_results("soak", args, [summary | {"reference": reference, "killed": killed, "resume": resumed}])
    return 0 if identical and not lost and not duplicates else 1


def _read(path: Path) -> bytes:
    return path.read_bytes() if path.exists() else b""
