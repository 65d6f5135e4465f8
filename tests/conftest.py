"""Shared pytest fixtures."""
import os
from pathlib import Path

import pytest
from tiny_models import tiny_bart_dir, tiny_bart_sep_dir, tiny_t5_dir  # noqa: F401  (session-scoped tiny checkpoints)

# Tests never reach a model hub; a hub lookup fails at once instead of waiting on the network.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")

REPO = Path(__file__).resolve().parents[1]
SEED_PATH = REPO / "seeds" / "000_ab08534d42b7d5da.txt"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The raw page copy with a real author-written [기사요약] block."""
    return SEED_PATH


@pytest.fixture(scope="session")
def seed_text(seed_path) -> str:
    return seed_path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def analyzer():
    """One shared Analyzer (Kiwi loads once per test session)."""
    from pipeline.analysis import Analyzer

    return Analyzer(num_workers=1)


@pytest.fixture(scope="session")
def seed_article():
    from pipeline.ingest import read_article_file

    return read_article_file(SEED_PATH)


@pytest.fixture(scope="session")
def seed_doc(analyzer, seed_article):
    return analyzer.analyze(seed_article)
