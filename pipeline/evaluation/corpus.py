"""Scoring a corpus: per-example ROUGE, faithfulness and format facts, then corpus aggregates."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations

from pipeline.analysis import Analyzer
from pipeline.evaluation.data import Example
from pipeline.faithfulness import SourceFacts, Unsupported, check_summary
from pipeline.evaluation.format_checks import format_checks
from pipeline.evaluation.rouge import ROUGE_TYPES, RougeScorer
from pipeline.evaluation.stats import mean_with_ci, paired_bootstrap
from pipeline.evaluation.tokens import morph_tokens
from pipeline.records import Document


@dataclass(frozen=True)
class ExampleScores:
    """One system's summary of one example, with every score (ROUGE on a 0-1 scale)."""

    id: str
    system: str
    bullets: tuple[str, ...]
    reference: tuple[str, ...]
    rouge: dict
    unsupported: Unsupported | None
    """None when the source text is unknown (predictions scored without articles)."""
    format: dict = field(default_factory=dict)
    warnings: tuple[str, ...] = ()


@dataclass
class SourceCache:
    """Facts and tokens of each source article, computed once and shared by all systems."""

    facts: dict[str, SourceFacts] = field(default_factory=dict)
    tokens: dict[str, list[str]] = field(default_factory=dict)

    def add(self, doc: Document) -> None:
        self.facts[doc.article.id] = SourceFacts.from_document(doc)
        self.tokens[doc.article.id] = [t for s in doc.sentences for t in morph_tokens(s.morphs)]


def score_system(system: str, examples: Sequence[Example], summaries: Sequence[Sequence[str]],
                 scorer: RougeScorer, analyzer: Analyzer, sources: SourceCache) -> list[ExampleScores]:
    """Score one system's bullets (aligned with ``examples``)."""
    rouge = scorer.score_many(list(summaries), [e.reference for e in examples])
    scored = []
    for example, bullets, scores in zip(examples, summaries, rouge):
        bullets = tuple(bullets)
        warnings = []
        if not bullets:
            warnings.append("empty prediction: ROUGE is 0")
        if not example.reference:
            warnings.append("empty reference: ROUGE is 0")
        unsupported, facts_of_format = None, {}
        facts = sources.facts.get(example.id)
        if facts is not None:
            unsupported = check_summary(bullets, facts, analyzer)
            morphs = [analyzer.morphs(b) for b in bullets]
            facts_of_format = format_checks(bullets, morphs, example.article.body, sources.tokens[example.id])
        scored.append(ExampleScores(example.id, system, bullets, example.reference, scores, unsupported,
                                    facts_of_format, tuple(warnings)))
    return scored


def _rate(part: int, whole: int) -> float:
    return 100.0 * part / whole if whole else 0.0


def aggregate(scores: Sequence[ExampleScores], n_resamples: int = 1000, confidence: float = 0.95, seed: int = 0) -> dict:
    """Corpus scores of one system: ROUGE means (0-100) with a bootstrap CI of F, faithfulness rates, format means."""
    result: dict = {"examples": len(scores)}
    for name in ROUGE_TYPES:
        f = mean_with_ci([100 * s.rouge[name]["f"] for s in scores], n_resamples, confidence, seed)
        mean = {k: 100 * sum(s.rouge[name][k] for s in scores) / len(scores) if scores else 0.0 for k in ("p", "r")}
        result[name] = {"f": f["mean"], "p": mean["p"], "r": mean["r"], "ci": f["ci"]}
    checked = [s.unsupported for s in scores if s.unsupported is not None]
    result["unsupported_number_rate"] = _rate(sum(len(u.numbers) for u in checked), sum(u.n_numbers for u in checked))
    result["unsupported_name_rate"] = _rate(sum(len(u.names) for u in checked), sum(u.n_names for u in checked))
    result["examples_with_unsupported_numbers"] = _rate(sum(bool(u.numbers) for u in checked), len(checked))
    result["examples_with_unsupported_names"] = _rate(sum(bool(u.names) for u in checked), len(checked))
    result["faithfulness_checked"] = len(checked)
    formats = [s.format for s in scores if s.format]
    result["format"] = {k: sum(f[k] for f in formats) / len(formats) for k in formats[0]} if formats else {}
    result["empty_predictions"] = sum(not s.bullets for s in scores)
    return result


def pairwise_tests(per_system: dict[str, Sequence[ExampleScores]], baseline: str | None = None,
                   n_resamples: int = 1000, seed: int = 0) -> list[dict]:
    """Paired bootstrap of every system against ``baseline`` (or every pair when it is absent), per ROUGE F."""
    names = list(per_system)
    if baseline in per_system:
        pairs = [(name, baseline) for name in names if name != baseline]
    else:
        pairs = list(combinations(names, 2))
    tests = []
    for a, b in pairs:
        for metric in ROUGE_TYPES:
            result = paired_bootstrap([100 * s.rouge[metric]["f"] for s in per_system[a]],
                                      [100 * s.rouge[metric]["f"] for s in per_system[b]], n_resamples, seed)
            tests.append({"a": a, "b": b, "metric": metric, **result})
    return tests
