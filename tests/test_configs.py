"""Every config file in configs/ loads into its schema, and its first comment line is a runnable command."""
from pathlib import Path

import pytest

from config_docs import schema_fields, yaml_comments
from pipeline.config import ConfigError, load_config

CONFIGS = sorted((Path(__file__).resolve().parents[1] / "configs").glob("*.yaml"))


def schema_for(path: Path):
    """The recipe schema a config file belongs to, by its name prefix."""
    name = path.stem
    if name.startswith("summarize"):
        from pipeline.config.summarize import SummarizeConfig

        return SummarizeConfig
    if name.startswith("evaluate"):
        from pipeline.config.evaluate import EvaluateConfig

        return EvaluateConfig
    if name.startswith("serve"):
        from pipeline.config.serve import ServeConfig

        return ServeConfig
    if name.startswith("collect_pairs"):
        from pipeline.config.collect_pairs import CollectPairsConfig

        return CollectPairsConfig
    if name.startswith("finetune"):
        from pipeline.config.finetune import FinetuneConfig

        return FinetuneConfig
    raise AssertionError(f"{path.name}: no recipe schema for this config name; add one here")


# Keys a config leaves for the user to set on the command line.
REQUIRED = {"evaluate.yaml": ["data.path=seeds"]}


def test_there_are_configs_for_every_recipe():
    prefixes = {p.stem.split("-")[0] for p in CONFIGS}
    assert {"summarize", "evaluate", "finetune", "collect_pairs"} <= prefixes


def leaves(tree: dict, prefix: str = "") -> dict:
    """``{"bullets": {"max": 5}}`` -> ``{"bullets.max": 5}``."""
    out = {}
    for key, value in tree.items():
        if isinstance(value, dict) and value:
            out.update(leaves(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = value
    return out


def value_at(config, dotted: str):
    for part in dotted.split("."):
        config = config[part] if isinstance(config, dict) else getattr(config, part)
    return config


@pytest.mark.parametrize("path", CONFIGS, ids=lambda p: p.name)
def test_config_file_loads_into_its_schema(path):
    from omegaconf import OmegaConf

    schema = schema_for(path)
    config = load_config(schema, path, REQUIRED.get(path.name, []))
    assert isinstance(config, schema)
    required = {item.split("=")[0] for item in REQUIRED.get(path.name, [])}
    written = leaves(OmegaConf.to_container(OmegaConf.load(path)))
    assert written, f"{path.name} sets nothing"
    for key, value in written.items():  # every value written in the file is the value the recipe gets
        if key not in required:
            assert value_at(config, key) == value, key


@pytest.mark.parametrize("path", CONFIGS, ids=lambda p: p.name)
def test_each_recipe_schema_is_defined_in_the_config_package(path):
    """One config package: the schema is written in pipeline/config/<recipe>.py, not re-exported from elsewhere."""
    assert schema_for(path).__module__ == f"pipeline.config.{path.stem.split('-')[0]}"


@pytest.mark.parametrize("path", CONFIGS, ids=lambda p: p.name)
def test_first_comment_line_is_the_command_that_runs_it(path):
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# python scripts/") and path.name in first


@pytest.mark.parametrize("path", CONFIGS, ids=lambda p: p.name)
def test_unknown_key_in_any_config_is_an_error(path):
    with pytest.raises(ConfigError, match="unknown config key 'no_such_knob'"):
        load_config(schema_for(path), path, [*REQUIRED.get(path.name, []), "no_such_knob=1"])


def test_override_errors_name_the_key_and_the_problem():
    from pipeline.config.summarize import SummarizeConfig

    with pytest.raises(ConfigError, match="invalid value for 'bullets.max' in command line"):
        load_config(SummarizeConfig, None, ["bullets.max=many"])
    with pytest.raises(ConfigError, match="valid keys here: bullets.keep_order, bullets.max, bullets.max_chars, bullets.min"):
        load_config(SummarizeConfig, None, ["bullets.count=3"])
    with pytest.raises(ConfigError, match="bullets.min=4 and bullets.max=3"):
        load_config(SummarizeConfig, None, ["bullets.min=4", "bullets.max=3"])
    assert load_config(SummarizeConfig, None, ["bullets.max=4", "engine=lead"]).bullets.max == 4


# Each recipe's default config repeats every knob (sections documented in another file aside)
# with the schema's own default and comment: the default is written in the schema, checked here.
DEFAULT_FILES = {"summarize.yaml": ("model.", "seq2seq."), "evaluate.yaml": (), "finetune.yaml": (), "collect_pairs.yaml": ()}
README = Path(__file__).resolve().parents[1] / "README.md"


@pytest.mark.parametrize("name", sorted(DEFAULT_FILES))
def test_default_config_repeats_each_schema_default_and_its_comment(name):
    from omegaconf import OmegaConf

    path = Path(__file__).resolve().parents[1] / "configs" / name
    fields = {k: v for k, v in schema_fields(schema_for(path)).items() if not k.startswith(DEFAULT_FILES[name])}
    written = leaves(OmegaConf.to_container(OmegaConf.load(path)))
    assert sorted(written) == sorted(fields), f"{name} must list exactly the schema's knobs"
    comments = yaml_comments(path.read_text(encoding="utf-8"))
    for key, (default, comment) in fields.items():
        assert written[key] == default, f"{name}: {key}={written[key]!r} but the schema's default is {default!r}"
        assert comments[key] == comment, f"{name}: {key} is explained differently in the file and in the schema"


def test_seq2seq_config_file_keeps_the_engine_defaults():
    from omegaconf import OmegaConf

    from pipeline.config.summarize import SummarizeConfig

    path = Path(__file__).resolve().parents[1] / "configs" / "summarize-seq2seq.yaml"
    fields = schema_fields(SummarizeConfig)
    written = leaves(OmegaConf.to_container(OmegaConf.load(path)))
    assert written.pop("engine") == "seq2seq"
    for key, value in written.items():
        if key.startswith(("model.", "seq2seq.")):
            assert value == fields[key][0], key


def readme_defaults() -> dict[str, str]:
    """``key -> default`` from the README's tables whose header starts with ``| key | default |`` or ``| knob | default |``."""
    out, in_table = {}, False
    for line in README.read_text(encoding="utf-8").splitlines():
        if line.startswith(("| key | default |", "| knob | default |")):
            in_table = True
            continue
        if not line.startswith("|"):
            in_table = False
            continue
        cells = [c.strip() for c in line.strip("|").split(" | ")]
        if not in_table or cells[0].startswith("---"):
            continue
        keys = [k.strip(" `") for k in cells[0].split(" / ")]
        defaults = [d.strip(" `") for d in cells[1].split(" / ")]
        assert len(keys) == len(defaults), line
        section = keys[0].rsplit(".", 1)[0] + "." if "." in keys[0] else ""
        for key, default in zip(keys, defaults):
            out[key if "." in key or not section else section + key] = default
    return out


def as_readme(value) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


def test_readme_tables_state_the_schema_defaults():
    from pipeline.config.summarize import SummarizeConfig

    fields = schema_fields(SummarizeConfig)
    documented = readme_defaults()
    assert len(documented) >= 15
    for key, default in documented.items():
        assert key in fields, f"README documents {key!r}, which is not a summarize config key"
        assert default == as_readme(fields[key][0]), f"README says {key} defaults to {default!r}, the schema {fields[key][0]!r}"
