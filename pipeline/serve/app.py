"""The web page and HTTP API of ``kosum serve`` (FastAPI on uvicorn).

Routes: ``GET /`` and ``POST /`` (the page; a plain form post, JavaScript only
adds copy and scroll-to-sentence), ``POST /api/summarize``, ``POST
/api/summarize/batch``, ``GET /healthz``, ``GET /docs`` and ``/openapi.json``.
Every refusal is a JSON (or, on the page, an HTML) message in the CLI's words;
no traceback ever reaches a client.
"""
from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import jinja2
from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from pipeline.config import ConfigError
from pipeline.config.serve import ServeConfig
from pipeline.errors import KosumError
from pipeline.format import summary_record
from pipeline.ingest import Failure
from pipeline.records import Article, Summary
from pipeline.serve import models
from pipeline.serve.page import highlight_segments
from pipeline.serve.service import ArticleInput, EnginePool, MicroBatcher, RequestError

HERE = Path(__file__).resolve().parent
log = logging.getLogger("kosum.serve")


def _error(message: str, status: int) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


class BodyLimit:
    """ASGI middleware: refuse a request body over ``limit`` bytes (413) before and while it is read."""

    def __init__(self, app, limit: int):
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        message = f"request body is over the limit of {self.limit:,} bytes (server.max_request_bytes)"
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.limit):
            return await _error(message, 413)(scope, receive, send)
        received = 0
        started = False

        async def limited_receive():
            nonlocal received
            event = await receive()
            if event["type"] == "http.request":
                received += len(event.get("body", b""))
                if received > self.limit:
                    raise _TooLarge
            return event

        async def tracking_send(event):
            nonlocal started
            started = started or event["type"] == "http.response.start"
            await send(event)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _TooLarge:
            if not started:
                await _error(message, 413)(scope, receive, send)


class _TooLarge(Exception):
    pass


def _validation_message(exc: ValidationError, source: str) -> str:
    problems = []
    for error in exc.errors()[:3]:
        where = ".".join(str(part) for part in error["loc"]) or "body"
        problems.append(f"{where}: {error['msg']}")
    return f"{source}: " + "; ".join(problems)


def _parse_json(raw: bytes, model, source: str):
    """The request body as ``model``; malformed JSON gets the CLI's JSONL message."""
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise RequestError(f"{source}: not UTF-8 ({exc.reason} at byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise RequestError(f"{source}: malformed JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(data, dict):
        raise RequestError(f"{source}: expected a JSON object, got {type(data).__name__}")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise RequestError(_validation_message(exc, source), 422) from None


def _article_input(request: models.SummarizeRequest, source: str) -> ArticleInput:
    if (request.text is None) == (request.html is None):
        raise RequestError(f"{source}: give the article as 'text' or as 'html' (exactly one of them)")
    data, kind = (request.text, "txt") if request.text is not None else (request.html, "html")
    return ArticleInput(data=data, kind=kind, source=source, id=request.id, title=request.title)


class Service:
    """The pieces a request needs: engines, the micro-batcher and the in-flight count."""

    def __init__(self, pool: EnginePool):
        self.pool = pool
        self.config: ServeConfig = pool.config
        self.batcher = MicroBatcher(pool, pool.config.server.max_engine_batch, pool.config.server.batch_wait_ms / 1000)
        self.in_flight = 0

    async def limited(self, work: Callable[[], Awaitable[Any]]):
        """Run ``work`` unless ``server.max_concurrent_requests`` are already in flight (then 503)."""
        limit = self.config.server.max_concurrent_requests
        if self.in_flight >= limit:
            raise RequestError(f"server busy: {limit} requests in flight (server.max_concurrent_requests); retry shortly", 503)
        self.in_flight += 1
        try:
            return await work()
        finally:
            self.in_flight -= 1

    async def summarize(self, item: ArticleInput, options: dict[str, Any]) -> tuple[Article, Summary]:
        """Resolve options, then read and summarize the article on the engine thread (micro-batched)."""
        key, config = self.pool.resolve(options)
        article, result = await self.batcher.summarize(key, config, item)
        if isinstance(result, Failure):
            raise RequestError(f"engine {config.engine!r} failed on {item.source}: {result.error}", 500)
        return article, result


def create_app(pool: EnginePool) -> FastAPI:
    """The ASGI app over engines already built (``pool``)."""
    service = Service(pool)
    config = pool.config

    @asynccontextmanager
    async def lifespan(app):
        service.batcher.start()
        yield
        await service.batcher.stop()

    app = FastAPI(
        title="kosum",
        summary="Korean news articles summarized into [기사요약] bullets, each traced to its source sentence.",
        version="0.1.0",
        docs_url=None,  # served below from packaged Swagger UI files: the default loads them from a CDN
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.service = service
    app.add_middleware(BodyLimit, limit=config.server.max_request_bytes)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.mount("/docs-static", StaticFiles(directory=_swagger_dir()), name="docs-static")
    templates = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True)

    @app.exception_handler(RequestError)
    async def request_error(request: Request, exc: RequestError):
        return _error(exc.message, exc.status)

    @app.exception_handler(ConfigError)
    async def config_error(request: Request, exc: ConfigError):
        return _error(str(exc), 422)

    @app.exception_handler(KosumError)
    async def input_error(request: Request, exc: KosumError):
        return _error(str(exc), 400)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):  # 404, 405 … in the same shape as ours
        return JSONResponse({"error": str(exc.detail)}, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception):
        log.exception("unexpected error on %s", request.url.path)
        return _error(f"internal error ({type(exc).__name__}); the server goes on serving", 500)

    # ---- API ---------------------------------------------------------------------------
    @app.get("/healthz", response_model=models.Health, tags=["service"])
    async def healthz():
        return models.Health(
            status="ok",
            engines=pool.engines,
            default_engine=config.engine,
            in_flight=service.in_flight,
            batches_run=service.batcher.batches_run,
            articles_run=service.batcher.articles_run,
        )

    error_responses = {status: {"model": models.ErrorResponse} for status in (400, 413, 422, 503)}

    @app.post(
        "/api/summarize",
        tags=["summarize"],
        responses={200: {"model": models.SummaryRecord}, **error_responses},
        openapi_extra={"requestBody": {"required": True, "content": _json_body("SummarizeRequest")}},
    )
    async def api_summarize(request: Request):
        """Summarize one article: the same record `kosum summarize --output` writes, with each source sentence's text."""
        body = _parse_json(await request.body(), models.SummarizeRequest, "request")
        item = _article_input(body, "request")
        article, summary = await service.limited(lambda: service.summarize(item, body.options))
        return JSONResponse(summary_record(summary, article))

    @app.post(
        "/api/summarize/batch",
        tags=["summarize"],
        responses={200: {"model": models.BatchResponse}, **error_responses},
        openapi_extra={"requestBody": {"required": True, "content": _json_body("BatchRequest")}},
    )
    async def api_summarize_batch(request: Request):
        """Summarize up to `server.max_batch_articles` articles; one that fails is reported in its place and the rest go on."""
        body = _parse_json(await request.body(), models.BatchRequest, "request")
        limit = config.server.max_batch_articles
        if len(body.articles) > limit:
            raise RequestError(f"request: {len(body.articles)} articles, over the limit of {limit} (server.max_batch_articles)", 413)
        if not body.articles:
            raise RequestError("request: 'articles' is empty; give at least one article")

        async def one(index: int, entry: models.SummarizeRequest) -> dict:
            source = f"articles[{index}]"
            try:
                item = _article_input(entry, source)
                article, summary = await service.summarize(item, entry.options or body.options)
                return summary_record(summary, article)
            except (RequestError, ConfigError, KosumError) as exc:
                return {"index": index, "id": entry.id, "error": exc.message if isinstance(exc, RequestError) else str(exc)}

        async def run():
            return await asyncio.gather(*(one(i, entry) for i, entry in enumerate(body.articles)))

        results = await service.limited(run)
        failed = sum(1 for r in results if "error" in r)
        return JSONResponse({"results": results, "summarized": len(results) - failed, "failed": failed})

    # ---- docs without a CDN ------------------------------------------------------------
    @app.get("/docs", include_in_schema=False)
    async def docs():
        return get_swagger_ui_html(
            openapi_url=app.openapi_url,
            title="kosum API",
            swagger_js_url="/docs-static/swagger-ui-bundle.js",
            swagger_css_url="/docs-static/swagger-ui.css",
            swagger_favicon_url="/static/favicon.svg",
        )

    def openapi() -> dict:
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version, summary=app.summary, routes=app.routes)
            components = schema.setdefault("components", {}).setdefault("schemas", {})
            for model in models.REQUEST_MODELS:
                definition = model.model_json_schema(ref_template="#/components/schemas/{model}")
                components.update(definition.pop("$defs", {}))
                components[model.__name__] = definition
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi

    # ---- the page ----------------------------------------------------------------------
    def render(status: int = 200, **context) -> HTMLResponse:
        form = {"engine": config.engine, "bullets_max": config.bullets.max, "bullets_style": config.bullets.style, "text": ""}
        form.update(context.pop("form", {}))
        page = templates.get_template("index.html").render(
            engines=pool.engines, styles=["headline", "sentence"], form=form, max_bytes=config.server.max_article_bytes, **context
        )
        return HTMLResponse(page, status_code=status)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def page():
        return render()

    @app.post("/", response_class=HTMLResponse, include_in_schema=False)
    async def page_summarize(request: Request):
        form: dict[str, Any] = {}
        try:
            async with request.form(max_files=1, max_fields=10, max_part_size=config.server.max_request_bytes) as data:
                form = {key: data.get(key) or "" for key in ("engine", "bullets_max", "bullets_style")}
                text = data.get("text") or ""
                form["text"] = text if isinstance(text, str) else ""
                upload = data.get("file")
                item = await _page_input(form["text"], upload)
            options = {"engine": form["engine"] or config.engine, "bullets.style": form["bullets_style"] or config.bullets.style}
            if form["bullets_max"]:
                options["bullets.max"] = form["bullets_max"]
                if str(form["bullets_max"]).isdigit():
                    options["bullets.min"] = min(config.bullets.min, int(form["bullets_max"]))
            article, summary = await service.limited(lambda: service.summarize(item, options))
        except (RequestError, ConfigError, KosumError) as exc:
            status = exc.status if isinstance(exc, RequestError) else 422 if isinstance(exc, ConfigError) else 400
            return render(status, form=form, error=exc.message if isinstance(exc, RequestError) else str(exc))
        record = summary_record(summary, article)
        return render(
            form=form,
            record=record,
            article=article,
            segments=highlight_segments(article.body, summary.source_sentences),
        )

    return app


async def _page_input(text: str, upload) -> ArticleInput:
    """The page's article: a pasted text, or an uploaded .txt/.html file (not both)."""
    has_file = upload is not None and not isinstance(upload, str) and bool(upload.filename)
    if has_file and text.strip():
        raise RequestError("give either pasted text or a file, not both")
    if has_file:
        name = Path(upload.filename).name
        suffix = Path(name).suffix.lower()
        if suffix not in (".txt", ".text", ".html", ".htm"):
            raise RequestError(f"{name}: upload a .txt or .html file (got {suffix or 'no extension'})")
        data = await upload.read()
        return ArticleInput(data=data, kind="html" if suffix in (".html", ".htm") else "txt", source=name)
    return ArticleInput(data=text, kind="txt", source="pasted text")


def _json_body(name: str) -> dict:
    return {"application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}}


def _swagger_dir() -> Path:
    """Swagger UI's files as the swagger-ui-py package ships them (no CDN on the machines that run this)."""
    import importlib.util

    spec = importlib.util.find_spec("swagger_ui")
    return Path(spec.origin).parent / "static"
