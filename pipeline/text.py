"""Text facts every stage shares: is there Hangul (and how much), where a bullet's list mark ends, and which
quotation marks pair up (a straight mark with a curly one of its family: "…” is one quotation).

Each is written once here: the parser reads the author's ``[기사요약]`` block with
the same bullet-mark rule the formatter and the evaluation use, so ``3.5조 원``
is a number everywhere and never the list mark ``3.`` in front of ``5조 원``.
"""
from __future__ import annotations

import functools
import re

HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]")
"""A Hangul syllable or compatibility jamo."""

# Marks of items written in one line ("▲A ▲B ▲C 등 4대 요구안", "△A △B").
INLINE_LIST_MARKS = frozenset("△▲▷▶◇◆■□●○•")
BULLET_MARK = re.compile(r"^\s*(?:[–—*•·∙‧▶▷►◆◇■□○●◎☞→※①-⑳]+|#(?=\d)|[-▲△▼]+(?!\d)|\d{1,2}(?:\.(?!\d)|\)))\s*")
"""A leading list mark: symbols (and "#" before a number: a case marked "#2명의 제보자가 …"), circled numbers, or ``1.`` / ``2)``. The one list-mark rule: the parser
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


# Units of a measured amount: money, ratios, magnitudes ("6백만달러", "12.5%", "20~50배", "3천억원"). A bare
# count ("우주인 3명") or a date ("2024년") states no measured fact.
WIRE_SERVICES = ("연합뉴스", "뉴시스", "뉴스1")  # the wire services whose name alone credits a photo
MEASURE_UNITS = frozenset({"%", "퍼센트", "배", "달러", "원", "유로", "엔", "위안", "파운드", "포인트", "%p", "톤", "배럴"})


def final_consonant(char: str) -> int | None:
    """Index (1–27) of a Hangul syllable's final consonant (ㄹ is 8), 0 when it has none, None for any other character."""
    code = ord(char) - 0xAC00 if len(char) == 1 else -1
    return code % 28 if 0 <= code < 11172 else None


RIEUL = 8  # index of ㄹ among final consonants


# Particles that take another form after a final consonant: (after a vowel, after a consonant).
PARTICLE_FORMS = (("는", "은"), ("가", "이"), ("를", "을"), ("와", "과"))
INSTRUMENTAL_FORMS = frozenset({"로", "로서", "로써", "로부터"})  # "으" before them after a final consonant but ㄹ


# How a Latin letter's name ends when read out, as a syllable a particle agrees with ("AI" ends on "이": "AI를"; "KBL"
# on "엘": "KBL은"; "CNN" on "엔": "CNN과"): only L, M, N and R end on a consonant.
LETTER_FINALS = {"L": "엘", "R": "알", "M": "엠", "N": "엔"}


def particle_after(word: str, particle: str) -> str:
    """The form of ``particle`` (은/는, 이/가, 을/를, 과/와, (으)로, given in either form) that fits the last syllable of
    ``word``: "원익" + "는" -> "은", "회사" + "은" -> "는"; after a Latin letter, as its name is read ("AI" + "을" ->
    "를", "KBL" + "는" -> "은"). After anything else it stays as given."""
    last = word[-1:]
    if last.isascii() and last.isalpha():
        last = LETTER_FINALS.get(last.upper(), "이")
    final = final_consonant(last) if last else None
    if final is not None and particle.removeprefix("으") in INSTRUMENTAL_FORMS:
        # "로" after a vowel or ㄹ ("서울로"), "으로" after any other final consonant ("등으로")
        return ("으" if final not in {0, RIEUL} else "") + particle.removeprefix("으")
    pair = next((p for p in PARTICLE_FORMS if particle in p), None)
    if final is None or pair is None:
        return particle
    return pair[1] if final else pair[0]


def has_bullet_mark(text: str) -> bool:
    """True when ``text`` starts with a list mark (``-``, ``•``, ``1.`` …)."""
    return BULLET_MARK.match(text) is not None


def strip_bullet_mark(text: str) -> str:
    """``text`` without its leading list mark and surrounding space."""
    return BULLET_MARK.sub("", text, count=1).strip()

# Quotation marks by family: a straight mark pairs with a curly one of its family ("…” is one quotation).
QUOTE_FAMILY = {"“": "double", "”": "double", '"': "double", "‘": "single", "’": "single", "'": "single",
                "「": "corner", "」": "corner", "『": "white corner", "』": "white corner"}
OPENING_MARKS = frozenset("“‘「『")
STRAIGHT_MARKS = frozenset("\"'")
QUOTE_MARK = re.compile("[" + re.escape("".join(QUOTE_FAMILY)) + "]")
# Curly marks a mixed pair is written with in a bullet ("…” -> “…”): a reader, and the final grammar, see one pair.
CURLY = {"double": ("“", "”"), "single": ("‘", "’")}


@functools.lru_cache(maxsize=64)  # each rendering of a sentence asks again (a str caches its hash)
def quotation_spans(text: str, start: int, stop: int) -> tuple[tuple[int, int], ...]:
    """Spans ``(opening, closing + 1)`` of the quotations in ``text[start:stop]``, their marks included.

    A straight mark closes an open quotation of its family, or opens one; an apostrophe between two letters
    ("McDonald's") is no mark. A closing mark with no opening (the sentence starts inside a quotation) spans from
    ``start``; an opening mark never closed spans to ``stop``.
    """
    spans, open_ = [], []  # open_: (family, position) of the quotations not closed yet, innermost last
    for found in QUOTE_MARK.finditer(text, start, stop):
        x, ch = found.start(), found.group()
        family = QUOTE_FAMILY[ch]
        if ch == "'" and 0 < x < len(text) - 1 and text[x - 1].isalpha() and text[x + 1].isalpha() \
                and text[x - 1].isascii() and text[x + 1].isascii():
            continue
        at = next((n for n in range(len(open_) - 1, -1, -1) if open_[n][0] == family), None)
        if ch in OPENING_MARKS or ch in STRAIGHT_MARKS and at is None:
            open_.append((family, x))
            continue
        if at is None:  # a closing mark whose quotation opened before this text
            spans.append((start, x + 1))
            continue
        spans.append((open_[at][1], x + 1))
        del open_[at:]
    spans.extend((x, stop) for _, x in open_)
    return tuple(sorted(spans))


def quoted_at(text: str, position: int) -> bool:
    """Whether ``text[position]`` lies inside one of its quotations (see :func:`quotation_spans`)."""
    return any(start <= position < stop for start, stop in quotation_spans(text, 0, len(text)))


def paired_marks(text: str) -> str:
    """A mixed pair of quotation marks ("…”, ‘…') written as one curly pair; the words stay as they are."""
    if not any(ch in STRAIGHT_MARKS for ch in text):
        return text
    chars = list(text)
    for q0, q1 in quotation_spans(text, 0, len(text)):
        opening, closing = text[q0], text[q1 - 1]
        family = QUOTE_FAMILY.get(opening)
        if family not in CURLY or QUOTE_FAMILY.get(closing) != family or q1 - 1 == q0:
            continue
        if (opening in STRAIGHT_MARKS) != (closing in STRAIGHT_MARKS):
            chars[q0], chars[q1 - 1] = CURLY[family]
    return "".join(chars)
