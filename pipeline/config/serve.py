"""Config schema of ``kosum serve`` (``configs/serve.yaml``): the summarize knobs plus a ``server`` section."""
from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.errors import ConfigError
from pipeline.config.summarize import SummarizeConfig

# Config keys a request may set in its ``options`` (the page's engine and bullet choices among them).
REQUEST_OPTIONS = ["engine", "bullets.min", "bullets.max", "bullets.max_chars", "bullets.style", "bullets.keep_order"]


@dataclass
class ServerConfig:
    host: str = "127.0.0.1"  # interface to bind; 0.0.0.0 exposes the server to the network
    port: int = 8000  # TCP port
    engines: list[str] = field(default_factory=lambda: ["kiwi", "lead"])  # engines built at start-up and offered to requests (the first is the default)
    request_options: list[str] = field(default_factory=lambda: list(REQUEST_OPTIONS))  # config keys a request may override
    max_article_bytes: int = 2_000_000  # longest article text (UTF-8 bytes) or uploaded file; longer -> 413
    max_request_bytes: int = 16_000_000  # largest request body; larger -> 413 before it is read
    max_batch_articles: int = 32  # most articles in one /api/summarize/batch request
    max_concurrent_requests: int = 64  # summarize requests in flight; more are answered 503 at once
    batch_wait_ms: float = 5.0  # how long the micro-batcher waits for more requests before running the engine
    max_engine_batch: int = 32  # most articles handed to the engine in one batch call
    max_engine_variants: int = 8  # engines kept for distinct request options (LRU); the start-up engines always stay

    def validate(self) -> None:
        if not 0 < self.port < 65536:
            raise ConfigError(f"server.port={self.port} must be between 1 and 65535")
        for name in ("max_article_bytes", "max_request_bytes", "max_batch_articles", "max_concurrent_requests", "max_engine_batch"):
            if getattr(self, name) < 1:
                raise ConfigError(f"server.{name}={getattr(self, name)} must be at least 1")
        if self.batch_wait_ms < 0:
            raise ConfigError(f"server.batch_wait_ms={self.batch_wait_ms} must not be negative")
        if not self.engines:
            raise ConfigError("server.engines is empty; name at least one engine to serve")


@dataclass
class ServeConfig(SummarizeConfig):
    server: ServerConfig = field(default_factory=ServerConfig)

    def validate(self) -> None:
        from pipeline.engines import ENGINES

        super().validate()
        self.server.validate()
        unknown = [name for name in self.server.engines if name not in ENGINES]
        if unknown:
            raise ConfigError(f"server.engines names unknown engine(s) {unknown}; available engines: {', '.join(sorted(ENGINES))}")
        if self.engine not in self.server.engines:
            raise ConfigError(f"engine={self.engine!r} is not in server.engines={list(self.server.engines)}")
