"""Pair collection: counts, records, duplicates and stable splits on a temp folder."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.collect import (
    collect_pairs, pair_id, split_of, split_paths, write_pairs,
)
from pipeline.recipes.collect_pairs import main
from pipeline.records import Pair

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_ab08534d42b7d5da.txt"
SEED_BULLETS = [
    "중국 AI 스타트업 딥시크(DeepSeek), 미국 AI 기업에 비해 저렴한 개발 비용으로 돌풍",
    "컴퓨팅 파워에 6백만달러 비용 사용.. 모델 성능, OpenAI와 Meta의 가장 진보된 모델과 동등",
    "지난주 출시된 딥시크-R1, 작업에 따라 OpenAI o1 모델보다 사용 비용 20~50배 저렴",
    "딥시크 성공에 의구심 갖기도.. 엔비디아 H100 칩 활용 가능성, 모델 개발비용 축소 등",
    "선도적 AI 기업들의 수익화 전략 생각 바뀌는 계기 될 것, 패러다임의 전환 알리는 신호 될 수도..",
]
NO_SUMMARY = "한국천문연구원은 새로운 소행성을 발견했다고 밝혔다.\n\n연구팀은 앞으로 관측을 계속할 계획이라고 설명했다.\n"


@pytest.fixture
def article_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    (folder / "reprints" / "2025").mkdir(parents=True)
    (folder / "a_seed.txt").write_bytes(SEED.read_bytes())
    (folder / "reprints" / "2025" / "b_copy.txt").write_bytes(SEED.read_bytes())  # the same article again
    (folder / "c_no_summary.txt").write_text(NO_SUMMARY, encoding="utf-8")
    (folder / "d_undecodable.txt").write_bytes(b"\x00\x9f\x92\x96 binary \xff\xfe\x00")
    (folder / "notes.md").write_text("not an article", encoding="utf-8")  # ignored: not .txt/.html
    return folder


def test_collect_counts_and_record(article_folder: Path):
    pairs, report = collect_pairs(article_folder)
    assert (report.files_seen, report.parsed, report.with_summary, report.without_summary) == (4, 3, 2, 1)
    assert (report.duplicates, report.near_duplicates, report.pairs) == (1, 0, 1)
    assert [f.source for f in report.failures] == [str(article_folder / "d_undecodable.txt")]
    assert report.failures[0].error.startswith(f"{article_folder / 'd_undecodable.txt'}: binary file")
    assert report.duplicate_of == [{"path": str(article_folder / "reprints" / "2025" / "b_copy.txt"),
                                    "kept": str(article_folder / "a_seed.txt"), "kind": "exact"}]
    (pair,) = pairs
    assert list(pair.bullets) == SEED_BULLETS
    assert "[기사요약]" not in pair.text and SEED_BULLETS[0] not in pair.text
    assert "새해 벽두부터 인공지능(AI) 시장이 요동치고 있다" in pair.text
    assert pair.id == pair_id(pair.text) and len(pair.id) == 16
    assert pair.published == "2025-01-29T00:30"
    assert pair.title.startswith("중국 ‘딥시크(DeepSeek)’")
    record = pair.to_json()
    assert record["summary"] == "\n".join(SEED_BULLETS)
    assert set(record) == {"id", "title", "text", "bullets", "summary", "source", "published"}
    assert record["source"] == str(article_folder / "a_seed.txt")


def test_republished_article_with_edits_is_a_near_duplicate(article_folder: Path):
    text = SEED.read_text(encoding="utf-8").replace("새해 벽두부터", "올해 초부터").replace("평지풍파(?)", "평지풍파")
    (article_folder / "e_republished.txt").write_text(text, encoding="utf-8")
    pairs, report = collect_pairs(article_folder)
    assert (report.duplicates, report.near_duplicates, len(pairs)) == (2, 1, 1)
    assert sorted(d["kind"] for d in report.duplicate_of) == ["exact", "near"]
    _, exact_only = collect_pairs(article_folder, near_duplicate=1.0)
    assert exact_only.near_duplicates == 0 and exact_only.pairs == 2


def _pair(i: int) -> Pair:
    text = f"기사 본문 {i}번입니다. 연구진은 결과를 발표했다."
    return Pair(text, (f"요약 {i}",), id=pair_id(text), title=f"제목 {i}", source=f"{i}.txt")


def test_split_is_stable_when_the_folder_grows(tmp_path: Path):
    small, grown = [_pair(i) for i in range(5)], [_pair(i) for i in range(200)]
    from pipeline.collect import CollectReport

    write_pairs(small, tmp_path / "v1" / "pairs.jsonl", (0.6, 0.2, 0.2), CollectReport())
    write_pairs(grown, tmp_path / "v2" / "pairs.jsonl", (0.6, 0.2, 0.2), CollectReport())
    for name in ("train", "valid", "test"):
        before = {json.loads(l)["id"] for l in split_paths(tmp_path / "v1" / "pairs.jsonl")[name].open()}
        after = {json.loads(l)["id"] for l in split_paths(tmp_path / "v2" / "pairs.jsonl")[name].open()}
        assert before <= after, name
    shares = [sum(split_of(p.id, (0.6, 0.2, 0.2)) == name for p in grown) / 200 for name in ("train", "valid", "test")]
    assert 0.5 < shares[0] < 0.7 and 0.12 < shares[1] < 0.28 and 0.12 < shares[2] < 0.28


def test_split_of_never_picks_an_empty_split():
    assert {split_of(_pair(i).id, (1.0, 0.0, 0.0)) for i in range(50)} == {"train"}


@pytest.mark.parametrize("spec", ["0.9,0.1", "0.5,0.5,0.5", "a,b,c", "-0.1,0.6,0.5"])
def test_bad_split_is_rejected_before_the_folder_is_read(spec: str, article_folder: Path, tmp_path: Path, capsys, monkeypatch):
    import pipeline.recipes.collect_pairs as recipe

    monkeypatch.setattr(recipe, "collect_pairs", lambda *a: (_ for _ in ()).throw(AssertionError("read before validation")))
    assert main([str(article_folder), "--output", str(tmp_path / "p.jsonl"), f"--split={spec}"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "split" in err[0]
    assert not (tmp_path / "p.jsonl").exists()


def test_collect_pairs_overrides_and_shorthands_are_the_same_config(article_folder: Path, tmp_path: Path):
    by_flag = tmp_path / "a" / "pairs.jsonl"
    by_key = tmp_path / "b" / "pairs.jsonl"
    assert main([str(article_folder), "--output", str(by_flag), "--split", "0,1,0", "--near-duplicate", "1"]) == 0
    assert main([str(article_folder), "--output", str(by_key), "split=[0,1,0]", "near_duplicate=1", "encoding=utf-8"]) == 0
    assert by_flag.with_name("pairs.valid.jsonl").read_text(encoding="utf-8") == by_key.with_name("pairs.valid.jsonl").read_text(encoding="utf-8") != ""


def test_collect_pairs_script_writes_files_and_report(article_folder: Path, tmp_path: Path, capsys):
    out = tmp_path / "out" / "pairs.jsonl"
    assert main([str(article_folder), "--output", str(out), "--split", "1,0,0"]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1
    assert len((tmp_path / "out" / "pairs.train.jsonl").read_text(encoding="utf-8").splitlines()) == 1
    assert (tmp_path / "out" / "pairs.valid.jsonl").read_text(encoding="utf-8") == ""
    report = json.loads((tmp_path / "out" / "pairs.report.json").read_text(encoding="utf-8"))
    assert report["files_seen"] == 4 and report["splits"] == {"train": 1, "valid": 0, "test": 0}
    assert "d_undecodable.txt" in capsys.readouterr().err


def test_collect_pairs_script_exit_codes(tmp_path: Path):
    assert main([str(tmp_path / "missing"), "--output", str(tmp_path / "p.jsonl")]) == 2
    empty = tmp_path / "no_summaries"
    empty.mkdir()
    (empty / "a.txt").write_text(NO_SUMMARY, encoding="utf-8")
    assert main([str(empty), "--output", str(tmp_path / "p.jsonl")]) == 1
