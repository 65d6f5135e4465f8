#!/usr/bin/env python
"""Serve the summarizer as a web page and an HTTP API: python scripts/serve.py [--host 127.0.0.1] [--port 8000] [key=value ...]

The recipe itself is pipeline/recipes/serve.py (also run by `kosum serve`).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from pipeline.recipes.serve import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
