"""Process sharding under torchrun (2 CPU processes, gloo): the work is split, the merge equals a 1-process run."""
import json
import signal
import socket
import subprocess
import sys
import time

import pytest
from conftest import REPO

from pipeline.batch import OutputPaths, Shard, merge_shards
from pipeline.benchmarks.synthetic import write_jsonl
from pipeline.recipes import summarize as recipe

LAUNCHERS = {
    "torchrun": lambda port: [sys.executable, "-m", "torch.distributed.run", "--nproc_per_node", "2",
                              "--master_addr", "127.0.0.1", "--master_port", str(port)],
    # on CPU, --cpu would start one process; --multi_gpu starts two (each sees one process in PartialState)
    "accelerate": lambda port: [sys.executable, "-m", "accelerate.commands.launch", "--multi_gpu", "--num_processes", "2",
                                "--num_machines", "1", "--mixed_precision", "no", "--dynamo_backend", "no",
                                "--main_process_ip", "127.0.0.1", "--main_process_port", str(port)],
}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _torchrun(inp, out, *extra, wait=True, launcher="torchrun"):
    command = [*LAUNCHERS[launcher](_free_port()), "scripts/summarize.py",
               "--input", str(inp), "--output", str(out), "--no-progress", "batch_size=4", *extra]
    if not wait:
        return subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=300)


@pytest.mark.slow  # runs the recipe under a launcher: three new interpreters
@pytest.mark.parametrize("launcher", ["torchrun", "accelerate"])
def test_two_processes_split_the_work_and_merge_to_the_one_process_output(tmp_path, capsys, launcher):
    inp = write_jsonl(tmp_path / "in.jsonl", 40, seed=5, bad_fraction=0.1)
    one = tmp_path / "one.jsonl"
    assert recipe.main(["--input", str(inp), "--output", str(one), "--no-progress", "batch_size=4"]) == 0
    two = tmp_path / "two.jsonl"
    run = _torchrun(inp, two, launcher=launcher)
    assert run.returncode == 0, run.stderr[-3000:]
    assert two.read_bytes() == one.read_bytes()
    assert (tmp_path / "two.jsonl.failures.jsonl").read_text() == (tmp_path / "one.jsonl.failures.jsonl").read_text()
    meta = json.loads((tmp_path / "two.jsonl.meta.json").read_text(encoding="utf-8"))
    assert meta["processes"] == 2
    # each process handled every other input: 20 each, and the two together handled each input once
    done = [p["summarized"] + p["failed"] for p in meta["per_process"]]
    assert done == [20, 20]
    assert meta["summarized"] == len(one.read_text().splitlines())
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["in.jsonl", "one.jsonl", "one.jsonl.meta.json", "one.jsonl.failures.jsonl", "two.jsonl", "two.jsonl.meta.json", "two.jsonl.failures.jsonl"]
    )  # no part files left behind


@pytest.mark.slow  # runs the recipe under torchrun, twice
def test_a_sharded_run_stopped_by_sigterm_resumes_per_shard(tmp_path):
    inp = write_jsonl(tmp_path / "in.jsonl", 240, seed=9, bad_fraction=0.02)
    one = tmp_path / "one.jsonl"
    assert recipe.main(["--input", str(inp), "--output", str(one), "--no-progress"]) == 0
    out = tmp_path / "out.jsonl"
    parts = [OutputPaths.of(out, Shard(rank, 2)).partial for rank in range(2)]
    proc = _torchrun(inp, out, wait=False)
    deadline = time.time() + 180
    while time.time() < deadline and not all(p.exists() and p.stat().st_size > 2000 for p in parts):
        time.sleep(0.05)
    proc.send_signal(signal.SIGTERM)  # torchrun passes it on to both processes
    _, err = proc.communicate(timeout=120)
    assert proc.returncode != 0
    assert err.count("run the same command again to resume") == 2, err[-3000:]
    kept = [len(p.read_text(encoding="utf-8").splitlines()) for p in parts]
    assert all(0 < k < 120 for k in kept) and not out.exists()

    run = _torchrun(inp, out)
    assert run.returncode == 0, run.stderr[-3000:]
    assert out.read_bytes() == one.read_bytes()
    meta = json.loads((tmp_path / "out.jsonl.meta.json").read_text(encoding="utf-8"))
    resumed = [p["resumed"] for p in meta["per_process"]]
    assert all(r >= k for r, k in zip(resumed, kept))  # records and failures already written were skipped
    assert meta["resumed"] == sum(resumed) and not any(p.exists() for p in parts)


def test_merge_puts_records_back_in_input_order(tmp_path):
    out = tmp_path / "out.jsonl"
    # inputs 0..6 went to ranks 0,1,0,1,0,1,0; inputs 3 and 4 failed
    rank0, rank1 = OutputPaths.of(out, Shard(0, 2)), OutputPaths.of(out, Shard(1, 2))
    rank0.output.write_text("".join(json.dumps({"id": i}) + "\n" for i in (0, 2, 6)))
    rank0.failures.write_text(json.dumps({"source": "x:4", "error": "bad", "index": 4}) + "\n")
    rank1.output.write_text("".join(json.dumps({"id": i}) + "\n" for i in (1, 5)))
    rank1.failures.write_text(json.dumps({"source": "x:3", "error": "bad", "index": 3}) + "\n")
    assert merge_shards(out, 2) == (5, 2)
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == [0, 1, 2, 5, 6]
    assert [json.loads(line)["index"] for line in (tmp_path / "out.jsonl.failures.jsonl").read_text().splitlines()] == [3, 4]


def test_a_multi_process_run_needs_an_output_file(monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("RANK", "0")
    monkeypatch.setenv("WORLD_SIZE", "2")
    assert recipe.main([str(tmp_path / "a.txt")]) == 2
    assert "a multi-process run needs --output" in capsys.readouterr().err


@pytest.mark.parametrize("rank,world,problem", [("2", "2", "RANK=2 is outside WORLD_SIZE=2"), ("x", "2", "are not integers")])
def test_bad_rank_environment_is_a_usage_error(monkeypatch, capsys, tmp_path, rank, world, problem):
    monkeypatch.setenv("RANK", rank)
    monkeypatch.setenv("WORLD_SIZE", world)
    assert recipe.main(["--input", str(tmp_path / "in.jsonl"), "--output", str(tmp_path / "o.jsonl")]) == 2
    assert problem in capsys.readouterr().err
