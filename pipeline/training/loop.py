"""The training loop: plain PyTorch driven by ``accelerate``.

The same loop runs on CPU, one GPU, or many (``accelerate launch``). Data order is
a seeded permutation per epoch, so a resumed run skips exactly the batches already
seen. Every ``train.save_every`` steps the full state (model, optimizer, scheduler,
RNG, position in the data) is written atomically to ``checkpoint-last/``; the best
model by ``eval.metric`` goes to ``best/``.
"""
from __future__ import annotations

import math
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from pipeline.config.finetune import FinetuneConfig
from pipeline.training import checkpoint
from pipeline.training.data import Collator
from pipeline.training.report import MetricsLog

LAST = "checkpoint-last"
BEST = "best"


@dataclass
class TrainState:
    """Where the run is; saved with every checkpoint."""

    step: int = 0  # optimizer steps done
    epoch: int = 0  # current pass over the data
    batch_in_epoch: int = 0  # batches of this epoch already trained on (per process)
    tokens: int = 0  # source + target tokens trained on (all processes)
    train_seconds: float = 0.0  # time spent in training steps (evaluation excluded)
    best_metric: float | None = None
    best_step: int | None = None
    evals_without_improvement: int = 0
    stopped_early: bool = False


class EpochSampler:
    """A fixed permutation of ``range(n)`` for one epoch, seeded by (seed, epoch)."""

    def __init__(self, n: int, seed: int, epoch: int):
        import numpy as np

        self.order = np.random.default_rng([seed, epoch]).permutation(n).tolist()

    def __iter__(self):
        return iter(self.order)

    def __len__(self) -> int:
        return len(self.order)


def better(metric: str, value: float, best: float | None) -> bool:
    if best is None:
        return True
    return value < best if metric == "loss" else value > best


def build_accelerator(config: FinetuneConfig):
    """The run's ``Accelerator`` (mixed precision, gradient accumulation), with every seed set from ``config.seed``."""
    from accelerate import Accelerator
    from accelerate.utils import set_seed

    accelerator = Accelerator(mixed_precision=config.train.mixed_precision,
                              gradient_accumulation_steps=config.train.gradient_accumulation)
    set_seed(config.seed)
    return accelerator


class Trainer:
    """Runs the optimisation of one fine-tuning run."""

    def __init__(self, config: FinetuneConfig, accelerator, model, collate: Collator, train_examples: list[dict],
                 validate, run_dir: Path, save_model):
        self.config = config
        self.accelerator = accelerator
        self.collate = collate
        self.train_examples = train_examples
        self.validate = validate  # validate(model, device) -> scores (a training.evaluate.Validator); None = no validation
        self.run_dir = Path(run_dir)
        self.save_model = save_model  # save_model(unwrapped_model, folder): weights/adapter + tokenizer + kosum.json
        self.log = MetricsLog(self.run_dir / "metrics.jsonl", enabled=accelerator.is_main_process)
        self.state = TrainState()
        self._last_saved = -1  # step of the checkpoint on disk
        self.total_steps = self._total_steps()
        self.model, self.optimizer, self.scheduler = accelerator.prepare(model, *self._optimizer(model))

    def _loader(self, epoch: int):
        from torch.utils.data import DataLoader

        import torch

        # the loader's own generator: starting an epoch must not draw from the global RNG that dropout uses,
        # or a resumed run (which restarts the epoch's loader) would see different dropout masks
        generator = torch.Generator().manual_seed(self.config.seed * 100_003 + epoch)
        loader = DataLoader(self.train_examples, batch_size=self.config.train.batch_size, collate_fn=self.collate,
                            sampler=EpochSampler(len(self.train_examples), self.config.seed, epoch),
                            num_workers=self.config.train.num_workers, generator=generator)
        return self.accelerator.prepare(loader)

    def _total_steps(self) -> int:
        train = self.config.train
        if train.max_steps > 0:
            return train.max_steps
        per_process = math.ceil(len(self.train_examples) / (train.batch_size * self.accelerator.num_processes))
        return max(1, math.ceil(train.epochs * per_process / train.gradient_accumulation))

    def _optimizer(self, model):
        import torch
        from transformers import get_scheduler

        train = self.config.train
        decay, no_decay = [], []
        for name, param in model.named_parameters():
            if param.requires_grad:
                (no_decay if param.ndim < 2 or "norm" in name.lower() else decay).append(param)
        optimizer = torch.optim.AdamW(
            [{"params": decay, "weight_decay": train.weight_decay}, {"params": no_decay, "weight_decay": 0.0}],
            lr=train.learning_rate,
        )
        warmup = train.warmup_steps or round(train.warmup_ratio * self.total_steps)
        # accelerate steps the scheduler once per process for each optimizer step
        n = self.accelerator.num_processes
        scheduler = get_scheduler(train.lr_schedule, optimizer, num_warmup_steps=warmup * n,
                                  num_training_steps=self.total_steps * n)
        return optimizer, scheduler

    # --- checkpoints -------------------------------------------------------------------------

    def resume_from(self, folder: Path) -> None:
        self.accelerator.load_state(str(folder))
        self.state = TrainState(**checkpoint.read_state(folder)["train_state"])
        self._last_saved = self.state.step

    def save_checkpoint(self) -> None:
        def write(tmp: Path) -> None:
            self.accelerator.save_state(str(tmp))
            if self.accelerator.is_main_process:
                checkpoint.write_state(tmp, {"train_state": asdict(self.state), "total_steps": self.total_steps})

        self.accelerator.wait_for_everyone()
        if self.accelerator.num_processes == 1:
            checkpoint.write_atomically(self.run_dir / LAST, write)
        else:  # every process writes its part into the same temporary folder; the main one swaps it in
            tmp = checkpoint.temporary(self.run_dir / LAST)
            if self.accelerator.is_main_process:
                import shutil

                shutil.rmtree(tmp, ignore_errors=True)
                tmp.mkdir(parents=True)
            self.accelerator.wait_for_everyone()
            write(tmp)
            self.accelerator.wait_for_everyone()
            if self.accelerator.is_main_process:
                checkpoint.swap_in(tmp, self.run_dir / LAST)
        self.accelerator.wait_for_everyone()
        self._last_saved = self.state.step

    def save_best(self) -> None:
        if self.accelerator.is_main_process:
            model = self.accelerator.unwrap_model(self.model)
            checkpoint.write_atomically(self.run_dir / BEST, lambda tmp: self.save_model(model, tmp))
        self.accelerator.wait_for_everyone()

    # --- the loop ----------------------------------------------------------------------------

    def train(self) -> TrainState:
        from tqdm.auto import tqdm

        accelerator = self.accelerator
        # a bar only on a terminal: redirected logs would get one line per refresh
        bar = tqdm(total=self.total_steps, initial=self.state.step, desc="fine-tune", unit="step",
                   disable=not accelerator.is_main_process or not sys.stderr.isatty(), dynamic_ncols=True)
        losses: list[float] = []
        self.model.train()  # from_pretrained returns eval mode: no dropout and no gradient checkpointing
        started = time.perf_counter()
        while self.state.step < self.total_steps and not self.state.stopped_early:
            loader = self._loader(self.state.epoch)
            if self.state.batch_in_epoch:
                loader = accelerator.skip_first_batches(loader, self.state.batch_in_epoch)
            for batch in loader:
                losses.append(self._micro_step(batch))
                self.state.batch_in_epoch += 1
                if not accelerator.sync_gradients:
                    continue
                self.state.step += 1
                bar.update(1)
                bar.set_postfix(loss=f"{losses[-1]:.4f}")
                self.state.train_seconds += time.perf_counter() - started
                self._after_step(losses)
                started = time.perf_counter()
                if self.state.step >= self.total_steps or self.state.stopped_early:
                    break
            else:
                self.state.epoch += 1
                self.state.batch_in_epoch = 0
        bar.close()
        if self._last_saved != self.state.step:
            self.save_checkpoint()
        return self.state

    def _micro_step(self, batch) -> float:
        accelerator = self.accelerator
        with accelerator.accumulate(self.model):
            loss = self._loss(batch)
            accelerator.backward(loss)
            if accelerator.sync_gradients and self.config.train.max_grad_norm > 0:
                accelerator.clip_grad_norm_(self.model.parameters(), self.config.train.max_grad_norm)
            self.optimizer.step()
            self.scheduler.step()
            self.optimizer.zero_grad()
        n_tokens = int(batch["attention_mask"].sum()) + int((batch["labels"] != -100).sum())
        self.state.tokens += n_tokens * accelerator.num_processes
        return float(loss.detach())

    def _loss(self, batch):
        smoothing = self.config.train.label_smoothing
        if smoothing <= 0:
            return self.model(**batch).loss
        import torch.nn.functional as F

        logits = self.model(**batch).logits
        return F.cross_entropy(logits.flatten(0, 1).float(), batch["labels"].flatten(),
                               ignore_index=-100, label_smoothing=smoothing)

    def _after_step(self, losses: list[float]) -> None:
        config, step = self.config, self.state.step
        final = step >= self.total_steps
        if step % config.train.log_every == 0 or final:
            recent = losses[-config.train.log_every * config.train.gradient_accumulation:]
            self.log.write({"step": step, "epoch": self.state.epoch, "loss": sum(recent) / len(recent),
                            "lr": self.scheduler.get_last_lr()[0],
                            "tokens_per_s": self.state.tokens / max(self.state.train_seconds, 1e-9)})
        every = config.eval.every
        if self.validate and ((every and step % every == 0) or final):
            self._evaluate()
        if step % config.train.save_every == 0 or final or self.state.stopped_early:
            self.save_checkpoint()

    def _evaluate(self) -> None:
        config, state = self.config, self.state
        scores = None
        if self.accelerator.is_main_process:
            scores = self.validate(self.accelerator.unwrap_model(self.model), self.accelerator.device)
            self.log.write({"step": state.step, **{k: v for k, v in scores.items() if k != "samples"}})
        scores = _broadcast(self.accelerator, scores)
        value = scores["eval_loss"] if config.eval.metric == "loss" else scores[config.eval.metric]
        if better(config.eval.metric, value, state.best_metric):
            state.best_metric, state.best_step, state.evals_without_improvement = value, state.step, 0
            self.save_best()
        else:
            state.evals_without_improvement += 1
            patience = config.eval.early_stopping_patience
            state.stopped_early = bool(patience) and state.evals_without_improvement >= patience


def _broadcast(accelerator, obj):
    if accelerator.num_processes == 1:
        return obj
    from accelerate.utils import broadcast_object_list

    box = [obj]
    broadcast_object_list(box, from_process=0)
    return box[0]
