"""The evaluate recipe end to end on tiny data."""
import json
import math
from pathlib import Path

import pytest

from pipeline.config import ConfigError, load_config
from pipeline.config.evaluate import EvaluateConfig
from pipeline.recipes.evaluate import main

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = [
    {"id": "a1", "title": "딥시크 돌풍",
     "text": "중국 스타트업 딥시크가 저렴한 비용으로 AI 시장에 돌풍을 일으켰다. 개발 비용은 600만 달러에 그쳤다. "
             "미국 기업들은 긴장하고 있다. 엔비디아 주가는 17% 떨어졌다. 전문가들은 상황을 지켜봐야 한다고 말했다.",
     "summary": ["딥시크, 저렴한 비용으로 AI 시장에 돌풍", "개발 비용 6백만달러"]},
    {"id": "a2", "title": "지카바이러스 연구",
     "text": "지카바이러스가 남성의 생식능력을 저하시킬 수 있다는 연구 결과가 나왔다. 연구진은 쥐 실험을 진행했다. "
             "감염된 쥐의 고환 크기가 작아졌다. 정자 수도 감소했다. 연구는 국제학술지 네이처에 실렸다.",
     "summary": "지카바이러스, 남성 생식능력 저하\n연구는 네이처에 실려"},
]


@pytest.fixture
def dev_jsonl(tmp_path):
    path = tmp_path / "dev.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    return path


def no_nan(value):
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, dict):
        return all(no_nan(v) for v in value.values())
    if isinstance(value, list):
        return all(no_nan(v) for v in value)
    return True


def test_engines_end_to_end_write_all_three_outputs(dev_jsonl, tmp_path, capsys):
    out = tmp_path / "out"
    code = main(["--config", str(ROOT / "configs/evaluate.yaml"), "data.type=jsonl", f"data.path={dev_jsonl}",
                 "systems=[kiwi,lead]", f"output_dir={out}", "limit=2", "stats.bootstrap=50"])
    assert code == 0
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    for system in ("kiwi", "lead"):
        for metric in ("rouge1", "rouge2", "rougeL", "rougeLsum"):
            score = results[system][metric]
            assert set(score) == {"f", "p", "r", "ci"}
            assert 0 < score["f"] <= 100 and score["ci"] is None  # two examples: too few for a bootstrap interval
        assert 0 <= results[system]["unsupported_number_rate"] <= 100
        assert "unsupported_name_rate" in results[system]
        assert results["systems"][system] == results[system]
    assert results["examples"] == 2 and len(results["data_fingerprint"]) == 16
    assert results["config"]["systems"] == ["kiwi", "lead"]
    assert results["versions"]["kiwipiepy"].startswith("0.24")
    assert {(t["a"], t["b"]) for t in results["pairwise"]} == {("kiwi", "lead")}
    assert all(t["p_value"] is None and t["ci"] is None for t in results["pairwise"])  # two examples: the test is undefined
    rows = [json.loads(line) for line in (out / "predictions.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted((r["id"], r["system"]) for r in rows) == [("a1", "kiwi"), ("a1", "lead"), ("a2", "kiwi"), ("a2", "lead")]
    assert all(r["bullets"] and r["rouge"]["rouge1"]["f"] >= 0 for r in rows)
    report = (out / "report.html").read_text(encoding="utf-8")
    assert "data:image/png;base64," in report and "딥시크, 저렴한 비용으로 AI 시장에 돌풍" in report
    table = capsys.readouterr().out
    assert "R-Lsum" in table and "undefined (n < 5)" in table


def test_predictions_scored_without_engines_flag_a_changed_number(dev_jsonl, tmp_path):
    predictions = tmp_path / "pred.jsonl"
    predictions.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"id": "a1", "system": "mine", "bullets": ["개발 비용 700만 달러", "엔비디아 주가 17% 하락"]},
        {"id": "a2", "system": "mine", "bullets": []},
    ]), encoding="utf-8")
    out = tmp_path / "out"
    code = main(["--config", str(ROOT / "configs/evaluate.yaml"), "data.type=predictions", f"data.path={predictions}",
                 f"data.references={dev_jsonl}", f"output_dir={out}", "stats.bootstrap=50"])
    assert code == 0
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    assert list(results["systems"]) == ["mine"]
    assert results["mine"]["unsupported_number_rate"] == pytest.approx(50.0)  # 700만 달러 unsupported, 17% supported
    assert results["mine"]["empty_predictions"] == 1
    assert no_nan(results)
    rows = {r["id"]: r for r in map(json.loads, (out / "predictions.jsonl").read_text(encoding="utf-8").splitlines())}
    assert rows["a1"]["unsupported_numbers"] == ["700만 달러"]
    assert rows["a2"]["rouge"]["rouge1"]["f"] == 0 and rows["a2"]["warnings"] == ["empty prediction: ROUGE is 0"]
    assert "<mark>700만 달러</mark>" in (out / "report.html").read_text(encoding="utf-8")


def test_mismatched_prediction_ids_exit_1_listing_them(dev_jsonl, tmp_path, capsys):
    predictions = tmp_path / "pred.jsonl"
    predictions.write_text(json.dumps({"id": "zz", "bullets": ["요약"]}), encoding="utf-8")
    code = main(["--config", str(ROOT / "configs/evaluate.yaml"), "data.type=predictions", f"data.path={predictions}",
                 f"data.references={dev_jsonl}", f"output_dir={tmp_path / 'out'}"])
    assert code == 1
    assert "only in the predictions: zz" in capsys.readouterr().err


def test_unknown_key_and_unknown_engine_exit_2(tmp_path, capsys):
    assert main(["--config", str(ROOT / "configs/evaluate.yaml"), "data.path=x", "sytems=[kiwi]"]) == 2
    assert "sytems" in capsys.readouterr().err
    assert main(["--config", str(ROOT / "configs/evaluate.yaml"), "data.path=x", "systems=[bert]"]) == 2
    assert "'bert'" in capsys.readouterr().err


@pytest.mark.parametrize("path", sorted((ROOT / "configs").glob("evaluate*.yaml")), ids=lambda p: p.name)
def test_every_evaluate_config_loads(path):
    config = load_config(EvaluateConfig, path, ["data.path=somewhere"])
    assert config.systems and config.output_dir
    assert path.read_text(encoding="utf-8").startswith(f"# python scripts/evaluate.py --config configs/{path.name}")


def test_regression_evaluate_runs_from_any_folder(dev_jsonl, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main([f"data.path={dev_jsonl}", "systems=[lead]", "report.html=false", "stats.bootstrap=10"]) == 0
    assert (tmp_path / "runs" / "evaluate" / "results.json").is_file()


@pytest.mark.parametrize("override,key", [("num_workers=-7", "num_workers"), ("report.max_articles=-1", "report.max_articles"),
                                          ("stats.bootstrap=0", "stats.bootstrap"), ("limit=-2", "limit")])
def test_regression_bad_evaluate_value_exits_2_before_reading_data(override, key, dev_jsonl, capsys):
    assert main([f"data.path={dev_jsonl}", override]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and key in err[0]


def test_a_run_that_fails_while_writing_leaves_the_previous_outputs(dev_jsonl, tmp_path, monkeypatch):
    import pipeline.recipes.evaluate as recipe

    out = tmp_path / "out"
    args = [f"data.path={dev_jsonl}", "systems=[lead]", f"output_dir={out}", "stats.bootstrap=10"]
    assert main(args) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    assert set(before) == {"predictions.jsonl", "results.json", "report.html"}

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(recipe, "render_html", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        main([*args, "limit=1"])
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_atomic_open_replaces_the_file_only_when_the_block_succeeds(tmp_path):
    from pipeline.files import atomic_open

    path = tmp_path / "results.json"
    path.write_text("old", encoding="utf-8")
    with pytest.raises(ValueError):
        with atomic_open(path) as handle:
            handle.write("half")
            raise ValueError("interrupted")
    assert path.read_text(encoding="utf-8") == "old" and list(tmp_path.iterdir()) == [path]
    with atomic_open(path) as handle:
        handle.write("new")
    assert path.read_text(encoding="utf-8") == "new" and list(tmp_path.iterdir()) == [path]


def test_a_system_can_name_a_summarize_yaml(dev_jsonl, tmp_path):
    short = tmp_path / "short-lead.yaml"
    short.write_text("engine: lead\nbullets:\n  min: 1\n  max: 1\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main([f"data.path={dev_jsonl}", "systems=[short]", f"system_configs.short={short}", f"output_dir={out}",
                 "report.html=false", "stats.bootstrap=10"]) == 0
    rows = [json.loads(line) for line in (out / "predictions.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {r["system"] for r in rows} == {"short", "lead"}
    assert all(len(r["bullets"]) == 1 for r in rows if r["system"] == "short")
    assert all(len(r["bullets"]) > 1 for r in rows if r["system"] == "lead")


def test_every_system_config_is_validated_before_the_data_is_read(tmp_path, capsys):
    missing = tmp_path / "no-such.jsonl"
    config = load_config(EvaluateConfig, None, [f"data.path={missing}", "systems=[kiwi4]", "engines.kiwi4=kiwi"])
    assert config.summarize_config("kiwi4").engine == "kiwi"
    assert main([f"data.path={missing}", "systems=[kiwi4]", "engines.kiwi4=kiwi", 'system_overrides.kiwi4=["bullets.max=0"]']) == 2
    err = capsys.readouterr().err
    assert "system 'kiwi4'" in err and "bullets.max=0" in err
    assert main([f"data.path={missing}"]) == 2
    assert f"data.path={str(missing)!r} does not exist" in capsys.readouterr().err


def test_loading_the_evaluate_config_reads_no_summarize_yaml(tmp_path, capsys):
    """Validation is pure; the systems' YAML files are read by the explicit resolve step the recipe runs first."""
    missing_yaml = tmp_path / "gone.yaml"
    overrides = [f"data.path={tmp_path}", "systems=[mine]", f"system_configs.mine={missing_yaml}"]
    config = load_config(EvaluateConfig, None, overrides)  # no file read: loads although the YAML is missing
    with pytest.raises(ConfigError, match=r"system_configs.mine=.*gone.yaml.*no such summarize config"):
        config.resolve_systems()
    assert main(overrides) == 2
    assert "no such summarize config" in capsys.readouterr().err
