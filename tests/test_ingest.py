"""Input readers: files, folders, JSONL, CSV and Parquet."""
import dataclasses
import json
import socket

import pytest

from pipeline.errors import InputError
from pipeline.ingest import Failure, InputConfig, RawRecord, read_article_file, read_articles, read_records

BODY = "연구진이 새로운 배터리 소재를 개발했다고 밝혔다. 충전 속도가 두 배 빨라졌다."


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a connection fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)


def articles_and_failures(path, config=None):
    items = list(read_articles(path, config or InputConfig()))
    return [a for a in items if not isinstance(a, Failure)], [f for f in items if isinstance(f, Failure)]


def test_seed_reencoded_as_cp949_and_utf8_bom_parses_the_same(tmp_path, seed_path, seed_text):
    plain = read_article_file(seed_path)
    (tmp_path / "bom").mkdir()
    (tmp_path / "bom" / seed_path.name).write_bytes(b"\xef\xbb\xbf" + seed_text.encode("utf-8"))
    assert read_article_file(tmp_path / "bom" / seed_path.name) == dataclasses.replace(plain, source=str(tmp_path / "bom" / seed_path.name))
    # CP949 has neither NBSP nor U+2022 '•': a page saved in CP949 carries a space and '●' there.
    legacy = seed_text.replace("\u00a0", " ").replace("\u2022", "\u25cf")
    (tmp_path / seed_path.name).write_bytes(legacy.encode("cp949"))
    (tmp_path / "utf8").mkdir()
    (tmp_path / "utf8" / seed_path.name).write_text(legacy, encoding="utf-8")
    from_cp949 = read_article_file(tmp_path / seed_path.name)
    assert from_cp949 == dataclasses.replace(read_article_file(tmp_path / "utf8" / seed_path.name), source=str(tmp_path / seed_path.name))
    assert dataclasses.replace(from_cp949, source=plain.source) == plain
    assert plain.id == "000_ab08534d42b7d5da"


@pytest.mark.parametrize(
    "name, data, problem",
    [
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n\t \r\n", "empty"),
        ("english.txt", b"This page is in English only.\n\nNo Hangul here.", "no Korean text"),
    ],
)
def test_unusable_files_raise_input_error_with_the_file_name(tmp_path, name, data, problem):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError, match=problem) as info:
        read_article_file(path)
    assert name in str(info.value)


def test_folder_is_sorted_recursive_on_request_and_skips_bad_files(tmp_path):
    (tmp_path / "b.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "a.html").write_text(f"<html><body><article><p>{BODY}</p><p>{BODY}</p></article></body></html>", encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "notes.md").write_text(BODY, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.txt").write_text(BODY, encoding="cp949")
    articles, failures = articles_and_failures(tmp_path)
    assert [a.id for a in articles] == ["a", "b"]
    assert [f.source for f in failures] == [str(tmp_path / "c.txt")]
    assert "binary file" in failures[0].error
    articles, _ = articles_and_failures(tmp_path, InputConfig(recursive=True))
    assert [a.id for a in articles] == ["a", "b", "sub/d"]
    assert articles[2].paragraphs == (BODY,)


def test_jsonl_bad_lines_become_failures_and_the_rest_loads(tmp_path):
    path = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "k1", "title": "배터리 개발", "text": BODY, "summary": ["배터리 개발"]}, ensure_ascii=False),
        '{"id": "k2", "text": "깨진 줄',
        json.dumps({"id": "k3", "body": BODY}, ensure_ascii=False),
        "",
        json.dumps({"text": BODY}, ensure_ascii=False),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, failures = articles_and_failures(path)
    assert [a.id for a in articles] == ["k1", "5"]  # no id field: the line number
    assert articles[0].title == "배터리 개발"
    assert [f.source for f in failures] == [f"{path}:line 2", f"{path}:line 3"]
    assert failures[0].error.startswith(f"{path}:line 2: malformed JSON")
    assert "no 'text' field" in failures[1].error and "id, body" in failures[1].error
    record = next(r for r in read_records(path, InputConfig()) if isinstance(r, RawRecord))
    assert record.fields["summary"] == ["배터리 개발"]
    assert (record.kind, record.source) == ("record", f"{path}:line 1")


def test_jsonl_record_failing_to_parse_is_a_failure(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": 1, "text": "English only"}\n{"id": 2, "text": "' + BODY + '"}\n', encoding="utf-8")
    articles, failures = articles_and_failures(path)
    assert [a.id for a in articles] == ["2"]
    assert "no Korean text" in failures[0].error and failures[0].source == f"{path}:line 1"


@pytest.fixture
def table():
    import datasets

    return datasets.Dataset.from_dict(
        {"doc_id": ["a1", "a2", "a3"], "headline": ["배터리 개발", "두 번째", "세 번째"], "body": [BODY, "둘째 기사 본문이다.", None]}
    )


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_csv_and_parquet_with_custom_field_names(tmp_path, table, fmt, no_network):
    path = tmp_path / f"in.{fmt}"
    getattr(table, f"to_{fmt}")(str(path))
    config = InputConfig(id_field="doc_id", title_field="headline", text_field="body")
    articles, failures = articles_and_failures(path, config)
    assert [(a.id, a.title) for a in articles] == [("a1", "배터리 개발"), ("a2", "두 번째")]
    assert articles[0].paragraphs == (BODY,)
    assert articles[0].source == f"{path}:row 1"
    assert [f.source for f in failures] == [f"{path}:row 3"]


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_missing_column_names_the_available_columns(tmp_path, table, fmt, no_network):
    path = tmp_path / f"in.{fmt}"
    getattr(table, f"to_{fmt}")(str(path))
    with pytest.raises(InputError, match=r"no column 'text' .*available columns: doc_id, headline, body"):
        list(read_records(path, InputConfig()))


def test_input_type_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        list(read_records(tmp_path / "missing.txt", InputConfig()))
    (tmp_path / "x.docx").write_bytes(b"PK")
    with pytest.raises(InputError, match=r"cannot tell the input type .*'\.docx'"):
        list(read_records(tmp_path / "x.docx", InputConfig()))
    with pytest.raises(ValueError, match="input.type='xml' is not one of"):
        list(read_records(tmp_path / "x.docx", InputConfig(type="xml")))
    # An explicit type overrides the extension.
    (tmp_path / "article.dat").write_text(BODY, encoding="utf-8")
    [record] = read_records(tmp_path / "article.dat", InputConfig(type="txt"))
    assert (record.id, record.kind) == ("article", "txt")


@pytest.fixture
def parse_calls(monkeypatch):
    """Ids of the records parsed so far (a reader that reads ahead parses more than it hands out)."""
    import pipeline.ingest

    calls = []
    real = pipeline.ingest.to_article

    def spy(record):
        calls.append(record.id)
        return real(record)

    monkeypatch.setattr(pipeline.ingest, "to_article", spy)
    return calls


def test_jsonl_reader_parses_one_record_per_article_asked_for(tmp_path, parse_calls):
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps({"id": i, "text": BODY}) for i in range(3)), encoding="utf-8")
    stream = read_articles(path, InputConfig())
    assert next(stream).id == "0" and parse_calls == ["0"]
    assert next(stream).id == "1" and parse_calls == ["0", "1"]
    assert [a.id for a in stream] == ["2"]


def test_folder_reader_reads_one_file_per_article_asked_for(tmp_path, parse_calls, monkeypatch):
    import pipeline.ingest

    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(BODY, encoding="utf-8")
    opened = []
    real = pipeline.ingest._read_file
    monkeypatch.setattr(pipeline.ingest, "_read_file", lambda path, *args: opened.append(path.name) or real(path, *args))
    stream = read_articles(tmp_path, InputConfig())
    assert next(stream).id == "a"
    assert opened == ["a.txt"] and parse_calls == ["a"]
    assert [a.id for a in stream] == ["b", "c"] and opened == ["a.txt", "b.txt", "c.txt"]
