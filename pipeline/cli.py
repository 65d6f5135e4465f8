"""The ``kosum`` command: each subcommand runs the same recipe as ``scripts/<name>.py``.

A command answers to its script's name (``collect_pairs``, ``benchmark``) and to its
short spelling (``collect-pairs``, ``bench``).
"""
from __future__ import annotations

import importlib
import sys

COMMANDS = {
    "summarize": ("pipeline.recipes.summarize", "summarize articles into [기사요약] bullets"),
    "evaluate": ("pipeline.recipes.evaluate", "score engines or predictions against reference summaries"),
    "collect_pairs": ("pipeline.recipes.collect_pairs", "collect article/summary pairs from raw articles"),
    "finetune": ("pipeline.recipes.finetune", "fine-tune a seq2seq model on article/summary pairs"),
    "serve": ("pipeline.recipes.serve", "web page and HTTP API for summarizing articles"),
    "benchmark": ("pipeline.recipes.benchmark", "speed and memory benchmarks against baselines"),
}
ALIASES = {"collect-pairs": "collect_pairs", "bench": "benchmark"}


def usage() -> str:
    short = {name: alias for alias, name in ALIASES.items()}
    lines = ["usage: kosum COMMAND [options]", "", "commands:"]
    lines += [f"  {name + (' | ' + short[name] if name in short else ''):<26} {help_}" for name, (_, help_) in COMMANDS.items()]
    lines += ["", "Run 'kosum COMMAND --help' for a command's options."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in {"-h", "--help"}:
        print(usage())
        return 0 if argv else 2
    command, rest = ALIASES.get(argv[0], argv[0]), argv[1:]
    if command not in COMMANDS:
        print(f"kosum: unknown command {command!r}\n\n{usage()}", file=sys.stderr)
        return 2
    module = importlib.import_module(COMMANDS[command][0])
    return module.main(rest)


if __name__ == "__main__":
    sys.exit(main())
