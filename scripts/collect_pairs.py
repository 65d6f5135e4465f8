#!/usr/bin/env python
"""Collect article/summary pairs from raw articles: python scripts/collect_pairs.py INPUT_DIR --output pairs.jsonl [--split 0.9,0.05,0.05]"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from pipeline.recipes.collect_pairs import main

if __name__ == "__main__":
    sys.exit(main())
