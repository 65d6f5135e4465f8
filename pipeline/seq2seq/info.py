"""``kosum.json``: how a fine-tuned checkpoint was trained, written and read by one record."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import ModelLoadError
from pipeline.seq2seq.framing import Framing

CHECKPOINT_INFO = "kosum.json"


@dataclass(frozen=True)
class CheckpointInfo:
    """What the seq2seq engine needs to use a fine-tuned checkpoint the way it was trained."""

    separator: str | None = None
    """String between bullets in the targets (``"\\n"`` or an added token such as ``<sep>``); None: newlines only."""
    framing: Framing = field(default_factory=Framing)
    """Prefix and the BOS/EOS ids added around the tokenizer's output in training."""
    max_source_tokens: int | None = None
    """Longest encoder input in training; the engine chunks at the same length."""
    max_target_tokens: int | None = None
    """Longest target in training."""
    base_model: str = ""
    """The checkpoint training started from (``model.name_or_path``); a LoRA adapter is loaded on top of it."""

    def write(self, folder: str | Path) -> Path:
        path = Path(folder) / CHECKPOINT_INFO
        record = {
            "separator": self.separator, "framing": self.framing.to_dict(),
            "max_source_tokens": self.max_source_tokens, "max_target_tokens": self.max_target_tokens,
            "base_model": self.base_model,
        }
        path.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        return path

    @classmethod
    def read(cls, folder: str | Path) -> "CheckpointInfo | None":
        """The folder's ``kosum.json``, or None when it has none.

        A file written before framing was recorded (a top-level ``prefix`` only) describes a
        run trained with nothing but the tokenizer's own special tokens: that is what it gets.
        """
        path = Path(folder) / CHECKPOINT_INFO
        if not path.is_file():
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise ModelLoadError(f"{path} is not valid JSON: {exc}") from None
        if not isinstance(data, dict):
            raise ModelLoadError(f"{path} must hold a JSON object, not {type(data).__name__}")
        try:
            framing = Framing.from_dict(data["framing"]) if "framing" in data else Framing(prefix=data.get("prefix") or "")
        except (TypeError, ValueError) as exc:
            raise ModelLoadError(f"{path}: bad framing: {exc}") from None
        return cls(
            separator=data.get("separator") or None,
            framing=framing,
            max_source_tokens=data.get("max_source_tokens"),
            max_target_tokens=data.get("max_target_tokens"),
            base_model=data.get("base_model") or "",
        )
