"""Config schema of the collect-pairs recipe (``configs/collect_pairs.yaml``)."""
from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.errors import ConfigError
from pipeline.ingest import InputConfig


@dataclass
class CollectPairsConfig:
    split: list[float] = field(default_factory=lambda: [0.9, 0.05, 0.05])  # train, valid, test fractions (>= 0, summing to 1); a pair's split comes from its id's hash
    near_duplicate: float = 0.8  # bodies at least this similar (character 5-gram Jaccard, MinHash) are duplicates; 1 = exact duplicates only
    encoding: str = "auto"  # .txt/.html files: auto (UTF-8, CP949/EUC-KR detected) or a codec name such as cp949

    def validate(self) -> None:
        if len(self.split) != 3 or any(f < 0 for f in self.split) or abs(sum(self.split) - 1.0) > 1e-6:
            raise ConfigError(f"split={list(self.split)} must be three non-negative fractions summing to 1 (train, valid, test)")
        if not 0.0 < self.near_duplicate <= 1.0:
            raise ConfigError(f"near_duplicate={self.near_duplicate} must be in (0, 1] (1 = exact duplicates only)")
        InputConfig(encoding=self.encoding).validate(section="")
