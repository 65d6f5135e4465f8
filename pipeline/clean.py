"""Text hygiene: bytes -> str (UTF-8, CP949/EUC-KR), Unicode and whitespace normalisation.

Korean pages copied from the web arrive in UTF-8 (with or without a BOM) or in
the legacy CP949/EUC-KR code pages, and carry non-breaking spaces, zero-width
characters and decomposed Hangul (NFD, common in text copied on macOS). Every
later stage assumes the output of :func:`normalize_text`.
"""
from __future__ import annotations

import unicodedata

from pipeline.errors import InputError

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
_REPLACEMENTS = tuple((chr(code), replacement or "") for code, replacement in _TRANSLATION.items())


def _is_hangul_syllable(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"


def _looks_like_korean(text: str) -> bool:
    """True when most non-ASCII characters are Hangul: a legacy decode that produced mojibake fails this."""
    non_ascii = [ch for ch in text[:_SNIFF_BYTES] if ord(ch) > 0x7F]
    if not non_ascii:
        return True
    hangul = sum(1 for ch in non_ascii if _is_hangul_syllable(ch) or "\u3131" <= ch <= "\u318e")
    return hangul >= 0.7 * len(non_ascii)


def decode_bytes(data: bytes, source: str) -> str:
    """Decode a file's bytes: UTF-8 (BOM or not), UTF-16 with a BOM, else CP949/EUC-KR or what charset-normalizer detects.

    Raises :class:`InputError` naming ``source`` for binary data (NUL bytes or
    mostly control bytes) and for bytes no known encoding decodes.
    """
    if data.startswith(_UTF8_BOM):
        try:
            return data[len(_UTF8_BOM) :].decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(source, f"unknown encoding: starts with a UTF-8 BOM but is not valid UTF-8 ({exc.reason} at byte {exc.start})") from None
    if data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(source, "unknown encoding: starts with a UTF-16 BOM but is not valid UTF-16") from None
    head = data[:_SNIFF_BYTES]
    if b"\x00" in head:
        raise InputError(source, "binary file (contains NUL bytes); expected a text or HTML article")
    if head and sum(1 for b in head if b in _CONTROL_BYTES) > 0.1 * len(head):
        raise InputError(source, "binary file (mostly control bytes); expected a text or HTML article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Korean legacy files are by far the common case; CP949 is a superset of EUC-KR.
    try:
        text = data.decode("cp949")
        if _looks_like_korean(text):
            return text
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(source, "unknown encoding: not UTF-8, CP949/EUC-KR or any encoding charset-normalizer recognises")
    return str(best)


def decode_with(data: bytes, encoding: str, source: str) -> str:
    """Decode with a forced ``encoding`` (``auto`` = :func:`decode_bytes`); errors name ``source``."""
    if encoding == "auto":
        return decode_bytes(data, source)
    try:
        return data.decode(encoding)
    except LookupError:
        raise InputError(source, f"unknown encoding name {encoding!r} (use 'auto' or a Python codec such as utf-8, cp949, euc-kr)") from None
    except UnicodeDecodeError as exc:
        raise InputError(source, f"not valid {encoding} ({exc.reason} at byte {exc.start}); try encoding=auto") from None


def normalize_text(text: str) -> str:
    """NFC, odd spaces -> space, invisible characters removed, CRLF/CR -> LF, trailing spaces trimmed.

    Linear in the length of the text (one scan per odd character, one pass over lines).
    """
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for char, replacement in _REPLACEMENTS:  # str.replace per present character: ~10x faster than str.translate
        if char in text:
            text = text.replace(char, replacement)
    return "\n".join(line.rstrip(" ") for line in text.split("\n"))
