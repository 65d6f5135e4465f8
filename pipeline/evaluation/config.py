"""Config schema of the evaluate recipe (``configs/evaluate*.yaml``)."""
from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.config import ConfigError
from pipeline.evaluation.data import DataConfig
from pipeline.evaluation.tokens import TOKENIZERS

# Top-level keys of results.json; a system may not take one of these names.
RESERVED_NAMES = frozenset({"systems", "pairwise", "config", "versions", "git_revision", "data", "data_fingerprint",
                            "tokenizer", "failures", "warnings", "examples"})


@dataclass
class StatsConfig:
    bootstrap: int = 1000  # bootstrap resamples for confidence intervals and paired tests
    confidence: float = 0.95  # confidence level of the intervals
    seed: int = 0  # seed of the resampling (same seed, same intervals)


@dataclass
class ReportConfig:
    html: bool = True  # write report.html
    max_articles: int = 200  # articles shown side by side in report.html


@dataclass
class EvaluateConfig:
    data: DataConfig = field(default_factory=DataConfig)
    systems: list[str] = field(default_factory=lambda: ["kiwi", "lead"])  # systems to run (ignored for data.type=predictions)
    engines: dict[str, str] = field(default_factory=dict)  # system name -> engine, for variants (e.g. {kiwi4: kiwi}); default: the name
    system_overrides: dict[str, list[str]] = field(default_factory=dict)  # system name -> summarize overrides (e.g. {kiwi: ["bullets.max=4"]})
    baseline: str = "lead"  # reference system: always run alongside engines, and compared with every other system
    output_dir: str = "runs/evaluate"  # where predictions.jsonl, results.json and report.html go
    limit: int = 0  # evaluate only the first N examples (0 = all)
    tokenizer: str = "kiwi"  # ROUGE tokens: kiwi (morphemes) | char (characters)
    num_workers: int = 1  # Kiwi threads for analysis and ROUGE tokenization: 0 = calling thread, -1 = one per core, N = N threads
    stats: StatsConfig = field(default_factory=StatsConfig)
    report: ReportConfig = field(default_factory=ReportConfig)
    progress: bool = True  # progress bars (shown only on a terminal)

    def engine_of(self, system: str) -> str:
        return self.engines.get(system, system)

    def validate(self) -> None:
        from pipeline.engines import ENGINES

        self.data.validate()
        if self.tokenizer not in TOKENIZERS:
            raise ConfigError(f"tokenizer={self.tokenizer!r} is not one of {', '.join(TOKENIZERS)}")
        if self.limit < 0:
            raise ConfigError(f"limit={self.limit} must be 0 (all) or a positive number of examples")
        if not 0 < self.stats.confidence < 1:
            raise ConfigError(f"stats.confidence={self.stats.confidence} must be between 0 and 1")
        if self.stats.bootstrap < 1:
            raise ConfigError(f"stats.bootstrap={self.stats.bootstrap} must be at least 1")
        if self.num_workers < -1:
            raise ConfigError(f"num_workers={self.num_workers} must be -1 (one per core), 0 (calling thread) or a number of threads")
        if self.report.max_articles < 0:
            raise ConfigError(f"report.max_articles={self.report.max_articles} must be >= 0")
        if self.data.type == "predictions":
            return
        if not self.systems:
            raise ConfigError("systems is empty; name at least one engine, e.g. systems=[kiwi,lead]")
        for system in [*self.systems, *self.engines, *self.system_overrides]:
            if system in RESERVED_NAMES:
                raise ConfigError(f"system name {system!r} is reserved; reserved names: {', '.join(sorted(RESERVED_NAMES))}")
        for system in set(self.systems) | {self.baseline}:
            if self.engine_of(system) not in ENGINES:
                raise ConfigError(f"system {system!r} uses engine {self.engine_of(system)!r}, which is not one of "
                                  f"{', '.join(sorted(ENGINES))}; map variants with engines.{system}=ENGINE")
        for system in self.system_overrides:
            if system not in self.systems and system != self.baseline:
                raise ConfigError(f"system_overrides.{system} names no system in systems={list(self.systems)}")
