"""Faithfulness: numbers and names in a summary that the source article does not contain.

A summary that turns 87% into 85% can keep a high ROUGE; this check catches it.
Numbers are Kiwi ``SN`` morphemes joined with Korean numeral units (``NR``: 백, 만,
억 …) and their unit (``달러``, ``%``, ``배`` …), compared by normalised value, so
``6백만달러``, ``600만 달러`` and ``6,000,000달러`` are the same number. Names are
proper nouns and foreign words (``NNP``, ``SL``).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from pipeline.analysis import Analyzer
from pipeline.records import Document, Morph

__all__ = ["CHECKED_NAME_TAGS", "NumberMention", "SourceFacts", "Unsupported", "check_summary", "find_numbers",
           "find_unsupported", "numerals", "parse_korean_number", "plain_number"]

CHECKED_NAME_TAGS = frozenset({"NNP", "SL"})
_SMALL_UNITS = {"십": 10, "백": 100, "천": 1000}
_BIG_UNITS = {"만": 10**4, "억": 10**8, "조": 10**12, "경": 10**16}
_NUMERAL_NR = re.compile(r"[십백천만억조경]+")
_NUMBER_PART = re.compile(r"\d+(?:\.\d+)?|[십백천만억조경]")
# Nouns Kiwi tags NNG that still act as units after a number.
_UNIT_NOUNS = frozenset({"배", "퍼센트", "프로", "달러", "원", "위안", "엔", "유로", "배럴", "톤", "킬로그램", "미터", "포인트", "세대", "인치"})
_UNIT_SYNONYMS = {"퍼센트": "%", "프로": "%"}
_UNIT_SYMBOLS = frozenset({"%", "℃", "°", "$", "‰"})
_RANGE_MARKS = frozenset({"~", "-", "–", "∼", "〜"})


@dataclass(frozen=True)
class Unsupported:
    """What a summary states that its source does not."""

    numbers: tuple[str, ...]
    """Numbers (with unit) in the summary whose normalised value does not occur in the source."""
    names: tuple[str, ...]
    """Proper nouns / foreign words (NNP, SL) of the summary absent from the source."""
    n_numbers: int = field(default=0, compare=False)
    """How many distinct numbers the summary states (the denominator of the unsupported number rate)."""
    n_names: int = field(default=0, compare=False)
    """How many distinct names the summary mentions."""


@dataclass(frozen=True)
class NumberMention:
    """A number as written and as compared."""

    text: str
    """Surface text, e.g. ``6백만달러``."""
    value: str
    """Normalised value in plain digits, e.g. ``6000000``."""
    unit: str
    """Unit morpheme (``달러``, ``%`` …) or empty."""


def parse_korean_number(text: str) -> Decimal | None:
    """Value of digits mixed with Korean numeral units: ``6백만`` -> 6000000, ``10억 2천만`` -> 1020000000.

    None when the text holds no digit or numeral unit.
    """
    parts = _NUMBER_PART.findall(text.replace(",", "").replace(" ", ""))
    if not parts:
        return None
    total, section, number = Decimal(0), Decimal(0), None
    for part in parts:
        if part in _SMALL_UNITS:
            section += (number if number is not None else 1) * _SMALL_UNITS[part]
            number = None
        elif part in _BIG_UNITS:
            section += number if number is not None else 0
            total += (section if section else 1) * _BIG_UNITS[part]
            section, number = Decimal(0), None
        else:
            try:
                number = Decimal(part)
            except InvalidOperation:
                return None
    return total + section + (number if number is not None else 0)


def plain_number(value: Decimal) -> str:
    """A number's value in plain digits, as compared: ``1.10`` -> ``1.1``, ``6E+6`` -> ``6000000``."""
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _is_numeral(morph: Morph) -> bool:
    return morph.tag == "SN" or (morph.tag == "NR" and _NUMERAL_NR.fullmatch(morph.form) is not None)


def _unit_of(morph: Morph, gap: int) -> str | None:
    if gap > 1:
        return None
    if morph.tag == "NNB" or (morph.tag == "NNG" and morph.form in _UNIT_NOUNS):
        return _UNIT_SYNONYMS.get(morph.form, morph.form)
    if morph.tag in {"SW", "SO"} and morph.form in _UNIT_SYMBOLS:
        return morph.form
    if morph.tag == "SL" and gap == 0 and len(morph.form) <= 3:  # 30km, 5nm
        return morph.form.lower()
    return None


def numerals(morphs: Sequence[Morph]) -> Iterator[tuple[int, int, Decimal | None]]:
    """Each number of a text as the span of its morphemes ``morphs[i:j]`` and its value: digits and Korean numeral
    units read together (``1조 1천억`` and ``1.1조`` are both 1100000000000; ``2,501`` is 2501); not a number glued
    to a name (``H100``, ``GPT4``)."""
    i = 0
    while i < len(morphs):
        glued_to_name = i > 0 and morphs[i - 1].tag == "SL" and morphs[i - 1].end == morphs[i].start  # H100, GPT4
        if not _is_numeral(morphs[i]) or glued_to_name:
            i += 1
            continue
        j = i + 1
        while j < len(morphs) and morphs[j].start - morphs[j - 1].end <= 1 and (
            (morphs[j].tag == "NR" and _is_numeral(morphs[j]))
            or (morphs[j].tag == "SN" and morphs[j - 1].tag == "NR" and morphs[j - 1].form[-1] in _BIG_UNITS)
        ):
            j += 1
        yield i, j, parse_korean_number("".join(m.form for m in morphs[i:j]))
        i = j


def find_numbers(morphs: Sequence[Morph], text: str) -> list[NumberMention]:
    """Numbers in ``text`` (analysed as ``morphs``, offsets into ``text``), with units."""
    found: list[tuple[NumberMention, int]] = []  # mention, index of the morph after it
    for i, j, value in numerals(morphs):
        end, unit = morphs[j - 1].end, ""
        if value is not None and j < len(morphs):
            found_unit = _unit_of(morphs[j], morphs[j].start - morphs[j - 1].end)
            if found_unit is not None:
                unit, end, j = found_unit, morphs[j].end, j + 1
        if value is not None:
            found.append((NumberMention(text[morphs[i].start : end], plain_number(value), unit), j))
    # In a range (20~50배) the first number takes the unit of the second.
    mentions = [m for m, _ in found]
    for k in range(len(found) - 1):
        mention, after = found[k]
        if not mention.unit and after < len(morphs) and morphs[after].form in _RANGE_MARKS and found[k + 1][0].unit:
            mentions[k] = NumberMention(mention.text, mention.value, found[k + 1][0].unit)
    return mentions


def _name_key(morph: Morph) -> str:
    return morph.form.lower()


@dataclass(frozen=True)
class SourceFacts:
    """The numbers and words of a source article, computed once and checked against many summaries."""

    text: str
    numbers: frozenset[tuple[str, str]]
    values: frozenset[str]
    unitless_values: frozenset[str]
    words: frozenset[str]

    @classmethod
    def from_morphs(cls, text: str, morphs: Sequence[Morph]) -> SourceFacts:
        numbers = find_numbers(morphs, text)
        return cls(
            text=text.lower(),
            numbers=frozenset((n.value, n.unit) for n in numbers),
            values=frozenset(n.value for n in numbers),
            unitless_values=frozenset(n.value for n in numbers if not n.unit),
            words=frozenset(_name_key(m) for m in morphs),
        )

    @classmethod
    def from_text(cls, text: str, analyzer: Analyzer) -> SourceFacts:
        return cls.from_morphs(text, analyzer.morphs(text))

    @classmethod
    def from_document(cls, doc: Document) -> SourceFacts:
        """Facts of an analysed article (title and body), reusing the Kiwi analysis the engines used."""
        body = cls.from_morphs(doc.article.body, [m for s in doc.sentences for m in s.morphs])
        if not doc.title_morphs:
            return body
        title = cls.from_morphs(doc.article.title, doc.title_morphs)  # title morph offsets point into the title
        return cls(
            text=title.text + "\n" + body.text,
            numbers=title.numbers | body.numbers,
            values=title.values | body.values,
            unitless_values=title.unitless_values | body.unitless_values,
            words=title.words | body.words,
        )

    def supports_number(self, number: NumberMention) -> bool:
        if (number.value, number.unit) in self.numbers or number.value in self.unitless_values:
            return True
        return not number.unit and number.value in self.values

    def supports_name(self, name: str) -> bool:
        key = name.lower()
        return key in self.words or key in self.text


def check_summary(bullets: Iterable[str], facts: SourceFacts, analyzer: Analyzer) -> Unsupported:
    """Unsupported numbers and names of ``bullets`` against precomputed source facts."""
    numbers: dict[str, bool] = {}
    names: dict[str, bool] = {}
    for bullet in bullets:
        morphs = analyzer.morphs(bullet)
        for number in find_numbers(morphs, bullet):
            if number.text not in numbers:
                numbers[number.text] = facts.supports_number(number)
        for morph in morphs:
            if morph.tag in CHECKED_NAME_TAGS and morph.form not in names:
                names[morph.form] = facts.supports_name(morph.form)
    return Unsupported(
        numbers=tuple(text for text, ok in numbers.items() if not ok),
        names=tuple(name for name, ok in names.items() if not ok),
        n_numbers=len(numbers),
        n_names=len(names),
    )


def find_unsupported(bullets: Sequence[str], source: str, analyzer: Analyzer) -> Unsupported:
    """Numbers and names in ``bullets`` that ``source`` (the article body) does not contain.

    A str is one bullet per line.
    """
    if isinstance(bullets, str):
        bullets = bullets.splitlines()
    return check_summary(bullets, SourceFacts.from_text(source, analyzer), analyzer)
