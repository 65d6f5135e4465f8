"""Input readers: files, folders and datasets -> raw records -> :class:`~pipeline.records.Article`.

The one place that reads input files for every recipe: summarize inputs, evaluation
data and predictions (:func:`read_json_lines`, :func:`read_sci_news`), pair collection
and its pairs files, which fine-tuning reads (:func:`read_pairs`).
Every reader is a generator, so 100,000 inputs never sit in memory at once. A bad
input in a batch (undecodable file, malformed JSON line, record without text)
becomes a :class:`Failure` naming it, and reading goes on with the next one.
"""
from __future__ import annotations

import codecs
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import dataclasses

from pipeline.clean import decode_with, repair_text
from pipeline.errors import ConfigError, InputError
from pipeline.parse import parse_article, parse_html
from pipeline.records import Article, Failure, Pair
from pipeline.text import strip_bullet_mark

INPUT_TYPES = ("auto", "txt", "html", "jsonl", "csv", "parquet", "folder")
_EXTENSIONS = {
    ".txt": "txt",
    ".text": "txt",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
    ".parquet": "parquet",
}
_FOLDER_KINDS = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html"}


@dataclass
class InputConfig:
    """How a recipe reads its input (the ``input.*`` section of its config)."""

    type: str = "auto"  # auto (by extension / folder) | txt | html | jsonl | csv | parquet | folder
    id_field: str = "id"  # dataset column with the record id (the line/row number when missing)
    title_field: str = "title"  # dataset column with the title (optional)
    text_field: str = "text"  # dataset column with the raw article text
    recursive: bool = False  # walk sub-folders of a folder input
    encoding: str = "auto"  # auto (UTF-8, CP949/EUC-KR detected) or a codec name such as cp949

    def validate(self, section: str = "input") -> None:
        """Raise :class:`ConfigError` for a value no input could be read with (``section``: where the keys sit)."""
        if self.type not in INPUT_TYPES:
            raise ConfigError(f"{section}.type={self.type!r} is not one of {', '.join(INPUT_TYPES)}")
        for key in ("id_field", "text_field"):
            if not getattr(self, key):
                raise ConfigError(f"{section}.{key} is empty; name the dataset column (e.g. {section}.{key}={key.split('_')[0]})")
        if self.encoding != "auto":
            try:
                codecs.lookup(self.encoding)
            except LookupError:
                raise ConfigError(f"{section + '.' if section else ''}encoding={self.encoding!r} is not a known encoding "
                                  "(use auto or a Python codec name such as utf-8, cp949, euc-kr)") from None


@dataclass(frozen=True)
class RawRecord:
    """One input before parsing: a file's decoded text or a dataset row's text."""

    id: str
    """File stem (relative path without suffix in a folder), the row's id field, or its line/row number."""
    text: str
    """Raw article text (page copy, clean body or HTML)."""
    source: str
    """Where it came from: the file path, or ``path:line N`` / ``path:row N``."""
    kind: str
    """``txt`` | ``html`` | ``record`` (a dataset row)."""
    title: str = ""
    """The row's title field, when the dataset has one."""
    fields: Mapping[str, Any] = field(default_factory=dict)
    """All columns of a dataset row (evaluation reads the reference ``summary`` from here)."""
    warnings: tuple[str, ...] = ()
    """Encoding repairs made while reading (mojibake reversed, bad bytes dropped at byte offsets …)."""


def input_kind(path: Path, type_: str) -> str:
    """The reader for ``path``: ``type_`` itself, or for ``auto`` the folder/extension rule."""
    if type_ not in INPUT_TYPES:
        raise ValueError(f"input.type={type_!r} is not one of {', '.join(INPUT_TYPES)}")
    if type_ != "auto":
        return type_
    if path.is_dir():
        return "folder"
    kind = _EXTENSIONS.get(path.suffix.lower())
    if kind is None:
        raise InputError(
            str(path), f"cannot tell the input type from the extension {path.suffix!r}; use one of {', '.join(sorted(_EXTENSIONS))} or set input.type"
        )
    return kind


def read_records(path: str | Path, config: InputConfig) -> Iterator[RawRecord | Failure]:
    """Raw records of ``path`` in input order; unreadable items come out as :class:`Failure`.

    Raises :class:`InputError` when ``path`` itself is unusable (missing, or a
    dataset without the configured text column).
    """
    path = Path(path)
    if not path.exists():
        raise InputError(str(path), "no such file or folder")
    kind = input_kind(path, config.type)
    if kind == "folder":
        if not path.is_dir():
            raise InputError(str(path), "input.type=folder but this is not a folder")
        yield from _read_folder(path, config)
    elif kind in ("txt", "html"):
        try:
            yield _read_file(path, kind, path.stem, config.encoding)
        except InputError as exc:
            yield Failure(str(path), str(exc))
    elif kind == "jsonl":
        yield from _read_jsonl(path, config)
    else:
        yield from _read_table(path, kind, config)


def _read_file(path: Path, kind: str, id: str, encoding: str = "auto") -> RawRecord:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read ({exc.strerror})") from None
    decoded = decode_with(data, encoding, str(path))
    return RawRecord(id=id, text=decoded.text, source=str(path), kind=kind, warnings=decoded.warnings)


def _read_folder(folder: Path, config: InputConfig) -> Iterator[RawRecord | Failure]:
    pattern = "**/*" if config.recursive else "*"
    files = sorted(
        p for p in folder.glob(pattern)
        if p.suffix.lower() in _FOLDER_KINDS and p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )
    for path in files:
        id = path.relative_to(folder).with_suffix("").as_posix()
        try:
            yield _read_file(path, _FOLDER_KINDS[path.suffix.lower()], id, config.encoding)
        except InputError as exc:
            yield Failure(str(path), str(exc))


def _field_text(value: Any) -> str | None:
    """A text column's value as text: a string, or a list of strings (sentences) joined by newlines."""
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return "\n".join(value)
    return None


def _record(row: Mapping[str, Any], number: int, source: str, config: InputConfig) -> RawRecord | Failure:
    """A dataset row -> :class:`RawRecord`, or a :class:`Failure` naming ``source``."""
    if config.text_field not in row:
        return Failure(source, f"{source}: no {config.text_field!r} field (input.text_field); fields here: {', '.join(map(str, row)) or 'none'}")
    if row[config.text_field] is None:
        return Failure(source, f"{source}: empty {config.text_field!r} field")
    text = _field_text(row[config.text_field])
    if text is None:
        kind = type(row[config.text_field]).__name__
        return Failure(source, f"{source}: field {config.text_field!r} holds {kind}, not text")
    id_value = row.get(config.id_field)
    title = row.get(config.title_field)
    title = title if isinstance(title, str) else ""
    try:  # a dataset row's text can carry the same mojibake as a file's bytes
        text = repair_text(text, source)
        title = repair_text(title, source)
    except InputError as exc:
        return Failure(source, str(exc))
    return RawRecord(
        id=str(id_value) if id_value not in (None, "") else str(number),
        text=text.text,
        source=source,
        kind="record",
        title=title.text,
        fields=dict(row),
        warnings=text.warnings + title.warnings,
    )


@dataclass(frozen=True)
class JsonLine:
    """One JSON object of a JSONL file."""

    number: int
    """1-based line number."""
    source: str
    """``path:line N``."""
    row: dict


def read_json_lines(path: str | Path) -> Iterator[JsonLine | Failure]:
    """The JSON objects of a JSONL file, streamed; a line that is not a UTF-8 JSON object is a :class:`Failure`.

    The one JSONL reader: summarize inputs, evaluation data, predictions, pairs files and
    training metrics all come through it.
    """
    path = Path(path)
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            source = f"{path}:line {number}"
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield Failure(source, f"{source}: not UTF-8 ({exc.reason} at byte {exc.start})")
                continue
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Failure(source, f"{source}: malformed JSON ({exc.msg} at column {exc.colno})")
                continue
            if not isinstance(row, dict):
                yield Failure(source, f"{source}: expected a JSON object, got {type(row).__name__}")
                continue
            yield JsonLine(number, source, row)


def _read_jsonl(path: Path, config: InputConfig) -> Iterator[RawRecord | Failure]:
    for line in read_json_lines(path):
        yield line if isinstance(line, Failure) else _record(line.row, line.number, line.source, config)


def read_sci_news(path: str | Path) -> Iterator[Pair | Failure]:
    """A folder of sci-news JSON files (``{"title", "sentences", "summaries": [indices]}``), or one such file.

    Each file is a :class:`Pair`: the sentences joined as one paragraph (their lost final
    periods put back so Kiwi splits them again) and the picked sentences, in order, as bullets.
    Raises :class:`InputError` when ``path`` holds no such file.
    """
    folder = Path(path)
    files = sorted(folder.glob("*.json")) if folder.is_dir() else [folder]
    if not files or not files[0].is_file():
        raise InputError(str(path), "no sci-news *.json files found")
    for file in files:
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
            sentences, picked = data["sentences"], data["summaries"]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            yield Failure(str(file), f"{file}: not a sci-news file with 'sentences' and 'summaries' ({exc})")
            continue
        if not isinstance(sentences, list) or not all(isinstance(i, int) and 0 <= i < len(sentences) for i in picked):
            yield Failure(str(file), f"{file}: summaries {picked} must index its {len(sentences)} sentences")
            continue
        text = " ".join(s.strip() if s.strip().endswith((".", "?", "!")) else s.strip() + "." for s in sentences if s.strip())
        if not text:
            yield Failure(str(file), f"{file}: no sentences")
            continue
        yield Pair(text, tuple(sentences[i].strip() for i in picked), id=file.stem, title=str(data.get("title", "")),
                   source=str(file))


def _table_rows(path: Path, kind: str, required: str | None, setting: str) -> Iterator[tuple[int, str, dict]]:
    """``(row number, "path:row N", row)`` of a CSV/TSV/Parquet file through ``datasets`` (a packaged builder: no hub access), streamed.

    Raises :class:`InputError` when the file cannot be read or its first row lacks the ``required``
    column (``setting``: the config key that names it).
    """
    import datasets

    options = {"sep": "\t"} if path.suffix.lower() == ".tsv" else {}
    progress = datasets.utils.logging.is_progress_bar_enabled()
    datasets.utils.logging.disable_progress_bar()
    try:
        rows = datasets.load_dataset(kind, data_files=str(path), split="train", streaming=True, **options)
        for number, row in enumerate(rows, start=1):
            if number == 1 and required and required not in row:
                raise InputError(
                    str(path), f"no column {required!r} ({setting}); available columns: {', '.join(map(str, row))}"
                )
            yield number, f"{path}:row {number}", row
    except InputError:
        raise
    except Exception as exc:  # pyarrow/datasets raise many types for a broken table
        raise InputError(str(path), f"cannot read as {kind} ({type(exc).__name__}: {exc})") from None
    finally:
        if progress:
            datasets.utils.logging.enable_progress_bar()


def _read_table(path: Path, kind: str, config: InputConfig) -> Iterator[RawRecord | Failure]:
    for number, source, row in _table_rows(path, kind, config.text_field, "input.text_field"):
        yield _record(row, number, source, config)


PAIR_FILES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv", ".tsv": "csv", ".parquet": "parquet"}


def summary_bullets(value: Any, source: str) -> tuple[str, ...]:
    """A summary field as bullets: a string is one bullet per line, a list one bullet per item.

    List marks, blank lines and a ``[기사요약]`` header line are dropped; any other value is an
    :class:`InputError` naming ``source``.
    """
    if value is None:
        return ()
    if isinstance(value, str):
        items = value.splitlines()
    elif isinstance(value, (list, tuple)) and all(isinstance(v, str) or v is None for v in value):
        items = [v for v in value if v is not None]
    else:
        raise InputError(source, f"a summary must be a list of bullets or a string, got {type(value).__name__}")
    bullets = (strip_bullet_mark(item) for item in items)
    return tuple(b for b in bullets if b and b != "[기사요약]")


def _pair_rows(path: Path) -> Iterator[tuple[int, str, dict] | Failure]:
    """Rows of a pairs file: JSONL (``.json`` too: JSON lines), CSV/TSV, Parquet or a ``datasets`` folder."""
    if path.is_dir():
        import datasets

        try:
            loaded = datasets.load_from_disk(str(path))
        except Exception as exc:  # not a save_to_disk folder
            raise InputError(str(path), f"not a datasets folder ({type(exc).__name__}: {exc})") from None
        if isinstance(loaded, datasets.DatasetDict):
            if "train" not in loaded:
                raise InputError(str(path), f"holds splits {sorted(loaded)}; point to one split's folder")
            loaded = loaded["train"]
        for number, row in enumerate(loaded, start=1):  # memory-mapped Arrow: rows are read as they are used
            yield number, f"{path}:row {number}", row
        return
    kind = PAIR_FILES.get(path.suffix.lower())
    if kind is None:
        raise InputError(str(path), f"unsupported pairs file; use one of {', '.join(sorted(PAIR_FILES))} or a datasets folder")
    if kind == "jsonl":
        for line in read_json_lines(path):
            yield line if isinstance(line, Failure) else (line.number, line.source, line.row)
    else:
        yield from _table_rows(path, kind, None, "")


@dataclass(frozen=True)
class EmptyPair(Failure):
    """A pairs-file row without article text or without a summary bullet: skipped, never trained on."""

    missing: str = "text"
    """``text`` or ``summary``."""


def read_pairs(path: str | Path, text_field: str = "text", summary_field: str = "summary",
               id_field: str = "id") -> Iterator[Pair | Failure]:
    """Article/summary pairs of a pairs file, streamed: pair collection's output, fine-tuning data.

    A row without text or without a bullet is an :class:`EmptyPair`, an unreadable row a :class:`Failure`;
    a first row lacking ``text_field`` or ``summary_field`` raises :class:`InputError` naming the
    fields it has.
    """
    path = Path(path)
    if not path.exists():
        raise InputError(str(path), "pairs file not found")
    for item in _pair_rows(path):
        if isinstance(item, Failure):
            yield item
            continue
        number, source, row = item
        missing = [f for f in (text_field, summary_field) if f not in row]
        if missing:
            if number == 1:
                raise InputError(str(path), f"field(s) {missing} not found; available fields: {list(row)} "
                                            "(set data.text_field / data.summary_field)")
            yield Failure(source, f"{source}: no field(s) {missing}")
            continue
        text = row[text_field]
        text = _field_text(text) if text is not None else ""
        if text is None:
            yield Failure(source, f"{source}: field {text_field!r} holds {type(row[text_field]).__name__}, not text")
            continue
        text = text.strip()
        if not text:
            yield EmptyPair(source, f"{source}: empty {text_field!r}", missing="text")
            continue
        try:
            bullets = summary_bullets(row[summary_field], source)
        except InputError as exc:
            yield Failure(source, str(exc))
            continue
        if not bullets:
            yield EmptyPair(source, f"{source}: no bullet in {summary_field!r}", missing="summary")
            continue
        title, published = row.get("title"), row.get("published")
        yield Pair(text, bullets, id=str(row.get(id_field) or number), title=title if isinstance(title, str) else "",
                   source=source, published=published if isinstance(published, str) else None)


def to_article(record: RawRecord) -> Article:
    """Parse one raw record; raises :class:`InputError` naming its source. Encoding repairs join the article's warnings."""
    if record.kind == "html":
        article = parse_html(record.text, id=record.id, source=record.source)
    else:
        article = parse_article(record.text, id=record.id, source=record.source, title=record.title)
    if record.warnings:
        article = dataclasses.replace(article, warnings=record.warnings + article.warnings)
    return article


def read_articles(path: str | Path, config: InputConfig) -> Iterator[Article | Failure]:
    """Articles of ``path`` in input order; inputs that cannot be read or parsed come out as :class:`Failure`."""
    for record in read_records(path, config):
        if isinstance(record, Failure):
            yield record
            continue
        try:
            yield to_article(record)
        except InputError as exc:
            yield Failure(record.source, str(exc))


def read_article_file(path: str | Path, encoding: str = "auto") -> Article:
    """One ``.txt`` or ``.html``/``.htm`` file as an article (any other extension is read as text)."""
    path = Path(path)
    if not path.is_file():
        raise InputError(str(path), "no such file")
    kind = "html" if path.suffix.lower() in (".html", ".htm") else "txt"
    return to_article(_read_file(path, kind, path.stem, encoding))
