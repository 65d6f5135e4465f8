"""The benchmark suites read their articles through pipeline.ingest, like every recipe."""
import json

import pytest

from pipeline.benchmarks import REPO, sci_news_pairs
from pipeline.benchmarks.kiwi import load_texts
from pipeline.benchmarks.rouge import load_bullets
from pipeline.benchmarks.seq2seq import load_articles

TITLE = "연구진, 새 배터리 소재 개발"
SENTENCES = ["연구진은 배터리 수명을 두 배로 늘리는 소재를 개발했다", "이 소재는 값싼 원료로 만든다", "상용화에는 3년이 걸릴 전망이다"]


@pytest.fixture()
def sci_news(tmp_path):
    folder = tmp_path / "sci-news"
    folder.mkdir()
    (folder / "01.json").write_text(json.dumps({"title": TITLE, "sentences": SENTENCES, "summaries": [0, 2]}, ensure_ascii=False),
                                    encoding="utf-8")
    (folder / "02.json").write_text('{"title": "잘린 파일", "sentences": ["', encoding="utf-8")  # truncated download
    (folder / "03.json").write_text(json.dumps({"title": "빈 요약", "sentences": SENTENCES, "summaries": [7]}), encoding="utf-8")
    return folder


def test_a_broken_file_is_reported_and_skipped_by_every_suite(sci_news, tmp_path, capsys):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text("제목\n\n본문 첫 문장이다. 둘째 문장이다.", encoding="utf-8")

    assert [p.id for p in sci_news_pairs(sci_news)] == ["01"]
    assert load_texts(sci_news, pages) == [("a", "제목\n\n본문 첫 문장이다. 둘째 문장이다."),
                                           ("01", "\n\n".join([TITLE, *(s + "." for s in SENTENCES)]))]
    assert load_bullets(sci_news, words=3) == ["연구진은 배터리 수명을", "이 소재는 값싼", "상용화에는 3년이 걸릴"]
    articles = load_articles(sci_news, 4)
    assert [a.id for a in articles] == [*sorted(p.stem for p in (REPO / "seeds").glob("*.txt")), "01"] * 2
    assert articles[1].title == TITLE and articles[1].summary == ()  # the reference bullets are not part of the body
    out = capsys.readouterr().out
    assert "skipped" in out and "02.json" in out and "03.json" in out


def test_a_folder_without_sci_news_gives_no_articles_for_the_optional_suites(tmp_path):
    assert sci_news_pairs(tmp_path / "missing") == []
    assert all(a.id != "01" for a in load_articles(tmp_path / "missing", 3))


def test_each_repetition_of_the_engine_benchmark_starts_without_caches(monkeypatch, analyzer):
    # the article set is repeated for a stable timing; an analyzer reused across repetitions served the same bullets'
    # analyses from its cache and made the engine look faster than on distinct articles (0.79x raw Kiwi against 0.55x)
    import pipeline.analysis
    from pipeline.benchmarks import kiwi as bench

    made = []

    class Counting(pipeline.analysis.Analyzer):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            made.append(self)

    monkeypatch.setattr(pipeline.analysis, "Analyzer", Counting)
    monkeypatch.setattr(pipeline.analysis, "get_kiwi", lambda workers: analyzer.kiwi)
    bench._engine([f"{TITLE}\n\n" + " ".join(s + "." for s in SENTENCES)], workers=1, repeat=3)
    assert len(made) == 3 and len({id(a) for a in made}) == 3
