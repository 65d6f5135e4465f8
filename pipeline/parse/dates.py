"""Datelines: ``입력 : 2025.01.29 00:30 ㅣ 수정 : …`` and their variants -> ISO 8601 times and the byline."""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.text import has_hangul

# Date lines: 입력 : 2025.01.29 00:30 ㅣ 수정 : 2025.01.31 06:45 / 기사입력 2025-01-29 00:30 / 입력 | 2025-01-29 00:30
# / 2025.01.29. 오후 3:20
PUBLISHED_LABELS = r"기사\s*입력|입력|등록|승인|게재|발행|송고|작성|Posted|Published"
UPDATED_LABELS = r"최종\s*수정|기사\s*수정|수정|업데이트|최종\s*업데이트|Updated|Modified"
DATE = (
    r"(?P<y>\d{4})\s*[.\-/년]\s*(?P<mo>\d{1,2})\s*[.\-/월]\s*(?P<d>\d{1,2})\s*\.?\s*일?"
    r"(?:\s*\([월화수목금토일]\))?"
    r"(?:\s*(?P<ampm>오전|오후|AM|PM|am|pm)?\s*(?P<h>\d{1,2})\s*[:시]\s*(?P<mi>\d{2})(?:\s*[:분]\s*(?P<s>\d{2}))?)?"
)
LABELLED_DATE = re.compile(rf"(?P<label>{UPDATED_LABELS}|{PUBLISHED_LABELS})(?:일시|일자|시간|일)?\s*[:：|ㅣ]?\s*{DATE}")
UPDATED_LABEL = re.compile(rf"^(?:{UPDATED_LABELS})")
# "2018.12.30. 오전 00:38" alone on its line: when the page was posted (a broadcaster's name may stand before it: "KBS
# 2023. 3. 27. 06:54")
BARE_TIMESTAMP = re.compile(rf"^\s*(?:(?:[A-Z]{{2,5}}|[가-힣]{{1,6}}(?:TV|뉴스|방송|일보|신문))\s+)?{DATE}\s*$")
# "2025-03-18 10:30 | 산업부 윤성민 기자": a date with its time, then the desk and the reporter after a bar
TIMESTAMP_THEN_BYLINE = re.compile(rf"^\s*{DATE}\s*[|ㅣ│/·]\s*(?P<byline>[가-힣A-Za-z· ]{{2,40}}?(?:기자|특파원|통신원|에디터))\s*$")
MAX_DATELINE_CHARS = 200



def to_iso(match: re.Match) -> str | None:
    """ISO 8601 (``2025-01-29T15:20``) from a :data:`DATE` match; None for an impossible date."""
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
class Dateline:
    published: str | None = None
    updated: str | None = None
    byline: str = ""


def parse_dateline(line: str) -> Dateline | None:
    """Timestamps (and the byline in front of them) from a line such as ``최봉 기자 입력 : 2025.01.29 00:30 ㅣ 수정 : …``."""
    if len(line) > MAX_DATELINE_CHARS:
        return None
    found = Dateline()
    first = None
    for match in LABELLED_DATE.finditer(line):
        iso = to_iso(match)
        if iso is None:
            continue
        first = match.start() if first is None else first
        if UPDATED_LABEL.match(match["label"]):
            found.updated = found.updated or iso
        else:
            found.published = found.published or iso
    if first is None:
        bare = BARE_TIMESTAMP.match(line)
        # (a date with its time: a date alone may be a photo caption's sign-off, "2023.08.03.")
        if bare is not None and bare["h"] is not None and (iso := to_iso(bare)) is not None:
            return Dateline(published=iso)
        then = TIMESTAMP_THEN_BYLINE.match(line)
        if then is not None and then["h"] is not None and (iso := to_iso(then)) is not None:
            return Dateline(published=iso, byline=then["byline"].strip())
        return None
    found.byline = line[:first].strip(" |ㅣ:·/-")
    if not has_hangul(found.byline) or len(found.byline) > 40:
        found.byline = ""
    return found


