"""Text hygiene: bytes -> str (UTF-8, CP949/EUC-KR), Unicode and whitespace normalisation.

Korean pages copied from the web arrive in UTF-8 (with or without a BOM) or in
the legacy CP949/EUC-KR code pages, and carry non-breaking spaces, zero-width
characters and decomposed Hangul (NFD, common in text copied on macOS). Every
later stage assumes the output of :func:`normalize_text`.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from pipeline.errors import InputError
from pipeline.text import HANGUL, WIRE_SERVICES, hangul_ratio, has_hangul

_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_SNIFF_BYTES = 65536
# Control bytes that never occur in text files (tab, LF, FF and CR do; ESC rarely, in ANSI logs).
_CONTROL_BYTES = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1B}

# Odd spaces become a plain space; invisible characters are removed.
_SPACE_CHARS = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\x0b"
_INVISIBLE_CHARS = "\u00ad\u180e\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff"
_TRANSLATION = {ord(c): " " for c in _SPACE_CHARS}
_TRANSLATION.update({ord(c): None for c in _INVISIBLE_CHARS})
_TRANSLATION.update({ord("\x0c"): "\n", ord("\u2028"): "\n", ord("\u2029"): "\n\n", ord("\x85"): "\n"})
_TRANSLATION.update({c: None for c in _CONTROL_BYTES - {0x0A, 0x0C, 0x0D, 0x09, 0x0B}})
_TRANSLATION.update({0x7F: None})
# Primes some broadcasters' pages use as quotation marks ("″솔로 홈런은 맞아도 괜찮다″는", "신곡 ′작은 것들을 위한 시′가"):
# straight marks, which the quotation rules read. Primes that all follow digits are units ("5′ 11″") and stay; in a line
# where one prime opens a quotation, all are marks ("′핫 100′": the closing one follows a digit).
_PRIME_MARKS = (("\u2033\u2036\u301d\u301e\u301f", '"'), ("\u2032\u2035", "'"))
_PRIME_QUOTE = re.compile("(?<![0-9])[" + "".join(primes for primes, _ in _PRIME_MARKS) + "]")
# Acute accents and backticks some pages use as single quotation marks ("인기그룹 ´신화´의", "`우주 감자`"): straight marks.
_ACCENT_QUOTE = re.compile("[\u00b4\u0060]")
# Middle dots some pages write with look-alikes ("구글‧메타‧아마존", "감자ㆍ무", "서울∙부산"): the middle dot the rules read
# as a list's joint (a hyphenation point read as no joint had cut "구글‧메타‧" off a list as a modifier).
_TRANSLATION.update({ord(c): "·" for c in "‧∙・ㆍ"})
# C1 controls (U+0080-U+009F) are bytes read as Latin-1; what repair_text could not map back is dropped.
_TRANSLATION.update({c: None for c in range(0x80, 0xA0) if c != 0x85})
_REPLACEMENTS = tuple((chr(code), replacement or "") for code, replacement in _TRANSLATION.items())


def _looks_like_korean(text: str) -> bool:
    """True when most non-ASCII characters are Hangul: a legacy decode that produced mojibake fails this."""
    return hangul_ratio(text[:_SNIFF_BYTES]) >= 0.7


@dataclass(frozen=True)
class Decoded:
    """A file's or record's text after decoding and encoding repair, with what was done to it."""

    text: str
    warnings: tuple[str, ...] = ()
    """One line per repair: Latin-1 mojibake reversed, undecodable bytes dropped (with their byte offsets)."""


# "A few bad bytes": at most this many bad spots (or this fraction of the file's bytes, if larger),
# and no more than this fraction of the bytes dropped in all.
MAX_BAD_BYTES = 16
MAX_BAD_BYTES_FRACTION = 0.001
MAX_DROPPED_FRACTION = 0.02
# More replacement characters than this (or this fraction of the text) means the text went through a wrong decode.
MAX_REPLACEMENT_CHARS = 3
MAX_REPLACEMENT_FRACTION = 0.002
_SHOWN_OFFSETS = 10


def _allowed_bad_bytes(size: int) -> int:
    return max(MAX_BAD_BYTES, int(size * MAX_BAD_BYTES_FRACTION))


def _few(spans: list[tuple[int, int]], size: int) -> bool:
    """True when ``spans`` are "a few bad bytes" in a file of ``size`` bytes."""
    return len(spans) <= _allowed_bad_bytes(size) and _span_bytes(spans) <= 64 + MAX_DROPPED_FRACTION * size


def _decode_lenient(data: bytes, codec: str) -> tuple[str, list[tuple[int, int]]]:
    """``data`` decoded with ``codec``, undecodable bytes dropped; returns the text and the dropped byte spans [start, end)."""
    spans: list[tuple[int, int]] = []
    pieces: list[str] = []
    position = 0
    while True:
        try:
            pieces.append(data[position:].decode(codec))
            return "".join(pieces), spans
        except UnicodeDecodeError as exc:
            pieces.append(data[position : position + exc.start].decode(codec))
            start, end = position + exc.start, position + exc.end
            if codec != "utf-8":  # a double-byte code page cannot tell lead from trail bytes after an error:
                while end < len(data) and data[end] >= 0x80:  # drop the rest of the word, never decode it shifted
                    end += 1
            if spans and spans[-1][1] == start:  # a broken lead byte leaves orphan continuation bytes: one span
                start = spans.pop()[0]
            spans.append((start, end))
            position = end
            if not _few(spans, len(data)):
                return "".join(pieces), spans


def _span_bytes(spans: list[tuple[int, int]]) -> int:
    return sum(end - start for start, end in spans)


def _bad_bytes_warning(codec: str, spans: list[tuple[int, int]]) -> str:
    shown = ", ".join(str(a) if b == a + 1 else f"{a}-{b - 1}" for a, b in spans[:_SHOWN_OFFSETS]) + (" …" if len(spans) > _SHOWN_OFFSETS else "")
    return f"{_span_bytes(spans)} undecodable byte(s) in otherwise valid {codec} text dropped (byte offsets {shown})"


def decode_text(data: bytes, source: str) -> Decoded:
    """Decode a file's bytes and repair what can be repaired (see :func:`decode_bytes` and :func:`repair_text`).

    A few bad bytes in otherwise valid UTF-8 or CP949 text are dropped and
    reported with their byte offsets instead of rejecting the whole file.
    """
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM) :]
        try:
            return repair_text(data.decode("utf-8"), source)
        except UnicodeDecodeError:
            text, spans = _decode_lenient(data, "utf-8")
            shift = len(_UTF8_BOM)
            if not _few(spans, len(data)):
                raise InputError(source, f"unknown encoding: starts with a UTF-8 BOM but is not valid UTF-8 (too many bad bytes, the first at byte {spans[0][0] + shift})") from None
            repaired = repair_text(text, source)
            return Decoded(repaired.text, (_bad_bytes_warning("UTF-8", [(a + shift, b + shift) for a, b in spans]), *repaired.warnings))
    if data.startswith(_UTF16_BOMS):
        try:
            return repair_text(data.decode("utf-16"), source)
        except UnicodeDecodeError:
            raise InputError(source, "unknown encoding: starts with a UTF-16 BOM but is not valid UTF-16") from None
    head = data[:_SNIFF_BYTES]
    if b"\x00" in head:
        raise InputError(source, "binary file (contains NUL bytes); expected a text or HTML article")
    if head and sum(1 for b in head if b in _CONTROL_BYTES) > 0.1 * len(head):
        raise InputError(source, "binary file (mostly control bytes); expected a text or HTML article")
    try:
        return repair_text(data.decode("utf-8"), source)
    except UnicodeDecodeError as exc:
        first_error = exc.start
    # Korean legacy files are by far the common case; CP949 is a superset of EUC-KR.
    try:
        text = data.decode("cp949")
        if _looks_like_korean(text):
            return repair_text(text, source)
    except UnicodeDecodeError:
        pass
    # A few bad bytes (a truncated download, a stray byte) in text that is otherwise valid.
    for codec, name in (("utf-8", "UTF-8"), ("cp949", "CP949")):
        text, spans = _decode_lenient(data, codec)
        if _few(spans, len(data)) and _looks_like_korean(text):
            repaired = repair_text(text, source)
            return Decoded(repaired.text, (_bad_bytes_warning(name, spans), *repaired.warnings))
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(
            source,
            f"unknown encoding: not UTF-8 (first bad byte at offset {first_error}), CP949/EUC-KR or any encoding charset-normalizer recognises",
        )
    return repair_text(str(best), source)


def decode_bytes(data: bytes, source: str) -> str:
    """Decode a file's bytes: UTF-8 (BOM or not), UTF-16 with a BOM, else CP949/EUC-KR or what charset-normalizer detects.

    Raises :class:`InputError` naming ``source`` for binary data (NUL bytes or
    mostly control bytes), for bytes no known encoding decodes, and for text
    that went through a wrong decode earlier (see :func:`repair_text`).
    """
    return decode_text(data, source).text


def decode_with(data: bytes, encoding: str, source: str) -> Decoded:
    """Decode with a forced ``encoding`` (``auto`` = :func:`decode_text`); errors name ``source``."""
    if encoding == "auto":
        return decode_text(data, source)
    try:
        return repair_text(data.decode(encoding), source)
    except LookupError:
        raise InputError(source, f"unknown encoding name {encoding!r} (use 'auto' or a Python codec such as utf-8, cp949, euc-kr)") from None
    except UnicodeDecodeError as exc:
        raise InputError(source, f"not valid {encoding} ({exc.reason} at byte {exc.start}); try encoding=auto") from None


# -- mojibake: Korean text that went through a wrong decode before it reached us

# Windows-1252 characters for bytes 0x80-0x9F (the rest of 0x80-0xFF is Latin-1 itself).
_CP1252_HIGH = {bytes([b]).decode("cp1252"): b for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
# A Latin-1/Windows-1252 character standing for one byte of a UTF-8 or CP949 sequence.
_LATIN1_BYTE_CHARS = "\u0080-\u00ff" + "".join(_CP1252_HIGH)
# UTF-8 Hangul read as Latin-1: a lead byte 0xEA-0xED (ê ë ì í) then continuation bytes 0x80-0xBF;
# CP949 Hangul read as Latin-1: two bytes 0xA1-0xFE. Either way, runs of such characters.
_LATIN1_MOJIBAKE = re.compile(f"[\u00c0-\u00ff][{_LATIN1_BYTE_CHARS}]")
_LATIN1_BYTE_RUN = re.compile(f"[{_LATIN1_BYTE_CHARS}]+")
_C1_CONTROLS = re.compile("[\u0080-\u009f]")


def _latin1_bytes(text: str) -> bytes | None:
    """The bytes a Latin-1 / Windows-1252 decode turned into ``text``, or None when some character is neither."""
    out = bytearray()
    for ch in text:
        code = ord(ch)
        if code < 0x100:
            out.append(code)
        elif ch in _CP1252_HIGH:
            out.append(_CP1252_HIGH[ch])
        else:
            return None
    return bytes(out)


def _undo_latin1(text: str) -> tuple[str, str] | None:
    """Reverse a Latin-1 / Windows-1252 misdecode of UTF-8 or CP949 Korean: (repaired text, original codec) or None."""
    raw = _latin1_bytes(text)
    if raw is None:
        return None
    for codec, name in (("utf-8", "UTF-8"), ("cp949", "CP949")):
        try:
            repaired = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        if has_hangul(repaired) and _looks_like_korean(repaired):
            return repaired, name
    return None


def garbled_reason(text: str) -> str | None:
    """Why ``text`` is not clean Korean text, or None: replacement characters, C1 controls or Latin-1 mojibake.

    The last check before a bullet is written: none of these ever reaches the output.
    """
    if "\ufffd" in text:
        return f"{text.count(chr(0xFFFD))} U+FFFD replacement character(s)"
    if _C1_CONTROLS.search(text):
        return "C1 control characters (bytes read as Latin-1)"
    match = _LATIN1_MOJIBAKE.search(text)
    if match:
        return f"Latin-1 mojibake ({match.group()!r})"
    return None


def repair_text(text: str, source: str) -> Decoded:
    """Detect Korean mojibake of both kinds in decoded ``text``: repair the reversible one, refuse the other.

    * UTF-8 or CP949 bytes once read as Latin-1/Windows-1252 and saved again
      (``ì¤êµ­`` for ``중국``) lose nothing: the exact bytes are re-encoded and
      decoded with the right codec, and a warning names the repair. (``ftfy``
      undoes only the UTF-8 case; the CP949 one is as common in Korean archives.)
    * Bytes once decoded with the wrong codec and errors replaced (UTF-8 read as
      CP949: ``�븯吏�留�``) lost the original bytes for good: :class:`InputError`
      says so, with the number of replacement characters.
    A few stray U+FFFD in otherwise clean text are dropped with a warning.
    """
    warnings: list[str] = []
    if not has_hangul(text[:_SNIFF_BYTES]) or not _looks_like_korean(text):
        mojibake = sum(len(m.group()) for m in _LATIN1_MOJIBAKE.finditer(text))
        if mojibake >= 4:
            undone = _undo_latin1(text)
            if undone is None:  # mojibake in part of the text only: repair run by run
                undone = _undo_latin1_runs(text)
            if undone is not None:
                text, codec = undone
                warnings.append(f"repaired mojibake: {codec} text had been read as Latin-1/Windows-1252 and saved again; re-encoded exactly")
            elif not has_hangul(text[:_SNIFF_BYTES]):
                raise InputError(
                    source,
                    f"text looks like Korean read as Latin-1 (mojibake such as {_LATIN1_MOJIBAKE.search(text).group()!r}) "
                    "but its bytes are neither UTF-8 nor CP949; the original file is needed",
                )
    replacements = text.count("\ufffd")
    if replacements:
        if replacements > max(MAX_REPLACEMENT_CHARS, int(len(text) * MAX_REPLACEMENT_FRACTION)):
            raise InputError(
                source,
                f"text was decoded with the wrong codec earlier ({replacements:,} replacement characters U+FFFD); "
                "the original bytes are needed",
            )
        text = text.replace("\ufffd", "")
        warnings.append(f"dropped {replacements} U+FFFD replacement character(s) already in the text")
    return Decoded(text, tuple(warnings))


def _undo_latin1_runs(text: str) -> tuple[str, str] | None:
    """Repair each run of Latin-1 byte characters separately (a page whose markup was ASCII but body mojibake)."""
    codecs_used: set[str] = set()

    def fix(match: re.Match) -> str:
        undone = _undo_latin1(match.group())
        if undone is None:
            return match.group()
        codecs_used.add(undone[1])
        return undone[0]

    repaired = _LATIN1_BYTE_RUN.sub(fix, text)
    if not codecs_used:
        return None
    return repaired, "/".join(sorted(codecs_used))


def normalize_text(text: str) -> str:
    """NFC, odd spaces -> space, invisible characters removed, CRLF/CR -> LF, line-break tags (``<br />``, ``<p>``)
    left in exported text -> LF, trailing spaces trimmed.

    Linear in the length of the text (one scan per odd character, one pass over lines).
    """
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "<" in text:  # text exported from a page with its line-break tags kept: "…했습니다.<br /><br />[앵커]<br />…"
        text = _LINE_BREAK_TAG.sub("\n", text)
    if "br" in text and len(_BARE_LINE_BREAK.findall(text, 0, 20000)) >= 2:
        # the same tags with their brackets stripped: "…했습니다.br br저는 …", "brbr21대 대선", "ppbr br [앵커]"
        text = _BARE_LINE_BREAK.sub("\n", text)
    for char, replacement in _REPLACEMENTS:  # str.replace per present character: ~10x faster than str.translate
        if char in text:
            text = text.replace(char, replacement)
    text = _ACCENT_QUOTE.sub("'", text)
    text = _DETACHED_PARTICLE.sub(r")\1", text)
    if "*" in text:
        text = _FOOTNOTE_MARK.sub("", text)  # "「…협의체」*는 …": a footnote's mark before the word's particle
    if ":" in text and len(_TRANSCRIPT_TIME.findall(text, 0, 20000)) >= 3:
        text = _TRANSCRIPT_TIME.sub("", text)  # "00:32또 새까만 연기가 …": a video transcript's time codes
    if "browser" in text:  # "기사를 읽어드립니다Your browser does not support theaudioelement.0서부전선 …": a player's fallback
        # (only one run into text breaks the line there; a line of its own is page furniture the reader drops)
        text = _PLAYER_FALLBACK.sub(lambda m: m.group(0) if m.string[m.start() - 1 : m.start()] in {"", "\n"}
                                    and m.string[m.end() : m.end() + 1] in {"", "\n"} else "\n", text)
    if "'" in text or "‘" in text or "’" in text:
        text = _YEAR_APOSTROPHE.sub(_year_apostrophe, text)
    if any(name in text for name in WIRE_SERVICES):
        text = _GLUED_CREDIT.sub(lambda m: (m.group(1) or m.group(2)) + "\n", text)
    return "\n".join(_unclosed_title_mark(_closing_mark_opening(_separator_marks(_prime_marks(_graphic_slashes(line.rstrip(" "))))))
                     for line in text.split("\n"))


# A video transcript's time code glued to the start of each line ("00:00경기 시흥시 …", "01:19빵 생산라인이 …"): a page
# that shows three or more of them is a transcript, and the codes are no part of what is said.
_TRANSCRIPT_TIME = re.compile(r"(?m)^(?:\d{1,2}:)?\d{1,2}:\d{2}(?=[가-힣A-Za-z\"“‘'(\[])")


# A footnote's mark glued between a word (or its closing bracket) and the word's particle: "「범부처 협의체」*는 …",
# "지원금*을 …". The note itself ("* 협의체: …") is a line of its own; the mark inside the sentence only hides the particle.
_FOOTNOTE_MARK = re.compile(r"(?<=[가-힣A-Za-z0-9」』)\]’”])\*{1,3}(?=(?:은|는|이|가|을|를|의|에|와|과|도|로|으로|에서|에게)(?:[\s,.]|$))")


# A wire service's credit after a caption, run into the quotation that opens the next paragraph ("…현수막이 달려 있다.
# 연합뉴스"만개한 벚꽃을 …"): the credit ends its line.
_GLUED_CREDIT = re.compile(r"(?<=[.!?] )(" + "|".join(WIRE_SERVICES) + r")(?=[\"“])"
                           # or into the next sentence's subject after a caption's "…있다." ("…의사봉을 두드리고 있다.
                           # 연합뉴스정부는 30일 …"): the wire never takes a word glued after its name
                           r"|(?<=있다\. )(" + "|".join(WIRE_SERVICES) + r")(?=[가-힣]{1,10}(?:은|는|이|가)\s)")


# A closing single mark typed where a title opens (``예측할 수 있는 ’빛이 만든 과학이야기’ 기획특별전``): at a word's start,
# with its closing mark later in the line. Read as written, the quotation would run from the title's end onwards.
_CLOSER_OPENING = re.compile(r"(?:(?<=^)|(?<=[\s(\[“\"]))’(?=[^\s’][^’]*’)")


def _closing_mark_opening(line: str) -> str:
    """The closing single mark that opens a title in ``line`` (see ``_CLOSER_OPENING``) as the opening one."""
    return _CLOSER_OPENING.sub("‘", line) if "’" in line else line


# A broadcast script marks the lines read over a graphic with slashes: "/올해 강원에서 …20곳입니다." … "…없습니다./"
# (a line that goes on as a sentence: "/한빛뉴스" under a photo is a credit)
# (nor "/한빛일보 홍길동 기자/ …": a byline between slashes)
_GRAPHIC_SLASHES = re.compile(r"^/(?![^/]{1,30}/)(?=[가-힣“‘\"'(\[].{8,}[.!?,다요”’\"'/]$)|(?<=[.!?다요”’\"'])/$")


def _graphic_slashes(line: str) -> str:
    """The slashes a broadcast script puts around the lines read over a graphic (:data:`_GRAPHIC_SLASHES`) go; a
    slash inside a line ("3/4", "A/S") or after a word ("…부산/") stays."""
    return _GRAPHIC_SLASHES.sub("", line) if "/" in line else line


# "'24년 기준", "‘23 시즌", "(’16년 63.4% → ’17년 …)": the apostrophe of a year cut to two digits, no quotation mark (read as one, it quoted the rest of
# the sentence); written as the modifier letter apostrophe, which looks the same
# (not a year quoted whole: "'24년'이라는 제목")
_YEAR_APOSTROPHE = re.compile(r"(?<![\w'‘’])['‘’](?=\d\d(?:년|학번|\s?시즌)(?!\d))(?!\d\d[^'’\s]{0,6}['’])")

TITLE_REACH = 200  # characters after an opening mark where its quotation may close


def _year_apostrophe(found: re.Match) -> str:
    """The year's apostrophe as the modifier letter, unless the mark is an opening "‘" whose quotation closes later on
    the line, before any other opening mark ("기획전인 ‘40년 발굴여정, 미리 보는 新발굴’을": a title that starts with a
    year; read as an apostrophe, its closing mark was left alone and the title unquoted)."""
    if found.group() != "‘":
        return "ʼ"
    rest = found.string[found.end() : found.end() + TITLE_REACH].split("\n", 1)[0]  # (a bounded look: linear still)
    close = re.search(r"['’](?!\d\d)", rest)  # ("‘…'": a mixed pair closes it too)
    opening = rest.find("‘")
    return "‘" if close is not None and (opening < 0 or close.start() < opening) else "ʼ"


def _unclosed_title_mark(line: str) -> str:
    """A single opening mark no closing one follows in its line is a typo (``…가운데 ‘2023 축제 평가보고회를
    열었다.``: where the title ends is lost) and goes; read as a quotation it would run to the paragraph's end, and
    a bullet would quote the predicate. (A quotation spanning paragraphs opens with the double mark.)"""
    at = line.rfind("‘")
    if at < 0 or "’" in line[at:] or "'" in line[at:]:  # ("‘스피어엑스(SPHEREx)'의": a mixed pair closes it)
        return line
    return line[:at] + line[at + 1 :]


_LINE_BREAK_TAG = re.compile(r"<\s*/?\s*(?:br|p|div)\s*/?\s*>", re.IGNORECASE)
# A media player's fallback text (with the label of a read-aloud button before it and the clip's length after it),
# left in a copied page: "Your browser doesn't support HTML5 video.", "…does not support theaudioelement.0".
_PLAYER_FALLBACK = re.compile(r"(?:기사를\s?읽어\s?드립니다\s*)?Your browser (?:does not|doesn't|does n't) support\s?(?:the\s?)?"
                              r"(?:HTML5\s?)?(?:audio|video)\s?(?:element|tag)?\.?(?:\d+(?::\d+)*)?", re.IGNORECASE)
# A run of "br" (lower case, no Latin letter either side, "p"s of a stripped paragraph tag before it) is a line-break
# tag without its brackets; counted in a page only where it comes twice or more ("br" alone may be a word).
_BARE_LINE_BREAK = re.compile(r"(?<![A-Za-z])p*br(?:[ \t]*p*br)*(?![a-z])[ \t]*")  # ("brSUV 차량이": a capital starts the next word)
# A particle a page set apart from the bracket it follows ("국립경주박물관(관장 유병하) 은 …"): it is the bracketed
# phrase's; apart, Kiwi does not read it as the topic. Only particles that never stand alone as a word.
_DETACHED_PARTICLE = re.compile(r"\)[ \t]+(은|는|을|를|의|에서|에게)(?=[ \t])")


def _prime_marks(line: str) -> str:
    """A line's primes as straight quotation marks, when one of them opens a quotation (see ``_PRIME_QUOTE``)."""
    if _PRIME_QUOTE.search(line) is None:
        return line
    for primes, mark in _PRIME_MARKS:
        line = re.sub(f"[{primes}]", mark, line)
    return line


def _hangul_or_digit(char: str) -> bool:
    return HANGUL.match(char) is not None or char.isdigit()


def _separator_marks(line: str) -> str:
    """A straight single mark glued between two words where no quotation is open is a middle dot some sites
    write so ("중'고교생", "국어'수학'영어", "시'도" -> "중·고교생", …); the marks of a quotation ("'2017 평가'를")
    stay. A mark opens a quotation after a space, a bracket or the line's start, and the next one closes it."""
    if "'" not in line:
        return line
    chars, open_, double = list(line), False, False
    for x, char in enumerate(chars):
        if char in '"“”':
            double = char == "“" or char == '"' and not double  # ("…가겠다'는": a double quotation closed with a single mark)
            continue
        if char != "'" or double:
            continue
        before = chars[x - 1] if x else " "
        after = chars[x + 1] if x + 1 < len(chars) else " "
        if open_:
            open_ = False  # the closing mark
        elif _hangul_or_digit(before) and _hangul_or_digit(after) and before not in "다요까죠" \
                and not (after in "의은는이가을를에도와과로" and (x + 2 >= len(chars) or not chars[x + 2].isalnum())
                         and (x >= 2 and chars[x - 2].isalnum())):
            # (not a stray mark before a particle, "청주관'의 …"; but after a one-syllable word the pair is
            # one of short nouns, "시'도 및", "읍'면"; never after a sentence's ending, "…안내드린다'고 밝혔다")
            chars[x] = "·"
        else:
            open_ = not before.isalnum()  # "'…" after a space or bracket opens; "Korea's" does not
    return "".join(chars)
