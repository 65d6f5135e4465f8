"""The README opens with the seed's block as the default engine writes it: that example must not drift."""
import re
from pathlib import Path

from pipeline.config.summarize import SummarizeConfig
from pipeline.engines import build_engine
from pipeline.format import format_block

REPO = Path(__file__).resolve().parents[1]


def test_readme_shows_the_block_the_default_engine_writes_for_the_seed(analyzer, seed_doc, seed_path):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    shown = re.search(rf"\$ kosum summarize seeds/{re.escape(seed_path.name)}\n(\[기사요약\]\n.*?)\n```", readme, re.S)
    assert shown, "README has no example block for the seed"
    config = SummarizeConfig()
    block = format_block(build_engine(config.engine, config, analyzer).summarize(seed_doc).bullets)
    assert shown.group(1).strip() == block.strip()
