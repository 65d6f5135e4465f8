"""The ``seq2seq`` engine: bullets from any Hugging Face encoder-decoder checkpoint.

Reading order: load the checkpoint (local folder or hub id, failing fast when the
hub cannot be reached) -> build each article's input from its Kiwi sentences ->
chunk long articles at sentence boundaries -> generate every chunk of every
article in length-sorted batches -> split outputs into bullets -> merge the chunks
of one article -> finish bullets with the shared formatter and flag unsupported
numbers and names.

torch and transformers are imported only here, when the engine is built.
"""
from __future__ import annotations

import json
import math
import os
import re
import threading
import unicodedata
import warnings
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.analysis import content_key
from pipeline.chunking import Chunk, chunk_sentences
from pipeline.errors import ConfigError
from pipeline.errors import ModelLoadError
from pipeline.format import remove_final_period, strip_bullet_mark
from pipeline.records import Document, Summary

if TYPE_CHECKING:
    from pipeline.analysis import Analyzer
    from pipeline.config.summarize import SummarizeConfig

CHECKPOINT_INFO = "kosum.json"  # written next to a fine-tuned checkpoint by the fine-tuning recipe
DEFAULT_MAX_SOURCE_TOKENS = 1024
HUB_CHECK_TIMEOUT_S = 3.0
_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*(/[\w.-]+)?$")
_TRUE = {"1", "true", "yes", "on"}


# ---------------------------------------------------------------- loading


@dataclass
class Checkpoint:
    """A loaded checkpoint and what ``kosum.json`` says about how it was trained."""

    tokenizer: Any
    model: Any
    source: str
    """The ``model.name_or_path`` it was loaded from."""
    info: dict = field(default_factory=dict)
    """``kosum.json`` contents (empty when the folder has none)."""


def load_checkpoint(name_or_path: str, revision: str | None = None, dtype=None) -> Checkpoint:
    """Tokenizer + seq2seq model from a local folder or a hub id, with errors that say what to do."""
    if not name_or_path:
        raise ModelLoadError(
            "model.name_or_path is empty: set it to a checkpoint folder (model.name_or_path=models/my-kobart) "
            "or a hub id (see models/presets/)"
        )
    path = Path(name_or_path).expanduser()
    if path.exists():
        return _load_local(path, dtype)
    if not _HUB_ID.match(name_or_path) or name_or_path.startswith((".", "~")):
        raise ModelLoadError(f"model folder not found: {name_or_path} (set model.name_or_path to a checkpoint folder)")
    return _load_hub(name_or_path, revision, dtype)


def _load_local(path: Path, dtype) -> Checkpoint:
    if not path.is_dir():
        raise ModelLoadError(f"{path} is a file; model.name_or_path must be a checkpoint folder (config.json, weights, tokenizer)")
    adapter = next((d for d in (path, path / "adapter") if (d / "adapter_config.json").is_file()), None)
    if adapter is not None and not (path / "config.json").is_file():
        return _load_adapter(path, adapter, dtype)
    if not (path / "config.json").is_file():
        found = ", ".join(sorted(p.name for p in path.iterdir())[:12]) or "nothing"
        raise ModelLoadError(f"{path} has no config.json, so it is not a Hugging Face checkpoint folder (found: {found})")
    _check_encoder_decoder(str(path), local_files_only=True)
    tokenizer, model = _from_pretrained(str(path), None, dtype, local_files_only=True)
    return Checkpoint(tokenizer, model, str(path), _read_info(path))


def _read_info(path: Path) -> dict:
    if not (path / CHECKPOINT_INFO).is_file():
        return {}
    try:
        return json.loads((path / CHECKPOINT_INFO).read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ModelLoadError(f"{path / CHECKPOINT_INFO} is not valid JSON: {exc}") from None


def _load_adapter(path: Path, adapter: Path, dtype) -> Checkpoint:
    """A LoRA run saved without merging: its base model + the adapter, merged for fast inference."""
    try:
        from peft import PeftModel
    except ImportError:
        raise ModelLoadError(f"{adapter} holds a LoRA adapter; loading it needs peft: pip install -e '.[lora]'") from None
    settings = json.loads((adapter / "adapter_config.json").read_text(encoding="utf-8"))
    info = _read_info(path)
    base_name = settings.get("base_model_name_or_path") or info.get("base_model")
    if not base_name:
        raise ModelLoadError(f"{adapter / 'adapter_config.json'} does not name its base model (base_model_name_or_path)")
    base = load_checkpoint(base_name, dtype=dtype)
    tokenizer = base.tokenizer
    if any((path / name).is_file() for name in ("tokenizer.json", "tokenizer_config.json")):
        from transformers import AutoTokenizer

        tokenizer = AutoTokenizer.from_pretrained(str(path), local_files_only=True)  # may hold an added separator
    model = base.model
    if model.get_input_embeddings().num_embeddings < len(tokenizer):
        model.resize_token_embeddings(len(tokenizer))
    model = PeftModel.from_pretrained(model, str(adapter)).merge_and_unload()
    return Checkpoint(tokenizer, model, str(path), info)


def _load_hub(hub_id: str, revision: str | None, dtype) -> Checkpoint:
    try:  # already in the local Hugging Face cache: no network needed
        _check_encoder_decoder(hub_id, revision=revision, local_files_only=True)
        return Checkpoint(*_from_pretrained(hub_id, revision, dtype, local_files_only=True), hub_id, {})
    except ModelLoadError:
        raise
    except Exception:  # noqa: BLE001 - not cached (or partly): try the hub below
        pass
    offline = any(os.environ.get(k, "").lower() in _TRUE for k in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE"))
    problem = "offline mode is on (HF_HUB_OFFLINE)" if offline else _hub_unreachable()
    if problem:
        raise ModelLoadError(
            f"cannot load model {hub_id!r}: there is no local folder by that name, it is not in the Hugging Face "
            f"cache, and {problem}. Download it where there is internet "
            f"(huggingface-cli download {hub_id} --local-dir models/{hub_id.split('/')[-1]}), "
            f"then set model.name_or_path=models/{hub_id.split('/')[-1]}"
        )
    _check_encoder_decoder(hub_id, revision=revision)
    return Checkpoint(*_from_pretrained(hub_id, revision, dtype), hub_id, {})


def _hub_unreachable(timeout: float = HUB_CHECK_TIMEOUT_S) -> str | None:
    """None when the hub answers a TCP connect within ``timeout`` seconds (DNS included), else why not."""
    import socket
    from urllib.parse import urlparse

    endpoint = urlparse(os.environ.get("HF_ENDPOINT", "https://huggingface.co"))
    host, port = endpoint.hostname or "huggingface.co", endpoint.port or (80 if endpoint.scheme == "http" else 443)
    result: list[str | None] = []

    def connect() -> None:
        try:
            socket.create_connection((host, port), timeout=timeout).close()
            result.append(None)
        except OSError as exc:
            result.append(f"{host} cannot be reached ({exc.__class__.__name__}: {exc})")

    thread = threading.Thread(target=connect, daemon=True)  # getaddrinfo ignores socket timeouts
    thread.start()
    thread.join(timeout)
    return result[0] if result else f"{host} did not answer within {timeout:.0f} s"


def _check_encoder_decoder(name: str, revision: str | None = None, local_files_only: bool = False) -> None:
    from transformers import AutoConfig

    try:
        config = AutoConfig.from_pretrained(name, revision=revision, local_files_only=local_files_only)
    except (OSError, ValueError) as exc:
        if not local_files_only or Path(name).exists():
            raise ModelLoadError(f"cannot read the model config of {name}: {exc}") from None
        raise
    if not getattr(config, "is_encoder_decoder", False):
        arch = ", ".join(getattr(config, "architectures", None) or []) or "unknown architecture"
        raise ModelLoadError(
            f"{name} holds a {config.model_type!r} model ({arch}), not an encoder-decoder; "
            "the seq2seq engine needs a checkpoint such as BART, T5 or mT5"
        )


def _from_pretrained(name: str, revision: str | None, dtype, local_files_only: bool = False):
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # a weight-loading bar per load would drown the run's own progress output

    kwargs = {"revision": revision, "local_files_only": local_files_only}
    try:
        tokenizer = AutoTokenizer.from_pretrained(name, **kwargs)
    except (OSError, ValueError, TypeError) as exc:
        if local_files_only and not Path(name).exists():
            raise
        raise ModelLoadError(f"cannot load the tokenizer of {name}: {exc}") from None
    try:
        model = AutoModelForSeq2SeqLM.from_pretrained(name, dtype=dtype, **kwargs)
    except (OSError, ValueError) as exc:
        if local_files_only and not Path(name).exists():
            raise
        raise ModelLoadError(f"cannot load {name} as a seq2seq model: {exc}") from None
    return tokenizer, model


def check_tokenizer(tokenizer, model, source: str) -> None:
    """The special tokens batched generation needs, and a vocabulary that fits the model."""
    missing = [name for name in ("pad_token", "eos_token") if getattr(tokenizer, name + "_id", None) is None]
    if missing:
        raise ModelLoadError(
            f"the tokenizer of {source} has no {' and no '.join(missing)}; batched generation needs both "
            "(add them with tokenizer.add_special_tokens and save the tokenizer again)"
        )
    start = model.generation_config.decoder_start_token_id
    if start is None:
        start = model.config.decoder_start_token_id
    if start is None:
        raise ModelLoadError(f"{source} defines no decoder_start_token_id in config.json or generation_config.json")
    embeddings = model.get_input_embeddings().num_embeddings
    if len(tokenizer) > embeddings:
        raise ModelLoadError(
            f"the tokenizer of {source} has {len(tokenizer)} tokens but the model only {embeddings} embeddings "
            "(tokens were added without model.resize_token_embeddings)"
        )


def resolve_device(name: str) -> str:
    """``auto`` -> cuda, then mps, then cpu; anything else must be available."""
    import torch

    if name == "auto":
        if torch.cuda.is_available():
            return "cuda"
        if getattr(torch.backends, "mps", None) is not None and torch.backends.mps.is_available():
            return "mps"
        return "cpu"
    if name.startswith("cuda") and not torch.cuda.is_available():
        raise ConfigError(f"seq2seq.device={name!r} but no CUDA device is available (use auto or cpu)")
    if name == "mps" and not torch.backends.mps.is_available():
        raise ConfigError("seq2seq.device='mps' but MPS is not available (use auto or cpu)")
    return name


def resolve_dtype(name: str, device: str):
    import torch

    if name == "auto":
        if device.startswith("cuda"):
            return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
        return torch.float16 if device == "mps" else torch.float32
    if name == "float16" and device == "cpu":
        raise ConfigError("seq2seq.dtype=float16 is not supported on CPU (use float32 or bfloat16)")
    return getattr(torch, name)


def quantize_int8(model):
    """Dynamic int8 quantization of every Linear layer (CPU inference)."""
    import torch
    from torch.ao.quantization import quantize_dynamic

    with warnings.catch_warnings():  # torch marks the eager quantization API as deprecated in favour of torchao
        warnings.simplefilter("ignore")
        return quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)


# ---------------------------------------------------------------- text helpers


def normalize_text(text: str) -> str:
    """NFC and single spaces: how a sentence is fed to the model."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def split_bullets(text: str, separator: str | None) -> list[str]:
    """Generated text into bullet candidates: split on ``separator`` (when set) and on newlines."""
    parts = text.split(separator) if separator else [text]
    return [line.strip() for part in parts for line in part.splitlines() if line.strip()]


def _finish_fallback(text: str, analyzer, max_chars: int) -> str:
    """Bullet mark and final period off; cut at a word boundary when too long."""
    text = remove_final_period(strip_bullet_mark(" ".join(text.split())))
    if len(text) > max_chars:
        cut = text[: max_chars + 1].rsplit(" ", 1)[0] if " " in text[:max_chars + 1] else text[:max_chars]
        text = remove_final_period(cut.rstrip(",·: "))
    return text


def _bullet_finisher(analyzer, max_chars: int) -> Callable[[str], str]:
    """The shared bullet formatter (``pipeline.compress``), or a plain fallback without it."""
    try:
        from pipeline import compress
    except ImportError:
        return lambda text: _finish_fallback(text, analyzer, max_chars)
    if callable(getattr(compress, "finish_bullet", None)):
        return lambda text: compress.finish_bullet(text, analyzer, max_chars)
    return compress.Compressor(analyzer.kiwi, max_chars=max_chars).finish_bullet


def _content_keys(analyzer, text: str) -> set[str]:
    return {k for m in analyzer.morphs(text) if (k := content_key(m)) is not None}


def dedupe_bullets(bullets: Sequence[str], analyzer, threshold: float) -> list[str]:
    """Drop bullets whose content words overlap an earlier bullet's by Jaccard >= ``threshold``."""
    kept: list[tuple[str, set[str]]] = []
    for bullet in bullets:
        keys = _content_keys(analyzer, bullet)
        duplicate = False
        for other, other_keys in kept:
            if bullet == other:
                duplicate = True
            elif keys and other_keys:
                duplicate = len(keys & other_keys) / len(keys | other_keys) >= threshold
            if duplicate:
                break
        if not duplicate:
            kept.append((bullet, keys))
    return [b for b, _ in kept]


def rank_bullets(bullets: Sequence[str], doc: Document, analyzer, keep: int, keep_order: bool) -> list[str]:
    """The ``keep`` bullets whose content words are most frequent in the article."""
    if len(bullets) <= keep:
        return list(bullets)
    freq = Counter(k for s in doc.sentences for m in s.morphs if (k := content_key(m)) is not None)

    def score(bullet: str) -> float:
        keys = _content_keys(analyzer, bullet)
        return sum(math.log1p(freq[k]) for k in keys) / math.sqrt(len(keys) + 1)

    best = sorted(range(len(bullets)), key=lambda i: (-score(bullets[i]), i))[:keep]
    return [bullets[i] for i in (sorted(best) if keep_order else best)]


# ---------------------------------------------------------------- engine


@dataclass
class _Job:
    """One article on its way through the engine."""

    doc: Document
    chunks: list[Chunk]
    warnings: list[str]
    outputs: list[str] = field(default_factory=list)


class Seq2SeqEngine:
    """Abstractive bullets from an encoder-decoder checkpoint; see the module docstring for the steps."""

    name = "seq2seq"

    def __init__(self, checkpoint: Checkpoint, config: "SummarizeConfig", analyzer: "Analyzer", device: str = "cpu"):
        self.config = config
        self.options = config.seq2seq
        self.analyzer = analyzer
        self.tokenizer = checkpoint.tokenizer
        self.model = checkpoint.model
        self.source = checkpoint.source
        self.device = device
        info = checkpoint.info
        self.prefix = config.model.prefix if config.model.prefix is not None else info.get("prefix", "") or ""
        separator = self.options.separator if self.options.separator is not None else info.get("separator") or None
        self.separator = None if separator == "\n" else separator
        self.max_source_tokens = self.options.max_source_tokens or info.get("max_source_tokens") or self._model_limit()
        self._keep_ids = self._separator_ids()
        self._finish = _bullet_finisher(analyzer, config.bullets.max_chars)
        self._selector = None
        if self.options.input == "selected":
            self._selector = self._build_selector()

    @classmethod
    def from_config(cls, config: "SummarizeConfig", analyzer: "Analyzer") -> "Seq2SeqEngine":
        import torch

        options = config.seq2seq
        options.validate()
        device = "cpu" if options.quantize == "int8" else resolve_device(options.device)
        dtype = torch.float32 if options.quantize == "int8" else resolve_dtype(options.dtype, device)
        checkpoint = load_checkpoint(config.model.name_or_path, config.model.revision, dtype)
        check_tokenizer(checkpoint.tokenizer, checkpoint.model, checkpoint.source)
        model = checkpoint.model.to(device).eval()
        if options.quantize == "int8":
            model = quantize_int8(model)
        checkpoint.model = model
        return cls(checkpoint, config, analyzer, device)

    # -- public API

    def summarize(self, doc: Document) -> Summary:
        return self.summarize_many([doc])[0]

    def summarize_many(self, docs: Sequence[Document]) -> list[Summary]:
        """Summaries in input order; all chunks of all articles are generated in length-sorted batches."""
        jobs = [self._prepare(doc) for doc in docs]
        flat = [(job, chunk) for job in jobs for chunk in job.chunks]
        outputs = self.generate([c.text for _, c in flat], [c.tokens for _, c in flat])
        for (job, _), text in zip(flat, outputs):
            job.outputs.append(text)
        merged = self._merge(jobs)
        return [self._summary(job, bullets) for job, bullets in zip(jobs, merged)]

    def generate(self, texts: Sequence[str], lengths: Sequence[int] | None = None) -> list[str]:
        """Generated text for every input, in input order, longest inputs batched first."""
        if lengths is None:
            lengths = [self.count_tokens(t) for t in texts]
        order = sorted(range(len(texts)), key=lambda i: -lengths[i])
        results: list[str] = [""] * len(texts)
        for batch in self._batches(order, lengths):
            for i, text in zip(batch, self._generate_halving([texts[i] for i in batch])):
                results[i] = text
        return results

    def count_tokens(self, text: str) -> int:
        """Encoder length of ``text`` with the prefix and special tokens, as the model sees it."""
        return len(self.tokenizer(self.prefix + text, add_special_tokens=True, verbose=False)["input_ids"])

    # -- input

    def _prepare(self, doc: Document) -> _Job:
        warnings_: list[str] = []
        indices = range(len(doc.sentences))
        if self._selector is not None and doc.sentences:
            indices = sorted(self._selector.select(doc))
        sentences = [normalize_text(doc.sentences[i].text) for i in indices]
        if self.options.title and doc.article.title.strip():
            sentences.insert(0, normalize_text(doc.article.title))
        if not any(sentences):
            return _Job(doc, [], ["empty article: no sentences to summarize"])
        chunks = chunk_sentences(sentences, self.count_tokens, self.max_source_tokens)
        split = sorted({i for c in chunks for i in c.split})
        for i in split:
            warnings_.append(
                f"sentence {i + 1} ({self.count_tokens(sentences[i])} tokens) is longer than "
                f"max_source_tokens={self.max_source_tokens}; it was split at word boundaries"
            )
        if self.options.truncate and len(chunks) > 1:
            used = len(chunks[0].sentences)
            warnings_.append(
                f"input truncated to max_source_tokens={self.max_source_tokens}: "
                f"summarized {used} of {len(sentences)} sentences (seq2seq.truncate=true)"
            )
            chunks = chunks[:1]
        return _Job(doc, chunks, warnings_)

    def _build_selector(self):
        try:
            from pipeline.engines.extractive import KiwiEngine
        except ImportError as exc:
            raise ConfigError(f"seq2seq.input=selected needs the kiwi engine, which cannot be imported: {exc}") from None
        selector = KiwiEngine.from_config(self.config, self.analyzer)
        if not callable(getattr(selector, "select", None)):
            raise ConfigError("seq2seq.input=selected needs KiwiEngine.select(doc); use seq2seq.input=full")
        return selector

    # -- generation

    def _batches(self, order: list[int], lengths: Sequence[int]):
        batch: list[int] = []
        for i in order:
            longest = lengths[batch[0]] if batch else lengths[i]  # order is longest first
            too_many = len(batch) >= self.options.batch_size
            too_big = self.options.max_batch_tokens and (len(batch) + 1) * longest > self.options.max_batch_tokens
            if batch and (too_many or too_big):
                yield batch
                batch = []
            batch.append(i)
        if batch:
            yield batch

    def _generate_halving(self, texts: list[str]) -> list[str]:
        """Generate one batch; on out-of-memory retry it in halves so no input is lost."""
        try:
            return self._generate_batch(texts)
        except Exception as exc:  # noqa: BLE001 - only out-of-memory is retried
            if not _is_oom(exc) or len(texts) == 1:
                raise
            _free_memory(self.device)
            half = len(texts) // 2
            return self._generate_halving(texts[:half]) + self._generate_halving(texts[half:])

    def _generate_batch(self, texts: list[str]) -> list[str]:
        import torch

        encoded = self.tokenizer(
            [self.prefix + t for t in texts], padding=True, truncation=True,
            max_length=self.max_source_tokens, return_tensors="pt",
        )
        encoded.pop("token_type_ids", None)
        encoded = {k: v.to(self.device) for k, v in encoded.items()}
        o = self.options
        cache = {"cache": beam_search_cache()} if o.num_beams > 1 else {}
        with torch.inference_mode():
            out = self.model.generate(
                **encoded,
                **cache,
                num_beams=o.num_beams,
                do_sample=False,
                max_new_tokens=o.max_target_tokens,
                min_new_tokens=o.min_target_tokens or None,
                no_repeat_ngram_size=o.no_repeat_ngram_size,
                repetition_penalty=o.repetition_penalty,
                length_penalty=o.length_penalty,
                early_stopping=o.num_beams > 1,
            )
        return [self._decode(row) for row in out.tolist()]

    def _decode(self, ids: list[int]) -> str:
        """Special tokens removed, the separator kept even when the tokenizer marks it special."""
        special = set(self.tokenizer.all_special_ids) - self._keep_ids
        return self.tokenizer.decode([i for i in ids if i not in special], skip_special_tokens=False)

    def _separator_ids(self) -> set[int]:
        if not self.separator:
            return set()
        ids = self.tokenizer(self.separator, add_special_tokens=False)["input_ids"]
        return set(ids) if len(ids) == 1 else set()

    def _model_limit(self) -> int:
        limits = [DEFAULT_MAX_SOURCE_TOKENS]
        if 0 < getattr(self.tokenizer, "model_max_length", 0) < 1_000_000:
            limits.append(self.tokenizer.model_max_length)
        positions = getattr(self.model.config, "max_position_embeddings", None)
        if positions:
            limits.append(positions)
        return min(limits)

    # -- output

    def _bullets(self, text: str) -> list[str]:
        finished = (self._finish(b) for b in split_bullets(text, self.separator))
        return [b for b in finished if b]

    def _merge(self, jobs: list[_Job]) -> list[list[str]]:
        """One bullet list per article from its chunk outputs."""
        threshold = self.options.dedup_threshold
        per_job = [dedupe_bullets([b for out in job.outputs for b in self._bullets(out)], self.analyzer, threshold) for job in jobs]
        if self.options.merge == "resummarize":
            second = [i for i, job in enumerate(jobs) if len(job.chunks) > 1 and per_job[i]]
            texts = [". ".join(per_job[i]) + "." for i in second]
            fits = [self.count_tokens(t) <= self.max_source_tokens for t in texts]
            for i, fit in zip(second, fits):
                if not fit:
                    jobs[i].warnings.append("chunk summaries too long for a second pass; ranked them instead (seq2seq.merge)")
            redo = [(i, t) for i, t, fit in zip(second, texts, fits) if fit]
            for (i, _), text in zip(redo, self.generate([t for _, t in redo])):
                per_job[i] = dedupe_bullets(self._bullets(text), self.analyzer, threshold) or per_job[i]
        keep_order = self.config.bullets.keep_order
        return [rank_bullets(b, job.doc, self.analyzer, self.config.bullets.max, keep_order) for b, job in zip(per_job, jobs)]

    def _summary(self, job: _Job, bullets: list[str]) -> Summary:
        warnings_ = list(job.warnings)
        if job.chunks and len(bullets) < self.config.bullets.min:
            warnings_.append(f"the model produced {len(bullets)} bullet(s), fewer than bullets.min={self.config.bullets.min}")
        if bullets and self.options.flag_unsupported:
            warnings_.extend(self._unsupported(bullets, job.doc))
        article = job.doc.article
        return Summary(
            id=article.id,
            title=article.title,
            bullets=tuple(bullets),
            engine=self.name,
            source_sentences=(None,) * len(bullets),
            warnings=tuple(warnings_),
            info={
                "chunks": len(job.chunks),
                "input": self.options.input,
                "input_tokens": sum(c.tokens for c in job.chunks),
                "model": self.source,
            },
        )

    def _unsupported(self, bullets: list[str], doc: Document) -> list[str]:
        from pipeline.faithfulness import SourceFacts, check_summary

        # the article's own Kiwi analysis is reused: only the bullets are analysed here
        found = check_summary(bullets, SourceFacts.from_document(doc), self.analyzer)
        return [f"number not in the source: {n}" for n in found.numbers] + [
            f"name not in the source: {n}" for n in found.names
        ]


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
