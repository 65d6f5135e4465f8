"""Atomic folders: a checkpoint is written beside its final name, then swapped in.

A crash while writing leaves the previous checkpoint untouched; a crash between
the two renames leaves it under ``<name>.old``, which :func:`existing` still finds.
"""
from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

STATE_FILE = "trainer_state.json"


def write_atomically(target: Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(tmp_dir)`` and move the result to ``target``, replacing any previous folder."""
    tmp = temporary(target)
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    write(tmp)
    return swap_in(tmp, target)


def temporary(target: Path) -> Path:
    """The folder a new version of ``target`` is written to before the swap."""
    target = Path(target)
    return target.with_name(target.name + ".tmp")


def swap_in(tmp: Path, target: Path) -> Path:
    """Replace ``target`` by the complete folder ``tmp``."""
    target = Path(target)
    old = target.with_name(target.name + ".old")
    if target.exists():
        shutil.rmtree(old, ignore_errors=True)
        os.replace(target, old)
    os.replace(tmp, target)
    shutil.rmtree(old, ignore_errors=True)
    return target


def existing(target: Path) -> Path | None:
    """The complete folder saved under ``target`` (or its ``.old`` copy after an interrupted swap)."""
    target = Path(target)
    for candidate in (target, target.with_name(target.name + ".old")):
        if (candidate / STATE_FILE).is_file():
            return candidate
    return None


def read_state(folder: Path) -> dict:
    return json.loads((Path(folder) / STATE_FILE).read_text(encoding="utf-8"))


def write_state(folder: Path, state: dict) -> None:
    (Path(folder) / STATE_FILE).write_text(json.dumps(state, indent=2) + "\n", encoding="utf-8")
