"""Format checks of a bullet summary: count, length, headline style, duplicates, compression, novelty."""
from __future__ import annotations

from collections.abc import Sequence

from pipeline.analysis import PUNCT_TAGS, Analyzer
from pipeline.evaluation.tokens import morph_tokens
from pipeline.records import Morph

NOMINAL_ENDINGS = frozenset({"ᆷ", "음", "ㅁ"})
NEAR_DUPLICATE_JACCARD = 0.8  # token-set overlap at which two bullets say the same thing


def ends_like_a_sentence(bullet: str, morphs: Sequence[Morph]) -> bool:
    """A bullet should read as a headline: no final period and no sentence ending (``-다``, ``-요``)."""
    if bullet.rstrip().endswith((".", "。")):
        return True
    words = [m for m in morphs if m.tag not in PUNCT_TAGS]
    # Kiwi tags the nominal ending of 개조식 bullets ("요동침", "있음") as EF; that is headline style.
    return bool(words) and words[-1].tag == "EF" and words[-1].form not in NOMINAL_ENDINGS


def _ngrams(tokens: Sequence[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}


def near_duplicates(bullet_tokens: Sequence[Sequence[str]], threshold: float = NEAR_DUPLICATE_JACCARD) -> list[int]:
    """Indices of bullets whose token set overlaps an earlier bullet's by at least ``threshold`` (Jaccard)."""
    sets = [set(tokens) for tokens in bullet_tokens]
    dupes = []
    for i, current in enumerate(sets):
        for earlier in sets[:i]:
            union = current | earlier
            if union and len(current & earlier) / len(union) >= threshold:
                dupes.append(i)
                break
    return dupes


def format_checks(bullets: Sequence[str], bullet_morphs: Sequence[Sequence[Morph]], source: str,
                  source_tokens: Sequence[str]) -> dict:
    """Format facts of one summary; all numbers, never NaN (0 for an empty summary)."""
    tokens = [morph_tokens(m) for m in bullet_morphs]
    flat = [t for ts in tokens for t in ts]
    lengths = [len(b) for b in bullets]
    summary_chars = sum(len("".join(b.split())) for b in bullets)
    source_chars = len("".join(source.split()))
    source_bigrams = _ngrams(source_tokens, 2)
    bigrams = [tuple(ts[i : i + 2]) for ts in tokens for i in range(len(ts) - 1)]
    source_words = set(source_tokens)
    return {
        "bullets": len(bullets),
        "mean_bullet_chars": sum(lengths) / len(lengths) if lengths else 0.0,
        "max_bullet_chars": max(lengths, default=0),
        "sentence_endings": sum(ends_like_a_sentence(b, m) for b, m in zip(bullets, bullet_morphs)),
        "near_duplicates": len(near_duplicates(tokens)),
        "compression_ratio": source_chars / summary_chars if summary_chars else 0.0,
        "novel_unigram_ratio": sum(t not in source_words for t in flat) / len(flat) if flat else 0.0,
        "novel_bigram_ratio": sum(b not in source_bigrams for b in bigrams) / len(bigrams) if bigrams else 0.0,
    }


def check_format(bullets: Sequence[str], source: str, analyzer: Analyzer) -> dict:
    """:func:`format_checks` analysing the bullets and the source with ``analyzer``."""
    return format_checks(bullets, [analyzer.morphs(b) for b in bullets], source, morph_tokens(analyzer.morphs(source)))
