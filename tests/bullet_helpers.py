"""Helpers shared by the bullet tests: analyse test text written inline, compress one sentence."""
from pipeline.compress import Compressor
from pipeline.records import Article


def analyse(analyzer, *paragraphs: str, title: str = "", subtitle: str = "", headings=()):
    """The analysed document of an article made of ``paragraphs``."""
    return analyzer.analyze(Article(id="t", title=title, paragraphs=paragraphs, subtitle=subtitle, headings=tuple(headings)))


def only_sentence(analyzer, text: str):
    """The one sentence of ``text`` (fails when Kiwi splits it)."""
    doc = analyse(analyzer, text)
    assert len(doc.sentences) == 1, [s.text for s in doc.sentences]
    return doc.sentences[0]


def bullet(analyzer, sentence: str, max_chars: int = 60) -> str:
    """The headline bullet the compressor makes of one sentence."""
    doc = analyse(analyzer, sentence)
    assert len(doc.sentences) == 1, [s.text for s in doc.sentences]
    return Compressor(analyzer.kiwi, max_chars).compress(doc.sentences[0], doc.article.body).text


def summarize_page(analyzer, text: str, **kiwi):
    """The analysed document of a page and the ``kiwi`` engine's summary of it, with ``kiwi`` settings overridden."""
    from pipeline.config.summarize import SummarizeConfig
    from pipeline.engines import build_engine
    from pipeline.parse import parse_article

    config = SummarizeConfig()
    for key, value in kiwi.items():
        setattr(config.kiwi, key, value)
    doc = analyzer.analyze(parse_article(text, id="t"))
    return doc, build_engine("kiwi", config, analyzer).summarize(doc)
