"""Raw Korean news page text (or HTML) -> :class:`~pipeline.records.Article`.

A page copied from a Korean news site (``seeds/000_*.txt`` is one) holds, around
the article itself: a series banner and headline, a byline with ``입력 : … ㅣ 수정 : …``
timestamps, the author's ``[기사요약]`` bullets, social-share buttons, ``image``
placeholders and photo credits, an editor's note, copyright and e-mail lines, and
a comment section. :func:`parse_article` sorts every line into one of these or
into the body; anything it does not recognise stays in the body.

Text with no page structure (a dataset record holding a clean body) comes out as
plain paragraphs. Everything here works line by line with anchored, bounded
regexes, so parsing is linear in the length of the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.clean import normalize_text
from pipeline.errors import InputError
from pipeline.records import Article, Heading
from pipeline.text import has_bullet_mark, has_hangul, strip_bullet_mark

# ---------------------------------------------------------------- line patterns

# Summary block headers: [기사요약], [요약], ■ 기사요약, <기사요약>, 【요약】, 기사요약:
_SUMMARY_HEADER = re.compile(
    r"^(?:[\[<【〈《(]\s*(?:기사\s*)?요약\s*[\]>】〉》)]|[■□◆◇▶●]\s*(?:기사\s*)?요약|기사\s*요약)\s*:?\s*(?P<rest>.*)$"
)
_MAX_SUMMARY_BULLETS = 10
_PROSE = re.compile(r"^.{30,}(?:다|요|죠)\.[\"'”’」)]*$")  # a full sentence, which headline-style bullets are not
_HEADING_MARK = re.compile(r"^[•■▶◆◇●○□▣◎★☆▷►◈]\s*")
_MAX_HEADING_CHARS = 100

SHARE_WORDS = frozenset(
    w.strip()
    for w in (
        "카카오스토리|카카오톡|카카오톡 공유|네이버밴드|밴드|페이스북|트위터|텔레그램|링크드인|핀터레스트|"
        "글자크게|글자작게|글씨크게|글씨작게|글자 크게|글자 작게|글씨 크게|글씨 작게|본문 글씨 키우기|본문 글씨 줄이기|"
        "글자크기|글자 크기|글자크기 설정|URL복사|URL 복사|url복사|링크복사|링크 복사|주소복사|기사공유|기사 공유|"
        "공유|공유하기|SNS 공유|스크랩|인쇄|인쇄하기|프린트|이메일|메일보내기|닫기|좋아요|구독|구독하기|북마크|가+|가-"
    ).split("|")
)
IMAGE_PLACEHOLDERS = frozenset({"image", "img", "이미지", "사진", "[사진]", "이미지 확대보기", "확대보기", "사진 확대", "크게보기", "동영상"})

_CREDIT_WORDS = r"(?:출처|사진|자료|그래픽|제공|사진제공|사진 제공|자료제공|이미지|영상|촬영|일러스트|캡처|디자인)"
_CREDIT = rf"[\[(<【]\s*{_CREDIT_WORDS}\s*[=:：]\s*[^\]\)>】\n]{{1,80}}[\])>】]"
_CREDIT_ONLY = re.compile(rf"^{_CREDIT}$")
_ENDS_WITH_CREDIT = re.compile(rf"^(?P<text>.*?)\s*(?P<credit>{_CREDIT})$")
_FULL_STOP = re.compile(r"(?:다|요|죠)\.[\"'”’」)]*$")  # prose ends so; headline-style link titles do not
_SENTENCE_END = re.compile(r"(?:다|요|죠|까)[.!?]?[\"'”’」)]*$")

# [뉴스투데이=최봉 산업경제 전문기자] …   (서울=연합뉴스) 홍길동 기자 = …   【서울=뉴시스】홍길동 기자 = …
_BRACKET_BYLINE = re.compile(
    r"^[\[(【]\s*(?P<outlet>[^\[\]()【】=\n]{1,20})=\s*(?P<who>[^\[\]()【】\n]{1,40}?)\s*[\])】]\s*"
    r"(?:(?P<reporter>[가-힣A-Za-z·, ]{1,40}?(?:기자|특파원|통신원))\s*=\s*)?"
)
_EDITOR_NOTE_END = re.compile(r"^(?P<text>.*?)\s*[<\[(〈]\s*편집자\s*주\s*[>\])〉]$")
_EDITOR_NOTE_START = re.compile(r"^[<\[(〈]\s*편집자\s*주\s*[>\])〉]\s*:?\s*(?P<text>.*)$|^편집자\s*주\s*[:：]\s*(?P<text2>.*)$")
_COPYRIGHT = re.compile(
    r"무단\s*(?:전재|복제).{0,40}금지|재배포\s*금지|AI\s*학습\s*(?:및\s*활용\s*|이용\s*)?금지|All rights reserved"
    r"|^[<\[(]?\s*(?:ⓒ|©|\(c\)|Copyright\s*(?:ⓒ|©|\(c\)|\d{4})|저작권자\s*[(ⓒ©])",
    re.IGNORECASE,
)
_MAX_COPYRIGHT_CHARS = 200
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}")
_REPORTER = re.compile(
    r"^[/=\-]?\s*(?P<name>(?:[가-힣]{2,5}\s*){1,3}(?:[가-힣]{0,8}\s*)?(?:기자|특파원|통신원|논설위원|선임기자|전문기자|객원기자|에디터|칼럼니스트|앵커|PD))\s*$"
)
_PROMO = re.compile(r"^[▶☞▷►]\s*.{0,80}(?:구독|바로가기|제보|클릭|채널 추가|앱 다운|다운로드|뉴스레터|무료)")

# Date lines: 입력 : 2025.01.29 00:30 ㅣ 수정 : 2025.01.31 06:45 / 기사입력 2025-01-29 00:30 / 2025.01.29. 오후 3:20
_PUBLISHED_LABELS = r"기사\s*입력|입력|등록|승인|게재|발행|송고|작성"
_UPDATED_LABELS = r"최종\s*수정|기사\s*수정|수정|업데이트|최종\s*업데이트"
_DATE = (
    r"(?P<y>\d{4})\s*[.\-/년]\s*(?P<mo>\d{1,2})\s*[.\-/월]\s*(?P<d>\d{1,2})\s*\.?\s*일?"
    r"(?:\s*\([월화수목금토일]\))?"
    r"(?:\s*(?P<ampm>오전|오후|AM|PM|am|pm)?\s*(?P<h>\d{1,2})\s*[:시]\s*(?P<mi>\d{2})(?:\s*[:분]\s*(?P<s>\d{2}))?)?"
)
_LABELLED_DATE = re.compile(rf"(?P<label>{_UPDATED_LABELS}|{_PUBLISHED_LABELS})(?:일시|일자|시간|일)?\s*[:：]?\s*{_DATE}")
_UPDATED_LABEL = re.compile(rf"^(?:{_UPDATED_LABELS})")
_MAX_DATELINE_CHARS = 200
_HEADER_LINES = 15  # non-blank lines at the top searched for a dateline or a summary block
_MAX_LINES_BEFORE_DATELINE = 5  # headline, subtitle(s) and byline

# Comment sections and page furniture after the article: everything from here on is dropped.
_COMMENT_SECTION = re.compile(
    r"^(?:댓글\s*[(\[]?\s*\d*\s*[)\]]?|댓글\s*(?:쓰기|작성|달기|보기|입력)|\d+\s*/\s*\d{3,4}|.{0,40}\d+\s*자\s*이내.{0,40}"
    r"|많이\s*본\s*(?:뉴스|기사)|가장\s*많이\s*본.{0,10}|(?:실시간\s*)?인기\s*(?:뉴스|기사)|이\s*시각\s*주요\s*뉴스|주요\s*뉴스"
    r"|오늘의\s*주요\s*뉴스|함께\s*볼만한\s*뉴스|(?:이\s*)?기자의\s*다른\s*기사.{0,10}|로그인\s*후\s*댓글.{0,30})\s*[>›»]?$"
)
# Weaker markers (also used inside bodies for a box of links): cut only when nothing like body text follows.
_RELATED_SECTION = re.compile(r"^(?:관련\s*기사|추천\s*기사|최신\s*기사|포토\s*뉴스|관련\s*뉴스|다른\s*기사\s*보기|기사\s*더\s*보기|더\s*보기)\s*[>›»]?$")


def _looks_like_body(line: str) -> bool:
    """A full sentence of prose (not a link title, a menu item or a comment rule)."""
    return len(line) >= 20 and _FULL_STOP.search(line) is not None


# ---------------------------------------------------------------- header pieces


def split_series(title: str) -> tuple[str, str]:
    """``[연재 제목 (88)] 헤드라인`` -> (``[연재 제목 (88)]``, ``헤드라인``); a title without a banner is returned as is."""
    title = " ".join(title.split())
    if title.startswith("[") and "]" in title:
        end = _matching_bracket(title)
        if end is not None and end + 1 < len(title) and title[end + 1 :].strip():
            return title[: end + 1], title[end + 1 :].strip()
    return "", title


def _matching_bracket(text: str) -> int | None:
    depth = 0
    for i, ch in enumerate(text[:200]):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if depth == 0:
                return i
    return None


def to_iso(match: re.Match) -> str | None:
    """ISO 8601 (``2025-01-29T15:20``) from a :data:`_DATE` match; None for an impossible date."""
    y, mo, d = int(match["y"]), int(match["mo"]), int(match["d"])
    if not (1 <= mo <= 12 and 1 <= d <= 31 and 1900 <= y <= 2100):
        return None
    date = f"{y:04d}-{mo:02d}-{d:02d}"
    if match["h"] is None:
        return date
    h, mi = int(match["h"]), int(match["mi"])
    ampm = (match["ampm"] or "").lower()
    if ampm in {"오후", "pm"} and h < 12:
        h += 12
    elif ampm in {"오전", "am"} and h == 12:
        h = 0
    if h > 23 or mi > 59:
        return date
    time = f"{h:02d}:{mi:02d}" + (f":{int(match['s']):02d}" if match["s"] and int(match["s"]) else "")
    return f"{date}T{time}"


@dataclass
class _Dateline:
    published: str | None = None
    updated: str | None = None
    byline: str = ""


def parse_dateline(line: str) -> _Dateline | None:
    """Timestamps (and the byline in front of them) from a line such as ``최봉 기자 입력 : 2025.01.29 00:30 ㅣ 수정 : …``."""
    if len(line) > _MAX_DATELINE_CHARS:
        return None
    found = _Dateline()
    first = None
    for match in _LABELLED_DATE.finditer(line):
        iso = to_iso(match)
        if iso is None:
            continue
        first = match.start() if first is None else first
        if _UPDATED_LABEL.match(match["label"]):
            found.updated = found.updated or iso
        else:
            found.published = found.published or iso
    if first is None:
        return None
    found.byline = line[:first].strip(" |ㅣ:·/-")
    if not has_hangul(found.byline) or len(found.byline) > 40:
        found.byline = ""
    return found


# ---------------------------------------------------------------- the parser


@dataclass
class _Parsed:
    title: str = ""
    subtitle: str = ""
    byline: str = ""
    published: str | None = None
    updated: str | None = None
    summary: list[str] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    editor_note: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _find_header(lines: list[str]) -> tuple[int | None, int | None]:
    """Indexes of the dateline and of the summary header near the top (None when absent).

    Only a few lines (headline, subtitle, byline) may precede either one; a date
    deep in clean prose is not a page header.
    """
    dateline = summary = None
    seen = 0
    for i, line in enumerate(lines):
        if not line:
            continue
        seen += 1
        if seen > _HEADER_LINES:
            break
        if dateline is None and summary is None and seen <= _MAX_LINES_BEFORE_DATELINE and parse_dateline(line) is not None:
            dateline = i
        elif summary is None and (dateline is not None or seen <= _MAX_LINES_BEFORE_DATELINE) and _SUMMARY_HEADER.match(line):
            summary = i
    return dateline, summary


def _ends_summary(line: str, bullets: list[str]) -> bool:
    """True when ``line`` cannot be the next bullet of a summary block that holds ``bullets`` so far."""
    bare = strip_bullet_mark(line)
    if line in SHARE_WORDS or bare in SHARE_WORDS or _SUMMARY_HEADER.match(line):
        return True
    # No blank line after the block: the body starts with the first full sentence.
    return bool(bullets) and (len(bullets) >= _MAX_SUMMARY_BULLETS or _PROSE.search(line) is not None)


def take_bullets(lines: list[str]) -> list[str]:
    """The leading lines of ``lines`` that continue a summary block, list marks removed."""
    bullets: list[str] = []
    for line in lines:
        if not line or _ends_summary(line, bullets):
            break
        bullets.append(strip_bullet_mark(line))
    return [b for b in bullets if b]


def _read_summary(lines: list[str], start: int, out: _Parsed) -> int:
    """Collect bullets after the summary header at ``start``; return the index of the first line after the block."""
    rest = _SUMMARY_HEADER.match(lines[start])["rest"].strip()
    bullets = [rest] if rest else []
    marked = False
    i = start + 1
    while i < len(lines):
        line = lines[i]
        if not line:
            # Bullets each followed by a blank line: continue only while the next line is another marked bullet.
            j = i + 1
            while j < len(lines) and not lines[j]:
                j += 1
            if bullets and not (marked and j < len(lines) and has_bullet_mark(lines[j]) and lines[j] not in SHARE_WORDS):
                break
            i = j
            continue
        if _ends_summary(line, bullets):
            break
        if not bullets:
            marked = has_bullet_mark(line)
        bullets.append(strip_bullet_mark(line))
        i += 1
    out.summary.extend(b for b in bullets if b)
    if not out.summary:
        out.warnings.append(f"summary header {lines[start]!r} with no bullets after it")
    return i


def _read_header(lines: list[str], end: int, out: _Parsed, title_given: bool) -> None:
    """Title, subtitle, byline and timestamps from the lines before the body (``lines[:end]``)."""
    rest = []
    for line in lines[:end]:
        if not line:
            continue
        dateline = parse_dateline(line)
        if dateline is not None:
            out.published = out.published or dateline.published
            out.updated = out.updated or dateline.updated
            out.byline = out.byline or dateline.byline
            continue
        if _REPORTER.match(line):
            out.byline = out.byline or _REPORTER.match(line)["name"]
            continue
        rest.append(line)
    if rest:
        headline = rest.pop(0)  # the page's own headline; a title given by the caller wins
        out.title = "" if title_given else headline
    if rest:
        out.subtitle = " ".join(rest)


class _BodyReader:
    """Sorts body lines into paragraphs, headings, captions, notes and dropped boilerplate."""

    def __init__(self, out: _Parsed, one_line_paragraphs: bool):
        self.out = out
        self.one_line_paragraphs = one_line_paragraphs
        self.current: list[str] = []
        self.after_image = False

    def flush(self) -> None:
        if self.current:
            self.out.paragraphs.append(" ".join(self.current))
            self.current = []

    def blank(self) -> None:
        self.flush()
        self.after_image = False

    def line(self, line: str) -> None:
        out = self.out
        after_image, self.after_image = self.after_image, False
        bare = strip_bullet_mark(line)
        if line in SHARE_WORDS or bare in SHARE_WORDS or _PROMO.match(line):
            return
        if line.lower() in IMAGE_PLACEHOLDERS:
            self.after_image = True
            return
        if len(line) <= _MAX_COPYRIGHT_CHARS and _COPYRIGHT.search(line) and not _SENTENCE_END.search(line):
            return
        if len(line) <= 100 and _EMAIL.search(line):
            rest = _EMAIL.sub("", line).strip(" ()<>[]/,·=-")
            if len(rest) <= 30:
                reporter = _REPORTER.match(rest)
                if reporter and not out.byline:
                    out.byline = reporter["name"]
                return
        if self._caption(line, after_image):
            return
        if self._dateline(line):
            return
        note = _EDITOR_NOTE_END.match(line) or _EDITOR_NOTE_START.match(line)
        if note:
            out.editor_note.append((note.groupdict().get("text") or note.groupdict().get("text2") or "").strip())
            return
        if _HEADING_MARK.match(line) and len(line) <= _MAX_HEADING_CHARS:
            self.flush()
            out.headings.append(Heading(_HEADING_MARK.sub("", line).strip(), len(out.paragraphs)))
            return
        self.body(line)

    def _dateline(self, line: str) -> bool:
        """A line that is only a byline and timestamps (some pages repeat it at the end)."""
        if len(line) > 80:
            return False
        found = parse_dateline(line)
        if found is None or len(_LABELLED_DATE.sub("", line).strip(" |ㅣ:·/-")) > 40:
            return False
        self.out.published = self.out.published or found.published
        self.out.updated = self.out.updated or found.updated
        return True

    def _caption(self, line: str, after_image: bool) -> bool:
        if _CREDIT_ONLY.match(line) or line.startswith("▲"):
            self.out.captions.append(line.lstrip("▲ ").strip())
            return True
        ends = _ENDS_WITH_CREDIT.match(line)
        if ends and (after_image or (len(ends["text"]) <= 150 and not _SENTENCE_END.search(ends["text"]))):
            self.out.captions.append(line)
            return True
        if after_image and len(line) <= 100 and not _SENTENCE_END.search(line):
            self.out.captions.append(line)
            return True
        return False

    def body(self, line: str) -> None:
        out = self.out
        if len(out.paragraphs) < 3 and not self.current:
            byline = _BRACKET_BYLINE.match(line)
            if byline and byline["outlet"].strip() not in _CREDIT_OUTLETS:
                if not out.byline:
                    who = byline["reporter"] or byline["who"]
                    out.byline = who.strip() if re.search(r"기자|특파원|통신원|위원", who) else ""
                line = line[byline.end() :].strip()
                if not line:
                    return
        ends = _ENDS_WITH_CREDIT.match(line)
        if ends and ends["text"]:
            # A credit at the end of a long paragraph: keep the prose, file the credit as a caption.
            out.captions.append(ends["credit"])
            line = ends["text"]
        self.current.append(line)
        if self.one_line_paragraphs:
            self.flush()


_CREDIT_OUTLETS = frozenset({"출처", "사진", "자료", "그래픽", "제공", "사진제공", "사진 제공", "자료제공", "이미지", "영상"})


def _cut_page_tail(lines: list[str], start: int, out: _Parsed) -> list[str]:
    """Drop the comment section and similar page furniture after the article (from ``start`` on)."""
    body_seen = False
    i = start
    while i < len(lines):
        line = lines[i]
        if line and _COMMENT_SECTION.match(line):
            if body_seen:
                return lines[:i]
            lines = lines[:i] + [""] + lines[i + 1 :]
        elif line and _RELATED_SECTION.match(line) and body_seen:
            tail = lines[i + 1 :]
            if not any(_looks_like_body(t) for t in tail):
                return lines[:i]
            # A box of related links inside the body: drop the marker and its block of links only.
            j = i + 1
            while j < len(lines) and lines[j]:
                j += 1
            out.warnings.append(f"dropped a {line!r} box ({j - i - 1} lines) inside the body")
            lines = lines[:i] + lines[j:]
            continue
        elif len(line) >= 20 and has_hangul(line):
            body_seen = True
        i += 1
    return lines


def parse_article(text: str, *, id: str, source: str = "", title: str = "") -> Article:
    """Parse raw page text (or clean article text) into an :class:`Article`.

    ``title`` (e.g. a dataset's title column) is used as the headline; a first
    line repeating it is dropped. Raises :class:`InputError` for empty text, text
    without Hangul, and text with nothing left for the body.
    """
    where = source or id
    text = normalize_text(text)
    if not text.strip():
        raise InputError(where, "empty text (nothing but whitespace)")
    if not has_hangul(text):
        raise InputError(where, "no Korean text (no Hangul characters found); kosum summarizes Korean articles only")
    lines = [" ".join(line.split()) for line in text.split("\n")]  # one space between words keeps every regex linear
    out = _Parsed()
    title = " ".join(title.split())
    dateline, summary = _find_header(lines)
    structured = dateline is not None or summary is not None
    start = 0
    if structured:
        start = dateline + 1 if dateline is not None and (summary is None or dateline < summary) else summary
        _read_header(lines, start, out, title_given=bool(title))
    if title:
        first = next((i for i, line in enumerate(lines[start:], start) if line), None)
        if first is not None and _same_title(lines[first], title):
            start = first + 1

    lines = _cut_page_tail(lines, start, out)
    one_line_paragraphs = "\n\n" not in text and not structured
    if structured:
        # Page copies put one paragraph per line; blank lines only add air.
        one_line_paragraphs = True
    reader = _BodyReader(out, one_line_paragraphs)
    i = start
    while i < len(lines):
        line = lines[i]
        if not line:
            reader.blank()
        elif not out.summary and _SUMMARY_HEADER.match(line) and len(out.paragraphs) < 3 and not reader.current:
            i = _read_summary(lines, i, out)
            reader.blank()
            continue
        else:
            reader.line(line)
        i += 1
    reader.flush()

    full_title = title or out.title
    series, headline = split_series(full_title)
    if structured and out.title and title == "" and not out.paragraphs and not out.summary:
        out.warnings.append("only a headline was found")
    if not out.paragraphs:
        raise InputError(where, "no article body found (every line was a header, caption or page furniture)")
    return Article(
        id=id,
        title=headline,
        paragraphs=tuple(out.paragraphs),
        subtitle=out.subtitle,
        byline=out.byline,
        published=out.published,
        updated=out.updated,
        summary=tuple(out.summary),
        headings=tuple(out.headings),
        series=series,
        editor_note=" ".join(out.editor_note),
        captions=tuple(out.captions),
        source=source,
        warnings=tuple(out.warnings),
    )


def _same_title(line: str, title: str) -> bool:
    line = " ".join(line.split())
    return line == title or line.endswith(title) or split_series(line)[1] == split_series(title)[1]


# ---------------------------------------------------------------- HTML

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
        own = " ".join((el.text or "").split())
        header = _SUMMARY_HEADER.match(own) if own and len(own) <= 20 else None
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
        bullets = take_bullets(bullets)
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

    The author's ``[기사요약]`` block is taken from the page even where the
    extractor drops it; publication times come from the page's dateline or its
    ``article:published_time`` meta tags. Raises :class:`InputError` when the page
    holds no article body.
    """
    import lxml.html
    import trafilatura

    where = source or id
    html = normalize_text(html)
    if not html.strip():
        raise InputError(where, "empty HTML page")
    try:
        tree = lxml.html.document_fromstring(html)
    except Exception as exc:  # lxml raises several types for hopeless markup
        raise InputError(where, f"not parseable as HTML ({exc})") from None
    summary = find_html_summary(tree)
    extracted = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False, include_tables=False)
    body = (extracted.text if extracted is not None else "") or ""
    if len(body.strip()) < _MIN_HTML_BODY_CHARS:
        raise InputError(where, f"no article body found in the HTML page (extracted {len(body.strip())} characters)")
    title = " ".join((extracted.title or "").split())
    lines = [line.strip() for line in normalize_text(body).split("\n")]
    first = next((i for i, line in enumerate(lines) if line), None)
    if title and first is not None and _same_title(lines[first], title):
        del lines[first]
    if summary:
        # Drop the block where the extractor kept it, then put it back in the shape parse_article reads.
        drop = set(summary)
        lines = [line for line in lines if not _SUMMARY_HEADER.match(line) and strip_bullet_mark(line) not in drop]
        lines = ["[기사요약]", *summary, ""] + lines
    if not has_hangul("\n".join(lines)):
        raise InputError(where, "no Korean text in the article body (no Hangul characters found)")
    article = parse_article("\n".join(lines), id=id, source=source, title=title)
    if not any(_PROSE_SENTENCE.search(p) for p in article.paragraphs):
        raise InputError(where, "no article body found in the HTML page (only menus and links: not one sentence of prose)")
    published = article.published or _meta_time(tree, "published") or (extracted.date or None)
    updated = article.updated or _meta_time(tree, "updated")
    byline = article.byline
    if not byline and extracted.author:
        byline = re.split(rf"\s*(?:{_PUBLISHED_LABELS}|{_UPDATED_LABELS})", extracted.author)[0].strip()
    return _replace(article, published=published, updated=updated, byline=byline)


def _replace(article: Article, **changes) -> Article:
    import dataclasses

    return dataclasses.replace(article, **changes)
