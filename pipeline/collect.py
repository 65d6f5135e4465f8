"""Pair collection: raw articles that carry an author-written ``[기사요약]`` block -> training pairs.

Reading order: read the folder through :mod:`pipeline.ingest` (sorted and recursive, so
runs are reproducible) -> keep articles with a summary block -> drop exact
duplicates (same body hash) and near-duplicates (re-published articles: MinHash
over character 5-grams) -> assign each pair to train/valid/test by a hash of its
id, so a re-run on a grown folder keeps earlier pairs in their split.
"""
from __future__ import annotations

import hashlib
import json
import unicodedata
from contextlib import ExitStack
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from pipeline.errors import InputError
from pipeline.files import atomic_open, atomic_write_text
from pipeline.ingest import InputConfig, read_articles
from pipeline.records import Failure, Pair

SPLIT_NAMES = ("train", "valid", "test")
SHINGLE = 5  # characters per shingle for near-duplicate detection
NUM_PERM = 128  # MinHash signature length
BANDS = 32  # LSH bands (NUM_PERM / BANDS rows each): pairs above ~0.5 similarity become candidates


@dataclass
class CollectReport:
    """Counts of one collection run."""

    files_seen: int = 0
    parsed: int = 0
    with_summary: int = 0
    without_summary: int = 0
    duplicates: int = 0
    """Exact duplicates (same body) plus near-duplicates."""
    near_duplicates: int = 0
    failures: list[Failure] = field(default_factory=list)
    """Every file that could not be read or parsed, or had a block but no body."""
    duplicate_of: list[dict] = field(default_factory=list)
    """``{"path", "kept", "kind"}`` for every dropped duplicate."""
    pairs: int = 0
    splits: dict[str, int] = field(default_factory=dict)


def body_key(text: str) -> str:
    """The body as compared for duplicates: NFC, no whitespace."""
    return "".join(unicodedata.normalize("NFC", text).split())


def pair_id(text: str) -> str:
    """Stable id of a body: 16 hex digits of SHA-1 over :func:`body_key`."""
    return hashlib.sha1(body_key(text).encode("utf-8")).hexdigest()[:16]


def split_of(id_: str, fractions: Sequence[float]) -> str:
    """The split of ``id_``: a uniform number from the id's hash against the cumulative fractions."""
    u = int(hashlib.sha256(id_.encode("ascii")).hexdigest()[:12], 16) / 16**12
    edge = 0.0
    for name, fraction in zip(SPLIT_NAMES, fractions):
        edge += fraction
        if u < edge:
            return name
    return next(n for n, f in reversed(list(zip(SPLIT_NAMES, fractions))) if f > 0)


class NearDuplicateIndex:
    """MinHash + LSH over character shingles: finds an earlier body at least ``threshold`` similar (Jaccard)."""

    def __init__(self, threshold: float = 0.8, seed: int = 0):
        import numpy as np

        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"near-duplicate threshold {threshold} must be in (0, 1]")
        self.threshold = threshold
        rng = np.random.default_rng(seed)
        self._a = rng.integers(1, 2**63, NUM_PERM, dtype=np.uint64) | np.uint64(1)
        self._b = rng.integers(0, 2**63, NUM_PERM, dtype=np.uint64)
        self._buckets: dict[tuple, list[int]] = {}
        self._signatures: list = []
        self._ids: list[str] = []

    def signature(self, text: str):
        import numpy as np

        key = body_key(text)
        shingles = {key[i:i + SHINGLE] for i in range(max(1, len(key) - SHINGLE + 1))}
        hashes = np.fromiter((int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "little")
                              for s in shingles), dtype=np.uint64, count=len(shingles))
        with np.errstate(over="ignore"):  # multiply-shift hashing wraps around 2**64 on purpose
            return ((self._a[:, None] * hashes[None, :] + self._b[:, None]) >> np.uint64(32)).min(axis=1)

    def find_or_add(self, id_: str, text: str) -> str | None:
        """The id of a near-duplicate already indexed, else None (and ``text`` is indexed)."""
        signature = self.signature(text)
        rows = NUM_PERM // BANDS
        keys = [(band, signature[band * rows:(band + 1) * rows].tobytes()) for band in range(BANDS)]
        candidates = {i for key in keys for i in self._buckets.get(key, ())}
        for i in sorted(candidates):
            if float((self._signatures[i] == signature).mean()) >= self.threshold:
                return self._ids[i]
        index = len(self._ids)
        self._ids.append(id_)
        self._signatures.append(signature)
        for key in keys:
            self._buckets.setdefault(key, []).append(index)
        return None


def collect_pairs(root: str | Path, near_duplicate: float = 0.8, encoding: str = "auto") -> tuple[list[Pair], CollectReport]:
    """Pairs from every article under ``root`` that has a ``[기사요약]`` block, duplicates dropped."""
    root = Path(root)
    if not root.is_dir():
        raise InputError(str(root), "not a folder")
    report = CollectReport()
    near = NearDuplicateIndex(near_duplicate) if near_duplicate < 1.0 else None
    seen: dict[str, str] = {}  # id -> source of the kept copy
    pairs: list[Pair] = []
    for article in read_articles(root, InputConfig(type="folder", recursive=True, encoding=encoding)):
        report.files_seen += 1
        if isinstance(article, Failure):
            report.failures.append(article)
            continue
        report.parsed += 1
        source = article.source
        bullets = tuple(b for b in article.summary if b.strip())
        if not bullets:
            report.without_summary += 1
            continue
        report.with_summary += 1
        body = article.body
        if not body.strip():
            report.failures.append(Failure(source, f"{source}: a [기사요약] block but no body text"))
            continue
        id_ = pair_id(body)
        if id_ in seen:
            report.duplicates += 1
            report.duplicate_of.append({"path": source, "kept": seen[id_], "kind": "exact"})
            continue
        similar = near.find_or_add(id_, body) if near is not None else None
        if similar is not None:
            report.duplicates += 1
            report.near_duplicates += 1
            report.duplicate_of.append({"path": source, "kept": seen[similar], "kind": "near"})
            continue
        seen[id_] = source
        pairs.append(Pair(body, bullets, id=id_, title=article.title, source=source, published=article.published))
    report.pairs = len(pairs)
    return pairs, report


def split_paths(output: Path) -> dict[str, Path]:
    """``pairs.jsonl`` -> ``pairs.train.jsonl``, ``pairs.valid.jsonl``, ``pairs.test.jsonl``."""
    return {name: output.with_name(f"{output.stem}.{name}{output.suffix or '.jsonl'}") for name in SPLIT_NAMES}


def write_pairs(pairs: Iterable[Pair], output: str | Path, fractions: Sequence[float],
                report: CollectReport) -> dict[str, Path]:
    """All pairs to ``output``, each split to its own file, and the report to ``<stem>.report.json``.

    Each file is written whole (``.partial``, then renamed), so a failed run leaves the previous files.
    """
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    paths = split_paths(output)
    report.splits = dict.fromkeys(SPLIT_NAMES, 0)
    with ExitStack() as stack:
        files = {name: stack.enter_context(atomic_open(path)) for name, path in paths.items()}
        everything = stack.enter_context(atomic_open(output))
        for pair in pairs:
            line = json.dumps(pair.to_json(), ensure_ascii=False) + "\n"
            split = split_of(pair.id, fractions)
            everything.write(line)
            files[split].write(line)
            report.splits[split] += 1
    report_path = output.with_name(f"{output.stem}.report.json")
    atomic_write_text(report_path, json.dumps(asdict(report), ensure_ascii=False, indent=2) + "\n")
    return {"all": output, **paths, "report": report_path}
