"""The kosum command: every script name is a subcommand, the benchmarks say what data they miss."""
import pytest

from pipeline.cli import COMMANDS, main as kosum
from conftest import REPO


def test_every_script_is_a_command_under_its_own_name():
    scripts = sorted(p.stem for p in (REPO / "scripts").glob("*.py"))
    assert scripts == ["benchmark", "collect_pairs", "evaluate", "finetune", "serve", "summarize"]
    for name in scripts:
        assert name in COMMANDS


@pytest.mark.parametrize("spelling", ["collect_pairs", "collect-pairs"])
def test_regression_collect_pairs_accepts_both_spellings(spelling, tmp_path, capsys):
    assert kosum([spelling, str(tmp_path / "missing")]) == 2
    assert "not a folder" in capsys.readouterr().err


@pytest.mark.parametrize("spelling", ["benchmark", "bench"])
def test_regression_benchmark_accepts_both_spellings(spelling, capsys):
    assert kosum([spelling, "--help"]) == 0
    assert "kiwi" in capsys.readouterr().out


@pytest.mark.parametrize("suite", ["kiwi", "rouge"])
def test_regression_benchmark_without_data_says_what_is_missing(suite, tmp_path, capsys):
    missing = tmp_path / "no-such-folder"
    assert kosum(["bench", suite, "--data", str(missing)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(missing) in err[0] and "--data PATH" in err[0]


def test_regression_finetune_finds_its_default_config_from_any_folder(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert kosum(["finetune", f"data.train_path={tmp_path / 'pairs.jsonl'}"]) == 2
    err = capsys.readouterr().err
    assert "config file not found" not in err and "model.name_or_path is not set" in err


def test_collect_pairs_finds_its_default_config_from_any_folder(tmp_path, monkeypatch, capsys):
    (tmp_path / "articles").mkdir()
    monkeypatch.chdir(tmp_path)
    assert kosum(["collect_pairs", "articles", "near_duplicate=1.5"]) == 2
    err = capsys.readouterr().err
    assert "config file not found" not in err and "near_duplicate=1.5 must be in (0, 1]" in err


@pytest.mark.parametrize("command", ["evaluate", "finetune"])
def test_recipes_take_overrides_the_same_way(command, capsys):
    with pytest.raises(SystemExit) as stop:
        kosum([command, "dev.jsonl"])
    assert stop.value.code == 2 and "not key=value overrides: ['dev.jsonl']" in capsys.readouterr().err
