"""Shared pytest fixtures."""
from pathlib import Path

import pytest
from tiny_models import tiny_bart_dir, tiny_bart_sep_dir, tiny_t5_dir  # noqa: F401  (session-scoped tiny checkpoints)

SEED_PATH = Path(__file__).resolve().parents[1] / "seeds" / "000_ab08534d42b7d5da.txt"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The raw page copy with a real author-written [기사요약] block."""
    return SEED_PATH


@pytest.fixture(scope="session")
def seed_text(seed_path) -> str:
    return seed_path.read_text(encoding="utf-8")
