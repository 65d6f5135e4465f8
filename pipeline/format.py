"""Output formatting: the ``[기사요약]`` text block and JSONL records."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict

from pipeline.analysis import TIME_PARTS, to_morphs
from pipeline.records import Article, Summary
from pipeline.text import QUOTE_MARK, paired_marks, particle_after, strip_bullet_mark

# Between two facts of one bullet, as an author's block writes them ("…6백만달러 비용 사용.. 모델 성능, …과 동등"): a
# bullet joined from two sentences (see the engines' `_joined`) is checked part by part by `kosum bench bullets`.
JOINER = ".."

__all__ = ["SUMMARY_HEADER", "finish_headline", "format_block", "remove_final_period", "strip_bullet_mark", "summary_record"]

SUMMARY_HEADER = "[기사요약]"

_FINAL_PERIOD = re.compile(r"[\s.。]+$|[.。]+(?=[\"”’']$)")  # (also inside a closing quotation mark: `…예상합니다."`)


def remove_final_period(text: str) -> str:
    """Bullets never end in a period (nor in an ellipsis of periods), even inside a final quotation mark."""
    return _FINAL_PERIOD.sub("", text)


# -- headline grammar at the ends of a bullet ----------------------------------------------------
# Openers that lean on the sentence before ("먼저", "역시", "특히", "품목별로는"): a bullet stands alone without them.
_LEAD_WORDS = ("먼저", "우선", "역시", "특히", "또한", "또", "아울러", "한편", "이어", "이어서", "이밖에", "이 밖에", "이와 함께",
               "이에 따라", "이에", "다만", "물론", "무엇보다", "실제로", "앞서", "결국", "게다가", "더욱이", "더불어", "그리고",
               "그러나", "하지만", "따라서", "그래서", "반면", "이후", "이와 관련해", "이와 관련")
_LEAD = re.compile(r"^(?:" + "|".join(sorted(map(re.escape, _LEAD_WORDS), key=len, reverse=True)) + r")(?:,\s*|\s+)")
_LEAD_FIRST_WORDS = frozenset(w.split(" ")[0] for w in _LEAD_WORDS)
_BREAKDOWN_LEAD = re.compile(r"^[가-힣]{1,8}별로(?:는|\s*(?:보면|살펴보면|(?:봤|보았|살펴봤|볼)을?\s*때))?,?\s+")  # "품목별로는", "업종별로 보면", "차종별로 봤을 때"
# A quotation needs no "말함": `홍 의원, "…"` is the headline form; verbs that add meaning (촉구, 강조) stay.
_NEUTRAL_SPEECH = re.compile(r"([”\"’'」』])\s*(?:이?라고\s*|(?:이?라)?며\s*(?:이같이|이렇게|이와\s*같이)\s*)?(?:말함|밝힘|전함|덧붙임|말했음|밝혔음|전했음|설명함|언급함|답함)$")
# "…하고 있는 상황", "…부족한 상태": the noun adds nothing; the predicate's nominal form says it.
_SITUATION_TAIL = (
    (re.compile(r"(있|없|않)(?:는|은) (?:상황|상태)$"), r"\1음"),
    (re.compile(r"중인 (?:상황|상태)$"), "중"),
    (re.compile(r"된 (?:상황|상태)$"), "됨"),
    (re.compile(r"한 (?:상황|상태)$"), "함"),
    (re.compile(r"인 (?:상황|상태)$"), "임"),
)
_OPENING_QUOTES = frozenset('“"‘\'「『')
# "[OO의정저널] …", "[속보] …", and the "#" a feature puts before each case it tells ("#서울의 한 아파트 …")
_LEADING_TAG = re.compile(r"^(?:\[[^\[\]=\d]{1,15}\]\s*|#+\s*(?=[가-힣]))(?=\S)")
# Spacing slips a headline does not repeat: "3월9일" (a month glued to its day), "중앙대· 한양대" (a space after a list's dot).
_DAY_AFTER_MONTH = re.compile(r"(?<!\d)(\d{1,2}월)(\d{1,2}일)")
_SPACED_DOT = re.compile(r"(?<=[가-힣A-Za-z0-9])·\s+(?=[가-힣A-Za-z0-9])")
# "'초소형군집위성 1호' 가 …": a particle the writer set apart from the quoted name it marks ("이", "도", "만" may be
# words of their own: "' 이 사업은")
_SPACED_PARTICLE = re.compile(r"(?<=[’'”\"])\s+(가|은|는|을|를|와|과|의|에|에서|으로|로)(?=\s)")
_TRAILING_JUNK = re.compile(r"(?:[\s,·/:;]+|\s(?:및|또는|혹은|그리고|등과))+$")
_PAIRS = (("(", ")"), ("[", "]"), ("“", "”"), ("‘", "’"), ("「", "」"), ("『", "』"))


def _balance(text: str) -> str:
    """Repair an unmatched bracket or quotation mark a sentence split or a deletion left behind (a mixed pair,
    "…” as a model may write it, is one quotation: it is written as a curly pair, not taken apart)."""
    text = paired_marks(text)
    for open_, close in _PAIRS:
        opens = text.count(open_)
        if opens == text.count(close) and (not opens or text.find(close) > text.find(open_)):
            continue  # balanced (the common case): no need to walk the text
        depth, unmatched_close = 0, []
        last_open = -1
        for i, ch in enumerate(text):
            if ch == open_:
                depth += 1
                last_open = i
            elif ch == close:
                if depth:
                    depth -= 1
                else:
                    unmatched_close.append(i)
        for i in reversed(unmatched_close):  # "…라고 했다”": the opening is in the previous sentence
            text = text[:i] + text[i + 1 :]
        if depth == 1 and last_open >= 0:
            if open_ in "([" and last_open >= 8 and "," not in text[last_open:]:
                text = text[:last_open].rstrip()  # a parenthetical cut short at the end: drop it
            else:  # where the bracket or quotation ends is lost: drop its mark
                text = (text[:last_open].rstrip() + " " + text[last_open + 1 :].lstrip()).strip()
    for mark in ('"', "'"):
        if text.count(mark) % 2 == 1:
            # the mark too many is an opening one (after a space, before a word) where openings outnumber closings:
            # "'긴급 진단 '신종 코로나 …초비상'을" loses its second opening, not the closing before "을"
            marks = [x for x, ch in enumerate(text) if ch == mark]
            opening = [x for x in marks if (x == 0 or text[x - 1] == " ") and x + 1 < len(text) and text[x + 1] != " "]
            at = opening[-1] if 2 * len(opening) > len(marks) else marks[-1]
            text = text[:at] + text[at + 1 :]
    return text


# "시는", "도는", "군은": the body names its city, province or county once, then says "시", "도".
_BARE_PLACE_WORD = r"(?P<unit>[시도군구청])(?P<mark>,|은|는|이|가|도)\s"
_BARE_PLACE = re.compile("^" + _BARE_PLACE_WORD)
BARE_PLACE_IN = re.compile(r"(?<![가-힣])" + _BARE_PLACE_WORD)  # the same word inside a sentence ("14일 경기도에 따르면 도는 …")


def _place_names(unit: str, context: str, kiwi=None) -> set[str]:
    # At least two syllables before the unit ("군산시", "충북도"): "당시", "정도", "연구" are words, not names. A county
    # ("한빛군은", "한빛군(군수 …)") is named with its particle: "군" is also the armed forces, and "…우주군 기지에서"
    # names a force, whose bare "군은" is the military, not a county.
    after = r"[은는이가와과의에,(]" if unit == "군" else r"[은는이가와과의에,(\s]|$"
    # (a city's district may have one syllable before "구": "서울 중구(구청장 …)가", "부산 동구", which Kiwi knows)
    short = "|[중동서남북]" if unit == "구" and kiwi is not None else ""
    names = set(re.findall(rf"(?<![가-힣])((?:[가-힣]{{2,6}}{short}){unit})(?={after})", context))
    if kiwi is not None:
        names = {name for name in names if _names_a_place(name, unit, kiwi)}
    # (not a word that ends in "also" after a particle, "메달 수에서도", a fiscal year, "내년도", or a degree, "만족도")
    return {name for name in names if not NOT_A_PROVINCE.search(name)} if unit == "도" else names


def _names_a_place(name: str, unit: str, kiwi) -> bool:
    """Whether Kiwi reads ``name`` as a place with its level: a proper noun ending in the unit ("강동구", "충북도"), or
    a name followed by the unit alone ("한빛" + "군"); not a common noun the unit ends ("위기가구", "특별전시", "만족도")."""
    tokens = kiwi.tokenize(name)
    last = tokens[-1]
    if last.tag == "NNP" and last.form.endswith(unit):
        return len(tokens) == 1 or len(name) > 2
    return len(name) > 2 and last.form == unit and last.tag in {"NNG", "NNB", "XSN"} and tokens[-2].tag in {"NNP", "NNG"}


NOT_A_PROVINCE = re.compile(r"(?:에서|에게|에|으로|로|까지|부터|만|와|과|년|연|만족|인지|신뢰|선호|지지|기여|중요|난이|완성|의존|속|온|정)도$")


# A time that opens the bullet with the writer's comma, before the headline's topic comma ("지난해 11월, 17억 원대였던
# 전셋값, …", "같은 기간, 전국 어린이집 재원 아동 수, …"): two commas read as a list; the time's goes.
_TIME_LEAD_COMMA = re.compile(r"^((?:(?:지난해|올해|작년|내년|지난|이번)\s)?\d{1,4}\s?(?:년|월|일)(?:\s?\d{1,2}\s?(?:월|일))?"
                              r"|같은 기간|이번 주|지난주|지난달|이달|지난해|올해|작년|내년|오늘|어제|내일|최근|당시), (?=[^,]{2,40}, )")
_NOMINAL_TAGS = ("NN", "NR", "NP", "SN", "SL", "SH", "XSN")
_ALSO = re.compile(r"^(?:[^\s,]+\s){0,3}?[^\s,]*[^\s,]도\s")  # "X도 …" among the first words, before any comma


def _also_as_topic(text: str, kiwi) -> str:
    """``수출도 최대 기록`` -> ``수출, 최대 기록``: "also" needs the sentence before; the headline topic comma does not."""
    head = _ALSO.match(text) if kiwi is not None else None
    if head is None:
        return text
    tokens = kiwi.tokenize(text)
    # (read with the analysis' mends: "신안군 가거도 인근 해상에서" has an island's name, no "also")
    morphs = to_morphs(tokens)
    particles = {m.start: y for y, m in enumerate(morphs) if (m.form, m.tag) == ("도", "JX")}  # start -> its index
    for x, token in enumerate(tokens):  # the first few words decide, read in the whole bullet ("…특별자치도 설치를": a
        # name Kiwi splits into "특별자치" + "도" when the words are cut off after it)
        if token.start > 30 or text[token.start : token.start + token.len] == ",":
            break
        if token.tag in {"JKS", "JX"} and token.form != "도":
            break  # the subject is marked already: "도" belongs to another phrase
        if token.form == "도" and token.tag == "JX":
            if token.start not in particles:
                break
            end = token.start + token.len
            previous = text[:token.start]
            if QUOTE_MARK.search(previous) and len(QUOTE_MARK.findall(previous)) % 2:
                break  # "‘염소 뿔도 녹는다’는 …": inside a quoted saying, the words are as said
            if previous.endswith(("학년", "년", "연")):
                break  # "2025학년도", "2024년도": the school or fiscal year's name, not "also"
            if re.search(r"\d\s*(?:일|월|주|시)$|(?:오늘|내일|주말|올해|이번 주|이날)$", previous):
                break  # "토요일인 4일도 …": also on that day, not a subject
            if _paired_also(tokens, x):
                break  # "공부도 일도 하지 않는 청년": "neither … nor", two objects of one verb, no topic
            if named_before_comma(morphs, particles[token.start]):
                break  # "청송도 이장협의회 차명식 회장, “…”": the island's name, in the name of the one who speaks
            if previous and not previous.endswith(" ") and text[end : end + 1] == " ":
                before = [t for t in kiwi.tokenize(previous)]
                if len(before) >= 2 and before[-1].tag == "NNB" and before[-2].tag == "ETM":
                    break  # "…들어갈 수도 없음": a bound noun after a clause ("can't even"), no subject
                if _verb_next(tokens[x + 1 : x + 5]) or " " not in text[end:].strip():
                    break  # "…개정안도 처리하면서": a comma right before the verb would leave it with no object; before
                    # the predicate alone it reads as a topic of its own ("민생법안들도 통과", not "민생법안들, 통과")
                if before and before[-1].tag.startswith(_NOMINAL_TAGS) and not _main_subject_after(text, end, kiwi):
                    return previous + "," + text[end:]
            break
    return text


def named_before_comma(morphs, k: int) -> bool:
    """Whether the "도" at ``k`` is followed by nothing but nouns up to a headline comma ("청송도 이장협의회 차명식 회장, …",
    "가람도 수출, …"): it ends a place's name (an island, a province) inside the topic's name, not "also"."""
    for m in morphs[k + 1 :]:
        if m.tag == "SP" and m.form == ",":
            return m is not morphs[k + 1]
        if not m.tag.startswith(("NN", "SL", "SN", "XSN", "SH")):
            return False
    return False


def _paired_also(tokens, x: int) -> bool:
    """Whether the "도" at ``x`` is the first of a pair on two nouns before their one predicate ("공부도 일도 하지 않는",
    "일도 구직 활동도 하지 않는", "국내도 해외도 …"): "both"/"neither", not "also"."""
    for token in tokens[x + 1 : x + 6]:
        if token.tag.startswith(("V", "E", "J")) and not (token.form == "도" and token.tag == "JX"):
            return False
        if token.form == "도" and token.tag == "JX":
            return True
    return False


# "26일 대검찰청, …", "지난 20일 오후 1시쯤 A 씨, …": a day before the headline's topic reads as part of its name;
# the topic goes first ("대검찰청, 26일 …"). (Only a name of one or two words: "2일 …개청한 세종시교육청" dates its clause.)
_DATE_BEFORE_TOPIC = re.compile(r"^(?P<date>(?:지난 |오는 )?\d{1,2}일(?: (?:오전|오후|새벽|밤|낮) ?\d{1,2}시(?: ?\d{1,2}분)?)?(?:쯤|께|경)?) "
                                r"(?!\d{1,2}(?:시|분)\b)(?P<topic>[가-힣A-Za-z0-9]+(?: [가-힣A-Za-z]{1,2})?), (?P<rest>\S.*)$")
# (the time's minutes are no topic: "지난 2일 오전 8시 30분, …병원 앞에는 …" stays as written)
# Acts named by a noun that a day before them dates ("21일 발생, 현재 진화율 30%인 …"): no topic to put first.
DAY_ACTS = frozenset({"발생", "개최", "시작", "개막", "출범", "개통", "착공", "준공", "완공", "개장", "개원", "폐막", "접수", "실시",
                      "출시", "발표", "시행", "종료"})
_DAY_OPENS = re.compile(r"^(?:지난 |오는 )?\d{1,2}일 ")
TERM_USES = 3  # times words recur in an article to be one term ("1일 군수": a one-day governor), not a day and a name


def recurs_as_term(phrase: str, text: str) -> bool:
    """Whether ``phrase`` (a day and the words after it, "1일 군수") recurs in ``text`` often enough to be a term the
    article uses, not a date before a name: "1일 군수는 …" is about the one-day governor, not a governor on the 1st."""
    return " " in phrase and text.count(phrase) >= TERM_USES


_OFFICE = re.compile(r"^(?P<office>[가-힣]{1,12}(?:면|읍|동|시|군|구|도|청|처|부|관|센터|사무소|본부|위원회|재단|공단|공사))에서는 (?P<rest>\S.*)$")


def _office_as_topic(text: str, kiwi) -> str:
    """``보길면에서는 …모금함을 열어 …257,060원을 기탁`` -> ``보길면, …``: an office or a body that opens the bullet with
    "에서는" is who acts when nothing else is the subject and the act has an object (``회의에서는 예산안이 논의`` has
    its own subject; ``…센터에서는`` where a name follows as subject is a place)."""
    found = _OFFICE.match(text) if kiwi is not None else None
    if found is None:
        return text
    tokens = kiwi.tokenize(found["rest"])
    if any(t.tag == "JKS" or t.tag == "JX" and t.form in {"은", "는"} for t in tokens) or not any(t.tag == "JKO" for t in tokens):
        return text
    return f"{found['office']}, {found['rest']}"


_SMALL_ITEM_MARK = re.compile(r"(^|,\s|\s)[▴▵](?=\S)")


def _without_inline_marks(text: str) -> str:
    """``2030년까지 ▴점유율 20%, ▴혁신기업 20개`` -> ``2030년까지 점유율 20%, 혁신기업 20개``: the small item marks of a
    list inside a sentence are the page's layout; items the writer did not part with commas are parted so."""
    first = True

    def unmark(found: re.Match) -> str:
        nonlocal first
        before, first_here = found.group(1), first
        first = False
        return before if first_here or before.startswith(",") or not before else ", "

    return _SMALL_ITEM_MARK.sub(unmark, text)


def _verb_next(tokens) -> bool:
    """Whether the word the ``tokens`` (Kiwi's, the next few) open is a verb or a verbal noun with its "하다"
    ("처리하면서", "참여해"), not an adjective's adverb ("크게 늘어")."""
    if len(tokens) >= 2 and tokens[0].tag == "NNG" and tokens[1].tag == "XSV" and tokens[1].start == tokens[0].start + tokens[0].len:
        tokens = tokens[1:]
        if tokens[0].form != "하":
            return False  # ("…선정되면서": what is chosen is the subject)
    # (a verb that modifies a noun, "오는 20일", is no predicate; a passive, "받아들여지지", has the "도" word as its subject)
    return len(tokens) >= 2 and tokens[0].tag.startswith(("VV", "XSV")) and not any(t.tag == "ETM" for t in tokens[1:3]) \
        and not any(t.form == "지" and t.tag.startswith("VX") for t in tokens[1:4])


def _main_subject_after(text: str, start: int, kiwi) -> bool:
    """Whether the bullet names its main subject after ``start``: a subject particle with no clause ending after
    it ("구직활동도 하지 않고 … 청년 수가 44만 명 넘음": "도" marks what they did not do, the count is the subject)."""
    tokens = [t for t in kiwi.tokenize(text) if t.start >= start]
    for x, token in enumerate(tokens):
        if token.tag == "JKS" and not any(t.tag in {"EC", "ETM"} for t in tokens[x + 1 :]):
            return True
    return described_subject_after(tokens)


def described_subject_after(morphs) -> bool:
    """Whether what follows a phrase ("밤잠도 | 건너뛰고 무등산에 오른 시민들, …") is a clause describing a subject that
    takes the headline comma: a verb goes on (``-고``), a clause describes a noun, and that noun's comma follows (not a
    clause's own end: "…가능성이 큰 만큼, 검찰은"). The phrase before is then inside the subject's clause, no subject.
    Morphemes or Kiwi tokens (``form``, ``tag``)."""
    for x, m in enumerate(morphs):
        if m.form == "," and m.tag == "SP" and x >= 2 and morphs[x - 1].tag in {"NNG", "NNP", "XSN"} \
                and any(t.tag == "ETM" for t in morphs[: x - 1]) and any(t.tag == "EC" for t in morphs[: x - 1]):
            return True
    return False


_QUOTE_PAIRS = {close: open_ for open_, close in _PAIRS if open_ in _OPENING_QUOTES} | {'"': '"', "'": "'"}  # closing -> opening


def _speaker_then_quote(text: str) -> bool:
    """Whether a bullet opens "speaker, … “…”" with no subject of another clause between the speaker's topic
    comma and the last quotation ("대통령실, 고위 관계자를 통해 윤 대통령이 …에서 '…'" reports someone else's words)."""
    comma = text.find(", ")
    closing, mark = max((text.rfind(q), q) for q in _QUOTE_PAIRS)
    opening = text.rfind(_QUOTE_PAIRS[mark], 0, closing) if closing >= 0 else -1
    if comma <= 0 or opening <= comma:
        return False
    return not any(len(word) >= 2 and word.endswith(("이", "가")) for word in text[comma + 2 : opening].split())


# "연구원은", "병원은", "사무소는": the body names an institution once in full ("한국노인복지연구원"), then by its last
# word. (Not "공사", also "construction", nor "학교", "회사": a school or company is named in other ways.)
# ("공단에는 …신고가 312건 접수": with any particle)
_BARE_BODY = re.compile(r"^(?P<unit>연구원|연구소|병원|사무소|재단|공단|단체|협회|위원회|본부|협의회|연합회|상인회)(?P<mark>,|은|는|이|가|도|에는|에서는|에서|에도|에|의)\s")


def _body_names(unit: str, context: str, kiwi) -> set[str]:
    """The institutions ``context`` names in full with ``unit`` as their last word: a proper name Kiwi knows
    ("한국노인복지연구원": 한국/NNP …, "국외소재문화재재단"), one it reads as one word ("청람대병원"), or a name of three
    words or more ("노인 복지 연구원"); not a kind of institution or a rank ("대학병원", "요양병원", "책임연구원": two common
    nouns, which may be another one than the bullet's)."""
    # (a name may hold a figure: "하루24가맹점주협의회")
    names = set(re.findall(rf"(?<![가-힣A-Za-z0-9])([가-힣A-Za-z0-9]{{2,16}}{unit})(?=[은는이가와과의에,(\s]|$)", context))
    found = set()
    for name in names:
        tokens = kiwi.tokenize(name)
        if tokens[-1].form != unit and len(tokens) > 1:
            continue  # (Kiwi reads the unit's syllables with the word before)
        if len(tokens) == 1 or len(tokens) >= 3 or any(t.tag == "NNP" for t in tokens):
            found.add(name)
    return found


def name_bare_place(text: str, context: str | Iterable[str], kiwi=None) -> str:
    """A bullet opening with a bare ``시``/``도``/``군`` with the place's name, when ``context`` (the article's title
    and lede) names exactly one such place (``도,`` -> ``충북도,``). ``context`` may be several texts, nearest first
    (the sentence itself, the sentences just before it, the title and lede): the first that names exactly one
    such place names it ("14일 경기도에 따르면 도는 …": the sentence's own "경기도"); one that names two says nothing.
    With ``kiwi``, a bare institution (``연구원,``, ``병원,``) is named so too (see :func:`_body_names`): "연구원, …부족할
    것으로 내다봄" says nothing of whose outlook it is."""
    bare = _BARE_PLACE.match(text)
    body = _BARE_BODY.match(text) if bare is None and kiwi is not None else None
    if not bare and not body:
        return text  # (``context`` may be lazy: nothing of it is read)
    if body:
        bare = body
    for near in [context] if isinstance(context, str) else context:
        if body:
            names = _body_names(bare["unit"], near, kiwi) if near else set()
        else:
            names = _place_names(bare["unit"], near, kiwi) if near else set()
        if len(names) == 1:
            name = names.pop()
            # (a subject's particle the compression left is a relative clause's: "군이 …영양교통에 지원하는 손실보전금, …"
            # is "영양군이 …", not "영양군, …")
            mark = particle_after(name, bare["mark"]) if bare["mark"] in {"이", "가"} else "," if bare["mark"] in {",", "은", "는"} else bare["mark"]
            return name + mark + text[bare.end() - 1 :]
        if names:
            break  # two places named together: which one is meant is not for the finish to guess
    return text


def finish_headline(text: str, context: str | Iterable[str] = "", kiwi=None, glued: bool = True) -> str:
    """Final grammar of a headline-style bullet: no leaning opener, no bare ``말함`` after a quote, no
    ``~한 상황`` tail, balanced brackets, nothing dangling at the end; meaning is never changed.

    ``context`` (the article's title and lede): a bullet opening with a bare ``시``/``도``/``군`` gets
    the place's name when the context names exactly one such place. With ``kiwi``, an opening
    subject marked ``도`` ("also") takes the headline's topic comma instead, and a space left out after a particle
    goes in (:func:`_unglue_words`) unless ``glued`` says the source has no particle glued to the next word
    (see :func:`glued_particle`).
    """
    if not isinstance(context, str) and _DAY_OPENS.match(text):
        context = list(context)  # (read again below, for a day before the topic)
    text = name_bare_place(" ".join(text.split()), context, kiwi)
    for _ in range(3):  # "특히 품목별로는 …"
        first = text.split(" ", 1)[0].rstrip(",")
        if first not in _LEAD_FIRST_WORDS and "별로" not in first:
            break
        stripped = _BREAKDOWN_LEAD.sub("", _LEAD.sub("", text), count=1)
        if stripped == text or len(stripped) < 8:
            break
        text = stripped
    text = _also_as_topic(text, kiwi)
    text = _SPACED_DOT.sub("·", _DAY_AFTER_MONTH.sub(r"\1 \2", _unglue_words(text, kiwi) if glued else text))
    text = _SPACED_PARTICLE.sub(r"\1", _TIME_LEAD_COMMA.sub(r"\1 ", text))
    text = _without_inline_marks(text)
    text = _office_as_topic(text, kiwi)
    day = _DATE_BEFORE_TOPIC.match(text)
    # (not a time of that day, "지난 17일 저녁, …": no topic)
    if day and day["topic"] not in DAY_ACTS | TIME_PARTS and not (isinstance(context, list) and recurs_as_term(
            day["date"].split(" ", 1)[-1] + " " + day["topic"], "\n".join(dict.fromkeys(context)))):
        text = day.expand(r"\g<topic>, \g<date> \g<rest>")
    text = _balance(_LEADING_TAG.sub("", text))
    if text[:1] not in _OPENING_QUOTES and _speaker_then_quote(text):
        # "김 구청장, “…” 말함" -> "김 구청장, “…”"; with no speaker before the quotation, or a clause between
        # them ("대통령실, 고위 관계자를 통해 윤 대통령이 …에서 '…'고 밝힘"), "말함" says whose words they are
        text = _NEUTRAL_SPEECH.sub(r"\1", text)
    for pattern, nominal in _SITUATION_TAIL if text.endswith(("상황", "상태")) else ():
        if pattern.search(text):
            text = pattern.sub(nominal, text)
            break
    return remove_final_period(_TRAILING_JUNK.sub("", text))


UNSPACED_NAME_CHARS = 12  # a word this long written without spaces is a name ("특정경제범죄가중처벌등에관한법률"), spaced as written


_WORD_AFTER_PARTICLE = ("NN", "V", "M", "SN", "SL", "XR")  # the tags of a word of its own after a particle


def _glued(tag: str, after: str) -> bool:
    """Whether a morpheme tagged ``tag`` written with no space before one tagged ``after`` is a left-out space: a
    particle before a word of its own, or a modifier ending before a bound noun."""
    return tag.startswith("J") and after.startswith(_WORD_AFTER_PARTICLE) or tag == "ETM" and after == "NNB"


ARTICLE_UNITS = frozenset({"조", "항", "호", "관", "편", "장", "절"})  # the parts of a statute numbered "제87조의3"
SHORT_TERM_PART = 2  # a noun of at most this many syllables on each side of a "particle" is one short term ("여성과총")


def particle_inside_term(morphs, x: int) -> bool:
    """Whether the "particle" at ``x`` sits inside one short term written as one word: a noun of at most
    :data:`SHORT_TERM_PART` syllables before it and one after it that stays a noun ("여성+과+총은", the acronym of
    "…여성과학기술단체총연합회"; "시+의+장단과", the council's chair group), where a space would read as two words
    ("여성과 총", "시의 장단"). A left-out space joins words of their own: "환자가방문했던", "캐치프레이즈와로고를"."""
    b = x - 1
    while b > 0 and morphs[b].tag.startswith("J") and morphs[b].end >= morphs[b + 1].start:
        b -= 1  # ("LG+에+ㄴ+솔은", the short name of "LG에너지솔루션": two "particles" in one syllable)
    before, after = morphs[b], morphs[x + 1]
    if morphs[x].form == "의" and before.form in ARTICLE_UNITS and after.tag == "SN":
        return True  # "제87조의3": a statute's article number, one term
    then = morphs[x + 2].tag if x + 2 < len(morphs) else ""
    return morphs[x].tag.startswith("J") and before.tag.startswith(("NN", "SL")) and after.tag.startswith("NN") \
        and len(before.form) <= SHORT_TERM_PART and len(after.form) <= SHORT_TERM_PART \
        and (b < 1 or morphs[b - 1].end < before.start) and not then.startswith(("XSV", "XSA", "VCP"))


def _glued_spots(morphs) -> dict[int, str]:
    """Where (the end offset, with its tag) a particle or modifier ending glued to the word it follows runs into the
    next word with no space ("환자가|방문했던", "있는|만큼"); not one Kiwi reads at a word's start ("이학종 의생명…"),
    nor one inside a short term (:func:`particle_inside_term`)."""
    return {a.end: a.tag for x, (z, a, b) in enumerate(zip(morphs, morphs[1:], morphs[2:]), start=1)
            if z.end >= a.start and a.end == b.start and _glued(a.tag, b.tag) and not particle_inside_term(morphs, x)
            and not _connective_de(morphs, x + 1) and not _contracted_into_a_word(z, a)}


def _contracted_into_a_word(before, particle) -> bool:
    """Whether a particle shares its syllable with the pronoun before it, written with no space after ("'내포 농부장터'",
    Kiwi: "나" + "의" + "포"): one word Kiwi split, not "my" and a word of its own ("내 포" broke the name)."""
    return before.tag == "NP" and particle.tag == "JKG" and before.end > particle.start


def _connective_de(morphs, x: int) -> bool:
    """Whether the bound noun "데" at ``x`` ends its word: Kiwi's "는" + "데" for the ending "-는데" ("같은
    부수였는데 견적은", not "부수였는 데"); as the bound noun it takes a particle or a verb after it ("…하는 데에",
    "…하는 데 걸리는")."""
    m = morphs[x]
    return m.form == "데" and m.tag == "NNB" and (x + 1 == len(morphs) or morphs[x + 1].start > m.end or morphs[x + 1].tag == "SP")


def glued_particle(morphs) -> bool:
    """Whether analysed text has such a left-out space (:func:`_glued_spots`): only then may its bullet need
    :func:`_unglue_words` (whose own analysis, and Kiwi's spacing model, are not cheap)."""
    return bool(_glued_spots(morphs))


_QUOTED_WORD = re.compile(r"['‘\"“「『][^'’\"”」』\s]{2,20}['’\"”」』]")  # a name quoted as one word ('연금의미래')


def _unglue_words(text: str, kiwi) -> str:
    """A space the writer left out after a particle, or after a modifier before a bound noun ("환자가방문했던",
    "현재까지13명", "비와함께", "있는만큼"), goes in where Kiwi's spacing model puts one and Kiwi reads the unspaced
    text with that particle or ending too; no other space it would add ("2 차원", "교수 팀", "작은 도서관", "이어 감":
    the spacing of a name, a compound or an auxiliary verb is the writer's), and none inside a word of
    :data:`UNSPACED_NAME_CHARS` or more."""
    if kiwi is None:
        return text
    long_words = [(w.start(), w.end()) for w in re.finditer(r"\S{%d,}" % UNSPACED_NAME_CHARS, text)]
    # (nor inside a name in quotation marks written as one word: "청년단체 '연금의미래'" is not "'연금의 미래'")
    long_words += [(w.start(), w.end()) for w in _QUOTED_WORD.finditer(text)]
    spots = {end: tag for end, tag in _glued_spots(to_morphs(kiwi.tokenize(text))).items() if not any(s < end < e for s, e in long_words)}
    if not spots:
        return text  # (nothing glued: the spacing model, slow, is not asked)
    spaced = kiwi.space(text, reset_whitespace=False)
    if spaced == text or spaced.replace(" ", "") != text.replace(" ", ""):
        return text
    starts: dict = {}
    for t in to_morphs(kiwi.tokenize(spaced)):
        starts.setdefault(t.start, t)  # (the first morpheme that starts there: "나" of "나" + "-아" in "불이 나")
    out, k, x = [], 0, 0  # k walks ``text``, x walks ``spaced``
    while x < len(spaced) or k < len(text):
        if k < len(text) and x < len(spaced) and spaced[x] == text[k]:
            out.append(text[k])
            k, x = k + 1, x + 1
        elif k < len(text) and text[k] == " ":
            out.append(" ")  # a space Kiwi would take out stays
            k += 1
        elif x < len(spaced) and spaced[x] == " ":
            after = starts.get(x + 1)
            # (never inside "에서": "궤도에서," read as "궤도에 서-어," is one word the writer wrote)
            if k in spots and after is not None and _glued(spots[k], after.tag) and text[k - 1 : k + 1] != "에서":
                out.append(" ")
            x += 1
        else:
            return text  # (no alignment: the text stays as written)
    return "".join(out)


def format_block(bullets: list[str] | tuple[str, ...]) -> str:
    """The seed's shape: a ``[기사요약]`` line, then one bullet per line."""
    return "\n".join([SUMMARY_HEADER, *(" ".join(b.split()) for b in bullets)])


def summary_record(summary: Summary, article: Article | None = None, with_body: bool = False) -> dict:
    """The JSONL record written for one summarized input.

    With the ``article`` the summary came from, each ``source_sentences`` entry also
    carries the sentence's ``text`` (``article.body[start:end]``), so a reader can check
    a bullet against its source without the body; ``with_body`` adds the body itself.
    """
    body = article.body if article is not None else None
    refs = []
    for ref in summary.source_sentences:
        entry = asdict(ref) if ref is not None else None
        if entry is not None and body is not None:
            entry["text"] = body[ref.start : ref.end]
        refs.append(entry)
    record = {
        "id": summary.id,
        "title": summary.title,
        "bullets": list(summary.bullets),
        "summary": format_block(summary.bullets),
        "engine": summary.engine,
        "source_sentences": refs,
        "warnings": list(summary.warnings),
        **({"info": summary.info} if summary.info else {}),
    }
    if with_body and body is not None:
        record["body"] = body
    return record
