"""Select salient, non-redundant sentences with Kiwi content morphemes.

Score = centrality (TextRank over content-morpheme overlap) + overlap with the
title and section headings + an early-position prior + reported comparisons (facts)
+ the writer's closing outlook, minus penalties for sentences that cannot stand
alone (questions, pronoun openers, fragments) and for background about a side
entity (a topic named neither in the headline nor in the lead sentences).
Maximal marginal relevance then picks sentences one by one, discounting those
similar to what is already chosen.
"""
from __future__ import annotations

import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from pipeline.analysis import PUNCT_TAGS, after_share, closes_quotation, content_key, figures_in_order, outside_quotes, stated_figures
from pipeline.faithfulness import numerals, parse_korean_number, plain_number
from pipeline.format import described_subject_after, named_before_comma
from pipeline.compress import (ABOUT_WORDS, counted_inline_list, direct_quotation, CLAUSE_ENDINGS, here_words, opens_with_a_share, this_disaster, this_setting_clause, this_place_setting, subject_of_before, like_this_content, opening_figure, closed_noun, ANNOUNCING_NOUNS, CONTRAST_ENDINGS, compares_with_unsaid, conversely, TIME_SPAN_NOUNS, BACKING_LINKS, CAUSE_NOUNS, CLOSING_QUOTES, FINDING_NOUNS, FINDING_VERBS, MODALITY_WORDS, PERIOD_NOUNS,
                               QUOTATIVE_PARTICLES, REPORTED_ENDINGS, SPEAKING, SPEECH_VERBS, STANCE_NOUNS, TIME_TOPICS, TITLE_NOUNS,
                               PLURAL_MARKS, RELEASING_NOUNS, SOURCE_DOCUMENTS, ANNOUNCING_BODIES, INSTITUTION_ENDINGS, date_part, named_clause,
                               after_result_frame, is_stem_or_ep, act_before_saying_so, COORDINATING_ENDINGS, PART_NOUNS, PLACE_HEADS)
from pipeline.parse.patterns import OPENS_WITH_PARTICLE, SIGN_OFF, TITLE_TAIL
from pipeline.records import Document, Morph, Sentence
from pipeline.text import INLINE_LIST_MARKS, MEASURE_UNITS, QUOTE_FAMILY, WIRE_SERVICES, has_bullet_mark, quotation_spans, quoted_at

if TYPE_CHECKING:  # the kiwi engine hands its config section over; selection never imports the config package
    from pipeline.config.summarize import KiwiEngineConfig

MARK_TAGS = frozenset({"SF", "SP", "SS", "SSO", "SSC", "SE", "SO", "SW"})  # punctuation and symbols: no word of a sentence


def _word_morphs(morphs) -> list:
    """``morphs`` without punctuation and symbols (:data:`MARK_TAGS`): the words a sentence opens or ends with."""
    return [m for m in morphs if m.tag not in MARK_TAGS]


# Sentence openers that point back to an earlier sentence ("이는", "그는", "이 회사는").
ANAPHORIC_OPENERS = frozenset({"이", "그", "이런", "그런", "이러한", "그러한", "해당", "이들", "그들", "이것", "그것"})


def sentence_keys(sentence: Sentence) -> Counter:
    """Bag of content-morpheme keys of a sentence."""
    return Counter(k for k in map(content_key, sentence.morphs) if k is not None)


def _similarity_matrix(bags: list[Counter], idf: dict[str, float]) -> np.ndarray:
    """Cosine similarity of idf-weighted content-morpheme bags."""
    vocab = {k: n for n, k in enumerate(idf)}
    matrix = np.zeros((len(bags), len(vocab)))
    rows = [row for row, bag in enumerate(bags) for _ in bag]
    cols = [vocab[key] for bag in bags for key in bag]
    values = [(1 + math.log(count)) * idf[key] for bag in bags for key, count in bag.items()]
    matrix[rows, cols] = values
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    unit = matrix / norms
    return unit @ unit.T


def _textrank(similarity: np.ndarray, damping: float = 0.85, iterations: int = 50) -> np.ndarray:
    n = similarity.shape[0]
    weights = similarity.copy()
    np.fill_diagonal(weights, 0.0)
    out_degree = weights.sum(axis=1, keepdims=True)
    out_degree[out_degree == 0] = 1.0
    transition = weights / out_degree
    rank = np.full(n, 1.0 / n)
    for _ in range(iterations):
        new = (1 - damping) / n + damping * transition.T @ rank
        if np.abs(new - rank).sum() < 1e-9:
            return new
        rank = new
    return rank


def _standalone_penalty(sentence: Sentence) -> float:
    """0 for a sentence that reads on its own, up to 1 for one that cannot."""
    morphs = sentence.morphs
    penalty = 0.0
    if not morphs:
        return 1.0
    first = morphs[0]
    if first.tag == "NP":  # "이는", "그는"
        penalty += 0.5
    elif first.tag == "MM" and first.form in ANAPHORIC_OPENERS:  # "이 회사는": the noun still says who
        penalty += 0.25
    if sentence.text.rstrip().endswith("?") or any(m.tag == "EF" and m.form.endswith(("까", "나", "가")) for m in morphs[-3:]):
        penalty += 0.5
    # Kiwi tags a quotative "…다고 한다" ending as EC, so "-다" connective endings count too.
    if not any(m.tag == "EF" or (m.tag == "EC" and m.form.endswith("다")) for m in morphs):
        penalty += 0.5  # a fragment without a sentence ending (often a sentence-splitting error)
    if "“" in sentence.text or '"' in sentence.text:
        penalty += 0.15  # quotations compress poorly
    return min(penalty, 1.0)


# Comparisons news reports as facts: "…보다 20배", "…에 비해", "전년 대비", "…와 동등", "…를 제치고".
_COMPARISON_FORMS = frozenset({("보다", "JKB"), ("비하", "VV"), ("대비", "NNG"), ("동등", "NNG"), ("동등", "XR"),
                               ("능가", "NNG"), ("맞먹", "VV"), ("제치", "VV")})


def amounts(morphs) -> int:
    """Numbers that state a measured amount: money, a ratio or a magnitude ("6백만달러", "20~50배", "12.5%",
    "1만개"), not a date, an age, a bare count or part of a name ("R1", "H100")."""
    count = 0
    for k, m in enumerate(morphs):
        if m.tag != "SN" or (k and morphs[k - 1].tag == "SL" and morphs[k - 1].end == m.start):
            continue
        following = morphs[k + 1] if k + 1 < len(morphs) else None
        if following is not None and (following.tag == "NR" or following.form in MEASURE_UNITS):
            count += 1
    return count


def figures(morphs) -> set[tuple[str, ...]]:
    """The measured amounts a sentence or bullet states, each as its numbers and units ("2.3%" -> ("2.3", "%"),
    "5조2000억원" -> ("5", "조", "2000", "억", "원")): what :func:`amounts` counts, written out to compare."""
    out, run = set(), []
    for k, m in enumerate(morphs):
        joined = run and morphs[k - 1].end == m.start
        if m.tag == "SN" and not (k and morphs[k - 1].tag == "SL" and morphs[k - 1].end == m.start):
            run = [*run, m.form] if joined and run[-1] in MEASURE_UNITS | {"조", "억", "만", "천", "백"} else [m.form]
        elif run and joined and (m.tag == "NR" or m.form in MEASURE_UNITS):
            run = [*run, m.form]
        else:
            if len(run) > 1:
                out.add(tuple(run))
            run = []
    if len(run) > 1:
        out.add(tuple(run))
    return {f for f in out if any(part in MEASURE_UNITS or part in {"조", "억", "만", "천", "백"} for part in f[1:])}


def fact_density(morphs) -> float:
    """1 for a sentence that reports a comparison, a finding that can be checked ("…보다 20~50배 저렴",
    "…에 비해", "전년 대비", "…와 동등"), else 0. A bare "…보다" explains more often than it reports
    ("달에서는 지구가 태양보다 커 보인다"), so it counts only with a measured amount; an amount alone
    ("2만장", "85%") is a detail, not a finding."""
    measured = amounts(morphs) > 0
    return float(any((m.form, m.tag) in _COMPARISON_FORMS and (measured or m.form != "보다") for m in morphs))


ROUNDING_SHARE = 0.01  # a round figure and a precise one of the same unit this close are one amount ("2000원", "2000.95원")


def rounded_alike(figure: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether two measured amounts (:func:`figures`: number and unit) are one amount, once rounded and once exact:
    the same unit, the round one ("2000원": two significant digits or fewer, at least 100) within
    :data:`ROUNDING_SHARE` of the other ("2000.95원"). A figure with a magnitude word ("69만여대") is compared by
    its own rule (the same number of ten-thousands)."""
    if len(figure) != 2 or len(other) != 2 or figure[1] != other[1] or figure == other:
        return False
    try:
        a, b = float(figure[0]), float(other[0])
    except ValueError:
        return False
    round_one, exact = (a, b) if len(figure[0].rstrip("0")) <= len(other[0].rstrip("0")) else (b, a)
    significant = str(int(round_one)).rstrip("0") if round_one == int(round_one) else None
    return significant is not None and round_one >= 100 and len(significant) <= 2 \
        and abs(exact - round_one) <= ROUNDING_SHARE * round_one


APPROXIMATE_SHARE = 0.05  # an amount said to be about so much and an exact one this close are one amount ("20% 가까이", "19.6%")


def approximately_alike(morphs, own: set, chosen_morphs, told: set) -> bool:
    """Whether a bullet and a chosen one give one amount, once as "about" ("20% 가까이", "약 20%") and once exact
    ("19.6%"): the same unit, within :data:`APPROXIMATE_SHARE` of the round one. ``own`` and ``told`` are the two
    bullets' :func:`figures`, which the caller has."""
    def approximate(ms) -> set[tuple[str, str]]:
        out = set()
        for k, m in enumerate(ms):
            if m.tag == "SN" and k + 1 < len(ms) and ms[k + 1].form in MEASURE_UNITS and ms[k + 1].start == m.end:
                after = ms[k + 2] if k + 2 < len(ms) else None
                before = ms[k - 1] if k else None
                if after is not None and after.form in ABOUT_WORDS or before is not None and before.form == "약" and before.tag in {"MM", "MAG", "XPN"}:
                    out.add((m.form, ms[k + 1].form))
        return out

    def exact(found: set) -> set[tuple[str, str]]:
        return {f for f in found if len(f) == 2}

    for about, other in ((approximate(morphs), exact(told)), (approximate(chosen_morphs), exact(own))):
        for number, unit in about:
            for o_number, o_unit in other:
                try:
                    a, b = float(number.replace(",", "")), float(o_number.replace(",", ""))
                except ValueError:
                    continue
                if unit == o_unit and a > 0 and abs(a - b) <= APPROXIMATE_SHARE * a:
                    return True
    return False


MAGNITUDE_WORDS = frozenset({"천", "만", "억", "조"})  # "1천명", "3조원": a number's magnitude written as a word
COUNT_COUNTERS = frozenset({"건", "명", "곳", "가구", "대", "마리", "채", "개"})  # what a count of events, people or things is in
OVER_WORDS = frozenset({"넘", "이상", "여", "남짓"})  # "3백 건 넘게", "300여 건": at least that many, a little more


def _count_values(ms) -> list[tuple[float, str, bool]]:
    """The figures a text gives with their unit or counter ("하루 3백 건 넘게", "모두 312건", "230만TEU를 넘어섬", "40.1도"):
    each as its value, that word and whether it is given as "over" or "about" that many (:data:`OVER_WORDS`,
    :data:`ABOUT_WORDS`) or as a round mark crossed ("…명을 돌파": :data:`CROSSING_WORDS`)."""
    out = []
    for k, m in enumerate(ms):
        if m.tag != "SN" or k and (ms[k - 1].tag in {"SN", "NR"} and ms[k - 1].end == m.start or ms[k - 1].tag == "NR"):
            continue  # (inside a number read from its start: "3백", "2만 1,384")
        value, y = number_run(ms, k)
        if value is None:
            continue
        over = y < len(ms) and ms[y].form == "여" and ms[y].tag == "XSN"
        y += over
        if y >= len(ms) or ms[y].tag not in {"NNB", "NNG", "SL", "SW"}:
            continue
        after = ms[y + 1] if y + 1 < len(ms) else None
        z = y + 1 + (after is not None and after.tag == "JKO")  # ("2시간 넘게", "230만TEU를 넘어섬")
        crossed = z < len(ms) and ms[z].form in CROSSING_WORDS
        if ms[y].form in MEASURE_UNITS:
            continue  # (an amount, "3000원을 넘어섬", is compared rounded: see rounded_alike)
        if ms[y].form not in COUNT_COUNTERS or ms[y].tag not in {"NNB", "NNG"}:
            if crossed:  # (a mark crossed is one in any unit; "about" is a count's only: "9시 10분쯤" is no round figure)
                out.append((float(value), ms[y].form, True))
            elif not over:
                out.append((float(value), ms[y].form, False))
            continue
        over = over or after is not None and (after.form in OVER_WORDS | ABOUT_WORDS and after.tag in {"VV", "NNG", "NNB", "XSN"})
        out.append((float(value), ms[y].form, over or crossed))
    return out


CROSSING_WORDS = frozenset({"넘", "넘어서", "돌파", "웃돌", "상회"})  # "230만TEU를 넘어섬", "2만 명을 돌파": a round mark crossed


def number_run(ms, k: int):
    """The value of the number that starts at ``k`` with the numeral units written on ("3백", "1만2천") or, after a
    magnitude word, apart as Korean writes them ("231만 4천", "2만 1,384"), and the index after it."""
    y = k + 1
    while y < len(ms) and ms[y].tag in {"SN", "NR"} and (ms[y].start == ms[y - 1].end or ms[y - 1].tag == "NR"):
        y += 1
    return parse_korean_number("".join(n.form for n in ms[k:y])), y


def about_the_count(about_morphs, exact_morphs) -> bool:
    """Whether one text gives a figure as "over" or "about" so many, or as a round mark crossed ("하루 3백 건 넘게",
    "230만TEU를 넘어섬") and the other the same figure exactly ("모두 312건", "231만 4천TEU"): the same unit or counter, the
    exact figure within :data:`APPROXIMATE_SHARE` of the round one, or for "over" at most twice that share above it."""
    exact = [(v, c) for v, c, over in _count_values(exact_morphs) if not over]
    return any(c == c2 and (v <= v2 <= v * (1 + 2 * APPROXIMATE_SHARE) or abs(v - v2) <= APPROXIMATE_SHARE * v)
               for v, c, over in _count_values(about_morphs) if over and v > 0 for v2, c2 in exact)


def distinctive_figure(figure: tuple[str, str]) -> bool:
    """A figure too particular to recur by chance: three digits or more, a decimal, a magnitude word ("1천명") or
    a measured amount ("65%", "3억원"); "우주인 3명" may be said of several facts of one story."""
    number, counter = figure
    return len(number.replace(".", "")) >= 3 or "." in number or counter in MAGNITUDE_WORDS or measured(figure)


def measured(figure: tuple[str, str]) -> bool:
    """Whether a figure measures an amount (money, a ratio: "2.3%", "5억원") rather than counts something ("1천명")."""
    return figure[1] in MEASURE_UNITS


def headline_figure(morphs, headline: set[tuple[str, str]]) -> float:
    """1 for a sentence that states a distinctive figure its headline states ("AI 인재 1000명 양성" and "…인재 1000명을
    키운다"): the headline's number is the news, and the sentence that gives it belongs in the block; else 0."""
    return float(any(distinctive_figure(f) for f in stated_figures(morphs) & headline))


# A headline states its points in segments and lines: "프로농구 삼성, …역전승…정관장도 승리", "…썩어"..김장 물가
# '비상'", "밤부터 전국 황사 영향권‥모레까지 '대기질 나쁨'" (a broadcaster's two-dot leader), and each sub-headline
# line ("정관장도 KT에 74-73 짜릿한 승리").
_HEADLINE_BREAK = re.compile(r"…|‥|\.{2,}|\n")
_POINT_TAGS = frozenset({"NNG", "NNP", "SL", "SH", "XR"})
_POINT_NUMBERS = frozenset({"SN", "W_SERIAL"})  # "1200", and a score or a range Kiwi reads as one ("74-73")
_TOPIC_TAGS = _POINT_TAGS | _POINT_NUMBERS | PUNCT_TAGS | {"NNB", "NR", "NP", "MM", "XPN", "XSN", "JKG", "SO", "SW"}  # a noun phrase
POINT_SHARE = 0.5  # a headline point is said when the words said carry this share of its words' weight
POINT_WORDS = 2  # a sentence says a point only with at least this many of its words


def headline_points(doc: Document, morphs_of) -> list[set[str]]:
    """The points the headline (title segments, sub-headline lines) states, each as its words (:func:`point_keys`);
    ``morphs_of`` analyses a text. Each segment is analysed on its own, as the body's sentences are: within the whole
    title Kiwi may read a segment's first word otherwise ("…썩어\"..김장 물가" gives "김" + "장", "김장 물가" gives
    "김장"). A segment of fewer than :data:`POINT_WORDS` words ("[속보]") is no point."""
    # (a sub-headline line may repeat the headline with a video page's tail: "… / KBS 2024.07.22." is no point)
    lines = [doc.article.title, *(TITLE_TAIL.sub("", line) for line in doc.article.subtitle.split("\n"))]
    parts = [part.strip() for line in lines for part in _HEADLINE_BREAK.split(line)]
    # (a name Kiwi splits in the headline and reads whole in the body, "박준"+"서" of "박준서", is one word: the body's)
    names = {m.form for sentence in doc.sentences for m in sentence.morphs if m.tag == "NNP" and len(m.form) >= 3}
    morphs_of = functools.partial(_names_glued, morphs_of, names)
    points = []
    for part in filter(None, parts):
        first, comma, rest = part.partition(", ")
        said_before = morphs_of(first.strip()) if comma else ()
        keys_before = point_keys(said_before)
        if comma and not all(m.tag in _TOPIC_TAGS for m in said_before) and len(keys_before) >= POINT_WORDS:
            # "화성 야적장 큰 불, 한때 '대응 2단계'": a point said before the comma, another after it; what stands
            # before a headline's comma is more often its topic, a bare noun phrase ("최민호 세종시장, …")
            points += [keys_before, point_keys(morphs_of(rest.strip()))]
        elif not _place_only(morphs := morphs_of(part)):
            points += _point_facts(morphs)
    return [p for p in points if len(p) >= POINT_WORDS]


def _place_only(morphs) -> bool:
    """Whether a headline segment only names where the story is ("전남 고흥 두원면 신송마을"): names, the last a place's
    (:data:`~pipeline.compress.PLACE_HEADS`: "…마을"), nothing done and no figure. A scene set there says it whatever
    happens in it: it is no point of the news (read blind, "오전 7시, …신송마을 회관에 불이 켜짐" led a block under
    "…주민 절반이 75세 넘은 농촌의 겨울")."""
    return len(morphs) >= 2 and sum(m.tag == "NNP" for m in morphs) >= 2 and morphs[0].tag == "NNP" \
        and all(m.tag in {"NNP", "NNG"} for m in morphs) and (morphs[-1].tag == "NNP" or morphs[-1].form in PLACE_HEADS)


def _names_glued(morphs_of, names: set[str], text: str) -> list[Morph]:
    """``morphs_of(text)`` with a proper noun and the noun written on to it that the body reads as one name (``names``)
    made that one name ("박준"/NNP + "서"/NNG -> "박준서"/NNP)."""
    morphs = list(morphs_of(text))
    out: list[Morph] = []
    for m in morphs:
        if out and out[-1].end == m.start and m.tag in {"NNP", "NNG"} and out[-1].tag == "NNP" \
                and out[-1].form + m.form in names:
            out[-1] = Morph(out[-1].form + m.form, "NNP", out[-1].start, m.end)
        else:
            out.append(m)
    return out


_QUOTED_PART = re.compile(r"[\"“'‘][^\"”'’]+[\"”'’]")


def quoted_headline_points(doc: Document, morphs_of) -> list[set[str]]:
    """The points of :func:`headline_points` that a title segment gives wholly in quotation marks as spoken words, a
    sentence ending and all ("“약봉지가 하늘에서 왔네”…신안군, 섬마을 드론 배송 …"): someone's words, often the scene's,
    not what the story reports (a quoted summary, "“모든 중·고교에 정신건강 전문인력 배치”", is the news)."""
    out = []
    for part in (part.strip() for part in _HEADLINE_BREAK.split(doc.article.title)):
        if _QUOTED_PART.fullmatch(part):
            morphs = [m for m in morphs_of(part) if not m.tag.startswith("S")]
            # (Kiwi may read a spoken ending at the end as a connective: "왔네" -> "오+었+네/EC")
            if len(morphs) > 1 and (morphs[-1].tag == "EF" or morphs[-1].tag == "EC" and is_stem_or_ep(morphs[-2])):
                out += _point_facts(morphs)
    return out


_FACT_ENDINGS = COORDINATING_ENDINGS | {"자"}  # "…150%로 완화하고 | 신혼부부 …이자도 보전": a headline's two facts


def _point_facts(morphs) -> list[set[str]]:
    """The words of each fact a headline segment states: split after a connective ending of two facts of its own
    (:data:`_FACT_ENDINGS`: "소득 기준 중위 150%로 완화하고 신혼부부 전세대출 이자도 최대 2%포인트 보전" is two points,
    each said by its own sentence), when each side has at least :data:`POINT_WORDS` words."""
    for x, m in enumerate(morphs[:-1]):
        if m.tag == "EC" and m.form in _FACT_ENDINGS and x and is_stem_or_ep(morphs[x - 1]) \
                and morphs[x + 1].start > m.end:
            first, rest = point_keys(morphs[: x + 1]), _point_facts(morphs[x + 1 :])
            if len(first) >= POINT_WORDS and rest and all(len(p) >= POINT_WORDS for p in rest):
                return [first, *rest]
    return [point_keys(morphs)]


# A place named with its administrative level ("화성시", "은평구", "충남도") is the place a headline names bare ("화성")
_PLACE_LEVELS = ("시", "군", "구", "도")


def point_keys(morphs, glued: bool = False) -> set[str]:
    """The words a point is made of: nouns, names and numbers, a score whole (a headline says its verbs as nouns: "승리" for
    "이겼다", so verbs are no measure of a point said). A number is its value, as a headline and a body write it alike
    only in value ("1.1조" and "1조 1천억 원", "1,000명" and "1000명"); a place is its name without its level ("화성시"
    -> "화성"). With ``glued`` (a sentence or a bullet, matched against the headline's points), a compound Kiwi split
    is also the whole word: the headline's "보건지소" is the body's "보건" + "지소" (Kiwi reads the same word whole in one
    text and split in another); and a noun in "-의" is also read without it, as a headline's may be ("공보의 떠난" is
    "공보" + "의")."""
    keys = set()
    if glued:
        run = ""
        for x, m in enumerate(morphs):
            if m.tag in {"NNG", "NNP"}:
                run = run + m.form if run and morphs[x - 1].end == m.start and morphs[x - 1].tag in {"NNG", "NNP"} else m.form
                if run != m.form:
                    keys.add(run)
                if len(m.form) >= 3 and m.form.endswith("의"):
                    keys.add(m.form[:-1])  # "공보의가": a headline's "공보의 떠난" is read "공보" + the particle "의"
            else:
                run = ""
    spans = {i: (j, value) for i, j, value in numerals(morphs)} if any(m.tag == "SN" for m in morphs) else {}
    k = 0
    while k < len(morphs):
        m = morphs[k]
        if k in spans and spans[k][1] is not None and m.tag == "SN":
            keys.add(plain_number(spans[k][1]))
            k = spans[k][0]
            continue
        if m.tag in _POINT_NUMBERS:
            keys.add(m.form)
        elif m.tag == "NNP" and len(m.form) >= 3 and m.form.endswith(_PLACE_LEVELS):
            keys.add(m.form[:-1])
        elif m.tag in _POINT_TAGS:
            keys.add(content_key(m))
        k += 1
    return keys


def point_share(point: set[str], words: set[str], weight: dict[str, float]) -> float:
    """How much of a headline point ``words`` say: the weight of its words among them over the weight of all of
    them (``weight``: rarity in the article, so that "정관장" counts more than "승리")."""
    # (math.fsum: a sum exact whatever order the set gives its words in, so that ties and thresholds decide alike
    # in every run; a plain float sum follows the string hashes, which Python seeds anew in each process)
    total = math.fsum(weight.get(k, 1.0) for k in point)
    return math.fsum(weight.get(k, 1.0) for k in point & words) / total if total else 0.0


# A closing assessment: "…계기가 될 것으로 보인다", "…할 전망이다", "…신호가 될 수 있다".
_OUTLOOK_NOUNS = frozenset({"전망", "계기", "신호", "예상", "관측", "분석", "평가", "전환점", "분수령"})
CLOSING_SHARE = 1 / 3  # the closing outlook is looked for in this last share of the article's sentences


def states_outlook(morphs) -> bool:
    """Whether a sentence assesses what comes next (the score counts it only as the writer's own
    assessment, not :func:`reported` speech): an outlook noun ("전망", "계기", "신호") or a
    prospective "-ㄹ 것(으로)" in its predicate (the last few morphemes)."""
    tail = morphs[-12:]
    if any(m.tag == "NNG" and m.form in _OUTLOOK_NOUNS for m in tail):
        return True
    return any(a.tag == "ETM" and a.form in {"ᆯ", "을"} and b.form == "것" for a, b in zip(tail, tail[1:]))


def forecasts(morphs) -> bool:
    """Whether a sentence's own predicate looks ahead: "…할 것으로 보인다", "…될 전망이다", "…로 예상된다"
    (in its last words; an outlook noun elsewhere, "신호음", does not count)."""
    tail = [m for m in morphs if m.tag not in {"SF", "SP", "SE", "SSO", "SSC"}][-7:]
    if any(m.tag == "NNG" and m.form in {"전망", "예상", "관측"} for m in tail):
        return True
    return any(a.tag == "ETM" and a.form in {"ᆯ", "을"} and b.form == "것" for a, b in zip(tail, tail[1:]))


def names_actor_or_number(morphs) -> bool:
    """Whether a sentence names someone or something (a proper noun, a Latin name outside a parenthetical
    gloss such as "인공지능(AI)") or states a number: a lede without either only sets the scene
    ("새해 벽두부터 AI 시장이 요동치고 있다")."""
    depth = 0
    for m in morphs:
        if m.tag == "SSO" and m.form == "(":
            depth += 1
        elif m.tag == "SSC" and m.form == ")":
            depth = max(0, depth - 1)
        elif m.tag in {"NNP", "SN"} or (m.tag == "SL" and not depth):
            return True
    return False


def announces_only(morphs) -> bool:
    """Whether a sentence only says that a result was put out or came ("삼성전자가 올해 3분기 잠정 실적을 발표했습니다",
    "…피의자 4명에 대한 법원의 판단이 조금 전 나왔습니다"): what the result is follows in the next sentence. The
    document or verdict is the last noun before the final verb, which is a release (:data:`RELEASING_NOUNS`) or
    "나오다", with no complement saying what came out ("…결과 30%로 나왔다")."""
    words = [m for m in morphs if m.tag not in {"SF", "SP", "SE"}]
    end = len(words)
    while end and words[end - 1].tag in {"EF", "EP", "EC"}:
        end -= 1
    if end < 3:
        return False
    verb = words[end - 1]
    if verb.tag.startswith("XSV") and end >= 4 and words[end - 2].form in RELEASING_NOUNS and words[end - 3].tag == "JKO":
        noun = words[end - 4]
    elif verb.form == "나오" and verb.tag.startswith("VV"):
        x = end - 2
        while x > 0 and (words[x].tag == "MAG" or words[x].form in {"조금", "전", "방금", "앞서", "오늘", "이날"} or date_part(words, x)):
            x -= 1  # ("…판단이 조금 전 나왔습니다", "…판결이 오늘 오전 나왔습니다": when it came)
        if words[x].tag != "JKS" or x < 1:
            return False
        noun = words[x - 1]
    else:
        return False
    at = words.index(noun)
    while at and words[at - 1].tag in {"NNG", "NNP", "XPN"}:
        at -= 1  # (the whole noun: "조사결과", "연구 결과"; "대법원 판단", Kiwi's "대" a prefix)
    # ("…줄어들었다는 조사결과가 나왔다": a result told in the clause before its noun is the news itself)
    # (not "…피의자 4명에 대한 대법원 판단": "에 대한" says whose case, not what was ruled)
    told = at and words[at - 1].tag == "ETM" and not (at >= 2 and words[at - 2].form in {"대하", "관하"})
    return noun.form in SOURCE_DOCUMENTS | VERDICT_NOUNS and not told


# What a court, a company or a body puts out (besides :data:`pipeline.compress.SOURCE_DOCUMENTS`): "실적을 발표했다",
# "법원의 판단이 나왔다".
VERDICT_NOUNS = frozenset({"실적", "판단", "판결", "결정", "결론", "성적표"})


def reports_an_act(morphs) -> bool:
    """Whether a sentence tells what someone did: a subject, and a final verb of action in the past tense
    ("경찰이 실종 노인을 이틀 만에 구조해 가족에게 돌려보냈다"). Such a first sentence is the lede even
    with no name and no number; a scene is a state ("AI 시장이 요동치고 있다", "…열기가 뜨겁다")."""
    words = [m for m in morphs if m.tag not in {"SF", "SP", "SE", "SO", "SW", "SSO", "SSC"}]
    if len(words) < 3 or words[-1].tag != "EF" or words[-2].tag != "EP" or words[-2].form not in {"었", "았", "였", "ᆻ"}:
        return False
    verb = words[-3]
    also = any(m.tag == "JX" and m.form == "도" and x and words[x - 1].form not in TIME_TOPICS  # ("오늘도": a time)
               and not words[x - 1].tag.startswith("J")  # ("항소심에서도 유죄를 선고받았다": even there, no one else too)
               for x, m in enumerate(words[:-3]))  # "쌀값, 기름값도 올랐다": sums up what follows
    # "…온열질환자가 크게 증가한 것으로 나타났다": a finding of what happened; its subject is inside the "것" clause
    found = verb.form in FINDING_VERBS and len(words) > 5 and words[-4].tag == "JKB" \
        and words[-5].form == "것" and any(m.tag == "JKS" for m in words[:-5])
    # "…실형이 확정됐다", "…용의자가 체포됐다", "…유죄를 선고받았다": a verbal noun's "하다"/"되다"/"받다" acts as a verb does
    done = verb.tag.startswith("VV") and verb.form not in {"있", "없", "되"} \
        or verb.tag == "XSV" and verb.form in {"하", "되", "받"} and words[-4].tag == "NNG" and words[-4].end == verb.start \
        or verb.tag == "VX" and verb.form not in {"있", "없", "보", "싶"} and len(words) > 4 and words[-4].tag == "EC" \
        and words[-5].tag.startswith("VV")  # "…가격이 상승세를 이어갔다": a verb with its auxiliary
    # "…아이들의 목소리는 들리지 않았다", "…문은 열리지 않았다": what was not heard, seen or opened is a state, no one's act
    unfelt = verb.tag == "VX" and verb.form in {"않", "못하"} and len(words) > 4 and words[-4].form == "지" \
        and words[-5].form in UNDERGONE_VERBS
    return done and (has_subject(morphs) or found) and not also and not unfelt


# Verbs of what befalls or is perceived, not what someone does ("들리다", "보이다", "열리다"): passives and perceptions.
UNDERGONE_VERBS = frozenset({"들리", "보이", "느껴지", "열리", "닫히", "잡히", "풀리", "쓰이", "놓이", "팔리", "울리", "켜지", "꺼지"})


def topic_keys(morphs) -> set[str]:
    """Content keys of the noun phrase before the first topic or subject particle outside quotation marks:
    what the sentence is about ("High-Flyer는 …" -> high, flyer)."""
    for k, m in outside_quotes(morphs):
        if k and m.tag in {"JKS", "JX"} and m.form in {"은", "는", "이", "가"}:
            phrase = itertools.takewhile(lambda x: not x.tag.startswith(("V", "E", "J")) or x.tag == "JKG", reversed(morphs[:k]))
            return {key for key in map(content_key, phrase) if key is not None}
    return set()


def side_topic(morphs, known: set[str]) -> bool:
    """Whether a sentence is background about a side entity: its topic is a name (proper noun or Latin
    name) that neither the headline nor the lead sentences mention ("High-Flyer는 … 특허도 소유하고 있다").
    What someone says (a quotation, a speech verb: "교수는 …라고 말했다") is a source, not background."""
    topic = topic_keys(morphs)
    if not topic or topic & known or not any(m.tag in {"NNP", "SL"} and content_key(m) in topic for m in morphs):
        return False
    return not reported(morphs)


_PURPOSE_NOUNS = frozenset({"취지", "목적", "일환"})
_ATTENDING_NOUNS = frozenset({"참석", "배석"})  # a list of who attended ("… 등이 참석했다") is no news of its own
# Nouns that end a statement of the writer's, not a definition: "…나서는 모습이다", "…하는 상황이다", "…라는 평가다".
_STANCE_NOUNS = frozenset({"모습", "상황", "시점", "분위기", "양상", "추세", "상태", "입장", "평가", "분석", "전망", "계획",
                           "예정", "방침", "셈", "때", "중", "것", "수준", "형국", "풍경", "행보", "결과", "탓", "소식", "영향",
                           "모양새"})
_SET_UP_VERBS = frozenset({"마련", "기획", "조성", "설립", "도입", "추진", "만들", "만들어지", "신설", "시행"})


def _law_allows(words) -> bool:
    """Whether a sentence says what a law allows or requires ("도시정비법상 …소집할 수 있다", "현행법상 …해야 한다"): a
    law's "…상" (under it) opens the sentence and its predicate is "…할 수 있다" or "…해야 한다"."""
    opens = any(m.tag == "XSN" and m.form == "상" and x and words[x - 1].tag == "NNG" and words[x - 1].form.endswith("법")
                for x, m in enumerate(words[:4]))
    tail = [(m.form, m.tag) for m in words[-4:]]
    can = tail[-3:-1] == [("수", "NNB"), ("있", "VA")] or tail[-3:-1] == [("수", "NNB"), ("있", "VV")]
    must = len(tail) >= 3 and tail[-3] == ("어야", "EC") and tail[-2][0] == "하"
    return opens and (can or must)


_RUNNING_VERBS = frozenset({"진행", "이어지", "열리", "치르", "치러지", "펼쳐지"})  # "…순으로 진행됐다", "…순으로 이어졌다"


def background(morphs) -> bool:
    """Whether a sentence is background rather than news: what a named thing is ("…연구원 설립에 참여해 설립된
    민간연구소다", "…연구개발비를 지원하는 사업이다": its predicate is a noun defined by a relative clause) or what
    it was set up for ("…재정립하기 위해 마련됐다", "…시급하다는 취지아래 기획됐다"). A definition with a figure
    that is not a date ("…4천억 원 규모의 사업이다") states a fact, and is not counted."""
    words = [m for m in morphs if m.tag not in {"SF", "SP", "SE", "SSO", "SSC", "SO", "SW"}]
    if len(words) < 4:
        return False
    tail = words[-6:]
    # "제59조 제1항": an article of a law is a reference, not a figure the definition states
    figures_stated = stated_figures([m for x, m in enumerate(morphs) if not (m.tag == "SN" and x and morphs[x - 1].form == "제")])
    if words[-2].tag == "VCP" and words[-1].tag == "EF" and not figures_stated:
        head = len(words) - 3
        while head > 0 and words[head].tag == "NNG" and words[head - 1].tag == "NNG":
            head -= 1
        if head > 2 and words[head - 1].tag == "JKG" and words[head - 2].tag in {"NNG", "SL"}:
            head -= 2  # "…끌어올린 AI 반도체의 핵심 부품이다": the noun with what it is part of
            while head > 0 and words[head - 1].tag in {"NNG", "SL"}:
                head -= 1
        if words[head].tag in {"NNG", "SL"} and words[head - 1].tag == "ETM" and words[head - 1].form in {"ᆫ", "은", "는"} \
                and words[-3].form not in _STANCE_NOUNS and not reported(morphs):
            return True  # "…하는 사업이다" (not "…할 예정이다", "…는 모습이다")
    topic = next((x for x, m in enumerate(words[:6]) if x and m.tag == "JX" and m.form in {"은", "는"}
                  and words[x - 1].tag in {"NNG", "NNP"}), None)
    if topic is not None and not stated_figures(morphs) and any(
            words[topic - 1].form.endswith(m.form) and m.tag == "NNG" and words[x + 1].tag == "JKB" and words[x + 1].form in {"으로", "로"}
            and any(w.tag == "ETM" for w in words[max(topic, x - 3) : x])
            for x, m in enumerate(words[topic + 2 : -2], start=topic + 2)):
        return True  # "온열질환은 열로 인해 발생하는 급성질환으로 …", "교육장협의회는 …하는 협의회로, …": a kind of what it
        # names, then more about it
    if _defines_a_term(words):
        return True  # "계기진도 2는 ‘…정도’를 말한다", "선고유예는 …것을 뜻한다": what a term means
    if len(words) >= 3 and words[-1].tag == "EF" and words[-2].form == "불리" and words[-2].tag.startswith("VV") \
            and words[-3].tag == "JKB" and words[-3].form in {"로", "으로"} and not stated_figures(morphs) and not reported(morphs):
        return True  # "구상나무는 …‘한국의 크리스마스트리’로 불린다", "리튬금속전지는 …‘꿈의 배터리’로 불린다": what a thing is called
    if _law_allows(words) and not reported(morphs):
        return True  # "도시정비법상 조합원 10분의 1 이상이 요구하면 해임 총회를 소집할 수 있다": what the law allows anyone
    if any(m.tag == "JX" and m.form in {"란", "이란"} and words[x - 1].tag in {"NNG", "NNP", "SL", "XSN"} for x, m in enumerate(words[1:5], start=1)) \
            and words[-1].tag == "EF" and not any(m.tag == "EP" for m in words[-4:]) and not stated_figures(morphs):
        return True  # "쌀 시장격리란 …초과 공급량을 매입하는 제도로 비축미 정책의 일부다": a term's meaning, whatever it ends on
    if _advice(words) and not stated_figures(morphs) and not reported(morphs) \
            and not any(m.tag in {"NNP", "SL"} for m in words):
        return True  # "…대피하는 것은 오히려 위험하다", "…물을 자주 마셔야 한다": a tip, true of anyone
    listed = sum(m.form == "등" and m.tag == "NNB" or m.tag == "SP" and m.form == "," or m.tag == "JC" for m in morphs) >= 2
    if any(m.form in _ATTENDING_NOUNS and m.tag == "NNG" for m in tail[-4:]) and listed \
            and not any(m.tag == "EP" and m.form == "겠" for m in tail):
        return True  # "미국측에서는 … 대사와 … 차관보 등이 배석했다", "…군의장과 의원 등 150여 명이 참석했다": who attended
    if listed and any(m.form == "순" and m.tag in {"NNG", "NNB"} and words[x + 1].form in {"으로", "로"}
                      and any(w.form in _RUNNING_VERBS for w in words[x + 2 : x + 5])
                      for x, m in enumerate(words[:-2])):
        return True  # "행사는 …영상 시청, 문화공연, …질의응답 순으로 진행됐다": the running order, not what happened there
    purpose = any(m.form in _PURPOSE_NOUNS and m.tag == "NNG" for m in words[-8:]) \
        or any(m.form == "위하" and m.tag.startswith("VV") for m in tail)
    set_up = any(m.form in _SET_UP_VERBS and (m.tag == "NNG" or m.tag.startswith("VV")) for m in tail[-4:]) \
        and any(m.form in {"되", "지"} and m.tag in {"XSV", "VX"} or m.form in {"만들어지"} for m in tail[-4:])
    return purpose and set_up


# What smoke, flames and crowds visibly do on screen: "연기가 솟아오릅니다", "불꽃도 보입니다", "뿜어져 나옵니다".
FOOTAGE_VERBS = frozenset({"보이", "솟아오르", "치솟", "피어오르", "타오르", "뒤덮", "집어삼키", "휩싸이", "뿜"})
_EMITTING = frozenset({"뿜", "흘러", "새어", "쏟아져", "흘러나오"})
# Present-tense verbs a script uses for what is said or judged, not shown: "…이 원인으로 꼽힙니다", "…목소리가 나옵니다".
_NOT_SHOWN = frozenset({"있", "없", "꼽히", "나오", "제기되", "지적되", "분석되", "평가되", "예상되", "전망되", "우려되", "알려지",
                        "전해지", "밝혀지", "필요하", "늘", "줄", "오르", "내리", "이어지", "계속되",
                        # what a thing generally does or undergoes ("…인지능력이 떨어집니다"): an explanation, not footage
                        "떨어지", "높아지", "낮아지", "커지", "작아지", "늘어나", "줄어들", "달라지", "바뀌", "생기", "걸리", "일으키", "막"})


def describes_footage(morphs) -> bool:
    """Whether a broadcast script's sentence tells what the pictures show. It ends politely in the present tense
    ("-ㅂ니다", no "-었-"/"-겠-"), no one is quoted, and either its verb is one of sight ("…불꽃도 보입니다",
    "…연기가 뿜어져 나옵니다", "…하늘을 뒤덮고 있습니다"), or it narrates a scene, its actor brought in with "이/가",
    with nothing a report would carry: no figure, name, day or plan ("곧바로 경광등을 켠 순찰차가 차량을 뒤쫓습니다",
    "조업을 마친 배가 항구로 돌아옵니다").
    What happened is told in the past; what is under way takes "-고 있다" ("산불이 번지고 있습니다")."""
    words = [m for m in morphs if m.tag not in {"SF", "SP", "SE", "SSO", "SSC", "SO", "SW"}]
    if _shows_a_sight(words) or _names_the_picture(words):
        return True
    if len(words) < 3 or words[-1].tag != "EF" or words[-1].form not in {"ᆸ니다", "습니다"} or reported(morphs) \
            or morphs[0].form in QUOTE_FAMILY or morphs[-1].form in QUOTE_FAMILY:
        return False
    x = len(words) - 2
    progressive = words[x].form == "있" and words[x].tag == "VX" and x >= 2 and words[x - 1].form == "고"
    if progressive:
        x -= 2  # "뒤덮고 있습니다"
    elif words[x].form == "있" and words[x].tag == "VX" and x >= 2 and words[x - 1].tag == "EC" and words[x - 1].form in {"어", "아", "여"}:
        x -= 2  # "버스가 가드레일 바깥으로 옆으로 누워 있습니다": a state the pictures show, as a scene's act is
    stem = words[x]
    if not stem.tag.startswith("VV"):
        return False
    if stem.form == "나오" and x >= 4 and words[x - 1].tag == "EC" and words[x - 2].form == "지" \
            and words[x - 4].form in _EMITTING:
        return True  # "뿜어져 나옵니다"
    if stem.form == "보이":  # "불꽃도 보입니다" (seen), not "…한 것으로 보입니다" (it seems)
        return x >= 1 and words[x - 1].tag in {"JKS", "JX"} and words[x - 1].form in {"이", "가", "도"}
    if stem.form in FOOTAGE_VERBS:
        return True
    if any(w.form == "보" and w.tag.startswith("VV") and x + 2 < len(words) and words[x + 1].form in {"시", "으시"}
           and words[x + 2].tag == "EC" and words[x + 2].form in {"면", "으면", "다시피", "듯이"} for x, w in enumerate(words[:4])):
        return True  # "보시면, …남성이 흉기를 들고 …": the viewer is shown the pictures
    # a scene brings its actors in with "이/가" ("순찰차가 …뒤쫓습니다"); a topic with "은/는" is explained
    # ("치매는 크게 …로 나뉩니다"), which is no picture
    subject = next((m for m in words if m.tag == "JKS" or m.tag == "JX" and m.form in {"은", "는", "ᆫ"}), None)
    return subject is not None and subject.tag == "JKS" \
        and not progressive and stem.form not in _NOT_SHOWN and not any(m.tag == "EP" and m.form not in {"시", "으시"} for m in words) \
        and not any(m.tag in {"SN", "NNP", "SL", "NR"} or m.form in TIME_TOPICS or m.form == "앞으로" for m in words) \
        and not any(m.form in MODALITY_WORDS or m.form in {"것", "수"} for m in words[-5:])


def _names_the_picture(words) -> bool:
    """"2천년대 들어 …감소세를 나타내는 그래프입니다", "…부산의 한 폐교의 모습입니다": the script names what is on
    the screen, a picture noun as the whole sentence's predicate, with no topic or subject of its own ("시장은 관망하는
    모습입니다" says how the market stands)."""
    if len(words) < 4 or words[-1].tag != "EF" or words[-1].form not in {"ᆸ니다", "습니다"} or words[-2].tag != "VCP" \
            or words[-3].form not in SHOWN_NOUNS or words[-3].form == "모습" and words[-4].tag == "ETM" \
            or words[-4].tag in {"SN", "NR"}:  # ("…받지 못하는 초등학교, 모두 20곳입니다": a count, no picture)
        return False  # ("…지원책이 먹히지 않는 모습입니다": how things stand; "…한 폐교의 모습입니다" is a picture)
    return not any(m.tag == "JX" and m.form in {"은", "는", "ᆫ"}
                   or m.tag == "JKS" and not any(w.tag == "ETM" for w in words[y + 1 : -3])  # (not "웃음소리가 사라진 …")
                   for y, m in enumerate(words[:-3]))


def _shows_a_sight(words) -> bool:
    """"…놀라는 모습을 확인할 수 있습니다", "…모습도 볼 수 있습니다", "영상에는 …돌아다니는 모습도 담겼습니다": the
    script says what its pictures show (a sight ("모습") one can see, or that a video holds)."""
    for y, m in enumerate(words[:-2]):
        if m.form != "모습" or m.tag != "NNG" or words[y + 1].tag not in {"JKO", "JX", "JKS"}:
            continue
        rest = words[y + 2 :]
        can = next((z for z, w in enumerate(rest[:6]) if w.form == "수" and w.tag == "NNB"), None)
        if rest and rest[0].form in {"확인", "보"} and can is not None \
                and all(w.form in {"있", "것", "거"} or w.tag.startswith(("E", "VCP")) for w in rest[can + 1 :]):
            return True  # (the sentence ends there: "…볼 수 있을 것으로 기대했다" is what someone expects)
        if rest and rest[0].form == "담기" and any(w.form in PICTURE_NOUNS for w in words[:y]):
            return True
    return False


DEFINING_NOUNS = frozenset({"말", "의미", "뜻", "지칭"})  # "…를 말한다" (Kiwi: 말 + 하), "…을 의미한다", "…을 뜻한다"
DEFINING_VERBS = frozenset({"말하", "가리키", "일컫"})
DEFINED_HEADS = frozenset({"것", "정도", "상태", "경우", "현상", "제도", "수준", "단계", "등급", "뜻", "의미", "말"})  # "…를 말한다"


def _defines_a_term(words) -> bool:
    """Whether a sentence says what a term means: its topic is a noun (or a figure of a scale: "1은") near the
    start, and it ends in the present "…을 말한다/의미한다/뜻한다/가리킨다" right after the object. Not "이는 …을
    의미한다": a pronoun's topic reads what came before (an explanation, see :func:`dangling_reason`)."""
    if len(words) < 5 or words[-1].tag != "EF" or any(m.tag == "EP" for m in words[-3:]):
        return False
    if words[-2].tag == "XSV" and words[-3].tag == "NNG" and words[-3].form in DEFINING_NOUNS:
        verb = len(words) - 3
    elif words[-2].tag.startswith("VV") and words[-2].form in DEFINING_VERBS:
        verb = len(words) - 2
    else:
        return False
    if words[verb - 1].tag != "JKO":
        return False
    topic = next((m.form for x, m in enumerate(words[1:5], start=1) if m.tag == "JX" and m.form in {"은", "는", "란", "이란"}
                  and words[x - 1].tag in {"NNG", "NNP", "SN", "SL", "XSN"}), None)
    # "시장은 시민들의 요구를 말한다" says what someone says; "…정도를 말한다" what a term means, and so does whatever a
    # topic in "-(이)란" is said to be ("속보치란 …추정 발표하는 수치를 말한다": "-란" names a term)
    if words[verb].form in {"말", "말하"} and words[verb - 2].form not in DEFINED_HEADS and topic not in {"란", "이란"}:
        return False
    return topic is not None


def _advice(words) -> bool:
    """Whether a sentence ends as advice: an action judged ("…하는 것이 안전하다", "…하는 것은 위험하다") or
    owed ("…마셔야 한다"), with no one named who does it."""
    if len(words) < 3 or words[-1].tag != "EF":
        return False
    if words[-2].tag in {"XSA", "VA"}:  # "안전하다", "좋다": what is judged is the "것" before it
        x = len(words) - 3 if words[-2].tag == "XSA" else len(words) - 2
        while x > 0 and words[x - 1].tag == "MAG":
            x -= 1
        x -= 1  # the particle of the judged clause
        return x > 1 and words[x].tag in {"JKS", "JX"} and words[x - 1].form == "것" and words[x - 2].tag == "ETM"
    return len(words) >= 4 and words[-2].form == "하" and words[-2].tag.startswith(("VV", "VX")) \
        and words[-3].tag == "EC" and words[-3].form in {"어야", "아야", "여야"}


def reported(morphs) -> bool:
    """Whether a sentence reports what someone said or thinks: a quotation, or a final predicate that is a
    verb of saying or judging ("…라고 말했다", "업계에선 …로 전망하고 있다"), not the writer's own
    statement ("…계기가 될 것으로 보인다", "…할 전망이다")."""
    from pipeline.compress import SPEECH_VERBS

    if direct_quotation(morphs):
        return True
    for k in range(len(morphs) - 1, -1, -1):
        m = morphs[k]
        if m.tag.startswith("VV"):
            return m.form in SPEECH_VERBS
        if m.tag == "NNG":  # "전망하고 있다" is said by someone; "전망이다" is the writer's
            return m.form in SPEECH_VERBS and k + 1 < len(morphs) and morphs[k + 1].tag == "XSV"
    return False


LEAD_SENTENCES = 3  # the names in the first this many content sentences (and the headline) are the story's own
ANCHOR_INTRO_SENTENCES = 6  # a broadcast story hands over to its reporter within this many sentences, or has no intro


def anchor_intro(sentences) -> set[int]:
    """The sentences of a broadcast story's intro: what the anchor reads before handing over to the reporter
    ("…기자입니다", "…기자가 취재했습니다"). The newsroom writes it as the story's summary. Empty when no hand-off
    comes within the first :data:`ANCHOR_INTRO_SENTENCES` sentences (print news, or a script without one)."""
    for x, s in enumerate(sentences[: ANCHOR_INTRO_SENTENCES + 1]):
        if _HAND_OFF.search(s.text) or _SIGN_OFF.search(s.text.rstrip(" .")):
            return {t.index for t in sentences[:x]}
    return set()


# Articles with more sentences than this rank by similarity to the article centroid (linear time)
# and build the sentence graph for their best-scored sentences only, so a 2 MB article stays linear.
GRAPH_LIMIT = 300


@dataclass(frozen=True)
class Salience:
    """Scores of the sentences that selection considers."""

    candidates: np.ndarray
    """Sentence indices considered, in article order (all sentences unless the article is very long)."""
    score: np.ndarray
    """Salience of each candidate (higher is better; -inf never chosen)."""
    similarity: np.ndarray
    """Candidate x candidate cosine similarity of content-morpheme bags."""
    bags: tuple[Counter, ...] = ()
    """Content-morpheme bag of every sentence of the article (by sentence index)."""
    parts: dict[str, np.ndarray] | None = None
    """Each signal of the score, by sentence index (before its weight): to explain a ranking."""


def _unit_vectors(bags: list[Counter], idf: dict[str, float]) -> list[dict[str, float]]:
    vectors = []
    for bag in bags:
        vec = {k: (1 + math.log(c)) * idf[k] for k, c in bag.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vectors.append({k: v / norm for k, v in vec.items()})
    return vectors


def _centroid_centrality(bags: list[Counter], idf: dict[str, float]) -> np.ndarray:
    """Each sentence's summed similarity to all others (the graph's weighted degree) in linear time."""
    vectors = _unit_vectors(bags, idf)
    centroid: Counter = Counter()
    for vec in vectors:
        centroid.update(vec)
    return np.array([sum(v * centroid[k] for k, v in vec.items()) - sum(v * v for v in vec.values()) for vec in vectors])


def score_sentences(doc: Document, weights: KiwiEngineConfig, usable: set[int] | None = None) -> Salience:
    """Salience of the article's sentences and their similarity (see :class:`Salience`), with the weights of
    the ``kiwi`` config section.

    Sentences outside ``usable`` (when given: e.g. captions, bylines) are never chosen.
    """
    sentences = doc.sentences
    n = len(sentences)
    bags = [sentence_keys(s) for s in sentences]
    doc_freq = Counter(k for bag in bags for k in bag)
    idf = {k: math.log((n + 1) / (df + 0.5)) + 1.0 for k, df in doc_freq.items()}
    if n <= GRAPH_LIMIT:
        similarity = _similarity_matrix(bags, idf) if idf else np.zeros((n, n))
        centrality = _textrank(similarity) if n > 1 else np.ones(n)
    else:
        similarity = None
        centrality = _centroid_centrality(bags, idf)
    centrality = centrality / (centrality.max() or 1.0)

    guide = Counter(k for k in map(content_key, doc.title_morphs) if k)
    for heading in doc.heading_morphs:
        guide.update(k for k in map(content_key, heading) if k)
    title_overlap = np.zeros(n)
    if guide:
        guide_weight = sum(idf.get(k, 1.0) for k in guide)
        for row, bag in enumerate(bags):
            title_overlap[row] = sum(idf.get(k, 1.0) for k in guide if k in bag) / guide_weight
        title_overlap = title_overlap / (title_overlap.max() or 1.0)

    position = np.array([1.0 / math.sqrt(1 + s.index) for s in sentences])
    # The first sentence after each section heading leads its section.
    section_starts = {h.paragraph for h in doc.article.headings}
    first_in_paragraph: dict[int, int] = {}
    for s in sentences:
        first_in_paragraph.setdefault(s.paragraph, s.index)
    for p in section_starts:
        if p in first_in_paragraph:
            position[first_in_paragraph[p]] = max(position[first_in_paragraph[p]], 0.6)

    penalty = np.array([0.5 * _standalone_penalty(s) for s in sentences])
    facts = np.array([fact_density(s.morphs) for s in sentences])
    in_headline = stated_figures(doc.title_morphs)
    figure = np.array([headline_figure(s.morphs, in_headline) for s in sentences]) if weights.figure_weight else np.zeros(n)
    # The closing paragraph's assessment ("…계기가 될 것으로 보인다") is where Korean news states its outlook.
    closing = n - max(1, round(n * CLOSING_SHARE))
    outlook = np.array([float(s.index >= closing and states_outlook(s.morphs) and not reported(s.morphs)) for s in sentences])
    known = set(guide)
    # the first LEAD_SENTENCES content sentences only: the filter reads no further than it needs to
    lead = (s.index for s in sentences if len(s.text) >= weights.min_sentence_chars and non_content_reason(s) is None)
    for index in itertools.islice(lead, LEAD_SENTENCES):
        known.update(bags[index])
    side = np.array([float(side_topic(s.morphs, known)) for s in sentences]) if weights.side_topic_weight else np.zeros(n)
    told = np.array([float(background(s.morphs)) for s in sentences]) if weights.background_weight else np.zeros(n)
    intro_of = anchor_intro(sentences) if weights.intro_weight else set()
    # (a hook that leans on the pictures or the sentence before, "모두 마약에 취해 있었습니다", gets nothing)
    intro = np.array([float(s.index in intro_of and dangling_reason(s.morphs, s.text) is None) for s in sentences])
    score = (weights.centrality_weight * centrality + weights.title_weight * title_overlap + weights.position_weight * position
             + weights.facts_weight * facts + weights.figure_weight * figure + weights.outlook_weight * outlook
             + weights.intro_weight * intro - weights.side_topic_weight * side - weights.background_weight * told - penalty)
    parts = {"centrality": centrality, "title": title_overlap, "position": position, "facts": facts, "figure": figure,
             "outlook": outlook, "intro": intro, "side_topic": side, "background": told, "penalty": penalty}
    too_short = np.array([len(s.text) < weights.min_sentence_chars for s in sentences])
    score[too_short] = -np.inf
    if usable is not None:
        score[[i for i in range(n) if i not in usable]] = -np.inf
    if similarity is not None:
        return Salience(np.arange(n), score, similarity, tuple(bags), parts)
    pool = np.sort(np.argsort(-score, kind="stable")[:GRAPH_LIMIT])
    pool_bags = [bags[i] for i in pool]
    pool_idf = {k: idf[k] for bag in pool_bags for k in bag}
    return Salience(pool, score[pool], _similarity_matrix(pool_bags, pool_idf), tuple(bags), parts)




def bullet_count(n_sentences: int, minimum: int, maximum: int, sentences_per_bullet: int) -> int:
    """Number of bullets for an article of ``n_sentences`` sentences, within ``minimum..maximum``."""
    wanted = math.ceil(n_sentences / max(1, sentences_per_bullet))
    return max(minimum, min(maximum, wanted, n_sentences)) if n_sentences >= minimum else n_sentences


def mmr_order(score: np.ndarray, similarity: np.ndarray, redundancy: float) -> Iterator[int]:
    """Candidate positions by maximal marginal relevance, best first, computed lazily.

    Each pick costs one pass over the candidates (the running maximum similarity to
    what is already chosen is updated in place), so taking k picks is O(k * n).
    Ties go to the earlier sentence (argmax returns the first maximum): deterministic.
    """
    available = np.isfinite(score)
    penalty = np.zeros(len(score))
    while available.any():
        value = np.where(available, score - redundancy * penalty, -np.inf)
        best = int(np.argmax(value))
        yield best
        available[best] = False
        penalty = np.maximum(penalty, similarity[:, best])



# -- what a bullet may be made of ----------------------------------------------------------------
# Openers that need the previous sentence ("이는", "반면", "정작", "그러다"): JUDGING's self-containment.
DANGLING_ADVERBS = frozenset({"반면", "대신", "정작", "또한", "이에", "이처럼", "그러자", "그러면서", "이어", "그래서", "따라서",
                              "하지만", "그러나", "그런데", "그런데도", "결국", "게다가", "더구나", "오히려", "특히", "역시", "우선", "또",
                              "그만큼", "거꾸로", "이렇듯", "그렇듯", "이렇게", "그렇게"})  # ("그만큼 학교는 교장에 좌우된다": as much as
# what; "이렇게 보충질문 시간까지 포함해 …": like what)
DANGLING_PRONOUNS = frozenset({"이", "그", "이것", "그것", "이들", "그들", "이곳", "그곳", "여기", "거기", "이번"})
_DEMONSTRATIVE_TAGS = frozenset({"MM", "IC"})  # Kiwi reads "이" before a noun it does not know well as an interjection
DEMONSTRATIVE_NOUNS = frozenset({"이번", "해당", "지난번"})  # "이번 연구는", "해당 기업은": which one is said earlier
# Times "이번" names on its own ("이번 주 전국 아파트값은 …"): the week of the story, not something said before.
THIS_TIMES = frozenset({"주", "달", "해", "주말", "주중", "학기", "분기", "시즌", "겨울", "여름", "봄", "가을", "연휴", "회기"})


def this_time(morphs, k: int) -> bool:
    """Whether ``morphs[k]`` is "이번" naming a time on its own ("이번 주", "이번 주말"): the story's own time."""
    return morphs[k].form == "이번" and k + 1 < len(morphs) and morphs[k + 1].form in THIS_TIMES \
        and morphs[k + 1].tag.startswith("NN")
# Nouns that news uses bare as a definite reference to something named before: "논문은 …에 실렸다" (the paper),
# "행사에는 …" (the event). At the head of a sentence, as its topic or subject, they need that earlier naming.
GENERIC_REFERENTS = frozenset({"논문", "연구", "조사", "사업", "대회", "행사", "회의", "사건", "사고", "법안", "개정안",
                               "보고서", "경기", "공사", "협약", "계약", "제품", "서비스", "작품", "영화", "공연", "태풍",
                               "회사", "업체",  # "회사는 “…”고 설명했다": the company the article named before
                               # the key or cause of what the sentence before told ("핵심은 …기술이다", "원인은 …으로 밝혀졌다")
                               "핵심", "골자", "요지", "관건", "쟁점", "원인", "이유", "요인", "사유", "까닭"})
TIME_REFERENCES = frozenset({"이날", "당일", "그날"})  # the day of an event the article told before
_NOT_ONLY = re.compile(r"(?:그|이)?\s?뿐\s?(?:만\s?)?(?:아니라|아니고)")  # "뿐만 아니라 …", "이 뿐 아니라 …": not only what was said before
_DANGLING_STEMS = frozenset({"그러", "이러", "그렇", "이렇"})  # "그러다(가)", "이러한", "그렇지 않다는" analysed as a verb
# Syllables that end in the adnominal "-ㄴ" ("한", "옮긴"): "…발표한지 이틀만", with or without the space before "지".
_FINAL_NIEUN = "".join(chr(0xAC00 + 28 * k + 4) for k in range(19 * 21))
_EXPLANATION_TAIL = re.compile(r"((?:[가-힣]\s|[" + _FINAL_NIEUN + r"]|던)지\s+(?:\S+\s)?\S+?\s*만(이다|입니다|임)?|때문(이다|입니다|이었다|임|이라는)?|[다라자]는 (것|뜻|얘기|의미|포석|계산)(이다|임|입니다)?|[다라자]는 (?:겁니다|거다|거죠|거예요|거지요)|[란]\s?(것|뜻|얘기)(이다|임)?|셈(이다|임)?|[한된인던] 것(이다|임)?|[" + _FINAL_NIEUN + r"] 결과(다|이다|입니다)|[" + _FINAL_NIEUN + r"] 결괍니다|(?:[" + _FINAL_NIEUN + r"]|[다라]는 게) (?:이유|배경)(?:다|이다|입니다|임|였다|였습니다|였는데요|인데요)?|[" + _FINAL_NIEUN + r"] 이윱니다|[" + _FINAL_NIEUN + r"] (?:이유|판단|차원|취지|우려|계산|목적|의도)에서(?:다|입니다)|[" + _FINAL_NIEUN + r"] 이유에섭니다|(?:면서|어서|아서|해서|돼서|와서|워서|려서|니까)(?:다|이다|였다|이었다|입니다|였습니다))[\s.\"'”’]*$")
# A sentence that is a sign-off: the page reader's line-end sign-off (:data:`~pipeline.parse.patterns.SIGN_OFF`,
# "KBS 뉴스 홍길동입니다"), and what only a whole sentence says so.
_SIGN_OFF = re.compile(SIGN_OFF.pattern + r"|(?:기자|특파원|앵커)(?:입니다|였습니다)$|기잡니다$"
                       r"|^[\[<]\s*(?:앵커|앵커\s*멘트|기자|리포트|인터뷰|녹취)\s*[\]>]"
                       # "지금까지 오늘과 내일 날씨 비교였습니다", "지금까지 날씨 전해드렸습니다": the forecaster's sign-off
                       r"|^지금까지\s[^.!?]{0,30}(?:였습니다|이었습니다|전해\s?드렸습니다)\.?$")
# An anchor's framing of the report that follows: "대형 화재가 난 서천시장 얘긴데요", "…에 사는 사람들 이야기입니다".
_STORY_OF = re.compile(r"(?:얘기|이야기|얘긴|이야긴|얘깁|이야깁)\s*(?:인데요|인대요|데요|대요|입니다|니다)\.?$")
# Portal notices, ad placeholders and credits that a page copy carries into the text.
_BOILERPLATE = re.compile(r"본문\s*보기를?\s*권장|요약\s*기술은\s*핵심만\s*전달|전체\s*내용의\s*이해를\s*위해|[(\[<]\s*예시\s*[)\]>]|(?:^|[.\s])(?:사진|자료|그래픽|출처)\s*=\s*\S|/\s*(?=\S*[가-힣A-Za-z])[가-힣A-Za-z0-9]{2,12}(?:\s*제공)?\s*$")
# What a web page's player, share bar or portal says about the page, not news: "동영상 재생", "기사 공유",
# "본문 듣기", "이 기사는 언론사에서 정치 섹션으로 분류했습니다", an "입력 2024.05.01" date line.
# The labels also occur in IT news ("동영상 재생 시간이 늘었다"), so they mark a widget only where the line does
# not end as article prose does (plain "-다"): widgets end politely ("-니다") or not at all.
_PAGE_WIDGET = re.compile(r"(?:동영상|영상|오디오)\s*(?:재생|다시\s*보기)|기사\s*(?:공유|저장|스크랩|원문\s*보기)|본문\s*듣기|글자\s*크기"
                          r"|섹션으로\s*분류")
_DATE_LINE = re.compile(r"^(?:기사\s*)?(?:입력|수정|등록|승인|최종\s*수정|발행)\s*:?\s*\d{4}[./-]\d")
# A lede that only says the story draws attention: "KTX 지연 운행에 눈길이 쏠리고 있다.", "…에 관심이 모아지고 있다."
# "흥미로운 점은 …": a statement that names the point it makes. With "…다는 것이다" it says the point (no explanation of
# something unsaid); with only a pointer noun ("…비교 결과다") it is a teaser for the next sentence's news.
_POINT_OPENER = r"^(?:더\s)?(?:흥미로운|눈에\s?띄는|주목할\s?만한|주목되는|특이한|재미있는|놀라운|눈여겨볼)\s(?:점|것|대목|부분)은\s"
_NAMED_POINT = re.compile(_POINT_OPENER)
_TEASER = re.compile(_POINT_OPENER + r"[^.]{0,40}\s(?:결과|부분|대목|내용|점|사실)(?:다|이다|입니다|였다|이었다)\.?$"
                     # "…늘었는데, 더 큰 문제는 오름폭입니다.": which problem, and not yet what it is
                     r"|(?:^|\s)(?:더\s)?(?:큰|심각한)\s문제는\s\S{1,8}(?:이다|다|입니다|예요|이에요)\.?$")
_ATTENTION_CLICHE = re.compile(r"^\S+(?:\s\S+){0,5}에\s(?:눈길|이목|관심|시선)이\s(?:쏠리고|쏠려|집중되고|모이고|모아지고)\s있다\.?$")
# Broadcast patter rather than a statement of news: "…끝날 때죠.", "…놀랍네요."
# An answer opening with "no" ("아뇨, 아무도 안 왔어요.", in brackets too): a line of dialogue.
_ANSWER_NO = re.compile(r"^[(\[“\"'‘]*\s*(?:아뇨|아니요|아니오)[,.!\s]")
_CHAT_ENDING = frozenset({"죠", "지요", "네요", "군요", "구나", "네"})
# Addressed to the reader ("JTBC에서 직접 확인하세요.", "구독해 주십시오."): a promo or an instruction, not news.
_TO_READER = re.compile(r"(?:세요|십시오|십시요)[.!]?$")
# Bare referents with no name, each with why it dangles: which ones ("두 회사는", "양측은"), people like one told of
# before ("하린양 같은 학생이 늘고 있다", "김씨처럼 …"), when ("당시"), of what ("나머지": "…11명이 다쳤고, 이 가운데 A양은
# …옮겨졌다. | 나머지 학생들은 …": the part it is the rest of is the last clause before, which the bullet of that sentence
# drops first; next to "11명 부상" it misleads).
_BARE_REFERENTS = (
    (re.compile(r"^(?:(?:두|세|네|양|이들|해당)\s*(?:회사|기업|업체|사람|나라|국가|기관|단체|팀|구단|선수|후보|정당|측|곳|사|국)(?:은|는|이|가|도|의)?\s|(?:양측|양사|양국|양당|양팀)(?:은|는|이|가|도|의)?\s)"),
     "opens with a bare referent (두 회사, 양측) named earlier"),
    (re.compile(r"^[가-힣]{1,4}\s?(?:양|군|씨|씨네|할머니|할아버지)\s?(?:같은|처럼|과 같은|와 같은)\s"),
     "opens with a bare referent, people like one said before ('하린양 같은')"),
    (re.compile(r"^당시(?:에는|엔|에|는)?[\s,]"), "opens with a bare referent, '당시': a time told before"),
    (re.compile(r"^나머지(?:\s|는|은|도|가|에게)"), "opens with a bare referent, '나머지': the rest of a part said before"),
    (re.compile(r"(?:게|것이)\s(?:회사|업체|기업|병원|학교|구단|단체|협회|기관|조합|노조|당국)\s?측(?:의)?\s(?:설명|입장|주장|판단|분석|전망)"
                r"(?:이다|이었다|임)?[.”\"]*$"),
     "ends on a bare referent's word ('…라는 게 회사 측 설명이다'): which company, the sentence before says"),
)
# "…채우기 어렵다는 점이 대표적이다": an example of the trouble the sentence before named
_EXAMPLE_OF_UNSAID = re.compile(r"(?:점|것|사례|경우)(?:이|가)\s대표적(?:이다|이었다|임)?[.”\"]*$")
_FINAL_PUNCT = re.compile(r"[.?!。…][\s\"'”’)\]]*$|[다요][\"'”’)\]]*$")
_DATE_STAMP = re.compile(r"^\(?\d{4}[./-]\d{1,2}[./-]\d{1,2}\.?\)?(?:\s|$)")
_INNER_HEADING = re.compile(r"\S\s*[◇◆■□▶▷►]\s*\S")
# Openers that refer to a period, figures or a result told before: "같은 기간", "각각", "그 결과".
# "상승 폭은 …", "오름 폭도 …", "영업이익은 …", "누적 관객 수는 …", "경쟁률은 …" (or a bullet's "매출액, …"): how
# much of what, whose? The sentence just before says.
_BARE_MEASURE = re.compile(r"^(?:다만\s+|또\s+|특히\s+)?(?:(?:상승|오름|하락|내림|증가|감소|인상|인하)\s?폭(?:은|는|도|이|가)?[\s,]"
                           r"|(?:매출|매출액|영업이익|영업손실|순이익|당기순이익|순손실|(?:누적|일일|하루)?\s?관객\s?수|관람객\s?수"
                           r"|점유율|시청률|지지율|득표율|경쟁률|수익률)(?:(?:은|는|도)[\s,]|,\s))")
_SAME_TIMES = r"(?:기간|해|날|달|주|시기|시각|시간)"  # "같은 기간", "같은 날": the time of something told before
_SAME_AS_BEFORE = re.compile(rf"^(같은 {_SAME_TIMES}|각각|그 결과|비슷한|유사한)[\s,]")  # ("비슷한 신고는 …": like which?)
_SAME_TIME_OPENING = re.compile(rf"^같은 {_SAME_TIMES}[\s,]")


def opens_on_same_time(text: str) -> bool:
    """Whether a sentence opens on the time of something told before ("같은 기간 전체 극장 관객 수는 …", "같은 날 …"):
    one of the openers :func:`dangling_reason` reads as a reference to what came before, which only a bullet that gives
    a time can supply."""
    return bool(_SAME_TIME_OPENING.match(text.strip()))
# "B도 같은 달 출간" (not "지난해 같은 기간": the same period a year before, which needs nothing before it)
_SAME_TIME_INSIDE = re.compile("".join(f"(?<!{noun})" for noun in sorted(PERIOD_NOUNS)) + rf"(?<!지난)(?:^|\s)같은 {_SAME_TIMES}(?:에|에는|에도)?\s")
# Openers that place the sentence right after the event told just before: "그 뒤", "이후", "잠시 뒤", "직후".
_JUST_AFTER = re.compile(r"^(그 뒤|그 후|이후(?:로도|에도|로|에)?|이어|(?:잠시|얼마|며칠|몇 시간) (?:뒤|후)(?:에)?|직후|곧이어|그러던 중"
                         r"|\d+여?\s?(?:분|시간)(?:이|가)?\s?(?:지난|뒤|후)(?:에)?)[\s,]")  # "10여분이 지난 오후 6시41분께"
_CREDIT = re.compile(r"ⓒ|©|무단\s*전재|재배포\s*금지|저작권자|(?:사진|자료|그래픽|영상|출처)\s*[=:]|사진\s*제공|제공\s*[\])]\s*$|/\s*(?:" + "|".join(WIRE_SERVICES) + r")\s*$")
# A broadcast sound bite captioned with its speaker: "홍길동 / 한빛시 시장 : 내년에 …" (name, slash, title, colon).
# Or, in brackets, a speaker with no slash: "[목격자 : 쾅 소리 …", "[현장 목격자 : …" (a script's bite as the page shows it).
_SOUND_BITE = re.compile(r"^\s*(?:[\[<(【]\s*(?:인터뷰|녹취|싱크|현장음)\s*[\]>)】]\s*)?[\[(<]?[가-힣A-Za-z·]{2,10}(?:\s[가-힣A-Za-z·]{1,10}){0,2}"
                         r"\s*/\s*[^/:：\n]{1,30}?\s*[:：]\s*\S"
                         # ("[사망 공무원 남편 : …", "[홍길동 한빛마트 라이프&컬처팀 팀장 : …")
                         r"|^\s*\[[가-힣A-Za-z·]{2,10}(?:\s[가-힣A-Za-z0-9·&]{1,12}){0,4}\s*[:：]\s*\S"
                         # ("[홍길동 / 한빛공단 부장] "…"": the speaker's caption closed before the words)
                         r"|^\s*\[[가-힣A-Za-z·]{2,10}\s*/\s*[^\[\]/\n]{1,30}\]\s*[\"“]"
                         # ("( 홍길동 한빛구의원 ) “…”": the speaker's caption in round brackets)
                         r"|^\s*\(\s*[가-힣]{2,4}(?:\s*[/·]?\s*[가-힣A-Za-z0-9·]{1,15}){1,3}\s*\)\s*[\"“]")
# "챗GPT 답변 : 하이퍼클로바는 …", "질문 : …": a label, a spaced colon, then the text it labels (not "2 : 1", a score).
_LABELLED_LINE = re.compile(r"^\s*[가-힣A-Za-z]{1,12}(?:\s[가-힣A-Za-z]{1,12})?\s[:：]\s")
# "표본오차는 95% 신뢰수준에 ±3.1%p, 응답률은 14.1%였다": the method note every survey story ends with.
_SURVEY_METHOD = re.compile(r"표본\s?오차|신뢰\s?수준|응답률은")
_BYLINE_ONLY = re.compile(r"^[\[(]?[^\])]{0,40}(?:기자|특파원|통신원|에디터|리포터)(?:\s*(?:취재|보도|촬영))?\s*[\])]?\s*(?:[\w.+-]+@[\w.-]+)?\s*$|^[\w.+-]+@[\w.-]+\s*$")


# "…이유로 다음 몇 가지가 꼽힌다", "주요 내용은 다음과 같다", "아래와 같다": what it names comes after it.
_ANNOUNCES_A_LIST = re.compile(r"(?:다음|아래)(?:과|와) 같|(?:다음|아래)(?:의)? (?:몇|두|세|네|다섯|\d+) ?(?:가지|개|항목)")


def _first_word_morphs(morphs) -> list:
    words = [m for m in morphs if m.tag not in {"SF", "SP", "SS", "SSO", "SE", "SO", "SW"}]
    return words[:2]


_QUOTE_OPENS_WITH_CONNECTIVE = re.compile(r"[“\"](하지만|그러나|그런데|그래서|그러니|그렇지만|또한|게다가)[\s,]")


# A straight mark right before a quotative ending ("…가겠다'는 각오", "…했다"고 말했다") closes a quotation.
_CLOSES_EARLIER_QUOTE = re.compile(r"[가-힣.!?][\"'](?:는|고|라고|이라고|라며|며|면서|라면서)(?=\s|$)")


def _first_straight_mark_closes(text: str) -> bool:
    """Whether the first straight quotation mark of a sentence is one that closes (:data:`_CLOSES_EARLIER_QUOTE`)
    and its family's marks are odd in number: the quotation opened in the sentence before ("…14년만에 온
    것이다. | 감독으로써 …가겠다'는 각오를 다졌다")."""
    first = min((x for x in (text.find('"'), text.find("'")) if x >= 0), default=-1)
    if first < 0 or text.count(text[first]) % 2 == 0:
        return False
    found = _CLOSES_EARLIER_QUOTE.search(text)
    return found is not None and found.start() + 1 == first


BARE_CONDITIONS = frozenset({"면", "으면", "다면", "ᆫ다면", "는다면", "라면", "이라면"})


def _opens_on_a_bare_condition(morphs) -> bool:
    """Whether a sentence opens with a condition that names nothing ("확실시 된다면 …", "성사되면 …"): no particle,
    number or name before its "-면" in its first two words, so it is a condition on what came before."""
    words = 0
    for x, m in enumerate(morphs):
        if x and morphs[x - 1].end < m.start:
            words += 1
        if words >= 2 or m.tag.startswith(("J", "SN", "NNP", "SL", "SS", "SP", "EF", "ETM")):
            return False
        if m.tag == "EC":
            # ("명절이면 …", "주말이면 …": a noun's condition names when; "사실이라면 …" takes up what was said)
            return m.form in BARE_CONDITIONS and x > 0 and (morphs[x - 1].tag.startswith(("VV", "VA", "XSV", "XSA"))
                                                           or morphs[x - 1].tag == "VCP" and x > 1 and morphs[x - 2].form == "사실")
    return False


FIGURE_TIMES = TIME_TOPICS | {"전년"}  # a time a figure is measured in ("올해는", "전년은")


def _time_topic_figure(morphs) -> bool:
    """Whether the sentence opens on a time as its topic ("올해는", "지난해는") and states a figure with no other subject,
    topic or object: "올해는 8.7%로 전년 대비 0.6%P 증가했다" measures what the sentence before named."""
    words = [m for m in morphs if m.tag not in {"SF", "SP", "SE"}]
    t = next((x for x, m in enumerate(words[:4]) if m.tag == "JX" and m.form in {"은", "는", "ᆫ"}), None)
    if t is None or t == 0 or not all(m.form in FIGURE_TIMES or m.tag in {"SN", "NNB", "MM"} for m in words[:t]) \
            or not any(m.form in FIGURE_TIMES for m in words[:t]):
        return False
    rest = words[t + 1 :]
    return any(m.tag == "SN" for m in rest) \
        and not any(m.tag in {"JKS", "JKO", "JX"} and m.form not in {"도", "만"} for m in rest) \
        and not any(m.tag in {"NNP", "SH", "NP"} or m.tag == "SL" and not (x and rest[x - 1].tag in {"SW", "SN"})  # ("%P")
                    for x, m in enumerate(rest))


# Nouns that rate an amount or a deed ("…두 번째로 큰 규모로,", "역대 최고 수준으로,"): of what, the sentence before said.
RATING_NOUNS = frozenset({"규모", "수준", "금액", "액수", "기록", "수치", "폭"})


def _opens_rating_unsaid(morphs) -> bool:
    """Whether the sentence opens, before its first comma, on a rating of something it never names: a modified rating
    noun with "(으)로," and no subject, topic or object of its own ("올 겨울 FA 시장에서 야수 가운데 두 번째로 큰
    규모로, 옵션 비중이 …": the contract's size, which the sentence before gave)."""
    comma = next((x for x, m in enumerate(morphs) if m.tag == "SP" and m.form == ","), None)
    if comma is None or comma < 3:
        return False
    noun, particle = morphs[comma - 2], morphs[comma - 1]
    return particle.tag == "JKB" and particle.form in {"로", "으로"} and noun.form in RATING_NOUNS and noun.tag == "NNG" \
        and morphs[comma - 3].tag == "ETM" \
        and not any(m.tag in {"JKS", "JKO"} or m.tag == "JX" and m.form in {"은", "는", "ᆫ"} for m in morphs[: comma - 2])


def _closes_a_quotation_from_before(text: str) -> bool:
    """Whether a sentence ends with the closing mark of a quotation it does not open ("…가장 가팔랐습니다.\""): it is the
    last of several sentences quoted, whose speaker (if any) is named elsewhere (:func:`~pipeline.analysis.closes_quotation`,
    at its end)."""
    return text.rstrip(" .").endswith(("”", '"')) and closes_quotation(text) and not text.startswith(('"', "“"))


def _opens_with_why_so(morphs) -> bool:
    """Whether a sentence opens with a clause ending "…것으로," that has no subject or topic of its own ("북미 완성차업체와
    장기 공급계약을 맺은 데 따른 것으로, 발표 직후 주가는 …"): it tells why what the sentence before said is so (read blind,
    "주가, …계약을 맺은 데 따른 것으로, …11% 넘게 뜀" was mangled)."""
    for x in range(1, len(morphs) - 1):
        m = morphs[x]
        if m.tag in {"SSO", "SF", "EF"} or m.tag == "JKS" or m.tag == "JX" and m.form in {"은", "는", "ᆫ"}:
            return False
        if m.tag == "SP":
            return morphs[x - 1].form == "으로" and morphs[x - 1].tag == "JKB" and x >= 2 and morphs[x - 2].form == "것" \
                and morphs[x - 2].tag == "NNB"
    return False


def dangling_reason(morphs, text: str) -> str | None:
    """Why a sentence or bullet cannot be read without what came before it, or None when it can."""
    stripped = text.strip()
    if stripped[:1] in {"”", "’", "」", "』", ")", "]"} or (stripped[:1] in {'"', "'"} and stripped.count(stripped[0]) % 2 == 1) \
            or _first_straight_mark_closes(stripped):
        return "starts inside a quotation"
    if _closes_a_quotation_from_before(stripped):
        return "the end of a quotation opened in an earlier sentence: words said before the speaker is named"
    if OPENS_WITH_PARTICLE.match(stripped):
        return "opens with a particle: the sentence was split after a quotation or bracket (“…”는 …)"
    if _SAME_AS_BEFORE.match(stripped):
        return "opens with a reference to what came before (같은 기간, 각각, 비슷한)"
    if _JUST_AFTER.match(stripped):
        return "opens with a time after the event just before (그 뒤, 잠시 뒤)"
    bare = next((reason for pattern, reason in _BARE_REFERENTS if pattern.search(stripped)), None)
    if bare is not None:
        return bare
    if _topic_points_back_after_setting(morphs):
        return "its topic points back after a setting (…지난 지금, 그 이야기는 …)"
    if _NOT_ONLY.match(stripped):
        return "opens with '뿐만 아니라': besides what was said before"
    if _opens_with_why_so(morphs):
        return "opens with why what was said before is so (…계약을 맺은 데 따른 것으로, …)"
    if _opens_on_a_bare_condition(morphs):
        return "opens with a condition on what was said before (확실시 된다면, 성사되면)"
    if compares_with_unsaid(morphs) and not any(m.tag == "EC" and m.form in CONTRAST_ENDINGS for m in morphs):
        return "compares with what was said before (…돌리는 사람들이 더 많았다: more than whom)"
    # (after a finding's frame, its first words: "검찰 수사 결과 이들은 …")
    head = _first_word_morphs(morphs[after_result_frame(morphs):])
    if len(head) == 2 and head[0].form in {"이", "그"} and (head[1].form in {"외", "밖"} or head[1].form == "와"):
        # "이 외에도", "이 밖에", "이와 함께": adds to what was said before, so it reads only after all of it
        return f"opens with {head[0].form + ' ' + head[1].form!r}: besides what was said before"
    if head:
        first = head[0]
        if first.tag == "NP" and first.form in DANGLING_PRONOUNS:
            return f"opens with the pronoun {first.form!r}"
        if first.tag in _DEMONSTRATIVE_TAGS and first.form in ANAPHORIC_OPENERS and this_setting_clause(morphs) is None \
                and this_disaster(morphs) is None and this_place_setting(morphs) is None:
            # (not a clause that only places a named thing, nor the "this" of a disaster as the cause, nor the scene's
            # place, which the bullet drops: "이 마을을 지나는 군내버스 12번 노선이", "이 불로 …", "이날 이 야구장에서는
            # …협회가 주최한 …이 열렸다")
            if head[1:] and head[1].form in PART_NOUNS and head[1].tag in {"NNG", "NNB"}:
                # "이 가운데 2명은 …", after a topic too ("협의회, 이 가운데 …"): a part of the set the sentence before told
                return f"opens with a bare referent, '{first.form} {head[1].form}': a part of a set told just before"
            return f"opens with the demonstrative {first.form!r}"
        if first.tag in {"MAG", "MAJ"} and first.form in DANGLING_ADVERBS:
            return f"opens with the connective {first.form!r}"
        if first.tag == "NNG" and first.form in DANGLING_ADVERBS and not (head[1:] and head[1].tag.startswith("J")):
            # Kiwi reads an opening "반면" as a noun; without a particle after it ("반면에" aside) it is the connective
            return f"opens with the connective {first.form!r}"
        if first.tag.startswith(("VV", "VA", "XR")) and first.form in _DANGLING_STEMS:  # "이러한": XR "이러" + "하"
            return f"opens with {first.form!r}, which refers back"
        if first.tag == "VV" and first.form == "나아가" and head[1:] and head[1].tag == "EC":  # "나아가 …": further to what?
            return f"opens with the connective {first.form!r}"
        if len(head) == 2 and conversely(morphs, next(x for x, m in enumerate(morphs) if m is first)) is not None:
            return "opens with the connective '반대로': the opposite of what was said before"
        if first.tag == "NNG" and first.form in DEMONSTRATIVE_NOUNS and not this_time(head, 0):  # Kiwi tags "이번", "해당" as nouns
            return f"opens with the demonstrative {first.form!r} (this X: X is named earlier)"
        referent = _bare_referent(morphs)
        if referent is not None:
            return f"opens with the bare noun {referent!r} as a demonstrative would (the X named earlier)"
        if opens_with_a_share(morphs, next(x for x, m in enumerate(morphs) if m is first)):
            # "대부분 준공된 지 20년이 넘은 단지로, …", "대부분은 20대였다": most of the ones named before ("대부분의 …"
            # names its own)
            return "opens with a share of a set (대부분, 대다수): most of what the sentence before named"

    if _BARE_MEASURE.match(stripped):
        return "opens with a bare measure (상승 폭, 오름 폭) of what the sentence just before names"
    if _opens_rating_unsaid(morphs):
        return "opens rating what it does not name (…두 번째로 큰 규모로,: the size of what the sentence before gave)"
    if _time_topic_figure(morphs):
        return "a figure of a time with no subject (올해는 8.7%로 …증가: a figure of what the sentence before names)"
    if _opens_explaining_what_came_before(morphs):
        return "opens with '…한 건데,' and no subject: it explains what the sentence before told"
    if _QUOTE_OPENS_WITH_CONNECTIVE.search(stripped):
        return "a quotation opens with a connective (“하지만 …”): it answers something unsaid"
    if explains_unsaid(morphs, stripped):
        return "explains something unsaid (ends in 때문/것/뜻, …한 결과다, or …한 지 N 만)"
    if any(m.form in _DANGLING_STEMS and m.tag.startswith(("VV", "VA")) or m.form == "마찬가지" and m.tag == "NNG"
           or m.form in {"그것", "이것", "그", "그녀", "그들"} and m.tag == "NP" and x + 1 < len(morphs) and morphs[x + 1].tag == "VCP"
           for x, m in enumerate(morphs[-5:], start=max(0, len(morphs) - 5))) or _final_stem_refers_back(morphs):
        return "its predicate refers back (그렇다, 그랬다, …도 마찬가지다, …가 그것이다, …팔던 그였다)"
    if _says_what_came_before(morphs) and not _acts_then_says_so(morphs):
        return "reports words said before it (이같이 밝혔다, 이렇게 말했다)"
    if _says_what_came_before(morphs, _DECIDING):
        return "decides what the sentences before it told (…회의를 열고 이같이 의결했다)"
    if _speaker_missing(morphs):
        return "reports what was said without its speaker (…책임을 묻겠다고 말하기도 했습니다)"
    if _compares_with_what_came_before(morphs):
        return "compares with what was said before (…도 같다, 비슷하다: like what?)"
    if _EXAMPLE_OF_UNSAID.search(stripped):
        return "gives an example of what the sentence before told (…어렵다는 점이 대표적이다: an example of what?)"
    if _follows_the_one_before(morphs):
        return "ranks after what the sentence just before names (…등이 뒤를 이었다: after what?)"
    if _takes_part_unsaid(morphs):
        return "takes part in what the sentence before named (…선수 41명이 참가했고: in what?)"
    if any(m.form in {"이", "그"} and m.tag == "NP" and x + 1 < len(morphs) and (morphs[x + 1].form, morphs[x + 1].tag) == ("보다", "JKB")
           and morphs[x + 1].start == m.end for x, m in outside_quotes(morphs)):
        return "compares with what was said before (수입은 이보다 조금 적어: than what?)"
    if any(m.form in {"이렇", "저렇"} and m.tag.startswith("VA") and x + 2 < len(morphs) and morphs[x + 1].form == "게"
           and morphs[x + 2].tag.startswith(("XR", "VA")) for x, m in outside_quotes(morphs)):
        # ("이렇게 모은 성금": how it was gathered, told before, reads on)
        return "points at what the picture shows (이렇게 질퍽거리는, 이렇게 많은)"
    if any(m.form in {"이", "저"} and m.tag == "MM" and x + 1 < len(morphs) and morphs[x + 1].form in PICTURE_NOUNS
           and morphs[x + 1].tag == "NNG" for x, m in outside_quotes(morphs)):
        return "points at what the picture shows (이 사진, 이 영상, 이 장면)"
    if _at_that_place(morphs):
        return "demonstrative place: 'this occasion' (이 자리에서) is named just before"
    if _here(morphs):
        return "demonstrative place: 'here' (이곳) is where the reporter stands or a place named before"
    if _this_one(morphs):
        return "the pronoun '이를'/'이에' stands for what the sentence before told"
    if _ANNOUNCES_A_LIST.search(stripped):
        return "announces a list that follows (다음과 같다, 다음 몇 가지)"
    if _each_of_unsaid(morphs):
        return "'각각' deals figures out to things named just before (내수 판매가 각각 11.2%, 13.3% 줄었다: whose?)"
    return None


def _each_of_unsaid(morphs) -> bool:
    """Whether "각각" gives two or more figures with nothing listed or counted before it to deal them to (the marks
    of :data:`~pipeline.compress.PLURAL_MARKS` but a date, "및", a dot, or a comma between nouns): "한빛차와 가람차의 판매가
    각각 …" lists them; "판매가 각각 11.2%, 13.3% 줄었다" does not."""
    x = next((x for x, m in outside_quotes(morphs) if m.form == "각각" and m.tag == "MAG"), None)
    if x is None or sum(m.tag == "SN" for m in morphs[x + 1 :]) < 2:
        return False
    return not any(m.tag in PLURAL_MARKS and not date_part(morphs, y) or m.form in {"및", "·", "ㆍ", "와", "과"}
                   or m.tag == "SP" and y and morphs[y - 1].tag.startswith("NN") for y, m in enumerate(morphs[:x]))


PICTURE_NOUNS = frozenset({"사진", "영상", "동영상", "장면", "화면", "CCTV", "블랙박스"})  # what a report shows
# what a script's sentence can name as on screen, the place shown among it ("…단속 카메라가 있는 곳입니다")
SHOWN_NOUNS = PICTURE_NOUNS | {"모습", "그래프", "도표", "지도", "자료화면", "곳", "현장"}


def _final_stem_refers_back(morphs) -> bool:
    """Whether the sentence's final predicate is "그렇다"/"이렇다" however many endings and auxiliaries follow it
    ("…분위기는 그렇지 않았습니다", "…도 그렇지 않았던 것으로 보입니다" aside: only endings, "-지 않다" and
    "-았-" may follow): the sentence says its subject is like something told before it."""
    x = len(morphs) - 1
    while x >= 0 and (morphs[x].tag in {"SF", "EF", "EP", "ETN"} or morphs[x].tag == "VX" and morphs[x].form in {"않", "아니하"}
                      or morphs[x].tag == "EC" and morphs[x].form == "지" and x + 1 < len(morphs) and morphs[x + 1].tag == "VX"):
        x -= 1
    return x >= 0 and morphs[x].form in {"그렇", "이렇"} and morphs[x].tag.startswith("VA")


# Verbs of saying (those compression knows, and confessions: "털어놓다" is 털 + 어 + 놓).
_SAYING = SPEAKING | STANCE_NOUNS | ANNOUNCING_NOUNS | {"덧붙이", "털어놓", "털", "토로", "고백", "요청"}


SETTING_WORDS = 8  # longest opening setting ("7년이 지난 지금,") before a topic, in morphemes


def _topic_points_back_after_setting(morphs) -> bool:
    """Whether a topic that opens on "이"/"그" + a noun follows an opening setting and its comma ("7년이 지난 지금, 그
    이야기는 …"): "that story" is the one the sentences before told."""
    comma = next((x for x, m in enumerate(morphs[:SETTING_WORDS]) if m.tag == "SP" and m.form == ","), None)
    if comma is None or comma + 3 >= len(morphs) or any(m.tag in {"JKS", "JX"} and m.form != "이" for m in morphs[:comma]):
        return False
    det, noun, particle = morphs[comma + 1 : comma + 4]
    return det.tag == "MM" and det.form in {"이", "그"} and noun.tag == "NNG" and noun.form not in {"가운데", "중", "밖", "외"} \
        and particle.tag == "JX" and particle.form in {"은", "는"}


_DECIDING = frozenset({"의결", "결정", "합의", "확정", "정하"})  # "…회의를 열고 이같이 의결했다": the decision told before


_LIKENESS = frozenset({("같", "VA"), ("비슷", "XR"), ("동일", "XR"), ("유사", "XR"), ("다르", "VA")})
_PARTNER_PARTICLES = frozenset({"와", "과", "처럼", "랑", "이랑", "하고", "보다"})


def _compares_with_what_came_before(morphs) -> bool:
    """Whether the sentence ends saying its subject is like or unlike something it does not name ("…라는 큰 틀도
    같다", "방식도 비슷하다"): no partner ("…와 같다") and no "서로" (each other: the subject names both)."""
    words = list(outside_quotes(morphs))
    tail = [(k, m) for k, m in words[-6:] if m.tag not in PUNCT_TAGS]
    if not tail or tail[-1][1].tag != "EF" or len(words) < len(morphs) and words[-1][0] < len(morphs) - 2:
        return False  # no statement of its own, or it ends in a quotation
    likeness = [k for k, m in tail[-4:] if (m.form, m.tag) in _LIKENESS]
    if not likeness or likeness[0] and morphs[likeness[0] - 1].tag == "NNB":  # "…한 것 같다": it seems, no likeness
        return False
    return not any(m.tag.startswith("J") and m.form in _PARTNER_PARTICLES or m.form == "서로" for _, m in words)


def _follows_the_one_before(morphs) -> bool:
    """Whether the sentence's own act is to come after something it does not name ("교통 6,210억원 등이 뒤를 이었다": a
    ranking's next items, after the first the sentence before gave); "A가 1위를 차지했고 B가 뒤를 이었다" names it."""
    for x, m in outside_quotes(morphs):
        if (m.form, m.tag) == ("뒤", "NNG") and x + 2 < len(morphs) and morphs[x + 1].tag == "JKO" \
                and morphs[x + 2].form == "잇" and morphs[x + 2].tag.startswith("VV"):
            # (a clause before it, "…1위를 차지했고", names what it comes after)
            return not any(e.tag == "EC" and is_stem_or_ep(morphs[y - 1])
                           for y, e in enumerate(morphs[:x]) if y)
    return False


TAKING_PART = frozenset({"참가", "참석", "참여"})  # taking part: in what, the sentence says or the one before it told


def _takes_part_unsaid(morphs) -> bool:
    """Whether the sentence's own act is to take part in something it does not name ("…선수 41명이 참가했고, …":
    in what? the tryout the sentence before told): the verb of taking part with no "…에/에서" of its own in its
    clause. A relative clause before it ("…구단에서 방출된 선수 41명이") names no occasion; "대회에는 …41명이 참가했다",
    "행사에 참가한 선수들은 …" and "참여 기업" do."""
    for x, m in outside_quotes(morphs):
        if m.form not in TAKING_PART or m.tag != "NNG":
            continue
        after = morphs[x + 1] if x + 1 < len(morphs) else None
        if after is not None and not (after.tag == "XSV" and x + 2 < len(morphs) and morphs[x + 2].tag in {"EP", "EC", "EF"}
                                      or after.tag in {"SF", "SP"}):
            continue  # (a noun of a compound, "참여 기업", or a relative clause, "참가한 선수들")
        for y in range(x - 1, -1, -1):
            n = morphs[y]
            if n.tag == "JKB" and n.form in {"에", "에서", "에게"}:
                break  # ("대회에는 …", "현장에서 …": the occasion is named)
            if n.tag in {"ETM", "EC"} or n.tag == "SP":
                return True
        else:
            return True
    return False


def _here(morphs) -> bool:
    """Whether "이곳" ("here") points outside the sentence: no name comes before it, nor a place acted on right before
    ("지지자들은 이곳에서 목소리를 높였습니다", "…도착했다는 소식에 이곳에 모인 시민들"); "한빛시는 옛 부지를 사들여
    이곳에 공원을 짓는다" names it."""
    for x, m in outside_quotes(morphs):
        if here := here_words(morphs, x):  # ("…갖춘 기관도 이곳을 포함해 세 곳뿐": Kiwi's "이" + "곳")
            # (a place acted on right before it is the place: "…부지를 사들여 | 이곳에")
            acted_on = x >= 2 and morphs[x - 1].tag == "EC" and any(w.tag == "JKO" for w in morphs[max(0, x - 6) : x - 1])
            after = x + here
            named_after = after < len(morphs) and morphs[after].tag == "NNP" and morphs[after].start > morphs[after - 1].end  # "이곳 서울대병원은"
            if after + 1 < len(morphs) and morphs[after].tag == "JKO" and morphs[after + 1].form == "포함":
                return False  # "…기관도 이곳을 포함해 세 곳뿐": compression drops the place from the count
            return not acted_on and not named_after and not any(w.tag in {"NNP", "SL"} for w in morphs[:x])
    return False


def _this_one(morphs) -> bool:
    """Whether "이를" ("this", an object) or "이에 대해" stands for something outside the sentence: no clause of the
    sentence comes before it ("지도부는 …반발에도 이를 즉각 수용했다", "경찰은 이를 토대로 …"); "…방안을 마련하고
    이를 시행한다" names it. (An opening "이를", "이에" is read with the other openers.)"""
    for x, m in outside_quotes(morphs):
        if x and m.form == "이" and m.tag == "NP" and x + 1 < len(morphs) and morphs[x + 1].start == m.end \
                and (morphs[x + 1].tag == "JKO" or morphs[x + 1].form == "에" and x + 2 < len(morphs) and morphs[x + 2].form == "대하"):
            if morphs[x + 1].tag != "JKO" and any(w.tag == "JKO" for _, w in outside_quotes(morphs[x + 4 :])):
                # "공정위는 이에 대해 과징금 116억 원을 부과하기로 했다": an act with an object of its own says what was done
                # (the link goes in the bullet); "정부는 이에 대해 검토하겠다고 밝혔다" would weigh nothing named
                return False
            return not any(w.tag in {"EC", "ETM", "ETN", "SSC"} or w.form in CLOSING_QUOTES for w in morphs[:x])
    return False


def _at_that_place(morphs) -> bool:
    """Whether the sentence's topic is followed by "이 자리에서" ("넥슨은 이 자리에서 …"): the occasion is in the
    sentence before. One that names the occasion itself first ("…회의를 열고 이 자리에서") reads alone."""
    words = _word_morphs(morphs)
    for x in range(min(len(words) - 2, 4)):
        if words[x].form == "이" and words[x].tag in _DEMONSTRATIVE_TAGS and words[x + 1].form in {"자리", "곳"} \
                and words[x + 2].tag == "JKB":
            return not any(m.tag == "EC" for m in words[:x])
    return False


_REPORTING_LINKS = REPORTED_ENDINGS | {"자고", "냐고", "다면서", "라면서", "면서"}  # and "…하겠다면서 …다짐했다"
_SPEAKER_TAGS = frozenset({"JKS", "NNP", "SL", "SH"})  # (a pronoun speaker comes with its particle: "그는")


def _speaker_missing(morphs) -> bool:
    """Whether a sentence reports what was said ("…묻겠다고 말했다", "…싸우겠다면서 …될 거라고 다짐했다") with no
    subject, topic or name anywhere outside quotation marks: the speaker is in the sentences before it."""
    x = len(morphs) - 1
    while x >= 0 and (morphs[x].tag in {"SF", "EF", "EP", "ETN"} or morphs[x].tag.startswith("VX")
                      or morphs[x].tag == "EC" and morphs[x].form in {"어", "아", "여", "기", "지"}
                      or morphs[x].form in {"기", "도"} and morphs[x].tag in {"ETN", "JX"}):
        x -= 1  # "말하기도 했습니다": the verb of saying under its auxiliaries
    if x > 0 and morphs[x].tag.startswith("XSV"):
        x -= 1  # "다짐했습니다": the noun of saying
    if x < 1 or morphs[x].form not in _SAYING and morphs[x].form != "다짐":
        return False
    words = [m for _, m in outside_quotes(morphs, 0, x)]
    if not any(m.tag == "EC" and m.form in _REPORTING_LINKS or m.tag == "JKQ" for m in words):
        return False
    return not any(m.tag in _SPEAKER_TAGS or m.tag == "JX" and m.form in {"은", "는", "ᆫ", "도"}
                   or m.tag == "SP" and y > 0 and words[y - 1].tag in {"NNG", "XSN", "NNB"}  # a bullet's "농민들, …"
                   and not any(w.tag.startswith("E") and w.tag != "ETM" for w in words[:y])  # ("…에서 일하는 전담사들, …")
                   for y, m in enumerate(words))


def _quotative(after) -> bool:
    """Whether the morphemes after a closing quotation mark mark it as words said ("”며", "”라고", "…상황”이라며"), not
    a title's end ("‘모바일 코리아’ 개막식에서")."""
    if after and after[0].tag == "VCP" and after[0].form == "이":
        after = after[1:]  # "”이라며": Kiwi's copula + ending
    return bool(after) and (after[0].tag == "JKQ" or after[0].tag == "EC" and after[0].form in QUOTATIVE_PARTICLES | BACKING_LINKS)


def _says_what_came_before(morphs, verbs: frozenset = _SAYING, last: bool = False) -> bool:
    """Whether the sentence's verb of saying (one of ``verbs``) takes "이같이"/"이렇게"/"이와 같이" as what was said:
    the words are in the sentences before it ("…기자들과 만나 이같이 밝혔다"). With ``last`` the verb right after
    them ends the sentence ("…결과보고회를 열고 이같이 분석했다"), nothing else follows."""
    start = max(0, len(morphs) - 8)
    before = morphs[max(0, start - 3) : start]  # what precedes the tail: a quotation closing there gives the words
    tail = [m for m in morphs[start:] if m.tag not in {"SF", "EF", "EP", "SP", "SE"}]
    for x in range(len(tail) - 1):
        here = tail[x].form, tail[x].tag
        pointing = here in {("이렇", "VA-I"), ("그렇", "VA-I"), ("이렇", "VA"), ("그렇", "VA"), ("이같이", "MAG"), ("그같이", "MAG"),
                            ("이렇게", "MAG"), ("그렇게", "MAG")} \
            or tail[x].tag in {"NP", "MM"} and tail[x].form in {"이", "그"} and x + 1 < len(tail) and tail[x + 1].form in {"같이", "와", "과"}
        if last and pointing and tail[x].tag in {"NP", "MM"}:
            x += 1 + (tail[x + 1].form in {"와", "과"} and x + 2 < len(tail) and tail[x + 2].form == "같이")  # "이 같이", "이와 같이"
        if last and pointing:
            rest = tail[x + 1 :]
            return bool(rest) and all(m.tag in {"NNG", "XSV", "VV"} for m in rest) and any(m.form in verbs for m in rest)
        if pointing and any(m.form in verbs for m in tail[x + 1 :]):
            # "…터뜨렸다”며 이같이 말했다": the words said close right before, and the bullet keeps them; a title in
            # quotation marks earlier ("‘…기자회견’을 열고 이같이 밝혔다") is no words said
            near = (list(before) + tail[:x])[-4:]
            return not any(m.tag == "SSC" and m.form in CLOSING_QUOTES and _quotative(near[y + 1 : y + 3]) for y, m in enumerate(near))
    return False



def _acts_then_says_so(morphs) -> bool:
    """Whether the sentence tells an act of its own before it says the words were said so ("…징역 15년을 선고하며 이같이
    밝혔다": the bullet keeps the act, see :func:`~pipeline.compress.act_before_saying_so`)."""
    j = len(morphs)
    while j and morphs[j - 1].tag in PUNCT_TAGS:
        j -= 1
    return act_before_saying_so(list(morphs), 0, j) < j


GOING_ON_WORDS = frozenset({"이어지", "잇따르", "계속되", "번지", "속출"})  # the predicate of a transition: more of the same
TRANSITION_WORDS = 12  # the most morphemes (punctuation aside) a transition line has


def transition_line(morphs) -> bool:
    """Whether a sentence only leads into the next ones ("한파 피해는 다른 곳에서도 이어졌습니다"): short, no name, number
    or date of its own, told of other places ("다른 …도") with a verb of going on, or a "not only" (:func:`_not_only`:
    "상인들은 손을 놓고 있지만은 않다"; read blind, "no content; points to countermeasures it never states"); the sentences
    after it tell what it sums up. (Not "…곳곳에서 잇따랐다" alone: that may be the news told plainly.)"""
    words = [m for m in morphs if not m.tag.startswith("S")]
    if any(m.tag in {"NNP", "SN", "SL"} for m in morphs):
        return False
    if len(words) <= 2 * TRANSITION_WORDS and _not_only(words):
        return True  # "상인들은 손을 놓고 있지만은 않다": the sentences after it tell what they do
    if len(words) > TRANSITION_WORDS:
        return False
    other = any(m.form == "다른" and m.tag == "MM" for m in words) and any(m.form == "도" and m.tag == "JX" for m in words)
    # (its last predicate: a verb, or the verbal noun of "속출하다", which Kiwi splits off its "하")
    last = next((m for m in reversed(words) if m.tag == "VV" or m.tag == "NNG" and m.form in GOING_ON_WORDS), None)
    return other and last is not None and last.form in GOING_ON_WORDS


def _not_only(words) -> bool:
    """Whether a sentence ends on "not only" ("…있지만은 않다", "…있는 것만은 아니다"): it promises what comes next."""
    tail = [m.form for m in words[-4:]]
    return tail[-1:] == ["다"] and (tail[-4:-1] == ["만", "은", "않"] or tail[-4:-1] == ["만", "은", "아니"]) \
        or len(words) >= 5 and [m.form for m in words[-5:-2]] == ["만", "은", "않"] and words[-2].tag == "EP"


def _speaks_without_words(morphs) -> bool:
    """Whether the sentence ends on "말하다" with nothing said in its last clause: no quotation, no reported clause
    ("…다고"), no object ("…를 말했다"); "…를 보며 기쁜 목소리로 말했다" gives only how the words were said."""
    words = [m for m in morphs if m.tag not in {"SF", "EF", "EP"}]
    if words and words[-1].form == "하" and words[-1].tag == "XSV" and len(words) > 1 and words[-2].form == "말" \
            and words[-2].end == words[-1].start:
        words = words[:-1]  # Kiwi's "말" + "하"
    elif not words or words[-1].form != "말하" or not words[-1].tag.startswith("VV"):
        return False
    last = len(words) - 1
    if any(m.tag == "JKQ" or m.tag in {"SSO", "SSC"} and m.form in CLOSING_QUOTES | {"“", "‘"}
           or m.tag == "EC" and (m.form in {"다고", "라고", "다며", "라며"} or m.form in {"며", "고"} and x and words[x - 1].tag in {"EF", "SSC"})
           for x, m in enumerate(words)):
        return False  # words said somewhere in the sentence ("“좋다”며 웃으며 말했다")
    start = next((x + 1 for x in range(last - 1, -1, -1) if words[x].tag in {"EC", "SP"}), 0)
    return not any(m.tag == "JKO" or m.tag == "EC" and m.form in {"다고", "라고"} for m in words[start:last])


def explains_unsaid(morphs, text: str) -> bool:
    """Whether a sentence ends in an explanation of something told before it ("…기 때문이다", "…위한 것이다",
    "…라는 뜻이다", "…이르렀다는 판단에서다"), unless it opens by naming its point ("이유는 …")."""
    text = text.strip()
    return bool(_EXPLANATION_TAIL.search(text) or _ends_in_explaining_geot(morphs)) and not _NAMED_POINT.match(text)


def _ends_in_explaining_geot(morphs) -> bool:
    """Whether a sentence ends "-ㄴ/은/는/던 것(이다)" ("연구팀이 밝힌 것", "…나선 것이다"): it explains something
    told before. "-ㄹ 것" ("내년 출시할 것") is an intention and stands alone."""
    words = _word_morphs(morphs)
    while words and (words[-1].tag == "EF" or words[-1].tag == "VCP"):
        words = words[:-1]
    return len(words) >= 2 and words[-1].form == "것" and words[-2].tag == "ETM" and words[-2].form in {"ᆫ", "은", "는", "던"}


def bullet_dangling_reason(morphs, text: str) -> str | None:
    """:func:`dangling_reason` of a bullet as written. A bullet that still opens with "이날" (compression
    drops it where it can) names the day of an event told before."""
    reason = dangling_reason(morphs, text)
    head = _first_word_morphs(morphs)
    if reason is None and _demonstrative_subject(morphs):
        # compression kept the main clause of "…일으키자 해당 채널은 …": its subject points back
        return "its subject is a demonstrative ('해당 채널은', '이 회사는'): which one is said earlier"
    if reason is None and head and head[0].tag == "NNG" and head[0].form in TIME_REFERENCES:
        return f"opens with the time reference {head[0].form!r} (the day of an event told earlier)"
    if reason is None and _also_subject(morphs):
        # compression writes "애플도 …" as "애플, …"; a bullet that keeps "도" says "too" of nothing in it
        return "its subject takes '도' (also): the one that did it first is in an earlier sentence"
    words = _word_morphs(morphs)
    if reason is None and len(words) >= 2 and words[-1].tag == "EC" and words[-2].form == "위하" and words[-2].tag == "VV":
        # "…를 지키기 위해(서)": a purpose whose action was cut away; what was done for it is not said
        return "ends in a purpose clause ('~위해'): what was done for it is not said"
    same = _SAME_TIME_INSIDE.search(text) if reason is None and morphs else None
    base = morphs[0].start if morphs else 0
    if same is not None and not quoted_at(text, same.start()) \
            and not any(date_part(morphs, x) for x, m in enumerate(morphs) if m.start - base < same.start()):
        # "…《백조 세탁소》도 같은 달 출간": the same month as what? No date before it in the bullet says
        return "a time reference to an earlier date (같은 달, 같은 날) the bullet does not give"
    after = after_topic_comma(morphs)
    if reason is None and after is not None:
        # "경찰, 당시 현장에 …", "시, 이후 …": what follows the headline's topic comma opens the sentence proper
        # Only a time or result told before ("당시", "이후", "그 결과", "같은 기간"): a demonstrative there ("연구팀,
        # 이 물질로") mostly points into the topic itself, and deferring those cost the block salient facts
        inner = dangling_reason(morphs[after:], text[morphs[after].start - morphs[0].start :])
        # (and a manner told before: "경찰, 이렇게 돌려받은 돈이 …" points at a scheme the sentence before told, not the topic)
        if inner is not None and ("reference to what came before" in inner or "time after" in inner or "bare referent" in inner
                                  or inner.startswith(("opens with '이렇'", "opens with '그렇'"))):
            return f"after its topic: {inner}"
    return reason


TOPIC_MAX_WORDS = 4  # words at most before a headline's topic comma ("김철수 한빛시장, …")


def after_topic_comma(morphs, max_words: int | None = TOPIC_MAX_WORDS) -> int | None:
    """The index of the first morpheme after a headline topic comma ("한빛시, 예산 늘려" -> 예산), or None; with
    ``max_words`` None, a noun phrase of any length before the comma ("서울시 소매요금 기준 주택용 요금, …")."""
    for k, m in enumerate(morphs):
        if m.tag == "SP" and m.form == ",":
            words = len({x.start for x in morphs[:k] if x.tag in {"NNG", "NNP", "SL", "SH", "SN"}})
            if 0 < words <= (max_words or words) and all(x.tag in _NOMINAL | {"SP", "SSO", "SSC", "JKG"} for x in morphs[:k]) \
                    and k + 1 < len(morphs):
                return k + 1
            return None
    return None


def bullet_topic(morphs) -> set[str]:
    """Content keys of what a bullet is about: the words before its topic comma ("소비자물가 상승률, 2.3%로 …"),
    or else its first topic or subject (:func:`topic_keys`)."""
    after = after_topic_comma(morphs)
    if after is not None:
        return {k for k in map(content_key, morphs[: after - 1]) if k is not None}
    return _described_topic(morphs) or topic_keys(morphs)


def _described_topic(morphs) -> set[str]:
    """Content keys of a topic a clause describes before the headline comma ("통계청이 발표한 2022년 연간 소비자물가
    지수, 107.71로 …" -> the index, not the office that published it), or an empty set."""
    k = next((x for x, m in enumerate(morphs) if m.tag in {"SP", "EC", "EF", "SSO"}), None)
    if k is None or morphs[k].tag != "SP" or morphs[k].form != ",":
        return set()
    e = max((x for x in range(k) if morphs[x].tag == "ETM"), default=None)
    head = morphs[e + 1 : k] if e is not None else []
    if not head or not all(x.tag in _NOMINAL | {"JKG"} for x in head):
        return set()
    return {key for key in map(content_key, head) if key is not None}


def subject_after_topic(morphs: Sequence[Morph]) -> set[str]:
    """Content keys of the subject ("…소비자물가가") a bullet's clause has after its topic comma ("국가데이터, …"): what
    the announcer's statement is about. Empty when there is no topic comma or no such subject."""
    after = after_topic_comma(morphs)
    if after is None:
        return set()
    for k in range(after, len(morphs)):
        m = morphs[k]
        if m.tag in {"EC", "EF", "ETM", "SSO"} or m.tag.startswith(("VV", "VA")):
            return set()
        if m.tag == "JKS" and k > after:
            b = k
            while b > after and morphs[b - 1].tag in {"NNG", "NNP", "SL"}:
                b -= 1
            return {key for key in map(content_key, morphs[b:k]) if key is not None}
    return set()


def _bare_referent(morphs) -> str | None:
    """The bare :data:`GENERIC_REFERENTS` noun or person's title a sentence opens with as its topic or subject ("논문은",
    "의원은"), or None. So is a referent only an adjective describes ("가장 큰 원인은 …") or one that lists ("이유로는
    ‘…’(41.5%)가 가장 많았다")."""
    words = _word_morphs(morphs)
    most = int(bool(words) and (words[0].form, words[0].tag) == ("가장", "MAG"))
    described = len(words) > most + 1 and words[most].tag in {"VA", "VV"} and words[most + 1].tag == "ETM"
    if most and not described:
        return None
    if described:
        words = words[most + 2 :]
    if len(words) >= 3 and words[0].form in GENERIC_REFERENTS and (words[1].form, words[1].tag) in {("로", "JKB"), ("으로", "JKB")} \
            and words[2].form in {"는", "도"} and words[2].tag == "JX":
        return words[0].form
    if len(words) >= 2 and words[0].tag == "NNG" and words[1].tag in {"JX", "JKS"} and (
            words[0].form in GENERIC_REFERENTS or words[0].form in PERSON_TITLES and not described):
        return words[0].form
    return None


# Titles that, bare, name someone the article named before ("의원은 …", "감독은 …"); not a title one person holds at a
# time ("대통령은"), nor one that is also a common noun ("시장" a market, "검사" a test, "연구원" an institute).
PERSON_TITLES = frozenset({"의원", "장관", "차관", "교수", "감독", "코치", "회장", "사장", "부회장", "부사장", "대표", "위원장",
                           "군수", "구청장", "도지사", "부지사", "부시장", "부군수", "부구청장", "교육감", "청장", "총장", "의장",
                           "대변인", "본부장", "센터장", "선수", "작가", "도의원", "시의원", "군의원", "구의원", "최고위원",
                           "판사", "변호사", "앵커", "후보", "후보자", "주무관"})


def _demonstrative_subject(morphs) -> tuple[int, int] | None:
    """Where (the demonstrative, the end of its noun) a demonstrative noun phrase outside quotation marks is
    the first subject or topic of a clause ("…일으키자 해당 채널은", "이번 보고회는"), or None. One inside a
    clause that has its own subject first ("총 비용은 이 회사가 밝힌 액수보다 …") belongs to that subject's
    description, not to what the bullet says."""
    depth, clause_subject = 0, False
    for k, m in enumerate(morphs):
        if m.tag == "SSO":
            depth += 1
        elif m.tag == "SSC":
            depth = max(0, depth - 1)
        elif depth:
            continue
        elif m.tag == "EC":
            clause_subject = False
        elif m.tag in {"JKS", "JX"} and m.form in _TOPIC_PARTICLES:
            clause_subject = True
        elif not clause_subject and ((m.tag in _DEMONSTRATIVE_TAGS and m.form in ANAPHORIC_OPENERS)
                                     or (m.tag == "NNG" and m.form in DEMONSTRATIVE_NOUNS)) and not this_time(morphs, k) \
                and not (k + 1 < len(morphs) and morphs[k + 1].form in TIME_SPAN_NOUNS and any(date_part(morphs, x) for x in range(k))):
            # ("이번 주 전국 아파트값은": the week of the story; "‘2018년 1월 …동향’을 발표하고 이 기간 거래액이": the
            # period the bullet gave before)
            end = k + 1
            while end < len(morphs) and morphs[end].tag in {"NNG", "NNP"}:
                end += 1
            if end + 1 < len(morphs) and morphs[end].tag == "JKB" and morphs[end].form in {"에", "에서"} \
                    and morphs[end + 1].tag == "JX" and morphs[end + 1].form in {"은", "는"} and m.form != "이번":
                # "…뚫어 올린 이 시료에는 …기록이 담겨 있었다": a place as the topic points back as a subject does (not
                # "이번 공모전에는 …": the story's own event)
                end += 1
            if end > k + 1 and end < len(morphs) and morphs[end].tag in {"JKS", "JX"} and morphs[end].form in _TOPIC_PARTICLES:
                return k, end
    return None


# Nouns "이 회사는" stands for: the company the headline names when the article names no other one.
COMPANY_NOUNS = frozenset({"회사", "기업", "업체"})


def company_stand_in(morphs) -> str | None:
    """The words "이 회사" (or "이 기업", "해당 업체") with which a sentence opens ("이 회사는", "이 회사 관계자는"),
    or None."""
    words = _word_morphs(morphs)
    if len(words) >= 3 and (words[0].tag in _DEMONSTRATIVE_TAGS and words[0].form == "이" or words[0].form == "해당") \
            and words[1].tag == "NNG" and words[1].form in COMPANY_NOUNS and words[1].start > words[0].end:
        return f"{words[0].form} {words[1].form}"
    return None


def headline_company(title_morphs, sentences) -> str | None:
    """The company a headline opens with ("원익(32940), 매출 급증 …" -> "원익") when it is the headline's topic, one
    name before its comma, and no sentence given names anything else (a proper noun): "이 회사" can only be it."""
    comma = next((k for k, m in enumerate(title_morphs) if m.tag == "SP" and m.form == ","), None)
    if comma is None:
        return None
    head = [m for m in title_morphs[:comma] if m.tag not in {"SSO", "SSC", "SN"}]
    if len(head) != 1 or head[0].tag not in {"NNP", "SL"}:
        return None
    name = head[0].form
    if any(m.tag in {"NNP", "SL"} and m.form != name for sentence in sentences for m in sentence.morphs):
        return None
    return name


def this_thing_stand_in(morphs) -> tuple[str, str] | None:
    """The words "이 X" with which a sentence opens, X one word of common nouns ("이 병원 간호사 노조가" -> ("이 병원",
    "병원")), with X; None otherwise (nor a time, "이 기간", nor a part, "이 가운데")."""
    words = _word_morphs(morphs)
    if len(words) < 3 or words[0].form != "이" or words[0].tag != "MM" or words[1].start == words[0].end or this_time(words, 0):
        return None
    run = _one_word(words[1:], {"NNG"})
    if not run or run[-1].form in PART_NOUNS or run[0].form in TIME_SPAN_NOUNS or len(words) == 1 + len(run):
        return None
    noun = "".join(m.form for m in run)
    return f"이 {noun}", noun


# The last words of a body's name that a story goes on to call it by ("국립환경과학원" -> "과학원은 …").
BODY_SUFFIXES = ("과학원", "연구원", "진흥원", "공단", "공사", "위원회", "협회", "재단", "센터", "연구소", "본부", "사무소")


def bare_body_topic(morphs) -> str | None:
    """The body a sentence opens with by the last word of its name, as its topic or subject ("과학원은 …"): one word of
    common nouns ending in :data:`BODY_SUFFIXES`, its particle right after it; None otherwise."""
    words = _word_morphs(morphs)
    run = _one_word(words, {"NNG"})
    if not run or len(run) == len(words) or len(run) > 2:
        return None
    after = words[len(run)]
    noun = "".join(m.form for m in run)
    if not noun.endswith(BODY_SUFFIXES) or after.start != run[-1].end \
            or not (after.tag == "JKS" or after.tag == "JX" and after.form in {"은", "는"}):
        return None
    return noun


def named_before(noun: str, sentences, proper: bool = True, words: int = 0) -> str | None:
    """The one name that ``noun`` stands for after "이" ("이 병원"): in the nearest of ``sentences`` (the ones before,
    nearest last) that has any, a word of glued nouns with a proper noun in it that ends in ``noun`` and is longer
    ("한빛어린이병원"); None when none of them has one, or the nearest has two. Without ``proper``, a body's whole name
    of common nouns will do ("국립환경과학원" for "과학원"). With ``words``, up to that many whole words of nouns right
    before the word name it too, a proper noun among them ("무심천 출렁다리 조성사업" for "이 사업" inside a sentence)."""
    def names_in(sentence) -> set[str]:
        morphs, names = sentence.morphs, set()
        k = 0
        while k < len(morphs):
            e = k
            while e + 1 < len(morphs) and morphs[e + 1].start == morphs[e].end and morphs[e + 1].tag.startswith(NAMING_TAGS):
                e += 1
            word = "".join(m.form for m in morphs[k : e + 1])
            # (not a kind glossed or named after it: "…다중접속역할수행게임(MMORPG) '아스텔라'": the game is the title)
            glossed = e + 1 < len(morphs) and morphs[e + 1].tag == "SSO"
            b = _words_naming(morphs, k, words)
            # (Kiwi may read the whole name as one proper noun: "영월문화재단" for "재단")
            if word.endswith(noun) and len(word) > len(noun) and morphs[e].tag in {"NNG", "NNP"} and not glossed \
                    and (any(m.tag == "NNP" for m in morphs[b : e + 1]) or not proper):
                names.add(sentence.text[morphs[b].start - sentence.start : morphs[e].end - sentence.start] if b < k else word)
            k = e + 1
        return names

    return _nearest_one_name(sentences, names_in)


def _words_naming(morphs, k: int, words: int) -> int:
    """Where up to ``words`` whole words of nouns right before the word at ``k`` start ("무심천 출렁다리 | 조성사업");
    ``k`` when there are none."""
    b = k
    for _ in range(words):
        w = b - 1
        if w < 0 or morphs[w].end >= morphs[b].start or not morphs[w].tag.startswith(("NNG", "NNP", "NR", "XSN")):
            break
        while w > 0 and morphs[w - 1].end == morphs[w].start and morphs[w - 1].tag.startswith((*NAMING_TAGS, "MAG", "XR")):
            w -= 1  # (Kiwi reads a name's word in parts it may tag as an adverb: "출렁" + "다리")
        if w > 0 and morphs[w - 1].end == morphs[w].start or not morphs[w].tag.startswith(("NN", "SN", "SL", "MAG", "XR")):
            break  # (a word glued to what is no noun is no name's word)
        b = w
    return b


LEVEL_NOUNS = frozenset({"도", "시", "군", "구"})  # "도는 …": the province (city, county, district) the article named


def level_stand_in(morphs) -> str | None:
    """The bare level noun with which a sentence opens as its topic or subject ("도는 …지원한다" -> "도"), or None."""
    words = _word_morphs(morphs)
    if len(words) < 3 or words[0].form not in LEVEL_NOUNS or words[0].tag != "NNG" or words[1].start != words[0].end \
            or not (words[1].tag == "JKS" or words[1].tag == "JX" and words[1].form in {"은", "는"}):
        return None
    return words[0].form


def level_name(level: str, sentences) -> str | None:
    """The name of the one province (city, …) ``level`` stands for: the last proper noun of the sentences before that ends
    in it ("충청북도", "청주시"), where no other name of that level comes between; None when there is none."""
    return _nearest_one_name(sentences, lambda sentence: {m.form for m in sentence.morphs
                                                          if m.tag == "NNP" and len(m.form) >= 2 and m.form.endswith(level)})


def this_thing_inside(morphs) -> tuple[str, str] | None:
    """The words "이 X" inside a sentence, after its opening ("예산결산특별위원회는 이 사업의 내년분 사업비를 …" ->
    ("이 사업", "사업")), X one word of common nouns with its particle right after it (nor a time, "이 기간", nor a part,
    "이 가운데", nor a place, "이 곳"); None otherwise. Where it opens the sentence, see :func:`this_thing_stand_in`."""
    for x, m in outside_quotes(morphs):
        if x == 0 or m.form != "이" or m.tag != "MM" or x + 2 >= len(morphs) or morphs[x + 1].start == m.end:
            continue
        run = _one_word(morphs[x + 1 :], {"NNG"})
        after = x + 1 + len(run)
        if not run or after >= len(morphs) or not morphs[after].tag.startswith("J") or morphs[after].start != run[-1].end \
                or run[-1].form in PART_NOUNS or run[0].form in TIME_SPAN_NOUNS or run[-1].form == "곳":
            continue
        noun = "".join(r.form for r in run)
        return f"이 {noun}", noun
    return None


def _nearest_one_name(sentences, names_in) -> str | None:
    """The one name ``names_in`` finds in the nearest of ``sentences`` (nearest last) that has any; None when none has
    one, or the nearest has two (which one, the bullet cannot tell)."""
    for sentence in reversed(sentences):
        names = names_in(sentence)
        if names:
            return next(iter(names)) if len(names) == 1 else None
    return None


def _one_word(words, tags) -> list:
    """The morphemes at the start of ``words`` with one of ``tags``, glued into one word ("한빛" + "어린이" + "병원")."""
    run = []
    for m in words:
        if m.tag not in tags or run and m.start != run[-1].end:
            break
        run.append(m)
    return run


def this_stand_in(morphs) -> str | None:
    """The words "이번 X" with which a sentence opens ("이번 보고회는" -> "이번 보고회"), X a noun run, or None.
    ("이번 주", "이번 달" name the story's own time: see :data:`THIS_TIMES`.)"""
    words = _word_morphs(morphs)
    if len(words) < 3 or words[0].form != "이번" or words[0].tag != "NNG" or this_time(words, 0):
        return None
    run = _one_word(words[1:], {"NNG", "XSN"})
    if not run or run[0].start == words[0].end:
        return None  # one word after "이번": "이번 보고회", not "이번 주민 설명회" (which of its words is the head? The
        # particle must follow the one word, below)
    after = words[1 + len(run)] if 1 + len(run) < len(words) else None
    if after is None or not after.tag.startswith("J") or after.start != run[-1].end:
        return None  # the word is the whole phrase, its particle right after ("이번 보고회는"); in "이번 개관 22주년
        # 기념식에서는" it only modifies the phrase's head
    return "이번 " + "".join(m.form for m in run)


# The morphemes of the words that name a thing in a headline (a figure's "억" is NR: "320억원 시리즈B 투자").
NAMING_TAGS = ("NN", "NR", "SN", "XSN", "XPN", "SL")


def headline_phrase(title: str, title_morphs, head: str) -> str | None:
    """The headline's own name for what "이번 ``head``" stands for: the noun phrase of the headline that ends in
    ``head`` ("함안군, 2026년 국도비 2차 발굴보고회…" and "보고회" -> "2026년 국도비 2차 발굴보고회"), or None when
    the headline has none, or more than one, or only the bare word."""
    found = []
    for x, m in enumerate(title_morphs):
        if not m.tag.startswith(("NN", "XSN")):
            continue
        b = x  # the word ending at x, glued morphemes: "협약" + "식" -> "협약식"
        while b > 0 and title_morphs[b - 1].end == title_morphs[b].start and title_morphs[b - 1].tag.startswith(NAMING_TAGS):
            b -= 1
        word = title[title_morphs[b].start : m.end]
        if not word.endswith(head) or x + 1 < len(title_morphs) and title_morphs[x + 1].start == m.end \
                and title_morphs[x + 1].tag.startswith(("NN", "XSN")):
            continue
        for _ in range(4):  # up to four whole words before it that name it: "2026년 국도비 2차"
            w = b - 1
            while w > 0 and title_morphs[w - 1].end == title_morphs[w].start and title_morphs[w - 1].tag.startswith(NAMING_TAGS):
                w -= 1  # (a quotation mark glued to the word is not part of it: "‘한빛시 …")
            if w < 0 or not all(t.tag.startswith(NAMING_TAGS) for t in title_morphs[w:b]):
                break
            b = w
        if b > 0 and title_morphs[b - 1].end == title_morphs[b].start and title_morphs[b - 1].tag not in MARK_TAGS:
            return None  # the phrase would start inside a word the walk cannot read whole: no name rather than a piece
        found.append(title[title_morphs[b].start : m.end])
    if len(found) != 1 or found[0] == head:
        return None
    return found[0]


def demonstrative_referent(morphs) -> frozenset[str]:
    """The content keys of the noun after an opening demonstrative ("이 회사는" -> 회사, "이번 특별교부세는"
    -> 특별, 교부, 세), empty when the sentence opens otherwise. Where that noun is already in the block or
    the headline, the demonstrative is understood."""
    start = next((k for k, m in enumerate(morphs) if m.tag not in MARK_TAGS), None)
    if start is None:
        return frozenset()
    first = morphs[start]
    referent = _bare_referent(morphs[start:])
    if referent is not None:
        return frozenset({referent})  # (a common noun: its own key)
    if not ((first.tag in _DEMONSTRATIVE_TAGS and first.form in ANAPHORIC_OPENERS) or (first.tag == "NNG" and first.form in DEMONSTRATIVE_NOUNS)):
        after = after_topic_comma(morphs[start:])
        if after is not None:  # "연구팀, 이 물질로 …": the sentence proper opens after the topic
            return demonstrative_referent(morphs[start + after :])
        inner = _demonstrative_subject(morphs)  # "…일으키자 해당 채널은": the subject of the main clause
        return frozenset(k for k in map(content_key, morphs[inner[0] + 1 : inner[1]]) if k is not None) if inner else frozenset()
    noun = list(itertools.takewhile(lambda m: m.tag in {"NNG", "NNP"}, morphs[start + 1 :]))  # right after it: "이번, …" names nothing
    if noun and noun[0].form in PART_NOUNS:
        return frozenset()  # "이 가운데": a part of a set told before, no noun a bullet could have named
    return frozenset(k for k in map(content_key, noun) if k is not None)


def non_content_reason(sentence: Sentence) -> str | None:
    """Why a sentence is not news content (caption, byline, credit, list item, sub-head), or None."""
    text = sentence.text.strip()
    if has_bullet_mark(text):
        return "list item"
    if _INNER_HEADING.search(text):
        return "runs into a sub-heading (a sentence split missed the line break)"
    if _BYLINE_ONLY.match(text):
        return "byline"
    if _SOUND_BITE.match(text):
        return "broadcast sound bite (speaker / title : words), not a statement of news"
    if _LABELLED_LINE.match(text):
        return "labelled line (label : text), a caption or a transcript's, not a statement of news"
    if _SURVEY_METHOD.search(text):
        return "how a survey was done (sampling error, response rate), not news"
    if _CREDIT.search(text):
        return "photo or copyright credit"
    if _BOILERPLATE.search(text):
        return "page boilerplate (portal notice, ad text or photo credit)"
    prose_ending = any(m.tag == "EF" and m.form.endswith("다") and not m.form.endswith("니다") for m in sentence.morphs[-3:])
    if (_PAGE_WIDGET.search(text) and not prose_ending) or _DATE_LINE.match(text) or _tells_reader_what_they_may_do(sentence.morphs):
        return "web page widget or portal notice (player, share bar, date line), not the article's text"
    if sum(ch in INLINE_LIST_MARKS for ch in text) >= 2 and not counted_inline_list(sentence.morphs):
        return "list of items (△ … △ …)"
    if _invites_the_reader(sentence.morphs):
        return "the writer's invitation to the reader (…해 보자, …합시다), not news"
    if _outlines_the_article(sentence.morphs):
        return "the writer's outline of the article (…을 문답으로 풀어 봤다), not news"
    words = [m for m in sentence.morphs if m.tag not in {"SF", "SE", "SP", "SSC"}]
    if text.rstrip(" \"'”’").endswith(("...", "…")) and words and words[-1].tag in {"EF", "EC"} \
            and words[-1].form in {"ᆯ지", "을지", "는지", "ᆫ지", "은지"}:
        return "an unfinished teaser (…어떤 일이 벌어질지...), not a statement"
    if _HAND_OFF.search(text):
        return "an anchor's hand-off or programme talk (…연결해 알아보겠습니다, …기자가 보도합니다, …뉴스 시작합니다), not news"
    if _NEXT_ITEM.match(text) or _programme_topic(sentence.morphs, text):
        return "the programme's own talk (첫 번째 키워드는 …, 다음 소식입니다), not news"
    if _ANCHORS_REMARK.search(text):
        return "an anchor's remark on the news or wish to the audience (…실감 나는 뉴스입니다, 여러분 …바랍니다), not what happened"
    if _VIEWER_SAW.search(text):
        return "points at pictures the viewer saw (조금 전 보신 영상은 …), not what happened"
    if _STAND_UP.match(text):
        return "a reporter saying where they stand (…에 나와 있습니다), not news"
    if _POINTED_AT.match(text) or any(m.form == "저" and m.tag == "MM" for _, m in outside_quotes(sentence.morphs)):
        return "a reporter pointing at what the camera shows (뒤쪽에 보이는 물건들은 …), not what happened"
    if _TO_THE_VIEWER.search(text) and not any(q in text for q in "“”\""):
        return "the anchor speaking to the viewer (…들어보셨을 겁니다, …궁금하실 텐데요), not news"
    if (own := _THE_STATION.search(text)) is not None and not quoted_at(text, own.start()):
        return "the broadcaster speaking of itself (저희 MBC로 …, 저희 취재진이 …) or a guest to the anchor (앵커님께서 …), not news"
    if _TEASER.search(text):
        return "a teaser pointing at what comes next (흥미로운 점은 …비교 결과다), not what it found"
    if _ATTENTION_CLICHE.search(text):
        return "says only that something draws attention (…에 눈길이 쏠리고 있다), not what happened"
    if _NETIZENS.search(text) and _REACTION.search(text):
        return "what netizens wrote (누리꾼들은 “…” 등의 반응을 보였다): comments on the news, not news"
    if _CONTACT_NOTICE.search(text):
        return "where readers may ask or find the details (…에 문의하면 된다, …에서 확인할 수 있다): a notice, not news"
    if _ANSWER_NO.match(text):
        return "a line of dialogue (아뇨, …): someone's answer, not a statement of news"
    if transition_line(sentence.morphs):
        return "a transition to what follows (피해는 다른 곳에서도 이어졌습니다): the next sentences tell it"
    if _speaks_without_words(sentence.morphs):
        return "tells how someone spoke, not what (…기쁜 목소리로 말했다): the words are in another sentence"
    if describes_footage(sentence.morphs):
        return "tells what the pictures show (…연기가 뿜어져 나옵니다, …불꽃도 보입니다), not what happened"
    stripped = text.rstrip(" .")
    if _QUESTION_END.search(text) or _asks(sentence.morphs):
        return "a question (rhetorical or to the reader), not a statement of news"
    if _BRACKETED.match(text):
        return "a note in brackets (editor's or publisher's note), not the article's text"
    if text[:1] in {"”", "’", ")", "]", "」", "』"}:
        return "tail of a quotation or bracket (a sentence split inside it)"
    # Captions and sub-heads have no sentence ending ("새 버스를 이용하는 모습.", "화성 착륙선 상상도").
    # Kiwi tags a quotative "…다고 한다" ending as EC, so "-다" connective endings count too.
    # (A broadcast's "…시작됐는데요." is left out too: read blind twice, as a sentence's end it brought in mostly an
    # anchor's teaser or colour, "…목을 길게 빼곤 할 텐데요", "…울진 산불 소식 전해드린 기억이 있는데요".)
    if not any(m.tag == "EF" or (m.tag == "EC" and m.form.endswith("다")) for m in sentence.morphs[-8:]):
        return "no sentence ending (caption or sub-heading)"
    if stripped.endswith(("모습", "장면", "전경", "상상도", "조감도")) or _CAPTION_MARK.search(text):
        return "photo caption"
    if _SIGN_OFF.search(stripped):
        return "reporter's sign-off"
    if _STORY_OF.search(stripped):
        return "the anchor's framing (…시장 얘긴데요: whose story the report tells), no statement of news"
    if _TO_READER.search(stripped):
        return "addressed to the reader (promo or instruction)"
    if any(m.tag == "EF" and m.form in _CHAT_ENDING for m in sentence.morphs[-3:]):
        return "conversational ending (broadcast patter, not a statement of news)"
    # Body sentences end in sentence punctuation; a line without it is a headline, sub-head or label.
    if not _FINAL_PUNCT.search(text):
        return "no final punctuation (headline or sub-heading line)"
    return None


ASKING_ENDINGS = frozenset({"ᆯ까", "을까", "ᆯ까요", "을까요", "ᆫ가", "은가", "는가", "ᆫ가요", "는가요", "나요", "니"})


def _asks(morphs) -> bool:
    """Whether a sentence ends on a question ending though its stop is a full stop ("…최고의 프로그램상은 과연 누가
    될까.", "무엇이 문제인가."): the writer's question, not a statement of news."""
    words = [m for m in morphs if m.tag not in {"SF", "SE", "SSC", "SP"}]
    return bool(words) and words[-1].tag == "EF" and words[-1].form in ASKING_ENDINGS


def _opens_explaining_what_came_before(morphs) -> bool:
    """Whether a sentence's first clause is "…에 나선 건데," with no subject of its own: a broadcast's "it is that …",
    said of what the sentence before told ("본격적인 정상외교 재가동에 나선 건데, 다음달에는 …")."""
    for x, m in enumerate(morphs):
        if m.tag == "JKS" or m.tag == "JX" and m.form in {"은", "는", "ᆫ"} or m.tag == "SSO":
            return False
        if m.tag == "EC":
            return m.form in {"ᆫ데", "은데", "는데"} and x >= 2 and morphs[x - 1].tag == "VCP" \
                and morphs[x - 2].form in {"거", "것", "셈"} and x + 1 < len(morphs) and morphs[x + 1].form == ","
    return False


def _tells_reader_what_they_may_do(morphs) -> bool:
    """Whether a sentence ends "-(으)실 수 있습니다/없습니다": the honorific speaks to the reader ("회원만 이용하실
    수 있습니다"), as a page notice does; news tells what someone did or can do without it."""
    words = _word_morphs(morphs)
    tail = [(m.form, m.tag) for m in words[-5:]]
    return len(tail) == 5 and tail[0] == ("시", "EP") and tail[1][1] == "ETM" and tail[2] == ("수", "NNB") \
        and tail[3][0] in {"있", "없"} and tail[4][1] == "EF" and tail[4][0].endswith("니다")


# Verbs of going over a subject ("…을 문답으로 풀어 봤다", "쟁점을 짚어 본다", "…을 살펴봤다"): with no one doing it, the
# writer tells what the article will do.
_GOING_OVER = frozenset({"풀", "짚", "따지", "살피", "알", "정리하"})
_LOOKING_OVER = frozenset({"살펴보", "알아보", "들여다보", "짚어보", "풀어보", "따져보"})


def _outlines_the_article(morphs) -> bool:
    """Whether a sentence outside quotations ends on going over a subject (:data:`_GOING_OVER` + "-어 보다", or
    :data:`_LOOKING_OVER`) with no subject or topic of its own: "국가데이터처가 발표한 ‘10월 고용동향’을 문답으로 풀어
    봤다" is the writer's outline of the article; its bullet ("…을 문답으로 풀어 봄") tells no news. ("연구팀은 …를
    살펴봤다" has who did it.)"""
    if direct_quotation(morphs):
        return False
    words = [m for m in morphs if m.tag not in {"SF", "SP", "SE", "SSC", "EP"}]
    if len(words) < 3 or words[-1].tag != "EF":
        return False
    looks = words[-2].tag == "VX" and words[-2].form == "보" and words[-3].tag == "EC" and words[-3].form in {"어", "아"} \
        and len(words) > 3 and words[-4].form in _GOING_OVER or words[-2].tag.startswith("VV") and words[-2].form in _LOOKING_OVER
    return looks and not _marks_own_subject(morphs, topics=frozenset({"은", "는", "ᆫ"}))


def _invites_the_reader(morphs) -> bool:
    """Whether a sentence outside quotations ends on a propositive ("…그리움을 삭여 보자", "함께 응원합시다") or asks
    the viewer to act ("단단히 대비하셔야겠습니다", "유의하시기 바랍니다"): the writer speaks to the reader; a bullet
    would state it as done ("…삭여 봄")."""
    if direct_quotation(morphs):
        return False
    words = [m for m in morphs if m.tag not in {"SF", "SP", "SE", "SSC"}]
    if not words or words[-1].tag != "EF":
        return False
    tail = [(m.form, m.tag) for m in words[-4:]]
    # "…대비하셔야겠습니다", "…유의하시기 바랍니다", "…챙기세요", "…자제하십시오": the broadcaster addresses the viewer
    addresses = tail[-4:-1] == [("시", "EP"), ("어야", "EC"), ("겠", "EP")] or tail[-4:-1] == [("시", "EP"), ("기", "ETN"), ("바라", "VV")] \
        or words[-1].form in {"세요", "으세요", "ᆸ시오", "십시오", "으십시오"}
    return words[-1].form in {"자", "ᆸ시다", "읍시다"} or addresses


# Photo captions written as sentences: people placed in the picture ("홍길동 시장(왼쪽)이", "왼쪽부터"), or a
# group photo or pose in progress ("…기념촬영을 하고 있다"). Body prose places no one left or right.
_CAPTION_MARK = re.compile(r"\((?:사진\s*)?(?:왼쪽|오른쪽|가운데|앞줄|뒷줄)[^()]{0,12}\)|(?:^|\s)(?:왼쪽|오른쪽)(?:부터|\s*\S{1,3}\s*번째)\s"
                           r"|(?:기념\s*촬영|기념\s*사진|포즈)[^.]{0,20}있다\.?$")
_QUESTION_END = re.compile(r"\?[\s\"'”’)\]]*$")
# "자세한 사항은 …에 문의하면 된다", "문의는 …로 하면 된다", "…로 문의하시기 바랍니다": where readers may ask
# An anchor's hand-off to a reporter or caster ("…캐스터 연결해 알아보겠습니다", "보도국 연결합니다", "…기자가 보도합니다",
# "국회에 취재 기자 나가 있습니다", "김하나 기자가 현장을 취재했습니다", "…마을에 김하나 기자가 다녀왔습니다", "휴일 표정, 김하나 기자가 돌아봤습니다",
# "오늘 첫 소식은 농촌으로 가보겠습니다", "오늘은 김하나 기자와 함께 관련 소식을 짚어보겠습니다"), and the
# programme's opening ("…단독 취재한 내용으로 9시 뉴스 시작합니다").
_HAND_OFF = re.compile(r"(?:(?:기자|캐스터|특파원|보도국|중계차|현장|스튜디오|센터|항)(?:를|을)?\s?연결(?:합니다|하겠습니다|해\s?(?:서\s?)?"
                       r"(?:알아보|들어보|보)겠습니다)|(?:알아|들어)\s?(?:보겠습니다|봅니다)|(?:기자|특파원)(?:가|들이)?\s?(?:나가|나와)\s?있습니다"
                       r"|(?:기자|특파원|(?<![A-Za-z])(?:KBS|MBC|SBS|YTN|JTBC|MBN|EBS|OBS|KNN|TBC|TJB|KTV)|채널A|TV조선|연합뉴스TV)(?:가|들이|이)?\s?(?:[^.]{0,40}\s)?(?:다녀왔습니다|가\s?봤습니다|가\s?보았습니다|(?:돌아|짚어|살펴|알아|정리해|담아|만나|들어|찾아가|둘러)\s?(?:봤|보았)습니다)"
                       r"|(?:으로|로|에)\s?가\s?보겠습니다"
                       r"|(?:기자|특파원|캐스터|위원)와\s?함께\s(?:[^.]{0,30}\s)?(?:짚어|살펴|정리해|(?:이야기|얘기)(?:를)?\s?나눠)\s?보겠습니다"
                       r"|(?:기자가|특파원이)\s?(?:보도|취재|전)(?:합니다|하겠습니다|해\s?드리겠습니다)|(?:기자가|특파원이)\s?정리했습니다|(?:살펴|알아|짚어|돌아|들여다)\s?보는\s[^.]{0,30}(?:순서|시간|코너)입니다|기자가\s?(?:보도|취재)했습니다|(?:^|\s)[가-힣]{2,4}\s기자가\s(?:[^.]{0,30}\s)?(?:동행|밀착|현장)?(?:보도|취재)했습니다|기자의\s?(?:보도|리포트)입니다|전해\s?드(?:리겠습니다|립니다|렸습니다|렸는데요|리고\s?있습니다)|뉴스(?:를)?\s?시작(?:합니다|하겠습니다)|(?:으로|로)\s?시작(?:해\s?보겠습니다|하겠습니다)|(?:짚어|살펴|정리해)\s?보겠습니다|(?:교수|위원|연구원|기자|박사|변호사|평론가|전문가|대표|소장|센터장)(?:와|과)\s?함께(?:합니다|하겠습니다|해\s?보겠습니다)|(?:알아|살펴|짚어|들어|확인해|만나|정리(?:를)?\s?해)\s?보도록\s?하겠습니다|(?:얘기|이야기)(?:부터|를|도)?\s?(?:해|나눠)\s?보겠습니다"
                       # "…굳은 다짐이 오늘 밤 방송됩니다": the programme's own schedule
                       r"|(?:오늘\s?밤|오늘\s?저녁|잠시\s?후|이어서|내일\s?밤)[^.]{0,10}\s방송(?:됩니다|합니다|해\s?드리겠습니다|하겠습니다)"
                       # "대원이 구조되는 대로 추가 소식 알려드리겠습니다": the programme's promise of more news
                       r"|(?:추가|새로운|관련|자세한)\s?(?:소식|내용)(?:은|이|을|도)?\s?(?:[^.]{0,20}\s)?(?:알려|전해)\s?드리(?:겠습니다|도록\s?하겠습니다))[\s.]*$")
# A programme naming its next item: "첫 번째 키워드는 '폐업'입니다.", "다음 소식입니다." (the item's news comes after).
_NEXT_ITEM = re.compile(r"^(?:(?:첫|두|세|네|다섯|여섯|마지막|다음)\s?(?:번째\s?)?(?:키워드|소식|뉴스|이슈)(?:는|은|입니다|,\s?\S{1,12}입니다\.?$)"
                        r"|(?:키워드|소식|이슈)\s?(?:첫|두|세|네|다섯|여섯)\s?번째(?:는|입니다)|[가-힣]{2,8}키워드입니다\.?$"
                        # a series' next part: "부산MBC 신년기획보도 오늘은 두번째로, …부지를 살펴봅니다."
                        r"|[^.]{0,20}(?:기획|기획\s?보도|연속\s?보도|시리즈)[^.]{0,12}(?:첫|두|세|네|다섯|여섯)\s?번째(?:\s?순서)?로)")
_LOOKS_INTO = re.compile(r"(?:짚어|살펴|들여다)\s?봅니다[\s.]*$")


def _programme_topic(morphs, text: str) -> bool:
    """Whether a sentence says what the programme looks into, with no one doing it ("…그림자, 오늘은 초등학교 저학년의
    돌봄 문제를 짚어봅니다"); "구직자들이 …정보를 살펴봅니다" shows people doing it."""
    if not _LOOKS_INTO.search(text):
        return False
    return not any(m.tag == "JKS" or m.tag == "JX" and m.form in {"은", "는", "ᆫ"} and x and morphs[x - 1].form not in TIME_TOPICS | {"시간"}
                   for x, m in enumerate(morphs))


# An anchor's remark on the story: "…실감 나는 뉴스입니다", "안타까운 소식입니다" (not what was reported: "…했다는
# 소식입니다" says it).
_ANCHORS_REMARK = re.compile(r"(?<!다는)(?<!라는)\s(?:뉴스|소식)(?:입니다|이었습니다|였습니다)[\s.]*$"
                             # "수험생 여러분, …시험 잘 치르시길 바랍니다": the programme's wish to its audience
                             r"|^[가-힣 ]{0,12}여러분\s?,?\s[^.“”\"]*(?:바랍니다|바래요|기원합니다|응원합니다|하세요|주세요|십시오|시길)[\s.!]*$")
# A sentence that is a quotation and nothing else: "“이번 연구 결과가 …기대합니다.”" (a pull quote under a photo, a bite).
_WHOLE_QUOTATION = re.compile(r"^[“\"][^“”\"]+[”\"]\.?$")


def whole_quotation(sentence: Sentence) -> bool:
    """Whether a sentence is a quotation and nothing else (:data:`_WHOLE_QUOTATION`): no bullet (who says it is not in
    it), though as much of the story as any sentence when it is a broadcast's sound bite."""
    return _WHOLE_QUOTATION.match(sentence.text.strip()) is not None


# Pictures the viewer has seen: "조금 전 보신 제보 영상은 …", "지금 보고 계신 화면은 …" (a report's picture nouns, and
# the sight in them).
_VIEWER_SAW = re.compile(r"(?:보신|보시는|보고\s?계신|보시고\s?계신)\s(?:[^\s.]+\s)?(?:"
                         + "|".join(sorted(PICTURE_NOUNS | {"모습"}, key=len, reverse=True)) + ")")
# A reporter telling where they stand: "네, 서울 돈의동 쪽방촌에 나와 있습니다", "[김하나] 저희는 지금 …광장에 나와 있습니다"
# (only place words before "에": "본문에는 …까지 나와 있습니다" says what a text shows).
_STAND_UP = re.compile(r"^(?:\[[^\[\]]{1,12}\]\s*)?(?:네[,.]?\s*)?(?:(?:저|저희)는\s+)?(?:지금\s+)?(?:[가-힣A-Za-z0-9·]+\s+){0,10}?[가-힣A-Za-z0-9·]+에\s?나와\s?있(?:습니다|는데요)[.!]?$")
# A reporter pointing at what stands behind them: "네, 뒤쪽에 보이는 물건들은 …" (print has no one standing anywhere), or at
# something "over there" ("원래는 저 옆에 있는 건물과 똑같은 …": the determiner "저" outside quotation marks).
_POINTED_AT = re.compile(r"^(?:네[,.]?\s*)?(?:지금\s+)?(?:(?:제|저희)\s?)?(?:뒤쪽|뒤편|뒤|옆쪽|옆)(?:에|으로|로)\s?(?:보이는|보시는)\s")
# The anchor guessing what the viewer knows or wonders: "한 번쯤 들어보셨을 겁니다.", "…왜 그런지 궁금하실 텐데요." (the
# honorific is the viewer's).
_TO_THE_VIEWER = re.compile(r"[가-힣](?:실|셨을)\s?(?:겁니다|것입니다|거예요|텐데요)[.,!]?\s*$"
                            # "…귀성길에 설레는 분들이 많을 텐데요": the viewers among whom the news comes
                            # ("…유출된 것 아닌지, 걱정하시는 분들 많을 겁니다")
                            r"|분들(?:이|도|은)?\s(?:[^.]{0,20}\s)?(?:많을|많으실|계실|있을|있으실)\s?(?:텐데요|겁니다|것입니다|거예요)[.,!]?\s*$")
# Readers' comments an online article quotes at its end ("이를 접한 누리꾼들은 “…”, “…” 등의 반응을 보였다").
_THE_STATION = re.compile(r"저희\s?(?:[A-Z]{2,5}(?![A-Za-z])|방송|취재진|취재팀|기자|뉴스|보도국|제작진)"  # outside quotations: the station itself
                          r"|앵커님|진행자님"  # (or a guest in the studio speaking to the anchor: "앵커님께서 말씀하셨듯이 …")
                          # (or the reporter of themselves: "지금 제가 말하는 내용이 …", "제가 나와 있는 이곳은 …")
                          r"|(?:^|\s)제가\s(?:[^.]{0,10}\s)?(?:말하는|말씀드리는|전해\s?드리는|나와\s?있는|서\s?있는|있는\s?(?:이곳|곳))")
_NETIZENS = re.compile(r"(?:누리꾼|네티즌)")
_REACTION = re.compile(r"(?:반응|댓글|의견)(?:을|를|이|들을|들이)?\s*(?:보였|보이|남겼|남기|쏟아|이어|잇따|나타|내놓|냈)|반응(?:이다|입니다)")
_CONTACT_NOTICE = re.compile(r"(?:문의|참고|확인)(?:하면|하시면)\s*(?:된다|됩니다)|문의(?:하시기)?\s*바(?:란다|랍니다)|문의하세요"
                             r"|^\s*문의\s*[:：]|문의는\s.{0,40}(?:하면\s*)?(?:된다|됩니다)"
                             # "자세한 설명회 관련 자료는 …홈페이지를 통해 확인할 수 있다": where the details are found
                             r"|(?:자세한|세부|상세한|구체적인)\s?[^.]{0,20}?(?:자료|내용|사항|정보)(?:는|은)\s[^.]{0,80}?"
                             r"(?:확인|열람|내려받|다운로드)(?:할\s?수\s?있|이\s?가능|가능)")
_BRACKETED = re.compile(r"^\s*(?:\[[^\[\]]+\]|\([^()]+\)|<[^<>]+>)\s*$")  # "[이 기사는 … 작성됐습니다]"
_NOT_WORD = re.compile(r"[\W_]+")


def _squash(text: str) -> str:
    """Letters and digits only: headlines and body lines differ in spacing and punctuation."""
    return _NOT_WORD.sub("", text)


_SOURCE_ONLY = re.compile(r"^(?:사진|자료|그래픽|이미지)\s+[가-힣A-Za-z0-9·]{2,15}(?:\s*제공)?$")  # "사진 한빛시": a credit without "="


def _is_credit(text: str) -> bool:
    text = text.lstrip("/ ([")  # "/사진=뉴스1", "(사진=OO 제공)": a credit set off by a slash or a bracket after its caption
    return text in WIRE_SERVICES or len(text) <= 40 and (_CREDIT.match(text) is not None or re.match(r"^(?:사진|자료|그래픽|출처|이미지)\s*=", text) is not None
                                or text.startswith(("ⓒ", "©")) or _SOURCE_ONLY.match(text) is not None)


HEADLINE_TAG_CHARS = 12  # letters a tag may add around a repeated headline ("단독", "한빛일보", "종합2보")


SHORT_HEADLINE = 20  # characters (spaces aside): a line this short may be a name a body sentence opens with


def _repeats_headline(text: str, headlines: list[str]) -> bool:
    """Whether a body sentence is the headline, a sub-headline or a heading again (or runs several together)."""
    squashed = _squash(text)
    if len(squashed) < 8:
        return False
    # (a short "headline" that a long sentence opens with is that sentence's subject, "국민의힘 유상범 수석대변인"
    # over "국민의힘 유상범 수석대변인은 …라고 말했다": a photo caption taken as the title, not the title repeated)
    return any(h and (squashed == h or squashed.startswith(h) and (len(h) >= SHORT_HEADLINE or 2 * len(h) >= len(squashed))
                      or (len(squashed) >= 0.6 * len(h) and squashed in h)
                      # "[단독] <headline>", "<headline> - 한빛일보": the headline with a short tag around it
                      or (len(h) >= 8 and h in squashed and len(squashed) <= len(h) + HEADLINE_TAG_CHARS)) for h in headlines)


# The rest of a quotative ending a sentence split left behind: "고 한빛통계청이 밝혔다." after "…올랐다" (no stop).
_SPLIT_TAIL = re.compile(r"^(?:고|며|면서|라고|라며)\s")


def scene_in_progress(morphs) -> bool:
    """Whether a sentence describes a photo's scene: someone doing something right now, told with the subject
    particle "이/가" (a caption introduces who is in the picture; an article's statement takes the topic "은/는")
    and either a group ("시민들이") or a place ("…에서"), ending "-고 있다" ("시민들이 도서관을 둘러보고 있다",
    "김철수 시장이 개관식에서 축사를 하고 있다")."""
    words = _word_morphs(morphs)
    tail = [(m.form, m.tag) for m in words[-3:]]
    if len(tail) < 3 or tail[0] != ("고", "EC") or tail[1][0] != "있" or tail[2] != ("다", "EF") or reported(morphs):
        return False
    subject = next((m for m in words if (m.tag == "JKS") or (m.tag == "JX" and m.form in {"은", "는"})), None)
    if subject is None or subject.tag != "JKS":
        return False
    if any(m.tag == "EC" and m.form in _NEWS_CLAUSE_ENDINGS for m in words[:-3]):
        # "노조가 …파업에 들어가겠다고 예고하면서 시민들의 출근길 교통대란이 우려되고 있다": a cause and words reported
        # tell news; a caption shows one scene
        return False
    return any(m.tag == "XSN" and m.form == "들" for m in words) or any(m.tag == "JKB" and m.form == "에서" for m in words)


# Clause endings of cause, time, concession and reported words, which a photo's caption does not use.
_NEWS_CLAUSE_ENDINGS = CONTRAST_ENDINGS | REPORTED_ENDINGS | frozenset({"면서", "으면서", "자", "어서", "아서", "니까", "으니까", "므로",
                                                                      "으므로"})


def _person_subject(morphs) -> bool:
    """Whether a sentence's first subject ("…이/가") is a person or people: a name, a title ("총리가", "선수가") or a
    group ("시민들이"), as a photo caption's is."""
    k = next((x for x, m in enumerate(morphs) if m.tag == "JKS"), None)
    if not k:
        return False
    noun = morphs[k - 1]
    return noun.tag == "NNP" or noun.form in TITLE_NOUNS or noun.tag == "XSN" and noun.form == "들"


def _dated_day(morphs) -> bool:
    """Whether a sentence names a day of the month ("28일")."""
    return any(m.tag == "SN" and n.form == "일" and n.tag in {"NNB", "NNG"} and n.start == m.end for m, n in zip(morphs, morphs[1:]))


def content_sentences(doc: Document, min_chars: int = 15) -> list[int]:
    """Indices of the sentences that may become bullets: news content, long enough, not a repeat.

    Scraped pages often carry a photo caption twice in a row (alt text and caption) or repeat a
    paragraph; a line said twice in a row in one paragraph is a caption, and one already seen earlier in the
    article is not content a second time.
    """
    seen: set[str] = set()
    out = []
    sentences = doc.sentences
    headlines = [_squash(t) for t in (doc.article.title, doc.article.subtitle, *(h.text for h in doc.article.headings)) if t]
    per_paragraph = Counter(s.paragraph for s in sentences)
    bounds: dict[int, list[Sentence]] = {}  # each paragraph's first and last sentence
    for s in sentences:
        bounds.setdefault(s.paragraph, [s, s])[1] = s
    bites = set(sound_bite_continuations(doc))
    # an interviewer's question ("Q. 송 특파원, 일본도 먼저 물러설 분위기는 아닌 것 같아요. …각오하는 분위기입니까?"): the
    # paragraph it opens asks, the answer ("A. …") tells
    asked = {para for para, (first, _) in bounds.items() if _QUESTION_MARK.match(first.text)}
    # A caption of two sentences before its credit: the first describes the picture's scene ("…시민들이 벚꽃을 감상하고
    # 있다. …현수막이 달려 있다. 연합뉴스")
    captioned = {s.index for s, after, credit in zip(sentences, sentences[1:], sentences[2:])
                 if s.paragraph == after.paragraph == credit.paragraph and _is_credit(credit.text.strip()) and scene_in_progress(s.morphs)}
    for s in sentences:
        key = " ".join(s.text.split())
        in_bite = s.index in bites
        # A photo caption carries its date stamp: "…구호를 외치고 있다. 2023.08.03."
        following = sentences[s.index + 1] if s.index + 1 < len(sentences) else None
        dated = _DATE_STAMP.match(s.text.strip()) is not None or (
            following is not None and following.paragraph == s.paragraph and _DATE_STAMP.match(following.text.strip()) is not None)
        # ... or comes twice in a row (image alt text, then the caption)
        doubled = following is not None and following.paragraph == s.paragraph and " ".join(following.text.split()) == key
        # ... or sits right before its photo credit ("…울고 있다. 사진=OO", "…있다/OO뉴스")
        credited = s.text.rstrip().endswith("/") or (
            following is not None and following.paragraph == s.paragraph and _is_credit(following.text.strip())) \
            or s.index in captioned
        repeats_headline = _repeats_headline(s.text, headlines)
        # ... or is the tail of a sentence Kiwi split after a quotative "-다" ("…올랐다" | "고 통계청이 밝혔다.")
        previous = sentences[s.index - 1] if s.index else None
        split_tail = previous is not None and previous.paragraph == s.paragraph and _SPLIT_TAIL.match(s.text) is not None \
            and previous.text.rstrip().endswith("다")
        # ... or stands alone as its paragraph, describing the picture's scene (never the first: the lede stays)
        # (a first one only with the day of the picture: "보리스 존슨 총리가 28일 의회에서 연설하고 있다"), or opens a
        # caption of two sentences with the day of the picture ("…정상이 23일 …관저에서 웃으며 악수하고 있다. 양국 정상이 …")
        # (a person's: not "…구조 작업이 12시간 넘게 난항을 겪고 있다", a lede of two sentences)
        alone = per_paragraph[s.paragraph] == 1
        opens_two = per_paragraph[s.paragraph] == 2 and bounds[s.paragraph][0] is s
        scene = (alone or opens_two) and scene_in_progress(s.morphs) \
            and (alone and (out or _dated_day(s.morphs)) or opens_two and _dated_day(s.morphs) and _person_subject(s.morphs))
        if len(s.text) >= min_chars and key not in seen and not dated and not doubled and not credited and not repeats_headline \
                and not scene and not in_bite and not split_tail and s.paragraph not in asked and non_content_reason(s) is None and not inside_quotation(doc, s, *bounds[s.paragraph]):
            out.append(s.index)
        seen.add(key)
    return out


_QUESTION_MARK = re.compile(r"^\s*(?:Q|질문)\s*[.:)]\s")  # "Q. …", "Q: …", "질문: …": an interviewer's question


BITE_SENTENCES = 4  # a bracket a transcript opens on words said closes within this many sentences


def sound_bite_continuations(doc: Document) -> list[int]:
    """Sentences that continue a bracketed sound bite after its first ("[이름/직함 : …습니다. | …하겠습니다.]"):
    the speaker's words without their name, in its paragraph or, where a transcript puts each line in a paragraph
    of its own, in the lines up to the closing bracket (within :data:`BITE_SENTENCES`); so are those after the first
    of words in brackets with no speaker ("[이 속에 곰팡이가 다 슬어 있어요. | 다 젖어서.]"). No bullet is made of them;
    they still count in the article's length."""
    out, sentences = [], doc.sentences
    x = 0
    while x < len(sentences):
        text = sentences[x].text
        if not text.lstrip().startswith("[") or "]" in text:
            x += 1
            continue
        labelled = _SOUND_BITE.match(text) is not None
        # (in its own paragraph a bite runs to its bracket however long; across a transcript's lines, a few sentences)
        close = None
        for y in range(x + 1, len(sentences)):
            if sentences[y].paragraph != sentences[x].paragraph and y > x + BITE_SENTENCES:
                break
            if "]" in sentences[y].text:
                close = y
                break
        if close is None or not labelled and any("[" in sentences[y].text for y in range(x + 1, close + 1)):
            x += 1
            continue
        out.extend(range(x + 1, close + 1))  # (the first says who speaks, or is read as any sentence in brackets is)
        x = close + 1
    return out


def inside_quotation(doc: Document, sentence: Sentence, first: Sentence, last: Sentence) -> bool:
    """Whether ``sentence`` lies inside a quotation of several sentences ("“…왔습니다. | 한옥마을은 꼭 오고 싶었던
    곳입니다. | …좋습니다.”"): a double quotation mark that opens its paragraph (``first`` to ``last`` sentence)
    is still open where it starts and closes at or after its end. Alone, a bullet would state someone's words as
    fact, without their speaker."""
    body = doc.article.body
    if first is sentence or QUOTE_FAMILY.get(body[first.start]) != "double":
        return False  # (only a paragraph that is the quotation: a stray mark mid-paragraph, as in a transcript's
        # "- "…" lines, opens nothing certain; and the check stays linear in the paragraph's length)
    opened = any(stop == sentence.start and start == first.start
                 for start, stop in quotation_spans(body, first.start, sentence.start))
    if not opened:
        return False
    own = [x for x in range(sentence.start, sentence.end) if QUOTE_FAMILY.get(body[x]) == "double"]
    if own:  # the quotation closes here: inside it only when nothing but punctuation follows ("…좋습니다.”", no "…라고 말했다")
        return not body[own[0] + 1 : sentence.end].strip(" .!?\"”")
    return any(QUOTE_FAMILY.get(ch) == "double" for ch in body[sentence.end : last.end])  # it closes later


def _speaker_outside_quotes(morphs) -> bool:
    """Whether a noun outside quotation marks takes a topic or subject particle (who said it)."""
    for k, m in outside_quotes(morphs):
        if k and m.tag in {"JKS", "JX"} and m.form in {"이", "가", "은", "는", "도", "께서"} \
                and (morphs[k - 1].tag in {"NNG", "NNP", "NNB", "SL", "SH", "XSN"} or closed_noun(morphs, 0, k - 1)
                     or after_share(morphs, k) and any(n.form in {"결과", "조사"} for n in morphs[: k - 1])):
            # "윤 원내대표도 …라고 평가했다", "고성소방서(서장 홍길동)는 …": a bracketed note after the name; a share of
            # those asked, in the survey the sentence names: "…조사한 결과, 응답자의 76.2%가 “…”고 답했다" (not "응답자의
            # 47.6%가 수학을 “가장 어려웠다”고 꼽았다", whose survey the sentence before named)
            if m.tag == "JKS" and named_clause(morphs, k + 1, len(morphs)):
                continue  # "대표가 …를 비판한 것을 두고 “…”라고 비판했다": the subject of what is talked about
            return True
    return False


_NOMINAL = frozenset({"NNG", "NNP", "NNB", "NR", "NP", "SN", "SL", "SH", "XSN", "ETN"})
_TOPIC_PARTICLES = frozenset({"은", "는", "도", "만", "께서", "이", "가"})


def _marks_own_subject(morphs, start: int = 0, topics: frozenset = _TOPIC_PARTICLES) -> bool:
    """Whether a topic particle (one of ``topics``) or a subject particle from ``start`` on marks the sentence's own
    subject; a subject particle with a modifier ending after it is the describing clause's ("한 업체가 내놓은 …햄버거입니다")."""
    last_modifier = max((x for x, m in enumerate(morphs) if m.tag == "ETM"), default=-1)
    return any(m.tag == "JX" and m.form in topics or m.tag == "JKS" and k > last_modifier for k, m in enumerate(morphs[start:], start))


def has_subject(morphs) -> bool:
    """Whether a noun outside quotation marks is marked as subject or topic ("정부가", "수출은", "수입도",
    "서울시에서는"). Korean drops a subject the previous sentence gave ("기업당 30억원씩 출자했다",
    "전년 대비 7.8% 증가한 수치다"): such a sentence needs the one before it."""
    # a quotation left open by a bad sentence split ("‘알록달록한 과녁 …") is no quotation
    balanced = sum(m.tag == "SSO" for m in morphs) == sum(m.tag == "SSC" for m in morphs)
    depth = 0
    for k, m in enumerate(morphs):
        if m.tag == "SSO":
            depth += balanced
        elif m.tag == "SSC":
            depth = max(0, depth - 1)
        elif depth or not k:
            continue
        elif m.tag == "JKS":
            # "대표가 …한 것을 두고 …라고 비판했다": not who criticises; "사업이 시작되기 전인 2023년과 비교하면 2.2배
            # 수준이다": not what is 2.2 times
            if not named_clause(morphs, k + 1, len(morphs)) and not subject_of_before(morphs, k + 1):
                return True
        elif m.tag == "JX" and m.form in _TOPIC_PARTICLES and (
                morphs[k - 1].tag in _NOMINAL or morphs[k - 1].tag == "SSC"  # "무역수지(수출-수입)은", "‘부여군’은"
                or (morphs[k - 1].tag == "JKB" and morphs[k - 1].form == "에서"
                    # (not a numbered setting, "올해 1군에서는 …타율 0.261": where, not who)
                    and not (k >= 3 and morphs[k - 3].tag == "SN" and morphs[k - 3].end == morphs[k - 2].start))) \
                and not (k + 1 < len(morphs) and morphs[k + 1].form == "물론") and not _object_with_also(morphs, k) \
                and not (k == 2 and morphs[0].tag == "SN" and morphs[1].tag == "SL" and morphs[0].end == morphs[1].start):
            return True  # (not "전년(20.1%)은 물론 …보다도 높았다": "not only X" names no topic; nor a bare figure, "20GWh는 …
            # 배터리 물량이다", as "5.49%는 …수치다": of what, the sentence before says)
        elif m.tag == "SP" and m.form == "," and morphs[k - 1].tag in _NOMINAL and morphs[k - 1].form not in _ADDRESSED \
                and not any(x.tag.startswith(("E", "V", "J")) for x in morphs[:k]) and ends_in_copula(morphs):
            return True  # "영업이익 10배, …삼성전자 1분기 실적입니다": the phrase fronted with a comma is what the copula says
    return False


def _object_with_also(morphs, k: int) -> bool:
    """Whether the "도" at ``k`` marks the object of the act right after it in a later clause ("…을 강화해 이용자층을
    확장하고 맞춤형 광고도 도입한다": ads are introduced too), not who acts."""
    return morphs[k].form == "도" and any(m.tag == "EC" for m in morphs[:k]) and k + 2 < len(morphs) \
        and morphs[k + 1].tag == "NNG" and morphs[k + 1].start > morphs[k].end \
        and morphs[k + 2].tag == "XSV" and morphs[k + 2].form == "하" and morphs[k + 2].start == morphs[k + 1].end \
        and any(m.tag == "JKO" for m in morphs[:k])


_ADDRESSED = frozenset({"기자", "특파원", "캐스터", "앵커", "위원", "교수", "씨", "님"})  # "서 기자, …": the anchor addresses someone


_DECISION_NOUNS = frozenset({"결정", "조치"})  # "…리스크가 불거진 데 따른 결정이다": why it was decided, a fact of its own


ONE_OF_A_SET = frozenset({"하나", "일환", "일부"})  # "…사업의 하나다", "…정책의 일환이다"
# What someone has, said of a reported clause ("…끌어들이겠다는 취지다", "…늘리겠다는 계획이다"): whose, the subject says.
# (Not a frame of no one's, "…오를 것이라는 전망이다", which reads alone.)
OWNED_AIMS = frozenset({"취지", "계획", "방침", "목표", "구상", "의도", "입장", "설명", "주장", "생각", "각오", "포부", "전략", "복안"})
REPORTING_ENDINGS = frozenset({"다는", "라는", "ᆫ다는", "는다는", "자는", "냐는"})


def _owned_aim(morphs) -> bool:
    """Whether a sentence's copula says someone's aim of a reported clause ("…끌어들이겠다는 취지다"): the aim of who
    the sentence before named. (A list of demands, "…도입할 것, …늘릴 것 등이다", read blind as carrying the news with
    no one demanding: it is not deferred.)"""
    v = max((x for x, m in enumerate(morphs) if m.tag == "VCP"), default=None)
    if v is None or v < 2:
        return False
    noun = morphs[v - 1]
    return noun.form in OWNED_AIMS and noun.tag == "NNG" and morphs[v - 2].tag == "ETM" and morphs[v - 2].form in REPORTING_ENDINGS


def _aim_owner(morphs) -> bool:
    """Whether a sentence saying someone's aim or claim (:func:`_owned_aim`) names whose it is: a topic before any
    clause of the reported words ends ("가람군은 …고치겠다는 계획이다"), or a subject outside them. A topic after a
    clause ends is the reported words' own, and so is a lone topic before it set against one after it ("입소 정원은
    …늘었지만 인원은 그대로라는 주장이다": whose claim, the sentence before says; "조합은 요금은 묶였지만 …라는 입장이다": the
    union's), unless words with a subject or object of their own follow the later one ("…줄었지만, 경찰은 …사고가
    집중되는 만큼 경각심을 늦출 수 없다는 입장이다": the police's)."""
    def topic(m) -> bool:
        return m.tag == "JX" and m.form in {"은", "는", "ᆫ"}

    end = next((k for k, m in enumerate(morphs) if m.tag == "EC" and m.form in CLAUSE_ENDINGS), len(morphs))
    topics = sum(map(topic, morphs[:end]))
    if _marks_own_subject(morphs, topics=frozenset()):
        return True  # a subject outside the reported words
    if topics >= 2 or topics == 1 and end == len(morphs):
        return True
    after = next((t for t in range(end, len(morphs)) if topic(morphs[t]) or morphs[t].tag == "JKS"), None)
    if after is None:
        return topics == 1
    # a topic after the clause ends owns the view when words of their own follow it, with a subject or object
    # ("…줄었지만, 경찰은 연말 모임이 몰리는 12월에 …늦출 수 없다는 입장이다"), not a bare state ("인원은 그대로라는")
    etm = next((x for x in range(after, len(morphs)) if morphs[x].tag == "ETM" and morphs[x].form in REPORTING_ENDINGS), len(morphs))
    return topic(morphs[after]) and any(m.tag in {"JKS", "JKO"} for m in morphs[after + 1 : etm])


def _described_predicate_noun(morphs) -> bool:
    """Whether the noun a sentence's copula follows is described by a clause right before it ("…가 도입한
    투과전자현미경입니다"), not a time or a measure ("…마비된 건 오늘 오전 9시쯤입니다"), nor a topic ("…난 건"), nor the
    writer's stance on the clause ("…잼버리가 폭염에 발목을 잡힌 모양새다": the clause is what the sentence says), nor its
    cause or the decision it led to ("…흥행을 기록한 덕이다", "…불거진 데 따른 결정이다")."""
    v = max((x for x, m in enumerate(morphs) if m.tag == "VCP"), default=None)
    if v is None:
        return False
    b = v
    if b >= 3 and morphs[b - 1].form in ONE_OF_A_SET and morphs[b - 2].tag == "JKG":
        b -= 2  # "…수원시가 시작한 ‘심야 개방’ 사업의 하나다": one of the things the clause describes
    while b > 0 and (morphs[b - 1].tag in {"NNG", "NNP", "SL", "SH"} or morphs[b - 1].tag in {"SSO", "SSC"} and morphs[b - 1].form in {"‘", "’", "'"}):
        b -= 1
    # (a reported clause, "…판매한다는 내용이었다", "…밟을 것이라는 관측이다", is what someone said: it stands)
    return b < v and b > 0 and morphs[b - 1].tag == "ETM" and morphs[b - 1].form in {"ᆫ", "은", "는", "던", "ᆯ", "을"} \
        and morphs[v - 1].form not in _STANCE_NOUNS | CAUSE_NOUNS | _DECISION_NOUNS \
        and not any(m.tag == "JX" for m in morphs[:b])


def ends_in_copula(morphs) -> bool:
    """Whether a sentence ends on the copula ("…사장님들입니다", "…단지다", "…실적이었습니다")."""
    words = [m for m in morphs if m.tag not in {"SF", "SP", "SE", "SSO", "SSC"}]
    return len(words) >= 3 and words[-1].tag == "EF" and (words[-2].tag == "VCP" or words[-2].tag == "EP" and words[-3].tag == "VCP")


# After a surname alone, a title (compress.TITLE_NOUNS: "김 의장은", "B 경위는", "이 씨는") names someone the
# article introduced earlier.
_SURNAME_TAGS = frozenset({"NNP", "NNG", "MM", "SL", "NR"})  # Kiwi's reading of a lone surname varies ("한 대표": MM)


@dataclass(frozen=True)
class SurnameReference:
    """A person named at the head of a sentence by surname (or an initial) and title only: "김 의장", "B 경위"."""

    surname: str
    title: str  # the title's last noun ("원내대표" -> "대표")


def surname_reference(morphs) -> SurnameReference | None:
    """The :class:`SurnameReference` a sentence or bullet opens with, or None. The title must end a noun
    phrase (a particle, comma or the end follows): "한 대표 기업이" is "one leading company"."""
    words = _word_morphs(morphs)
    if len(words) < 2 or len(words[0].form) != 1 or words[0].tag not in _SURNAME_TAGS \
            or not re.fullmatch(r"[가-힣A-Z]", words[0].form):
        return None
    if words[1].start == words[0].end and not (words[0].form.isascii() or words[1].form == "씨"):
        return None  # a name Kiwi split ("우남성" -> "우", "남성"): a lone surname stands apart ("A씨", "김씨" aside)
    for k in (1, 2):  # "김 의장", "김 원내 대표" (Kiwi splits compound titles)
        if k < len(words) and words[k].tag in {"NNG", "NNB"} and words[k].form in TITLE_NOUNS \
                and all(w.tag == "NNG" for w in words[1:k]):
            rest = list(morphs)[list(morphs).index(words[k]) + 1 :]
            after = rest[0] if rest else None
            if after is None or after.tag.startswith("J") or after.tag in {"SP", "SF"}:
                return SurnameReference(words[0].form, words[k].form)
            return None
    return None


def introduced_name(ref: SurnameReference, sentences) -> str | None:
    """The full name and title that introduced the person of ``ref`` ("김철수 국회의장"), when exactly one
    person with that surname and title is named in ``sentences`` (Kiwi reads the name as one proper noun,
    the title follows it); None when none is, or two are."""
    found = set()
    for sentence in sentences:
        morphs = [m for m in sentence.morphs if m.tag not in {"SP", "SO"}]
        for k, m in enumerate(morphs):
            if m.tag != "NNP" or not m.form.startswith(ref.surname) or not 2 <= len(m.form) <= 4 or ref.surname.isascii():
                continue
            for j in (k + 1, k + 2, k + 3):  # "김철수 의장", "김철수 국회 의장", "박민수 한빛 경찰서 경위"
                # ("조충훈 순천시장": Kiwi reads a place and its title as one proper noun)
                titled = morphs[j].form == ref.title and morphs[j].tag in {"NNG", "NNB"} if j < len(morphs) else False
                titled = titled or j == k + 1 < len(morphs) and morphs[j].tag in {"NNP", "NNG"} \
                    and morphs[j].form.endswith(ref.title) and len(morphs[j].form) > len(ref.title)
                if titled and all(x.tag in {"NNG", "NNP"} for x in morphs[k + 1 : j]):
                    found.add(sentence.text[m.start - sentence.start : morphs[j].end - sentence.start])
                    break
    names = {" ".join(f.split()) for f in found}
    # Kiwi may split a name it does not know ("김영희" -> "김영", "희") and miss a second person: the written
    # mentions must agree that there is one
    if len(names) != 1 or full_name_mentions(ref, [s.text for s in sentences]) != {next(iter(names)).split()[0]}:
        return None
    return next(iter(names))


def _named_speaker(sentence: Sentence) -> str | None:
    """The speaker a reported sentence names as its topic or subject, outside quotations: a name or an
    organisation with its title ("국민의힘 유상범 수석대변인은 …라고 말했다" -> "국민의힘 유상범 수석대변인"),
    never a pronoun or a bare title."""
    morphs = sentence.morphs
    for k, m in outside_quotes(morphs):
        if not (m.tag == "JKS" or m.tag == "JX" and m.form in {"은", "는", "도"}) or k == 0:
            continue
        b, words, gloss = k, 0, None
        while b > 0 and words < 4 and morphs[b - 1].tag in {"NNP", "NNG", "SL", "SH", "SN", "XSN"}:
            b -= 1  # a word of nouns, with a genitive inside it ("국민의힘")
            while b > 0 and morphs[b - 1].end == morphs[b].start and morphs[b - 1].tag in {"NNP", "NNG", "SL", "SH", "SN", "XSN", "JKG"}:
                b -= 1
            words += 1
            if gloss is None and b > 1 and morphs[b - 1].tag == "SSC" and morphs[b - 1].end < morphs[b].start \
                    and closed_noun(morphs, max(0, b - 12), b - 1):
                # "이광형 카이스트(KAIST·한국과학기술원) 총장은": the gloss of a name inside the speaker's is left out
                o = next(y for y in range(b - 2, -1, -1) if morphs[y].tag == "SSO")
                gloss, b = (morphs[o].start, morphs[b - 1].end), o
                continue
            if b > 0 and morphs[b - 1].end == morphs[b].start:
                return None  # the phrase starts inside a word
        phrase = morphs[b:k]
        if b > 0 and morphs[b - 1].tag == "MM" and phrase and phrase[0].tag != "NNP":
            # "17번째 교육청의 첫 수장 | 신정균 교육감은": what describes the person ("첫 수장") ends before the name; the
            # speaker is the name with its title (after a genitive or a clause the speaker is whoever they describe: none)
            named = next((y for y, x in enumerate(phrase) if x.tag == "NNP" and (y == 0 or phrase[y - 1].end < x.start)), None)
            if named:
                b, phrase = b + named, phrase[named:]
        # (a name Kiwi reads as common nouns, "이종수 도교육청 기획국장", still ends in a title after words of its own)
        titled = words >= 2 and phrase[-1].form in TITLE_NOUNS if phrase else False
        # (or a body by its full name, "합동참모본부는 이날 “…”고 밝혔다", or one that acts by its common name, "정부는")
        named_body = phrase and b == 0 and (len(name := "".join(x.form for x in phrase)) >= 4 and name.endswith(ANNOUNCING_BODIES + INSTITUTION_ENDINGS)
                                            or name in ACTING_BODIES)
        if not phrase or not (titled or named_body or any(x.tag == "NNP" for x in phrase)) or b > 0 and morphs[b - 1].tag in {"JKG", "ETM", "SSC"}:
            return None  # "…의 대변인은": whose is further back; "…한 관계자는": a clause describes them
        text = sentence.text[phrase[0].start - sentence.start : phrase[-1].end - sentence.start]
        if gloss is not None:
            text = text[: gloss[0] - phrase[0].start] + text[gloss[1] - phrase[0].start :]
        return text
    return None


def continuing_speaker(doc: Document, index: int) -> str | None:
    """Who speaks in a reported sentence that names no speaker, or names them "그는", when the sentence just before is
    the same kind of report by a named speaker ("유 대변인은 “…”라고 말했다. 또 “…”라고 비난했다."): the speaker goes
    on, as Korean news writes it. None when the sentence has a subject of its own or the one before is no report."""
    if index == 0:
        return None
    sentence, before = doc.sentences[index], doc.sentences[index - 1]
    if has_subject(sentence.morphs) and not _pronoun_speaker(sentence.morphs) or not reported(sentence.morphs) or not reported(before.morphs):
        return None
    return _named_speaker(before)


def _pronoun_speaker(morphs) -> bool:
    """Whether a sentence opens on "그는"/"그녀는" (he, she) as its topic or subject: the speaker of the report before
    ("윤 시장은 “…”고 설명했다. | 그는 “…”며 “…”고 말했다"); the bullet drops the pronoun and names them."""
    words = [m for m in morphs if m.tag not in MARK_TAGS]
    return len(words) > 2 and words[0].tag == "NP" and words[0].form in {"그", "그녀"} \
        and (words[1].tag == "JKS" or words[1].tag == "JX" and words[1].form in {"은", "는", "ᆫ"})


# Who acts, though no name: a topic of these takes the next sentence's act as its own.
ACTING_BODIES = frozenset({"정부", "여야", "경찰", "검찰", "법원", "당국", "연구팀", "연구진", "재판부", "소방당국", "방역당국",
                           "시", "군", "구"})  # (a local government by its bare name: "시는 …", which the headline finish names)


def continuing_actor(doc: Document, index: int) -> str | None:
    """Who acts in a sentence with no subject, when the sentence just before names one as its topic ("외신들도 오늘
    DMZ 회동을 집중 보도했습니다. 트럼프 대통령의 일정을 실시간으로 다루며 …을 전했습니다."): Korean news drops
    the subject the sentence before gave. The topic is nouns only, with a name in it or one of
    :data:`ACTING_BODIES` (no pronoun, no time, no clause or determiner before it), and the sentence ends on a verb
    with an object; None otherwise."""
    if index == 0:
        return None
    sentence, before = doc.sentences[index], doc.sentences[index - 1]
    if has_subject(sentence.morphs) or not any(m.tag == "JKO" for m in sentence.morphs):
        return None  # (with no object either, it continues the sentence before: "전년 대비 12% 늘어난 규모다")
    # (the verb before a progressive's "-고 있다": "…상품을 판매하고 있다")
    last = next((m for m in reversed(sentence.morphs) if m.tag not in {"SF", "EF", "EP", "SP"}
                 and (m.form, m.tag[:2]) not in {("있", "VX"), ("고", "EC")}), None)
    if last is None or not last.tag.startswith(("VV", "XSV")):
        return None  # "…를 제친 사상 최대치다": what "is" is this fact, not the sentence before's topic
    morphs = before.morphs
    if _quotes_someone_else(morphs) and not reported(sentence.morphs):
        # "토트넘 구단은 …“손흥민과 …재계약을 체결했다”고 발표했다. | 재계약 기간을 다 지키면 10년을 채운다": the topic
        # only announced what a person named in its words did; what follows is about that, not the speaker's own act
        # (unless it goes on speaking)
        return None
    for k, m in outside_quotes(morphs):
        if not (m.tag == "JKS" or m.tag == "JX" and m.form in {"은", "는", "도"}) or k == 0:
            continue
        b = k
        while b > 0 and k - b < 4 and (morphs[b - 1].tag in {"NNP", "NNG", "SL", "SH", "XSN"}
                                       or morphs[b - 1].tag == "SN" and b >= 2 and morphs[b - 2].end == morphs[b - 1].start):
            b -= 1  # ("이마트24는": a number glued to a name is part of it)
        if b < k and morphs[b].form in DANGLING_ADVERBS:
            b += 1  # "반면 삼성 라이온즈는": Kiwi reads the connective as a noun; it is no part of the name
        phrase = morphs[b:k]
        ending = next((x for x in morphs[k + 1 :] if x.tag in {"ETM", "EC", "EF"}), None)
        if m.tag == "JKS" and ending is not None and ending.tag == "ETM":
            return None  # "수원시가 17일 공포한 조례안에 따르면": the subject of a relative clause (a topic never is)
        opens = b == 0 or morphs[b - 1].end < morphs[b].start and (
            morphs[b - 1].tag in {"MAG", "MAJ"} or morphs[b - 1].form in TIME_TOPICS | DANGLING_ADVERBS or morphs[b - 1].form in {"일", "월", "년"})
        if not phrase or not opens \
                or phrase[0].tag == "XSN" or any(x.form in TIME_TOPICS for x in phrase) \
                or not any(x.tag in {"NNP", "SL"} or x.form in ACTING_BODIES for x in phrase):
            # (it opens the sentence, after a time or adverb at most: "A와 B는" is two; "운행은", "일일 관객 수는": a
            # thing the sentence before is about need not act in this one)
            return None
        actor = before.text[phrase[0].start - before.start : phrase[-1].end - before.start]
        # "오리온은 …. 오리온을 ‘탐험 우주선’이라고 부른다.": a sentence naming the topic itself acts on it, it does not
        # continue its acts
        return None if actor in sentence.text else actor
    return None


def _quotes_someone_else(morphs) -> bool:
    """Whether a sentence's quotation names someone (a proper noun inside “…”): what it says is about them."""
    depth = 0
    for m in morphs:
        if m.tag == "SSO" and m.form in {"“", '"'}:
            depth += 1
        elif m.tag == "SSC" and m.form in {"”", '"'}:
            depth = max(0, depth - 1)
        elif depth and m.tag == "NNP":
            return True
    return False


FIGURE_OWNER_REACH = 3  # sentences back a run of figures may go to find the company they are of


def _figure_topic(sentence: Sentence) -> str | None:
    """The bare figure a sentence opens on as its topic or subject ("반면 누적 영업이익은 10억원으로 …" -> "누적
    영업이익"; "경상이익도 20.3% 증가한 …" -> "경상이익"): common nouns only, no owner of their own; None otherwise."""
    morphs = sentence.morphs
    x = 1 if morphs and (morphs[0].form in DANGLING_ADVERBS or morphs[0].form in {"또", "한편"}) else 0
    y = opening_figure(morphs[x:], {"은", "는", "도"}, subject=True)
    return sentence.text[morphs[x].start - sentence.start : morphs[x + y - 1].end - sentence.start] if y is not None else None


def figure_owner(doc: Document, index: int) -> tuple[str, str] | None:
    """(figure, company) for a sentence that gives a figure with no owner ("영업이익은 13억원으로 …") right after
    sentences about a named company ("소형 모터업체 에스피지는 …매출 1백3억원을 기록해 …"): Korean earnings news
    names the company once and goes on with its figures; alone, a bullet "영업이익, 13억원으로 …" says of no one,
    and in a story of several companies reads as the one named above it. The company is the name the nearest
    sentence before opens on as its topic (its last word: "방송설비 제조업체 코맥스는" -> "코맥스"), passing over
    other bare figures; None otherwise."""
    figure = _figure_topic(doc.sentences[index])
    if figure is None:
        return None
    for before in reversed(doc.sentences[max(0, index - FIGURE_OWNER_REACH) : index]):
        if _figure_topic(before) is not None:
            continue
        # (a bracket after the name is no part of it: "코스모신소재(대표 홍동환)는" -> "코스모신소재")
        words = re.sub(r"\([^()]*\)", "", before.text).split()[:4]
        for word in words:
            core = re.sub(r"(은|는)$", "", word)
            if core == word:
                continue
            first = next((m for m in before.morphs if m.start - before.start == before.text.find(core)), None)
            if first is not None and first.tag in {"NNP", "SL"} and len(core) >= 2:
                return figure, core
            return None
        return None
    return None


ANY_TITLE = "|".join(sorted(TITLE_NOUNS, key=len, reverse=True))  # a regex alternative of the titles, longest first


def _title_pattern(titles) -> str:
    """A regex alternative of ``titles`` that a compound may end ("국회의장"), except a title of one syllable
    ("군", "씨"): a word of its own, never the end of a longer one ("고흥군" is a county)."""
    return "|".join([*(rf"[가-힣]*{t}" for t in sorted(titles, key=len, reverse=True) if len(t) > 1),
                     *(t for t in sorted(titles) if len(t) == 1)])


_ANY_FULL_TITLE = _title_pattern(TITLE_NOUNS)


def _full_name_pattern(surname: str, titles: str) -> str:
    """A full name (``surname`` and one to three syllables, a word of its own; its age may follow, "안소정(52) 씨") before
    one of ``titles``; only the name is matched (the title is looked ahead at), so a name right after another's is found
    too."""
    return rf"(?:^|(?<=[^가-힣A-Za-z]))({surname}[가-힣]{{1,3}})(?=(?:\s+|\(\d{{1,3}}\)\s?)(?:[가-힣]+\s)?(?:{titles}))"


# Any full name before any title, compiled once (the alternative of all titles is long: compiling it per surname took
# a tenth of the engine's time); a surname's names are those it matches that start with the surname.
_ANY_FULL_NAME = re.compile(_full_name_pattern("[가-힣]", _ANY_FULL_TITLE))


@functools.lru_cache(maxsize=256)
def _full_name_regex(surname: str, title: str) -> re.Pattern:
    """The pattern of a full name with ``surname`` before ``title``, compiled once per pair."""
    return re.compile(_full_name_pattern(re.escape(surname), _title_pattern([re.escape(title)])))


def full_name_mentions(ref: SurnameReference, texts, any_title: bool = False) -> set[str]:
    """The full names written in ``texts`` with the surname and title of ``ref`` ("김철수 의장", "김철수 국회의장"
    -> 김철수). One name means "김 의장" is understood; two leave it ambiguous. With ``any_title``, names with the
    surname and any title of :data:`TITLE_NOUNS` ("김민석 총리" for "김 후보자": one person, two titles)."""
    if any_title:
        found = (name for t in texts for name in _ANY_FULL_NAME.findall(t) if name.startswith(ref.surname))
    else:
        found = (name for t in texts for name in _full_name_regex(ref.surname, ref.title).findall(t))
    # ("이날 전라남도 고흥군": a day, not a name)
    return {name for name in found if name not in TIME_REFERENCES | TIME_TOPICS}


def name_in_full(ref: SurnameReference, sentences, title: str, any_title: bool = False) -> str | None:
    """The full name and title for ``ref`` ("김 의장" -> "김철수 의장"): the one :func:`introduced_name` finds in
    ``sentences``, else the one full name with its surname the headline and ``sentences`` write (a name Kiwi split,
    "권유호" as "권유" + "호"; with ``any_title`` under another title, "김민석 총리" for "김 후보자"); None when there
    is none or more than one."""
    full = introduced_name(ref, sentences)
    # ("김씨" is a private person: never the one official with that surname, "김진성 판사", in a story on the case of
    # "김모씨"; under "씨" only a name written with "씨" counts)
    any_title = any_title and ref.title != "씨"
    if full is None and len(names := full_name_mentions(ref, [title, *(s.text for s in sentences)], any_title=any_title)) == 1:
        full = f"{next(iter(names))} {ref.title}"
    return full


def role_before_name(name: str, sentences) -> str | None:
    """The common nouns that stand right before a private person's name where the article first names them, up to
    four whole words ("…어묵 노점을 하는 주민 장순옥(71) 씨" -> "주민", "피해자 모임 대표 김지은 씨" -> "피해자 모임 대표",
    "8년 차 간호사 정다은 씨" -> "간호사"): who they are, which a bullet that quotes them under their name alone would
    not say; None when no such word stands there."""
    for sentence in sentences:
        morphs = sentence.morphs
        for k, m in enumerate(morphs):
            # (the name as written: Kiwi may split an anonymized one, "정모" as "정" + "모")
            if m.tag == "NNP" and (m.form == name or sentence.text.startswith(name, m.start - sentence.start)):
                b = k
                while b > 0 and morphs[b - 1].end < morphs[b].start:
                    # (a whole word of common nouns, one or several Kiwi reads in it: "정비업체" is "정비" + "업체")
                    w = b - 1
                    while w > 0 and morphs[w - 1].end == morphs[w].start:
                        w -= 1
                    word = morphs[w:b]
                    if not all(x.tag == "NNG" for x in word) or sum(len(x.form) for x in word) < 2 or date_part(morphs, b - 1):
                        break
                    b = w
                if b > 0 and b < k and morphs[b - 1].tag == "MM" and morphs[b - 1].form in {"전", "현"} and morphs[b - 1].end < morphs[b].start:
                    b -= 1  # "전 상무 정모 씨": a former officer is no officer (the role goes with its "전")
                if b == k and k and morphs[k - 1].tag == "ETM" and morphs[k - 1].form == "는" and morphs[k - 1].end < m.start:
                    return _describing_clause(sentence, k)
                # (more than four words is a description of its own, not a role: none rather than a piece of it)
                role = sentence.text[morphs[b].start - sentence.start : morphs[k - 1].end - sentence.start]
                return role if b < k and len(role.split()) <= 4 else None
    return None


DESCRIBING_CLAUSE_WORDS = 5  # the most words of a clause that says who a private person is, as a bullet may carry it


def _describing_clause(sentence, k: int) -> str | None:
    """The relative clause that opens ``sentence`` or a part of it after a comma and ends right before the name at
    ``k``, when it is short ("15년째 사입 일을 하는 박재현(45) 씨는 …" -> "15년째 사입 일을 하는"): who the person is, told by
    what they do (the caller asks for the present "-는": "영사실에서 내려온 문길수 씨" tells what he did then); None for a
    longer one, or one with a subject or quotation of its own."""
    morphs = sentence.morphs
    c = k - 1
    while c > 0 and morphs[c - 1].tag not in {"SP", "SF"} and not (morphs[c - 1].tag == "JKS" or morphs[c - 1].tag == "JX"):
        c -= 1
    if morphs[c].tag in {"SSO", "SSC"} or any(x.tag in {"SSO", "SSC"} for x in morphs[c:k]):
        return None
    clause = sentence.text[morphs[c].start - sentence.start : morphs[k - 1].end - sentence.start]
    at_head = c == 0 or morphs[c - 1].tag == "SP"
    return clause if at_head and len(clause.split()) <= DESCRIBING_CLAUSE_WORDS else None


def _also_subject(morphs) -> bool:
    """Whether the sentence's first noun phrase takes the particle "도" ("정부도 지원을 늘렸다"): too, like
    someone an earlier sentence told of."""
    for k, m in enumerate(morphs):
        if m.tag in {"SSO", "SSC"} and m.form in {"‘", "’", "'"}:
            continue  # a quoted name ("‘카니발’도 판매가 …") is the noun phrase
        if m.tag.startswith(("J", "V", "E", "XSV", "XSA")) or m.tag in {"SSO", "SF", "SP"}:
            # "한빛도는", "한빛도, …" is a province ("도") with its particle or topic comma, which Kiwi may read as "도" + "는"
            particle_follows = k + 1 < len(morphs) and (morphs[k + 1].tag.startswith("J") or morphs[k + 1].tag == "SP")
            named = morphs[k - 1].tag in _NOMINAL or morphs[k - 1].form in {"’", "'"} and morphs[k - 1].tag == "SSC"
            return m.tag == "JX" and m.form == "도" and k > 0 and named and not particle_follows \
                and morphs[k - 1].form not in TIME_TOPICS \
                and not described_subject_after(morphs[k + 1 :]) and not named_before_comma(morphs, k)
            # ("오늘도 …": today as on other days, no one told before; "밤잠도 건너뛰고 …오른 시민들, …": even sleep, in the
            # clause that describes the subject)
    return False


JUST_AFTER_REASON = "opens with a time after the event just before (그 뒤, 잠시 뒤, 이후)"


def sentence_dangles(sentence: Sentence, strip_connectives: bool = True, first: bool = False) -> str | None:
    """Why a sentence's bullet would need the article to be understood, or None.

    With ``strip_connectives`` the sentence is judged as compression renders it: opening
    connectives (``하지만``, ``또한``) are dropped there, so they do not count. The ``first`` content
    sentence has no sentence before it to take a subject from: without one, but with an object, it
    speaks of anyone ("슈퍼문을 14일 저녁에 볼 수 있다"); without either ("전년 대비 12% 늘어난 규모다")
    it still continues a sentence the page lost.
    """
    from pipeline.compress import Compressor

    morphs = list(sentence.morphs)
    if _JUST_AFTER.match(sentence.text.strip()):
        # compression drops "그 뒤", "잠시 뒤", but what happened still follows the event told just before
        return JUST_AFTER_REASON
    start = Compressor._strip_lead(morphs) if strip_connectives else 0
    reason = dangling_reason(morphs[start:], sentence.text[morphs[start].start - sentence.start:] if start < len(morphs) else "")
    if reason is not None:
        return reason
    if direct_quotation(morphs) and not _speaker_outside_quotes(morphs[start:]):
        return "a quotation without its speaker"
    copula = ends_in_copula(morphs)
    # (a subject inside what describes the thing is not the sentence's: "한 업체가 내놓은 …햄버거입니다")
    own_subject = copula and _marks_own_subject(morphs, start)
    if copula and not own_subject and _a_certain(morphs[start:]):
        return "names a certain thing, no one's act (…의 한 아파트 단지입니다): what the pictures show"
    if copula and not own_subject and any(m.tag == "JKS" for m in morphs[start:]) and _described_predicate_noun(morphs[start:]):
        # "2011년에 유니스트가 아시아 최초로 도입한 투과전자현미경입니다": what this is, the sentence before or the
        # pictures showed
        return "says what something is with no subject (…가 도입한 투과전자현미경입니다): the thing is named earlier or shown"
    if copula and _owned_aim(morphs[start:]) and not _aim_owner(morphs[start:]):
        # "…관광객을 끌어들이겠다는 취지다": a subject inside is the reported clause's
        return "has no subject: whose aim it is, an earlier sentence says (…끌어들이겠다는 취지다)"
    if not has_subject(morphs[start:]) and not (first and any(m.tag == "JKO" for m in morphs[start:]) and not copula):
        # (an object inside what a copula says is no act of anyone's: "바로 배달앱을 이용하는 사장님들입니다" answers a
        # question the page asked before)
        return "has no subject: who or what is said in an earlier sentence"
    # "김 위원장은", "허 씨는": a person named by surname only was introduced earlier in the article.
    if surname_reference(morphs[start:]) is not None:
        return "names a person by surname only"
    return None


# "한 해", "한 단계": one, not "a certain"
_ONE_OF = frozenset({"해", "달", "주", "날", "번", "명", "차례", "가지", "때", "시간", "분", "편", "가운데", "사람", "단계", "개", "건",
                     "대", "마리", "장", "층", "걸음", "자리", "마디", "순간", "쪽", "발", "잔", "병", "채", "척"})


def _a_certain(morphs: Sequence[Morph]) -> bool:
    """Whether a thing is brought in as "a certain" one ("…삼천동의 한 아파트 단지", "한 업체가 …내놓은 햄버거")."""
    return any(m.tag == "MM" and m.form == "한" and y + 1 < len(morphs) and morphs[y + 1].form not in _ONE_OF
               for y, m in enumerate(morphs))


# Closing phrases of a courtesy quotation: a promise to try, thanks, a hope or a recommendation says
# nothing the article reports ("앞으로도 최선을 다하겠다", "많은 관심 바란다").
_PROMISES = r"최선을 다하|노력하겠|노력할 것|힘쓰겠|감사드|감사하"  # a promise to try, or thanks
_COURTESY_QUOTE = re.compile(rf"({_PROMISES}|고맙|기대한다|기대된다|바란다|바랍니다|부탁드|추천한다|추천드)[^”\"]{{0,12}}[”\"]")


_COURTESY_REPORTED = re.compile(rf"(최선을 다해|{_PROMISES})[^.]{{0,16}}(?:다|라)고\s*(?:\S+\s*)?(?:밝혔|말했|전했|강조했|덧붙였)")


def says_so(sentence: Sentence) -> bool:
    """Whether a sentence only says who found or announced what the sentence before told ("서천군은 …결과보고회를
    열고 이같이 분석했다", "시는 이와 같이 밝혔다"): its point is the other sentence's; a bullet of it would be
    the setting (JUDGING: I=0: "추진위원 28명이 참석한 가운데" counts who attended), taken only to reach
    ``bullets.min``. So does one that only says who attended an occasion told before. One with a quotation says more."""
    morphs = list(sentence.morphs)
    if any(m.tag in {"SSO", "SSC"} and m.form not in {"(", ")", "[", "]"} for m in morphs):
        return False
    # (the acts below may have a bench or a name's gloss in brackets: "…형사부(홍길동 부장판사)는 이같이 선고했다")
    bracketed = any(m.tag in {"SSO", "SSC"} for m in morphs)
    return not bracketed and (_says_what_came_before(morphs, SPEECH_VERBS | FINDING_NOUNS, last=True) or _found_as_told_before(morphs)) \
        or _acts_as_told_before(morphs) or _attendance_only(morphs)


FOUND_NOUNS = frozenset({"소견", "결과", "내용", "사실", "결론", "입장"})  # what "이같은 …" found or said stands for
FOUND_VERBS = FINDING_VERBS | FINDING_NOUNS | ANNOUNCING_NOUNS | SPEAKING | {"나오", "되", "하"}  # (its light verbs: "확인됐다고", "발표했다")


def _found_as_told_before(morphs: Sequence[Morph]) -> bool:
    """Whether the sentence ends on "이같은/이러한 <finding>" and only who found or told it ("…부검을 실시한 결과 이같은
    소견이 나왔다고 밝혔다", "…는 이러한 내용을 발표했다"): the finding is the sentence before's; this one only
    attributes it (read blind: "repeats B1, attribution only")."""
    words = [m for m in morphs if m.tag not in {"SF", "EF", "EP", "SP", "SE"}]
    for x in range(len(words) - 3):
        pointer = words[x].tag == "NP" and words[x].form in {"이", "그"} and words[x + 1].form == "같" and words[x + 2].tag == "ETM" \
            or words[x].tag == "XR" and words[x].form in {"이러", "그러"} and words[x + 1].tag == "XSA" and words[x + 2].tag == "ETM"
        if not pointer:
            continue
        noun, particle = x + 3, x + 4
        if particle >= len(words) or words[noun].form not in FOUND_NOUNS or words[particle].tag not in {"JKS", "JKO"}:
            return False
        rest = words[particle + 1 :]
        return bool(rest) and all(m.tag in {"NNG", "XSV", "VV", "VX"} or m.tag == "EC" and m.form in {"다고", "고"} for m in rest) \
            and all(m.form in FOUND_VERBS for m in rest if m.tag != "EC")
    return False


# What a document is done to when it is put out or adopted ("…계획을 의결했다고 공시했다")
DOCUMENT_ACTS = RELEASING_NOUNS | {"내놓", "확정", "마련", "수립", "제출", "배포", "의결", "공시", "승인", "채택"}


def document_as_told_before(morphs: Sequence[Morph]) -> bool:
    """Whether the sentence only says who made known a document whose content the sentence before told ("전주시는 20일
    시청 브리핑룸에서 이 같은 내용을 담은 '공공자전거 2단계 확대 계획'을 발표했다", "…이런 내용의 대책을 내놨다"; the
    content's pointer read as :func:`~pipeline.compress.like_this_content` reads it): its news is the other sentence's,
    and it adds a name and a place (read blind: "procedural; '이 같은 내용을 담은' is article prose, not a bullet")."""
    j = len(morphs)
    k, e = next(((k, e) for k in range(j) if (e := like_this_content(morphs, k, j)) is not None), (None, None))
    if k is None:
        return False
    # (nothing of its own before it but a meeting held and a day: "…시는 예산 38억원을 확보하고 이 같은 …" tells a fact)
    if any(m.tag == "EC" and not (n and morphs[n - 1].form == "열") or m.tag == "SN" and not (n + 1 < k and morphs[n + 1].form in {"일", "월", "년", "시"})
           for n, m in enumerate(morphs[:k])):
        return False
    # the document's name, its quotation marks around it, then its particle and the verb alone
    z = next((z for z in range(e, j) if morphs[z].tag == "JKO"), None)
    if z is None or z == e or not all(m.tag in {"NNG", "NNP", "SN", "SSO", "SSC", "SL", "NNB", "XSN", "XPN"} for m in morphs[e:z]):
        return False
    rest = [m for m in morphs[z + 1 :] if m.tag not in {"SF", "EF", "EP", "SP", "SE"}]
    # (a day may come before the verb: "…을 15일 발표했다"; "내놨다": "내" + "어" + "놓")
    return bool(rest) and all(m.tag in {"NNG", "XSV", "VV", "VX"} or m.tag == "EC" and m.form in {"어", "아", "다고"}
                              or m.tag == "SN" or m.tag == "NNB" and m.form == "일" for m in rest) \
        and any(m.form in DOCUMENT_ACTS or m.form == "놓" and n >= 2 and rest[n - 2].form == "내" for n, m in enumerate(rest))


def _attendance_only(morphs: Sequence[Morph]) -> bool:
    """Whether the sentence only says who attended an event told before ("행사에는 양구군수를 비롯해 홍보대사 등 내외빈이
    참석해 자리를 빛냈다", "이 자리에는 수원시장 등이 참석했다"): its topic is the event's occasion ("…에는"), its
    predicate attending; read blind it is no point of the story (JUDGING: I=0, "attendance puff")."""
    words = [m for m in morphs if m.tag not in {"SF", "EF", "EP", "SP"}]
    if len(words) < 4:
        return False
    if words[-1].form == "빛내" and words[-2].tag == "JKO" and words[-3].form == "자리":
        words = words[:-3]  # "…참석해 | 자리를 빛냈다"
        if words and words[-1].tag == "EC":
            words = words[:-1]
    if words[-1].tag == "XSV":
        words = words[:-1]
    if not words or words[-1].form not in {"참석", "배석"}:  # (not "참여": taking part in the work is news)
        return False
    # (an occasion described right there, "조계사에서 열리는 봉축법요식에는 …", is told by this sentence, not one told
    # before; after a clause of its own, "…개막식을 개최, 이 자리에는 …", the sentence tells the event)
    return any(m.tag == "JKB" and m.form == "에" and x + 1 < len(morphs) and morphs[x + 1].form in {"는", "은"}
               and morphs[x + 1].tag == "JX" and x and morphs[x - 1].tag == "NNG" and not any(y.tag in {"ETM", "EC"} for y in morphs[:x])
               for x, m in enumerate(morphs))


def _acts_as_told_before(morphs: Sequence[Morph]) -> bool:
    """Whether the sentence's act is done "as told before" ("여야 원내대표는 …회동에서 이같이 합의했다", "군의회는
    본회의를 열고 이와 같이 의결했다"): "이같이" (:func:`~pipeline.compress.pointing_manner`) right before the verb,
    what was agreed or decided is in the sentence before (or the headline); the bullet would say only who did it where.
    One that says to or of whom (an object, "…에 대해", "…에게") says more: read blind, both readers wanted "…사기
    혐의로 기소된 가짜 수산업자 김모씨에 대해 이같이 선고" kept for whose case it names."""
    from pipeline.compress import pointing_manner

    if any(m.tag == "JKO" or m.form == "대하" and m.tag == "VV" or m.tag == "JKB" and m.form in {"에게", "께"} for m in morphs):
        return False  # "…기소된 가짜 수산업자 김모씨에 대해 이같이 선고했다": whose case it is, is news of its own
    for x in range(len(morphs)):
        after = pointing_manner(morphs, x, len(morphs))
        if after is not None and after < len(morphs) and (
                morphs[after].tag.startswith("VV") or morphs[after].tag == "NNG" and after + 1 < len(morphs) and morphs[after + 1].tag == "XSV"):
            return True
    return False


def speaker_after(doc: Document, index: int) -> str | None:
    """Who said a sentence that is a quotation and nothing else, when the sentence right after names them and only
    says that they said it ("“올해 창업기업이 100개 이상 나올 것”" | "김 총장은 …만난 자리에서 이같이 밝혔다."): a lede
    that opens on the words. None otherwise."""
    if index + 1 >= len(doc.sentences) or not whole_quotation(doc.sentences[index]):
        return None
    after = doc.sentences[index + 1]
    if any(m.tag in {"SSO", "SSC"} and m.form not in {"(", ")", "[", "]"} for m in after.morphs) or not _says_what_came_before(list(after.morphs)):
        return None
    return _named_speaker(after)


def boilerplate_quote(sentence: Sentence) -> bool:
    """Whether the sentence's point is a courtesy quotation (a promise to do one's best, thanks,
    a hope): a bullet of it would be trivial (JUDGING: I=0), so it is taken only to reach
    ``bullets.min``. A quotation with a number in it is news and is not boilerplate."""
    text = sentence.text
    match = _COURTESY_QUOTE.search(text)
    if match is not None:
        quote_start = max(text.rfind("“", 0, match.start()), text.rfind('"', 0, match.start()))
        return not any(ch.isdigit() for ch in text[quote_start + 1 : match.end()]) \
            and not _deed_before(sentence.morphs, sentence.start + max(quote_start, 0))
    # the same promise reported without quotation marks: "군 관계자는 …기여할 수 있도록 최선을 다해 추진하겠다고 밝혔다"
    return _COURTESY_REPORTED.search(text) is not None and not any(ch.isdigit() for ch in text)


def _deed_before(morphs, stop: int) -> bool:
    """Whether what comes before a quotation (at body offset ``stop``) describes the speaker by a deed: a verb with its
    object in a clause before a noun ("스페인을 격파하고 결승 티켓을 거머쥔 최 감독은 “…감사하게 생각한다”"): that
    deed is the news, the thanks only follow it."""
    before = [m for m in morphs if m.end <= stop]
    return any(m.tag == "JKO" and any(n.tag.startswith("VV") for n in before[x + 1 :]) for x, m in enumerate(before)) \
        and any(m.tag == "ETM" for m in before)

