"""The model to fine-tune (loaded by ``pipeline.seq2seq``), LoRA, and checkpoint folders the engine loads back."""
from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.errors import ModelLoadError
from pipeline.seq2seq.checkpoint import ADAPTER_DIR, check_tokenizer, load_checkpoint
from pipeline.seq2seq.framing import Framing
from pipeline.seq2seq.info import CheckpointInfo
from pipeline.config.finetune import FinetuneConfig
from pipeline.training.separator import add_separator, resolve_separator


@dataclass
class TrainingModel:
    """The starting checkpoint, ready to train, and how its pairs are turned into ids."""

    model: Any
    tokenizer: Any
    separator: str
    """Joins the bullets of a target; saved in ``kosum.json``."""
    framing: Framing
    """Prefix and the BOS/EOS added around the tokenizer's output; saved in ``kosum.json``."""
    warnings: list[str] = field(default_factory=list)
    """What loading had to work around (e.g. the tokenizer fallback)."""


def load_model(config: FinetuneConfig) -> TrainingModel:
    """Model, tokenizer, separator (token added if needed) and framing, as the seq2seq engine loads them."""
    import torch

    checkpoint = load_checkpoint(config.model.name_or_path, config.model.revision)
    tokenizer, model = checkpoint.tokenizer, checkpoint.model
    if tokenizer.pad_token_id is None:
        raise ModelLoadError(f"{checkpoint.source}: the tokenizer has no pad token; seq2seq fine-tuning needs one")
    check_tokenizer(tokenizer, model, checkpoint.source)
    framing = checkpoint.framing(config.model.prefix or None)
    separator, needs_token = resolve_separator(tokenizer, config.data.separator)
    if needs_token:
        torch.manual_seed(config.seed)  # the new embedding row is random: seed it
        add_separator(tokenizer, model, separator)
    if config.train.gradient_checkpointing:
        model.gradient_checkpointing_enable()
        model.config.use_cache = False
    if config.model.lora.enabled:
        model = wrap_lora(model, config)
    return TrainingModel(model, tokenizer, separator, framing, checkpoint.warnings)


def wrap_lora(model, config: FinetuneConfig):
    """Freeze the model and add LoRA adapters to ``lora.target_modules``."""
    try:
        from peft import LoraConfig, TaskType, get_peft_model
    except ImportError:
        raise ModelLoadError("model.lora.enabled=true needs peft: pip install 'kosum[lora]'") from None
    lora = config.model.lora
    names = {name.rsplit(".", 1)[-1] for name, _ in model.named_modules()}
    missing = [m for m in lora.target_modules if m not in names]
    if missing:
        raise ValueError(f"model.lora.target_modules {missing} not found in the model; e.g. q_proj, v_proj (BART) or q, v (T5)")
    peft_config = LoraConfig(task_type=TaskType.SEQ_2_SEQ_LM, r=lora.r, lora_alpha=lora.alpha,
                             lora_dropout=lora.dropout, target_modules=list(lora.target_modules))
    if config.train.gradient_checkpointing:
        model.enable_input_require_grads()
    return get_peft_model(model, peft_config)


def is_peft(model) -> bool:
    return hasattr(model, "peft_config") and hasattr(model, "merge_and_unload")


class CheckpointWriter:
    """Writes a model folder: weights (or LoRA adapter), tokenizer and ``kosum.json``."""

    def __init__(self, config: FinetuneConfig, tokenizer, separator: str, framing: Framing):
        self.config = config
        self.tokenizer = tokenizer
        self.info = CheckpointInfo(
            separator=separator, framing=framing, max_source_tokens=config.data.max_source_tokens,
            max_target_tokens=config.data.max_target_tokens, base_model=config.model.name_or_path,
        )

    def __call__(self, model, folder: Path) -> None:
        folder = Path(folder)
        if is_peft(model):
            model.save_pretrained(folder / ADAPTER_DIR)
        else:
            model.save_pretrained(folder)
        self.write_tokenizer(folder)

    def write_tokenizer(self, folder: Path) -> None:
        self.tokenizer.save_pretrained(folder)
        self.info.write(folder)

    def export(self, model, best: Path | None, run_dir: Path) -> None:
        """The final model in ``run_dir``: the best checkpoint if there is one, else ``model`` as trained."""
        run_dir = Path(run_dir)
        if not is_peft(model):
            if best is not None:
                for item in best.iterdir():
                    if item.is_file():
                        shutil.copy2(item, run_dir / item.name)
            else:
                self(model, run_dir)
            return
        if best is not None:
            from peft import set_peft_model_state_dict
            from safetensors.torch import load_file

            set_peft_model_state_dict(model, load_file(best / ADAPTER_DIR / "adapter_model.safetensors"))
        model.save_pretrained(run_dir / ADAPTER_DIR)
        if self.config.model.lora.merge:
            model.merge_and_unload().save_pretrained(run_dir)
        self.write_tokenizer(run_dir)
