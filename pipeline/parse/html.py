"""A saved news page (HTML) -> :class:`~pipeline.records.Article`.

trafilatura finds the article in the page; the author's ``[기사요약]`` block is read
from the markup itself (extractors often drop it) and handed to the page-text parser
together with the extracted body, which is normalised once.
"""
from __future__ import annotations

import dataclasses
import re

from pipeline.clean import normalize_text
from pipeline.errors import InputError
from pipeline.parse.dates import PUBLISHED_LABELS, UPDATED_LABELS, to_iso
from pipeline.parse.page import same_title, parse_text, take_bullets
from pipeline.parse.patterns import SUMMARY_HEADER
from pipeline.records import Article
from pipeline.text import has_hangul, strip_bullet_mark

_MIN_HTML_BODY_CHARS = 40  # less than this after extraction is navigation, not an article
_PROSE_SENTENCE = re.compile(r"(?:다|요|죠|까)[.!?]")  # an article has at least one; menus and link lists have none
_INLINE_TAGS = frozenset({"strong", "b", "span", "em", "i", "font", "label", "u", "mark", "small"})
_BLOCK_TAGS = frozenset(
    {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "dd", "dt", "dl", "blockquote", "section", "article", "br", "table"}
)
_META_TIMES = {
    "published": ("article:published_time", "og:article:published_time", "pubdate", "publishdate", "date"),
    "updated": ("article:modified_time", "og:updated_time", "og:article:modified_time", "lastmod"),
}
_ISO_TIME = re.compile(r"^(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})(?:[T ](?P<h>\d{2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?)?(?P<ampm>)")


def _block_lines(element, *, skip_first_text: bool = False) -> list[str]:
    """Text lines of an element, broken at ``<br>`` and block elements."""
    parts: list[str] = []

    def walk(el, own_text: bool) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in {"script", "style"}:
            return
        if tag in _BLOCK_TAGS:
            parts.append("\n")
        if own_text and el.text:
            parts.append(el.text)
        for child in el:
            walk(child, True)
            if child.tail:
                parts.append(child.tail)
        if tag in _BLOCK_TAGS:
            parts.append("\n")

    walk(element, not skip_first_text)
    return [line for line in (" ".join(chunk.split()) for chunk in "".join(parts).split("\n")) if line]


def _following_lines(element) -> list[str]:
    """Text lines after ``element`` inside its parent: its tail and later siblings with their tails."""
    parts = [element.tail or ""]
    for sibling in element.itersiblings():
        parts.append("\n".join(_block_lines(sibling)) if isinstance(sibling.tag, str) and sibling.tag != "br" else "")
        parts.append("\n")
        parts.append(sibling.tail or "")
    return [line for line in (" ".join(chunk.split()) for chunk in "".join(parts).split("\n")) if line]


def find_html_summary(tree) -> list[str]:
    """The author's ``[기사요약]`` bullets in a parsed page, wherever the block sits (empty when absent).

    Layouts: bullets inside the header's own block (``<br>``-separated, after an inline
    ``<strong>`` header), a list right after a header element (``<h3>…</h3><ul>…</ul>``), or
    one element per bullet after a header element of the same kind (``<p>[기사요약]</p><p>…</p>``).
    """
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in {"script", "style", "title", "head"}:
            continue
        own = " ".join(normalize_text(el.text).split()) if el.text and len(el.text) <= 60 else ""
        header = SUMMARY_HEADER.match(own) if own and len(own) <= 20 else None
        if header is None:
            continue
        bullets = ([header["rest"]] if header["rest"] else []) + _block_lines(el, skip_first_text=True)
        anchor = el
        if not bullets and el.tag in _INLINE_TAGS and el.getparent() is not None:
            bullets = _following_lines(el)  # <div><strong>[기사요약]</strong><br>…<br>…</div>
            if not bullets:
                anchor = el.getparent()  # <p><strong>[기사요약]</strong></p><p>…</p>
        if not bullets:
            sibling = anchor.getnext()
            if sibling is not None and sibling.tag == anchor.tag:
                bullets = _following_lines(anchor)  # <p>[기사요약]</p><p>…</p><p>…</p>: one element per bullet
            elif sibling is not None:
                bullets = _block_lines(sibling)  # <h3>기사요약</h3><ul><li>…</li></ul>
        bullets = take_bullets([" ".join(line.split()) for line in normalize_text("\n".join(bullets)).split("\n")])
        if bullets:
            return bullets
    return []


def _meta_time(tree, kind: str) -> str | None:
    for name in _META_TIMES[kind]:
        for meta in tree.xpath(f'//meta[@property="{name}" or @name="{name}" or @itemprop="{name}"]'):
            match = _ISO_TIME.match((meta.get("content") or "").strip())
            if match:
                return to_iso(match)
    return None


def parse_html(html: str, *, id: str, source: str = "") -> Article:
    """Extract the main article of a news page with trafilatura, then parse it like page text.

    The author's ``[기사요약]`` block is taken from the page's markup (even where the
    extractor drops it) and handed to the text parser as it is; publication times come
    from the page's dateline or its ``article:published_time`` meta tags. Raises
    :class:`InputError` when the page holds no article body: too little text, or only
    menus and links with not one sentence of prose.
    """
    import lxml.html
    import trafilatura

    where = source or id
    if not html.strip():
        raise InputError(where, "empty HTML page")
    try:
        tree = lxml.html.document_fromstring(html)
    except Exception as exc:  # lxml raises several types for hopeless markup
        raise InputError(where, f"not parseable as HTML ({exc})") from None
    summary = find_html_summary(tree)
    extracted = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False, include_tables=False)
    body = normalize_text((extracted.text if extracted is not None else "") or "")
    if len(body.strip()) < _MIN_HTML_BODY_CHARS:
        raise InputError(where, f"no article body found in the HTML page (extracted {len(body.strip())} characters)")
    title = " ".join(normalize_text(extracted.title or "").split())
    lines = [line.strip() for line in body.split("\n")]
    first = next((i for i, line in enumerate(lines) if line), None)
    if title and first is not None and same_title(lines[first], title):
        del lines[first]
    if summary:  # the extractor may have kept the block in the body: drop it there
        drop = set(summary)
        lines = [line for line in lines if not SUMMARY_HEADER.match(line) and strip_bullet_mark(line) not in drop]
    if not has_hangul("\n".join(lines)):
        raise InputError(where, "no Korean text in the article body (no Hangul characters found)")
    article = parse_text("\n".join(lines), id=id, source=source, title=title, summary=summary)
    if not any(_PROSE_SENTENCE.search(p) for p in article.paragraphs):
        raise InputError(where, "no article body found in the HTML page (only menus and links: not one sentence of prose)")
    published = article.published or _meta_time(tree, "published") or (extracted.date or None)
    updated = article.updated or _meta_time(tree, "updated")
    byline = article.byline
    if not byline and extracted.author:
        byline = re.split(rf"\s*(?:{PUBLISHED_LABELS}|{UPDATED_LABELS})", extracted.author)[0].strip()
    return dataclasses.replace(article, published=published, updated=updated, byline=byline)
