"""Output formatting: the ``[기사요약]`` text block and JSONL records."""
from __future__ import annotations

import re
from dataclasses import asdict

from pipeline.records import Summary

SUMMARY_HEADER = "[기사요약]"

# A bullet's leading mark; "1." only before a space, so "3.5조" keeps its number.
_BULLET_MARK = re.compile(r"^\s*(?:[-*•·▶▷►◆◇■□○●◎※→]+|\d{1,2}[.)](?=\s))\s*")
_FINAL_PERIOD = re.compile(r"[\s.。]+$")


def strip_bullet_mark(text: str) -> str:
    """Remove a leading bullet mark (``-``, ``•``, ``1.`` …) and surrounding space."""
    return _BULLET_MARK.sub("", text).strip()


def remove_final_period(text: str) -> str:
    """Bullets never end in a period (nor in an ellipsis of periods)."""
    return _FINAL_PERIOD.sub("", text)


def format_block(bullets: list[str] | tuple[str, ...]) -> str:
    """The seed's shape: a ``[기사요약]`` line, then one bullet per line."""
    return "\n".join([SUMMARY_HEADER, *(" ".join(b.split()) for b in bullets)])


def summary_record(summary: Summary, body: str | None = None) -> dict:
    """The JSONL record written for one summarized input.

    Given the article ``body`` the offsets point into, each source sentence also carries its ``text``.
    """
    sources = [asdict(ref) if ref is not None else None for ref in summary.source_sentences]
    if body is not None:
        sources = [source | {"text": body[source["start"] : source["end"]]} if source else None for source in sources]
    return {
        "id": summary.id,
        "title": summary.title,
        "bullets": list(summary.bullets),
        "summary": format_block(summary.bullets),
        "engine": summary.engine,
        "source_sentences": sources,
        "warnings": list(summary.warnings),
        **({"info": summary.info} if summary.info else {}),
    }
