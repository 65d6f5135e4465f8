import json
import shutil
from pathlib import Path

import pytest

from pipeline.config.evaluate import DataConfig
from pipeline.evaluation.data import load_examples

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_ab08534d42b7d5da.txt"
# The author's block as it stands in the raw page, read without the project's parser.
SEED_BULLETS = tuple(SEED.read_text(encoding="utf-8").split("[기사요약]\n")[1].split("\n\n")[0].splitlines())


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def test_raw_articles_reference_is_the_seed_bullets_and_the_body_has_none(tmp_path):
    shutil.copy(SEED, tmp_path / SEED.name)
    loaded = load_examples(DataConfig(type="articles", path=str(tmp_path)))
    [example] = loaded.examples
    assert example.reference == SEED_BULLETS
    body = example.article.body + "\n" + example.article.title
    for bullet in SEED_BULLETS:
        assert bullet not in body
    assert "기사요약" not in body


def test_jsonl_reference_from_a_configurable_field(tmp_path):
    write_jsonl(tmp_path / "dev.jsonl", [
        {"doc": "a1", "body": "첫 문장이다.\n\n둘째 문장이다.", "gold": ["첫 문장"]},
        {"doc": "a2", "body": "다른 기사 본문이다.", "gold": "요약 하나\n요약 둘"},
        {"doc": "a3", "body": "요약이 없는 기사다."},
    ])
    config = DataConfig(type="jsonl", path=str(tmp_path / "dev.jsonl"), id_field="doc", text_field="body", summary_field="gold")
    loaded = load_examples(config)
    assert [(e.id, e.reference) for e in loaded.examples] == [("a1", ("첫 문장",)), ("a2", ("요약 하나", "요약 둘"))]
    assert len(loaded.failures) == 1 and "'gold'" in loaded.failures[0].error
    assert loaded.failures[0].source == f"{tmp_path / 'dev.jsonl'}:line 3"


def test_sci_news_reference_is_the_picked_sentences(tmp_path):
    (tmp_path / "01.json").write_text(json.dumps({
        "title": "제목", "sentences": ["첫 문장이다", "둘째 문장이다", "셋째 문장이다"], "summaries": [0, 2]}), encoding="utf-8")
    [example] = load_examples(DataConfig(type="sci-news", path=str(tmp_path))).examples
    assert example.reference == ("첫 문장이다", "셋째 문장이다")
    assert example.article.body == "첫 문장이다. 둘째 문장이다. 셋째 문장이다."


def test_sci_news_bad_index_is_reported_and_skipped(tmp_path):
    (tmp_path / "01.json").write_text(json.dumps({"sentences": ["문장이다"], "summaries": [3]}), encoding="utf-8")
    (tmp_path / "02.json").write_text(json.dumps({"sentences": ["문장이다"], "summaries": [0]}), encoding="utf-8")
    loaded = load_examples(DataConfig(type="sci-news", path=str(tmp_path)))
    assert [e.id for e in loaded.examples] == ["02"]
    assert loaded.failures[0].source == str(tmp_path / "01.json") and "[3]" in loaded.failures[0].error


def test_predictions_with_mismatched_ids_list_a_few(tmp_path):
    write_jsonl(tmp_path / "pred.jsonl", [{"id": f"p{i}", "bullets": ["요약"]} for i in range(8)])
    write_jsonl(tmp_path / "ref.jsonl", [{"id": "p0", "text": "본문이다.", "summary": "요약"}, {"id": "r9", "text": "본문이다.", "summary": "요약"}])
    config = DataConfig(type="predictions", path=str(tmp_path / "pred.jsonl"), references=str(tmp_path / "ref.jsonl"))
    with pytest.raises(ValueError, match=r"7 id\(s\) only in the predictions: p1, p2, p3, p4, p5 … \(\+2\); 1 id\(s\) only in the references: r9"):
        load_examples(config)


def test_predictions_rows_with_their_own_references(tmp_path):
    write_jsonl(tmp_path / "pred.jsonl", [
        {"id": "a", "system": "x", "bullets": ["사과 배"], "summary": ["사과 배"]},
        {"id": "a", "system": "y", "bullets": "포도", "summary": ["사과 배"]},
        "not an object",
    ])
    loaded = load_examples(DataConfig(type="predictions", path=str(tmp_path / "pred.jsonl")))
    [example] = loaded.examples
    assert dict(example.predictions) == {"x": ("사과 배",), "y": ("포도",)}
    assert example.article is None
    assert [f.source for f in loaded.failures] == [f"{tmp_path / 'pred.jsonl'}:line 3"]


def test_reference_without_korean_warns(tmp_path):
    write_jsonl(tmp_path / "dev.jsonl", [{"id": "e", "text": "한국어 본문이다.", "summary": "English only summary"}])
    loaded = load_examples(DataConfig(type="jsonl", path=str(tmp_path / "dev.jsonl")))
    assert len(loaded.examples) == 1
    assert loaded.failures == [] and "no Korean" in loaded.warnings[0]


def test_limit_keeps_the_first_examples(tmp_path):
    for i in range(3):
        (tmp_path / f"{i:02}.json").write_text(json.dumps({"sentences": ["문장이다"], "summaries": [0]}), encoding="utf-8")
    assert [e.id for e in load_examples(DataConfig(type="sci-news", path=str(tmp_path)), limit=2).examples] == ["00", "01"]
