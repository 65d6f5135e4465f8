"""Shared pytest fixtures."""
import os
from pathlib import Path

import pytest

from pipeline.tiny_models import build_tiny_bart, build_tiny_t5, single_thread_torch

# Tests never reach a model hub; a hub lookup fails at once instead of waiting on the network.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
# One torch thread, set before torch is imported, here and in the recipes the tests start as processes: on tiny
# models OpenMP hand-offs cost more than the math (see pipeline.tiny_models.single_thread_torch).
os.environ.setdefault("OMP_NUM_THREADS", "1")

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


# Tiny random seq2seq checkpoints, each built once per test session.
@pytest.fixture(scope="session")
def tiny_bart_dir(tmp_path_factory) -> Path:
    """A tiny BART checkpoint folder (no separator token)."""
    single_thread_torch()
    return build_tiny_bart(tmp_path_factory.mktemp("tiny-bart"))


@pytest.fixture(scope="session")
def tiny_bart_sep_dir(tmp_path_factory) -> Path:
    """A tiny BART checkpoint folder whose tokenizer has ``<sep>`` as an added token."""
    single_thread_torch()
    return build_tiny_bart(tmp_path_factory.mktemp("tiny-bart-sep"), separator="<sep>")


@pytest.fixture(scope="session")
def tiny_t5_dir(tmp_path_factory) -> Path:
    """A tiny T5 checkpoint folder (no separator token)."""
    single_thread_torch()
    return build_tiny_t5(tmp_path_factory.mktemp("tiny-t5"))
