"""Fine-tuning parts that need no training: config, separator, pairs files, run folders."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.config import ConfigError, load_config
from pipeline.errors import InputError
from pipeline.config.finetune import FinetuneConfig, resolve_preset
from pipeline.training.data import read_pairs
from pipeline.seq2seq.bullets import split_bullets
from pipeline.training.separator import join_bullets, resolve_separator, round_trips

REPO = Path(__file__).resolve().parents[1]


def test_finetune_config_loads_with_the_contract_overrides(tmp_path: Path):
    config = load_config(FinetuneConfig, REPO / "configs" / "finetune.yaml", [
        "model.name_or_path=/m", "data.train_path=t.jsonl", "data.valid_path=v.jsonl",
        "train.max_steps=7", f"output_dir={tmp_path}", "resume=true",
    ])
    assert (config.model.name_or_path, config.data.train_path, config.data.valid_path) == ("/m", "t.jsonl", "v.jsonl")
    assert config.train.max_steps == 7 and config.resume is True and config.run_dir == str(tmp_path)
    assert load_config(FinetuneConfig, None, ["run_name=abc"]).run_dir == "models/abc"


@pytest.mark.parametrize("override, message", [
    ("train.max_stpes=3", "unknown config key"),
    ("data.long_input=middle", "data.long_input='middle'"),
    ("eval.metric=bleu", "eval.metric='bleu'"),
    ("train.mixed_precision=fp8", "train.mixed_precision"),
])
def test_bad_finetune_config_names_the_key(override: str, message: str):
    with pytest.raises(ConfigError, match=message.replace("(", r"\(")):
        load_config(FinetuneConfig, REPO / "configs" / "finetune.yaml", [override])


def test_resume_and_overwrite_together_are_rejected():
    with pytest.raises(ConfigError, match="contradict"):
        load_config(FinetuneConfig, None, ["resume=true", "overwrite=true"])


def test_newline_is_dropped_by_the_tiny_tokenizer_so_sep_token_is_added(tiny_bart_dir: Path):
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(tiny_bart_dir)
    assert not round_trips(tokenizer, "\n")
    assert resolve_separator(tokenizer, "auto") == ("<sep>", True)  # spelled in pieces: added as one token


def test_existing_sep_token_is_reused(tiny_bart_sep_dir: Path):
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(tiny_bart_sep_dir)
    assert resolve_separator(tokenizer, "auto") == ("<sep>", False)
    assert resolve_separator(tokenizer, "<sep>") == ("<sep>", False)


def test_bullets_join_and_split_back():
    bullets = ["딥시크, 저렴한 개발 비용으로  돌풍", "엔비디아 주가 17% 하락"]
    joined = join_bullets(bullets, "<sep>")
    assert joined == "딥시크, 저렴한 개발 비용으로 돌풍<sep>엔비디아 주가 17% 하락"
    assert split_bullets(joined.replace("<sep>", "<sep> "), "<sep>") == ["딥시크, 저렴한 개발 비용으로 돌풍", "엔비디아 주가 17% 하락"]


def _write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_empty_bodies_and_summaries_are_dropped_and_counted(tmp_path: Path):
    path = _write_jsonl(tmp_path / "pairs.jsonl", [
        {"text": "연구팀은 새 전극 소재를 개발했다.", "bullets": ["새 전극 소재 개발"]},
        {"text": "   ", "bullets": ["본문 없음"]},
        {"text": "요약이 없는 기사다.", "bullets": []},
        {"text": "요약이 빈 줄뿐인 기사다.", "bullets": ["  ", ""]},
        {"text": "문자열 요약 기사다.", "bullets": "- 첫째 요약\n- 둘째 요약"},
    ])
    pairs, stats = read_pairs(path, "text", "bullets")
    assert [p.bullets for p in pairs] == [("새 전극 소재 개발",), ("첫째 요약", "둘째 요약")]
    assert (stats.rows, stats.kept, stats.dropped_empty_text, stats.dropped_empty_summary) == (5, 2, 1, 2)


def test_missing_field_names_the_available_fields(tmp_path: Path):
    path = _write_jsonl(tmp_path / "pairs.jsonl", [{"body": "본문이다.", "summary": "요약"}])
    with pytest.raises(InputError, match=r"\['bullets'\] not found; available fields: \['body', 'summary'\]"):
        read_pairs(path, "body", "bullets")


def test_csv_pairs_with_newline_joined_summary(tmp_path: Path):
    path = tmp_path / "pairs.csv"
    path.write_text('text,summary\n"기후 변화로 한반도 여름이 길어지고 있다.","여름이 길어진다\n한반도 기후 변화"\n', encoding="utf-8")
    pairs, _ = read_pairs(path, "text", "summary")
    assert pairs[0].bullets == ("여름이 길어진다", "한반도 기후 변화")


def test_collected_pairs_are_read_back_as_the_same_records(tmp_path: Path):
    """Pair collection's output is fine-tuning's input: the same reader gives back the same Pair records."""
    from pipeline.collect import CollectReport, write_pairs
    from pipeline.records import Pair

    written = [Pair("첫 기사 본문이다.\n\n둘째 문단이다.", ("첫 요약", "3.5조 원 투자 결정"), id="a1", title="제목",
                    source="in/a.txt", published="2025-01-29T00:30"),
               Pair("둘째 기사 본문이다.", ("하나뿐인 요약",), id="b2", source="in/b.txt")]
    path = tmp_path / "pairs.jsonl"
    write_pairs(written, path, (1.0, 0.0, 0.0), CollectReport())
    for summary_field in ("bullets", "summary"):
        pairs, stats = read_pairs(path, "text", summary_field)
        assert [(p.text, p.bullets, p.id, p.title, p.published) for p in pairs] == [
            (p.text, p.bullets, p.id, p.title, p.published) for p in written]
        assert [p.source for p in pairs] == [f"{path}:line 1", f"{path}:line 2"]
        assert stats.kept == 2


def test_pairs_are_streamed_and_bad_lines_counted(tmp_path: Path):
    path = tmp_path / "pairs.jsonl"
    good = json.dumps({"text": "본문이다.", "summary": "요약"}, ensure_ascii=False)
    path.write_text(f"{good}\n{good}\n{{not json\n{good}\n", encoding="utf-8")
    pairs, stats = read_pairs(path, "text", "summary", limit=2)
    assert (len(pairs), stats.rows, stats.unreadable) == (2, 2, 0)  # stopped before the bad line: not read eagerly
    pairs, stats = read_pairs(path, "text", "summary")
    assert (len(pairs), stats.rows, stats.unreadable) == (3, 4, 1)
    assert stats.unreadable_examples == [f"{path}:line 3: malformed JSON (Expecting property name enclosed in double quotes at column 2)"]


def test_metrics_log_reads_through_the_jsonl_reader_and_skips_a_cut_line(tmp_path: Path):
    from pipeline.training.report import MetricsLog

    log = MetricsLog(tmp_path / "metrics.jsonl")
    log.write({"step": 1, "loss": 2.5})
    log.write({"step": 2, "loss": 2.0})
    with log.path.open("a", encoding="utf-8") as f:
        f.write('{"step": 3, "lo')  # a run killed while writing
    assert log.read() == [{"step": 1, "loss": 2.5}, {"step": 2, "loss": 2.0}]


def test_existing_run_folder_is_refused_without_resume_or_overwrite(tmp_path: Path, tiny_bart_dir: Path, capsys):
    from pipeline.recipes.finetune import main

    run_dir = tmp_path / "run"
    run_dir.mkdir()
    (run_dir / "metrics.jsonl").write_text("{}\n", encoding="utf-8")
    pairs = _write_jsonl(tmp_path / "p.jsonl", [{"text": "본문이다.", "bullets": ["요약"]}])
    code = main([f"model.name_or_path={tiny_bart_dir}", f"data.train_path={pairs}", f"output_dir={run_dir}"])
    assert code == 2
    assert "already exists; pass resume=true" in capsys.readouterr().err
    assert (run_dir / "metrics.jsonl").read_text(encoding="utf-8") == "{}\n"


def test_missing_model_path_is_a_clear_error(tmp_path: Path, capsys):
    from pipeline.recipes.finetune import main

    pairs = _write_jsonl(tmp_path / "p.jsonl", [{"text": "본문이다.", "bullets": ["요약"]}])
    assert main([f"data.train_path={pairs}", f"output_dir={tmp_path / 'run'}"]) == 2
    assert "model.name_or_path is not set" in capsys.readouterr().err


def test_crash_while_writing_a_checkpoint_keeps_the_previous_one(tmp_path: Path):
    from pipeline.training import checkpoint

    target = tmp_path / "checkpoint-last"
    checkpoint.write_atomically(target, lambda d: checkpoint.write_state(d, {"train_state": {"step": 2}}))

    def crash(folder: Path) -> None:
        checkpoint.write_state(folder, {"train_state": {"step": 4}})
        raise KeyboardInterrupt  # killed half-way through the new checkpoint

    with pytest.raises(KeyboardInterrupt):
        checkpoint.write_atomically(target, crash)
    assert checkpoint.read_state(checkpoint.existing(target))["train_state"]["step"] == 2


def test_checkpoint_left_as_old_by_an_interrupted_swap_is_still_found(tmp_path: Path):
    from pipeline.training import checkpoint

    old = tmp_path / "checkpoint-last.old"
    old.mkdir()
    checkpoint.write_state(old, {"train_state": {"step": 6}})
    assert checkpoint.existing(tmp_path / "checkpoint-last") == old


def test_bare_no_for_mixed_precision_is_not_read_as_false():
    assert load_config(FinetuneConfig, None, ["train.mixed_precision=no"]).train.mixed_precision == "no"


def test_preset_fills_model_id_and_prefix_unless_set():
    config = load_config(FinetuneConfig, None, ["model.preset=eenzeenee-t5-base-korean-summarization"], resolve=resolve_preset)
    assert config.model.name_or_path == "eenzeenee/t5-base-korean-summarization"
    assert config.model.prefix == "summarize: "
    explicit = load_config(FinetuneConfig, None, ["model.preset=eenzeenee-t5-base-korean-summarization",
                                                  "model.name_or_path=models/my-t5"], resolve=resolve_preset)
    assert explicit.model.name_or_path == "models/my-t5" and explicit.model.prefix == "summarize: "
    with pytest.raises(ConfigError, match="unknown preset 'kobart'; presets: csebuetnlp"):
        load_config(FinetuneConfig, None, ["model.preset=kobart"], resolve=resolve_preset)


def test_validation_reads_no_preset_file(monkeypatch, tmp_path: Path, capsys):
    """Preset resolution is its own step: validation alone never reads models/presets/."""
    import pipeline.config.summarize as summarize_schema
    from pipeline.recipes.finetune import main

    def no_reading(name):
        raise AssertionError(f"validation read preset {name!r}")

    monkeypatch.setattr(summarize_schema, "load_preset", no_reading)
    config = load_config(FinetuneConfig, None, ["model.preset=kobart"])
    assert (config.model.preset, config.model.name_or_path) == ("kobart", "")
    monkeypatch.undo()
    assert main(["model.preset=kobart", f"data.train_path={tmp_path / 'p.jsonl'}", f"output_dir={tmp_path / 'run'}"]) == 2
    assert "unknown preset 'kobart'" in capsys.readouterr().err
