"""Training throughput and peak memory: our accelerate loop against ``Seq2SeqTrainer``.

    python scripts/benchmark.py train [--model small|mid] [--steps 8] [--batch-size 4] [--pairs 16]

A random BART is built locally (no download; ``small``: 3+3 layers, d_model 256;
``mid``: 6+6 layers, d_model 768, KoBART's shape) with a tokenizer trained on the
benchmark articles (the seed page and ../shared/data/sci-news-dev). Both sides
train on the same encoded pairs with the same batch size, learning rate, schedule
and number of steps (a whole number of epochs, so both see the same tokens):

- ``trainer``: ``transformers.Seq2SeqTrainer`` with defaults otherwise (no saving, no evaluation);
- ``ours``: ``pipeline.training.loop.Trainer`` (its final checkpoint write included in the time);
- ``*-gc``: the same with gradient checkpointing.

Each measurement runs in a fresh process, so its peak memory (max RSS; peak CUDA
memory on GPU) is its own. Results: tokens/s, ratio to ``trainer``, memory.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import tempfile
import time
from pathlib import Path

from pipeline.benchmarks import DEFAULT_DATA, OUT_DIR, max_rss_mb, save_results
from pipeline.benchmarks.seq2seq import MODEL_SHAPES, build_model, load_articles

SHAPES = {"small": dict(d_model=256, layers=3, ffn_dim=1024, heads=4, vocab_size=4000, model_vocab=8000),
          "mid": MODEL_SHAPES["mid"]}
KINDS = ("trainer", "ours", "trainer-gc", "ours-gc")


def write_pairs(articles, path: Path) -> Path:
    """Training pairs: body -> the first three sentences as bullets (content does not matter for speed)."""
    with path.open("w", encoding="utf-8") as f:
        for article in articles:
            bullets = list(article.summary) or [s.strip() for s in article.body.replace("\n", " ").split(".")[:3] if s.strip()]
            f.write(json.dumps({"text": article.body, "bullets": bullets}, ensure_ascii=False) + "\n")
    return path


def _config(model_dir: Path, pairs: Path, out: Path, args, checkpointing: bool):
    from pipeline.config import load_config
    from pipeline.config.finetune import FinetuneConfig

    return load_config(FinetuneConfig, None, [
        f"model.name_or_path={model_dir}", f"data.train_path={pairs}", f"output_dir={out}",
        f"train.max_steps={args.steps}", f"train.batch_size={args.batch_size}", "train.learning_rate=5e-5",
        "train.warmup_steps=0", "train.lr_schedule=linear", "train.max_grad_norm=1.0", "train.weight_decay=0.0",
        f"train.gradient_checkpointing={str(checkpointing).lower()}", f"train.save_every={args.steps}",
        f"data.max_source_tokens={args.max_source_tokens}", "data.long_input=truncate", f"train.mixed_precision={args.precision}",
    ])


def _run(kind: str, model_dir: str, pairs: str, args, queue) -> None:
    import torch

    if args.threads:
        torch.set_num_threads(args.threads)
    from pipeline.training.data import Collator, load_data
    from pipeline.training.loop import Trainer, build_accelerator
    from pipeline.training.model import CheckpointWriter, load_model

    out = Path(tempfile.mkdtemp(prefix=f"bench-{kind}-"))
    config = _config(Path(model_dir), Path(pairs), out, args, kind.endswith("-gc"))
    accelerator = build_accelerator(config)
    loaded = load_model(config)
    model, tokenizer = loaded.model, loaded.tokenizer
    train, _, _ = load_data(config, loaded)
    cuda = torch.cuda.is_available()
    if cuda:
        torch.cuda.reset_peak_memory_stats()
    if kind.startswith("ours"):
        trainer = Trainer(config, accelerator, model, Collator(tokenizer.pad_token_id), train, None, out,
                          CheckpointWriter(config, tokenizer, loaded.separator, loaded.framing))
        started = time.perf_counter()
        state = trainer.train()
        seconds, tokens = time.perf_counter() - started, state.tokens
    else:
        seconds, tokens = _hf_trainer(model, tokenizer, train, config, out, args)
    queue.put({"kind": kind, "seconds": seconds, "tokens": tokens, "tokens_per_s": tokens / seconds,
               "max_rss_mb": max_rss_mb(),
               "cuda_peak_mb": torch.cuda.max_memory_allocated() / 2**20 if cuda else None})


def _hf_trainer(model, tokenizer, train, config, out: Path, args) -> tuple[float, int]:
    from datasets import Dataset
    from transformers import DataCollatorForSeq2Seq, Seq2SeqTrainer, Seq2SeqTrainingArguments

    t = config.train
    training_args = Seq2SeqTrainingArguments(
        output_dir=str(out), per_device_train_batch_size=t.batch_size, max_steps=t.max_steps,
        learning_rate=t.learning_rate, lr_scheduler_type=t.lr_schedule, warmup_steps=0, weight_decay=0.0,
        max_grad_norm=t.max_grad_norm, gradient_checkpointing=t.gradient_checkpointing, seed=config.seed,
        save_strategy="no", eval_strategy="no", report_to="none", logging_steps=10**6, disable_tqdm=True,
        bf16=t.mixed_precision == "bf16", fp16=t.mixed_precision == "fp16",
    )
    trainer = Seq2SeqTrainer(model=model, args=training_args, train_dataset=Dataset.from_list(train),
                             data_collator=DataCollatorForSeq2Seq(tokenizer, model=model), processing_class=tokenizer)
    started = time.perf_counter()
    trainer.train()
    seconds = time.perf_counter() - started
    per_epoch = sum(len(e["input_ids"]) + len(e["labels"]) for e in train)
    epochs = t.max_steps * t.batch_size / len(train)
    return seconds, round(per_epoch * epochs)


def measure(kind: str, model_dir: Path, pairs: Path, args) -> dict:
    context = mp.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=_run, args=(kind, str(model_dir), str(pairs), args, queue))
    process.start()
    process.join()
    if process.exitcode != 0:
        raise RuntimeError(f"the {kind!r} measurement failed (exit code {process.exitcode}); see its traceback above")
    return queue.get()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="kosum bench train", description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", choices=sorted(SHAPES), default="small")
    parser.add_argument("--steps", type=int, default=8, help="optimizer steps per measurement")
    parser.add_argument("--batch-size", type=int, default=4)
    parser.add_argument("--pairs", type=int, default=16, help="training pairs (steps x batch size should be a multiple)")
    parser.add_argument("--max-source-tokens", type=int, default=512)
    parser.add_argument("--precision", default="no", choices=("no", "bf16", "fp16"))
    parser.add_argument("--threads", type=int, default=0, help="torch CPU threads (0 = torch's default)")
    parser.add_argument("--kinds", nargs="+", choices=KINDS, default=list(KINDS))
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--model-dir", type=Path, default=OUT_DIR / "train-models")
    args = parser.parse_args(argv)
    if (args.steps * args.batch_size) % args.pairs:
        parser.error("--steps x --batch-size must be a multiple of --pairs so both sides train on the same tokens")

    articles = load_articles(args.data, args.pairs)
    texts = [a.title + "\n" + a.body for a in articles[: len({a.id for a in articles})]]
    import pipeline.benchmarks.seq2seq as seq2seq_bench

    seq2seq_bench.MODEL_SHAPES.update(SHAPES)  # build_model looks shapes up there
    model_dir = build_model(args.model, args.model_dir, texts)
    with tempfile.TemporaryDirectory() as tmp:
        pairs = write_pairs(articles, Path(tmp) / "pairs.jsonl")
        results = {kind: measure(kind, model_dir, pairs, args) for kind in args.kinds}
    rows = []
    for kind, r in results.items():
        base = results.get("trainer-gc" if kind.endswith("-gc") else "trainer")
        rows.append({**r, "x_trainer": r["tokens_per_s"] / base["tokens_per_s"] if base else None})
    print(f"{'run':<11} {'tokens':>8} {'seconds':>8} {'tok/s':>8} {'x trainer':>9} {'RSS MB':>8} {'CUDA MB':>8}")
    for r in rows:
        ratio = f"{r['x_trainer']:.2f}x" if r["x_trainer"] else "-"
        cuda = f"{r['cuda_peak_mb']:.0f}" if r["cuda_peak_mb"] is not None else "-"
        print(f"{r['kind']:<11} {r['tokens']:>8} {r['seconds']:>8.1f} {r['tokens_per_s']:>8.0f} {ratio:>9} "
              f"{r['max_rss_mb']:>8.0f} {cuda:>8}")
    save_results(f"train-{args.model}", args, rows)
    return 0
