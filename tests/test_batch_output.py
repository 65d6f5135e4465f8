"""Batch runs that survive faults: bad output paths up front, clean stops on signals, resume."""
import json
import os
import signal
import subprocess
import sys
import time

import pytest
from conftest import REPO

from pipeline.batch import Interrupted
from pipeline.benchmarks.synthetic import article, write_jsonl
from pipeline.recipes import summarize as recipe


@pytest.fixture()
def never_read(monkeypatch):
    """Fails the test if any input is read: output paths must be checked first."""
    calls = []
    monkeypatch.setattr(recipe, "read_articles", lambda *a, **k: calls.append(a) or iter(()))
    return calls


def _one_line_error(capsys) -> str:
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "Traceback" not in err
    return err


@pytest.mark.parametrize(
    "make,expected",
    [
        (lambda tmp: tmp / "missing" / "out.jsonl", "folder {tmp}/missing does not exist"),
        (lambda tmp: (tmp / "file.txt").write_text("x") and tmp / "file.txt" / "out.jsonl", "{tmp}/file.txt is a file, not a folder"),
        (lambda tmp: (tmp / "out.jsonl").mkdir() or tmp / "out.jsonl", "cannot write {tmp}/out.jsonl: it is an existing folder"),
        (lambda tmp: (tmp / "out.jsonl.meta.json").mkdir() or tmp / "out.jsonl", "cannot write {tmp}/out.jsonl.meta.json: it is an existing folder"),
        (lambda tmp: (tmp / "out.jsonl.failures.jsonl").mkdir() or tmp / "out.jsonl", "out.jsonl.failures.jsonl: it is an existing folder"),
        (lambda tmp: (tmp / "out.jsonl.partial").mkdir() or tmp / "out.jsonl", "out.jsonl.partial: it is an existing folder"),
    ],
)
def test_bad_output_paths_exit_2_with_one_line_before_reading_input(tmp_path, capsys, never_read, make, expected):
    out = make(tmp_path)
    assert recipe.main(["--input", str(tmp_path / "in.jsonl"), "--output", str(out), "--no-progress"]) == 2
    err = _one_line_error(capsys)
    assert err.startswith("kosum summarize: ") and expected.format(tmp=tmp_path) in err
    assert never_read == []


@pytest.mark.skipif(not os.path.isdir("/sys") or os.access("/sys", os.W_OK) and os.geteuid() != 0, reason="needs /sys (read-only here)")
def test_read_only_location_exits_2(capsys, never_read, tmp_path):
    assert recipe.main(["--input", str(tmp_path / "in.jsonl"), "--output", "/sys/kosum-out.jsonl", "--no-progress"]) == 2
    err = _one_line_error(capsys)
    assert err.startswith("kosum summarize: cannot write in /sys:")
    assert never_read == []


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Twelve generated articles in every input form, with one broken record in the middle."""
    import random

    folder = tmp_path_factory.mktemp("corpus")
    rng = random.Random(7)
    rows = [{"id": f"n{i:02d}", "title": t, "text": b} for i, (t, b) in enumerate(article(rng) for _ in range(12))]
    rows[5] = {"id": "n05", "text": "English only."}  # fails: no Korean
    with open(folder / "in.jsonl", "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    import pandas as pd

    frame = pd.DataFrame([{"id": r["id"], "title": r.get("title", ""), "text": r["text"]} for r in rows])
    frame.to_csv(folder / "in.csv", index=False)
    frame.to_parquet(folder / "in.parquet")
    pages = folder / "pages"
    pages.mkdir()
    for row in rows:
        (pages / f"{row['id']}.txt").write_text(row.get("title", "") + "\n\n" + row["text"], encoding="utf-8")
    return folder


def _run(args, out, *extra):
    return recipe.main([*args, "--output", str(out), "--no-progress", "batch_size=2", *extra])


class _StopAfter:
    """Wraps the real engine and delivers SIGTERM's exception after ``n`` batches, as the signal handler would."""

    def __init__(self, engine, n):
        self.engine, self.n = engine, n

    def summarize(self, doc):
        return self.engine.summarize(doc)

    def summarize_many(self, docs):
        if self.n == 0:
            raise Interrupted(signal.SIGTERM)
        self.n -= 1
        return self.engine.summarize_many(docs)


@pytest.mark.parametrize("kind", ["jsonl", "csv", "parquet", "pages"])
def test_interrupted_run_resumes_to_the_same_file(tmp_path, corpus, capsys, monkeypatch, kind):
    args = ["--input", str(corpus / ("pages" if kind == "pages" else f"in.{kind}"))]
    full = tmp_path / "full.jsonl"
    assert _run(args, full) == 0
    capsys.readouterr()

    out = tmp_path / "out.jsonl"
    real_build = recipe.build_engine
    monkeypatch.setattr(recipe, "build_engine", lambda *a, **k: _StopAfter(real_build(*a, **k), 3))
    assert _run(args, out) == 128 + signal.SIGTERM
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert f"stopped by SIGTERM; 5 record(s) kept in {out}.partial; run the same command again to resume" in err  # 3 batches of 2, one failed
    partial = (tmp_path / "out.jsonl.partial").read_text(encoding="utf-8").splitlines()
    assert len(partial) == 5 and not out.exists()
    assert len((tmp_path / "out.jsonl.failures.jsonl").read_text(encoding="utf-8").splitlines()) == 1

    monkeypatch.setattr(recipe, "build_engine", real_build)
    assert _run(args, out) == 0
    assert out.read_bytes() == full.read_bytes()
    assert not (tmp_path / "out.jsonl.partial").exists()
    meta = json.loads((tmp_path / "out.jsonl.meta.json").read_text(encoding="utf-8"))
    assert (meta["summarized"], meta["failed"], meta["resumed"], meta["status"]) == (11, 1, 6, "complete")
    assert "11 summarized, 1 failed, 6 resumed from an earlier run" in capsys.readouterr().err
    failures = (tmp_path / "out.jsonl.failures.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(failures) == 1 and json.loads(failures[0])["index"] == 5


@pytest.mark.parametrize("where", ["record", "failure"])
def test_a_signal_during_a_write_waits_for_the_line_and_its_count(tmp_path, corpus, capsys, monkeypatch, where):
    """The signal lands while a line is being written: the line is finished, counted, then the run stops,
    so the stop message's count is the number of lines on disk (and a failure line is not lost)."""
    real_append = recipe.append_line
    calls = []

    def append_then_signal(handle, record):
        calls.append(record)
        is_failure = "error" in record
        if is_failure == (where == "failure") and not any(("error" in r) == is_failure for r in calls[:-1]):
            os.kill(os.getpid(), signal.SIGTERM)  # delivered at once, in the middle of the write
        real_append(handle, record)

    monkeypatch.setattr(recipe, "append_line", append_then_signal)
    out = tmp_path / "out.jsonl"
    assert _run(["--input", str(corpus / "in.jsonl")], out) == 128 + signal.SIGTERM
    err = capsys.readouterr().err
    lines = (tmp_path / "out.jsonl.partial").read_text(encoding="utf-8").splitlines()
    failures = (tmp_path / "out.jsonl.failures.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == (1 if where == "record" else 5)  # the failed article is the sixth
    assert len(failures) == (0 if where == "record" else 1)
    assert f"stopped by SIGTERM; {len(lines)} record(s) kept in {out}.partial" in err


def test_a_line_cut_by_a_kill_is_redone(tmp_path, corpus, capsys):
    args = ["--input", str(corpus / "in.jsonl")]
    full = tmp_path / "full.jsonl"
    assert _run(args, full) == 0
    lines = full.read_bytes().splitlines(keepends=True)
    out = tmp_path / "out.jsonl"
    # a SIGKILL while writing line 4: three whole lines and half of the fourth
    (tmp_path / "out.jsonl.partial").write_bytes(b"".join(lines[:3]) + lines[3][:40])
    (tmp_path / "out.jsonl.meta.json").write_text((tmp_path / "full.jsonl.meta.json").read_text(encoding="utf-8"), encoding="utf-8")
    assert _run(args, out) == 0
    assert out.read_bytes() == full.read_bytes()
    assert json.loads((tmp_path / "out.jsonl.meta.json").read_text(encoding="utf-8"))["resumed"] == 3


def test_resume_refuses_a_partial_of_another_config_and_resume_false_starts_over(tmp_path, corpus, capsys):
    args = ["--input", str(corpus / "in.jsonl")]
    out = tmp_path / "out.jsonl"
    assert _run(args, out) == 0
    os.replace(out, tmp_path / "out.jsonl.partial")  # as if interrupted
    capsys.readouterr()
    assert _run(args, out, "engine=lead") == 2
    err = capsys.readouterr().err.strip()
    assert err == (
        f"kosum summarize: {out}.partial was written with a different config (engine changed); "
        "run with resume=false to start over, or resume=true to continue it anyway"
    )
    assert _run(args, out, "engine=lead", "resume=false") == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 11 and {r["engine"] for r in records} == {"lead"}


def test_rerun_adds_only_new_inputs_to_a_finished_output(tmp_path, corpus, capsys):
    pages = tmp_path / "pages"
    pages.mkdir()
    names = sorted(p.name for p in (corpus / "pages").iterdir())
    for name in names[:4]:
        (pages / name).write_bytes((corpus / "pages" / name).read_bytes())
    out = tmp_path / "out.jsonl"
    assert _run(["--input", str(pages)], out) == 0
    first = out.read_bytes()
    assert _run(["--input", str(pages)], out) == 0  # the same command again: nothing to do, same file
    assert out.read_bytes() == first
    assert json.loads((tmp_path / "out.jsonl.meta.json").read_text(encoding="utf-8"))["resumed"] == 4
    for name in names[4:8]:
        (pages / name).write_bytes((corpus / "pages" / name).read_bytes())
    assert _run(["--input", str(pages)], out) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert out.read_bytes().startswith(first) and [json.loads(line)["id"] for line in lines] == [f"n{i:02d}" for i in range(8) if i != 5]
    assert json.loads((tmp_path / "out.jsonl.meta.json").read_text(encoding="utf-8"))["resumed"] == 4
    # another config: refused under resume=auto, accepted with resume=true (new inputs only), redone with resume=false
    capsys.readouterr()
    assert _run(["--input", str(pages)], out, "bullets.max=3") == 2
    assert f"{out} was written with a different config (bullets changed)" in capsys.readouterr().err
    assert _run(["--input", str(pages)], out, "bullets.max=3", "resume=true") == 0
    assert out.read_text(encoding="utf-8").splitlines() == lines
    assert _run(["--input", str(pages)], out, "bullets.max=3", "resume=false") == 0
    assert json.loads((tmp_path / "out.jsonl.meta.json").read_text(encoding="utf-8"))["resumed"] == 0
    assert all(len(json.loads(line)["bullets"]) <= 3 for line in out.read_text(encoding="utf-8").splitlines())


def test_resume_works_for_the_seq2seq_engine(tmp_path, corpus, capsys, monkeypatch, tiny_bart_dir):
    args = ["--input", str(corpus / "in.jsonl"), "--config", str(REPO / "configs" / "summarize-seq2seq.yaml"),
            f"model.name_or_path={tiny_bart_dir}", "seq2seq.device=cpu", "seq2seq.num_beams=1", "seq2seq.max_target_tokens=12"]
    full = tmp_path / "full.jsonl"
    assert _run(args, full) == 0
    real_build = recipe.build_engine
    monkeypatch.setattr(recipe, "build_engine", lambda *a, **k: _StopAfter(real_build(*a, **k), 2))
    out = tmp_path / "out.jsonl"
    assert _run(args, out) == 128 + signal.SIGTERM
    monkeypatch.setattr(recipe, "build_engine", real_build)
    assert _run(args, out) == 0
    assert out.read_bytes() == full.read_bytes()
    meta = json.loads((tmp_path / "out.jsonl.meta.json").read_text(encoding="utf-8"))
    assert meta["resumed"] == 4 and meta["config"]["engine"] == "seq2seq"


@pytest.mark.slow  # runs the recipe in a new interpreter
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_real_signal_stops_cleanly_keeping_flushed_records(tmp_path, signum):
    inp = write_jsonl(tmp_path / "in.jsonl", 400, seed=3)
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "scripts/summarize.py", "--input", str(inp), "--output", str(out), "--no-progress", "batch_size=4"]
    proc = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    partial = tmp_path / "out.jsonl.partial"
    deadline = time.time() + 120
    while time.time() < deadline and (not partial.exists() or partial.stat().st_size == 0):
        time.sleep(0.05)
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + signum, err
    assert "Traceback" not in err
    [last] = err.strip().splitlines()[-1:]
    kept = len(partial.read_text(encoding="utf-8").splitlines())
    name = signal.Signals(signum).name
    assert last == f"kosum summarize: stopped by {name}; {kept} record(s) kept in {partial}; run the same command again to resume"
    assert 0 < kept < 400
    assert partial.read_bytes().endswith(b"\n")  # every record written before the stop is whole and on disk
    meta = json.loads((tmp_path / "out.jsonl.meta.json").read_text(encoding="utf-8"))
    assert meta["status"] == "running"


def test_an_output_written_from_other_inputs_is_not_resumed_into(tmp_path, corpus, capsys):
    """Records are skipped by id, and two folders' "n00.txt" share an id: under resume=auto an output written from
    other inputs is refused (its old record would silently stand for the new article), left as it was."""
    first, second = tmp_path / "first", tmp_path / "second"
    for folder, name in ((first, "n00.txt"), (second, "n01.txt")):
        folder.mkdir()
        (folder / "n00.txt").write_bytes((corpus / "pages" / name).read_bytes())  # the same id, another article
    out = tmp_path / "out.jsonl"
    assert _run(["--input", str(first)], out) == 0
    written = out.read_bytes()
    capsys.readouterr()
    assert _run(["--input", str(second)], out) == 2
    assert f"{out} was written from other inputs ({first.resolve()})" in capsys.readouterr().err
    assert out.read_bytes() == written
    assert _run(["--input", str(second)], out, "resume=false") == 0
    assert out.read_bytes() != written
    assert json.loads((tmp_path / "out.jsonl.meta.json").read_text(encoding="utf-8"))["inputs"] == [str(second.resolve())]
