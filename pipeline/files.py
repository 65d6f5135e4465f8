"""Output files written whole or not at all: write ``<name>.partial``, then rename it over ``<name>``.

A reader never sees a half-written file, and a run that fails part-way leaves the
previous output as it was.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


def partial_path(path: Path) -> Path:
    """Where ``path`` is written before it is renamed into place."""
    return path.with_name(path.name + ".partial")


@contextmanager
def atomic_open(path: str | Path) -> Iterator[IO[str]]:
    """A UTF-8 text file that replaces ``path`` only when the ``with`` block ends without an error."""
    path = Path(path)
    partial = partial_path(path)
    try:
        with open(partial, "w", encoding="utf-8") as handle:
            yield handle
        os.replace(partial, path)
    finally:
        if partial.exists():
            partial.unlink()


def atomic_write_text(path: str | Path, text: str) -> None:
    """Write ``text`` to ``path`` through a ``.partial`` file and a rename."""
    with atomic_open(path) as handle:
        handle.write(text)
