"""The summarize config schema under its earlier name; it lives in :mod:`pipeline.config.summarize`."""
from pipeline.config.summarize import *  # noqa: F401,F403
from pipeline.config.summarize import __all__  # noqa: F401
