"""Shared pytest fixtures."""
from tiny_models import tiny_bart_dir, tiny_bart_sep_dir, tiny_t5_dir  # noqa: F401  (session-scoped tiny checkpoints)
