"""Pieces of ``kosum serve`` that need no server: page segments, request options, the record's sentence text."""
import pytest

from pipeline.config import ConfigError
from pipeline.format import summary_record
from pipeline.records import Article, SourceRef, Summary
from pipeline.serve.page import Segment, highlight_segments
from pipeline.serve.service import _dotlist

BODY = "첫 문장이다. 둘째 문장이다.\n\n셋째 문장이다."


def test_segments_cover_the_body_and_mark_each_source_sentence_once():
    refs = [SourceRef(2, 18, 26), SourceRef(0, 0, 7), SourceRef(2, 18, 26), None]
    segments = highlight_segments(BODY, refs)
    assert "".join(s.text for s in segments) == BODY
    assert [s for s in segments if s.sentence is not None] == [Segment("첫 문장이다.", 0, (2,)), Segment("셋째 문장이다.", 2, (1, 3))]


def test_segments_skip_offsets_outside_the_body():
    assert highlight_segments(BODY, [SourceRef(9, 10, 500)]) == [Segment(BODY)]


def test_options_flatten_to_config_overrides():
    assert _dotlist({"engine": "lead", "bullets": {"max": 4, "keep_order": False}, "bullets.style": "sentence"}) == [
        "bullets.keep_order=false", "bullets.max=4", "bullets.style=sentence", "engine=lead"]
    with pytest.raises(ConfigError, match="option 'bullets.max' has a list value"):
        _dotlist({"bullets": {"max": [4]}})


def test_record_carries_source_sentence_text_only_when_given_the_body():
    summary = Summary("a", "제목", ("첫 문장", "요약문"), "kiwi", (SourceRef(0, 0, 7), None))
    assert summary_record(summary)["source_sentences"] == [{"sentence": 0, "start": 0, "end": 7}, None]
    assert summary_record(summary, Article("a", "제목", tuple(BODY.split("\n\n"))))["source_sentences"] == [{"sentence": 0, "start": 0, "end": 7, "text": "첫 문장이다."}, None]


def test_an_option_the_engine_does_not_read_reuses_the_start_up_engine(analyzer):
    from pipeline.config import load_config
    from pipeline.config.serve import ServeConfig
    from pipeline.serve.service import EnginePool

    allow = ["server.request_options=[engine,bullets.max,seq2seq.num_beams]"]
    pool = EnginePool(load_config(ServeConfig, None, allow), None, allow, analyzer)
    lead_key, _ = pool.resolve({"engine": "lead"})
    beams_key, beams_config = pool.resolve({"engine": "lead", "seq2seq": {"num_beams": 2}})
    shorter_key, shorter_config = pool.resolve({"engine": "lead", "bullets.max": 3})
    assert beams_config.seq2seq.num_beams == 2 and beams_key == lead_key  # lead reads bullets and kiwi only
    assert pool.engine(beams_key, beams_config) is pool.engine(lead_key, beams_config)
    assert shorter_key != lead_key and pool.engine(shorter_key, shorter_config).bullets.max == 3
