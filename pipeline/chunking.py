"""Sentence-aware chunking of an article to a model's input limit.

Sentences are packed greedily into chunks whose encoded length (special tokens
and prefix included, as measured by ``count_tokens`` on the joined text) never
exceeds ``max_tokens``. No sentence is cut in half unless it alone is longer than
the limit; such a sentence is split at word boundaries and reported in
``Chunk.split``. Every sentence lands in exactly one chunk (a split sentence in
consecutive chunks), so no text is silently dropped.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Chunk:
    """A run of consecutive sentences that fits the model's input."""

    sentences: tuple[int, ...]
    """Indices (into the given sentence list) of the sentences in this chunk, in order."""
    text: str
    """The sentences joined by ``joiner``."""
    tokens: int
    """Encoded length of ``text`` as ``count_tokens`` measured it."""
    split: tuple[int, ...] = ()
    """Sentences longer than the limit on their own, cut at word boundaries (a piece of each is here)."""


def chunk_sentences(
    sentences: Sequence[str],
    count_tokens: Callable[[str], int],
    max_tokens: int,
    joiner: str = " ",
) -> list[Chunk]:
    """Pack ``sentences`` into chunks of at most ``max_tokens`` encoded tokens.

    ``count_tokens(text)`` must return the full encoded length of ``text`` as the
    model sees it (prefix and special tokens included). Chunks are balanced: when an
    article needs n chunks, each gets about 1/n of it rather than n-1 full chunks and
    a scrap at the end.
    """
    if max_tokens < 1:
        raise ValueError(f"max_tokens={max_tokens} must be at least 1")
    pieces = _fit_pieces(sentences, count_tokens, max_tokens)
    if not pieces:
        return []
    chunks = _greedy(pieces, count_tokens, max_tokens, joiner)
    assert chunks is not None  # every piece fits max_tokens on its own
    if len(chunks) > 1:
        total = sum(c.tokens for c in chunks)
        target = math.ceil(total / len(chunks) * 1.1)
        while target < max_tokens:
            balanced = _greedy(pieces, count_tokens, target, joiner)
            if balanced is not None and len(balanced) == len(chunks):
                return balanced
            target = math.ceil(target * 1.1)
    return chunks


def _fit_pieces(sentences: Sequence[str], count_tokens, max_tokens: int) -> list[tuple[int, str, bool]]:
    """(sentence index, text, was split) pieces, each within ``max_tokens`` on its own."""
    pieces: list[tuple[int, str, bool]] = []
    for index, sentence in enumerate(sentences):
        sentence = sentence.strip()
        if not sentence:
            continue
        if count_tokens(sentence) <= max_tokens:
            pieces.append((index, sentence, False))
            continue
        for part in _split_long(sentence, count_tokens, max_tokens):
            pieces.append((index, part, True))
    return pieces


def _split_long(sentence: str, count_tokens, max_tokens: int) -> list[str]:
    """Cut a too-long sentence at spaces (or, for a single giant word, between characters)."""
    words = sentence.split()
    if len(words) == 1:
        words = list(sentence)
        sep = ""
    else:
        sep = " "
    parts: list[str] = []
    current: list[str] = []
    for word in words:
        candidate = sep.join(current + [word])
        if current and count_tokens(candidate) > max_tokens:
            parts.append(sep.join(current))
            current = [word]
        else:
            current.append(word)
        if len(current) == 1 and count_tokens(word) > max_tokens:
            if sep:  # a word longer than the limit: cut it between characters
                parts.extend(_split_long(word, count_tokens, max_tokens))
                current = []
            else:
                raise ValueError(f"a single character encodes to more than max_tokens={max_tokens} tokens")
    if current:
        parts.append(sep.join(current))
    return parts


def _greedy(pieces, count_tokens, max_tokens: int, joiner: str) -> list[Chunk] | None:
    """Greedy packing; None when a piece alone exceeds ``max_tokens``."""
    chunks: list[Chunk] = []
    current: list[tuple[int, str, bool]] = []
    current_tokens = 0

    def close() -> None:
        indices = tuple(dict.fromkeys(i for i, _, _ in current))
        split = tuple(dict.fromkeys(i for i, _, was_split in current if was_split))
        chunks.append(Chunk(indices, joiner.join(t for _, t, _ in current), current_tokens, split))

    for piece in pieces:
        if current:
            tokens = count_tokens(joiner.join([t for _, t, _ in current] + [piece[1]]))
            if tokens <= max_tokens:
                current.append(piece)
                current_tokens = tokens
                continue
            close()
        current = [piece]
        current_tokens = count_tokens(piece[1])
        if current_tokens > max_tokens:  # only when balancing with a target below the real limit
            return None
    if current:
        close()
    return chunks
