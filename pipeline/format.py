"""Output formatting: the ``[기사요약]`` text block and JSONL records."""
from __future__ import annotations

import re
from dataclasses import asdict

from pipeline.records import Article, Summary
from pipeline.text import strip_bullet_mark

__all__ = ["SUMMARY_HEADER", "format_block", "remove_final_period", "strip_bullet_mark", "summary_record"]

SUMMARY_HEADER = "[기사요약]"

_FINAL_PERIOD = re.compile(r"[\s.。]+$")


def remove_final_period(text: str) -> str:
    """Bullets never end in a period (nor in an ellipsis of periods)."""
    return _FINAL_PERIOD.sub("", text)


def format_block(bullets: list[str] | tuple[str, ...]) -> str:
    """The seed's shape: a ``[기사요약]`` line, then one bullet per line."""
    return "\n".join([SUMMARY_HEADER, *(" ".join(b.split()) for b in bullets)])


def summary_record(summary: Summary, article: Article | None = None, with_body: bool = False) -> dict:
    """The JSONL record written for one summarized input.

    With the ``article`` the summary came from, each ``source_sentences`` entry also
    carries the sentence's ``text`` (``article.body[start:end]``), so a reader can check
    a bullet against its source without the body; ``with_body`` adds the body itself.
    """
    body = article.body if article is not None else None
    refs = []
    for ref in summary.source_sentences:
        entry = asdict(ref) if ref is not None else None
        if entry is not None and body is not None:
            entry["text"] = body[ref.start : ref.end]
        refs.append(entry)
    record = {
        "id": summary.id,
        "title": summary.title,
        "bullets": list(summary.bullets),
        "summary": format_block(summary.bullets),
        "engine": summary.engine,
        "source_sentences": refs,
        "warnings": list(summary.warnings),
        **({"info": summary.info} if summary.info else {}),
    }
    if with_body and body is not None:
        record["body"] = body
    return record
