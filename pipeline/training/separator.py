"""The bullet separator: how the bullets of one summary are joined into a single target text.

Many Korean tokenizers normalise ``\\n`` away, so a model trained on newline-joined
bullets can never emit the boundary. The separator must survive ``encode`` then
``decode(skip_special_tokens=True)``; when it does not, it is added to the
vocabulary as a normal (not special) token so decoding keeps it, and the seq2seq
engine splits generated text on the same string (saved in ``kosum.json``,
``pipeline.seq2seq.bullets.split_bullets``).
"""
from __future__ import annotations

AUTO = "auto"
NEWLINE = "\n"
DEFAULT_TOKEN = "<sep>"


def round_trips(tokenizer, separator: str) -> bool:
    """Whether ``separator`` between two Korean words survives encode/decode unchanged."""
    text = f"가나{separator}다라"
    ids = tokenizer(text, add_special_tokens=False)["input_ids"]
    decoded = tokenizer.decode(ids, skip_special_tokens=True, clean_up_tokenization_spaces=False)
    return separator in decoded and decoded.replace(" ", "") == text.replace(" ", "")


def is_single_token(tokenizer, separator: str) -> bool:
    """Whether ``separator`` is one vocabulary entry (so the model emits a boundary in one step)."""
    return len(tokenizer(separator, add_special_tokens=False)["input_ids"]) == 1


def resolve_separator(tokenizer, requested: str) -> tuple[str, bool]:
    """The separator to use and whether it must be added to the vocabulary.

    ``auto`` prefers ``\\n`` when the tokenizer keeps it, else ``<sep>``. A token-like
    separator that the tokenizer spells in several pieces is added as one token.
    """
    if requested == AUTO:
        if round_trips(tokenizer, NEWLINE):
            return NEWLINE, False
        requested = DEFAULT_TOKEN
    if round_trips(tokenizer, requested) and (requested == NEWLINE or is_single_token(tokenizer, requested)):
        return requested, False
    if requested.strip() != requested or not requested:
        raise ValueError(
            f"separator {requested!r} does not survive this tokenizer and cannot be added as a token "
            "(it has leading/trailing whitespace); use auto or a token such as <sep>"
        )
    return requested, True


def add_separator(tokenizer, model, separator: str) -> None:
    """Add ``separator`` as a normal added token and grow the model's embeddings to match."""
    tokenizer.add_tokens([separator])
    if model.get_input_embeddings().num_embeddings < len(tokenizer):
        model.resize_token_embeddings(len(tokenizer))
    if not round_trips(tokenizer, separator):
        raise ValueError(f"separator {separator!r} still does not round-trip after adding it to the tokenizer")


def join_bullets(bullets: list[str] | tuple[str, ...], separator: str) -> str:
    """The training target for one summary."""
    return separator.join(" ".join(b.split()) for b in bullets)
