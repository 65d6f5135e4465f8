"""Raw Korean news page text -> :class:`~pipeline.records.Article`.

A page copied from a Korean news site (``seeds/000_*.txt`` is one) holds, around
the article itself: a series banner and headline, a byline with ``입력 : … ㅣ 수정 : …``
timestamps, the author's ``[기사요약]`` bullets, social-share buttons, ``image``
placeholders and photo credits, an editor's note, copyright and e-mail lines, and
a comment section. :func:`parse_article` sorts every line into one of these or
into the body; anything it does not recognise stays in the body.

Text with no page structure (a dataset record holding a clean body) comes out as
plain paragraphs. Everything here works line by line with anchored, bounded
regexes (:mod:`pipeline.parse.patterns`), so parsing is linear in the length of the text.
"""
from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from pipeline.clean import normalize_text
from pipeline.errors import InputError
from pipeline.parse.dates import BARE_TIMESTAMP, LABELLED_DATE, parse_dateline
from pipeline.parse.patterns import (
    BITE_TAG,
    BRACKET_BYLINE,
    BRACKET_REPORTER,
    BROADCAST_TAG,
    CAPTION_CREDIT,
    COMMENT_SECTION,
    COPYRIGHT,
    CREDIT_LINE,
    CREDIT_ONLY,
    CREDIT_OUTLETS,
    DATELINE_TAG,
    RELEASE_DATELINE,
    EDITOR_NOTE_END,
    EDITOR_NOTE_START,
    EMAIL,
    ENDS_WITH_CREDIT,
    HEADING_MARK,
    IMAGE_PLACEHOLDERS,
    INLINE_HEADING,
    INLINE_HEADING_MID,
    INLINE_SCRIPT_TAG,
    HEADLINE_BEFORE_BYLINE,
    HEADLINE_BEFORE_TAG,
    INNER_TAG,
    LEADING_TAG,
    LEADING_TIMESTAMP,
    WIRE_RUN_INTO_LEDE,
    CAPTION_RUN_INTO_LEDE,
    EXTERIOR_CAPTION,
    MAX_CAPTION_CHARS,
    PHOTO_DATE_STAMP,
    MAX_COPYRIGHT_CHARS,
    MAX_HEADING_CHARS,
    MAX_SUMMARY_BULLETS,
    NAVIGATION,
    OPENS_WITH_PARTICLE,
    PORTAL_NOTICE,
    PAGE_DATE,
    WEATHER_ITEM,
    PRODUCTION_CREDIT,
    PROMO,
    SERIES_LINK,
    REPORTER_LEAD,
    PROSE,
    RELATED_SECTION,
    REPORTER,
    SENTENCE_END,
    SHARE_WORDS,
    SIGN_OFF,
    SOUND_BITE,
    SUMMARY_HEADER,
    TITLE_HEAD,
    TITLE_TAIL,
    TOOLBAR_ITEM,
    EMAIL_TAIL,
    GLUED_CREDIT,
    GLUED_IMAGE_TITLE,
    TRAILING_PHOTO_MARK,
    INNER_FULL_STOP,
    PARAGRAPH_CHARS,
    looks_like_body,
)
from pipeline.records import Article, Heading
from pipeline.text import HANGUL, has_bullet_mark, has_hangul, quotation_spans, strip_bullet_mark

_HEADER_LINES = 15  # non-blank lines at the top searched for a dateline or a summary block
_MAX_LINES_BEFORE_DATELINE = 5  # headline, subtitle(s) and byline

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
        if not line or _site_furniture(line):  # (a government site's banner above the headline: no header line)
            continue
        seen += 1
        if seen > _HEADER_LINES:
            break
        if dateline is None and summary is None and seen <= _MAX_LINES_BEFORE_DATELINE and parse_dateline(line) is not None:
            dateline = i
        elif summary is None and (dateline is not None or seen <= _MAX_LINES_BEFORE_DATELINE) and SUMMARY_HEADER.match(line):
            summary = i
    return dateline, summary


def _ends_summary(line: str, bullets: list[str]) -> bool:
    """True when ``line`` cannot be the next bullet of a summary block that holds ``bullets`` so far."""
    bare = strip_bullet_mark(line)
    if line in SHARE_WORDS or bare in SHARE_WORDS or SUMMARY_HEADER.match(line):
        return True
    # No blank line after the block: the body starts with the first full sentence.
    return bool(bullets) and (len(bullets) >= MAX_SUMMARY_BULLETS or PROSE.search(line) is not None)


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
    rest = SUMMARY_HEADER.match(lines[start])["rest"].strip()
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


def _join_lines(lines: list[str]) -> str:
    """The lines of one paragraph as one text: a space between them, none before a line that starts with a particle
    (a script line broken inside a word's phrase: "…음식물 쓰레기" / "를 인근 시군에서 …")."""
    out = lines[0]
    for line in lines[1:]:
        out += line if OPENS_WITH_PARTICLE.match(line) and out[-1:].isalpha() else " " + line
    return out


def _site_furniture(line: str) -> bool:
    """A line of the site's own above the headline: a menu item, a share button or a bar of them ("페이스북 트위터
    카카오스토리 URL복사 인쇄 글자 크게 글자 작게"), or a notice ("광고문의 02-724-7792")."""
    return NAVIGATION.match(line) is not None or line in SHARE_WORDS or PORTAL_NOTICE.search(line) is not None \
        or WEATHER_ITEM.match(line) is not None or PAGE_DATE.match(line) is not None or share_bar(line)


_SHARE_PIECES = SHARE_WORDS | {w for item in SHARE_WORDS for w in item.split()}  # ("글자 크게": "글자", "크게")


def _read_header(lines: list[str], end: int, out: _Parsed, title_given: bool) -> list[str]:
    """Title, subtitle, byline and timestamps from the lines before the body (``lines[:end]``); returns the body's own
    lines found there: a wire story's lede under the headline, above the dateline ("(세종=연합뉴스) 구자혁 기자 =
    정부와 …합의했다."), which is no subtitle."""
    rest, body = [], []
    for line in lines[:end]:
        if not line:
            continue
        tag = BRACKET_BYLINE.match(line)
        if tag is not None and len(line) - tag.end() >= WIRE_LEDE_CHARS and SENTENCE_END.search(line):
            body.append(line)
            continue
        dateline = parse_dateline(line)
        if dateline is not None:
            out.published = out.published or dateline.published
            out.updated = out.updated or dateline.updated
            out.byline = out.byline or dateline.byline
            continue
        if REPORTER.match(line):
            out.byline = out.byline or REPORTER.match(line)["name"]
            continue
        if _site_furniture(line):
            continue  # the site's menu above the headline
        if rest and _header_furniture(line):
            continue  # (under the headline: the outlet's name, a section and a time, a byline after the outlet)
        rest.append(line)
    if rest:
        headline = rest.pop(0)  # the page's own headline; a title given by the caller wins
        out.title = "" if title_given else headline
    if rest:
        out.subtitle = "\n".join(rest)
    return body


WIRE_LEDE_CHARS = 20  # prose after a wire's tag ("(세종=연합뉴스) 구자혁 기자 = …") at least this long is the lede
# An outlet's name on a line of its own ("미래과학신문", "KNS 뉴스"), under the headline
OUTLET_LINE = re.compile(r"^[가-힣A-Za-z0-9 ]{0,10}(?:신문|일보|뉴스|경제|방송|TV|타임즈|타임스|데일리|투데이|저널|미디어|리뷰|포스트)$")
# "글 정수아 기자 | 사진 한결대병원 제공", "글·사진 도해인 기자": who wrote and who took the pictures
CREDITS_LINE = re.compile(r"^글\s*(?:[·/]\s*사진)?\s+[가-힣]{2,4}\s*(?:기자|작가|객원기자)\b")
MAX_FURNITURE_CHARS = 80
FONT_SIZE_PIECES = frozenset({"가", "+/-", "+", "-", "SNS", "기자", "크게", "작게", "동영상", "보기"})  # ("글자크기 가 가 가", "기자 구독")


def _header_furniture(line: str) -> bool:
    """Whether a line under the headline is the page's, not a subtitle: the outlet's name, a byline (``REPORTER``: "경북
    영양=도하람 기자"), one after its outlet or desk or with the time ("스타데일리 | 이소민 기자", "경제부 | 배준영 기자 |
    2025.02.14 10:21"), a section with the time ("스포츠 | 2024-10-27 16:48"), who wrote and photographed it, or a bar of
    share buttons and font sizes (:func:`share_bar`)."""
    if len(line) > MAX_FURNITURE_CHARS or SENTENCE_END.search(line):
        return False
    if OUTLET_LINE.match(line) or REPORTER.match(line) or CREDITS_LINE.match(line) \
            or line.replace(" ", "").endswith("기자페이지") \
            or " > " in line and all(len(p.strip()) <= 10 for p in line.split(" > ")):
        return True  # ("배지현 기자 기자 페이지", "뉴스 > 경제 > 고용")
    tag = BRACKET_BYLINE.match(line)
    if tag is not None and (not line[tag.end() :].strip() or REPORTER.match(line[tag.end() :].strip())):
        return True  # ("[강원투데이=춘천] 홍지수 기자")
    parts = [p.strip() for p in re.split(r"[|ㅣ│]", line) if p.strip()]
    if len(parts) >= 2 and any(REPORTER.match(p) or BARE_TIMESTAMP.match(p) for p in parts[1:]):
        return True
    return share_bar(line)


def share_bar(line: str) -> bool:
    """Whether a line is only share buttons and font sizes ("페이스북 트위터 카카오스토리 URL복사 인쇄 글자 크게 글자 작게",
    "[SNS 공유] 카카오톡 | 페이스북 | 밴드 | 글자크기 +/-")."""
    words = [w.strip("[]()") for w in line.replace("|", " ").split()]
    # ("카카오톡으로 공유 페이스북으로 공유 기사 URL 복사": a button named with its particle)
    return len(words) >= 2 and all(w in _SHARE_PIECES or w in FONT_SIZE_PIECES or w.endswith("으로") and w[:-2] in _SHARE_PIECES
                                   or w.endswith("로") and w[:-1] in _SHARE_PIECES for w in words if w)


# Image widget labels that a copied page glues to the next line (the longer ones: "사진" may start a sentence).
_TABLE_BORDER = frozenset("|¦│┃ ")
_CUT_TAG = re.compile(r"^[가-힣A-Za-z/]{1,4}[\]>▶】]$")  # ("여]", "CG]", "S/U]")
_GLUED_PLACEHOLDERS = tuple(sorted((p for p in IMAGE_PLACEHOLDERS if len(p) >= 4 and p[0] >= "가"), key=len, reverse=True))


class _BodyReader:
    """Sorts body lines into paragraphs, headings, captions, notes and dropped boilerplate."""

    def __init__(self, out: _Parsed, one_line_paragraphs: bool):
        self.out = out
        self.one_line_paragraphs = one_line_paragraphs
        self.current: list[str] = []
        self.after_image = False
        self.at_break = True  # the previous line was blank (or the body starts here)
        self.pending: str | None = None  # a possible sub-head, waiting to see whether a blank line follows it
        self.subheads: list[Heading] = []  # sub-heads found without a heading mark
        self.last_alone: str | None = None  # the previous line, when it was body text standing alone (a caption, if a credit follows)
        self.previous: str | None = None  # the previous non-blank line as read
        self.held = False  # a blank line was read past, the line before it broken off in mid-sentence
        self.bite_words = False  # the previous line was a sound bite's tag with its speaker and no words: its words come next
        self.whole_lines = 0  # paragraphs read so far that were one line each (no text wrapped at a width)
        self.wrapped = False  # a paragraph read so far ran over several lines

    def finish(self) -> None:
        """End of the body: a sub-head with no paragraph after it was a short paragraph after all."""
        self.flush()
        trailing = [h for h in self.subheads if h.paragraph == len(self.out.paragraphs)]
        if trailing:
            self.out.headings = [h for h in self.out.headings if h not in trailing]
            self.out.paragraphs.extend(h.text for h in trailing)
        self._leading_subheadlines()

    def _leading_subheadlines(self) -> None:
        """Short lines with no full stop that open the body of a page whose paragraphs end in full stops are its
        sub-headlines ("147건 민생법안 속전속결 처리" / "조희대 대법원장 임명동의안 가결" / "내년도 예산안 처리는 결국
        못했다", under the dateline): they go to the subtitle, not the lede."""
        out = self.out
        lead = 0
        while lead < len(out.paragraphs) and len(out.paragraphs[lead]) <= MAX_SUBHEADLINE_CHARS \
                and not out.paragraphs[lead].rstrip().endswith((".", "。", "!", "?", "\"", "”", "’", "'")) \
                and (_headline_like(out.paragraphs[lead]) or _PAST_ENDING.search(out.paragraphs[lead])):
            lead += 1
        heads = [h for h in out.headings if h.paragraph <= lead]
        if out.subtitle or not lead or lead + len(heads) < 2 or lead == len(out.paragraphs) \
                or not SENTENCE_SPLIT.search(out.paragraphs[lead]) or len(out.paragraphs[lead]) < PARAGRAPH_CHARS:
            return
        # (a share bar among them, "크게 작게 프린트 메일", is the page's, no sub-headline)
        lines = [line for x in range(lead) for line in [*(h.text for h in heads if h.paragraph == x), out.paragraphs[x]]
                 if SHARE_WORDS.isdisjoint(line.split()) and not _header_furniture(line)]
        out.subtitle = "\n".join([*lines, *(h.text for h in heads if h.paragraph == lead and not _header_furniture(h.text))])
        out.paragraphs = out.paragraphs[lead:]
        out.headings = [Heading(h.text, h.paragraph - lead) for h in out.headings if h.paragraph > lead]

    def flush(self) -> None:
        if self.pending is not None:  # the text ends here: the last line is body text
            self.current.append(self.pending)
            self.pending = None
        if self.current:
            self.out.paragraphs.append(_join_lines(self.current))
            self.wrapped = self.wrapped or len(self.current) > 1
            self.whole_lines += len(self.current) == 1
            self.current = []

    def blank(self, read_past: bool = True) -> None:
        last = self.pending or (self.current[-1] if self.current else "")
        if read_past and not self.one_line_paragraphs and last and _broken_off(last):
            # a script with a blank line after each of its lines ("…북적이던 / (blank) / 버스터미널이 …"): a line
            # broken off in mid-sentence goes on after the blank
            self.held = True
            return
        if self.pending is not None:  # a short line standing alone between blank lines: a sub-head
            self._subhead(self.pending)
            self.pending = None
        self.flush()
        self.after_image = False
        self.at_break = True

    def line(self, line: str) -> None:
        held, self.held = self.held, False
        bite_words, self.bite_words = self.bite_words, False
        if bite_words and not (line[:1] in "[<(◀【{\"“'‘" or SOUND_BITE.match(line) or BROADCAST_TAG.match(line)):
            # "◀SYN▶ 현대차 협력업체 관계자 / 갑자기 이렇게 …": the words of the bite the line before named, with no
            # quotation marks to tell them from the reporter's (quoted, they are read as a quotation without its speaker)
            return
        if held and (line[:1] in "[<(◀【{" or SOUND_BITE.match(line) or BROADCAST_TAG.match(line)):
            # "…시작하겠다고 하자, / (blank) / [김하나/위원장 : …]": the sound bite the sentence leads into is no part
            # of it; the sentence stays broken off where the page left it
            self.blank(read_past=False)
        # "…보전한다. ◇ 노선 개편 = 시는 …", "…못했습니다. ◀END▶ 시뻘건 불길과 …": a sub-heading or a script tag
        # run into a paragraph starts a new one
        for inline in (INLINE_HEADING_MID, INLINE_SCRIPT_TAG):
            parts = inline.split(line)
            if len(parts) > 1:
                if inline is INLINE_SCRIPT_TAG and not self.out.paragraphs and not self.current and _subhead_like(parts[0]) \
                        and BROADCAST_TAG.match(parts[1]):
                    # "…상승률 여전히 고공행진 [앵커] 가정의 달 …": what comes before the anchor's first words is the
                    # story's sub-headline
                    self._subhead(parts.pop(0))
                for part in parts:
                    self.line(part)
                return
        twice = _caption_twice_before(line)
        if twice is not None:  # "…준비하고 있다. 김대한 기자…준비하고 있다. 김대한 기자전북 지역 …": the picture's caption
            # and alt text, with the paragraph after them on the same line
            self.out.captions.append(line[:twice].strip())
            line = line[2 * twice :].strip()
        restated = _glued_heading(line)
        if restated is not None:  # "스타벅스, 2년 7개월 만에스타벅스가 2년 7개월 만에 …": the sub-heading goes to the headings
            self.flush()
            self._subhead(line[:restated])
            line = line[restated:]
        at_break, self.at_break = self.at_break, False
        if self.pending is not None:
            pending, self.pending = self.pending, None
            if self.one_line_paragraphs:  # lines are paragraphs: a short line before the next one heads it
                self._subhead(pending)
            elif (len(line) > _PARAGRAPH_LINE_CHARS or not self.wrapped and self.whole_lines >= _WHOLE_LINE_PAGE
                  or "…" in pending and SENTENCE_END.search(line) and not self.wrapped) \
                    and not _broken_off(pending):
                # (or a headline's two points joined by "…" over a whole sentence: "산림항공본부, 봄철 산불 총력대응
                # 체계…헬기 가동률 75% 유지 / 지난해 전국에서 596건의 산불이 …났다.")
                # "'신작 효과 언제쯤' …3N, 2분기도 부진의 늪 / 넷마블은 …머물렀다.": a whole paragraph on one line after it
                # (no text wrapped at a width that long, or a page whose paragraphs so far were one line each): the short
                # line heads it, no start of the same sentence
                self.flush()
                self._subhead(pending)
            else:  # no blank line after it: it was the start of a wrapped paragraph
                self.body(pending)
        out = self.out
        last_alone, self.last_alone = self.last_alone, None
        previous, self.previous = self.previous, line
        if line == previous and self._printed_twice(line):
            return
        if last_alone is not None and self._credit_under(line, last_alone):
            return
        after_image, self.after_image = self.after_image, False
        if set(line) <= _TABLE_BORDER or _CUT_TAG.match(line):
            # "|": a table's border a page copy left on a line of its own; "여]": the tail of a script's tag cut short
            return
        bare = strip_bullet_mark(line)
        if line in SHARE_WORDS or bare in SHARE_WORDS or share_bar(line) or TOOLBAR_ITEM.match(bare) or PROMO.match(line) or PORTAL_NOTICE.search(line) \
                or SERIES_LINK.match(line):
            return
        if SOUND_BITE.match(line) or PRODUCTION_CREDIT.match(line) or (len(line) <= 80 and SIGN_OFF.match(line)):
            rest = _after_sound_bite(line) if line.startswith("◀") else ""
            if rest:  # "◀SYN▶ 목격자 "…" 헬기 석 대가 투입되고 …": the reporter's narration goes on after the bite
                self.line(rest)
            else:
                self.bite_words = _bite_speaker_only(line)
            return
        tag = BROADCAST_TAG.match(line)
        if tag:
            # a script's tag starts a turn of its own: what a wrapped script ran into it before ("- NEWS / 뉴스데스크 /
            # 방송일자 / 2018-01-10 / ◀ANC▶ / 어젯밤 …") is no part of the anchor's first sentence
            self.blank(read_past=False)
            opened = line.startswith("[") and "]" not in tag.group()
            line = line[tag.end() :].strip()
            if opened and line.endswith("]"):  # "[김가람 기자 : …]": the turn's closing bracket goes with its tag
                line = line[:-1].rstrip()
            if not line:
                return
        if line.endswith("}") and "{" not in line:  # "…보도합니다.}": the end of an anchor's "{앵커:…" script
            line = line[:-1].rstrip()
            if not line:
                return
        if line.lower() in IMAGE_PLACEHOLDERS:
            self.after_image = True
            return
        glued = next((p for p in _GLUED_PLACEHOLDERS if line.startswith(p) and not line[len(p)].isdigit()), None)
        if glued:  # "이미지 확대보기미국과 이스라엘의 …": the widget's label is no part of the lede
            line = line[len(glued) :].strip()
        credit = GLUED_CREDIT.match(line)
        if credit and SENTENCE_END.search(line):  # "경남경찰청 제공추석 당일 …": the photo's credit is no part of the lede
            self.out.captions.append(credit.group())
            line = line[credit.end() :].strip()
        if len(line) <= MAX_COPYRIGHT_CHARS and COPYRIGHT.search(line) and not SENTENCE_END.search(line):
            prose = _prose_before_copyright(line)
            if prose is None:
                return
            line = prose  # "…조성됐다. ⓒ 한빛일보 무단전재 및 재배포 금지": the notice goes, the sentence stays
        if len(line) <= 100 and EMAIL.search(line):
            rest = EMAIL.sub("", line).strip(" ()<>[]/,·=-")
            if len(rest) <= 30:
                reporter = REPORTER.match(rest)
                if reporter and not out.byline:
                    out.byline = reporter["name"]
                return
        if self._caption(line, after_image):
            return
        if self._dateline(line):
            return
        note = EDITOR_NOTE_END.match(line) or EDITOR_NOTE_START.match(line)
        if note:
            out.editor_note.append((note.groupdict().get("text") or note.groupdict().get("text2") or "").strip())
            return
        inline = INLINE_HEADING.match(line)
        if inline and looks_like_body(inline["text"]):
            self.flush()  # "◇ 소제목 = 본문": the sub-heading leads the paragraph on the same line
            out.headings.append(Heading(inline["heading"].strip(), len(out.paragraphs)))
            self.body(inline["text"])
            return
        if HEADING_MARK.match(line) and len(line) <= MAX_HEADING_CHARS:
            self.flush()
            out.headings.append(Heading(HEADING_MARK.sub("", line).strip(), len(out.paragraphs)))
            return
        if (at_break or self.one_line_paragraphs) and not self.current and out.paragraphs and _subhead_like(line):
            self.pending = line  # decided by the next line: blank -> sub-head, text -> paragraph start
            return
        self.body(line)

    def _credit_under(self, line: str, previous: str) -> bool:
        """Whether ``line`` is only the photo credit of ``previous`` (``ⓒ한빛일보``, ``한빛시 제공`` under
        ``시민들이 … 고르고 있다.``): then ``previous`` was the photo's caption, not prose, and both leave the body.
        ``X 제공`` alone also ends sub-heads (``무료 급식 제공``) and ``ⓒ한빛일보`` also follows an article's last
        paragraph, so these count only under a caption-like line (one that shows an action in progress,
        ``…고 있다.``, or has no sentence ending); a copyright notice never makes a caption."""
        credit = CREDIT_LINE.match(line)
        if credit is None or SENTENCE_END.search(line) or _NOTICE_WORDS.search(line) or len(previous) > MAX_CAPTION_LINE_CHARS or len(SENTENCE_SPLIT.findall(previous)) > 1:
            return False
        if (credit["provided"] or credit["mark"]) and not (CAPTION_ACTION.search(previous) or not SENTENCE_END.search(previous)):
            return False
        first = not self.out.paragraphs and self.current == [previous] or self.out.paragraphs == [previous] and not self.current
        if first and PAST_STATEMENT.search(previous) and not CAPTION_ACTION.search(previous):
            # "코스피가 기관 매수세에 힘입어 이틀 연속 상승했다." above "사진=연합뉴스": the lede, told in the past, with
            # the photo between it and the next paragraph; a caption shows a scene ("…하고 있다", "…모습")
            return False
        if self.current and self.current[-1] == previous:
            self.current.pop()
        elif not self.current and self.out.paragraphs and self.out.paragraphs[-1] == previous:
            self.out.paragraphs.pop()
        else:
            return False
        self.out.captions.append(f"{previous} {line}")
        return True

    def _dateline(self, line: str) -> bool:
        """A line that is only a byline and timestamps (some pages repeat it at the end)."""
        if len(line) > 80:
            return False
        found = parse_dateline(line)
        if found is None or len(LABELLED_DATE.sub("", line).strip(" |ㅣ:·/-")) > 40:
            return False
        self.out.published = self.out.published or found.published
        self.out.updated = self.out.updated or found.updated
        return True

    def _subhead(self, text: str) -> None:
        """A sub-head found without a heading mark: it heads the next paragraph (see :meth:`finish`)."""
        self.out.headings.append(Heading(text, len(self.out.paragraphs)))
        self.subheads.append(self.out.headings[-1])

    def _printed_twice(self, line: str) -> bool:
        """A short line printed twice in a row is an image's caption and its alt text: both leave the body.
        Returns whether the first copy was body text that was taken back."""
        if len(line) > MAX_CAPTION_LINE_CHARS or len(SENTENCE_SPLIT.findall(line)) > 1:
            return False
        credited = ENDS_WITH_CREDIT.match(line)
        # (the first copy's credit, "…공개했다. [사진=애플]", went to the captions: its text is what the body kept)
        kept = {line, credited["text"]} if credited else {line}
        if self.current and self.current[-1] in kept:
            self.current.pop()
        elif not self.current and self.out.paragraphs and self.out.paragraphs[-1] in kept:
            self.out.paragraphs.pop()
        else:
            return False
        self.out.captions.append(line)
        return True

    def _caption(self, line: str, after_image: bool) -> bool:
        if line.startswith("!["):
            # a Markdown image with its caption ("![]() 20일 …총리가 이동하고 있다. …", "![[서울=뉴시스] … 기다리고 있다.](…)"):
            # the line is the picture's
            self.out.captions.append(line)
            return True
        if EXTERIOR_CAPTION.match(line):  # "서부교육청 전경"
            self.out.captions.append(line)
            return True
        if CREDIT_ONLY.match(line) or line.startswith("▲") or CAPTION_POINTER.match(line):
            # ("↑ 무섭게 오르는 소비자물가 (서울=연합뉴스) …": the arrow points at the photo above; "↑3.2%" is a rise)
            self.out.captions.append(line.lstrip("▲↑ ").strip())
            # ("[사진=연합뉴스]" above "7일 오후 …딜링룸 전광판에 코스피 지수가 표시되고 있다.": the credit heads its caption)
            self.after_image = self.after_image or bool(CREDIT_ONLY.match(line))
            return True
        if after_image and _agency_scene(line) and len(line) <= MAX_CAPTION_LINE_CHARS and CAPTION_ACTION.search(line):
            # "[연합뉴스 자료사진]" over "(서울=연합뉴스) 서울 시내 …앞을 학생들이 지나가고 있다.": the agency's tag with no
            # reporter before a scene in progress is the photo's caption (a story's lede names its reporter: "… 기자 =")
            self.out.captions.append(line)
            return True
        if after_image and len(line) <= MAX_CAPTION_LINE_CHARS and DAY_SCENE.match(line) and CAPTION_ACTION.search(line) \
                and len(SENTENCE_SPLIT.findall(line)) <= 1:
            # "7일 오후 서울 중구 하나은행 딜링룸 전광판에 코스피 지수가 표시되고 있다." under a photo or its credit: the
            # photo's day and a scene in progress
            self.out.captions.append(line)
            return True
        half = len(line) // 2
        if len(line) >= 30 and line[:half].strip() == line[half:].strip():
            # "…바다 밖으로 나왔다. 독자 제공 …바다 밖으로 나왔다. 독자 제공": an image's alt text and its caption run
            # together on one line; no paragraph says the same thing twice
            self.out.captions.append(line[:half].strip())
            return True
        ends = ENDS_WITH_CREDIT.match(line)
        # ("(안동=연합뉴스) 4일 새벽 …고택이 불에 타 무너져 있다. [경북소방본부 제공]": the agency's tag with no reporter,
        # one sentence and its credit: a photo's caption)
        if ends and (after_image or len(ends["text"]) <= 150 and (
                not SENTENCE_END.search(ends["text"]) or _agency_scene(ends["text"])
                or CAPTION_ACTION.search(_FIRST_SENTENCE.split(ends["text"], 1)[0]))):
            # "…미술관 모습. 전시회는 9월까지 열린다.(한빛시 제공)": a scene and a note under it, credited: a caption
            self.out.captions.append(line)
            return True
        if after_image and len(line) <= 100 and not SENTENCE_END.search(line):
            self.out.captions.append(line)
            return True
        titled = _CAPTION_TITLE.match(line)
        if titled and CAPTION_ACTION.search(_FIRST_SENTENCE.split(line[titled.end() :], 1)[0]):
            # "< 주요국 특사단 청와대 오찬 > 문재인 대통령이 …오찬장으로 가고 있다. 왼쪽부터 …": a titled photo caption
            self.out.captions.append(line)
            return True
        # "…울고 있다. /뉴스1", "야적장/연합뉴스", "…이미지. 사진=OO": an unbracketed credit ends only captions.
        if len(line) <= MAX_CAPTION_CHARS and (CAPTION_CREDIT.search(line) or CREDITED_SCENE.search(line)) and not COPYRIGHT.search(line) \
                or PHOTO_DATE_STAMP.search(line):
            self.out.captions.append(line)
            return True
        return False

    def body(self, line: str) -> None:
        out = self.out
        if not self.current and not out.paragraphs and out.title:
            # "늪에 텐트 쳤나? …계란엔 곰팡이 (서울=연합뉴스) 우수한 …": the headline again, run into the lede before the
            # wire's tag; the tag is read next, the lede stays
            same = len(os.path.commonprefix([line, out.title]))
            if same >= MIN_REPEATED_HEADLINE_CHARS and line[same:].lstrip()[:1] in {"(", "["}:
                line = line[same:].strip()
        if not self.current:
            # "[국회의정저널] …", "[속보] …", "[OO일보 홍길동 기자] …": a tag opening a paragraph is not its text.
            tag = BRACKET_REPORTER.match(line) or LEADING_TAG.match(line) or (
                (DATELINE_TAG.match(line) or RELEASE_DATELINE.match(line) or LEADING_TIMESTAMP.match(line)) if len(out.paragraphs) < 3 else None)
            if len(out.paragraphs) == 1 and (BRACKET_REPORTER.match(line) or BRACKET_BYLINE.match(line)) \
                    and _photo_caption_like(out.paragraphs[0]):
                # "…밤을 굽고 있다." then "[OO일보 홍길동 기자]총 방문객 …": the article starts at its byline; the one
                # line above it that shows a scene in progress is the lead photo's caption
                out.captions.append(out.paragraphs.pop())
            if tag and not BRACKET_BYLINE.match(line):
                line = line[tag.end() :].strip()
            elif not out.paragraphs and (wire := WIRE_RUN_INTO_LEDE.match(line)):
                line = line[wire.end() :]  # "연합뉴스대전 을지대병원에서 …": the lede starts after the wire's name
            if not out.paragraphs and (caption := CAPTION_RUN_INTO_LEDE.match(line)) \
                    and _names_the_pictured(line[: caption.end()], line[caption.end() :]):
                out.captions.append(line[: caption.end()].strip())  # "…교육청 전경 대전서부교육청은 …"
                line = line[caption.end() :]
            reporter = REPORTER_LEAD.match(line) if len(out.paragraphs) < 3 else None
            if reporter:  # "홍길동 기자 = 한빛시가 …": the byline goes, the lede stays
                out.byline = out.byline or " ".join((reporter["who"] or reporter["who2"] or reporter["who3"] or reporter["who4"]).split())
                line = line[reporter.end() :].strip()
        sign_off = SIGN_OFF.search(line)
        if sign_off and sign_off.start() > 0:
            line = line[: sign_off.start()].strip()  # "…했습니다. KBS 뉴스 홍길동입니다."
        if len(out.paragraphs) < 3 and not self.current:
            byline = BRACKET_BYLINE.match(line)
            if byline and byline["outlet"].strip() not in CREDIT_OUTLETS:
                if not out.byline:
                    who = byline["reporter"] or byline["who"]
                    out.byline = who.strip() if re.search(r"기자|특파원|통신원|위원", who) else ""
                line = line[byline.end() :].strip()
                reporter = REPORTER_LEAD.match(line)
                if reporter:  # "【서울=코리아플러스】 김미경ㆍ원지연 기자 = …": the reporters after the outlet's tag go too
                    out.byline = out.byline or " ".join((reporter["who"] or reporter["who2"] or reporter["who3"] or reporter["who4"]).split())
                    line = line[reporter.end() :].strip()
                if not line:
                    return
        ends = ENDS_WITH_CREDIT.match(line)
        if ends and ends["text"]:
            # A credit at the end of a long paragraph: keep the prose, file the credit as a caption.
            out.captions.append(ends["credit"])
            line = ends["text"]
        line = INNER_TAG.sub(r"\1 ", line)  # "…참석했다. [한빛뉴스] 시는 …": the tag is no part of either sentence
        self.current.append(line)
        self.last_alone = line if len(self.current) == 1 else None
        if self.one_line_paragraphs:
            self.flush()




_NOTICE_WORDS = re.compile(r"무단|재배포|저작권|All rights|Copyright", re.IGNORECASE)  # a copyright notice, not a photo credit
_NOTICE_START = re.compile(r"[<\[(]?\s*(?:ⓒ|©|Copyright|저작권자)", re.IGNORECASE)


_SPEAKER_LABEL = re.compile(r"^[가-힣A-Za-z·]{1,12}(?:\s[가-힣A-Za-z·]{1,12}){0,3}$")


def _bite_speaker_only(line: str) -> bool:
    """Whether a sound bite's tag line names its speaker and holds none of the words ("◀SYN▶ 현대차 협력업체 관계자",
    "◀INT▶조석원"): the words are the next line. Not a bare tag ("◀INT▶": a copy may have lost the words, and the
    next line is the reporter's), nor the words themselves ("◀INT▶그만 지어야지...")."""
    tag = BITE_TAG.match(line)
    rest = line[tag.end() :].strip() if tag else ""
    return bool(rest) and _SPEAKER_LABEL.match(rest) is not None and not rest.endswith(("다", "요", "죠", "까"))


def _after_sound_bite(line: str) -> str:
    """What follows the quotation of a sound bite run into a script's paragraph ("◀SYN▶ 목격자 "펑 하는 소리" 헬기
    석 대가 …" -> "헬기 석 대가 …"), or "" when nothing does."""
    spans = quotation_spans(line, 0, len(line))
    return line[spans[0][1] :].strip() if spans else ""


def _prose_before_copyright(line: str) -> str | None:
    """The article prose a copyright notice was appended to on the same line, or None when there is none."""
    found = COPYRIGHT.search(line)
    notice = _NOTICE_START.search(line, 0, found.start() + 1)
    head = line[: min(found.start(), notice.start() if notice else found.start())].strip()
    return head if looks_like_body(head) else None


MAX_CAPTION_LINE_CHARS = 150  # a caption is one short sentence or phrase
CAPTION_POINTER = re.compile(r"^↑\s*(?![\d.])")  # a caption under its photo, pointing up at it
MAX_SUBHEADLINE_CHARS = 45  # a sub-headline line is short: "147건 민생법안 속전속결 처리"
MIN_REPEATED_HEADLINE_CHARS = 15  # the headline run into the lede: at least this much of it, before the wire's tag
SENTENCE_SPLIT = re.compile(r"[다요][.!?][\"'”’]?(?:\s|$)")
_FIRST_SENTENCE = re.compile(r"(?<=[.!?])\s+")  # where a caption's first sentence ends ("…미술관 모습. 전시회는 …")
CAPTION_ACTION = re.compile(r"[고며]\s*있다\.?$|모습\.?$")
DAY_SCENE = re.compile(r"^(?:지난\s*)?\d{1,2}일\s")  # "7일 오후 …": a photo caption opens on the day it was taken
# A photo's scene signed by its agency with no mark: "…소방관들이 분주하게 움직이고 있다. 연합뉴스", or by whoever gave it:
# "…기자회견을 열고 있다. 전국교육공무직본부 제주지부 제공"
# The "-아/어 있다" of a state a photo shows ("빈소가 마련되어 있다", "…이 놓여 있다", "…이 전시돼 있다"): the word before
# "있다" ends in the open vowel of "-아/어" (ㅏ ㅓ ㅕ ㅐ ㅘ ㅙ ㅝ, no final consonant).
_RESULTATIVE = "[" + "".join(chr(0xAC00 + (lead * 21 + vowel) * 28) for lead in range(19) for vowel in (0, 1, 4, 6, 9, 10, 14)) + "]"
CREDITED_SCENE = re.compile(r"(?:[고며]\s*있다|" + _RESULTATIVE + r"\s있다|모습)\.\s+(?:[가-힣A-Za-z0-9]{2,12}|(?:[가-힣A-Za-z0-9·]{1,15}\s){0,3}[가-힣A-Za-z0-9·]{1,15}\s?제공)$")
_CAPTION_TITLE = re.compile(r"^<\s*[^<>]{2,40}?\s*>\s*(?=\S)")  # "< 주요국 특사단 청와대 오찬 > …": a photo's title
PAST_STATEMENT = re.compile(r"[았었였됐했]다\.$")  # "…상승했다.", "…선정됐다.": a report of what happened


def _names_the_pictured(caption: str, lede: str) -> bool:
    """Whether the lede after an exterior caption run into it opens on the place the caption pictures ("서부교육청 전경
    | 대전서부교육청은 …"), not on a noun the view is part of ("한빛시 전경 사진 | 공모전이 …" is one phrase)."""
    subject = lede.split(" ", 1)[0]
    return any(len(word) >= 2 and word[:2] == subject[:2] for word in caption.split() if "전경" not in word and word != "사진")


def _photo_caption_like(text: str) -> bool:
    """One short sentence that shows an action in progress or a scene (``…고 있다.``, ``…모습.``)."""
    return len(text) <= MAX_CAPTION_LINE_CHARS and len(SENTENCE_SPLIT.findall(text)) <= 1 and CAPTION_ACTION.search(text) is not None

_MAX_SUBHEAD_CHARS = 80
_UNFINISHED_END = re.compile(r"[.?!…。:;,\"'”’)\]」』]$")


_FIRST_WORD = re.compile(r"[가-힣A-Za-z0-9]{2,}")


_REPORTER_CREDIT = re.compile(r"(?<=[.!?])\s*[가-힣]{2,4}\s?기자$")
MIN_DOUBLED_CAPTION_CHARS = 20  # a shorter run said twice at a line's start may be the writing's own repetition


def _caption_twice_before(line: str) -> int | None:
    """The length of a caption printed twice at the start of a line, run into the paragraph after it ("…준비하고
    있다. 김대한 기자…준비하고 있다. 김대한 기자전북 지역 시민단체들이 …"); None for a line without one. The caption
    is credited or shows a scene, and a paragraph follows it."""
    at = line.find(line[:MIN_DOUBLED_CAPTION_CHARS], MIN_DOUBLED_CAPTION_CHARS)
    if at < MIN_DOUBLED_CAPTION_CHARS or len(line) < MIN_DOUBLED_CAPTION_CHARS or line[at : 2 * at] != line[:at] \
            or not line[2 * at :].strip():
        return None
    caption, credited = _REPORTER_CREDIT.subn("", line[:at].strip())  # "…준비하고 있다. 김대한 기자": who took it
    # (said twice with the photographer's name, "27일 숨진 배우 이선균. 황진환 기자", it needs no scene)
    return at if credited or ENDS_WITH_CREDIT.match(caption) or _photo_caption_like(caption) or CREDITED_SCENE.search(caption) else None


def _glued_heading(line: str) -> int | None:
    """Where a sub-heading glued to the paragraph it heads ends, when the paragraph restates it from its first word
    ("스타벅스, 2년 7개월 만에스타벅스가 2년 7개월 만에 커피 등 …": the page lost the break between them); None for
    a line without one. The restatement starts inside a word within the first 60 characters, with the heading's
    first word, and says at least two more of the heading's words."""
    first = _FIRST_WORD.match(line)
    if first is None:
        return None
    word = first.group()
    at = line.find(word, first.end() + 4)
    if not 0 < at <= 60 or not ("가" <= line[at - 1] <= "힣" or line[at - 1].isdigit()):
        return None
    head, rest = line[:at].split(), set(line[at : at + 2 * at].split())
    if sum(w in rest for w in head[1:]) < 2 or not SENTENCE_END.search(line[at:]):
        return None
    return at


def _subhead_like(line: str) -> bool:
    """A sub-head between paragraphs: short, Korean, no closing punctuation, no sentence ending (unless it is
    written as a headline: a topic and its comma, a verb with no full stop, "13년 묶인 교대 정원, 저출생에 12% 줄인다")."""
    return (
        len(line) <= _MAX_SUBHEAD_CHARS
        and has_hangul(line)
        and not _UNFINISHED_END.search(line)
        and (not SENTENCE_END.search(line) or len(line) <= _MAX_HEADLINE_FORM_CHARS and _HEADLINE_FORM.match(line) is not None)
        and not has_bullet_mark(line)
    )


_MAX_HEADLINE_FORM_CHARS = 50
# A headline's shape: a topic of at most five words, its comma, then what it did ("교대 정원, 12% 줄인다").
_HEADLINE_FORM = re.compile(r"^(?:[^\s,.]{1,15}\s){0,4}[^\s,.]{1,15}, \S.*[가-힣]$")


_WHOLE_LINE_PAGE = 3  # paragraphs of one line each, none wrapped, that show a page does not wrap its text
_PARAGRAPH_LINE_CHARS = 120  # longer than the widths text is wrapped at (70–100): such a line is a whole paragraph


# A line broken off in mid-sentence: it ends in a particle, a connective or adnominal ending or a comma ("…열렸던
# 전국체전이", "…선수와 임원 등", "…성과로", "…대신할", "…기간임에도,"), no full stop.
_MID_SENTENCE_END = re.compile(r"(?:[가-힣](?:[은는을를의에와과로이가고며서면데던인닌한된할될도,]|에서|에게|으로|지만|거나"
                               r"|는지|떤지|런지|은지|을지|인지|할지|될지|별)|\s(?:및|등|계속))$")  # ("…상승하거나", "…전망은 어떤지", "…올해 월별", "…들어 계속")
_WRAPPED_LINES = 3  # such lines, each followed by the rest of its sentence, that make a text wrapped by hand


def _wrapped_script(lines: Sequence[str]) -> bool:
    """Whether a page breaks its sentences over lines (a broadcast script set one phrase per line: "지난해 목포에서
    열렸던 전국체전이 / 올해는 경남 김해에서 열리고 있습니다."): its lines are then no paragraphs, and a short line
    before another is the start of a sentence, not a sub-head."""
    breaks = sum(1 for line, after in zip(lines, _next_lines(lines)) if after and _broken_off(line)
                 and (after[0].isdigit() or HANGUL.match(after[0])))
    return breaks >= _WRAPPED_LINES


def _next_lines(lines: Sequence[str]) -> list[str]:
    """The line after each line, past one blank line (some pages put a blank line after every line of a script)."""
    return [lines[i + 1] or (lines[i + 2] if i + 2 < len(lines) else "") for i in range(len(lines) - 1)]


def _broken_off(line: str) -> bool:
    """Whether a line stops in mid-sentence (a phrase of a script set one per line), not a label or a caption."""
    return bool(_MID_SENTENCE_END.search(line)) and not SENTENCE_END.search(line) and " " in line \
        and not _LABEL_MARKS.search(_SCRIPT_DAY.sub("", line))


_LABEL_MARKS = re.compile(r"[/:：<>()\[\]]")  # "인터뷰> 이희선 / 상인": a label or a caption, no phrase of a sentence
_SCRIPT_DAY = re.compile(r"(?<=[가-힣])\(\d{1,2}\)")  # "오늘(10) 학생들에게 …을": a script's day of the month, no label


def _lines_are_paragraphs(lines: Sequence[str]) -> bool:
    """Whether a text's lines are its paragraphs (a page copy with blank lines between some of them) rather than
    a text wrapped at a fixed width: two lines longer than any wrapping width say so."""
    return sum(len(line) > _PARAGRAPH_LINE_CHARS for line in lines) >= 2


_MAX_HEADLINE_CHARS = 150
_MAX_HEADLINE_LINES = 8  # headline and the sub-headlines some sites stack under it


# A headline that is a speaker and their words ("김하나 감독 “첫 승의 소중함 알았다”"): it ends as a sentence does,
# inside its quotation marks, with no full stop.
QUOTED_HEADLINE = re.compile(r"^[^\"“”.]{2,30}[\"“][^\"“”.]{4,60}다[\"”]$")


# A headline of two parts joined by an ellipsis ("외국인 10일째 '셀 코리아'…코스피만 '8兆' 팔았다"): it may end as a
# sentence does, with no full stop; prose does not join its clauses so.
JOINED_HEADLINE = re.compile(r"^[^.…]{4,}\S(?:…|\.\.\.)\s?\S[^.…]{4,}[^.]$")


# A headline may end as a sentence does ("韓 모바일 가입자, 5명 중 1명 ‘5G’ 쓴다"): at the top of the page, short, with no
# full stop, in the present tense and written as headlines are (a topic comma or quotation marks), it is still the
# headline; "…1600선 아래로 떨어졌다" is a sentence of prose that lost its full stop.
_SENTENCE_HEADLINE_CHARS = 45
_HEADLINE_MARKS = re.compile(r", |[‘’“”'\"·…]")  # quotes, a comma, a list's middle dot, an ellipsis: a headline's marks
_PAST_ENDING = re.compile(r"(?:었|았|였|했|겠|졌|됐|웠|렸|켰|쳤|섰|났|왔|갔)다$")


def _headline_like(line: str, first: bool = False) -> bool:
    """A headline or sub-headline: short, Korean, not a sentence, caption, byline or list item. The ``first`` line
    of a page may end as a sentence does when it is short and has no final punctuation. The outlet's tail a video page
    puts after its headline ("… / KBS 2023.03.27.") is no part of the test."""
    line = TITLE_TAIL.sub("", line) or line
    return (
        len(line) <= _MAX_HEADLINE_CHARS
        and has_hangul(line)
        and (not SENTENCE_END.search(line) or QUOTED_HEADLINE.match(line) is not None or JOINED_HEADLINE.search(line) is not None
             or first and len(line) <= _SENTENCE_HEADLINE_CHARS and not line.endswith(("!", "?", "."))
             and _HEADLINE_MARKS.search(line) is not None and _PAST_ENDING.search(line) is None)
        and not line.endswith((".", "。"))
        and not _RUNS_ON.search(line)
        and not (len(line) >= PARAGRAPH_CHARS and INNER_FULL_STOP.search(line) and EMAIL_TAIL.search(line))  # sentences, then a byline
        and not has_bullet_mark(line)
        and not HEADING_MARK.match(line)
        and not SUMMARY_HEADER.match(line)
        and not CAPTION_CREDIT.search(line)
        and not CREDITED_SCENE.search(line)
        and not CREDIT_ONLY.match(line)
        and not BRACKET_BYLINE.match(line)
        and not BROADCAST_TAG.match(line)
        and not SOUND_BITE.match(line)
        and not _without_banner(TITLE_HEAD.sub("", line)).startswith(("[", "<", "(", "【", "◀"))
        and not REPORTER.match(line)
        and parse_dateline(line) is None
        and line.lower() not in IMAGE_PLACEHOLDERS
        and line not in SHARE_WORDS
    )


def _agency_scene(text: str) -> bool:
    """Whether a line opens with a news agency's tag and no reporter ("(서울=연합뉴스) …", not "(서울=연합뉴스) 홍길동 기자
    = …", a story's lede) and holds one sentence: how a photo's caption is written."""
    wire = BRACKET_BYLINE.match(text)
    return wire is not None and not wire["reporter"] and len(SENTENCE_SPLIT.findall(text[wire.end() :])) <= 1


# A line that stops on a connective ending or an object's particle runs on into the next: a transcript's sentence broken
# over lines ("익산시가 한 도로 확장 공사를 검토하면서" / "주민 갈등이 일고 있습니다."), never a headline.
# (not a noun that ends so: "…고립된 산간마을", "…깊어가는 가을")
_RUNS_ON = re.compile(r"[가-힣](?:면서|으며|는데|지만|는|(?<![마가고])을|를)$")


def _without_banner(line: str) -> str:
    """"[내일날씨] 기록적 폭염 계속" -> "기록적 폭염 계속": a section banner before a headline; a bracket
    with a byline or outlet ("[한빛일보 홍길동 기자]", "[서울=한빛뉴스]") is left as it is."""
    banner, rest = split_series(line)
    if banner and not any(mark in banner for mark in ("=", "기자", "특파원", "@")) and len(banner) <= 20:
        return rest
    return line


def _split_glued_headline(lines: list[str], start: int) -> list[str]:
    """A copy whose first line runs the headline into the lede with an outlet tag between them ("한빛시, 버스 요금 동결
    [한빛뉴스] 한빛시는 …"): the headline gets a line of its own and the tag goes."""
    first = next((i for i in range(start, len(lines)) if lines[i]), None)
    found = None
    if first is not None:
        # (or a sub-headline with the byline between it and the lede, on one of the first three lines, after the
        # headline and a photo's caption: "…3사 중 1위도 [한빛경제=홍길동 기자] 인뱅 3사가 …", "…큰 호응…내년 기약
        # [한빛경제 홍길동] 황금연휴 동안 …")
        # (a page's "입력" / "수정" stamps between them are no lines of the story)
        for line in [x for x in range(first, min(len(lines), first + 8)) if len(lines[x]) > 4][:3]:
            found = HEADLINE_BEFORE_TAG.match(lines[line]) or HEADLINE_BEFORE_BYLINE.match(lines[line])
            if found is not None:
                first = line
                break
    if found is None or not _headline_like(found["head"]) or not looks_like_body(found["rest"]):
        return lines
    if found.re is HEADLINE_BEFORE_TAG and len(_story_words(found["head"]) & _story_words(found["rest"][:120])) < 2:
        # the lede tells the headline's story: "한빛시는 올해 [조례] 개정에 …" has no headline before the tag (a
        # reporter's byline, "[…=홍길동 기자]", is never a phrase of the lede)
        return lines
    return lines[:first] + [found["head"].strip(), "", found["rest"].strip()] + lines[first + 1 :]


def _take_headline(lines: list[str], start: int, out: _Parsed) -> int:
    """A page copied without its dateline still opens with its headline (and sub-headlines): take them out of the body.

    Only lines before the first full sentence count, and only when full sentences follow;
    returns the index the body starts at.
    """
    taken: list[int] = []
    top = [i for i in range(start, min(len(lines), start + 8)) if lines[i] and not NAVIGATION.match(lines[i])][:2]
    if len(top) == 2 and lines[top[0]] == lines[top[1]] and len(lines[top[0]]) <= _MAX_HEADLINE_CHARS \
            and not lines[top[0]].endswith((".", "。")) and any(looks_like_body(line) for line in lines[top[1] + 1 :]):
        # the page's headline printed twice ("…상설전 연다" / "…상설전 연다"): a sentence-like headline is still one
        out.title = lines[top[0]]
        return top[1] + 1
    for i in range(start, len(lines)):
        line = lines[i]
        if not line or (not taken and _site_furniture(line)):
            continue  # the site's menu above the headline
        if len(taken) == _MAX_HEADLINE_LINES or not _headline_like(line, first=not taken):
            break
        if taken and i + 1 < len(lines) and OPENS_WITH_PARTICLE.match(lines[i + 1]):
            break  # "…넘쳐나는 음식물 쓰레기" / "를 인근 시군에서 …": the line goes on into the next, the body's first
        taken.append(i)
    if not taken or not any(looks_like_body(line) for line in lines[taken[-1] + 1 :]):
        return start
    out.title = lines[taken[0]]
    out.subtitle = "\n".join(lines[i] for i in taken[1:] if not _header_furniture(lines[i]) and parse_dateline(lines[i]) is None)
    return taken[-1] + 1


_STORY_WORD = re.compile(r"[가-힣]{3,}|[A-Za-z]{3,}")


def _story_words(text: str) -> set[str]:
    """Rough content words of a text for telling whether two passages are about the same story: Korean
    words of three syllables or more by their first two (a name or noun without its particle: "한빛시가" ->
    "한빛"), Latin words whole. Short words ("지난", "이날") are too common to tell stories apart."""
    return {w[:2] if w[0] >= "가" else w.lower() for w in _STORY_WORD.findall(text)}


def _byline_line(line: str) -> bool:
    """A line that is only the reporter's name or e-mail address ("홍길동 기자", "hong@hanbit.kr")."""
    return REPORTER.match(line) is not None or (len(line) <= 60 and EMAIL.search(line) is not None
                                               and len(HANGUL.findall(EMAIL.sub("", line))) <= 8)


def _cut_page_tail(lines: list[str], start: int, out: _Parsed) -> list[str]:
    """Drop the comment section and similar page furniture after the article (from ``start`` on)."""
    body_seen = False
    prose_lines = 0
    lede = ""
    i = start
    while i < len(lines):
        line = lines[i]
        if prose_lines >= 2 and _byline_line(line):
            # The byline closes the article on many portal pages; prose after it that shares no name or word
            # with the headline and lede is a teaser or a second story, not this article. (A broadcast names its
            # reporter after the anchor's intro: "박민상 기자" / "◀ 리포트 ▶" hands over to the report.)
            tail = [t for t in lines[i + 1 :] if looks_like_body(t)]
            after = next((t for t in lines[i + 1 :] if t.strip()), "")
            if tail and not BROADCAST_TAG.match(after.strip()) and not _story_words(" ".join(tail)) & _story_words(f"{out.title} {lede}"):
                out.warnings.append(f"dropped {len(tail)} line(s) of another story after the byline {line[:40]!r}")
                return lines[:i]
        if prose_lines >= 2 and len(line) <= MAX_COPYRIGHT_CHARS and _NOTICE_WORDS.search(line) and COPYRIGHT.search(line):
            # "무단전재 및 재배포 금지" closes the article: what follows is the portal's page (reader polls,
            # portal blurbs, other stories), not this article
            tail = [t for t in lines[i + 1 :] if looks_like_body(t)]
            if tail:
                out.warnings.append(f"dropped {len(tail)} line(s) of prose after the copyright notice {line[:40]!r}")
            return lines[: i + 1]
        if line and COMMENT_SECTION.match(line):
            if body_seen:
                return lines[:i]
            lines = lines[:i] + [""] + lines[i + 1 :]
        elif line and RELATED_SECTION.match(line) and body_seen:
            tail = lines[i + 1 :]
            if not any(looks_like_body(t) for t in tail):
                return lines[:i]
            # A box of related links inside the body: drop the marker and its block of links only.
            j = i + 1
            while j < len(lines) and lines[j]:
                j += 1
            out.warnings.append(f"dropped a {line!r} box ({j - i - 1} lines) inside the body")
            lines = lines[:i] + lines[j:]
            continue
        elif len(line) >= 20 and len(HANGUL.findall(line)) >= 10:  # prose, not a dateline such as "2025.05.10. 오전 05:45."
            # a headline repeated above the tool bar ("…상설전 연다" / "댓글" / "인쇄하기") is no body yet: a comment
            # marker after it is the tool bar's, not the end of the article
            body_seen = body_seen or looks_like_body(line)
            prose_lines += 1
            lede = lede or line
        i += 1
    return lines


def parse_article(text: str, *, id: str, source: str = "", title: str = "") -> Article:
    """Parse raw page text (or clean article text) into an :class:`Article`.

    ``title`` (e.g. a dataset's title column) is used as the headline; a first
    line repeating it is dropped. Raises :class:`InputError` for empty text, text
    without Hangul, and text with nothing left for the body.
    """
    return parse_text(normalize_text(text), id=id, source=source, title=title)


def parse_text(text: str, *, id: str, source: str = "", title: str = "", summary: Sequence[str] = ()) -> Article:
    """:func:`parse_article` of text that has been through :func:`~pipeline.clean.normalize_text` already.

    ``summary``: the author's bullets when the caller found the block itself (an HTML
    page); ``text`` is then the rest of the article, read from its first line on.
    """
    where = source or id
    if not text.strip():
        raise InputError(where, "empty text (nothing but whitespace)")
    if not has_hangul(text):
        raise InputError(where, "no Korean text (no Hangul characters found); kosum summarizes Korean articles only")
    # one space between words keeps every regex linear
    lines = [TRAILING_PHOTO_MARK.sub("", GLUED_IMAGE_TITLE.sub("", " ".join(line.split()))) for line in text.split("\n")]
    out = _Parsed(summary=list(summary))
    title = " ".join(title.split())
    if summary:  # handed over with the block: the text starts with the body
        structured, start = True, 0
    else:
        dateline, block = _find_header(lines)
        structured = dateline is not None or block is not None
        start = 0
        if structured:
            start = dateline + 1 if dateline is not None and (block is None or dateline < block) else block
            lede = _read_header(lines, start, out, title_given=bool(title))
            lines = lines[:start] + lede + lines[start:]  # (read first, as the body's opening paragraph)
    if title and not summary:
        first = next((i for i, line in enumerate(lines[start:], start) if line), None)
        if first is not None and same_title(lines[first], title):
            start = first + 1
    elif not structured and not summary:
        lines = _split_glued_headline(lines, start)
        start = _take_headline(lines, start, out)

    lines = _cut_page_tail(lines, start, out)
    # Page copies put one paragraph per line; blank lines only add air. Only text wrapped at a fixed width
    # (no line of it much longer than the width) spreads a paragraph over lines and separates paragraphs by blank lines.
    one_line_paragraphs = (structured or "\n\n" not in text or _lines_are_paragraphs(lines[start:])) and not _wrapped_script(lines[start:])
    reader = _BodyReader(out, one_line_paragraphs)
    i = start
    while i < len(lines):
        line = lines[i]
        if not line:
            reader.blank()
        elif not out.summary and SUMMARY_HEADER.match(line) and len(out.paragraphs) < 3 and not reader.current:
            i = _read_summary(lines, i, out)
            reader.blank()
            continue
        else:
            reader.line(line)
        i += 1
    reader.finish()

    full_title = title or out.title
    series, headline = split_series(TITLE_HEAD.sub("", LEADING_TIMESTAMP.sub("", full_title)))
    while TITLE_TAIL.search(headline) and TITLE_TAIL.sub("", headline):  # "… (종합) | 한빛일보" -> "…"
        headline = TITLE_TAIL.sub("", headline)
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


def same_title(line: str, title: str) -> bool:
    line = " ".join(line.split())
    return line == title or line.endswith(title) or split_series(line)[1] == split_series(title)[1]


