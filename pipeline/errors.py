"""Project errors: each message names the input and what is wrong with it."""
from __future__ import annotations


class KosumError(Exception):
    """Base class of the project's own errors."""


class InputError(KosumError, ValueError):
    """An input file or record cannot be summarized (empty, binary, undecodable, no Korean …)."""

    def __init__(self, source: str, problem: str):
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class ModelLoadError(KosumError, ValueError):
    """A model path or hub id cannot be loaded as a seq2seq checkpoint."""


class ConfigError(KosumError, ValueError):
    """A config file or override is invalid; the message says which key and why."""
