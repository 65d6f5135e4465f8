"""Fine-tune a seq2seq model on article/summary pairs.

    python scripts/finetune.py --config configs/finetune.yaml [key=value ...]
    accelerate launch scripts/finetune.py --config configs/finetune.yaml [key=value ...]   # several GPUs

Reads top to bottom: load config -> load the model (``pipeline.seq2seq``, as the engine
does; a bad model path fails before any run folder exists) -> prepare the run folder ->
encode the data with the model's framing -> train, validating through the engine's
generate -> save the best model, metrics, plot and summary in ``models/<run_name>/``.
Exit codes: 0 done, 2 bad config/input/model, 1 unexpected failure.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

from pipeline.config import ConfigError, default_config, load_config, split_overrides, to_dict
from pipeline.config.finetune import FinetuneConfig, resolve_preset
from pipeline.errors import KosumError
from pipeline.provenance import provenance

DEFAULT_CONFIG = default_config("finetune")


def parse_args(argv: list[str] | None):
    parser = argparse.ArgumentParser(prog="kosum finetune", description=__doc__.split("\n")[0])
    parser.add_argument("--config", default=str(DEFAULT_CONFIG), help="YAML config (default configs/finetune.yaml)")
    parser.add_argument("overrides", nargs="*", help="key=value overrides, e.g. train.max_steps=100 resume=true")
    args = parser.parse_args(argv)
    overrides, rest = split_overrides(args.overrides)
    if rest:
        parser.error(f"not key=value overrides: {rest}")
    return args.config, overrides


def check_run_dir(config: FinetuneConfig) -> None:
    """Refuse to clobber an earlier run (checked before the model is loaded)."""
    run_dir = Path(config.run_dir)
    if run_dir.is_dir() and any(run_dir.iterdir()) and not (config.resume or config.overwrite):
        raise ConfigError(f"output_dir {run_dir} already exists; pass resume=true to continue it or overwrite=true to start over")


def prepare_run_dir(config: FinetuneConfig) -> tuple[Path, Path | None]:
    """The run folder and the checkpoint to resume from."""
    from pipeline.training import checkpoint
    from pipeline.training.loop import LAST

    check_run_dir(config)
    run_dir = Path(config.run_dir)
    if config.overwrite and run_dir.is_dir():
        shutil.rmtree(run_dir)
    run_dir.mkdir(parents=True, exist_ok=True)
    last = checkpoint.existing(run_dir / LAST) if config.resume else None
    if config.resume and last is None:
        print(f"resume=true but {run_dir} holds no checkpoint yet; starting from step 0", file=sys.stderr)
    return run_dir, last


def run(config: FinetuneConfig) -> dict:
    from pipeline.training.data import Collator, load_data
    from pipeline.training.loop import BEST, Trainer, build_accelerator
    from pipeline.training.model import CheckpointWriter, load_model
    from pipeline.training.report import MetricsLog, plot_metrics, truncate_after

    for key in ("model.name_or_path", "data.train_path"):
        section, name = key.split(".")
        if not getattr(getattr(config, section), name):
            raise ConfigError(f"{key} is not set (give it in the config or as {key}=...)")
    check_run_dir(config)
    accelerator = build_accelerator(config)
    loaded = load_model(config)
    for warning in loaded.warnings:
        print(f"kosum finetune: warning: {warning}", file=sys.stderr)
    run_dir, last = prepare_run_dir(config)
    train, validator, stats = load_data(config, loaded)
    writer = CheckpointWriter(config, loaded.tokenizer, loaded.separator, loaded.framing)
    trainer = Trainer(config, accelerator, loaded.model, Collator(loaded.tokenizer.pad_token_id), train, validator,
                      run_dir, writer)
    if last is not None:
        trainer.resume_from(last)
        if accelerator.is_main_process:
            truncate_after(run_dir / "metrics.jsonl", trainer.state.step)
    if accelerator.is_main_process:
        save_run_config(config, run_dir)
    started = time.perf_counter()
    state = trainer.train()
    accelerator.wait_for_everyone()
    summary = {}
    if accelerator.is_main_process:
        best = run_dir / BEST if (run_dir / BEST).is_dir() else None
        writer.export(accelerator.unwrap_model(trainer.model), best, run_dir)
        records = MetricsLog(run_dir / "metrics.jsonl").read()
        plot_metrics(records, run_dir / "metrics.png", config.eval.metric)
        summary = train_summary(config, state, trainer.total_steps, loaded.separator, stats, records, run_dir,
                                time.perf_counter() - started)
        summary["framing"] = loaded.framing.to_dict()  # also in kosum.json: what was added around the tokenizer's ids
        (run_dir / "train_summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    accelerator.wait_for_everyone()
    return summary


def save_run_config(config: FinetuneConfig, run_dir: Path) -> None:
    """The resolved config with package versions and the git revision (``finetune_config.json``)."""
    record = provenance(to_dict(config))
    (run_dir / "finetune_config.json").write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def train_summary(config, state, total_steps, separator, stats, records, run_dir, seconds) -> dict:
    train_logs = [r for r in records if "loss" in r]
    evals = [r for r in records if "eval_loss" in r]
    return {
        "run_dir": str(run_dir), "model_dir": str(run_dir), "steps": state.step, "total_steps": total_steps,
        "epochs": state.epoch, "stopped_early": state.stopped_early, "separator": separator,
        "metric": config.eval.metric, "best_metric": state.best_metric, "best_step": state.best_step,
        "first_loss": train_logs[0]["loss"] if train_logs else None,
        "last_loss": train_logs[-1]["loss"] if train_logs else None,
        "last_eval": evals[-1] if evals else None,
        "tokens": state.tokens, "tokens_per_s": state.tokens / state.train_seconds if state.train_seconds else None,
        "seconds": seconds, "data": stats,
    }


def main(argv: list[str] | None = None) -> int:
    from pipeline.training.report import final_table

    config_path, overrides = parse_args(argv)
    try:
        config = load_config(FinetuneConfig, config_path, overrides, resolve=resolve_preset)
        summary = run(config)
    except (ConfigError, KosumError, FileNotFoundError, ValueError) as exc:
        print(f"kosum finetune: error: {exc}", file=sys.stderr)
        return 2
    if summary:
        print(final_table(summary))
    return 0
