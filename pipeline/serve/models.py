"""Request and response shapes of the HTTP API (they also make the OpenAPI schema at ``/openapi.json``)."""
from __future__ import annotations

from typing import Any, Optional

from pydantic import BaseModel, ConfigDict, Field


class SummarizeRequest(BaseModel):
    """One article: give exactly one of ``text`` (page copy or clean body) and ``html`` (a news page)."""

    model_config = ConfigDict(extra="forbid")

    text: Optional[str] = Field(None, description="article as plain text (page copy with title, byline, body …)")
    html: Optional[str] = Field(None, description="article as an HTML page; never fetched from a URL")
    title: str = Field("", description="headline of a text article when the text does not start with it")
    id: str = Field("", description="your id for the article (default: a hash of its content)")
    options: dict[str, Any] = Field(
        default_factory=dict,
        description="config overrides for this request, e.g. {\"engine\": \"lead\", \"bullets.max\": 4}; keys allowed by server.request_options",
        examples=[{"bullets.max": 4, "bullets.style": "headline"}],
    )


class BatchRequest(BaseModel):
    """Up to ``server.max_batch_articles`` articles; ``options`` apply to every article that sets none of its own."""

    model_config = ConfigDict(extra="forbid")

    articles: list[SummarizeRequest]
    options: dict[str, Any] = Field(default_factory=dict, description="config overrides shared by the batch")


class SourceSentence(BaseModel):
    sentence: int = Field(description="index of the source sentence in the article body")
    start: int = Field(description="start offset of the sentence in the article body")
    end: int = Field(description="end offset (exclusive)")
    text: Optional[str] = Field(None, description="the sentence itself")


class SummaryRecord(BaseModel):
    """The same record ``kosum summarize --output`` writes as one JSONL line."""

    id: str
    title: str
    bullets: list[str]
    summary: str = Field(description="the [기사요약] block: header line, then one bullet per line")
    engine: str
    source_sentences: list[Optional[SourceSentence]] = Field(description="one per bullet; null for an abstractive bullet")
    warnings: list[str]
    info: Optional[dict[str, Any]] = None


class BatchItemError(BaseModel):
    index: int
    id: str
    error: str


class BatchResponse(BaseModel):
    results: list[SummaryRecord | BatchItemError] = Field(description="in request order; an article that failed is an error entry")
    summarized: int
    failed: int


class ErrorResponse(BaseModel):
    error: str = Field(description="what is wrong, in the same words as the kosum CLI")


class Health(BaseModel):
    status: str
    engines: list[str]
    default_engine: str
    in_flight: int
    batches_run: int
    articles_run: int


REQUEST_MODELS = (SummarizeRequest, BatchRequest)
