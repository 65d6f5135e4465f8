"""Config schema of the summarize recipe (``configs/summarize*.yaml``).

Defaults and their one-line meaning live here; ``configs/summarize.yaml`` repeats every
knob with the same value and comment, and the README's tables the same defaults (a
test holds them to it). The seq2seq engine's sections are its own schema
(:mod:`pipeline.engines.seq2seq_config`), the input section belongs to :mod:`pipeline.ingest`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pipeline.engines.seq2seq_config import ModelConfig, Seq2SeqConfig
from pipeline.errors import ConfigError
from pipeline.ingest import InputConfig

__all__ = ["AnalysisConfig", "BulletConfig", "InputConfig", "KiwiEngineConfig", "ModelConfig", "PRESET_DIR", "Seq2SeqConfig",
           "SummarizeConfig", "load_preset", "preset_names"]


@dataclass
class BulletConfig:
    min: int = 3  # fewest bullets for an article long enough to have them
    max: int = 5  # most bullets; longer articles get more, up to this
    max_chars: int = 60  # longest bullet; reached by safe deletions (parentheticals, adverbs, dates, side clauses), never by cutting words; a sentence that cannot be shortened safely stays longer, with a warning (50 read blind on development news, 16 of the 214 blocks it changes, four readers: 60 preferred 21 to 9, the shorter limit cut what readers wanted)
    keep_order: bool = True  # bullets follow the article's order (false: most salient first)
    style: str = "headline"  # headline: compressed 개조식 bullets | sentence: the chosen sentences verbatim (extractive; no length bound)


@dataclass
class AnalysisConfig:
    num_workers: int = 1  # Kiwi threads: 0 = analyse in the calling thread, -1 = one per core, N = N worker threads


@dataclass
class KiwiEngineConfig:
    position_weight: float = 0.25  # early position (news leads carry the main point)
    centrality_weight: float = 0.7  # similarity to the rest of the article (TextRank over content morphemes)
    title_weight: float = 0.3  # overlap with the title and section headings
    facts_weight: float = 0.2  # a reported comparison: "…보다" with a measured amount ("…보다 20배 저렴"), "…에 비해", "대비", "동등"
    figure_weight: float = 0.3  # a sentence stating a figure the headline states ("AI 인재 1000명 양성" -> "…1000명을 키운다"; not a date or time): the headline's number is the news
    outlook_weight: float = 0.2  # the writer's closing assessment in the last third ("…계기가 될 것으로 보인다", "전망", "신호"; not reported speech): news ends on its outlook
    intro_weight: float = 0.2  # a broadcast story's intro: the sentences the anchor reads before handing over to the reporter ("…기자입니다", "…기자가 취재했습니다"); the newsroom writes it as the story's summary
    side_topic_weight: float = 0.2  # penalty for background about a side entity: its topic is a name neither the headline nor the first 3 content sentences mention (quotations and reported speech exempt)
    background_weight: float = 0.2  # penalty for background: what a named thing is ("…을 지원하는 사업이다"), what it was set up for ("…하기 위해 마련됐다"), a tip true of anyone ("…하는 것은 위험하다"); a definition with a figure is exempt
    redundancy: float = 0.5  # MMR penalty for a sentence similar to one already chosen (0 = none, 1 = strong)
    min_sentence_chars: int = 15  # shorter sentences are never chosen
    scene_lede: bool = True  # a first sentence with no name, no number and no past act by a subject only sets the scene: the next one saying who did what leads instead; so does one with no act, or naming no one and no number, that says none of the headline's points, to the next that does; and a feature's opening anecdote or scene (no day named, none of the headline's points) to the first of 8 sentences that names the day and says what the headline says
    closing_outlook: bool = True  # a block of 4+ bullets (k) keeps the writer's closing outlook (see outlook_weight) when it is among the 2k most salient sentences: news ends on what comes next
    other_side: bool = True  # a block of 4+ bullets whose headline names a dispute ("찬반", "이견", "논란", "반발", "… vs …") keeps the most salient sentence that voices an objection with something to say (a quotation, or a full sentence; not "반발도 만만치 않다"): a story of a dispute tells both sides
    sentences_per_bullet: int = 2  # one bullet per this many sentences, clamped to bullets.min..bullets.max (read blind against 3: the longer blocks preferred 28 to 11 on unseen news, coverage 1.43 vs 1.15 of 2, but 46% vs 51% clean bullets and more repeats)
    extra_must_fit: bool = False  # true: a bullet beyond bullets.min is taken only when it fits bullets.max_chars (never the lede or the closing outlook): shorter, cleaner blocks that cover less (read blind: clean bullets 58% vs 46%, publishable as is 11% vs 4%, but as is or with light edits 75% vs 89%, coverage 1.14 vs 1.39 of 2)
    extra_length_limit: float = 1.5  # a bullet beyond bullets.min that stays over this many times bullets.max_chars (a whole long sentence, a long quotation) is not taken, and no lower-ranked sentence takes its place (never the lede or the closing outlook; 0 = off): readers marked most bullets that long as "long", never clean
    headline_points: bool = True  # a point the headline states ("…정관장도 승리", a sub-headline line) that no bullet says brings in the sentence that says it best: the block grows by it up to bullets.max, beyond which the least salient bullet gives way; its bullet keeps the clause that says the point
    fit_margin: float = 0.05  # a ranked sentence whose bullet stays over bullets.max_chars gives its place to the next-ranked one that fits when that one's salience is at most this much lower (0 = off; never the lede or the closing outlook)
    far_margin: float = 0.05  # the same for a bullet that stays far over bullets.max_chars (over 1.2 times it), which readers almost never find clean: the one that fits may be this much less salient (at most fit_margin when lower; fit_margin 0 turns both off). 0.15, read blind on development news (two readers, 11 blocks it changes): preferred 14 to 8, but it also trades a study's main finding for background, and sci-news-dev R-1 falls 57.6 -> 55.0; so the default is fit_margin's


@dataclass
class SummarizeConfig:
    engine: str = "kiwi"  # kiwi (select + compress, default) | lead (first sentences, baseline) | seq2seq (see summarize-seq2seq.yaml)
    bullets: BulletConfig = field(default_factory=BulletConfig)
    analysis: AnalysisConfig = field(default_factory=AnalysisConfig)
    kiwi: KiwiEngineConfig = field(default_factory=KiwiEngineConfig)
    model: ModelConfig = field(default_factory=ModelConfig)  # the seq2seq engine's checkpoint
    seq2seq: Seq2SeqConfig = field(default_factory=Seq2SeqConfig)
    input: InputConfig = field(default_factory=InputConfig)
    batch_size: int = 64  # articles analysed and summarized together in batch mode
    resume: str = "auto"  # --output: auto = skip the ids already in out.partial or out (same config only) | true = whatever the config | false = start over

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
        checks = [
            (self.batch_size >= 1, f"batch_size={self.batch_size} must be at least 1"),
            (self.analysis.num_workers >= -1,
             f"analysis.num_workers={self.analysis.num_workers} must be -1 (one per core), 0 (calling thread) or a number of threads"),
            (self.kiwi.min_sentence_chars >= 0, f"kiwi.min_sentence_chars={self.kiwi.min_sentence_chars} must be >= 0"),
            (self.kiwi.sentences_per_bullet >= 1, f"kiwi.sentences_per_bullet={self.kiwi.sentences_per_bullet} must be at least 1"),
        ]
        for key in ("position_weight", "centrality_weight", "title_weight", "facts_weight", "figure_weight", "outlook_weight", "side_topic_weight",
                    "background_weight"):
            value = getattr(self.kiwi, key)
            checks.append((value >= 0, f"kiwi.{key}={value} must be >= 0"))
        for ok, message in checks:
            if not ok:
                raise ConfigError(message)
        self.input.validate()
        self.seq2seq.validate()


PRESET_DIR = Path(__file__).resolve().parents[2] / "models" / "presets"


def preset_names() -> list[str]:
    return sorted(p.stem for p in PRESET_DIR.glob("*.yaml"))


def load_preset(name: str) -> SummarizeConfig:
    """The summarize config of ``models/presets/<name>.yaml`` (model id, prefix, generation settings)."""
    from pipeline.config.loading import load_config

    path = PRESET_DIR / f"{name}.yaml"
    if not path.is_file():
        raise ConfigError(f"unknown preset {name!r}; presets: {', '.join(preset_names()) or 'none found in ' + str(PRESET_DIR)}")
    return load_config(SummarizeConfig, path)
