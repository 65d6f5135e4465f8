"""Faithfulness checks under their evaluation name; they live in :mod:`pipeline.faithfulness`.

Engines flag unsupported numbers and names with the same checks the evaluation
reports, so the checks sit below both.
"""
from pipeline.faithfulness import *  # noqa: F401,F403
from pipeline.faithfulness import __all__  # noqa: F401
