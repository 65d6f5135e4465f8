"""YAML configs loaded into typed dataclasses, with ``key.sub=value`` overrides.

Each recipe declares its config as a dataclass tree (defaults live there); a YAML
file and command-line overrides are merged on top. OmegaConf does the merging and
type checking; this module turns its errors into messages that name the bad key
and list the valid ones. A recipe whose config names other files (a model preset)
resolves them in one explicit step; then the schema's ``validate()`` checks every
value (ranges, choices) without reading any file, before the recipe reads any input.
"""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from collections.abc import Callable
from typing import Any, TypeVar

from omegaconf import OmegaConf
from omegaconf.errors import ConfigKeyError, OmegaConfBaseException, ValidationError

from pipeline.errors import ConfigError

T = TypeVar("T")

CONFIG_DIR = Path(__file__).resolve().parents[2] / "configs"
"""The project's ``configs/`` folder: every recipe's default config is found here, whatever the working folder."""


def default_config(name: str) -> Path:
    """The default config of a recipe, e.g. ``default_config("evaluate")`` -> ``configs/evaluate.yaml``."""
    return CONFIG_DIR / f"{name}.yaml"


def _section_keys(schema, dotted: str) -> list[str]:
    """Valid keys of the section that holds ``dotted`` (for error messages)."""
    node = schema
    parts = dotted.split(".")[:-1]
    for part in parts:
        if part in node and OmegaConf.is_dict(node[part]):
            node = node[part]
        else:
            break
    prefix = ".".join(parts[: len(parts)])
    keys = [f"{prefix}.{k}" if prefix else str(k) for k in node.keys()]
    return sorted(keys)


def load_config(schema_cls: type[T], path: str | Path | None = None, overrides: list[str] | None = None,
                resolve: Callable[[T], T] | None = None) -> T:
    """Build ``schema_cls`` from its defaults, then ``path`` (YAML), then ``overrides``; ``resolve``; validate.

    ``resolve`` is the recipe's explicit step that fills values from other files (a model
    preset) before the pure ``validate()`` checks them.
    Raises :class:`ConfigError` for an unknown key (listing the valid keys), a value
    of the wrong type, or an override that is not ``key=value``.
    """
    schema = OmegaConf.structured(schema_cls)
    layers = []
    if path is not None:
        path = Path(path)
        if not path.is_file():
            raise ConfigError(f"config file not found: {path}")
        layers.append(("file " + str(path), OmegaConf.load(path)))
    for item in overrides or []:
        if "=" not in item:
            raise ConfigError(f"override {item!r} is not of the form key=value (e.g. bullets.max=4)")
    if overrides:
        layers.append(("command line", OmegaConf.from_dotlist(list(overrides))))
    merged = schema
    for origin, layer in layers:
        try:
            merged = OmegaConf.merge(merged, layer)
        except ConfigKeyError as exc:
            key = exc.full_key or str(exc.key)
            valid = ", ".join(_section_keys(schema, key))
            raise ConfigError(f"unknown config key {key!r} in {origin}; valid keys here: {valid}") from None
        except ValidationError as exc:
            raise ConfigError(f"invalid value for {exc.full_key!r} in {origin}: {str(exc.msg).splitlines()[0]}") from None
        except OmegaConfBaseException as exc:
            raise ConfigError(f"invalid config in {origin}: {exc}") from None
    try:
        config = OmegaConf.to_object(merged)
    except OmegaConfBaseException as exc:
        raise ConfigError(f"invalid config: {exc}") from None
    if resolve is not None:
        config = resolve(config)
    validate = getattr(config, "validate", None)
    if callable(validate):
        validate()
    return config


def to_dict(config: Any) -> dict:
    """The resolved config as plain JSON-ready data (saved next to every result)."""
    return json.loads(json.dumps(dataclasses.asdict(config), default=str))


def split_overrides(argv: list[str]) -> tuple[list[str], list[str]]:
    """Separate ``key=value`` overrides from other positional arguments."""
    overrides = [a for a in argv if "=" in a and not a.startswith("-")]
    rest = [a for a in argv if a not in overrides]
    return overrides, rest
