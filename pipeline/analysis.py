"""Korean analysis with Kiwi: sentence splitting and morphemes, done once per article.

One Kiwi instance is built per process (its model load takes about a second) and
shared by every stage through :func:`get_kiwi`.
"""
from __future__ import annotations

import dataclasses

import functools
import re
from collections import deque
from collections.abc import Iterable, Iterator, Sequence

from pipeline.records import PARAGRAPH_SEP, Article, Document, Morph, Sentence
from pipeline.text import MEASURE_UNITS, QUOTE_FAMILY

# Content morphemes: what sentence selection and faithfulness checks look at.
NOUN_TAGS = frozenset({"NNG", "NNP", "NNB", "NR", "SL", "SH", "SN", "XR"})
PREDICATE_TAGS = frozenset({"VV", "VA", "VV-R", "VA-R", "VV-I", "VA-I"})
CACHED_TEXT_CHARS = 512  # free texts up to this length (bullets, titles) are cached; whole articles are not
PUNCT_TAGS = frozenset({"SF", "SP", "SS", "SSO", "SSC", "SE", "SO", "SW", "SB"})
# Kiwi's sentence splitting costs grow faster than the length of one text (a 200 kB paragraph
# takes 4x a 100 kB one); longer paragraphs are analysed in windows of about this many characters,
# cut after a sentence end (else at a space), so the cost per MB does not depend on the layout.
WINDOW_CHARS = 2000
_SENTENCE_END = re.compile(r"[.!?。…][\"'”’)\]]*\s+")
_SPACE = re.compile(r"\s+")


def windows(paragraph: str, size: int = WINDOW_CHARS) -> list[int]:
    """Start offsets of the windows ``paragraph`` is analysed in: ``[0]`` for all but very long paragraphs.

    A window ends after the last sentence end in its second half, else after its
    last space, else at ``size`` characters; so a cut never falls inside a word.
    """
    starts = [0]
    while len(paragraph) - starts[-1] > 2 * size:
        start = starts[-1]
        limit = start + size
        cut = None
        for match in _SENTENCE_END.finditer(paragraph, start + size // 2, limit):
            cut = match.end()
        if cut is None:
            for match in _SPACE.finditer(paragraph, start + size // 2, limit):
                cut = match.end()
        starts.append(cut if cut is not None else limit)
    return starts


@functools.lru_cache(maxsize=None)
def get_kiwi(num_workers: int = 1):
    """The shared Kiwi instance for ``num_workers`` threads.

    Kiwi's meaning: 0 = single thread in the caller, -1 = one thread per core,
    N = N worker threads.
    """
    import warnings

    from kiwipiepy import Kiwi

    with warnings.catch_warnings():  # Kiwi warns that the meaning of 0 changed in 0.21; ours is the new one
        warnings.simplefilter("ignore", DeprecationWarning)
        kiwi = Kiwi(num_workers=num_workers)
    for name in PROPER_NAMES:
        kiwi.add_user_word(name, "NNP", 0)
    return kiwi


# Names Kiwi's model reads as phrases, a verb or a particle inside them: "반대해 온 국민의힘은" as "온(MM) 국민 의 힘",
# "열린민주당" as "열리 + ㄴ + 민주당". Read as one name, a clause is never split inside one. (Spaced, "온 국민의 힘" is
# still the phrase.)
PROPER_NAMES = ("국민의힘", "국민의미래", "새로운미래", "열린민주당", "더불어민주연합", "바른미래당", "개혁신당", "민주평화당",
                "기본소득당")


ROMAN_NUMERALS = frozenset("ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫⅰⅱⅲⅳⅴⅵⅶⅷⅸⅹ")


def _glued(stem: str, ending: str) -> str:
    """A stem and the ending Kiwi split off its last syllable, written as one word ("쏘" + "ᆯ" -> "쏠")."""
    last = ord(stem[-1]) - 0xAC00 if stem else -1
    if len(ending) == 1 and 0x11A8 <= ord(ending) <= 0x11C2 and 0 <= last < 11172 and last % 28 == 0:
        return stem[:-1] + chr(0xAC00 + last + ord(ending) - 0x11A7)
    return stem + ending


# Where near a place ("가거도 인근", "흑산도 북서쪽"): after a name in a county or at sea, "도" is the island's, not a
# particle.
PLACE_RELATIONS = frozenset({"인근", "부근", "주변", "일대", "앞바다", "해상", "해역", "연안", "근해", "북쪽", "남쪽", "동쪽", "서쪽",
                             "북서쪽", "북동쪽", "남서쪽", "남동쪽", "북방", "남방", "동방", "서방"})


SEA_WORDS = frozenset({"해상", "해역", "앞바다", "연안", "근해", "바다"})


def to_morphs(tokens, offset: int = 0) -> tuple[Morph, ...]:
    """Convert Kiwi tokens to :class:`Morph` records, shifting offsets by ``offset``.

    Misreadings are mended, among them: the determiner "타" ("타 병원 자료를", other) read as "하" + "-다", one syllable
    for a verb and its ending, before a noun: it is the determiner (Kiwi reads "타 지역" right); and a noun ending
    in "가" (價, "판매가가", "단가가") read as a noun and two subject particles: the first "가" is the noun's; and
    "-어서" read as "-어" + the verb "서" (stand) with no ending of its own ("묶여서 주민들이"): it is one ending; and a
    conjunction glued to a bracket or a particle ("그란데(473ml)와 벤티", a cup size Kiwi reads as "그런데"): a
    connective stands apart, so it is a name; and a copula's "-인" read as the particle "이" and a stray coda ("원전인
    고리2호기가"): it is the copula and its adnominal ending; and a name's topic particle after a symbol read as the verb
    "늘다" ("EDUⅡ는"); and the noun "라면" read, a space after a noun, as an unwritten copula and "-라면"; and the
    connective "그런데도" read as "그런데" and the particle "도"; and a name's topic particle read as the noun "은"
    ("권희동은": "권희" + "동" + "은", "3.2㎏은": a unit's symbol and "은"); and "이날" read as the determiner "이" and the noun "날"; and a name ending in
    "라" read as a noun and the copula's "-라" before the person's title ("한미라 …협의회장은"); and the copula after a
    unit's symbol read as the verb "이다" (carry on the head: "50~120㎜입니다"); and an island's "도" read as the particle
    before where near it ("가거도 인근 해상에서"); and a county's name read as an adverb before a township's ("인제 북면");
    and a verb in "-기-" before a noun read as "-기" and a topic particle ("맡긴 정형외과 원장이")."""
    # (a Roman numeral, "EDUⅡ", "Ⅲ급", is part of a name or a class: read with the letters, not as a symbol)
    morphs = [Morph(t.form, "SL" if t.tag == "SW" and ROMAN_NUMERALS.issuperset(t.form) else t.tag, t.start + offset,
                    t.start + t.len + offset) for t in tokens]
    forms, tags = {m.form for m in morphs}, {m.tag for m in morphs}  # each mend below runs only where its words are
    if "SL" in tags and "(" in forms:
        for x in range(len(morphs) - 5, -1, -1):
            verb, ending, o, latin, c = morphs[x : x + 5]
            if verb.tag.startswith("VV") and ending.tag == "ETM" and ending.end == o.start and o.form == "(" \
                    and latin.tag == "SL" and c.form == ")" and (x == 0 or morphs[x - 1].end < verb.start):
                # "신한은행 쏠(SOL) KBO리그": a name spelled out before its Latin form, which Kiwi reads as a verb ("쏘" + "-ㄹ")
                morphs[x : x + 2] = [Morph(_glued(verb.form, ending.form), "NNP", verb.start, ending.end)]
    if "기" in forms and "ᆫ" in forms:
        for x in range(len(morphs) - 4, -1, -1):
            verb, nominal, topic, noun = morphs[x : x + 4]
            if verb.tag == "VV" and (nominal.form, nominal.tag, topic.form, topic.tag) == ("기", "ETN", "ᆫ", "JX") \
                    and verb.end == nominal.start and noun.tag in {"NNG", "NNP"} and noun.start > topic.end:
                # "수술을 대신 맡긴 정형외과 원장이" read as "맡" + "-기" + "ㄴ" (맡기는): a topic particle never comes
                # before a noun; it is the verb "맡기다" and the adnominal "-ㄴ" of the noun it describes
                morphs[x : x + 3] = [Morph(verb.form + "기", "VV", verb.start, nominal.end), Morph("ᆫ", "ETM", topic.start, topic.end)]
    if "가" in forms:
        for x in range(len(morphs) - 2, 0, -1):
            noun, first, second = morphs[x - 1], morphs[x], morphs[x + 1]
            if noun.tag in {"NNG", "NNP"} and first.tag == second.tag == "JKS" and first.form == second.form == "가" \
                    and noun.end == first.start and first.end == second.start:
                morphs[x - 1 : x + 1] = [Morph(noun.form + "가", noun.tag, noun.start, first.end)]
            elif noun.tag in {"NNG", "NNP"} and (first.form, first.tag) == ("가", "JKS") and second.tag == "JX" \
                    and second.form in {"는", "ᆫ"} and noun.end == first.start and first.end == second.start:
                # "서울 아파트 중위가는 …" read as "중위" + "가" + "는": no subject takes a topic particle; "가" ends the noun
                # (the median price, 중위가)
                morphs[x - 1 : x + 1] = [Morph(noun.form + "가", noun.tag, noun.start, first.end)]
            elif (first.form, first.tag, second.form, second.tag) == ("가", "VV", "어", "EC") and noun.end == first.start \
                    and noun.tag in {"SW", "NNB", "NR"} and second.end <= first.end \
                    and (x + 2 < len(morphs) and morphs[x + 2].tag == "SP"
                         or x >= 2 and morphs[x - 2].tag == "SN" and morphs[x - 2].end == noun.start and (x + 2 == len(morphs) or morphs[x + 2].start > second.end)):
                # "…보다 840.2%가, 손보사는 …", "투자유치 금액은 73.3%가 상승했다": a figure's subject particle, read as the
                # verb "가다" with "-아" (a figure glued to it goes nowhere)
                morphs[x : x + 2] = [Morph("가", "JKS", first.start, first.end)]
    if "하" in forms and "다" in forms:
        for x in range(len(morphs) - 2, 0, -1):
            verb, ending, after = morphs[x - 1], morphs[x], morphs[x + 1]
            if (verb.form, verb.tag, ending.form, ending.tag) == ("하", "VV", "다", "EC") and verb.start == ending.start \
                    and verb.end == ending.end == verb.start + 1 and after.start > ending.end and after.tag in {"NNG", "NNP"}:
                morphs[x - 1 : x + 1] = [Morph("타", "MM", verb.start, verb.end)]
    if "은" in forms:
        for x in range(len(morphs) - 1, 0, -1):
            m, name = morphs[x], morphs[x - 1]
            if (m.form, m.tag) == ("은", "NNG") and name.end == m.start and (x + 1 == len(morphs) or morphs[x + 1].start > m.end) \
                    and (name.tag == "NNP" or name.tag == "NNG" and x >= 2 and morphs[x - 2].tag == "NNP" and morphs[x - 2].end == name.start
                         or name.tag == "SW" and x >= 2 and morphs[x - 2].tag == "SN" and morphs[x - 2].end == name.start):
                # "권희동은" read as "권희" + "동" + the noun "은", "필로폰 3.2㎏은" as a unit's symbol and "은" (silver): the topic
                morphs[x] = Morph("은", "JX", m.start, m.end)
    if "도" in forms:
        for x in range(len(morphs) - 2, 0, -1):
            name, m, after = morphs[x - 1], morphs[x], morphs[x + 1]
            if (m.form, m.tag) != ("도", "JX") or name.tag != "NNP" or name.end != m.start or after.start == m.end \
                    or after.tag != "NNG" or after.form not in PLACE_RELATIONS or name.form.endswith(("시", "군", "구", "도")):
                continue
            at_sea = any(w.form in SEA_WORDS for w in morphs[x + 1 : x + 7])
            in_county = x >= 2 and morphs[x - 2].tag == "NNP" and morphs[x - 2].form.endswith(("군", "시", "구", "면", "읍"))
            if at_sea or in_county:
                # "신안군 가거도 인근 해상에서" read as "가거" + the particle "도" (also): an island's name, "도" (島) its own
                morphs[x - 1 : x + 1] = [Morph(name.form + "도", "NNP", name.start, m.end)]
    if "NNP" in tags and not tags.isdisjoint({"MAG", "IC"}):
        for x in range(len(morphs) - 2):
            m, name, head = morphs[x : x + 3]
            if m.tag in {"MAG", "IC"} and name.tag == "NNP" and head.form in {"면", "읍", "리"} and head.tag in {"NNG", "NNB"} \
                    and name.end == head.start and m.end < name.start and (x == 0 or morphs[x - 1].end < m.start):
                # "인제 북면에 41.0㎝" read as the adverb "인제" (now): a county's name before a township's is a place
                morphs[x] = Morph(m.form, "NNP", m.start, m.end)
    if "이" in forms and "SW" in tags:
        for x in range(1, len(morphs) - 1):
            unit, m, ending = morphs[x - 1], morphs[x], morphs[x + 1]
            if (m.form, m.tag) == ("이", "VV") and unit.tag == "SW" and unit.end == m.start and ending.tag.startswith("E") \
                    and ending.start <= m.end:
                # "서울은 50~120㎜입니다" read as the verb "이다" (carry on the head): a figure's copula
                morphs[x] = Morph("이", "VCP", m.start, m.end)
    if "서" in forms or "이서" in forms:
        for x, m in enumerate(morphs):
            if m.tag == "JKS" and m.form in {"서", "이서"}:
                # "혼자서 달성했다", "둘이서 떠났다": by oneself, as a pair — how it was done, not who did it (the subject
                # is told elsewhere or left unsaid)
                morphs[x] = Morph(m.form, "JKB", m.start, m.end)
    if "서" in forms:
        for x in range(len(morphs) - 1, 0, -1):
            ending, verb = morphs[x - 1], morphs[x]
            after = morphs[x + 1] if x + 1 < len(morphs) else None
            if ending.tag == "EC" and ending.form in {"어", "아", "여"} and (verb.form, verb.tag) == ("서", "VV") \
                    and ending.end == verb.start and (after is None or after.start > verb.end or after.tag in {"SP", "SF"}):
                morphs[x - 1 : x + 1] = [Morph(ending.form + "서", "EC", ending.start, verb.end)]
    if not forms.isdisjoint(("라면", "늘")) or "Z_CODA" in tags:
        for x in range(len(morphs) - 2, 0, -1):
            m, after = morphs[x], morphs[x + 1]
            pair = (m.form, m.tag, after.form, after.tag)
            if pair == ("이", "VCP", "라면", "EC") and m.start == m.end == after.start \
                    and morphs[x - 1].end < m.start:
                # "전체 라면 수출은" read as "전체" + an unwritten copula + "-라면" (if): a copula never stands a space
                # apart from its noun; the word is the noun (ramen)
                morphs[x : x + 2] = [Morph("라면", "NNG", after.start, after.end)]
                continue
            if pair == ("늘", "VV", "ᆫ", "ETM") and after.start == m.start \
                    and morphs[x - 1].tag in {"SL", "SH", "SW"} and morphs[x - 1].end == m.start:
                # "EDUⅡ는", "응답자의 43.4%는" read as a symbol, the verb "늘다" and "-ㄴ": the topic particle of the name
                # or the figure
                morphs[x : x + 2] = [Morph("는", "JX", m.start, m.end)]
                continue
            if pair == ("이", "JKS", "ᆫ", "Z_CODA") and after.start == m.start:
                # "원전인 고리2호기가" read as "원전" + the particle "이" + a stray "ᆫ": the copula's adnominal form
                morphs[x : x + 2] = [Morph("이", "VCP", m.start, m.end), Morph("ᆫ", "ETM", after.start, after.end)]
    if "나" in forms and "ᆫ" in forms:
        for x in range(1, len(morphs) - 2):
            m, after, noun, before = morphs[x], morphs[x + 1], morphs[x + 2], morphs[x - 1]
            if (m.form, m.tag, after.form, after.tag) == ("나", "NP", "ᆫ", "JX") and after.start == m.start \
                    and before.end < m.start and noun.tag == "NNG" and noun.start > after.end \
                    and before.form in TIME_PARTS | DAY_WORDS:
                # "오전 8시 반쯤 난 불은" read as the pronoun "나" and a topic "-ㄴ" (I): after a time, before a noun, it
                # is the verb "나다" (broke out) and its adnominal ending
                morphs[x : x + 2] = [Morph("나", "VV", m.start, m.end), Morph("ᆫ", "ETM", after.start, after.end)]
    if "나" in forms and "는" in forms:
        for x in range(1, len(morphs) - 2):
            m, after, noun, before = morphs[x], morphs[x + 1], morphs[x + 2], morphs[x - 1]
            if (m.form, m.tag, after.form, after.tag) == ("나", "NP", "는", "JX") and after.start == m.end \
                    and before.tag == "JKO" and before.end < m.start and noun.tag in {"NNB", "NNG", "SN"} and noun.start > after.end:
                # "도심 상공을 나는 2단계 실증" read as the pronoun "나" and a topic "는": after an object, before a noun,
                # it is the verb "날다" (fly) and its adnominal ending
                morphs[x : x + 2] = [Morph("날", "VV", m.start, m.end), Morph("는", "ETM", after.start, after.end)]
    if "여" in forms:
        for x in range(1, len(morphs) - 2):
            m, after, noun, before = morphs[x], morphs[x + 1], morphs[x + 2], morphs[x - 1]
            if (m.form, m.tag, after.form, after.tag) == ("여", "NP", "는", "JX") and after.start == m.end \
                    and before.tag == "JKO" and before.end < m.start and noun.tag in {"NNB", "NNG"} and noun.start > after.end:
                # "본회의를 여는 데 합의했다" read as the pronoun "여" and a topic "는": after an object, before a noun,
                # it is the verb "열다" (hold) and its adnominal ending
                morphs[x : x + 2] = [Morph("열", "VV", m.start, m.end), Morph("는", "ETM", after.start, after.end)]
    if "날" in forms:
        for x in range(len(morphs) - 2, -1, -1):
            m, after = morphs[x], morphs[x + 1]
            if (m.form, m.tag, after.form, after.tag) == ("이", "MM", "날", "NNG") and after.start == m.end \
                    and (x + 2 == len(morphs) or morphs[x + 2].start > after.end):
                # "…못하면서 이날 하루 동안 …" read as the determiner "이" and "날": one word, the story's day
                morphs[x : x + 2] = [Morph("이날", "NNG", m.start, after.end)]
    if "그런데" in forms:
        for x in range(len(morphs) - 2, -1, -1):
            m, after = morphs[x], morphs[x + 1]
            if (m.form, after.form, after.tag) == ("그런데", "도", "JX") and m.tag in {"MAJ", "NNP"} and after.start == m.end \
                    and (x + 2 == len(morphs) or morphs[x + 2].start > after.end):
                # "그런데도 이렇게 …" read as "그런데" and the particle "도": one connective (yet even so), no name
                morphs[x : x + 2] = [Morph("그런데도", "MAJ", m.start, after.end)]
    if "라" in forms:
        for x in range(len(morphs) - 3, 0, -1):
            name, m, after, title = morphs[x - 1], morphs[x], morphs[x + 1], morphs[x + 2]
            if name.tag == "NNP" and len(name.form) == 2 and (m.form, m.tag, after.form, after.tag) == ("이", "VCP", "라", "EC") \
                    and name.end == m.start == m.end == after.start and title.start > after.end \
                    and (x == 1 or morphs[x - 2].end < name.start) and _title_follows(morphs, x + 2):
                # "한미라 전국교육장협의회장은 …" read as "한미" + "이다" + "-라" (being Hanmi): a name ending in "라"
                # before the person's title is one proper noun
                morphs[x - 1 : x + 2] = [Morph(name.form + "라", "NNP", name.start, after.end)]
    if "MAJ" in tags:
        for x, m in enumerate(morphs[:-1]):
            after = morphs[x + 1]
            if m.tag == "MAJ" and after.start == m.end and (after.tag == "SSO" or after.tag.startswith("J") and after.form != "요"):
                morphs[x] = Morph(m.form, "NNP", m.start, m.end)
    return tuple(morphs)


# Last syllables (or words) of a person's title: "협의회장", "교육감", "위원", "교수", "대표", "씨".
TITLE_ENDINGS = ("장", "감", "관", "원", "수", "표", "사", "씨", "님", "자")


def _title_follows(morphs: list[Morph], x: int) -> bool:
    """Whether the nouns from ``x`` (one word) end in a person's title and take a topic or subject particle."""
    y = x
    while y < len(morphs) and morphs[y].tag in {"NNG", "NNP"} and (y == x or morphs[y].start == morphs[y - 1].end):
        y += 1
    return y > x and y < len(morphs) and morphs[y - 1].form.endswith(TITLE_ENDINGS) and morphs[y].start == morphs[y - 1].end \
        and (morphs[y].tag == "JKS" or morphs[y].tag == "JX" and morphs[y].form in {"은", "는", "ᆫ"})


TIME_PARTS = frozenset({"일", "시", "분", "오전", "오후", "저녁", "새벽", "밤", "낮", "아침", "께", "쯤"})  # words of a time of day
DAY_WORDS = frozenset({"이날", "오늘", "어제", "그날", "당일"})  # not "전날": the day before the story's, which a bullet must not merge with it
POLITE_ENDINGS = frozenset({"ᆸ니다", "습니다"})  # a formal statement's ending, never a connective


# Nouns a news sentence ends on with no verb ("…개최할 예정.", "…에 달할 전망."): a full stop glued to the next word after
# one of them ends the sentence (see _dot_between_nouns).
CLOSING_NOUNS = frozenset({"예정", "계획", "전망", "방침", "목표", "상황", "상태", "모습", "수준", "규모", "결과", "기록", "입장",
                           "분석", "설명", "지적", "평가", "취지", "의미", "생각", "가능성", "분위기", "추세", "양상", "실정", "형편"})


def _split_glued(morphs: tuple[Morph, ...]) -> list[tuple[Morph, ...]]:
    """Split where Kiwi left two sentences joined by a full stop with no space after it ("…만난다.2025~2027년
    작품 구성을 …"), or where the next sentence opens with a quotation ("…2위로 진입했다. '위저드 베이커리' 등
    …"): a final ending, ".", then more words, outside quotation marks. Also after a formal ending a script copied
    without full stops runs on ("…건넵니다 안에 든 건 …"), which Kiwi may read as a connective."""
    parts, start, depth = [], 0, 0
    for x, m in enumerate(morphs):
        depth += m.tag == "SSO"
        depth -= m.tag == "SSC" and depth > 0
        following = morphs[x + 1] if x + 1 < len(morphs) else None
        # ("…따돌린 것.4일 영화진흥위원회에 …": news ends a sentence on a noun as often, "것.", "예정.")
        ended = morphs[x - 1].tag == "EF" or morphs[x - 1].tag in {"NNB", "NNG"} and "가" <= morphs[x - 1].form[-1:] <= "힣" \
            and following is not None and (following.tag == "SN" or "가" <= following.form[:1] <= "힣")
        if not depth and m.tag == "SF" and m.form == "." and x > start and ended and following is not None \
                and (following.start == m.end and following.tag not in {"SF", "SSC", "SP", "SE", "SW", "SO"}
                     or following.start > m.end and following.tag == "SSO"):
            parts.append(morphs[start : x + 1])
            start = x + 1
        elif not depth and m.form in POLITE_ENDINGS and m.tag in {"EC", "EF"} and x > start and following is not None \
                and following.start > m.end and following.tag not in PUNCT_TAGS | {"SSC", "SO", "SW"}:
            # "…가방을 건넵니다 안에 든 건 현금 …": a script copied without its full stops; "-ㅂ니다" ends a sentence
            parts.append(morphs[start : x + 1])
            start = x + 1
    parts.append(morphs[start:])
    return parts


def _split_inside_quote(previous: Sentence, morphs: tuple[Morph, ...]) -> int:
    """How many morphemes at the end of ``previous`` open the sentence ``morphs`` instead: Kiwi sometimes
    ends a sentence after a quotation that starts the next one ("…발표했다. '현존과 좌표'" | "는 연극은 …");
    a sentence never starts with a particle glued to the one before, nor is a quoted name alone a sentence.
    0 when the split is sound."""
    if not morphs:
        return 0
    if previous.morphs[0].form in QUOTE_FAMILY and not any(m.tag in {"SF", "EF"} for m in previous.morphs):
        # quoted names alone, split off the sentence before them ("…발표했다. '현존과 좌표'" | "는 …", "'가람의 노래',
        # '누리의 집'" | "등으로 …"): no sentence, they open the next one
        return len(previous.morphs)
    if not morphs[0].tag.startswith("J") or previous.end != morphs[0].start:
        return 0
    ends = [x for x, m in enumerate(previous.morphs) if m.tag == "SF"]
    if not ends or ends[-1] == len(previous.morphs) - 1:
        return 0
    return len(previous.morphs) - ends[-1] - 1


def _closes_title(previous: Sentence, morphs: tuple[Morph, ...]) -> bool:
    """Whether a sentence opens on the mark closing a title the sentence before ended inside, glued to it: Kiwi
    ends a sentence at the "!" of "…새 주말드라마 '진짜가 나타났다!'(극본 …)에 출연을 확정했다"."""
    return bool(morphs) and morphs[0].start == previous.end and morphs[0].tag == "SSC" \
        and previous.morphs[-1].tag == "SF" and previous.morphs[-1].form in {"!", "?"}


# Verbs that frame what was just said: "보복하겠다 밝혔지만 …" (the quotative "-고" left out)
FRAMING_VERBS = frozenset({"밝히", "말하", "전하", "주장하", "강조하", "설명하", "덧붙이", "언급하", "예고하", "경고하", "발표하",
                           "자신하", "다짐하", "약속하"})


def _framed_after_cut(previous: Sentence, morphs: tuple[Morph, ...]) -> bool:
    """Whether Kiwi ended a sentence at a reported statement whose quotative "-고" was left out, with no full stop:
    "이란은 …보복하겠다 | 밝혔지만, 최근 …" is one sentence, its verb of saying opening the second part."""
    if not morphs or previous.morphs[-1].tag != "EF" or not previous.morphs[-1].form.endswith("다"):
        return False
    verb, rest = morphs[0].form, morphs[1:]
    if morphs[0].tag == "NNG" and rest and (rest[0].form, rest[0].tag) == ("하", "XSV") and rest[0].start == morphs[0].end:
        verb, rest = verb + "하", rest[1:]  # "강조했다": Kiwi reads the verbal noun and "하" apart
    elif morphs[0].tag != "VV":
        return False
    return verb in FRAMING_VERBS and bool(rest) and rest[0].tag in {"EP", "EC"}


def _noun_after_nominal(previous: Sentence, morphs: tuple[Morph, ...], terms: frozenset[str] = frozenset()) -> bool:
    """Whether Kiwi ended a sentence at a nominal "-음" that names the noun after it: "지난해 쉬었음 | 인구는 255만
    5천 명으로 …" is one sentence ("쉬었음 인구", a statistic's name). With no full stop, a noun right after it, and
    no more than three words before it (a note written "…개최했음" is a longer sentence of its own). In quotation marks
    too: "다만 '쉬었음' | 청년을 모두 …"; and a term the article puts in quotation marks elsewhere (``terms``, see
    :func:`quoted_terms`), however many words come before it: "대구시는 지난 6월부터 쉬었음 | 청년을 대상으로 …"."""
    quoted = len(previous.morphs) > 1 and previous.morphs[-1].form in QUOTE_FAMILY and previous.morphs[-1].tag in {"SSC", "SSO", "SW"}
    last = previous.morphs[-2] if quoted else previous.morphs[-1]
    # (a quoted term is a name however many words come before it: "국가데이터처에 따르면 지난 10월 '쉬었음' | 상태인 …")
    named = quoted or len(previous.text.split()) <= 3 or previous.text.split()[-1] in terms
    return bool(morphs) and last.tag in {"ETN", "EF"} and last.form in {"음", "ᆷ"} and named \
        and not any(m.tag == "SF" for m in previous.morphs) and morphs[0].tag in {"NNG", "NNP"} and morphs[0].start > previous.end


_QUOTED_TERM = re.compile(r"[‘'“\"](\S+음)[’'”\"]")


def quoted_terms(texts: Iterable[str]) -> frozenset[str]:
    """The words ending in "-음" that ``texts`` put in quotation marks ("'쉬었음' 청년들"): terms, wherever they stand."""
    return frozenset(found for text in texts for found in _QUOTED_TERM.findall(text))


def _name_at_end(previous: Sentence) -> int | None:
    """Where a name starts that ends a sentence with no full stop, after a comma, and that Kiwi read as "…이다" + "-ㅁ"
    ("…국회의원, 성복임": "성" + "복" + "이" + "-ㅁ"); None when the sentence ends otherwise."""
    pm = previous.morphs
    if not (len(pm) >= 4 and pm[-1].tag in {"EF", "ETN"} and pm[-1].form in {"ᆷ", "음"} and pm[-2].tag == "VCP"
            and pm[-3].tag in {"NNG", "NNP"} and pm[-3].end == pm[-2].start) or any(m.tag == "SF" for m in pm):
        return None
    w = len(pm) - 3
    while w >= 1 and pm[w - 1].end == pm[w].start and pm[w - 1].tag in {"NNG", "NNP", "MM", "XPN"}:
        w -= 1  # back to the start of the name ("성" + "복": Kiwi reads the first syllable as a determiner)
    return w if w >= 1 and pm[w - 1].tag == "SP" and pm[w - 1].form == "," else None


def _name_read_as_ending(previous: Sentence, morphs: tuple[Morph, ...]) -> bool:
    """Whether Kiwi ended a sentence at such a name (:func:`_name_at_end`: "…국회의원, 성복임 | 군포시의회 의장과 …")
    while the words after it, on the same line, go on to the sentence's full stop."""
    return _name_at_end(previous) is not None and bool(morphs) and morphs[0].start == previous.morphs[-1].end + 1 \
        and morphs[0].tag in {"NNG", "NNP"} and morphs[-1].tag == "SF"


def _name_mended(previous: Sentence, paragraph: str, offset: int) -> tuple[Morph, ...]:
    """``previous``'s morphemes, a name at its end that Kiwi read as "…이다" + "-ㅁ" one proper noun again."""
    pm, w = previous.morphs, _name_at_end(previous)
    if w is None:
        return pm
    return pm[:w] + (Morph(paragraph[pm[w].start - offset : pm[-1].end - offset], "NNP", pm[w].start, pm[-1].end),)


def _dot_between_nouns(previous: Sentence, morphs: tuple[Morph, ...]) -> bool:
    """Whether Kiwi ended a sentence at a full stop that joins two nouns ("…27일, 연구.개발(R&D) 분야 30일, …"): no
    space after it, a noun on each side, and no final ending before it (nor a noun a sentence ends on, "예정."); or
    that follows one syllable written alone ("평균 한.육우 수는": 한우·육우)."""
    pm = previous.morphs
    if not (len(pm) >= 3 and morphs and pm[-1].tag == "SF" and pm[-1].form == "." and pm[-2].end == pm[-1].start
            and morphs[0].start == pm[-1].end):
        return False
    if len(pm[-2].form) == 1 and "가" <= pm[-2].form <= "힣" and pm[-3].end < pm[-2].start and pm[-2].tag != "EF" \
            and "가" <= morphs[0].form[:1] <= "힣":
        return True  # "평균 한.육우 수는": one syllable written alone before the stop abbreviates a word (한우·육우), as "남.북"
    return pm[-2].tag in {"NNG", "NNP"} and pm[-2].form not in CLOSING_NOUNS and not any(m.tag == "EF" for m in pm) \
        and morphs[0].tag in {"NNG", "NNP"}


def _left_open(text: str) -> bool:
    """Whether a sentence ends inside a quotation it opened: an odd number of straight double marks, or more
    opening curly marks than closing ones."""
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def closes_quotation(text: str) -> bool:
    """Whether a sentence closes a quotation opened before it (see :func:`_left_open`)."""
    return text.count('"') % 2 == 1 or text.count("”") > text.count("“")


def after_share(morphs, k: int) -> bool:
    """Whether the particle at ``k`` follows a share, a number with its percent sign ("응답자의 76.2%가", "43.4%는"):
    those asked, as a subject or topic."""
    return k >= 2 and morphs[k - 1].form in {"%", "％"} and morphs[k - 2].tag == "SN"


def outside_quotes(morphs: Sequence[Morph], start: int = 0, stop: int | None = None) -> Iterator[tuple[int, Morph]]:
    """``(index, morph)`` for each morpheme from ``start`` to ``stop`` outside quotation marks and brackets (nesting
    counted; the marks themselves are not yielded): for steps that must never look inside someone's words."""
    depth = 0
    for k in range(start, len(morphs) if stop is None else stop):
        m = morphs[k]
        if m.tag == "SSO":
            depth += 1
        elif m.tag == "SSC":
            depth = max(0, depth - 1)
        elif not depth:
            yield k, m


def content_key(morph: Morph) -> str | None:
    """The comparison key of a content morpheme (Latin lower-cased), or None for function morphemes."""
    if morph.tag in PREDICATE_TAGS or morph.tag.startswith(("VV", "VA")):
        return morph.form + "다"
    if morph.tag in NOUN_TAGS:
        return morph.form.lower() if morph.tag == "SL" else morph.form
    return None


class Analyzer:
    """Sentence splitting and morpheme analysis of articles with a shared Kiwi.

    ``num_workers`` > 1 lets Kiwi analyse paragraphs of many articles in parallel
    (its iterable API); the results are identical to single-threaded analysis.
    """

    def __init__(self, num_workers: int = 1, kiwi=None):
        self.num_workers = num_workers
        self.kiwi = kiwi if kiwi is not None else get_kiwi(num_workers)
        # A bullet is looked at by several stages (finishing, dedupe, ranking, faithfulness);
        # short texts are analysed once. Records are immutable, so sharing them is safe.
        self._cached_morphs = functools.lru_cache(maxsize=8192)(self._analyse)

    def morphs(self, text: str) -> tuple[Morph, ...]:
        """Morphemes of a free text (title, summary bullet), offsets into ``text``."""
        return self._cached_morphs(text) if len(text) <= CACHED_TEXT_CHARS else self._analyse(text)

    def _analyse(self, text: str) -> tuple[Morph, ...]:
        if not text.strip():
            return ()
        return to_morphs(self.kiwi.tokenize(text))

    def analyze(self, article: Article) -> Document:
        """Analyse one article."""
        return next(self.analyze_many([article]))

    def analyze_many(self, articles: Iterable[Article]) -> Iterator[Document]:
        """Analyse articles lazily, in input order.

        All paragraphs, titles and headings go through one Kiwi iterable call, so
        Kiwi's worker threads stay busy across article boundaries.
        """
        pending: deque[tuple[Article, list[list[int]]]] = deque()

        def texts() -> Iterator[str]:
            for article in articles:
                cuts = [windows(p) for p in article.paragraphs]
                pending.append((article, cuts))
                yield article.title or " "
                for heading in article.headings:
                    yield heading.text or " "
                for paragraph, starts in zip(article.paragraphs, cuts):
                    ends = starts[1:] + [len(paragraph)]
                    yield from (paragraph[a:b] or " " for a, b in zip(starts, ends))

        if self.num_workers == 0:  # no worker threads: Kiwi's iterable API is unavailable
            results = (self.kiwi.tokenize(text, split_sents=True) for text in texts())
        else:
            results = iter(self.kiwi.tokenize(texts(), split_sents=True))
        while True:
            try:
                title_sents = next(results)
            except StopIteration:
                return
            article, cuts = pending.popleft()
            title_morphs = tuple(m for sent in title_sents for m in to_morphs(sent))
            heading_morphs = tuple(
                tuple(m for sent in next(results) for m in to_morphs(sent)) for _ in article.headings
            )
            sentences: list[Sentence] = []
            offset = 0
            terms = quoted_terms([article.title, *article.paragraphs])
            for p_index, (paragraph, starts) in enumerate(zip(article.paragraphs, cuts)):
                for window_start in starts:
                    for sent_tokens in next(results):
                        if not sent_tokens:
                            continue
                        *glued, morphs = _split_glued(to_morphs(sent_tokens, offset + window_start))
                        for part in glued:  # "…관객과 만난다.2025년 …": a full stop with no space after it
                            sentences.append(Sentence(len(sentences), p_index, part[0].start, part[-1].end,
                                                      paragraph[part[0].start - offset : part[-1].end - offset], part))
                        if sentences and sentences[-1].paragraph == p_index:
                            moved = _split_inside_quote(sentences[-1], morphs)
                            if moved:  # the quotation that opens this sentence was left at the end of the one before
                                previous = sentences[-1]
                                kept = previous.morphs[: len(previous.morphs) - moved]
                                morphs = previous.morphs[len(kept) :] + morphs
                                if kept:
                                    sentences[-1] = dataclasses.replace(
                                        previous, end=kept[-1].end, text=paragraph[previous.start - offset : kept[-1].end - offset], morphs=kept)
                                else:
                                    sentences.pop()
                        start, end = morphs[0].start, morphs[-1].end
                        text = paragraph[start - offset : end - offset]
                        if sentences and sentences[-1].paragraph == p_index and (_left_open(sentences[-1].text) and closes_quotation(text)
                                                                                 or _closes_title(sentences[-1], morphs)
                                                                                 or _framed_after_cut(sentences[-1], morphs)
                                                                                 or _noun_after_nominal(sentences[-1], morphs, terms)
                                                                                 or _dot_between_nouns(sentences[-1], morphs)
                                                                                 or _name_read_as_ending(sentences[-1], morphs)):
                            # '…"너 얼마 받아 처먹었냐.' | 'XXXX를 그냥" 등의 욕설을 반복했다.': a full stop inside a
                            # quotation (Kiwi keeps curly quotations whole, not always straight ones) ends no sentence
                            previous = sentences.pop()
                            start, morphs = previous.start, _name_mended(previous, paragraph, offset) + morphs
                        sentences.append(
                            Sentence(
                                index=len(sentences),
                                paragraph=p_index,
                                start=start,
                                end=end,
                                text=paragraph[start - offset : end - offset],
                                morphs=morphs,
                            )
                        )
                offset += len(paragraph) + len(PARAGRAPH_SEP)
            yield Document(article, tuple(sentences), title_morphs, heading_morphs)


# Counters that date, time, place or order a number rather than count or measure something ("21일", "10시 10분",
# "2025년", "17층", "3번째")
TIME_COUNTERS = frozenset({"년", "월", "일", "시", "분", "초", "주", "주년", "시간", "개월", "분기", "반기", "세기", "호", "차",
                            "번째", "학년", "대", "층", "번지", "번길", "주간", "주일", "일간", "년간", "개월간", "분간"})


def stated_figures(morphs) -> set[tuple[str, str]]:
    """The figures a text states as (number, counter) pairs, the number as written ("1000명" -> ("1000", "명"),
    "-9.1%" -> ("9.1", "%"), "37도", "147경기", "100선"): a number glued to the word that counts it, not a date, a
    time, a floor, an ordinal or part of a name ("R1", "H100"). Wider than the units the faithfulness check
    compares (:func:`~pipeline.faithfulness.find_numbers` takes a noun as a unit only from a fixed list): what a
    sentence counts is told by any noun glued to the number."""
    return set(figures_in_order(morphs))


def figures_in_order(morphs) -> list[tuple[str, str]]:
    """:func:`stated_figures` as the text states them, in order and each time ("한국인 2명, 베트남인 2명": twice)."""
    out = []
    for k, m in enumerate(morphs[:-1]):
        following = morphs[k + 1]
        if m.tag != "SN" or following.start != m.end or (k and morphs[k - 1].tag == "SL" and morphs[k - 1].end == m.start):
            continue
        if following.tag in {"NNB", "NNG", "NR", "SW", "SL"} and following.form not in TIME_COUNTERS or following.form in MEASURE_UNITS:
            out.append((m.form.replace(",", ""), following.form))
    return out
