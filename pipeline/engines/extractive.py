"""Engines that need no downloaded weights: ``kiwi`` (select, then compress) and ``lead``."""
from __future__ import annotations

import dataclasses
import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from pipeline.analysis import PLACE_RELATIONS, PUNCT_TAGS, TIME_PARTS, Analyzer, content_key, outside_quotes
from pipeline.compress import (COORDINATING_ENDINGS, DURATION_WORDS, EVENT_TIMES, FORECAST_WORDS, GUIDE_TAGS, HELD_STEMS, SCHEDULE_WORDS, Compressed, Compressor,
                               announces_statement, cleft_focus, date_part, day_date, is_score, pointing_word, tells_a_finding)
from pipeline.faithfulness import find_numbers
from pipeline.format import BARE_PLACE_IN, JOINER, finish_headline, glued_particle, name_bare_place, remove_final_period
from pipeline.records import Document, Morph, SourceRef, Summary
from pipeline.text import HANGUL, MEASURE_UNITS, particle_after, quoted_at
from pipeline.select import (
    after_topic_comma,
    announces_only,
    ends_in_copula,
    opens_on_same_time,
    bare_body_topic,
    company_stand_in,
    named_before,
    this_thing_stand_in,
    level_name,
    level_stand_in,
    direct_quotation,
    sound_bite_continuations,
    whole_quotation,
    quoted_headline_points,
    non_content_reason,
    headline_phrase,
    this_thing_inside,
    role_before_name,
    this_stand_in,
    headline_company,
    Salience,
    boilerplate_quote,
    document_as_told_before,
    says_so,
    bullet_count,
    bullet_dangling_reason,
    bullet_topic,
    approximately_alike,
    about_the_count,
    subject_after_topic,
    content_sentences,
    JUST_AFTER_REASON,
    continuing_actor,
    figure_owner,
    continuing_speaker,
    distinctive_figure,
    measured,
    demonstrative_referent,
    figures,
    figures_in_order,
    rounded_alike,
    forecasts,
    full_name_mentions,
    MAGNITUDE_WORDS,
    headline_points,
    point_keys,
    point_share,
    POINT_SHARE,
    POINT_WORDS,
    ANY_TITLE,
    name_in_full,
    mmr_order,
    names_actor_or_number,
    has_subject,
    reports_an_act,
    score_sentences,
    sentence_dangles,
    explains_unsaid,
    speaker_after,
    stated_figures,
    sentence_keys,
    SurnameReference,
    surname_reference,
)

if TYPE_CHECKING:  # engines get their config sections as arguments; they never import the config package
    from pipeline.config.summarize import BulletConfig, KiwiEngineConfig


CANDIDATES_PER_BULLET = 10  # sentences looked at per wanted bullet before settling for fewer
SAME_FACT = 0.5  # content-morpheme overlap (Jaccard) at which two sentences state the same fact
RUN_ON_SHARE = 2.5  # a bullet this many times bullets.max_chars is sentences run together: taken only as a last resort
LEDE_WINDOW = 3  # the lede is the first self-contained content sentence among the first this many
LEDE_HEADLINE_GAIN = 2.0  # a first sentence of background gives the lede to one that says this many times as much of the headline
OPENER_WINDOW = 5  # a story opening on a voice or a release: its news is looked for among this many first content sentences
SAME_BULLET = 0.6  # share of a bullet's content morphemes already in a chosen one: a restatement
RESTATEMENT_MIN_WORDS = 4  # a shorter bullet ("치매, 치료제 없음") is too small to judge as a restatement
THIN_BULLET_WORDS = 5  # a bullet of at most this many content morphemes ...
THIN_SHARE = 4  # ... from a sentence with this many times as many has lost its fact: a last resort
QUOTE_RESTATES_WORDS = 4  # content words (a number among them) a quotation shares with a chosen bullet to restate it whoever speaks
POINT_GAIN = 0.25  # a sentence brought in for a point of the headline says this much more of it than the block
REFERENT_WINDOW = 2  # a sentence that refers back may follow a chosen sentence at most this many sentences before it
LEDE_ELABORATION = 2  # a sentence at most this many after the lede that tells its fact again, with when and where ...
LEDE_SHARE = 0.5  # ... sharing this much of the content words of the shorter of the two, restates it
LEDE_RETOLD = 0.6  # ... or holding this much of the lede's own content words, all its numbers and what it is about,
# tells it again (this much of a lede with no headline comma, which does not say what it is about)
LEDE_RETOLD_WHOLE = 0.75
MERGED_LIMIT = 1.25  # a lede merged with a later bullet's figures is at most this many times bullets.max_chars long


def _squeeze(text: str) -> str:
    """Text without spaces and punctuation, for comparing a bullet with a headline line."""
    return "".join(ch for ch in text if ch.isalnum())


_YEAR = re.compile(r"(?:19|20)\d\d")


def _restates(words: set, numbers: set, chosen_words: set, chosen_numbers: set) -> bool:
    """Whether a bullet with these content keys and numbers says again what a chosen bullet says: most of
    its content morphemes are in the chosen one and it brings no number of its own. A longer sentence
    that adds who or how to a short lede brings new content and stays."""
    if len(words) < RESTATEMENT_MIN_WORDS or len(chosen_words) < RESTATEMENT_MIN_WORDS \
            or any(not _YEAR.fullmatch(n) for n in numbers - chosen_numbers) or (words - chosen_words) & FIRSTS:
        # (a year it adds, "2017∼2021년 진단 받은 …", says when the same figure was measured: no new fact; a first it
        # adds, "국내 웹툰, 처음으로 …실사 영화로 제작" after the deal, is news)
        return False
    shared = len(words & chosen_words)
    # the same figure ("16개월 만에") about the same things is the same fact, however it is worded
    same_figure = any(len(n) > 1 for n in numbers & chosen_numbers) and shared >= 3 \
        or any(len(n.replace(",", "").replace(".", "")) >= 3 for n in numbers & chosen_numbers) and shared >= 2  # "1900만원" twice
    return same_figure or shared / len(words) >= SAME_BULLET


# Words of an investigation's routine ("경찰, A씨에 대한 조사를 진행 중"): said of someone a bullet named, they add nothing.
ROUTINE_WORDS = frozenset({"조사", "수사", "진행", "대하다", "경찰", "관련", "착수", "벌이다", "나서다", "계속", "이어가다"})


def _elaborates_lede(words: set, numbers: set, morphs: Sequence[Morph], lede_words: set, lede_numbers: set, distance: int) -> bool:
    """Whether a bullet from a sentence just after the lede tells the lede's fact again with only its circumstances
    added: most of the content words of the shorter are the other's, and its only new figures are dates or times
    ("경남 창원시의 한 2층짜리 건물 바닥이 붕괴해 …" then "지난달 31일 오후 10시 46분께 경남 창원시 …에 있는 2층 건물에서
    2층 바닥이 무너지는 사고 발생"). The articles's second sentence elaborates its lede; the block says it once."""
    if not 0 < distance <= LEDE_ELABORATION or min(len(words), len(lede_words)) < RESTATEMENT_MIN_WORDS \
            or any(m.form in {"“", "”", '"'} for m in morphs):
        return False  # (what someone says is a statement of its own, whoever said the fact before)
    if len(words & lede_words) < LEDE_SHARE * min(len(words), len(lede_words)):
        return False
    if any(m.form in SINCE_WORDS and m.tag in {"NNG", "NNB"} for m in morphs):
        return False  # "…떨어진 것은 2월 18일 이후 처음": a date that measures a first or a gap is the news itself
    return not _new_figures(morphs, numbers - lede_numbers)


def _lede_told_again(words: set, numbers: set, lede_words: set, lede_numbers: set, lede_morphs: Sequence[Morph], distance: int) -> bool:
    """Whether a bullet from a sentence just after the lede tells the lede's fact again, with details added
    ("삼성중공업, 대규모 컨테이너선 수주에 성공" then "삼성중공업, 컨테이너선 6척을 총 1조1181억원에 수주"): most of the
    lede's content words are in it, every number of the lede, and all of what the lede is about (the words before its
    headline comma; a lede without one must be told nearly whole). Read blind, the two are one point said twice,
    whatever figures the second adds. (Not "교육부, 늘봄학교 시범 운영 시도교육청으로 인천·대전·경기·… 선정" then
    "시범 운영학교, 지역별로 경기 80개, …": the same places, another subject.)"""
    if not 0 < distance <= LEDE_ELABORATION or len(lede_words) < RESTATEMENT_MIN_WORDS - 1 or not lede_numbers <= numbers:
        return False
    comma = _headline_comma(lede_morphs)
    # (a plan is told as "…바꿀 예정" in one and "…전환할 계획" in the other: the modality is no content word; a compound
    # Kiwi reads whole in one bullet and in parts in the other, "시내버스" and "시내 버스", is one word)
    told = lede_words - PLAN_WORDS
    if comma is None:
        return sum(_word_told(w, words) for w in told) >= LEDE_RETOLD_WHOLE * len(told)
    about = {content_key(m) for m in lede_morphs[:comma] if m.tag not in {"SN", "NNB"}} - {None}
    # (what it is about, said in the same words: not "가람부, …" then "…한빛 60개, 누리와 가람 각각 40개": a name inside
    # another is another one; but a name that ends on the lede's word names it more fully: "법원, …" then
    # "서울행정법원, …"; and a body's short name names it, all its parts: "식품의약품안전처, …" then "식약처, …")
    full = "".join(m.form for m in lede_morphs[:comma] if m.tag in {"NNG", "NNP"})
    short = any(abbreviates(v, full) for v in words)
    shared = sum(short and w in about or _word_told(w, words) for w in told)
    named = short or all(w in words or any(len(v) > len(w) and v.endswith(w) for v in words) for w in about)
    return bool(about) and named and shared >= LEDE_RETOLD * len(told)


def _lede_told_before(morphs: Sequence[Morph], lede_morphs: Sequence[Morph]) -> bool:
    """Whether a bullet from a sentence before the lede (one the opening passed over for a later sentence that says who
    did what) tells the lede's act in vaguer words: the same act ("…대형 신작을 다음 달 전 세계에 동시 출시" before
    "넷포지, …'아르카디아 크로니클'을 오는 12월 4일 …170여 개국에 동시 출시 예정"; "…표적치료제, 식품의약품안전처의
    허가를 받음" before "식약처, …‘도란티닙정 80㎎’을 국산 신약으로 허가"), about something the lede names, with no
    distinctive figure of its own (one, "…1,200여 명에게서 386억원을 가로챈 온라인 사기 조직, 경찰에 붙잡힘", is a fact
    the lede lacks). Read blind, the two were one point said twice (R=1)."""
    predicate = _predicate(morphs)
    if predicate in {"받다", "얻다"}:
        predicate = _object(morphs)  # ("허가를 받음": the act is the permission)
    if predicate is None or predicate in LIGHT_PREDICATES | VAGUE_ACTS or _act(predicate) != _act(_predicate(lede_morphs)):
        return False
    if any(distinctive_figure(f) for f in stated_figures(morphs) - stated_figures(lede_morphs)):
        return False
    names = {content_key(m) for m in lede_morphs if m.tag in {"NNP", "SL", "SH"}}
    if names & {content_key(m) for m in morphs if m.tag in {"NNP", "SL", "SH"}}:
        return True
    # (or a body the one names in full and the other by its short name: "식품의약품안전처", "식약처"; a compound Kiwi
    # splits is read whole, "식품" + "의약품" + "안전처")
    return any(abbreviates(a, b) or abbreviates(b, a) for a in point_keys(lede_morphs, glued=True) for b in point_keys(morphs, glued=True))


# A court's sentence named exactly ("징역 15년", "징역 1년6개월에 집행유예 3년", "무기징역"), and one named only by its
# weight ("중형", "실형") in a headline's words
_SENTENCE_TERM = re.compile(r"(?:무기징역|(?:징역|금고) ?\d+년(?: ?\d+개월)?|(?:징역|금고) ?\d+개월)(?:에 집행유예 ?\d+년)?")
_VAGUE_SENTENCE = re.compile(r"(징역형의 집행유예|중형|실형|집행유예|최고형)([을를이가]?)(?= (?:선고|내))")  # (the law's maximum, "…최고형을 내림")


def named_sentence(lede: str, later: str) -> str | None:
    """The lede's bullet with the sentence a later bullet names exactly in place of the weight it gives it ("…총책,
    1심에서 중형을 선고받음" and "…법원, …한모씨에게 징역 15년을 선고" -> "…총책, 1심에서 징역 15년을 선고받음"), or None:
    the later one must name one sentence only (not "…한모 씨와 윤모 씨에게는 각각 징역 7년과 징역 5년"), and a suspended one
    only for a lede that says it was suspended."""
    vague = _VAGUE_SENTENCE.findall(lede)
    terms = _SENTENCE_TERM.findall(later)
    if len(vague) != 1 or len(terms) != 1 or "선고" not in later or len(_SENTENCE_WORD.findall(lede)) != 1:
        return None  # (nor a lede of several sentences: "가람지법, 2명은 실형을, 1명은 …집행유예를 선고")
    if _ACCOMPLICE.search(later):
        return None  # (one set against the lede's, "…공인중개사 배모 씨에게는 징역 7년", is an accomplice)
    person = _SENTENCED_PERSON.search(later)
    if vague[0][0].endswith("집행유예") != ("집행유예" in terms[0]):
        return None
    # (the law's maximum stays said, with the term it is: "…최고형인 징역 15년을 내림")
    exact = _VAGUE_SENTENCE.sub(lambda found: ("최고형인 " if found[1] == "최고형" else "") + terms[0]
                                + (particle_after(terms[0], found[2]) if found[2] else ""), lede, count=1)
    # (the later bullet introduced the one sentenced, whom later bullets name by surname: the lede names them, "…일당의
    # 총책 한모씨, 1심에서 징역 15년을 선고받음"; read blind, "한씨" was otherwise never introduced)
    # (a letter as the article spaces it, "A씨", "A 씨", without the age)
    name = person is not None and (person[1] or person[3] and re.sub(r"\(\d+\)", "", person[3]) or person[2] + " 씨")
    if person is None or name in exact:
        return exact
    if "선고받" not in exact and (at := exact.find("에게 ")) > 0 and exact.count("에게 ") == 1:
        # ("법원, …총책에게 징역 15년 선고"; not "…영업사원에게 수술을 맡긴 원장, …징역 2년을 선고받음": those it was
        # given to describe the one sentenced, who is the subject)
        return exact[:at] + " " + name + exact[at:]
    if (at := exact.find(", ")) > 0 and "선고받" in exact:  # (the one sentenced is the lede's subject)
        return exact[:at] + " " + name + exact[at:]
    if "선고받" in exact and (subject := re.search(r"(?<=[가-힣\d]) ?(?:이|가) (?=" + re.escape(terms[0]) + ")", exact)):
        # (the lede's whole sentence, "…50대 입주민이 징역 2년 6개월을 선고받음": "…50대 입주민 A씨가 …", for the
        # later bullets' "A씨" to be the one the lede tells of)
        return exact[:subject.start()] + " " + name + particle_after(name, "이") + " " + exact[subject.end():]
    return exact


# A round amount given as a mark crossed or neared, after the amount and its particle ("142억달러를 넘어서며", "10%에
# 육박하며", "17만원을 넘어섬"): the verb's form, whether it is crossed (else neared), and whether it goes on to a clause.
# (select.CROSSING_WORDS reads the same verbs on morphemes, for counts; here the text is rewritten, so its forms are read)
_MARK_VERB = re.compile(r"(?:을|를|에) (?P<verb>(?P<cross>넘어서|돌파하|웃돌)(?:며|면서|아|어)?|(?P<cross_end>넘어섬|돌파|웃돎)"
                        r"|육박하(?:며|면서|여)?|육박해|육박)(?= |$)")
# An exact amount at most this much over a round mark crossed, or under one neared, is that mark rounded (tighter than
# select.APPROXIMATE_SHARE's "about": "150만원을 넘어섬" and "152만3,000원" are a mark and another figure)
MARK_SHARE = Decimal("0.02")


def exact_figure(about: str, about_morphs: Sequence[Morph], exact: str, exact_morphs: Sequence[Morph]) -> str | None:
    """A bullet that gives a round mark crossed or neared with the amount a later bullet gives exactly, about the same
    thing, in its place ("반도체 수출액, 11월 142억달러를 넘어서며 월간 기준 역대 최대치를 다시 씀" and "지난달 반도체 수출,
    142억3,000만달러로 …13.7% 늘어" -> "반도체 수출액, 11월 142억3,000만달러로 월간 기준 역대 최대치를 다시 씀"; "…공실률,
    10%에 육박하며 …" and "…공실률, 9.8%로 집계" -> "…공실률, 9.8%로 …"), or None. Read blind, the two bullets were one
    figure said twice (R=1 in each such block). Not a mark crossed for the first time ("…평균 월세가 처음으로 150만원을
    넘어섬"): the mark is the news there, and the exact amount another figure."""
    exact_numbers = [n for n in find_numbers(exact_morphs, exact) if n.unit in MEASURE_UNITS]
    if not exact_numbers or any(m.form == "처음" for m in about_morphs):
        return None
    shared = {content_key(m) for m in about_morphs if m.tag in {"NNG", "NNP"} and m.form not in MEASURE_UNITS} \
        & {content_key(m) for m in exact_morphs if m.tag in {"NNG", "NNP"}}
    if not shared - {None}:
        return None  # (about the same thing: a word of what is measured in both, "반도체", "공실률", "반려견")
    for mention in find_numbers(about_morphs, about):
        at = about.find(mention.text)
        # (an amount, not a count: "누적 관객 1,000만명을 넘어서며" is a milestone, the mark itself the news)
        mark = _MARK_VERB.match(about, at + len(mention.text)) if mention.unit in MEASURE_UNITS and at >= 0 else None
        if mark is None:
            continue
        round_value = Decimal(mention.value)
        crossed = mark["cross"] is not None or mark["cross_end"] is not None
        close = [n for n in exact_numbers if n.unit == mention.unit and round_value > 0
                 and (round_value <= Decimal(n.value) <= round_value * (1 + MARK_SHARE) if crossed
                      else round_value * (1 - MARK_SHARE) <= Decimal(n.value) < round_value)]
        if len(close) != 1 or close[0].value == mention.value:
            return None
        said = close[0].text
        end = mark.end()
        if end >= len(about) or mark["cross_end"] is not None or mark["verb"] == "육박":
            # (the mark ends the bullet: "…쓰는 돈, 평균 17만2,000원")
            return about[:at] + said + about[end:] if end >= len(about) else None
        return about[:at] + said + particle_after(said, "로") + about[end:]
    return None


# A lede that gives a change with its cause and no figure ("지난달 자동차 수출액, 미국 현지 생산 확대와 중동 수요 위축의
# 영향으로 1년 전보다 줄어"): the topic, the cause up to the word that makes it one, and the rest
_CAUSED_CHANGE = re.compile(r"^(?P<topic>[^,“”\"]+), (?P<cause>[^,“”\"]+?(?:의 영향으로|의 여파로|여파로|때문에|탓에|에 힘입어|(?:으로|로) 인해)) "
                            r"(?P<rest>[^,“”\"]+)$")
# The way a change goes, by its predicate (each predicate's content key)
CHANGE_WAYS = {**dict.fromkeys(("줄다", "줄어들다", "감소", "하락", "떨어지다", "내리다", "축소", "급감", "급락"), "down"),
               **dict.fromkeys(("늘다", "늘어나다", "증가", "상승", "오르다", "뛰다", "확대", "급증", "급등"), "up")}
# What a change is measured against, said either way ("1년 전보다", "지난해 같은 달보다"): no fact of its own
COMPARISON_WORDS = frozenset({"전", "지난해", "작년", "같다", "달", "기간", "동기", "전년", "보다"})


def cause_merged(lede: str, lede_morphs: Sequence[Morph], later: str, later_morphs: Sequence[Morph]) -> str | None:
    """The later bullet that gives a lede's change with its figures, about the same thing, with the cause the lede gives
    it ("지난달 자동차 수출액, 미국 현지 생산 확대와 중동 수요 위축의 영향으로 1년 전보다 줄어" and "지난달 자동차 수출액,
    58억3,000만달러로 지난해 같은 달보다 4.3% 감소" -> "지난달 자동차 수출액, 미국 현지 생산 확대와 중동 수요 위축의 영향으로
    58억3,000만달러로 지난해 같은 달보다 4.3% 감소"), or None: the lede has no figure, and all it says besides its cause
    (what changed, which way and against what) the later bullet says. Read blind, the two were one change said twice
    (R=1), the second with the figures."""
    found = _CAUSED_CHANGE.match(lede)
    comma = later.find(", ")
    if found is None or comma < 0 or stated_figures(lede_morphs) or not stated_figures(later_morphs) \
            or any(m.form in {"“", "”", '"'} for m in later_morphs):
        return None
    way = _change_way(lede_morphs)
    if way is None or _change_way(later_morphs) != way:
        return None
    later_words = {content_key(m) for m in later_morphs} - {None}
    later_topic = {content_key(m) for m in later_morphs if m.end <= comma} - {None}
    cause_end = found.end("cause")
    topic = {content_key(m) for m in lede_morphs if m.end <= found.end("topic")} - {None}
    # (the change's own word is said either way, "줄어" and "감소"; a count in words, "두 달", is the later's in digits)
    rest = {content_key(m) for m in lede_morphs[: _predicate_index(lede_morphs)] if m.start >= cause_end and m.tag not in {"SN", "NR", "NNB"}} \
        - {None} - COMPARISON_WORDS
    # (and its numbers: "14개월 만에 줄어" tells a streak; "1년 전보다" only what the change is against)
    numbers = {m.form for x, m in enumerate(lede_morphs) if m.tag == "SN" and m.start >= cause_end
               and [n.form for n in lede_morphs[x + 1 : x + 3]] != ["년", "전"]}
    if not topic or not all(_word_told(w, later_topic) for w in topic) or not all(_word_told(w, later_words) for w in rest) \
            or not numbers <= {m.form for m in later_morphs if m.tag == "SN"}:
        return None
    return later[: comma + 2] + found["cause"] + " " + later[comma + 2 :]


def _change_way(morphs: Sequence[Morph]) -> str | None:
    """Which way the change a bullet ends on goes (:data:`CHANGE_WAYS`), or None: read on the trend a bullet keeps up
    ("…두 달 연속 감소세를 이어감")."""
    predicate = _predicate(morphs)
    if predicate in {"잇다", "이어가다", "보이다"}:
        trend = _object(morphs) or ""
        return CHANGE_WAYS.get(trend.removesuffix("세")) if trend.endswith("세") else None
    return CHANGE_WAYS.get(predicate or "")


_ACCOMPLICE = re.compile(r"씨에게는|공범|함께 기소|가담")  # one sentenced with the one the lede tells of
_SENTENCE_WORD = re.compile(r"중형|실형|집행유예|최고형|징역(?!형의 집행유예)|(?:금고|벌금) ?\d")  # ("징역형의 집행유예": one)
_SENTENCED_PERSON = re.compile(r"([가-힣]모\s?씨|[가-힣]{2,4}\s씨)(?:\(\d+\))?에게"
                               r"|(?<![가-힣])([가-힣]모)\(\d+\)\s?씨에게"  # (or with the age before "씨": "서모(52) 씨에게")
                               r"|(?<![A-Za-z])([A-Z](?:\(\d+\))?\s?씨)에게")  # (or by a letter: "A(54)씨에게")


def abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` is the short name of ``full`` as Korean shortens a body's name, a syllable of each part in order,
    first and last kept ("식약처" of "식품의약품안전처", "공정위" of "공정거래위원회", "국토부" of "국토교통부")."""
    if len(short) < 2 or len(full) < len(short) + 2 or short[0] != full[0] or short[-1] != full[-1]:
        return False
    rest = iter(full)
    return all(c in rest for c in short)


PLAN_WORDS = frozenset({"예정", "계획", "방침", "전망", "방안"})  # the modality of a plan, worded either way


def _word_told(word: str, words: set) -> bool:
    """Whether a content key is among ``words``, or a part of a compound among them, or one among them a part of it
    ("시내" of "시내버스"; "수소버스" of "수소", "버스"): Kiwi may read one compound whole in one bullet and in parts in another."""
    return word in words or len(word) >= 2 and any(len(v) >= 2 and (word in v or v in word) for v in words)


def _new_figures(morphs: Sequence[Morph], new: set) -> list[int]:
    """Where a bullet gives one of the ``new`` numbers as something other than a date, a year or a place's distance from
    another ("해림군 동쪽 21㎞ 해역에서": where it happened): a figure of its own."""
    return [x for x, m in enumerate(morphs) if m.tag == "SN" and m.form in new
            and not (date_part(morphs, x) or _YEAR.fullmatch(m.form) or _distance_of_place(morphs, x))]


DISTANCE_UNITS = frozenset({"㎞", "km", "m"})  # the units a place's distance from another is given in


def _distance_of_place(morphs: Sequence[Morph], x: int) -> bool:
    """Whether the number at ``x`` is a distance after a direction ("동쪽 21㎞", "남동쪽 약 37㎞")."""
    before = x - 1 - (x >= 2 and morphs[x - 1].form == "약")
    return x + 1 < len(morphs) and morphs[x + 1].form in DISTANCE_UNITS and before >= 0 and morphs[before].form in PLACE_RELATIONS


FIRSTS = frozenset({"처음", "최초"})  # a first is news of its own ("처음으로 …", "…이후 처음")
SINCE_WORDS = FIRSTS | {"이후", "이래", "만"}  # "…이후 처음", "…년 만에": a date that is the news


def _retold_in_detail(words: set, numbers: set, morphs: Sequence[Morph], chosen_words: set, chosen_numbers: set,
                      chosen_morphs: Sequence[Morph]) -> bool:
    """Whether a bullet tells a chosen bullet's fact again with its circumstances added: nearly all the chosen
    bullet's content words are in it, it ends on the same predicate, and its only new figures are dates, or the exact
    figures of a measure the chosen bullet gives ("…관광지를 찾은 관광객, 지난해 설 연휴보다 배 이상 증가" then "…관광지
    4곳을 찾은 관광객, 2만1천155명으로 지난해 …1만339명보다 배 이상 증가"). Read blind, the two are one point said twice;
    the block keeps the first told. A figure of another kind ("3년 동안 시험을 거쳐 …개발") is a fact of its own."""
    told = {w for w in chosen_words if len(w) > 1 and not w.isdigit()}  # (not its numbers and units: "억", "원")
    if len(told) < RETOLD_MIN_WORDS or any(m.form in {"“", "”", '"'} for m in morphs):
        return False  # (what someone says is a statement of its own)
    predicate = _predicate(morphs)
    if predicate is None or predicate != _predicate(chosen_morphs) or len(told & words) < RETOLD_SHARE * len(told):
        return False
    new = numbers - chosen_numbers
    spans = [x for x, m in enumerate(morphs) if m.tag == "SN" and m.form in new and any(n.form in DURATION_WORDS for n in morphs[x + 1 : x + 4])]
    if not _new_figures(morphs, new) and not spans:
        return True  # (a span, "3년 동안", is a figure of its own)
    measures = {m.form for m in chosen_morphs if m.tag in {"NNB", "NNG", "SW"} and m.form in MEASURE_UNITS}
    return bool(measures) and all(any(m.form == w for m in morphs) for w in measures)


RETOLD_SHARE = 0.8  # share of a chosen bullet's content words a later bullet with the same predicate repeats: a retelling
RETOLD_MIN_WORDS = 6  # a chosen bullet with fewer ("농특산물 판매액, …증가") says too little to be retold: a breakdown of it
# by kind of produce, with the same verb, is a fact of its own


def _nothing_new(words: set, numbers: set, said: Sequence[tuple[set, set]]) -> bool:
    """Whether a bullet adds nothing to the chosen ones but an investigation's routine: "경찰, A씨에 대한 조사를 진행 중"
    after "…경찰서, 살인 혐의로 50대 남성 A씨를 수사 중"."""
    told = set().union(*(w for w, _ in said)) if said else set()
    return bool(words & told) and not numbers - set().union(*(n for _, n in said)) and words - told <= ROUTINE_WORDS


FIRST_FIGURE_WORDS = 3  # content words two bullets whose first figure is one distinctive count share: one fact


def _first_figure_told(words: set, morphs: Sequence[Morph], chosen_words: set, chosen_morphs: Sequence[Morph]) -> bool:
    """Whether a bullet's first figure, a count of three digits or more ("3140건", "102대"), is one a chosen bullet
    gave, with the same counter and the same things named ("올해 …부정수급 신고 건, 3140건으로 전년대비 44.4% 증가"
    then "올해 부정수급 신고, 총 3140건으로 작년 2174건보다 966건 증가"; "…산림청이 투입한 헬기, 총 102대" then
    "산림청이 투입하고 있는 총 102대의 헬기, 산림청 30대, …"): the figure it leads with the reader has read, whatever
    it adds after it."""
    own = figures_in_order(morphs)
    if not own or len(own[0][0].replace(".", "")) < 3 or own[0] not in stated_figures(chosen_morphs):
        return False
    return len({w for w in words & chosen_words if not w[:1].isdigit()}) >= FIRST_FIGURE_WORDS


def _same_count_again(words: set, numbers: set, morphs: Sequence[Morph], chosen_words: set, chosen_numbers: set,
                      chosen_morphs: Sequence[Morph]) -> bool:
    """Whether a bullet says a chosen bullet's count again in fewer words: all its numbers told, one of them of two
    digits or more, the same predicate, and at most one word the chosen bullet lacks ("3년간 통폐합한 학교, 72개교에
    달함" after "…최근 3년간 통폐합한 초·중·고교 72개교에 달함": "학교" for "초·중·고교")."""
    if not numbers or not numbers <= chosen_numbers or not any(len(n.replace(",", "")) >= 2 for n in numbers):
        return False
    predicate = _predicate(morphs)
    return predicate is not None and predicate == _predicate(chosen_morphs) \
        and len({w for w in words - chosen_words if not any(w in c for c in chosen_words)}) <= 1  # ("교" of "고교")


def _copied_sentence(morphs: Sequence[Morph]) -> bool:
    """Whether a bullet is a sentence as written: it ends on a sentence ending outside any quotation ("…등장했다",
    "…것입니다"), where a headline ends on a noun or "-ㅁ". (A quotation may end so: "A, “…하겠다”".)"""
    x = next((x for x in range(len(morphs) - 1, -1, -1) if morphs[x].tag not in {"SF", "SP", "SE"}), None)
    if x is None or morphs[x].tag != "EF" or not morphs[x].form.endswith(("다", "요", "까", "죠")):
        return False  # not "늘어", "밝혀"
    return not (x and morphs[x - 1].tag == "EP" and morphs[x - 1].form == "겠")  # "…표결하겠다": an intention's own words


ROUNDED_SHARED_WORDS = 4  # content words a bullet with a rounded chosen amount shares with the chosen bullet to be about it
COUNTED_SHARED_WORDS = 2  # ... and one with the same count of the same counter, "over" so many in one ("신고", "계량기")


def _repeats_figure(morphs: Sequence[Morph], chosen_morphs: Sequence[Morph], chosen_words: set) -> bool:
    """Whether a bullet gives again a measured amount ("2.3%", "5조원") a chosen bullet gave, about the same
    subject (what the bullet is about is named in the chosen one): "소비자물가, 2.3% 올라" then "소비자물가
    상승률, 2.3%로 석 달 연속 2%대". Whatever else it adds, the figure the reader has already read is its point."""
    topic = bullet_topic(morphs)
    told = figures(chosen_morphs)
    own = figures(morphs)
    # (what the figure is of may be the subject after an announcer's topic: "국가데이터, 12월 소비자물가가 1년 전보다
    # 2.3% 상승" after "…12월 소비자물가가 2.3% 상승하며 …")
    if own & told and (topic | subject_after_topic(morphs)) & chosen_words:
        return True
    # (or named there with more words than a topic takes, two of them the chosen bullet's: "서울시 소매요금 기준 주택용
    # 요금, MJ당 20.79원에서 22.20원으로 6.8% 오름" after "…주택용 도시가스 요금, 6.8% 오를 예정"; read blind, R=1)
    named = after_topic_comma(morphs, max_words=None)
    if own & told and named is not None and len({content_key(m) for m in morphs[: named - 1]} & chosen_words) >= 2:
        return True
    # the same amount, rounded in one of them, of what the chosen bullet names ("휘발유 평균 판매가, 리터당 2000.95원"
    # after "…휘발유 평균 판매가격이 리터당 2000원을 넘어섬")
    # (or the same precise amount again, "109.2%", with what it is of: "르노삼성, 내수판매 109.2% 증가" then "…가장
    # 큰 상승세를 보인 곳, 르노삼성으로 …109.2% 증가한 12565대를 팔아"; the detail it adds is not the news)
    # (a count given as "over" so many in one and exactly in the other, "하루 3백 건 넘게" then "모두 312건": the same
    # count of the same things, told twice)
    if about_the_count(morphs, chosen_morphs) or about_the_count(chosen_morphs, morphs):
        words = {content_key(m) for m in morphs if m.tag not in {"SN", "NR", "NNB", "SL", "SW"}}  # (not the unit: "만", "TEU")
        if len(words & chosen_words) >= COUNTED_SHARED_WORDS:
            return True
    if any(rounded_alike(f, t) for f in own for t in told) or approximately_alike(morphs, own, chosen_morphs, told) \
            or any(_precise(f) for f in own & told):
        words = {content_key(m) for m in morphs if m.tag not in {"SN", "NNB"}}
        if len(words & chosen_words) >= ROUNDED_SHARED_WORDS:
            return True
    # "…김 모 씨, 1심에서 징역 1년을 선고받음" then "서울서부지법 형사5단독, …김 씨에게 징역 1년을 선고": the same
    # sentence passed, told from the bench's side (a term in years is no measured amount above)
    if _terms(morphs) & _terms(chosen_morphs) and all(any(m.form == "선고" for m in x) for x in (morphs, chosen_morphs)):
        return True
    # "관람객 1천명을 돌파" then "…단 7일만에 1천명을 거뜬히 넘어섬": a distinctive count again, and nothing counted anew
    own = stated_figures(morphs)
    chosen = stated_figures(chosen_morphs)
    # (a measured amount, "2.3%", may be said of another subject: it needs the topic above)
    return bool(own) and own <= chosen and any(distinctive_figure(f) and not measured(f) for f in own)


SENTENCE_TERMS = frozenset({"징역", "금고", "집행유예", "자격정지"})  # what a court's sentence is counted in


def _terms(morphs: Sequence[Morph]) -> set[tuple[str, ...]]:
    """The terms of a court's sentence a bullet states ("징역 1년" -> ("징역", "1", "년"), "징역 1년 6개월")."""
    out = set()
    for k, m in enumerate(morphs):
        if m.form in SENTENCE_TERMS and m.tag == "NNG":
            term, x = [m.form], k + 1
            while x + 1 < len(morphs) and morphs[x].tag == "SN" and morphs[x + 1].form in {"년", "개월"}:
                term += [morphs[x].form, morphs[x + 1].form]
                x += 2
            if len(term) > 1:
                out.add(tuple(term))
    return out


def _precise(figure: tuple[str, ...]) -> bool:
    """Whether a measured amount is written precisely ("109.2%", "2,160.23", "437억"): three significant digits or
    more, which two facts of one story do not share by chance (as they may "0.2%": GDP and consumption both fell
    0.2%)."""
    return len(figure[0].replace(",", "").replace(".", "").lstrip("0")) >= 3


PLACE_WINDOW = 6  # sentences before a bullet's own in which a bare "시는" finds the city it names (see _context)
FAR_OVER = 1.2  # a bullet longer than this many times bullets.max_chars is far over it (see kiwi.far_margin)

# Why a deferred sentence waits when what it lacks is its actor (the subject, the speaker, who "그는" is).
ACTOR_REASONS = ("speaker", "pronoun", "surname", "subject")

LIST_GAP = 3  # morphemes at most between two separators of one enumeration ("김민수, 이영희, 박철수 의원")


def _list_items(morphs: Sequence[Morph]) -> set[str]:
    """Content keys of the items of an enumeration of three or more ("B, C, D, E"): the nouns next to commas or
    middle dots that follow one another closely. A topic comma ("한빛당, …") stands alone and is no list."""
    seps = [k for k, m in enumerate(morphs) if m.tag == "SP" and m.form in {",", "·"}]
    in_list = {k for a, b in zip(seps, seps[1:]) if b - a <= LIST_GAP + 1 for k in (a, b)}
    items = set()
    for k in in_list:
        for j in (k - 1, k + 1):
            key = content_key(morphs[j]) if 0 <= j < len(morphs) and morphs[j].tag in {"NNP", "NNG", "SL", "SH"} else None
            if key is not None:
                items.add(key)
    return items


def _same_statement(morphs: Sequence[Morph], chosen_morphs: Sequence[Morph]) -> bool:
    """Whether a bullet says of the same thing what a chosen bullet says of it, with no figure of its own (a date
    is none): the same topic, and the chosen bullet's predicate is the bullet's or ends one of its clauses ("경찰,
    신고를 받고도 상급기관에 보고하지 않음" then "경찰, 카메라 장착 유무를 알 수 없다고 판단해 보고하지 않음";
    "특별전의 전시기간, 2주일 연장" then "특별전의 전시기간, 10월 11일까지 2주간 연장되고 …관람할 수 있음")."""
    if stated_figures(morphs) - stated_figures(chosen_morphs):
        return False  # "수출 비중, 23.7%로 2.5%p 증가" after "수출, 13.5% 증가": another fact about exports
    topic, chosen_topic = _actor(morphs), _actor(chosen_morphs)
    if not topic or not chosen_topic:
        return False
    # the same topic, or the shorter one whole within the longer: a bullet may describe the same thing at more length
    shorter = min(topic, chosen_topic, key=len)
    if len(topic & chosen_topic) / len(topic | chosen_topic) < SAME_FACT and not (len(shorter) >= 2 and shorter <= topic & chosen_topic) \
            and not _same_head(morphs, chosen_morphs):
        return False
    nouns = _nouns(morphs)
    if nouns <= _nouns(chosen_morphs) and nouns - topic:
        return True  # "영월군의회, 다음 달 국외 연수를 떠날 예정" after "영월군의회, 곧 호주로 국외 연수에 나설 예정": nothing new
    names, chosen_names = ({content_key(m) for m in x if m.tag == "NNP"} for x in (morphs, chosen_morphs))
    if names - chosen_names and chosen_names - names:
        return False  # "…평택시 …유통업체에서 불이 나 …꺼짐" after "…평창군의 한 야산에서 불이 나 …꺼짐": another fire
    predicate, chosen_predicate = _predicate(morphs), _predicate(chosen_morphs)
    what, chosen_what = _object(morphs), _object(chosen_morphs)
    if what is not None and chosen_what is not None and what != chosen_what:
        return False  # "사과·배의 물가 상승률, …역대 최대치를 기록" after "물가 상승률, 두 달 연속 3%대를 기록": another record
    # a light verb ending a clause ("…것으로 보고 경위를 조사") says too little to be the chosen bullet's fact again
    return predicate is not None and (_act(predicate) == _act(chosen_predicate)
                                      or chosen_predicate not in LIGHT_PREDICATES and chosen_predicate in _clause_predicates(morphs))


def _nouns(morphs: Sequence[Morph]) -> set[str]:
    """Content keys of a bullet's nouns and names outside its dates ("다음 달", "지난 3일"): what it speaks of."""
    return {content_key(m) for x, m in enumerate(morphs) if m.tag in {"NNG", "NNP", "SL", "SH"} and not date_part(morphs, x)
            and m.form not in EVENT_TIMES | SCHEDULE_WORDS}


def _clause_predicates(morphs: Sequence[Morph]) -> set[str]:
    """Content keys of the predicates that end the clauses of a compound bullet ("연장되고" -> "연장", "늘며" -> "늘다")."""
    out = set()
    for k, m in enumerate(morphs):
        if m.tag != "EC" or m.form not in COORDINATING_ENDINGS or k == 0:
            continue
        p = k - 1
        while p > 0 and morphs[p].tag == "EP":
            p -= 1
        if morphs[p].tag in {"XSV", "XSA"} and p > 0:
            p -= 1
        key = content_key(morphs[p]) if morphs[p].tag.startswith(("VV", "VA")) or morphs[p].tag == "NNG" else None
        if key is not None:
            out.add(key)
    return out


# Predicates news uses for one act, however worded: holding an event ("대회를 개최", "대회를 열어", "간담회를 가짐"),
# beating a rival ("LG를 꺾고", "LG를 93대73으로 제압"), setting up a body ("위원회를 구성", "위원회를 발족"), arresting,
# a collision, a death, an injury. A bullet that tells a chosen bullet's act again in other words says it twice.
ACTS = {
    **dict.fromkeys(("열다", "가지다", "갖다", "진행"), "개최"),
    **dict.fromkeys(("꺾다", "누르다", "이기다", "제압", "물리치다", "격파", "완파", "제치다", "따돌리다", "대파", "잡다"), "승리"),
    **dict.fromkeys(("발족", "출범", "결성", "구성", "창설"), "설립"),
    **dict.fromkeys(("체포", "붙잡다", "붙잡히다", "검거되다", "체포되다"), "검거"),
    **dict.fromkeys(("추돌", "들이받다", "부딪치다", "부딪히다"), "충돌"),
    **dict.fromkeys(("숨지다",), "사망"),
    **dict.fromkeys(("다치다",), "부상"),
}


def _act(predicate: str | None) -> str | None:
    """The act a predicate names (:data:`ACTS`), or the predicate itself."""
    return ACTS.get(predicate, predicate) if predicate is not None else None


# Nouns that make one idiom with the verb right after them, spaced or not ("자리 잡은", "발목 잡혀"): not the verb's act
IDIOM_NOUNS = frozenset({"자리", "발목", "손", "가닥", "갈피"})


def _verb_key(morphs: Sequence[Morph], p: int) -> str | None:
    """The content key of the predicate at ``p``, with the noun it makes one verb with: a verb glued to a common
    noun ("자리잡다") or right after one of :data:`IDIOM_NOUNS` ("자리 잡은", "발목 잡혀") is an idiom of the two, not
    the verb alone ("잡다": a win). (A headline's "운전자 숨짐" is the verb alone: its particle was dropped.)"""
    key = content_key(morphs[p])
    if key is not None and key in ACTS and morphs[p].tag.startswith("VV") and p > 0 and morphs[p - 1].tag == "NNG" \
            and (morphs[p - 1].end == morphs[p].start or morphs[p - 1].form in IDIOM_NOUNS):
        return morphs[p - 1].form + key
    return key


def _same_thing(what: str, chosen: str) -> bool:
    """Whether two objects name one thing: the same word, or one the other's head or its name without a suffix
    ("보호대책" in "특별보호대책", "성남" in "성남FC"; spacing aside: "의료 자문위원회", "자문위원회")."""
    what, chosen = what.replace(" ", ""), chosen.replace(" ", "")
    shorter, longer = sorted((what, chosen), key=len)
    return len(shorter) >= 2 and (longer.endswith(shorter) or longer.startswith(shorter))


def _scores(morphs: Sequence[Morph]) -> set[tuple[str, str]]:
    """The figures of a bullet that are a game's score ("93대 73", "3대1" -> ("93", "대"), ("3", "대"); see
    :func:`~pipeline.compress.is_score`): how a win was won, not a count of its own."""
    return {(m.form.replace(",", ""), "대") for k, m in enumerate(morphs[:-2])
            if morphs[k + 1].form == "대" and morphs[k + 1].start == m.end and is_score(morphs[k : k + 3])}


def _a_first(morphs: Sequence[Morph]) -> bool:
    """Whether a bullet tells a first, or the first in a span ("처음으로 …", "…2016년 이후 9년 만에 …")."""
    return any(m.form in FIRSTS and m.tag == "NNG"
               or m.form == "만" and m.tag == "NNB" and x > 1 and morphs[x - 2].tag == "SN" and x + 1 < len(morphs)
               and morphs[x + 1].form == "에" and morphs[x + 1].tag == "JKB"
               for x, m in enumerate(morphs))


def _same_event(morphs: Sequence[Morph], chosen_morphs: Sequence[Morph]) -> bool:
    """Whether a bullet tells again the event a chosen bullet told, with only its time and place added: the same
    predicate on the same object, by an actor the chosen bullet names, and no figure of its own ("박 장관과
    블링컨 장관, 이날 오후 2시 외교부 청사에서 외교장관 회담을 개최" after "박진 외교부 장관과 블링컨 국무부 장관,
    9일 외교장관 회담을 개최"). What else it adds is the setting, not news."""
    if _a_first(morphs) and not _a_first(chosen_morphs):
        return False  # "…2019년 3월 이후 5년 만에 초미세먼지 경보 발령" after "…서울 전역에 초미세먼지 경보 발령": the first in years is news
    predicate, what = _predicate(morphs), _object(morphs)
    if predicate is not None and what is None and _object(chosen_morphs) is None and _act(predicate) == _act(_predicate(chosen_morphs)) \
            and not stated_figures(morphs) - stated_figures(chosen_morphs):
        # no object on either side: the same thing happened to the same one ("…앞차를 들이박은 화물차 운전자 숨짐",
        # then "70대 남성인 화물차 운전자, 병원으로 옮겨졌으나 숨짐"): the one it happened to is the noun right before
        # the chosen bullet's predicate, when it has no headline comma
        # (only when it names nothing new: a title, a name or a date the chosen bullet lacks is what readers want,
        # "연극 축제 '…', 오는 30일까지 …아하아트홀에서 열릴 예정" after "…연극 축제 열림")
        chosen_actor = _actor(chosen_morphs) or _noun_before_predicate(chosen_morphs)
        named = {content_key(m) for m in chosen_morphs if m.tag in {"NNP", "SL", "SH", "SN"}}
        return bool(chosen_actor) and chosen_actor <= _actor(morphs) and not any(m.tag in {"SSO", "SSC"} for m in morphs) \
            and all(content_key(m) in named for x, m in enumerate(morphs)
                    if m.tag in {"NNP", "SL", "SH"} or m.tag == "SN" and date_part(morphs, x))
    p = _predicate_index(morphs)
    what = _argument(morphs, p) if p is not None else None
    if predicate is None or what is None or not any(act == _act(predicate) and _same_thing(what, chosen_what)
                                                    for chosen_what, act in _acts_on(chosen_morphs)):
        return False
    new = stated_figures(morphs) - stated_figures(chosen_morphs)
    told, own = _numbered(chosen_morphs), _numbered(morphs)
    if _counts(morphs) - stated_figures(chosen_morphs) or any(distinctive_figure(f) for f in new - _scores(morphs)) \
            or any(counter in {c for _, c in told} for _, counter in own - told):
        # (a new value of a measure the chosen bullet gives, "징역 35년" after "징역 2년", is another fact)
        # "하청노조 36곳, 원청 16곳에 교섭 요구" after "하청노조, 교섭 요구": counts are news, and so are amounts
        # ("…보다 200억원 순삭감한 3조8800억원의 추경안을 의결", "47.6%의 시청률을 기록")
        return False
    if _another(morphs, chosen_morphs):
        return False
    names = {content_key(m) for m in chosen_morphs if m.tag in {"NNP", "SL", "SH"}}
    # Kiwi may keep a name with its suffix in one bullet and not in the other ("강원FC", "강원"); a lede may name the
    # kind of body that the next sentence names in full ("법원이 …징역 2년을 선고" and "의정부지법, …징역 2년을 선고")
    return any(_same_thing(a, b) or _of_kind(a, b) for a in _actor(morphs) for b in _actor(chosen_morphs) | names)


def _acts(morphs: Sequence[Morph], own: bool) -> set[str]:
    """The acts (:func:`_act`) a bullet's predicates and verbal nouns name, outside quotations, but for light verbs
    ("받다", "밝히다") and an investigation's routine (:data:`ROUTINE_WORDS`). With ``own``, only those the bullet
    itself states: not one inside a relative clause ("흉기를 던진 A씨", "…들이받은 혐의": what describes someone), but
    "-는 등" ("…입건하는 등 수사에 착수") and the closing predicate noun are."""
    out = set()
    for p, m in outside_quotes(morphs):
        if m.tag.startswith(("VV", "VA")):
            after = p + 1
        elif m.tag in {"NNG", "XR"} and p + 1 < len(morphs) and morphs[p + 1].tag in {"XSV", "XSA"}:
            after = p + 2  # ("실패하는", "원활하지")
        else:
            continue
        while after < len(morphs) and morphs[after].tag == "EP":
            after += 1
        if own and after < len(morphs) and morphs[after].tag == "ETM" \
                and not (after + 1 < len(morphs) and morphs[after + 1].form == "등" and morphs[after + 1].tag == "NNB"):
            continue
        out.add(_act(_verb_key(morphs, p)))
    out.add(_act(_predicate(morphs)))
    return out - {None} - LIGHT_PREDICATES - ROUTINE_WORDS


def _retells(morphs: Sequence[Morph], chosen_morphs: Sequence[Morph]) -> bool:
    """Whether a bullet tells again a past event a chosen bullet told, in more words: every act it states is one the
    chosen bullet tells, of things the chosen bullet names (two nouns or more in common), with no figure but dates of
    its own ("…경찰서, 사기 혐의를 받는 임대인 A씨를 지난 3월 입건해 수사 중" after "경찰이 …전세사기 사건 관련
    임대인을 입건하는 등 수사에 착수"; "지난 3일 오전 …수택동의 … 도로에서 싱크홀 생김" after "구리시의 … 도로에서
    싱크홀이 생겨 …"). Where it happened and which office acted is the setting, not news. A bullet of what is to come
    ("…열릴 예정") is not a retelling: its time and place are what readers want, and a quotation is someone's word."""
    own = _acts(morphs, own=True) - VAGUE_ACTS
    if _a_first(morphs) and not _a_first(chosen_morphs):
        return False  # (the first in years is news: see _same_event)
    if not own or _predicate_index(morphs) is None or _tells_plan(morphs) or _tells_plan(chosen_morphs) \
            or any(m.tag == "SSO" and m.form in {"“", '"', "‘", "'"} for m in morphs) or _also_told(morphs):
        return False
    told = {content_key(m) for m in chosen_morphs if m.tag in {"NNP", "SL", "SH"}}
    # (not "A씨": a letter standing in for someone's name names no one; names in a row are one name, "노르웨이
    # 스발바르 지상국과의 첫 교신에 성공": where, not who)
    names = [{content_key(m) for m in run} for is_name, run in itertools.groupby(
        morphs, lambda m: m.tag in {"NNP", "SL", "SH"} and not (m.tag == "SL" and len(m.form) == 1)) if is_name]
    if sum(not name & told for name in map(set, names)) > 1:
        return False  # "하남 출신 작가로는 A, B, C 참여": who took part is news, not the setting
    chosen_acts = _acts(chosen_morphs, own=False)
    # (what describes the thing may be the news: "…메시지 수신이 원활하지 않고 로그인이 실패하는 장애 발생" tells what
    # broke, which "카카오톡에 장애가 발생하면서 …" does not)
    return own <= chosen_acts and len(_acts(morphs, own=False) - VAGUE_ACTS - chosen_acts) <= 1 \
        and len(_nouns(morphs) & _nouns(chosen_morphs)) >= 2 and not stated_figures(morphs) - stated_figures(chosen_morphs)


# Verbs that say little of what happened on their own ("적자를 냄", "조짐을 보임", "수사에 나섬"): two bullets sharing
# one are not for that the same event
VAGUE_ACTS = frozenset({"내다", "보이다", "나타내다", "나서다", "이어지다", "기록", "만들다", "가다", "오다", "늘다", "줄다", "오르다"})


def _tells_plan(morphs: Sequence[Morph]) -> bool:
    """Whether a bullet ends on what is to come or may be ("…열릴 예정", "…커질 전망": :data:`MODAL_NOUNS`)."""
    return any(m.form in MODAL_NOUNS and m.tag == "NNG" for m in morphs[-3:])


def _also_told(morphs: Sequence[Morph]) -> bool:
    """Whether a noun outside quotations takes "도" or "까지" ("여야 대표의 반응도 속보로 전함", "무인 점포도 …넘어섬",
    "인근 도로에서도", "…몸싸움으로 번져 부상자까지 나옴"): one more of a kind, added to what was told."""
    return any(m.tag == "JX" and m.form in {"도", "까지", "마저", "조차"} and k and morphs[k - 1].tag in {"NNG", "NNP", "NNB", "SL", "SN", "JKB"}
               for k, m in outside_quotes(morphs))


def _numbered(morphs: Sequence[Morph]) -> set[tuple[str, str]]:
    """Every number with the counter written right after it ("2년", "35년", "3명"), dates and terms included."""
    return {(m.form, morphs[x + 1].form) for x, m in enumerate(morphs[:-1])
            if m.tag == "SN" and morphs[x + 1].start == m.end and morphs[x + 1].tag in {"NNB", "NNG"}}


# Bodies a lede names by kind and the next sentence by name: "법원" for "의정부지법", "검찰" for "수원지검".
BODY_KINDS = {"법원": ("지법", "고법", "법원", "재판부"), "검찰": ("지검", "고검", "검찰청", "지청"), "경찰": ("경찰서", "경찰청")}


def _of_kind(name: str, kind: str) -> bool:
    """Whether ``name`` (a word of the bullet's actor) is a body of the kind ``kind`` names ("지법" of "법원")."""
    return name != kind and name.endswith(BODY_KINDS.get(kind, ()))


def _another(morphs: Sequence[Morph], chosen_morphs: Sequence[Morph]) -> bool:
    """Whether a bullet says its act is another one than a chosen bullet's: "also" on one of its phrases ("리커창 중국
    총리와도 회담을 가짐", "B에게도 승리"), or a partner the chosen bullet does not name ("C와 회담")."""
    chosen_words = {key for key in map(content_key, chosen_morphs) if key is not None}
    for k, m in outside_quotes(morphs):
        if k and m.tag == "JX" and m.form == "도" and (morphs[k - 1].tag.startswith(("NN", "J")) or morphs[k - 1].tag in {"SL", "SN"}):
            return True
        if k and m.tag == "JKB" and m.form in {"와", "과"} and content_key(morphs[k - 1]) not in chosen_words:
            return True
    return False


SPAN_WORDS = DURATION_WORDS | {"만"}  # after a figure: a span of time ("3년 동안", "20시간 만에"; not "2번째": an ordinal)


def _counts(morphs: Sequence[Morph]) -> set[tuple[str, str]]:
    """The figures of a bullet that count who or what takes part, or how long it took: a number and its counter
    heading a noun phrase, a particle or a comma right after ("하청노조 36곳, 원청 16곳에", "중국어선 3척을"). One that describes the noun
    after it ("38라운드 홈 경기에서", "43회 설성문화제", "20점 차로") or what something is made of ("전문의 28명으로
    구성된") tells how, not who."""
    out = set()
    for k, m in enumerate(morphs[:-2]):
        counter, after = morphs[k + 1], morphs[k + 2]
        if m.tag != "SN" or counter.start != m.end or counter.tag not in {"NNB", "NNG", "NR"}:
            continue
        glued = after.start == counter.end
        if after.form in SPAN_WORDS or not date_part(morphs, k) and glued \
                and (after.tag.startswith("J") and after.form not in {"으로", "로"} or after.tag == "SP"):
            out.add((m.form.replace(",", ""), counter.form))  # ("3년 동안 시험을 거쳐": how long it took is news too)
    return out


def _argument(morphs: Sequence[Morph], p: int) -> str | None:
    """The object of the predicate at ``p``: the word before the last object particle of its clause ("LG를 93대
    73, 20점 차로 제압" -> "LG"), none past a clause ending or a quotation."""
    for k in range(p - 1, 0, -1):
        m = morphs[k]
        if m.tag in {"EC", "EF", "ETM", "SSC", "SSO"} or m.tag.startswith(("VV", "VA")):
            return None
        if m.tag == "JKO":
            return _word_before(morphs, k)
    return None


def _acts_on(morphs: Sequence[Morph]) -> set[tuple[str, str]]:
    """(object, act) of each predicate of a bullet that has an object, outside quotations ("DB, LG를 꺾고
    분위기를 되살림" -> (LG, 승리), (분위기, 되살리다)): the events it tells, the last one and those of its clauses."""
    out = set()
    for p, m in outside_quotes(morphs):
        if m.tag.startswith(("VV", "VA")) or m.tag == "NNG" and p + 1 < len(morphs) and morphs[p + 1].tag == "XSV" \
                or m.tag == "NNG" and p + 1 == len(morphs):
            what = _argument(morphs, p)
            if what is not None:
                out.add((what, _act(_verb_key(morphs, p))))
    return out


def _noun_before_predicate(morphs: Sequence[Morph]) -> set[str]:
    """Content keys of the run of nouns right before a bullet's last predicate ("…화물차 운전자 숨짐" -> 화물차,
    운전자)."""
    keys: set[str] = set()
    k = (_predicate_index(morphs) or 0) - 1
    while k >= 0 and morphs[k].tag in {"NNG", "NNP", "SL"}:
        keys.add(content_key(morphs[k]))
        k -= 1
    return keys


def _headline_comma(morphs: Sequence[Morph]) -> int | None:
    """Where a bullet's headline comma is: the first comma outside quotation marks that follows no particle."""
    return next((k for k, m in outside_quotes(morphs) if m.tag == "SP" and m.form == "," and k
                 and morphs[k - 1].tag not in {"JKS", "JX", "JKO", "JKB", "EC"}), None)


def _actor(morphs: Sequence[Morph]) -> set[str]:
    """Content keys of who or what a bullet is about: the words before its headline comma ("…의 전시기간, 2주일
    연장"), else its topic (:func:`bullet_topic`)."""
    k = _headline_comma(morphs)
    keys = {key for key in map(content_key, morphs[:k]) if key is not None} if k else set()
    return keys or bullet_topic(morphs)


def _same_head(morphs: Sequence[Morph], chosen_morphs: Sequence[Morph]) -> bool:
    """Whether two bullets are about the same thing described two ways: the same head noun before the headline
    comma, and a name or quoted title in common ("사상 최대 규모의 … ‘한빛 유물전’의 전시기간," and "한빛박물관이 기획한
    특별전 ‘한빛 유물전’의 전시기간,")."""
    def head_and_names(ms: Sequence[Morph]) -> tuple[str | None, set[str], set[str]]:
        k = _headline_comma(ms)
        if not k or not ms[k - 1].tag.startswith("NN"):
            return None, set(), set()
        names, titled, depth = set(), set(), 0
        for m in ms[:k]:
            depth += (m.tag == "SSO") - (m.tag == "SSC" and depth > 0)
            if depth and m.tag in {"NNG", "NNP", "SL", "SN"}:
                titled.add(content_key(m))
            elif m.tag in {"NNP", "SL", "SH"}:
                names.add(content_key(m))
        return content_key(ms[k - 1]), names, titled
    head, names, titled = head_and_names(morphs)
    chosen_head, chosen_names, chosen_titled = head_and_names(chosen_morphs)
    if head is None or head != chosen_head:
        return False
    # two quoted titles tell the thing better than the names around them ("한빛박물관" vs ‘한빛 유물전’)
    return titled == chosen_titled if titled and chosen_titled else bool((names | titled) & (chosen_names | chosen_titled))


def _object(morphs: Sequence[Morph]) -> str | None:
    """The content key of the object of a bullet's last predicate ("회담을 개최", "회담 개최" -> "회담"), or None."""
    p = next((k for k in range(len(morphs) - 1, -1, -1) if morphs[k].tag.startswith(("VV", "VA")) or morphs[k].tag == "NNG"), None)
    if p is None or p < 2:
        return None
    if morphs[p - 1].tag == "JKO":
        end = p - 1
    elif morphs[p].tag == "NNG" and morphs[p - 1].tag in {"NNG", "NNP", "XSN"}:
        end = p
    else:
        return None
    return _word_before(morphs, end)


def _word_before(morphs: Sequence[Morph], end: int) -> str | None:
    """The noun that ends right before ``morphs[end]`` (an object's particle, a predicate noun), whole: "협약식"
    (협약 + 식), "외교장관 회담" -> "회담"; "실종자 1명을" -> "실종자" (the noun counted, not the counter)."""
    while end > 1 and morphs[end - 1].tag in {"NNB", "NR"} and morphs[end - 2].tag == "SN":
        end -= 2
    start = end
    while start > 0 and morphs[start - 1].tag in {"NNG", "NNP", "SL", "XSN", "NNB"} and (start == end or morphs[start - 1].end == morphs[start].start):
        start -= 1
    return "".join(m.form for m in morphs[start:end]) or None


LIGHT_PREDICATES = frozenset({"보다", "하다", "되다", "있다", "없다", "밝히다", "말하다", "나오다", "받다", "주다", "가지다", "들다", "나타나다"})
# Nouns that close a headline with its modality, not with what happens ("…변할 전망", "…열 예정")
MODAL_NOUNS = frozenset({"전망", "예정", "계획", "방침", "목표", "예상", "상황", "입장", "가능성", "우려"})


def _predicate_index(morphs: Sequence[Morph]) -> int | None:
    """Where a bullet's last predicate or predicate noun is (before a closing modal noun: "…변할 전망")."""
    return next((k for k in range(len(morphs) - 1, -1, -1)
                 if morphs[k].tag.startswith(("VV", "VA")) or morphs[k].tag == "NNG" and morphs[k].form not in MODAL_NOUNS), None)


def _predicate(morphs: Sequence[Morph]) -> str | None:
    """The content key of a bullet's last predicate or predicate noun ("선출", "늘다"): what it says happened
    (before a closing modal noun: "…변할 전망" -> "변하다")."""
    p = _predicate_index(morphs)
    return None if p is None else _verb_key(morphs, p)


def _same_total(morphs: Sequence[Morph], chosen_morphs: Sequence[Morph]) -> bool:
    """Whether a bullet gives a chosen bullet's large figure again ("69만여대" and "69만 4130대": the same number of
    ten-thousands, hundred-millions …) with the same predicate ("성장") or of the same thing: one total told twice,
    rounded once.
    A figure of that size does not recur by chance within one story."""
    large = [f for f in figures_in_order(morphs) if f[1] in {"만", "억", "조"}]
    chosen_large = [f for f in figures_in_order(chosen_morphs) if f[1] in {"만", "억", "조"}]
    if not set(large) & set(chosen_large):
        return False
    predicate = _predicate(morphs)
    # (or, as the first large figure of both, of the same thing named before the headline comma: "지난해 온라인쇼핑
    # 거래액, 78조 원을 넘어서며 사상 최대치를 기록" and "지난해 온라인쇼핑 거래액, 78조 2273억 원으로 …19.2% 증가")
    if predicate is not None and _act(predicate) == _act(_predicate(chosen_morphs)):
        return True
    # (a topic kept with its particle names the thing as well: "영업이익은 179조5678억원으로 15.01% 늘었고 …" after
    # "…상장사들의 영업이익, 179조원으로 …증가")
    if large[0] != chosen_large[0]:
        return False
    actor, chosen_actor = _actor(morphs), _actor(chosen_morphs)
    return bool(actor) and bool(chosen_actor) \
        and (_headline_comma(morphs) is not None or _leading_topic(morphs)) \
        and (_headline_comma(chosen_morphs) is not None or _leading_topic(chosen_morphs)) \
        and (actor <= chosen_actor or chosen_actor <= actor)


def _leading_topic(morphs: Sequence[Morph]) -> bool:
    """Whether a bullet opens on a noun phrase with its topic particle ("영업이익은 …")."""
    for k, m in enumerate(morphs[:6]):
        if m.tag == "JX" and m.form in {"은", "는", "ᆫ"}:
            return k > 0 and all(x.tag in {"NNG", "NNP", "NNB", "SN", "SL", "JKG", "XSN"} for x in morphs[:k])
    return False


def _breaks_down(morphs: Sequence[Morph], chosen_morphs: Sequence[Morph]) -> bool:
    """Whether a bullet counts again, by kind, what a chosen bullet counted with the same predicate: two or more
    counts with one counter that add up to the chosen bullet's ("…한국인 2명, 베트남인 2명, 태국인 1명을 구속 송치"
    after "…5명을 적발해 모두 구속 송치"). The same people, sorted: no new fact."""
    parts: dict[str, list[int]] = {}
    for number, counter in figures_in_order(morphs):
        if number.isdigit() and counter not in MAGNITUDE_WORDS:  # (not the thousands of "8만1천명" and "6만7천명")
            parts.setdefault(counter, []).append(int(number))
    if not any(len(ns) >= 2 for ns in parts.values()):
        return False
    totals = {(int(n), c) for n, c in stated_figures(chosen_morphs) if n.isdigit()}
    if not any(len(ns) >= 2 and (sum(ns), c) in totals and all(n < sum(ns) for n in ns) for c, ns in parts.items()):
        return False
    predicate = _predicate(morphs)
    if predicate is None:
        return False
    if _act(predicate) != _act(_predicate(chosen_morphs)):
        # (or of the same things in the same words, whatever the verb: "…학생과 교직원 87명이 …증상을 보여 보건당국이
        # 역학조사에 나섬" then "교육청, …학생 84명과 교직원 3명이 …증상을 보였다고 밝혀")
        words = {content_key(m) for m in morphs if m.tag in {"NNG", "NNP", "VV", "VA"}} - {None}
        return len(words & {content_key(m) for m in chosen_morphs if m.tag in {"NNG", "NNP", "VV", "VA"}}) >= BREAKDOWN_WORDS
    return True


BREAKDOWN_WORDS = 3  # content words a count by kind shares with a chosen total told with another verb: the same people
SAME_FIGURES_WORDS = 0.6  # share of one bullet's content words the other holds, with a figure of both: one fact told twice
SAME_PERSON_WORDS = 3  # content words besides the name two bullets with one count of the same person share: one fact


def _same_figures_told(words: set, morphs: Sequence[Morph], chosen_words: set, chosen_morphs: Sequence[Morph]) -> bool:
    """Whether a bullet tells a chosen bullet's figure again with most of the chosen bullet's words: "…전체 가입자
    수는 1,268만명으로 28만명(2.3%) 증가" after "고용보험 가입자, 1270만명 수준으로 2.3% 증가", "신종 3종과 미기록종
    16종 등 총 19종 발견" after "3종의 신종 곤충과 16종의 미기록종 곤충 발견". The figure is a distinctive one or two of
    them; a figure with a magnitude word counts only written out the same ("4조7,000억원" twice, not "1만8015대" and
    "1만1012대")."""
    written_out = {whole[0] for whole in figures(morphs) & figures(chosen_morphs)}
    shared = {f for f in stated_figures(morphs) & stated_figures(chosen_morphs) if f[1] not in MAGNITUDE_WORDS or f[0] in written_out}
    distinctive = any(distinctive_figure(f) for f in shared)
    # (the names both give, looked up only where a shared count alone decides: this runs for every pair of bullets)
    names = {content_key(m) for m in morphs if m.tag == "NNP"} & {content_key(m) for m in chosen_morphs if m.tag == "NNP"} \
        if shared and not distinctive else set()
    if not (distinctive or len(shared) >= 2 or names) or not words or not chosen_words:
        return False  # ("김민재, 입단 2년 만에 우승 트로피" and "김민재도 입단 2년 만에 우승 메달": one count, of the same person)
    # (the other way round, a bullet of the chosen one's words with a figure of its own, "경기당 2개꼴로 터지는 홈런, 10%
    # 증가" after "…10% 홈런이 증가하면서 야구장이 달아오름", may be the one that reads best: it stays)
    if len(words & chosen_words) / len(chosen_words) >= SAME_FIGURES_WORDS:
        return True
    # one count of the same person with the same event words ("입단", "우승") and no figure of its own is the same fact
    # in other words
    return bool(names) and not stated_figures(morphs) - shared and len(words & chosen_words - names) >= SAME_PERSON_WORDS


def _same_failure(morphs: Sequence[Morph], chosen_morphs: Sequence[Morph]) -> bool:
    """Whether a bullet ends on the same thing not done as a chosen bullet: the same verb, negated ("…지 못함",
    "…지 않음"), on the same object ("…수색까지 벌였지만, 실종자를 찾지 못함" then "해경, …이틀째 야간수색까지
    벌였지만, 남은 실종자 1명을 찾지 못함"). How it was tried is detail; the outcome is the chosen bullet's."""
    failure, chosen = _negated_act(morphs), _negated_act(chosen_morphs)
    return failure is not None and failure == chosen


# Starting a strike: the walkout entered ("총파업에 들어가겠다", "파업에 돌입", "파업에 나섬"), or the work it stops
# stopped ("운행을 전면 중단하겠다", "진료를 멈추겠다")
STRIKE_STARTS = frozenset({"들어가", "돌입", "나서"})
STRUCK_WORK = frozenset({"운행", "운항", "진료", "조업", "운송", "업무"})
STOPPING = frozenset({"멈추", "중단", "거부"})


def _strike_days(morphs: Sequence[Morph]) -> set[str] | None:
    """The days a bullet names ("26일 …" -> {"26"}) when it states, as its own statement, that a strike starts or will
    ("…오는 26일 첫차부터 총파업에 들어가겠다고 예고", a union's "“…26일 오전 7시부터 무기한 파업에 돌입하겠다”", "…조정이
    결렬되면 …파업에 들어갈 전망"); None when it does not: a strike in a condition ("실제 파업에 들어가면 …멈춰 섬"),
    in what describes someone ("파업에 들어간 노조원"), or one under way ("부분파업을 벌여 옴")."""
    for x, m in enumerate(morphs):
        walkout = m.tag == "NNG" and m.form.endswith("파업") and m.form != "부분파업" \
            and not (x and morphs[x - 1].form == "부분" and morphs[x - 1].end == m.start)
        if walkout and x + 1 < len(morphs) and morphs[x + 1].form == "돌입":
            v = x + 1  # "파업 돌입"
        elif walkout and x + 2 < len(morphs) and morphs[x + 1].form == "에" and morphs[x + 2].form in STRIKE_STARTS:
            v = x + 2
        elif m.tag == "NNG" and m.form in STRUCK_WORK and x + 2 < len(morphs) and morphs[x + 1].tag == "JKO":
            v = x + 2 + (morphs[x + 2].form == "전면" and x + 3 < len(morphs))  # ("운행을 전면 중단")
            if morphs[v].form not in STOPPING:
                continue
        else:
            continue
        e = v + 1 + (morphs[v].tag == "NNG" and v + 1 < len(morphs) and morphs[v + 1].tag == "XSV")
        while e < len(morphs) and morphs[e].tag == "EP":
            e += 1
        if e < len(morphs) and (morphs[e].tag == "EC" and morphs[e].form in {"면", "으면"}
                                or morphs[e].tag == "ETM" and not (e + 1 < len(morphs) and morphs[e + 1].form in MODAL_NOUNS)):
            continue
        return {n.form for y, n in enumerate(morphs[:-1]) if n.tag == "SN" and morphs[y + 1].form == "일" and morphs[y + 1].tag == "NNB"}
    return None


def _same_strike(morphs: Sequence[Morph], chosen_morphs: Sequence[Morph]) -> bool:
    """Whether a bullet tells again the strike a chosen bullet told ("경기지역 시내버스 노동자들, 오는 26일 첫차부터
    총파업에 들어가겠다고 예고" then the union's "“…26일 오전 4시부터 운행을 멈추겠다”"): on the same day, or one of the
    two names none, with no count of its own ("조합원 4,870명, …파업 돌입": how many walk out is news) and no other
    union's ("…노조도 …"). Read blind, a union's threat quoted after the lede that reports it was marked a repeat each time."""
    days, chosen_days = _strike_days(morphs), _strike_days(chosen_morphs)
    if days is None or chosen_days is None or _also_told(morphs) or stated_figures(morphs) - stated_figures(chosen_morphs):
        return False
    if days and not chosen_days and not any(m.form in SCHEDULE_WORDS | EVENT_TIMES for m in chosen_morphs):
        return False  # (when it starts, which the chosen bullet does not say at all, is news: read blind, the quote that
        # gave "26일 오전 7시부터 무기한" after "…노동조합, …총파업에 들어가겠다고 밝혀" was missed, 0 to 1)
    return not days or not chosen_days or days <= chosen_days


SHARE_ROUNDING = 5.0  # how far a percentage may be from the share "10명 가운데 4명" says and still be that share (41.3%)
SHARE_WORDS = 2  # content words two bullets share besides their figures when they tell one share of the same thing


def _parts_of_whole(morphs: Sequence[Morph]) -> set[float]:
    """The shares, in percent, a bullet gives as a part of a whole of people ("10명 가운데 4명" -> 40.0, "10명 중 7명")."""
    return {100 * float(morphs[x + 3].form.replace(",", "")) / float(m.form.replace(",", ""))
            for x, m in enumerate(morphs[:-4]) if m.tag == "SN" and morphs[x + 1].form == "명" and morphs[x + 2].form in {"가운데", "중"}
            and morphs[x + 3].tag == "SN" and morphs[x + 4].form == "명" and float(m.form.replace(",", "")) > 0}


def _same_share(morphs: Sequence[Morph], words: set, chosen_morphs: Sequence[Morph], chosen_words: set) -> bool:
    """Whether a bullet gives as a percentage the share a chosen bullet gave as a part of a whole, or the other way
    round, of the same thing ("청년 10명 가운데 4명, 첫 직장을 1년도 채우지 못하고 그만둠" then "조사 결과 첫 직장을 1년
    안에 그만둔 비율, 41.3%"): within :data:`SHARE_ROUNDING`, with :data:`SHARE_WORDS` content words in common, and no
    other figure of its own but a count of people (how many were asked) or one inside a quotation (the answer's words),
    and the predicate of one of them in both.
    Read blind, such a pair was marked a repeat each time."""
    figures, chosen_figures = stated_figures(morphs), stated_figures(chosen_morphs)
    percents = {float(f) for f, unit in figures if unit == "%"}
    chosen_percents = {float(f) for f, unit in chosen_figures if unit == "%"}
    parts, chosen_parts = _parts_of_whole(morphs), _parts_of_whole(chosen_morphs)
    matched = {p for p in percents if any(abs(p - q) <= SHARE_ROUNDING for q in chosen_parts)} \
        or {q for q in parts if any(abs(p - q) <= SHARE_ROUNDING for p in chosen_percents)}
    if not matched:
        return False
    own = stated_figures([m for _, m in outside_quotes(morphs)])  # (not the answer's words: "‘환승이 1회 이하로 줄어들면’")
    new = {f for f in own - chosen_figures if f[1] != "명" and not (f[1] == "%" and float(f[0]) in matched)}
    figure_words = {"명", "가운데", "중", "비율", "%"}
    # (and of the same act: not "청년층의 72%, 공항 이전에 찬성" after "주민 10명 중 7명, 공항 이전에 반대")
    acts = {_predicate(morphs), _predicate(chosen_morphs)} - {None}
    return not new and len(words & chosen_words - figure_words) >= SHARE_WORDS and any(a in words and a in chosen_words for a in acts)


WINNING_WORDS = frozenset({"받", "수상", "수상자", "차지", "거머쥐", "품", "안"})  # to win a prize ("…상을 받음", "…수상자로 발표")


def _prizes(morphs: Sequence[Morph]) -> set[str]:
    """The prizes a bullet names, each as written in one word ending in "상" ("최우수감독상", "신인상"): Kiwi splits them
    ("최/우수/감독/상"), so the nouns written together before "상" make the name."""
    out = set()
    for x, m in enumerate(morphs):
        if m.form == "상" and m.tag == "NNG" and x and morphs[x - 1].end == m.start and morphs[x - 1].tag.startswith("N"):
            y = x
            while y and morphs[y - 1].end == morphs[y].start and (morphs[y - 1].tag.startswith("N") or morphs[y - 1].tag == "XPN"):
                y -= 1
            out.add("".join(n.form for n in morphs[y : x + 1]))
    return out


def _same_prize(morphs: Sequence[Morph], chosen_morphs: Sequence[Morph]) -> bool:
    """Whether a bullet tells again that the same prize was won ("…'겨울의 문턱', …영화제에서 최우수감독상을 받음" then
    "영화제 측, …폐막식에서 김 감독을 최우수감독상 수상자로 발표"): where and how it was announced is detail."""
    won = lambda ms: any(m.form in WINNING_WORDS and (m.tag.startswith("VV") or m.tag == "NNG") for m in ms)
    return bool(_prizes(morphs) & _prizes(chosen_morphs)) and won(morphs) and won(chosen_morphs)


def _negated_act(morphs: Sequence[Morph]) -> tuple[str, str] | None:
    """(object, verb) content keys of a bullet ending "X를 …하지 못함/않음", or None."""
    words = [m for m in morphs if m.tag not in {"SF", "SP", "SE", "SSO", "SSC", "SO", "SW", "EP", "EF", "ETN"}]
    x = next((x for x in range(len(words) - 1, 0, -1) if words[x].form in {"못하", "않"} and words[x].tag.startswith(("VX", "VV", "VA"))), None)
    if x is None or x < 3 or words[x - 1].tag != "EC" or words[x - 1].form != "지":
        return None
    rest = [m.form for m in words[x + 1 :]]
    if len(rest) > 1 and rest[1:3] != ["것", "으로"]:
        return None  # only "…지 못함" or "…지 못한 것으로 전해짐" (a report of the same outcome)
    v = x - 3 if words[x - 2].tag.startswith("XSV") else x - 2  # "발견하지": the noun is the act
    what = _object(words[: v + 1])
    if what is None:
        return None
    act = content_key(words[v])
    return what, FINDING_ACTS.get(act, act)


# Verbs of finding news writes for one act ("찾지 못함", "발견하지 못함"): the same outcome either way.
FINDING_ACTS = {"발견": "찾다", "발견하다": "찾다"}


def _lists_what_was_said(morphs: Sequence[Morph], words: set, numbers: set, chosen_morphs: Sequence[Morph], chosen_words: set,
                         chosen_numbers: set) -> bool:
    """Whether a bullet only spells out, as a list, what a chosen bullet said ("상임위원장 4명 단독 선출" then
    "상임위원장에 B, C, D, E 선출"): the same predicate, and apart from the listed items at most one word the chosen
    bullet lacks. A new number or a new predicate is a new fact."""
    items = _list_items(morphs)
    if not items or numbers - chosen_numbers or _predicate(morphs) != _predicate(chosen_morphs):
        return False
    rest = words - items
    return len(rest & chosen_words) >= 2 and len(rest - chosen_words) <= 1


def _quote_restates(morphs: Sequence[Morph], chosen_words: set, chosen_morphs: Sequence[Morph]) -> bool:
    """Whether a bullet quoting someone says again what a chosen bullet says: the quotation shares the action
    (a verb or adjective stem) and one more content word with it, the speaker's side shares a word with it
    (the same actor: "우남성 삼성전자 사장, “내년 MWC에서 새 제품을 선보일 것”" after "삼성전자, 내년 … 신제품
    선보인다"), and the quotation brings no figure of its own (a date or a time is none). A quotation by someone
    else stays, unless it says the chosen bullet's whole fact over (:data:`QUOTE_RESTATES_WORDS`)."""
    if stated_figures(morphs) - stated_figures(chosen_morphs):
        return False
    depth, inside, actions, noun_actions, outside = 0, set(), set(), set(), set()
    for x, m in enumerate(morphs):  # double quotation marks only: ‘…’ names a title or a term, it quotes no one
        if m.form == "“":
            depth += 1
        elif m.form == "”":
            depth = max(0, depth - 1)
        elif m.form == '"':
            depth = 1 - min(depth, 1)
        else:
            key = content_key(m)
            if key is None or m.tag == "NNB":
                continue
            if depth:
                inside.add(key)
                if m.tag.startswith(("VV", "VA")):
                    actions.add(key)
                elif m.tag == "NNG" and x + 1 < len(morphs) and morphs[x + 1].tag.startswith(("XSV", "XSA")):
                    noun_actions.add(key)  # "발사했다": a verb made of a noun
            elif m.tag in {"NNP", "SL", "SH"}:
                outside.add(key)  # the speaker's name and organisation
    # Kiwi may split an unknown name in one bullet and not in the other ("한빛전자" / "한빛", "전자")
    same_actor = any(a in b or b in a for a in outside for b in chosen_words if len(a) >= 2 and len(b) >= 2)
    shared = inside & chosen_words
    # a quotation that says the chosen bullet's whole fact over, its day or number included, restates it whoever
    # speaks ("여야, 30일 본회의 열어 처리하기로 합의" then a leader's "…30일 오후 본회의를 열어 처리하기로 합의했다")
    numbers = {m.form for m in chosen_morphs if m.tag == "SN"}
    whole_fact = len(shared) >= QUOTE_RESTATES_WORDS and any(key in numbers for key in inside)
    # (a verb made of a noun, "개발했다", is common enough to share by chance: it counts only for the whole fact,
    # "…북한이 … 발사한 탄도미사일 2발을 포착했다" after "북한, 동해상으로 탄도미사일 2발을 발사")
    # (or by the same actor, the chosen bullet's own act by name with two more of its words: "전북, 2일 “가와사키
    # 구단과 오세진의 완전 이적에 합의했다”" after "…전북 현대의 공격수 오세진(27), …가와사키 프론탈레로 이적"; read
    # blind, R=1)
    act_named = _predicate(chosen_morphs) in inside and len(shared) >= 3 and same_actor
    return bool(actions & chosen_words) and (len(shared) >= 2 and same_actor or whole_fact) \
        or bool(noun_actions & chosen_words) and whole_fact or act_named


def _name_in_full(text: str, ref: SurnameReference, full: str, role: str | None = None) -> str:
    """A bullet opening with a surname and title ("김 의장, …") with the full name and title instead; a title written
    fuller than the one the full name was found with stays as written ("윤 원내대표" -> "윤태정 원내대표", not "윤태정
    대표": the title's last noun, "대표", is another office)."""
    head = re.match(rf"{re.escape(ref.surname)}\s*[가-힣]{{0,4}}?{re.escape(ref.title)}", text)
    if not head:
        return text
    written = text[len(ref.surname) : head.end()].strip()
    name, _, title = full.partition(" ")
    if len(written.replace(" ", "")) > len(title.replace(" ", "")):
        full = f"{name} {written}"
    return (f"{role} " if role else "") + full + text[head.end():]


# A person named by surname inside a bullet ("…정 후보가 66.5%, 박 후보가 33.5%를 득표"); a syllable that also opens a
# word before a title ("전 대표": former, "각 부처", "한 대표 기업", "새 위원장") is never read as a surname there
_INNER_SURNAME = re.compile(r"(?<=[\s(])(?![전현각한두세새그저총])([가-힣])\s?(" + ANY_TITLE + r")(?=[\s,을를이가은는의에도과와]|$)")
# A bullet opening with a surname and a title ("김 후보자 임명동의안, 가결": the sentence opened with something else)
_OPENING_SURNAME = re.compile(r"^([가-힣])\s(" + ANY_TITLE + r")(?=[\s,을를이가은는의에도과와]|$)")


_ANONYMOUS = re.compile(r"(?<![A-Za-z])([A-Z])\s?(?:\(\d+\))?\s?씨")  # "A씨", "B 씨", "A(51)씨": someone the article does not name
_DESCRIBING_TAGS = frozenset({"NNG", "NNP", "SN", "NNB", "XPN", "XSN"})
DESCRIPTION_WORDS = 2  # an anonymous person's description is at most this many words ("50대 남성 A 씨", "친동생 B씨")


def anonymous_descriptions(sentences) -> dict[str, tuple[int, str]]:
    """For each person the article keeps anonymous ("A 씨", "B씨"), the sentence where it first describes them and the
    words it does so by ("50대 남성 A 씨를", "지인 B 씨의 집"): up to :data:`DESCRIPTION_WORDS` words right before the
    letter, each made of nouns only (a relative clause or a particle ends the description: "충주에 있는 지인 B 씨" ->
    "지인")."""
    found: dict[str, tuple[int, str]] = {}
    for sentence in sentences:
        morphs = sentence.morphs
        for x, m in enumerate(morphs):
            if m.tag != "SL" or len(m.form) != 1 or not m.form.isupper() or m.form in found:
                continue
            after = next((y for y in range(x + 1, min(x + 5, len(morphs))) if morphs[y].form == "씨"), None)
            if after is None or any(n.tag not in {"SSO", "SN", "SSC"} for n in morphs[x + 1 : after]):
                continue
            words, y = [], x
            while y > 0 and len(words) < DESCRIPTION_WORDS:
                z = y - 1
                while z > 0 and morphs[z - 1].end == morphs[z].start:
                    z -= 1
                word = morphs[z:y]
                if morphs[y - 1].end == morphs[y].start and y != x \
                        or any(n.tag not in _DESCRIBING_TAGS and not (n.form == "~" and n.tag in {"SO", "SW"}) for n in word) \
                        or word[0].tag == "NNB":
                    break
                words.insert(0, sentence.text[word[0].start - sentence.start : word[-1].end - sentence.start])
                y = z
            if words:
                found[m.form] = (sentence.index, " ".join(words))
    return found


def _anonymous_introduced(text: str, descriptions: Mapping[str, str], block: Sequence[str], morphs_of) -> str:
    """A bullet that first names an anonymous person ("…A 씨가 B 씨를 …") with the words the article describes them by
    ("50대 남성 A 씨가 지인 B 씨를 …"), when no bullet above names them and the bullet does not describe them already
    (a noun right before the letter: "용의자 B씨"). ``morphs_of`` analyses the bullet."""
    mentions = list(_ANONYMOUS.finditer(text))
    if not mentions:
        return text
    nouns_end = {m.end for m in morphs_of(text) if m.tag in _DESCRIBING_TAGS}
    named_above = {f.group(1) for other in block for f in _ANONYMOUS.finditer(other)}
    for found in reversed(mentions):
        letter = found.group(1)
        description = descriptions.get(letter)
        if description is None or letter in named_above or description in text \
                or text[: found.start()].endswith(" ") and found.start() - 1 in nouns_end \
                or any(f.group(1) == letter and f.start() < found.start() for f in mentions):
            continue  # described already, or not the bullet's first mention of them
        text = text[: found.start()] + description + " " + text[found.start() :]
    return text


def _inner_names_in_full(text: str, before, block: Sequence[str], title: str = "") -> str:
    """A person named by surname inside a bullet ("…중요성을 안 권 씨, …") with the full name the article gave
    before ("21살 권유호 씨는 …") or its headline, when it names exactly one such person and no bullet of the block
    does yet; each such person ("정 후보가 …, 박 후보가 …"); a private person ("…씨") with the role the article gave
    them (:func:`~pipeline.select.role_before_name`)."""
    spans = []
    for found in itertools.chain(_OPENING_SURNAME.finditer(text), _INNER_SURNAME.finditer(text)):
        if quoted_at(text, found.start(1)):
            continue  # (someone's words stay as said: "재판부, “피고인 오 씨는 …”"; read blind, a name filled in was "words
            # the court never said", F=0)
        ref = SurnameReference(found.group(1), found.group(2))
        # at the opening, under any title ("김 후보자" where the headline names "김민석 총리")
        full = name_in_full(ref, before, title, any_title=found.re is _OPENING_SURNAME)
        if full is not None and not any(full.split()[0] in other for other in [text, *block]):
            # (a private person with who they are, as a bullet opening on them names them: "전 사무처장 안모 씨 등, …"; read
            # blind, "안모 씨 등, …보조금을 타낸 혐의" left the reader to guess who he is)
            role = _private_role(ref, full, before)
            if role and text[: found.start()].rstrip().endswith(role.split()[-1]):
                role = None  # (said right before it: "피해자 모임 대표 오 씨")
            spans.append((found.start(), found.end(), f"{role} {full}" if role else full))
            # (the two patterns never overlap: see their lookbehinds)
    for start, end, full in sorted(spans, reverse=True):
        text = text[:start] + full + text[end:]
    return text


PLACE_SUFFIXES = frozenset("시군구도읍면동리")  # the last syllable of a place's name ("삼척시", "예산군")
_OPENING_NAME = re.compile(r"^([가-힣]{2,5}?)(?:은|는|이|가)?(?= |, )")  # a bullet that opens on one name ("실바는 …")


def _given_name_added(text: str, before, block: Sequence[str]) -> str:
    """A bullet that opens on one part of a name the article gave whole where it introduced someone ("외국인 공격수
    레오나르도 실바였다", then "실바는 양 팀 최다인 31점을 …") with the name whole, when no bullet above names them yet
    (read blind, "surname only, with no introduction"). Only a name told after what describes them, a common noun
    (not "삼성 라이온즈 구자욱", a team before a player's name, nor "경남 김해시", a province before its city), and one such
    name only."""
    found = _OPENING_NAME.match(text)
    if found is None or found[1][-1] in PLACE_SUFFIXES or any(found[1] in other for other in block):
        return text  # (a place is named as its bullet names it: "삼척시 측량 결과 …", not "강원 삼척시")
    given = set()
    for sentence in before:
        if found[1] not in sentence.text:
            continue  # (read the morphemes only of a sentence that names them at all)
        morphs = sentence.morphs
        for k in range(1, len(morphs)):
            # (the name as Kiwi reads it: "실바는" may be the name and its particle, "실바" + "는", or one name)
            if morphs[k].form == found[1] and morphs[k].tag == "NNP" and morphs[k - 1].tag == "NNP" and len(morphs[k - 1].form) >= 2 \
                    and morphs[k - 1].end < morphs[k].start and k >= 2 and morphs[k - 2].tag == "NNG" and len(morphs[k - 2].form) >= 2:
                given.add(morphs[k - 1].form)
    return f"{given.pop()} {text}" if len(given) == 1 else text


def _private_role(ref: SurnameReference, full: str, before) -> str | None:
    """Who a private person named in full ("윤모 씨") is, as the article first says (:func:`role_before_name`: "전
    사무처장"); None for anyone with a title of office ("김 의장": the title says it)."""
    return role_before_name(full.split()[0], before) if ref.title == "씨" else None


# A name the headline gives in quotation marks after the kind of thing it is: "얼룩말 '세로미'", "신약 '뉴로바틴'".
# (not a word set off at a segment's end, "…골목상권 '한숨'…": what the subject does, no name)
_GLOSSED_NAME = re.compile(r"(?<![^\s…,·])([가-힣]{2,})\s?['‘\"“]([가-힣A-Za-z0-9]{2,12})['’\"”](?=[,\s]|[은는이가의도을를](?:[,\s]|$))")


def _quoted_name_glossed(text: str, title: str, block: Sequence[str]) -> str:
    """A bullet that opens on a name the headline introduces by its kind ("…탈출한 얼룩말 '세로미', …생포") with the kind
    before it ("세로미, 사육장 울타리를 …" -> "얼룩말 세로미, …"), when no bullet above it in the block names it: the
    article said what it is sentences before; the bullet alone would not (read blind, "'세로미' is never introduced")."""
    for found in _GLOSSED_NAME.finditer(title or ""):
        kind, name = found.groups()
        bare = re.match(rf"['‘\"“]?{re.escape(name)}['’\"”]?(?=[,\s]|[은는이가의도]\s)", text)
        if bare is not None and kind not in text[: bare.end() + len(kind) + 2] and not any(name in b for b in block):
            return f"{kind} {text}"
    return text


# what may follow a stand-in in its word: nothing, or a particle ("이번 산불로 …", "도는 …"; not "도내", "회사원")
STAND_IN_ENDS = frozenset({"", "은", "는", "이", "가", "의", "도", "에", "을", "를", "와", "과", "로", "으로", "에서", "에는",
                           "에서는", "로는", "으로는", "만", "까지", "부터"})


def _stand_in_named(text: str, stand_in: str, name: str, inside: bool = False) -> str:
    """A bullet opening with "이 회사" (:func:`company_stand_in`) or "이번 보고회" (:func:`this_stand_in`) with the
    name the headline gives instead, its particle agreeing with the name's last sound ("이 회사는" -> "원익은",
    "이 회사가" -> "원익이"). With ``inside``, the first such words anywhere outside quotations (:func:`this_thing_inside`:
    "…, 이 사업의 내년분 사업비" -> "…, 무심천 출렁다리 조성사업의 내년분 사업비"). The bullet stays as it was where the
    words are not there whole ("도내 …" is no "도", "…회사원" no "회사")."""
    for found in re.finditer(rf"(?<![가-힣]){re.escape(stand_in)}([가-힣]*)", text):
        if not inside and found.start() > 0:
            break
        particle = found.group(1)
        if particle not in STAND_IN_ENDS or quoted_at(text, found.start()):
            continue
        return text[: found.start()] + name + (particle_after(name, particle[:1]) + particle[1:] if particle else "") + text[found.end() :]
    return text


def _this_thing_named(doc: Document, index: int) -> tuple[str, str] | None:
    """For a sentence opening with "이 X" (:func:`this_thing_stand_in`), those words and the one name the sentences
    before give X (:func:`named_before`): ("이 병원", "한빛어린이병원"); None otherwise."""
    stand_in = this_thing_stand_in(doc.sentences[index].morphs)
    name = named_before(stand_in[1], doc.sentences[:index]) if stand_in is not None else None
    return (stand_in[0], name) if name is not None else None


def _reads_alone(doc: Document, index: int) -> bool:
    """Whether a sentence reads without the ones before it: it does not dangle, or only its "이 X" does, and the
    article named that X before (its bullet then names it: :func:`_this_thing_named`)."""
    reason = sentence_dangles(doc.sentences[index])
    return reason is None or "demonstrative" in reason and _this_thing_named(doc, index) is not None


def _figure_owned(text: str, figure: str, owner: str) -> str:
    """A bullet opening on a bare figure (:func:`figure_owner`) with its company in front ("영업이익, 13억원으로 …" ->
    "에스피지 영업이익, 13억원으로 …")."""
    return f"{owner} {text}" if text.startswith(figure) and not text.startswith(owner) else text


class _CompressingEngine:
    """Shared bullet assembly: the ranking decides the sentences, compression makes each fit.

    Length never re-ranks the selection: a sentence whose safe compression stays over
    ``bullets.max_chars`` is kept whole with a recorded warning rather than swapped for a
    shorter, less important one. Only sentences that would need the article to be
    understood (dangling openers) and restatements of a chosen fact give way to the next.
    """

    name = ""

    def __init__(self, analyzer: Analyzer, bullets: BulletConfig, sentences_per_bullet: int, min_sentence_chars: int):
        self.analyzer = analyzer
        self.bullets = bullets
        self.sentences_per_bullet = sentences_per_bullet
        self.min_sentence_chars = min_sentence_chars
        self.compressor = Compressor(analyzer.kiwi, bullets.max_chars)

    def summarize_many(self, docs: Iterable[Document]) -> list[Summary]:
        return [self.summarize(doc) for doc in docs]

    def content(self, doc: Document) -> list[int]:
        """Sentences that may become bullets; when none looks like content (a body without final punctuation),
        the long-enough sentences with some Korean prose in them, never a bare dateline or number."""
        content = content_sentences(doc, self.min_sentence_chars)
        if content:
            return content
        prose = [s.index for s in doc.sentences if len(HANGUL.findall(s.text)) >= 5]
        return [i for i in prose if len(doc.sentences[i].text) >= self.min_sentence_chars] or prose

    def wanted(self, doc: Document, content: list[int] | None = None) -> int:
        n = len(self.content(doc) if content is None else content)
        # a sound bite's later sentences make no bullet but are as much of the story as any ("[이름/직함 : …]")
        n += sum(len(doc.sentences[i].text) >= self.min_sentence_chars and non_content_reason(doc.sentences[i]) is None
                 for i in sound_bite_continuations(doc))
        return bullet_count(n, self.bullets.min, self.bullets.max, self.sentences_per_bullet)

    def _summary(self, doc: Document, picked: list[Compressed], warnings: list[str], n_content: int,
                 lede: int | None = None) -> Summary:
        if self.bullets.keep_order:
            # article order, the lede first: a scene it was chosen over ("올해 들어 배터리 업계가 들썩이고 있다")
            # may still make a bullet, after it
            picked = sorted(picked, key=lambda c: (c.sentence != lede, c.sentence))
        sentences = doc.sentences
        ends = {c.sentence: c.sentence for c in picked}  # the last sentence each bullet tells
        if self.bullets.keep_order and self.bullets.style == "headline":
            picked = self._joined(doc, picked, ends)
        if len(sentences) == 0:
            warnings.append("article has no sentences; no bullets written")
        elif len(picked) < self.bullets.min:
            warnings.append(
                f"article has only {n_content} content sentence(s) of {len(sentences)}; "
                f"wrote {len(picked)} bullet(s), fewer than bullets.min={self.bullets.min}"
            )
        for c in picked:
            if not c.fits:
                warnings.append(
                    f"bullet from sentence {c.sentence} has {len(c.text)} characters, over bullets.max_chars={self.bullets.max_chars}: "
                    "no safe deletion shortens it further"
                )
        return Summary(
            id=doc.article.id,
            title=doc.article.title,
            bullets=tuple(c.text for c in picked),
            engine=self.name,
            source_sentences=tuple(SourceRef(c.sentence, sentences[c.sentence].start, sentences[ends[c.sentence]].end) for c in picked),
            warnings=tuple(doc.article.warnings) + tuple(warnings),
        )

    def _joined(self, doc: Document, picked: list[Compressed], ends: dict[int, int]) -> list[Compressed]:
        """Bullets in article order where a short bullet with a figure (:data:`JOINED_CHARS`) whose sentence has no
        subject of its own and follows the sentence of the bullet before it ("…영업이익 4천980억원" then "전년대비 6.96%
        증가") joins it with ".." as an author's block does ("컴퓨팅 파워에 6백만달러 비용 사용.. 모델 성능, …과 동등"), when
        both fit ``bullets.max_chars`` together and the block keeps ``bullets.min`` bullets. ``ends`` takes the last
        sentence each joined bullet tells. (Read blind, a longer fact of its own joined so, "…22억 잿더미..다른 지자체
        소방서까지 지원에 나섰지만 불길을 잡지는 못함", read better apart.)"""
        out: list[Compressed] = []
        joined = 0
        for c in picked:
            before = out[-1] if out else None
            if before is not None and c.sentence == ends[before.sentence] + 1 and _joinable(c.text) \
                    and len(before.text) + len(JOINER) + len(c.text) <= self.bullets.max_chars \
                    and len(picked) - joined - 1 >= self.bullets.min \
                    and (sentence_dangles(doc.sentences[c.sentence]) or "").startswith("has no subject"):
                out[-1] = Compressed(before.text + JOINER + c.text, before.sentence, True, before.whole)
                ends[before.sentence] = c.sentence
                joined += 1
                continue
            out.append(c)
        return out

    def _fill(self, doc: Document, order: Iterable[int], k: int, bags: Sequence[Counter] = (), lede: int | None = None,
              made: MutableMapping[int, Compressed] | None = None, analysed: dict | None = None,
              extra_must_fit: bool = False, extra_limit: float = 0.0, exempt: frozenset = frozenset(),
              guides: Mapping[int, Mapping[str, float]] | None = None, retold: MutableMapping[int, int] | None = None,
              guided: MutableMapping[tuple, Compressed] | None = None) -> list[Compressed]:
        """Bullets for the first ``k`` usable sentences of ``order``, each made to fit by compression.
        With ``extra_must_fit`` a bullet beyond ``bullets.min`` is taken only when it fits ``bullets.max_chars``
        (the lede and ``exempt`` sentences excepted); the block is then one bullet shorter. With ``extra_limit`` the
        same holds for a bullet that stays over ``extra_limit`` times ``bullets.max_chars``.

        A sentence restating a chosen one is skipped; one that cannot stand alone waits until the sentence
        it leans on is chosen, or until nothing better is left among the first ``CANDIDATES_PER_BULLET * k``
        looked at. A sentence is compressed (and its bullet analysed) only when it may be taken; ``made`` holds
        bullets already written for this article (by sentence), and takes those written here. ``guides``: what
        the bullet of a sentence must keep, by sentence (the headline point it was brought in for). ``retold`` takes the
        sentence whose bullet took the lede's place (see :func:`_lede_told_again`), under the lede's.
        """
        picked: list[Compressed] = []
        waiting: list[tuple[int, int]] = []  # (sentence, window) of the sentences that cannot stand alone yet, in order
        actorless: set[int] = set()  # those of them that lack who said or did it
        restated: list[int] = []  # same fact as a chosen one, or trivial: taken only to reach bullets.min
        thin: list[int] = []  # bullets that kept too little of a long sentence: the very last resort
        keys: list[set] = []
        said: list[tuple[set, set]] = []  # content keys and numbers of each chosen bullet
        said_morphs: list[list[Morph]] = []  # and its morphemes
        looked_at: set[int] = set()
        headlines = {_squeeze(doc.article.title), _squeeze(doc.article.subtitle)} - {""}
        named = {k for k in map(content_key, doc.title_morphs) if k is not None}  # what the headline names
        written: dict[int, tuple[Compressed, set, set, list[Morph]] | None] = {}

        def bag_of(index: int) -> set:
            return set(bags[index] if bags else sentence_keys(doc.sentences[index]))

        # sentence -> how its bullet names who acts: a person named by surname only given in full, or the speaker
        # carried from the report just before
        naming: dict[int, Callable[[str], str]] = {}
        anonymous: dict[str, tuple[int, str]] = {}  # "A 씨", "B씨": who they are, where the article first says it (read
        # once, when a bullet first names one)

        def write(index: int) -> tuple[Compressed, set, set, list[Morph]] | None:
            """The bullet of a sentence with its content keys, numbers and morphemes; None when it is empty or
            the article's own headline line copied (a summary says more than its title)."""
            if index not in written:
                guide = (guides or {}).get(index)
                if made is not None and index in made and index != lede and guide is None:
                    compressed = made[index]
                else:
                    compressed = self._guided_bullet(doc, index, guide, guided) if guide is not None and index != lede \
                        else self._bullet(doc, index, lede=index == lede, guide=guide)
                    if made is not None and index != lede and guide is None:
                        made[index] = compressed
                if index in naming:  # (a bare "시, " it adds is named as the headline finish names one: "진주시, …")
                    compressed = dataclasses.replace(compressed, text=name_bare_place(naming[index](compressed.text), self._context(doc, index),
                                                                                         self.analyzer.kiwi))
                # (only a bullet above it introduces the person: one picked earlier but told later does not)
                above = [c.text for c in picked if c.sentence < index]
                named_in_full = _inner_names_in_full(compressed.text, doc.sentences[:index], above, doc.article.title)
                named_in_full = _quoted_name_glossed(named_in_full, doc.article.title, above)
                named_in_full = _given_name_added(named_in_full, doc.sentences[:index], above)
                if _ANONYMOUS.search(named_in_full):
                    if not anonymous:
                        anonymous.update(anonymous_descriptions(doc.sentences))
                    described = {letter: words for letter, (at, words) in anonymous.items() if at <= index}
                    named_in_full = _anonymous_introduced(named_in_full, described, above, self.analyzer.morphs)
                if named_in_full != compressed.text:
                    compressed = dataclasses.replace(compressed, text=named_in_full)
                usable = compressed.text and _squeeze(compressed.text) not in headlines
                written[index] = (compressed, *self._bullet_keys(compressed.text, analysed)) if usable else None
            entry = written[index]
            return None if entry is None or any(entry[0].text == c.text for c in picked) else entry

        def same_fact(bag: set) -> bool:
            return any(bag and len(bag & other) / len(bag | other) >= SAME_FACT for other in keys)

        def understood(referents: frozenset) -> bool:  # "이번 특별교부세 확보는" after a bullet naming the 특별교부세
            return bool(referents) and referents <= named | set().union(*(w for w, _ in said))

        def take(entry: tuple[Compressed, set, set, list[Morph]], bag: set) -> None:
            picked.append(entry[0])
            keys.append(bag)
            said.append((entry[1], entry[2]))
            said_morphs.append(entry[3])

        said_again: list[int] = []  # sentences left out because a chosen bullet says what they say
        held_by: dict[int, int] = {}  # of those, the ones a chosen bullet says, with that bullet's sentence
        leaning_on: dict[int, int] = {}  # sentences taken for leaning on one of those, with the one they lean on
        subjectless: set[int] = set()  # sentences whose subject is in the sentence before ("…늘어난 규모다")
        pointing: set[int] = set()  # sentences that open on what the sentence before said ("이 가운데 병원비가 …")
        same_time: set[int] = set()  # sentences that open on "같은 기간", "같은 달": the bullet before gives the time

        def timed(x: int) -> bool:
            """Whether the chosen bullet at ``x`` gives a time, for a "같은 기간" after it to be the same as."""
            return any(date_part(said_morphs[x], y) for y in range(len(said_morphs[x])))

        then_leaning: set[int] = set()  # sentences that open on "당시", a time only a taken sentence's bullet tells

        def apart(told: int, index: int) -> bool:
            """Whether a bullet the block took stands between the bullet that says what the left-out sentence ``told``
            said and the sentence at ``index`` that leans on it (the lede "…112만명의 방문객을 모으며 막을 내림", then
            "외국인 관광객이 크게 늘었지만 …", then "지난해 방문객(106만명)보다 6% 늘어난 규모", which leaned on the
            left-out "…112만4,000명이 다녀간 것으로 집계": read blind, a fragment two bullets from its referent). Only for a
            sentence that lacks its subject or opens on what the one before said ("이 가운데 병원비가 6만9,000원으로 …" after
            the lede took the left-out "…월평균 양육비는 17만2,000원"'s amount, a bullet between): one that lacks its
            speaker ("이어 “…”고 소감을 전했다") is told with the speaker named."""
            return (index in subjectless or index in pointing) and told in held_by and any(held_by[told] < c.sentence < index for c in picked)

        def release(index: int, told: bool = True) -> None:
            """A sentence deferred for want of the one before it reads fine now that that one (or its fact) is in; not
            ``told`` (its fact is in, told by another bullet), not one that leans on its time (:data:`then_leaning`)."""
            for later, later_window in [w for w in waiting if 0 < w[0] - index <= w[1] and (told or w[0] not in then_leaning)
                                        and not apart(index, w[0]) and (w[0] not in same_time or told and timed(len(picked) - 1))]:
                waiting.remove((later, later_window))
                later_bag = bag_of(later)
                later_entry = None if len(picked) == k or same_fact(later_bag) else write(later)
                if later_entry is not None and not too_long_for_more(later_entry) \
                        and not any(_restates(later_entry[1], later_entry[2], *chosen) for chosen in said):
                    take(later_entry, later_bag)
                    if told:
                        leaning_on.pop(later, None)  # (on a bullet the block took)
                    else:
                        leaning_on[later] = index

        def follows_chosen(index: int, window: int, retold: bool = True) -> bool:
            # a sentence right after one whose fact the block already gives leans on that fact, which is there (not
            # ``retold``: only on one the block took, a time told there: "당시 파업은 …" after "…2024년 6월 이후 2년 5개월
            # 만이다", which the lede's strike says again without its time)
            return any(0 < index - c.sentence <= window for c in picked) \
                or retold and any(0 < index - c <= window and not apart(c, index) for c in said_again)

        def too_long_for_more(entry: tuple[Compressed, set, set, list[Morph]]) -> bool:
            """Beyond bullets.min an over-long bullet costs the block more than the detail it adds."""
            compressed = entry[0]
            too_long = extra_must_fit and not compressed.fits \
                or extra_limit > 0 and len(compressed.text) > extra_limit * self.bullets.max_chars
            return too_long and len(picked) >= self.bullets.min and compressed.sentence != lede and compressed.sentence not in exempt

        for index in itertools.islice(order, CANDIDATES_PER_BULLET * max(k, 1)):  # the ranking is lazy
            if len(picked) == k:
                break
            if index in looked_at:
                continue
            looked_at.add(index)
            sentence = doc.sentences[index]
            bag = bag_of(index)
            quoted_by = speaker_after(doc, index)  # "“…”" | "김 총장은 …에서 이같이 밝혔다": the words with their speaker
            if quoted_by is not None:
                naming[index] = f"{quoted_by}, ".__add__
            # (so is the making known of a document whose content the sentence before told, by one it named: "…전주시가
            # …늘리기로 했다. | 전주시는 …이 같은 내용을 담은 '…계획'을 발표했다"; read blind, "procedural")
            document = document_as_told_before(sentence.morphs) and _actor_told_before(doc, index)
            courtesy = boilerplate_quote(sentence) or says_so(sentence) or document or whole_quotation(sentence) and quoted_by is None  # (whose?)
            if courtesy or same_fact(bag):
                restated.append(index)  # a courtesy quotation ("최선을 다하겠다"), or a restatement
                # (the document's content is the fact of the sentence the block took before it: "이 가운데 1단계 투자금 …"
                # after it leans on that fact)
                if not courtesy or document and follows_chosen(index, 1, retold=False):
                    said_again.append(index)
                    release(index, told=False)
                continue
            # A sentence that refers back reads fine right after the sentence it refers to (JUDGING: an
            # earlier bullet of the block may supply the referent); elsewhere it waits.
            # Who said or did it must be in the sentence right before; a time or amount may be two back.
            reason = sentence_dangles(sentence, strip_connectives=self.bullets.style == "headline", first=index == lede) \
                if quoted_by is None else None
            window = 1 if reason and any(w in reason for w in ("speaker", "pronoun", "surname", "demonstrative", "subject", "just before")) \
                else REFERENT_WINDOW
            if reason == "starts inside a quotation" and sentence.text.lstrip()[:1] in {'"', "“"}:
                reason = "a quotation that goes on past the sentence: its words said before the speaker is named"
            if reason and ("besides" in reason or "said before" in reason or "explains" in reason or "pictures show" in reason
                           or explains_unsaid(sentence.morphs, sentence.text)):  # ("이는 …을 만들기 위한 것이다": after its
                # referent too, the bullet is a fragment, "…위한 것")
                # one sentence before is not all it adds to; the words said are not in the bullet; an explanation
                # ("…기 때문", "…다는 것") reads as one only next to what it explains, which a bullet never is
                window = 0
            if (stand_in := this_stand_in(sentence.morphs)) is not None \
                    and (name := headline_phrase(doc.article.title, doc.title_morphs, stand_in.split()[1])) is not None:
                # "이번 보고회는" where the headline names it ("…2026년 국도비 2차 발굴보고회…"): the bullet names it too
                naming[index] = functools.partial(_stand_in_named, stand_in=stand_in, name=name)
                if reason and "demonstrative" in reason:
                    reason = None
            if reason and understood(demonstrative_referent(sentence.morphs)):
                reason = None
            if (level := level_stand_in(sentence.morphs)) is not None and (place := level_name(level, doc.sentences[:index])):
                # "도는 신규 국제선 …에 대해 …지원한다" after "충청북도도 …지원에 나선다": a bullet's "도," names no province
                naming[index] = functools.partial(_stand_in_named, stand_in=level, name=place)
            if reason and (stand_in := company_stand_in(sentence.morphs)) \
                    and (company := headline_company(doc.title_morphs, doc.sentences[:index])) is not None:
                # "이 회사는" where the headline names the one company of the story ("원익(32940), 매출 급증 …")
                naming[index] = functools.partial(_stand_in_named, stand_in=stand_in, name=company)
                reason = None
            if reason and "demonstrative" in reason and (named_thing := _this_thing_named(doc, index)) is not None:
                # "이 병원 간호사 노조가 …" after "…송파구 한빛어린이병원 소아외래 대기실": the one hospital named before
                naming[index] = functools.partial(_stand_in_named, stand_in=named_thing[0], name=named_thing[1])
                reason = None
            if reason and "surname" in reason:
                # "김 의장은": the block may say who already; or the article introduced exactly one such person
                ref = surname_reference(sentence.morphs[Compressor._strip_lead(list(sentence.morphs)):])
                # ("김 후보자" where the headline names "김민석 총리": one person)
                full = name_in_full(ref, doc.sentences[:index], doc.article.title, any_title=True) if ref is not None else None
                if ref is not None and len(full_name_mentions(ref, [c.text for c in picked if c.sentence < index], any_title=True)) == 1:
                    reason = None  # a bullet of the block before this one names the person already (one after it
                    # would name them only after the surname: "구 대변인, …" above "구병삼 대변인, …")
                elif full is not None:
                    # (a private person with who they are: "주민 장순옥 씨", not a bare name)
                    role = _private_role(ref, full, doc.sentences[:index])
                    naming[index] = functools.partial(_name_in_full, ref=ref, full=full, role=role)
                    reason = None
                elif ref is not None and len(full_name_mentions(ref, [doc.article.title])) == 1:
                    reason = None
            if reason and (speaker := continuing_speaker(doc, index)) is not None:
                # (whatever the sentence opens with, "이어 “…”고 소감을 전했다" reports the same speaker's words)
                naming[index] = f"{speaker}, ".__add__  # taken next to the report before it or not, the bullet says who speaks
            elif reason and ("has no subject" in reason or reason == JUST_AFTER_REASON) and (actor := continuing_actor(doc, index)) is not None:
                # the topic of the sentence before, which Korean drops here: taken only where the block reads it
                # right after that sentence's fact (the reason stays), the bullet still says who acts ("경찰은 …수사에
                # 착수했다. 이후 …남성이 입국한 사실을 확인하고 체포했다": "경찰, …확인하고 체포")
                naming[index] = f"{actor}, ".__add__
            if index not in naming and (inside := this_thing_inside(sentence.morphs)) is not None \
                    and not understood(frozenset({inside[1]})) and (name := named_before(inside[1], doc.sentences[:index], words=3)) is not None:
                # "예산결산특별위원회는 이 사업의 …" after "…가장 큰 몫은 무심천 출렁다리 조성사업이다": the bullet names it
                naming[index] = functools.partial(_stand_in_named, stand_in=inside[0], name=name, inside=True)
            if index not in naming and (body := bare_body_topic(sentence.morphs)) is not None \
                    and (name := named_before(body, doc.sentences[:index], proper=False)) is not None:
                # "과학원은 13일 오후부터 …" after "국립환경과학원에 따르면 …": the bullet names the body in full
                naming[index] = functools.partial(_stand_in_named, stand_in=body, name=name)
            if index not in naming and (owned := figure_owner(doc, index)) is not None:
                # "영업이익은 13억원으로 …" after "소형 모터업체 에스피지는 …": whose figure it is, said
                naming[index] = functools.partial(_figure_owned, figure=owned[0], owner=owned[1])
            if reason and "'당시'" in reason:
                then_leaning.add(index)
            if reason and "has no subject" in reason:
                subjectless.add(index)
            if reason and reason.startswith(POINTING_REASONS):
                pointing.add(index)
            if reason and reason.startswith("opens with a reference to what came before") and opens_on_same_time(sentence.text):
                # "같은 기간 전체 극장 관객 수는 …" after "극장가 전체가 회복됐다고 보기는 어렵다는 분석도 나옴": read blind,
                # "'같은 기간' is undefined in the block"; it waits for a bullet that gives the time
                same_time.add(index)
                if not any(0 < index - c.sentence <= window and timed(x) for x, c in enumerate(picked)):
                    waiting.append((index, window))
                    continue
            if reason and not any(0 < index - c.sentence <= window for c in picked) \
                    and (left_out := next((c for c in said_again if 0 < index - c <= window), None)) is not None:
                leaning_on[index] = left_out  # (should it be taken now, on the fact of a sentence left out)
            if reason and not follows_chosen(index, window, retold=index not in then_leaning):
                waiting.append((index, window))
                if any(w in reason for w in ACTOR_REASONS):
                    actorless.add(index)
                continue
            entry = write(index)
            if entry is None:
                continue
            compressed, words, numbers, bullet_morphs = entry
            if too_long_for_more(entry):
                k -= 1  # and no lower-ranked sentence takes its place: length never brings in a lesser fact
                continue
            if len(words) <= THIN_BULLET_WORDS and len(words) * THIN_SHARE <= len(bag) and not numbers \
                    or self.bullets.style == "headline" and _copied_sentence(bullet_morphs) and index != lede \
                    or self.bullets.style == "headline" and announces_statement(bullet_morphs) \
                    or self.bullets.style == "headline" and ELIDED_QUOTE_START.search(compressed.text) and index != lede \
                    or self.bullets.style == "headline" and len(compressed.text) > RUN_ON_SHARE * self.bullets.max_chars and index != lede:
                # (or a quotation that opens on an elision, "정 총재, “…나머지 2명은 …입장이었다”": read blind, none of 16 such
                # bullets was clean; 5 changed what was said, 12 started mid-thought)
                # a long sentence shortened to a sliver ("충남경찰청, 가족에게 인계": who was handed over is gone; "스타웨이브,
                # 공식 입장문을 냄": what the statement says is gone), or
                # a sentence copied as written for want of a safe shortening ("…주연으로 등장했다": no headline), or
                # several sentences run together where a transcript has no full stops (no bullet at all)
                thin.append(index)
                continue
            # (where the lede's bullet is in the block, in headline style)
            lede_at = next((x for x, c in enumerate(picked) if c.sentence == lede), None) if self.bullets.style == "headline" else None
            told_again = lede_at if lede_at is not None and _lede_told_again(words, numbers, *said[lede_at], said_morphs[lede_at], index - lede) else None
            if told_again is not None:
                # the lede's fact again with figures of its own: the block tells it once, in the bullet that says more
                # when that one fits ("…온라인 쇼핑 거래액, 120조원을 넘어섬" gives way to "대한상공회의소, …거래액이
                # 120조4억원으로 작년 상반기 대비 9.7% 증가")
                # (only the sentence right after it: one further on may have a sentence between that leans on the lede)
                if compressed.fits and numbers - said[told_again][1] and reason is None and index == lede + 1 \
                        and bullet_dangling_reason(bullet_morphs, compressed.text) is None:
                    restated.append(picked[told_again].sentence)
                    picked[told_again], keys[told_again], said[told_again], said_morphs[told_again] = compressed, bag, (words, numbers), bullet_morphs
                    if retold is not None:
                        retold[lede] = index
                    lede = index
                else:
                    restated.append(index)
                    held_by[index] = lede
                said_again.append(index)
                release(index, told=False)
                continue
            if lede_at is not None and index < lede and _lede_told_before(bullet_morphs, said_morphs[lede_at]):
                restated.append(index)
                said_again.append(index)
                held_by[index] = lede
                release(index, told=False)
                continue
            exact = named_sentence(picked[lede_at].text, compressed.text) \
                if lede_at is not None and 0 < index - lede <= LEDE_ELABORATION else None
            if exact is not None:
                # "…일당의 총책, 1심에서 중형을 선고받음" then "서울중앙지법, …한모씨에게 징역 15년을 선고하고 …": one
                # sentencing told twice (read blind, R=1 in each such block); the lede names the term instead
                picked[lede_at] = dataclasses.replace(picked[lede_at], text=exact)
                lede_words, lede_numbers, lede_morphs = self._bullet_keys(exact, analysed)
                said[lede_at], said_morphs[lede_at] = (lede_words, lede_numbers), lede_morphs
                restated.append(index)
                said_again.append(index)
                held_by[index] = lede
                release(index, told=False)
                continue
            match = next((x for x, (chosen, chosen_morphs) in enumerate(zip(said, said_morphs))
                          if _restates(words, numbers, *chosen) or _quote_restates(bullet_morphs, chosen[0], chosen_morphs)
                          or _lists_what_was_said(bullet_morphs, words, numbers, chosen_morphs, *chosen)
                          or _repeats_figure(bullet_morphs, chosen_morphs, chosen[0]) or _same_statement(bullet_morphs, chosen_morphs)
                          or _same_event(bullet_morphs, chosen_morphs) or _retells(bullet_morphs, chosen_morphs)
                          or _same_failure(bullet_morphs, chosen_morphs) or _same_prize(bullet_morphs, chosen_morphs)
                          or _same_strike(bullet_morphs, chosen_morphs) or _same_share(bullet_morphs, words, chosen_morphs, chosen[0])
                          or _same_total(bullet_morphs, chosen_morphs) or _breaks_down(bullet_morphs, chosen_morphs)
                          or _same_figures_told(words, bullet_morphs, chosen[0], chosen_morphs)
                          or _same_count_again(words, numbers, bullet_morphs, *chosen, chosen_morphs)
                          or _first_figure_told(words, bullet_morphs, chosen[0], chosen_morphs)
                          or _retold_in_detail(words, numbers, bullet_morphs, *chosen, chosen_morphs)), None)
            nothing_new = match is None and _nothing_new(words, numbers, said)
            # (sentence style gives the article's sentences as written, the lede's elaboration with it: read
            # against extractive references, it lost 2 points of ROUGE-1 at equal length without it)
            elaborated = match is None and not nothing_new and self.bullets.style == "headline" \
                and any(c.sentence == lede and _elaborates_lede(words, numbers, bullet_morphs, *chosen, index - lede) for c, chosen in zip(picked, said))
            if match is not None or nothing_new or elaborated:
                restated.append(index)
                said_again.append(index)
                if match is not None or elaborated:
                    held_by[index] = picked[match].sentence if match is not None else lede
                release(index, told=False)
                continue
            if reason is None:
                # A sentence that reads alone can still make a bullet that does not, when compression keeps only
                # a clause whose referent was in the part it dropped ("…, 이 이상징후가 …"), or a quotation whose
                # first word is "하지만": the sentence before does not help there, so no window, except for a
                # day ("이날") an adjacent sentence gives.
                reason = bullet_dangling_reason(bullet_morphs, compressed.text)
                window = REFERENT_WINDOW if reason and "time reference" in reason else 0
                if reason and (understood(demonstrative_referent(bullet_morphs)) or follows_chosen(index, window)):
                    reason = None
                if reason:
                    waiting.append((index, window))
                    continue
            rounded = next(((x, text) for x, c in enumerate(picked) if c.sentence < index
                            and (text := exact_figure(c.text, said_morphs[x], compressed.text, bullet_morphs)) is not None), None)
            if rounded is None and lede_at is not None and index > lede and self.bullets.style == "headline" \
                    and (text := cause_merged(picked[lede_at].text, said_morphs[lede_at], compressed.text, bullet_morphs)) is not None:
                # "…자동차 수출액, …의 영향으로 1년 전보다 줄어" then "…자동차 수출액, 58억3,000만달러로 …4.3% 감소": the
                # change told once, with its figures and its cause (a whole bullet too long for it: with its figures)
                rounded = lede_at, text if len(text) <= MERGED_LIMIT * self.bullets.max_chars else compressed.text
            if rounded is not None:
                # "반도체 수출액, 11월 142억달러를 넘어서며 …" then "지난달 반도체 수출, 142억3,000만달러로 …": one figure told
                # twice (read blind, R=1); the chosen bullet gives it exactly instead
                x, text = rounded
                picked[x] = dataclasses.replace(picked[x], text=text)
                rounded_words, rounded_numbers, said_morphs[x] = self._bullet_keys(text, analysed)
                said[x] = (rounded_words, rounded_numbers)
                restated.append(index)
                said_again.append(index)
                held_by[index] = picked[x].sentence
                release(index, told=False)
                continue
            take(entry, bag)
            release(index)
        # A sentence taken for leaning on a left-out one goes when a bullet taken after it came to stand between it and
        # the bullet that says the left-out one's fact (see apart)
        for x in [x for x, c in enumerate(picked) if c.sentence in leaning_on and apart(leaning_on[c.sentence], c.sentence)][::-1]:
            del picked[x], keys[x], said[x], said_morphs[x]
        # The block falls short: the deferred first (up to k), then restatements (up to bullets.min).
        # A sentence without who said or did it comes last: away from the sentence that names the actor, its fact
        # reads as the previous bullet's actor's (a second player's record as the first player's).
        # Past bullets.min the block stops: a bullet that needs the article (read blind, "이런 성과…", "…이같이 밝힘",
        # "김 씨가 받은 건 …" as the 4th and 5th bullet) costs a block more than the detail it adds.
        deferred = [i for i, _ in waiting]
        for candidates, limit in (([i for i in deferred if i not in actorless], min(k, self.bullets.min)), (restated, min(k, self.bullets.min)),
                                  ([i for i in deferred if i in actorless], min(k, self.bullets.min)), (thin, min(k, self.bullets.min))):
            for index in candidates:
                entry = write(index) if len(picked) < limit else None
                if entry is not None and not too_long_for_more(entry):
                    picked.append(entry[0])
        return picked

    def _bullet_keys(self, text: str, analysed: dict | None = None) -> tuple[set, set, list[Morph]]:
        """Content keys (bound nouns aside) and numbers of a bullet, to tell a restatement of a chosen bullet,
        and its morphemes, to tell whether it stands alone. ``analysed`` keeps them by text, so Kiwi reads a
        bullet once however many steps look at it."""
        if analysed is not None and text in analysed:
            return analysed[text]
        words, numbers = set(), set()
        morphs = list(self.analyzer.morphs(text))
        for morph in morphs:
            if morph.tag == "SN":
                numbers.add(morph.form)
            elif morph.tag != "NNB":
                key = content_key(morph)
                if key is not None:
                    words.add(key)
        if analysed is not None:
            analysed[text] = (words, numbers, morphs)
        return words, numbers, morphs

    def _bullet(self, doc: Document, index: int, lede: bool = False, guide: Mapping[str, float] | None = None) -> Compressed:
        """The bullet of one sentence. A lede too long for one bullet keeps the clause with the article's
        main fact (see :meth:`_guide`; the lines before the lede are its headline), a sentence brought in for
        a point of the headline the clause that says it (``guide``); other sentences keep their main clause."""
        if self.bullets.style == "sentence":
            return Compressed(remove_final_period(doc.sentences[index].text), index, True)
        if lede:
            guide = self._guide(doc, index)
        # (a place the headline names stays: "서울 강남 대형 산후조리원서 …집단 감염" over "서울 강남구의 한 대형
        # 산후조리원에서 …집단 감염이 발생해 …")
        keep = frozenset(k for m in doc.title_morphs if m.tag in GUIDE_TAGS and (k := content_key(m)) is not None)
        compressed = self.compressor.compress(doc.sentences[index], doc.article.body, guide, keep)
        text = finish_headline(compressed.text, self._context(doc, index), self.analyzer.kiwi, glued_particle(doc.sentences[index].morphs))
        return dataclasses.replace(compressed, text=text, fits=compressed.fits or len(text) <= self.bullets.max_chars)

    @staticmethod
    def _context(doc: Document, index: int) -> Iterator[str]:
        """What the headline finish reads a bullet's bare place ("시는", "도는") against, nearest first: the sentence
        itself ("14일 경기도에 따르면 도는 …": compression drops the attribution), each of the sentences before it
        (the nearest that names such a place is the one the writer went on from: "23일 부산시에 따르면 …" | … | "시는
        …"), the article's title and first paragraphs."""
        # (read lazily, only for a bullet that opens on a bare place: see name_bare_place)
        text = doc.sentences[index].text
        bare = BARE_PLACE_IN.search(text)  # (only what comes before it: "시는 한빛시와 협약을 맺었다" names the partner)
        yield text[: bare.start()] if bare else ""
        yield from (s.text for s in reversed(doc.sentences[max(0, index - PLACE_WINDOW) : index]))
        yield " ".join((doc.article.title, *doc.article.paragraphs[:2]))

    @staticmethod
    def _guide(doc: Document, first_content: int) -> dict[str, float]:
        """What the article is about: the content keys of its title, section headings and the headline
        lines before its first content sentence."""
        morphs = itertools.chain(doc.title_morphs, *doc.heading_morphs, *(s.morphs for s in doc.sentences[:first_content]))
        # nouns, not numbers: a figure the headline states may be a later sentence's ("…영동고속도서 4대 추돌" is not
        # what makes the first sentence's clause about a pile-up elsewhere the lede)
        return {k: 1.0 for m in morphs if m.tag != "SN" and (k := content_key(m)) is not None}


def _citizen_voice(morphs: Sequence[Morph]) -> bool:
    """Whether a sentence quotes a private person ("…직장인 하 씨는 “…”고 했다", "김하나 씨는 “…”라고 말했다") or a
    certain one left unnamed ("…‘아로스’를 몰던 한 운전자는 “…”며 …신고를 냈다"), as the one who speaks: a voice that
    colours a story, not its news."""
    return direct_quotation(morphs) and any(_private_person_at(morphs, x) and x + 1 < len(morphs) and morphs[x + 1].tag in {"JX", "JKS"}
                                            for x in range(len(morphs)))


ANECDOTE_WINDOW = 8  # a story opening on a scene or an anecdote: its dated news is looked for among this many content sentences
LONG_ANECDOTE_WINDOW = 12  # ... and, when none of those says a headline point, among this many
NEWS_DAY_WORDS = frozenset({"이날", "오늘", "어제", "전날"})
RELATIVE_DAY_WORDS = frozenset({"전날"})  # the day before a day told already


def _news_day(morphs: Sequence[Morph], relative: bool = True) -> bool:
    """Whether a sentence names a day ("13일", "지난 9일", "이날", "오늘"): news tells the day it happened; a scene or an
    anecdote that opens a feature seldom does ("지난해 가을", "새벽 7시"). Without ``relative``, not a day told from
    another day told before ("전날")."""
    return any(m.form in NEWS_DAY_WORDS and m.tag in {"NNG", "MAG"} and (relative or m.form not in RELATIVE_DAY_WORDS)
               or m.form == "일" and x and day_date(morphs, x - 1) and date_part(morphs, x - 1)
               for x, m in outside_quotes(morphs))  # (not a day someone speaks of: "“오늘은 예약 환자만 …”")


def _says_nothing_of(headline: tuple[list[set[str]], dict[str, float], dict[int, set[str]]], index: int) -> bool:
    """Whether the content sentence at ``index`` says no word of the headline's points (``headline``: the engine's
    :meth:`~ExtractiveEngine.headline_words`)."""
    points, weight, words = headline
    return bool(points) and not math.fsum(point_share(p, words[index], weight) for p in points)


def _says_a_point(headline: tuple[list[set[str]], dict[str, float], dict[int, set[str]]], index: int) -> bool:
    """Whether the content sentence at ``index`` says one of the headline's points whole (:func:`says_point`)."""
    points, weight, words = headline
    return any(says_point(p, words[index], weight) for p in points)


def _told_in_past(morphs: Sequence[Morph]) -> bool:
    """Whether a sentence's own predicate, its last, is in the past tense ("…다다랐다", "…유도해 왔다")."""
    words = [m for m in morphs if m.tag not in PUNCT_TAGS]
    return len(words) > 2 and words[-1].tag == "EF" and any(m.tag == "EP" and m.form in {"었", "았", "였"} for m in words[-3:-1])


def _ongoing(morphs: Sequence[Morph]) -> bool:
    """Whether a sentence's own predicate tells what is under way now ("…피해가 커지고 있다", "…사라지고 있다"): a trend."""
    words = [m for m in morphs if m.tag not in PUNCT_TAGS]
    # (not a view held, "…넘어설 것으로 보고 있다")
    return len(words) > 4 and words[-1].tag == "EF" and words[-2].form == "있" and words[-2].tag == "VX" \
        and words[-3].tag == "EC" and words[-3].form == "고" and words[-4].form not in HELD_STEMS | FORECAST_WORDS \
        and not (words[-4].tag == "XSV" and words[-5].form in HELD_STEMS | FORECAST_WORDS)


def _day_topic(morphs: Sequence[Morph]) -> bool:
    """Whether a sentence opens on the story's day as its topic ("이날은 한 달에 두 번 …의사가 들어오는 날이다"): the
    scene's day told on."""
    words = [m for m in morphs if m.tag not in PUNCT_TAGS]
    if len(words) > 2 and (words[0].form, words[1].form) == ("이", "날") and words[0].end == words[1].start:
        words = words[1:]  # (Kiwi may read "이날" as "이" + "날")
    return len(words) > 1 and (words[0].form in NEWS_DAY_WORDS or words[0].form == "날") and words[1].tag == "JX"


def _past_scene(morphs: Sequence[Morph]) -> bool:
    """Whether a sentence ends on a state or a doing in progress told in the past ("…앞에는 긴 줄이 늘어서 있었다",
    "…트레일러들이 …줄을 서 있었다", "…표지를 찍고 있었다"): how a feature sets its scene; news is told in the present or
    as done ("…요금이 …오른다", "…체질 개선에 나선다", "…통합 작업에 속도를 내고 있지만 …")."""
    words = [m for m in morphs if m.tag not in PUNCT_TAGS]
    return len(words) > 3 and words[-1].tag == "EF" and words[-2].tag == "EP" and words[-2].form in {"었", "았"} \
        and words[-3].form == "있" and words[-3].tag == "VX" and words[-4].tag == "EC" and words[-4].form in {"어", "아", "고"}


def _scheduled_on_a_day(morphs: Sequence[Morph]) -> bool:
    """Whether a sentence announces what will happen to its subject on a day, in the news present of a verbal noun
    ("…군내버스 12번 노선이 이달 30일 운행을 끝으로 폐지된다", "…시행한다"): news, though not yet done (see
    :func:`reports_an_act`)."""
    words = [m for m in morphs if m.tag not in PUNCT_TAGS]
    # (or of a verb: "한빛백화점은 오는 30일 영업을 끝으로 문을 닫는다")
    return len(words) > 3 and words[-1].tag == "EF" and words[-1].form in {"ᆫ다", "는다"} \
        and (words[-2].tag == "XSV" and words[-2].form in {"하", "되"} and words[-3].tag == "NNG" and words[-3].end == words[-2].start
             or words[-2].tag.startswith("VV") and words[-2].form not in {"있", "없"}) \
        and has_subject(morphs) and _news_day(morphs)


ELDER_TITLES = frozenset({"할머니", "할아버지", "어르신"})  # alone, the one an anecdote named ("할머니의 손에는 …")
KIN_TITLES = ELDER_TITLES | {"군", "양"}  # "권순녀 할머니", "김하늘 양": a private person by name


def _private_person_at(morphs: Sequence[Morph], x: int) -> bool:
    """Whether ``morphs[x]`` names a private person ("회사원 박정훈(41)씨", "60대 주부 A씨", "권순녀 할머니", a minor by a letter,
    "초등학교 5학년 A군"; an elder by a
    name Kiwi reads as a common noun, "김순례 할머니" as "김" + "순례", or by where they live, "동네 할아버지") or a certain
    one unnamed ("한 운전자는", with its particle)."""
    m = morphs[x]
    return m.form == "씨" and m.tag in {"NNB", "NNG"} \
        or m.form in KIN_TITLES and m.tag in {"NNG", "NNB"} and x > 0 and (morphs[x - 1].tag == "NNP"
                                                                          or m.form in {"군", "양"} and morphs[x - 1].tag == "SL"
                                                                          and len(morphs[x - 1].form) == 1 and morphs[x - 1].end == m.start) \
        or m.form in ELDER_TITLES and m.tag == "NNG" and x > 0 and morphs[x - 1].tag == "NNG" and morphs[x - 1].end < m.start \
        or m.tag == "NNG" and x > 0 and morphs[x - 1].tag == "MM" and morphs[x - 1].form == "한" \
        and x + 1 < len(morphs) and morphs[x + 1].tag in {"JX", "JKS"}


def _aged_person(morphs: Sequence[Morph]) -> bool:
    """Whether a sentence gives someone's age in brackets after the name ("강도윤(46) 대표는", "이순옥(79) 할머니는"):
    how a feature introduces the person its anecdote is about."""
    return any(m.tag == "SSO" and m.form == "(" and x > 0 and morphs[x - 1].tag in {"NNP", "NNG"} and morphs[x - 1].end == m.start
               and x + 2 < len(morphs) and morphs[x + 1].tag == "SN" and morphs[x + 2].tag == "SSC"
               and morphs[x + 1].form.isdigit() and 10 <= int(morphs[x + 1].form) < 110
               for x, m in enumerate(morphs))


def _private_person(morphs: Sequence[Morph]) -> bool:
    """Whether a sentence names a private person or a certain one unnamed (:func:`_private_person_at`): who an
    anecdote is about."""
    return any(_private_person_at(morphs, x) for x in range(len(morphs)))


SUBJECT_RUN_TAGS = frozenset({"NNP", "NNG", "XSN", "SL", "SN", "NNB"})  # what a subject's noun run is made of


def _subject_particle(m: Morph) -> bool:
    return m.tag == "JKS" or m.tag == "JX" and m.form in {"은", "는"}


def _verbless_setting(morphs: Sequence[Morph]) -> bool:
    """Whether a sentence only names a place or a moment, with no predicate of its own ("해발 1,614m 덕유산 향적봉에서 중봉으로
    이어지는 능선길.", "지난 17일 오후 …박물관 지하 1층 보존과학실."): a feature sets its scene."""
    words = [m for m in morphs if m.tag not in {"SF", "SP", "SE"}]
    # (a time or a place is set: not a photo's caption left at the top of the body, "공대 기계항공공학부 최만수 교수 연구팀.")
    placed = any(date_part(morphs, x) or m.form in TIME_PARTS and m.tag in {"NNG", "NNB"} or m.tag == "MM" and m.form == "한"
                 or m.tag == "JKB" and m.form in {"에서", "으로", "로"} for x, m in enumerate(morphs))
    return len(words) >= 3 and words[-1].tag in {"NNG", "NNP"} and morphs[-1].tag == "SF" and morphs[-1].form == "." and placed \
        and not any(m.tag in {"EF", "VCP", "JKS", "JKO"} or m.tag == "SSO" and m.form not in {"'", "‘"}
                    or m.tag == "JX" and m.form in {"은", "는", "ᆫ"} for m in morphs)  # (a name in single quotes: "…공도읍의 '햇살마을요양원' 2층.")



def _subject_run(morphs: Sequence[Morph], x: int, joined: bool = False, aged: bool = False) -> Sequence[Morph]:
    """The noun run right before the subject or topic particle at ``x`` ("누리대학교병원 연구팀은"); with ``joined``,
    through "와/과" too ("평창군과 청솔메밀꽃축제위원회는"); with ``aged``, past a name's age in brackets ("…태성케미칼의
    권혁준(58) 회장이": "권혁준 회장")."""
    run: list[Morph] = []
    y = x
    while y > 0:
        if morphs[y - 1].tag in SUBJECT_RUN_TAGS or joined and morphs[y - 1].tag == "JC":
            run.append(morphs[y - 1])
            y -= 1
        elif aged and y >= 5 and (morphs[y - 1].form, morphs[y - 2].tag, morphs[y - 3].form) == (")", "SN", "(") and morphs[y - 4].tag in {"NNP", "NNG"}:
            y -= 3
        else:
            break
    return run[::-1]


def _named_subject(morphs: Sequence[Morph]) -> bool:
    """Whether a sentence's main subject or topic is a named one: a proper noun in the noun run before its last
    subject or topic particle ("충청북도가", "누리대학교병원 연구팀은"; not "마지막 넥서스가 무너지는 순간, …관중이")."""
    x = _last_subject_particle(morphs)
    return x is not None and any(m.tag == "NNP" for m in _subject_run(morphs, x))


def _last_subject_particle(morphs: Sequence[Morph]) -> int | None:
    """Where a sentence's last subject or topic particle is (its main subject's), or None."""
    return next((x for x in range(len(morphs) - 1, -1, -1) if _subject_particle(morphs[x])), None)


def _subject_owner(morphs: Sequence[Morph]) -> Sequence[Morph]:
    """The noun run that owns a sentence's main subject or topic through "의" ("동해제철 노사의 올해 임금·단체협약
    협상이": "동해제철 노사"), or nothing."""
    x = _last_subject_particle(morphs)
    if x is None:
        return []
    y = x - len(_subject_run(morphs, x))
    while y >= 2 and morphs[y - 1].form == "·" and morphs[y - 2].tag in SUBJECT_RUN_TAGS:  # ("임금·단체협약 협상")
        y -= 1 + len(_subject_run(morphs, y - 1))
    return _subject_run(morphs, y - 1) if y < x and y >= 2 and morphs[y - 1].tag == "JKG" else []


def _subject_nouns(morphs: Sequence[Morph]) -> list[Morph]:
    """The nouns of each run right before a subject or topic particle ("한빛에너지솔루션이", "평창군과 청솔메밀꽃축제위원회는"):
    who a sentence says acts, not where."""
    return [n for x, m in enumerate(morphs) if _subject_particle(m) for n in _subject_run(morphs, x, joined=True, aged=True)]


def _private_subject(morphs: Sequence[Morph], sources: frozenset = frozenset()) -> bool:
    """Whether a subject or topic of a sentence is a private person ("김 씨는", "최현우(31) 씨의 사정도", "…낙찰되자 정만호
    씨는"; :func:`_private_person_at`), or one told before by a pronoun ("정년까지 3년을 남겨 둔 그는"): whose doings or
    words an anecdote tells. Not one told there by what they are or do (:func:`_described_person`), nor one of the
    ``sources`` (:func:`_described_sources`) named again ("박 씨는 “물량은 예전보다 30%쯤 줄었고 …”")."""
    for x, m in enumerate(morphs):
        if not (_subject_particle(m) or m.tag == "JX" and m.form == "도") or not x:
            continue
        if morphs[x - 1].tag == "NP" and morphs[x - 1].form in {"그", "그녀"}:
            return True
        y = x - 1
        while y >= 0 and (morphs[y].tag in SUBJECT_RUN_TAGS | {"SSO", "SSC", "JKG"} or morphs[y].form in {"(", ")"}):
            if _private_person_at(morphs, y) and not _described_person(morphs, y) \
                    and not (morphs[y].form == "씨" and y and morphs[y - 1].tag == "NNP" and morphs[y - 1].form in sources):
                return True
            y -= 1
    return False


def _described_sources(sentences: Sequence) -> frozenset:
    """The names, and the surnames they are named again by, of the private persons ``sentences`` tell by what they are or
    do (:func:`_described_person`: "15년째 사입 일을 하는 박재현(45) 씨는 …" gives "박재현" and "박"): sources of the story
    introduced after its lede, whose words a block may carry."""
    names = set()
    for sentence in sentences:
        morphs = sentence.morphs
        for y in range(1, len(morphs)):
            if morphs[y].form == "씨" and _private_person_at(morphs, y) and _described_person(morphs, y):
                z = _before_age(morphs, y)
                if z >= 0 and morphs[z].tag == "NNP" and 2 <= len(morphs[z].form) <= 4:
                    names |= {morphs[z].form, morphs[z].form[0]}
    return frozenset(names)


def _before_age(morphs: Sequence[Morph], y: int) -> int:
    """The index of the last morpheme before "씨" at ``y`` and the age in brackets before it ("박재현(45) 씨": "박재현")."""
    z = y - 1
    while z >= 0 and (morphs[z].tag in {"SN", "SSO", "SSC"} or morphs[z].form in {"(", ")"}):
        z -= 1
    return z


def _described_person(morphs: Sequence[Morph], y: int) -> bool:
    """Whether the private person whose "씨" is at ``y`` is told there by what they are or do, a word or a clause right
    before the name ("사서 한수진(35) 씨는 “…”", "15년째 사입 일을 하는 박재현(45) 씨는 …"): a source of the story, whose
    words or doings a block may carry (read blind, a librarian's word on the staffing was the story's other half)."""
    z = _before_age(morphs, y)
    while z >= 0 and morphs[z].tag == "NNP":
        z -= 1  # back past the name
    # (a full name: what is said before a surname named again tells what they do then, "점심 장사를 마친 이 씨는 …")
    return z >= 0 and z < y - 1 and len(morphs[z + 1].form) >= 2 \
        and (morphs[z].tag == "ETM" or morphs[z].tag == "NNG" and morphs[z].end < morphs[z + 1].start)


def _actor_told_before(doc: Document, index: int) -> bool:
    """Whether a sentence's subject or topic ("전주시는", "복지부는") is named in a sentence before it, in full or in part
    ("보건복지부가 …"): who acts there is told already."""
    x = _last_subject_particle(doc.sentences[index].morphs)
    if x is None:
        return False
    name = "".join(m.form for m in _subject_run(doc.sentences[index].morphs, x) if m.tag in {"NNP", "NNG", "SL"})
    # (a union is "노조" for short: "철도노조는" after "전국철도노동조합이")
    return len(name) >= 2 and any(name in s.text.replace(" ", "").replace("노동조합", "노조") for s in doc.sentences[:index])


def _tells_news(sentence) -> bool:
    """Whether a sentence may lead as the news a feature's opening gave way to: it names someone or a number, reads on
    its own, and is neither a private person's voice nor a quotation alone, nor only the making known of what the
    sentences before it told ("가온산업부는 16일 이런 내용의 '10월 가전산업 동향'을 발표했다" after a lede with no day:
    its bullet, "가온산업부, 16일 '10월 가전산업 동향' 발표", says none of the news)."""
    return names_actor_or_number(sentence.morphs) and not _citizen_voice(sentence.morphs) and not whole_quotation(sentence) \
        and not sentence_dangles(sentence) and not document_as_told_before(sentence.morphs)


def _nut_graf(doc: Document, index: int) -> bool:
    """Whether a sentence may lead as a feature's undated nut graf: it reads on its own (:func:`_reads_alone`) and is no
    voice, quotation or comment on a figure ("5.49%는 …법정 인상 한도를 꽉 채운 수치다"); unlike :func:`_tells_news` it
    need name no one and no number ("중소 출판사들이 종이값 상승에 휘청이고 있다")."""
    # (a cleft of a time is told plainly, "영서군의 유일한 분만실이 문을 닫은 건 지난 8월이다" -> "…분만실, 지난 8월 문을
    # 닫음": see cleft_focus)
    sentence = doc.sentences[index]
    return _reads_alone(doc, index) and not _citizen_voice(sentence.morphs) and not whole_quotation(sentence) \
        and not direct_quotation(sentence.morphs) and (not ends_in_copula(sentence.morphs) or cleft_focus(sentence.morphs) is not None
                                                       or _count_complement(sentence.morphs))


def _count_complement(morphs: Sequence[Morph]) -> bool:
    """Whether a sentence that ends on the copula states a count of its topic ("신송마을 주민 34명 가운데 75세 이상은
    18명이다"): the count is the news, not a comment on a figure ("5.49%는 …한도를 꽉 채운 수치다")."""
    words = [m for m in morphs if m.tag not in {"SF", "SP", "SE"}]
    v = next((x for x in range(len(words) - 1, 0, -1) if words[x].tag == "VCP"), None)
    return v is not None and v >= 3 and words[v - 1].tag == "NNB" and words[v - 2].tag == "SN" \
        and any(m.tag == "JX" and m.form in {"은", "는"} for m in words[: v - 2])


def _story_frame(doc: Document, before: list[int]) -> int | None:
    """Of the content sentences ``before`` a lede that an anecdote opened for, the last one when it is the story's frame,
    a state of things ("남부지방에 석 달째 비다운 비가 내리지 않으면서 …말라가고 있다"); None when it points back or is a
    private person's ("이처럼 …", "A씨가 본 딸의 얼굴은 …"), tells an act (the lede's, told once more: "결국 …동화식품이
    가격 인상에 나섰다"), or is the opening itself ("올해 들어 배터리 업계가 크게 들썩이고 있다" right before the lede)."""
    if len(before) < 2:
        return None
    sentence = doc.sentences[before[-1]]
    if sentence_dangles(sentence) or reports_an_act(sentence.morphs) or _private_person(sentence.morphs) \
            or direct_quotation(sentence.morphs) or whole_quotation(sentence) \
            or any(m.form in ELDER_TITLES and m.tag == "NNG" for m in sentence.morphs):
        return None  # ("할머니의 손에는 …약봉지 하나만 들려 있었다": the grandmother the anecdote named)
    if _told_in_past(sentence.morphs) and _private_person(doc.sentences[before[-2]].morphs):
        return None  # ("박 씨는 …졸업했다. | 졸업 뒤 1년 동안 64곳에 이력서를 냈고, 면접까지 간 곳은 12곳이었다": the anecdote goes on)
    return before[-1]


def _joinable(text: str) -> bool:
    """Whether a bullet is short and has a figure, as one that joins the bullet before it (:meth:`_joined`) must be."""
    return len(text) <= JOINED_CHARS and any(ch.isdigit() for ch in text)


JOINED_CHARS = 25  # longest subjectless bullet with a figure that joins the bullet before it ("전년대비 6.96% 증가", "축구장(0.714㏊) 119개에 해당하는 면적")
QUOTE_OPENER_WINDOW = 3  # sentences after an opening quotation where the news sentence that leads instead may be


class KiwiEngine(_CompressingEngine):
    """Default engine: salient, non-redundant sentences compressed into headline-style bullets."""

    name = "kiwi"

    def __init__(self, analyzer: Analyzer, bullets: BulletConfig, kiwi: KiwiEngineConfig):
        super().__init__(analyzer, bullets, kiwi.sentences_per_bullet, kiwi.min_sentence_chars)
        self.config = kiwi  # the kiwi section: selection weights, redundancy, scene_lede

    SECTIONS = ("bullets", "kiwi")

    @classmethod
    def from_sections(cls, analyzer: Analyzer, bullets: BulletConfig, kiwi: KiwiEngineConfig) -> "KiwiEngine":
        return cls(analyzer, bullets, kiwi)

    def ranking(self, doc: Document, salience: Salience | None = None) -> Iterator[int]:
        """Usable sentence indices, best first (MMR order), computed lazily."""
        if not doc.sentences:
            return iter(())
        salience = salience or score_sentences(doc, self.config)
        return (int(salience.candidates[i]) for i in mmr_order(salience.score, salience.similarity, self.config.redundancy))

    def select(self, doc: Document, k: int | None = None) -> list[int]:
        """Indices of the ``k`` most salient non-redundant sentences, in article order (seq2seq input)."""
        return sorted(itertools.islice(self.ranking(doc), self.wanted(doc) if k is None else k))

    def lede(self, doc: Document, content: list[int], points: list[set[str]] | None = None) -> int | None:
        """The sentence that leads the block: see :meth:`opening`."""
        return self.opening(doc, content, points)[0]

    def opening(self, doc: Document, content: list[int], points: list[set[str]] | None = None) -> tuple[int | None, bool]:
        """The lede, and whether the story opens on an anecdote or a scene before it (whose sentences then make no
        bullet: colour, not news). The lede is the first content sentence that reads on its own. With ``scene_lede`` a
        feature's opening (no day named, no one the headline names, none of its points) gives way to the first sentence of
        :data:`ANECDOTE_WINDOW` that names the day and says what the headline says; a first
        sentence that only sets the scene (no name, no number: "새해 벽두부터 AI 시장이 요동치고 있다") gives
        way to the next one of the window that says who did what; it is then ranked like any other; so does a first
        sentence of background or scene (no act, or no one and no number named; none of the headline's points) to the
        next one that does something the headline says (:data:`LEDE_HEADLINE_GAIN`). A story that opens on a quotation,
        its speaker named in the sentence after, is led by the first sentence after them that says who did what
        (:data:`QUOTE_OPENER_WINDOW`); one that opens on a private or unnamed person's words, or on a release, by the
        first sentence of :data:`OPENER_WINDOW` that tells what happened. ``points``: the headline's points when read
        already (read here only when needed)."""
        readable = [i for n, i in enumerate(content[:LEDE_WINDOW])
                    if not sentence_dangles(doc.sentences[i], first=n == 0) or speaker_after(doc, i) is not None]
        if not readable:
            # (a story whose first sentences all lean on one another, "“이 시간이면 …”" | "윤 씨의 가게 양옆 …" | "그는
            # “…”", opens on an anecdote: the first sentence of the window that reads alone is its nut graf, "대전 최대 규모
            # 전통시장인 중앙시장이 …이중고를 겪고 있다")
            told = next((i for i in content[LEDE_WINDOW:ANECDOTE_WINDOW] if not sentence_dangles(doc.sentences[i])), None)
            return told, told is not None
        first = doc.sentences[readable[0]].morphs
        # the headline's points, their words' weights and each content sentence's point words: read once, when a rule asks
        headline = functools.cache(lambda: self.headline_words(doc, content, points))
        opener = next((rule for rule in (_citizen_voice, announces_only) if rule(first)), None)
        if opener is not None:
            # "파업 소식에 퇴근을 1시간 앞당겼다는 하 씨는 “…”고 했다. | 노조가 …‘경고 파업’에 돌입하면서 …혼란이
            # 빚어졌다": a passer-by's words open a feature; "삼성전자가 올해 3분기 잠정 실적을 발표했습니다. | …매출
            # 79조원 …을 기록했다고 …": the release is no news. The next sentence of the window that tells what happened
            # leads
            # (a voice's anecdote may take a few sentences: "…한 운전자는 “…”며 신고를 냈다. | 비슷한 신고는 …늘었다. |
            # 결국 …리콜에 나선다. | 국토교통부는 …4만2,000대 …리콜에 들어간다고 밝혔다")
            further = [i for i in content[LEDE_WINDOW:OPENER_WINDOW] if not sentence_dangles(doc.sentences[i])]
            told = next((i for i in readable[1:] + further if names_actor_or_number(doc.sentences[i].morphs) and reports_an_act(doc.sentences[i].morphs)
                         and not opener(doc.sentences[i].morphs) and not whole_quotation(doc.sentences[i])), None)
            if told is not None and opener is _citizen_voice:
                # (a sentence before it that says one of the headline's points is the feature's nut graf, though it tells
                # no past act: "한 달 넘게 이어진 고수온으로 남해안 양식장의 우럭 폐사가 빠르게 늘고 있다" after a worker's
                # words, before "우럭은 수온이 28도를 넘으면 …오르내렸다")
                points, weight, words = headline()
                told = next((i for i in readable[1:] + further if i < told and not _citizen_voice(doc.sentences[i].morphs)
                             and any(says_point(p, words[i], weight) for p in points) and _nut_graf(doc, i)), told)
            if told is not None:
                return told, False
        # (a day named on a private person's state is still a scene: "2일 오전 10시, …시장 골목 앞에 상인 김옥자(74) 씨가
        # 주저앉아 있었다")
        # (nor is one of a state, or of a private person, that says none of the headline: "2일 오전 10시, …박물관 정문
        # 앞에는 …긴 줄이 늘어서 있었다", "지난 17일 저녁, …김현정(46)씨의 눈가가 붉어졌다")
        # (a survey's finding told without its source, "청년층의 취업 준비 기간이 …쉬는 청년도 늘고 있는 것으로 나타났다"
        # before the survey's dates and method, is news, whatever it names: none of the scene rules below)
        scenes = self.config.scene_lede and not tells_a_finding(first)
        # (nor is a dated opening whose next sentence brings in a private person by name and age: "21일 오전 10시, …유리문이
        # 열리자 기다리던 가족들이 …들어섰다. | 일곱 살 난 딸의 손을 잡고 온 이미경(38)씨는 …": the feature's anecdote)
        anecdote = len(readable) > 1 and readable[1] <= readable[0] + 2 and _aged_person(doc.sentences[readable[1]].morphs) \
            and _private_person(doc.sentences[readable[1]].morphs) and not _named_subject(first)
        # (a story whose body opens on a verbless setting, "해발 1,614m 덕유산 향적봉에서 중봉으로 이어지는 능선길.", "지난 17일
        # 오후 …박물관 지하 1층 보존과학실.", is a feature: what happens there next is its scene, dated or not)
        set_scene = bool(doc.sentences) and _verbless_setting(doc.sentences[0].morphs) and readable[0] > 0
        if scenes and len(content) > 1 and (
                set_scene and not _says_a_point(headline(), readable[0])
                or not _news_day(first) or (_private_person(first) or _aged_person(first)) and not reports_an_act(first)
                or (not reports_an_act(first) or _private_person(first)) and _says_nothing_of(headline(), readable[0])
                or anecdote and not _says_a_point(headline(), readable[0])):
            # "신호가 세 번 바뀌는 동안 승용차 행렬은 …나아가지 못했다. | 조수석에 …회사원 박정훈(41)씨는 “…” | 이 같은
            # 도심 정체를 줄이기 위해 …추진한다. | 한빛시는 13일 …기본계획을 발표하고 …": a feature opens on a scene or an
            # anecdote (no day named) that says none of the headline's points; its news is the first sentence of
            # :data:`ANECDOTE_WINDOW` that names the day and says what the headline says
            points, weight, words = headline()
            # (not one that names someone the headline names: "…한빛에너지솔루션이 헝가리에 약 3조2000억원을 투자해 …건설한다"
            # is the news, its figure only rounded in the headline)
            # (a name in a place or a setting is not who acts: "…청솔면 메밀밭 앞에서 만난 김순옥(72) 할머니는 …" under
            # "…'청솔 메밀꽃 축제' 결국 취소")
            # (the headline may split the name as Kiwi reads it there: its text is what is compared)
            named = any(m.tag == "NNP" and len(m.form) > 1 and m.form in doc.article.title for m in _subject_nouns(first)) \
                or {content_key(m) for m in _subject_nouns(first) if m.tag == "NNP"} & set().union(*points)
            # (nor an act a named body does: "충청북도가 내년도 예산을 …편성해 도의회에 제출했다")
            # (nor an act of what a body the headline names owns: "동해제철 노사의 올해 임금·단체협약 협상이 파업 없이
            # 마무리됐다" under "…동해제철 노사, 기본급 …인상 합의")
            named = named or reports_an_act(first) and not _private_person(first) and (
                _named_subject(first) or any(m.tag == "NNP" and len(m.form) > 1 and m.form in doc.article.title for m in _subject_owner(first)))
            # (the words of a quotation in the headline, "“약봉지가 하늘에서 왔네”", are the scene's: a scene that echoes
            # them says none of the news)
            quoted = quoted_headline_points(doc, self.analyzer.morphs)
            news = [p for p in points if p not in quoted]
            if news and not named and not any(says_point(p, words[readable[0]], weight) for p in news):
                opening = math.fsum(point_share(p, words[readable[0]], weight) for p in news)
                # (an act of no one in particular, "…미세플라스틱이 검출됐다는 연구 결과가 나왔다", may be the news told
                # plainly: the dated sentence leads only if it says twice as much of the headline)
                gain = LEDE_HEADLINE_GAIN if reports_an_act(first) and not _private_person(first) and not _aged_person(first) else 1.0
                share = {i: math.fsum(point_share(p, words[i], weight) for p in news) for i in content[:ANECDOTE_WINDOW] if i > readable[0]}
                window = [i for i, told_share in share.items() if told_share >= gain * opening]
                says_news = lambda i: any(says_point(p, words[i], weight) for p in news)
                # (after a private person's plight, no act of anyone's, the first dated act leads even when it says
                # the headline in other words: "일흔여덟 살 김순례 할머니는 현관문을 밀어봤지만 …열리지 않았다" before
                # "…21일 밤부터 22일 오전까지 홍천 내면에 52.3㎝ …의 눈이 내렸다" under "하룻밤 새 52㎝ 폭설…")
                plight = _private_person(first) and not reports_an_act(first)
                # (a day told from the opening's own, "전날 밤부터 39도 가까이 열이 오른 아이를 데리고 …", is the anecdote's
                # time: the anecdote goes on)
                # (after a verbless setting, "19일 오전 충남 예산군 삽교읍의 한 마을.", the scene has its day: a dated act that
                # says none of the headline, "지난 7월 16~17일 …412㎜의 비가 쏟아졌다", is its background)
                # (the disaster months back, "지난 4월 12일 …산불은 …주택 146채를 태웠다", still leads before "…복구율은 41.1%에
                # 그친다": read blind, the figure alone gave no disaster to recover from)
                # (after a verbless setting, the scene's day is the anecdote's: "이날 밤 2층에서 최 씨가 혼자 돌본 어르신은
                # 12명이었다" under "“선생님 한 명이 열두 분을”…요양원의 밤은 길다" is the night of the scene, not the news)
                # (one named as a private person is: not a group, "70세 이상 어르신 37명의 자장가를 채록했다")
                # (not one that only likens the news to the anecdote's person at its opening, which its bullet drops:
                # "이 씨의 가게처럼 전통시장 상인들이 …온라인으로 눈을 돌리고 있지만, …")
                of_anecdote = lambda i: _aged_person(doc.sentences[i].morphs) or any(  # noqa: E731
                    m.form == "씨" and m.tag in {"NNB", "NNG"} for m in doc.sentences[i].morphs[Compressor._strip_lead(list(doc.sentences[i].morphs)):])
                told = next((i for i in window if _news_day(doc.sentences[i].morphs, relative=False) and _tells_news(doc.sentences[i])
                             and not (set_scene and of_anecdote(i))
                             and (says_news(i) or not set_scene and (reports_an_act(doc.sentences[i].morphs) or _scheduled_on_a_day(doc.sentences[i].morphs)
                                                                     or cleft_focus(doc.sentences[i].morphs) is not None)  # (told plainly: an act)
                                  and (share[i] > opening or plight))), None)
                if told is None and (any(_private_person(doc.sentences[i].morphs) or _aged_person(doc.sentences[i].morphs)
                                         for i in readable[:2]) or not opening and not reports_an_act(first)):
                    # (or a scene of no one's act that says nothing of the headline: "…책 앞에서 20대 여성 두 명이
                    # 휴대전화로 표지를 찍고 있었다")
                    # a feature's nut graf names no day ("중소 출판사들이 종이값 상승에 휘청이고 있다" after a publisher's
                    # morning; "은행들이 …점포를 줄이면서 …고령층이 …밀려나고 있다" after a grandmother's bus ride): after
                    # an anecdote (a private person in its first two sentences; not a story's summary, "두 국립대학이
                    # 통합 작업에 속도를 내고 있지만 …엇갈리고 있다", whose dated news says less of the headline), the first
                    # sentence of the window that says one of the headline's points, as much of it as the dated rule asks
                    # (``gain``; "승강기는 4층에서 1층까지 약 9m를 급강하한 뒤 …" after the passenger's morning), and is a
                    # nut graf (:func:`_nut_graf`) leads (with the dated rule's frame and plain-news checks below)
                    def most_said(shares: dict[int, float]) -> int | None:
                        # the nut graf among ``shares`` that says the most of the headline, at least half a point's weight
                        best = max((i for i in shares if _nut_graf(doc, i)), key=shares.__getitem__, default=None)
                        return best if best is not None and shares[best] >= POINT_SHARE else None

                    # (not a sentence of the anecdote itself, told in the past with its person told on right after it:
                    # "집에서 차로 10분 거리에 군 보건의료원이 있지만, 그 주말 소아과에는 의사가 없었다. | 윤 씨는 결국 …")
                    def anecdote_goes_on(i: int) -> bool:
                        after = next((n for n in content if n > i), None)
                        return _told_in_past(doc.sentences[i].morphs) and after is not None \
                            and (_private_person(doc.sentences[after].morphs) or _aged_person(doc.sentences[after].morphs))

                    # (nor, after a verbless setting, one of the anecdote's person, whatever it says of the headline)
                    told = next((i for i in window if says_news(i) and _nut_graf(doc, i) and not anecdote_goes_on(i)
                                 and not (set_scene and of_anecdote(i))), None)
                    if told is None:
                        # (no sentence says a whole point: the one that says the most of the headline: "봄철부터 이어진 가뭄으로
                        # 수도권 남부 반도체 사업장들의 공업용수 사정이 빠듯해지고 있다" after a plant's water trucks and a worker's
                        # words, under "반도체 공장에 '물 비상'…가뭄 …용수 확보전")
                        told = most_said({i: share[i] for i in window if not (set_scene and of_anecdote(i))})
                    if told is None and quoted and len(news) < len(points):
                        # (nor that much of the news: the headline's quotation, "밤엔 응급실 의사가 없어요", is the story too. After
                        # the anecdote's last sentence of its private person ("…정 씨의 어머니는 …고비를 넘겼다"), the nut graf
                        # that says the most of the whole headline leads: "…전국 35개 지방의료원의 의사 정원 …가운데 …")
                        told_of = max((i for i in window if _private_person(doc.sentences[i].morphs) or _aged_person(doc.sentences[i].morphs)),
                                      default=readable[0])
                        told = most_said({i: math.fsum(point_share(p, words[i], weight) for p in points) for i in window if i > told_of})
                long_scene = False  # the news found after a scene that fills the window: the scene's sentences are colour
                if told is None and not any(says_news(i) for i in share):
                    # (a scene that fills the whole window, "…컨테이너 6개 가운데 한 곳에서 …불빛이 새어 나왔다. | 문을 열자 …
                    # | …이순자(74) 씨가 …앉아 있었다. | “…” | …", says no point of the headline anywhere in it: the first dated
                    # sentence after it that says one whole and reads alone leads, "충남도에 따르면 지난 12일 기준 도내 수해
                    # 이재민 가운데 …217가구 384명이다", as a sub-headline's "충남 수해 이재민 217가구 아직 임시 거처" says)
                    told = next((i for i in content[ANECDOTE_WINDOW:LONG_ANECDOTE_WINDOW] if says_news(i)
                                 and _news_day(doc.sentences[i].morphs, relative=False) and _tells_news(doc.sentences[i])
                                 and _reads_alone(doc, i)), None)
                    long_scene = told is not None
                if told is not None:
                    # (the story's frame right before the dated sentence leads instead when it says a headline point and
                    # the dated one none: "남해안을 덮친 고수온이 3주째 이어지면서 …집단 폐사가 …불어나고 있다" before "경남도에
                    # 따르면 이달 1일 이후 …178만 마리가 폐사한 것으로 …")
                    frame = _story_frame(doc, [i for i in content if readable[0] <= i < told])
                    if frame is not None and not _citizen_voice(doc.sentences[frame].morphs) \
                            and any(says_point(p, words[frame], weight) for p in news) \
                            and not any(says_point(p, words[told], weight) for p in news):
                        told = frame
                    # (so does the news told plainly right before it when it says more of the headline: "한국 남자농구
                    # 대표팀이 …레바논을 꺾고 월드컵 예선 2라운드 진출을 확정했다" before "…대표팀은 27일 …81-80으로 이겼다")
                    if not says_news(told):
                        # (so does a nut graf further before it that says a point whole, when the dated sentence says
                        # none: "국세청의 연말정산 간소화 서비스 전산 오류로 …세금이 과다 환급된 사실이 뒤늦게 확인되면서 …"
                        # before "국세청은 14일 설명자료를 내고 “…”고 밝혔다", under "국세청 연말정산 환급 전산 오류…")
                        # (told in the present, as a nut graf tells a state of things: not a scene told in the past, "기체가
                        # 수직으로 떠오르자 …450m 상공에 다다랐다", nor background, "지역사랑상품권은 …소비를 유도해 왔다")
                        told = next((i for i in content if readable[0] < i < told and says_news(i) and _nut_graf(doc, i)
                                     and not _private_person(doc.sentences[i].morphs) and not _told_in_past(doc.sentences[i].morphs)), told)
                    before = max((i for i in content if readable[0] < i < told), default=None)
                    if before is not None and before != frame and reports_an_act(doc.sentences[before].morphs) \
                            and _tells_news(doc.sentences[before]) and not _private_person(doc.sentences[before].morphs) \
                            and sum(says_point(p, words[before], weight) for p in news) > sum(says_point(p, words[told], weight) for p in news):
                        told = before
                    # (the anecdote's sentences are colour when it is one of a private person, or of one given an age
                    # ("오세진(52) 사장은"), or no act; a first act of no one in particular, "밤사이 화재가 잇따랐습니다", may
                    # sum up what follows)
                    # (so is the anecdote of the dated opening above, unless a sentence before the news says one of the
                    # headline's points whole: "1990년부터 35년 동안 …열렸던 보은 대추골 축제가 올해 처음으로 취소됐다" is
                    # the nut graf, read blind as the block's best bullet)
                    colour = anecdote and not any(_says_a_point(headline(), i) for i in content if readable[0] < i < told)
                    return told, _private_person(first) or _aged_person(first) or not reports_an_act(first) or colour or long_scene
        if scenes and not names_actor_or_number(first) and not reports_an_act(first):
            # (not a private person's words or deeds: "번호표를 손에 쥔 환자 수십 명이 웅성거리고 있었다. | …이모(67)씨는
            # “…”며 한숨을 쉬었다. | … | 청람대병원 전산망이 랜섬웨어 공격을 받아 사흘째 마비됐다")
            further = [i for i in content[LEDE_WINDOW:OPENER_WINDOW] if not sentence_dangles(doc.sentences[i])]
            return next((i for i in readable[1:] + further if names_actor_or_number(doc.sentences[i].morphs)
                         and not _private_person(doc.sentences[i].morphs) and not _citizen_voice(doc.sentences[i].morphs)),
                        readable[0]), False
        # (so is one that names no one and no number, whatever it tells: "양산을 쓴 시민들은 그늘을 찾아 발걸음을 재촉하고, …
        # 사람들이 빼곡히 모였습니다" before "…남강시의 낮 최고기온은 39.8도까지 올라 …")
        if scenes and not (reports_an_act(first) and names_actor_or_number(first)) and len(readable) > 1:
            # "…‘꿈의 배터리’로 꼽히는 리튬금속전지는 좀처럼 상용화 문턱을 넘지 못하고 있다. | …국내 연구진이 …수명을 약 3배
            # 늘릴 수 있는 전해질 첨가제를 개발했다": a first sentence that tells a state of things and none of the headline's
            # points is background; the next of the window that does something the headline says leads
            points, weight, words = headline()
            shares = [[point_share(p, words[i], weight) for p in points] for i in readable]
            says = [sum(says_point(p, words[i], weight) for p in points) for i in readable]
            if points and not says[0]:
                # (and says at least twice as much of the headline: not "제주에는 조금 전 강풍 주의보가 발령됐습니다" over "제15호
                # 태풍 고니가 북상하고 있습니다", which says the headline's typhoon in part)
                told = next((i for i, n, row in zip(readable[1:], says[1:], shares[1:]) if n and math.fsum(row) >= LEDE_HEADLINE_GAIN * math.fsum(shares[0])
                             and reports_an_act(doc.sentences[i].morphs)
                             and names_actor_or_number(doc.sentences[i].morphs) and not whole_quotation(doc.sentences[i])), None)
                if told is not None:
                    return told, False
        if scenes and (_past_scene(first) or set_scene) and len(content) > 1:
            # (a scene told in the past that the rules above kept, "지난 2일 오전 8시 30분, …병원 외래 접수창구 앞에는 긴 줄이
            # 늘어서 있었다", "…보건지소 대기실의 플라스틱 의자 여섯 개는 …꽉 차 있었다", "…하역 노동자들이 파업에 들어간 지
            # 닷새째인 14일, 부두 곳곳에는 컨테이너가 …쌓여 있었고, …줄을 서 있었다", is colour all the same, and so are its
            # people's doings and words after it: the first nut graf of the window that names someone or says a headline
            # point, "…병원이 랜섬웨어 공격을 받아 …진료 차질이 사흘째 이어지고 있다", leads)
            points, weight, words = headline()
            # (after a verbless setting, a profile's scene may run longer: "…위판장. | …불어 들었다. | “자, …” | …" before
            # "부산공동어시장의 지난해 위판량은 …35% 줄었다")
            # (what the bullet keeps: "김 씨처럼 도시를 떠나 바다로 온 젊은 귀어인들이 …" names the anecdote's person only as
            # one like those the news is of, and that goes)
            kept = lambda i: doc.sentences[i].morphs[Compressor._strip_lead(list(doc.sentences[i].morphs)) :]  # noqa: E731
            candidates = [i for i in content[:LONG_ANECDOTE_WINDOW if set_scene else ANECDOTE_WINDOW] if i > readable[0] and _reads_alone(doc, i)
                          and not _past_scene(doc.sentences[i].morphs) and not _private_person(kept(i))
                          and not _aged_person(kept(i)) and _nut_graf(doc, i)
                          and (names_actor_or_number(doc.sentences[i].morphs) or any(says_point(p, words[i], weight) for p in points)
                               or set_scene and _ongoing(doc.sentences[i].morphs))
                          and not _day_topic(doc.sentences[i].morphs)
                          and math.fsum(point_share(p, words[i], weight) for p in points) > 0]
            # (a feature set in a place says its news as a trend under way: "꿀벌이 한꺼번에 사라지는 현상이 해마다 반복되면서
            # 양봉 농가의 피해가 커지고 있다" leads, not the figure of the damage after it, "피해 농가는 …40%가 넘었다"; or else as
            # the most of the headline, "예산군에 따르면 …복구를 마친 곳은 709가구로 62%에 그친다" under "…주택 복구율 62% 그쳐",
            # not the flood's rainfall before it, nor a scene's number, "…등 1,200개가 하천을 따라 불을 밝히자 …")
            if set_scene and candidates:
                share = {i: math.fsum(point_share(p, words[i], weight) for p in points) for i in candidates}
                told = next((i for i in candidates if _ongoing(doc.sentences[i].morphs)), max(candidates, key=share.__getitem__))
            else:
                told = candidates[0] if candidates else None
            if told is not None:
                return told, True
        if whole_quotation(doc.sentences[readable[0]]) and speaker_after(doc, readable[0]) is not None:
            # "“…명품 학습도시로 조성하겠다.” | 신정균 교육감은 취임사에서 이렇게 말했다. | …세종시교육청이 업무를 시작했다":
            # a story that opens on a quotation and its speaker tells the news in the sentence after them
            # (not another quotation with its speaker: "…퇴근을 앞당겼다는 하 씨는 “…”고 했다" is one more voice)
            told = next((i for i in readable[1:] if readable[0] + 1 < i <= readable[0] + QUOTE_OPENER_WINDOW
                         and names_actor_or_number(doc.sentences[i].morphs) and reports_an_act(doc.sentences[i].morphs)
                         and not whole_quotation(doc.sentences[i]) and speaker_after(doc, i) is None
                         and not direct_quotation(doc.sentences[i].morphs)), None)
            if told is not None:
                return told, False
        return readable[0], False

    def detail_after_lede(self, doc: Document, content: list[int], lede: int | None) -> int | None:
        """The sentence right after a lede that names no one and gives no number ("국제유가 상승 영향으로 국내 휘발유와
        경유 가격이 상승세를 이어갔다"), when it gives them ("…지난주 주유소 휘발유 가격은 전주 대비 5.0원 오른 1557.3원이었다"):
        news states the trend, then its figures; the block follows the lede with them (ranked, the figures of one
        brand or region can outweigh the national ones). None otherwise."""
        if lede is None or names_actor_or_number(doc.sentences[lede].morphs):
            return None
        after = next((i for i in content if i > lede), None)
        if after is None or after > lede + 1 or sentence_dangles(doc.sentences[after]) \
                or not names_actor_or_number(doc.sentences[after].morphs):
            return None
        return after

    def closing_outlook(self, doc: Document, salience: Salience, head: list[int], k: int) -> int | None:
        """The writer's closing outlook among ``head`` (the 2k most salient sentences, best first), which a
        block of 4 or more bullets keeps: news ends on what comes next (``kiwi.closing_outlook``)."""
        if not self.config.closing_outlook or k < 4 or salience.parts is None:
            return None
        return next((i for i in head if salience.parts["outlook"][i] > 0 and forecasts(doc.sentences[i].morphs)), None)

    def other_side(self, doc: Document, content: list[int], lede: int | None, salience: Salience) -> tuple[int | None, bool]:
        """When the headline names a dispute ("…찬반 '팽팽'", "…엔 이견", "…논란", "\"환불하라\" vs \"업계 관행\""), the content
        sentence that voices an objection (:data:`OBJECTION_WORDS`: "…라며 반대 서명운동에 들어갔다", "…라고 반박했다") with
        something to say (a quotation, or :data:`OBJECTION_MIN_WORDS` content words: not "반발도 만만치 않다"), the most salient
        of them; a block of 4 or more bullets keeps it (``kiwi.other_side``): a story of a dispute tells both sides.
        Returns it, and whether it answers the side the story opens on (a rebuttal, or the quotation that says what one
        announced in a few words)."""
        if not self.config.other_side or salience.parts is None:
            return None, False
        if not (any(m.form in DISPUTE_WORDS for m in doc.title_morphs) or DISPUTE_VERSUS.search(doc.article.title or "")
                or doc.article.subtitle and (any(m.form in DISPUTE_WORDS for m in self.analyzer.morphs(doc.article.subtitle))
                                             # (words set against words: not a comparison, "매매가 vs 실거래가")
                                             or DISPUTE_VERSUS.search(doc.article.subtitle) and re.search(r"[\"“”]", doc.article.subtitle))):
            return None, False
        score = {int(c): float(v) for c, v in zip(salience.candidates, salience.score)}
        voiced = [i for i in content if i != lede and i in score and _voices_objection(doc.sentences[i].morphs)]
        # a rebuttal is the other side's by what it is: it goes before a complaint of the side the story opens on ("…3년째
        # 35원으로 묶여 있다”고 지적했다"); one announced in a few words ("한결로지스는 노조의 주장을 반박했다") says
        # what in the quotation right after it ("회사 측은 입장문을 내고 “…불이익을 준 사례는 없다”고 밝혔다")
        rebuttals = [i for i in content if i != lede and _rebuts(doc.sentences[i].morphs)]
        answered = [j for i in rebuttals for j in [i if i in voiced else i + 1]
                    if j in score and j in content and (j == i or direct_quotation(doc.sentences[j].morphs))]
        if answered:
            return max(answered, key=lambda i: score[i]), True
        return max(voiced, key=lambda i: score[i], default=None), False

    def fit_ties(self, doc: Document, salience: Salience, head: list[int], top: int, exempt: set, made: dict[int, Compressed],
                 analysed: dict | None = None) -> list[int]:
        """``head`` (ranked sentences, best first) where a sentence among the ``top`` whose bullet stays over
        ``bullets.max_chars`` trades places with the first one after the ``top`` whose bullet fits and reads alone
        (no "이런", "해당", "이들" pointing back), when that one is as salient within ``kiwi.fit_margin`` (``kiwi.far_margin``
        for a bullet over :data:`FAR_OVER` times the limit) (and not more
        salient: ranked lower for all that, the ranking found it repeats a chosen sentence): of two equally important
        sentences the block takes the one that makes a headline bullet. A clearly more salient sentence keeps its place however long its bullet
        (the limit then yields with a warning); the lede and ``exempt`` sentences (the closing outlook) never move.
        Bullets written on the way are kept in ``made``, their analysis in ``analysed``."""
        margin = self.config.fit_margin
        if margin <= 0 or self.bullets.style != "headline" or top <= 0:
            return head
        score = {int(c): float(v) for c, v in zip(salience.candidates, salience.score)}
        head = list(head)

        def fits(index: int) -> bool:
            if index not in made:
                made[index] = self._bullet(doc, index)
            return made[index].fits

        def reads_alone(index: int) -> bool:  # "이런 기술들, …": a bullet pointing back is no equal of one that does not
            said = self._bullet_keys(made[index].text, analysed)[2]
            return not any(pointing_word(said, x) for x in range(len(said)))

        for p in range(min(top, len(head))):
            if head[p] in exempt or fits(head[p]):
                continue
            for q in range(top, len(head)):
                # a bullet far over the limit is rarely clean (read: 9% of those over 72 characters at 60): a wider margin
                allowed = max(margin, self.config.far_margin) if len(made[head[p]].text) > self.bullets.max_chars * FAR_OVER else margin
                if head[q] not in exempt and score[head[p]] - allowed <= score[head[q]] <= score[head[p]] and fits(head[q]) \
                        and reads_alone(head[q]):
                    head[p], head[q] = head[q], head[p]
                    break
        return head

    def headline_words(self, doc: Document, content: list[int], points: list[set[str]] | None = None
                       ) -> tuple[list[set[str]], dict[str, float], dict[int, set[str]]]:
        """The headline's points (:func:`~pipeline.select.headline_points`), the weight of their words (rarer in the
        article's content sentences weighs more; a word no sentence says weighs most) and the point words of each
        content sentence; ``points``: the headline's points when read already."""
        points = headline_points(doc, self.analyzer.morphs) if points is None else points
        words = {i: point_keys(doc.sentences[i].morphs, glued=True) for i in content}
        df = Counter(k for w in words.values() for k in w)
        n = len(content)
        return points, {k: math.log((n + 1) / (df[k] + 1)) + 1.0 for k in set().union(*points)}, words

    def _adds_a_point(self, doc: Document, index: int, point: set[str], points: list[set[str]], weight: dict[str, float],
                      said: set[str], guided: MutableMapping[tuple, Compressed] | None = None) -> bool:
        """Whether the bullet a sentence brought in for a headline point gets (the point its guide) says, with what the
        block's bullets say (``said``), a point of the headline the block does not say, or a figure of one (:func:`points_in`):
        the one it was brought for, or another ("정부는 …'심각' 단계로 올리고, …작업을 중지하도록 권고했습니다" keeps the
        advice, not the alert level)."""
        bullet = self._guided_bullet(doc, index, {key: weight[key] for key in point}, guided)
        return points_in(points, weight, said | point_keys(self.analyzer.morphs(bullet.text), glued=True)) > points_in(points, weight, said)

    def _guided_bullet(self, doc: Document, index: int, guide: Mapping[str, float],
                       guided: MutableMapping[tuple, Compressed] | None) -> Compressed:
        """The bullet of a sentence brought in for a headline point (``guide``), written once per point (``guided``)."""
        key = (index, tuple(sorted(guide.items())))
        if guided is None or key not in guided:
            bullet = self._bullet(doc, index, guide=guide)
            if guided is None:
                return bullet
            guided[key] = bullet
        return guided[key]

    def _said(self, picked: Sequence[Compressed]) -> set[str]:
        """The words of points (:func:`~pipeline.select.point_keys`) a block's bullets say, all bullets together."""
        return set().union(*(point_keys(self.analyzer.morphs(c.text), glued=True) for c in picked))

    def points_said(self, points: list[set[str]], weight: dict[str, float], picked: Sequence[Compressed]) -> tuple[int, int]:
        """How many of the headline's points a block says (:func:`says_point`),
        then how many of their figures (:func:`_point_figures`) it states."""
        return points_in(points, weight, self._said(picked))

    def headline_gaps(self, points: list[set[str]], weight: dict[str, float], words: dict[int, set[str]],
                      picked: Sequence[Compressed], lede: int | None, salience: Salience) -> dict[int, set[str]]:
        """For each point of the headline the block does not say (its bullets carry less than
        :data:`~pipeline.select.POINT_SHARE` of the point's weight), the content sentence that says it best: at
        least that share and :data:`POINT_GAIN` more than the block, with at least two of its words and, where the
        point states a number of two digits or more that the article gives, that number. Ties go to the more salient
        sentence. One that leans on the sentence before ("이 같은 상황에서 …") is still brought in: the block takes it
        as it takes any other (its opener dropped, or right after the sentence it leans on). A sentence the block took
        already counts when its bullet left the point out. By sentence, with the point it says: its bullet keeps the
        clause that says it."""
        said = self._said(picked)
        score = {int(c): float(v) for c, v in zip(salience.candidates, salience.score)}
        # (a chosen sentence whose bullet left the point out, "…14개월 연속 증가세를 이어갔으며, | 비중도 …높아졌다" with
        # its second clause kept, is brought in again: its bullet then keeps the clause that says it; not the lede)
        taken = {lede}
        gaps: dict[int, set[str]] = {}  # sentence -> the point it says, in the order of the points
        for point in points:
            have = point_share(point, said, weight)
            figures_left = _point_figures(point) - said
            if have >= POINT_SHARE and (len(_point_figures(point)) >= 2 and figures_left or figures_left & _pinning_figures(point)):
                # "휘발유·경유, 각각 L당 4.8원·8.2원 ↑" said for petrol only: the sentence that gives a figure left out
                # (so is "한빛항 관광객 1,300여명 발 묶여" said without its one figure: "섬에 남은 관광객은 1,300여명으로 …")
                best = max(((len(figures_left & w), score.get(i, -math.inf), i) for i, w in words.items()
                            if i not in taken and i not in gaps and figures_left & w and len(point & w) >= POINT_WORDS), default=None)
                if best is not None:
                    gaps[best[2]] = point
                continue
            if says_point(point, said, weight):
                continue
            # a count of one digit is said in words as often ("1명은 기도 화상": "거주민 A씨가 …"); a longer number is not
            numbers = {k for k in _point_figures(point) if any(k in w for w in words.values())}
            best = max(((point_share(point, w, weight), score.get(i, -math.inf), i) for i, w in words.items()
                        if i not in taken and i not in gaps and len(point & w) >= POINT_WORDS and (not numbers or numbers & w)),
                       default=None)
            # (what the block says with it: "…섬에 남은 관광객은 1,200여명으로 추산됩니다" adds the headline's number to
            # the "가람항" and "관광객" other bullets say)
            if best is not None and says_point(point, said | words[best[2]], weight) \
                    and point_share(point, said | words[best[2]], weight) - have >= POINT_GAIN:
                gaps[best[2]] = point
        return gaps

    def summarize(self, doc: Document) -> Summary:
        warnings: list[str] = []
        content = self.content(doc)
        if not doc.sentences:
            return self._summary(doc, [], warnings, 0)
        # the headline's points, read once for the lede and the block (Kiwi analyses each title segment)
        points = headline_points(doc, self.analyzer.morphs) if self.config.headline_points and self.bullets.style == "headline" else None
        lede, anecdote = self.opening(doc, content, points)
        if anecdote:
            # "지난해 가을, …이모(68)씨는 …발견했다. | …검사비는 100만원이 넘었고 …": the anecdote before the news is colour;
            # after the lede, its facts read as the news' ("검사비 100만원" as the new test's)
            frame = _story_frame(doc, [i for i in content if i < lede])
            content = [i for i in content if i >= lede or i == frame]
            # (so are the doings and words of a private person after it, the anecdote's or another's: "김 씨도 지난달 이
            # 프로그램에 신청서를 냈다", "최 씨는 입사 2년 만인 지난해 3월 회사를 그만뒀다"; read blind, "unintroduced
            # individual", I=0)
            # (not in a profile, whose headline names its private person: "…37년 경매사 정만호 씨")
            if not _private_person(doc.title_morphs):
                # (but a source introduced after the lede by what they do speaks for the story: "15년째 사입 일을 하는
                # 박재현(45) 씨는 …", then "박 씨는 “물량은 예전보다 30%쯤 줄었고 …”")
                kept, sources, read = [], frozenset(), lede + 1 if lede is not None else len(doc.sentences)
                for i in content:
                    if read < i:  # (the sources introduced between the lede and this sentence, each sentence read once)
                        sources |= _described_sources(doc.sentences[read:i])
                        read = i
                    if i == lede or not _private_subject(doc.sentences[i].morphs, sources):
                        kept.append(i)
                content = kept
        if lede is not None and content and content[0] < lede and announces_only(doc.sentences[content[0]].morphs):
            # the release the lede tells of makes no bullet of its own, nor its telling again before the lede (an anchor's
            # "…판단이 조금 전 나왔습니다" and the reporter's "…두 번째 판결이 오늘 오전 나왔습니다")
            content = [i for i in content if not (i < lede and announces_only(doc.sentences[i].morphs))]
        detail = self.detail_after_lede(doc, content, lede)
        salience = score_sentences(doc, self.config, usable=set(content) - {lede})
        ranked = self.ranking(doc, salience)
        k = self.wanted(doc, content)
        head = list(itertools.islice(ranked, 2 * k))
        outlook = self.closing_outlook(doc, salience, head, k)
        side, answers = self.other_side(doc, content, lede, salience) if k >= 4 and self.bullets.style == "headline" else (None, False)
        if side is not None and (side in head[: k - 1] or side == outlook):
            side = None  # (taken for its salience already)
        made: dict[int, Compressed] = {}  # bullets written while ranking, and their analysis: each is made once
        analysed: dict[str, tuple] = {}
        head = self.fit_ties(doc, salience, head, k - (lede is not None), {outlook}, made, analysed)
        # the rest in article order, if the ranking runs dry
        order = itertools.chain([lede] if lede is not None else [], [detail] if detail is not None else [],
                                [outlook] if outlook is not None else [], head, ranked, content)
        retold: dict[int, int] = {}  # the lede -> the sentence whose bullet tells its fact in full, in its place
        guided: dict[tuple, Compressed] = {}  # the bullets written for headline points, by sentence and point
        fill = functools.partial(self._fill, bags=salience.bags, lede=lede, made=made, analysed=analysed, retold=retold, guided=guided,
                                 extra_must_fit=self.config.extra_must_fit and self.bullets.style == "headline",
                                 extra_limit=self.config.extra_length_limit if self.bullets.style == "headline" else 0.0,
                                 exempt=frozenset({outlook}))
        picked = fill(doc, order, k)
        if side is not None and not any(c.sentence == side or not answers and c.sentence != lede and _gives_a_view(self.analyzer.morphs(c.text))
                                        for c in picked):
            # no bullet gives a view of the dispute: the objection comes in, the least salient bullet gives way (a
            # rebuttal, whatever views of the first side the block gives: "생활물류노조, “…강요받고 있다” 주장" needs
            # the company's answer; read blind, "one-sided")
            order = itertools.chain([lede] if lede is not None else [], [detail] if detail is not None else [],
                                    [outlook] if outlook is not None else [], [side], head, self.ranking(doc, salience), content)
            refilled = fill(doc, order, k)
            if len(refilled) >= (max(self.bullets.min, len(picked) - 1) if answers else len(picked)) and any(c.sentence == side for c in refilled):
                # (not at the cost of a bullet: a long decision left out for it, the block one shorter; but an answer is
                # worth a long quotation of the first side left out, "…정책국장, “…”며 “…” 지적" of 107 characters)
                picked = refilled
            else:
                side = None
        else:
            side = None
        if self.config.headline_points and self.bullets.style == "headline" and picked:
            points, weight, words = self.headline_words(doc, content, points)
            brought: dict[int, set[str]] = {}  # the sentences brought in for the headline's points, in order
            for _ in range(HEADLINE_ROUNDS):
                gaps = self.headline_gaps(points, weight, words, picked, lede, salience)
                # (a sentence whose bullet cannot keep the point is not brought for it: "노조는 …시급 8.2% 인상과 함께
                # …연장하고, …9시간 이내로 줄여달라고 요구했다" keeps its last clause, the hours, not the 8.2%)
                said = self._said(picked)
                gaps = {gap: point for gap, point in gaps.items()
                        if gap not in brought and self._adds_a_point(doc, gap, point, points, weight, said, guided)}
                if not gaps:
                    break
                # the sentences that state what the headline says and the block does not come right after the lede: the
                # block grows by them, up to bullets.max; beyond it the least salient bullets give way. A second round
                # brings a figure of a point the first round's sentence said without it ("…127가구 침수·이재민 342명":
                # the houses said, the displaced left out)
                wanted = {**brought, **gaps}
                # (one that says the point without its subject, in a figure short enough to join the bullet before it,
                # comes with the sentence it takes the subject from: "축구장(0.714㏊) 119개에 해당하는 면적이다" after "산림
                # 당국은 이번 불로 산림 약 85㏊가 탄 것으로 추정하고 있다", the two then joined; read blind, the headline's
                # burnt area was missing. A longer one would be a bullet that needs the one before it)
                leaned = [gap - 1 for gap, point in wanted.items() if gap - 1 in content and gap - 1 not in wanted and gap - 1 != lede
                          and (sentence_dangles(doc.sentences[gap]) or "").startswith("has no subject")
                          and _joinable(self._guided_bullet(doc, gap, {key: weight[key] for key in point}, guided).text)]
                order = itertools.chain([lede] if lede is not None else [], [outlook] if outlook is not None else [],
                                        [side] if side is not None else [], sorted([*leaned, *wanted]), head,
                                        self.ranking(doc, salience), content)
                guides = {gap: {key: weight[key] for key in point} for gap, point in wanted.items()}
                refilled = fill(doc, order, min(self.bullets.max, k + len(wanted) + len(leaned)), guides=guides)
                if self.points_said(points, weight, refilled) <= self.points_said(points, weight, picked):
                    break
                picked, brought = refilled, wanted
        at = next((x for x, c in enumerate(picked) if c.sentence == lede), None) if self.bullets.style == "headline" else None
        if at is not None and _VAGUE_SENTENCE.search(picked[at].text):
            # "…임대업자에게 법원이 사기죄로 선고할 수 있는 최고형을 내렸다" with "…서모(52) 씨에게 징역 15년을 선고했다" right
            # after it, left out of the block: the lede names the term and the one sentenced (read blind, "the 징역 15년
            # sentence is never stated and 서모 is never identified")
            for i in (i for i in content if lede < i <= lede + LEDE_ELABORATION and not any(c.sentence == i for c in picked)):
                exact = named_sentence(picked[at].text, (made[i] if i in made else self._bullet(doc, i)).text)  # (written once)
                if exact is not None:
                    picked[at] = dataclasses.replace(picked[at], text=exact)
                    break
        picked.sort(key=lambda c: c.sentence == outlook)  # most salient first (bullets.keep_order=false): the outlook still ends the block
        if lede in retold and not any(c.sentence == lede for c in picked) and any(c.sentence == retold[lede] for c in picked):
            lede = retold[lede]  # (the fuller telling of the lede leads the block as the lede would)
        return self._summary(doc, picked, warnings, len(content), lede)


# What a sentence that points back at the one before opens on, as sentence_dangles tells it: a bullet keeps the pointer
POINTING_REASONS = ("opens with a bare referent", "opens with the demonstrative", "opens with the pronoun",
                    "opens with a reference to what came before")

HEADLINE_ROUNDS = 2  # rounds of bringing in sentences for the headline's points left unsaid

# A quotation that opens on the words left out ("“…나머지 2명은 …”"): the bullet starts mid-thought.
ELIDED_QUOTE_START = re.compile(r"[“\"]…")

# A headline that names a dispute ("찬반 '팽팽'", "…엔 이견", "…논란", "반발"), or sets two sides' words against each other ("…" vs "…").
DISPUTE_WORDS = frozenset({"찬반", "논란", "이견", "반발", "반대", "반론", "공방", "반박"})  # (not "갈등": "층간소음 갈등 끝에 …")
DISPUTE_VERSUS = re.compile(r"\bvs\.?\s", re.IGNORECASE)
# What voices an objection: the word of the objection or of the act of raising it ("반대 서명운동에 들어갔다", "…라고 맞섰다").
OBJECTION_WORDS = frozenset({"반발", "반대", "비판", "반론", "반박", "항의", "지적", "우려", "의문", "불만", "맞서", "철회", "규탄"})
REBUTTAL_WORDS = frozenset({"반박", "반론", "해명", "맞서"})  # what only the other side does: it answers the side that spoke first
OBJECTION_MIN_WORDS = 8  # content words an objection without a quotation has: fewer only announce one ("야당은 즉각 반발했다")


# What gives a side's view of a dispute in a bullet ("…라는 입장", "…라고 항변", "…라는 목소리도 여전").
VIEW_WORDS = OBJECTION_WORDS | {"입장", "주장", "항변", "해명", "목소리", "요구", "촉구"}


# Who speaks for a side in a dispute ("한정호 의원, “…원점에서 다시 따져보겠다”", "상인연합회, “…”").
SIDE_SPEAKERS = ("의원", "야당", "여당", "노조", "단체", "연대", "연합회", "주민", "상인", "학부모")


def _gives_a_view(morphs: Sequence[Morph]) -> bool:
    """Whether a bullet gives a side's view: in its words (:data:`VIEW_WORDS`), or quoting one who speaks for a side
    (:data:`SIDE_SPEAKERS`) before its headline comma."""
    if any(m.form in VIEW_WORDS and m.tag in {"NNG", "VV", "XR"} for m in morphs):
        return True
    comma = next((x for x, m in enumerate(morphs) if m.form == "," and m.tag == "SP"), 0)
    return any(m.form in {"“", '"'} for m in morphs[comma:]) \
        and any(m.tag in {"NNG", "NNP"} and m.form.endswith(SIDE_SPEAKERS) for m in morphs[:comma])


def _rebuts(morphs: Sequence[Morph]) -> bool:
    """Whether a sentence answers the other side (:data:`REBUTTAL_WORDS`), outside a quotation: "…라고 반박했다"."""
    return any(m.form in REBUTTAL_WORDS and m.tag in {"NNG", "VV"} for _, m in outside_quotes(morphs))


def _voices_objection(morphs: Sequence[Morph]) -> bool:
    """Whether a sentence voices an objection with something to say (see :meth:`KiwiEngine.other_side`)."""
    if not any(m.form in OBJECTION_WORDS and m.tag in {"NNG", "VV", "XR"} for m in morphs):
        return False
    quoted = any(m.form in {"“", '"'} for m in morphs)
    return quoted or sum(m.tag in {"NNG", "NNP", "VV", "VA"} for m in morphs) >= OBJECTION_MIN_WORDS


def points_in(points: list[set[str]], weight: dict[str, float], words: set[str]) -> tuple[int, int]:
    """How many of the headline's ``points`` ``words`` say (:func:`says_point`), then how many of their figures
    (:func:`_point_figures`) they state."""
    return (sum(says_point(point, words, weight) for point in points), sum(len(_point_figures(point) & words) for point in points))


def says_point(point: set[str], words: set[str], weight: dict[str, float]) -> bool:
    """Whether ``words`` say a headline point: :data:`~pipeline.select.POINT_SHARE` of its weight, or all its pinning
    figures (:func:`_pinning_figures`; a day's "20" of "1~20일 기준 역대 최대" is in many sentences) with at least
    :data:`~pipeline.select.POINT_WORDS` of its words, whatever words they put the rest in ("…섬에 남은 관광객은
    1,200여명으로 추산됩니다" says "가람항 관광객 1,200여명 발 묶여")."""
    figures = _pinning_figures(point)
    return point_share(point, words, weight) >= POINT_SHARE or bool(figures) and figures <= words and len(point & words) >= POINT_WORDS


def _pinning_figures(point: set[str]) -> set[str]:
    """The figures of a headline point that no other point's words would give by chance: three digits or more, or a
    decimal point ("1300", "41.8"; not a day's "20")."""
    return {k for k in _point_figures(point) if "." in k or len(k) >= 3}


def _point_figures(point: set[str]) -> set[str]:
    """The numbers of a headline point that are no count of one digit ("4.8", "8.2", "1000"; not "3")."""
    return {k for k in point if k[:1].isdigit() and len(k) > 1}


class LeadEngine(_CompressingEngine):
    """Baseline: the first sentences of the article, compressed the same way."""

    name = "lead"

    SECTIONS = ("bullets", "kiwi")

    @classmethod
    def from_sections(cls, analyzer: Analyzer, bullets: BulletConfig, kiwi: KiwiEngineConfig) -> "LeadEngine":
        return cls(analyzer, bullets, kiwi.sentences_per_bullet, kiwi.min_sentence_chars)

    def summarize(self, doc: Document) -> Summary:
        warnings: list[str] = []
        content = self.content(doc)
        picked = self._fill(doc, content, self.wanted(doc, content))
        return self._summary(doc, picked, warnings, len(content))


__all__ = ["KiwiEngine", "LeadEngine"]
