"""The article body cut into pieces for the page: plain text, and each bullet's source sentence marked."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.records import SourceRef


@dataclass(frozen=True)
class Segment:
    """A run of the article body; a source sentence when ``sentence`` is set."""

    text: str
    sentence: int | None = None
    """Index of the sentence, for a source sentence."""
    bullets: tuple[int, ...] = ()
    """1-based numbers of the bullets written from this sentence."""


def highlight_segments(body: str, refs: Sequence[SourceRef | None]) -> list[Segment]:
    """``body`` as consecutive segments, each bullet's source sentence its own segment.

    Overlapping or repeated references (two bullets from one sentence) become one
    segment listing both bullets; ``None`` (abstractive bullets) marks nothing.
    """
    by_sentence: dict[int, tuple[SourceRef, list[int]]] = {}
    for number, ref in enumerate(refs, start=1):
        if ref is not None and 0 <= ref.start < ref.end <= len(body):
            by_sentence.setdefault(ref.sentence, (ref, []))[1].append(number)
    segments: list[Segment] = []
    position = 0
    for ref, numbers in sorted(by_sentence.values(), key=lambda item: item[0].start):
        if ref.start < position:  # overlaps the previous mark: keep the earlier one
            continue
        if ref.start > position:
            segments.append(Segment(body[position : ref.start]))
        segments.append(Segment(body[ref.start : ref.end], ref.sentence, tuple(numbers)))
        position = ref.end
    if position < len(body):
        segments.append(Segment(body[position:]))
    return segments
