"""The ``seq2seq`` engine: bullets from any Hugging Face encoder-decoder checkpoint.

Reading order: load the checkpoint (``pipeline.seq2seq``: local folder, hub id failing
fast offline, LoRA adapter) -> build each article's input from its Kiwi sentences ->
chunk long articles at sentence boundaries, measured in the framed ids the model
reads -> generate every chunk of every article in length-sorted batches (the same
``Generator`` validation uses in fine-tuning) -> split outputs into finished bullets
-> merge the chunks of one article -> flag unsupported numbers and names.

torch and transformers are imported only when the engine is built.
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pipeline.analysis import content_key
from pipeline.chunking import Chunk, chunk_sentences
from pipeline.errors import ConfigError
from pipeline.records import Document, Summary
from pipeline.seq2seq.bullets import BulletReader, model_text
from pipeline.seq2seq.checkpoint import Checkpoint, load_for_inference
from pipeline.seq2seq.framing import Framer
from pipeline.seq2seq.generate import GenerationSettings, Generator

if TYPE_CHECKING:
    from pipeline.analysis import Analyzer
    from pipeline.config.summarize import BulletConfig, KiwiEngineConfig
    from pipeline.engines.extractive import KiwiEngine
    from pipeline.engines.seq2seq_config import ModelConfig, Seq2SeqConfig

DEFAULT_MAX_SOURCE_TOKENS = 1024  # longest encoder input when neither the config nor the checkpoint sets one


# ---------------------------------------------------------------- ranking


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
    SECTIONS = ("bullets", "kiwi", "model", "seq2seq")  # kiwi: the sentence selection of seq2seq.input=selected

    def __init__(self, checkpoint: Checkpoint, analyzer: "Analyzer", bullets: "BulletConfig", options: "Seq2SeqConfig",
                 prefix: str | None = None, device: str = "cpu", selector: "KiwiEngine | None" = None):
        self.bullets = bullets
        self.options = options
        self.analyzer = analyzer
        self.tokenizer = checkpoint.tokenizer
        self.model = checkpoint.model
        self.source = checkpoint.source
        self.device = device
        self.load_warnings = tuple(checkpoint.warnings)
        info = checkpoint.info
        self.framer = Framer(self.tokenizer, checkpoint.framing(prefix))
        separator = self.options.separator if self.options.separator is not None else (info.separator if info else None)
        self.separator = None if separator == "\n" else separator
        self.max_source_tokens = self.options.max_source_tokens or (info and info.max_source_tokens) or self._model_limit()
        self.generator = Generator(self.model, self.tokenizer, self.framer, GenerationSettings.from_summarize(self.options),
                                   device, self.separator, self.max_source_tokens)
        self._bullets = BulletReader(self.separator, analyzer, bullets.max_chars)
        if options.input == "selected" and selector is None:
            raise ConfigError("seq2seq.input=selected needs the kiwi engine's selection; pass selector= or use seq2seq.input=full")
        self._selector = selector if options.input == "selected" else None

    @classmethod
    def from_sections(cls, analyzer: "Analyzer", bullets: "BulletConfig", kiwi: "KiwiEngineConfig", model: "ModelConfig",
                      seq2seq: "Seq2SeqConfig") -> "Seq2SeqEngine":
        seq2seq.validate()
        selector = cls._build_selector(analyzer, bullets, kiwi) if seq2seq.input == "selected" else None
        checkpoint, device = load_for_inference(model.name_or_path, model.revision, seq2seq.device, seq2seq.dtype, seq2seq.quantize)
        return cls(checkpoint, analyzer, bullets, seq2seq, model.prefix, device, selector)

    @property
    def prefix(self) -> str:
        return self.framer.prefix

    # -- public API

    def summarize(self, doc: Document) -> Summary:
        return self.summarize_many([doc])[0]

    def summarize_many(self, docs: Iterable[Document]) -> list[Summary]:
        """Summaries in input order; all chunks of all articles are generated in length-sorted batches."""
        jobs = [self._prepare(doc) for doc in docs]
        flat = [(job, chunk) for job in jobs for chunk in job.chunks]
        outputs = self.generate([c.text for _, c in flat])
        for (job, _), text in zip(flat, outputs):
            job.outputs.append(text)
        merged = self._merge(jobs)
        return [self._summary(job, bullets) for job, bullets in zip(jobs, merged)]

    def generate(self, texts: Sequence[str]) -> list[str]:
        """Generated text for every input, in input order (see ``pipeline.seq2seq.generate``)."""
        return self.generator.generate(texts)

    def count_tokens(self, text: str) -> int:
        """Encoder length of ``text`` as the model reads it: prefix and special tokens included."""
        return self.framer.count_source_tokens(text)

    # -- input

    def _prepare(self, doc: Document) -> _Job:
        warnings_: list[str] = []
        indices = range(len(doc.sentences))
        if self._selector is not None and doc.sentences:
            indices = sorted(self._selector.select(doc))
        sentences = [model_text(doc.sentences[i].text) for i in indices]
        if self.options.title and doc.article.title.strip():
            sentences.insert(0, model_text(doc.article.title))
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

    @staticmethod
    def _build_selector(analyzer: "Analyzer", bullets: "BulletConfig", kiwi: "KiwiEngineConfig") -> "KiwiEngine":
        try:
            from pipeline.engines.extractive import KiwiEngine
        except ImportError as exc:
            raise ConfigError(f"seq2seq.input=selected needs the kiwi engine, which cannot be imported: {exc}") from None
        return KiwiEngine.from_sections(analyzer, bullets, kiwi)

    # -- limits

    def _model_limit(self) -> int:
        limits = [DEFAULT_MAX_SOURCE_TOKENS]
        if 0 < getattr(self.tokenizer, "model_max_length", 0) < 1_000_000:
            limits.append(self.tokenizer.model_max_length)
        positions = getattr(self.model.config, "max_position_embeddings", None)
        if positions:
            limits.append(positions)
        return min(limits)

    # -- output

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
        return [rank_bullets(b, job.doc, self.analyzer, self.bullets.max, self.bullets.keep_order) for b, job in zip(per_job, jobs)]

    def _summary(self, job: _Job, bullets: list[str]) -> Summary:
        warnings_ = list(job.warnings)
        if job.chunks and len(bullets) < self.bullets.min:
            warnings_.append(f"the model produced {len(bullets)} bullet(s), fewer than bullets.min={self.bullets.min}")
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
                **({"load_warnings": list(self.load_warnings)} if self.load_warnings else {}),
            },
        )

    def _unsupported(self, bullets: list[str], doc: Document) -> list[str]:
        from pipeline.faithfulness import SourceFacts, check_summary

        # the article's own Kiwi analysis is reused: only the bullets are analysed here
        found = check_summary(bullets, SourceFacts.from_document(doc), self.analyzer)
        return [f"number not in the source: {n}" for n in found.numbers] + [
            f"name not in the source: {n}" for n in found.names
        ]
