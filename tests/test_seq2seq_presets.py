"""Every model preset is a valid summarize config with a model card beside it."""
from pathlib import Path

import pytest

from pipeline.config import load_config
from pipeline.config.summarize import SummarizeConfig

PRESETS = sorted((Path(__file__).resolve().parents[1] / "models" / "presets").glob("*.yaml"))
EXPECTED = {
    "gogamza/kobart-summarization",
    "digit82/kobart-summarization",
    "eenzeenee/t5-base-korean-summarization",
    "csebuetnlp/mT5_multilingual_XLSum",
}


def test_all_public_models_have_a_preset():
    ids = {load_config(SummarizeConfig, p).model.name_or_path for p in PRESETS}
    assert ids == EXPECTED


@pytest.mark.parametrize("preset", PRESETS, ids=lambda p: p.stem)
def test_preset_loads_validates_and_has_a_card(preset):
    config = load_config(SummarizeConfig, preset)
    config.seq2seq.validate()
    assert config.engine == "seq2seq"
    assert config.model.prefix is not None  # presets state the prefix explicitly
    assert config.seq2seq.max_source_tokens in (512, 1024)
    assert preset.read_text(encoding="utf-8").startswith(f"# python scripts/summarize.py --config models/presets/{preset.name} ")
    card = preset.with_suffix(".md").read_text(encoding="utf-8")
    assert config.model.name_or_path in card and "License" in card and "Trained on" in card


def test_t5_presets_set_the_task_prefix():
    prefixes = {load_config(SummarizeConfig, p).model.name_or_path: load_config(SummarizeConfig, p).model.prefix for p in PRESETS}
    assert prefixes["eenzeenee/t5-base-korean-summarization"] == "summarize: "
    assert prefixes["gogamza/kobart-summarization"] == ""
