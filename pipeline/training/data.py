"""Training data: pairs file -> validated rows -> shortened sources -> token ids.

Pairs files are read by :mod:`pipeline.ingest`, the reader pair collection's output goes
through everywhere; rows with an empty body or empty summary are dropped and counted,
never trained on.
Sources are built the way the seq2seq engine builds its input (Kiwi sentences,
normalised, joined by spaces) and framed by the same ``Framer`` (prefix, BOS/EOS the
tokenizer does not add itself). Articles longer than ``max_source_tokens`` are
shortened (``selected``: the kiwi engine's best-ranked sentences that fit;
``truncate``: the lead up to a sentence boundary, the engine's first chunk), and the number of shortened
examples goes into the run's stats.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline import ingest
from pipeline.errors import ConfigError
from pipeline.records import Article, Failure, Pair
from pipeline.seq2seq.bullets import model_text
from pipeline.seq2seq.framing import Framer
from pipeline.training.separator import join_bullets

if TYPE_CHECKING:
    from pipeline.config.finetune import FinetuneConfig
    from pipeline.training.model import TrainingModel

@dataclass
class DataStats:
    """What happened to the rows of one pairs file."""

    rows: int = 0
    kept: int = 0
    dropped_empty_text: int = 0
    dropped_empty_summary: int = 0
    unreadable: int = 0
    """Rows that are not a usable record (malformed JSON, a summary that is neither text nor a list …)."""
    unreadable_examples: list[str] = field(default_factory=list)
    """The first few of those rows' errors, each naming its line or row."""
    shortened_sources: int = 0
    cut_targets: int = 0


def read_pairs(path: str | Path, text_field: str, summary_field: str,
               limit: int | None = None) -> tuple[list[Pair], DataStats]:
    """Usable pairs of ``path`` (read by :func:`pipeline.ingest.read_pairs`), at most ``limit``; the rest counted.

    Raises :class:`~pipeline.errors.InputError` when the file is missing or lacks the fields.
    """
    stats = DataStats()
    pairs: list[Pair] = []
    for item in ingest.read_pairs(path, text_field, summary_field):
        if limit is not None and len(pairs) >= limit:
            break
        stats.rows += 1
        if isinstance(item, ingest.EmptyPair):
            if item.missing == "text":
                stats.dropped_empty_text += 1
            else:
                stats.dropped_empty_summary += 1
        elif isinstance(item, Failure):
            stats.unreadable += 1
            if len(stats.unreadable_examples) < 5:
                stats.unreadable_examples.append(item.error)
        else:
            pairs.append(item)
    stats.kept = len(pairs)
    return pairs, stats


class SourceShortener:
    """Builds the encoder input of each article exactly as the seq2seq engine does at inference.

    The body is split into sentences by Kiwi, each sentence NFC-normalised with single
    spaces, and the sentences joined by a space (the engine's chunk joiner). When the
    result exceeds ``max_tokens``, ``selected`` keeps the kiwi engine's best-ranked
    sentences that fit (in article order) and ``truncate`` keeps the engine's first
    chunk, exactly what it summarizes with ``seq2seq.truncate=true``.
    """

    def __init__(self, framer: Framer, max_tokens: int, mode: str, analyzer=None):
        self.framer = framer
        self.max_tokens = max_tokens
        self.mode = mode
        self._analyzer = analyzer
        self._ranker = None

    def n_tokens(self, text: str) -> int:
        """Encoder length of ``text`` as the model reads it (prefix and special tokens included)."""
        return self.framer.count_source_tokens(text)

    def sources(self, texts: list[str]) -> list[tuple[str, bool]]:
        """``(source, was_cut)`` for every article body, in order."""
        docs = self.analyzer.analyze_many(_as_article(text) for text in texts)
        out = []
        for doc in docs:
            sentences = [model_text(s.text) for s in doc.sentences]
            full = " ".join(sentences)
            if self.n_tokens(full) <= self.max_tokens:
                out.append((full, False))
            else:
                out.append((self._shorten(doc, sentences), True))
        return out

    @property
    def analyzer(self):
        if self._analyzer is None:
            from pipeline.analysis import Analyzer

            self._analyzer = Analyzer()
        return self._analyzer

    def _shorten(self, doc, sentences: list[str]) -> str:
        if self.mode == "truncate":  # the engine's first chunk, as seq2seq.truncate=true summarizes it
            from pipeline.chunking import chunk_sentences

            return chunk_sentences(sentences, self.n_tokens, self.max_tokens)[0].text
        budget = self.max_tokens - self.n_tokens("")
        tokenizer = self.framer.tokenizer
        cost = [len(tokenizer(s, add_special_tokens=False, verbose=False)["input_ids"]) + 1 for s in sentences]
        order = self._ranking(doc)
        order += [i for i in range(len(sentences)) if i not in set(order)]
        kept: set[int] = set()
        used = 0
        for i in order:
            if used + cost[i] <= budget:
                kept.add(i)
                used += cost[i]
        if not kept:  # one sentence longer than the whole budget: encode_source cuts it
            kept = {order[0]}
        return " ".join(sentences[i] for i in sorted(kept))

    def _ranking(self, doc) -> list[int]:
        if self._ranker is None:
            from pipeline.config.summarize import SummarizeConfig
            from pipeline.engines import build_engine

            self._ranker = build_engine("kiwi", SummarizeConfig(), self.analyzer)
        return list(self._ranker.ranking(doc))


def _as_article(text: str) -> Article:
    paragraphs = tuple(p.strip() for p in text.splitlines() if p.strip())
    return Article(id="", title="", paragraphs=paragraphs)


def encode_pairs(pairs: list[Pair], shortener: SourceShortener, separator: str,
                 max_target_tokens: int, stats: DataStats) -> list[dict]:
    """Token ids for every pair: ``input_ids`` (shortened, framed source) and ``labels`` (joined bullets + EOS).

    A target longer than ``max_target_tokens`` is cut before its end-of-sequence token,
    which is kept: the model still learns to stop.
    """
    framer = shortener.framer
    examples = []
    for pair, (source, cut) in zip(pairs, shortener.sources([p.text for p in pairs])):
        stats.shortened_sources += cut
        labels = framer.encode_target(join_bullets(pair.bullets, separator))
        if len(labels) > max_target_tokens:
            stats.cut_targets += 1
            labels = framer.encode_target(join_bullets(pair.bullets, separator), max_target_tokens)
        examples.append({"input_ids": framer.encode_source(source, shortener.max_tokens), "labels": labels})
    return examples


class Collator:
    """Pads a list of examples into tensors; label padding is -100 so it is ignored by the loss."""

    def __init__(self, pad_token_id: int):
        self.pad_token_id = pad_token_id

    def __call__(self, examples: list[dict]) -> dict:
        import torch

        width = max(len(e["input_ids"]) for e in examples)
        target_width = max(len(e["labels"]) for e in examples)
        input_ids = torch.full((len(examples), width), self.pad_token_id, dtype=torch.long)
        attention = torch.zeros((len(examples), width), dtype=torch.long)
        labels = torch.full((len(examples), target_width), -100, dtype=torch.long)
        for row, example in enumerate(examples):
            n, m = len(example["input_ids"]), len(example["labels"])
            input_ids[row, :n] = torch.tensor(example["input_ids"])
            attention[row, :n] = 1
            labels[row, :m] = torch.tensor(example["labels"])
        return {"input_ids": input_ids, "attention_mask": attention, "labels": labels}


def load_data(config: FinetuneConfig, loaded: TrainingModel):
    """Encoded train/valid examples, the validator (None without valid_path) and per-file stats."""
    from pipeline.training.evaluate import Validator

    data = config.data
    shortener = SourceShortener(Framer(loaded.tokenizer, loaded.framing), data.max_source_tokens, data.long_input)
    train_pairs, train_stats = read_pairs(data.train_path, data.text_field, data.summary_field)
    if not train_pairs:
        raise ConfigError(f"data.train_path={data.train_path}: no usable pairs ({asdict(train_stats)})")
    train = encode_pairs(train_pairs, shortener, loaded.separator, data.max_target_tokens, train_stats)
    validator, stats = None, {"train": asdict(train_stats)}
    if data.valid_path:
        valid_pairs, valid_stats = read_pairs(data.valid_path, data.text_field, data.summary_field,
                                              limit=data.max_valid_examples)
        valid = encode_pairs(valid_pairs, shortener, loaded.separator, data.max_target_tokens, valid_stats)
        validator = Validator(shortener.framer, loaded.separator, config.eval, shortener.analyzer, valid,
                              [p.bullets for p in valid_pairs], Collator(loaded.tokenizer.pad_token_id))
        stats["valid"] = asdict(valid_stats)
    return train, validator, stats
