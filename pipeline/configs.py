"""Config schema of the summarize recipe (``configs/summarize*.yaml``).

Defaults live here; every YAML file in ``configs/`` repeats the knobs with a
comment saying what each changes.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pipeline.config import ConfigError
from pipeline.engines.seq2seq_config import ModelConfig, Seq2SeqConfig


@dataclass
class BulletConfig:
    min: int = 3  # fewest bullets for an article long enough to have them
    max: int = 5  # most bullets; long articles get more, up to this
    max_chars: int = 60  # longest bullet, reached by dropping parentheticals/adverbials, never by cutting words
    keep_order: bool = True  # bullets follow the article's order (False: most salient first)
    style: str = "headline"  # headline: compressed 개조식 bullets | sentence: the chosen sentences verbatim (no length bound)


@dataclass
class AnalysisConfig:
    num_workers: int = 1  # Kiwi threads for batch analysis (0 = all cores)


@dataclass
class KiwiEngineConfig:
    position_weight: float = 0.25  # weight of an early position in the article
    centrality_weight: float = 0.7  # weight of similarity to the rest of the article (graph centrality)
    title_weight: float = 0.3  # weight of overlap with the title and section headings
    redundancy: float = 0.5  # MMR: how strongly a sentence similar to an already chosen one is penalised (0..1)
    min_sentence_chars: int = 15  # shorter sentences are never chosen
    sentences_per_bullet: int = 5  # article sentences per bullet when adapting the count to length


@dataclass
class InputConfig:
    type: str = "auto"  # auto | txt | html | jsonl | csv | parquet | folder
    id_field: str = "id"  # record field holding the id (datasets)
    title_field: str = "title"  # record field holding the title (datasets; optional)
    text_field: str = "text"  # record field holding the raw article text (datasets)
    recursive: bool = False  # folder input: also read .txt/.html files in subfolders
    encoding: str = "auto"  # .txt/.html files: auto (UTF-8, else CP949/EUC-KR detected) or a codec name to force


@dataclass
class SummarizeConfig:
    engine: str = "kiwi"  # kiwi | lead | seq2seq
    bullets: BulletConfig = field(default_factory=BulletConfig)
    analysis: AnalysisConfig = field(default_factory=AnalysisConfig)
    kiwi: KiwiEngineConfig = field(default_factory=KiwiEngineConfig)
    model: ModelConfig = field(default_factory=ModelConfig)  # the seq2seq engine's checkpoint
    seq2seq: Seq2SeqConfig = field(default_factory=Seq2SeqConfig)
    input: InputConfig = field(default_factory=InputConfig)
    batch_size: int = 64  # articles analysed and summarized together in batch mode
    resume: str = "auto"  # --output runs: auto = skip ids already in out.partial / out written with the same config | true = whatever the config | false = start over

    def validate(self) -> None:
        from pipeline.engines import ENGINES

        if self.engine not in ENGINES:
            raise ConfigError(f"engine={self.engine!r} is not one of {sorted(ENGINES)}")
        if not 1 <= self.bullets.min <= self.bullets.max:
            raise ConfigError(f"bullets.min={self.bullets.min} and bullets.max={self.bullets.max} must satisfy 1 <= min <= max")
        if self.bullets.style not in {"headline", "sentence"}:
            raise ConfigError(f"bullets.style={self.bullets.style!r} must be 'headline' or 'sentence'")
        if self.bullets.max_chars < 10:
            raise ConfigError(f"bullets.max_chars={self.bullets.max_chars} is too small (at least 10)")
        self.resume = str(self.resume).lower()  # `resume=true` on the command line arrives as a YAML boolean
        if self.resume not in {"auto", "true", "false"}:
            raise ConfigError(f"resume={self.resume!r} must be auto, true or false")
        if not 0.0 <= self.kiwi.redundancy <= 1.0:
            raise ConfigError(f"kiwi.redundancy={self.kiwi.redundancy} must be between 0 and 1")
        self.seq2seq.validate()


PRESET_DIR = Path(__file__).resolve().parents[1] / "models" / "presets"


def preset_names() -> list[str]:
    return sorted(p.stem for p in PRESET_DIR.glob("*.yaml"))


def load_preset(name: str) -> SummarizeConfig:
    """The summarize config of ``models/presets/<name>.yaml`` (model id, prefix, generation settings)."""
    from pipeline.config import load_config

    path = PRESET_DIR / f"{name}.yaml"
    if not path.is_file():
        raise ConfigError(f"unknown preset {name!r}; presets: {', '.join(preset_names()) or 'none found in ' + str(PRESET_DIR)}")
    return load_config(SummarizeConfig, path)
