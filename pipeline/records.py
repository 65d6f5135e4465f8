"""Typed records passed between pipeline stages.

Every record is a frozen dataclass. Character offsets always point into
``Article.body`` (paragraphs joined by ``PARAGRAPH_SEP``), so any bullet can be
traced back to the exact sentence it came from.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

PARAGRAPH_SEP = "\n\n"


@dataclass(frozen=True)
class Article:
    """One news article after ingestion and cleaning."""

    id: str
    """Stable identifier: the record's id field, the file stem, or a content hash."""
    title: str
    """Headline; empty string when the source has none."""
    paragraphs: tuple[str, ...]
    """Body paragraphs, boilerplate removed, in reading order."""
    subtitle: str = ""
    """Sub-headline (부제) when the page has one; several sub-headline lines stay one a line."""
    byline: str = ""
    """Reporter name and title, e.g. ``최봉 산업경제 전문기자``."""
    published: str | None = None
    """ISO 8601 publication time (``2025-01-29T00:30``) when the page states it."""
    updated: str | None = None
    """ISO 8601 time of the last update (``수정 :``) when the page states it."""
    summary: tuple[str, ...] = ()
    """The author's own ``[기사요약]`` bullets; never part of ``paragraphs``."""
    headings: tuple[Heading, ...] = ()
    """Section headings inside the body (lines such as ``• 딥시크, …``), kept out of ``paragraphs``."""
    series: str = ""
    """Series banner in front of the headline, e.g. ``[생성형 AI(Generative AI), … (88)]``."""
    editor_note: str = ""
    """Editor's note (``<편집자 주>``) text, kept as metadata."""
    captions: tuple[str, ...] = ()
    """Photo captions and credits removed from the body."""
    source: str = ""
    """Where the article came from: file path, URL or ``dataset:row``."""
    warnings: tuple[str, ...] = ()
    """Problems noticed while reading the article (recorded, not fatal)."""

    @property
    def body(self) -> str:
        """The body text that all sentence offsets point into."""
        return PARAGRAPH_SEP.join(self.paragraphs)


@dataclass(frozen=True)
class Heading:
    """A section heading found inside the article body."""

    text: str
    """Heading text without its bullet mark."""
    paragraph: int
    """Index of the first paragraph that follows the heading."""


@dataclass(frozen=True, slots=True)
class Morph:
    """One Kiwi morpheme."""

    form: str
    """Surface form as Kiwi returns it (``했`` is ``하`` + ``었``)."""
    tag: str
    """Sejong-style POS tag (``NNG``, ``NNP``, ``SL``, ``SN``, ``VV``, ``EF`` …)."""
    start: int
    """Start offset in ``Article.body`` (or in the analysed text for free text)."""
    end: int
    """End offset (exclusive)."""


@dataclass(frozen=True)
class Sentence:
    """A sentence of the body with its morphemes, analysed once and reused by every stage."""

    index: int
    """Position among all sentences of the article."""
    paragraph: int
    """Index of the paragraph the sentence belongs to; sentences never cross paragraphs."""
    start: int
    """Start offset in ``Article.body``."""
    end: int
    """End offset in ``Article.body`` (exclusive)."""
    text: str
    """``Article.body[start:end]``."""
    morphs: tuple[Morph, ...]
    """Kiwi morphemes, offsets into ``Article.body``."""


@dataclass(frozen=True)
class Document:
    """An article together with its Kiwi analysis: what engines consume."""

    article: Article
    sentences: tuple[Sentence, ...]
    """Body sentences in reading order."""
    title_morphs: tuple[Morph, ...] = ()
    """Morphemes of the title (offsets into the title)."""
    heading_morphs: tuple[tuple[Morph, ...], ...] = ()
    """Morphemes of each section heading (offsets into the heading text)."""


@dataclass(frozen=True)
class SourceRef:
    """Where a bullet came from in ``Article.body``."""

    sentence: int
    """Index of the source sentence."""
    start: int
    """Start offset of that sentence in ``Article.body``."""
    end: int
    """End offset of that sentence in ``Article.body``."""


@dataclass(frozen=True)
class Summary:
    """An engine's output for one article."""

    id: str
    """The article's id."""
    title: str
    """The article's title."""
    bullets: tuple[str, ...]
    """Headline-style bullets, without a bullet mark and without a final period."""
    engine: str
    """Name of the engine that produced the bullets."""
    source_sentences: tuple[SourceRef | None, ...] = ()
    """One entry per bullet: the sentence it was compressed from (``None`` for abstractive bullets)."""
    warnings: tuple[str, ...] = ()
    """Recorded problems: short article, truncation, unsupported numbers …"""
    info: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    """Engine-specific facts, e.g. ``{"chunks": 3}`` for seq2seq."""


@dataclass(frozen=True)
class Pair:
    """An article body with its reference bullets: a collected pair, a fine-tuning or evaluation example."""

    text: str
    """Article body (paragraphs separated by blank lines), without the summary block."""
    bullets: tuple[str, ...]
    """Reference bullets (the author's ``[기사요약]`` block), without list marks."""
    id: str = ""
    """Stable id (collected pairs: a hash of the body, so the same article always gets the same id)."""
    title: str = ""
    source: str = ""
    """Where the pair came from: file path or ``path:line N``."""
    published: str | None = None
    """ISO 8601 publication time when the page states it."""

    def to_article(self) -> Article:
        """The body as an article to summarize (paragraphs at blank lines); the reference bullets stay out of it."""
        paragraphs = tuple(p.strip() for p in self.text.split("\n\n") if p.strip())
        return Article(id=self.id, title=self.title, paragraphs=paragraphs, published=self.published, source=self.source)

    def to_json(self) -> dict:
        """The pairs-file row: every field, plus ``summary`` (the bullets one per line)."""
        record = asdict(self)
        record["bullets"] = list(self.bullets)
        record["summary"] = "\n".join(self.bullets)
        return record


@dataclass(frozen=True)
class Failure:
    """An input that could not be read or used; the batch goes on without it."""

    source: str
    """What failed: ``path``, ``path:line N`` or ``path:row N``."""
    error: str
    """What failed and why, naming the source, e.g. ``in.jsonl:line 3: malformed JSON (…)``."""
