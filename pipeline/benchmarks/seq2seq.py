"""Throughput of the seq2seq engine against a one-article-at-a-time ``generate`` loop.

    python scripts/benchmark.py seq2seq [--models tiny mid] [--articles 64] [--device cpu] [--no-int8]

Randomly initialised BARTs are built locally (no download): ``tiny`` (2+2 layers,
d_model 64) and ``mid`` (6+6 layers, d_model 768, 30k vocabulary - KoBART's
shape), with a tokenizer trained on the benchmark articles. The articles are the
seed page and ../shared/data/sci-news-dev, repeated to ``--articles``.

- ``naive``: what ``transformers.pipeline("summarization")`` did (the task is
  gone from transformers 5): per article, truncate to ``max_source_tokens`` and
  ``model.generate`` with the same generation settings.
- ``ours``: ``Seq2SeqEngine.summarize_many`` - length-sorted batches, chunking
  (no truncation), bullet post-processing and faithfulness flags included.
- ``ours-int8``: the same with ``seq2seq.quantize=int8`` (CPU only).

A random model rarely emits EOS, so every output runs to ``--max-new-tokens``:
both sides generate the same number of steps. Each measurement runs in a fresh
process, so its peak memory (max RSS, and peak CUDA memory on GPU) is its own.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import time
from pathlib import Path

from pipeline.benchmarks import DEFAULT_DATA, OUT_DIR, REPO, max_rss_mb, page_records, save_results, sci_news_pairs

MODEL_SHAPES = {
    "tiny": dict(d_model=64, layers=2, ffn_dim=128, heads=2, vocab_size=2000, model_vocab=2000),
    "mid": dict(d_model=768, layers=6, ffn_dim=3072, heads=12, vocab_size=8000, model_vocab=30000),
}


def load_articles(data: Path, count: int):
    """The seed page (parsed like any input) and the sci-news articles of ``data`` (if any), repeated to ``count``."""
    from pipeline.ingest import to_article

    base = [to_article(record) for record in page_records(REPO / "seeds")]
    base += [pair.to_article() for pair in sci_news_pairs(data)]
    return [base[i % len(base)] for i in range(count)]


def build_model(kind: str, out_dir: Path, texts: list[str]) -> Path:
    """A random BART of shape ``kind``, cached under ``out_dir``."""
    folder = out_dir / f"bart-{kind}"
    if (folder / "config.json").is_file():
        return folder
    from pipeline import tiny_models

    shape = dict(MODEL_SHAPES[kind])
    model_vocab = shape.pop("model_vocab")
    tiny_models.build_tiny_bart(folder, texts, **shape)

    import torch
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(folder)
    model = AutoModelForSeq2SeqLM.from_pretrained(folder)
    if model_vocab > len(tokenizer):  # Korean-sized output layer; ids the tokenizer lacks are never generated
        model.resize_token_embeddings(model_vocab, mean_resizing=False)
        with torch.no_grad():
            model.final_logits_bias[0, len(tokenizer):] = -1e4
        model.save_pretrained(folder)
    return folder


def _settings(args) -> list[str]:
    return [
        f"seq2seq.max_target_tokens={args.max_new_tokens}",
        f"seq2seq.min_target_tokens={args.max_new_tokens}",  # same step count on both sides
        f"seq2seq.num_beams={args.num_beams}",
        f"seq2seq.max_source_tokens={args.max_source_tokens}",
        f"seq2seq.batch_size={args.batch_size}",
        f"seq2seq.device={args.device}",
    ]


def _run(kind: str, model_dir: str, articles, args, queue) -> None:
    import torch

    from pipeline.analysis import Analyzer
    from pipeline.config import load_config
    from pipeline.config.summarize import SummarizeConfig
    from pipeline.engines import build_engine

    if args.threads:
        torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    analyzer = Analyzer()
    docs = list(analyzer.analyze_many(articles))
    overrides = _settings(args) + ["model.name_or_path=" + model_dir]
    if kind == "ours-int8":
        overrides.append("seq2seq.quantize=int8")
    if kind == "ours-selected":  # the encoder reads only the kiwi engine's selected sentences
        overrides.append("seq2seq.input=selected")
    config = load_config(SummarizeConfig, REPO / "configs" / "summarize-seq2seq.yaml", overrides)
    engine = build_engine("seq2seq", config, analyzer)
    cuda = engine.device.startswith("cuda")
    if kind == "naive":
        run = lambda batch: _naive(engine, batch, config.seq2seq)  # noqa: E731 - same loaded model and tokenizer
    else:
        run = engine.summarize_many
    run(docs[:2])  # warm-up: lazy imports, kernels, Kiwi caches
    if cuda:
        torch.cuda.synchronize()
        torch.cuda.reset_peak_memory_stats()
    start = time.perf_counter()
    results = run(docs)
    if cuda:
        torch.cuda.synchronize()
    seconds = time.perf_counter() - start
    chunks = sum(s.info["chunks"] for s in results) if kind != "naive" else len(docs)
    queue.put({
        "seconds": seconds,
        "articles_per_s": len(docs) / seconds,
        "generated_inputs": chunks,
        "max_rss_mb": max_rss_mb(),
        "cuda_peak_mb": torch.cuda.max_memory_allocated() / 2**20 if cuda else None,
        "device": engine.device,
        "dtype": str(next(p for p in engine.model.parameters()).dtype) if kind != "ours-int8" else "int8 linears",
    })


def _naive(engine, docs, options) -> list[str]:
    """One article at a time, truncated to the model's input: the pipeline("summarization") way."""
    import torch

    from pipeline.seq2seq.bullets import model_text

    outputs = []
    for doc in docs:
        text = model_text(" ".join(s.text for s in doc.sentences))
        ids = engine.framer.encode_source(text, engine.max_source_tokens)  # the same ids, cut at the limit
        with torch.inference_mode():
            out = engine.model.generate(
                input_ids=torch.tensor([ids], device=engine.device),
                num_beams=options.num_beams, do_sample=False,
                max_new_tokens=options.max_target_tokens, min_new_tokens=options.min_target_tokens or None,
                no_repeat_ngram_size=options.no_repeat_ngram_size, repetition_penalty=options.repetition_penalty,
                length_penalty=options.length_penalty, early_stopping=options.num_beams > 1,
            )
        outputs.append(engine.tokenizer.decode(out[0], skip_special_tokens=True))
    return outputs


def measure(kind: str, model_dir: Path, articles, args) -> dict:
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    process = ctx.Process(target=_run, args=(kind, str(model_dir), articles, args, queue))
    process.start()
    result = queue.get()
    process.join()
    return result


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="kosum bench seq2seq", description=__doc__.split("\n\n")[0])
    parser.add_argument("--models", nargs="+", choices=sorted(MODEL_SHAPES), default=["tiny", "mid"])
    parser.add_argument("--articles", type=int, default=64, help="articles summarized per measurement")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of sci-news *.json articles")
    parser.add_argument("--device", default="cpu", help="cpu | cuda | auto")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--num-beams", type=int, default=2)
    parser.add_argument("--max-new-tokens", type=int, default=32)
    parser.add_argument("--max-source-tokens", type=int, default=1024)
    parser.add_argument("--threads", type=int, default=0, help="torch CPU threads (0 = torch's default)")
    parser.add_argument("--no-int8", action="store_true", help="skip the int8 measurement")
    parser.add_argument("--selected", action="store_true", help="also measure seq2seq.input=selected (kiwi selection first)")
    parser.add_argument("--model-dir", type=Path, default=OUT_DIR / "seq2seq-models")
    args = parser.parse_args(argv)

    articles = load_articles(args.data, args.articles)
    texts = [a.title + "\n" + a.body for a in articles[: len({a.id for a in articles})]]
    kinds = ["naive", "ours"] + ([] if args.no_int8 or args.device not in ("cpu",) else ["ours-int8"])
    kinds += ["ours-selected"] if args.selected else []
    rows = []
    for model in args.models:
        folder = build_model(model, args.model_dir, texts)
        results = {kind: measure(kind, folder, articles, args) for kind in kinds}
        for kind, result in results.items():
            ratio = result["articles_per_s"] / results["naive"]["articles_per_s"]
            rows.append({"model": model, "kind": kind, "speedup": ratio, **result})

    print(f"{'model':<6} {'run':<10} {'device':<7} {'art/s':>8} {'x naive':>8} {'inputs':>7} {'RSS MB':>8} {'CUDA MB':>8}")
    for r in rows:
        cuda = f"{r['cuda_peak_mb']:.0f}" if r["cuda_peak_mb"] is not None else "-"
        print(f"{r['model']:<6} {r['kind']:<10} {r['device']:<7} {r['articles_per_s']:>8.2f} {r['speedup']:>7.2f}x "
              f"{r['generated_inputs']:>7} {r['max_rss_mb']:>8.0f} {cuda:>8}")
    save_results(f"seq2seq-{args.device}", args, rows)
    return 0
