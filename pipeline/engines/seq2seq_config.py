"""Config schema of the ``seq2seq`` engine; importing it never imports torch."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from pipeline.errors import ConfigError

DEVICES = ("auto", "cpu", "cuda", "mps")
DTYPES = ("auto", "float32", "bfloat16", "float16")
QUANTIZE = ("none", "int8")
INPUT_MODES = ("full", "selected")
MERGE_STRATEGIES = ("rank", "resummarize")


@dataclass
class ModelConfig:
    name_or_path: str = ""  # local folder or hub id of a seq2seq checkpoint
    revision: Optional[str] = None  # hub revision (branch, tag or commit)
    prefix: Optional[str] = None  # text put before every input, e.g. "summarize: " for T5 models (unset: kosum.json's, else none)


@dataclass
class Seq2SeqConfig:
    """Generation, chunking and batching knobs of the seq2seq engine (the model itself is ``model.*``)."""

    device: str = "auto"  # auto (cuda -> mps -> cpu) | cpu | cuda | cuda:1 | mps
    dtype: str = "auto"  # auto (bf16/fp16 on GPU, fp32 on CPU) | float32 | bfloat16 | float16
    quantize: str = "none"  # none | int8 (dynamic int8 Linear layers; CPU only)
    input: str = "full"  # full: every body sentence | selected: only the kiwi engine's selected sentences
    title: bool = False  # put the headline in front of the body (most Korean summarization models were trained without it)
    separator: Optional[str] = None  # token between bullets in the model's output (unset: kosum.json's; newlines always split)
    max_source_tokens: Optional[int] = None  # longest encoder input; longer articles are chunked (unset: kosum.json's, else the model's limit, at most 1024)
    truncate: bool = False  # summarize only the first chunk of a long article (recorded in warnings) instead of all chunks
    merge: str = "rank"  # how chunk summaries become one: rank (dedupe, keep the most article-like bullets) | resummarize (second pass over the joined chunk summaries)
    dedup_threshold: float = 0.6  # bullets sharing at least this fraction of content words (Jaccard) count as duplicates
    max_target_tokens: int = 128  # most tokens generated per chunk
    min_target_tokens: int = 0  # fewest tokens generated per chunk
    num_beams: int = 4  # beam search width (1 = greedy)
    no_repeat_ngram_size: int = 3  # no n-gram of this size appears twice in one output (0 = off)
    repetition_penalty: float = 1.2  # > 1 discourages repeating tokens
    length_penalty: float = 1.0  # > 1 favours longer beams, < 1 shorter ones
    batch_size: int = 8  # chunks generated together (sorted by length first)
    max_batch_tokens: int = 0  # if > 0, also cap a batch at this many padded input tokens
    flag_unsupported: bool = True  # warn about bullets with numbers or names not found in the source

    def validate(self) -> None:
        device_kind = self.device.split(":")[0]
        if device_kind not in DEVICES:
            raise ConfigError(f"seq2seq.device={self.device!r} is not one of {list(DEVICES)} (cuda:N is allowed)")
        for key, allowed in (("dtype", DTYPES), ("quantize", QUANTIZE), ("input", INPUT_MODES), ("merge", MERGE_STRATEGIES)):
            value = getattr(self, key)
            if value not in allowed:
                raise ConfigError(f"seq2seq.{key}={value!r} is not one of {list(allowed)}")
        if self.quantize == "int8" and device_kind not in ("auto", "cpu"):
            raise ConfigError(f"seq2seq.quantize=int8 runs on CPU only, but seq2seq.device={self.device!r}")
        if self.max_source_tokens is not None and self.max_source_tokens < 16:
            raise ConfigError(f"seq2seq.max_source_tokens={self.max_source_tokens} is too small (at least 16)")
        for key in ("max_target_tokens", "num_beams", "batch_size"):
            if getattr(self, key) < 1:
                raise ConfigError(f"seq2seq.{key}={getattr(self, key)} must be at least 1")
        if not 0 <= self.min_target_tokens <= self.max_target_tokens:
            raise ConfigError(
                f"seq2seq.min_target_tokens={self.min_target_tokens} must be between 0 and max_target_tokens={self.max_target_tokens}"
            )
        if self.no_repeat_ngram_size < 0 or self.max_batch_tokens < 0:
            raise ConfigError("seq2seq.no_repeat_ngram_size and seq2seq.max_batch_tokens must be >= 0")
        if self.repetition_penalty <= 0:
            raise ConfigError(f"seq2seq.repetition_penalty={self.repetition_penalty} must be > 0")
        if not 0.0 < self.dedup_threshold <= 1.0:
            raise ConfigError(f"seq2seq.dedup_threshold={self.dedup_threshold} must be in (0, 1]")
        if self.separator is not None and not self.separator.strip():
            raise ConfigError("seq2seq.separator must not be blank (newlines always split bullets)")
