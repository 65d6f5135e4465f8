"""Evaluation data: examples with a reference summary and the article an engine may read.

Every file is read through :mod:`pipeline.ingest`. Sources (``data.type``):
- ``jsonl`` / ``csv`` / ``parquet``: records with an id, the article text and the
  reference summary (a list of bullets, or a string with one bullet per line).
- ``articles``: a folder (or file) of raw articles; each page's own ``[기사요약]`` block
  is the reference and ingestion removes it from the body the engines read.
- ``sci-news``: a folder of JSON files ``{"title", "sentences", "summaries": [indices]}``.
- ``predictions``: JSONL rows ``{id, system, bullets, summary}`` scored without running an
  engine; references (and article texts) may come from ``data.references`` instead.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.config.evaluate import DataConfig
from pipeline.errors import InputError
from pipeline.evaluation.rouge import as_bullets
from pipeline.ingest import InputConfig, read_articles, read_json_lines, read_records, read_sci_news, to_article
from pipeline.records import Article, Failure
from pipeline.text import has_hangul



@dataclass(frozen=True)
class Example:
    """One article with its reference summary (and, for predictions, the systems' bullets)."""

    id: str
    reference: tuple[str, ...]
    """Reference bullets."""
    article: Article | None
    """What an engine reads (never contains the reference block); None when only predictions are scored."""
    predictions: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """System name -> bullets, for the ``predictions`` data type."""
    source: str = ""


@dataclass
class Loaded:
    examples: list[Example]
    failures: list[Failure]
    """Inputs that were skipped, each naming its source."""
    warnings: list[str] = field(default_factory=list)
    """Examples kept but doubtful (empty reference, reference without Korean), each naming its source."""


def _bullets(value: Any, source: str, what: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(as_bullets(value))
    if isinstance(value, (list, tuple)):
        return tuple(as_bullets([str(v) for v in value]))
    raise InputError(source, f"{what} must be a list of bullets or a string, got {type(value).__name__}")


def _input_config(config: DataConfig, kind: str) -> InputConfig:
    return InputConfig(type="auto" if kind == "articles" else kind, id_field=config.id_field,
                       title_field=config.title_field, text_field=config.text_field)


def _records(config: DataConfig, kind: str, path: str) -> Iterator[Example | Failure]:
    for record in read_records(path, _input_config(config, kind)):
        if isinstance(record, Failure):
            yield record
            continue
        if config.summary_field not in record.fields:
            yield Failure(record.source, f"{record.source}: no reference field {config.summary_field!r} "
                                         f"(fields: {', '.join(map(str, record.fields))}); set data.summary_field")
            continue
        try:
            reference = _bullets(record.fields[config.summary_field], record.source, config.summary_field)
            article = to_article(record)
        except InputError as exc:
            yield Failure(record.source, str(exc))
            continue
        yield Example(str(record.id), reference, article, source=record.source)


def _raw_articles(config: DataConfig, path: str) -> Iterator[Example | Failure]:
    for article in read_articles(path, _input_config(config, "articles")):
        if isinstance(article, Failure):
            yield article
        elif not article.summary:
            where = article.source or article.id
            yield Failure(where, f"{where}: no [기사요약] block to use as the reference; skipped")
        else:
            yield Example(article.id, tuple(article.summary), article, source=article.source)


def _sci_news(path: str) -> Iterator[Example | Failure]:
    for pair in read_sci_news(path):
        if isinstance(pair, Failure):
            yield pair
        else:
            yield Example(pair.id, pair.bullets, pair.to_article(), source=pair.source)


def _prediction_rows(config: DataConfig) -> Iterator[dict | Failure]:
    path = Path(config.path)
    if not path.is_file():
        raise InputError(config.path, "predictions file not found")
    for line in read_json_lines(path):
        if isinstance(line, Failure):
            yield line
        elif config.id_field not in line.row or config.prediction_field not in line.row:
            yield Failure(line.source, f"{line.source}: needs fields {config.id_field!r} and {config.prediction_field!r}")
        else:
            yield {**line.row, "_source": line.source}


def _mismatch(only_predictions: list[str], only_references: list[str]) -> str:
    def few(ids: list[str]) -> str:
        return ", ".join(ids[:5]) + (f" … (+{len(ids) - 5})" if len(ids) > 5 else "")

    parts = []
    if only_predictions:
        parts.append(f"{len(only_predictions)} id(s) only in the predictions: {few(only_predictions)}")
    if only_references:
        parts.append(f"{len(only_references)} id(s) only in the references: {few(only_references)}")
    return "predictions and references do not match; " + "; ".join(parts)


def _predictions(config: DataConfig) -> Iterator[Example | Failure]:
    by_id: dict[str, dict[str, tuple[str, ...]]] = {}
    rows: dict[str, dict] = {}
    for row in _prediction_rows(config):
        if isinstance(row, Failure):
            yield row
            continue
        example_id = str(row[config.id_field])
        system = str(row.get(config.system_field, "predictions"))
        bullets = by_id.setdefault(example_id, {})
        if system in bullets:
            yield Failure(row["_source"], f"{row['_source']}: second prediction of {system!r} for id {example_id!r}; skipped")
            continue
        bullets[system] = _bullets(row[config.prediction_field], row["_source"], config.prediction_field)
        rows.setdefault(example_id, row)
    if config.references:
        sub = DataConfig(**{**config.__dict__, "type": config.references_type, "path": config.references})
        references: dict[str, Example] = {}
        for item in _read(sub):
            if isinstance(item, Failure):
                yield item
            else:
                references.setdefault(item.id, item)
        if set(by_id) != set(references):
            raise ValueError(_mismatch([i for i in by_id if i not in references], [i for i in references if i not in by_id]))
        for example_id, example in references.items():
            yield Example(example.id, example.reference, example.article, by_id[example_id], example.source)
        return
    for example_id, row in rows.items():
        reference_field = config.summary_field if config.summary_field in row else "reference"
        if reference_field not in row:
            yield Failure(row["_source"], f"{row['_source']}: no reference field {config.summary_field!r}; "
                                          "set data.summary_field or give the references with data.references=PATH")
            continue
        text = row.get(config.text_field)
        article = None
        if isinstance(text, str) and text.strip():
            paragraphs = tuple(p.strip() for p in re.split(r"\n\s*\n", text) if p.strip())
            article = Article(id=example_id, title=str(row.get(config.title_field, "")), paragraphs=paragraphs)
        reference = _bullets(row[reference_field], row["_source"], reference_field)
        yield Example(example_id, reference, article, by_id[example_id], row["_source"])


def _read(config: DataConfig) -> Iterator[Example | Failure]:
    if config.type in ("jsonl", "csv", "parquet"):
        return _records(config, config.type, config.path)
    if config.type == "articles":
        return _raw_articles(config, config.path)
    if config.type == "sci-news":
        return _sci_news(config.path)
    return _predictions(config)


def load_examples(config: DataConfig, limit: int = 0) -> Loaded:
    """Read the evaluation examples; bad inputs are skipped and listed in ``failures``.

    ``limit`` > 0 keeps the first ``limit`` examples. Raises :class:`ValueError` when
    predictions and references do not match, :class:`InputError` when the path is unusable.
    """
    config.validate()
    if config.type != "predictions" and not Path(config.path).exists():
        raise InputError(config.path, f"data.path does not exist (data.type={config.type})")
    loaded = Loaded([], [])
    seen: set[str] = set()
    for item in _read(config):
        if isinstance(item, Failure):
            loaded.failures.append(item)
            continue
        if limit and len(loaded.examples) >= limit:
            continue
        if item.id in seen:
            loaded.failures.append(Failure(item.source, f"{item.source}: duplicate id {item.id!r}; skipped"))
            continue
        seen.add(item.id)
        if not item.reference:
            loaded.warnings.append(f"{item.source}: empty reference; its scores are 0")
        elif not has_hangul(" ".join(item.reference)):
            loaded.warnings.append(f"{item.source}: reference has no Korean text; Korean ROUGE may be meaningless")
        loaded.examples.append(item)
    return loaded
