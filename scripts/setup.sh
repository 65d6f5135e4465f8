#!/usr/bin/env bash
# Create .venv (if missing) and install the project with its test, LoRA and baseline extras.
# Safe to re-run: an up-to-date environment installs nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
# torch is pinned here (not in pyproject) so a CPU-only machine gets the 2.13.0 build it already has;
# any newer torch works with the project.
if ! .venv/bin/python -c "import torch" >/dev/null 2>&1; then
  .venv/bin/pip install --quiet --disable-pip-version-check "torch==2.13.0"
fi
if ! .venv/bin/python -c "import pipeline, kiwipiepy, transformers, datasets, peft, pytest, xdist, textrankr, scipy" >/dev/null 2>&1 \
   || [ pyproject.toml -nt .venv/.kosum-installed ]; then
  .venv/bin/pip install --quiet --disable-pip-version-check -e ".[test,lora,baselines]"
  touch .venv/.kosum-installed
fi
