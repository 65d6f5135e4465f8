"""The shared seq2seq layer on tiny models: kosum.json record, framing, loading errors."""
from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from pipeline.errors import ModelLoadError
from pipeline.seq2seq.checkpoint import check_source, load_checkpoint
from pipeline.seq2seq.framing import Framer, Framing
from pipeline.seq2seq.info import CheckpointInfo


def test_checkpoint_info_written_and_read_back(tmp_path):
    info = CheckpointInfo(separator="<sep>", framing=Framing("summarize: ", None, 1), max_source_tokens=512,
                          max_target_tokens=64, base_model="paust/pko-t5-base")
    info.write(tmp_path)
    assert CheckpointInfo.read(tmp_path) == info
    assert json.loads((tmp_path / "kosum.json").read_text())["framing"] == {"prefix": "summarize: ", "source_bos_id": None, "eos_id": 1}
    assert CheckpointInfo.read(tmp_path / "elsewhere") is None


def test_kosum_json_without_framing_means_the_tokenizer_framed_alone(tmp_path):
    """Files written before framing was recorded: trained with the tokenizer's own special tokens only."""
    (tmp_path / "kosum.json").write_text(json.dumps({"separator": "<sep>", "prefix": "요약: ", "max_source_tokens": 200}))
    info = CheckpointInfo.read(tmp_path)
    assert info.framing == Framing(prefix="요약: ", source_bos_id=None, eos_id=None)
    assert (info.separator, info.max_source_tokens, info.max_target_tokens) == ("<sep>", 200, None)


@pytest.mark.parametrize("content, message", [
    ("{not json", "not valid JSON"),
    ("[1, 2]", "must hold a JSON object"),
    (json.dumps({"framing": {"prefix": "", "bos": 0}}), r"bad framing: unknown framing keys \['bos'\]"),
])
def test_broken_kosum_json_is_a_clear_error(tmp_path, content, message):
    (tmp_path / "kosum.json").write_text(content)
    with pytest.raises(ModelLoadError, match=message):
        CheckpointInfo.read(tmp_path)


@pytest.mark.parametrize("fixture", ["tiny_bart_dir", "tiny_t5_dir"])
def test_tokenizers_that_frame_themselves_get_nothing_added(fixture, request):
    checkpoint = load_checkpoint(str(request.getfixturevalue(fixture)))
    framing = checkpoint.framing()
    assert framing == Framing("", None, None)
    framer = Framer(checkpoint.tokenizer, framing)
    text = "딥시크 엔비디아 주가 하락"
    assert framer.encode_source(text) == checkpoint.tokenizer(text)["input_ids"]
    assert framer.encode_target(text) == checkpoint.tokenizer(text_target=text)["input_ids"]
    cut = framer.encode_source(text * 10, 8)
    assert len(cut) == 8 and cut[-1] == checkpoint.tokenizer.eos_token_id


def test_config_prefix_replaces_the_recorded_one(tiny_bart_dir, tmp_path):
    checkpoint = load_checkpoint(str(tiny_bart_dir))
    checkpoint.info = CheckpointInfo(framing=Framing("요약: ", 0, 2))
    assert checkpoint.framing() == Framing("요약: ", 0, 2)
    assert checkpoint.framing("summarize: ") == Framing("summarize: ", 0, 2)


def test_path_under_an_existing_folder_is_local_never_a_hub_id(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "models" / "my-kobart").mkdir(parents=True)
    with pytest.raises(ModelLoadError, match=r"model folder not found: models/kobart-base-v2 .*holds: my-kobart"):
        check_source("models/kobart-base-v2")
    check_source("gogamza/kobart-base-v2")  # no such local folder: a hub id, checked when loading


def test_finetune_with_a_missing_model_folder_fails_at_once_without_a_run_folder(tmp_path, monkeypatch, capsys):
    from pipeline.recipes.finetune import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / "models").mkdir()
    (tmp_path / "pairs.jsonl").write_text(json.dumps({"text": "본문이다.", "bullets": ["요약"]}, ensure_ascii=False) + "\n")
    start = time.monotonic()
    config = Path(__file__).resolve().parents[1] / "configs" / "finetune.yaml"
    code = main(["--config", str(config), "model.name_or_path=models/kobart-base-v2", "data.train_path=pairs.jsonl", "run_name=my-run"])
    assert code == 2 and time.monotonic() - start < 10
    assert "model folder not found: models/kobart-base-v2" in capsys.readouterr().err
    assert not (tmp_path / "models" / "my-run").exists()


@pytest.fixture
def transformers_log():
    """Records logged by transformers (its logger does not propagate to pytest's caplog)."""
    import logging

    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append
    logger = logging.getLogger("transformers")
    logger.addHandler(handler)
    yield records
    logger.removeHandler(handler)


def test_long_articles_do_not_print_the_sequence_length_false_alarm(tiny_bart_dir, analyzer, seed_article, transformers_log):
    """Chunking measures over-long text on purpose; transformers' 'indexing errors' warning would be a false alarm."""
    import dataclasses

    from pipeline.config import load_config
    from pipeline.config.summarize import SummarizeConfig
    from pipeline.engines import build_engine

    config = Path(__file__).resolve().parents[1] / "configs" / "summarize-seq2seq.yaml"
    engine = build_engine("seq2seq", load_config(SummarizeConfig, config, [
        f"model.name_or_path={tiny_bart_dir}", "seq2seq.max_target_tokens=4", "seq2seq.num_beams=1",
        "seq2seq.flag_unsupported=false"]), analyzer)
    assert engine.tokenizer.model_max_length == 1024
    long = dataclasses.replace(seed_article, paragraphs=seed_article.paragraphs * 4)
    summary = engine.summarize(analyzer.analyze(long))
    assert summary.info["chunks"] > 1
    assert not [r for r in transformers_log if "sequence length is longer" in r.getMessage()]
    engine.tokenizer(" ".join(long.paragraphs))  # the same text through the bare tokenizer does raise it
    assert [r for r in transformers_log if "sequence length is longer" in r.getMessage()]


def test_bos_is_added_only_where_the_tokenizer_adds_no_special_token_at_all(tiny_t5_dir):
    """A tokenizer that frames in its own way (here: ``… </s>``) is trusted; a config BOS is not forced on it."""
    from types import SimpleNamespace

    tokenizer = load_checkpoint(str(tiny_t5_dir)).tokenizer
    assert Framing.derive(tokenizer, SimpleNamespace(bos_token_id=2, eos_token_id=1)) == Framing("", None, None)
    other_eos = tokenizer.convert_tokens_to_ids("<unk>")
    assert Framing.derive(tokenizer, SimpleNamespace(bos_token_id=None, eos_token_id=other_eos)).eos_id == other_eos
