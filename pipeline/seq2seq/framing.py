"""Sequence framing: how a source text and a target text become the ids a checkpoint was trained on.

A Hugging Face tokenizer does not always add the special tokens its model family was
trained with. KoBART's tokenizer adds none: ``tokenizer("딥시크 돌풍")`` gives the bare
pieces, while KoBART was pre-trained and fine-tuned on encoder inputs ``<s> … </s>`` and
labels ``… </s>``; a model trained on labels without ``</s>`` never learns to stop. The
pko-T5 tokenizer already appends ``</s>`` and its family has no ``<s>``.

:class:`Framing` records what has to be added on top of the tokenizer; it is derived
once from the tokenizer and the model config (:meth:`Framing.derive`), written to
``kosum.json`` by fine-tuning, and read back by the engine, so a fine-tuned checkpoint
is fed exactly as it was trained. :class:`Framer` applies it: the same code builds the
encoder input at inference, in training and in validation.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

PROBE = "가나"  # any short Korean text: shows which special tokens the tokenizer adds around it


@dataclass(frozen=True)
class Framing:
    """What is added around the tokenizer's own output, for sources and targets."""

    prefix: str = ""
    """Text put before every source, e.g. ``"summarize: "`` for T5 checkpoints trained with it."""
    source_bos_id: int | None = None
    """Id put before every source because the model family starts inputs with it and the tokenizer does not add it."""
    eos_id: int | None = None
    """Id put after every source and target because the tokenizer does not add it (the model must learn to stop)."""

    @classmethod
    def derive(cls, tokenizer, model_config, prefix: str = "") -> "Framing":
        """The framing of a checkpoint: the config's BOS/EOS that the tokenizer does not add itself.

        EOS: the config's ``eos_token_id`` (else the tokenizer's) when the tokenizer's output
        does not end with it. BOS: the config's ``bos_token_id`` (BART families: ``<s>``; T5
        has none) only when the tokenizer adds no special token at all, like KoBART's; a
        tokenizer that adds some (mBART's ``… </s> ko_KR``) is taken to frame inputs the way
        its model was trained.
        """
        head, tail = _added_around(tokenizer, target=False)
        bos = getattr(model_config, "bos_token_id", None)
        eos = getattr(model_config, "eos_token_id", None)
        if isinstance(eos, list):
            eos = eos[0] if eos else None
        if eos is None:
            eos = tokenizer.eos_token_id
        return cls(
            prefix=prefix,
            source_bos_id=bos if bos is not None and not head and not tail else None,
            eos_id=eos if eos is not None and eos not in tail else None,
        )

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Framing":
        unknown = sorted(set(data) - {"prefix", "source_bos_id", "eos_id"})
        if unknown:
            raise ValueError(f"unknown framing keys {unknown} (known: prefix, source_bos_id, eos_id)")
        return cls(**data)


class Framer:
    """Encodes sources and targets with a :class:`Framing`; truncation keeps the real special tokens."""

    def __init__(self, tokenizer, framing: Framing):
        self.tokenizer = tokenizer
        self.framing = framing
        self._source_head, self._source_tail = (len(p) for p in _added_around(tokenizer, target=False))
        self._target_head, self._target_tail = (len(p) for p in _added_around(tokenizer, target=True))

    @property
    def prefix(self) -> str:
        return self.framing.prefix

    def encode_source(self, text: str, max_tokens: int | None = None) -> list[int]:
        """Encoder ids of ``text``: prefix, the tokenizer's own special tokens and the framing's BOS/EOS.

        Longer than ``max_tokens``: the text is cut, never the special tokens around it.
        """
        ids = self._encode(self.framing.prefix + text, target=False)
        ids = _frame(ids, self.framing.source_bos_id, self.framing.eos_id)
        head = self._source_head + (self.framing.source_bos_id is not None)
        tail = self._source_tail + (self.framing.eos_id is not None)
        return _cut(ids, max_tokens, head, tail)

    def encode_target(self, text: str, max_tokens: int | None = None) -> list[int]:
        """Label ids of ``text``, ending in the end-of-sequence token even when cut to ``max_tokens``."""
        ids = _frame(self._encode(text, target=True), None, self.framing.eos_id)
        return _cut(ids, max_tokens, self._target_head, self._target_tail + (self.framing.eos_id is not None))

    def count_source_tokens(self, text: str) -> int:
        """Encoder length of ``text`` as the model sees it (prefix and special tokens included)."""
        return len(self.encode_source(text))

    def _encode(self, text: str, target: bool) -> list[int]:
        # verbose=False: texts longer than the model's limit are measured here before being chunked
        # or cut; transformers' "sequence length is longer than the specified maximum" would be a false alarm
        if target:
            return self.tokenizer(text_target=text, verbose=False)["input_ids"]
        return self.tokenizer(text, verbose=False)["input_ids"]


def _added_around(tokenizer, target: bool) -> tuple[list[int], list[int]]:
    """The special ids the tokenizer itself puts before and after a text."""
    if target:
        framed = tokenizer(text_target=PROBE)["input_ids"]
        bare = tokenizer(text_target=PROBE, add_special_tokens=False)["input_ids"]
    else:
        framed = tokenizer(PROBE)["input_ids"]
        bare = tokenizer(PROBE, add_special_tokens=False)["input_ids"]
    for start in range(len(framed) - len(bare) + 1):
        if framed[start:start + len(bare)] == bare:
            return framed[:start], framed[start + len(bare):]
    raise ValueError(f"the tokenizer's special tokens could not be told apart from the text in {framed}")


def _frame(ids: list[int], bos: int | None, eos: int | None) -> list[int]:
    return ([bos] if bos is not None else []) + ids + ([eos] if eos is not None else [])


def _cut(ids: list[int], max_tokens: int | None, head: int, tail: int) -> list[int]:
    if max_tokens is None or len(ids) <= max_tokens:
        return ids
    if max_tokens < head + tail + 1:
        raise ValueError(f"max_tokens={max_tokens} leaves no room for text between {head + tail} special tokens")
    keep = max_tokens - head - tail
    return ids[: head + keep] + (ids[len(ids) - tail:] if tail else [])
