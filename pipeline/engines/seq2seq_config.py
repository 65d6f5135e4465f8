"""Config schema of the ``seq2seq`` engine; importing it never imports torch."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ModelConfig:
    name_or_path: str = ""  # local folder or hub id of a seq2seq checkpoint
    revision: str | None = None  # hub revision (branch, tag or commit)
    prefix: str = ""  # text put before every input, e.g. "summarize: " for T5 models


@dataclass
class Seq2SeqConfig:
    """Generation, chunking and batching knobs of the seq2seq engine (the model itself is ``model.*``)."""

    device: str = "auto"  # auto (cuda -> mps -> cpu) | cpu | cuda | cuda:1 | mps
