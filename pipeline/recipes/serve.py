"""Serve a web page and an HTTP API that summarize articles, each bullet traced to its source sentence.

    python scripts/serve.py                                  # http://127.0.0.1:8000 (page), /docs (API)
    python scripts/serve.py --port 8080 engine=lead bullets.max=4
    python scripts/serve.py --config configs/serve.yaml server.engines=[kiwi,seq2seq] model.name_or_path=PATH

The engines are built once, before the server accepts requests. Exit codes:
0 = stopped normally; 2 = bad command line or config, or an engine could not be built.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipeline.analysis import Analyzer
from pipeline.config import ConfigError, load_config, split_overrides
from pipeline.config.serve import ServeConfig
from pipeline.errors import KosumError

DEFAULT_CONFIG = Path(__file__).resolve().parents[2] / "configs" / "serve.yaml"


def parse_args(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(
        prog="kosum serve",
        description="Serve the summarizer as a web page and an HTTP API. Extra arguments of the form key=value override the config.",
    )
    parser.add_argument("--host", help="interface to bind (default: server.host, 127.0.0.1)")
    parser.add_argument("--port", type=int, help="TCP port (default: server.port, 8000)")
    parser.add_argument("--config", "-c", default=str(DEFAULT_CONFIG), help="YAML config (default: configs/serve.yaml)")
    parser.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"], help="uvicorn's log level")
    overrides, rest = split_overrides(argv)
    return parser.parse_args(rest), overrides


def main(argv: list[str] | None = None) -> int:
    args, overrides = parse_args(list(sys.argv[1:] if argv is None else argv))
    overrides += [f"server.host={args.host}"] if args.host else []
    overrides += [f"server.port={args.port}"] if args.port is not None else []
    try:
        config = load_config(ServeConfig, args.config, overrides)
        from pipeline.serve.app import create_app
        from pipeline.serve.service import EnginePool

        pool = EnginePool(config, args.config, overrides, Analyzer(config.analysis.num_workers))
    except (ConfigError, KosumError) as exc:
        print(f"kosum serve: {exc}", file=sys.stderr)
        return 2

    import uvicorn

    print(f"kosum serve: engines {', '.join(pool.engines)} ready; page at http://{config.server.host}:{config.server.port}/", file=sys.stderr)
    uvicorn.run(create_app(pool), host=config.server.host, port=config.server.port, log_level=args.log_level)
    return 0


if __name__ == "__main__":
    sys.exit(main())
