"""Text facts every stage shares: is there Hangul (and how much), and where a bullet's list mark ends.

Each is written once here: the parser reads the author's ``[기사요약]`` block with
the same bullet-mark rule the formatter and the evaluation use, so ``3.5조 원``
is a number everywhere and never the list mark ``3.`` in front of ``5조 원``.
"""
from __future__ import annotations

import re

HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]")
"""A Hangul syllable or compatibility jamo."""

BULLET_MARK = re.compile(r"^\s*(?:[–—*•·∙‧▶▷►◆◇■□○●◎☞→※①-⑳]+|[-▲△▼]+(?!\d)|\d{1,2}(?:\.(?!\d)|\)))\s*")
"""A leading list mark: symbols, circled numbers, or ``1.`` / ``2)``. The one list-mark rule: the parser
reads the author's block with it, formatting and evaluation strip it, selection skips list items by it.
A digit right after the period (``3.5조``), the minus (``-3도``) or ▲/▼ (``▲3.2%``, a rise) makes it a number."""


def has_hangul(text: str) -> bool:
    """True when ``text`` holds at least one Hangul character."""
    return HANGUL.search(text) is not None


def hangul_ratio(text: str) -> float:
    """Share of Hangul among the non-ASCII characters of ``text`` (U+FFFD not counted); 1.0 when there are none.

    A legacy decode that produced mojibake (``ì¤êµ­``, ``�븯吏�``) scores low; clean Korean scores near 1.
    """
    non_ascii = [ch for ch in text if ord(ch) > 0x7F and ch != "\ufffd"]
    if not non_ascii:
        return 1.0
    return sum(1 for ch in non_ascii if HANGUL.match(ch)) / len(non_ascii)


def final_consonant(char: str) -> int | None:
    """Index (1–27) of a Hangul syllable's final consonant (ㄹ is 8), 0 when it has none, None for any other character."""
    code = ord(char) - 0xAC00 if len(char) == 1 else -1
    return code % 28 if 0 <= code < 11172 else None


def has_bullet_mark(text: str) -> bool:
    """True when ``text`` starts with a list mark (``-``, ``•``, ``1.`` …)."""
    return BULLET_MARK.match(text) is not None


def strip_bullet_mark(text: str) -> str:
    """``text`` without its leading list mark and surrounding space."""
    return BULLET_MARK.sub("", text, count=1).strip()
