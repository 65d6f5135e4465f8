"""Checkpoints with the REAL tokenizers and configs of Korean summarizers, and random weights.

``../shared/tokenizers/`` holds the tokenizer and config files of KoBART
(``kobart-base-v1``) and pko-T5 (``pko-t5-base``) without weights. ``build_real``
builds the architecture from the real ``config.json`` (optionally narrowed or made
shallower through config overrides, which keep the vocabulary and special-token ids),
saves random weights, and copies the real tokenizer files next to them unchanged, so
loading goes through exactly what a user's downloaded folder would go through.
"""
from __future__ import annotations

import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
REAL_TOKENIZERS = REPO.parent / "shared" / "tokenizers"
KOBART = "kobart-base-v1"
PKO_T5 = "pko-t5-base"

# narrow and shallow: real vocabulary, real special ids, real position limits; seconds instead of minutes
SMALL = {
    KOBART: dict(d_model=64, encoder_layers=1, decoder_layers=1, encoder_attention_heads=2, decoder_attention_heads=2,
                 encoder_ffn_dim=128, decoder_ffn_dim=128),
    # T5 has no absolute positions: with 2 layers and the real 32 log-spaced relative buckets it cannot place
    # the ~200 tokens of the seed's whole summary; 512 buckets make every distance exact. Its untied output layer
    # keeps the real initialisation; dropout off so a short run memorises.
    PKO_T5: dict(d_model=64, d_kv=16, d_ff=128, num_layers=2, num_decoder_layers=2, num_heads=4, dropout_rate=0.0,
                 relative_attention_num_buckets=512, relative_attention_max_distance=1024),
}


def real_tokenizers_missing() -> str | None:
    """Why the real-tokenizer tests cannot run here, or None."""
    missing = [name for name in (KOBART, PKO_T5) if not (REAL_TOKENIZERS / name / "tokenizer.json").is_file()]
    if missing:
        return f"real tokenizers not found in {REAL_TOKENIZERS} ({', '.join(missing)}); they live outside the repository"
    return None


def build_real(family: str, out_dir: str | Path, seed: int = 0, **overrides) -> Path:
    """A checkpoint folder: ``family``'s real config (with ``overrides``) and tokenizer, random weights."""
    import torch
    from transformers import AutoConfig, AutoModelForSeq2SeqLM

    source = REAL_TOKENIZERS / family
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    config = AutoConfig.from_pretrained(source)
    for key, value in overrides.items():
        setattr(config, key, value)
    torch.manual_seed(seed)
    model = AutoModelForSeq2SeqLM.from_config(config)
    model.save_pretrained(out)
    for item in source.iterdir():  # tokenizer files (and KoBART's generation_config.json) exactly as published
        if item.name != "config.json":
            shutil.copy2(item, out / item.name)
    return out
