"""What produced a result: resolved config, package versions, git revision.

Saved next to every result (summaries, evaluation reports, checkpoints) so a
number can be traced to the code and settings behind it.
"""
from __future__ import annotations

import platform
import subprocess
from datetime import datetime, timezone
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

PACKAGES = ("kosum", "kiwipiepy", "kiwipiepy_model", "transformers", "torch", "datasets", "tokenizers",
            "sentencepiece", "accelerate", "rouge-score", "peft", "trafilatura", "numpy")


def package_versions(packages: tuple[str, ...] = PACKAGES) -> dict[str, str | None]:
    """Installed version of each package, None when it is not installed."""
    out = {}
    for name in packages:
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = None
    return out


def git_revision(path: str | Path | None = None) -> str | None:
    """The project's git commit (with ``-dirty`` when the tree has changes), None outside a checkout."""
    cwd = Path(path) if path else Path(__file__).resolve().parent
    try:
        rev = subprocess.run(["git", "rev-parse", "HEAD"], cwd=cwd, capture_output=True, text=True, timeout=5)
        if rev.returncode != 0:
            return None
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=cwd,
                               capture_output=True, text=True, timeout=5)
        return rev.stdout.strip() + ("-dirty" if dirty.stdout.strip() else "")
    except (OSError, subprocess.SubprocessError):
        return None


def provenance(config: dict | None = None) -> dict:
    """A JSON-ready record of the resolved config, versions, git revision, time and platform."""
    return {
        "config": config,
        "versions": package_versions(),
        "git_revision": git_revision(),
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "platform": platform.platform(),
    }
