"""One ``generate`` for every seq2seq path: ``kosum summarize`` and validation during fine-tuning.

Sources are framed by :class:`~pipeline.seq2seq.framing.Framer` (the ids training
used), sorted by length and generated in batches; a batch that runs out of memory is
retried in halves; outputs are decoded without special tokens except the bullet
separator, and come back in input order.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.seq2seq.framing import Framer


@dataclass(frozen=True)
class GenerationSettings:
    """Decoding settings, built from ``seq2seq.*`` of a summarize config or ``eval.*`` of a fine-tuning config
    (their defaults live there, not here)."""

    max_new_tokens: int
    min_new_tokens: int
    num_beams: int
    no_repeat_ngram_size: int
    repetition_penalty: float
    length_penalty: float
    batch_size: int
    max_batch_tokens: int

    @classmethod
    def from_summarize(cls, options) -> "GenerationSettings":
        """From a ``Seq2SeqConfig`` (the ``seq2seq:`` section of a summarize config)."""
        return cls(options.max_target_tokens, options.min_target_tokens, options.num_beams, options.no_repeat_ngram_size,
                   options.repetition_penalty, options.length_penalty, options.batch_size, options.max_batch_tokens)


class Generator:
    """Generates text for sources with a loaded model, as the seq2seq engine does for every chunk."""

    def __init__(self, model, tokenizer, framer: Framer, settings: GenerationSettings, device: str = "cpu",
                 separator: str | None = None, max_source_tokens: int | None = None):
        self.model = model
        self.tokenizer = tokenizer
        self.framer = framer
        self.settings = settings
        self.device = device
        self.max_source_tokens = max_source_tokens
        self._keep_ids = _single_token_ids(tokenizer, separator)

    def generate(self, texts: Sequence[str]) -> list[str]:
        """Generated text for every source text, in input order (longest sources batched first)."""
        return [self.decode(ids) for ids in self.generate_ids([self.framer.encode_source(t, self.max_source_tokens) for t in texts])]

    def generate_ids(self, sources: Sequence[list[int]]) -> list[list[int]]:
        """Generated ids (decoder start and EOS included, padding removed) for already framed sources, in input order."""
        lengths = [len(s) for s in sources]
        order = sorted(range(len(sources)), key=lambda i: -lengths[i])
        results: list[list[int]] = [[] for _ in sources]
        for batch in self._batches(order, lengths):
            for i, ids in zip(batch, self._generate_halving([sources[i] for i in batch])):
                results[i] = ids
        return results

    def decode(self, ids: Sequence[int]) -> str:
        """Special tokens and padding removed; the separator kept even when the tokenizer marks it special."""
        special = set(self.tokenizer.all_special_ids) - self._keep_ids
        return self.tokenizer.decode([i for i in ids if i not in special], skip_special_tokens=False)

    def _batches(self, order: list[int], lengths: Sequence[int]):
        batch: list[int] = []
        for i in order:
            longest = lengths[batch[0]] if batch else lengths[i]  # order is longest first
            too_many = len(batch) >= self.settings.batch_size
            too_big = self.settings.max_batch_tokens and (len(batch) + 1) * longest > self.settings.max_batch_tokens
            if batch and (too_many or too_big):
                yield batch
                batch = []
            batch.append(i)
        if batch:
            yield batch

    def _generate_halving(self, sources: list[list[int]]) -> list[list[int]]:
        """Generate one batch; on out-of-memory retry it in halves so no input is lost."""
        try:
            return self._generate_batch(sources)
        except Exception as exc:  # noqa: BLE001 - only out-of-memory is retried
            if not _is_oom(exc) or len(sources) == 1:
                raise
            _free_memory(self.device)
            half = len(sources) // 2
            return self._generate_halving(sources[:half]) + self._generate_halving(sources[half:])

    def _generate_batch(self, sources: list[list[int]]) -> list[list[int]]:
        import torch

        width = max(len(s) for s in sources)
        pad = self.tokenizer.pad_token_id
        input_ids = torch.tensor([s + [pad] * (width - len(s)) for s in sources], dtype=torch.long, device=self.device)
        attention = torch.tensor([[1] * len(s) + [0] * (width - len(s)) for s in sources], dtype=torch.long, device=self.device)
        o = self.settings
        cache = {"cache": beam_search_cache()} if o.num_beams > 1 else {}
        with torch.inference_mode():
            out = self.model.generate(
                input_ids=input_ids, attention_mask=attention, **cache,
                num_beams=o.num_beams, do_sample=False,
                max_new_tokens=o.max_new_tokens, min_new_tokens=o.min_new_tokens or None,
                no_repeat_ngram_size=o.no_repeat_ngram_size, repetition_penalty=o.repetition_penalty,
                length_penalty=o.length_penalty, early_stopping=o.num_beams > 1,
            )
        return [_strip_padding(row, pad) for row in out.tolist()]


def _strip_padding(row: list[int], pad: int | None) -> list[int]:
    """A batch row without the padding after its end; the decoder start stays (it is the pad id for T5)."""
    end = len(row)
    while end > 1 and row[end - 1] == pad:
        end -= 1
    return row[:end]


def _single_token_ids(tokenizer, separator: str | None) -> set[int]:
    if not separator or separator == "\n":
        return set()
    ids = tokenizer(separator, add_special_tokens=False)["input_ids"]
    return set(ids) if len(ids) == 1 else set()


def beam_search_cache():
    """An encoder-decoder cache that does not copy the cross-attention keys/values at every beam step.

    Beam search reorders cached states among the beams of one source each step. The
    cross-attention keys and values are computed from the encoder output, which is the
    same for every beam of a source, so reordering them changes no value but copies
    batch x beams x layers x source length x d_model floats per generated token; on
    CPU that copy is a large share of decoding time. Outputs are unchanged (tested).
    """
    from transformers.cache_utils import DynamicCache, EncoderDecoderCache

    class SharedCrossAttentionCache(EncoderDecoderCache):
        def reorder_cache(self, beam_idx):
            self.self_attention_cache.reorder_cache(beam_idx)

    return SharedCrossAttentionCache(DynamicCache(), DynamicCache())


def _is_oom(exc: BaseException) -> bool:
    import torch

    oom = getattr(torch, "OutOfMemoryError", None)
    return (oom is not None and isinstance(exc, oom)) or (isinstance(exc, RuntimeError) and "out of memory" in str(exc).lower())


def _free_memory(device: str) -> None:
    import torch

    if device.startswith("cuda"):
        torch.cuda.empty_cache()
