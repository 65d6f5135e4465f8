"""Tiny randomly initialised seq2seq checkpoints built from fixture text, for offline tests.

``build_tiny_bart`` / ``build_tiny_t5`` train a small Unigram tokenizer (Metaspace
pre-tokenizer, like SentencePiece) on the given Korean texts, build a seeded 2-layer
model with d_model <= 64, and ``save_pretrained`` both into ``out_dir``. The folder
loads with ``AutoTokenizer`` + ``AutoModelForSeq2SeqLM`` exactly like a real checkpoint.

A separator (e.g. ``<sep>``) is added as a normal added token, the way a fine-tuned
checkpoint carries it, so ``decode(..., skip_special_tokens=True)`` keeps it.

Tests build them through the session fixtures in ``tests/conftest.py``; benchmarks
build bigger random models with ``d_model`` etc.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED_ARTICLE = REPO / "seeds" / "000_ab08534d42b7d5da.txt"

FIXTURE_SENTENCES = (
    "중국 인공지능 스타트업 딥시크가 저렴한 개발 비용으로 미국 업계에 충격을 줬다.",
    "한국천문연구원은 새로운 소행성을 발견했다고 밝혔다.",
    "연구팀은 배터리 수명을 두 배로 늘리는 전극 소재를 개발했다.",
    "엔비디아 주가는 하루 만에 17% 떨어졌다.",
    "기후 변화로 한반도 여름이 길어지고 있다.",
    "과학기술정보통신부는 내년 연구개발 예산을 늘리겠다고 발표했다.",
)


def fixture_texts() -> list[str]:
    """The seed article's lines plus a few inline Korean sentences."""
    lines = [line.strip() for line in SEED_ARTICLE.read_text(encoding="utf-8").splitlines()]
    return [line for line in lines if line] + list(FIXTURE_SENTENCES)


def _train_tokenizer(texts: Iterable[str], special_tokens: list[str], unk_token: str, vocab_size: int):
    from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, trainers

    tokenizer = Tokenizer(models.Unigram())
    tokenizer.normalizer = normalizers.NFKC()
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace()
    tokenizer.decoder = decoders.Metaspace()
    trainer = trainers.UnigramTrainer(
        vocab_size=vocab_size, special_tokens=special_tokens, unk_token=unk_token, shrinking_factor=0.75
    )
    tokenizer.train_from_iterator(list(texts), trainer=trainer)
    return tokenizer


def _save(tokenizer, model, out_dir: Path, separator: str | None) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    if separator:
        tokenizer.add_tokens([separator])
    if model.get_input_embeddings().num_embeddings < len(tokenizer):
        model.resize_token_embeddings(len(tokenizer))
    model.save_pretrained(out_dir)
    tokenizer.save_pretrained(out_dir)
    return out_dir


def build_tiny_bart(
    out_dir: str | Path,
    texts: Iterable[str] | None = None,
    separator: str | None = None,
    *,
    vocab_size: int = 1000,
    d_model: int = 32,
    layers: int = 2,
    ffn_dim: int = 64,
    heads: int = 2,
    seed: int = 0,
) -> Path:
    """A random BART (``layers``+``layers``, ``d_model``) with a tokenizer trained on ``texts``."""
    import torch
    from tokenizers.processors import TemplateProcessing
    from transformers import BartConfig, BartForConditionalGeneration, PreTrainedTokenizerFast

    specials = ["<s>", "<pad>", "</s>", "<unk>", "<mask>"]  # BART's ids 0..4
    raw = _train_tokenizer(texts if texts is not None else fixture_texts(), specials, "<unk>", vocab_size)
    raw.post_processor = TemplateProcessing(
        single="<s> $A </s>", pair="<s> $A </s> $B </s>", special_tokens=[("<s>", 0), ("</s>", 2)]
    )
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=raw, bos_token="<s>", eos_token="</s>", pad_token="<pad>", unk_token="<unk>",
        mask_token="<mask>", model_max_length=1024,
    )
    config = BartConfig(
        vocab_size=len(tokenizer) + (1 if separator else 0),
        d_model=d_model, encoder_layers=layers, decoder_layers=layers,
        encoder_attention_heads=heads, decoder_attention_heads=heads,
        encoder_ffn_dim=ffn_dim, decoder_ffn_dim=ffn_dim, max_position_embeddings=1024,
        bos_token_id=0, pad_token_id=1, eos_token_id=2, decoder_start_token_id=2, forced_eos_token_id=2,
    )
    torch.manual_seed(seed)
    model = BartForConditionalGeneration(config)
    return _save(tokenizer, model, Path(out_dir), separator)


def build_tiny_t5(
    out_dir: str | Path,
    texts: Iterable[str] | None = None,
    separator: str | None = None,
    *,
    vocab_size: int = 1000,
    d_model: int = 32,
    layers: int = 2,
    ffn_dim: int = 64,
    heads: int = 2,
    seed: int = 0,
) -> Path:
    """A random T5 (``layers``+``layers``, ``d_model``) with a tokenizer trained on ``texts``."""
    import torch
    from tokenizers.processors import TemplateProcessing
    from transformers import PreTrainedTokenizerFast, T5Config, T5ForConditionalGeneration

    specials = ["<pad>", "</s>", "<unk>"]  # T5's ids 0..2
    raw = _train_tokenizer(texts if texts is not None else fixture_texts(), specials, "<unk>", vocab_size)
    raw.post_processor = TemplateProcessing(
        single="$A </s>", pair="$A </s> $B </s>", special_tokens=[("</s>", 1)]
    )
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=raw, eos_token="</s>", pad_token="<pad>", unk_token="<unk>", model_max_length=512,
    )
    config = T5Config(
        vocab_size=len(tokenizer) + (1 if separator else 0),
        d_model=d_model, d_kv=d_model // heads, d_ff=ffn_dim, num_layers=layers, num_decoder_layers=layers,
        num_heads=heads, pad_token_id=0, eos_token_id=1, decoder_start_token_id=0,
    )
    torch.manual_seed(seed)
    model = T5ForConditionalGeneration(config)
    return _save(tokenizer, model, Path(out_dir), separator)


def single_thread_torch() -> None:
    """Tiny models: OpenMP thread hand-offs cost more than the math (30x slower on a busy 2-core machine)."""
    import torch

    torch.set_num_threads(1)
