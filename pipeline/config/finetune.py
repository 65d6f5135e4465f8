"""Config schema of the fine-tuning recipe (``configs/finetune.yaml``); importing it never imports torch.

The training parts (:mod:`pipeline.training`) read it; a ``model.preset`` is resolved from
the summarize presets (:func:`resolve_preset`) before validation."""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from pipeline.config.summarize import load_preset
from pipeline.errors import ConfigError

LONG_INPUT_MODES = ("selected", "truncate")
MIXED_PRECISION = ("no", "bf16", "fp16")
LR_SCHEDULES = ("linear", "cosine", "constant_with_warmup", "constant")
METRICS = ("rouge1", "rouge2", "rougeL", "rougeLsum", "loss")


@dataclass
class LoraConfig:
    enabled: bool = False  # train LoRA adapters instead of all weights (needs peft)
    r: int = 16  # adapter rank: more = more capacity and memory
    alpha: int = 32  # adapter scaling (effective scale alpha / r)
    dropout: float = 0.05  # dropout on the adapter input
    target_modules: list[str] = field(default_factory=lambda: ["q_proj", "v_proj"])  # module names that get adapters (T5: q, v)
    merge: bool = True  # also save the adapters merged into the model, so the seq2seq engine loads it as-is


@dataclass
class FinetuneModelConfig:
    preset: str = ""  # a models/presets/ name: fills name_or_path, revision and prefix when those are not set
    name_or_path: str = ""  # local folder or hub id of the seq2seq checkpoint to start from
    revision: str | None = None  # hub revision (branch, tag or commit)
    prefix: str = ""  # text put before every input, e.g. "summarize: " for T5; empty = the checkpoint's kosum.json prefix, else none; saved for the engine
    lora: LoraConfig = field(default_factory=LoraConfig)


@dataclass
class FinetuneDataConfig:
    train_path: str = ""  # pairs for training: .jsonl/.json, .csv, .parquet or a datasets folder
    valid_path: str = ""  # pairs for evaluation and model selection; empty = no evaluation
    text_field: str = "text"  # column holding the article body
    summary_field: str = "bullets"  # column holding the bullets: a list, or one string split on newlines
    separator: str = "auto"  # joins bullets in the target; auto = "\n" if the tokenizer round-trips it, else "<sep>"
    max_source_tokens: int = 1024  # longer articles are shortened (see long_input)
    max_target_tokens: int = 128  # longer targets are cut (counted in the stats)
    long_input: str = "selected"  # selected = keep the most salient sentences (kiwi engine) | truncate = the lead up to a sentence boundary (the engine's first chunk)
    max_valid_examples: int = 200  # evaluate on at most this many validation pairs (generation is the slow part)


@dataclass
class TrainConfig:
    max_steps: int = 0  # optimizer steps to run; 0 = run `epochs` epochs
    epochs: float = 3.0  # passes over the training pairs when max_steps is 0
    batch_size: int = 8  # pairs per device per forward pass
    gradient_accumulation: int = 1  # forward passes per optimizer step (effective batch = batch_size x this x devices)
    learning_rate: float = 5.0e-5  # peak learning rate
    weight_decay: float = 0.01  # AdamW weight decay (not applied to biases and norms)
    lr_schedule: str = "linear"  # linear | cosine | constant_with_warmup | constant
    warmup_steps: int = 0  # steps of linear warmup; 0 = use warmup_ratio
    warmup_ratio: float = 0.05  # share of all steps used for warmup when warmup_steps is 0
    max_grad_norm: float = 1.0  # gradient clipping; 0 = off
    mixed_precision: str = "no"  # no | bf16 | fp16 (fp16 needs a GPU)
    gradient_checkpointing: bool = False  # recompute activations in the backward pass: less memory, ~30% slower
    label_smoothing: float = 0.0  # label smoothing of the cross-entropy loss
    log_every: int = 10  # write loss and learning rate to metrics.jsonl every N steps
    save_every: int = 200  # write the resumable checkpoint every N steps (and at the end)
    num_workers: int = 0  # dataloader worker processes

    def __post_init__(self) -> None:
        if self.mixed_precision in ("False", "false", "fp32"):  # YAML reads a bare `no` as false
            self.mixed_precision = "no"


@dataclass
class EvalConfig:
    every: int = 200  # evaluate (loss + Korean ROUGE on generated bullets) every N steps; 0 = only at the end
    metric: str = "rougeL"  # rouge1 | rouge2 | rougeL | rougeLsum (F1, higher is better) | loss (lower is better)
    early_stopping_patience: int = 0  # stop after N evaluations without improvement; 0 = never stop early
    batch_size: int = 8  # pairs per generation batch (small keeps validation from running out of memory)
    # decoding of the validation bullets; the defaults are configs/summarize-seq2seq.yaml's seq2seq.* and bullets.max_chars,
    # so the best checkpoint is chosen on what `kosum summarize` writes with that config
    num_beams: int = 4  # beam search width (seq2seq.num_beams)
    max_new_tokens: int = 128  # longest generated summary in tokens (seq2seq.max_target_tokens)
    no_repeat_ngram_size: int = 3  # no n-gram of this size repeats within one output; 0 = off (seq2seq.no_repeat_ngram_size)
    repetition_penalty: float = 1.2  # > 1 discourages repeated tokens (seq2seq.repetition_penalty)
    length_penalty: float = 1.0  # > 1 favours longer beams (seq2seq.length_penalty)
    max_chars: int = 60  # longest bullet, shortened at word boundaries (bullets.max_chars)


@dataclass
class FinetuneConfig:
    run_name: str = "kosum-finetune"  # name of the run; outputs go to models/<run_name>/ unless output_dir is set
    output_dir: str = ""  # where the model, checkpoints and metrics go; empty = models/<run_name>
    resume: bool = False  # continue from the last checkpoint in output_dir
    overwrite: bool = False  # delete an existing output_dir and start over
    seed: int = 42  # seeds data order, initialisation of new weights and dropout
    model: FinetuneModelConfig = field(default_factory=FinetuneModelConfig)
    data: FinetuneDataConfig = field(default_factory=FinetuneDataConfig)
    train: TrainConfig = field(default_factory=TrainConfig)
    eval: EvalConfig = field(default_factory=EvalConfig)

    @property
    def run_dir(self) -> str:
        return self.output_dir or f"models/{self.run_name}"

    def validate(self) -> None:
        """Check every value; reads no file (a preset is resolved before, by :func:`resolve_preset`)."""
        checks = [
            (self.data.long_input in LONG_INPUT_MODES, f"data.long_input={self.data.long_input!r} is not one of {list(LONG_INPUT_MODES)}"),
            (self.train.mixed_precision in MIXED_PRECISION, f"train.mixed_precision={self.train.mixed_precision!r} is not one of {list(MIXED_PRECISION)}"),
            (self.train.lr_schedule in LR_SCHEDULES, f"train.lr_schedule={self.train.lr_schedule!r} is not one of {list(LR_SCHEDULES)}"),
            (self.eval.metric in METRICS, f"eval.metric={self.eval.metric!r} is not one of {list(METRICS)}"),
            (self.train.max_steps >= 0, f"train.max_steps={self.train.max_steps} must be >= 0"),
            (self.train.max_steps > 0 or self.train.epochs > 0, "set train.max_steps > 0 or train.epochs > 0"),
            (self.train.batch_size >= 1, f"train.batch_size={self.train.batch_size} must be >= 1"),
            (self.train.gradient_accumulation >= 1, f"train.gradient_accumulation={self.train.gradient_accumulation} must be >= 1"),
            (self.train.save_every >= 1, f"train.save_every={self.train.save_every} must be >= 1"),
            (self.train.log_every >= 1, f"train.log_every={self.train.log_every} must be >= 1"),
            (self.eval.every >= 0, f"eval.every={self.eval.every} must be >= 0"),
            (self.eval.num_beams >= 1, f"eval.num_beams={self.eval.num_beams} must be >= 1"),
            (self.eval.max_new_tokens >= 1, f"eval.max_new_tokens={self.eval.max_new_tokens} must be >= 1"),
            (self.eval.repetition_penalty > 0, f"eval.repetition_penalty={self.eval.repetition_penalty} must be > 0"),
            (self.eval.max_chars >= 10, f"eval.max_chars={self.eval.max_chars} is too small (at least 10)"),
            (self.data.max_source_tokens >= 8, f"data.max_source_tokens={self.data.max_source_tokens} is too small (at least 8)"),
            (self.data.max_target_tokens >= 2, f"data.max_target_tokens={self.data.max_target_tokens} is too small (at least 2)"),
            (self.data.separator != "", "data.separator must not be empty (use auto, \\n or a token such as <sep>)"),
            (not (self.resume and self.overwrite), "resume=true and overwrite=true contradict each other; choose one"),
        ]
        for ok, message in checks:
            if not ok:
                raise ConfigError(message)


def resolve_preset(config: FinetuneConfig) -> FinetuneConfig:
    """``config`` with ``model.preset`` filled in: the preset's model id, revision and prefix where those are not set.

    The one step that reads ``models/presets/<name>.yaml``; the recipe runs it before validation
    (``load_config(..., resolve=resolve_preset)``). Raises :class:`ConfigError` for an unknown preset.
    """
    if not config.model.preset:
        return config
    preset = load_preset(config.model.preset).model
    model = replace(config.model, name_or_path=config.model.name_or_path or preset.name_or_path,
                    revision=config.model.revision or preset.revision, prefix=config.model.prefix or (preset.prefix or ""))
    return replace(config, model=model)
