"""The batch stage analyses ahead of the engine (``summarize_stream``): same results, same failure handling,
and the next batch really is analysed while the current one is summarized."""
from __future__ import annotations

import threading

import pytest

from pipeline.batch import summarize_stream
from pipeline.config.summarize import SummarizeConfig
from pipeline.engines import build_engine
from pipeline.parse import parse_article
from pipeline.records import Failure

BODIES = [
    "한빛시가 내년부터 시내버스 요금을 1,500원에서 1,700원으로 올린다. 시는 연료비와 인건비가 크게 늘어 "
    "적자가 쌓였다고 설명했다. 시민단체는 요금 인상 전에 노선 개편부터 해야 한다고 주장했다.",
    "해솔대학교 연구진이 바닷물에서 리튬을 뽑아내는 새 분리막을 개발했다. 연구진은 기존 방식보다 비용이 "
    "40% 적게 든다고 밝혔다. 연구 결과는 국제 학술지에 실렸다.",
    "누리도서관이 다음 달 3일부터 평일 운영 시간을 밤 10시까지 늘린다. 도서관은 직장인 이용자의 요청이 "
    "많았다고 밝혔다. 늘어난 시간에는 자원봉사자 12명이 안내를 맡는다.",
    "가람군은 올해 사과 수확량이 지난해보다 18% 줄었다고 밝혔다. 봄철 냉해와 여름 폭우가 겹친 탓이다. "
    "군은 피해 농가에 가구당 최대 300만원을 지원하기로 했다.",
    "새봄전자가 2분기 영업이익 2,140억원을 냈다고 공시했다. 지난해 같은 기간보다 35% 늘어난 수치다. "
    "회사는 서버용 메모리 판매가 늘었다고 설명했다.",
]


def _articles():
    return [parse_article(f"기사 {i}\n\n{body}", id=f"a{i}") for i, body in enumerate(BODIES)]


class _WatchedAnalyzer:
    """The real analyzer, noting when the analysis of each batch (by its first article's id) has finished."""

    def __init__(self, analyzer, fail_on: str | None = None):
        self.analyzer, self.fail_on = analyzer, fail_on
        self.finished: dict[str, threading.Event] = {}

    def analyze_many(self, articles):
        done = self.finished.setdefault(articles[0].id, threading.Event())
        for article in articles:
            if article.id == self.fail_on:
                raise RuntimeError(f"Kiwi could not read {article.id}")
            yield self.analyzer.analyze(article)
        done.set()

    def analyze(self, article):
        if article.id == self.fail_on:
            raise RuntimeError(f"Kiwi could not read {article.id}")
        return self.analyzer.analyze(article)

    def __getattr__(self, name):
        return getattr(self.analyzer, name)


def test_the_next_batch_is_analysed_while_this_one_is_summarized(analyzer):
    watched = _WatchedAnalyzer(analyzer)
    engine = build_engine("kiwi", SummarizeConfig(), watched)
    seen = []

    class Waiting:
        def summarize_many(self, docs):
            docs = list(docs)
            if docs[0].article.id == "a0":  # the first batch (a0, a1): the second (a2, a3) is analysed meanwhile
                seen.append(watched.finished.setdefault("a2", threading.Event()).wait(timeout=30))
            return engine.summarize_many(docs)

    results = list(summarize_stream(enumerate(_articles()), Waiting(), watched, batch_size=2))
    assert seen == [True]
    assert [index for index, _ in results] == [0, 1, 2, 3, 4]


def test_results_in_input_order_and_as_if_each_article_were_summarized_alone(analyzer):
    engine = build_engine("kiwi", SummarizeConfig(), analyzer)
    articles = _articles()
    broken = Failure("in.jsonl:line 3", "in.jsonl:line 3: malformed JSON")
    items = [(0, articles[0]), (1, articles[1]), (2, broken), (3, articles[2]), (4, articles[3]), (5, articles[4])]
    results = list(summarize_stream(items, engine, analyzer, batch_size=2))
    assert [index for index, _ in results] == [0, 1, 2, 3, 4, 5]
    assert results[2][1] is broken
    alone = [engine.summarize(analyzer.analyze(article)).bullets for article in articles]
    assert [result[1].bullets for index, result in results if index != 2] == alone


@pytest.mark.parametrize("batch_size", [2, 5])
def test_an_article_whose_analysis_fails_in_the_thread_is_reported_and_the_others_are_written(analyzer, batch_size):
    watched = _WatchedAnalyzer(analyzer, fail_on="a3")
    engine = build_engine("kiwi", SummarizeConfig(), watched)
    results = dict(summarize_stream(enumerate(_articles()), engine, watched, batch_size=batch_size))
    assert isinstance(results[3], Failure)
    assert results[3].error == "RuntimeError: Kiwi could not read a3"
    for index in (0, 1, 2, 4):
        article, summary = results[index]
        assert article.id == f"a{index}" and summary.bullets == engine.summarize(analyzer.analyze(article)).bullets


def test_a_run_stopped_in_the_middle_leaves_no_analysis_running(analyzer):
    engine = build_engine("kiwi", SummarizeConfig(), analyzer)
    stream = summarize_stream(enumerate(_articles()), engine, analyzer, batch_size=1)
    assert next(stream)[0] == 0
    stream.close()  # the consumer stops, as a stopped run does
    assert not [t for t in threading.enumerate() if t.name.startswith("kosum-analysis")]
