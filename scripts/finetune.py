#!/usr/bin/env python
"""Fine-tune a seq2seq summarizer on article/summary pairs: python scripts/finetune.py --config configs/finetune.yaml [key=value ...]"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from pipeline.recipes.finetune import main

if __name__ == "__main__":
    sys.exit(main())
