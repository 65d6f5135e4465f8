#!/usr/bin/env python
"""Summarize articles into [기사요약] bullets: python scripts/summarize.py seeds/000_ab08534d42b7d5da.txt [key=value ...]

The recipe itself is pipeline/recipes/summarize.py (also run by `kosum summarize`).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from pipeline.recipes.summarize import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
