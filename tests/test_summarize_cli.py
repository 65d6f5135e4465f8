"""The summarize recipe end to end: the seed as a text block, JSONL in and out, bad input, exit codes."""
import json
import subprocess
import sys

import pytest

from conftest import REPO, SEED_PATH

from pipeline.cli import main as kosum
from pipeline.recipes.summarize import main as summarize


@pytest.mark.slow  # a fresh interpreter loads Kiwi
def test_script_prints_the_seed_summary_block():
    run = subprocess.run([sys.executable, "scripts/summarize.py", str(SEED_PATH)], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.strip().split("\n")
    assert lines[0] == "[기사요약]"
    assert 3 <= len(lines) - 1 <= 5
    assert all(line and not line.endswith(".") for line in lines[1:])
    # the author's own summary never leaks into ours
    assert "중국 AI 스타트업 딥시크(DeepSeek), 미국 AI 기업에 비해 저렴한 개발 비용으로 돌풍" not in run.stdout


def test_kosum_command_runs_the_same_recipe(capsys):
    assert kosum(["summarize", str(SEED_PATH), "engine=lead", "bullets.max=4"]) == 0
    out = capsys.readouterr().out.strip().split("\n")
    assert out[0] == "[기사요약]" and len(out) == 5  # header + 4 bullets


def test_jsonl_in_jsonl_out_skips_broken_records(tmp_path, capsys):
    inp = tmp_path / "in.jsonl"
    good = {"id": "a1", "title": "지카바이러스, 남성 생식능력도 저하", "text": (
        "지카바이러스가 남성의 생식능력도 저하시킬 수 있다는 동물 실험 결과가 나왔다. 연구진은 수컷 쥐의 고환 크기가 줄었다고 밝혔다. "
        "정자 수도 감소했다. 연구진은 추가 연구가 필요하다고 설명했다.")}
    lines = [json.dumps(good, ensure_ascii=False), "{not json", json.dumps({"id": "no-text", "body": "본문"}, ensure_ascii=False),
             json.dumps({"id": "en", "text": "English only text here."})]
    inp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert summarize(["--input", str(inp), "--output", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["a1"]
    record = records[0]
    assert set(record) >= {"id", "title", "bullets", "summary", "engine", "source_sentences", "warnings"}
    assert record["summary"] == "\n".join(["[기사요약]", *record["bullets"]])
    assert record["engine"] == "kiwi" and record["title"] == good["title"]
    for ref in record["source_sentences"]:
        assert set(ref) == {"sentence", "start", "end", "text"}
    failures = [json.loads(line) for line in (tmp_path / "out.jsonl.failures.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(failures) == 3
    assert "line 2" in failures[0]["source"] + failures[0]["error"]
    meta = json.loads((tmp_path / "out.jsonl.meta.json").read_text(encoding="utf-8"))
    assert meta["summarized"] == 1 and meta["failed"] == 3 and meta["config"]["engine"] == "kiwi"
    assert "3 failed" in capsys.readouterr().err


def test_folder_input_and_nothing_succeeding_exits_1(tmp_path, capsys):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    assert summarize([str(folder)]) == 1
    err = capsys.readouterr().err
    assert "empty.txt" in err and "binary.txt" in err and "0 summarized, 2 failed" in err


def test_unknown_config_key_is_a_usage_error_listing_valid_keys(capsys):
    assert summarize([str(SEED_PATH), "bullets.maximum=4"]) == 2
    err = capsys.readouterr().err
    assert "bullets.maximum" in err and "bullets.max" in err and "bullets.max_chars" in err


BAD_VALUES = [
    ("analysis.num_workers=-7", "analysis.num_workers"),
    ("batch_size=0", "batch_size"),
    ("batch_size=-5", "batch_size"),
    ("input.type=xml", "input.type"),
    ("input.encoding=klingon", "input.encoding"),
    ("input.text_field=", "input.text_field"),
    ("kiwi.min_sentence_chars=-1", "kiwi.min_sentence_chars"),
    ("kiwi.sentences_per_bullet=0", "kiwi.sentences_per_bullet"),
]


@pytest.mark.parametrize("override,key", BAD_VALUES)
def test_regression_bad_config_value_is_rejected_before_any_input_is_read(override, key, monkeypatch, capsys):
    import pipeline.analysis
    import pipeline.ingest

    def must_not_run(*args, **kwargs):
        raise AssertionError("work started before the config was validated")

    monkeypatch.setattr(pipeline.ingest, "read_records", must_not_run)
    monkeypatch.setattr(pipeline.analysis, "get_kiwi", must_not_run)  # never start Kiwi threads with a bad value
    assert summarize([str(SEED_PATH), override]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and key in err[0], err


def test_regression_several_files_each_block_says_which_file(tmp_path, capsys, seed_text):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(seed_text, encoding="utf-8")
    b.write_text("지카바이러스가 남성의 생식능력도 저하시킬 수 있다는 동물 실험 결과가 나왔다. 연구진은 수컷 쥐의 고환 크기가 줄었다고 밝혔다. "
                 "정자 수도 감소했다. 연구진은 추가 연구가 필요하다고 설명했다.", encoding="utf-8")
    assert summarize([str(a), str(b), "engine=lead"]) == 0
    out = capsys.readouterr().out
    blocks = out.strip().split("\n\n")
    assert len(blocks) == 2
    assert blocks[0].splitlines()[:2] == [f"==> {a} <==", "[기사요약]"]
    assert blocks[1].splitlines()[:2] == [f"==> {b} <==", "[기사요약]"]


def test_one_file_prints_the_bare_block(capsys):
    assert summarize([str(SEED_PATH), "engine=lead"]) == 0
    assert capsys.readouterr().out.startswith("[기사요약]\n")


def test_regression_source_sentences_carry_their_text_and_the_body_on_request(tmp_path):
    out = tmp_path / "out.jsonl"
    assert summarize([str(SEED_PATH), "--output", str(out)]) == 0
    record = json.loads(out.read_text(encoding="utf-8"))
    assert "body" not in record
    refs = [r for r in record["source_sentences"] if r is not None]
    assert refs and all(set(r) == {"sentence", "start", "end", "text"} and len(r["text"]) >= 10 for r in refs)

    # the finished output was written without bodies: the same run with --with-body is not resumed into it
    assert summarize([str(SEED_PATH), "--output", str(out), "--with-body"]) == 2
    assert summarize([str(SEED_PATH), "--output", str(out), "--with-body", "resume=false"]) == 0
    record = json.loads(out.read_text(encoding="utf-8"))
    body = record["body"]
    assert "새해 벽두부터" in body
    for ref in record["source_sentences"]:
        assert body[ref["start"]:ref["end"]] == ref["text"]
