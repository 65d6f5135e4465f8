"""Config schema of the evaluate recipe (``configs/evaluate*.yaml``).

A system is a summarize config: the engine named like the system (or mapped with
``engines``), or a summarize YAML named in ``system_configs``, with the system's
``system_overrides`` on top. Validation reads no file; :meth:`EvaluateConfig.resolve_systems`
is the explicit step that loads and validates every system's summarize config, which
the recipe runs right after loading, before any data is read.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pipeline.config.loading import CONFIG_DIR, load_config
from pipeline.config.summarize import SummarizeConfig
from pipeline.errors import ConfigError

DATA_TYPES = ("jsonl", "csv", "parquet", "articles", "sci-news", "predictions")
TOKENIZERS = ("kiwi", "char")  # ROUGE tokens: Kiwi morphemes or characters (pipeline.evaluation.tokens)

# Top-level keys of results.json; a system may not take one of these names.
RESERVED_NAMES = frozenset({"systems", "pairwise", "config", "versions", "git_revision", "data", "data_fingerprint",
                            "tokenizer", "failures", "warnings", "examples", "created", "python", "platform"})


@dataclass
class DataConfig:
    type: str = "jsonl"  # jsonl | csv | parquet | articles | sci-news | predictions
    path: str = ""  # the file or folder to read (set it here or with data.path=PATH)
    id_field: str = "id"  # record field holding the example id
    title_field: str = "title"  # record field holding the title (optional)
    text_field: str = "text"  # record field holding the article text
    summary_field: str = "summary"  # record field holding the reference: a list of bullets or one bullet per line
    prediction_field: str = "bullets"  # predictions: field holding the system's bullets (list or one per line)
    system_field: str = "system"  # predictions: field naming the system (absent: every row is system "predictions")
    references: str = ""  # predictions: file/folder with references and texts when the rows lack them
    references_type: str = "jsonl"  # predictions: type of data.references (jsonl | csv | parquet | articles | sci-news)

    def validate(self) -> None:
        if self.type not in DATA_TYPES:
            raise ConfigError(f"data.type={self.type!r} is not one of {', '.join(DATA_TYPES)}")
        if not self.path:
            raise ConfigError("data.path is empty; set it to the file or folder to evaluate (data.path=PATH)")
        if self.references and self.references_type not in DATA_TYPES[:-1]:
            raise ConfigError(f"data.references_type={self.references_type!r} is not one of {', '.join(DATA_TYPES[:-1])}")
        for key in ("id_field", "summary_field", "prediction_field"):
            if not getattr(self, key):
                raise ConfigError(f"data.{key} is empty; name the record field")

    def check_paths(self) -> None:
        """Raise :class:`ConfigError` when ``data.path`` (or ``data.references``) does not exist."""
        for key in ("path", "references"):
            value = getattr(self, key)
            if value and not Path(value).exists():
                raise ConfigError(f"data.{key}={value!r} does not exist (relative paths start from {Path.cwd()})")


@dataclass
class StatsConfig:
    bootstrap: int = 1000  # bootstrap resamples for confidence intervals and paired tests
    confidence: float = 0.95  # confidence level of the intervals
    seed: int = 0  # resampling seed (same seed, same intervals)


@dataclass
class ReportConfig:
    html: bool = True  # write report.html
    max_articles: int = 200  # articles shown side by side in report.html


@dataclass
class EvaluateConfig:
    data: DataConfig = field(default_factory=DataConfig)
    systems: list[str] = field(default_factory=lambda: ["kiwi", "lead"])  # engines to compare on the same examples (ignored for data.type=predictions)
    engines: dict[str, str] = field(default_factory=dict)  # system name -> engine, for variants (e.g. {kiwi4: kiwi}); default: the name
    system_configs: dict[str, str] = field(default_factory=dict)  # system name -> summarize YAML (a path, or a name in configs/ such as summarize-seq2seq)
    system_overrides: dict[str, list[str]] = field(default_factory=dict)  # system name -> summarize overrides, e.g. {kiwi: ["bullets.max=4"]}
    baseline: str = "lead"  # always run, and compared with every other system (paired bootstrap)
    output_dir: str = "runs/evaluate"  # predictions.jsonl, results.json and report.html go here
    limit: int = 0  # evaluate only the first N examples (0 = all)
    tokenizer: str = "kiwi"  # ROUGE tokens: kiwi (morphemes) | char (characters)
    num_workers: int = 1  # Kiwi threads for analysis and ROUGE tokenization: 0 = calling thread, -1 = one per core, N = N threads
    stats: StatsConfig = field(default_factory=StatsConfig)
    report: ReportConfig = field(default_factory=ReportConfig)
    progress: bool = True  # progress bars (only on a terminal)

    def all_systems(self) -> list[str]:
        """The systems to run, the baseline included, each once."""
        return list(dict.fromkeys([*self.systems, self.baseline]))

    def summarize_config(self, system: str) -> SummarizeConfig:
        """The summarize config of ``system``: its YAML (if named), its engine, then its overrides; validated."""
        named = self.system_configs.get(system)
        path = None
        if named:
            path = Path(named)
            if not path.is_file() and (CONFIG_DIR / f"{named}.yaml").is_file():
                path = CONFIG_DIR / f"{named}.yaml"
            if not path.is_file():
                raise ConfigError(f"system_configs.{system}={named!r}: no such summarize config (a YAML path, or a name in {CONFIG_DIR})")
        engine = [f"engine={self.engines.get(system, system)}"] if system in self.engines or not named else []
        try:
            return load_config(SummarizeConfig, path, [*engine, *self.system_overrides.get(system, [])])
        except ConfigError as exc:
            raise ConfigError(f"system {system!r}: {exc}") from None

    def validate(self) -> None:
        self.data.validate()
        checks = [
            (self.tokenizer in TOKENIZERS, f"tokenizer={self.tokenizer!r} is not one of {', '.join(TOKENIZERS)}"),
            (self.limit >= 0, f"limit={self.limit} must be 0 (all) or a positive number of examples"),
            (0 < self.stats.confidence < 1, f"stats.confidence={self.stats.confidence} must be between 0 and 1"),
            (self.stats.bootstrap >= 1, f"stats.bootstrap={self.stats.bootstrap} must be at least 1"),
            (self.num_workers >= -1,
             f"num_workers={self.num_workers} must be -1 (one per core), 0 (calling thread) or a number of threads"),
            (self.report.max_articles >= 0, f"report.max_articles={self.report.max_articles} must be >= 0"),
        ]
        for ok, message in checks:
            if not ok:
                raise ConfigError(message)
        if self.data.type == "predictions":
            return
        if not self.systems:
            raise ConfigError("systems is empty; name at least one engine, e.g. systems=[kiwi,lead]")
        for system in [*self.systems, *self.engines, *self.system_configs, *self.system_overrides]:
            if system in RESERVED_NAMES:
                raise ConfigError(f"system name {system!r} is reserved; reserved names: {', '.join(sorted(RESERVED_NAMES))}")
        for key, mapping in (("engines", self.engines), ("system_configs", self.system_configs),
                             ("system_overrides", self.system_overrides)):
            for system in mapping:
                if system not in self.all_systems():
                    raise ConfigError(f"{key}.{system} names no system in systems={list(self.systems)} or baseline={self.baseline!r}")

    def resolve_systems(self) -> dict[str, SummarizeConfig]:
        """Each system's validated summarize config (reading the YAML a system names), the baseline included.

        The explicit step after loading and before any data is read: a system naming a missing
        or invalid summarize config is a :class:`ConfigError` here. Empty for ``data.type=predictions``.
        """
        if self.data.type == "predictions":
            return {}
        return {system: self.summarize_config(system) for system in self.all_systems()}
