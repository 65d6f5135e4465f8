"""Summarizer engines: a plain name -> class mapping, and the one factory that builds them.

Every engine has ``summarize(doc) -> Summary`` and ``summarize_many(docs)``; the
cheap deterministic ``lead`` engine doubles as the test backend. Engines are
imported lazily so the default path never imports torch.

An engine never sees the whole summarize config: its class names the config sections
it reads (``SECTIONS``, e.g. ``("bullets", "kiwi")``) and :func:`build_engine` hands it
those sections alone, as keyword arguments of ``from_sections``.
"""
from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Protocol

from pipeline.records import Document, Summary

if TYPE_CHECKING:
    from pipeline.analysis import Analyzer
    from pipeline.config.summarize import SummarizeConfig

ENGINES: dict[str, str] = {
    "kiwi": "pipeline.engines.extractive:KiwiEngine",
    "lead": "pipeline.engines.extractive:LeadEngine",
    "seq2seq": "pipeline.engines.seq2seq:Seq2SeqEngine",
    # third-party baseline for side-by-side evaluation (optional extra `baselines`)
    "textrankr": "pipeline.engines.baselines:TextrankrEngine",
}


class Engine(Protocol):
    name: str
    SECTIONS: tuple[str, ...]  # the summarize config sections ``from_sections`` takes, by name

    def summarize(self, doc: Document) -> Summary: ...

    def summarize_many(self, docs: Iterable[Document]) -> list[Summary]: ...


def engine_class(name: str):
    if name not in ENGINES:
        raise ValueError(f"unknown engine {name!r}; available engines: {', '.join(sorted(ENGINES))}")
    module_name, class_name = ENGINES[name].split(":")
    return getattr(importlib.import_module(module_name), class_name)


def engine_sections(name: str, config: "SummarizeConfig") -> dict[str, Any]:
    """The sections of a validated summarize config that engine ``name`` reads, by section name."""
    return {section: getattr(config, section) for section in engine_class(name).SECTIONS}


def build_engine(name: str, config: "SummarizeConfig", analyzer: "Analyzer") -> Engine:
    """Build engine ``name`` from its sections of a validated summarize config, sharing ``analyzer``'s Kiwi."""
    return engine_class(name).from_sections(analyzer, **engine_sections(name, config))
