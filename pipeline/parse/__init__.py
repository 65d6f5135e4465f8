"""Parsing a news page into an :class:`~pipeline.records.Article`, one module per job.

- :mod:`~pipeline.parse.patterns`: line patterns (summary headers, bylines, credits, page furniture);
- :mod:`~pipeline.parse.dates`: datelines and their timestamps;
- :mod:`~pipeline.parse.page`: raw page text (or a clean body) -> Article;
- :mod:`~pipeline.parse.html`: a saved HTML page -> Article.
"""
from pipeline.parse.dates import parse_dateline, to_iso
from pipeline.parse.html import find_html_summary, parse_html
from pipeline.parse.page import parse_article, parse_text, split_series, take_bullets
from pipeline.parse.patterns import IMAGE_PLACEHOLDERS, SHARE_WORDS
from pipeline.text import strip_bullet_mark

__all__ = ["IMAGE_PLACEHOLDERS", "SHARE_WORDS", "find_html_summary", "parse_article", "parse_dateline", "parse_html",
           "parse_text", "split_series", "strip_bullet_mark", "take_bullets", "to_iso"]
