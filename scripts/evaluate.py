#!/usr/bin/env python
"""Score engines or predictions against reference summaries: python scripts/evaluate.py --config configs/evaluate.yaml [key=value ...]"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from pipeline.recipes.evaluate import main

if __name__ == "__main__":
    sys.exit(main())
