"""Text in and out of a seq2seq model: sentences as the model reads them, generated text into bullets."""
from __future__ import annotations

from pipeline import compress
from pipeline.clean import normalize_text


def model_text(text: str) -> str:
    """A sentence as every seq2seq path feeds it (engine, training, validation): normalised, single spaces."""
    return " ".join(normalize_text(text).split())


def split_bullets(text: str, separator: str | None) -> list[str]:
    """Generated text into bullet candidates: split on ``separator`` (when set) and on newlines."""
    parts = text.split(separator) if separator else [text]
    return [line.strip() for part in parts for line in part.splitlines() if line.strip()]


class BulletReader:
    """Generated text -> finished bullets, the same in ``kosum summarize`` and in validation."""

    def __init__(self, separator: str | None, analyzer, max_chars: int):
        self.separator = None if separator == "\n" else separator
        self.analyzer = analyzer
        self.max_chars = max_chars

    def __call__(self, text: str) -> list[str]:
        # compress.finish_bullet: marks and final period off, headline endings, max_chars without cutting words
        finished = (compress.finish_bullet(b, self.analyzer, self.max_chars) for b in split_bullets(text, self.separator))
        return [b for b in finished if b]
