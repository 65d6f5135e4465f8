"""Korean mojibake of both kinds, and a few bad bytes in otherwise valid text.

* UTF-8 or CP949 bytes read as Latin-1 and saved again: reversible, repaired with a warning.
* UTF-8 read as CP949 with errors replaced (U+FFFD everywhere): irreversible, refused with a reason.
* One bad byte in a file: dropped and reported with its byte offset, not a whole-file rejection.
And the guarantee: no written bullet ever holds U+FFFD or Latin-1 mojibake.
"""
import json

import pytest

from pipeline.clean import decode_text, garbled_reason, repair_text
from pipeline.ingest import InputConfig
from pipeline.errors import InputError
from pipeline.ingest import Failure, read_articles
from pipeline.records import Article, Summary
from pipeline.recipes import summarize as recipe

ARTICLE = (
    "중국 인공지능 스타트업 딥시크가 저렴한 개발 비용으로 미국 업계에 충격을 줬다.\n\n"
    "엔비디아 주가는 하루 만에 17% 떨어졌고 시가총액 약 5900억 달러가 증발했다.\n\n"
    "업계는 딥시크의 모델 성능이 오픈AI와 메타의 최신 모델과 비슷하다고 평가했다.\n\n"
    "과학기술정보통신부는 국내 인공지능 연구개발 예산을 늘리겠다고 발표했다.\n"
)


@pytest.mark.parametrize("codec,latin", [("utf-8", "latin-1"), ("cp949", "latin-1"), ("utf-8", "cp1252-sloppy")])
def test_korean_read_as_latin1_and_saved_again_is_repaired_exactly(codec, latin):
    raw = ARTICLE.encode(codec)
    if latin == "latin-1":
        mojibake = raw.decode("latin-1")
    else:  # Windows-1252 where it defines the byte, Latin-1 for the five bytes it leaves undefined
        mojibake = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in raw)
    assert "딥시크" not in mojibake
    decoded = decode_text(mojibake.encode("utf-8"), "old.txt")
    assert decoded.text == ARTICLE
    assert len(decoded.warnings) == 1
    assert "repaired mojibake" in decoded.warnings[0] and codec.upper() in decoded.warnings[0]


def test_mojibake_in_part_of_the_text_is_repaired_run_by_run():
    # a dataset row: the headline was fine, the body went through a Latin-1 decode
    text = "딥시크 충격\n" + ARTICLE.encode("utf-8").decode("latin-1")
    repaired = repair_text(text, "in.jsonl:line 1")
    assert repaired.text == "딥시크 충격\n" + ARTICLE
    assert repaired.warnings and "repaired mojibake" in repaired.warnings[0]


def test_utf8_once_decoded_as_cp949_is_refused_with_the_count_of_replacement_characters():
    mojibake = ARTICLE.encode("utf-8").decode("cp949", errors="replace")
    count = mojibake.count("\ufffd")
    assert count > 20
    with pytest.raises(InputError) as info:
        decode_text(mojibake.encode("utf-8"), "broken.txt")
    message = str(info.value)
    assert message.startswith("broken.txt: text was decoded with the wrong codec earlier")
    assert f"({count:,} replacement characters" in message and "original bytes are needed" in message


def test_a_stray_replacement_character_is_dropped_with_a_warning():
    text = ARTICLE.replace("충격을", "충격\ufffd을", 1)
    repaired = repair_text(text, "a.txt")
    assert repaired.text == ARTICLE.replace("충격을", "충격을", 1)
    assert repaired.warnings == ("dropped 1 U+FFFD replacement character(s) already in the text",)


def _corrupt(codec: str) -> tuple[bytes, int, int]:
    raw = bytearray(ARTICLE.encode(codec))
    first = bytes(raw).index("엔비디아".encode(codec))
    second = bytes(raw).index("과학기술".encode(codec))
    raw[first] = raw[second] = 0xFF  # 0xFF never starts a UTF-8 or CP949 sequence
    return bytes(raw), first, second


def test_a_few_bad_bytes_in_utf8_are_dropped_and_reported_with_their_offsets():
    raw, first, second = _corrupt("utf-8")
    decoded = decode_text(raw, "a.txt")
    # a broken lead byte takes its two orphan continuation bytes with it: one span each
    assert decoded.warnings == (f"6 undecodable byte(s) in otherwise valid UTF-8 text dropped (byte offsets {first}-{first + 2}, {second}-{second + 2})",)
    # the two broken syllables are gone, everything else is intact
    assert decoded.text == ARTICLE.replace("엔비디아", "비디아").replace("과학기술", "학기술")


def test_a_bad_byte_in_cp949_drops_the_rest_of_its_word_instead_of_decoding_it_shifted():
    raw, first, second = _corrupt("cp949")
    decoded = decode_text(raw, "a.txt")
    ends = [raw.index(b" ", first) - 1, raw.index(b" ", second) - 1]
    assert decoded.warnings == (
        f"{ends[0] - first + 1 + ends[1] - second + 1} undecodable byte(s) in otherwise valid CP949 text dropped "
        f"(byte offsets {first}-{ends[0]}, {second}-{ends[1]})",
    )
    assert decoded.text == ARTICLE.replace("엔비디아", "").replace("과학기술정보통신부는", "")


def test_many_bad_bytes_are_still_an_unknown_encoding_with_the_first_offset():
    raw = bytes(range(0x80, 0x100)) * 40
    with pytest.raises(InputError, match=r"unknown encoding: not UTF-8 \(first bad byte at offset 0\)"):
        decode_text(raw, "x.txt")


def test_ingest_carries_repairs_into_article_warnings_for_files_and_records(tmp_path):
    (tmp_path / "latin.txt").write_text(ARTICLE.encode("cp949").decode("latin-1"), encoding="utf-8")
    (tmp_path / "ffffd.txt").write_text(ARTICLE.encode("utf-8").decode("cp949", errors="replace"), encoding="utf-8")
    (tmp_path / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    items = list(read_articles(tmp_path, InputConfig()))
    assert [type(i) for i in items] == [Failure, Article, Article]
    assert "wrong codec earlier" in items[0].error
    assert items[1].paragraphs == items[2].paragraphs
    assert any("repaired mojibake: CP949" in w for w in items[1].warnings) and not items[2].warnings

    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"id": "m", "text": ARTICLE.encode("utf-8").decode("latin-1")}, ensure_ascii=False) + "\n", encoding="utf-8")
    [article] = read_articles(rows, InputConfig())
    assert isinstance(article, Article) and "딥시크" in article.paragraphs[0]
    assert any("repaired mojibake: UTF-8" in w for w in article.warnings)


def test_summarize_writes_repaired_records_and_refuses_the_irreversible_kind(tmp_path, capsys):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a_latin.txt").write_text(ARTICLE.encode("utf-8").decode("latin-1"), encoding="utf-8")
    (folder / "b_broken.txt").write_text(ARTICLE.encode("utf-8").decode("cp949", errors="replace"), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert recipe.main(["--input", str(folder), "--output", str(out), "--no-progress"]) == 0
    [record] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert record["id"] == "a_latin" and record["bullets"]
    assert any("repaired mojibake" in w for w in record["warnings"])
    [failure] = [json.loads(line) for line in (tmp_path / "out.jsonl.failures.jsonl").read_text(encoding="utf-8").splitlines()]
    assert failure["source"].endswith("b_broken.txt") and "replacement characters" in failure["error"]
    assert "1 summarized, 1 failed" in capsys.readouterr().err


@pytest.mark.parametrize(
    "text,expected",
    [
        ("딥시크 충격", None),
        ("café 가격 인상, 파리 1·2위", None),
        ("�븯吏�留� �쟾媛쒖긽�솴", "U+FFFD"),
        ("ì¤êµ­ ì¸ê³µ", "Latin-1 mojibake"),
        ("Áß±¹ ÀÎ°øÁö´É", "Latin-1 mojibake"),
    ],
)
def test_garbled_reason(text, expected):
    reason = garbled_reason(text)
    assert (reason is None) if expected is None else (expected in reason)


class _GarblingEngine:
    """An engine that writes garbled bullets, to prove the recipe's last check stops them."""

    name = "garbling"

    def __init__(self, bullets):
        self.bullets = bullets

    def summarize(self, doc):
        return Summary(doc.article.id, doc.article.title, tuple(self.bullets), "garbling", (None,) * len(self.bullets))

    def summarize_many(self, docs):
        return [self.summarize(doc) for doc in docs]


@pytest.mark.parametrize("bullets,written", [
    (["딥시크 충격", "엔비디아 주가 \ufffd 급락", "ì¤êµ­ ì¸ê³µ"], ["딥시크 충격"]),
    (["\ufffd\ufffd", "Áß±¹"], None),
])
def test_no_bullet_with_replacement_characters_or_mojibake_is_ever_written(tmp_path, monkeypatch, bullets, written):
    monkeypatch.setattr(recipe, "build_engine", lambda *args, **kwargs: _GarblingEngine(bullets))
    page = tmp_path / "a.txt"
    page.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code = recipe.main(["--input", str(page), "--output", str(out), "--no-progress"])
    lines = out.read_text(encoding="utf-8").splitlines()
    if written is None:
        assert code == 1 and lines == []
        failure = json.loads((tmp_path / "out.jsonl.failures.jsonl").read_text(encoding="utf-8"))
        assert "every bullet contained garbled text" in failure["error"]
        return
    [record] = [json.loads(line) for line in lines]
    assert code == 0 and record["bullets"] == written
    assert len(record["source_sentences"]) == len(written)
    assert any("bullet 2 dropped: it contains 1 U+FFFD" in w for w in record["warnings"])
    assert any("bullet 3 dropped: it contains Latin-1 mojibake" in w for w in record["warnings"])


def test_normalize_drops_c1_controls_left_in_text():
    from pipeline.clean import normalize_text

    assert normalize_text("딥시크\x91 충격\x9d") == "딥시크 충격"
