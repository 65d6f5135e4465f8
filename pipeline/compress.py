"""Compress a sentence into a headline-style (개조식) bullet with Kiwi morphemes.

"딥시크의 공식 WeChat 계정에 게시된 게시물에 따르면 지난주에 출시된 딥시크-R1은 작업에 따라
OpenAI o1 모델보다 사용 비용이 20~50배 저렴하다고 한다(Reuters, 2025.1.28.)."
becomes "지난주에 출시된 딥시크-R1, 작업에 따라 OpenAI o1 모델보다 사용 비용 20~50배 저렴".

Every edit is a deletion or replacement of a morpheme's character span in the
source sentence; only the final predicate is rebuilt (with ``Kiwi.join``). So a
bullet never contains a number or name that is not in its source sentence.
"""
from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from pipeline.analysis import DAY_WORDS, PLACE_RELATIONS, POLITE_ENDINGS, PUNCT_TAGS, TIME_PARTS, after_share, content_key, figures_in_order, outside_quotes, to_morphs
from pipeline.format import particle_inside_term, recurs_as_term, remove_final_period, strip_bullet_mark
from pipeline.parse.patterns import PHOTO_POSITIONS, PHOTO_WORDS
from pipeline.records import Morph, Sentence
from pipeline.text import (INLINE_LIST_MARKS, CURLY, HANGUL, MEASURE_UNITS, OPENING_MARKS, QUOTE_FAMILY, QUOTE_MARK, RIEUL, STRAIGHT_MARKS, final_consonant, has_bullet_mark, paired_marks,
                           particle_after, quotation_spans)

NOMINAL_TAGS = frozenset({"NNG", "NNP", "NNB", "NR", "NP", "SL", "SH", "SN", "XSN", "XR", "W_SERIAL", "W_HASHTAG"})
STEM_TAGS = ("VV", "VA", "VX", "VCN", "XSV", "XSA", "VCP")
# Quote complementisers: "…하다고 밝혔다", "…이라고 말했다".
QUOTE_ENDINGS = frozenset(
    {"다고", "라고", "이라고", "냐고", "자고", "다며", "라며", "이라며", "고", "ᆫ다고", "는다고", "ᆫ다며", "는다며", "ᆫ다는"}
)
REPORTED_ENDINGS = frozenset({"다고", "ᆫ다고", "는다고", "라고", "이라고", "냐고", "자고"})  # "…했다고 밝혔다": a reported statement
# Verbs of saying/reporting that frame a quotation; the frame is dropped.
SPEECH_VERBS = frozenset(
    {"하", "말하", "밝히", "주장하", "설명하", "전하", "강조하", "덧붙이", "보도하", "언급하", "발표하", "지적하", "분석하",
     "예상하", "전망하", "평가하", "추정하", "판단하", "보", "알리", "답하", "말", "주장", "설명", "강조", "언급", "발표",
     "지적", "분석", "예상", "전망", "평가", "추정", "판단", "보도", "답", "전", "덧붙", "밝혀지", "알려지", "전해지",
     "공시"}  # "…거뒀다고 공시했다": a company's disclosure of its own figures
)
# Verbs of saying whose frame stays: what is claimed is the speaker's position, not a fact the bullet may state.
CLAIM_VERBS = frozenset({"주장", "주장하"})
# Sentence-initial connectives dropped from a bullet.
LEAD_CONNECTIVES = frozenset(
    {"하지만", "그러나", "또한", "한편", "또", "그리고", "따라서", "그래서", "특히", "다만", "이에", "이어", "아울러",
     "물론", "결국", "게다가", "더불어", "반면", "그런데", "그런데도", "즉", "이처럼", "그럼에도", "우선", "먼저", "예컨대",
     "그만큼", "거꾸로", "그래도", "그렇지만"}
)
# Connectives that add a point to the one before ("더욱이", "게다가"): the point after them stands alone.
ADDING_CONNECTIVES = frozenset({"더욱이", "더구나", "게다가", "또한", "특히"})
# Adverbs kept when shortening: they change the meaning (negation, degree of comparison).
KEPT_ADVERBS = frozenset({"안", "못", "더", "덜", "잘", "가까이", "가장", "최대", "최초", "처음", "다시", "모두", "함께", "이미", "스스로",
                          "서로", "아직", "각각", "계속", "전혀", "결코", "오직", "유일하게", "처음으로", "새로",
                          "없이",  # "승리 없이 2패": without it the bullet states the opposite
                          "및", "혹은", "또는", "내지",  # conjunctions Kiwi tags as adverbs: "결합 및 해체"
                          "매주", "매일", "매달", "매월", "매년", "매번", "항상", "늘", "자주",  # how often
                          "거의", "겨우", "고작", "불과", "오히려", "아직도", "단독",  # "거의 절반", "불과 3명": the amount's degree
                          "무조건", "반드시", "꼭", "절대", "절대로", "제대로",  # "무조건 대피", "제대로 …하지 못해": what must or failed
                          "미리",  # "일정을 미리 공지": in advance; without it, any notice would do
                          "가득",  # "덩이쇠를 벽면 가득 쌓아 올린": without it, "벽면 쌓아 올린" is broken
                          "다",  # "다 쓴 배터리", "다 팔린": used up, all sold; without it, any use or sale
                          "마음껏", "실컷",  # "데이터를 마음껏 쓰는 무제한 요금제": without it, any use of data
                          "대체로", "대개", "대략", "통상", "주로", "대부분", "일반적으로",  # "대체로 1등 300점": a rule as it
                          # usually goes; without the hedge it reads as fixed
                          "왜", "어떻게", "얼마나", "언제", "어디",  # "…했다면 왜 살해했는지": the question asked
                          "관계없이", "상관없이",  # "지역연고에 관계없이 1라운드부터": without it the meaning inverts
                          "갈수록",  # "날이 갈수록 악화하는": without it "날이" is left with no verb
                          "그대로",  # "성능을 그대로 받아들이기는 어렵다": without it, the performance itself is doubted
                          "다소", "약간", "조금", "살짝", "소폭", "비교적", "상대적으로"})  # "다소 쉬웠다": a hedge; without it the
# statement is stronger than the source's
IMMEDIACY_ADVERBS = frozenset({"즉시"})  # kept after an event noun or before "또는": see Compressor._drop_adverbs
# Connective endings that close a clause of a compound sentence ("-어/-아" is left out: "로 인해", "통해";
# "-거나" too: half of a disjunction is not a statement the article makes).
# "결과와 관계없이", "예년과 달리": adverbs that govern the "-와/과" phrase before them ("수요자와 직접 대면" does not)
COMITATIVE_ADVERBS = frozenset({"관계없이", "상관없이", "달리", "같이", "마찬가지로", "더불어", "별도로", "따로", "반대로", "나란히"})
# "Even if": "취업이 늦어져도 괜찮다", "…하더라도"; the subject before one is the concession's own.
CONCESSIVE_ENDINGS = frozenset({"어도", "아도", "여도", "해도", "더라도"})
CLAUSE_ENDINGS = frozenset({"고", "며", "으며", "지만", "으나", "는데", "은데", "ᆫ데", "면서", "으면서"})
# "-고" also links serial verbs ("벽을 타고 올라가는"): it closes a clause only before a comma.
COMMA_ONLY_ENDINGS = frozenset({"고"})
# Endings of a background clause ("…설명했는데,"): only a clause that reports speech may stand alone.
BACKGROUND_ENDINGS = frozenset({"는데", "은데", "ᆫ데"})
# Endings that join two facts of equal weight: either clause may stand alone.
COORDINATING_ENDINGS = frozenset({"고", "며", "으며"})
SIMULTANEOUS_ENDINGS = frozenset({"며", "으며"})  # "A는 “…”고 말하며 …했다": one subject goes on acting
# "-아/-어" ends a setting clause only right before the quotation it introduces ("기자들과 만나 “…”라고 말했다").
SETTING_ENDINGS = frozenset({"어", "아", "여"})
# "…을 합성해 …을 개발했다", "…을 늘려서 …": a first step of a sequence; the last clause states the result
SEQUENCE_ENDINGS = frozenset({"어", "아", "여", "어서", "아서", "여서"})
# Endings of a condition, cause or time clause ("…일어나면", "…일으키자"): a subject before them is that clause's.
SUBORDINATE_ENDINGS = frozenset({"면", "으면", "므로", "으므로", "자", "니까", "으니까", "려면", "으려면", "거든", "더니", "자마자",
                                 "더라도"})  # ("파업이 현실화하더라도 | …": even if, whoever acts after)
# Adnominal endings of a reported complement ("…줄어든다는 결과"): the clauses before them are its content.
COMPLEMENT_ENDINGS = frozenset({"다는", "ᆫ다는", "는다는", "라는", "이라는", "냐는", "자는"})
# Words of plan, intention or forecast that govern every clause before them.
MODALITY_WORDS = frozenset({"계획", "예정", "방침", "전망", "분위기", "목표", "겠", "기로", "려고", "으려고"})
# Endings across which the first clause's topic is also the second's ("A는 …지만, … 어려웠다").
TOPIC_SHARING_ENDINGS = frozenset({"지만", "으나", "고", "며", "으며", "어", "아", "여"})

# Openers of a caveat or contrast: a quotation that starts with one is not the speaker's main point.
HEDGES = frozenset({"다만", "하지만", "그러나", "반면", "물론", "단", "그렇지만"})
CLOSING_QUOTES = frozenset({"’", "”", "'", '"', "」", "』"})
# A bracket that says what a figure or name leaves out ("(미국 제외)"): without it the figure or name is another one.
# (What it includes or is limited to, "(예선 1골 포함)", "(…으로 한정)", only details it: read blind, kept, it made
# the bullet long for nothing.)
SCOPE_WORDS = frozenset({"제외", "미포함", "제외하"})
# 0: no shortening; 1: drop parentheticals; 2: drop adverbs
# and dates; 3: reduce the subject to its head noun phrase; 4: drop places ("…에서"); 5: drop adjuncts of
# means, source or framing ("…을 통해", "…로부터", "…의 일환으로", "…을 대상으로", "…한 가운데,"); 6: a long quotation
# keeps its main clause after a concession, with a marked elision ("“…이어질 것”").
SHORTEN_LEVELS = 7
SCHEDULE_REACH = 10  # morphemes after a date within which a comma and another date make it one of a schedule's items
WORD_JOINING_SIGNS = frozenset({"&", "＆"})  # a sign inside a name ("SK C&C", "AT&T"), never a word's edge
# Endings after which another clause begins: a clause's own, and a reported one's ("…있다며", "…했다고": the clauses
# before say what was said)
CLAUSE_OR_REPORTED_ENDS = CLAUSE_ENDINGS | (QUOTE_ENDINGS - {"고"})
NEAR_FIT = 1.15  # a sentence this close to bullets.max_chars stays whole (with a warning) rather than lose a clause

_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.)\]’”])")
_SPACE_AFTER_OPEN = re.compile(r"([(\[‘“])\s+")
_DOUBLE_COMMA = re.compile(r",\s*,")
_COMMA_WITHOUT_SPACE = re.compile(r",(?=\S)(?!(?<=\d,)\d)")
# Nouns that a headline gives alone for "X가 났다", "X가 내려졌다" ("…에서 불", "…에게 벌금형").
# "…할 수 있다/없다" of a verbal noun: the headline says "… 가능/불가".
ABLE = {"있": "가능", "없": "불가"}
# Nouns of a view or finding that "…라는 X가 나왔다" reports: the headline ends on the noun ("…라는 지적").
OPINION_NOUNS = frozenset({"지적", "평가", "분석", "관측", "해석", "전망", "목소리", "비판", "우려", "의견", "주장", "반응",
                           "연구", "결과", "연구결과", "조사결과", "분석결과", "비난", "요구", "여론", "얘기", "이야기", "말"})
# Opinion nouns that name a finding ("…다는 연구결과가 나왔다"): what came out is a result, not a view.
FINDING_RESULTS = frozenset({"연구", "결과", "연구결과", "조사결과", "분석결과"})
# What a figure is read from ("…자료를 보면", "…결과를 보면"): the lead-in goes like "…에 따르면".
SOURCE_DOCUMENTS = frozenset({"결과", "자료", "통계", "보고서", "조사", "분석", "추계", "집계", "현황", "설문", "발표", "보도", "동향"})
# Verbs that only carry the activity their object names ("조사를 벌이다", "점검을 실시하다").
LIGHT_VERBS = frozenset({"벌이", "하", "진행하", "실시하", "펼치", "착수하"})
# Nouns of a mishap that a headline says "발생" of: "…사고가 났다" -> "…사고 발생".
OCCURRING_NOUNS = frozenset({"사고", "교통사고", "추돌사고", "충돌사고", "폭발사고", "화재사고", "폭발", "충돌"})
EVENT_NOUNS = {"나": frozenset({"불", "화재", "산불", "불길", "정전"}),  # (not "사고": read blind, "…추돌하는 사고" lost to "…사고 남")
               "내려지": frozenset({"형", "벌금형", "징역형", "실형", "집행유예", "선고", "판결", "명령", "특보", "경보", "주의보", "조치"})}
# Verbal nouns of an activity that takes time: "…하고 있다" of them reads "… 중" in a headline ("조사 중").
ONGOING_VERBS = frozenset({"만들", "짓", "세우", "쌓", "고치", "찾", "살피", "알아보", "따지", "벌이", "다듬", "꾸리"})  # "-고 있다": not done yet
ONGOING_NOUNS = frozenset({"모색", "조율", "파악", "추적", "진화", "구조", "집계", "확인", "협의", "조사", "수사", "검토", "논의", "협상", "추진", "준비", "개발", "진행", "운영", "공사", "건설",
                           "심사", "점검", "분석", "치료", "복구", "수색", "실현",
                           # work that ends in a thing made: "대책을 마련하고 있다" -> "…마련 중" ("마련" alone reads as done)
                           "마련", "모집", "제작", "구축", "설계", "작성", "정비", "철거", "심의"})
# Contracted stems Kiwi returns as their own stem; the nominal form is built on the full stem ("갖다" -> "가짐").
FULL_STEMS = {"갖": "가지", "딛": "디디", "머물": "머무르", "서툴": "서투르"}
CAUSE_NOUNS = frozenset({"탓", "덕", "덕분"})  # "…줄어든 탓이다", "…기록한 덕이다": why the sentence before happened
# Nouns that restate the predicate of their relative clause ("증가한 수치다", "줄어드는 모습이다").
RESTATING_NOUNS = frozenset({"수치", "모습", "양상"})  # not "셈", "결과": those add a meaning
STATIVE_STEMS = frozenset({"있", "없", "계시", "띄"})  # ("…차량들이 눈에 띈다": are seen, now)
# Verbs of knowing and wanting: their present tense is a state ("모른다" -> "모름"), not a scheduled action.
MENTAL_STEMS = frozenset({"모르", "알", "원하", "바라", "믿", "느끼", "좋아하", "싫어하"})
# What one "receives" as a standing state, not as an act on a day: "…한 혐의를 받는다" (is suspected), "주목을 받는다".
STATE_RECEIVED = frozenset({"혐의", "주목", "인기", "사랑", "관심"})
PAST_ENDINGS = frozenset({"었", "았", "였", "ᆻ"})
# Quotative particles between a closing quotation mark and the verb of saying ("”고 촉구했다" -> "” 촉구").
QUOTATIVE_PARTICLES = frozenset({"고", "라고", "이라고", "라며", "이라며", "며"})
# Report frames a headline drops: "…한 것으로 나타났다" -> "…함", "…원으로 집계됐다" -> "…원". Not
# "알려지다", "추정되다", "예상되다": hearsay, estimates and forecasts are modality and stay.
FINDING_VERBS = frozenset({"나타나", "드러나"})
FINDING_NOUNS = frozenset({"집계", "조사", "분석", "확인", "파악"})
# Verbs of saying that add nothing after a quotation with its speaker ("A, “…” 말함" -> "A, “…”");
# "촉구", "비판", "주장" carry the speaker's stance and stay.
# "이로써" (thereby: what the sentences before add up to), and "이로서", the spelling many writers use for it
THEREBY = frozenset({"로써", "으로써", "로서"})
NEUTRAL_SPEECH = frozenset({"말하", "말", "밝히", "전하", "설명", "강조", "덧붙이", "언급", "답하", "답", "전", "하"})
# Times that open a sentence as its topic ("올해는 …"): they lose the particle, not get the headline comma.
TIME_TOPICS = frozenset({"올해", "지난해", "작년", "내년", "이날", "오늘", "어제", "내일", "당시", "최근", "현재", "이번", "그동안",
                         "시즌", "상반기", "하반기", "분기", "연말", "연초", "주말", "지난달", "이달", "지난주", "이번주",
                         "동안"})  # ("입단 후 3년 동안은 2군에 머물렀다": a span of time is no topic either)
# Words of saying: a topic that says something is a speaker, not the subject of the next clause.
SPEAKING = frozenset({"말하", "말", "밝히", "설명", "언급", "강조", "주장", "답하", "전하", "발언"})
SPEAKING_VERBS = frozenset({"말하", "밝히", "답하", "전하"})
# Heads of adjuncts that only frame the statement: the phrase ending in them can go when a bullet is too long.
MEANS_NOUNS = frozenset({"이용", "활용"})  # "…을 이용해", "…을 활용해": how, not what (like "…을 통해")
INCLUDING_NOUNS = frozenset({"포함", "제외"})  # "…을 포함해", "…를 제외해": part of the count that follows
ADVERBIAL_NOUNS = frozenset({"계속", "거듭", "반복", "연속"})  # "계속해서 …": an adverb, not a clause
# "…와 협력해": with whom the act is done, not a step of its own (the phrase stays: who worked with whom is news).
PARTNERING_NOUNS = frozenset({"협력", "협업", "연계", "공조", "제휴"})
ADJUNCT_HEADS = (("통하", "VV"), ("이용", "NNG"), ("활용", "NNG"), ("일환", "NNG"), ("대상", "NNG"),
                 ("앞세우", "VV"), ("계기", "NNG"), ("기념", "NNG"), ("차원", "NNG"))
BYLINE_WORDS = ("기자", "특파원", "통신원", "=")
# "…”며 이같이 말함", "…”라면서 이렇게 밝힘" at a bullet's end: the words said are the quotation just before.
POINTING_FRAME = re.compile(r"(?<=[" + re.escape("".join(CLOSING_QUOTES)) + r"])\s*(?:이?라)?(?:며|면서)\s+(?:이같이|이렇게|이와\s같이)\s+\S+$")
# Times a change is compared with ("지난해 대비", "전년 동기 대비"; not "미국 달러 대비 원화 환율", a rate's name).
COMPARED_TIMES = frozenset({"지난해", "작년", "전년", "동기", "전월", "전달", "지난달", "전주", "전분기", "상반기", "하반기", "분기",
                            "기간", "달", "해", "월", "년"})


def _adverbial_noun(morphs: Sequence[Morph], x: int) -> bool:
    """Whether the noun at ``x`` ends an adverbial phrase before a subject, no part of the subject's name: a count of
    periods in a row ("3개월 연속 | 내수 시장이", "2년 연속 | 한빛시가") or a time compared with ("지난해 대비 |
    매출이"). The subject goes to the front past it when the phrase opens the sentence ("내수 시장, 3개월 연속
    …역성장"; "연속 한빛시, 2년 …" read the count as a date), not after a clause of its own ("…손실을 기록해 전년 대비
    적자 폭이 …": the measure did not act in that clause)."""
    m = morphs[x]
    if m.tag != "NNG" or x < 1:
        return False
    if m.form == "연속":
        return morphs[x - 1].tag in {"NNB", "NNG"} and x >= 2 and morphs[x - 2].tag in {"SN", "MM", "NR"}
    return m.form == "대비" and (morphs[x - 1].form in COMPARED_TIMES or date_part(morphs, x - 1))
# What may end the phrase before a main subject that is moved to the front of a bullet.
FRONTING_BOUNDARY = frozenset({"JKO", "JKB", "JX", "EC"})  # not a comma: "A, B, C가" is one list


SAID_RUN_ON = re.compile(r"([다라])고함$")  # a reported clause's "-다고" run into the nominal "함" of "하다"
REACHED = re.compile(r"에\s이름$")  # "…에 이르다" as a headline ends: see Compressor.compress
# A percentage written straight against the verb of change after it ("전분기 대비 1.0%성장", "12.9%증가한"); a
# particle or suffix after it ("3%대", "5%로", "2%가량") is left alone.
# "…업무계획을 보고", "…3위를 차지": a headline's object takes no particle before the verbal noun that ends it
# ("업무계획 보고", "3위 차지"); see _bare_object
OBJECT_BEFORE_LAST_WORD = re.compile(r"(?<=\S)(을|를) (\S+)( 예정| 계획| 방침)?$")
# "…콘서트를 개최할 예정" -> "…콘서트 개최 예정": a plan's act named by its verbal noun, as headlines write it; see
# _act_as_noun ("열릴 예정", a native verb, stays)
PLANNED_ACT = re.compile(r"(?<=\S)(할|될) (예정|계획|방침)$")
# "…탄도미사일을 발사한 바 있음" -> "…탄도미사일 발사": an earlier act the writer recalls, stated as done when the
# bullet still says it was earlier ("지난 4일", "2015년", "애초"); without that "…한 바 있음" is what marks it as past
# (read blind: "올해 1월 건조 계약 해지", "당일 …조사" read as the news itself)
RECALLED_ACT = re.compile(r"(?<=\S)(한|된) 바 있음$")
TOLD_WHEN = re.compile(r"\d+년|지난|앞서|과거|작년|애초|당초")
GAPPED_OBJECT = re.compile(r"\S(?:을|를),")
PERCENT_RUN_ON = re.compile(r"(\d%)(?=(?:성장|증가|감소|상승|하락|급등|급락|인상|인하|늘|줄|올|뛰|떨어|확대|축소|기록|달성|돌파|개선|악화)[가-힣]*)")

@dataclass(frozen=True)
class Compressed:
    """A compressed sentence."""

    text: str
    """The bullet text."""
    sentence: int
    """Index of the source sentence."""
    fits: bool
    """Whether ``text`` is within the length bound without cutting words."""
    whole: bool = True
    """False when only one clause of a compound sentence was kept."""


@dataclass
class _Edit:
    start: int
    end: int
    text: str = ""


# A zero-width edit at a clause's end that marks it as cut from a sentence whose act is still to come (see
# :func:`_ahead_with_main`): its own verb is written as planned ("…200곳으로 늘릴 예정"), never as done
AHEAD_MARK = "\x00ahead"


def _bare_pledge_after(morphs: Sequence[Morph], k: int, e: int, n: int, j: int) -> bool:
    """Whether, of two quotations said in one breath (the first from ``k`` to ``e``, the second opening at ``n``) and
    reported plainly ("…고 말했다", :data:`NEUTRAL_SPEECH`), the second is a pledge with no figure ("…모두 하겠다") and the
    first states one ("…내년 2월까지 늦추는 방안도 논의하고 있다"): the first is the news."""
    c = _closing(morphs, n, j)
    if c >= j or any(m.tag == "SN" for m in morphs[n:c]) or not any(m.tag == "SN" for m in morphs[k:e]):
        return False
    pledge = any(m.tag == "EP" and m.form == "겠" for m in morphs[max(n, c - 3) : c])
    verbs = [m for m in morphs[c + 1 :] if m.tag.startswith(("VV", "NNG"))]  # (the verb of saying may lie past ``j``)
    return pledge and len(verbs) == 1 and verbs[0].form in NEUTRAL_SPEECH


def _closing(morphs: Sequence[Morph], o: int, stop: int) -> int:
    """Index of the mark closing the quotation or bracket opened at ``o`` (``stop`` when it does not close before)."""
    c, depth = o + 1, 1
    while c < stop:
        depth += (morphs[c].tag == "SSO") - (morphs[c].tag == "SSC")
        if depth == 0:
            return c
        c += 1
    return stop


def _full_stems(morphs: Sequence[Morph]) -> list[tuple[str, str, bool]]:
    """A word's morphemes for Kiwi's ``join``, a contracted verb stem in full (:data:`FULL_STEMS`): an ending
    built on "갖" reads "가짐", "가질", never "갖음", "갖을"."""
    return [(FULL_STEMS.get(m.form, m.form) if m.tag.startswith("VV") else m.form, m.tag, False) for m in morphs]


def _is_nominal(m: Morph) -> bool:
    return m.tag in NOMINAL_TAGS


def _is_stem(m: Morph) -> bool:
    return m.tag.startswith(STEM_TAGS)


THRESHOLD_DEGREES = frozenset({"조금", "약간", "살짝", "다소", "훨씬", "크게", "소폭", "대폭"})  # how far a figure passes a mark


def _noun_run_then_copula(morphs: Sequence[Morph], k: int, j: int) -> bool:
    """Whether nouns from ``k`` run to a copula ("설치 대상이다"): a noun phrase predicated."""
    e = k
    while e < j and morphs[e].tag in {"NNG", "NNP"}:
        e += 1
    return e > k and (e == j or morphs[e].tag == "VCP")  # (the copula may be cut off already: "…곳, 우선 설치 대상")


def _like_the_anecdote(morphs: Sequence[Morph], i: int) -> int | None:
    """Where a sentence goes on after an opening comparison with the person its anecdote told of, by surname ("김 씨처럼
    …", "이 씨의 가게처럼 …", "박 씨 부부처럼 …"), or None."""
    if not (morphs[i].tag == "NNP" and len(morphs[i].form) == 1 and i + 1 < len(morphs) and morphs[i + 1].form == "씨"):
        return None
    j = i + 2
    if j < len(morphs) and morphs[j].tag == "JKG" and morphs[j].start == morphs[j - 1].end:
        j += 1  # "이 씨의 가게처럼"
    while j < len(morphs) and morphs[j].tag == "NNG" and j - i <= 4:
        j += 1  # ("박 씨 부부처럼")
    if j + 1 < len(morphs) and (morphs[j].form, morphs[j].tag) == ("처럼", "JKB") and morphs[j + 1].start > morphs[j].end \
            and (morphs[j - 1].tag == "NNG" or j == i + 2):
        return j + 1
    return None


class Compressor:
    """Turns sentences into bullets; built once with the shared Kiwi and reused."""

    def __init__(self, kiwi, max_chars: int = 60):
        self.kiwi = kiwi
        self.max_chars = max_chars

    # -- public -------------------------------------------------------------------------
    def compress(self, sentence: Sentence, body: str, guide: Mapping[str, float] | None = None,
                 keep: frozenset[str] = frozenset()) -> Compressed:
        """Compress one analysed sentence of ``body`` into a bullet within ``max_chars`` when possible.

        ``guide`` holds the content keys (see :func:`pipeline.analysis.content_key`) of what the article is
        about (its headline): when a long sentence carries two facts that could each stand alone and its
        main clause has none of the headline's nouns, a clause that has some is kept instead. ``keep``: the content
        keys of the headline's nouns; a place phrase that says two of them is never shortened away.
        """
        sentence, body = self._uncleft(sentence, body)
        fronted, fronted_body, said = self._speaker_first(sentence, body)
        if fronted is sentence:
            return self._compressed(sentence, body, guide, keep)
        bullet = self._compressed(fronted, fronted_body, guide, keep)
        if said is not None and not bullet.text.endswith(said):
            # "회사 측, …60% 가량 줄임": the assessment's frame gone, the claim reads as fact; told as written instead
            # (read blind, "…줄였다는 게 회사 측 설명" was preferred)
            return self._compressed(sentence, body, guide, keep)
        return bullet

    def _compressed(self, sentence: Sentence, body: str, guide: Mapping[str, float] | None, keep: frozenset[str]) -> Compressed:
        """:meth:`compress` of a sentence already told plainly (a cleft undone, its speaker put first)."""
        # (a broadcaster's "…있는데요," is read as the "-는데," it is written as: see _written_endings)
        morphs = _dated_terms(_written_endings(_unwrap_frame(list(sentence.morphs))), body)

        def done(text: str, fits: bool, whole: bool = True) -> Compressed:
            # "“…”면서 이같이 말함": "이같이" points back to the quotation the bullet gives; the frame goes
            text = POINTING_FRAME.sub("", text)
            # "1.0%성장" -> "1.0% 성장": a figure run into the verb after it (a typo a headline does not repeat)
            text = PERCENT_RUN_ON.sub(r"\1 ", text)
            # "…72개교에 이르렀다" -> "…72개교에 달함": "이름", the nominal form of 이르다, reads as the noun "name"
            text = REACHED.sub("에 달함", text)
            # "…주효했단 겁니다" (Kiwi: "했다고 하-ㄴ 거") -> "…주효했다고 함", not "…주효했다고함": the verb of saying is a word
            text = SAID_RUN_ON.sub(r"\1고 함", text)
            text = _act_as_noun(text, morphs)
            text = _relative_day_dated(text, morphs)
            text = text.replace(WHOLE_SENTENCES_LEFT_OUT, "")
            return Compressed(paired_marks(text), sentence.index, fits or len(text) <= self.max_chars, whole)

        quoted = bool(morphs) and QUOTE_MARK.search(body, morphs[0].start, morphs[-1].end) is not None
        levels = SHORTEN_LEVELS if quoted else SHORTEN_LEVELS - 1  # the last level shortens only quotations
        # a rendering that would damage a quotation comes back empty (see _quotes_kept): the next one is tried
        last = ""
        for text in self._renders(morphs, body, range(levels), keep=keep):  # shorten only as far as needed
            if text and len(text) <= self.max_chars:
                return done(text, True)
            last = text or last
        longest_fallback = last or _whole(morphs, body)
        text = longest_fallback
        if quoted and len(text) > self.max_chars * NEAR_FIT:
            # a quotation still far too long keeps its last clauses, the most of them that fit, marked "…" where the
            # words before were left out (Korean ends on its main predicate: the speaker's point is at the end); a
            # few characters over, the whole quotation stays (below)
            for cut in _quote_cuts(morphs):
                short = self._render(morphs, body, shorten=levels - 1, gaps=(cut,), keep=keep)
                if short and len(short) <= self.max_chars:
                    return done(short, True, whole=False)
        if len(text) <= self.max_chars * NEAR_FIT:
            # a few characters over: the whole statement beats half of it, unless its main clause is a complete
            # headline of its own (its own subject, or a topic that acts in both clauses; nothing pointing back)
            clauses = self._clauses(morphs)
            for clause, gaps in clauses:
                if clause[-1] is not morphs[-1] or not _stands_alone(morphs, clause, gaps) or _stacked_topics(clause, gaps):
                    continue
                if guide and _weight(clause, guide) * 2 < _weight(morphs, guide):
                    # "AI 디지털교과서가 …격하된 지 석 달이 지났지만, | 학교 현장의 혼란은 여전히 …": the clause
                    # dropped holds most of what the headline names; the main clause alone would not say of what
                    continue
                if guide and _headline_subject_before(morphs, clause, guide):
                    continue
                for short in self._renders(clause, body, range(levels), gaps, keep=keep):
                    if 10 <= len(short) <= self.max_chars:
                        return done(short, True, whole=False)
            if len(text) > self.max_chars:
                first = self._first_fact(morphs, body, levels, clauses, guide, keep)
                if first is not None:
                    return done(first, True, whole=False)
            return done(text, len(text) <= self.max_chars)  # (the sentence as written can be short: see _whole)
        # Long compound sentence: keep one of its clauses (see _clauses for which come first); the main
        # clause gives way only to one that shares more of the article's headline (``guide``) than it does.
        # A clause that says more of it a few characters over the limit beats one that fits and says less.
        chosen: str | None = None
        best = (0.0, False)
        limit = self.max_chars * NEAR_FIT if guide else self.max_chars
        main_needs_subject = False
        for clause, gaps in self._clauses(morphs):
            if _stacked_topics(clause, gaps):
                continue  # "…어획량, 지난 2007년 이후 포획략은 2019년부터 …금지": two clauses' topics, neither's predicate
            if _needs_the_rest(morphs, clause, gaps):
                if guide is not None and clause[-1] is morphs[-1]:
                    # a lede's main clause that needs the clause before ("…1월 동향을 발표하고 이 기간 거래액이
                    # …늘었다"): the article's main fact, whole and over the limit, beats its preamble alone
                    return done(longest_fallback, False)
                continue  # "…716억원을 투입하고, 이중 463억원 규모 …", "…더 많았다": alone it would not say of what
            if guide is not None and clause[-1] is not morphs[-1] and _announces_document(clause):
                continue  # "통계청은 가축 통계조사 결과를 발표하고 | …한우 사육 수는 …늘었다고 밝혔다": the release is no news
            if guide and clause[-1] is morphs[-1] and _after_cause(morphs, clause) and _headline_subject_before(morphs, clause, guide):
                # ("대구의 한 …종합병원이 랜섬웨어 공격을 받아 …마비되면서 | 외래 진료와 …일정이 사흘째 차질을 빚고
                # 있다": alone, "외래 진료…, 사흘째 차질" says not where, nor why; nor does the main clause near the limit)
                main_needs_subject = True
                continue
            if clause[-1] is not morphs[-1] and _holds_event(clause) and clause[0] is morphs[0] \
                    and any(m.tag == "SN" and not date_part(morphs, x) for x, m in enumerate(morphs) if m.start >= clause[-1].end):
                # "…정책위원회는 5일 국회에서 당정협의를 열고 | …9.8% 이내로 제한하는 …개정안을 연내 발의하기로 했다": what the
                # meeting decided, with its figure, is the news (not "…간담회를 개최하고, | …소통의 장을 마련했다": vague)
                continue
            for level, text in enumerate(self._renders(clause, body, range(levels), gaps, keep=keep)):
                if 10 <= len(text) <= limit and (len(text) <= self.max_chars or level == levels - 1):
                    rank = (_weight(clause, guide) if guide else 0.0, len(text) <= self.max_chars)
                    if chosen is None or rank > best:
                        chosen, best = text, rank
                    break
            if chosen is not None and not guide:
                break
        if chosen is not None and (best[1] or best[0] > 0):
            return done(chosen, best[1], whole=False)
        near = _near_main_clause(self, morphs, body) if not main_needs_subject else None
        if near is not None:  # still over, but a few characters instead of a whole long sentence
            return done(near, False, whole=False)
        return done(longest_fallback, len(longest_fallback) <= self.max_chars)

    def _uncleft(self, sentence: Sentence, body: str) -> tuple[Sentence, str]:
        """A cleft that puts a time or a first in a span on focus ("…불이 난 것은 이날 오전 2시 47분께다", "…요금이 오르는 것은
        2016년 이후 8년 만이다", "…기온이 40도를 넘은 것은 관측 이후 처음이다") told as the plain sentence it stands for
        ("…에서 이날 오전 2시 47분께 불이 났다", "…요금이 2016년 이후 8년 만에 오른다", "…기온이 관측 이후 처음으로 40도를
        넘었다"), in ``body`` rewritten to match: readers mark a bullet left as "…난 것은 …께" prose, not a headline. Other
        sentences, and clefts of anything else ("쟁점이 된 것은 …조항이다", "…이번이 처음이다", "…이번이 다섯 번째다"), come
        back as they are."""
        plain = self._plain_cleft(sentence.text, sentence.start, sentence.morphs)
        if plain is None:
            return sentence, body
        rewritten, morphs = plain
        new_body = body[: sentence.start] + rewritten + body[sentence.end :]
        return Sentence(sentence.index, sentence.paragraph, sentence.start, sentence.start + len(rewritten), rewritten, morphs), new_body

    def _speaker_first(self, sentence: Sentence, body: str) -> tuple[Sentence, str, str | None]:
        """A sentence whose speaker comes last, just before the verb of saying or reckoning ("…늘어날 것으로 시는
        추산했다", "…에 이를 것으로 회사는 내다봤다") or in a closing assessment (:func:`assessment_end`), told with the
        speaker first ("시는 …늘어날 것으로 추산했다"), in ``body`` rewritten to match: the bullet is then "시, …늘어날 것으로
        추산", not "…늘어날 것으로 시는 추산". With them, the assessment's word the bullet must keep ("설명"), or None. Other
        sentences come back as they are."""
        text, start, morphs = sentence.text, sentence.start, sentence.morphs
        at = trailing_speaker(morphs)
        assessed = assessment_end(morphs) if at is None else None
        if at is not None:
            first, predicate = at
            speaker = text[morphs[first].start - start : morphs[predicate].start - start]
            rewritten = speaker + text[: morphs[first].start - start] + text[morphs[predicate].start - start :]
            said = None
        elif assessed is not None:
            # "…생겼다는 게 은행 측 설명이다" -> "은행 측은 …생겼다고 설명했다"
            etm, first, last, noun = assessed
            speaker = text[morphs[first].start - start : morphs[last].end - start]
            content, ending = text[: morphs[etm].start - start], DESCRIBED_TO_REPORTED[morphs[etm].form]
            if morphs[etm].form == "ᆫ다는":  # ("간다는": the ending's "ㄴ" is written in the stem's syllable)
                content, ending = text[: morphs[etm].end - start - 2], "다고"
            said = morphs[noun].form
            rewritten = f"{speaker}{particle_after(speaker, '은')} {content}{ending} {said}했다."
        else:
            return sentence, body, None
        new_body = body[: sentence.start] + rewritten + body[sentence.end :]
        fronted = Sentence(sentence.index, sentence.paragraph, start, start + len(rewritten), rewritten, self._analysed(rewritten, start))
        return fronted, new_body, said

    @functools.lru_cache(maxsize=256)
    def _analysed(self, text: str, start: int) -> tuple[Morph, ...]:
        """The analysis of a sentence rewritten (a cleft undone, a speaker put first), offsets from ``start``."""
        return to_morphs(self.kiwi.tokenize(text), start)

    @functools.lru_cache(maxsize=256)
    def _plain_cleft(self, text: str, start: int, morphs: tuple[Morph, ...]) -> tuple[str, tuple[Morph, ...]] | None:
        """The plain sentence a cleft stands for (see :meth:`_uncleft`) and its analysis, offsets from ``start``, or None:
        written and analysed once, however many bullets are made of the sentence (lede, guided, fitted)."""
        found = cleft_focus(morphs)
        if found is None:
            return None
        stem, focus, insert, kind = found

        def cut(a: int, b: int) -> str:  # (the morphemes' offsets are the body's)
            return text[a - start : b - start]

        span = cut(morphs[focus[0]].start, morphs[focus[1] - 1].end)
        if kind == "first":  # "관측 이후 처음" -> "관측 이후 처음으로"
            span += "으로"
        elif kind == "since":
            span += "에"  # "8년 만" -> "8년 만에"
        ending = morphs[stem + 1]
        tense = [("었", "EP"), ("다", "EF")] if ending.form in {"ᆫ", "은"} else [("는다", "EF")]
        predicate = self.kiwi.join([(morphs[stem].form, morphs[stem].tag), *tense])
        at = morphs[insert].start
        # the stem's own text gives way to the joined form ("멈추" + "ᆫ" -> "멈췄다"; "되" + "는" -> "된다")
        rewritten = cut(start, at) + span + " " + cut(at, morphs[stem].start) + predicate + "."
        return rewritten, self._analysed(rewritten, start)

    def _first_fact(self, morphs: list[Morph], body: str, levels: int, clauses: list[tuple[list[Morph], tuple[_Edit, ...]]],
                    guide: Mapping[str, float] | None, keep: frozenset[str]) -> str | None:
        """A sentence a few characters over the bound that joins two facts ("…91억 달러로 61.4% 급증했고, | 시스템
        반도체도 …늘었다"): its first fact, when that one stands alone, fits, and says as much of the headline as
        the sentence does at least half (a lede's ``guide``; of another sentence, the numbers its headline states, in
        ``keep``: "…청년 27명이 이곳에 자리를 잡음" of "…청년 상인 27명이 살린 …"), and the second states no figure
        (:func:`~pipeline.analysis.figures_in_order`) when the first states none (read blind, "…지난해 보전금은
        7조4천억원에 달함" was worth the long bullet). ``clauses``: the sentence's, as :meth:`_clauses` offers them."""
        headline = guide or {k: 1.0 for k in keep if k[:1].isdigit()}
        for clause, gaps in [*clauses, *_cause_clause(morphs, guide)]:
            if clause[0] is not morphs[0] or clause[-1] is morphs[-1] or _stacked_topics(clause, gaps) \
                    or _needs_the_rest(morphs, clause, gaps) or _announces_document(clause) or _holds_event(clause):
                continue
            rest = morphs[len(clause):]
            if clause[-1].form in SIMULTANEOUS_ENDINGS and clause[-2].tag != "EP" and not _has_subject(rest):
                continue  # "…서풍을 타고 빠르게 번지며 | 인근 3개 마을 위협": one subject's act and what it led to
            if _weight(clause, headline) * 2 < _weight(morphs, headline) or _weight(clause, headline) < _weight(rest, headline):
                continue  # ("…조사 결과를 미술관 측에 전달, | 미술관은 …반환 의결": the headline's act is the second's)
            if figures_in_order(rest) and not figures_in_order(clause):
                continue  # "…무료 프로그램을 이용할 수 있고, | 참여 학생은 약 17만 명": the figure is the second's
            if any(m.tag == "EC" and (m.form in CLAUSE_OR_REPORTED_ENDS
                                      or m.form in SEQUENCE_ENDINGS and _sequence_step(morphs, len(clause) + x))
                   for x, m in outside_quotes(rest, 0, len(rest))):
                continue  # "…계약 내용을 알고 서명했고 | …특성이 있다며 회사 손을 들어줌": what was said, not a fact; "이달
                # 물가는 석유류 가격이 안정되고 | …기저효과가 겹치면서 | …줄었다": a cause's first part, not a fact of two;
                # "매출은 …늘었고, | 영업이익은 …30% 줄어 …부진한 실적을 냈다": the second fact is the outcome
            for short in self._renders(clause, body, range(1, levels), gaps, keep=keep):
                if 15 <= len(short) <= self.max_chars:
                    return short
        return None

    def finish_bullet(self, text: str) -> str:
        """Bring a free-text bullet (e.g. generated by a seq2seq model) into bullet form."""
        text = remove_final_period(strip_bullet_mark(" ".join(text.split())))
        if not text:
            return ""
        morphs = list(to_morphs(self.kiwi.tokenize(text)))
        if not morphs:
            return text
        fake = Sentence(0, 0, 0, len(text), text, tuple(morphs))
        if morphs[-1].tag in {"EF", "SF"} or (len(morphs) > 1 and morphs[-2].tag == "EF"):
            compressed = self.compress(fake, text)
            return compressed.text if compressed.fits else self.cut_at_word(compressed.text)
        return text if len(text) <= self.max_chars else self.cut_at_word(text)

    # -- rendering ----------------------------------------------------------------------
    def _render(self, morphs: list[Morph], body: str, shorten: int, gaps: tuple[_Edit, ...] = (), keep: frozenset[str] = frozenset()) -> str:
        """The bullet ``morphs`` give at one level of shortening (see :meth:`_renders`)."""
        return next(self._renders(morphs, body, range(shorten, shorten + 1), gaps, keep))

    def _renders(self, morphs: list[Morph], body: str, levels: range, gaps: tuple[_Edit, ...] = (),
                 keep: frozenset[str] = frozenset()) -> Iterator[str]:
        """The bullet ``morphs`` give at each level of shortening in ``levels``, lazily ("" where a quotation would be
        damaged: see :func:`_quotes_kept`).

        Each level deletes what the level below it deletes, and more (see SHORTEN_LEVELS): a level goes on from the
        deletions of the one before instead of starting over. Only the opening (a result frame's comma, a day
        word's date) is read differently by the first levels; a level whose opening reads as the last one's goes on.
        ``keep``: content keys (the headline's) whose place phrase is never dropped as a mere place.
        """
        if not morphs:
            yield from ("" for _ in levels)
            return
        # an insertion at the clause's very end is a word it takes from the clause it was split from ("… 투입 계획")
        ahead = any(g.text == AHEAD_MARK for g in gaps)
        gaps = tuple(g for g in gaps if g.text != AHEAD_MARK)
        added = "".join(g.text for g in gaps if g.start == g.end == morphs[-1].end)
        edits: list[_Edit] = [g for g in gaps if not g.start == g.end == morphs[-1].end]
        i, j = self._strip_lead(morphs), len(morphs)
        j = self._strip_tail(morphs, i, j)
        framed = self._strip_quote_frame(morphs, i, j)
        # who reports is looked for after an opening "…에 의하면" ("연합뉴스 보도에 의하면 …연구진이 …라고 발표했다")
        start = self._strip_attribution(morphs, i, framed, []) if framed < j else i
        member = _member_topic(morphs, start, framed, j) if framed < j else None
        report = _reported_clause(morphs, start, framed, j) if framed < j and member is None else None
        if report is None and framed < j and member is None and _reported_intention(morphs, start, framed):
            # "수사팀은 …을 집중 조사하겠다고 밝혔다" -> "수사팀, …을 집중 조사하겠다고 밝혀": an intention keeps who
            # declared it (alone, "…조사하겠다" reads as a quotation cut from its frame)
            verb = _report_verb(morphs, start, framed, j, STANCE_NOUNS | SAID_NOUNS)  # ("…범죄라고 말했다": 말 + 하)
            if verb is None and morphs[framed].form in {"다고", "ᆫ다고", "는다고"}:
                verb = _saying_verb(morphs, framed + 1, j, frozenset({"하"}), frozenset())  # "…도전하겠다고 했다"
            report = (verb, None) if verb is not None else None
        speech, reporter = report if report is not None else (None, None)
        if framed < j and speech is None or framed == j and _medium_reports(morphs, i, j):
            # (an outlet's report keeps its frame, not its day: "블룸버그통신은 31일(현지시간) …라고 보도했다")
            _drop_announcement_date(morphs, i, framed, edits)
        # "…100선을 선정했다고 과기정통부가 밝혔다": the clause has no subject of its own; who announces it did it
        announcer = _announcer_after(morphs, i, framed, j) if framed < j and speech is None else None
        j = framed if speech is None else j
        cited = i
        i = self._strip_attribution(morphs, i, j, edits)
        _jurisdiction_named(morphs, cited, i, j, edits)  # "충남도에 따르면 …도내 이재민" -> "충남도 내 이재민"
        i = _time_lead(morphs, i) or i  # "기상청에 따르면 이날 …": the day word now opens the bullet
        if not any(m.form in CHARGING_SOURCES and m.tag == "NNG" for m in morphs[cited:i]) and not _suspect_subject(morphs, i, j):
            # ("공소장에 따르면 최 전 청장은 …3억2,000만원 상당을 받은 것으로 조사됐다": what a charge sheet says was found
            # is an allegation; "…받은 것으로 조사됨" stays, never "…받음"; so is what was found of a suspect, "C씨 등은
            # …차익을 챙긴 것으로 조사됐다")
            j = _strip_finding_frame(morphs, i, j)
        if i >= j:
            yield from ("" for _ in levels)
            return
        # "…진단법이 국내 연구진에 의해 개발됐다" -> "국내 연구진, …진단법 개발": who did it leads, as a headline says it
        agent = _passive_agent(morphs, i, j) if announcer is None and speech is None else None
        quote_end = _speech_after_quote(morphs, i, j) if speech is None else None
        if speech is not None:  # "대학, 연구팀이 …를 개발했다고 밝혀": whose claim it is stays said
            verb = speech
            # (after the whole quote ending: "줄었다고" may be read as "다" (EF) + "고" (JKQ), and "고" stays)
            after = framed + 1 + (framed + 1 < verb and morphs[framed + 1].tag == "JKQ")
            if verb > after:
                edits.append(_Edit(morphs[after].start, morphs[verb].start))  # "…했다고 27일 밝혔다": the date goes
            said = "밝혀" if morphs[verb].form in {"하", "말"} else morphs[verb].form if morphs[verb].tag == "NNG" \
                else self.kiwi.join([(morphs[verb].form, morphs[verb].tag), ("어", "EC")])  # ("…겠다고 했다": said so)
            end_edit = _Edit(morphs[verb].start, morphs[j - 1].end, said)  # "…했다고 밝혀", "…했다고 발표"
            j = verb
        elif quote_end is not None:  # "A, “…” 말함" -> "A, “…”"
            end_edit, j = None, quote_end
        else:
            end_edit, j = self._final_predicate(morphs, i, j, body, ahead=ahead)

        openings: dict[tuple[bool, bool], tuple[int, list[_Edit]]] = {}
        went_on: tuple[int, list[_Edit]] | None = None  # the opening the deletions below went on from
        for level in levels:
            flags = (level < 1, level >= 2)
            if flags not in openings:
                first, read = _skip_result_frame(morphs, i, j, comma_only=flags[0]), list(edits)  # "조사 결과," says nothing at any length
                first = _broadcast_hour(morphs, first, j)
                _drop_case_frame(morphs, first, j, read)
                _viewed_as_topic(morphs, first, j, read)
                _drop_inner_connectives(morphs, first, j, read)
                _drop_day_words(morphs, first, j, read)
                _date_for_day_word(morphs, first, j, read, ranges_only=flags[1])
                openings[flags] = (first, read)
            if openings[flags] != went_on:
                went_on = openings[flags]
                at, kept = went_on[0], list(went_on[1])
                _drop_anaphoric_links(morphs, at, j, kept)
                _drop_this_place_included(morphs, at, j, kept)  # "…기관도 이곳을 포함해 세 곳뿐" -> "…기관도 세 곳뿐"
                _drop_this_named(morphs, at, j, body, kept)
                _drop_likewise(morphs, at, j, kept)
                _drop_as_you_see(morphs, at, j, kept)
                _drop_setting_contrast(morphs, at, j, kept)
                _verbal_nouns_between_facts(morphs, at, j, kept)
                _drop_stray_each(morphs, at, j, kept)
                self._drop_inner_forecast(morphs, at, j, kept)
                pending: list[tuple[int, _Edit]] = []
                marks = {member: ""} if member is not None else {reporter: ","} if reporter is not None and morphs[reporter].tag in {"JKS", "JX"} else {}
                if agent is not None and at < agent[0]:
                    marks = {**marks, agent[3]: ""}  # (what was done to loses its subject particle: "…진단법 개발")
                fronted = self._particles(morphs, at, j, kept, body, pending, marks)
                if agent is not None and at < agent[0]:
                    kept.append(_Edit(morphs[agent[0]].start, morphs[agent[2]].start))
                    kept.append(_Edit(morphs[at].start, morphs[at].start, body[morphs[agent[0]].start : morphs[agent[1] - 1].end] + ", "))
                    fronted = True
                if announcer is not None and at < j:
                    kept.append(_Edit(morphs[at].start, morphs[at].start, body[morphs[announcer[0]].start : morphs[announcer[1] - 1].end] + ", "))
                    fronted = True
                if j > at and "," in body[morphs[at].start : morphs[j - 1].end]:
                    _drop_order_commas(morphs, at, j, kept)
                _drop_photo_marks(morphs, at, j, kept)  # "마스크(사진)가": the page's photo, not the news
                _drop_statement_before_quote(morphs, at, j, kept)  # "한빛항공, 입장문을 내고 “…”" -> "한빛항공, “…”"
                _drop_heads_of_bodies(morphs, at, j, kept)  # "한국천문연구원(원장 이우백)이": who heads it is no news
                _drop_addressee(morphs, at, j, kept)  # "관계자는 본지에 “…”": to whom it was said is no news
                _drop_the_station(morphs, at, j, kept)  # "저희가 응급실에서 만난 환자들" -> "응급실에서 만난 환자들"
                _drop_hereafter(morphs, at, j, kept)  # "…노동조합(이하 전삼노)" -> "…노동조합(전삼노)"
                _drop_stock_codes(morphs, at, j, kept)  # "카카오(035720)" -> "카카오", "시진핑(習近平)" -> "시진핑"
                _drop_polite_endings(morphs, at, j, kept, body)  # "…관심이었는데요, …" -> "…관심이었는데, …"
                _drop_emphasis(morphs, at, j, kept)  # "무려 10.0원이나 오른" -> "10.0원 오른": the writer's wonder, no fact
                _inline_list_dotted(morphs, at, j, kept)  # "▲A ▲B ▲C 등" -> "A·B·C 등"
                _drop_connective_after_topic(morphs, at, j, kept)  # "노조는 다만 …" -> "노조, …"
                done = 0
            for step in range(done + 1, level + 1):
                at = self._shorten(morphs, body, at, j, kept, step, fronted, bool(pending), quote_end, keep)
            done = max(done, level)
            yield self._finish(morphs, body, at, j, list(kept), pending, end_edit, added)

    def _shorten(self, morphs: list[Morph], body: str, i: int, j: int, edits: list[_Edit], level: int, fronted: bool,
                 waiting: bool, quote_end: int | None, keep: frozenset[str] = frozenset()) -> int:
        """The deletions ``level`` adds to those of the levels below it (see SHORTEN_LEVELS); where the bullet now
        starts. ``fronted``: the main subject was moved to the front (or an announcer put there); ``waiting``: a
        headline comma waits on what shortening deletes (see :meth:`_particles`)."""
        if level == 1:
            _drop_viewing_frame(morphs, i, j, edits)
            self._drop_parentheticals(morphs, i, j, edits, keep)
            self._drop_side_quotes(morphs, i, j, edits)
            self._quote_last_sentence(morphs, i, j, edits)
        elif level == 2:
            self._drop_adverbs(morphs, i, j, edits)
            self._drop_dates(morphs, i, j, edits)
        elif level == 3 and not fronted:
            i = self._subject_head(morphs, i, j, keep)
        elif level == 4:
            if quote_end is not None:
                _drop_quote_setting(morphs, i, j, edits)
            if fronted or waiting or _main_subject(morphs, i, j):
                # (without a subject, where it happened is who acts: "서울과 울산 등 아파트에서 경비원을 줄이고 있다")
                self._drop_places(morphs, i, j, edits, keep)
            _drop_appositions(morphs, i, j, edits)
            _drop_team_members(morphs, i, j, edits, body)
            _drop_departments(morphs, i, j, edits, body)
            _drop_court_benches(morphs, i, j, edits, body)
            _drop_name_relatives(morphs, i, j, edits)
            _drop_event_settings(morphs, i, j, edits)
            _drop_game_settings(morphs, i, j, edits)
            _drop_attendance(morphs, i, j, edits)
        elif level == 5:
            _drop_adjuncts(morphs, i, j, edits, keep)
            _drop_purposes(morphs, i, j, edits, keep)
            _drop_first_act(morphs, i, j, edits)
            _drop_prior_step(morphs, i, j, edits)
            _drop_background(morphs, i, j, edits)
            _drop_circumstance(morphs, i, j, edits)
            _drop_lead_in(morphs, i, j, edits)
            self._drop_dates(morphs, i, j, edits, full=True)
            _drop_held_gathering(morphs, i, j, edits)
            _drop_method_frame(morphs, i, j, edits)
            _shorten_lists(morphs, i, j, edits)
            _shorten_closed_lists(morphs, i, j, edits)
            _drop_counted_examples(morphs, i, j, edits)
            _drop_inclusions(morphs, i, j, edits)
            _drop_name_relatives(morphs, i, j, edits, titled=True)
            _drop_backing_quote(morphs, i, j, edits)
        elif level == 6:
            _quote_last_clause(morphs, i, j, edits)
        return i

    def _finish(self, morphs: list[Morph], body: str, i: int, j: int, edits: list[_Edit],
                pending: list[tuple[int, _Edit]], end_edit: _Edit | None, added: str) -> str:
        """The text of a rendering once its deletions are chosen (``edits``, the caller's own copy)."""
        _spell_out_contractions(morphs, i, j, edits)  # "특별전엔", "광주에선": speech, not a headline's written form
        for k, comma in pending:  # the clause before the subject was shortened away: the headline comma goes in
            kept = [m for m in morphs[i:k] if not any(e.start <= m.start and m.end <= e.end and not e.text for e in edits)]
            if not _clause_before(kept, -1, len(kept)) and not _listed_subject([*kept, morphs[k]], 0, len(kept)):
                edits.append(comma)
        _comma_left_before_the_verb(morphs, i, j, edits)
        start = morphs[i].start
        stop = morphs[j - 1].end if j > i else start
        if end_edit is not None:
            edits.append(end_edit)
            stop = max(stop, end_edit.end)
        edits = _spare_quotations(body, morphs[0].start, morphs[-1].end, edits)
        if not _quotes_kept(body, morphs[0].start, morphs[-1].end, start, stop, edits):
            return ""  # a quotation would be damaged: the caller tries another rendering
        text = self._apply(body, start, stop, edits)
        return text + added if text and added else text

    def _drop_inner_forecast(self, morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
        """"…대부분 그치겠으며, 오후에는 맑은 날씨가 이어지겠다" -> "…그치며, …이어질 전망": an inner clause's
        "-겠-" reads as a sentence's ending in a bullet; the forecast of the last clause covers both."""
        end = len(morphs)
        while end > j and morphs[end - 1].tag in {"SF", "SP", "SE", "EF"}:
            end -= 1
        if not any(m.form == "겠" and m.tag == "EP" for m in morphs[max(i, end - 3) : end]):
            return  # (the last predicate, past ``j`` once its ending is rendered, forecasts too)
        for k, m in outside_quotes(morphs, i + 1, min(j, end - 3)):
            if m.form == "겠" and m.tag == "EP" and morphs[k + 1].tag == "EC" and morphs[k + 1].form in COORDINATING_ENDINGS \
                    and _is_stem(morphs[k - 1]) and morphs[k + 1].start == m.end:
                stem = morphs[k - 1]
                edits.append(_Edit(stem.start, morphs[k + 1].end,
                                   self.kiwi.join([(stem.form, stem.tag), (morphs[k + 1].form.lstrip("으"), "EC")])))

    @staticmethod
    def _apply(body: str, start: int, stop: int, edits: list[_Edit]) -> str:
        out, pos = [], start
        for edit in _applied(edits, start, stop):
            out.append(body[pos : edit.start])
            out.append(edit.text)
            pos = max(pos, edit.end)
        out.append(body[pos:stop])
        text = _SPACES.sub(" ", "".join(out))
        text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
        text = _SPACE_AFTER_OPEN.sub(r"\1", text)
        text = _DOUBLE_COMMA.sub(",", text)
        text = _COMMA_WITHOUT_SPACE.sub(", ", text)  # "2,501달러" keeps its thousands separator
        text = text.strip(" ,")
        text = re.sub(r"\(\s*\)", "", text)
        return " ".join(text.split())

    # -- rules --------------------------------------------------------------------------
    @staticmethod
    def _strip_lead(morphs: list[Morph]) -> int:
        """Skip sentence-initial connectives (하지만, 또한 …) and anaphoric lead-ins (이로 인해)."""
        i = _skip_byline(morphs)
        i = _skip_unopened_bracket(morphs, i)
        while i < len(morphs):
            m = morphs[i]
            if m.tag == "MAJ" or (m.tag == "MAG" and m.form in LEAD_CONNECTIVES) \
                    or m.form in {"정작", "결국"} and m.tag == "NNG" and i + 1 < len(morphs) and morphs[i + 1].start > m.end:
                i += 1  # ("정작 일할 사람이 …": Kiwi reads the adverb as a noun; the sentence still leans on the one before
                # for selection, see pipeline.select.DANGLING_ADVERBS, but the bullet chosen after it drops the word)
            elif m.form == "이" and m.tag == "MM" and i + 2 < len(morphs) and morphs[i + 1].form == "날" and morphs[i + 1].tag == "NNG":
                i += 2  # "이 날 지수는 …": the story's day, as "이날"
            elif (like := _like_the_anecdote(morphs, i)) is not None:
                i = like  # "김 씨처럼 도시를 떠나 바다로 온 젊은 귀어인들이 …", "이 씨의 가게처럼 전통시장 상인들이 …": like
                # the one the anecdote told of, who is not the news
            elif m.tag == "IC" and i + 1 < len(morphs) and morphs[i + 1].tag == "SP":
                i += 2  # "네, 외신들은 …": a broadcaster's reply to the anchor
            elif m.tag == "IC" and m.form in {"네", "예"} and i + 1 < len(morphs) and morphs[i + 1].start > m.end:
                i += 1  # "네 함안과 창녕에는 …": the same reply without its comma
            elif m.form == "이" and m.tag == "NP" and i + 2 < len(morphs) and (morphs[i + 1].form, morphs[i + 1].tag) == ("에", "JKB") \
                    and morphs[i + 1].start == m.end and morphs[i + 2].start > morphs[i + 1].end \
                    and morphs[i + 2].tag in {"NNG", "NNP", "NNB", "SL", "SN", "MAG", "MM"}:
                i += 2  # "이에 한빛군은 …" (Kiwi: "이" + "에"): the connective "이에", as when Kiwi reads it as one adverb
            elif (seen := _as_you_see(morphs, i)) is not None:
                i = seen  # "보신 것처럼 새벽에 내린 눈이 …": the anchor points at pictures a bullet has not
            elif m.form == "이어지" and m.tag == "VV" and i + 2 < len(morphs) and morphs[i + 1].tag == "ETM" \
                    and morphs[i + 1].form in {"ᆫ", "는"} and morphs[i + 2].start > morphs[i + 1].end and _is_nominal(morphs[i + 2]):
                i += 2  # "이어진 연장 7회 말 …": what came before is the sentence before's
            elif m.form in {"뒤잇", "뒤이"} and m.tag.startswith("VV") and i + 2 < len(morphs) and morphs[i + 1].tag == "EC" \
                    and morphs[i + 1].form in {"어", "어서"} and morphs[i + 2].start > morphs[i + 1].end:
                i += 2  # "뒤이어 등판한 손동현은 …": after whom, the sentence before told
            elif m.form == "뒤" and m.tag == "NNG" and i + 3 < len(morphs) and morphs[i + 1].tag == "JKO" and morphs[i + 2].form == "잇" \
                    and morphs[i + 2].tag.startswith("VV") and morphs[i + 3].tag == "EC" and morphs[i + 3].form in {"어", "어서"} \
                    and i + 4 < len(morphs) and morphs[i + 4].start > morphs[i + 3].end:
                i += 4  # "뒤를 이어 '비공식작전' …이 개봉한 가운데 …": following what, the sentence before told
            elif m.tag == "VV" and m.form in {"그러", "이러"} and i + 1 < len(morphs) and morphs[i + 1].tag == "EC" \
                    and morphs[i + 1].form in {"면서", "자"} and morphs[i + 1].start == m.end:
                i += 2  # "그러면서 최 대변인은 …", "그러자 …": Kiwi's reading of the connective as a verb ("그러다 …" tells
                # a turn of events that needs the one before: it stays, and the sentence dangles)
                if i < len(morphs) and (morphs[i].form, morphs[i].tag) == ("도", "JX") and morphs[i].start == morphs[i - 1].end:
                    i += 1  # "그러면서도 재판부는 …": the connective's "도" goes with it ("재판부, 도 “…”" was broken)
            elif m.form == "이" and m.tag == "NP" and i + 2 < len(morphs) and (morphs[i + 1].form, morphs[i + 1].tag) == ("처럼", "JKB") \
                    and morphs[i + 1].start == m.end and morphs[i + 2].start > morphs[i + 1].end:
                i += 2  # "이처럼 …" (Kiwi: "이" + "처럼"): the connective "이처럼", as when Kiwi reads it as one adverb
            elif (here := _where_i_stand(morphs, i)) is not None:
                i = here  # "제가 나와있는 이 곳 서울 여의도역에는 …", "이곳 서울대병원은": the reporter's place is the one named after it
            elif m.form in {"구체", "결과"} and m.tag == "NNG" and i + 3 < len(morphs) and morphs[i + 1].form == "적" \
                    and morphs[i + 2].form == "으로" and morphs[i + 2].tag == "JKB" and morphs[i + 3].start > morphs[i + 2].end \
                    and morphs[i + 3].tag in {"NNG", "NNP", "SL", "SP", "XPN"}:  # (not "구체적으로 어떤 …": how specific)
                i += 3  # "구체적으로 석유화학 수출이 …": specifically of what the sentence before told, as "특히"; "결과적으로
                # 내년도 …모집 인원은 …": as a result of it, as "결국"
            elif m.form == "구체" and m.tag == "NNG" and i + 4 < len(morphs) and morphs[i + 1].form == "적" \
                    and morphs[i + 2].form == "으로" and (morphs[i + 3].form, morphs[i + 3].tag) in {("는", "JX"), ("ᆫ", "JX")} \
                    and morphs[i + 3].start == morphs[i + 2].end and morphs[i + 4].start > morphs[i + 3].end:
                i += 4  # "구체적으로는 …연구단의 연구는 …": the same
            elif m.form in {"마지막", "끝"} and m.tag == "NNG" and i + 1 < len(morphs) and morphs[i + 1].form == "으로" \
                    and morphs[i + 1].tag == "JKB" and i + 2 < len(morphs) and morphs[i + 2].start > morphs[i + 1].end \
                    and morphs[i + 2].tag in {"SP", "SSO", "NP", "NNP", "NNG"}:
                i += 2  # "마지막으로 “…”": the last of a speaker's words, as "또" is the next (not "마지막으로 남은 …")
            elif m.tag in {"SP", "SO"} and i > 0:
                i += 1
            elif m.form == "반면" and m.tag == "NNG" and i + 1 < len(morphs) and (morphs[i + 1].start > m.end or morphs[i + 1].form == "에"):
                i += 1 if morphs[i + 1].start > m.end else 2  # "반면(에) …": Kiwi reads the connective as a noun
            elif m.tag == "SW" and has_bullet_mark(m.form):
                i += 1  # "우선, ① 별관 건물은 …": an item's mark in the writer's list
            elif m.tag == "NP" and m.form in {"거기", "여기"} and i + 2 < len(morphs) and morphs[i + 1].tag == "JKB" and morphs[i + 1].form == "에" \
                    and morphs[i + 2].start > morphs[i + 1].end and _added_to_it(morphs, i + 2):
                i += 2  # "거기에 고성과 야유까지 …", "여기에 …GV80도 …": "on top of that", added to what the sentence before told
            elif (c := _copula_aside(morphs, i)) is not None:
                i = c  # "대표적인 노인 교통복지 서비스인데, 요즘엔 …": what the thing the sentence before named is
            elif (c := _having_looked(morphs, i)) is not None:
                i = c  # "이면을 들여다보니, 경비원이 …": the reporter's looking; what was found is the news
            elif (c := _section_label(morphs, i)) is not None:
                i = c + 1  # "(총괄) 전체 피보험자수는 …": the label of a section of a report, not its news
            elif _time_lead(morphs, i):
                i = _time_lead(morphs, i)
            elif (c := _by_this_act(morphs, i)) is not None:
                i = c  # "이번 결정에 따라 …성인 기본운임은 …오른다": the decision the sentence before told
            elif m.tag == "NP" and m.form == "이" and i + 2 < len(morphs) and morphs[i + 1].tag == "JKB" \
                    and morphs[i + 1].form in THEREBY and morphs[i + 2].start > morphs[i + 1].end:
                i += 2  # "이로써 …": what it adds up to, the sentences before told
            elif (c := _at_the_same_time(morphs, i)) is not None:
                i = c  # "동시에 '밀수'는 …", "이와 동시에 …": at the time of what the sentence before told
            elif m.tag == "MM" and m.form in {"이", "그"} and i + 2 < len(morphs) and morphs[i + 1].form == "결과" \
                    and morphs[i + 1].tag == "NNG" and (morphs[i + 2].start > morphs[i + 1].end or morphs[i + 2].tag == "SP") \
                    and morphs[i + 2].tag != "JKG":
                i += 2  # "그 결과 가족들과 공유하는 요인들이 …": of what, the sentence before told; the finding is the news
                while i < len(morphs) and morphs[i].tag == "SP":
                    i += 1
            elif m.form in {"실례", "일례"} and m.tag == "NNG" and i + 2 < len(morphs) and (morphs[i + 1].form, morphs[i + 1].tag) == ("로", "JKB") \
                    and morphs[i + 2].start > morphs[i + 1].end:
                i += 2  # "실례로 현대차의 경우 …": an example of what the sentence before told; the example is the news
            elif (c := conversely(morphs, i)) is not None:
                i = c  # "반대로 10건 이상을 발의한 의원은 …": "conversely", as "반면"
            elif m.form == "예" and m.tag == "NNG" and i + 4 < len(morphs) and [x.form for x in morphs[i + 1 : i + 4]] == ["를", "들", "어"] \
                    and morphs[i + 4].start > morphs[i + 3].end:
                i += 4  # "예를 들어 …", as "예컨대"
            elif (c := _amid_this(morphs, i)) is not None:
                i = c  # "이런 가운데 휴대전화 해킹 사고도 …": amid what the sentence before told; the news is this one's
            elif after := _along_with_this(morphs, i, len(morphs)):
                # "이와 함께 5G 트래픽은 …", "이와 관련해 시는 …": "also", "on this": the sentence's news is its own
                i = after
            elif m.tag == "NP" and m.form == "이" and i + 2 < len(morphs) and morphs[i + 1].tag == "JKB" and morphs[i + 1].form == "에" \
                    and morphs[i + 1].start == m.end and morphs[i + 2].start > morphs[i + 1].end \
                    and (morphs[i + 2].tag == "SP" or _is_nominal(morphs[i + 2]) and i + 3 < len(morphs) and morphs[i + 3].tag in {"JX", "JKS"}):
                i += 2  # "이에 경찰은 …": "so", a response to what the sentence before told (not "이에 대한 …")
            elif m.tag in {"NP", "MM"} and m.form in {"이", "그"} and i + 2 < len(morphs) and morphs[i + 1].form == "때문" \
                    and morphs[i + 2].tag == "JKB" and (i + 3 >= len(morphs) or morphs[i + 3].start > morphs[i + 2].end
                                                        or morphs[i + 3].tag == "SP"):
                i += 3  # "이 때문에 …": the cause is the sentence before
                while i < len(morphs) and morphs[i].tag == "SP":
                    i += 1
            elif (
                m.tag == "NP"
                and i + 2 < len(morphs)
                and morphs[i + 1].tag == "JKB"
                and morphs[i + 2].form in {"인하", "따르", "의하"}
            ):
                # "이로 인해", "이에 따라": the lead-in refers to the previous sentence.
                i += 3
                while i < len(morphs) and morphs[i].tag in {"EC", "SP"}:
                    i += 1
            else:
                break
        return i

    @staticmethod
    def _strip_tail(morphs: list[Morph], i: int, j: int) -> int:
        """Drop the final period and a trailing citation such as ``(Reuters, 2025.1.28.)``."""
        while j > i and morphs[j - 1].tag in {"SF", "SP", "SE"}:
            j -= 1
        if j > i and morphs[j - 1].tag == "SSC":
            depth, k = 0, j - 1
            while k >= i:
                if morphs[k].tag == "SSC":
                    depth += 1
                elif morphs[k].tag == "SSO":
                    depth -= 1
                    if depth == 0:
                        break
                k -= 1
            if k > i and morphs[k - 1].tag.startswith(("E", "V", "XS")):  # citation after the predicate
                j = k
        while j > i and morphs[j - 1].tag in {"SF", "SP", "SE", "SO"}:
            j -= 1
        return act_before_saying_so(morphs, i, j)

    @staticmethod
    def _strip_quote_frame(morphs: list[Morph], i: int, j: int) -> int:
        """"…저렴하다고 한다" -> "…저렴하": cut at the quote ending when a verb of saying follows (and whoever says
        it: "…선정됐다고 출판사 클레이하우스가 11일 밝혔다")."""
        for k in range(j - 1, max(i, j - 14), -1):
            m = morphs[k]
            if m.tag in {"SSO", "SSC"} and _dated_bracket(morphs, k):
                continue  # "…선고했다고 오늘(15일) 밝혔다": the day in brackets is a date like any other
            if m.tag.startswith("ETM") or m.tag in {"SSO", "SSC"}:
                break  # (never inside a quotation: "…‘죄송하다고 사과했다’고 밝혔다")
            if _split_quote_ending(morphs, i, k):
                k, m = k - 1, morphs[k - 1]  # "늘었다고" read as "다" (EF) + "고" (JKQ): the same quote ending
            elif not (m.tag == "EC" and m.form in QUOTE_ENDINGS and k > i and is_stem_or_ep(morphs[k - 1])):
                continue
            if _reports_a_demand(morphs, k):
                break  # "…문책하라고 촉구했다": without its frame a demand would read as done
            if _forecast_said(morphs, k, j) is not None:
                break  # "…적을 것이라고 전망했다": the forecast is the speaker's ("…적을 것으로 전망", :meth:`_final_predicate`)
            if _names_something(morphs, i, k):
                break  # "이를 ‘음굴절’이라고 한다": a name given, not words said
            if _subjectless_judgement(morphs, i, k):
                break  # "농민들은 …제외되는 등 강압적 조치라고 지적한다": without its frame the speaker is the measure
            tail = morphs[k + 1 : j]
            # "…라고 했다" (VV 하) or "…라고 설명했다" (a noun of saying + XSV 하); not "…라고 요구했다": a demand keeps its frame
            # (nor "…떠넘기고 있다며 …신고에 나서기로 했다": a decision, "-기로 하다")
            has_speech = any(t.form in SPEECH_VERBS and (t.tag.startswith(("VV", "NNG")) and not (t.form == "하" and (any(
                                 r.tag == "JKO" for r in tail[:x]) or x >= 2 and tail[x - 1].form == "로" and tail[x - 2].tag == "ETN"))  # "…다며 실종 신고를 했다": an act, not a saying
                                                         or t.tag.startswith("XSV") and (t.form != "하" or x and tail[x - 1].form in SPEECH_VERBS))
                             for x, t in enumerate(tail))
            clean_tail = all(not (t.tag == "EC" and t.form not in {"어", "아"}) for t in tail[:-1])
            # the verb of saying ends the sentence: "…하다고 판단해 귀가 조치했다" reports a deed after the judgement
            z = next((x for x in range(len(tail) - 1, -1, -1) if _is_stem(tail[x]) or tail[x].tag in {"NNG", "NNP"}), None)
            if z is not None and tail[z].tag.startswith("XSV") and z:
                z -= 1  # "…라고 설명했다": the noun before "하" says what the act is
            clean_tail = clean_tail and z is not None and tail[z].form in SPEECH_VERBS
            if clean_tail and tail[z].form in CLAIM_VERBS:
                break  # "…독도가 일본 땅이라고 주장했다": without its frame a claim would read as fact
            if has_speech and clean_tail and (m.form != "고" or k > i and morphs[k - 1].tag == "EP"):
                if _medium_reports(morphs, i, k):
                    break  # "조선중앙통신은 …재발사했지만 실패했다고 밝혔다": without its frame the outlet did it
                return k
        return j

    def _strip_attribution(self, morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> int:
        """Drop "…에 따르면" / "…에 의하면" / "…자료를 보면" / "…별로 보면" / "…별로는" lead-ins (and the clause they
        belong to): who says it, or where and by what the figures are looked at (with a comma after it, a longer
        "…을 보면," frame goes when the bullet is too long: :func:`_drop_viewing_frame`)."""
        k = _by_kind_end(morphs, i, j)
        if k is not None and k + 1 < j and morphs[k].form in {"는", "ᆫ"} and morphs[k].tag == "JX":
            return k + 1  # "유형별로는 허위 보증보험 유형이 …": a way of viewing the figures, like "…별로 보면"
        for k in range(i, j - 1):
            reading = morphs[k].form == "보" and morphs[k].tag.startswith("VV") and k - 2 >= i and morphs[k - 1].tag == "JKO" \
                and (morphs[k - 2].form in SOURCE_DOCUMENTS
                     or morphs[k - 2].tag == "SSC" and any(x.form in SOURCE_DOCUMENTS for x in morphs[max(i, k - 8) : k - 2]))
            # ("‘…조사 결과’를 보면": a document; "영화 ‘반지의 제왕’을 보면" is where the thing happens, and stays)
            # "뉴스1 취재를 종합하면": what the outlet gathered, said as a source
            gathered = morphs[k].form == "종합" and morphs[k].tag == "NNG" and k + 2 < j and morphs[k + 1].form == "하" \
                and morphs[k + 1].tag == "XSV" and morphs[k + 2].form in {"면", "으면"} and k > i and morphs[k - 1].tag == "JKO"
            if gathered:
                k += 1  # "하" takes the verb's place
            # "지역별로 보면 제주도가 …": a way of viewing the figures, which the bullet's figure says by itself
            # (not "노동손실일수를 업종별로 보면 제조업이 …": the object says what the figure measures)
            viewing = morphs[k].form == "보" and morphs[k].tag.startswith("VV") and k - 2 >= i and morphs[k - 1].form == "로" \
                and morphs[k - 1].tag == "JKB" and morphs[k - 2].form == "별" and morphs[k - 2].tag == "XSN" \
                and all(x.tag in {"NNG", "NNP"} for x in morphs[i : k - 2])
            if (morphs[k].form in {"따르", "의하"} or reading or viewing) and morphs[k].tag.startswith("VV") and morphs[k + 1].form in {"면", "으면"} \
                    or gathered:
                if k > i and morphs[k - 1].tag != ("JKO" if reading else "JKB") and not gathered:
                    continue
                # back to the previous comma, the topic ("A는 … 기록에 따르면": A stays) or the sentence start; a
                # quoted title on the way is passed whole ("‘…출산·입양지원금…’에 따르면": its "·" is no comma); a comma
                # after a relative clause is inside the source's name ("공단이 발표한, 최근 5년간 … 분석 결과에 따르면")
                b, depth = k, 0
                # (what is put together is often a list: "A씨의 위치 기록과 출입 기록, 동료들의 진술 등을 종합하면", whole)
                while b > i and (depth or morphs[b - 1].form != "," and not (morphs[b - 1].tag == "JX" and morphs[b - 1].form in {"은", "는"})
                                 or morphs[b - 1].form == "," and b - 2 >= i and morphs[b - 2].tag == "ETM"
                                 or gathered and morphs[b - 1].form == "," and b - 2 >= i and _is_nominal(morphs[b - 2])):
                    depth += (morphs[b - 1].tag == "SSC") - (morphs[b - 1].tag == "SSO")
                    b -= 1
                e = k + 2
                while e < j and morphs[e].tag == "SP":
                    e += 1
                if b == i and e < j and morphs[k].form == "따르" and _acting_source(morphs, i, k - 1) and not _any_subject(morphs[e:j]):
                    # "영광군노인복지관에 따르면 4월부터 …사업을 진행하고 있다": the sentence drops its subject, the
                    # source itself, which the bullet keeps as its topic ("영광군노인복지관, 4월부터 …진행 중")
                    edits.append(_Edit(morphs[k - 1].start, morphs[e].start, ", "))
                    x = i
                    while x < k - 1 and date_part(morphs, x):
                        x += 1
                    if x > i:  # "12일 도에 따르면 …" -> "도, …": the day it was said, which would read as the day it was done
                        edits.append(_Edit(morphs[i].start, morphs[x].start))
                    return i
                if b == i:
                    return e
                edits.append(_Edit(morphs[b].start, morphs[e].start if e < j else morphs[e - 1].end))
                return i
        return i

    def _final_predicate(self, morphs: list[Morph], i: int, j: int, body: str, ahead: bool = False) -> tuple[_Edit | None, int]:
        """Turn the final predicate into headline form; returns the edit and the new end index. ``ahead``: the clause
        is cut from a sentence whose act is still to come (:func:`_ahead_with_main`)."""
        cut_ahead = ahead
        # endings after the last stem
        k = j
        while k > i and (morphs[k - 1].tag in {"EF", "EP", "EC", "SF", "SP", "JX"} or k == j and morphs[k - 1].tag == "ETM"):
            k -= 1
        if k <= i:
            return None, j
        last = morphs[k - 1]
        past = any(m.tag == "EP" and m.form in PAST_ENDINGS for m in morphs[k:j])  # told as done ("…했다")
        # (the ending is among the last few morphemes: only a date, the verb and its endings follow it)
        q = next((x for x in range(k - 1, max(i, k - 8), -1) if morphs[x].form in {"라고", "이라고"}), None)
        said = _forecast_said(morphs, q, j) if q is not None else None
        if said is not None and said > i:
            # "…영향은 적을 것이라고 전망했다" -> "…적을 것으로 전망": a forecast someone makes, in headline words
            verb = morphs[k - 2].form if last.tag.startswith("XSV") else self.kiwi.join([(last.form, last.tag), ("ᆷ", "ETN")])
            return _Edit(morphs[said].start, morphs[j - 1].end, "것으로 " + verb), said
        if last.tag == "VCP" and k - 3 >= i and morphs[k - 2].tag == "NP" and morphs[k - 2].form in {"그것", "이것"} \
                and morphs[k - 3].tag in {"JKS", "JX"} and _is_nominal(morphs[k - 4]):
            # "…고성능 전기차가 그것이다" -> "…고성능 전기차": what "그것" is, the list is
            return _Edit(morphs[k - 3].start, morphs[j - 1].end, ""), k - 3
        if (last.form, last.tag) == ("하", "VV") and k - 3 >= i and morphs[k - 2].tag == "JKB" and morphs[k - 2].form == "로" \
                and (morphs[k - 3].tag == "ETN" and morphs[k - 3].form == "기"
                     or morphs[k - 3].form == "키" and morphs[k - 4].end == morphs[k - 3].start) and past:
            # "…투입하기로 했다" -> "…투입하기로", "협력키로 했다" -> "협력키로": a headline ends on the decision
            return _Edit(morphs[k - 2].end, morphs[j - 1].end, ""), k - 1
        if (last.form, last.tag) == ("나오", "VV") and k - 4 >= i and (morphs[k - 2].tag == "JKS" or morphs[k - 2].form == "도"
                                                                       and morphs[k - 2].tag == "JX") \
                and morphs[k - 3].form in OPINION_NOUNS \
                and (morphs[k - 4].tag == "ETM" or k - 5 >= i and morphs[k - 4].tag == "NNG" and morphs[k - 5].tag == "ETM") \
                and not any(m.tag == "EP" and m.form == "겠" for m in morphs[k:j]):
            # "…아직이라는 지적이 나온다" -> "…아직이라는 지적": the noun says it is someone's view ("지적 나옴" is no headline)
            # (the noun stays the subject, as in "…지적이 나왔다": "새 제도가 …다는 지적" does not become "새 제도, …")
            # "…라는 지적도 나옵니다" -> "…라는 지적도 나옴": one view among others, voiced now ("나올 예정" would make
            # it a plan)
            if morphs[k - 2].tag == "JX":
                return _Edit(last.start, morphs[j - 1].end, "나옴"), k
            if morphs[k - 3].form in FINDING_RESULTS:
                # "…위력을 가지고 있다는 연구결과가 나왔다" -> "…연구결과 나옴": a finding is news that came out; without
                # its verb the bullet reads as a bare noun
                return _Edit(last.start, morphs[j - 1].end, "나옴"), k
            return _Edit(morphs[k - 2].start, morphs[j - 1].end, ""), k - 1
        if (last.form, last.tag) == ("가지", "VV") and past and k - 6 >= i and morphs[k - 2].tag == "JKO" and morphs[k - 3].form == "시간" \
                and morphs[k - 4].tag == "ETM" and morphs[k - 4].form == "는" and (morphs[k - 5].form, morphs[k - 5].tag) == ("하", "XSV") \
                and morphs[k - 6].tag == "NNG" and morphs[k - 6].end == morphs[k - 5].start:
            # "…의견을 수렴하는 시간을 가졌다" -> "…의견을 수렴": the time spent doing it is how prose says it was done
            return _Edit(morphs[k - 5].start, morphs[j - 1].end, ""), k - 5
        if last.form in ABLE and last.tag == "VA" and k - 5 >= i and morphs[k - 2].form == "수" and morphs[k - 2].tag == "NNB" \
                and morphs[k - 3].tag == "ETM" and morphs[k - 3].form == "ᆯ" and (morphs[k - 4].form, morphs[k - 4].tag) == ("하", "XSV") \
                and morphs[k - 5].tag == "NNG" and morphs[k - 5].end == morphs[k - 4].start and not any(m.tag == "EP" for m in morphs[k:j]):
            # "…은하계를 관측할 수 있다" -> "…은하계 관측 가능", "처벌할 수 없다" -> "처벌 불가"
            noun = morphs[k - 5]
            if k - 6 > i and morphs[k - 6].tag == "JKO" and morphs[k - 6].end < noun.start and morphs[k - 7].end == morphs[k - 6].start:
                return _Edit(morphs[k - 6].start, morphs[j - 1].end, f" {noun.form} {ABLE[last.form]}"), k - 6
            return _Edit(noun.end, morphs[j - 1].end, f" {ABLE[last.form]}"), k - 4
        if (last.form, last.tag) == ("하", "VX") and k - 3 >= i and morphs[k - 2].tag == "JX" and morphs[k - 2].form == "도" \
                and morphs[k - 3].tag == "ETN" and morphs[k - 3].form == "기" and past:
            # "…대표를 만나기도 했다" -> "…대표를 만나기도"
            return _Edit(morphs[k - 2].end, morphs[j - 1].end, ""), k - 1
        v = k - 2 if (last.form, last.tag) == ("있", "VX") and morphs[k - 2].form == "고" and morphs[k - 2].tag == "EC" else k
        if (morphs[v - 1].form, morphs[v - 1].tag) == ("보이", "VV") and v - 6 >= i and morphs[v - 2].tag == "JKO" \
                and morphs[v - 3].form in RESTATING_NOUNS | TREND_NOUNS and morphs[v - 4].tag == "ETM" and morphs[v - 4].form in {"는", "ᆫ"} \
                and morphs[v - 5].tag.startswith("XSV") and morphs[v - 5].form in {"하", "되"} and morphs[v - 6].tag == "NNG" \
                and morphs[v - 6].end == morphs[v - 5].start and len(morphs[v - 6].form) > 1 \
                and not any(m.tag == "EP" and m.form == "겠" for m in morphs[v:j]):
            # "…수익성이 개선되는 모습을 보였다" -> "…수익성이 개선": how it looks restates the change, as "…증가한 수치다"
            # does (RESTATING_NOUNS); a trend is named with it ("…다시 증가하는 추세를 보이고 있다" -> "…다시 증가 추세")
            trend = f" {morphs[v - 3].form}" if morphs[v - 3].form in TREND_NOUNS else ""
            return _Edit(morphs[v - 6].end, morphs[j - 1].end, trend), v - 5
        # "무더운 밤이 예상되겠습니다" -> "무더운 밤 예상": the noun is the forecast already ("예상될 전망" says it twice)
        if last.tag.startswith("XSV") and last.form == "되" and k - 2 >= i and morphs[k - 2].form in {"예상", "전망", "관측"} \
                and morphs[k - 2].tag == "NNG" and morphs[k - 2].end == last.start and k - 3 >= i and morphs[k - 3].tag == "JKS":
            return _Edit(morphs[k - 2].end, morphs[j - 1].end, ""), k - 1
        # "조사하겠다고 (밝혔다)" -> "조사하겠다": an intention is not stated as done.
        will = next((m for m in morphs[k:j] if m.tag == "EP" and m.form == "겠"), None)
        if will is not None and last.tag == "VA" and last.form in {"좋", "낫"} and k - 3 >= i and morphs[k - 2].tag == "JKS" \
                and morphs[k - 3].form in {"것", "거"} and morphs[k - 3].tag == "NNB":
            # "…대중교통을 이용하시는 게 좋겠습니다" -> "…게 좋음": advice, not a forecast ("좋을 전망")
            return _Edit(last.start, morphs[j - 1].end, self.kiwi.join([(last.form, last.tag), ("ᆷ", "ETN")])), k
        if will is not None and last.tag == "VA" and last.form == "좋" and k - 2 >= i and morphs[k - 2].tag == "EC" \
                and morphs[k - 2].form in {"면", "으면"}:
            # "…계기가 되면 좋겠다": a wish, kept as said; "…되면 좋을 전망" made it a forecast (read blind)
            return _Edit(will.end, morphs[j - 1].end, "다"), j
        if will is not None:
            after = morphs[morphs.index(will) + 1] if morphs.index(will) + 1 < len(morphs) else None
            if after is not None and after.tag == "EF" and _is_stem(last) and will.start == last.end \
                    and (not _fronted_object(morphs, i, k) or _measured_forecast(morphs, i, k) or _weather_subject(morphs, i, k)):
                # the writer's own "-겠다" with no object is a forecast ("구름이 많겠다" -> "구름 많을 전망"); an
                # intention is reported ("…하겠다고 밝혔다") or acts on something ("시는 예산을 늘리겠다"): its words stay
                w = k - 1
                while w > i and morphs[w - 1].end >= morphs[w].start:  # ("알려드리겠": "알리" + "어" share "려")
                    w -= 1
                noun = "".join(m.form for m in morphs[max(i, w - 3) : w - 1] if m.end <= morphs[w - 1].start)
                if last.form in STATIVE_STEMS and noun.endswith(("가능성", "우려")):
                    # "…발표될 가능성이 있겠다" -> "…발표될 가능성 있음": the noun already says it may happen
                    return _Edit(morphs[w].start, morphs[j - 1].end, self.kiwi.join([(last.form, last.tag), ("ᆷ", "ETN")])), w
                word = _full_stems(morphs[w:k]) + [("ᆯ", "ETM", False)]
                return _Edit(morphs[w].start, morphs[j - 1].end, self.kiwi.join(word) + " 전망"), w
            return _Edit(will.end, morphs[j - 1].end, "다"), j
        # "…할 것으로 보인다" -> "…할 전망"
        if (
            last.tag.startswith("VV")
            and last.form in {"보이", "예상되", "전망되", "관측되"}
            and k - 3 >= i
            and morphs[k - 3].form == "것"
            and morphs[k - 2].tag == "JKB"
            # (only what is to come: "…피해가 집중된 것으로 보인다" judges what is, "…집중된 것으로 보임")
            and not (k - 4 >= i and morphs[k - 4].tag == "ETM" and morphs[k - 4].form in {"ᆫ", "은", "는", "던"})
        ):
            if past and _then(morphs, i, k):  # "당시만 해도 …폐기될 것으로 보였다" -> "…것으로 보였음": not an outlook now
                return self._past_forecast(morphs, k - 1, k, j), k - 1
            return _Edit(morphs[k - 3].start, morphs[j - 1].end, "전망"), k - 3
        # "…될 것으로 예상된다" (analysed 예상 + 되): a forecast nobody in the sentence makes
        if (
            last.tag.startswith("XSV")
            and last.form == "되"
            and k - 4 >= i
            and morphs[k - 2].form in {"예상", "전망", "관측"}
            and morphs[k - 4].form == "것"
            and morphs[k - 3].tag == "JKB"
            # (not what was measured: "…수온이 평년보다 2도 높은 것으로 관측됐다" is a finding)
            and not (k - 5 >= i and morphs[k - 5].tag == "ETM" and morphs[k - 5].form in {"ᆫ", "은", "는", "던"})
        ):
            if past and _then(morphs, i, k):  # "당시만 해도 …폐기될 것으로 예상됐다" -> "…것으로 예상됐음"
                return self._past_forecast(morphs, k - 2, k, j), k - 2
            return _Edit(morphs[k - 4].start, morphs[j - 1].end, "전망"), k - 4
        # "…1층에 두었던 겁니다" -> "…1층에 두었음": a spoken "-던 거다" only points at the act it names
        # ("…14% 이상 감소한 겁니다" -> "…감소함", "…인정받고 있는 겁니다" -> "…인정받고 있음": the spoken "-ㄴ/-는 거다" likewise)
        # ("…발걸음이 줄어든 탓입니다" -> "…줄어듦", "…흥행을 기록한 덕이다" -> "…기록함": the cause of what the sentence
        # before told is a fact of its own; "탓", "덕" alone would explain something the bullet never says)
        # (one clause only: "…탄생했고 …기록한 덕이다" gives two causes, whose subjects the headline comma would mix up)
        # ("…5년 만에 8배로 급증했을 정도다" -> "…급증했음": the extent the sentence before told is shown by a fact,
        # which the bullet states; not what someone "would call" it, "…기적이라고 할 정도다")
        one_clause = not any(m.tag == "EC" and m.form in COORDINATING_ENDINGS for m in morphs[i : k - 3])
        cause = k - 3 > i and morphs[k - 2].tag == "NNG" and morphs[k - 2].form in CAUSE_NOUNS \
            and morphs[k - 3].form in {"ᆫ", "은", "는", "던"} and one_clause
        extent = k - 4 > i and morphs[k - 2].tag == "NNG" and morphs[k - 2].form == "정도" \
            and morphs[k - 3].form in {"ᆯ", "을"} and one_clause \
            and not (morphs[k - 4].form == "하" and morphs[k - 5].tag in {"EC", "JKQ"})
        if last.tag == "VCP" and k - 3 > i and (morphs[k - 2].tag == "NNB" and morphs[k - 2].form in {"거", "것"} or cause or extent) \
                and morphs[k - 3].tag == "ETM" and (morphs[k - 3].form == "던" or extent or (morphs[k - 2].form == "거" or cause)
                                                    and morphs[k - 3].form in {"ᆫ", "은", "는"}) and is_stem_or_ep(morphs[k - 4]):
            w = k - 4
            while w > i and morphs[w - 1].end >= morphs[w].start:  # "썼던": 쓰 and 었 share a syllable
                w -= 1
            word = [(m.form, m.tag, False) for m in morphs[w : k - 3]] + [("ᆷ", "ETN", False)]
            return _Edit(morphs[w].start, morphs[j - 1].end, self.kiwi.join(word)), w
        # "…에서 불이 났다" -> "…에서 불", "…에게 벌금형이 내려졌다" -> "…에게 벌금형": the noun is the headline's news;
        # "…추돌하는 사고가 났다" -> "…추돌하는 사고 발생" (read blind, "…사고 남" is no headline)
        if (last.form, last.tag) in {("나", "VV"), ("내려지", "VV")} and k - 3 >= i and morphs[k - 2].tag == "JKS" \
                and morphs[k - 3].end == morphs[k - 2].start and past \
                and all(m.tag in {"EP", "EF", "SF"} and m.form not in {"겠", "시"} for m in morphs[k:j]) \
                and not any(m.tag == "EC" and m.form in {"면", "으면"} for m in morphs[i:k]):
            # (only what happened: "35도가 넘으면 폭염경보가 내려진다" is a rule, not news)
            if morphs[k - 3].form in EVENT_NOUNS.get(last.form, ()):
                return _Edit(morphs[k - 3].end, morphs[j - 1].end, ""), k - 2
            if last.form == "나" and morphs[k - 3].form in OCCURRING_NOUNS:
                # (told as "…사고가 발생했다" is: "사고" stays the subject, so no earlier "차량이" is taken for it)
                return _Edit(last.start, morphs[j - 1].end, "발생"), k - 1
        # "…영상으로 담아 보내주시고 계십니다" -> "…보내줌": the honorific "-고 계시다" is "-고 있다" said of someone
        # respected (the viewers); a bullet is no one's honorific ("보내주시고 계심")
        if last.tag == "VX" and last.form == "계시" and k - 3 > i and morphs[k - 2].tag == "EC" and morphs[k - 2].form == "고" \
                and not any(m.tag == "EP" for m in morphs[k:j]):
            s = k - 4 if morphs[k - 3].tag == "EP" and morphs[k - 3].form in {"시", "으시"} else k - 3
            if s >= i and _is_stem(morphs[s]) and morphs[s].end == morphs[s + 1].start:
                stem = morphs[s]
                return _Edit(stem.start, morphs[j - 1].end, self.kiwi.join([(stem.form, stem.tag), ("ᆷ", "ETN")])), s
        # "소유하고 있다" -> "소유"; "요동치고 있다" -> "요동침"
        if last.tag == "VX" and last.form == "있" and k - 2 > i and morphs[k - 2].tag == "EC" and morphs[k - 2].form == "고":
            if k - 4 >= i and morphs[k - 3].tag == "XSV" and morphs[k - 3].form == "하" and morphs[k - 4].form in ONGOING_NOUNS \
                    and not any(m.tag == "EP" for m in morphs[k:j]):
                # "아직 협의하고 있다" -> "아직 협의 중": an activity under way ("협의" alone would read as done)
                return _Edit(morphs[k - 4].end, morphs[j - 1].end, " 중"), k - 3
            if k - 3 >= i and morphs[k - 3].tag.startswith("VV") and morphs[k - 3].form in ONGOING_VERBS \
                    and morphs[k - 3].end == morphs[k - 2].start and not any(m.tag == "EP" for m in morphs[k:j]):
                # "…방법을 만들고 있다" -> "…방법을 만드는 중", "…을 찾고 있다" -> "…을 찾는 중": "만들어", "찾음" read as done
                stem = morphs[k - 3]
                return _Edit(stem.start, morphs[j - 1].end, self.kiwi.join([(stem.form, stem.tag), ("는", "ETM")]) + " 중"), k - 3
            k -= 2
            last = morphs[k - 1]
        # "…4.9% 증가한 수치다" -> "…4.9% 증가": the noun only restates the predicate before it
        if last.tag == "VCP" and k - 3 > i and (morphs[k - 2].form in RESTATING_NOUNS or morphs[k - 2].form == "것" and morphs[k - 2].tag == "NNB"
                                                   and any(m.tag == "EF" for m in morphs[k:j]) and not _names_by_pointing(morphs, i, k)) and morphs[k - 3].tag == "ETM" \
                and morphs[k - 3].form in {"ᆫ", "은", "는"} and morphs[k - 3].end < morphs[k - 2].start and is_stem_or_ep(morphs[k - 4]):
            edit, end = self._final_predicate(morphs, i, k - 2, body)
            if edit is not None:
                return _Edit(edit.start, morphs[j - 1].end, edit.text), end
        # "…치른 팀이 됐다" -> "…치른 팀": a headline names what the subject became
        if last.tag.startswith("VV") and last.form == "되" and k - 2 > i and morphs[k - 2].tag == "JKC" \
                and _is_nominal(morphs[k - 3]) and all(m.tag in {"EP", "EF", "SF"} and m.form not in {"겠", "시"} for m in morphs[k:j]) \
                and not any(m.tag == "EC" and m.form == "게"
                            or (m.tag == "MAG" and m.form not in DEGREE_ADVERBS
                                or m.tag == "JKB" and m.form in {"으로", "로"} and x and morphs[x - 1].form in MANNER_NOUNS)
                            and not any(y.tag == "ETM" for y in morphs[x + 1 : k - 2])  # (not "가장 많이 …치른 팀")
                            for x, m in enumerate(morphs[i : k - 2], start=i)):
            # ("빠르게 …가 됐다", "정식으로 완주군민이 됐다", "새로 …가 됐다": the adverb needs the verb)
            return _Edit(morphs[k - 3].end, morphs[j - 1].end, ""), k - 2
        # copula: "스타트업이다" -> "스타트업"; a spoken "…할 거다" is written "…할 것"
        if last.tag == "VCP" and k - 3 >= i and morphs[k - 2].form == "거" and morphs[k - 2].tag == "NNB" \
                and morphs[k - 3].tag == "ETM" and morphs[k - 3].form in {"ᆯ", "을"}:
            return _Edit(morphs[k - 2].start, morphs[j - 1].end, "것"), k - 1
        if last.tag == "VCP" and k - 2 >= i and _is_nominal(morphs[k - 2]) and morphs[k - 2].end > last.start \
                and body[morphs[k - 2].start : morphs[k - 2].end] != morphs[k - 2].form:
            # "…넘는 결괍니다": the copula contracted into the noun's last syllable; the noun is written whole
            return _Edit(morphs[k - 2].start, morphs[j - 1].end, morphs[k - 2].form), k - 1
        if last.tag == "VCP":
            k -= 1
            if k > i and morphs[k - 1].form in PLAN_NOUNS and any(m.tag == "EP" and m.form in PAST_ENDINGS for m in morphs[k + 1 : j]):
                # "…상정될 예정이었다" -> "…상정될 예정이었음": a plan of the past, not one still to come
                return _Edit(morphs[k - 1].end, morphs[j - 1].end, "이었음"), k
            if k > i and past and morphs[k - 1].form in STATE_NOUNS and not _told_when(morphs, i, k):
                # "…도서관은 한 달에 한 번 …갈 수 있는 곳이었다" -> "…갈 수 있는 곳이었음": with no time said, the bare
                # noun would tell a past state as the present one
                return _Edit(morphs[k - 1].end, morphs[j - 1].end, "이었음" if final_consonant(morphs[k - 1].form[-1]) else "였음"), k
            return (_Edit(morphs[k - 1].end, morphs[j - 1].end, ""), k) if k > i else (None, j)
        # "선정(최우수성과 12건 포함)했다" -> "선정(최우수성과 12건 포함)": the parenthetical may go later
        if last.tag.startswith(("XSV", "XSA")) and last.form in {"하", "되"} and k - 1 > i and morphs[k - 2].tag == "SSC" \
                and morphs[k - 2].end == last.start:
            return _Edit(morphs[k - 2].end, morphs[j - 1].end, ""), k - 1
        # ("…제출하면 된다": what one has to do, not a scheduled act: "…제출하면 됨", not "…제출하면 될 전망")
        suffices = last.form == "되" and last.tag.startswith("VV") and k - 2 >= i and morphs[k - 2].tag == "EC" \
            and morphs[k - 2].form in {"면", "으면"}
        # (so is what follows from the decision the sentence before told, "이번 개편에 따라 …수수료율은 …내려간다": the
        # opening goes with the connectives, the act is still to come)
        ahead = _is_stem(last) and _present_action(morphs, k, j, last) \
            and (_scheduled(morphs, i, k) or _written_ahead(morphs, i, k, j) or i > 0 and _by_this_act(morphs, 0) == i) \
            and not suffices and not _habitual(morphs, i, k) \
            or cut_ahead and _is_stem(last) and (last.tag.startswith("VV") or last.tag == "XSV" and last.form == "하")
        # "발표했다" -> "발표", "저렴하다" -> "저렴", "출시됐다" -> "출시"; but "…4월 2일 사업 전략을 발표한다" is ahead:
        # "…발표" read as done ("…발표할 예정", below)
        if not (ahead and last.tag == "XSV" and _one_time_ahead(morphs, i, k)) and (
            last.tag.startswith(("XSV", "XSA"))
            # ("…를 출범시킨다고 했다" -> "…출범", as "…를 정비한다고" -> "…정비": "출범시킴" would read as done; a past
            # "출범시켰다" stays "출범시킴")
            and (last.form in {"하", "되"} or last.form == "시키" and not past)
            and k - 1 > i
            and _is_nominal(morphs[k - 2])
            # "뜻한다" -> "뜻함", not "뜻"; but "의무화된다" -> "의무화" ("-화" ends a noun of two syllables or more)
            and (len(morphs[k - 2].form) > 1 or morphs[k - 2].tag == "XSN" and k - 3 >= i and morphs[k - 3].tag == "NNG"
                 and morphs[k - 3].end == morphs[k - 2].start)
        ):
            return _Edit(morphs[k - 2].end, morphs[j - 1].end, ""), k - 1
        if last.tag.startswith("VA") and last.form.endswith("하") and len(last.form) > 2:
            # "저렴하다" analysed as one adjective stem ("심하다" -> "심함", not "심")
            noun_end = last.start + len(last.form) - 1
            if body[last.start : noun_end] == last.form[:-1]:
                return _Edit(noun_end, morphs[j - 1].end, ""), k
        if last.tag.startswith("VV") and last.form == "하" and k - 3 >= i and morphs[k - 2].tag == "JKO" \
                and morphs[k - 3].tag == "NNG" and len(morphs[k - 3].form) > 1 and morphs[k - 3].end == morphs[k - 2].start \
                and all(m.tag in {"EP", "EF", "SF"} and m.form not in {"겠", "시"} for m in morphs[k:j]):
            # "결승 득점을 했다" -> "결승 득점": the verbal noun is the predicate, "…을 함" reads as a translation
            return _Edit(morphs[k - 2].start, morphs[j - 1].end, ""), k - 2
        if ahead:
            # "…국정 브리핑에 나선다" / "…입장을 밝힙니다": a scheduled or ongoing action; "-ㅁ" would read as done
            if _dated_span(morphs, i, k):
                # "10월 28일부터 11월 1일까지 …박람회를 연다": the story's day may fall inside the span, so the event may be
                # under way; the bare act ("…박람회 개최", "…할인 행사 진행") says neither ahead nor done
                if (last.form, last.tag) == ("열", "VV") and k - 3 >= i and morphs[k - 2].tag == "JKO" \
                        and morphs[k - 3].end == morphs[k - 2].start:
                    return _Edit(morphs[k - 2].start, morphs[j - 1].end, " 개최"), k - 2
                if last.tag == "XSV" and last.form == "하" and morphs[k - 2].tag == "NNG" and morphs[k - 2].end == last.start:
                    return _Edit(last.start, morphs[j - 1].end, ""), k - 1
            w = k - 1
            while w > i and morphs[w - 1].end == morphs[w].start or (w > i and morphs[w - 1].end > morphs[w].start):
                w -= 1
            # "…나선다" reads as a sentence, not a headline: a scheduled action is "…나설 예정"; one that follows from a
            # condition is foreseen, not scheduled ("출구조사 결과대로면 …압승을 거두게 된다" -> "…거두게 될 전망")
            word = _full_stems(morphs[w:k]) + [("ᆯ", "ETM", False)]
            if last.tag == "XSV" and last.form == "되" and morphs[k - 3].tag == "JKO":
                word[-2] = ("하", "XSV", False)  # "…페스티벌을 개최된다": with its object the act is "개최할", not "개최될"
            elif last.tag == "XSV" and last.form == "되" and k - 2 >= i and morphs[k - 2].tag == "NNG" and morphs[k - 2].end == last.start \
                    and w == k - 2 and not _weather_subject(morphs, i, k) \
                    and not any(m.tag == "EC" and m.form in {"면", "으면"} for m in morphs[i:w]):
                # "…차량의 운행이 제한된다" -> "…차량의 운행 제한 예정": what is done to the subject, as a headline names it
                # ("…운행 제한될 예정" mixed the two, its subject's particle gone and the verb kept)
                return _Edit(last.start, morphs[j - 1].end, " 예정"), w
            # (not a condition inside a relative clause: "고3이 되면 치르게 될 …모의평가가 …앞당겨진다" names the exam)
            conditional = any(m.tag == "EC" and m.form in {"면", "으면"} and _condition_before(morphs, x)
                              and not _condition_in_relative(morphs, x + 1, w) for x, m in outside_quotes(morphs, i, w))
            # (the weather, or a time of day, does nothing on a schedule: "내일 아침도 쌀쌀하게 시작합니다" is a forecast)
            foreseen = conditional or _weather_subject(morphs, i, k)
            return _Edit(morphs[w].start, morphs[j - 1].end, self.kiwi.join(word) + (" 전망" if foreseen else " 예정")), w
        if _is_stem(last):
            w = k - 1
            while w > i and morphs[w - 1].end == morphs[w].start or (w > i and morphs[w - 1].end > morphs[w].start):
                w -= 1
            word = _full_stems(morphs[w:k])
            # A past state stays past ("문제가 있었다" -> "문제 있었음"), so an old problem is not read as a present one.
            # (so does what one had to do: "급하게 피해야 했다" -> "…피해야 했음", not an obligation now)
            must = last.form == "하" and last.tag.startswith("VX") and k >= 2 and morphs[k - 2].form in NEEDED_ENDINGS
            if (last.tag.startswith("VA") or last.form in STATIVE_STEMS or must) and k < j and morphs[k].tag == "EP" and morphs[k].form in PAST_ENDINGS \
                    and not (_measured_comparison(morphs, i, k - 1) and not _reported_end(morphs, j)):
                word.append((morphs[k].form, "EP", False))
            if (last.form, last.tag) == ("열", "VV") and w == k - 1 and k - 3 >= i and morphs[k - 2].tag == "JKO" \
                    and morphs[k - 3].end == morphs[k - 2].start \
                    and (_gathering(morphs[k - 3]) or morphs[k - 3].form in CLOSING_QUOTES and k - 4 >= i and _gathering(morphs[k - 4])):
                # "…준공식을 열었다" -> "…준공식 개최": "열어" reads as a clause cut off before its act (read blind); so
                # with a titled one ("'총력투쟁 결의대회'를 열었다")
                return _Edit(morphs[k - 2].start, morphs[j - 1].end, " 개최"), k - 2
            if word[-1][1].startswith(("VV", "VA")) and final_consonant(word[-1][0][-1]) == RIEUL:
                if word[-1][0] in MISREAD_RIEUL_STEMS and k < j and morphs[k].tag == "EP" and morphs[k].form in PAST_ENDINGS:
                    # "불안에 떨었다" -> "불안에 떨었음": "떨어" reads as "떨어지다" cut off
                    word += [(morphs[k].form, "EP", False), ("ᆷ", "ETN", False)]
                    return _Edit(morphs[w].start, morphs[j - 1].end, self.kiwi.join(word)), w
                # "문을 열었다" -> "문 열어", not "엶": the nominal form of a ㄹ-stem reads as a misspelling; its object
                # goes bare, as in a headline ("…인기를 끌어" reads as a clause cut off before its act: read blind)
                word.append(("어", "EC", False))
                if w - 2 >= i and morphs[w - 1].tag == "JKO" and morphs[w - 1].start == morphs[w - 2].end \
                        and _is_nominal(morphs[w - 2]) and morphs[w - 1].end < morphs[w].start:
                    return _Edit(morphs[w - 1].start, morphs[j - 1].end, " " + self.kiwi.join(word)), w
                return _Edit(morphs[w].start, morphs[j - 1].end, self.kiwi.join(word)), w
            if word[-1][0] in NOUN_READ_STEMS and word[-1][1].startswith("VV"):
                # "우럭 80만 마리가 죽었다" -> "…마리 죽어": "죽음" reads as the noun "death"
                word.append(("어", "EC", False))
                return _Edit(morphs[w].start, morphs[j - 1].end, self.kiwi.join(word)), w
            word.append(("ᆷ", "ETN", False))  # one word: no spaces
            return _Edit(morphs[w].start, morphs[j - 1].end, self.kiwi.join(word)), w
        return _Edit(morphs[k - 1].end, morphs[j - 1].end, ""), k

    def _past_forecast(self, morphs: list[Morph], w: int, k: int, j: int) -> _Edit:
        """The forecast verb ``morphs[w:k]`` of "…할 것으로 보였다/예상됐다" in the past nominal form ("보였음",
        "예상됐음"): what was expected then, since overtaken ("당시만 해도 폐기될 것으로 예상됐다"), is no outlook."""
        tense = next(m.form for m in morphs[k:j] if m.tag == "EP" and m.form in PAST_ENDINGS)
        word = _full_stems(morphs[w:k]) + [(tense, "EP", False), ("ᆷ", "ETN", False)]
        return _Edit(morphs[w].start, morphs[j - 1].end, self.kiwi.join(word))

    @staticmethod
    def _particles(morphs: list[Morph], i: int, j: int, edits: list[_Edit], body: str = "",
                   pending: list[tuple[int, _Edit]] | None = None, marks: Mapping[int, str] | None = None) -> bool:
        """Main subject particle -> comma; the final predicate's own subject/complement particle dropped.

        A main subject that comes after other material ("…표지를 국내 연구팀이 발견했다") is moved to
        the front, where the headline comma belongs ("국내 연구팀, …표지를 발견"); returns whether it was.
        ``marks``: particles already decided, by index: an institution's topic whose own people are the subject
        (:func:`_member_topic`) loses its particle, and the two read as one name ("한빛대 …학과 김 교수팀, …");
        the subject who reports a clause takes the headline comma ("크래프톤, …가 …를 돌파했다고 발표").
        """
        marks = marks or {}
        member = next((k for k, text in marks.items() if not text), None)
        pending = [] if pending is None else pending  # commas that wait on what shortening deletes
        fronted = False
        depth = 0
        subject_done = False
        keep_subject = False  # the final clause's subject keeps its particle after a topic that is not it
        for k in range(i, j):
            m = morphs[k]
            if m.tag == "SSO":
                depth += 1
            elif m.tag == "SSC":
                depth = max(0, depth - 1)
            if depth or k == i or morphs[k - 1].end != m.start:
                continue
            if m.tag in {"JX", "JKS"} and not _ends_word(morphs, k):
                continue  # "김은철 국제협력관은": Kiwi's "은" inside a name is no particle ("김, 철 …")
            if k in marks and not _listed_name(morphs, k, j):
                edits.append(_Edit(m.start, m.end, marks[k]))
                subject_done = subject_done or bool(marks[k])
                continue
            if m.tag == "JX" and _item_after_figure(morphs, i, k):
                continue  # "…강원 산지에 10~30㎝, 많은 곳은 40㎝ 이상, …": an item of a list of figures, no headline topic
            if not subject_done and m.tag == "JKS" and _first_of_pairs(morphs, k, j):
                # "경남이 1985ha, 경기 1581ha, 전남 1519ha 등의 피해를 입었다" -> "경남 1985ha, 경기 1581ha, …": the first of
                # a list of places and figures; a headline comma after it would make it the topic of them all
                edits.append(_Edit(m.start, m.end))
                subject_done = True
                continue
            if subject_done and m.tag == "JKS" and morphs[k - 1].tag in {"SW", "NNB"} and morphs[k - 2].tag == "SN" \
                    and morphs[k - 1].start == morphs[k - 2].end and (k + 1 == j or _predicate_only(morphs, k + 1, j)):
                # "투자유치 금액은 73.3%가 상승했다" -> "투자유치 금액, 73.3% 상승": after the topic, a figure's own
                # particle before its verb alone is no second subject of a headline
                edits.append(_Edit(m.start, m.end))
                continue
            if m.tag == "JKS" and morphs[k - 1].tag in {"SW", "NNB", "NR"} and k >= 2 and morphs[k - 2].tag in {"SN", "SW", "NR"} \
                    and k + 1 < j and morphs[k + 1].tag == "SP" and morphs[k + 1].form == "," and _parallel_topic(morphs, k + 1, j):
                # "…1년 전보다 840.2%가, 손보사는 …16.3% 증가": a figure's subject particle before a gapped predicate;
                # a headline lists the two figures ("…840.2%, 손보사는 …")
                edits.append(_Edit(m.start, m.end))
                continue
            if (
                m.tag in {"JKQ", "EC"}
                and m.form in QUOTATIVE_PARTICLES
                and morphs[k - 1].form in CLOSING_QUOTES
                and 0 <= j - k - 1 <= 2
                and all(r.tag in {"NNG", "XSV", "VV"} for r in morphs[k + 1 : j])  # only the verb of saying follows
                # (a verb of its own keeps the particle: "“…없었다”고 털어놓음", not "“…없었다” 털어놓음")
                and not (k + 1 < len(morphs) and morphs[k + 1].tag == "VV" and morphs[k + 1].form not in {"하", "말하", "밝히"})
            ):
                if morphs[k - 1].form in {"’", "'"} and m.form in {"라고", "이라고"}:
                    # "…를 '실시간 전투'라고 해석했다" -> "…를 '실시간 전투'로 해석": a term named, not words said
                    last = body[morphs[k - 1].start - 1] if body and morphs[k - 1].start > 0 else ""
                    edits.append(_Edit(m.start, m.end, particle_after(last, "로")))
                    continue
                if not any("," in e.text for e in edits) and any(t.tag == "JKS" and not named_clause(morphs, x + 1, k)
                                                                 for x, t in outside_quotes(morphs, i, k)):
                    continue  # "55.1%가 ‘…된다’고 답했다": a speaker that keeps its particle is no headline; nor is the quote
                edits.append(_Edit(m.start, m.end))  # "“…하라”고 촉구했다" -> "“…하라” 촉구"
                continue
            if not (_is_nominal(morphs[k - 1]) or morphs[k - 1].form in CLOSING_QUOTES or closed_noun(morphs, i, k - 1)
                    or m.tag == "JX" and morphs[k - 1].tag == "SW" and morphs[k - 1].form != "%" and k >= 2 and morphs[k - 2].tag == "SN"
                    and morphs[k - 2].end == morphs[k - 1].start):
                continue  # (a figure with its unit's symbol is a noun phrase as a topic: "필로폰 3.2㎏은"; a share, "60%가", is
                # read with its own rules)
            if _name_syllable(morphs, k, j):
                continue  # "박성은 대표가": the syllable Kiwi read as a particle is the name's last
            if not subject_done and m.tag == "JX" and m.form in {"은", "는", "ᆫ"} and morphs[k - 1].form in TIME_TOPICS | ADVERB_TOPICS \
                    and (k - 1 == i or morphs[k - 2].end < morphs[k - 1].start or _numbered_time(morphs, i, k - 1)) \
                    and not (any(x.tag == "EC" and x.form in CLAUSE_ENDINGS for x in morphs[i : k - 1])
                             and any(x.tag == "JX" and x.form in {"은", "는", "ᆫ"} for x in morphs[i : k - 1])):
                edits.append(_Edit(m.start, m.end))  # "올해는 …" -> "올해 …": a time is not what the headline is about
                continue  # (but a later clause's, "…월요일에는 …하지 않으며, 주말은 지금처럼 …", is set against the one before)
            if not subject_done and m.tag == "JX" and m.form in {"은", "는", "ᆫ"} and _contrast_topic(morphs, k + 1, j):
                subject_done = True  # "A는 자주 있지만 B는 흔치 않음": a contrast of two topics keeps both particles
                continue
            if not subject_done and m.tag == "JX" and m.form in {"은", "는", "ᆫ"} and _concession_topic(morphs, k + 1, j):
                subject_done = True  # "날씨는 추워도 …발걸음이 이어졌다": the topic is the concession's ("날씨, 추워도")
                continue
            if not subject_done and m.tag == "JX" and m.form in {"은", "는", "ᆫ"} and _reported_topic(morphs, k + 1):
                subject_done = True  # "…쓴 돈은 오히려 줄어 …라는 지적이 나온다": the topic is the reported words' ("돈, 줄어 …라는 지적")
                continue
            if not subject_done and m.tag == "JX" and m.form in {"은", "는", "ᆫ"} and _cause_state_topic(morphs, k + 1, j):
                subject_done = True  # "일할 사람은 턱없이 부족해서, …일자리를 메운다": the topic is the lack's, not who fills
                continue
            if not subject_done and m.tag == "JX" and m.form in {"은", "는", "ᆫ"} and _parallel_topic(morphs, k + 1, j):
                subject_done = True  # "영업이익은 155조원, 순이익은 119조원을 기록": a contrast keeps both particles
                continue
            if k + 1 < j and _not_only_topic(morphs, k):
                continue  # "X는 물론, Y": no topic
            if (m.tag == "JX" and m.form in {"은", "는", "ᆫ"} or m.tag == "JKS") and _after_listed_object(morphs, i, k):
                continue  # "…매출액이 4조7800억원을, 영업이익은 3888억원을, …달성": the next item of a list of figures
            if m.tag == "JX" and morphs[k - 1].form in {"가운데", "중"} and morphs[k - 1].tag in {"NNG", "NNB"} and k - 1 > i:
                continue  # "주유소 가운데는 A주유소가 …": the set the subject is picked from, not the topic
            if m.tag == "JX" and m.form in {"은", "는", "ᆫ"} and _approximate_figure_before(morphs, i, k):
                continue  # "처리 비용도 …40%가량은 더 들어": a figure set off by "은" is no topic ("40%가량, 더 들어")
            if not subject_done and (m.tag == "JX" and m.form in {"은", "는", "ᆫ"} or m.tag == "JKS"):
                subject_done = True
                rest = morphs[k + 1 : j]
                if m.tag == "JX" and _complement_topic(morphs, k + 1, j):
                    subject_done = False  # "어차피 당대표는 한동훈이라는 대세론을 입증하면서": the topic of what is called so
                    continue
                if _quantity_subject(morphs, i, k) or m.tag == "JX" and _copula_clause(morphs, k + 1, j) or _question_subject(morphs, i, k):
                    continue  # "대부분이 …", "화두는 가격인상이었던 것으로 …": no topic the comma could mark
                if _existential(rest):
                    edits.append(_Edit(m.start, m.end))  # "비가 그치는 곳이 있겠다" -> "비가 그치는 곳 있겠다"
                    continue
                if m.tag == "JX" and _topic_given_before(morphs, i, k):
                    edits.append(_Edit(m.start, m.end))  # "…박 씨도 사정 비슷", "…민민호 씨, 키우는 소 70마리"
                    continue
                if _clause_right_after(morphs, k + 1, j) or morphs[k - 1].tag == "NNB" and morphs[k - 1].form in {"것", "점"} \
                        and not (k - 2 >= i and morphs[k - 2].tag in {"SN", "NR"}) \
                        or morphs[k - 1].tag == "NNB" and k - 2 >= i and morphs[k - 2].tag == "ETM":
                    # "공사는 마무리됐으며, …" and "…주목받는 것은 …", "…하지 않을 수가 없는": a comma before a clause's
                    # verb or after a bound noun reads as a broken sentence ("않을 수, 없는"); the particle stays (not after a
                    # figure: "작품 40점이 전시됐다", pieces counted, is "작품 40점 전시")
                    subject_done = not (m.tag == "JKS" and _opens_cause_clause(morphs, i, k, j))
                    continue
                object_before = m.tag == "JKS" and _fronted_object(morphs, i, k)
                # ("4골을 전북이 넣었다": after an object of its own clause the subject goes to the front, "전북, 4골을
                # 넣음", as below)
                # ("…성과 등이 뽑혔다", "…등이 있다": a list before a verb alone keeps its particle, "…등 뽑힘" reads as
                # broken; "…등이 선정됐다" -> "…등 선정")
                after_list = m.tag == "JKS" and morphs[k - 1].form == "등" and morphs[k - 1].tag == "NNB"
                listed = after_list and (not _is_nominal(rest[0]) if rest else j < len(morphs) and _is_stem(morphs[j]))
                if _one_syllable_idiom(morphs, k):
                    continue  # ("벽에 금이 갔다" -> "벽에 금이 감", not "금 감")
                if not rest and not (object_before and not _quantity(morphs, k) and _fronted_object(morphs, i, k, same_clause=True)) and not listed \
                        or m.tag == "JKS" and _bare_predicate(rest) and (not object_before or _quantity(morphs, k)) and not listed \
                        or _predicate_only(morphs, k + 1, j) \
                        and not (object_before if m.tag == "JKS" else _fronted_argument(morphs, i, k)):
                    # "시장이 요동침" -> "시장 요동침"; "…연구소가 출범" -> "…연구소 출범": a comma before
                    # the predicate alone would read as a topic of its own
                    edits.append(_Edit(m.start, m.end))
                    continue
                if after_list and len([x for x in rest if x.tag not in {"EF", "SF", "EP", "VCP", "XSN", "XSA"}]) <= 1:
                    continue  # "요금 인하와 지원금 확대 등이 대표적": a list before a one-word predicate keeps its particle
                    # ("…확대 등, 대표적" is broken)
                if m.tag == "JKS" and _passive_right_after(morphs, k + 1, j) and k - i > 2:
                    # "…92.3%가 찬성표를 던져 파업이 가결됐다" -> "…던져 파업 가결": what a passive verb happens to
                    # stays by its verb; fronted ("파업, …던져 가결") it reads as who acted
                    edits.append(_Edit(m.start, m.end))
                    continue
                if _dies_after_all(morphs, k + 1, len(morphs)):
                    continue  # "소방 당국은 …남성을 …옮겼지만 숨졌다": who died is the man; "소방 당국, …숨짐" would say the topic
                if m.tag == "JX" and _agent_after_topic(morphs, k, j):
                    keep_subject = True  # "시의회는 예산안을 두고 여야가 대립": the topic is not who acts
                    continue
                second = any(x.tag == "JKS" for x in morphs[i:k])
                # (not who lets the later one do something: "교육부가 1~2학년 학생은 …받을 수 있도록 하기로 했다")
                if m.tag == "JKS" and ((_later_subject(morphs, k + 1, j) and not _double_nominative(morphs, k, j) or named_clause(morphs, k + 1, j))
                                       and not _made_so(morphs[k + 1 : len(morphs)])
                                       or _modifies_next(morphs, k + 1, j) or _embedded_subject(morphs, k + 1, j)
                                       or second and _double_subject_relative(morphs, k, j)
                                       or _describes_quoted_adjunct(morphs, k, j) or describes_copula_complement(morphs, k + 1, j)
                                       or _describes_when(morphs, k, j)):
                    # the subject of an embedded clause ("연구단이 제작한 일러스트는"): the main subject comes later
                    subject_done = False
                    continue
                if m.tag == "JKS" and any(_likewise_topic(morphs, x) for x in range(i + 1, k)):
                    continue  # "코스닥지수 역시 외국인이 …순매도하면서": the name before "역시" is the topic (its comma)
                if m.tag == "JKS" and _adverbial_topic_before(morphs, i, k) and not _bare_predicate(rest) \
                        and not _predicate_only(morphs, k + 1, j):
                    continue  # "첫날 행사에는 시장이 직접 …": the scene is the topic; a second one would split the sentence
                if m.tag == "JKS" and (_open_subject_before(morphs, i, k) or _reported_subject(morphs, k + 1, j)
                                       or _subordinate_subject(morphs, k + 1, j) or _after_cause_clause(morphs, i, k)):
                    # "관계자가 다음 달 시장이 …", "수위가 낮아졌다고 보고", "태풍이 북상함에 따라": not the topic; after an
                    # opening clause of cause or time ("원자재 가격이 오르자 | 한빛전자는 …") the topic is still to come
                    subject_done = not _opens_cause_clause(morphs, i, k, j)
                    continue
                if _clause_subject(morphs, k + 1, j):
                    continue  # "A는 X였고, B에는 C가 …": the topic of the first clause only
                if _gapped_subject(morphs, i, k):
                    continue  # "A가 5.9%, B가 18.8%, C가 23.4% 증가": the last of parallel subjects keeps its particle
                if m.tag == "JKS" and member is None and (_binds_first_clause(morphs, k + 1, j) or _undergoes_then_acted(morphs, k + 1, j)):
                    # "유가족이 모여 …를 개최": the subject of a first clause keeps its particle (the people an
                    # institution announces are who did what it announces)
                    continue
                if _listed_subject(morphs, i, k):
                    # "A와 B, C가 …": a comma after a list with commas would read as one more item; it goes in only if
                    # shortening deletes the list's commas ("A와 B, C 등 가전 3사는" -> "가전 3사, …": see _render)
                    pending.append((k, _Edit(m.start, m.end, ",")))
                    continue
                if _after_clause(morphs, i, k) and not (m.tag == "JX" and _topic_after_cause(morphs, i, k)):
                    continue  # "가격이 오르면서 비중이 …": after a clause with its own subject a comma would split the sentence
                if m.tag == "JX" and _topic_after_act(morphs, i, k):
                    continue  # "…기업지원과를 기업경제과로 합치고 | 일부 팀은 …업무를 조정한다": the topic is the second act's
                    # only; fronted ("일부 팀, …합치고 …조정") it would be who merged the departments
                if morphs[k - 1].tag == "NP" and morphs[k - 1].form not in SUBJECT_PRONOUNS | {"저", "나", "우리", "저희"}:
                    continue  # "군부대가 여는 페스티벌이": Kiwi's reading of "열다" + "-는" as a pronoun; no subject
                if morphs[k - 1].tag == "NP" and (k - 1 == i or morphs[k - 2].end < morphs[k - 1].start and morphs[k - 2].tag != "ETM"):
                    # "그는", "이는": pronoun subjects carry no information (a word of its own: "로제가" is no "로" + "제가";
                    # "…입국한 그는": a pronoun a clause describes holds that clause up)
                    edits.append(_Edit(morphs[k - 1].start, morphs[k + 1].start if k + 1 < j else m.end))
                    continue
                if morphs[k - 1].tag == "NP":
                    continue
                if k > i and all(date_part(morphs, x) or morphs[x].tag in {"SSO", "SSC"} for x in range(i, k)):
                    continue  # "오늘(17일)은 남부 지방의 호우가 비상": the date is the topic itself, no phrase to front
                b = k - 1
                split_name = 0  # morphs of a name Kiwi split ("박" + "종" + "후" + "-ㄴ" in "박종훈 선수가"): one word
                while not (b - 1 == i and _time_before_name(morphs, i, k)) and (b > i and morphs[b - 1].end == morphs[b].start and _is_nominal(morphs[b - 1]) or \
                        b > i and morphs[b - 1].tag in {"NNP", "NNG", "SL", "SH"} and k - b - split_name < 4
                        and not _adverbial_noun(morphs, b - 1) or \
                        b > i and (morphs[b - 1].form, morphs[b - 1].tag) == ("우리", "NP") and k - b < 4 or \
                        b > i and _name_syllable(morphs, b - 1, j)):  # ("우리 정부가": the country's own government)
                    split_name += morphs[b - 1].tag.startswith("J") or morphs[b - 1].end == morphs[b].start and split_name > 0
                    b -= 1
                if b - 1 > i and morphs[b - 1].form == "부터" and morphs[b - 1].tag == "JX" \
                        and any(x.form in {"사이", "까지"} for x in morphs[b:k]):
                    # "오후 10시부터 자정 사이가": a range of time is one phrase (fronted, "자정 사이, 오후 10시부터 …")
                    s = b - 1
                    while s > i and date_part(morphs, s - 1):
                        s -= 1
                    b = s if s < b - 1 else b
                quoted = False  # "…했다고 독일의 온라인 매체 ‘갤럭시 클럽’이 보도": a quoted name with its description
                if b == k - 1 and morphs[b].form in CLOSING_QUOTES:
                    # a title with particles inside ("‘발굴에서 전시까지’가"): the phrase is the whole quotation
                    o = next((x for x in range(k - 2, i - 1, -1) if morphs[x].tag == "SSO"), None)
                    if o is not None and o + 1 < b and not any(x.tag == "SSC" for x in morphs[o + 1 : k - 1]):
                        b = o + 1
                if morphs[k - 1].form in CLOSING_QUOTES and b > i and morphs[b - 1].tag == "SSO" and morphs[b - 1].end == morphs[b].start:
                    b -= 1
                    while b > i and k - b <= 12 and morphs[b - 1].tag in {"NNG", "NNP", "SL", "SH", "JKG"} \
                            and (morphs[b - 1].tag != "JKG" or morphs[b - 1].end < morphs[b].start):
                        b -= 1
                    while b < k and morphs[b].tag == "JKG":
                        b += 1
                    quoted = morphs[b - 1].tag in {"EC", "SP"} and morphs[b - 1].end < morphs[b].start
                owner = _owner_phrase(morphs, i, b, k)
                if owner is not None:
                    b = owner  # "‘네이처’에 사상 처음으로 | 한국 연구진 3개 팀의 논문이": the head with its owner
                timed = _event_time_end(morphs, b, k)
                if timed is not None:
                    b = timed  # "사고 직후 | 조선소는": a time told by the event it follows, then the topic
                while b < k - 1 and (date_part(morphs, b) or _date_bracket(morphs, b)) \
                        and (morphs[b].tag in {"SN", "SSO", "SSC"} or morphs[b].form in DAY_WORDS
                             or b > 0 and (date_part(morphs, b - 1) or _date_bracket(morphs, b - 1))) \
                        and any(_is_nominal(morphs[y]) and not date_part(morphs, y) for y in range(b + 1, k)):
                    # "9일 오후 | 국회는", "오늘(9일) 오후 | 국회는": the date is no part of the name (but "4일은"; and
                    # "낮 최고기온은": a time of day alone may name the thing, the day's high)
                    b += 1
                if b > i and b < k - 1 and morphs[b].form in SPAN_BACK_TIMES and morphs[b].tag in {"NNG", "NNB"} \
                        and date_part(morphs, b - 1) and morphs[b - 1].end < morphs[b].start:
                    b += 1  # "2년 전 | 평균 월세는": the span back or on in time is the date's, not the name's
                # only a whole phrase after a whole other phrase ("표지를 | 국내 연구팀이"), never part of a word
                # or of a coordination ("네이버와 카카오는"), a genitive or a relative clause
                # a sentence-initial date ("29일 연구원은 …") also goes after the subject
                # ("22일, 우원식 국회의장은 …": the writer's comma after the date goes with the fronting)
                dated = b > i and all(date_part(morphs, x) or _date_bracket(morphs, x)
                                      or morphs[x].form in SPAN_BACK_TIMES and x > i and date_part(morphs, x - 1)
                                      or x == b - 1 > i and morphs[x].tag == "SP" and morphs[x].form == ","
                                      for x in range(i, b)) and morphs[b].form not in REFERENCE_TIMES \
                    or b == i + 1 and _time_before_name(morphs, i, k)  # "지난달 동작종합사회복지관은 …"
                d = b  # "…가졌다고 26일 외신들이": a date between the phrase before and the subject
                while d - 1 > i and date_part(morphs, d - 1) and morphs[d - 1].tag != "EC":
                    d -= 1
                # (not after a clause of its own whose subject is someone else's: "…필름을 판독해보니 | 한쪽 폐가 …상실")
                after_phrase = morphs[b - 1].tag in FRONTING_BOUNDARY and not (morphs[b - 1].tag == "EC" and morphs[b - 1].form in OTHER_SUBJECT_ENDINGS) \
                    or _adverbial_noun(morphs, b - 1) and not any(x.tag in {"EC", "ETM"} for x in morphs[i : b - 1]) \
                    or dated or timed is not None or morphs[b - 1].tag == "SP" \
                    and b - 2 >= i and morphs[b - 2].tag in {"JKO", "JKB"} \
                    or d < b and (morphs[d - 1].tag == "JKQ" or morphs[d - 1].tag == "EC" and morphs[d - 1].form in QUOTE_ENDINGS) \
                    and morphs[b - 1].form == "일" and morphs[d - 1].end < morphs[d].start  # "…입장 등을, 윤 대통령이"
                # "원자재 가격이 오르자 | 한빛전자는 …": past one opening clause of cause or time with a subject of its own,
                # the topic is who the headline is about ("한빛전자, 원자재 가격이 오르자 …")
                cause = m.tag == "JX" and _subject_cause_before(morphs, i, b)
                after_phrase = after_phrase or cause
                # "그의 책이": fronted, it would point at nothing before it ("우리 정부가" points at no sentence)
                pronoun = any(x.tag == "NP" and x.form != "우리" for x in morphs[b:k])
                # (never from inside a word: "청년도약계좌는" read as "청년" + "도" + "약계좌" + "는")
                inside_word = morphs[b - 1].end == morphs[b].start and morphs[b - 1].tag.startswith("J")
                # "…위고비와 경쟁이 본격화": "X와" is the subject's own complement (competition with X), no phrase before it
                comitative = morphs[b - 1].tag == "JKB" and morphs[b - 1].form in {"와", "과"}
                # (but "국토교통부와 대륭모터스는 …": two names opening the sentence as its topic are one pair, however Kiwi
                # reads the "와"; the comma goes after both, as after "경상북도와 영천시는")
                paired = comitative and m.tag == "JX" and b - 1 > i and all(_is_nominal(x) for x in morphs[i : b - 1])
                comitative = comitative and not paired
                after_phrase = after_phrase and not paired
                # "…17만5335명에서 14만3670명으로 | 3만1665명이 줄 것으로": after a figure's from-to, a count is by how much,
                # not who the headline is about
                count = b - 2 >= i and morphs[b].tag == "SN" and all(x.tag in {"SN", "NR", "NNB"} for x in morphs[b:k]) \
                    and morphs[b - 1].form in {"으로", "로"} and morphs[b - 2].tag in {"NNB", "NR", "SN", "SW"}
                # "…영업손실을 기록해 | 적자 폭이 246% 확대": a measure given its figure did not act in the clause before
                measure = morphs[b - 1].tag == "EC" and morphs[b - 1].form in ACTING_ENDINGS and k + 1 < j \
                    and morphs[b - 2].form not in POSTPOSITION_VERBS | {"비하"} \
                    and morphs[k + 1].tag == "SN" and not date_part(morphs, k + 1)
                # "…점유율 58%를 기록하고도 | 유효슈팅은 단 1개에 그쳤다": after a concession with no subject of its own the
                # topic is not who conceded ("유효슈팅, …기록하고도 …" made the shots the ones that kept the ball)
                conceded = b > i and _conceded_without_subject(morphs, i, b)
                if conceded and m.tag == "JX":
                    continue
                if b > i and opens_with_a_share(morphs, i):
                    continue  # "대부분 준공된 지 20년이 넘은 단지로, | 변압기 용량이 …": the opening tells of the set before, not of the subject
                if body and b > i and not count and not measure and (k - b - split_name <= 4 or quoted or owner is not None) and morphs[b - 1].end <= morphs[b].start \
                        and after_phrase and not inside_word and not comitative \
                        and not any(morphs[x].tag == "SSO" and morphs[x].form not in {"‘", "'"} and not _date_bracket(morphs, x)
                                    and not _gloss_bracket(morphs, x)
                                    or morphs[x].tag == "JX" and morphs[x].form in {"은", "는"}
                                    # ("하나 남은 항생제도 효과가 제한적": a topic with "도" owns the subject after it)
                                    or morphs[x].tag == "JX" and morphs[x].form == "도" and x > i and _is_nominal(morphs[x - 1])
                                    and x + 1 == b
                                    for x in range(i, b)) \
                        and (cause or not _parallel_subject(morphs, i, b) and not _linked_clause_before(morphs, i, b)) and not pronoun:
                    edits.append(_Edit(morphs[i].start, morphs[i].start, body[morphs[b].start : morphs[k - 1].end] + ", "))
                    if morphs[b - 1].tag == "SP" and dated:
                        # "22일, 우원식 국회의장은" -> "우원식 국회의장, 22일": the date's comma goes on its own (a date
                        # dropped takes it along)
                        edits.append(_Edit(morphs[b - 1].start, morphs[b - 1].end))
                        edits.append(_Edit(morphs[b].start, m.end))
                    else:
                        edits.append(_Edit(morphs[b - 1].start if morphs[b - 1].tag == "SP" else morphs[b].start, m.end))
                    fronted = True
                elif b > i and after_phrase and pronoun and m.tag == "JKS":
                    # "…한강의 … 발표 후 18시간 만에 그의 책이 …판매됐다": fronted, the pronoun would point at nothing
                    # before it, and a comma in place would split the sentence; the subject stays by its verb
                    edits.append(_Edit(m.start, m.end))
                elif comitative and b > i:
                    pass  # "…위고비와 경쟁이 본격화될 전망": a comma in place would part the subject from its complement
                elif count and b > i:
                    pass  # "…14만3670명으로 3만1665명이 줄 것으로": the count stays with its verb
                elif any(morphs[x].form in LINKING_NOUNS and morphs[x - 1].tag == "ETM"
                         for x in range(max(b - 1, i + 1), k - 1)):  # (not the subject's own head: "…지나치는 경우가 늘어")
                    pass  # "증가세가 주춤하는 사이 하이브리드차가 많이 팔려": after a clause of when, a comma would split the sentence
                elif _list_follows(morphs, k + 1, j) or _bracketed_item_follows(morphs, k, j):
                    pass  # "키워드는 민생, 안전, 개혁": a topic comma before a list would read as one more item
                elif b - 1 > i and morphs[b - 1].tag == "SP" and morphs[b - 1].form == "," and morphs[b - 2].tag in {"SN", "SW", "NNB", "NR"} \
                        and sum(x.tag == "SSO" for x in morphs[b:k]) >= sum(x.tag == "SSC" for x in morphs[b:k]):
                    pass  # "매출 5340억원으로 23.6%, 영업이익은 811억원으로 …": a topic after a figure and a comma is the next item
                elif any(_what_it_was_comma(morphs, c) for c in range(i + 3, b)):
                    pass  # "…두 배로 늘린 것으로, 이 같은 전면 금지는 처음": after what the act was, the writer's comma stays, and
                    # a second, the headline's, would split the sentence
                elif m.tag == "JKS" and _finding_frame_after(morphs, k + 1, j):
                    pass  # "…연합이 지난달 회원 1,024명을 대상으로 조사한 결과, 응답자의 76.2%가 …": who surveyed is the
                    # frame's subject, and a headline comma would leave "…연합, 조사한 결과," (read blind, broken)
                elif _clause_before(morphs, i, k) or _linked_clause_before(morphs, i, k):
                    # "…공연을 선보이는 만큼 배우가 대규모로 출연해": mid-sentence, a comma would split it; it
                    # goes in only if shortening deletes that clause (see _render)
                    pending.append((k, _Edit(m.start, m.end, ",")))
                else:
                    edits.append(_Edit(m.start, m.end, ","))
                    lead = next((c for c in range(i + 1, b) if morphs[c].tag == "SP" and morphs[c].form == ","), None)
                    if lead is not None and (morphs[lead - 1].tag == "JKB" or morphs[lead - 1].form in SET_IN_TIMES) \
                            and not any(x.tag in {"SSO", "SSC", "SP"} for x in morphs[lead + 1 : b]):
                        # "코로나 이후, …관람객, 크게 늘어": the writer's comma after the setting would make two commas in a
                        # row, the second of them the headline's
                        edits.append(_Edit(morphs[lead].start, morphs[lead].end))
                    if (c := _comma_after_lead(morphs, k + 1, j)) is not None:
                        # "여성은 결국, 경찰에" -> "여성, 결국 경찰에", "SK하이닉스가 올해 3분기, …" -> "SK하이닉스, 올해
                        # 3분기 …": the writer's comma would make two commas in a row, the first of them the headline's
                        edits.append(_Edit(morphs[c].start, morphs[c].end))
                    # "여야, 강원, 경기, 서울에 …" reads as one list: after the headline comma, a list's items are dotted
                    edits.extend(_Edit(morphs[c].start, morphs[c + 1].start, "·") for c in _list_commas(morphs, k + 1, j))
                continue
            if m.tag in {"JKS", "JKC"} and not (keep_subject and m.tag == "JKS") and morphs[k - 1].form not in TIME_TOPICS \
                    and not (m.tag == "JKC" and k + 1 < len(morphs) and morphs[k + 1].form == "되" and morphs[k + 1].tag.startswith("VV")):
                # ("…방문한 것은 이번이 처음": a time as the subject of "처음" keeps its particle; what a thing becomes keeps
                # its own, "진료 공백이 현실이 되고 있다" -> "…현실이 됨", not "현실 됨")
                rest = morphs[k + 1 : j]
                if rest and _is_stem(rest[-1]):  # the final predicate itself
                    rest = rest[:-1]
                # (a list of figures left with no verb, its finding frame gone: "…매출이 18조4,300억원, 영업이익이
                # 1조2,870억원" -> "…매출 18조4,300억원, 영업이익 1조2,870억원"; read blind, "no predicate")
                before = next((x for x in range(k - 1, i, -1) if morphs[x].tag == "JKS" and _is_nominal(morphs[x - 1])), None)
                listed = _figures_listed(rest) or before is not None and _figures_listed(morphs[before + 1 : k + 1 + len(rest)])
                if listed and (comma := next((x for x in range(k + 1, j) if morphs[x].tag == "SP" and morphs[x].form == ","), None)) is not None:
                    # (the figures a headline lists are dotted: "매출 18조4,300억원·영업이익 1조2,870억원")
                    edits.append(_Edit(morphs[comma].start, morphs[comma + 1].start, "·"))
                if listed or (all(r.tag in NOMINAL_TAGS or r.tag in {"SO", "MM", "MAG", "JKB", "JKG"} for r in rest) or _figure_described(rest)) \
                        and not _needs_particle(morphs, k) and not _gapped_subject(morphs, i, k) \
                        and not (rest and rest[-1].form in RANKING_NOUNS) and not _noun_with_case_next(morphs, k, j):
                    # ("…선언한 것은 조 의원이 처음": without "이" the first one reads as a name run into "처음")
                    edits.append(_Edit(m.start, m.end))
        return fronted

    @staticmethod
    def _subject_head(morphs: list[Morph], i: int, j: int, keep: frozenset[str] = frozenset()) -> int:
        """"미국의 … 기업인 Scale AI의 CEO인 Alexandr Wang은" -> "Alexandr Wang은": new start index. What comes before
        the subject stays when it says two of ``keep``'s words (the headline's: "서울 강남구의 한 대형 산후조리원에서
        …집단 감염이" under "서울 강남 대형 산후조리원서 …집단 감염")."""
        tail = [m for m in morphs[max(i, len(morphs) - 6) :] if m.tag not in {"SF", "EF", "EP"}]
        if len(tail) >= 2 and tail[-1].tag == "VCP" and tail[-2].form == "등" and tail[-2].tag == "NNB":
            return i  # "…1천만 명을 넘은 한국 영화는 ‘명량’, ‘괴물’ … 등이다": the clause says what the list is a list of
        own_subject = False
        for k in range(i + 1, j):
            m = morphs[k]
            if m.tag in {"EC", "EF"}:
                return i  # a clause ends before any subject: nothing to reduce
            if m.tag == "JKS" and _relative_subject(morphs, k, j):
                own_subject = True
                continue  # "정진 감독이 이끄는 | 한국 대표팀은": the subject of the clause that describes the head
            if (m.tag == "JX" and m.form in {"은", "는", "ᆫ"} or m.tag == "JKS") and (
                _is_nominal(morphs[k - 1]) or morphs[k - 1].form in CLOSING_QUOTES or closed_noun(morphs, i, k - 1)
            ):  # ("교수팀(송인애 교수, …)이": the subject with its gloss)
                b = k - 1
                while b > i and (_is_nominal(morphs[b - 1]) or morphs[b - 1].tag in {"SO", "JKG", "SSO", "SSC", "JC", "SP", "XPN"}
                                 or morphs[b - 1].form in WORD_JOINING_SIGNS):  # ("SK C&C의"; "…재판부 제1형사부": a prefix)
                    b -= 1
                if b - 2 >= i and morphs[b - 1].tag == "MM" and morphs[b - 2].tag == "NNP":
                    # "(더불어민주당) 공재광 전 평택시장": "전" (former) and the name before it belong to the head; the
                    # party before the name may go
                    b -= 2
                    while b > i and morphs[b - 1].end >= morphs[b].start:
                        b -= 1
                if b > i and morphs[b - 1].tag == "MM":
                    return i  # "작년 한 해 동안 세종 주민 …이": the determiner's noun would open the head without it
                if b > i and morphs[b - 1].tag == "MAG" and morphs[b - 1].form in ALREADY_ADVERBS:
                    return i  # "대구와 김해공항에서 이미 후쿠오카 노선이 …뜨고 있어": where it is so already is what the
                    # sentence tells, no description of the subject (without it, the new route flew ten times a day)
                if b > i and morphs[b - 1].tag == "JX" and morphs[b - 1].form in {"도", "은", "는", "ᆫ"} and b - 2 >= i \
                        and _is_nominal(morphs[b - 2]):
                    return i  # "전셋값도 서울이 0.12% 오르며 …": what the subject's figure is of is the topic before it
                if b > i and morphs[b - 1].tag == "JKB" and morphs[b - 1].form in {"와", "과"} and morphs[b - 1].start == morphs[b - 2].end:
                    return i  # "‘다이내믹 아몰레드 2X’와 유기발광다이오드 등이": the head is the list's last item only
                if b - 2 >= i and morphs[b - 1].tag == "ETM" and morphs[b - 2].tag == "VA" and morphs[b - 2].form in {"같", "다르"}:
                    return i  # "같은 기간 서울 …이": "같은" picks out the period as a determiner does ("기간 서울 …")
                while b < k and (morphs[b].tag in {"SSC", "SP", "JKG", "JC", "SO"}
                                 or b > i and morphs[b - 1].tag == "ETM" and (morphs[b].form in LINKING_NOUNS or morphs[b].tag == "NNB")):
                    b += 1  # a head never starts with a closing bracket or a particle ("…(7.4%) 등은"), nor with the
                    # noun that closes a clause before it ("…종합했을 때 | 삼성전자의 … 판매치는", "…초대하는 등 | 북한이")
                head = morphs[b:k]
                if not head or all(h.tag == "NNB" for h in head):
                    return i
                if any(h.tag == "SP" for h in head):
                    return i  # "A와 B, C가": a list may start before what looks like its head ("지난 여름, A가")
                if len(head) == 1 and (head[0].tag == "NNB" or len(head[0].form) == 1):
                    return i  # "흥미로운 점은" -> "점": a bare generic noun says nothing
                if not any(h.tag in {"NNP", "SL", "SH"} for h in head):
                    return i  # "가장 실패한 정부는" -> "정부": the modifier is what picks the thing out
                while b > i and morphs[b - 1].end >= morphs[b].start and (morphs[b - 1].tag not in {"SSC", "SP", "SW"}
                                                                          or morphs[b - 1].tag == "SW" and b - 2 >= i and morphs[b - 2].tag == "SN"
                                                                          and morphs[b - 2].end == morphs[b - 1].start):
                    b -= 1  # "시민언론더탐사(더탐사) 기자": a head never starts inside a word (nor after a figure's unit:
                    # "17만4,000㎥급 LNG 운반선의 …", not "급 LNG 운반선의 …")
                if any(m.tag == "JC" and m.form in {"와", "과"} for m in morphs[i:b]) and morphs[b - 1].tag == "ETM":
                    return i  # "A 단장과 어제 방문한 B 보좌관이 합의": A is a co-actor, not part of B's description
                if any(m.tag == "JKB" and x + 1 < b and morphs[x + 1].tag == "JX" for x, m in enumerate(morphs[i:b], start=i)):
                    return i  # "소설 부문 은상에는 A 작가의 ‘…’이": the scene says what the subject won, no description
                if b - 2 >= i and (morphs[b - 1].form, morphs[b - 1].tag) == ("에서", "JKB") \
                        and (morphs[b - 2].tag == "SSC" and morphs[b - 2].form in CLOSING_QUOTES or morphs[b - 2].form in GAME_NOUNS | ROUND_NOUNS):
                    return i  # "…열린 '제15회 전주 한옥마라톤'에서 케냐의 피터 키프로노가 …우승했다": the event is what was
                    # won, no description of the winner (the block never named the race)
                if own_subject and any(x.tag == "EC" and x.form in REPORTED_ENDINGS for x in morphs[k + 1 : j]):
                    return i  # "북한이 어제 발사한 ICBM이 …라고 밝혔다": the subject is the reported clause's; who
                    # launched it is who speaks, and goes with the description
                if any(morphs[x].tag == "ETM" and morphs[x - 2 if morphs[x - 1].tag.startswith("XSV") else x - 1].form in FORECAST_SAYINGS
                       for x in range(i + 2, b)):
                    return i  # "…기관 3곳 이상이 예상한 | 제주항공의 지난해 실적은 …": someone's estimate; without the
                    # clause the figures read as the results
                if _says_headline(morphs[i:b], keep):
                    return i  # where it happened, as the headline says it
                if morphs[b - 1].tag == "ETM" and _private_named(morphs, b, k) and direct_quotation(morphs[k:j]):
                    return i  # "사내 협력사 노동자 대표로 회견에 나온 배진호(47) 씨": what describes a private person is who
                    # they are (read blind, "배진호 씨, “…”": a speaker never identified)
                return b
        return i

    @staticmethod
    def _drop_parentheticals(morphs: list[Morph], i: int, j: int, edits: list[_Edit], keep: frozenset[str] = frozenset()) -> None:
        """Drop asides in brackets; an abbreviation the headline uses (``keep``: its words) replaces the words it
        abbreviates instead ("호흡기세포융합바이러스(RSV) 집단 감염" -> "RSV 집단 감염" under "…RSV 집단 감염…")."""
        k = i
        while k < j:
            if morphs[k].tag == "SSO" and morphs[k].form in {"(", "["}:
                e = _closing(morphs, k, j)  # (a bracket inside it, "…노인(소득 빈곤 노인)의 수가 …", goes with it)
                word = k
                while word > i and morphs[word - 1].end == morphs[word].start and _is_nominal(morphs[word - 1]):
                    word -= 1  # the one word the abbreviation stands for, right before the bracket
                if e == k + 2 and morphs[k + 1].tag == "SL" and content_key(morphs[k + 1]) in keep and word < k \
                        and (word == i or morphs[word - 1].end < morphs[word].start) \
                        and morphs[k].start - morphs[word].start >= 4 and all(HANGUL.match(c) for m in morphs[word:k] for c in m.form):
                    edits.append(_Edit(morphs[word].start, morphs[k + 1].start))
                    edits.append(_Edit(morphs[e].start, morphs[e].end))
                    if e + 1 < j and morphs[e + 1].tag.startswith("J") and morphs[e + 1].start == morphs[e].end:
                        # "생성형 인공지능(AI)을" -> "생성형 AI를": the particle agrees with how the letters are read
                        edits.append(_Edit(morphs[e + 1].start, morphs[e + 1].end, particle_after(morphs[k + 1].form, morphs[e + 1].form)))
                elif any(x.form in SCOPE_WORDS for x in morphs[k + 1 : e]):
                    pass  # "‘빌보드 글로벌(미국 제외)’", "수출(반도체 제외)": what is left out of the count, not an aside
                elif e < j and k > i and is_score(morphs[k + 1 : e]):
                    pass  # "역전승(10대9)": the score is the result, not an aside
                elif e < j and k > i and _labelled_twice(morphs, i, j, k):
                    pass  # "산업용(갑)은 동결하고 산업용(을)은 인상": the labels tell the two apart
                elif e + 1 < j and k > i and date_part(morphs, k - 1) \
                        and any(morphs[x].tag == "SN" and not date_part(morphs, x) for x in range(k + 1, e)) \
                        and morphs[e + 1].form in {"으로", "로"} and morphs[e + 1].start == morphs[e].end:
                    # "2018년(0.98명)으로 처음 1명대가 깨졌다": the value of that year is what it became (but "24일(778억원)을
                    # 제외하고" only tells that day's amount, an aside)
                    pass
                elif e < j and k > i:
                    b = k
                    if morphs[k - 1].tag == "SP" and morphs[k - 1].form == "," and e + 1 < j and morphs[e + 1].tag == "SSC" \
                            and morphs[e + 1].start == morphs[e].end:
                        b = k - 1  # "‘눈다래끼, (H00)’": the comma before the code goes with it
                    edits.append(_bracket_dropped(morphs, b, e))
                k = e + 1
            else:
                k += 1

    @staticmethod
    def _drop_places(morphs: list[Morph], i: int, j: int, edits: list[_Edit], keep: frozenset[str] = frozenset()) -> None:
        """Drop where it happened ("삼성동 그랜드호텔에서", "서울 중구의 한 회의장에서") when nothing else
        shortens the bullet enough: the phrase back to the previous particle or ending, without numbers
        or quotations, and never the last phrase before the predicate; never one that says two of ``keep``'s words
        (the headline's: "서울 강남구의 한 대형 산후조리원에서" under "서울 강남 대형 산후조리원서 …")."""
        # places set against another as a topic ("…에서는"): none of them goes
        contrasted = {y for y in range(i, j - 1) if morphs[y].form == "에서" and morphs[y].tag == "JKB"
                      and morphs[y + 1].tag == "JX" and morphs[y + 1].form in {"는", "ᆫ"} and morphs[y + 1].start == morphs[y].end}
        events: set[int] = set()  # the "…에서" of an event named after where it was held
        depth = 0
        for k in range(i, j - 1):
            m = morphs[k]
            depth += m.tag == "SSO"
            depth -= m.tag == "SSC" and depth > 0
            if depth or m.tag != "JKB" or m.form != "에서" or morphs[k + 1].start <= m.end or k in events:
                continue  # "에서도", "에선" ("오프라인 부분에선"): a scope the statement holds in, not where it happened
            if k > i and morphs[k - 1].form in AGENT_SIDES:
                continue  # "중국 측에서 …조율을 원했다": a party that acts, not a place
            if k > i and (date_part(morphs, k - 1) or morphs[k - 1].form == "년" and k > i + 1 and morphs[k - 2].tag == "SN"):
                continue  # "운영 기간이 2043년에서 2048년으로 …": a time a change starts from, not a place
            b = k
            while b > i and not (morphs[b - 1].tag in PHRASE_ENDS and morphs[b - 1].end < morphs[b].start):
                b -= 1
            while b < k and (date_part(morphs, b) or morphs[b].tag == "SSO" and morphs[b].form == "(" and b > i and date_part(morphs, b - 1)):
                # "30일 오후 서울 강남구 코엑스에서", "5일(한국시간) 오후 프랑스 파리 …에서": the date, with its gloss, is a
                # phrase of its own (it goes at level 2)
                b = _closing(morphs, b, k) + 1 if morphs[b].tag == "SSO" else b + 1
            while b < k and morphs[b].start == morphs[b - 1].end and b > i:
                b += 1
            if b < k and morphs[b].tag == "MAG" and morphs[b].form in KEPT_ADVERBS:
                b += 1  # "개막과 함께 | 계룡시 일원에서": the adverb is the phrase's before it ("개막과 함께" stays)
            # "…알막툼 스타디움(UAE)에서", "…골프클럽(파71·6천475야드)에서 열린": a gloss already gone (level 1) is no
            # part of the phrase left
            kept = [y for y in range(b, k + 1) if not any(e.start <= morphs[y].start and morphs[y].end <= e.end and not e.text for e in edits)]
            phrase = [morphs[y] for y in kept]
            clause_end = next((y for y in range(k + 1, j) if morphs[y].tag in {"EF", "ETM"}
                               or morphs[y].tag == "EC" and not _postposition_verb(morphs, y)), j)
            # "…마을 회관과 …마을 회관에서 주민설명회를 개최": where an event was held, however many places, is its venue
            held_at = any(x.form in HOLDING_VERBS | EVENT_VERBS for x in morphs[max(k + 1, clause_end - 3) : min(clause_end + 1, len(morphs))])
            dropped = b > i and any(e.start <= morphs[b - 1].start < e.end for e in edits)  # "29일 개최된" already gone
            if b > i and morphs[b - 1].tag == "ETM" and not dropped or any(x.tag == "ETM" for x in phrase):
                continue  # "개최된 심의회에서": the clause before it would lose its noun
            if len(phrase) > (16 if held_at else 12) or any(x.tag in {"SSO", "SSC", "EC", "EF", "NR"} or x.tag == "SN" and not _floor_number(morphs, y)
                                       for y, x in zip(kept, phrase)):
                continue  # (a floor or room number, "3층 대회의실", is part of the place)
            if b > i and morphs[b - 1].tag in {"SP", "JC"}:
                continue  # "대학과 산업계, 공공연구기관에서 일하는": the last item of a list of places
            if any(x.tag == "MM" and x.form in COUNTING_DETERMINERS for x in phrase):
                continue  # "두 지역에서 충북으로 이사한 주민": counted places are a fact of the statement
            if not held_at and any(x.tag == "JC" and not any(y.tag == "JKG" for y in phrase[n:]) for n, x in enumerate(phrase)):
                continue  # "알리와 테무에서 판매 중인 제품": which places, named together, is a fact of the statement, no venue
            if any(x.form in GAME_NOUNS | ROUND_NOUNS for x in phrase):
                continue  # "…대회 여자 단식 결승전에서": a game or a round is what was won, not where
            if _says_headline(phrase, keep):
                continue  # the headline names where it happened: the place is part of the news
            if any(x.form in TRIAL_STAGES for x in phrase):
                continue  # "1심에서 징역형이 내려졌지만 …대법원 최종 판결은 무죄": which trial ruled is the point, no place
            if len(phrase) == 2 and phrase[0].form in OPEN_AIR_PLACES:
                continue  # "거리에서 배식을 이어감": out in the street is how it is done now, no venue to spare
            if _place_pair_follows(morphs, k, j):
                continue  # "아프간에서 90여 명, 파키스탄에서 340여 명이 숨졌고": places paired with their counts
            if b > i + 1 and morphs[b - 1].tag == "EC" and morphs[b - 2].tag == "VCN":
                continue  # "하락이 아니라 상승 국면에서": the second half of a contrast is its point
            if contrasted - {k}:
                continue  # "중국 시장에서 인기가 둔화했지만, 미국 시장에서는 …": two places set against each other
            if any(x.form in FIRST_TIME_WORDS for x in morphs[k + 1 : min(k + 3, j)]) or _first_case_after(morphs, k, j):
                continue  # "국내에서 처음 공개되는": where it is a first is the claim's scope (without it, a world first)
            nxt = morphs[k + 1]
            held = _event_relative(morphs, k + 1, j)
            if held is not None:  # "서울 코엑스에서 열린 박람회에서": the event is named without where it was held
                # (but when it was held stays with its verb: "지난 16일부터 25일까지 | 한산면 …일원에서 | 열린 축제의 …"
                # -> "…25일까지 열린 축제의 …"; read blind, the dates were left dangling)
                dated = b > i and morphs[b - 1].tag == "JX" and morphs[b - 1].form in {"까지", "부터"}  # (a range: it stays)
                _add_covering(edits, _Edit(morphs[b].start, morphs[k + 1].start if dated else morphs[held].start))
                # (and the event stays: "…박람회에서 금상을 받음" says what was won)
                events.update(y for y in range(held, j) if morphs[y].form == "에서" and morphs[y].tag == "JKB")
                continue
            if _is_stem(nxt) or nxt.tag in {"NNG", "XR"} and k + 2 < j and morphs[k + 2].tag.startswith(("XSV", "XSA")) \
                    and morphs[k + 2].start == nxt.end:
                continue  # "연구실에서 생활하면서": the place is all the verb right after it says
            if not any(_is_stem(x) or x.tag in {"NNG", "NNP"} for x in morphs[k + 1 : j - 1]) \
                    and not (held_at and _object_before(morphs, i, b, edits)):
                continue  # the place is all that is left before the predicate ("…전시 ‘…’를 | 상설전시관에서 개최":
                # an event's venue goes when what was held is said)
            reach = next((y for y in range(k + 1, j) if morphs[y].tag == "EF" or morphs[y].tag == "EC" and morphs[y].form not in {"아", "어", "여"}), j)
            if any(x.form in OCCURRING_NOUNS or x.form.endswith("사고") and x.tag == "NNG" for x in morphs[k + 1 : clause_end]) \
                    or any(x.form in SIGHTING_NOUNS for x in morphs[k + 1 : reach]):
                continue  # "…서울문산고속도로에서 43중 추돌사고가 발생해": where an accident happened is its news (so is
                # where something was seen or found: "…반야봉 일대 탐방로에서 반달가슴곰이 잇따라 목격되면서")
            if any(x.form in RANKING_WORDS or x.form == "째" and x.tag == "XSN" for x in morphs[k + 1 : min(k + 5, clause_end)]):
                continue  # "부산대에 이어 영남권에서 두 번째로 큰 국립대": the ranking's scope (without it, the whole country's)
            _add_covering(edits, _Edit(morphs[b].start, morphs[k + 1].start))

    @staticmethod
    def _drop_dates(morphs: list[Morph], i: int, j: int, edits: list[_Edit], full: bool = False) -> None:
        """Drop free-standing dates and times ("지난 9일", "3일 오전 10시 30분", "이날"): a headline states what
        happened; "4월 6일부터" (a range) and a bare year ("2024년 …") are facts of the statement and stay.
        With ``full`` (a bullet still too long) a whole day's date with its year ("지난 2020년 3월 16일") goes
        too, unless the sentence refers back to its year ("같은 해", "이듬해")."""
        if full and _refers_to_year(morphs, i, j):
            full = False
        if _cited_deed(morphs):
            return  # "…지난 2015년 4월 …6척을 수주한 바 있다": an earlier deed cited is told apart by its date
        depth, k = 0, i
        while k < j:
            m = morphs[k]
            depth += m.tag == "SSO"
            depth -= m.tag == "SSC" and depth > 0
            if depth or not _starts_date(morphs, k):
                k += 1
                continue
            e = k
            while e < j and date_part(morphs, e):
                e += 1
            if _duration(morphs, k, e):
                k = e
                continue
            if k >= 1 and morphs[k - 1].form in {"달", "해", "주"} and morphs[k - 1].tag == "NNG":
                k = e  # "같은 달 29일": without its day, "같은 달" would stand for nothing
                continue
            if k > i and date_part(morphs, k - 1) and morphs[k - 1].tag != "SN":
                k = e  # "11월 23일∼12월 | 6일": the day of a date that started before it (a range's end, which stays)
                continue
            if _cleft_time(morphs, k):
                k = e  # "사고를 낸 건 어젯밤 10시쯤": the time is what the sentence tells of the deed
                continue
            if k > i and (morphs[k - 1].form in RECURRING_TIMES or morphs[k - 1].form.endswith("요일") and morphs[k - 1].tag == "NNG"):
                k = e  # "평일 오후 10시에 문을 닫는데": the hour of a schedule is what it says (without it, "평일 문을 닫는데")
                continue
            if k >= 2 and morphs[k - 1].form == "박" and morphs[k - 2].tag == "SN":
                k = e  # "1박 4일": nights and days, one length of stay
                continue
            if k >= 2 and morphs[k - 1].tag == "EC" and morphs[k - 1].form == "면" and morphs[k - 2].form in {"이르", "빠르", "늦"}:
                k = e  # "이르면 27일": the earliest day is the news, "이르면" alone means nothing
                continue
            if _day_to_come(morphs, k, j) and not _past_predicate(morphs, e, j) \
                    and (not full or not any(x.form in MODALITY_WORDS for x in morphs[e:j])):
                k = e  # "오는 16일 …을 연다": a day to come makes the present tense a plan; without it, a deed (a
                continue  # sentence that says "계획", "예정" after it is a plan without it, and its day goes only when
                # nothing else shortens the bullet enough: the day of an event to come is what a reader plans by;
                # "건전한 사회분위기 조성을 …하는 ‘…대회’가 오는 20일 열린다" says no "분위기" of the plan)
            e = _as_of(morphs, _about(morphs, e, j), j)
            if _happened_when(morphs, e, j):
                k = e  # "해당 사고는 7일 오전 2시 40분경 발생했으며": when it happened is all the verb says
                continue
            has_day = any(morphs[x].form in DATE_UNITS or morphs[x].form in DAY_WORDS for x in range(k, e))
            if e < j and morphs[e].tag == "JKB" and morphs[e].form == "에":
                e += 1
                if e < j and morphs[e].tag == "JX" and morphs[e].form in {"는", "ᆫ"} and morphs[e].start == morphs[e - 1].end \
                        and not any(morphs[y].form == "에" and morphs[y + 1].form in {"는", "ᆫ"} and date_part(morphs, y - 1)
                                    for y in range(e + 1, j - 1)):
                    e += 1  # "오전 5시 50분쯤에는 …": the time set against another goes whole (not one of a schedule's:
                    # "16일에는 4·9, 17일에는 0·5")
            elif e < j and morphs[e].tag == "SSO" and morphs[e].form == "(" and morphs[e].start == morphs[e - 1].end:
                c = _closing(morphs, e, j)  # "10시 21분(현지시간 14시 21분)에": the gloss and the particle go with it
                if c + 1 < j and morphs[c + 1].tag == "JKB" and morphs[c + 1].form == "에" and morphs[c + 1].start == morphs[c].end:
                    e = c + 2
                elif c + 1 < j and morphs[c + 1].start > morphs[c].end and date_part(morphs, c + 1):
                    e = _date_end(morphs, c + 1, j)  # "5일(한국시간) 오후 …": the time of day after the gloss is the same date's
                elif c + 1 < j and morphs[c + 1].tag.startswith("J") and morphs[c + 1].start == morphs[c].end:
                    k = c + 1  # "오늘(9일)부터": the range's start, a fact of the statement, stays
                    continue
            boundary = e >= j or morphs[e].start > morphs[e - 1].end or morphs[e].tag == "SP" \
                or morphs[e].tag == "SSO" and morphs[e].form == "("  # "30일(현지시간)": the bracket goes at level 1
            coordinated = k > i and morphs[k - 1].tag in {"JC", "SP", "ETM"} or e < j and morphs[e].form in DURATION_WORDS
            # "오전 9시~오후 5시": the end of a span written with a tilde goes with its start, which stays
            before = k - 1
            while before > i and _time_of_day(morphs, before) and morphs[before].tag != "SN":
                before -= 1
            coordinated = coordinated or before >= i and before < k and morphs[before].tag == "SO" and morphs[before].form in {"~", "∼", "-", "–"}
            # "7월 27일부터 8월 2일 사이": the range's end (after "부터", or before "사이") goes with its start, which stays
            coordinated = coordinated or k > i and morphs[k - 1].form == "부터" and morphs[k - 1].tag == "JX" \
                or e < j and morphs[e].form == "사이" and morphs[e].tag == "NNG"
            # "개통 당일 오전 6시50분 홍성역에서": the day of an event the noun before names; without it "개통 홍성역에서"
            coordinated = coordinated or morphs[k].form == "당일" and k > i and morphs[k - 1].tag in {"NNG", "NNP"}
            # ("일제강점기였던 1927년 10월 15일 …": a date a relative clause describes is that clause's head)
            year = any(morphs[x].form == "년" for x in range(k, e))
            day = any(morphs[x].form == "일" for x in range(k, e))
            coordinated = coordinated or year and not (full and day)  # a year is a fact ("같은 해" may need it)
            # "발사 13분 뒤부터", "개통 3일 만에": a span measured from an event; without its number it says nothing
            measured = e < j and morphs[e].form in RELATIVE_TIME_NOUNS and morphs[e].tag in {"NNG", "NNB"}
            coordinated = coordinated or measured
            # "5월 2일을 시작으로 3일, 4일 연속해서", "…을 시작으로 27일 남면, 28일 북면": a date of a schedule, with
            # another date after the comma that follows it, is one of the list's items (without it, "…시작으로 4일 연속해서")
            coordinated = coordinated or _schedule_item(morphs, e, j)
            # "고려대 등은 오후5시, 서울대 등은 오후6시", "첫차가 오전 5시반, 막차가 오후 10시에 출발": a time paired with
            # a topic or subject in a list is what the sentence tells, the first pair's (before the comma) and the later
            # ones' (after a first pair)
            coordinated = coordinated or _paired_time(morphs, i, k, e, j)
            # "이달 1일 자로": the day of a month word, or a date "as of" (자), goes whole or not at all
            coordinated = coordinated or k > i and morphs[k - 1].form in {"이달", "지난달", "다음달", "내달", "이번달"} \
                or e < j and morphs[e].form == "자" and morphs[e].tag in {"NNB", "NNG"}
            # "…산불을 22일 오전 10시 30분에 주불을 진화": a time between two objects keeps them apart ("산불을 주불을")
            coordinated = coordinated or k > i and morphs[k - 1].tag == "JKO" \
                and any(x.tag == "JKO" for x in itertools.takewhile(lambda x: not _is_stem(x), morphs[e : min(j, e + 6)]))
            # "21일 발생, 현재 진화율 30%인 …": the day of an act named by its noun before a comma (a clause of its own);
            # without it, "발생," opens the bullet alone
            coordinated = coordinated or e + 1 < j and morphs[e].tag == "NNG" and morphs[e + 1].tag == "SP" \
                and morphs[e + 1].form == "," and morphs[e + 1].start == morphs[e].end
            if has_day and boundary and e < j and morphs[e].tag not in {"JX", "JKG", "XSN"} and not coordinated:
                stop = morphs[e].start if morphs[e].tag != "SP" else morphs[e].end
                r = e  # ("2일(현지 시각) 열린 유엔 총회에서": the gloss between the date and its relative clause)
                if morphs[e].tag == "SSO" and morphs[e].form == "(":
                    c = _closing(morphs, e, j)
                    r = c + 1 if c + 1 < j and morphs[c + 1].start > morphs[c].end else e
                w = _day_relative(morphs, r, j)  # "29일 개최된 심의회": a relative clause with the date as its only part
                if w > r and not (k > i and morphs[k - 1].tag == "JKS"):  # goes with it; not after the clause's own
                    stop = morphs[w].start  # subject: "통계청이 4일 발표한 ‘…’을 보면" keeps what the agency did
                # ("현지시각 13일", "우리 시간으로 오후 1시 30분": the gloss before the date goes with it; left alone,
                # "현지시각" dates nothing)
                # (not a time that says what a thing was: "…새벽 1시에 시작된 경기였지만 …": alone, "경기였지만")
                if not (w > r and w + 1 < j and morphs[w + 1].tag == "VCP" and morphs[w + 1].start == morphs[w].end):
                    edits.append(_Edit(morphs[_clock_gloss(morphs, i, k)].start, stop))
            k = e

    @staticmethod
    def _quote_last_sentence(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
        """A quotation of several sentences keeps its last one, the one its verb of saying reports, and says that
        words were left out: "“…감사드린다. 앞으로도 노력하겠다”고 밝혔다" -> "“…앞으로도 노력하겠다”고 밝혔다"."""
        k = i
        while k < j:
            if morphs[k].tag == "SSO" and morphs[k].form in {"“", '"'}:
                e, depth = k + 1, 1
                last_stop = None
                while e < j:
                    depth += (morphs[e].tag == "SSO") - (morphs[e].tag == "SSC")
                    if depth == 0:
                        break
                    if depth == 1 and morphs[e].tag == "SF" and e + 1 < j and morphs[e + 1].tag != "SSC":
                        last_stop = e
                    e += 1
                if last_stop is not None and e < j:
                    b = last_stop + 1  # "…이다., 비가 …", "…. 하지만 아직 …": a stray comma or a connective goes with the elision
                    while b < e - 1 and (morphs[b].tag == "SP" or morphs[b].tag in {"MAJ", "MAG"} and morphs[b].form in LEAD_CONNECTIVES | HEDGES):
                        b += 1
                    # not a sentence that leans on the one before: one opening with the writer's gloss in brackets
                    # ("(행려자 진료 시설) 같은 건 없다") or pointing back ("이는", "그런 …")
                    if not _leans_back(morphs, b):
                        edits.append(_Edit(morphs[k].end, morphs[b].start, WHOLE_SENTENCES_LEFT_OUT))
                k = e + 1
            else:
                k += 1

    @staticmethod
    def _drop_side_quotes(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
        """"“A”라며 “B”고 촉구했다" -> "“B”고 촉구했다": the quotation the verb of saying governs stays. A title in
        quotation marks before them ("‘…방안’ 간담회에서 “A”라며 “B”") is passed over."""
        after = i
        for k in range(i, j):
            if k < after or morphs[k].tag != "SSO" or morphs[k].form not in {"“", '"', "‘", "'"}:
                continue
            e, closing = k + 1, {"“": "”", "‘": "’"}.get(morphs[k].form, morphs[k].form)
            while e < j and not (morphs[e].tag == "SSC" and morphs[e].form == closing):
                e += 1  # "(정자로 성장하는 세포)" inside the quotation does not close it
            n = e + 1
            while n < j and (morphs[n].tag in {"VCP", "EC", "JKQ", "SP"} and morphs[n].form not in {"“", '"'}
                             or morphs[n].tag == "JX" and morphs[n].form == "도" and morphs[n - 1].tag == "EC"):  # "…라면서도"
                n += 1
            linked = any(m.form in {"라며", "이라며", "며", "면서", "라면서"} for m in morphs[e + 1 : n])
            if morphs[k].form in {"‘", "'"} and not linked and e < j:
                after = e + 1  # a title: the quotations said may come after it
                continue
            if e < j and n < j and linked and morphs[n].tag == "SSO":
                hedge = n + 1 < j and morphs[n + 1].form in HEDGES and morphs[n + 1].tag in {"MAG", "MAJ"}
                # "“A”며 “이를 위해 B”": the second quotation points back at the first; both stay, unless it only adds to
                # the first (its means, "이를 위해"; "또한 …") and ends the bullet: then the first, the claim, stands alone
                points = n + 1 < j and (morphs[n + 1].tag == "NP" and morphs[n + 1].form in {"이", "그", "이것", "그것"}
                                        or morphs[n + 1].tag in {"MAJ", "MAG"} and morphs[n + 1].form in LEAD_CONNECTIVES
                                        or _leans_back(morphs, n + 1))  # ("“…송환된 것은 사실”이라며 “그중 …”")
                # "“…플라스틱을 그대로 몸속에 쌓는다”며 “…높은 수치가 나온 것도 이와 관련이 있어 보인다”": the second
                # quotation points back inside; it draws a consequence of the first, which says the point alone
                # (so does a determiner pointing back: "“…여전히 자금이 몰리고 있다”며 “로지브릿지는 그 대표적인 사례”")
                inside = not points and any((morphs[x].tag == "NP" and morphs[x].form in {"이", "그"} and morphs[x + 1].tag.startswith("J")
                                             or morphs[x].tag == "MM" and (morphs[x].form, "MM") in POINTING_WORDS
                                             and morphs[x + 1].tag.startswith("NN") and morphs[x + 1].start > morphs[x].end)
                                            and morphs[x - 1].end < morphs[x].start for x in range(n + 2, _closing(morphs, n, j)))
                moreover = n + 2 < j and morphs[n + 1].tag in {"MAG", "MAJ"} and morphs[n + 1].form in ADDING_CONNECTIVES \
                    and not _leans_back(morphs, n + 2) and _opens_with_its_subject(morphs[n + 2 : j])
                if moreover:
                    # "“…3편 정도에 불과했다”며 “더욱이 대학원생 제1저자는 이례적”": the second says its own point, the
                    # word that adds it to the first goes with the first, an elision marked
                    edits.append(_Edit(morphs[k].start, morphs[n].start))
                    edits.append(_Edit(morphs[n].end, morphs[n + 2].start, ELLIPSIS))
                    return
                if inside and not hedge:
                    edits.append(_Edit(morphs[e].end, morphs[j - 1].end))
                    return
                if points and not hedge:
                    if _adds_to_first(morphs, n, j) or morphs[n + 1].form in OF_THOSE:  # (a part of what the first told)
                        edits.append(_Edit(morphs[e].end, morphs[j - 1].end))
                    return
                if hedge and morphs[j - 1].tag == "SSC" and morphs[j - 1].form in CLOSING_QUOTES:
                    # "“A”며 “다만 B”라고 말했다" -> "“A”": a caveat alone would read as the speaker's point
                    edits.append(_Edit(morphs[e].end, morphs[j - 1].end))
                elif _bare_pledge_after(morphs, k, e, n, j):
                    # "“…중단 시기를 내년 2월까지 늦추는 방안도 논의하고 있다”며 “…할 수 있는 조치는 모두 하겠다”고 말했다" ->
                    # the first: a pledge of nothing in particular after a step with its date (read blind, "an empty quote
                    # where the city's measures should be")
                    edits.append(_Edit(morphs[e].end, morphs[j - 1].end))
                else:
                    edits.append(_Edit(morphs[k].start, morphs[n].start))
            return

    @staticmethod
    def _drop_adverbs(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
        """Drop free adverbs, except inside quotations (a quote is never edited) and right before
        the final predicate ("가득 찼다" must not become "참")."""
        depth = 0
        for k in range(i, j - 1):
            m = morphs[k]
            if m.tag == "SSO":
                depth += 1
            elif m.tag == "SSC":
                depth = max(0, depth - 1)
            degree = k > i and morphs[k - 1].form in KEPT_ADVERBS and morphs[k - 1].tag == "MAG" and morphs[k - 1].end < m.start
            # "결과와 관계없이", "예년과 달리": the adverb governs the phrase before it; without it the phrase says the opposite
            degree = degree or m.form in COMITATIVE_ADVERBS and k > i and morphs[k - 1].end < m.start and (
                morphs[k - 1].tag in {"JKB", "JC"} and morphs[k - 1].form in {"와", "과"}
                or morphs[k - 1].tag == "JX" and k - 1 > i and morphs[k - 2].form in {"와", "과"})  # "…와는 달리"
            # "뜻을 같이함은 물론 …사업도": "X은 물론 Y도" is "not only X but Y"; without it the two phrases break apart
            degree = degree or m.form == "물론" and k > i and morphs[k - 1].tag == "JX" and morphs[k - 1].form in {"은", "는", "ᆫ"}
            # "다른 사건 또한 이들의 범행": "또한" after a bare noun is its "also" (like "-도"), not a connective
            degree = degree or m.form in {"또한", "역시"} and k > i and morphs[k - 1].tag in {"NNG", "NNP", "NNB", "XSN"}
            # "지난해 18.6시간 보다 늘었다": "보다" written apart from its noun is the comparison's particle, not "more"
            degree = degree or m.form == "보다" and k > i and (_is_nominal(morphs[k - 1]) or morphs[k - 1].tag == "SSC")
            # "계획보다 빨리 교체", "예년보다 일찍": what is compared; without it "계획보다 교체" compares nothing
            # (not "…보다 무려 62% 증가": before a figure an adverb only stresses it)
            # ("지난해보다 9일 빨리 발령": with the figure of the difference between, likewise)
            degree = degree or k > i and _compared(morphs, i, k) and morphs[k + 1].tag != "SN"
            # "일본을 방문한 데 이어 총리가": "데 이어" is one link ("after"); Kiwi may read its "이어" as an adverb
            # ("…순창에 이어 개최지인 군산이": "에 이어" likewise, "after")
            degree = degree or m.form == "이어" and k > i and (morphs[k - 1].form == "데" and morphs[k - 1].tag == "NNB"
                                                              or morphs[k - 1].form == "에" and morphs[k - 1].tag == "JKB")
            # "…애로사항을 물으니 | 저마다 사연을 쏟아냈다": after a clause, "each of them" is who acts in the next (after a
            # subject, "유통업체들이 저마다 …", it only stresses it)
            degree = degree or m.form in {"저마다", "제각각", "제각기", "각자"} and k > i and morphs[k - 1].tag == "EC"
            # "선두 위치를 공고히 할": the adverb is what the light verb "하다" does; alone "위치를 할" is no verb
            degree = degree or k + 1 < j and morphs[k + 1].form in {"하", "되"} and morphs[k + 1].tag.startswith("VV")
            # "현재 국어와 수학은 …체제이고": a state said to hold now, before a change the story tells; without "현재"
            # it reads as the new rule
            degree = degree or m.form in {"현재", "지금"} and _states_now(morphs, k + 1, j)
            # "7월 현재 398건", "지난달 말 현재": "as of" the date before it (without it, "7월 398건" counts July alone);
            # "현재 추세대로": the current trend, not any trend
            degree = degree or m.form == "현재" and (k > i and (date_part(morphs, k - 1) or morphs[k - 1].form in MONTH_PARTS) or k + 1 < j and morphs[k + 1].form in CURRENT_STATE_NOUNS)
            # "말 그대로 먹통": one idiom (literally); without "그대로" the bullet says "말 먹통"
            degree = degree or m.form == "그대로" and k > i and morphs[k - 1].form == "말" and morphs[k - 1].tag == "NNG"
            # "전화를 받는 즉시 끊고": after an adnominal ending the adverb is the head its clause describes ("as soon
            # as"); without it "받는 끊고" is no Korean
            degree = degree or k > i and morphs[k - 1].tag == "ETM" and morphs[k - 1].end < m.start
            # "캐서린 모로 캐나다 외교장관": a part of a foreign name Kiwi reads as an adverb (sideways), between a name
            # and a noun; an adverb does not stand before a noun
            degree = degree or k > i and morphs[k - 1].tag == "NNP" and k + 1 < j and morphs[k + 1].tag in {"NNP", "NNG"}
            # "비가 충분히 오지 않으면": the adverb is what is negated ("not enough", not "not at all"); without it the
            # condition changes
            degree = degree or k + 3 < len(morphs) and _is_stem(morphs[k + 1]) and morphs[k + 2].form == "지" \
                and morphs[k + 2].tag == "EC" and morphs[k + 3].form in {"않", "못하"}
            # "평균의 절반을 조금 넘는 수준", "목표에 약간 못 미쳤다": by how much a figure passes or misses a mark is the
            # figure's (without "조금", "절반을 넘는 수준까지 떨어짐" reads oddly; read blind, "loses the alarm")
            degree = degree or m.form in THRESHOLD_DEGREES and k + 1 < j and (
                morphs[k + 1].form in PASSING_VERBS | {"모자라"} and morphs[k + 1].tag.startswith("VV")
                or k + 2 < j and morphs[k + 1].form == "못" and morphs[k + 2].form == "미치")
            # "…발생한 곳이 우선 설치 대상이다": "priority" before the noun a copula predicates (without it the first sites
            # read as the only ones)
            degree = degree or m.form == "우선" and _noun_run_then_copula(morphs, k + 1, j)
            if depth == 0 and m.form == "모두" and m.tag == "MAG" and k > i and morphs[k - 1].form == "등" and morphs[k - 1].tag == "NNB" \
                    and morphs[k + 1].tag == "SN":
                # "신생아 14명과 산모 5명 등 모두 23명": after "등" the total says "in all" by itself ("…등 23명")
                edits.append(_Edit(m.start, morphs[k + 1].start))
                continue
            if depth == 0 and m.form in {"또한", "역시"} and m.tag == "MAG" and k - 1 > i and morphs[k - 1].tag == "NP" \
                    and morphs[k - 1].form in POINTING_PRONOUNS and morphs[k - 2].tag == "SP" and morphs[k - 1].end < m.start:
                # "…62.2% 증가, 이 역시 사상 최대": "this too" after a clause points back to that clause, which the bullet
                # says; the pronoun goes with its adverb (alone, "이 사상 최대" reads "this record")
                edits.append(_Edit(morphs[k - 1].start, m.end))
                continue
            # "발효 즉시 없애고", "즉시 또는 10년 이내에": "at once" upon an event, or one of two schedules, is when it is done
            # (alone, "…입구를 즉시 통제" is a manner the bullet can lose)
            degree = degree or m.form in IMMEDIACY_ADVERBS and (k > i and morphs[k - 1].tag == "NNG" and morphs[k - 1].end < m.start
                                                                 and morphs[k - 1].form not in RELATIVE_TIME_NOUNS
                                                                 or k + 1 < j and morphs[k + 1].form in {"또는", "혹은", "및"})
            if depth == 0 and (m.tag == "MAG" or m.tag == "MAJ" and k == i) and m.form not in KEPT_ADVERBS and not degree:
                # "가장 많이 배출한": the adverb a degree word modifies stays with it
                # "지난 강의의 요약, 그리고 로봇의 동영상": a conjunction inside the sentence joins a list
                standalone = (k + 1 >= j or morphs[k + 1].start > m.end) and (k == i or morphs[k - 1].end < m.start)
                if standalone and k + 1 < j and morphs[k + 1].form in {"전", "후", "뒤"} and morphs[k + 1].tag in {"NNG", "NNB"} \
                        and m.form in {"조금", "잠시", "얼마", "곧", "방금"}:
                    # "조금 전 공수처 차량이": the time goes whole ("전 공수처" read "the former CIO")
                    after = k + 2 if k + 2 < j and morphs[k + 2].start > morphs[k + 1].end else None
                    if after is not None:
                        edits.append(_Edit(m.start, morphs[after].start))
                elif standalone and m.form in DAY_ADVERBS and k + 1 < j and not (k > i and morphs[k - 1].tag == "JKS"):
                    edits.append(_Edit(m.start, morphs[_day_relative(morphs, k + 1, j)].start))  # "오늘 열린 회의에서"
                    # (not after the clause's own subject: "북한이 어제 발사한 ICBM" keeps who launched it)
                elif standalone and k + 2 < j and (morphs[k + 1].form, morphs[k + 2].form) == ("들", "어") \
                        and morphs[k + 1].tag.startswith("VV") and morphs[k + 2].tag == "EC" and morphs[k + 2].start == morphs[k + 1].end:
                    edits.append(_Edit(m.start, morphs[k + 2].end))  # "최근 들어": the time goes whole (not "가격이 들어 …")
                elif standalone:
                    edits.append(_Edit(m.start, m.end))

    @staticmethod
    def _clauses(morphs: list[Morph]) -> list[tuple[list[Morph], tuple[_Edit, ...]]]:
        """Clauses of a compound sentence that can stand as its bullet, each with the spans to delete.

        Splits at top-level connective endings followed by a comma or space. The clause that holds the
        final predicate comes first; when it has no subject of its own it borrows the sentence's topic
        ("A는 …지만, B 때문에 어려웠다" -> "A, B 때문에 어려웠음"). The first clause is offered only when
        it is coordinated ("-고", "-며"): a concessive or background clause ("-지만", "-는데") alone
        would state the opposite of the sentence's point.
        """
        clauses, endings, current = [], [], []
        depth = 0  # inside quotation marks or brackets nothing is split
        for k, m in enumerate(morphs):
            current.append(m)
            if m.tag == "SSO":
                depth += 1
            elif m.tag == "SSC":
                depth = max(0, depth - 1)
            if (
                depth == 0
                and m.tag == "EC"
                and (m.form in CLAUSE_ENDINGS or m.form in TURN_ENDINGS and morphs[k - 1].tag == "EP"
                     or m.form in SETTING_ENDINGS and k + 1 < len(morphs) and morphs[k + 1].tag == "SSO"
                     and morphs[k - 1].form not in POSTPOSITION_VERBS  # "…에 대해 “…”": one clause
                     or m.form in SEQUENCE_ENDINGS and _sequence_step(morphs, k) and not _inside_noun_clause(morphs, k)
                     and not _relative_step(morphs, k) and not _subjectless_relative_step(morphs, k)
                     and _next_clause_ending(morphs, k + 1, len(morphs)) not in SAYING_WHILE_ENDINGS)  # ("…눈이 얼어 |
                     # 도로가 미끄러운 곳이 많겠다며 …": the words said)
                and k + 1 < len(morphs)
                and (
                    morphs[k + 1].tag == "SP"
                    or morphs[k + 1].start > m.end and (
                        m.form not in COMMA_ONLY_ENDINGS
                        or _has_subject(morphs[k + 1 : k + 5])
                        or not _is_stem(morphs[k + 1]) and morphs[k + 1].tag not in {"EC", "ETM", "JX", "JKB"}
                    )
                )
                and k > 0
                and (morphs[k - 1].tag.startswith(("EP", "VV", "VA", "XSV", "XSA", "VX"))
                     or m.form == "ᆫ데" and morphs[k - 1].tag == "VCP")  # "…할 예정인데,"
                and not (k + 1 < len(morphs) and morphs[k + 1].tag.startswith("VX"))  # "가지고 있던"
                and not (k > 1 and morphs[k - 1].form in OBJECT_POSTPOSITIONS and morphs[k - 2].tag == "JKO")  # "예산안을 두고"
                # ("희망자에 한해 …": the postposition's verb, which Kiwi may read as "한" + "하")
                and not (k > 1 and morphs[k - 1].form == "한하" and morphs[k - 2].tag == "JKB")
                and not (k > 2 and morphs[k - 1].form == "하" and morphs[k - 2].form == "한" and morphs[k - 3].tag == "JKB")
                # ("…출토품을 비롯해 유물 1천200여 점이": Kiwi may read "비롯" + "하", a root and its suffix)
                and not (k > 2 and morphs[k - 1].form == "하" and morphs[k - 2].tag == "XR" and morphs[k - 2].form + "하" in OBJECT_POSTPOSITIONS
                         and morphs[k - 3].tag == "JKO")
                and not _joins_a_purpose(morphs, k)
                and not _paired_manner(morphs, k)
                and not _gapped_figure_after(morphs, k)
                and not (m.form == "고" and morphs[k + 1].tag != "SP" and _coordinated_in_relative(morphs, k))
                and not _without_doing(morphs, k)
                and not (morphs[k + 1].tag != "SP" and _modifier_right_after(morphs, k + 1))
                and not _window_closes_after(morphs, k)
                and not _contrast_link(morphs, k)
                # "2~3일이 멀다 하고 …찾아와": "-다 하고" says how often, inside the clause it opens
                and not (m.form == "고" and k > 1 and morphs[k - 1].form == "하" and morphs[k - 2].tag == "EC"
                         and morphs[k - 2].form in {"다", "라"})
            ):
                clauses.append(current)
                endings.append(m.form)
                current = []
            elif depth == 0 and m.form == "가운데" and m.tag == "NNG" and k > 1 and morphs[k - 1].tag == "ETM" \
                    and is_stem_or_ep(morphs[k - 2]) and k + 1 < len(morphs) \
                    and (morphs[k + 1].tag == "SP" or morphs[k + 1].start > m.end and _has_subject(morphs[k + 1 : k + 6])):
                # "…완파하고 5연패에서 벗어난 가운데 | 감독은 …": all before is the setting of the main clause, a background
                clauses, endings, current = [[x for c in clauses for x in c] + current], [m.form], []
            elif depth == 0 and m.form == "결과" and m.tag == "NNG" and k > 1 and morphs[k - 1].tag == "ETM" \
                    and is_stem_or_ep(morphs[k - 2]) and k + 1 < len(morphs) and morphs[k + 1].tag == "SP" and _named_topic(morphs, k + 2):
                # "…566곳을 조사한 결과, | 하나금융지주의 누적영업이익은 …급증했다": what was found is a statement of its own
                # when it names what it is about ("전주 대비 매매가는 …" would not say of what)
                clauses.append(current)
                endings.append(m.form)
                current = []
            elif m.tag == "SP" and not current[:-1]:
                current = []  # the comma after a clause ending
        if current:
            clauses.append(current)
        # The last two clauses are one statement:
        # - they share one subject, not the first clause's topic ("…시장이 커지면서 | 수출은 …늘며 | 최대 실적을
        #   기록했다", "…급파했지만, | 어선들이 먼저 도착해 | 선원을 구조했다"; not after "A는 …하고, B는 …하며 양측
        #   모두 …했다": there the last clause is about both);
        # - or, after a concession, two "-고," facts with their own subjects make the point together ("태풍은
        #   …빠져나가겠지만 | 오후까지 많은 비가 내리고, | 강한 바람이 부는 곳이 있겠다": the last alone drops the
        #   rain; not "-며": "…공격이 살아나며 | 승부는 …이어졌다" tells how, and the last clause is the point).
        shared_subject = len(clauses) >= 3 and endings[-2] not in COORDINATING_ENDINGS \
            and (endings[-1] in COORDINATING_ENDINGS or endings[-1] in SEQUENCE_ENDINGS and not _opens_with_topic(clauses[-2])) \
            and not _clause_has_subject(clauses[-1]) \
            and _own_subject(clauses[-2]) and _clause_has_subject(clauses[-2] + clauses[-1])
        facts_after_concession = len(clauses) >= 3 and endings[-2] in CONTRAST_ENDINGS and endings[-1] == "고" \
            and _own_subject(clauses[-2]) and _own_subject(clauses[-1])
        # - or, after "-고,", the clause before the last has a subject, no topic, and leads to it as a first step
        #   ("…결과를 발표하고, | 서울 아파트값이 0.18% 상승해 | 전주와 같은 상승률을 기록했다": what rose is what
        #   recorded the rate, not the topic that announced it)
        subject_leads = len(clauses) >= 3 and endings[-2] in COORDINATING_ENDINGS and endings[-1] in SEQUENCE_ENDINGS \
            and not _opens_with_topic(clauses[-2]) and not any(m.tag == "JX" and m.form in {"은", "는"} for m in clauses[-2]) \
            and _own_subject(clauses[-2]) and not _clause_has_subject(clauses[-1])
        # - or the clause before the last is the step that measures what the last one judges ("영업이익은 1조원으로 20%
        #   줄어 | 시장 예상치를 밑돌았다", "…0.08% 상승해 | 2주 연속 상승세가 지속됐다"): alone, the last drops the figure
        step_measures = len(clauses) >= 2 and endings[-1] in SEQUENCE_ENDINGS and not _measured(clauses[-1]) \
            and _measured(clauses[-2]) and any(m.form in CHANGE_WORDS for m in clauses[-2]) and not _comma_after(morphs, clauses[-2][-1])
        # - or the last clause goes on with a ranking the clause before opened ("경북이 0.32% 상승해 가장 많이 올랐고, |
        #   대구 0.19%, 서울 0.13% 순으로 나타났다"): alone, the ranking would lead with its second
        ranking_goes_on = len(clauses) >= 2 and endings[-1] in COORDINATING_ENDINGS and _ranking(clauses[-1])
        # - or the last clause counts the rest of what the clause before counts ("점포 58곳이 모두 타고 | 12곳이 부분적으로
        #   피해를 입었다"): alone, "12곳" is of nothing
        count_goes_on = len(clauses) >= 3 and endings[-2] in COORDINATING_ENDINGS \
            and _bare_count_of_dropped(clauses[-2] + clauses[-1], clauses[-1])
        if shared_subject or facts_after_concession or subject_leads or step_measures or ranking_goes_on or count_goes_on:
            clauses[-2:] = [clauses[-2] + clauses[-1]]
            endings.pop()
        clauses, endings = _judged_together(morphs, clauses, endings)
        offered = [(clause, gaps) for clause, gaps in Compressor._clauses_offered(morphs, clauses, endings)
                   if not _leaves_behind(morphs, clause, gaps)]
        if len(clauses) >= 2 and endings[0] in COORDINATING_ENDINGS | SEQUENCE_ENDINGS and _vague_outcome(clauses[-1]) \
                and _opens_with_topic(clauses[0]) and any(_is_stem(m) for m in clauses[0][1:]) \
                and not any(clause is clauses[0] for clause, _ in offered):
            # "연천군의회는 …이장협의회와의 간담회를 개최하고, …소통의 장을 마련했다": the last clause names no fact, only a
            # setting made (read blind, "연천군의회, …소통의 장 마련" left out the meeting); the first act, with the
            # topic, comes first
            offered.insert(0, (clauses[0], ()))
        elif len(clauses) == 2 and endings[0] in COORDINATING_ENDINGS and _tops_the_list(clauses[0]) and _rest_of_list(clauses[-1]):
            # "…허가 없이 일한 경우가 812명으로 가장 많았고, | …초과한 경우가 391명, …경우가 124명이었다": the first
            # item is the list's top, the rest only the smaller ones (read blind: "omits the largest category")
            first = next((o for o in offered if o[0] is clauses[0]), (clauses[0], ()))
            offered = [first] + [o for o in offered if o[0] is not clauses[0]]
        elif len(clauses) == 2 and endings[0] in COORDINATING_ENDINGS and _respectively(clauses[-1]) \
                and _topics(clauses[0]) == 1 and any(m.tag == "SN" for m in clauses[0]):
            # "…성인 기본운임은 1,400원에서 1,550원으로 150원 오르게 되며, | 청소년은 …900원으로, 어린이는 …550원으로
            # 각각 인상된다": the last clause lists the others "respectively"; the first item heads the list (read blind:
            # "omits the adult fare, the point")
            first = next((o for o in offered if o[0] is clauses[0]), (clauses[0], ()))
            offered = [first] + [o for o in offered if o[0] is not clauses[0]]
        elif len(clauses) == 2 and endings[0] in {"면서", "으면서"} | SEQUENCE_ENDINGS and _reaction(clauses[-1]) and any(_is_stem(m) for m in clauses[0][1:]) \
                and any(x and _is_nominal(clauses[0][x - 1]) and (m.tag == "JKS" or m.tag == "JX" and m.form in {"은", "는"})
                        for x, m in outside_quotes(clauses[0])):
            # "노조가 …15일 첫차부터 파업에 들어가겠다고 예고하면서 | 시민들의 출근길 교통대란이 우려되고 있다": the main
            # clause is the reaction to what the first one tells; the act is the news, and the reaction alone says of nothing
            offered = [(clauses[0], ())]
        return [(clause, gaps + _lone_also(morphs, clause, gaps)) for clause, gaps in offered]

    @staticmethod
    def _clauses_offered(morphs: list[Morph], clauses: list[list[Morph]], endings: list[str]) -> list[tuple[list[Morph], tuple[_Edit, ...]]]:
        """The clauses of :meth:`_clauses` (split at ``endings``) that may stand as the sentence's bullet."""
        if len(clauses) < 2:
            return []
        if endings[-1] in COORDINATING_ENDINGS and _gist_clause(clauses[-1]) and _opens_with_topic(clauses[0]):
            # "개정안은 …인상하고, | …43%로 고정하는 것이 골자다": both acts are the topic's gist; alone, the last is half
            # of it, of no one
            return []
        if endings[-1] in SEQUENCE_ENDINGS and _merges(clauses[-2]):
            # "…솔뫼초와 봉곡초 …등 3개교를 통합해 | 내년 3월 '영동학산초등학교'로 새로 문을 연다": what is merged is what
            # opens; alone, the office would open as the school (F=0)
            return []
        if len(clauses) == 2 and endings[-1] in CONTRAST_ENDINGS - {"가운데"} and _parallel_topics(clauses[0], clauses[-1]):
            # "'산업용(을)'은 kWh당 12원 인상되지만, | …'산업용(갑)'은 동결된다": two of a kind contrasted; alone, the last
            # says the half that did not change
            return []
        if endings[-1] not in CONTRAST_ENDINGS and any(m.tag == "ETM" and m.form in COMPLEMENT_ENDINGS for m in clauses[-1]):
            # (after a concession or background, "…바뀌었는데, 정류장 안내판은 그대로라는 지적이다", the judgement is
            # the main clause's own: the clause before is not what is judged)
            return []  # "…작아지며 …감소하고, …줄어든다는 결과를 발표": the clauses are the content of "결과"
        last, depth, subject = clauses[-1], 0, None
        for x, m in enumerate(last):
            depth += m.tag == "SSO"
            depth -= m.tag == "SSC" and depth > 0
            if depth:
                continue
            if x and (m.tag == "JKS" or m.tag == "JX" and m.form in {"은", "는"}) and _is_nominal(last[x - 1]):
                subject = x
                break
            if m.tag == "SSC":
                break  # a quotation before any subject: its speaker came earlier
        main_start = len(morphs) - len(last)
        comma_before = main_start > 0 and morphs[main_start - 1].tag == "SP" or last[0].tag == "SP"
        topic_before = _opens_with_topic(clauses[0])
        if subject is not None and not comma_before and any(m.tag == "ETM" and (not _adjectival(last, x) or topic_before
                                                                                and last[subject].tag == "JKS")
                                                            and not any(r.tag in {"JKO", "JKB"} for r in last[x + 1 : subject])
                                                            for x, m in enumerate(last[:subject])):
            # (only a modifier of the subject itself: in "집중되는 보조사업을 군민이 …" it describes the object)
            # ("매우 강한 비가": an adjective describes the subject; but after "비메모리는 …냈으나," the subject of
            # "점진적인 … 적자 규모가" is the topic's: alone it would not say whose)
            # (after "-고," the comma closes the clause before: "…영역이 A를 뜻하고, B에 가까운 영역은 …")
            if len(clauses) >= 3 and endings[-2] in CONTRAST_ENDINGS:
                # "…있지만 | 학생이 …실습하면서 | …내는 것은 드물다": the last split is inside the relative clause;
                # the clause after the concession is the main one
                start = next(x for x, m in enumerate(morphs) if m is clauses[-2][0])
                return Compressor._clauses_offered(morphs, clauses[:-2] + [morphs[start:]], endings[:-1])
            return []  # "학부생이 …생활하면서 …발표하는 것은 흔치 않다": the clause before belongs to the subject's relative clause
        offered: list[tuple[list[Morph], tuple[_Edit, ...]]] = []
        main = clauses[-1]
        before = morphs[: len(morphs) - len(main)]  # the clauses before the main one, without the comma after them
        while before and before[-1].tag == "SP":
            before = before[:-1]
        quoted = main[0].form in {"“", '"'}  # "…에 대해 | “시가 …”고 말했다": a subject inside it is not who speaks
        turn = endings[-1] in TURN_ENDINGS and _opens_with_topic(clauses[0])  # "A는 …했다가 …": A's figure turns
        timed = _time_topic_only(main)  # "…지원했으나 올해는 3개교를 추가 지원한다": a time is no one who acts
        # "…방안을 발표했는데요 | 이어 오후에는 장관들이 브리핑을 열었다": what came next is told after the news
        follows = main[0].tag == "MAG" and main[0].form in FOLLOW_ON_ADVERBS
        head = main[1] if main[0].tag == "SP" and len(main) > 1 else main[0]
        if head.form == "이후" and head.tag == "NNG" and endings[-1] in COORDINATING_ENDINGS:
            # "…오후 5시까지만 무상으로 …제공하고, | 이후 시간은 …월 3만~5만원을 받고 있다": the time after the one the
            # clause before ends at; alone, "이후 시간, …받음" is after nothing. The clause before may stand alone
            return [(before, ())] if _has_subject(before) and not _refers_back(before) else []
        # "시장은 …노력이 있었고 | 성과는 더 컸다고 평가했다": what the main clause reports is the topic's words; alone
        # it would state them as fact ("성과, 더 컸음")
        # (so is a forecast the topic makes: "기상청은 …비 소식이 없고, | 낮 최고기온 …의 무더위가 이어질 것으로 내다봤다";
        # alone, "무더위, 이어질 것으로 내다봄" said of no one who foresees it)
        # (not one said to be foreseen or to seem, "…그쳤을 것으로 추정됐다", "…늘어날 것으로 보입니다": the topic is not
        # who foresees it)
        reports_topic = _opens_with_topic(clauses[0]) and (_ends_in_report(main) and _own_subject(main)
                                                           or _forecast(main) and any(m.tag == "JKS" for m in main)
                                                           and not any(m.form in {"되", "보이"} and m.tag in {"XSV", "VV"} for m in main[-5:]))
        # "…등록금은 710만6,000원으로 …올랐고, 설립 유형별로는 사립대가 762만9,000원, …이었다": the main clause breaks
        # down the figure the clause before names; alone it would not say of what
        broken_down = _viewed_by_kind(main)
        # "기존 로봇은 …걷지만, | …현장에서는 …넘어지는 한계가 있었다": what exists ("한계가 있었다") is the first topic's;
        # alone the main clause would say of nothing whose
        owned = _opens_with_topic(clauses[0]) and _only_what_exists(main)
        if _made_so(main) and endings[-1] in SEQUENCE_ENDINGS and len(clauses) == 2 and _has_subject(clauses[0]) \
                and not _refers_back(clauses[0]):
            # "…교통 통제를 8일까지 연장해 | 시민들이 벚꽃을 더 즐길 수 있도록 한다": what the act lets others do is its
            # purpose; alone it would drop the act ("…구, 시민들이 벚꽃을 더 즐길 수 있도록 함")
            return [(clauses[0], ())]
        if _made_so(main) and endings[-1] in COORDINATING_ENDINGS and len(clauses) == 2 and _has_subject(clauses[0]) \
                and not _refers_back(clauses[0]):
            # "교육부가 …돌봄교실을 2,300실 늘리고, | 1~2학년 학생은 …받을 수 있도록 하기로 했다": the topic of the main clause
            # is who is let do it; who lets them is the first clause's (alone, "1~2학년 학생, …하기로" had the pupils decide)
            first, lead = clauses[0], Compressor._strip_lead(clauses[0])
            who = next((x for x in range(lead + 1, len(first)) if (first[x].tag == "JKS" or first[x].tag == "JX" and first[x].form in {"은", "는", "ᆫ"})
                        and _is_nominal(first[x - 1])), None)
            if who is not None:
                return [(first[lead : who + 1] + main, (_Edit(first[who].end, main[0].start, " "),))]
        # "차관은 …대표들과 화상회의를 열고 | …에 대해 논의했다": with whom it was discussed is the act's; alone the
        # main clause would discuss with no one
        met = _holds_event(clauses[0]) and _met_with(clauses[0])
        if not quoted and not turn and not timed and not follows and not _spent_subject(main) and not reports_topic \
                and not broken_down and not owned and not met and (_has_subject(main) or _clause_has_subject(main) and not _opens_with_topic(clauses[0])
                           or endings[-1] in CONTRAST_ENDINGS and _judgement(main)):
            # ("…600㎞를 달릴 수 있으며, | 충전 시간은 약 15분이다": a measure of the first topic's thing, which alone is of
            # nothing; the first clause is the statement to keep)
            if not _points_back(main) and not _refers_back(main) and not _echoes_act_before(morphs[: len(morphs) - len(main)], main) \
                    and not (_property_measure(main) and _opens_with_topic(clauses[0])):
                owner = _shared_owner(clauses[0], main)
                # "롯데쇼핑의 매출액은 …줄었고, 영업이익은 …감소" -> "롯데쇼핑 영업이익, …감소": whose figure it is stays said
                agent = _carried_agent(clauses[0], main, endings[0]) if owner is None and len(clauses) == 2 else None
                # "…대표팀이 …패배를 당하며 10회 연속 본선 진출이 무산됐다" -> "…대표팀, 10회 연속 본선 진출 무산"
                after = _topic_after_concession(main) if owner is None else None
                if after is None and owner is None and endings[-1] in CONTRAST_ENDINGS - {"가운데"} and _bare_figure_topic(main):
                    # "넷마블은 …흥행에 성공했다고 평가했지만, | 수익성은 …머물렀다": a bare figure is the named company's
                    # ("넷마블 수익성, …"); alone it would read as another company's or the industry's
                    after = 1 if main[0].tag == "SP" else 0
                named = _named_opening_topic(clauses[0]) if after is not None else None
                if named is not None:
                    # "카카오는 …매출을 기록하며 | 12.1% 성장했음에도, 영업익은 …33.7% 줄었다" -> "카카오 영업익, …33.7% 줄어":
                    # the concession is the first topic's act; alone it would say of no one (and the figure of whom?)
                    offered.append((main[after:], (_Edit(main[after].start, main[after].start, named + " "),)))
                else:
                    # "손보사의 경우 …감소했으나 | …당기순이익이 늘었다" -> "손보사, …당기순이익 늘어": whose figures the
                    # sentence is about stays said
                    case = _case_owner(clauses[0]) if owner is None and agent is None and not _opens_with_topic(main) else None
                    # "…, 고성군은 …설명하고, 추가 검토가 필요한 사안은 …안내하는 방식으로 의견을 정리했다": a topic described
                    # by a clause of its own is what the named actor before acts on ("사안, …의견을 정리" had made the
                    # matter the actor): the actor is said, and the topic keeps its particle
                    # "대표팀은 …내줬고, | …58%를 기록하고도 유효슈팅은 1개에 그쳤다": who conceded is the first clause's
                    # topic; alone the main clause would say of no one who kept the ball
                    # ... and so is who acted on a topic the act befalls ("검찰은 …구속기소하고, | …임원 등 3명은 불구속 상태로
                    # 재판에 넘겼다": alone, "3명, …재판에 넘김" made the defendants the ones who indicted)
                    # (so is who dealt out what counts contrasted say of: "가람지법은 …선고 공판을 열고 | 2명은 실형을, 1명은
                    # 집행유예를 선고했다", a court named by one common noun as well as by a name)
                    counted = _counted_contrast(main)
                    conceding = _opens_with_concession(main) or _topic_acted_on(main)
                    actor = next((c for c in reversed(clauses[:-1]) if _named_opening_topic(c, kind=conceding or counted, word=conceding or counted)), None) \
                        if owner is None and agent is None and case is None \
                        and (_described_topic_first(main) and endings[-1] not in CONTRAST_ENDINGS or counted or conceding) else None
                    # (not after a concession: "…봉쇄했지만, | 이미 새어 나온 기름은 …번졌다" -- the oil spread; the coast guard
                    # that sealed the hull did not spread it)
                    who = f"{owner} " if owner else f"{agent}, " if agent else f"{case}, " if case else None
                    measure = _shared_measure(clauses[0], main) if who is None and actor is None else None
                    if measure is not None:
                        # "…임시·일용직은 137만원으로 줄었다" -> "임시·일용직 월평균 임금총액, 137만원으로 줄어"
                        offered.append((main, (_Edit(main[measure[0]].start, main[measure[0]].start, " " + measure[1]),)))
                    elif actor is not None:
                        named = actor[Compressor._strip_lead(actor) : _topic_span(actor) + 1]
                        offered.append((named + main, (_Edit(named[-1].end, main[0].start, " "),)))
                    else:
                        offered.append((main, (_Edit(main[0].start, main[0].start, who),) if who else ()))
            elif endings[-1] in BACKGROUND_ENDINGS and len(clauses) == 2 and _has_subject(before) and not _refers_back(before):
                # "…선발할 예정인데, 최종 경쟁률은 이보다 높아질 전망": the main clause needs the one before; that
                # one is a statement of its own
                offered.append((before, ()))
            elif endings[-1] in COORDINATING_ENDINGS:
                # "…기록할 것으로 예상되며, 이는 …한 규모다": the statement "이는" points back to is the one to keep
                if _has_subject(before):
                    # (told in no tense of its own, it is as much to come as the main clause: see :func:`_ahead_with_main`)
                    offered.append((before, (_Edit(before[-1].end, before[-1].end, AHEAD_MARK),) if _ahead_with_main(before, main) else ()))
        elif not reports_topic and not broken_down and not met and not _measures_what_came_before(main) \
                and endings[-1] in TOPIC_SHARING_ENDINGS | TURN_ENDINGS and not _bare_subject(main) and not _case_topic(morphs[len(clauses[0]) :]) \
                and not any(_not_only(c) for c in clauses[:-1]) and not _measure_as_actor(clauses[0], main) and (
            _speaks(main) or not _speaks(morphs[: len(morphs) - len(main)]) or endings[-1] in SIMULTANEOUS_ENDINGS
        ):
            # after "A는 …라고 설명했는데," / "…언급을 하지 않았지만," A is a speaker: what follows is A's only
            # when A says it too ("A는 …라고 강조하며 “…”라고 말했다") or does it as they speak ("A는 “…”고 언급하며
            # …탈당 선언을 예고했다": "-며" goes on with the same subject)
            topic = _topic_span(clauses[0])
            if topic is not None and _says_little(main):
                pass  # "…유모씨를 구속하고 | 조사를 벌이고 있다": the topic with "조사를 벌임" alone says nothing
            elif topic is not None:
                head = Compressor._subject_head(morphs, 0, topic + 1) if topic else 0
                main_start = len(morphs) - len(main)
                # "분석가들은 … 총 훈련비용은 알려지지 않았지만, … 높았다": the nearer topic is what the
                # main clause is about; the first one (who says so) stays in front.
                near = next((k for k in range(main_start - 1, topic, -1) if morphs[k].tag == "JX"
                             and morphs[k].form in {"은", "는", "도"} and _is_nominal(morphs[k - 1])
                             and not (morphs[k - 1].form in WHEN_NOUNS and morphs[k - 2].tag == "ETM")
                             # ("…도착한 후 1시간도 되지 않아": "even an hour", a span, no topic)
                             and not (morphs[k].form == "도" and morphs[k - 1].tag in {"NNB", "NNG"} and k >= 2 and morphs[k - 2].tag == "SN")
                             # ("…별도의 한미 외교장관회담도 개최해 | …방안을 협의할 예정": "also" an object of the
                             # dropped act's verb, right before it, no topic of the main clause)
                             and not (morphs[k].form == "도" and _verb_only(morphs, k + 1, main_start))
                             # ("병원은 응급실과 중환자실은 종이 차트로 운영하고 있지만, …미루고 있다": two things
                             # contrasted, what the first topic acts on; no topic of the main clause)
                             and not (morphs[k - 2].tag == "JC" or k >= 3 and morphs[k - 3].tag == "JC" and _is_nominal(morphs[k - 2]))
                             and not _gapped_item_topic(morphs, topic, k)),
                            None)  # "…가격도 …넘어섰다"
                # ("바쁠 때는 …가능하도록 하는 방안을 확정하고,": a time clause, no topic)
                agent = _clause_agent(morphs, topic, main_start)
                if agent is not None and (_reports_own_subject(main)
                                          or any(m.tag == "JKS" and x and _is_nominal(main[x - 1]) and _reported_subject(main, x + 1, len(main))
                                                 for x, m in enumerate(main))):
                    # "신무림제지는 …노조가 파업에 돌입해 | …조업이 전면 중단됐다고 밝혔다": what is reported has a
                    # subject of its own; the first clause's agent is not who says it (nor "기상청은 …눈이 더 내리고, |
                    # …내린 눈이 얼어붙겠다며 …당부했다": the snow is what the speaker forecasts, not who asks)
                    agent = None
                if near is None and agent is not None:
                    # "대학은 A 연구팀이 …를 규명하고, …를 개발했다고 밝혔다": A did it, the speaker only says so;
                    # "시의회는 … 여야 의원들이 …하며 대립했다": the topic names whose members act ("시의회 여야 의원들")
                    b, x = agent
                    end = Compressor._strip_tail(main, 0, len(main))
                    reported = Compressor._strip_quote_frame(main, 0, end) < end
                    if _held_frame(main):
                        # "검찰은 강 씨가 …리스하고 | …처리한 것으로 봤다": the topic holds the view of what the agent did; it
                        # stays with its particle ("검찰, 강 씨가 …처리한 것으로 봄"; joined, "검찰 강 씨, …" named no one)
                        offered.append((morphs[head : topic + 1] + morphs[b : x + 1] + main,
                                        (_Edit(morphs[topic].end, morphs[b].start, " "), _Edit(morphs[x].end, main[0].start, " "))))
                        return offered
                    whose = morphs[head:topic] if not reported and topic - head <= 3 and all(_is_nominal(m) for m in morphs[head:topic]) else []
                    gaps = (_Edit(morphs[topic].start, morphs[b].start, " "),) if whose else ()
                    offered.append((whose + morphs[b : x + 1] + main, gaps + (_Edit(morphs[x].end, main[0].start, " "),)))
                elif near is None and _contrasted_subject(morphs, topic, main_start) and _ends_in_report(main):
                    pass  # "북부소방서는 …화재가 발생했으나, …대응으로 큰 피해를 막았다고 밝혔다": neither the fire nor the
                    # station that reports it averted the damage; without the concession the main clause says of no one
                    # (read blind); a topic that is no speaker is the main clause's ("소재는 …장점이 있지만, …어려웠다")
                elif near is None and _ends_in_report(main) and any(
                        morphs[x].tag == "JKS" and (_is_nominal(morphs[x - 1]) or morphs[x - 1].form in {"'", "’"}) and not _quantity(morphs, x)
                        and not _inside_relative(morphs, x, main_start) for x in range(topic + 2, main_start)):
                    pass  # "세움스페이스는 …위성 '세움샛-2'가 …발사돼 | 목표 궤도에 정상 진입했다고 밝혔다": what is reported
                    # has its subject in the clause before; the speaker did not enter orbit ("세움스페이스, 목표 궤도에
                    # 정상 진입"); that subject, a passive's, is no agent either (see _clause_agent)
                elif near is None and _also_topic(main):
                    pass  # "낙과는 …쓸 수 없고, | 쓰러진 벼도 …이어질 수 있어 걱정이다": the main clause has a topic of its own
                    # ("벼도": the rice too); the first one's in front would read "낙과는 쓰러진 벼도 …"
                elif near is None and _distributes(morphs, topic + 1, main_start) and figures_in_order(main):
                    pass  # "복지부는 각 군의 …기관 1곳씩을 거점 병원으로 지정하고, | 의사 2명과 간호사 4명을 …두도록 할 계획":
                    # the main clause's counts are each place's; alone they read as the whole plan's (read blind, F=0)
                elif near is None:
                    period = _period_after(morphs, topic + 1, main)
                    # "김민재는 이번 시즌 …32경기에 출전, …활약하며 2골 2도움을 기록했다": the season the first clause opens
                    # with is the main clause's too (alone, "2골 2도움" reads as one game's)
                    gaps = (_Edit(morphs[period - 1].end if period else morphs[topic].end, main[0].start, " "),)
                    offered.append((morphs[head : topic + 1] + (morphs[topic + 1 : period] if period else []) + main, gaps))
                elif near is not None:
                    b = near - 1
                    while b > topic + 1 and (_is_nominal(morphs[b - 1]) or morphs[b - 1].tag in {"MM", "XPN"}
                                             or morphs[b - 1].tag == "SO" and b - 2 > topic and morphs[b - 2].tag == "SN"):
                        b -= 1  # ("15~29세 청년층 취업자는": a range of ages is one word)
                    if morphs[b].tag == "NNB" or morphs[b - 1].tag == "ETM" and morphs[b].form in FRAME_HEADS:
                        return offered  # "…발표하는 것은": the nearer topic is the head of a clause that would be cut
                    if morphs[b - 1].tag == "SO" and morphs[b - 1].end == morphs[b].start or any(
                            morphs[y].tag == "JX" and morphs[y].form in {"은", "는"} and _is_nominal(morphs[y - 1])
                            for y in range(topic + 2, b)):
                        return offered  # "…서울∼동대구는 신설 선로를, 동대구∼부산은 기존 선로를 활용해 개통하고": one of
                        # two topics set side by side in the first clause (or a range's end), not what the main clause is about
                    # (not "…에 대한 총 훈련비용은": a postposition, no clause)
                    described = morphs[b - 1].tag == "ETM" and morphs[b - 2].form not in POSTPOSITION_VERBS
                    if described:
                        # "고성군은 …전달하고, 행정 검토가 필요한 사항은 …연계할 방침": the nearer topic is the head of a
                        # relative clause, which goes with it, and what the first topic acts on, not a figure it owns
                        # ("고성군 사항, …" said nothing of which matters): "고성군, 행정 검토가 필요한 사항은 …"
                        b = _clause_after(morphs, topic + 1, b)
                    if not described and any(morphs[y].tag == "EC" and morphs[y].form in COORDINATING_ENDINGS and is_stem_or_ep(morphs[y - 1])
                           for y in range(topic + 1, b)) and not _speaks(main):
                        # "A의 매출은 …늘었고, 영업이익은 …줄어 …기록": two topics of two clauses; the first is not the
                        # main clause's, only its owner is shared ("A 영업이익, …기록")
                        owner = _shared_owner(morphs[:b], morphs[b:])
                        gaps = ((_Edit(morphs[b].start, morphs[b].start, owner + " "),) if owner else ()) \
                            + (_Edit(morphs[near].end, main[0].start, " "),)
                        offered.append((morphs[b : near + 1] + main, gaps))
                        return offered
                    if not described and any(morphs[y].tag == "EC" and morphs[y].form in CONTRAST_ENDINGS and is_stem_or_ep(morphs[y - 1])
                                             for y in range(topic + 1, b)) and not _speaks(main):
                        # "전체 취업자 수는 증가했지만, 15~29세 청년층 취업자는 …줄어 …최대 감소폭을 보였다": the first topic is
                        # the other side of the contrast, not the main clause's ("전체 취업자 수, …청년층 취업자는 …"); the
                        # clauses after the contrast say it together ("…17만 8천 명 줄어 …최대 감소폭")
                        offered.append((morphs[b:], ()))
                        return offered
                    comma = next((y for y in range(topic + 1, b) if morphs[y].tag == "SP" and morphs[y].form == ","), None)
                    if comma is not None and not described and _is_nominal(morphs[comma - 1]) and not any(_is_stem(m) for m in morphs[topic + 1 : comma]):
                        # "월급은 150만 원 남짓, A씨는 …진정을 냈다": the first topic's is the noun phrase before the comma,
                        # a clause of its own; the main clause is the nearer topic's alone
                        offered.append((morphs[b : near + 1] + main, (_Edit(morphs[near].end, main[0].start, " "),)))
                        return offered
                    gaps = (_Edit(morphs[topic].end, morphs[b].start, " "), _Edit(morphs[near].end, main[0].start, " "))
                    offered.append((morphs[head : topic + 1] + morphs[b : near + 1] + main, gaps))
        # "…홍보하고, … 펼칠 계획이다": the plan covers both clauses; the first alone would state it as done
        # "…늘고, …넘을 것으로 예상했다": so does a forecast
        # (a first clause told in the past is done whatever the main clause plans: "…4명이 사직서를 냈으며, …나머지
        # 2명도 30일 자로 퇴직할 예정이다")
        if endings[0] in COORDINATING_ENDINGS and _has_subject(clauses[0]) and not (_planned(main) and not _told_as_done(clauses[0])) \
                and not _describes_with_next(morphs, clauses[0], clauses[1]) and not _holds_event(clauses[0]) \
                and not _reported_with(clauses[0], main) and not (_speaks(clauses[0]) and not _speaks(main)) \
                and not _alleged(main) and not _held_frame(main):
            # (not what was said while doing the act: "A씨는 …에게 “…갚겠다”고 말하며 …받아낸 뒤 편취한 혐의를 받고
            # 있다" is a charge of fraud, not a promise)
            # (nor the first of acts someone holds were done: "검찰은 권 회장이 …미술품 17점을 사들이고, | 8억원가량은 …쓴
            # 것으로 보고 있다"; alone, "검찰, …미술품 17점을 사들임" told the view as a fact, and the prosecutors as the buyer)
            # (a first act whose main clause is still to come is to come too: "계획에 따르면 시는 …대여소를 200곳으로
            # 늘리고, 이 가운데 35곳은 …새로 설치한다" -> "시, …200곳으로 늘릴 예정"; read blind, "…늘림" was F=0)
            ahead = (_Edit(clauses[0][-1].end, clauses[0][-1].end, AHEAD_MARK),) if _ahead_with_main(clauses[0], main) else ()
            offered.append((clauses[0], ahead))
        elif endings[0] in COORDINATING_ENDINGS and _has_subject(clauses[0]) and len(clauses[0]) > 2 \
                and clauses[0][-3].tag == "NNG" and clauses[0][-2].form == "하" and clauses[0][-2].tag == "XSV" \
                and not _forecast(main) and (plan := _plan_word(main)):
            # "…716억원을 투입하고, …선정할 계획이다": the plan covers the first clause, which keeps it ("…투입할 계획")
            offered.append((clauses[0], (_Edit(clauses[0][-1].end, clauses[0][-1].end, "할 " + plan),)))
        elif endings[0] in COORDINATING_ENDINGS and _has_subject(clauses[0]) and len(clauses[0]) > 2 \
                and clauses[0][-3].tag == "NNG" and clauses[0][-2].form == "하" and clauses[0][-2].tag == "XSV" \
                and not _forecast(main) and _decided(main):
            # "…기본급 인상을 추진하고, …지급하기로 했다": so does a decision ("…추진하기로")
            offered.append((clauses[0], (_Edit(clauses[0][-1].end, clauses[0][-1].end, "하기로"),)))
        elif len(clauses) == 2 and endings[0] in BACKGROUND_ENDINGS and _has_subject(clauses[0]) and _speaks(clauses[0]) \
                and not _speaks(main):
            # "관계자는 …라고 설명했는데, (기자의 전망)": what the speaker said is a statement of its own
            offered.append((clauses[0], ()))
        return offered

    def cut_at_word(self, text: str) -> str:
        """Last resort for free text: keep whole words up to the length bound."""
        words, out = text.split(), []
        for word in words:
            if len(" ".join([*out, word])) > self.max_chars:
                break
            out.append(word)
        return " ".join(out).rstrip(",")


GUIDE_TAGS = frozenset({"NNG", "NNP", "SL", "SH", "SN"})  # what a guide counts: nouns and numbers (a lede's guide, the headline's, holds no numbers)


PRESENT_ENDINGS = frozenset({"ᆫ다", "는다"}) | POLITE_ENDINGS


def _gapped_figure_after(morphs: list[Morph], k: int) -> bool:
    """Whether the ending at ``k`` is followed by a figure alone and a comma ("…1천543명이 등록해 2.0대 1, …선거에는"):
    the figure ends the clause whose verb a list of such clauses leaves out; no clause starts with it."""
    y = k + 1
    if y >= len(morphs) or morphs[y].tag != "SN":
        return False
    while y < len(morphs) and (morphs[y].tag in {"SN", "NR", "NNB", "SW", "SO"} or morphs[y].form == "대"):
        y += 1
    return y < len(morphs) and morphs[y].tag == "SP" and morphs[y].form == ","



def _present_action(morphs: list[Morph], k: int, j: int, last: Morph) -> bool:
    """Whether the final predicate (stem ``last`` at ``k - 1``) is an action verb in the plain present
    tense: no past or future marker, not a state ("있다", adjectives)."""
    # (an act named by a verbal noun is one too: "…사업 전략을 발표한다", "…출시된다")
    noun_act = last.tag == "XSV" and last.form in {"하", "되", "받", "시키"} and k >= 2 and morphs[k - 2].tag == "NNG" and morphs[k - 2].end == last.start
    # ("…규모로 치러진다": 치르 + 어 + 지, an event's verb in the passive)
    # (an auxiliary that completes an act: "…을 자회사로 떼 낸다", "…을 찾아 준다")
    # (not "-어 가다", a change going on: "경매사들도 나이 들어 간다" is no act to come, "…들어 갈 예정" was F=0)
    helper = last.tag == "VX" and k >= 3 and morphs[k - 2].tag == "EC" and morphs[k - 2].form in {"어", "아"} and morphs[k - 3].tag.startswith("VV") \
        and last.form != "가"
    if not (last.tag.startswith("VV") or noun_act or helper or _passive_event(morphs, k - 1)) or last.form in STATIVE_STEMS or last.form in MENTAL_STEMS:
        return False
    if last.form == "보이" and k >= 2 and morphs[k - 2].tag == "JKB" and morphs[k - 2].form in {"로", "으로"}:
        return False  # "…에 대한 반발로 보인다": how it looks, not an act to come
    if last.form == "하" and k >= 3 and morphs[k - 2].tag == "JKB" and morphs[k - 2].form in {"로", "으로"} \
            and morphs[k - 3].form in FRAMING_NOUNS:
        return False  # "…상업 가동을 목표로 한다": what a plan aims at, already a plan ("…목표로 할 예정" says it twice)
    if noun_act and last.form == "되" and morphs[k - 2].form in JUDGED_NOUNS:
        return False  # "…내달 10일 전으로 예상된다": what is expected now, not an act to come ("예상될 예정")
    if last.form == "받" and k >= 3 and morphs[k - 2].tag == "JKO" and (
            morphs[k - 3].form in STATE_RECEIVED or k >= 4 and morphs[k - 3].form == "등" and morphs[k - 4].form in STATE_RECEIVED):
        return False  # "A씨는 이날 …연락한 혐의(등)를 받는다": what he is suspected of, not an act to come
    if last.form in {"끌", "모으"} and k >= 3 and morphs[k - 2].tag == "JKO" and morphs[k - 3].form in ATTENTION_NOUNS:
        return False  # "…순천시의 성적도 관심을 끈다": what draws attention now, not an act to come ("관심을 끌 예정")
    if last.form in {"나오", "일", "잇따르", "커지"} and k >= 3 and morphs[k - 2].tag in {"JKS", "JX"} and morphs[k - 3].form in VOICE_NOUNS:
        return False  # "이번에도 게리맨더링 우려가 나온다": voices heard now, not an act to come ("우려 나올 예정")
    endings = [m for m in morphs[k:j] if m.tag not in {"SF", "SP"}]
    if not endings and k == j < len(morphs) and morphs[j].tag == "EC" and morphs[j].form in {"ᆫ다고", "는다고"}:
        return True  # "…사전오픈 한다고 알렸다": the frame is cut at a present-tense quote ending
    return len(endings) == 1 and endings[0].tag == "EF" and endings[0].form in PRESENT_ENDINGS


GIST_NOUNS = frozenset({"골자", "핵심", "요지", "내용", "목표"})  # "…하는 것이 골자다": what the acts before it are the gist of


def _gist_clause(clause: Sequence[Morph]) -> bool:
    """Whether a clause ends on "…하는 것이 골자다" ("…is the gist", :data:`GIST_NOUNS`): the acts of the clauses before it,
    joined by "-고", are inside the "것" it names, not acts of their own."""
    words = [m for m in clause if m.tag not in PUNCT_TAGS]
    return len(words) >= 6 and words[-1].tag == "EF" and words[-2].tag == "VCP" and words[-3].form in GIST_NOUNS \
        and words[-4].tag == "JKS" and words[-5].form == "것" and words[-5].tag == "NNB" and words[-6].tag == "ETM"


# "…을 목표로 한다", "…을 대상으로 한다", "…을 원칙으로 한다": what an act aims at, covers or keeps to, said now
FRAMING_NOUNS = frozenset({"목표", "대상", "원칙", "기본", "골자", "전제"})
ATTENTION_NOUNS = frozenset({"관심", "눈길", "주목", "시선", "이목", "인기"})  # "…관심을 끈다", "…눈길을 모은다"
# What people voice: "…우려가 나온다", "비판이 인다" tell what is being said now.
VOICE_NOUNS = frozenset({"우려", "비판", "지적", "목소리", "주장", "의견", "불만", "반발", "관측", "분석", "평가", "요구", "전망",
                         "얘기", "기대", "반응", "논란", "의혹", "비난", "불안", "원성", "하소연", "푸념"})
# Time words that put a present-tense action ahead ("다음 주 임시회를 연다", "내달 선보인다").
SCHEDULE_WORDS = frozenset({"오늘", "내일", "모레", "다음", "내달", "내주", "내년", "이달", "이번", "연내", "향후", "앞으로", "곧",
                            "조만간", "오전", "오후", "저녁", "이날", "상반기", "하반기", "연말", "연초"})
NOUN_READ_STEMS = frozenset({"죽", "웃", "믿"})  # verbs whose "-ㅁ" form is a noun of its own ("죽음", "웃음", "믿음")
MISREAD_RIEUL_STEMS = frozenset({"떨"})  # a ㄹ-stem whose "-어" form is another verb's stem ("떨어" of "떨어지다")
HABIT_WORDS = frozenset({"매년", "매달", "매주", "매일", "해마다", "매해", "주로", "보통"})  # "축제는 매년 10월 열린다": a habit
CONSEQUENCE_ADVERBS = frozenset({"결국"})  # "결국 …떠난다": where a situation leaves people


MEETING_NOUNS = frozenset({"자리", "시간", "모임", "만남", "행사", "회담", "면담", "대화", "협약", "회동"})


WEATHER_NOUNS = frozenset({"태풍", "비", "눈", "소나기", "장마", "장맛비", "기온", "바람", "강풍", "구름", "더위", "추위", "폭염",
                           "한파", "미세먼지", "황사", "안개", "저기압", "고기압", "전선", "수증기", "기압골"})


def _weather_subject(morphs: list[Morph], i: int, k: int) -> bool:
    """Whether the topic or subject before the predicate at ``k`` is weather ("태풍은 …해상을 지나겠습니다"), a time of
    day or the sky ("내일 아침도 쌀쌀하게 시작합니다"), or a region the weather is told of (:data:`REGION_NOUNS`): its
    "-겠-", or its present tense, forecasts, though the verb takes an object; weather intends nothing, nor is a time of
    day a plan's actor."""
    # (the subject nearest the verb: "…비 소식은 없지만 밤낮으로 무더위가 기승을 부리겠습니다"; a word ending in a
    # weather noun of two syllables is weather too: "무더위", "칼바람")
    x = next((x for x in range(k - 1, i, -1) if morphs[x].tag == "JKS" or morphs[x].tag == "JX" and morphs[x].form in {"은", "는", "도"}), None)
    if x is None or not _is_nominal(morphs[x - 1]):
        return False
    noun = morphs[x - 1].form
    # (a coast named with the weather in the clause, "…북상하면서 …제주와 남해안이 태풍의 직접 영향권에 들어갑니다": a forecast)
    return noun in WEATHER_NOUNS or any(noun.endswith(w) for w in WEATHER_NOUNS if len(w) >= 2) \
        or noun in DAYTIME_NOUNS and morphs[x - 1].tag == "NNG" or noun in REGION_NOUNS and morphs[x - 1].tag in {"NNG", "NNB"} \
        or noun.endswith(COASTS) and any(m.form in WEATHER_NOUNS for m in morphs[i:k])


COASTS = ("해안", "내륙", "산간")  # the ends of a region's name ("남해안", "영동 내륙") weather is told of


# Where weather happens ("전국 대부분 지역이 종일 영하권을 벗어나지 못하겠습니다": a forecast of the cold, no region's intention)
REGION_NOUNS = frozenset({"지역", "지방", "곳", "전국", "내륙", "산간", "해안", "일대"})
DAYTIME_NOUNS = frozenset({"아침", "낮", "밤", "저녁", "새벽", "오전", "오후", "주말", "휴일", "하늘", "날씨", "출근길", "퇴근길",
                           "오늘", "내일", "모레"})


def _holds_a_meeting(morphs: list[Morph], v: int) -> bool:
    """Whether "갖다" at ``v`` holds a meeting ("간담회를 갖는다", "자리를 갖는다"), not a quality ("가치를 갖는다")."""
    return v >= 2 and morphs[v - 1].tag == "JKO" and _gathering(morphs[v - 2])


def _scheduled(morphs: list[Morph], i: int, k: int) -> bool:
    """Whether the clause before the final predicate names when the action happens (a time word or a
    date): a present-tense action is then scheduled ("시의회, 다음 주 임시회를 연다"); without one it is a
    general statement, which takes the nominal ending ("센서, 오염 물질을 10초 안에 찾아냄")."""
    if morphs[k - 1].form == "하" and k - 2 >= i and morphs[k - 2].tag in {"EC", "JKQ"} and morphs[k - 2].form in REPORTED_ENDINGS:
        return False  # "…기온을 회복할 거라고 합니다": what is heard said, not an act to come ("…할 거라고 할 예정")
    if (morphs[k - 1].form in {"되", "하"} or morphs[k - 1].form.endswith("지") and morphs[k - 1].tag.startswith(("VV", "VX"))) \
            and any(m.form == "때" and m.tag == "NNG" and x > i and morphs[x - 1].tag == "ETM" and morphs[x - 1].form in {"ᆯ", "을"}
                    for x, m in enumerate(morphs[i:k], start=i)):
        # "…고농도가 예상될 때 내려진다": a rule of when it is done, no day of its own ("당일", "다음 날" are the rule's)
        return False
    if morphs[k - 1].form == "나서" and morphs[k - 1].tag.startswith("VV") or morphs[k - 1].form == "갖" and _holds_a_meeting(morphs, k - 1):
        return True  # "…홍보에 나선다", "…자리를 갖는다": taking up a task, holding a meeting, is announced ahead of it
    if _event_verb(morphs, i, k - 1) \
            and not any(m.form in HABIT_WORDS | PAST_WORDS or m.form == "지나" and morphs[x + 1].tag == "ETM"
                        for x, m in enumerate(morphs[i:k], start=i)):  # ("지난 26일 …에서 열립니다": a broadcast's past)
        return True  # "정상회의가 …캠프 데이비드에서 열립니다": an event told in the present is ahead or under way ("열림" read as over)
    if _moved_to(morphs, i, k):
        return False  # "…2027년 6월로 18개월 연기한다": the decision to move a date is taken now, whatever day it was told
    # "…매일 새벽 3시에 일어납니다": an hour of a habit is no time to come ("다음 달부터 매주 금요일 …연다" is planned)
    habit = any(m.form in HABIT_WORDS for m in morphs[i:k])
    if not habit and _after_it_ends(morphs, i, k):
        return True  # "설명회가 종료된 후 …업무계획을 보고받는다": what follows an event that is still to end is ahead
    # the last time named decides: "지난 26일 오후 4시, …이 연기에 뒤덮입니다" (a broadcast's present tells what
    # happened) but "지난해 약속한 … 다음 달부터 …를 연다"
    scheduled, ahead, now, x = False, False, False, i
    while x < k:
        m = morphs[x]
        now = now or _said_now(morphs, x, k)  # "현재 …오전 진료만 운영한다": what is done now
        if m.form == "지나" and x + 1 < k and morphs[x + 1].tag == "ETM" or m.form in PAST_WORDS:
            scheduled, x = False, x + 1
            while x < k and (morphs[x].tag in {"ETM", "SN"} or morphs[x].form in TIME_PARTS
                             or morphs[x].form in {"년", "월"} and morphs[x - 1].tag == "SN"):
                x += 1  # the rest of the past time ("지난 26일 오후 4시", "지난 1월 19일 새벽")
            continue
        if habit and (m.form in TIME_PARTS or day_date(morphs, x) and morphs[x + 1].form == "시"):
            pass
        elif day_date(morphs, x) and (y := _date_end(morphs, x, k)) < k and morphs[y].form in REFERENCE_TIMES \
                and not (x >= 2 and morphs[x - 2].form == "오" and morphs[x - 1].form == "는"):  # ("오는 15일 기준금리를 발표한다")
            x = y  # "…5월 15일 기준 …가입자 수는 133만 명에 달한다", "23일 오전 8시30분 현재 …102대에 이른다": the day a
            # figure is counted, no day to come (nor is its hour)
        elif (m.form in SCHEDULE_WORDS and m.tag in {"NNG", "MAG", "NNB", "NP"} and not _not_a_time(morphs, x, k) or day_date(morphs, x)) \
                and not _inside_told_content(morphs, x, k) and not _from_this_term(morphs, x, k) and not _hours_until(morphs, x, k):
            scheduled = True
            ahead = ahead or m.form in AHEAD_WORDS or day_date(morphs, x)
        x += 1
    return scheduled and (ahead or not now)  # (with "현재", only a day to come makes a plan: "현재 …검토 중이며 다음 달 …")


HABIT_ADVERBS = frozenset({"매주", "매일", "매달", "매월", "매년", "매번", "항상", "늘", "자주"})
HABIT_UNITS = frozenset({"일주일", "주", "달", "한달", "개월", "년", "해", "하루", "일"})  # "일주일에 두 번"


def _habitual(morphs: list[Morph], i: int, k: int) -> bool:
    """Whether a present act is told as a habit ("…일주일에 두 번 …점심을 지어 나눠 먹는다", "매주 화요일마다 모인다"):
    how often it is done, not something ahead ("…나눠 먹을 예정" was read as false). Not a habit that starts ahead
    ("다음 달부터 매주 금요일 …토론회를 연다" is a plan)."""
    if any(m.form in AHEAD_WORDS or m.tag == "JX" and m.form == "부터" for m in morphs[i:k]):
        return False
    for x in range(i, k):
        m = morphs[x]
        if m.tag == "MAG" and m.form in HABIT_ADVERBS or m.tag == "JX" and m.form == "마다":
            return True
        if m.form in RECURRING_TIMES and not (x > i and morphs[x - 1].form in {"이번", "다음", "지난", "오는", "올", "이", "그"}):
            return True  # "이 수영장은 평일 오후 9시에 문을 닫는다": a schedule kept ("…닫을 예정" told a plan); not "이번 주말"
        if m.form in {"번", "차례", "회"} and m.tag in {"NNB", "NNG"} and x - 3 >= i and morphs[x - 1].tag in {"MM", "SN", "NR"} \
                and morphs[x - 2].form == "에" and morphs[x - 2].tag == "JKB" and morphs[x - 3].form in HABIT_UNITS:
            return True
    return False


# Verbs that move a date ("…2027년 6월로 연기한다", "…내년으로 미룬다"): the date named is where it is moved to
MOVING_VERBS = frozenset({"연기", "미루", "늦추", "앞당기", "순연", "연장"})


def _moved_to(morphs: list[Morph], i: int, k: int) -> bool:
    """Whether the final verb before ``k`` moves a date and ``morphs[i:k]`` names where from or to ("개통 목표를 당초
    2025년 12월에서 2027년 6월로 18개월 연기한다", "축제를 내년으로 미룬다"): the decision is taken now, no plan to tell as one
    ("…연기할 예정" had been written)."""
    verb = morphs[k - 1] if morphs[k - 1].tag.startswith("VV") or k < 2 else morphs[k - 2]
    if verb.form not in MOVING_VERBS:
        return False
    timed = lambda y: date_part(morphs, y) or morphs[y].form in SCHEDULE_WORDS  # noqa: E731
    for y in range(i + 1, k):
        if morphs[y].tag == "JKB" and morphs[y].form in {"로", "으로", "에서"} and timed(y - 1):
            return True  # (the time right before "…로", "…에서")
    return False


CURRENT_TERMS = frozenset({"이번", "이달", "올해", "금년"})  # the period under way: "이번 학기부터", "이달부터"


def _from_this_term(morphs: list[Morph], x: int, k: int) -> bool:
    """Whether the time at ``x`` is the period under way, counted from ("이번 학기부터 늘봄학교를 운영합니다", "이달부터
    …적용한다"): the act has begun or begins now, no plan to tell as one ("…돌볼 예정" had been written)."""
    return morphs[x].form in CURRENT_TERMS and any(
        morphs[y].form == "부터" and morphs[y].tag == "JX" for y in range(x + 1, min(x + 3, k)))


def _hours_until(morphs: list[Morph], x: int, k: int) -> bool:
    """Whether the time at ``x`` is an hour of the day that a span runs until or from ("저녁 7시까지 아이들을 돌봅니다":
    the hours a service keeps, no day to come); a day named with it ("내일 오후 6시까지") is one of its own."""
    y = x if morphs[x].tag == "SN" else x + 1  # ("7시까지", or a part of the day before it: "저녁 7시까지")
    if not (y + 1 < k and morphs[y].tag == "SN" and morphs[y + 1].form == "시"):
        return False
    z = y + 2
    while z < k and (morphs[z].tag == "SN" or morphs[z].form in {"분", "반"}):
        z += 1  # ("7시 30분까지", "7시 반부터")
    return z < k and morphs[z].tag == "JX" and morphs[z].form in {"까지", "부터"}


def _inside_told_content(morphs: list[Morph], x: int, k: int) -> bool:
    """Whether the time at ``x`` is part of what a forecast or a report says ("애플이 내년 …을 내놓을 것이란 전망도 …
    제기된다"): "…것이란"/"…것이라는" follows it before ``k``; the time is the content's, not the main act's."""
    return any(morphs[y].form == "것" and morphs[y].tag == "NNB" and morphs[y + 1].tag == "VCP" and morphs[y + 2].tag == "ETM"
               and morphs[y + 2].form in {"란", "라는"} for y in range(x + 1, k - 2))


ENDING_STEMS = frozenset({"끝나", "마치", "종료", "폐막", "마무리"})  # an event ends: "…가 끝난 뒤", "…을 마친 후"


# Verbs whose plain present tells what is so, not an act to come: how a thing is rated or known ("…로 꼽는다", "…로
# 통한다", "입을 모은다", "…로 여긴다"), what it spans ("…을 아우른다"), what a rule covers ("…을 대상으로 한다").
# (and what one is in: "…혐의를 받는다", "…평가를 받는다", "…기미를 보인다", "…점유율 확대를 노린다", "함박웃음을 짓는다")
STANDING_STEMS = frozenset({"꼽", "꼽히", "통하", "아우르", "여기", "보", "보이", "모으", "받", "평가받", "노리", "짓", "끓", "대하",
                            "뜻하", "의미하", "차지하", "가리키", "이르", "달하", "넘", "웃돌", "밑돌", "불과하", "해당하", "속하",
                            "포함하", "거치"})


def _written_ahead(morphs: list[Morph], i: int, k: int, j: int) -> bool:
    """Whether a written sentence's plain present ("-ㄴ다", "-는다"; not a broadcast's "-ㅂ니다", which narrates) tells an
    act to come though it names no day: an act whose doer is named ("배우들도 레드 카펫을 밟는다", "…오케스트라가 한국
    무대를 찾는다", "…과를 둔다"), read as done in "-ㅁ" ("밟음"). Not a standing state (:data:`STANDING_STEMS`), a habit,
    a rule's case ("…할 경우", "…하면": foreseen), or anything told of a past time."""
    ending = next((m for m in morphs[k:j] if m.tag == "EF"), None)
    # (or the plain present of a report cut from its frame: "…생산공장을 새로 짓는다고 2일 밝혔다" -> "…새로 지을 예정",
    # not "…새로 지음", read blind as built already)
    # (a verbal noun's report is a decision made, "…18개월 연기한다고 발표했다" -> "…18개월 연기": only a verb's)
    reported = ending is None and k == j < len(morphs) and morphs[j].tag == "EC" and morphs[j].form in {"ᆫ다고", "는다고"} \
        and morphs[k - 1].tag.startswith("VV")
    if not reported and (ending is None or ending.form not in {"ᆫ다", "는다"}):
        return False
    stem = morphs[k - 1]
    # ("…생산라인을 새로 짓는다": to build is an act to come; "미소를 짓는다" is a look)
    builds = stem.form == "짓" and any(m.form in BUILT_NOUNS for m in morphs[i:k])
    if not builds and (stem.form in STANDING_STEMS or k >= 2 and morphs[k - 2].form in STANDING_STEMS and stem.tag.startswith("XSV")):
        return False
    if stem.form == "되" and stem.tag.startswith(("VX", "VV")) and k >= 2 and morphs[k - 2].form == "게":
        return False  # "…오르게 된다", "…준비하게 된다": what follows is said so already ("…될 예정" says it twice)
    if k >= 3 and morphs[k - 2].tag == "JKB" and morphs[k - 3].form == "대상":
        return False  # "…재진환자를 대상으로 한다": whom a rule covers
    if _timed_otherwise(morphs, i, k):
        return False
    # (an opening one is cut before: all of it; Kiwi may read it as a noun, "결국 환자 가족들은")
    if any(m.form in CONSEQUENCE_ADVERBS and (m.tag == "MAG" or m.tag == "NNG" and x + 1 < k and morphs[x + 1].start > m.end)
           for x, m in enumerate(morphs[:k])):
        return False  # "결국 보호자들은 …원정 진료를 떠난다": what the situation drives people to do now, no act to come
    # the sentence's own subject or topic: the last before the verb, not a relative clause's ("연구단이 개발한 센서는")
    subject = next((x for x in range(k - 1, i, -1) if (morphs[x].tag == "JKS" and _relative_end(morphs, x, j) is None
                                                      or morphs[x].tag == "JX" and morphs[x].form in {"은", "는", "도"})
                    and _is_nominal(morphs[x - 1])), None)
    if subject is not None and morphs[subject].form in {"은", "는"} and morphs[subject - 1].form == "들" and subject - 2 >= i:
        # "중도매인들은 손가락 개수와 방향으로 값을 부른다": a class of people, the word alone, does so as a practice (not
        # "국내 배우들은", "이 배우들은")
        w = max(i, subject - len(_word_before(morphs, subject)))
        if morphs[w].tag == "NNG" and (w == i or morphs[w - 1].tag not in {"ETM", "MM", "JKG", "NNG", "NNP", "SN", "NNB"}):
            return False
    if subject is not None and morphs[subject].tag == "JKS" and any(
            m.tag == "JX" and m.form in {"은", "는"} and _is_nominal(morphs[x - 1]) and _relative_end(morphs, x, j) is None
            for x, m in enumerate(morphs[i + 1 : subject], start=i + 1)):
        return False  # "…평균 나이 71세인 이 마을은 …맡기지 않고 주민들이 직접 축제를 꾸린다": what others do there, under a topic
        # of its own, tells how things are (read blind, "…주민들이 직접 축제를 꾸릴 예정" was F=0: they have for four years)
    return subject is not None and _acting_noun(morphs, subject - 1)


def _timed_otherwise(morphs: list[Morph], i: int, k: int) -> bool:
    """Whether ``morphs[i:k]``, before a verb in the plain present, set its act in a time other than one to come: a
    habit or the past ("매년", "지난해", "지난 …"), now (:func:`_said_now`), a case or a condition ("…할 경우", "…하면";
    not a source, "계획에 따르면"), or what follows from a cause ("…1대뿐이라, 주민들은 …오르내린다": done now)."""
    return any(m.form in HABIT_WORDS | PAST_WORDS | {"경우", "때"} or m.form == "지나" and x + 1 < k and morphs[x + 1].tag == "ETM"
               or _said_now(morphs, x, k)
               or m.tag == "EC" and m.form in {"면", "으면"} | CAUSE_ENDINGS | COPULA_CAUSES and not (x and morphs[x - 1].form in {"따르", "의하"})
               for x, m in enumerate(morphs[i:k], start=i))


BUILT_NOUNS = frozenset({"라인", "공장", "건물", "센터", "시설", "아파트", "주택", "캠퍼스", "팹", "사옥", "단지", "발전소", "병원", "학교"})

# Who or what acts on a day (a body, a gathering, people): "오케스트라", "사업소", "배우들", "전당대회", "2부".
# (besides the bodies :func:`_acting_noun` reads from :data:`INSTITUTION_ENDINGS` and :data:`ANNOUNCING_BODIES`)
ACTING_HEADS = ("단", "사업소", "공사", "당", "전당", "오케스트라", "구단", "팀", "행사", "대회", "공연", "축제", "부")


def _acting_noun(morphs: Sequence[Morph], x: int) -> bool:
    """Whether the noun at ``x`` (a subject's or topic's last) names one who acts on a day: a name, a body, a gathering
    or people ("…배우들"), not a thing or a state ("센서", "질환", "환자 수": their present is what they do or are)."""
    m = morphs[x]
    if m.tag == "XSN" and m.form == "들" and x > 0:
        return True
    # (a name written with its trade, "세진/반도체": Kiwi reads the trade as a common noun; so with Latin letters, "KN에너지")
    named = x > 0 and morphs[x - 1].tag in {"NNP", "SL"} and morphs[x - 1].end == m.start
    # (a city, county or district office named by its kind alone after its name, "전주시는 …" then "시는 …")
    return m.tag == "NNP" or m.tag == "NNG" and (m.form.endswith(ACTING_HEADS + INSTITUTION_ENDINGS + ANNOUNCING_BODIES) or _gathering(m) or named
                                                 or m.form in LOCAL_GOVERNMENTS and (x == 0 or morphs[x - 1].end < m.start))


LOCAL_GOVERNMENTS = frozenset({"시", "군", "구", "도", "시청", "군청", "구청", "도청"})  # "시는 …", as a story names the city again


def _after_it_ends(morphs: list[Morph], i: int, k: int) -> bool:
    """Whether the clause before ``k`` sets its act after an event ends, with no past tense ("설명회가 종료된 후",
    "행사를 마친 뒤"; not "…마쳤던 뒤"): told in the present, the act follows an event still ahead."""
    for x in range(i + 2, k):
        if morphs[x].form in {"후", "뒤"} and morphs[x].tag in {"NNG", "NNB"} and morphs[x - 1].tag == "ETM" \
                and morphs[x - 1].form in {"ᆫ", "은"}:
            stem = morphs[x - 2] if morphs[x - 2].tag.startswith("VV") else morphs[x - 3] if x - 3 >= i and morphs[x - 2].tag == "XSV" else None
            if stem is not None and stem.form in ENDING_STEMS:
                return True
    return False


def _one_time_ahead(morphs: list[Morph], i: int, k: int) -> bool:
    """Whether the clause before ``k`` dates its act at one time to come: a day, an hour or a time word ("2일", "오는
    7일 오후 3시", "다음 달", "내년"; not "이번 설명회", and not an event verb's present alone: "…필요 시 상담을
    진행한다" tells how a programme works), no span ("…8일부터", "…25일까지", "이날부터 …판매한다" may be under way),
    no past time ("지난 10일 …을 시작으로 …5일간 진행된다"), no habit ("매일")."""
    if any(m.tag == "JX" and m.form in {"부터", "까지"} or m.form in PAST_WORDS | HABIT_WORDS
           or m.form == "지나" and morphs[x + 1].tag == "ETM" or m.form in DURATION_WORDS
           for x, m in enumerate(morphs[i:k], start=i)):
        return False
    return any(day_date(morphs, x) or m.form in SCHEDULE_WORDS and m.form != "이번" and m.tag in {"NNG", "MAG", "NNB", "NP"}
               and not _not_a_time(morphs, x, k) for x, m in enumerate(morphs[i:k], start=i))


def _dated_span(morphs: list[Morph], i: int, k: int) -> bool:
    """Whether the clause before ``k`` names a span of days ("10월 28일부터 11월 1일까지", "28일부터 닷새간"): an
    act told in the present over it may be under way on the story's day."""
    for x in range(i + 1, k):
        if morphs[x].form == "부터" and morphs[x - 1].form == "일" and date_part(morphs, x - 1):
            return any(m.form == "까지" or m.form in DURATION_WORDS for m in morphs[x + 1 : k])
    return False


PAST_WORDS = frozenset({"어제", "그제", "작년", "지난해", "지난달", "지난주", "당시"})
NOW_WORDS = frozenset({"현재", "지금", "요즘", "요즈음", "현재까지"})  # "현재 …외래 진료만 운영한다": what is done now


def _said_now(morphs: list[Morph], x: int, k: int) -> bool:
    """Whether ``morphs[x]`` says the act before ``k`` is done now (:data:`NOW_WORDS`); not a "현재" inside what describes
    an argument ("현재 38% 수준인 배치율을": a relative clause's, whose modifier ending follows it)."""
    return morphs[x].form in NOW_WORDS and not any(y.tag == "ETM" for y in morphs[x + 1 : k])
# Time words that name a time to come whatever else the clause says ("다음 달", "내년"), unlike a part of the day
AHEAD_WORDS = frozenset({"내일", "모레", "다음", "내달", "내주", "내년", "연내", "향후", "앞으로", "곧", "조만간"})


def _not_a_time(morphs: list[Morph], x: int, k: int) -> bool:
    """Whether "다음" at ``x`` means "the following" ("다음 몇 가지", "다음과 같다") rather than the next day, week or year,
    or the time word is what the clause is about ("이번이 처음이 아니라고도 털어놓습니다": this time, no date)."""
    if x + 1 < k and morphs[x + 1].tag in {"JKS", "JKC", "VCP"} and morphs[x + 1].start == morphs[x].end:
        # ("내달이면 …사라진다": "by next month" is a time)
        return not (morphs[x + 1].tag == "VCP" and x + 2 < k and morphs[x + 2].tag == "EC" and morphs[x + 2].form == "면")
    if morphs[x].form == "이번" and x + 2 < k and morphs[x + 1].tag == "NNG" and morphs[x + 1].form not in NEXT_TIMES | SEASON_TIMES \
            and morphs[x + 2].tag in {"JX", "JKS"} and morphs[x + 2].form in {"은", "는", "이", "가"}:
        return True  # "이번 장애는 기준에 못 미칩니다": this outage, the sentence's subject; no time of an act to come
    return morphs[x].form == "다음" and not (x + 1 < k and morphs[x + 1].form in NEXT_TIMES)


NEXT_TIMES = frozenset({"날", "주", "달", "해", "주말", "회기", "시즌", "학기", "분기", "경기", "번", "차례", "기회"})
SEASON_TIMES = frozenset({"봄", "여름", "가을", "겨울", "연휴", "명절", "방학", "휴가", "주간", "기간"})  # "이번 겨울은 …": a time


def day_date(morphs: list[Morph], x: int) -> bool:
    """A day or hour ("15일", "오는 5일", "3시"): a year ("2030년") dates a forecast, not an action. (A past day, "지난
    21일", never gets here: :func:`_scheduled` passes over it.)"""
    m = morphs[x]
    if not (m.tag == "SN" and x + 1 < len(morphs) and morphs[x + 1].form in {"일", "시"} and morphs[x + 1].tag in {"NNB", "NNG"}):
        return False
    # ("365일 통합 관리하는", "주 3일 …운영한다": a count of days is no day of the month)
    return not (m.form.isdigit() and int(m.form) > (31 if morphs[x + 1].form == "일" else 24)) and not _count_of_days(morphs, x)


RATE_PERIODS = frozenset({"주", "월", "매주", "매월", "연", "평균"})  # "주 3일", "월 평균 27일": so many days per


def _speaks(morphs: Sequence[Morph]) -> bool:
    """Whether a clause reports speech (a verb or noun of saying, or a quotation)."""
    # a verb of saying is a verb: "전하" (NNG) is an electric charge, not "전하다"
    # ("고객의 말을 듣고": someone else's words heard, no speech of the clause's own)
    return any(m.form in SPEAKING and (m.tag.startswith("VV") or m.form not in SPEAKING_VERBS)
               and not (k + 2 < len(morphs) and morphs[k + 1].tag == "JKO" and morphs[k + 2].form == "듣")
               or m.tag == "SSO" and m.form in {"“", '"'} for k, m in enumerate(morphs))


def _says_headline(morphs: Sequence[Morph], keep: frozenset[str]) -> bool:
    """Whether ``morphs`` say two of the headline's nouns (``keep``: their content keys), as a place the headline names
    does ("서울 강남구의 한 대형 산후조리원에서" under "서울 강남 대형 산후조리원서 …")."""
    return len({content_key(m) for m in morphs if m.tag in GUIDE_TAGS} & keep) >= 2


def _cause_clause(morphs: list[Morph], guide: Mapping[str, float] | None) -> list[tuple[list[Morph], tuple[_Edit, ...]]]:
    """A lede's first clause when it tells what happened and the rest what was done about it, each with its own subject
    ("…학생 87명이 집단으로 복통과 설사 증세를 보여 | 보건당국이 역학조사에 나섰다"), when the rest says none of the
    headline (``guide``) and the first some: the event, as the headline tells it (not "…경보가 발령되면서 | …1200여 곳이
    휴업" under "…유치원·초교 1200여곳 휴업")."""
    if not guide:
        return []
    for k, m in outside_quotes(morphs, 0, len(morphs)):
        if m.tag == "EC" and (m.form in {"면서", "으면서"} or m.form in SEQUENCE_ENDINGS and _sequence_step(morphs, k)):
            clause, rest = morphs[: k + 1], morphs[k + 1 :]
            if _has_subject(clause) and _has_subject(rest) and _weight(clause, guide) > 0 and _weight(rest, guide) == 0:
                return [(clause, ())]
            return []
        if m.tag == "EC" and m.form in CLAUSE_OR_REPORTED_ENDS:
            return []
    return []


def _after_cause(morphs: list[Morph], clause: list[Morph]) -> bool:
    """Whether the part before ``clause`` ends in a clause of cause or of a step before it ("…마비되면서 |", "…받아 |"), not
    a concession ("…평가했지만, |": the main clause is the point told against it)."""
    k = max((x for x, m in enumerate(morphs) if m.end <= clause[0].start and m.tag != "SP"), default=0)
    if k < 2 or morphs[k].tag != "EC" or _postposition_verb(morphs, k) \
            or morphs[k - 1].form == "잇" and morphs[k - 2].tag == "JKB":  # ("…2007년에 이어": after, no act)
        return False
    return morphs[k].form in CAUSE_TIME_ENDINGS | SEQUENCE_ENDINGS


def _headline_subject_before(morphs: list[Morph], clause: list[Morph], guide: Mapping[str, float]) -> bool:
    """Whether the part of a lede dropped before ``clause`` has a subject the headline names (``guide``): "…야산에서 발생한
    산불이 18시간째 이어지면서 | 주민 430여 명이 …대피했다": the clause alone would not say from what."""
    return any(m.tag == "JKS" and x and any(content_key(n) in guide for n in _subject_words(morphs, x))
               for x, m in enumerate(morphs) if m.start < clause[0].start)


def _subject_words(morphs: list[Morph], x: int) -> list[Morph]:
    """The noun right before the subject particle at ``x``, or, after a quoted name, the name's nouns and the noun just
    before it ("제11호 태풍 '해오름'이" -> 해오름, 태풍)."""
    if _is_nominal(morphs[x - 1]):
        return [morphs[x - 1]]
    if morphs[x - 1].tag != "SSC":
        return []
    opening = next((y for y in range(x - 2, -1, -1) if morphs[y].tag == "SSO"), None)
    if opening is None:
        return []
    return [n for n in morphs[max(0, opening - 1) : x - 1] if _is_nominal(n)]


def _weight(morphs: Sequence[Morph], guide: Mapping[str, float]) -> float:
    """Sum of ``guide`` weights of the distinct nouns in ``morphs``."""
    return math.fsum(guide.get(k, 0.0) for k in {content_key(m) for m in morphs if m.tag in GUIDE_TAGS} if k is not None)


def _names_by_pointing(morphs: list[Morph], i: int, k: int) -> bool:
    """Whether a clause opens by pointing back at what it is about ("이번 중단은 …", "이는 …", "해당 조치는"): "…한 것이다"
    after it explains what the sentence before told, and stays an explanation (read blind, "…이후에 나옴" restated the
    lede)."""
    first = morphs[i]
    return (first.form, first.tag) in POINTING_WORDS or (first.form, first.tag) == ("이번", "NNG") and i + 1 < k \
        and morphs[i + 1].tag.startswith("NN")  # (not "이번에 가결된 …법은": that names the law)


POINTING_WORDS = frozenset({("이", "MM"), ("그", "MM"), ("이런", "MM"), ("이러한", "MM"), ("그런", "MM"), ("그러한", "MM"),
                            ("해당", "NNG"), ("이들", "NP"), ("그들", "NP"), ("이", "NP"), ("그", "NP")})


def pointing_word(morphs: Sequence[Morph], x: int) -> bool:
    """Whether ``morphs[x]`` points at what came before (:data:`POINTING_WORDS`: "이 회사", "해당 병원"); not the verb
    "해당하다" ("…주의의무 위반에 해당한다": it falls under, points at nothing)."""
    m = morphs[x]
    return (m.form, m.tag) in POINTING_WORDS \
        and not (m.form == "해당" and x + 1 < len(morphs) and morphs[x + 1].tag == "XSV" and morphs[x + 1].start == m.end)


ALREADY_ADVERBS = frozenset({"이미", "벌써", "아직", "여전히"})  # what is so already, or still, somewhere the sentence names
FOLLOW_ON_ADVERBS = frozenset({"이어", "이어서", "이후", "뒤이어"})  # "(…했고,) 이어 …": the next step after the clause before
PART_NOUNS = frozenset({"중", "가운데"})
# "이 기간", "그 시기": the time the clause before gave ("…1월 온라인쇼핑 동향을 발표하고 이 기간 거래액이 …")
TIME_SPAN_NOUNS = frozenset({"기간", "시기", "기간중", "무렵", "시점"})
OF_THOSE = frozenset({"그중", "이중"})  # "그중 …": a part of what was just told, read as one noun


def _needs_the_rest(morphs: list[Morph], clause: list[Morph], gaps: tuple[_Edit, ...] = ()) -> bool:
    """Whether a clause offered alone would not say of what: it is part of a clause dropped, leans on one, or its
    inner subject's act is the dropped clause's (see the three checks)."""
    return _part_of_dropped(morphs, clause, gaps) or _leans_on_dropped(morphs, clause) or _inner_subject_dropped(morphs, clause) \
        or _measure_of_dropped_topic(morphs, clause, gaps)


def _measure_of_dropped_topic(morphs: list[Morph], clause: list[Morph], gaps: tuple[_Edit, ...] = ()) -> bool:
    """Whether a clause's subject is the pace, size or rate of a change (:func:`_measure_of_change`) whose owner is a
    topic left in the part dropped ("서울 아파트값은 …상승세를 이어갔지만 …줄어들면서 | 전체적인 상승 속도는 …3주 연속
    느려졌다": alone, "전체적인 상승 속도, …느려짐" says of nothing; read blind, "no subject"). Not when the clause carries
    the topic over (``gaps``)."""
    if gaps or not (_measure_of_change(clause) or _property_measure(clause)):
        return False
    start = next((x for x, m in enumerate(morphs) if m is clause[0]), 0)
    return any(m.tag == "JX" and m.form in {"은", "는"} and x and _is_nominal(morphs[x - 1]) and morphs[x - 1].form not in TIME_TOPICS
               for x, m in outside_quotes(morphs[:start]))


def _part_of_dropped(morphs: list[Morph], clause: list[Morph], gaps: tuple[_Edit, ...] = ()) -> bool:
    """Whether a clause kept without the one before it names its subject as a part of that one ("…716억원을
    투입하고, 이중 463억원 규모 …"), as a pronoun for it ("…칩을 개발하고 이를 활용한 …") or as its time ("…1월
    동향을 발표하고 이 기간 거래액이 …"): alone it would not say of what. ("이 스타트업" names the article's subject,
    not the dropped clause's.)"""
    kept = {id(m) for m in clause}
    after = min([next((m.start for m in morphs if id(m) not in kept), morphs[-1].end), *(gap.start for gap in gaps)])
    said = Compressor._strip_quote_frame(clause, 0, len(clause))  # "…동등하다고 이 스타트업은 말한다": the frame goes
    # (so is "the rest" of what it counted: "…피해 가구의 약 70%에 전력을 다시 공급했으며, | 나머지 지역은 …복구를
    # 마쳤다"; alone, "한전 나머지 지역, …복구를 마침")
    first = next((x for x, m in enumerate(clause) if m.tag != "SP"), 0)
    return any(m.start >= after and (m.tag == "NP" and m.form in POINTING_PRONOUNS
                                     or m.tag == "MM" and m.form in {"이", "그"} and x + 1 < said
                                     and clause[x + 1].form in PART_NOUNS | TIME_SPAN_NOUNS
                                     or x == first and m.tag == "NNG" and m.form == "나머지")
               for x, m in enumerate(clause[:said]))


COUNTING_DETERMINERS = frozenset({"두", "세", "네", "양"})


def _counts_dropped(morphs: list[Morph], clause: list[Morph]) -> bool:
    """Whether a clause kept without the rest of its sentence counts what the rest names ("…충남과 대전으로
    옮겼는데 | 두 지역에서 …": alone, "두 지역" names no place)."""
    kept = {id(m) for m in clause}
    dropped = [m for m in morphs if id(m) not in kept]
    listed = any(m.tag == "JC" and _is_nominal(dropped[x + 1]) for x, m in enumerate(dropped[:-1]))
    counted = {(m.form, dropped[x + 1].form) for x, m in enumerate(dropped[:-1]) if m.tag == "MM"}
    # ("딥시크-V3, 딥시크-R1 두 모델 모두는 …, 두 모델의 성능은 …": the writer's own "두 모델" again, which the
    # block's bullets before have named)
    return listed and any(m.tag == "MM" and m.form in COUNTING_DETERMINERS and clause[x + 1].tag == "NNG"
                          and (m.form, clause[x + 1].form) not in counted for x, m in enumerate(clause[:-1]))


TOTAL_WORDS = frozenset({"총", "모두", "약", "무려", "전체"})  # "in all", "about" between a noun and its count


def _conceded_without_subject(morphs: list[Morph], i: int, b: int) -> bool:
    """Whether the phrase at ``b`` follows a concession ("…기록하고도", "…늘었지만", "…했는데도") whose clause, from
    ``i``, has no subject or topic of its own."""
    e = b - 1
    if morphs[e].tag == "SP":
        e -= 1
    if e > i and morphs[e].tag == "JX" and morphs[e].form == "도" and morphs[e - 1].tag == "EC" and morphs[e - 1].form in {"고", "어", "아", "는데", "은데", "ᆫ데"}:
        e -= 1
    elif not (morphs[e].tag == "EC" and morphs[e].form in {"지만", "으나", "나"}):
        return False
    return e > i and not any(m.tag == "JKS" or m.tag == "JX" and m.form in {"은", "는", "ᆫ"} for _, m in outside_quotes(morphs, i, e))


def _opens_with_concession(clause: list[Morph]) -> bool:
    """Whether a clause opens on a concession with no subject of its own before its topic or subject ("…58%를
    기록하고도 | 유효슈팅은 …": see :func:`_conceded_without_subject`)."""
    t = next((x for x, m in outside_quotes(clause) if x and _is_nominal(clause[x - 1])
              and (m.tag == "JKS" or m.tag == "JX" and m.form in {"은", "는", "ᆫ"})), None)
    if t is None:
        return False
    b = t - 1
    while b > 0 and _is_nominal(clause[b - 1]):
        b -= 1
    return b > 0 and _conceded_without_subject(clause, 0, b)


# Acts of the law done to people ("…3명은 불구속 상태로 재판에 넘겼다", "…2명은 불구속 입건했다"): their topic is who it befell.
ACTS_ON_PEOPLE = frozenset({"넘기", "기소", "입건", "구속", "송치", "검거", "체포", "고발", "구속기소", "불구속기소"})


def _topic_acted_on(clause: list[Morph]) -> bool:
    """Whether a clause's topic is what its act befalls: the act is one of :data:`ACTS_ON_PEOPLE` (active, "…재판에
    넘겼다", "…입건했다"), with no object of its own after a topic ("…등 3명은 …")."""
    stem = next((x for x in range(len(clause) - 1, -1, -1) if _is_stem(clause[x]) and clause[x].tag not in {"VX", "EP"}), None)
    if stem is None or stem < 1:
        return False
    act = clause[stem - 1] if clause[stem].tag == "XSV" and clause[stem].form == "하" else clause[stem]
    if act.form not in ACTS_ON_PEOPLE or act.form == "넘기" and not any(m.form == "재판" for m in clause[max(0, stem - 3) : stem]):
        return False
    topic = next((x for x, m in outside_quotes(clause) if m.tag == "JX" and m.form in {"은", "는"} and x and _is_nominal(clause[x - 1])), None)
    return topic is not None and not any(m.tag == "JKO" for _, m in outside_quotes(clause, topic, len(clause)))


def _bare_count_of_dropped(morphs: list[Morph], clause: list[Morph]) -> bool:
    """Whether a clause kept without the rest of its sentence has for object a bare count ("모두 2,418건을 적발") of
    what the rest names ("…음주운전 특별단속을 벌여 | 모두 2,418건을 적발했다": alone, 2,418 of what?): a number and its
    counter with no noun before them, after a dropped part that has an object of its own. So does a clause whose
    subject is a bare amount ("…결제수수료 600원을 합쳐 | 5,960원이 빠져나갑니다": 5,960원 of what?), and one whose
    subject is a bare count of what the dropped part counts by the same counter ("점포 58곳이 모두 타고 | 12곳이
    부분적으로 피해를 입었다": 12 of what, and the 58 gone)."""
    kept = {id(m) for m in clause}
    dropped = [m for m in morphs if id(m) not in kept]
    for x, m in outside_quotes(clause):
        # (or a count of what the dropped part numbers: "…서식 개체 수가 꾸준히 늘어 | 현재 90여 마리가 사는 것으로 추정된다")
        n = x - 3 if x >= 3 and clause[x - 2].tag == "XSN" else x - 2  # ("90여 마리가": the count's "여")
        if m.tag == "JKS" and n >= 0 and clause[x - 1].tag in {"NNB", "NNG"} and clause[x - 1].form not in MEASURE_UNITS \
                and clause[n].tag == "SN" and (n == 0 or not _is_nominal(clause[n - 1])) \
                and (clause[x - 1].form in COUNTERS and any(n.tag == "SN" and y + 1 < len(dropped) and dropped[y + 1].form == clause[x - 1].form
                                                            for y, n in enumerate(dropped))
                     or any(n.form == "수" and n.tag in {"NNB", "NNG"} and y + 1 < len(dropped) and dropped[y + 1].tag == "JKS"
                            for y, n in enumerate(dropped))):
            return True
    if not any(m.tag == "JKO" for m in dropped):
        return False
    for x, m in outside_quotes(clause):
        counted = m.tag == "JKO" and x >= 2 and clause[x - 1].form in COUNTERS
        amount = m.tag == "JKS" and x >= 2 and clause[x - 1].form in MEASURE_UNITS
        if not ((counted or amount) and clause[x - 1].tag in {"NNB", "NNG", "SW"} and clause[x - 2].tag == "SN"):
            continue
        b = x - 3
        if b >= 0 and clause[b].form in TOTAL_WORDS:
            b -= 1  # "보험계약 총 140건을": the noun before "in all" names what is counted
        if b < 0 or not _is_nominal(clause[b]) and clause[b].tag != "SP":
            return True
    return False


# Words of a measured change ("0.08% 상승해", "20% 줄어"): the figure of the step is how much.
CHANGE_WORDS = frozenset({"늘", "줄", "오르", "내리", "떨어지", "뛰", "증가", "감소", "상승", "하락", "급등", "급락", "급증", "급감",
                          "확대", "축소", "성장", "개선", "악화"})


def _measured(morphs: Sequence[Morph]) -> bool:
    """Whether ``morphs`` state a measured amount: a number with a unit of measure ("0.08%", "65억달러", "3배")."""
    return any(m.tag == "SN" and any(n.form in MEASURE_UNITS for n in morphs[x + 1 : x + 3]) for x, m in enumerate(morphs))


def _measure_as_actor(first: Sequence[Morph], main: Sequence[Morph]) -> bool:
    """Whether the topic of a clause that measures it ("…고추 수확 일당은 올해 15만원을 넘겼고,") would be made the one
    who acts on an object in the main clause ("숙식과 교통비까지 제공해야 사람을 구할 수 있다": a wage finds no one); not
    when the main clause reads or compares a figure as a measure does ("…시장 예상치를 밑돌았다") or states one."""
    # (the first clause's own predicate changes or reads the figure: "…15만원을 넘겼고"; not an act of a body that sets
    # it, "교육부는 …상한을 5.49%로 공고했으나, …동결을 유지하도록 했다")
    figure_verbs = READING_VERBS | CHANGE_WORDS
    last = next((m for m in reversed(first) if _is_stem(m)), None)
    return _measured(first) and last is not None and last.form in figure_verbs \
        and any(m.tag == "JKO" for m in main) and not any(m.tag == "SN" for m in main) \
        and not any(_is_stem(m) and m.form in figure_verbs for m in main)


def _comma_after(morphs: list[Morph], last: Morph) -> bool:
    """Whether a comma follows the morpheme ``last`` of ``morphs`` (the ending a clause was split at)."""
    x = next((y for y, m in enumerate(morphs) if m is last), None)
    return x is not None and x + 1 < len(morphs) and morphs[x + 1].tag == "SP"


def _describes_with_next(morphs: list[Morph], first: list[Morph], second: list[Morph]) -> bool:
    """Whether a clause split at its "-고" may be the first half of a description the next clause ends ("조직원을
    관리하고 | 마약까지 유통한 총책 …을 검거하고"): no comma between them, the next opens on a relative clause with
    an argument of its own ("마약까지 유통한") and has no subject of its own. Offered alone, the first clause could
    state as the topic's act what the one described did."""
    end = next((x for x, m in enumerate(morphs) if m is first[-1]), None)
    if end is None or end + 1 >= len(morphs) or morphs[end + 1].tag == "SP" or _clause_has_subject(second):
        return False
    for x, m in enumerate(second[:-1]):
        if m.tag in {"EC", "EF", "JKS"} or m.form in POSTPOSITION_VERBS:
            return False
        relative = m.tag == "NNG" and second[x + 1].form == "한" and second[x + 1].tag == "MM" and second[x + 1].start == m.end \
            or _is_stem(m) and next((n.tag for n in second[x + 1 :] if n.tag != "EP"), None) == "ETM"
        # ("유통한": Kiwi may read the "-한" of a noun verb as the determiner "한")
        if relative or _is_stem(m):
            # ("…칩을 개발하고 이를 활용한 …": what the first clause made, taken up again, is a new act)
            return relative and not any(n.tag == "NP" for n in second[:x]) \
                and any(n.tag in {"JKO", "JKB"} or n.tag == "JX" and n.form in {"까지", "도", "만"} for n in second[:x])
    return False


# Gatherings a subject holds ("간담회를 열고", "기자회견을 갖고", "총회를 개최하고"): the names end in these
# (the words of :data:`MEETING_NOUNS` are gatherings too).
GATHERING_HEADS = ("회", "회의", "회견", "식", "담", "포럼", "세미나", "워크숍", "심포지엄", "회담", "캠프", "축제")
NOT_GATHERINGS = frozenset({"기회", "사회", "교회", "방식", "형식", "양식", "지식", "의식", "주식", "인식", "공식", "회식", "부담"})
HOLDING_VERBS = frozenset({"열", "갖", "가지", "개최"})


def _holds_event(clause: list[Morph]) -> bool:
    """Whether a clause split at its "-고" only holds the gathering where the next clause's act happened
    ("…최종 선정 기업과 간담회를 열고, | 6개사를 우수기업으로 선정했다"): alone it would leave out what was done there."""
    x = len(clause) - 1
    while x > 0 and clause[x].tag in {"SP", "EC", "EP"}:
        x -= 1
    if x > 0 and clause[x].tag == "XSV" and clause[x].form == "하":
        x -= 1
    if x < 2 or clause[x].form not in HOLDING_VERBS or clause[x - 1].tag != "JKO":
        return False
    return _gathering(clause[x - 2]) or clause[x - 2].form in HELD_SESSIONS


def _met_with(clause: list[Morph]) -> bool:
    """Whether a clause names whom its subject met ("…대표들과", a comitative "와/과/하고" outside quotations)."""
    return any(m.tag == "JKB" and m.form in {"와", "과", "하고"} for _, m in outside_quotes(clause))


def _alleged(main: list[Morph]) -> bool:
    """Whether a clause ends in a frame that covers the clauses before it: a charge ("…계약을 맺고 | …97억원을 빼돌린
    혐의를 받고 있다") or hearsay ("…옮기고 | …쓴 것으로 알려졌다"). Alone the first clause would state as fact what is
    alleged ("A씨, …허위 하도급 계약을 맺음"). (A statistic's "…회복하고 | …급등한 것으로 나타났다" is no allegation.)"""
    for x in range(len(main) - 2):
        charge = (main[x].form, main[x].tag) == ("혐의", "NNG") and main[x + 1].tag == "JKO" and main[x + 2].form == "받"
        found = (main[x].form, main[x].tag) == ("것", "NNB") and main[x + 1].form in {"으로", "로"} and main[x + 2].form == "알려지"
        if (charge or found) and all(m.tag.startswith(("E", "VX", "XSV", "SF", "SP")) for m in main[x + 3 :]):
            return True  # (the frame ends the clause: not "…것으로 나타나자 | …늘리기로 했다")
    return False


def _reported_with(first: list[Morph], main: list[Morph]) -> bool:
    """Whether a clause split at its "-고" is part of what the main clause reports ("시 주석은 …노력이 있었고 | 수확은
    더 컸다고 평가했다"): the main clause ends on a report ("…다고 평가") and the first has a subject of its own, no
    quotation marks around it. Alone it would state as fact what the speaker said ("시 주석, 적지 않은 노력 있었음")."""
    if not _ends_in_report(main) or any(m.tag in {"SSO", "SSC"} for m in first):
        return False
    return any(m.tag == "JKS" and x and _is_nominal(first[x - 1]) for x, m in enumerate(first))


def _report_frame(main: list[Morph]) -> tuple[int, int] | None:
    """Where the frame of a report that ends a clause starts and ends ("…컸다고 | 평가했다"), or None."""
    end = Compressor._strip_tail(main, 0, len(main))
    frame = Compressor._strip_quote_frame(main, 0, end)
    return (frame, end) if frame < end else None


def _ends_in_report(main: list[Morph]) -> bool:
    """Whether a clause ends on a report of what someone said or judged whose speaker it does not name after the
    words ("…컸다고 평가했다", not "…동등하다고 이 스타트업은 말한다")."""
    frame = _report_frame(main)
    return frame is not None and not any(m.tag == "JKS" or m.tag == "JX" and m.form in {"은", "는"} for m in main[frame[0] : frame[1]])


def _reports_own_subject(main: list[Morph]) -> bool:
    """Whether a clause ends on a report ("…중단됐다고 밝혔다") whose words have a subject of their own ("조업이")."""
    frame = _report_frame(main)
    # (not one inside a relative clause: "수명이 긴 …태양전지를 개발했다고")
    return frame is not None and any(m.tag == "JKS" and x and _is_nominal(main[x - 1]) and not _modifies_next(main, x + 1, frame[0])
                                     for x, m in enumerate(main[: frame[0]]))


def _gathering(noun: Morph) -> bool:
    """Whether a noun names a gathering: "간담회", "준공식", "긴급회의" (:data:`GATHERING_HEADS`), "자리", "모임"
    (:data:`MEETING_NOUNS`)."""
    return noun.tag.startswith("NN") and (noun.form in MEETING_NOUNS or len(noun.form) > 1 and noun.form.endswith(GATHERING_HEADS)
                                          and noun.form not in NOT_GATHERINGS)


def _states_now(morphs: list[Morph], k: int, j: int) -> bool:
    """Whether the first predicate from ``k`` is a state in the present: the copula, an adjective or "있다/없다"
    with no past ending ("…체제이고", "…운영 중이다", "…없다")."""
    for x in range(k, j):
        m = morphs[x]
        if m.tag == "VCP" or m.tag.startswith(("VA", "XSA")) or m.form in STATIVE_STEMS and m.tag.startswith(("VV", "VA", "VX")):
            return not (x + 1 < j and morphs[x + 1].tag == "EP" and morphs[x + 1].form in PAST_ENDINGS)
        if m.tag.startswith(("VV", "XSV")) or m.tag == "EC":
            return False
    return False


WAY_NOUNS = frozenset({"방식", "방안", "방향", "형태", "구조", "체계"})  # "…하는 방식으로": a clause that tells a way


def _subjectless_relative_step(morphs: list[Morph], k: int) -> bool:
    """Whether the "-어" at ``k`` (no comma after it) is a step of a relative clause that opens the sentence, with no
    subject or topic before it ("혈중알코올농도 0.142%의 만취 상태로 …하다 오토바이를 들이받아 | 배달 노동자를 숨지게 한 30대
    운전자에게 중형이 선고됐다"): the next predicate modifies a noun before any other ending. Split there, the bullet lost
    what the driver did ("배달 노동자를 숨지게 한 30대 운전자에게 …", read blind: never says he was drunk)."""
    if k + 1 >= len(morphs) or morphs[k + 1].tag == "SP" \
            or any((m.tag == "JKS" or m.tag == "JX" and m.form in {"은", "는", "ᆫ"}) and x and _is_nominal(morphs[x - 1])
                   for x, m in outside_quotes(morphs, 0, k)):
        return False
    head = _modified_after(morphs, k)
    return head is not None and morphs[head].tag in {"NNG", "NNP", "SN"} and morphs[head].start > morphs[head - 1].end


def _modified_after(morphs: list[Morph], k: int) -> int | None:
    """Where the noun is that the next predicate after ``k`` modifies before any other ending ("…들이받아 | 배달 노동자를
    숨지게 한 | 30대 운전자": through a causative "-게 하다", which Kiwi may read as "게" + the determiner "한"), or None."""
    for x in range(k + 1, len(morphs) - 1):
        if morphs[x].tag == "EC" and morphs[x].form in {"게", "도록"} and x + 2 < len(morphs) \
                and (morphs[x + 1].form, morphs[x + 1].tag) == ("한", "MM"):
            return x + 2
        if morphs[x].tag == "EC" and morphs[x].form in {"게", "도록"} and morphs[x + 1].form == "하" and morphs[x + 1].tag.startswith(("VV", "VX")):
            continue
        if morphs[x].tag in {"EC", "EF", "SP", "SF"}:
            return None
        if morphs[x].tag == "ETM":
            return x + 1
    return None


def _relative_step(morphs: list[Morph], k: int) -> bool:
    """Whether the "-어" at ``k`` (no comma after it) is a first step of a relative clause whose own subject follows the
    sentence's topic ("영주시는 | 지역농협이 외국인 근로자를 직접 고용해 | 농가에 …보내는 ‘공공형 계절근로’ 인원을
    …늘리기로 했다": the co-op hires and sends; the city expands the scheme): the next predicate modifies a noun before
    any other ending. Split there, the bullet made the co-op the one who expands it."""
    if k + 1 >= len(morphs) or morphs[k + 1].tag == "SP":
        return False
    b = k - 1
    while b > 0 and not (morphs[b].tag in {"EC", "EF", "SP"} and b < k - 1):
        b -= 1
    subject = next((x for x in range(b + 1, k) if morphs[x].tag == "JKS" and _is_nominal(morphs[x - 1])), None)
    # (the topic may come before the comma of what its finding came of: "경찰은 …영상을 분석한 결과, | …남성이 …틈을 타 |
    # …머문 장면을 확인했다")
    after = 0 if morphs[b].tag == "SP" and morphs[b - 1].form == "결과" and morphs[b - 1].tag == "NNG" else b + 1
    if subject is None or not any(m.tag == "JX" and m.form in {"은", "는"} and x and _is_nominal(morphs[x - 1])
                                  for x, m in outside_quotes(morphs, after, subject)):
        return False
    head = _modified_after(morphs, k)
    return head is not None and morphs[head].tag in {"NNG", "NNP", "SSO", "SL"}  # (not "-ㄹ 수 없고": a modal, no noun described)


def _inside_noun_clause(morphs: list[Morph], k: int) -> bool:
    """Whether the "-어" at ``k`` joins two steps inside a clause made a noun ("가스배관이 막혀 | 가스가 역류한 것이
    원인으로 밝혀졌다": the blockage is part of the cause): the next clause ends "-ㄴ 것이/은" with no other ending
    between."""
    for x in range(k + 1, len(morphs) - 2):
        m = morphs[x]
        if m.tag == "EC" and m.form in EMBEDDING_ENDINGS and morphs[x + 1].tag in {"JKO", "JX"}:
            continue  # "…병리가 있는지를 판별하는": a question the next act takes as its object
        if m.tag in {"EC", "EF", "SP", "SSO"}:
            return False
        if m.tag == "ETM":
            # (or a way of doing it: "…가산점을 매겨 | 재정 지원을 하는 방식으로 바꿨다": both steps are the new way, as
            # they are a method's, "…농도를 측정해 | …판별하는 검사법을 개발"; or what a thing lets one do: "…원리를
            # 체험해 | 미래를 예측할 수 있는 전시": both steps are the exhibition's)
            return morphs[x + 1].form == "것" and morphs[x + 2].tag in {"JKS", "JX"} or morphs[x + 1].form in WAY_NOUNS \
                or _method_noun(morphs, x + 1) or _capability_relative(morphs, x)
    return False


METHOD_ENDINGS = ("법", "기법", "기술")  # "검사법", "진단법", "치료법", "분석 기법": a method the steps before describe


def _method_noun(morphs: list[Morph], x: int) -> bool:
    """Whether the noun phrase at ``x`` (its last noun, written as one word) names a method ("검사법", "진단 기술")."""
    y = x
    while y + 1 < len(morphs) and morphs[y + 1].tag in {"NNG", "NNP"} and morphs[y + 1].start == morphs[y].end:
        y += 1
    return morphs[y].tag == "NNG" and (morphs[y].form.endswith(METHOD_ENDINGS) and len(morphs[y].form) > 1 or morphs[y].form in METHOD_ENDINGS)


def _capability_relative(morphs: list[Morph], x: int) -> bool:
    """Whether the modifier ending at ``x`` is "-ㄹ 수 있는/없는" before a noun ("…높일 수 있는 소재"): what the
    noun lets one do, a relative clause however many acts it lists."""
    return morphs[x].tag == "ETM" and morphs[x].form in {"ᆯ", "을"} and x + 4 < len(morphs) \
        and morphs[x + 1].form == "수" and morphs[x + 1].tag == "NNB" and morphs[x + 2].form in {"있", "없"} \
        and morphs[x + 3].tag == "ETM" and morphs[x + 3].form == "는"


def _window_closes_after(morphs: list[Morph], k: int) -> bool:
    """Whether the "-고" at ``k`` opens a window of time that the next words close ("…보고 후 24시간이 지나고 | 72시간
    이내에 표결이 이뤄져야 한다"): the two times are one window; the last clause alone ("72시간 이내에 표결") moves it."""
    return morphs[k].form == "고" and k + 3 < len(morphs) and morphs[k + 1].tag == "SN" \
        and morphs[k + 2].form in SPENT_COUNTERS and morphs[k + 3].form in {"이내", "안", "내", "까지"}


def _modifier_right_after(morphs: list[Morph], k: int) -> bool:
    """Whether the word at ``k`` is a verb that modifies the noun after it ("…날을 정해 돌아가며 | 공급하는 '격일 급수'를
    시작했다"): the clause ending before it is a manner inside that relative clause, no clause of the sentence."""
    x = k
    while x < len(morphs) and (morphs[x].tag == "NNG" and x + 1 < len(morphs) and morphs[x + 1].tag in {"XSV", "XSA"}
                               or morphs[x].tag.startswith(("VV", "VA", "XSV", "XSA"))):
        x += 1
    # (the ending may sit inside the stem's last syllable: "나아갈" is "나아가" + "ᆯ", the "ᆯ" inside "갈")
    return k < x < len(morphs) and morphs[x].tag == "ETM" and morphs[x].start <= morphs[x - 1].end


def _coordinated_in_relative(morphs: list[Morph], k: int) -> bool:
    """Whether the "-고" at ``k`` (no comma after it) joins two acts inside one relative clause: the words after it
    take an argument of their own and end in a modifier of a charge or merit before any other ending ("승객 9명을 숨지게
    하고 | 8명을 다치게 한 혐의로 기소됐다": both acts are the charge; the last alone would be a lesser one), or in
    "-ㄹ 수 있는" before a noun, through further steps ("수명을 늘리고 | 속도를 높일 수 있는 소재를 개발했다", "…이해하고
    …체험해 …예측할 수 있는 전시": all of it says what the thing does; the first act alone would be the topic's), or in
    "-도록" with no subject between ("…느끼고 | 이해할 수 있도록 돕기 위해")."""
    argument, stepped = False, False
    for x in range(k + 1, len(morphs) - 1):
        m = morphs[x]
        if _goes_on_in_an_auxiliary(morphs, x):
            continue  # "다치게 한", "돌아오지 않는": one predicate
        if _adverb_ending(morphs, x):
            continue  # "부당하게 받아낸": an adverb of the act
        if m.tag == "EC" and m.form in SEQUENCE_ENDINGS and morphs[x + 1].start > m.end and morphs[x + 1].tag != "SP":
            stepped = True  # "…체험해 미래를 예측할 수 있는": a further step (only a capability is read through one)
            continue
        if m.tag == "EC" and m.form == "도록" and not any(y.tag == "JKS" for y in morphs[k + 1 : x]):
            return True  # "미래세대가 과학기술을 친숙하게 느끼고 | 이해할 수 있도록 돕기 위해": both acts are what is helped
        if m.tag in {"EC", "EF", "SP", "SF", "SSO", "JX"}:
            return False
        argument = argument or m.tag in {"JKO", "JKB"}
        if m.tag == "ETM" and _capability_relative(morphs, x):
            return argument
        if m.tag == "ETM" and not stepped and is_stem_or_ep(morphs[x - 1]) and morphs[x + 1].form in CHARGE_NOUNS:
            return argument
        if m.tag == "ETM" and not stepped and is_stem_or_ep(morphs[x - 1]) and morphs[x + 1].tag == "NNP" \
                and morphs[x + 1].start > m.end:
            return argument  # "보험계약을 부적정하게 운용하고 | 수수료를 부당하게 받아낸 한빛은행에 …": both acts describe
            # the bank named; the first alone would make the sentence's subject do them
        if m.tag == "ETM" and morphs[x + 1].form != "수" and not _is_nominal(morphs[x + 1]):
            return False
    return False


# Nouns whose relative clause lists what someone is charged with or credited for ("…숨지게 하고 …다치게 한 혐의"):
# every act of the clause is part of it.
CHARGE_NOUNS = frozenset({"혐의", "의혹", "공로", "책임", "죄", "죄목"})


def _described_topic_first(main: list[Morph]) -> bool:
    """Whether a clause opens on a topic that a clause of its own describes ("추가 검토가 필요한 사안은 …": a modifier
    ending right before the topic's noun, with no topic before it)."""
    t = next((x for x, m in enumerate(main) if m.tag == "JX" and m.form in {"은", "는"} or m.tag in {"EF", "SF"}), None)
    if t is None or main[t].tag != "JX" or t < 3 or not _is_nominal(main[t - 1]):
        return False
    h = t - 1
    while h > 0 and main[h - 1].tag == "NNG" and main[h - 1].end == main[h].start:
        h -= 1
    return main[h - 1].tag == "ETM" and is_stem_or_ep(main[h - 2]) and main[h - 2].form not in POSTPOSITION_VERBS \
        and main[t - 1].tag in {"NNG", "NNB"}


def _counted_contrast(main: list[Morph]) -> bool:
    """Whether a clause opens on counts set against each other as topics ("2명은 실형을, 2명은 집행유예를 선고"): how
    many each act fell on, not who acted."""
    def count_topic(x: int) -> bool:
        return x + 2 < len(main) and main[x].tag == "SN" and main[x + 1].tag in {"NNB", "NNG"} \
            and main[x + 2].tag == "JX" and main[x + 2].form in {"은", "는"}
    return count_topic(0) and any(main[y].tag == "SP" and count_topic(y + 1) for y in range(3, len(main) - 3))


def _clause_after(morphs: list[Morph], start: int, head: int) -> int:
    """Where the clause the noun at ``head`` ends begins: after the nearest comma or clause ending before it, and no
    earlier than ``start`` ("…전달하고, | 행정 검토가 필요한 사항은": the relative clause goes with its head)."""
    for y in range(head - 1, start - 1, -1):
        if morphs[y].tag == "SP" or morphs[y].tag == "EC" and y and is_stem_or_ep(morphs[y - 1]):
            return y + 1 + (y + 1 < head and morphs[y + 1].tag == "SP")
    return start


RELEASING_NOUNS = frozenset({"발표", "공개", "공표", "발간"})  # "…결과를 발표하고": a document put out
# Statements a body puts out, whose words follow ("입장문을 내고 “…”라고 주장했다"), and the verbs that put them out.
STATEMENT_NOUNS = frozenset({"입장문", "성명", "성명서", "논평", "보도자료", "입장자료", "담화문", "설명자료", "해명자료", "참고자료"})
STATEMENT_VERBS = frozenset({"내", "배포하", *(noun + "하" for noun in RELEASING_NOUNS)})
# A press conference held ("기자회견을 열고 “…”"): like a statement put out, how words came out, not what they say
BRIEFING_NOUNS = frozenset({"기자회견", "회견", "기자간담회", "브리핑"})
BRIEFING_VERBS = frozenset({"열", "갖", "하"})


def announces_statement(morphs: Sequence[Morph]) -> bool:
    """Whether a clause or bullet ends on putting out a statement ("…협회는 입장문을 내고", "스타웨이브, 공식 입장문을 냄",
    "…노조는 성명을 발표하고") or holding a press conference ("…국회 앞에서 기자회견을 열고"): what was said is
    elsewhere (not "…의견서를 국회에 냄": where it went is news)."""
    for x in range(len(morphs) - 1, 1, -1):
        if morphs[x].tag.startswith(("VV", "XSV")):
            light = morphs[x].tag.startswith("XSV")
            verb = morphs[x - 1].form + morphs[x].form if light else morphs[x].form
            y = x - 2 - light  # the object's last noun, with the nouns glued before it ("입장" + "문")
            if verb not in STATEMENT_VERBS | BRIEFING_VERBS or y < 0 or morphs[y + 1].tag != "JKO" \
                    or not all(m.tag.startswith(("E", "S")) for m in morphs[x + 1 :]):
                return False  # (the act must end it: "…기자회견을 열고 로시 감독과 계약 해지" tells what the conference said)
            word = morphs[y].form
            while y > 0 and morphs[y - 1].tag == "NNG" and morphs[y - 1].end == morphs[y].start:
                y -= 1
                word = morphs[y].form + word
            return word in STATEMENT_NOUNS and verb in STATEMENT_VERBS or word in BRIEFING_NOUNS and verb in BRIEFING_VERBS
    return False


def _announces_document(clause: list[Morph]) -> bool:
    """Whether a first clause only puts out a document ("…가축 통계조사 결과를 발표하고", "…보고서를 공개하며"): its
    object a :data:`SOURCE_DOCUMENTS` noun, its verb one of :data:`RELEASING_NOUNS`; what the document says follows."""
    verb = next((x for x in range(len(clause) - 1, 0, -1) if clause[x].tag == "XSV"), None)
    if verb is None or verb < 3 or clause[verb - 1].form not in RELEASING_NOUNS or clause[verb - 2].tag != "JKO":
        return False
    return clause[verb - 3].form in SOURCE_DOCUMENTS and not any(m.tag in {"EC", "ETM"} for m in clause[: verb - 3])


MEASURING_NOUNS = frozenset({"수준", "정도", "셈", "꼴"})  # "…에도 못 미치는 수준이다": how much the clause before came to


def _measures_what_came_before(clause: list[Morph]) -> bool:
    """Whether a clause with no subject of its own ends "…수준이다", "…셈이다" ("…택시 부제도 전면 해제했지만, | 평소 수송
    능력의 3분의 1에도 못 미치는 수준입니다"): it measures what the clause before did, not its topic."""
    words = [m for m in clause if m.tag not in {"SF", "SP"}]
    return len(words) >= 3 and words[-1].tag == "EF" and words[-2].tag == "VCP" and words[-3].form in MEASURING_NOUNS \
        and not _has_subject(clause)


def _says_little(clause: list[Morph]) -> bool:
    """Whether a clause with no quotation names only an activity: "조사를 벌이고 있다", "수사에 나섰다"; what it is
    about was in the clause before."""
    if any(m.tag in {"SSO", "SSC"} for m in clause):
        return False
    stem = next((x for x, m in enumerate(clause) if _is_stem(m)), None)
    if stem is not None and stem + 1 < len(clause) and clause[stem + 1].tag == "ETM" and stem + 2 < len(clause) \
            and clause[stem + 2].form == "것" and clause[stem + 2].tag == "NNB":
        clause = clause[: stem + 1]  # "범행을 저지른 것으로 파악됐다": what was found is the act alone
    named = [x for x, m in enumerate(clause) if m.tag in {"NNG", "NNP", "SL", "SN", "NR", "SH"}]
    if len(named) != 1 or named[0] + 2 >= len(clause):
        return False
    particle, verb = clause[named[0] + 1], clause[named[0] + 2]
    # only an activity with a light verb ("조사를 벌이다", "수사에 나서다"): "승기를 잡음" says what happened
    return particle.tag == "JKO" and verb.form in LIGHT_VERBS or particle.form == "에" and verb.form == "나서" \
        or particle.tag == "JKO" and (clause[named[0]].form, verb.form) in GENERIC_ACTS


# An act named only by its kind: "…식당을 찾아 | 범행을 저지른 것으로 파악됐다" (what was done was in the clause before).
GENERIC_ACTS = frozenset({("범행", "저지르"), ("범죄", "저지르"), ("일", "저지르"), ("사고", "내"), ("사고", "일으키")})


def _vague_outcome(clause: list[Morph]) -> bool:
    """Whether a clause ends on a setting made, no fact: "…소통의 장을 마련했다", "…의견 교환 시간을 가졌다", "…의미를
    더했다" (a noun of :data:`VAGUE_OUTCOMES` as the object of a verb of :data:`MAKING_VERBS`)."""
    end = next((x for x in range(len(clause) - 1, 0, -1) if clause[x].tag == "JKQ" or clause[x].tag == "EC" and clause[x].form in REPORTED_ENDINGS),
               len(clause))  # ("…시간을 가졌다고 3일 밝혔다": what was reported)
    stem = next((x for x in range(end - 1, 0, -1) if _is_stem(clause[x])), None)
    if stem is None or stem < 2:
        return False
    verb = clause[stem - 1] if clause[stem].tag.startswith("XSV") else clause[stem]
    at = stem - 1 if clause[stem].tag.startswith("XSV") else stem
    return verb.form in MAKING_VERBS and at >= 2 and clause[at - 1].tag == "JKO" and clause[at - 2].form in VAGUE_OUTCOMES


# What an act stirs ("…교통대란이 우려되고 있다", "…관심이 쏠리고 있다", "…논란이 일고 있다"): a reaction, no fact of its own.
REACTION_NOUNS = frozenset({"우려", "관심", "논란", "비판", "주목", "기대", "반발", "혼란", "불만", "파장", "귀추", "이목",
                            "항의", "문의", "민원"})  # ("항의 전화가 빗발쳤다": the complaints a mishap set off)
REACTION_VERBS = frozenset({"되", "일", "쏠리", "커지", "나오", "높아지", "확산", "잇따르", "제기", "집중", "모이", "빗발치", "쇄도"})


def _reaction(clause: list[Morph]) -> bool:
    """Whether a clause ends on a reaction (:data:`REACTION_NOUNS`) as its subject or its verbal noun, with a verb of
    arising (:data:`REACTION_VERBS`): "…교통대란이 우려되고 있다", "…관심이 쏠리고 있다"; or on a response set about
    (:data:`RESPONSE_NOUNS`): "…기업들이 대응 마련에 나섰다"."""
    words = [m for m in clause if m.tag not in {"SF", "SP", "SE"}]
    stem = next((x for x in range(len(words) - 1, 0, -1) if _is_stem(words[x]) and words[x].tag not in {"VX", "VCP"}), None)
    if stem is not None and stem >= 2 and words[stem].form == "나서" and (words[stem - 1].form, words[stem - 1].tag) == ("에", "JKB"):
        # "…확대하면서 | 국내 기업들이 대응 마련에 나섰다": a response to be worked out says of nothing yet
        return words[stem - 2].form in RESPONSE_NOUNS or words[stem - 2].form == "마련" and stem >= 3 and words[stem - 3].form in RESPONSE_NOUNS
    if stem is None or stem < 1 or words[stem].form not in REACTION_VERBS:
        return False
    at = stem - 1 if words[stem - 1].tag.startswith("NN") else stem - 2 if stem >= 2 and words[stem - 1].tag == "JKS" else None
    # (or the noun before it names the reaction: "항의 전화가")
    return at is not None and (words[at].form in REACTION_NOUNS or at > 0 and words[at - 1].tag == "NNG" and words[at - 1].form in REACTION_NOUNS)


RESPONSE_NOUNS = frozenset({"대응", "대책", "대비", "대응책", "수습", "진화"})  # "대응 마련에 나섰다", "수습에 나섰다"
VAGUE_OUTCOMES = frozenset({"장", "기회", "자리", "계기", "발판", "토대", "시간", "의미", "공감대", "기틀", "초석"})
MAKING_VERBS = frozenset({"마련", "가지", "갖", "더하", "다지", "형성", "펼치"})


def compares_with_unsaid(morphs: Sequence[Morph]) -> bool:
    """Whether a statement ends on a comparison with no standard: "…발길을 돌리는 가입자들이 더 많았다" (more than
    those the clause before told of), "더" right before the final adjective, or a difference told by how much ("…118만원으로
    두 배 가까이 많았다", "…49.1%로 19.3%포인트 낮았다": than what?), and no "보다" or "대비" ("…보다 더 많았다" says of
    what)."""
    last = next((x for x in range(len(morphs) - 1, -1, -1) if _is_stem(morphs[x])), None)
    if last is None or last == 0 or not morphs[last].tag.startswith("VA") \
            or not all(m.tag in {"EP", "EF", "EC", "SF", "ETN"} for m in morphs[last + 1 :]) \
            or any(_compared_against(morphs, x) for x in range(last)):
        return False
    before = [m for m in morphs[max(0, last - 3) : last] if not (m.tag == "MAG" and m.form in {"가까이", "이상", "넘게"})]
    return (morphs[last - 1].form, morphs[last - 1].tag) == ("더", "MAG") \
        or bool(before) and (before[-1].form == "배" or before[-1].form.endswith("포인트"))


def _compared_against(morphs: Sequence[Morph], x: int) -> bool:
    """Whether ``morphs[x]`` says what a figure is compared against: "보다", "대비", "비해", or a time compared with right
    before the figure of a change (:data:`COMPARED_TIMES`: "같은 기간 21.5% 줄었다", "전년 동기 8.2% 성장")."""
    m = morphs[x]
    return m.form in {"보다", "보단"} and m.tag.startswith("J") or m.form == "대비" and m.tag == "NNG" \
        or m.form == "비하" and m.tag.startswith("VV") \
        or m.form in COMPARED_TIMES and m.tag.startswith("NN") and x + 2 < len(morphs) and morphs[x + 1].tag == "SN" and _change_by(morphs, x + 2)


def _change_by(morphs: Sequence[Morph], x: int) -> bool:
    """Whether ``morphs[x]`` is a percentage right before a word of change (:data:`CHANGE_WORDS`: "8.9% 줄었다")."""
    return morphs[x].form == "%" and x + 1 < len(morphs) and morphs[x + 1].form in CHANGE_WORDS


def _base_of_dropped(morphs: list[Morph], clause: list[Morph]) -> bool:
    """Whether a clause tells a change by a percentage whose base only the part left out gives ("…인허가 물량은 …지난해
    같은 달보다 11.6% 감소했고, | 착공 물량은 …8.9% 줄었다": alone, against the month before)."""
    _, dropped = _dropped_before(morphs, clause)
    return any(_compared_against(morphs, x) for x in dropped) and any(_change_by(clause, x) for x in range(len(clause))) \
        and not any(_compared_against(clause, x) for x in range(len(clause)))


EFFECT_NOUNS = frozenset({"영향", "탓", "여파", "덕분", "때문"})  # "…감소한 영향이 컸다": what caused what the clause before told


def explains_unsaid(morphs: Sequence[Morph]) -> bool:
    """Whether a statement ends on the cause of something it does not say: "…전세 매물이 18.7% 감소한 영향이 컸다"
    (the effect on what? the clause before said), "…금리가 오른 탓이다" (an effect noun right after a modifier, then
    "크다" or the copula); in words reported, the words' own end ("…영향이 컸다고 통계원은 설명했다")."""
    said = next((x for x in range(len(morphs) - 1, -1, -1) if morphs[x].tag == "EC" and morphs[x].form in REPORTED_ENDINGS), None)
    morphs = morphs[: said + 1] if said is not None else morphs
    last = next((x for x in range(len(morphs) - 1, -1, -1) if _is_stem(morphs[x])), None)
    if last is None or not all(m.tag in {"EP", "EF", "EC", "SF", "ETN"} for m in morphs[last + 1 :]):
        return False
    if morphs[last].tag.startswith("VA") and morphs[last].form == "크" and last >= 3 and morphs[last - 1].tag == "JKS":
        noun = last - 2
    elif morphs[last].tag == "VCP" and last >= 2:
        noun = last - 1
    else:
        return False
    return morphs[noun].form in EFFECT_NOUNS and morphs[noun].tag in {"NNG", "NNB"} and morphs[noun - 1].tag == "ETM"


def _leans_on_dropped(morphs: list[Morph], clause: list[Morph]) -> bool:
    """Whether a clause kept without the rest of its sentence says of something only the rest names: what it counts
    (:func:`_counts_dropped`, :func:`_bare_count_of_dropped`), what it compares with (:func:`_base_of_dropped` too), what it
    gives the cause of, or the
    place or company it opens on (:func:`compares_with_unsaid`, :func:`explains_unsaid`, :func:`_opens_on_unsaid`). The
    one reading of "leans on the dropped clause" for choosing a clause and for :func:`_stands_alone`."""
    return _counts_dropped(morphs, clause) or _bare_count_of_dropped(morphs, clause) or _base_of_dropped(morphs, clause) \
        or len(clause) < len(morphs) and (compares_with_unsaid(clause) or explains_unsaid(clause) or _opens_on_unsaid(clause))


BARE_COMPANIES = frozenset({"회사", "업체", "당사"})  # "회사 주가가 …": the company the clause before named


def _opens_on_unsaid(clause: Sequence[Morph]) -> bool:
    """Whether a clause opens on where near a place, or on a bare company, that only the clause before it names ("…야산에서
    시작된 산불이 …이어지면서 | 인근 주민 1,240명이 대피했다": near what?; "넥스플레이가 …신작이 흥행 조짐을 보이면서 | 회사
    주가가 …": which company? :data:`~pipeline.analysis.PLACE_RELATIONS`, :data:`BARE_COMPANIES`)."""
    words = [m for m in clause if m.tag not in {"SP", "SE"}]
    return len(words) >= 2 and words[0].tag == "NNG" and (
        words[0].form in PLACE_RELATIONS | BARE_COMPANIES and (_is_nominal(words[1]) or words[1].tag in {"JKB", "JKG", "JKS", "JX"})
        # "…도입에는 응답자의 68.4%가 찬성했고, | 반대는 19.2%에 그쳤다": against what, the clause before says
        or words[0].form in STANCE_SHARES and words[1].tag in {"JKS", "JX"} and words[1].start == words[0].end)


STANCE_SHARES = frozenset({"찬성", "반대"})  # a share for or against what a survey asked


def conversely(morphs: Sequence[Morph], i: int) -> int | None:
    """The index after "반대로" opening at ``i`` as a connective ("conversely": the opposite of what the sentence
    before told), or None; not "반대로 가는 차량" (which way)."""
    if i + 2 < len(morphs) and (morphs[i].form, morphs[i].tag) == ("반대", "NNG") and (morphs[i + 1].form, morphs[i + 1].tag) == ("로", "JKB") \
            and morphs[i + 1].start == morphs[i].end and morphs[i + 2].start > morphs[i + 1].end \
            and not (i + 3 < len(morphs) and morphs[i + 2].tag.startswith("VV") and morphs[i + 3].tag == "ETM"):
        return i + 2
    return None


def _amid_this(morphs: list[Morph], i: int) -> int | None:
    """The index after an opening "이런 가운데", "이러한 가운데", "이 같은 가운데", "그런 와중에" (amid what the sentence
    before told), or None. Not "이 가운데 3명은 …": among them, a part of what was told."""
    x = i
    if x < len(morphs) and morphs[x].tag == "MM" and morphs[x].form in {"이런", "그런", "이러한", "그러한"}:
        x += 1
    elif x + 2 < len(morphs) and morphs[x].form in {"이러", "그러"} and morphs[x].tag == "XR" and morphs[x + 1].tag == "XSA" \
            and morphs[x + 2].tag == "ETM":
        x += 3
    elif x + 2 < len(morphs) and (morphs[x].form, morphs[x].tag) in {("이", "NP"), ("그", "NP")} and morphs[x + 1].form == "같" \
            and morphs[x + 2].tag == "ETM":
        x += 3
    else:
        return None
    if x + 1 >= len(morphs) or morphs[x].tag != "NNG" or morphs[x].form not in {"가운데", "와중"}:
        return None
    x += 1
    if morphs[x].tag == "JKB" and morphs[x].form == "에" and morphs[x].start == morphs[x - 1].end:
        x += 1
    while x < len(morphs) and morphs[x].tag == "SP":
        x += 1
    return x if x < len(morphs) and morphs[x].start > morphs[x - 1].end else None


def _stands_alone(morphs: list[Morph], clause: list[Morph], gaps: tuple[_Edit, ...]) -> bool:
    """Whether a clause offered by :meth:`Compressor._clauses` reads as the sentence's headline by itself:
    it follows a concession or background ("-지만", "-는데") or a first step ("-아/어"), not a coordinated
    fact ("-고", "-며") that may be the news; nothing in it points back at the dropped clause ("기계공학자들이 이들 분야에 뛰어들어"), and a topic it
    borrows is the one who acts in the dropped clause too ("롯데는 앞서 나갔지만 …을 날렸다"), not the subject
    of a state ("속도는 시속 5km에 불과하지만 …30km를 갈 수 있다": the robot goes, not its speed)."""
    if any(pointing_word(clause, x) for x in range(len(clause))) or _leans_on_dropped(morphs, clause) or _denies_unsaid(clause) \
            or _measure_of_dropped_topic(morphs, clause, gaps):
        return False  # ("…교체를 시작했는데, | 재고 부족으로 발길을 돌리는 가입자들이 더 많았다": more than whom)
    first = clause[0] if not gaps else next((m for m in morphs if m.start >= gaps[-1].end), None)
    main_start = next((x for x, m in enumerate(morphs) if m is first), None)
    if not main_start:
        return False
    e = main_start - 1
    while e > 0 and morphs[e].tag == "SP":
        e -= 1
    agent = bool(gaps) and any(m.tag == "JKS" and m.end <= gaps[-1].start for m in clause) \
        or not gaps and morphs[e].form in {"면서", "으면서"} and _own_subject(clause)
    # ("수요가 폭발하면서 매출은 …늘었다": a clause with a subject of its own after "-면서" is the point; the one
    # before, its background)
    if morphs[e].form not in CONTRAST_ENDINGS | SEQUENCE_ENDINGS and not agent:
        # ("한빛시의회는 … 여야 의원들이 의견을 내놓으며 대립했다": the members named in the dropped clause act in both)
        return False  # "보고회를 열고 의견을 들었다": coordinated facts; the first may be the news
    if not gaps and _opening_topic(morphs[:main_start]) and not _own_subject(clause):
        # "지방은 …올랐지만 | 대구의 매매가격이 하락하며 전체적으로는 떨어졌다": what fell is the sentence's topic, not
        # the subject of the clause inside ("대구 …하락하며 전체적으로 떨어짐" would say the whole fell)
        return False
    return not gaps or _acts(morphs, main_start)


CHANGED_SIZES = frozenset({"오름폭", "상승폭", "하락폭"})  # a change's size in one word
CHANGE_MEASURES = frozenset({"속도", "폭", "율", "률", "세"}) | CHANGED_SIZES  # the pace, size or rate of a change


def _measure_of_change(clause: list[Morph]) -> bool:
    """Whether a clause's subject is the pace, size or rate of a change with no owner of its own ("전체적인 상승 속도는",
    "오름폭은", "증가율도"): whose it is, a topic before says."""
    x = _first_subject(clause, {"은", "는", "도"})
    if x is None or clause[x - 1].form not in CHANGE_MEASURES:
        return False
    run = x - 1
    while run > 0 and clause[run - 1].tag in {"NNG", "XSN"} and clause[run - 1].end <= clause[run].start:
        run -= 1
    nouns = clause[run:x]
    return any(m.form in CHANGE_WORDS | CHANGED_SIZES for m in nouns) \
        and not any(m.tag == "JKG" for m in clause[:x])


# Nouns that measure a property of something ("충전 시간은 약 15분이다", "주행 거리는"): whose, a topic says.
PROPERTY_MEASURES = frozenset({"시간", "거리", "비용", "가격", "무게", "용량", "기간", "속도", "크기", "길이", "높이", "면적", "수명"})


def _property_measure(clause: list[Morph]) -> bool:
    """Whether a clause's subject is a measure of a property with no owner of its own ("충전 시간은 약 15분이다" after
    "하이로드 H12는 …달릴 수 있으며,"): one or two nouns ending in :data:`PROPERTY_MEASURES`, nothing before them."""
    x = _first_subject(clause, {"은", "는"})
    if x is None or x > 2 or clause[x - 1].form not in PROPERTY_MEASURES:
        return False
    return all(m.tag in {"NNG", "XSN"} for m in clause[:x])


def _first_subject(clause: list[Morph], topics: set[str]) -> int | None:
    """The index of a clause's first subject particle, or of a topic particle among ``topics``, outside quotations."""
    return next((x for x, m in outside_quotes(clause) if x and (m.tag == "JKS" or m.tag == "JX" and m.form in topics)), None)


def _opening_topic(morphs: list[Morph]) -> bool:
    """Whether a clause opens with a topic ("지방은 …", "삼성전자는 …") that is no time ("올해는", "지난해에는")."""
    depth = 0
    for k, m in enumerate(morphs):
        depth += m.tag == "SSO"
        depth -= m.tag == "SSC" and depth > 0
        if depth or k == 0:
            continue
        if m.tag in {"EC", "EF", "ETM"}:
            return False
        if m.tag == "JX" and m.form in {"은", "는"} and _is_nominal(morphs[k - 1]) and morphs[k - 1].end == m.start:
            return not date_part(morphs, k - 1)
    return False


def _denies_unsaid(clause: list[Morph]) -> bool:
    """Whether a clause denies a claim it does not state ("경찰은 현재까지 사실이 아닌 것으로 파악된다", "…사실과
    다르다"): a bare "사실" with no words of its own before it points at the claim the clause before tells."""
    for x, m in enumerate(clause[:-2]):
        if m.form == "사실" and m.tag == "NNG" and clause[x + 1].form in {"이", "과"} and clause[x + 1].tag in {"JKS", "JKB", "JKC"} \
                and clause[x + 2].form in {"아니", "다르"} and not (x and (clause[x - 1].tag == "ETM" or _is_nominal(clause[x - 1])
                                                                         and clause[x - 1].end == m.start)):
            return True
    return False


# Titles and ranks written after a person's name ("류성은 씨", "박성은 대표", "박 경위"): a particle read just before one is
# the name's last syllable; after a surname alone they name someone introduced earlier (select.surname_reference).
# Compound titles end in one of these ("원내대표", "국회의장"), so the list holds the last noun only.
TITLE_NOUNS = frozenset({"씨", "님", "군", "양", "옹", "대표", "교수", "회장", "사장", "부회장", "부사장", "감독", "코치", "기자",
                         "의원", "위원장", "위원", "장관", "차관", "총리", "부총리", "대통령", "시장", "군수", "구청장", "지사", "원장",
                         "단장", "소장", "총장", "부장", "팀장", "실장", "국장", "청장", "처장", "서장", "차장", "과장", "이사", "이사장",
                         "선수", "작가", "박사", "변호사", "검사", "판사", "연구원", "대표이사", "주무관", "후보", "후보자", "상무", "전무",
                         "센터장", "본부장", "의장", "대변인", "비서관", "수석", "총재", "주석", "대사", "총비서", "국무위원장", "총서기",
                         "경위", "경감", "경정", "총경", "경사", "경장", "순경", "부지사", "도지사", "부시장", "부군수", "부구청장",
                         "교육감", "부교육감", "도의원", "시의원", "군의원", "구의원", "최고위원", "사무총장", "행장", "부원장",
                         "부총장", "검사장", "지검장", "앵커"})


def _listed_name(morphs: list[Morph], k: int, j: int) -> bool:
    """Whether the particle at ``k`` sits inside a word between two middle dots ("윤성희·황정은·장강명도"): the last
    syllable of a listed name, never a topic."""
    return 2 <= k and k + 1 < j and morphs[k + 1].tag == "SP" and morphs[k + 1].form == "·" and morphs[k + 1].start == morphs[k].end \
        and morphs[k - 1].end == morphs[k].start and any(x.tag == "SP" and x.form == "·" for x in morphs[max(0, k - 4) : k - 1])


def _name_syllable(morphs: list[Morph], k: int, j: int) -> bool:
    """Whether the particle at ``k`` is the last syllable of a name that Kiwi split ("박성" + "은" in
    "박성은 대표가", "류성" + "은" in "류성은 씨는"): glued to a proper noun, a title right after it."""
    m = morphs[k]
    if not (m.tag == "JX" and m.form in {"은", "는", "ᆫ"} or m.tag == "JKS" and m.form in {"이", "가"}):
        return False
    if m.form == "이" and morphs[k - 1].tag in {"NNP", "NNG"} and len(morphs[k - 1].form) == 1 and morphs[k - 1].end == m.start \
            and (k < 2 or morphs[k - 2].end < morphs[k - 1].start) and k + 1 < j and morphs[k + 1].start > m.end \
            and morphs[k + 1].tag == "NNP":
        return True  # "왕이 중국공산당 외사판공실 주임": a surname and the given name "이" (Wang Yi) before the title
    if _listed_name(morphs, k, j):
        return True
    w = k - 1
    while w > 0 and morphs[w - 1].end == morphs[w].start:
        w -= 1
    # "박성은", "박" + "성" + "은": a short word of nouns with a proper noun among them
    if morphs[k - 1].end < m.start or k + 1 >= j or not any(x.tag == "NNP" for x in morphs[w:k]) \
            or not all(_is_nominal(x) for x in morphs[w:k]) or not 1 <= m.start - morphs[w].start <= 3:
        return False
    title = morphs[k + 1]
    return title.start > m.end and title.form in TITLE_NOUNS and title.tag in {"NNG", "NNB", "XSN", "NNP"} \
        and (k + 2 >= len(morphs) or morphs[k + 2].start > title.end or morphs[k + 2].tag.startswith(("J", "SP", "SS")))


def _passive_right_after(morphs: list[Morph], start: int, j: int) -> bool:
    """Whether only a passive verbal noun follows ("가결됐다", "선정됐다"): a noun with "되다" and its endings."""
    rest = [m for m in morphs[start:] if m.tag not in {"SF", "SP"}]  # (the endings may lie past ``j``, cut already)
    return start < j and len(rest) >= 2 and rest[0].tag == "NNG" and rest[1].tag.startswith("XSV") and rest[1].form == "되" \
        and all(m.tag in {"EP", "EF"} for m in rest[2:])


def _later_subject(morphs: list[Morph], start: int, j: int) -> bool:
    """Whether a subject or topic follows (outside quotations): then a subject before it belongs to an
    embedded clause ("연구단이 개발한 센서는 …"); otherwise it is the sentence's own ("충북도가 …에 대한
    홍보에 나선다", "삼성전자가 …열리는 전시회에서 …선보인다")."""
    # "국민의힘이 [세입자가 … 법안이 발의된] 것을 두고 …": subjects before a clause named by "것" are that clause's
    named = next((x for x in range(start, j - 2) if morphs[x].tag == "ETM" and morphs[x + 1].form == "것"
                  and morphs[x + 2].tag in {"JKO", "JKG"}), start)
    # "교수팀이 [확진자는 … 3.3배 높다]는 사실을 규명했다": a topic or subject inside a clause that a noun's content
    # names ("…다는 사실을", "…라는 결과를") is that clause's
    said = next((x for x in range(start, j - 2) if morphs[x].tag == "ETM" and morphs[x].form in COMPLEMENT_ENDINGS
                 and morphs[x + 1].tag == "NNG" and morphs[x + 2].tag in {"JKO", "JKG", "JKB"}), start)
    depth = 0
    for x in range(start, j):
        m = morphs[x]
        depth += m.tag == "SSO"
        depth -= m.tag == "SSC" and depth > 0
        if m.tag == "JKS" and x < named or x < said:
            continue
        if m.tag == "JKS" and x > start and _conditions_next(morphs, x + 1, j):
            continue  # "노조가 | 조정이 결렬되면 오는 25일부터 총파업에 들어가겠다고": the condition's own subject
        # "태풍이 …근접할 것으로 보이는 8일 저녁부터는 …": a time a relative clause describes, made the topic ("…교수가
        # 발표한 연구 역시 …": "역시" marks a topic as "도" does)
        timed_topic = m.tag == "JX" and m.form == "는" and morphs[x - 1].tag == "JX" and morphs[x - 1].form in {"부터", "까지"} \
            and any(date_part(morphs, y) for y in range(max(start, x - 4), x - 1)) and any(y.tag == "ETM" for y in morphs[start : x - 2])
        if not depth and x > start and (m.tag == "JKS" or m.tag == "JX" and m.form in {"은", "는", "ᆫ"}
                                         or (m.tag == "JX" and m.form == "도" or _likewise_topic(morphs, x)) and _relative_head(morphs, start, x)) \
                and (_is_nominal(morphs[x - 1]) or morphs[x - 1].form in CLOSING_QUOTES or closed_noun(morphs, start, x - 1)
                     or timed_topic or m.tag == "JX" and _quantity(morphs, x)) \
                and not (m.tag == "JKS" and _quantity(morphs, x) and not _counted_noun(morphs, x)) \
                and not (m.tag == "JKS" and (_modifies_next(morphs, x + 1, j) and not _lists_an_act(morphs, x + 1, j)
                                             or _double_subject_relative(morphs, x, j) or _reported_subject(morphs, x + 1, j))):
            # ("…실시한 설문에서 응답자의 78.4%는 …답했다": a share of people as the topic is who answers)
            # "비중이 31.2%로 4.1%p가 증가": an amount; "연구팀이 수명이 긴 전지를": the subject of a relative clause
            # ("…축제에 관광객이 크게 증가하는 등": a subject of its own, of one of the acts listed); "노조가 …철회하지
            # 않으면 파업이 불가피하다며 …촉구": the subject of what is said, not of the sentence
            return True
    return False


def _conditions_next(morphs: list[Morph], start: int, j: int) -> bool:
    """Whether the clause a subject opens (its particle at ``start - 1``) ends in a condition (:data:`CONDITION_ENDINGS`:
    "조정이 결렬되면", "물량이 줄자") before any modifier, topic or other subject: the subject is the condition's, and
    one before it the sentence's. (Not :func:`_subordinate_subject`, which also counts a clause a report takes:
    "노조가 | 조정이 결렬되면 …들어가겠다고 밝혔다" is the union's.)"""
    for y in range(start, min(j, start + 8)):
        m = morphs[y]
        if m.tag in {"ETM", "JKS", "JX", "EF", "SSO"}:
            return False
        if m.tag == "EC":
            return m.form in CONDITION_ENDINGS and is_stem_or_ep(morphs[y - 1])
    return False


def _lists_an_act(morphs: list[Morph], start: int, j: int) -> bool:
    """Whether the first predicate after a subject ends in "-는 등" ("관광객이 크게 증가하는 등"): one of the acts a
    sentence lists, told of that subject, not a relative clause describing a noun."""
    for y in range(start, min(j - 1, start + 8)):
        m = morphs[y]
        if m.tag in {"EF", "SP", "SF", "JKS", "JX", "JKO"}:
            return False
        if m.tag == "ETM":
            return _listed_act_end(morphs, y)
    return False


def _listed_act_end(morphs: Sequence[Morph], x: int) -> bool:
    """Whether the adnominal ending at ``x`` ends one act of a list ("…증가하는 등", "…돌아오지 않는 등"): "등" after
    it names no noun the clause describes."""
    return morphs[x].tag == "ETM" and x + 1 < len(morphs) and (morphs[x + 1].form, morphs[x + 1].tag) == ("등", "NNB")


def _date_bracket(morphs: Sequence[Morph], x: int) -> bool:
    """Whether ``morphs[x]`` is a bracket around a date after a day word ("오늘(9일)")."""
    return morphs[x].tag == "SSO" and x + 1 < len(morphs) and date_part(morphs, x + 1) and x > 0 and date_part(morphs, x - 1) \
        or morphs[x].tag == "SSC" and x > 0 and date_part(morphs, x - 1)


def _acting_source(morphs: list[Morph], i: int, particle: int) -> bool:
    """Whether the source of "…에 따르면" (``morphs[i:particle]``, ``particle`` at its "에") is a body that acts, named
    by nouns alone after an optional date ("영광군노인복지관", "23일 한빛군"), not a document or a finding
    ("조사 결과": :data:`SOURCE_DOCUMENTS`) nor a circle that stands for no one (:data:`GENERIC_SOURCES`: "업계")."""
    x = i
    while x < particle and date_part(morphs, x):
        x += 1
    names = morphs[x:particle]
    return bool(names) and morphs[particle].tag == "JKB" and morphs[particle].form == "에" \
        and all(m.tag in {"NNG", "NNP", "SL", "SH", "NNB", "XSN"} for m in names) and names[0].tag != "NNB" and len(names) <= 4 \
        and not any(m.form in SOURCE_DOCUMENTS | GENERIC_SOURCES for m in names)


def _any_subject(morphs: list[Morph]) -> bool:
    """Whether a subject or topic particle follows a noun, a closing bracket or a quotation anywhere in ``morphs``
    (wider than :func:`_has_subject`: the subject of a relative clause counts too)."""
    return any((m.tag == "JKS" or m.tag == "JX" and m.form in {"은", "는", "ᆫ"}) and x
               and (_is_nominal(morphs[x - 1]) or morphs[x - 1].tag == "SSC") for x, m in enumerate(morphs))


GENERIC_SOURCES = frozenset({"업계", "관계자", "관계", "당국", "소식통", "외신", "보도", "통신", "매체", "편성표"})  # not who acts


def _double_nominative(morphs: list[Morph], k: int, j: int) -> bool:
    """Whether the subject at ``k`` is the one whose measure the next subject is, with nothing but nouns, figures
    and dates between ("한빛텍이 2025년 상반기 영업이익이 …167.5% 증가했다"): Korean's double subject, whose first
    is the sentence's topic ("한빛텍, …영업이익이 …증가"), not the subject of a clause of its own."""
    for x in range(k + 1, j):
        m = morphs[x]
        if m.tag == "JKS":  # (not a count, "선원이 3명이 타고 있던": the crew numbered; not a name Kiwi split, "왕이";
            # not the subject of a clause named by a noun, "해킹이 …보안이 뚫린 것인지는")
            return x > k + 1 and _is_nominal(morphs[x - 1]) and morphs[x - 1].tag not in {"NNB", "NR"} \
                and not (x >= 2 and morphs[x - 2].tag == "SN") and len(morphs[x - 1].form) >= 2 \
                and not any(y.tag == "ETM" for y in morphs[x + 1 : j])
        if not (_is_nominal(m) or m.tag in {"SN", "NR", "NNB", "SW", "JKG", "XSN"} or date_part(morphs, x)):
            return False
    return False


CONTRAST_ENDINGS = frozenset({"지만", "는데", "은데", "ᆫ데", "나", "으나", "가운데"})  # not "-고": "A는 짓고 B는 바꾼다" shares A
# Endings of a clause whose subject is most often not the next one's ("판독해보니 한쪽 폐가", "비가 오자 …"): a subject
# after one is not fronted past it.
OTHER_SUBJECT_ENDINGS = SUBORDINATE_ENDINGS | (CONTRAST_ENDINGS - {"가운데"}) | {"니", "으니"}


def _contrast_topic(morphs: list[Morph], start: int, j: int) -> bool:
    """Whether a topic is the first of a contrast "A는 X하지만 B는 Y": a contrasting ending, then another topic."""
    depth, ended, after = 0, False, start
    # (a figure may be in the topic itself, bracketed: "부산(0.17%), 제주(0.12%) 등은 상승했고 충남(-0.13%) 등은 하락했다")
    b = start - 1
    while b > 0 and not (morphs[b - 1].tag in {"EC", "EF", "JKS", "JKO", "JKB", "JX"} and morphs[b - 1].end < morphs[b].start):
        b -= 1
    figure = any(m.tag == "SN" and not date_part(morphs, y) for y, m in enumerate(morphs[b : start - 1], start=b))
    for x in range(start, j):
        m = morphs[x]
        depth += m.tag == "SSO"
        depth -= m.tag == "SSC" and depth > 0
        if depth:
            continue
        figure = figure or m.tag == "SN" and not ended
        # "…걸렸지만 B는" or "…걸렸지만, B는"; "매출은 2.7% 줄었고 영업이익은 16.7% 늘었다": two figures of two topics
        if m.tag == "EC" and (m.form in CONTRAST_ENDINGS or m.form in COORDINATING_ENDINGS and figure) \
                and is_stem_or_ep(morphs[x - 1]) and x + 1 < j and (morphs[x + 1].start > m.end or morphs[x + 1].tag == "SP"):
            ended, after = m.form, x + 1
        elif ended and m.tag == "JX" and m.form in {"은", "는", "ᆫ"} and (_is_nominal(morphs[x - 1]) or morphs[x - 1].tag == "SSC"):
            return ended in CONTRAST_ENDINGS or any(n.tag == "SN" for n in morphs[after:j])  # ("지방(-0.03%)은": a gloss)
        elif ended in COORDINATING_ENDINGS and m.tag in {"EC", "EF"}:
            return False  # "-고" joins the topic's clause to the next one only
    # "허위사실은 인정되나, …증명되지 않았다는 판단이다": after the concession, the writer's judgement is the main clause,
    # with no topic of its own; the topic is the concession's
    return ended in CONTRAST_ENDINGS and _judgement(morphs[start:j])


def _concession_topic(morphs: list[Morph], start: int, j: int) -> bool:
    """Whether a topic is only the concession's: its first predicate ends in "-어도" and a subject of its own follows
    ("날씨는 추워도 축제를 즐기려는 발걸음이 이어졌다")."""
    x = start
    while x < j and not (morphs[x].tag == "EC" or morphs[x].tag.startswith("J")):
        x += 1
    if x >= j or morphs[x].tag != "EC" or morphs[x].form not in CONCESSIVE_ENDINGS or not is_stem_or_ep(morphs[x - 1]):
        return False
    return any(m.tag == "JKS" and _is_nominal(morphs[y - 1]) for y, m in enumerate(morphs[x + 1 : j], start=x + 1))


def _reported_topic(morphs: list[Morph], start: int) -> bool:
    """Whether a topic lies inside words a view reports, where the sentence ends on the view coming out ("…쓴 돈은 오히려
    줄어 ‘양적 성장, 질적 정체’라는 지적이 나온다", "…요금은 오를 수밖에 없다는 목소리가 커진다"): the view's noun
    (:data:`OPINION_NOUNS`) right after "-다는/-라는" is the final verb's subject, and no topic or subject comes between."""
    depth = 0
    for x in range(start, len(morphs) - 1):
        m = morphs[x]
        depth += (m.tag == "SSO") - (m.tag == "SSC" and depth > 0)
        if depth or m.tag == "SSC":
            continue  # (a term quoted inside the words: "‘양적 성장, 질적 정체’라는 지적")
        if m.tag == "JX" and m.form in {"은", "는", "ᆫ"}:
            return False
        if m.tag == "ETM" and (m.form in {"다는", "라는", "ᆫ다는", "는다는"} or m.form == "는" and morphs[x - 1].tag == "SSC") \
                and morphs[x + 1].form in OPINION_NOUNS \
                and morphs[x + 1].tag == "NNG":
            rest = morphs[x + 2 :]
            return bool(rest) and rest[0].tag == "JKS" and not any(r.tag in {"JKO", "JX", "JKS"} for r in rest[1:])
    return False


def _cause_state_topic(morphs: list[Morph], start: int, j: int) -> bool:
    """Whether a topic is only a cause's: its first predicate is a state (an adjective, "있다/없다", or the copula with
    "-라," after it: "승강기는 1대뿐이라, 고령 주민들은 …") ending in "-아서" or "-니까", and an act follows ("일할 사람은 턱없이 부족해서, 외국인 노동자로 일자리를 메우고 있다": who fills the jobs
    is not the people lacking; "일할 사람, 부족해서, …메움" made them)."""
    x = start
    while x < j and not (morphs[x].tag == "EC" or morphs[x].tag.startswith("J") and morphs[x].form not in {"뿐", "만"}):
        x += 1  # (a copula's own "뿐": "승강기는 1대뿐이라,")
    if x >= j or morphs[x].tag != "EC" or morphs[x].form not in CAUSE_ENDINGS | COPULA_CAUSES:
        return False
    stem = morphs[x - 1]
    if stem.tag == "VCP":
        if morphs[x].form not in COPULA_CAUSES or x + 1 >= j or morphs[x + 1].tag != "SP":
            return False  # "…1대뿐이라, | 고령 주민들은 …": a state told by the copula, set off by a comma
    elif morphs[x].form not in CAUSE_ENDINGS or not (stem.tag.startswith(("VA", "XSA")) or stem.form in STATIVE_STEMS):
        return False
    return any(_is_stem(m) and m.tag.startswith(("VV", "XSV")) for m in morphs[x + 1 : j]) or j < len(morphs) and morphs[j].tag.startswith(("VV", "XSV"))


def _contrast_link(morphs: list[Morph], k: int) -> bool:
    """Whether the ending at ``k`` ends "…인 데 반해" / "…인 것에 반해" (whereas): what follows is set against it
    ("평균은 10.7명인 데 반해 한국은 24.8명에 달했다"), and the second figure alone loses what it is measured by."""
    return k >= 2 and (morphs[k - 1].form, morphs[k - 1].tag) == ("반하", "VV") \
        and (morphs[k - 2].form == "데" and morphs[k - 2].tag == "NNB"
             or k >= 3 and morphs[k - 2].tag == "JKB" and morphs[k - 2].form == "에" and morphs[k - 3].form == "것")


def _adnominal(morphs: list[Morph], x: int) -> bool:
    """Whether the stem at ``x`` ends in an adnominal ending (with tense between): a relative clause."""
    y = x + 1
    while y < len(morphs) and morphs[y].tag == "EP":
        y += 1
    return y < len(morphs) and morphs[y].tag == "ETM"


def _figure_then_topic(morphs: list[Morph], start: int, comma: int, j: int) -> bool:
    """Whether a gapped contrast's X is a figure and its B a topic with a figure of its own, however B is described
    ("물가는 2.1%, 2026년에는 1.9%까지", "청소년은 25.5%, 패스트푸드를 먹는 청소년은 13.1%로")."""
    if not all(t.tag in {"SN", "NNB", "NR", "SW", "SL"} for t in morphs[start:comma]) \
            or not any(t.tag == "SN" for t in morphs[start:comma]):
        return False
    for y in range(comma + 2, j - 1):
        t = morphs[y]
        if t.tag == "JX" and t.form in {"은", "는", "ᆫ"}:
            return morphs[y + 1].tag == "SN"
        if t.tag in {"EC", "EF"} or t.tag.startswith("SS"):
            return False
    return False


def _parallel_topic(morphs: list[Morph], start: int, j: int) -> bool:
    """Whether a topic is the first of a gapped contrast "A는 X, B는 Y": a comma, then another topic,
    with no predicate in between. Brackets inside X ("A는 김민수(3승 2패)를, B는 …") and a description of B
    ("…, 어린이 무대인 '꿈나무 교실' 2부는 …") do not end it."""
    for x, m in outside_quotes(morphs, start, j - 2):
        if m.tag.startswith(("EC", "EF")) or _is_stem(m) and not _adnominal(morphs, x) and morphs[x + 1].tag != "ETN":
            # a relative clause inside X is no predicate ("A는 4.7% 감소한 32만대, B는 …"), nor a verb made a
            # noun ("A는 끝내기 3점포를, B는 …")
            return False
        if m.tag == "JX" and m.form in {"은", "는", "ᆫ"} and x > start and _is_nominal(morphs[x - 1]):
            # "한빛조선은 2분기 매출액은 7조원, 영업이익은 …": the contrast is the inner topics'; this one is the sentence's
            return False
        if m.tag == "SP" and m.form == ",":
            if _figure_then_topic(morphs, start, x, j) or _described_topic(morphs, x + 1, j):
                return True
            y, skipped = x, 0
            while y + 1 < min(j, x + 14 + skipped):
                y += 1
                t = morphs[y]
                if t.form == "(" and t.tag == "SSO" and (close := _closing(morphs, y, j)) < j:
                    # "…, 보합 지역(11→10개) 및 하락 지역(65→59개)은 감소": a bracketed figure is no predicate
                    skipped += close - y
                    y = close
                    continue
                inner = any(s.tag == "JKS" and _is_nominal(morphs[z - 1]) for z, s in enumerate(morphs[start:x], start=start))
                if t.tag == "JX" and t.form in {"은", "는", "ᆫ"} and (_is_nominal(morphs[y - 1]) or morphs[y - 1].tag == "SSC"):
                    # (after an inner subject, "A는 매출이 29.9%, 영업이익은 76.5% 감소": the second of the topic's own
                    # figures; "서울은 비가 10㎜, 부산은 눈이 3㎝": a second topic with its own subject)
                    return not inner or _own_subject_after(morphs, y + 1, j)
                if t.tag == "JKS" and _is_nominal(morphs[y - 1]) and inner:
                    # "넥슨은 매출이 5천억원, 영업이익이 1천억원으로 …": a list of the topic's own figures, each with its
                    # subject particle; the topic is the sentence's, not the first of a contrast
                    return False
                if t.tag == "SN" and 1 < y - x <= 3 and all(n.tag in {"NNG", "NNP"} for n in morphs[x + 1 : y]) \
                        and morphs[start].tag == "SN" and x - start <= 4:
                    # "경상이익은 61억원, 순이익 43억원으로": the topic is the first of two measures, the second's
                    # particle left out ("한빛전자는 매출 3조원, 영업이익 …" lists what the topic made)
                    return True
                if t.tag in {"SSO", "SSC"} or t.tag == "VCP" and y + 1 < j and morphs[y + 1].tag == "ETM" \
                        or t.tag == "ETM" and morphs[y - 1].tag == "VCP":
                    continue  # "어린이 무대인 ‘…’": a description of the second topic
                if _is_stem(t) or t.tag.startswith(("J", "E", "SP")) or y - x - skipped > 5 and not _is_nominal(t):
                    break
    return False


def _own_subject_after(morphs: list[Morph], start: int, j: int) -> bool:
    """Whether a subject particle after a noun follows ``start`` within the same phrase run, before any verb,
    ending or comma ("부산은 | 눈이 3㎝")."""
    for y in range(start, j):
        t = morphs[y]
        if t.tag == "JKS":
            return y > start and _is_nominal(morphs[y - 1])
        if _is_stem(t) or t.tag.startswith(("E", "SP", "J")):
            return False
    return False


def _described_topic(morphs: list[Morph], start: int, j: int) -> bool:
    """Whether a topic described by a relative clause opens at ``start`` ("…, ‘영끌 성지’로 통했던 노원구는 …"):
    every verb before the topic's particle ends in an adnominal ending, and there is at least one."""
    described = False
    for y in range(start, min(j, start + 14)):
        t = morphs[y]
        if t.tag == "JX" and t.form in {"은", "는", "ᆫ"} and _is_nominal(morphs[y - 1]):
            return described
        if t.tag.startswith(("EC", "EF", "SF")) or _is_stem(t) and not _adnominal(morphs, y):
            return False
        described = described or _is_stem(t)
    return False


# Verbs whose adnominal or connective form works as a postposition ("…에 대한", "…을 위해"): no clause of their own.
POSTPOSITION_VERBS = frozenset({"대하", "관하", "위하", "통하", "따르", "의하", "비롯하", "향하", "걸치", "앞두", "힘입", "인하"})  # "…으로 인한 X": "인하" is the verb of "…로 인해"


PASSIVE_STEMS = frozenset({"되", "받", "당하"})  # what a subject undergoes ("접수되다", "선정되다", "지원받다")


def _undergoes_then_acted(morphs: list[Morph], start: int, j: int) -> bool:
    """Whether a subject (its particle at ``start - 1``) undergoes the first clause ("총 9명이 후보로 접수됐고,") and the
    clause after it acts on an object with no subject of its own ("…심사를 통해 최종 5명을 선정했다"): the one who acts
    there is someone else, and "총 9명, …5명 선정" would make the candidates the judges. The particle stays."""
    ending = next((x for x, m in outside_quotes(morphs, start, j) if m.tag in {"EC", "EF"}), None)
    if ending is None or morphs[ending].tag != "EC" or morphs[ending].form not in {"고", "며", "으며"}:
        return False
    stem = next((morphs[x] for x in range(ending - 1, start - 1, -1) if _is_stem(morphs[x])), None)
    if stem is None or stem.form not in PASSIVE_STEMS:
        return False
    rest = list(outside_quotes(morphs, ending + 1, j))
    if any(m.tag == "JKS" or m.tag == "JX" and m.form in {"은", "는"} for _, m in rest):
        return False  # (the next clause names who acts)
    last_stem = next((m for _, m in reversed(rest) if _is_stem(m)), None)
    return any(m.tag == "JKO" for _, m in rest) and last_stem is not None and last_stem.form not in PASSIVE_STEMS


def _binds_first_clause(morphs: list[Morph], start: int, j: int) -> bool:
    """Whether a subject (its particle at ``start - 1``) belongs to a clause before the final predicate, so
    that the headline comma would cut that clause: the word right after it is a verb with a connective
    ending ("유가족이 모여 추모식을 개최"), or the first predicate after it, outside quotations, is a
    relative clause on the object ("시민이 공원에서 만든 작품을 전시"). When in doubt the particle stays."""
    depth = 0
    first_word = True  # still in the first word after the subject (or in adverbs before it)
    for x in range(start, j):
        m = morphs[x]
        if x > start and morphs[x - 1].end < m.start and not (morphs[x - 1].tag == "MAG" and first_word
                                                               and (x - 1 == start or morphs[x - 2].end < morphs[x - 1].start)):
            first_word = False  # a new word, after one that was not a lone adverb
        depth += m.tag == "SSO"
        depth -= m.tag == "SSC" and depth > 0
        if depth:
            first_word = False
            continue
        if m.tag.startswith(("EC", "EF", "SP")) or m.tag == "SF":
            return False  # a clause ended before any predicate
        if m.tag == "JKS" and x > start and (_is_nominal(morphs[x - 1]) or closed_noun(morphs, start, x - 1)):
            return False  # "한빛전자가 수명이 긴 배터리를": the next predicate has a subject of its own (also "…부(이하 …)가")
        if date_part(morphs, x):
            continue  # "지난 3일": a date, not a relative clause
        if _is_stem(m) and m.tag != "VCP" and m.form not in POSTPOSITION_VERBS:  # "…원인 물질인 X를": apposition
            if _dated_event(morphs, start, x):
                return False  # "연맹이 지난달 열린 대회 순위를 공개": nobody holds an event by being its subject
            y = x + 1
            while y < j and morphs[y].start <= morphs[y - 1].end and morphs[y].tag.startswith(("EP", "XS", "VX")):
                y += 1
            if y >= j or morphs[y].start > morphs[y - 1].end:
                return False
            ending = morphs[y]
            if ending.tag == "EC" and ending.form in SUBORDINATE_ENDINGS:
                return True  # "개기월식이 일어나면 …": the subject of a condition or cause, not of the bullet
            if ending.tag == "ETN" and subject_of_before(morphs, start):
                return True  # "시장 활성화 사업이 시작되기 전인 2023년과 비교하면 …": the subject of "before", not of the bullet
            if ending.tag == "EC" and first_word and ending.form in {"어", "아", "여", "고", "며", "으며", "면서", "으면서", "어서", "아서"}:
                return not (y + 1 < j and morphs[y + 1].tag == "VX")  # "…하고 있다" is one predicate
            if ending.tag == "EC" and ending.form in {"고", "며", "으며", "면서", "으면서", "자"} and not (y + 1 < j and morphs[y + 1].tag == "VX") \
                    and _subject_of_its_own(morphs, y + 1, j):
                return True  # "후보등록이 26일 시작되면서 공천 논란도 일단락": the clause after it has a subject of its own
            if ending.tag == "ETM" and y + 3 < j and morphs[y + 1].form in {"때", "후", "뒤", "동안", "전", "직후", "도중"} \
                    and morphs[y + 1].tag in {"NNG", "NNB"} and _is_stem(morphs[y + 2]) and morphs[y + 3].tag == "ETM":
                return True  # "주자가 베이스에 안착할 때 쓰는 용어를": the subject of a when-clause inside a relative clause
            if ending.tag == "ETM" and _sizing_clause(morphs, y):
                return False  # "넥스플레이가 …18%에 해당하는 약 260명을 감원": a clause that only sizes the object
            if ending.tag == "ETM" and _named_agent_before_object(morphs, start, x, y, j):
                return False  # "한빛FC가 짜릿한 역전승을 거뒀다": the adjective describes the object, the team acts
            if ending.tag == "ETM" and ending.form in {"ᆯ", "을"} and start >= 2 and _acting_noun(morphs, start - 2):
                return False  # "방위사업청이 …부대에 보급할 …사업을 다시 공고하기로 했다": what a body is to do with the
                # object is its own plan, and the body the sentence's subject (not "시민이 …만든 작품을 전시")
            if ending.tag == "ETM" and not (y + 1 < j and morphs[y + 1].form in MODALITY_WORDS | {"것"}):
                # the relative clause names the object ("…만든 작품을 전시"); one naming a setting
                # ("…열리는 전시회에서 …선보인다") leaves the subject the sentence's own
                z = y + 1
                while z < j and (_is_nominal(morphs[z]) or morphs[z].tag in {"JKG", "MM"}):
                    z += 1
                # ("…진입하는 쾌거를 이뤘다": the deed is the subject's own)
                return z < j and morphs[z].tag == "JKO" and not (y + 1 < j and morphs[y + 1].form in DEED_NOUNS)
            return False
    return False


# Heads after "-기" that make a clause of time, purpose or cause ("시작되기 전", "…막기 위해", "늘기 때문")
BEFORE_HEADS = frozenset({"전", "위해", "때문"})


def subject_of_before(morphs: Sequence[Morph], start: int) -> bool:
    """Whether the subject whose particle ends before ``start`` belongs to a clause of "before", "for" or "because"
    ("…사업이 시작되기 전인 2023년", "…수요가 늘기 때문에"): its verb, before any other ending or particle, ends in "-기"
    and one of :data:`BEFORE_HEADS` ("…사업이 3월에 시작되기 전": its own adverbs and objects on the way). Such a subject is
    not the sentence's."""
    for x in range(start, min(len(morphs) - 1, start + 8)):
        m = morphs[x]
        if m.tag == "ETN":
            return m.form == "기" and morphs[x + 1].form in BEFORE_HEADS
        if m.tag in {"EC", "EF", "ETM", "JKS", "JX", "SP"}:
            return False  # (a clause ended, or another subject or topic began)
    return False


def _subject_of_its_own(morphs: list[Morph], start: int, j: int) -> bool:
    """Whether the clause from ``start`` names its own subject or topic ("공천 논란도", "시장은") before its
    predicate, outside quotations and relative clauses."""
    for x, m in outside_quotes(morphs, start, j):
        if m.tag in {"EC", "EF"}:
            return False
        if x > start and (m.tag == "JKS" or m.tag == "JX" and m.form in {"은", "는", "도"}) and _is_nominal(morphs[x - 1]) \
                and morphs[x - 1].form not in TIME_TOPICS and not _modifies_next(morphs, x + 1, j):
            return True
    return False


def _figure_end(morphs: Sequence[Morph], x: int, j: int) -> int:
    """The index after the figure that starts at ``x`` (a number with its magnitudes and units: "1985ha", "11.1만 톤",
    "930헥토파스칼"), or ``x`` where no number starts."""
    e = x
    if x < j and morphs[x].tag == "SN":
        while e < j and (morphs[e].tag in {"SN", "NR", "NNB", "SW", "SL"} or morphs[e].tag == "NNG" and morphs[e].start == morphs[e - 1].end):
            e += 1
    return e


def _passive_agent(morphs: list[Morph], i: int, j: int) -> tuple[int, int, int, int] | None:
    """For "…진단법이 국내 연구진에 의해 개발됐다": the agent's span (its first morpheme, its "에"), where the words after
    "에 의해" start, and the subject particle, when the sentence's one subject opens it, a plain noun phrase of at most
    four words is the agent of its final verbal noun's passive ("…개발됐다", "…구조됐다"), and no clause comes between."""
    x = next((x for x in range(i + 2, j - 3) if (morphs[x].form, morphs[x].tag) == ("에", "JKB") and morphs[x + 1].form == "의하"
              and morphs[x + 2].tag == "EC" and morphs[x + 2].form in {"어", "여"}), None)
    if x is None or morphs[x - 1].end != morphs[x].start:
        return None
    a = x
    while a > i and x - a < 4 and (morphs[a - 1].tag in {"NNG", "NNP", "SL", "XSN"} or morphs[a - 1].tag == "SN" and a - 1 > i):
        a -= 1
    if a == x or morphs[a - 1].tag != "JKS" or not _is_nominal(morphs[a - 2]):
        return None
    s = a - 1
    # (an ending inside the subject's own relative clause is no clause of the sentence: "…분석해 …찾아내는 진단법이")
    described = max((y for y in range(i, s) if morphs[y].tag == "ETM"), default=-1)
    if any(m.tag in {"JKS", "EF", "SSO", "SSC"} or m.tag == "EC" and y > described or m.tag == "JX" and m.form in {"은", "는", "ᆫ"}
           for y, m in enumerate(morphs[i:s], start=i)) \
            or any(m.tag in {"EC", "ETM", "JKS", "JX", "SSO"} for m in morphs[x + 3 : j]):
        return None
    rest = [m for m in morphs[x + 3 : j] if m.tag not in {"EP", "EF", "SF"}]
    if len(rest) != 2 or rest[0].tag != "NNG" or (rest[1].form, rest[1].tag) != ("되", "XSV"):
        return None  # (only a verbal noun's passive: "개발되었다"; "…에 의해 쓰러졌다" keeps its words)
    return a, x, x + 3, s


def _item_after_figure(morphs: list[Morph], i: int, k: int) -> bool:
    """Whether the phrase the particle at ``k`` closes follows a figure and its comma ("…산지에 10~30㎝, | 많은 곳은
    40㎝ 이상"): a later item of a list of places and figures, its own figure right after its topic particle, which
    stays (a comma there reads as one more item)."""
    if not (k + 1 < len(morphs) and morphs[k + 1].tag == "SN"):
        return False  # (the item's own figure follows its particle)
    x = k - 1
    while x > i and k - x <= 5 and morphs[x].form != "," and not morphs[x].tag.startswith(("J", "EC", "EF", "SS")):
        x -= 1
    return x > i + 1 and morphs[x].form == "," and morphs[x].tag == "SP" and x < k - 1 \
        and (morphs[x - 1].tag == "SN" or morphs[x - 1].tag in {"SW", "NNB", "NR"} and morphs[x - 2].tag == "SN")


def _first_of_pairs(morphs: list[Morph], k: int, j: int) -> bool:
    """Whether the subject particle at ``k`` opens a list of name-and-figure pairs that share its predicate ("경남이 |
    1985ha, 경기 1581ha, …", "서울이 | 5곳, 부산 3곳 순"): a figure right after it, a comma, then a noun glued to
    nothing and a figure of the same unit."""
    def figure_at(x: int) -> tuple[int, str] | None:  # (the index after the figure, its unit glued to the number)
        e = _figure_end(morphs, x, j)
        return (e, morphs[x + 1].form) if e > x + 1 and morphs[x + 1].start == morphs[x].end else None
    first = figure_at(k + 1)
    if first is None or first[0] >= j or morphs[first[0]].form != ",":
        return False
    x = first[0] + 1
    if not (x < j and morphs[x].tag in {"NNP", "NNG"}):
        return False
    while x + 1 < j and morphs[x + 1].tag in {"NNP", "NNG"} and morphs[x + 1].start == morphs[x].end:
        x += 1  # ("충청남도" read as two nouns)
    second = figure_at(x + 1)
    # (not "가전 매출이 12%, 모바일이 8%, 반도체가 30%": parallel subjects with particles of their own, see _gapped_subject)
    return second is not None and second[1] == first[1] and not any(t.tag == "JKS" for t in morphs[k + 1 : j])


def _gapped_subject(morphs: list[Morph], i: int, k: int) -> bool:
    """Whether the subject particle at ``k`` ends the last of parallel subject phrases sharing one predicate
    ("A가 5.9%, B가 18.8%, C가 23.4% 증가"): an earlier subject particle, then a comma, with no predicate between."""
    seen_comma = False
    x = k - 1
    while x > i:
        t = morphs[x]
        if t.tag == "SSC" and t.form == ")":
            # ("C(43)씨가 …화상을, D(37)씨가 …": a name's age in brackets is part of the phrase)
            opening = next((y for y in range(x - 1, i, -1) if morphs[y].tag == "SSO"), None)
            if opening is None or morphs[opening].form != "(":
                return False
            x = opening - 1
            continue
        if t.tag == "SP" and t.form == ",":
            seen_comma = True
        elif t.tag == "JKS":
            return seen_comma
        elif _is_stem(t) or t.tag.startswith(("E", "SS")):
            return False
        x -= 1
    return False


def _reported_end(morphs: list[Morph], j: int) -> bool:
    """Whether the bullet ending at ``j`` is what someone said, its frame cut off ("…훨씬 많았다고 | 강조했다"): the
    speaker's tense stays."""
    return j < len(morphs) and (morphs[j].tag == "EC" and morphs[j].form in QUOTE_ENDINGS
                                or morphs[j].tag == "EF" and j + 1 < len(morphs) and morphs[j + 1].tag in {"JKQ", "EC"})


JUDGING_ADJECTIVES = frozenset({"좋", "나쁘", "어렵", "쉽"})  # "…보다 더 어려웠다": a judgement of a time, not a measure


def _measured_comparison(morphs: list[Morph], i: int, k: int) -> bool:
    """Whether the adjective at ``k`` compares a measured amount ("5월보다 6조원 많았다", "10개월 만에 가장 컸다",
    "리터당 2106원으로 가장 비쌌다"): a figure reported, whose past tense a headline drops like a verb's
    ("많음", "가장 큼"); not a state such as "문제가 있었다", which stays past."""
    if morphs[k].form in STATIVE_STEMS or morphs[k].form in JUDGING_ADJECTIVES:
        return False
    before = morphs[i:k]
    return any(m.tag == "SN" for m in before) and (
        any(m.form in {"가장", "더", "덜"} and m.tag == "MAG" for m in before)
        or any(m.form == "보다" and m.tag == "JKB" for m in before))


def _listed_subject(morphs: list[Morph], i: int, k: int) -> bool:
    """Whether the subject before the particle at ``k`` is a list of nouns with a comma in it
    ("한빛시와 달빛군, 별빛구가"): then the headline comma would read as one more item of the list."""
    b, listed = k - 1, False
    if morphs[b].tag == "SSC" and morphs[b].form == ")":  # "교수팀(송인애 교수, 박혜윤 교수)이": the gloss is no list
        while b > i and not (morphs[b].tag == "SSO" and morphs[b].form == "("):
            b -= 1
    while b > i and (_is_nominal(morphs[b - 1]) or morphs[b - 1].tag in {"JC", "SP", "SN", "NR", "JKG"}
                     or morphs[b - 1].form == ")" and morphs[b].form == ","):  # ("동대문구을의 A 후보, 중랑구을의 B 후보가")
        if morphs[b - 1].form == ")":  # an item's figure and gloss: "기아차 26만1766대(23.4%), 르노삼성이"
            o = next((x for x in range(b - 2, i - 1, -1) if morphs[x].form == "("), None)
            if o is None:
                break
            b = o
            continue
        if morphs[b - 1].form == "," and b - 2 >= i and (_is_nominal(morphs[b - 2]) or morphs[b - 2].form == ")") \
                and not date_part(morphs, b - 2) and not date_part(morphs, b - 3 if b - 3 >= i else b - 2):
            listed = True  # "29일, 한빛연구원은": a date before the subject is no list
        b -= 1
    # "…선포된 가운데, 이번 지원은": a clause before the comma, not an item of a list; but a phrase that ends on "등"
    # is a list however its first item is described ("…세포를 이용한 치료법, 뇌 과학 등이")
    return listed and (not (b > i and morphs[b - 1].tag == "ETM") or morphs[k - 1].form == "등" and morphs[k - 1].tag == "NNB")


# Verbs whose subject is an event ("지난달 열린 시상식"): a subject before "<date> 열린" is never theirs.
EVENT_VERBS = frozenset({"열리", "개최", "치러지", "진행", "펼쳐지"})
EVENT_TIMES = frozenset({"지난달", "지난주", "지난해", "이달", "이번", "다음", "달", "주", "내달", "내년", "올해", "작년", "오는", "지난"})


# Nouns after a modifier that link its clause to the sentence ("…맞은 가운데", "…한 뒤", "…인 만큼"): no head it describes.
LINKING_NOUNS = frozenset({"가운데", "속", "뒤", "후", "때", "중", "만큼", "데", "반면", "동안", "이후", "직후", "당시", "채",
                           "대신", "탓", "덕분", "끝", "결과", "이상", "이래", "와중", "사이", "한편", "바람"})


def _relative_subject(morphs: list[Morph], k: int, j: int) -> bool:
    """Whether the subject particle at ``k`` belongs to a relative clause that describes the sentence's subject
    ("감독이 이끄는 대표팀은", "회사가 만든 제품이"; see :func:`_relative_end`)."""
    x = _relative_end(morphs, k, j)
    return x is not None and _subject_at(morphs, x + 1, j)  # (not "…이 폭행한 혐의로")


def _relative_end(morphs: Sequence[Morph], k: int, j: int, quoted: bool = False) -> int | None:
    """The adnominal ending of the relative clause the subject particle at ``k`` belongs to: the clause ends in a
    modifier ("감독이 이끄는 대표팀", "권 교수가 기술고문으로 있는 중소기업") before any clause ending, comma, quotation
    or other subject, and a noun follows (with ``quoted``, a quoted name: "정부가 …내건 '한 가마 20만원'"); None when the
    subject is its clause's own."""
    for x in range(k + 1, min(j - 1, k + 8)):
        m = morphs[x]
        if m.tag in {"EC", "EF", "SP", "SF", "SSO", "SSC", "JKS", "JX"}:
            return None
        if m.tag == "ETM":
            head = _is_nominal(morphs[x + 1]) or quoted and morphs[x + 1].tag == "SSO"
            if m.form not in {"ᆫ", "은", "는", "던"} or not is_stem_or_ep(morphs[x - 1]) or morphs[x - 1].tag == "VCP" \
                    or not head or morphs[x + 1].start == m.end or morphs[x + 1].form in LINKING_NOUNS:
                return None  # ("총파업이 열흘째를 맞은 가운데 민주노총이": the clause is the setting, not a description)
            return x
    return None


def _describes_quoted_adjunct(morphs: Sequence[Morph], k: int, j: int) -> bool:
    """Whether the subject particle at ``k`` belongs to a relative clause that describes a quoted name the main clause
    takes as an adjunct ("정부가 지난해 목표로 내건 '한 가마 20만원'에 못 미친다": the price falls short of the government's
    target, not the government): the clause ends in a modifier right before the quotation, whose particle is adverbial."""
    x = _relative_end(morphs, k, j, quoted=True)
    if x is None or morphs[x + 1].tag != "SSO":
        return False
    c = _closing(morphs, x + 1, j)
    return c + 1 < j and morphs[c + 1].tag == "JKB"


def closed_noun(morphs: list[Morph], i: int, k: int) -> bool:
    """Whether ``morphs[k]`` closes a bracket or backtick right after a noun phrase: "순손실(세전 기준)",
    "`한빛기술원`" end a noun phrase as the noun itself would."""
    m = morphs[k]
    if not (m.tag == "SSC" and m.form in {")", "]"} or m.tag == "SW" and m.form == "`"):
        return False
    o = k - 1
    while o >= i and not (morphs[o].form == {")": "(", "]": "[", "`": "`"}[m.form] and morphs[o].tag in {"SSO", "SW"}):
        o -= 1
    if o < i or o == k - 1:
        return False
    inner_nominal = _is_nominal(morphs[k - 1])
    if m.form == "`":
        return inner_nominal
    # ("'감시자들'(감독 조의석)은": a title in quotation marks takes a gloss as a noun does; "LG에너지솔루션(373220)(LG엔솔)이":
    # a second gloss after the first, as the first after the noun)
    return o > i and morphs[o - 1].end == morphs[o].start and (
        _is_nominal(morphs[o - 1]) or morphs[o - 1].form in CLOSING_QUOTES or morphs[o - 1].form == ")" and closed_noun(morphs, i, o - 1))


# Times relative to something the bullet does not say ("잠시 뒤", "그 후"): an opener of this kind is dropped.
RELATIVE_TIMES = (({"잠시", "얼마"}, "MAG"), ({"그"}, "MM"))


# Verbs of saying that take the headline ending "-어" after a reported clause ("…했다고 밝혀").
REPORTING_VERBS = frozenset({"밝히", "말하", "전하"})


def _names_something(morphs: list[Morph], i: int, k: int) -> bool:
    """Whether the quote ending at ``k`` closes a name given to an object ("A를 ‘B’라고 한다", "…를 X라고
    부른다"): a copula right before it and an object in the same clause before that."""
    if morphs[k - 1].tag != "VCP" or not any(m.form in {"하", "부르", "칭하", "명명하"} and m.tag.startswith("VV") for m in morphs[k + 1 : k + 4]):
        return False
    for x in range(k - 2, i - 1, -1):
        if morphs[x].tag == "EC" or morphs[x].tag == "SP":
            return False
        if morphs[x].tag == "JKO":
            return True
    return False


def _reports_a_demand(morphs: list[Morph], k: int) -> bool:
    """Whether the quote ending at ``k`` closes an order, a proposal or a question ("…하라고", "…달라고",
    "…가자고", "…늦었냐고"), not a statement ("…했다고", "…문제라고")."""
    m, before = morphs[k], morphs[k - 1]
    if m.form in {"자고", "냐고", "느냐고", "으냐고"}:
        return True
    return m.form in {"라고", "으라고"} and _is_stem(before) and not before.tag.startswith(("VCP", "VA"))


def _report_verb(morphs: list[Morph], i: int, q: int, j: int, nouns: frozenset = frozenset()) -> int | None:
    """For "…했다고 (27일) 밝혔다" / "…했다고 발표했다" (quote ending at ``q``, also Kiwi's "다" + "고"): the index of
    the verb of saying that ends the sentence, dates between them aside; None when another verb or an intention
    ("밝히겠다") follows. ``nouns``: more nouns of saying that may end it ("…나서야 한다고 강조했다")."""
    split = q + 1 < j and _split_quote_ending(morphs, i, q + 1)  # "…었다" + "고"
    if morphs[q].form not in {"다고", "ᆫ다고", "는다고", "라고", "이라고"} and not split:
        return None
    return _saying_verb(morphs, q + 2 if split else q + 1, j, REPORTING_VERBS, ANNOUNCING_NOUNS | JUDGING_NOUNS | nouns)


def _saying_verb(morphs: list[Morph], d: int, j: int, verbs: frozenset, nouns: frozenset) -> int | None:
    """From ``d`` on, dates and how it was said aside ("27일", "공식"): the index of the verb of saying (one of ``verbs``,
    or a noun of ``nouns`` with "하": "발표했다") that ends the sentence; None when another word or an intention
    ("밝히겠다") follows."""
    while d < j and (date_part(morphs, d) or morphs[d].form in {"공식", "정식", "최종", "공동"} and morphs[d].tag == "NNG"):
        d += 1  # ("…성공했다고 공식 발표했다": how it was announced)
    announced = d + 1 < j and morphs[d].form in nouns and morphs[d].tag == "NNG" and morphs[d + 1].tag == "XSV" \
        and morphs[d + 1].form == "하"  # "…했다고 발표했다"
    if d >= j or not (morphs[d].form in verbs and morphs[d].tag.startswith("VV") or announced) \
            or not all(m.tag in {"EP", "EF", "SF"} for m in morphs[d + 1 + announced : j]) \
            or any(m.tag == "EP" and m.form == "겠" for m in morphs[d + 1 : j]):
        return None
    return d


def _announcer_after(morphs: list[Morph], i: int, q: int, j: int) -> tuple[int, int] | None:
    """For "…를 선정했다고 과학기술정보통신부가 (7일) 밝혔다" (quote ending at ``q``): the span of the announcer's
    name when the reported clause acts on an object with no subject of its own, so the announcer is who acted and
    opens the bullet ("과학기술정보통신부, …를 선정"); None otherwise (a clause with its own subject, a passive one
    "…선정됐다고 출판사가 밝혔다", or no one named after the frame)."""
    split = q + 1 < j and _split_quote_ending(morphs, i, q + 1)
    if morphs[q].form not in {"다고", "ᆫ다고", "는다고"} and not split:
        return None
    r = q + 2 if split else q + 1
    while r < j and date_part(morphs, r):
        r += 1
    x = r
    while x < j and _is_nominal(morphs[x]) and (x == r or morphs[x - 1].end <= morphs[x].start):
        x += 1
    if x == r or x >= j or not (morphs[x].tag == "JKS" or morphs[x].tag == "JX" and morphs[x].form in {"은", "는"}):
        return None
    if any(m.tag not in NOMINAL_TAGS for m in morphs[r:x]) or not any(m.tag in {"NNG", "NNP", "SL"} for m in morphs[r:x]):
        return None
    # (not "보도했다", "전했다": a newspaper that reports an act did not do it)
    if _saying_verb(morphs, x + 1, j, frozenset({"밝히"}), ANNOUNCING_NOUNS - {"보도"}) is None:
        return None
    has_object = False
    for k, m in outside_quotes(morphs, i, q):
        if k > i and (m.tag == "JKS" or m.tag == "JX" and m.form in {"은", "는", "ᆫ"}) and _is_nominal(morphs[k - 1]):
            return None  # the clause names its own subject or topic
        if m.tag in {"EC", "SP"} and k < q - 3:
            return None  # a clause before it: whose act that one is stays unclear
        has_object = has_object or m.tag == "JKO"
    stem = q - 1 if not split else q
    while stem > i and morphs[stem].tag == "EP":
        stem -= 1
    active = morphs[stem].tag == "XSV" and morphs[stem].form == "하" or morphs[stem].tag.startswith("VV") \
        and morphs[stem].form not in {"되", "받", "지", "당하"}
    return (r, x) if has_object and active else None


def _reported_intention(morphs: list[Morph], i: int, q: int) -> bool:
    """Whether the reported clause ending at ``q`` states an intention ("…하겠다고": "-겠-" right before its quote
    ending) or what someone must do ("…나서야 한다고": "-어야 하-"), outside quotation marks. Either is the
    reporter's stance, not a fact: "광주공동체, …일에 나서야 함" made the group the one that must act."""
    if q - 1 <= i or morphs[q].tag != "EC" or any(m.tag in {"SSO", "SSC"} for m in morphs[q - 3 : q]):
        return False
    intention = morphs[q - 1].tag == "EP" and morphs[q - 1].form == "겠"
    obligation = q - 2 > i and morphs[q - 1].form == "하" and morphs[q - 1].tag == "VX" and morphs[q - 2].tag == "EC" \
        and morphs[q - 2].form in {"어야", "아야", "여야"}
    # "…현혹돼선 안 된다고 강조": what someone must not do, likewise
    prohibition = q - 3 > i and morphs[q - 1].form == "되" and morphs[q - 2].form == "안" and morphs[q - 2].tag == "MAG" \
        and (morphs[q - 3].tag == "JX" and morphs[q - 3].form in {"ᆫ", "는"} or morphs[q - 3].tag == "EC" and morphs[q - 3].form in {"면", "으면"})
    # "재판부는 피해자 4명이 숨졌다며, …빼앗은 중대한 범죄라고 말했다": a judgement given with its grounds; without the
    # frame the bullet ends on a noun after "-다며," ("…떠났다며, …중대한 범죄")
    judgement = (morphs[q].form in {"라고", "이라고"} or morphs[q - 1].tag == "VCP") \
        and any(m.tag == "EC" and m.form in SAYING_WHILE_ENDINGS for _, m in outside_quotes(morphs, i, q))
    # "…벤치마크에서 해외 빅테크 모델을 앞섰다고 밝혔다": a claim to beat others is the claimant's, not a fact
    stem = next((m for m in reversed(morphs[i:q]) if _is_stem(m) and m.tag != "VX"), None)
    claim = stem is not None and stem.form in CLAIM_STEMS
    return intention or obligation or prohibition or judgement or claim


CLAIM_STEMS = frozenset({"앞서", "능가하", "능가", "뛰어넘", "압도하", "압도", "제치"})  # to beat others: the claimant's word


def _reported_clause(morphs: list[Morph], i: int, q: int, j: int) -> tuple[int, int] | None:
    """For "A는 B가 …했다고 (27일) 밝혔다" (quote ending at ``q``): the indices of the verb of saying and of the
    speaker's particle, when the speaker A is the topic (or opens the sentence as its subject) and the reported
    clause has a subject B of its own. Without the frame the bullet would read "A, B가 …" as if A did it; None
    otherwise."""
    # ("…시작했다고 말했다", "…것이라고 답했다"; an act claimed or a fault pointed out is the speaker's too: "재판부는 …점이
    # 1심에서 반영되지 않았다고 지적했다"; what a thing is called, "…대책이 강압적 조치라고 지적했다", reads as the
    # speaker's in "농민들, 이번 대책 강압적 조치")
    claimed = morphs[q].form.endswith("다고") and morphs[q].form not in {"이라고", "라고"}
    d = _report_verb(morphs, i, q, j, SAID_NOUNS | CLAIM_NOUNS if claimed else SAID_NOUNS)
    if d is None:
        return None
    t = _reporter(morphs, i, q)
    if t is None or any(m.tag == "SSO" and not ((c := _closing(morphs, x, t)) < t and closed_noun(morphs, i, c))
                        for x, m in enumerate(morphs[i:t], start=i)) \
            or any(m.tag == "EC" or m.tag == "SP" and not (x > i and _is_nominal(morphs[x - 1]) and _is_nominal(morphs[x + 1]))
                   for x, m in outside_quotes(morphs, i, t)):
        return None  # (a comma only inside a list of names: "한빛대, 가람대 등 연구진이"; a gloss of the name is no clause:
        # "중앙재난안전대책본부(중대본)는")
    inner = morphs[t + 1 : q]
    if direct_quotation(inner):
        return None  # a direct quotation has its own rules; ‘…’ marks a title
    # a quoted title is a subject too ("학술지 ‘…’가 …특집호를 발간했다고"); the subject of a nominalised clause is
    # that clause's ("원안위가 …승인함에 따라 …착수했다고": who acts in the report is the speaker)
    subjects = [x for x, m in enumerate(inner) if x and (_is_nominal(inner[x - 1]) or inner[x - 1].tag == "SSC") and (
        m.tag == "JX" and m.form in {"은", "는"} and inner[x - 1].form not in TIME_TOPICS  # "올해는": a time
        or m.tag == "JKS" and not _bare_quantity(inner, x) and not _modifies_next(inner, x + 1, len(inner))
        and not _nominalised_next(inner, x + 1) and not _subordinate_subject(inner, x + 1, len(inner))
        and not _embedded_subject(inner, x + 1, len(inner))  # ("…병리가 있는지를 판별하는 검사법을": the question's)
        and not _describes_an_argument(inner, x))]
    # an agency's measured statistics are not its own ("통계청은 물가가 2.3% 올랐다고 밝혔다"); what it counted of its own
    # work is ("소방본부는 신고 건수가 12만 8500건으로 집계됐다고 밝혔다")
    gloss = _gloss_start(morphs, i, t)  # ("…협회(KAIDA)는": the name before its gloss)
    reporter = "".join(m.form for m in morphs[i:t] if _is_nominal(m) and m.end <= gloss)
    measured = _measured(inner)
    agency = measured and (reporter.endswith(ANNOUNCING_BODIES) or reporter in STATISTICS_BODIES)
    if subjects and not agency and _own_figures(inner, subjects[0]) and not any(m.tag == "EC" and m.form in QUOTE_ENDINGS for m in inner):
        # (a report inside the report, "…로 집계됐다며 …더 방문했다고 밝혔다", keeps the frame: without it the
        # inner "-다며" ends nothing)
        return None  # "한빛전자는 3분기 영업이익이 …10.8% 늘었다고 밝혔다": the topic's own figures, which it reports
    if subjects and inner[subjects[0] - 1].form.endswith(tuple(OWN_WORKS)) and not any(m.tag == "EC" and m.form in QUOTE_ENDINGS for m in inner):
        # "장성군은 …개최된 제17회 장성 홍길동축제가 …성황리에 마무리됐다고 밝혔다": an event, programme or bill the topic
        # reports of is its own work; its frame says nothing ("장성군, …홍길동축제가 …마무리")
        # (not what a company calls its own, "자사가 개발한 …백신이 …받았다고 밝혔다": read blind, "…, 자사가 개발한 …백신이
        # 품목허가를 받음" lost to the frame kept, 3 to 1)
        return None
    return (d, t) if subjects else None


def _describes_an_argument(morphs: Sequence[Morph], x: int) -> bool:
    """Whether the subject particle at ``x`` belongs to a relative clause that describes an object or adjunct of the
    clause it stands in ("세입자 41명이 …를 상대로 낸 | …소송에서 원고 승소로 판결했다고", "가맹본부가 …강요할 수 없도록 하는 |
    내용의 개정안을 발의했다고"): its first modifier ending ("낸", "하는"; "할 수 없도록 하는" is one predicate) comes before any
    clause ending, other subject or topic, and the noun it describes, a thing filed (:data:`FILED_NOUNS`), takes an
    object, adverbial or possessive particle. That subject is not who acts in the clause; a noun the clause ends on
    ("…늘어난 상황이라고") or a bound noun ("…늘어난 것으로") is what it states, and the subject stays its own."""
    for y, m in outside_quotes(morphs, x + 1, len(morphs)):
        if m.tag in {"JKS", "EF", "SF"} or m.tag == "JX" and m.form in {"은", "는"}:
            return False
        if m.tag == "EC":
            if y + 1 < len(morphs) and (morphs[y + 1].tag.startswith("VX") or m.form in {"어", "아", "여"}
                                        and morphs[y + 1].start == m.end + 1 and morphs[y + 1].tag == "VV"
                                        and morphs[y - 1].form not in POSTPOSITION_VERBS):
                continue  # "없도록 하는": one predicate; "…에 불복해 낸": one act's steps (not "…을 위해 큰 역할을")
            return False
        if m.tag == "ETM" and is_stem_or_ep(morphs[y - 1]):
            if y + 1 < len(morphs) and (morphs[y + 1].form == "수" and morphs[y + 1].tag == "NNB" or date_part(morphs, y + 1)) \
                    or morphs[y - 1].form in POSTPOSITION_VERBS:
                continue  # "강요할 수 없도록": a modal predicate goes on; "지난 3일", "…에 대한": no clause's end
            if not morphs[y - 1].tag.startswith(("VV", "XSV", "VX", "EP")):
                return False  # "…지난해 같은 기간보다 4.9% 상승": an adjective that only describes the next noun
            head = y + 1
            while head < len(morphs) and (morphs[head].tag in {"NNG", "NNP", "SN", "NNB", "XSN"} or morphs[head].form == "및") \
                    and morphs[head].form not in {"것", "수"}:  # ("유족급여 및 장의비 부지급 처분 취소 소송에서")
                head += 1
            # a possessor ("…하는 내용의 개정안을") is the object's only when no other modifier or clause ending comes after
            # it (not "'미래 소재'가 | 개교 40주년을 맞은 | 한빛대의 연구 성과를 소개하는 특집호를 냈다": there the
            # clause that ends last, the name's own, describes the object)
            # (only a suit, a case or a bill's content: "경찰은 직원이 역으로 들어오던 | 열차에 부딪혔다고" has the clerk hit the
            # train, the train's clause has no subject of its own)
            return y + 1 < head < len(morphs) and morphs[head].tag in {"JKO", "JKB", "JKG"} \
                and morphs[head - 1].form.endswith(FILED_NOUNS) \
                and morphs[y + 1].tag in {"NNG", "NNP"} and morphs[y + 1].form not in LINKING_NOUNS \
                and not (morphs[head].tag == "JKG" and any(
                    n.tag in {"ETM", "EC"} and is_stem_or_ep(morphs[z - 1]) and morphs[z - 1].form not in POSTPOSITION_VERBS
                    and not date_part(morphs, z + 1) for z, n in enumerate(morphs[head + 1 :], start=head + 1)))
    return False


# What someone files or brings before a court, a council or an agency, which the body that decides it reports on
# ("…을 상대로 낸 소송에서", "…하는 내용의 개정안을"): the filer's clause describes it.
FILED_NOUNS = ("소송", "사건", "재판", "심판", "청구", "신청", "개정안", "법안", "조례안", "내용", "안건", "항소", "상고", "고소",
               "고발", "진정", "민원", "청원")


# What a body reports of its own doing: its events, programmes and bills ("…축제가 마무리됐다고", "…시범 사업이
# 시작된다고", "…개정안이 의결됐다고").
OWN_WORKS = frozenset({"축제", "행사", "사업", "대회", "박람회", "공연", "전시", "전시회", "교육", "프로그램", "캠페인", "공사",
                       "개정안", "조례안", "예산안", "조정안", "협약"})


def _gloss_start(morphs: Sequence[Morph], i: int, t: int) -> int:
    """Where the name before ``t`` ends and its gloss in brackets starts ("카이스트(KAIST)는", "…협회(KAIDA)는"): who
    the name is, not part of it."""
    return next((m.start for m in morphs[i:t] if m.tag == "SSO"), morphs[t].start)


def _bare_object(text: str, morphs: Sequence[Morph]) -> str:
    """"…주요 업무계획을 보고" -> "…주요 업무계획 보고": the object particle goes before a bullet's last word when that
    word is the verbal noun of the sentence's predicate (Kiwi: the noun, then "하"), right after its object: a
    headline names the act with its object as one phrase, as the author's block does ("6백만달러 비용 사용").
    A native verb's nominal form keeps it ("인기를 끌어", "막을 내림")."""
    found = OBJECT_BEFORE_LAST_WORD.search(text)
    if found is None or GAPPED_OBJECT.search(text, 0, found.start()):
        return text  # (a gapped list keeps all its particles: "2명은 실형을, 2명은 집행유예를 선고")
    particle, noun, plan = found.group(1), found.group(2), found.group(3) or ""
    for y in range(1, len(morphs) - 2):
        if morphs[y].tag == "JKO" and morphs[y].form == particle and morphs[y - 1].end == morphs[y].start \
                and morphs[y + 1].form == noun and morphs[y + 1].tag == "NNG" and morphs[y + 1].start > morphs[y].end \
                and morphs[y + 2].tag.startswith("XSV") and morphs[y + 2].start == morphs[y + 1].end:
            return text[: found.start(1)] + " " + noun + plan
    return text


def _act_as_noun(text: str, morphs: Sequence[Morph]) -> str:
    """"…'11시 콘서트'를 개최할 예정" -> "…'11시 콘서트' 개최 예정": a planned act whose word is a verbal noun and
    "하"/"되" (Kiwi: the noun, then the suffix) is named by the noun, as a headline names it, its object's particle
    gone (:func:`_bare_object`); "열릴 예정", "나갈 방침" keep their native verbs. So is an earlier act recalled with
    a time ("지난 4일 …을 발사한 바 있음" -> "…발사"; see :data:`RECALLED_ACT`). The verb stays where the noun would
    still follow a marked object or a verb of its clause (:func:`_needs_its_verb`)."""
    found = PLANNED_ACT.search(text)
    if found is None:
        found = RECALLED_ACT.search(text)
        if found is None or not TOLD_WHEN.search(text, 0, found.start()):
            return _bare_object(text, morphs)
    word = text[: found.start()].rsplit(" ", 1)[-1]
    for y in range(len(morphs) - 2, 0, -1):  # (the last: "…적용되던 제도를 …적용할 방침" ends on the second)
        m, before = morphs[y], morphs[y - 1]
        if m.tag == "NNG" and m.form == word and len(word) > 1 and morphs[y + 1].tag.startswith("XSV") \
                and morphs[y + 1].start == m.end:
            if before.tag in {"JKS", "MAG"} or before.tag == "JKB" and y > 1 and morphs[y - 2].form == "적" \
                    or _needs_its_verb(morphs, y):
                break  # "…요금이 적용될 계획", "신속히 지원할 계획": the noun alone would lose its subject or manner
            text = text[: found.start()] + (" " + found.group(2) if found.re is PLANNED_ACT else "")
            break
    return _bare_object(text, morphs)


PARALLEL_ENDINGS = COORDINATING_ENDINGS | {"면서", "으면서", "도록"}  # "…업데이트하고 …에 적용할 계획"


def _needs_its_verb(morphs: Sequence[Morph], y: int) -> bool:
    """Whether the nearest object before the verbal noun at ``y`` is not right before it ("…잠재량을 추가 확보할 계획", a
    gapped "…아이오닉 6을, 2024년 아이오닉 7을 출시할 계획"), is owned by a genitive ("축제의 시작을 축하할 예정": "…시작
    축하" stacks nouns), or a parallel verb of its clause comes first ("…업데이트하고 내부 서비스에 적용할 계획", "…하도록
    지도할 예정"): named by the noun alone, the act reads as broken (read blind). An object right before it loses its
    particle instead ("…콘서트 개최 예정"). (Not :func:`_fronted_object`, which asks for any object of the clause: "…혐의를
    토대로 …글을 게시" names the act well by its noun.)"""
    for x in range(y - 1, -1, -1):
        m = morphs[x]
        if m.tag == "JKO":
            return x != y - 1 or any(n.tag == "JKO" and z + 1 < x and morphs[z + 1].form == "," for z, n in enumerate(morphs[:x])) \
                or x >= 2 and morphs[x - 2].tag == "JKG"
        if m.tag == "EC" and m.form in PARALLEL_ENDINGS:
            return True
        if m.tag in {"ETM", "JKS", "SP", "SSO", "SSC"} or m.tag == "JX" and m.form in {"은", "는", "ᆫ"} or _is_stem(m):
            return False
    return False


# An institution that announces what its own people did ("한빛대는 …학과 김 교수팀이 …를 개발했다고 밝혔다"): how its
# name ends, and how the name of one of its units ends (a department, a centre), with the people of a unit.
INSTITUTION_ENDINGS = ("대", "대학", "대학교", "병원", "연구원", "과학기술원", "연구소", "기술원")
ANNOUNCING_BODIES = ("재단", "부", "처", "청", "위원회", "공단", "협회", "진흥원")  # they announce others' work
# Who publishes a country's statistics without "부"/"청" in its name: the figures it reports are no company's own.
STATISTICS_BODIES = frozenset({"한국은행", "한은", "한국부동산원", "한국거래소"})
UNIT_ENDINGS = ("학과", "학부", "대학원", "전공", "센터", "연구소", "연구실", "연구단", "교실", "의학과", "과")
MEMBER_HEADS = ("교수", "팀", "박사", "씨", "학생", "연구원", "논문", "연구진")
TEAM_HEADS = ("교수", "교수팀", "연구팀", "박사팀", "연구진")


def _member_topic(morphs: list[Morph], i: int, q: int, j: int) -> int | None:
    """For "한빛대는 신소재공학과 김하나 교수팀이 …를 개발했다고 밝혔다" (quote ending at ``q``): the index of the
    topic particle, when the topic is an institution and the reported clause's subject is one of its units or
    people ("…학과 김하나 교수팀"). The bullet then names them together ("한빛대 신소재공학과 김하나 교수팀, …를
    개발"): the institution announcing its own people's work is no one else's claim. None otherwise (the
    police reporting what a suspect did keeps its frame)."""
    if _report_verb(morphs, i, q, j) is None or not any(m.tag == "EP" and m.form in PAST_ENDINGS for m in morphs[i:q]):
        return None  # only a past act it announces, not a plan
    t = _reporter(morphs, i, q)
    if t is None or morphs[t].tag != "JX":
        return None
    names = [m for m in morphs[i:t] if m.tag not in {"SSO", "SSC"}]
    if not names or not all(m.tag in {"NNP", "NNG", "SL", "SH"} for m in names) or morphs[t - 1].tag not in {"NNP", "NNG", "SL", "SH", "SSC"}:
        return None
    gloss = _gloss_start(morphs, i, t)
    before = [m for m in morphs[i:t] if m.end <= gloss]  # "카이스트(KAIST)": the name before its gloss
    name = "".join(m.form for m in before)
    if not (len(before) == 1 and before[0].tag in {"NNP", "SL"} or name.endswith(INSTITUTION_ENDINGS)) \
            or name.endswith(ANNOUNCING_BODIES):
        return None  # ("한국연구재단은 …대학교 …교수 연구팀이": a body that funds or oversees the work, not its home)
    inner = morphs[t + 1 : q]
    s = next((x for x, m in enumerate(inner) if m.tag == "JKS" and x and _is_nominal(inner[x - 1])), None)
    if s is None or direct_quotation(inner[:s]):
        return None
    words: list[str] = []  # the subject's words ("비뇨기과", "박재영", "교수와", …, "교수팀")
    for x, m in enumerate(inner[:s]):
        if words and m.start == inner[x - 1].end:
            words[-1] += m.form
        else:
            words.append(m.form)
    if not words[-1].endswith(MEMBER_HEADS):
        return None
    rest = [m for m in morphs[t + 1 + s + 1 : q][:8]]
    if any(m.form in {"과", "와"} and m.tag == "JKB" or m.form == "함께" for m in rest):
        return None  # "…A팀과 B팀이 C팀과 함께": after the comma "C팀과" would read as one more of the names
    unit = next((x for x, w in enumerate(words[:3]) if len(w) >= 3 and w.endswith(UNIT_ENDINGS)), None)
    if unit is not None and any(w.endswith(INSTITUTION_ENDINGS) for w in words[:unit]):
        return None  # "서울대학교 전기정보공학부 …": the unit of another institution
    if unit is not None:
        return t  # "비뇨기과 박재영 교수와 …", "신소재공학부 석사과정에 재학 중인 윤하나 씨의 논문"
    # no unit named: a research team or a professor of no other institution ("김하나 교수 연구팀")
    team = words[-1].endswith(TEAM_HEADS) and not any(w.endswith(INSTITUTION_ENDINGS) for w in words[:-1])
    return t if team else None


# Nouns of announcing that with "하다" end a report like "밝혔다" ("…를 돌파했다고 발표했다").
ANNOUNCING_NOUNS = frozenset({"발표", "공개", "공시", "보도"})  # ("NHK는 지진이 …높아졌다고 보도": whose report it is)
SAID_NOUNS = frozenset({"말", "답", "언급"})  # "…라고 말했다", "…것이라고 답했다", "…거라고 언급했다": + 하, a verb of saying
CLAIM_NOUNS = frozenset({"지적", "주장", "설명"})  # "…않았다고 지적했다", "…했다고 주장했다", "…퍼지면서 장애가 났다고 설명했다": what the speaker holds or accounts for, not a fact
# Nouns of saying that frame a stance (an intention, what someone must do): "…나서야 한다고 강조했다".
STANCE_NOUNS = frozenset({"강조", "주장", "촉구", "당부", "요구", "호소", "지적", "설명", "언급"})
# Nouns of judging ("검찰은 김 씨가 돈을 받았다고 판단했다"): what someone concluded of another is theirs to conclude;
# without the frame the bullet states it as fact ("검찰, 김 씨가 돈을 받음").
JUDGING_NOUNS = frozenset({"판단", "추정", "결론", "평가"})  # ("…역할을 했다고 평가": praise is the speaker's)


def _reporter(morphs: list[Morph], i: int, q: int) -> int | None:
    """The particle of who reports a clause ending at ``q``: the sentence's topic ("A는 …했다고 밝혔다"), or a
    subject that opens it ("A가 B가 …했다고 발표했다"); None otherwise."""
    t = next((k for k in range(i + 1, q) if morphs[k].tag == "JX" and morphs[k].form in {"은", "는", "ᆫ"}
              and (_is_nominal(morphs[k - 1]) or morphs[k - 1].tag == "SSC"  # ("카이스트(KAIST)는")
                   or after_share(morphs, k))), None)
    # ("응답자의 43.4%는 …라고 답했다": a share of those asked)
    if t is not None:
        return t
    s = next((k for k in range(i + 1, q) if morphs[k].tag == "JKS" and _is_nominal(morphs[k - 1])), None)
    if s is None or not all(_is_nominal(m) or m.tag in {"SSO", "SSC", "SP"} for m in morphs[i:s]):
        return None  # ("A 박물관, B 아카데미 등 국제공동연구진이 …라고 발표했다": a list of who reports)
    if _finding_frame_after(morphs, s + 1, q):
        return None  # ("…연합이 …을 대상으로 조사한 결과, 응답자의 76.2%가 …있다고 답했다": who surveyed reports nothing)
    return s


MEDIA_ENDINGS = ("통신", "신문", "일보", "방송", "매체", "언론", "외신", "뉴스", "타임스", "저널", "포스트")
MEDIA_NAMES = frozenset({"로이터", "블룸버그", "AP", "AFP", "CNN", "NHK", "BBC", "교도", "신화사", "타스", "닛케이"})


def _medium_reports(morphs: list[Morph], i: int, q: int) -> bool:
    """Whether the topic before the quote ending at ``q`` is a news outlet ("조선중앙통신은", "로이터는", "블룸버그통신은"):
    what an outlet reports is someone else's deed or figure, which only the frame says. Without it the outlet did the
    deed ("…재발사했지만 실패했다고 보도했다") or the tally ("…수출액이 17억달러로 집계됐다고 보도했다")."""
    t = next((x for x in range(i + 1, q) if morphs[x].tag == "JX" and morphs[x].form in {"은", "는"} or morphs[x].tag in {"EC", "SSO"}), None)
    if t is None or morphs[t].tag != "JX" or not _is_nominal(morphs[t - 1]):
        return False
    head = morphs[t - 1].form
    return head in MEDIA_NAMES or head.endswith(MEDIA_ENDINGS)


COUNTERS = frozenset({"명", "건", "대", "개", "곳"})  # a count the topic reports of its own ("신고 건수가 12만 8500건으로")


def _own_figures(inner: list[Morph], subject: int) -> bool:
    """Whether a reported clause states a measured amount, in the past, of a subject that is a measure (a noun,
    not a name: "영업이익이", "관광객이"), not someone who acts ("A 연구팀이", "김 씨가")."""
    head = inner[subject - 1]
    b = subject - 1
    while b > 0 and _is_nominal(inner[b - 1]):
        b -= 1
    if head.tag not in {"NNG"} or any(m.tag in {"NNP", "SL", "SH"} for m in inner[b:subject]):
        return False  # "김하나 교수 연구팀이": someone named, who acts
    figure = any(m.tag == "SN" and any(n.form in MEASURE_UNITS | COUNTERS for n in inner[x + 1 : x + 3]) for x, m in enumerate(inner))
    past = any(m.tag == "EP" and m.form in PAST_ENDINGS for m in inner[-3:])
    stem = next((x for x in range(len(inner) - 1, -1, -1) if _is_stem(inner[x])), None)
    found = stem is not None and (inner[stem].form in FINDING_VERBS or inner[stem].form == "되" and stem and inner[stem - 1].form in FINDING_NOUNS)
    people = any(m.tag == "SN" and any(n.form == "명" for n in inner[x + 1 : x + 3]) for x, m in enumerate(inner))
    # ("사망자 수가 364명으로 집계됐다고 밝혔다": people it counted, not its own; the frame stays. Its own reports,
    # "신고 건수가 12만 8500건으로 집계", "매출이 86조원으로 집계", read best without it)
    return figure and past and not (found and people)


def _acts(morphs: list[Morph], main_start: int) -> bool:
    """Whether the clause ending before ``main_start`` ends in an action verb ("의견을 내놓으며"), not a state
    ("사무실이 있으며": the topic, not the office, is what the next clause is about)."""
    k = main_start - 1
    while k > 0 and morphs[k].tag in {"SP", "EC", "EP"}:
        k -= 1
    stem = morphs[k]
    # (nor what befell its subject: "…현 지사가 컷오프 됐고, …의원 간 경선을 진행한다" is the topic's race, not the
    # governor's: "되" is no act)
    return stem.tag.startswith(("VV", "XSV", "VX")) and stem.form not in STATIVE_STEMS and stem.form != "되"


def _dated_bracket(morphs: list[Morph], k: int) -> bool:
    """Whether the bracket mark at ``k`` encloses a date only ("오늘(15일)")."""
    if morphs[k].form == "(":
        c = k + 1
        while c < len(morphs) and morphs[c].tag != "SSC":
            c += 1
        o = k
    elif morphs[k].form == ")":
        o = k - 1
        while o > 0 and morphs[o].tag != "SSO":
            o -= 1
        c = k
    else:
        return False
    return c < len(morphs) and morphs[o].form == "(" and morphs[c].form == ")" and c > o + 1 \
        and all(date_part(morphs, x) for x in range(o + 1, c))


def _spelled(words: Sequence[Morph]) -> str:
    """The words of a phrase written out from their morphemes, spaced as in the text ("U-23 이하 축구국가대표팀")."""
    return "".join(m.form if n == 0 or words[n - 1].end == m.start else " " + m.form for n, m in enumerate(words))


def _owned_topic(first: list[Morph]) -> tuple[int | None, int | None]:
    """The first clause's topic particle and the genitive before it ("롯데쇼핑의 지난해 매출액은": "은" and "의"), each
    None when there is none."""
    t = next((t for t, m in enumerate(first) if m.tag == "JX" and m.form in {"은", "는"} and t and _is_nominal(first[t - 1])), None)
    return t, next((g for g in range(t - 1, 0, -1) if first[g].tag == "JKG"), None) if t is not None else None


def _shared_owner(first: list[Morph], main: list[Morph]) -> str | None:
    """The owner named in the first clause's topic ("롯데쇼핑의 지난해 매출액은 …줄었고,") when the main clause opens on a
    bare topic of its own ("영업이익은 …감소했다"): a figure of the same owner, which the main clause alone would not say."""
    x = next((x for x, m in enumerate(main) if m.tag == "JX" and m.form in {"은", "는"} or m.tag == "JKS"), None)
    if x is None or x == 0 or x > 3 or not all(m.tag == "NNG" for m in main[:x]):
        return None
    if _acting_body(main[x - 1].form):
        return None  # "최임위는 …제출하며, | 노동부는 …고시할 예정": a body that acts is no figure of the first topic's
    t, g = _owned_topic(first)
    if t is None:
        return None
    if g is None:
        # "누리바이오는 …매출을 올리며 14% 성장했지만, | 순이익은 …40% 줄었다" -> "누리바이오 순이익, …": the named topic
        # owns the figure the main clause opens on; so does a kind of thing counted ("반면 젖소는 …도태시키면서 | 사육
        # 규모가 45만 마리로 …줄었다" -> "젖소 사육 규모, …": alone, the total of all livestock)
        return _named_opening_topic(first, kind=main[x - 1].form in OWNED_MEASURES)
    if first[g - 1].tag not in {"NNP", "NNG", "SL"} or not all(_is_nominal(m) for m in first[g + 1 : t]):
        return None  # the topic's own owner ("롯데쇼핑의 지난해 매출액은"), not one of a phrase before it
    b = g - 1
    while b > 0 and g - b < 3 and first[b - 1].tag in {"NNP", "NNG", "SL", "SH"}:
        b -= 1
    if b > 0 and first[b - 1].tag not in {"EC", "SP", "JKB", "MAG"} \
            or not any(m.tag in {"NNP", "SL"} or m.tag == "NNG" and len(m.form) >= 2 and m.form not in GENERIC_OWNERS | TIME_TOPICS | PERIOD_WORDS
                       for m in first[b:g]):
        return None  # (a name or a kind owns the figure: "한빛전자의", "손보사의"; not "회사의", "올해의")
    while b < g - 1 and first[b].form in TIME_TOPICS | PERIOD_WORDS:
        b += 1  # ("올해 한빛시의": the owner is the city; the year is the first clause's)
    return _spelled(first[b:g])


def _acting_body(word: str) -> bool:
    """Whether a bare noun names a body that acts of itself ("노동부", "국세청", "위원회"; not "일부", "요청"): no one's
    figure or part, and needs no owner said before it."""
    return len(word) >= 3 and word.endswith(ANNOUNCING_BODIES)


def _shared_measure(first: list[Morph], main: list[Morph]) -> tuple[int, str] | None:
    """For "상용직의 월평균 임금총액은 …333만원으로 …많아졌으나 | 임시·일용직은 137만원으로 …줄었다": the main clause's
    topic particle and the measure the first clause's topic names for another owner ("월평균 임금총액"), when the
    main clause's topic is an owner with a figure right after it: the measure is left out, and alone the figure
    would be the owner's whole ("임시·일용직, 137만원으로 줄어")."""
    x = next((x for x, m in enumerate(main) if m.tag == "JX" and m.form in {"은", "는"}), None)
    if x is None or x == 0 or x + 1 >= len(main) or main[x + 1].tag != "SN" \
            or not all(_is_nominal(m) or m.tag == "SP" and m.form == "·" for m in main[:x]):
        return None
    t, g = _owned_topic(first)
    if t is None or not any(m.tag == "SN" for m in first[t + 1 :]):
        return None
    if g is None or g + 1 >= t or not all(m.tag == "NNG" for m in first[g + 1 : t]) or any(m.tag == "EC" for m in first[:g]):
        return None
    return x, _spelled(first[g + 1 : t])


MANNER_NOUNS = frozenset({"정식", "공식", "공식적", "정식적", "실질적", "사실상", "명실상부"})  # "정식으로": how, an adverb
DEGREE_ADVERBS = frozenset({"가장", "더", "제일", "최고", "약", "총", "모두", "다시", "그대로"})  # of the noun, not of becoming ("말 그대로 먹통")


# Owners that name no one of their own ("회사의 매출액은": the article's company, whom a bullet must name otherwise)
GENERIC_OWNERS = frozenset({"회사", "기업", "업체", "당사", "그룹", "정부", "전체", "국내", "전국", "해외", "지역", "업계"})


CARRYING_ENDINGS = COORDINATING_ENDINGS | SEQUENCE_ENDINGS | {"면서", "으면서"}  # a step that leads to the main clause


PERIOD_WORDS = frozenset({"시즌", "올해", "지난해", "작년", "올", "이번", "지난"})  # "이번 시즌", "올 시즌", "지난해"


def _period_after(morphs: list[Morph], k: int, main: list[Morph]) -> int | None:
    """The end of a period the first clause opens with right after the topic ("이번 시즌", "올 시즌", "지난해"), when the
    main clause names no time of its own: the period scopes the whole sentence. None otherwise."""
    x = k
    while x < len(morphs) and x - k < 3 and morphs[x].form in PERIOD_WORDS and morphs[x].tag in {"NNG", "MM", "NP", "VV", "ETM", "NNB"}:
        x += 1
    if x == k or not any(m.form == "시즌" or m.form in {"올해", "지난해", "작년"} for m in morphs[k:x]) \
            or x < len(morphs) and (morphs[x].tag.startswith("J") or morphs[x].tag == "SN") or morphs[x - 1].form in {"올", "이번", "지난"}:
        return None  # (a period word with a particle, "올해는", is a topic of its own; "지난해 11월" dates the first act)
    if x + 1 < len(morphs) and (_is_stem(morphs[x]) and morphs[x + 1].tag == "ETM" or x + 2 < len(morphs) and morphs[x].tag == "NNG"
                                and morphs[x + 1].tag in {"XSV", "XSA"} and morphs[x + 2].tag == "ETM"):
        return None  # "지난해 발사된 1호기를 포함해": the period is a relative clause's, which the first clause names
    if any(m.form in TIME_TOPICS or m.form in PERIOD_WORDS or date_part(main, y) for y, m in enumerate(main)):
        return None
    return x


# What a company's figures are called ("영업이익", "누적 매출액", "수익성"): a bare one is some named company's.
FIGURE_WORDS = ("이익", "순익", "영업익", "매출", "매출액", "손실", "영업손실", "순손실", "수익성")


def opening_figure(morphs: Sequence[Morph], particles=frozenset({"은", "는"}), subject: bool = False) -> int | None:
    """Index of the particle after the bare figure ``morphs`` open on ("수익성은 …", "누적 영업이익은 …"; with
    ``subject``, "매출액이 …" too): one to five common nouns (and suffixes), written as a word that ends in a
    :data:`FIGURE_WORDS` word (Kiwi reads "수익성" as 수익 + the suffix 성), then one of ``particles``. None otherwise."""
    y = 0
    while y < len(morphs) and y < 5 and morphs[y].tag in {"NNG", "XSN"}:
        y += 1
    if y == 0 or y >= len(morphs) or not (morphs[y].tag == "JX" and morphs[y].form in particles or subject and morphs[y].tag == "JKS"):
        return None
    return y if _spelled(morphs[:y]).endswith(FIGURE_WORDS) else None


def _bare_figure_topic(main: list[Morph]) -> bool:
    """Whether a clause (after its comma) opens on a bare figure as its topic ("수익성은 …")."""
    return opening_figure(main[1:] if main and main[0].tag == "SP" else main) is not None


def _topic_after_concession(main: list[Morph]) -> int | None:
    """Where the main clause's own topic starts after a concession with no subject that opens it ("12.1% 성장했음에도, |
    영업익은 …", "…늘었지만, | 순이익은 …"): a bare noun phrase of one to three common nouns and its topic particle.
    None otherwise."""
    c = next((x for x, m in enumerate(main) if m.tag == "SP" and m.form == ","), None)
    if c is None or c < 2 or c + 2 >= len(main):
        return None
    part = main[:c]
    concedes = part[-1].tag == "JX" and part[-1].form == "도" and part[-2].tag == "JKB" and part[-2].form == "에" \
        and c >= 3 and part[-3].tag == "ETN" or part[-1].tag == "EC" and part[-1].form in CONTRAST_ENDINGS - {"가운데"}
    if not concedes or any(m.tag in {"JKS", "SSO", "EC"} or m.tag == "JX" and m.form in {"은", "는"} for m in part[:-1]):
        return None
    t = next((x for x in range(c + 1, min(len(main), c + 5)) if main[x].tag == "JX" and main[x].form in {"은", "는"}), None)
    if t is None or not all(m.tag == "NNG" for m in main[c + 1 : t]):
        return None
    return c + 1


# Measures a main clause opens on that belong to what the clause before was about ("젖소는 … | 사육 규모가 …").
OWNED_MEASURES = frozenset({"규모", "수", "수량", "매출", "매출액", "가격", "생산량", "판매량", "점유율", "실적", "순이익", "영업이익",
                            "거래액", "비중", "증가율", "감소율", "사육"})


def _named_opening_topic(first: list[Morph], kind: bool = False, word: bool = False) -> str | None:
    """The name the first clause opens on as its topic (:func:`_topic_span`; "반면 카카오는 …", "한빛전자는 …": a proper
    noun or a Latin word, one word of at most three morphemes, after what :meth:`Compressor._strip_lead` drops); with
    ``kind``, also one common noun that names a kind of thing ("반면 젖소는 …"); with ``word``, also one word Kiwi reads
    as two common nouns ("대표팀은 …"). None otherwise."""
    x, t = Compressor._strip_lead(first), _topic_span(first)
    name = first[x:t] if t is not None and t > x else []
    if kind and len(name) == 1 and name[0].tag == "NNG" and len(name[0].form) >= 2 \
            and name[0].form not in GENERIC_OWNERS | TIME_TOPICS | PERIOD_WORDS:
        return name[0].form
    if word and len(name) == 2 and all(m.tag == "NNG" for m in name) and name[0].end == name[1].start \
            and _spelled(name) not in GENERIC_OWNERS | TIME_TOPICS | PERIOD_WORDS:
        return _spelled(name)  # one word Kiwi reads as two nouns ("대표팀": 대표 + 팀)
    # (one word that opens on a name: "한빛전자" is 한빛 + 전자)
    if not name or len(name) > 3 or name[0].tag not in {"NNP", "SL", "SH"} \
            or not all(m.tag in {"NNP", "SL", "SH", "NNG"} and (y == 0 or name[y - 1].end == m.start) for y, m in enumerate(name)):
        return None
    return _spelled(name)


def _carried_agent(first: list[Morph], main: list[Morph], ending: str) -> str | None:
    """The named subject of a first clause that leads to the main one ("…U-23 대표팀이 …패배를 당하며 | 10회 연속 올림픽
    본선 진출이 무산됐다"), when the main clause opens on a subject of its own that no name owns: the main clause
    alone would not say whose ("10회 연속 올림픽 본선 진출 무산")."""
    if ending not in CARRYING_ENDINGS:
        return None
    s = next((x for x, m in enumerate(main) if m.tag in {"JKS", "JX", "EC", "ETM", "JKO", "JKB", "SSO", "SP"}), None)
    if s is None or s == 0 or main[s].tag not in {"JKS", "JX"} or main[s].tag == "JX" and main[s].form not in {"은", "는"} \
            or main[s - 1].tag != "NNG" or any(m.tag in {"NNP", "NP", "SL", "SH"} for m in main[:s]) \
            or _acting_body(main[s - 1].form) or _modifies_next(main, s + 1, len(main)):
        # (a bare noun phrase of its own right at the start, "10회 연속 올림픽 본선 진출이"; not the subject of a relative
        # clause, "희토류 의존도가 높은 | 국내 …업체들에 비상이 걸렸다": the firms, not China, are in an emergency)
        return None
    b = Compressor._subject_head(first, 0, len(first))
    x = next((x for x in range(b + 1, len(first)) if first[x].tag in {"JKS", "JX", "EC", "SSO", "SP"}), None)
    if x is None or first[x].tag not in {"JKS", "JX"} or first[x].tag == "JX" and first[x].form not in {"은", "는"} \
            or not _is_nominal(first[x - 1]) or first[x - 1].end - first[b].start > 20 or not any(m.tag in {"NNP", "SL", "SH"} for m in first[b:x]) \
            or any(m.tag in {"EC", "EF"} for m in first[:b]) or first[x].tag == "JKS" and _relative_end(first, x, len(first)) is not None:
        # a named subject ("…U-23 이하 축구국가대표팀이"), not "경찰이", and the clause's own (not a relative clause's:
        # "권 교수가 기술고문으로 있는 | 중소기업과 공동연구로 진행됐으며, | 연구 결과가 …" is the study's, not his)
        return None
    if any(first[y].tag == "JKS" and _is_nominal(first[y - 1]) and not _quantity(first, y) and not _modifies_next(first, y + 1, len(first))
           for y in range(x + 1, len(first))):
        return None  # "히트뉴스가 …집계한 결과 올해에는 6개 업체가 …성공했고": a later subject is who acted, the first a source
    return _spelled(first[b:x])


def _contrasted_subject(morphs: list[Morph], topic: int, main_start: int) -> bool:
    """Whether the clause between the topic and the main clause has a subject of its own and ends in a contrast
    ("…한 횟집에서 화재가 발생했으나, | …"): that subject is the other side of the contrast, and the main clause's
    subject is neither it nor, always, the topic."""
    last = main_start - 1
    while last > topic and morphs[last].tag in {"SP", "EC"}:
        last -= 1
    return any(morphs[y].tag == "EC" and morphs[y].form in {"지만", "나", "으나"} for y in range(last + 1, main_start)) \
        and any(morphs[y].tag == "JKS" and _is_nominal(morphs[y - 1]) and not _quantity(morphs, y)
                and not _modifies_next(morphs, y + 1, main_start) for y in range(topic + 1, last))


def _clause_agent(morphs: list[Morph], topic: int, main_start: int) -> tuple[int, int] | None:
    """(start, particle index) of the subject of the first clause after the topic ("대학은 A 연구팀이 …하고,
    …했다고 밝혔다", "시의회는 … B 의원들이 …하며 대립했다"): the subject of the main clause too, which would
    otherwise borrow the topic; None when the first clause has no subject of its own."""
    for x in range(topic + 1, main_start):
        m = morphs[x]
        if m.tag == "SSO" and m.form in {"'", "‘", "("}:
            continue  # (a name in single quotes, a gloss in brackets: "…창업기업 '가람바이오(대표 …)'가")
        if m.tag in {"SSO", "EF"} or m.tag == "EC" and not (morphs[x - 1].form in OBJECT_POSTPOSITIONS and morphs[x - 2].tag == "JKO"):
            return None  # only a subject before any other clause
        if m.tag == "SP" and x >= 3 and morphs[x - 1].tag == "JKB" and morphs[x - 1].form in {"로", "으로"} \
                and _is_nominal(morphs[x - 2]) and morphs[x - 3].tag == "ETM":
            return None  # "구간은 …지나는 곳으로, | 국립공원공단이 …설치해 둔 곳이다": the topic's own predicate, told
            # as "…곳이고,"; a subject after it is a relative clause's
        if m.tag == "JKS" and (_is_nominal(morphs[x - 1]) or morphs[x - 1].form in {"'", "’"}) and not _quantity(morphs, x) \
                and not _modifies_next(morphs, x + 1, main_start) \
                and _acts(morphs, main_start) and morphs[x + 1].tag != "SN":  # ("영업이익이 3,144억원으로": a measure, no agent)
            last = main_start - 1
            while last > x and morphs[last].tag in {"SP", "EC"}:
                last -= 1
            if _contrasted_subject(morphs, topic, main_start):
                return None  # "…횟집에서 화재가 발생했으나, …대응으로 큰 피해를 막았다": the other side of a contrast acts not
            if any(morphs[y].form in CHANGE_WORDS and morphs[y].tag in {"NNG", "VV"} for y in range(last - 3, last + 1)) \
                    and any(m.tag == "JKO" and morphs[y - 1].tag in {"NNG", "NNP"} and morphs[y - 1].form not in MEASURE_UNITS
                            for y, m in enumerate(morphs[main_start:], main_start)):
                # "복지부는 …신고가 꾸준히 증가해 …포상금을 지급했다고 밝혔다": what rose or fell acts on nothing (it may
                # reach a figure: "…영업이익이 증가하며 48조원을 기록했다")
                return None
            if _inside_relative(morphs, x, last):
                return None  # "A씨 일당은 … 전세보증금이 매매가를 웃도는 ‘깡통 전세’를 매입해": the subject of what describes a noun
            if any(morphs[y].tag == "JKS" and _is_nominal(morphs[y - 1]) and not _inside_relative(morphs, y, last)
                   for y in range(x + 1, last)):
                return None  # "…군수실은 주민이 군청에 방문해 …덜고자 김 군수가 …찾아": a later subject is the agent
            if any(morphs[y].tag == "EC" and morphs[y].form in SUBORDINATE_ENDINGS | CLAUSE_ENDINGS | PURPOSE_ENDINGS
                   and is_stem_or_ep(morphs[y - 1])
                   and not morphs[y + 1].tag.startswith("VX")  # ("…인식하고 있었음에도": an auxiliary, the same clause)
                   or morphs[y].tag == "ETM" and is_stem_or_ep(morphs[y - 1]) and morphs[y + 1].form in CLAUSE_NOUNS
                   for y in range(x + 1, last)):
                # "…결과가 나오자 예산을 늘려", "…덜고자", "어르신이 … 걸어가는 모습을 확인한 뒤 …": the subject's clause ends
                # before the one that leads into the main clause
                return None
            if _binds_first_clause(morphs, x + 1, last) or any(morphs[y].tag == "ETM" and _judged_clause(morphs, y + 1, main_start)
                                                                for y in range(x + 1, last)):
                # "빌보드는 방탄소년단이 … 오른 소식을 전하며": the subject of what the topic told; "보건소는 회에 문제가 있는
                # 것으로 추정해 …": of what the topic judged
                return None
            b = x
            while b > topic + 1:
                prev = morphs[b - 1]
                if prev.tag == "SSC" and prev.form in {"'", "’", ")"}:
                    # "'가람바이오(대표 …)'가", "최유진(21)씨가": the quoted name, a gloss, are the subject's word
                    o = next((y for y in range(b - 2, topic, -1) if morphs[y].tag == "SSO"
                              and morphs[y].form == {"'": "'", "’": "‘", ")": "("}[prev.form]), None)
                    if o is None:
                        break
                    b = o
                elif _is_nominal(prev) or prev.tag == "XPN" \
                        or prev.tag == "JKG" and b - 2 > topic and _is_nominal(morphs[b - 2]) and prev.start == morphs[b - 2].end:
                    b -= 1  # ("화학 업종의 3분기 누적 영업이익이": whose figure it is goes with it)
                else:
                    break
            return b, x
    return None


def _added_to_it(morphs: list[Morph], k: int) -> bool:
    """Whether the phrase from ``k`` on, after an opening "거기에"/"여기에", adds something ("고성과 야유까지", "…GV80도"):
    a "까지", "마저", "조차" within a few words, or a "도" on a noun before any clause ends ("여기에 가면 …도" is a place)."""
    for x in range(k, min(len(morphs), k + 16)):
        m = morphs[x]
        if m.tag in {"EC", "EF"}:
            return False
        if m.tag == "JX" and (m.form in {"까지", "마저", "조차"} and x < k + 5
                              or m.form == "도" and _is_nominal(morphs[x - 1]) and morphs[x - 1].end == m.start):
            return True
    return False


def _topic_given_before(morphs: list[Morph], i: int, k: int) -> bool:
    """Whether the sentence names who it is about before the topic at ``k``, which then takes no headline comma: right
    before it with "도" ("…박용호 씨도 | 사정은 비슷": who "also" is the topic; not "한빛도 수출은", a province), or with the
    writer's own headline comma after a person, a clause between ("…키워온 민민호 씨, | 키우는 소는 …")."""
    if k >= 3 and morphs[k - 2].tag == "JX" and morphs[k - 2].form == "도" and morphs[k - 3].tag in {"NNG", "NNB"} \
            and _is_nominal(morphs[k - 1]):
        return True
    for y, x in outside_quotes(morphs, i + 1, k):
        if x.tag == "SP" and x.form == "," and morphs[y - 1].form in TITLE_NOUNS and morphs[y - 1].tag in {"NNB", "NNG", "XSN"}:
            # (the person is the first thing the sentence names: "장관이 …국무장관, …외무상과 …하는 것은" lists)
            return not any(w.tag in {"JKS", "JX"} for w in morphs[i:y]) and any(_is_stem(w) or w.tag == "ETM" for w in morphs[y + 1 : k])
    return False


def _having_looked(morphs: list[Morph], i: int) -> int | None:
    """Where the sentence goes on after an opening "…을 들여다보니,", "취재해 보니,", "알아보니," (no one named: the
    reporter's looking), or "알고 보니": the index after its comma, or None."""
    if i + 4 < len(morphs) and [(m.form, m.tag) for m in morphs[i : i + 4]] == [("알", "VV"), ("고", "EC"), ("보", "VX"), ("니", "EC")]:
        return i + 4 + (morphs[i + 4].tag == "SP")  # "알고 보니 신고한 사람은 …": what turned out is the news
    for x in range(i, min(len(morphs) - 2, i + 7)):
        m = morphs[x]
        if m.tag == "EC" and m.form in {"니", "니까", "으니"} and morphs[x + 1].tag == "SP" and morphs[x + 1].form == "," and x > i \
                and (morphs[x - 1].form == "보" and morphs[x - 1].tag == "VX" or morphs[x - 1].tag == "VV" and morphs[x - 1].form in {"들여다보", "살펴보", "알아보", "둘러보"}):
            return x + 2
        if m.tag not in {"NNG", "JKO", "MAG", "XSV", "VV", "VX"} and not (m.tag == "EC" and m.form in {"어", "아", "여"}):
            return None
    return None


def _section_label(morphs: list[Morph], i: int) -> int | None:
    """The closing bracket of a short label in brackets that opens a sentence ("(총괄) …", "(종합) …"): one or two
    nouns of at most four letters in all, a space after it. None otherwise."""
    if morphs[i].tag != "SSO" or morphs[i].form != "(" or i + 2 >= len(morphs):
        return None
    c = next((x for x in range(i + 1, min(len(morphs), i + 4)) if morphs[x].tag == "SSC"), None)
    inner = morphs[i + 1 : c] if c is not None else []
    if not inner or not all(x.tag in {"NNG", "NNP"} for x in inner) or inner[-1].end - inner[0].start > 4 \
            or c + 1 >= len(morphs) or morphs[c + 1].start == morphs[c].end:
        return None
    return c


def _time_lead(morphs: list[Morph], i: int) -> int:
    """Index after a sentence-opening relative time ("잠시 뒤", "얼마 후", "그 뒤", "이날"), or 0 when none."""
    if i + 1 < len(morphs) and morphs[i].tag == "NNG" and morphs[i].form == "이날" and morphs[i + 1].start > morphs[i].end:
        # "이날 오후 3시 기준 …" -> "오후 3시 기준 …": the day is the article's, the hour may stay; "이날 방송된 …
        # 최종회는" -> "… 최종회": a one-word relative clause of the day goes with it
        after = _day_relative(morphs, i + 1, len(morphs))
        if after + 1 < len(morphs) and _time_of_day(morphs, after) and morphs[after].tag != "SN" and not _time_of_day(morphs, after + 1) \
                and morphs[after + 1].start > morphs[after].end:
            return after + 1  # ("이날 오후 김순자 씨의 집에는 …": a part of the day alone goes with its day; "오후 김순자 씨의 …")
        return after
    if i + 2 < len(morphs) and morphs[i + 1].form in {"뒤", "후"} and morphs[i + 1].tag == "NNG" \
            and any(morphs[i].form in forms and morphs[i].tag == tag for forms, tag in RELATIVE_TIMES) \
            and morphs[i + 2].start > morphs[i + 1].end:
        return i + 2
    return 0


ANAPHORIC_LINKS = frozenset({"인하", "따르", "의하", "통하", "위하", "대하"})


METHOD_NOUNS = frozenset({"방법", "방식"})


def _like_these(morphs: list[Morph], k: int, j: int) -> int | None:
    """The index after "이처럼" / "이렇게" (like what the picture shows, or what was said before), "이들처럼" /
    "그들처럼" (like the people the sentence before showed) or "이런 방법으로" / "이러한 방식으로" (by the way it told) at
    ``k``, before the next word; None when there is none. Each points at what a bullet does not have; the act stays
    whole without it ("…진입도로는 이처럼 눈에 완전히 덮여 버렸습니다")."""
    m = morphs[k]
    if m.tag == "NP" and m.form == "이" and (morphs[k + 1].form, morphs[k + 1].tag) == ("처럼", "JKB") and morphs[k + 1].start == m.end:
        return k + 2
    if m.tag == "MAG" and m.form == "이렇게" and morphs[k + 1].tag.startswith("NN"):
        return k + 1
    if m.tag == "NP" and m.form in {"이", "그"} and k + 3 < j and (morphs[k + 1].form, morphs[k + 1].tag) == ("들", "XSN") \
            and (morphs[k + 2].form, morphs[k + 2].tag) == ("처럼", "JKB") and morphs[k + 3].start > morphs[k + 2].end:
        return k + 3
    x = k + 1 if m.tag == "MM" and m.form in {"이런", "그런", "이러한", "그러한"} else \
        k + 3 if m.tag == "XR" and m.form in {"이러", "그러"} and k + 2 < j and morphs[k + 2].tag == "ETM" else None
    if x is not None and x + 2 < j and morphs[x].form in METHOD_NOUNS and morphs[x + 1].tag == "JKB" \
            and morphs[x + 1].form in {"으로", "로"} and morphs[x + 2].start > morphs[x + 1].end:
        return x + 2
    return None


# What a document holds, pointed at ("이같은 내용의 방안을 공개했다"): the sentences before told it.
CONTENT_NOUNS = frozenset({"내용", "취지"})


def _pointer_end(morphs: Sequence[Morph], k: int, j: int) -> int | None:
    """The index after "이같은", "이와 같은", "이러한" or "이런" at ``k``, however Kiwi splits them; None when none starts there."""
    m = morphs[k]
    if m.tag == "MM" and m.form in {"이런", "이러한"}:
        return k + 1
    if m.tag == "XR" and m.form == "이러" and k + 2 < j and morphs[k + 1].tag == "XSA" and morphs[k + 2].tag == "ETM":
        return k + 3
    x = k + 1
    if m.tag == "NP" and m.form == "이" and x < j and morphs[x].form == "와" and morphs[x].tag == "JKB":
        x += 1  # "이와 같은"
    # (Kiwi reads the "이" of "이 같은", written apart, as a determiner)
    if m.tag in {"NP", "MM"} and m.form == "이" and x + 1 < j and morphs[x].form == "같" and morphs[x].tag.startswith("VA") \
            and morphs[x + 1].tag == "ETM":
        return x + 2
    return None


def _such_measured(morphs: Sequence[Morph], k: int, j: int) -> int | None:
    """The index after "이 같은"/"이런" at ``k`` before a subject of two nouns or more that a figure measures ("군은 이 같은
    밭작물 피해 면적이 3개 읍·면에서 46㏊에 이르는 것으로 …"): the kind the nouns name is enough, the figure is the news;
    the pointer would dangle (read blind, S=0). None otherwise ("이 같은 조치로 …": one noun is no name of its own)."""
    x = _pointer_end(morphs, k, j)
    if x is None or x >= j or morphs[x].start == morphs[x - 1].end:
        return None
    y = x
    while y < j and morphs[y].tag == "NNG":
        y += 1
    if y - x < 2 or y >= j or morphs[y].tag not in {"JKS", "JX"}:
        return None
    return x if any(m.tag == "SN" for m in morphs[y:j]) else None


def like_this_content(morphs: Sequence[Morph], k: int, j: int) -> int | None:
    """The index after "이같은 내용의", "이러한 내용을 담은", "이런 내용으로", "이와 같은 내용이 담긴" at ``k``: the content
    was told by the sentences before, which a bullet does not have ("보건복지부, 이같은 내용의 ‘…방안’ 공개" dangles); the
    document keeps its name. None when there is none. (A bare "이와 같은 주요 성과를 발표했다" stays: without the pointer
    the sentence would pass for news of its own, and the one that tells the results would give it its place.)"""
    x = _pointer_end(morphs, k, j)
    if x is None or x >= j or morphs[x].start == morphs[x - 1].end:
        return None
    if morphs[x].form in CONTENT_NOUNS and morphs[x].tag == "NNG" and x + 1 < j:
        p = morphs[x + 1]
        if p.tag == "JKG" or p.tag == "JKB" and p.form in {"으로", "로"}:
            e = x + 2
        elif p.tag in {"JKO", "JKS"} and x + 3 < j and morphs[x + 2].form in {"담", "담기"} and morphs[x + 3].tag == "ETM":
            e = x + 4
        else:
            return None
        return e if e < j and morphs[e].start > morphs[e - 1].end else None
    return None


BASIS_NOUNS = frozenset({"바탕", "토대", "근거", "계기"})  # "…를 바탕으로": what an act rests on


def _on_this_basis(morphs: Sequence[Morph], k: int, j: int) -> int | None:
    """The index after "이를 바탕으로", "이 같은 결과를 토대로", "이러한 조사 결과를 근거로" at ``k``: what the act rests on
    was told by the sentences before, which a bullet does not have; the act stands alone. None when there is none."""
    if (x := _pointer_end(morphs, k, j)) is not None:
        while x < j and morphs[x].tag == "NNG" and x - k < 6:
            x += 1  # the nouns of what is pointed at ("이 같은 조사 결과를")
    elif morphs[k].tag == "NP" and morphs[k].form in {"이", "그"}:
        x = k + 1
    else:
        return None
    if x + 2 < j and morphs[x].tag == "JKO" and morphs[x + 1].form in BASIS_NOUNS and morphs[x + 1].tag == "NNG" \
            and morphs[x + 2].tag == "JKB" and morphs[x + 2].form in {"으로", "로"} and (x + 3 >= j or morphs[x + 3].start > morphs[x + 2].end):
        return x + 3 if x + 3 < j else None
    return None


PURPOSE_PHRASE_WORDS = 8  # longest "이 같은 …를 …하기 위해" phrase, in morphemes after the pointer


def _like_this_purpose(morphs: Sequence[Morph], k: int, j: int) -> int | None:
    """The index after "이 같은 도심 정체를 줄이기 위해", "이러한 문제를 해결하기 위해서" at ``k``: a purpose told by pointing
    at the sentences before, which a bullet does not have ("한빛시, 이 같은 도심 정체를 줄이기 위해 …" dangles); the act
    it is for stands alone. None when there is none."""
    x = _pointer_end(morphs, k, j)
    if x is None:
        return None
    for y in range(x, min(j - 3, x + PURPOSE_PHRASE_WORDS)):
        if morphs[y].tag.startswith(("E", "SP", "SS")) and not (morphs[y].tag == "ETN" and morphs[y].form == "기"):
            return None
        if morphs[y].tag == "ETN" and morphs[y].form == "기" and morphs[y + 1].form == "위하" and morphs[y + 1].tag.startswith("VV") \
                and morphs[y + 2].tag == "EC" and morphs[y + 2].form in {"어", "아", "어서", "아서"}:
            e = y + 3
            while e < j and morphs[e].tag == "SP":
                e += 1
            return e if e < j and morphs[e].start > morphs[e - 1].end else None
    return None


def _drop_anaphoric_links(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
    """"연구팀은 이에 따라 …" -> "연구팀은 …": "이에 따라", "이로 인해", "이를 통해" point at the sentence
    before, which the bullet does not have (at the start of a sentence they go with the connectives)."""
    if i < j and (e := _like_this_purpose(morphs, i, j)) is not None:
        edits.append(_Edit(morphs[i].start, morphs[e].start))  # "이 같은 도심 정체를 줄이기 위해 한빛시가 …추진한다"
    elif i < j and (e := _on_this_basis(morphs, i, j)) is not None:
        edits.append(_Edit(morphs[i].start, morphs[e].start))  # "이러한 조사 결과를 근거로 시는 …"
    for k in range(i + 1, j - 4):
        m = morphs[k]
        if morphs[k - 1].end < m.start and (morphs[k - 1].tag in {"JX", "JKS", "SP"} or date_part(morphs, k - 1)) \
                and (e := _like_this_purpose(morphs, k, j)) is not None:
            edits.append(_Edit(m.start, morphs[e].start))  # "국토교통부는 11일 이 같은 …부담을 덜기 위해 …"
        elif m.tag == "NP" and m.form in {"이", "그"} and morphs[k - 1].end < m.start and morphs[k + 1].tag in {"JKB", "JKO"} \
                and morphs[k + 2].form in ANAPHORIC_LINKS and morphs[k + 2].tag.startswith("VV") and morphs[k + 3].tag == "EC":
            e = k + 4
            while e < j and morphs[e].tag in {"EC", "SP"} and morphs[e].start == morphs[e - 1].end:
                e += 1
            w = e
            while w + 1 < j and morphs[w + 1].start == morphs[w].end:
                w += 1
            if morphs[w].tag == "ETM" and morphs[k + 2].form in {"통하", "위하"}:
                continue  # "이를 통해 얻은 데이터": the link belongs to a relative clause, which would dangle
            edits.append(_Edit(m.start, morphs[e].start))
        elif morphs[k - 1].tag in {"JX", "JKS"} and morphs[k - 1].end < m.start and (e := _found_so_then_quote(morphs, k, j)) is not None:
            edits.append(_Edit(m.start, morphs[e].start))  # "본부는 …조사한 결과 이같이 밝혀졌다며 “…”": what was found is told before
        elif morphs[k - 1].end < m.start and (morphs[k - 1].tag in {"JX", "JKS", "SP"} or date_part(morphs, k - 1)) \
                and not any(morphs[y].tag == "EC" for y in range(i, k)) and (e := _on_this_basis(morphs, k, j)) is not None:
            # "완도군은 이 같은 결과를 바탕으로 …": a result told before (not one the sentence told: "…집중했다면, 올해는 이를
            # 바탕으로 …")
            edits.append(_Edit(m.start, morphs[e].start))
        elif morphs[k - 1].end < m.start and (after := _along_with_this(morphs, k, j)):
            edits.append(_Edit(m.start, morphs[after].start))  # "회사측은 이와 관련해 31일 …": on what was said before
        elif morphs[k - 1].end < m.start and (morphs[k - 1].tag in {"JX", "JKS", "SP"} or date_part(morphs, k - 1)) \
                and (e := _such_measured(morphs, k, j)) is not None:
            edits.append(_Edit(m.start, morphs[e].start))  # "군은 이 같은 밭작물 피해 면적이 …46㏊에 이르는 것으로 …"
        elif morphs[k - 1].end < m.start and (morphs[k - 1].tag in {"JX", "JKS", "SP"} or date_part(morphs, k - 1)) \
                and (e := _like_these(morphs, k, j)) is not None:
            edits.append(_Edit(m.start, morphs[e].start))  # "…진입도로는 이처럼 …", "보건복지부는 이들처럼 …"
        elif morphs[k - 1].end < m.start and (morphs[k - 1].tag in {"JX", "JKS", "SP", "EC"} or date_part(morphs, k - 1)
                                              or (morphs[k - 1].form, morphs[k - 1].tag) == ("에서", "JKB")) \
                and (e := like_this_content(morphs, k, j)) is not None:
            edits.append(_Edit(m.start, morphs[e].start))  # "보건복지부는 17일 이같은 내용의 ‘…방안’을 공개했다"
            # (also after where it was told: "…정부세종청사에서 이런 내용을 담은 ‘…방안’을 발표했다")
        elif m.tag == "NP" and m.form == "이" and morphs[k + 1].tag == "JKB" and morphs[k + 1].form in THEREBY \
                and morphs[k + 1].start == m.end and morphs[k - 1].end < m.start and morphs[k - 1].tag in {"JX", "JKS", "SP"} \
                and morphs[k + 2].start > morphs[k + 1].end:
            edits.append(_Edit(m.start, morphs[k + 2].start))  # "한국영화계는 이로써 3년 연속 …": what it adds up to
        elif m.tag == "NP" and m.form == "이" and morphs[k + 1].tag == "JKB" and morphs[k + 1].form == "에" \
                and morphs[k + 1].start == m.end and morphs[k - 1].end < m.start and morphs[k - 1].tag in {"JX", "JKS", "SP"} \
                and morphs[k + 2].start > morphs[k + 1].end and not morphs[k + 2].tag.startswith(("VV", "VA", "J")):
            edits.append(_Edit(m.start, morphs[k + 2].start))  # "사측은 이에 직장 폐쇄로 맞서": in answer to what was told
        elif (e := _saying_so_then(morphs, k, j)) is not None and morphs[k - 1].end < m.start \
                and morphs[k - 1].tag in {"JX", "JKS", "SP"}:
            edits.append(_Edit(m.start, morphs[e].start))  # "A씨는 이같이 외치며 난동을 부렸다": the words are in another sentence


NAMED_BEFORE_CHARS = 400  # how far before a sentence "이 X" finds the X it points at


def _drop_this_named(morphs: list[Morph], i: int, j: int, body: str, edits: list[_Edit]) -> None:
    """"국내 연구진이 이 덴드라이트 성장을 억제해 …" -> "…연구진, 덴드라이트 성장을 억제해 …": "this" before a noun the
    sentences just before name (within :data:`NAMED_BEFORE_CHARS`) points at that mention, which the bullet does
    not have; the noun phrase, a term of three syllables or more, names it by itself. Not a short common noun ("이 열차를
    포함한 KTX 40대": which train?), nor a part of a whole ("이 가운데 2명은"), nor a noun not named before (the bullet
    then reads as pointing at nothing: see the dangling checks), unless a relative clause right before says which one
    ("…뚫어 올린 이 시료에는" -> "…뚫어 올린 시료에는"). An opening clause that only places a named thing by "this"
    goes whole (:func:`this_setting_clause`)."""
    if (head := this_setting_clause(morphs[:j], i)) is not None:
        edits.append(_Edit(morphs[i].start, morphs[head].start))  # "이 마을을 지나는 군내버스 12번 노선이" -> "군내버스 12번 노선,"
    elif (head := this_place_setting(morphs[:j], i)) is not None:
        edits.append(_Edit(morphs[i].start, morphs[head].start))  # "이날 이 야구장에서는 …협회가 주최한 …이 열렸다"
    elif (this := this_disaster(morphs[:j], i)) is not None:
        edits.append(_Edit(morphs[this].start, morphs[this + 1].start))  # "이 불로 …47곳이 전소" -> "불로 …47곳이 전소"
    before = body[max(0, morphs[0].start - NAMED_BEFORE_CHARS) : morphs[0].start]
    for k, m in outside_quotes(morphs, i + 1, j - 1):
        noun = morphs[k + 1]
        if not (m.form == "이" and m.tag in {"MM", "IC"} and morphs[k - 1].end < m.start and m.end < noun.start
                and noun.tag in {"NNG", "NNP", "SL"} and noun.form not in PART_NOUNS):
            continue
        e = k + 2  # the noun phrase: "이 계면 저항을" points at "계면 저항", "이 덴드라이트 성장을" at "덴드라이트"
        while e < j and e - k <= 3 and morphs[e].tag in {"NNG", "NNP", "SL"}:
            e += 1
        phrases = (body[noun.start : morphs[end - 1].end] for end in range(e, k + 1, -1))
        if any(len(phrase.replace(" ", "")) >= 3 and phrase in before for phrase in phrases):
            edits.append(_Edit(m.start, noun.start))
        elif morphs[k - 1].tag == "ETM" and is_stem_or_ep(morphs[k - 2]) and k - 2 > i:
            # "해저 1,200m 아래 퇴적층을 그대로 뚫어 올린 이 시료에는": the clause before says which sample; "this" only
            # points back at a mention the bullet does not have
            edits.append(_Edit(m.start, noun.start))


CLEFT_TIME_ENDS = frozenset({"께", "쯤", "경", "년", "월", "일", "시", "분", "부터", "무렵", "초", "말", "초순", "중순", "하순"})


# Verbs a speaker named last reckons or says with ("…것으로 시는 추산했다", "…라고 회사는 설명했다", "…것으로 경찰은 보고 있다").
RECKONING_VERBS = frozenset({"추산", "추정", "집계", "전망", "예상", "예측", "분석", "설명", "판단", "기대", "강조", "밝히", "보",
                             "내다보", "평가"})


def trailing_speaker(morphs: Sequence[Morph]) -> tuple[int, int] | None:
    """For a sentence that names its speaker last, between what is reckoned or said and the verb ("…늘어날 것으로 |
    시는 | 추산했다.", "…수준이라고 회사는 설명했다."): the indices of the speaker's first morpheme and of the verb; None
    otherwise. The speaker is one or two nouns with the topic particle, after "…것으로" or a quotation's "…고"; the verb
    is one of :data:`RECKONING_VERBS` with nothing but its endings (and "있다") after it."""
    end = _statement_end(morphs)
    if end < 6:
        return None
    v = end - 1
    while v > 0 and (morphs[v - 1].tag in {"EP", "EF"} or morphs[v - 1].tag == "VX" and morphs[v - 1].form == "있"
                     or morphs[v - 1].tag == "EC" and morphs[v - 1].form == "고" and v < end - 1):
        v -= 1
    stem = v - 1
    if stem < 4 or morphs[stem].tag not in {"VV", "XSV"}:
        return None
    verb = morphs[stem - 1] if morphs[stem].tag == "XSV" else morphs[stem]
    predicate = stem - 1 if morphs[stem].tag == "XSV" else stem
    topic = predicate - 1
    if verb.form not in RECKONING_VERBS or morphs[topic].tag != "JX" or morphs[topic].form not in {"은", "는"}:
        return None
    first = topic - 1
    if morphs[first].tag not in {"NNG", "NNP"}:
        return None
    if morphs[first - 1].tag in {"NNG", "NNP"} and morphs[first - 1].end == morphs[first].start:
        first -= 1  # ("북구청", read as 북구 + 청)
    before = morphs[first - 1]
    if not (before.tag == "JKB" and before.form in {"으로", "로"} and morphs[first - 2].form == "것"
            or before.tag == "EC" and before.form.endswith("고") and before.form != "고"
            or before.tag == "EC" and before.form == "고" and morphs[first - 2].tag in {"EF", "EP", "VCP", "ETN"}):
        return None
    if any(m.form == "," and m.tag == "SP" for m in morphs[:first]):
        return None  # ("…3천400여 명으로 늘었고, …증가한 것으로 북구청은 집계했다": the speaker's clause is only the last one)
    return first, predicate


def _statement_end(morphs: Sequence[Morph]) -> int:
    """Where a sentence's final ending stops (its full stop aside), for a one-statement sentence a speaker may be put first
    in (see :func:`trailing_speaker`, :func:`assessment_end`); 0 when it ends otherwise or opens on what points back ("이는
    …수준이라고 회사는 설명했다": that goes first)."""
    end = len(morphs)
    while end and morphs[end - 1].tag in {"SF", "SE"}:
        end -= 1
    return end if end and morphs[end - 1].tag == "EF" and not pointing_word(morphs, 0) else 0


# What a speaker's assessment is called when the sentence ends on it ("…생겼다는 게 은행 측 설명이다"): each a verbal noun
# whose "-했다" says it was made ("설명했다"); not "입장" ("입장했다" is "entered").
ASSESSMENT_NOUNS = frozenset({"설명", "주장", "분석", "관측", "판단", "지적", "전망"})
# A reported clause's ending as it describes a noun ("…생겼다는 게") and as it reports to a verb ("…생겼다고 설명했다").
DESCRIBED_TO_REPORTED = {"다는": "다고", "는다는": "는다고", "ᆫ다는": "다고", "라는": "라고", "이라는": "이라고"}


def assessment_end(morphs: Sequence[Morph]) -> tuple[int, int, int, int] | None:
    """For a sentence that ends on whose assessment it states ("…생겼다는 게 은행 측 설명이다", "…넘는다는 것이 노조
    주장이다", "…적자 구조라는 것이 업계의 주장이다"): the indices of the reported ending ("-다는"), of the speaker's first and
    last morphemes and of the assessment's noun (:data:`ASSESSMENT_NOUNS`); None otherwise, or where a clause comma comes
    before (the assessment is then only the last clause's)."""
    end = _statement_end(morphs)
    if end < 8 or morphs[end - 2].tag != "VCP" or morphs[end - 3].form not in ASSESSMENT_NOUNS:
        return None
    noun = end - 3
    last = noun - 1 - (morphs[noun - 1].tag == "JKG")
    first = last
    while first - 1 > 0 and morphs[first - 1].tag in {"NNG", "NNP", "NNB", "XSN"} and noun - first < 5:
        first -= 1
    if first > last or morphs[first].tag not in {"NNG", "NNP"} or first < 3:
        return None
    etm = first - 3
    if not (morphs[first - 1].tag == "JKS" and morphs[first - 2].form in {"것", "거"} and morphs[etm].tag == "ETM"
            and morphs[etm].form in DESCRIBED_TO_REPORTED):
        return None
    if any(m.form == "," and m.tag == "SP" for m in morphs[:etm]):
        return None
    return etm, first, last, noun


def cleft_focus(morphs: Sequence[Morph]) -> tuple[int, int, int, str] | None:
    """Of a one-clause cleft whose focus is a time or a first in a span ("…불이 난 것은 이날 오전 2시 47분께다", "…요금이
    오르는 것은 2016년 이후 8년 만이다", "…넘은 것은 관측 이후 처음이다"): the clause's predicate stem, the focus's morphemes as
    ``(start, stop)``, where the focus goes in the plain sentence (after the subject's particle where the subject opens the
    clause or a relative clause or a list runs into it; before the subject after a place, "…시장에서 | 불이"; at the start
    without one) and its kind ("time", "since", "first"); None for any other sentence. Not a quotation, a clause joined
    to another ("…뛰었고, …태어난 것은 2017년이다"), a past perfect ("…했던 것은"), nor a focus of what or which
    ("쟁점이 된 것은 …조항이다", "…이번이 다섯 번째다"), nor "이번이 처음" (see :meth:`Compressor._uncleft`)."""
    words = [x for x, m in enumerate(morphs) if m.tag not in PUNCT_TAGS]
    if len(words) < 7 or any(m.tag in {"SSO", "SSC"} for m in morphs) or morphs[words[-1]].tag != "EF":
        return None
    end = words[-1] - (morphs[words[-2]].tag == "VCP")  # the focus ends before "(이)다"
    cleft = next((x for x in range(2, end) if morphs[x].form in {"것", "거"} and morphs[x].tag == "NNB"
                  and morphs[x + 1].tag == "JX" and morphs[x + 1].form in {"은", "ᆫ"} and morphs[x - 1].tag == "ETM"
                  and morphs[x - 1].form in {"ᆫ", "은", "는"}), None)
    if cleft is None or cleft + 2 >= end or any(m.tag == "EC" for m in morphs[:cleft]):
        return None
    stem = cleft - 2
    if not morphs[stem].tag.startswith(("VV", "VA", "XSV", "XSA")) and not (morphs[stem].tag == "VX" and morphs[stem].form == "않"):
        return None
    focus = (cleft + 2, end)
    last, forms = morphs[end - 1], [m.form for m in morphs[focus[0] : end]]
    if last.form == "처음" and last.tag == "NNG" and len(forms) >= 3 and forms[-2] in {"이후", "이래"} \
            and not any(m.tag.startswith("J") for m in morphs[focus[0] : end]):
        # "관측 이후 처음"; not "이번이 처음" (read blind, "국내 웹툰, 처음으로 …제작" reads as a claim about all webtoons,
        # not this one's first), nor who was first ("…선언한 것은 조 의원이 처음이다")
        kind = "first"
    elif last.form == "만" and last.tag == "NNB" and end - focus[0] >= 3 and morphs[end - 3].tag == "SN":
        kind = "since"  # "8년 만", "2년 5개월 만"
    elif last.form in CLEFT_TIME_ENDS and (any(m.tag == "SN" for m in morphs[focus[0] : end]) or forms[0] in CLEFT_DAY_WORDS) \
            and not {"처음", "만", "번째"} & set(forms):
        kind = "time"
    else:
        return None
    # the main subject: the last subject particle before the predicate with no relative clause after it
    subject = next((x for x in range(stem - 1, 0, -1) if morphs[x].tag == "JKS" and not any(m.tag == "ETM" for m in morphs[x:stem])), None)
    if subject is None:
        insert = words[0]
    else:
        head = subject
        while head > 0 and morphs[head - 1].tag in {"NNG", "NNP", "NNB", "SN", "SL", "XSN", "XPN", "SH"}:
            head -= 1
        before = morphs[head - 1] if head > 0 else None
        insert = head if before is not None and before.tag == "JKB" else subject + 1
    return stem, focus, insert, kind


NAMING_COUNTERS = frozenset({"번", "호", "호선", "호기"})  # "12번 노선", "3호선", "2호기": a number that names, not counts


def this_setting_clause(morphs: Sequence[Morph], i: int = 0) -> int | None:
    """Where the named subject starts after an opening clause that only places it by "this" ("이 마을을 지나는 군내버스
    12번 노선이 …" -> 12, at "군내버스"; "이 회사가 개발한 비만 치료제 '슬림원'은 …"), or None. The clause points at a
    place or body of the sentences before, which a bullet does not have; the noun phrase after it names its thing by
    itself (a quoted name, a proper noun, or a naming number, "12번", "3호선"), so the bullet drops the clause and reads
    alone. Not a person ("이 사고로 숨진 김모(45)씨는": the clause tells what befell them), nor a clause of more than
    the pointed noun, its particle and one verb. (An opening "이 불로" only loses its "this": :func:`this_disaster`.)"""
    k = _opening_this(morphs, i)
    if k is None or k + 4 >= len(morphs):
        return None
    noun, particle = morphs[k + 1], morphs[k + 2]
    if not (noun.tag in {"NNG", "NNP"} and noun.form not in PART_NOUNS and particle.tag in {"JKO", "JKB", "JKS"}):
        return None
    e = k + 3  # the verb and its adnominal ending, one word: "지나는", "개발한", "있는"
    while e < len(morphs) and e - k <= 6 and morphs[e].tag != "ETM":
        if not (morphs[e].tag.startswith(("VV", "VA", "XSV", "XSA", "EP")) or morphs[e].tag == "NNG" and morphs[e + 1].tag == "XSV"):
            return None
        e += 1
    if e + 1 >= len(morphs) or morphs[e].tag != "ETM" or morphs[e + 1].start == morphs[e].end:
        return None
    head = e + 1
    end = next((x for x in range(head, len(morphs)) if morphs[x].tag in {"JKS", "JX"} and morphs[x].start == morphs[x - 1].end), None)
    if end is None or end - head > 8:
        return None
    phrase = morphs[head:end]
    if any(m.tag == "NP" or m.form == "씨" and m.tag == "NNB" or m.tag.startswith(("V", "E")) for m in phrase):
        return None  # a person, or a second clause
    named = any(m.tag == "SSO" for m in phrase) or any(m.tag == "NNP" and len(m.form) > 1 for m in phrase) \
        or any(a.tag == "SN" and b.tag in {"NNB", "NNG"} and b.form in NAMING_COUNTERS and b.start == a.end for a, b in zip(phrase, phrase[1:]))
    return head if named else None


def this_disaster(morphs: Sequence[Morph], i: int = 0) -> int | None:
    """Where "this" stands in an opening "이 불로", "이 사고로", "이 지진으로" (the disaster the sentences before told, as
    what caused the sentence's fact), or None. "불로 시장 내 점포 …47곳이 전소" says the same without pointing back: a
    fire, told as the block's lede or not, is what the bullet needs to be read."""
    k = _opening_this(morphs, i)
    if k is None:
        return None
    noun, particle = morphs[k + 1], morphs[k + 2]
    return k if noun.form in DISASTER_NOUNS and particle.tag == "JKB" and particle.form in {"로", "으로"} else None


def this_place_setting(morphs: Sequence[Morph], i: int = 0) -> int | None:
    """Where a sentence goes on after an opening place it points at by "this", with the day word before it ("이날 이
    야구장에서는 한국프로야구선수협회가 주최한 '…트라이아웃'이 열렸다" -> at "한국프로야구선수협회"): the scene the story
    opened in, which a bullet drops. Only when the clause that follows has a subject and names something by itself (a
    proper noun or a quoted name); None otherwise ("이 마을에서는 해마다 …축제가 열린다": the festival of which village?)."""
    x = i
    while x < len(morphs) and (morphs[x].form in {"이날", "당시", "이때"} and morphs[x].tag == "NNG" or date_part(morphs, x)):
        x += 1
    k = _opening_this(morphs, x)
    if k is None or k != x or k + 3 >= len(morphs):
        return None
    noun, particle = morphs[k + 1], morphs[k + 2]
    if noun.tag != "NNG" or noun.form in PART_NOUNS or (particle.form, particle.tag) != ("에서", "JKB"):
        return None
    if not (morphs[k + 3].tag == "JX" and morphs[k + 3].form in {"는", "ᆫ"} and morphs[k + 3].start == particle.end):
        return None  # (set off by "는", the place is the whole sentence's: "이 회사에서 해고된 박모씨는" says which company's)
    e = k + 4
    stop = next((y for y in range(e, len(morphs)) if morphs[y].tag in {"EC", "EF"}), len(morphs))
    clause = morphs[e:stop]
    subject = any(m.tag == "JKS" or m.tag == "JX" and m.form in {"은", "는"} for m in clause[1:])
    named = any(m.tag == "SSO" for m in clause) or any(m.tag == "NNP" and len(m.form) > 1 for m in clause)
    return e if subject and named else None


def _opening_this(morphs: Sequence[Morph], i: int) -> int | None:
    """Where the determiner "이" stands when the words from ``i`` open with it, a noun after it, a particle glued to
    the noun ("이 마을을 …", "이 불로 …"); None otherwise."""
    k = next((x for x in range(i, len(morphs)) if morphs[x].tag not in {"SSO", "SSC", "SP"}), None)
    if k is None or k + 2 >= len(morphs) or not (morphs[k].form == "이" and morphs[k].tag in {"MM", "IC"}):
        return None
    noun, particle = morphs[k + 1], morphs[k + 2]
    return k if noun.start > morphs[k].end and particle.start == noun.end and particle.tag.startswith("J") else None


def act_before_saying_so(morphs: list[Morph], i: int, j: int) -> int:
    """"…강모씨에게 징역 15년을 선고하며 이같이 밝혔다" -> "…징역 15년 선고": what was said so is in the sentences before
    (a quotation the story opens on); the act the sentence tells, named by its verbal noun, is its own. Where the
    sentence ends so, the end of the act's clause ("-며", "-면서"); ``j`` otherwise. (After a closing quotation mark
    the words are the bullet's own: see :data:`POINTING_FRAME`.)"""
    k = j - 1
    while k > i and morphs[k].tag in {"EF", "EP"}:
        k -= 1
    if k <= i + 3 or morphs[k].form not in SPEECH_VERBS or not morphs[k].tag.startswith(("VV", "XSV")):
        return j
    if morphs[k].tag == "XSV" and morphs[k - 1].tag == "NNG":
        k -= 1  # "설명" + "하"
    x = next((x for x in range(max(i, k - 4), k) if pointing_manner(morphs, x, k) == k), None)
    if x is None or x - 2 <= i or morphs[x - 1].tag != "EC" or morphs[x - 1].form not in {"며", "으며", "면서", "으면서"}:
        return j
    # (an act named by its verbal noun, "선고하며", "발간하며"; not how the speaker came to say it, "회견장을 나서며")
    if not (morphs[x - 2].tag == "XSV" and morphs[x - 2].form == "하" and morphs[x - 3].tag == "NNG"
            and morphs[x - 3].end == morphs[x - 2].start and morphs[x - 3].form not in SPEECH_VERBS):
        return j
    return x


def pointing_manner(morphs: Sequence[Morph], x: int, j: int) -> int | None:
    """The index after "이같이", "이렇게", "이처럼" or "이와 같이" at ``x`` (however Kiwi splits them: "이" + "같이",
    "이렇" + "게", "이" + "처럼", "이" + "와" + "같이"): words that point at what the sentence before told; None when
    there is none."""
    m = morphs[x]
    if m.form in {"이같이", "이렇게", "이처럼"} and m.tag == "MAG":
        return x + 1
    if x + 1 < j and morphs[x + 1].start == m.end and (
            m.form == "이" and m.tag in {"NP", "MM"} and morphs[x + 1].form in {"같이", "처럼"}
            or m.form == "이렇" and m.tag.startswith("VA") and morphs[x + 1].form == "게"):
        return x + 2
    if x + 2 < j and m.form == "이" and m.tag == "NP" and morphs[x + 1].form in {"와", "과"} and morphs[x + 1].start == m.end \
            and morphs[x + 2].form == "같이":
        return x + 3
    return None


# Endings that link a clause to the quotation after it: "…밝혀졌다며 “…”", "…나타났다면서 “…”".
QUOTE_LINKS = frozenset({"다며", "며", "으며", "다면서", "면서", "으면서"})


def _found_so_then_quote(morphs: list[Morph], k: int, j: int) -> int | None:
    """The index of the opening quotation mark after a clause from ``k`` that says the sentence before was found or
    said so ("…역학조사를 실시한 결과 이같이 밝혀졌다며 “…”", "이처럼 나타났다면서 “…”"), or None: the quotation is the
    bullet's point, and the clause would point at nothing."""
    pointing = False
    for y in range(k, min(j - 1, k + 30)):
        t = morphs[y]
        if t.tag in {"SSO", "SSC", "EF", "SF"} or t.tag == "EC" and t.form not in QUOTE_LINKS | {"어", "아"}:
            return None
        pointing = pointing or pointing_manner(morphs, y, j) is not None
        if t.tag == "EC" and t.form in QUOTE_LINKS:
            quote = morphs[y + 1]
            return y + 1 if pointing and quote.tag == "SSO" and quote.form in {"“", '"'} else None
    return None


def _saying_so_then(morphs: list[Morph], k: int, j: int) -> int | None:
    """The index after "이같이 외치며", "이렇게 말하면서" at ``k`` (words said before the sentence, then the act it goes on
    to), or None: a bullet without those words would point at nothing."""
    x = pointing_manner(morphs, k, j)
    if x is None:
        return None
    y = x
    while y < j and (morphs[y].tag in {"NNG", "XSV"} or morphs[y].tag.startswith("VV")) and (y == x or morphs[y].start <= morphs[y - 1].end):
        y += 1
    if y == x or y + 1 >= j or morphs[y].tag != "EC" or morphs[y].form not in {"며", "으며", "면서", "으면서"} \
            or not any(morphs[z].form in SAYING_STEMS for z in range(x, y)) or morphs[y + 1].start <= morphs[y].end:
        return None
    return y + 1


SAYING_STEMS = SPEAKING | {"외치", "소리치", "호소", "항의", "따지", "묻"}  # ("이같이 외치며": said aloud, too)


def _at_the_same_time(morphs: list[Morph], i: int) -> int | None:
    """The index after an opening "동시에" or "이와 동시에" (a link to the sentence before), or None. Not "…과
    동시에" inside a sentence ("예매 오픈과 동시에 매진"): there it says at the time of what it names."""
    x = i + 2 if i + 2 < len(morphs) and morphs[i].form == "이" and morphs[i].tag == "NP" and morphs[i + 1].form == "와" else i
    if x + 2 < len(morphs) and morphs[x].form == "동시" and morphs[x].tag == "NNG" and morphs[x + 1].form == "에" \
            and morphs[x + 1].start == morphs[x].end and morphs[x + 2].start > morphs[x + 1].end and (x == i or morphs[x].start > morphs[x - 1].end):
        return x + 2
    return None


def _time_word(morphs: list[Morph], k: int) -> bool:
    """Whether ``morphs[k]`` tells a time: part of a date ("3일", "이날") or a time word ("올해", "지금")."""
    return date_part(morphs, k) or morphs[k].form in TIME_TOPICS | ADVERB_TOPICS


EVEN_TIMES = frozenset({"낮", "한낮", "밤", "한밤", "아침", "저녁", "새벽", "주말", "휴일", "평일"})  # "낮에도": even by day


def _drop_setting_contrast(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
    """"어제 저녁 5시 반쯤에는 …" -> "어제 저녁 5시 반쯤 …", "경북 안동에도 …" -> "경북 안동에 …": the "는" and
    "도" on a sentence's opening time or place set it against the one the sentence before told of, which the
    bullet does not have. Only the first phrase, made of nouns; "…에도 불구하고" stays."""
    x = i
    while x < j and (_is_nominal(morphs[x]) or morphs[x].tag in {"MM", "XSN"} or date_part(morphs, x)):  # ("지난 3일에는")
        x += 1
    if x == i or x + 2 >= j or morphs[x].tag != "JKB" or morphs[x].form not in {"에", "에서"} \
            or morphs[x + 1].tag != "JX" or morphs[x + 1].form not in {"는", "도"} or morphs[x + 1].start != morphs[x].end \
            or morphs[x + 2].start == morphs[x + 1].end or morphs[x + 2].form in {"불구", "불구하"}:
        return
    timed = _time_word(morphs, x - 1) or morphs[x - 1].form == "쯤" and x >= 2 and date_part(morphs, x - 2)
    schedule = any(morphs[y].form == "에" and morphs[y + 1].form == morphs[x + 1].form and morphs[y + 1].tag == "JX"
                   and date_part(morphs, y - 1) for y in range(x + 2, j - 1))
    if schedule:
        return  # "16일에는 …, 17일에는 …": days set against each other, all in the bullet
    if timed and morphs[x].form == "에" and any(m.tag == "SN" for m in morphs[i:x]):
        # "반쯤에는" -> "반쯤" (not "오후에는 비가 …": "오후 비가" would read as one noun)
        edits.append(_Edit(morphs[x].start, morphs[x + 1].end))
    elif morphs[x + 1].form == "도" and morphs[x - 1].form not in {"후", "뒤", "전", "중", "동안", *EVENT_RELATIONS, *EVEN_TIMES} \
            and (timed or _place_phrase(morphs, i, x)):
        # ("사고 후에도 계속 달리던 차": even after it, no "also"; "낮에도 전국 대부분이 영하권": even by day; "금리 인하
        # 기대에도 …지갑을 열지 않으면서": despite it, which "기대에" turns into because of it)
        edits.append(_Edit(morphs[x + 1].start, morphs[x + 1].end))  # "안동에도" -> "안동에"


# Last nouns of a place that "…에도" sets against the place told before ("남부에도", "달빛면에도", "서울 도심에도").
PLACE_HEADS = frozenset({"시", "군", "구", "면", "읍", "동", "리", "도", "권", "부", "남부", "북부", "중부", "동부", "서부", "도심",
                         "해안", "남해안", "동해안", "서해안", "섬", "마을", "현장"}) | REGION_NOUNS | PLACE_RELATIONS


def _place_phrase(morphs: list[Morph], i: int, x: int) -> bool:
    """Whether the nouns ``morphs[i:x]`` name a place: a proper noun among them (Kiwi's NNP: "경북 안동", "가람시"), or a
    place's last noun (:data:`PLACE_HEADS`). Not a stance or an event ("기대", "경고", "고금리"), whose "에도" is despite."""
    return any(m.tag == "NNP" for m in morphs[i:x]) or morphs[x - 1].form in PLACE_HEADS


def _drop_likewise(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
    """"…후보자 역시 …", "…명으로 역시 역대 최저": "역시" (likewise) points at the one the sentence before told of,
    which the bullet does not have. After a bare name it marks the topic ("후보자, …"); after a particle or a
    time it only goes. At a sentence's start it is a connective (see the openers)."""
    for k in range(i + 1, j - 1):
        m = morphs[k]
        if not _likewise(morphs, k):
            continue
        before = morphs[k - 1]
        if before.tag in {"JX", "JKS", "JKO", "JKB", "EC", "SP"} or _time_word(morphs, k - 1):
            edits.append(_Edit(m.start, morphs[k + 1].start))
        elif _likewise_topic(morphs, k) and any(x.tag == "EC" for x in morphs[i : k - 1]):
            # "…대피해 인명피해 역시 발생하지 않았다": after a clause of its own the name is no topic the bullet opens
            # on; "likewise" is "도" ("…대피해 인명피해도 발생하지 않음", not "…대피해 인명피해, 발생하지 않음")
            edits.append(_Edit(before.end, morphs[k + 1].start, "도 "))
        elif _likewise_topic(morphs, k):
            edits.append(_Edit(before.end, morphs[k + 1].start, ", "))


def _likewise(morphs: Sequence[Morph], k: int) -> bool:
    """Whether ``k`` is "역시" (likewise) as a word of its own ("역시나" takes its particle with it, and both stay)."""
    m = morphs[k]
    return m.form == "역시" and m.tag in {"MAG", "MAJ"} and 0 < k < len(morphs) - 1 \
        and morphs[k - 1].end < m.start and m.end < morphs[k + 1].start


def _likewise_topic(morphs: Sequence[Morph], k: int) -> bool:
    """Whether "역시" at ``k`` follows a bare name, which it marks as the topic ("코스닥지수 역시 …" is "코스닥지수도
    …"): compression writes the topic's comma there."""
    return _likewise(morphs, k) and morphs[k - 1].tag in {"NNG", "NNP", "NNB", "XSN", "SL", "SH"} and not _time_word(morphs, k - 1)


def _along_with_this(morphs: list[Morph], k: int, j: int) -> int | None:
    """The index after "이와 함께", "이와 더불어", "이와 관련(해)" at ``k`` (what the sentence before told is what this one
    goes with or is about), before the next word; None when there is none ("이와 관련한 조례": what the law is about)."""
    if not (k + 3 < j and morphs[k].tag == "NP" and morphs[k].form == "이" and morphs[k + 1].tag == "JKB"
            and morphs[k + 1].form == "와" and morphs[k + 2].start > morphs[k + 1].end):
        return None
    if morphs[k + 2].form in {"함께", "더불어"} and morphs[k + 2].tag == "MAG":
        e = k + 3
    elif morphs[k + 2].form == "관련" and morphs[k + 2].tag == "NNG" and k + 4 < j and morphs[k + 3].form == "하" \
            and morphs[k + 4].tag == "EC" and morphs[k + 4].form in {"어", "여", "아"}:
        e = k + 5
    elif morphs[k + 2].form == "관련" and morphs[k + 2].tag == "NNG" and morphs[k + 3].start > morphs[k + 2].end \
            and morphs[k + 3].tag in {"NNP", "NNG", "SL", "SP"}:
        e = k + 3  # "이와 관련 윤 장관은 …": the same lead-in without "해"
    else:
        return None
    while e < j and morphs[e].tag == "SP":
        e += 1
    return e if e < j and morphs[e].start > morphs[e - 1].end else None


PLURAL_MARKS = frozenset({"JC", "SN", "NR"})  # a coordination or a count: "A와 B는 각각", "두 팀이 각각"


def _drop_stray_each(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
    """"장윤석 교수팀은 … 공로로 각각 우수연구팀에 선정됐다": "각각" spreads the act over teams the sentences
    before named; with one subject of its own in the sentence it is a stray word in a bullet, and goes. A second
    "각각" of one clause ("각각 37.67%, 25.40% 각각 증가") is the writer's slip: it goes too."""
    seen = False
    for k in range(i + 1, min(j, len(morphs) - 1)):
        m = morphs[k]
        if m.tag in {"EC", "EF"}:
            seen = False
        if m.form != "각각" or m.tag != "MAG":
            continue
        if seen:
            edits.append(_Edit(m.start, morphs[k + 1].start))
            continue
        seen = True
        if k >= j - 1:
            continue
        subject = next((x for x, n in enumerate(morphs) if n.tag in {"JX", "JKS"}), 0)  # "나노·바이오 융합시스템" is no list of actors
        names = sum(n.tag == "NNP" and (x == 0 or morphs[x - 1].end < n.start) for x, n in enumerate(morphs[:min(subject, k)]))
        if names >= 2 or any(n.tag == "SP" and n.form == "," for n in morphs[k + 1 : j]):
            continue  # "곽시양 경수진은 각각 진수, 현수 역을": two names, and what each has
        if not any(
                x.tag in PLURAL_MARKS or x.form == "," or x.tag == "MM" and x.form not in {"이", "그", "저"} for x in morphs[:k]) \
                and not any(x.form in {"들", "및", "·", "등"} for x in morphs[:min(subject, k)]):
            edits.append(_Edit(m.start, morphs[k + 1].start))


PURPOSE_FRAMES = frozenset({"차원", "목적"})  # "…규명 차원에서", "…확보 목적으로": what an act is done for


def _joins_a_purpose(morphs: list[Morph], k: int) -> bool:
    """Whether the "-고" at ``k`` joins two aims of one "위해" ("발전을 도모하고 정주여건 개선을 위해 추진하는 사업"):
    the next predicate is "위하" (or a purpose noun comes first: "…해소하고 원인 규명 차원에서"), so the first
    clause is part of the purpose, not a clause of its own."""
    if morphs[k].form != "고":
        return False
    for x, m in outside_quotes(morphs, k + 1):
        if m.tag == "NNG" and m.form in PURPOSE_FRAMES and x + 1 < len(morphs) and morphs[x + 1].tag == "JKB":
            return True  # "주민 우려를 해소하고 정확한 원인 규명 차원에서 …": both are what it is done for
        if _is_stem(m) and _adnominal(morphs, x) and m.form != "위하":
            continue  # ("정확한 원인"): a modifier inside the next phrase (not "…을 위한": the aim itself)
        if _is_stem(m):
            if x + 2 < len(morphs) and morphs[x + 1].tag == "ETN" and morphs[x + 1].form == "기" \
                    and morphs[k - 1].tag != "EP" and morphs[k + 1].tag != "SP":
                # "환자를 파악하고 건강영향을 감시하기 위해 운영된다": both are the aim (not after "…붙잡았고, …즐기기
                # 위해서는": a clause told as done, closed by its comma)
                m = morphs[x + 2]
            return m.form == "위하" and m.tag.startswith("VV")
    return False


def _paired_manner(morphs: list[Morph], k: int) -> bool:
    """Whether the "-고" at ``k`` joins two adjectives of manner ("순조롭고 신속하게 재개되고 있다"): the next
    word is an adjective in "-게", so the two describe one predicate and no clause ends there."""
    if morphs[k].form != "고" or not morphs[k - 1].tag.startswith(("VA", "XSA")):
        return False
    x = k + 1
    while x + 1 < len(morphs) and morphs[x + 1].start == morphs[x].end:
        x += 1  # the last morpheme of the next word
    return morphs[x].tag == "EC" and morphs[x].form == "게" and morphs[x - 1].tag.startswith(("VA", "XSA"))


def _cleft_time(morphs: list[Morph], k: int) -> bool:
    """Whether the date or time at ``k`` is the focus of a cleft ("…사고를 낸 건 (어젯밤) 10시쯤"): right after "건"/"것은",
    with at most a day word between."""
    p = k - 1
    while p > 0 and morphs[p].form in CLEFT_DAY_WORDS:
        p -= 1
    return p >= 1 and morphs[p].tag == "JX" and morphs[p].form in {"ᆫ", "은", "는"} and morphs[p - 1].form in {"거", "것"} \
        and morphs[p - 1].tag == "NNB"


def _day_to_come(morphs: list[Morph], k: int, j: int) -> bool:
    """Whether a date at ``k`` is a day to come: "오는 16일" (Kiwi: "오" + "-는")."""
    return k + 1 < j and morphs[k].form == "오" and morphs[k].tag.startswith("VV") and morphs[k + 1].form == "는" \
        and morphs[k + 1].tag == "ETM"


THEN_WORDS = frozenset({"당시", "당초", "애초", "한때"})  # a time since passed: "당시만 해도 …할 것으로 예상됐다"


def _then(morphs: list[Morph], i: int, k: int) -> bool:
    """Whether a forecast in the past tense ending before ``k`` was made then and has since been overtaken: the sentence
    sets it in a time since passed ("당시만 해도", "당초", "한때", "…때만 해도"). A plain "…할 것으로 전망됐다" is a
    forecast made now (by a report, a study): still the outlook."""
    return any(m.form in THEN_WORDS and m.tag in {"NNG", "MAG"}
               or m.form == "만" and m.tag == "JX" and x + 2 < k and morphs[x + 1].form == "하" and morphs[x + 2].form in {"어도", "여도"}
               for x, m in enumerate(morphs[i:k], i))


def _past_predicate(morphs: list[Morph], start: int, j: int) -> bool:
    """Whether the first clause ending after ``start`` (or the sentence's end) is in the past tense ("…열었다")."""
    for x in range(start, j):
        if morphs[x].tag in {"EC", "EF"} and not _auxiliary_link(morphs, x) and x > start:
            return morphs[x - 1].tag == "EP" and morphs[x - 1].form in PAST_ENDINGS
    return False


def _opening_day(morphs: list[Morph], i: int, t: int) -> bool:
    """Whether the words before the topic particle at ``t`` are a bare day ("29일") and then the topic's nouns only:
    no "지난"/"오는", no month or year, nothing else that could tie the day to the act."""
    return t - i >= 3 and morphs[i].tag == "SN" and morphs[i + 1].form == "일" and morphs[i + 1].tag == "NNB" \
        and morphs[i + 1].start == morphs[i].end and morphs[i + 2].start > morphs[i + 1].end \
        and all(m.tag in {"NNG", "NNP", "SL", "SH", "XSN"} for m in morphs[i + 2 : t])


def _drop_announcement_date(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
    """"서울시는 오늘(24일) 해당 기자를 고발했다고 밝혔다": the day right after the topic dates the announcement;
    once "밝혔다" goes it would date the act, so it goes too ("서울시, 해당 기자를 고발"). So does a bare day that
    opens the sentence before the topic ("29일 서울시는 …")."""
    t = next((x for x in range(i + 1, min(j, i + 8)) if morphs[x].tag == "JX" and morphs[x].form in {"은", "는", "ᆫ"}
              and _is_nominal(morphs[x - 1])), None)
    if t is not None and _opening_day(morphs, i, t):
        # "29일 한빛경찰서는 A씨를 검거했다고 밝혔다": a bare day before the topic dates the report as well
        edits.append(_Edit(morphs[i].start, morphs[i + 2].start))
        return
    if t is None or t + 1 >= j or not (_starts_date(morphs, t + 1) or morphs[t + 1].form in DAY_WORDS):
        return
    if _day_to_come(morphs, t + 1, j):
        return  # "시는 오는 16일 도서관을 연다고 밝혔다": a day to come is the act's, never the announcement's
    e = t + 1
    while e < j and (date_part(morphs, e) or morphs[e].form in DAY_WORDS):
        e += 1
    if e < j and morphs[e].tag == "SSO" and morphs[e].form == "(":  # "오늘(24일)"
        close = next((y for y in range(e, min(j, e + 6)) if morphs[y].tag == "SSC"), None)
        e = close + 1 if close is not None else e
    if e < j and _is_stem(morphs[e]) and _adnominal(morphs, e):
        return  # "구단은 지난 3일 열린 이사회에서 …": the day of an event the sentence names
    if any(morphs[x].form in {"시", "분"} and morphs[x - 1].tag == "SN" for x in range(t + 2, e)):
        return  # "…부는 24일 오전 7시 32분 경 …발사됐다고 밝혔다": a time of day is the act's; an announcement is dated by day
    if e < j and morphs[e].form in {"보도", "발표", "기사", "성명", "브리핑"}:
        return  # "조선중앙통신은 24일 오전 6시 보도로 …": the day of the report the sentence names
    if _as_of(morphs, e, j) > e:
        return  # "…센터는 10일 기준 지진으로 …": the day a count is as of (without it, "기준 지진으로")
    if not any(m.form == "일" or m.form in DAY_WORDS for m in morphs[t + 1 : e]):
        return  # "…는 2024년 우수성과 100선을 …": a year names what was chosen
    if e < j and morphs[e].start > morphs[e - 1].end and morphs[e].tag not in {"JKB", "JX", "JKG"}:
        edits.append(_Edit(morphs[t + 1].start, morphs[e].start))


# Nouns that rank their subject among others ("…한 것은 A가 처음이다"): the subject keeps its particle.
RANKING_NOUNS = frozenset({"처음", "최초", "유일", "마지막"})


# Connectives after a sentence's topic ("EU는 또한 …"): they tie it to the sentence before, which a bullet has not.
# (and "오히려", "on the contrary": "대형마트는 오히려 4.6% 감소했다" turns against a sentence the bullet does not have)
INNER_CONNECTIVES = frozenset({"또한", "아울러", "한편", "그러나", "하지만", "또", "특히", "그런데", "오히려"})


def _drop_case_frame(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
    """"POSCO의 경우 영업이익이 …" -> "POSCO 영업이익이 …": "X의 경우" opening a sentence only says that X is
    the case at hand; its subject is X's."""
    k = i
    while k < j and morphs[k].tag in {"NNP", "NNG", "SL", "SH"}:
        k += 1
    if k == i or k + 2 >= j or morphs[k].tag != "JKG" or morphs[k].form != "의" or morphs[k + 1].form != "경우" \
            or morphs[k + 1].tag != "NNG":
        return
    e = k + 2  # (not "…의 경우에는": that is the scene, and the subject after it keeps its particle)
    p = e
    while p < j and morphs[p].tag in {"NNG", "NNP", "SL"}:
        p += 1
    subject = p < j and (morphs[p].tag == "JKS" or morphs[p].tag == "JX" and morphs[p].form in {"은", "는"})
    case = "".join(m.form for m in morphs[i:k])
    named = "".join(m.form for m in morphs[e:p])
    if p > e and subject and morphs[e].start > morphs[e - 1].end and case not in named:
        # ("일부 버스의 경우 차내에 …": no subject of X's; "백화점의 경우 신세계백화점이": X names what the subject is)
        edits.append(_Edit(morphs[k].start, morphs[e].start, " "))


def _drop_inner_connectives(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
    """"EU는 또한 이날 …" -> "EU는 이날 …": a connective right after the topic goes, as at a sentence's start; so does
    "오히려" after any phrase ("…셋째 주 348만명으로 오히려 주간 관객이 늘었다": read blind, it contrasts with a clause
    the bullet left out)."""
    for k in range(i + 2, j - 1):
        m = morphs[k]
        comma = morphs[k + 1].tag == "SP" and morphs[k + 1].form == "," and k + 2 < j  # "윤 대통령은 아울러, …"
        if m.form in INNER_CONNECTIVES and m.tag in {"MAJ", "MAG"} \
                and (morphs[k - 1].tag in {"JX", "JKS"} or m.form == "오히려" and morphs[k - 1].tag.startswith("J")) \
                and morphs[k - 1].end < m.start and (morphs[k + 1].start > m.end or comma) \
                and not (m.form == "또" and all(morphs[x].start == morphs[x - 1].end for x in range(k + 2, j))) \
                and not (m.form == "또" and k + 2 < j and morphs[k + 1].form == "한" and morphs[k + 2].form == "번"):
            # ("악재가 또 발생했다": right before the last word, "또" says "again" of it, and stays; so does the "또" of
            # "또 한 번": "주가, 한 번 '사상 최고가' 기록을 새롭게 씀" lost the "again")
            edits.append(_Edit(m.start, morphs[k + 2 if comma else k + 1].start))


def _dies_after_all(morphs: list[Morph], start: int, j: int) -> bool:
    """Whether a clause ends "…을 …-지만/-으나 숨졌다" with no subject of its own after the contrast: the one who died
    is the object before it ("…60대 남성을 발견해 병원으로 옮겼지만 숨졌다"), not the sentence's topic."""
    last = next((x for x in range(j - 1, start - 1, -1) if _is_stem(morphs[x])), None)
    if last is None or not (morphs[last].form == "숨지" or morphs[last].form == "하" and last > start and morphs[last - 1].form == "사망"):
        return False
    turn = next((x for x in range(last - 1, start - 1, -1) if morphs[x].tag == "EC" and morphs[x].form in {"지만", "나", "으나"}), None)
    return turn is not None and any(m.tag == "JKO" for m in morphs[start:turn]) \
        and not any(m.tag in {"JKS", "JX"} for m in morphs[turn + 1 : last])


def _broadcast_hour(morphs: list[Morph], i: int, j: int) -> int:
    """The index after a broadcast's "조금 전(인) 7시 40분," opening a sentence (the hour of the broadcast, not of the
    news), or ``i``."""
    if not (i + 4 < j and (morphs[i].form, morphs[i + 1].form) == ("조금", "전") and morphs[i].tag in {"MAG", "NNG"}
            and morphs[i + 1].tag == "NNG"):
        return i
    t = i + 4 if morphs[i + 2].tag == "VCP" and morphs[i + 3].tag == "ETM" else i + 2
    e = _date_end(morphs, t, j) if t < j and _time_of_day(morphs, t) else t
    if e > t and e + 1 < j and morphs[e].tag == "JKB" and morphs[e].form == "에" and morphs[e].start == morphs[e - 1].end:
        e += 1  # "조금 전인 저녁 7시에는 …": the hour's particles go with it
        if morphs[e].tag == "JX" and morphs[e].form in {"는", "ᆫ"} and morphs[e].start == morphs[e - 1].end:
            e += 1
    while e < j and morphs[e].tag == "SP":
        e += 1
    return e if e < j else i


def _drop_day_words(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
    """"기준금리는 이날 동결로 …" -> "기준금리는 동결로 …": "이날" (the day of the article) and "같은 날" (of the act told
    before) mean nothing in a bullet; a bare "이날" between words goes, and so does one with a "부터" no end follows; "이날"/"전날" with a time of
    that day goes with the time."""
    for k in range(i, j - 1):
        m = morphs[k]
        if m.form == "같" and m.tag == "VA" and k + 3 < j and morphs[k + 1].tag == "ETM" and morphs[k + 1].form == "은" \
                and morphs[k + 2].form == "날" and morphs[k + 2].tag == "NNG" and morphs[k + 3].start > morphs[k + 2].end \
                and (k == i or morphs[k - 1].end < m.start and morphs[k - 1].tag in {"JX", "JKS", "SP"}):
            # "회사는 같은 날 이사회를 열고 …": the day of the act told before, which a bullet never gives; alone it
            # would point at nothing (a time of that day goes with it)
            e = _date_end(morphs, k + 3, j) if _time_of_day(morphs, k + 3) else k + 3
            if e < j:
                edits.append(_Edit(m.start, morphs[_day_relative(morphs, e, j)].start))
            continue
        if m.form == "이날" and m.tag == "NNG" and k > i and morphs[k - 1].end < m.start and morphs[k - 1].tag in {"JX", "JKS", "SP", "EC"} \
                and k + 2 < j and morphs[k + 1].form == "부터" and morphs[k + 1].start == m.end and morphs[k + 2].start > morphs[k + 1].end:
            # "엔터식스는 이날부터 …을 중단했다": from the story's day, with no end; "전교사노조는 이날부터 오는 26일까지 …투표를
            # 진행한다" -> "…오는 26일까지 …": to a date of its own ("…내년 1월 31일까지"): the bullet never gives the
            # story's day, and the end date says how long (an end that is no date, "이날부터 사흘간 …까지", keeps the span)
            d = k + 2 + (morphs[k + 2].form in {"올해", "내년"})
            e = _date_end(morphs, d, j)
            if d < e < j and morphs[e].form == "까지" or not any(x.form == "까지" for x in morphs[k + 2 : min(j, k + 8)]):
                edits.append(_Edit(m.start, morphs[k + 2].start))
                continue
        if m.form == "이날" and m.tag == "NNG" and k > i and morphs[k - 1].end < m.start and morphs[k - 1].tag in {"JX", "JKS", "SP", "EC"} \
                and k + 2 < j and morphs[k + 1].form == "까지" and morphs[k + 1].tag == "JX" and morphs[k + 1].start == m.end \
                and morphs[k + 2].start > morphs[k + 1].end and morphs[k - 1].form != "부터":
            # (a range to it, "지난 1일부터 이날까지", stays whole)
            # "사전예약에는 이날까지 620만명이 참여했다" -> "사전예약에는 620만명이 참여": up to the story's day, which the
            # bullet never gives (read blind, "'이날까지' has no referent"); what is counted is counted as of now
            edits.append(_Edit(m.start, morphs[k + 2].start))
            continue
        if m.form not in {"이날", "전날"} or m.tag != "NNG" or morphs[k + 1].start <= m.end:
            continue
        # a word of its own, not one a determiner, a relative clause or an adverb governs ("그 이날", "바로 이날")
        free = k == i or morphs[k - 1].end < m.start and morphs[k - 1].tag not in {"MM", "ETM"} \
            and not (morphs[k - 1].tag in {"MAJ", "MAG"} and morphs[k - 1].form not in INNER_CONNECTIVES)
        if free and _time_of_day(morphs, k + 1):
            # "'파묘'의 누적 관객 수는 이날 오전 1천만명을 돌파했다", "…전날 오전 중구의 한 주택에서 …": a time of that day
            # (or of the day before it) says nothing in a bullet, which never gives the day (a range from it, "이날 오전
            # 11시부터 …까지", stays)
            e = _as_of(morphs, _date_end(morphs, k + 1, j), j)  # ("이날 오전 12시 기준 1006만명": "기준 1006만명" said nothing)
            if m.form == "이날" and e + 3 < j and morphs[e].tag == "JKO" and morphs[e].start == morphs[e - 1].end \
                    and morphs[e + 1].form == "기" and morphs[e + 2].form == "하" and morphs[e + 3].tag == "EC" and morphs[e + 3].form in {"어", "여"}:
                e += 4  # "이날 오전 11시를 기해 …비상 1단계를 가동": from an hour of that day (read blind, "'이날' has no date")
            if e < j and morphs[e].form == "부터" and morphs[e].start == morphs[e - 1].end and e + 1 < j \
                    and not any(x.form == "까지" for x in morphs[e + 1 : min(j, e + 8)]):
                e += 1  # "이날 오전부터 모든 준비를 마친 뒤": from a time of that day, with no end (a range stays)
            if e < j and morphs[e].start > morphs[e - 1].end and not any(x.form in {"부터", "까지"} for x in morphs[e : min(j, e + 6)]):
                v = e + 1 if morphs[e].tag.startswith("VV") else e + 2 if morphs[e].tag == "NNG" and e + 1 < j and morphs[e + 1].tag == "XSV" else e
                while v < j and morphs[v].tag == "EP":
                    v += 1
                if v > e and v + 1 < j and morphs[v].tag == "ETM" and morphs[v + 1].start > morphs[v].end \
                        and morphs[v + 1].tag != "NNB":  # (not "…신고한 것으로": there the clause is the act itself)
                    # "전날 오후 9시 30분 방송한 ‘…’ 17회는": a relative clause that said only when goes with its time
                    # (alone, "방송한 ‘…’ 17회" opens on a dangling verb)
                    e = v + 1
                edits.append(_Edit(m.start, morphs[e].start))
        elif m.form == "이날" and k > i and morphs[k - 1].tag == "ETM" and _time_of_day(morphs, k + 1):
            # "…9시간50분 만인 이날 오전 6시30분께": the hour stays with the clause that describes it, the day it points
            # at goes
            edits.append(_Edit(m.start, morphs[k + 1].start))
        elif free and k > i and m.form == "이날":  # ("전날" alone stays: without it the day before's act reads as the story's day's)
            edits.append(_Edit(m.start, morphs[_day_relative(morphs, k + 1, j)].start))
    for k in range(i + 1, j - 2):  # "28일(오늘)": the broadcaster's gloss of a date, no date of its own
        if morphs[k].tag == "SSO" and morphs[k].form == "(" and morphs[k + 1].form in DAY_WORDS and morphs[k + 2].tag == "SSC" \
                and morphs[k - 1].form == "일" and morphs[k - 1].end == morphs[k].start:
            edits.append(_Edit(morphs[k].start, morphs[k + 2].end))


def _as_of(morphs: list[Morph], e: int, j: int) -> int:
    """The end of a date or time that ends at ``e``, with the "기준" or "현재" (as of) after it: "19일 오전 7시 기준 …", "오후 8시
    30분 기준, …", "오후 3시 30분 기준으로 …" go whole with their time ("기준 1006만명" says nothing), and so does the
    survey the date is of ("지난 12일 조사 기준 서울 아파트값은 …": "조사 기준 서울 아파트값" says nothing), and a clock's
    gloss in brackets between them ("오전 10시10분(현지시각) 기준 …")."""
    if 0 < e < j and morphs[e].tag == "SSO" and morphs[e].form == "(" and morphs[e].start == morphs[e - 1].end:
        c = _closing(morphs, e, j)
        if c + 1 < j and morphs[c + 1].form == "기준" and morphs[c + 1].tag == "NNG":
            e = c + 1
    if e + 2 < j and morphs[e].form in {"조사", "집계", "발표", "공시", "마감", "종가"} and morphs[e].tag == "NNG" \
            and morphs[e + 1].form == "기준" and morphs[e + 1].start > morphs[e].end:
        e += 1
    if e + 1 < j and morphs[e].form == "기준" and morphs[e].tag == "NNG" and (morphs[e + 1].start > morphs[e].end
                                                                               or morphs[e + 1].tag == "SP"):
        return e + 1
    if e + 1 < j and morphs[e].form == "현재" and morphs[e].tag == "MAG" and (morphs[e + 1].start > morphs[e].end
                                                                             or morphs[e + 1].tag == "SP"):
        return e + 1  # "1일 오전 9시 현재 태풍은 …": the same "as of" ("현재 태풍" would read "the current typhoon")
    if e + 2 < j and morphs[e].form == "기준" and morphs[e].tag == "NNG" and morphs[e + 1].tag == "JKB" \
            and morphs[e + 1].form in {"으로", "로"} and morphs[e + 2].start > morphs[e + 1].end:
        return e + 2
    return e


HAPPENING_VERBS = (("발생", "NNG"), ("일어나", "VV"), ("벌어지", "VV"))
# Verbs of a moment that a time right before them is the whole fact of ("개기월식은 21시 51분 4초에 시작되며", "…에 끝난다").
TIMED_VERBS = (("시작", "NNG"), ("종료", "NNG"), ("끝나", "VV"), ("마감", "NNG"))


def _happened_when(morphs: list[Morph], e: int, j: int) -> bool:
    """Whether a verb of happening follows the date that ends at ``e`` as the clause's own predicate ("사고는 7일
    오전 2시 40분경 발생했으며 …"), or one of a moment after "에" ("…21시 51분 4초에 시작되며"): without its date it says
    nothing. Not a relative clause ("지난 9일 발생한 화재로":
    the date goes with it)."""
    if e + 1 < j and (morphs[e].form, morphs[e].tag) == ("에", "JKB") and (morphs[e + 1].form, morphs[e + 1].tag) in TIMED_VERBS:
        e += 1  # "…21시 51분 4초에 시작되며": the time a moment comes is what the verb says
    elif e >= j or (morphs[e].form, morphs[e].tag) not in HAPPENING_VERBS:
        return False
    x = e + 1
    while x < j and morphs[x].start <= morphs[x - 1].end and (morphs[x].tag in {"XSV", "EP"} or morphs[x].tag.startswith("V")):
        x += 1
    return x < j and morphs[x].tag in {"EC", "EF"}


def _date_for_day_word(morphs: list[Morph], i: int, j: int, edits: list[_Edit], ranges_only: bool = False) -> None:
    """"오늘(26일) …" -> "26일 …": the day its gloss names, not the broadcast's "today" (until shortening drops the
    date whole); "오늘(22일)부터 내일(23일) 오전까지" reads "22일부터 23일 오전까지". With ``ranges_only`` (dates go at
    this level) only a range's ends, which stay: "어제(13일)부터 오늘(14일) 오전 5시까지" had left "어제부터 오늘 …"."""
    for k in range(i, j - 4):
        if morphs[k].form in GLOSSED_DAY_WORDS and morphs[k + 1].tag == "SSO" and morphs[k + 1].form == "(" and morphs[k + 1].start == morphs[k].end \
                and morphs[k + 2].tag == "SN" and morphs[k + 3].form == "일" and morphs[k + 4].tag == "SSC" \
                and not any(e.start <= morphs[k].start < e.end for e in edits) \
                and (not ranges_only or _range_end(morphs, k + 5, j)):
            following = morphs[k + 5] if k + 5 < len(morphs) else None
            glued = following is not None and following.start == morphs[k + 4].end and (_is_stem(following) or following.tag in {"NNG", "NNP"})
            edits.append(_Edit(morphs[k].start, morphs[k + 4].end, morphs[k + 2].form + "일" + " " * glued))  # ("오늘(21일)발표한")


def _range_end(morphs: list[Morph], x: int, j: int) -> bool:
    """Whether the date phrase from ``x`` (times of day may follow) ends in "부터"/"까지": an end of a range."""
    while x < j and (date_part(morphs, x) or morphs[x].tag in {"SN", "NNB"}):
        x += 1
    return x < j and morphs[x].form in {"부터", "까지"} and morphs[x].tag == "JX"


FREQUENCY_PERIODS = frozenset({"일주일", "주일", "주", "달", "개월", "해", "년"})  # "일주일에 6일", "한 달에 3일"


def _span_of_minutes(morphs: Sequence[Morph], k: int) -> bool:
    """Whether the number at ``k`` counts minutes or seconds with no hour before it ("5분 자유발언", "30분 뒤"): a
    span, no time of day ("오후 5시 10분", "3분 20초" are)."""
    return k + 1 < len(morphs) and morphs[k + 1].form in {"분", "초"} \
        and not (k >= 2 and morphs[k - 1].form in {"시", "분"} and morphs[k - 2].tag == "SN")


def _count_of_days(morphs: list[Morph], k: int) -> bool:
    """Whether the number at ``k`` counts days ("취임 100일", "100일 만에"), no day of a month: more than 31, or
    so many days in a period ("일주일에 6일", "한 달에 3일", "주 3일", "월 평균 27일": how often, not when)."""
    digits = morphs[k].form.replace(",", "")
    if not (k + 1 < len(morphs) and morphs[k + 1].form == "일" and digits.isdigit()):
        return False
    return int(digits) > 31 or k >= 2 and morphs[k - 1].form == "에" and morphs[k - 1].tag == "JKB" \
        and morphs[k - 2].form in FREQUENCY_PERIODS and morphs[k - 2].tag in {"NNG", "NNB"} \
        or k >= 1 and morphs[k - 1].form in RATE_PERIODS and morphs[k - 1].end < morphs[k].start \
        and not (k >= 2 and morphs[k - 2].tag == "SN")  # ("주 3일", "월 평균 27일"; not "7월 28일", a month's day)


def _time_of_day(morphs: list[Morph], k: int) -> bool:
    """Whether a time of the day starts at ``k`` ("오후 3시", "10시 30분"): with "이날" before it, a date the
    dates rule reads whole ("이날 2035년까지" sets no time: "이날" goes alone)."""
    m = morphs[k]
    return m.form in {"오전", "오후", "새벽", "밤", "낮", "저녁", "아침"} and m.tag in {"NNG", "NNB"} \
        or m.tag == "SN" and k + 1 < len(morphs) and morphs[k + 1].form in {"시", "분"}


def _event_verb(morphs: list[Morph], start: int, x: int) -> bool:
    """Whether the stem at ``x`` is an event verb ("열리", "치러지", or "개최"/"진행" + "하/되")."""
    return morphs[x].form in EVENT_VERBS or x > start and morphs[x - 1].form in EVENT_VERBS and morphs[x].tag.startswith("XSV") \
        or x - 2 >= start and _passive_event(morphs, x) \
        or morphs[x].form == "올리" and x - 2 >= start and morphs[x - 1].tag == "JKO" and morphs[x - 2].form == "막" \
        or morphs[x].form in {"들어서", "선보이"} and morphs[x].tag.startswith("VV") \
        or morphs[x].form in CHANGE_ACTS and morphs[x].tag.startswith("VV") and x - 2 >= start and morphs[x - 1].tag in {"JKO", "JKB"}
    # ("막을 올린다"; "…시설이 들어선다": a building to open; "…신형 전기차를 선보인다": a launch; "…장려금을 300만 원으로
    # 늘린다": a measure set)


# Verbs of a measure set by whoever acts, told in the present: what they will do ("…인센티브도 늘린다").
CHANGE_ACTS = frozenset({"늘리", "줄이", "높이", "낮추"})


def _leaves_behind(morphs: list[Morph], clause: list[Morph], gaps: tuple[_Edit, ...]) -> bool:
    """Whether a clause alone would lose what it needs from the part it leaves out: the attempt a failure is of, or
    a finding's own topic behind the source's; such a clause is never offered. (A report's later clause whose subject
    is left behind, :func:`_inner_subject_dropped`, is refused only where a long sentence must lose a clause: a few
    characters over, "단양군, …일정을 시작" for "단양군은 김 군수가 …방문해 …일정을 시작했다고" says no less.)"""
    return _failed_attempt_dropped(morphs, clause) or _source_topic_carried(morphs, clause, gaps) or _scope_dropped(morphs, clause) \
        or _then_dropped(morphs, clause) or _frame_dropped(morphs, clause) \
        or _object_left_behind(morphs, clause)


# Verbs of putting money or means to a use: their object is what the clause before raised ("예산을 …편성하고, …에 투입")
USE_VERBS = frozenset({"투입", "사용", "배정", "집행", "활용", "지출", "충당", "쓰"})
# Acts done to a person, who a court's or police's first clause names ("…씨에게 징역 1년6개월을 선고하고 | 법정구속했다")
CUSTODY_VERBS = frozenset({"법정구속", "구속", "체포", "입건", "검거", "송치", "석방", "수감", "압송", "구금"})


def _object_left_behind(morphs: list[Morph], clause: list[Morph]) -> bool:
    """Whether a later clause puts to a use (:data:`USE_VERBS`), or takes into custody (:data:`CUSTODY_VERBS`), what or
    whom only the part it leaves out names, as that part's object ("해수부는 내년 수출 지원 예산을 …680억원으로
    편성하고, | …신규 시장 개척에 집중 투입하기로 했다"; "판사는 …이모씨에게 징역 1년6개월을 선고하고 | 법정구속했다"):
    alone, what is put in is unsaid (read blind: "the object of 투입 is missing"), and "판사 법정구속" read as the judge
    taken into custody."""
    _, dropped = _dropped_before(morphs, clause)
    if not any(morphs[x].tag == "JKO" or morphs[x].tag == "JKB" and morphs[x].form in {"에게", "한테"} for x in dropped) \
            or any(m.tag == "JKO" for _, m in outside_quotes(clause)):
        return False
    return any(m.form in USE_VERBS | CUSTODY_VERBS and (m.tag == "NNG" and x + 1 < len(clause) and clause[x + 1].tag.startswith("XSV")
                                                        or m.tag.startswith("VV")) for x, m in outside_quotes(clause))


def _frame_dropped(morphs: list[Morph], clause: list[Morph]) -> bool:
    """Whether a first clause leaves behind the frame the rest of its sentence gives it: a topic over the clause's own
    subject whose act is the last verb's ("환수는 | 재단이 …확인하고, …전달하면서 본격적으로 추진됐다" -- the recovery was
    pursued; it found nothing), unless that verb only reports ("청솔식품은 | …수출액이 …기록하며 …넘어섰다고 밝혔다");
    or the point its clause is cited as ("시장에서는 …금리가 내려오고, | …우려가 커진 점을 반등 배경으로 꼽는다" -- alone,
    a reason stated as a market fact)."""
    end, _ = _dropped_before(morphs, clause)
    rest = morphs[end + 1 :]
    if not rest or clause[0] is not morphs[0]:
        return False
    return _topic_over_subject(clause) and not _ends_in_report(rest) or _cited_point(rest)


def _then_dropped(morphs: list[Morph], clause: list[Morph]) -> bool:
    """Whether the sentence opens on "당시" (then: a time told before) and the clause leaves it out ("…2023년 10월 …올렸다. |
    당시 서울시는 …설명했고, | 시의회와 시민단체 일부는 …반대했다"): every clause of the sentence happened then; alone, the
    clause reads as news of now."""
    words = [m for m in morphs if m.tag not in PUNCT_TAGS]
    return bool(words) and words[0].form == "당시" and words[0].tag == "NNG" and not any(m is words[0] for m in clause)


def _scope_dropped(morphs: list[Morph], clause: list[Morph]) -> bool:
    """Whether the part a clause leaves out sets whom its act is for, as a topic ("다만 재판부는 세입자 가운데 3명에
    대해서는 …점을 고려해 | 배상액의 20%를 감액했다"), and the clause sets none of its own ("…198명에 대해서는 …확인하고, |
    나머지 14명에 대해서는 …명령했다" is whole): alone, the clause would say the act was done to all."""
    def scopes(x: int, seq: Sequence[Morph]) -> bool:  # "…에 대해서는", "…에 대해선"
        return seq[x].form == "대하" and seq[x].tag.startswith("VV") and x > 0 and seq[x - 1].tag == "JKB" and seq[x - 1].form == "에" \
            and x + 2 < len(seq) and seq[x + 1].tag == "EC" and seq[x + 2].tag == "JX" and seq[x + 2].form in {"는", "ᆫ"}
    _, dropped = _dropped_before(morphs, clause)
    # (not the scope of a fact of its own, joined by "-고": "…질문에 대해서는 답을 주고, | 더 살펴야 할 사안은 …")
    # ("…알고도 계약한 점을 고려해": "-고도" is a concession inside the step, no fact of its own)
    return any(scopes(x, morphs) and not any(morphs[y].tag == "EC" and morphs[y].form in COORDINATING_ENDINGS and morphs[y + 1].tag != "JX"
                                             for y in range(x + 3, dropped[-1] + 1))
               for x in dropped) and not any(scopes(x, clause) for x in range(len(clause)))


def _dropped_before(morphs: list[Morph], clause: list[Morph]) -> tuple[int, list[int]]:
    """Where a clause offered by :meth:`Compressor._clauses` ends in its sentence, and the indices of the morphemes
    before that end it leaves out (the clause carries a topic over from before them)."""
    kept = {id(m) for m in clause}
    end = max((x for x, m in enumerate(morphs) if id(m) in kept), default=0)
    return end, [x for x in range(end) if id(morphs[x]) not in kept]


def _inner_subject_dropped(morphs: list[Morph], clause: list[Morph]) -> bool:
    """Whether a later clause of a reported sentence leaves behind the subject that acts in it: the topic who reports
    is kept, a subject of the report follows it in the part dropped, and what is kept after that part has no subject
    of its own ("재단은 | …'뮤지컬 썸데이'가 투어 공연을 마치고 | 춘천 무대에서 관객과 만난다고 밝혔다": alone, the
    foundation would meet the audience)."""
    end, dropped = _dropped_before(morphs, clause)
    if not dropped:
        return False
    first, last = dropped[0], dropped[-1]
    if not any(morphs[x].tag == "JX" and morphs[x].form in {"은", "는", "ᆫ"} and x and _is_nominal(morphs[x - 1]) for x in range(first)):
        return False
    if any(m.tag == "JKS" or m.tag == "JX" and m.form in {"은", "는", "ᆫ"} for m in morphs[last + 1 : end + 1]):
        return False
    if not any(m.tag == "JKQ" or m.tag == "EC" and m.form in REPORTED_ENDINGS for m in morphs[last + 1 : end + 1]):
        return False  # (only a report: elsewhere the topic may well act in both clauses, "광주체고는 …선수단이 참가해 …")
    if not (morphs[last].tag == "EC" and morphs[last].form in TOPIC_SHARING_ENDINGS):
        return False
    # the subject's own predicate is the last one dropped: "'…썸데이'가 …공연을 마치고", with no ending between
    # ("대설특보가 발표됨에 따라 …가동하고": the subject is the nominalised clause's)
    return any(morphs[y].tag == "JKS" and (_is_nominal(morphs[y - 1]) or morphs[y - 1].form in CLOSING_QUOTES)
               and not any(m.tag.startswith(("E", "J")) and m.tag not in {"JKO", "JKB", "JKG", "JC"} for m in morphs[y + 1 : last])
               for y in range(first + 1, last + 1))


def _source_topic_carried(morphs: list[Morph], clause: list[Morph], gaps: tuple[_Edit, ...]) -> bool:
    """Whether a clause carries the topic of a source frame over a finding with a topic of its own ("거래소는 …실적을
    분석한 결과, | …영업이익과 순이익은 큰 폭의 상승세를 보였다": "거래소, 영업이익과 순이익, …" makes the exchange's
    profits rise)."""
    if not any(g.start == g.end and g.text.strip() for g in gaps):
        return False  # (nothing carried over)
    end, dropped = _dropped_before(morphs, clause)
    frame = next((x for x in dropped if x and morphs[x].form == "결과" and morphs[x].tag == "NNG" and morphs[x - 1].tag == "ETM"), None)
    if frame is None or not any(morphs[x].tag == "JX" and morphs[x].form in {"은", "는", "ᆫ"} for x in range(frame)):
        return False
    return any((m.tag == "JKS" or m.tag == "JX" and m.form in {"은", "는", "ᆫ"}) and x and _is_nominal(morphs[x - 1])
               for x, m in enumerate(morphs[dropped[-1] + 1 : end + 1], start=dropped[-1] + 1))


FAILING_STEMS = frozenset({"실패", "무산", "좌절", "불발", "허탕"})  # "…채용하려고 했지만 실패했다"


def _failed_attempt_dropped(morphs: list[Morph], clause: list[Morph]) -> bool:
    """Whether the clause kept says only that an attempt failed and the attempt is in the part dropped ("…의사를
    채용하려고 했지만 | 실패했다": alone, "…은 실패" does not say at what)."""
    end, dropped = _dropped_before(morphs, clause)
    if not dropped or not (morphs[dropped[-1]].tag == "EC" and morphs[dropped[-1]].form in {"지만", "으나", "나"}):
        return False
    tried = any(m.tag == "EC" and m.form in {"려고", "으려고", "려", "으려"} for m in (morphs[x] for x in dropped))
    return tried and any(m.form in FAILING_STEMS for m in morphs[dropped[-1] + 1 : end + 1])


def _passive_event(morphs: list[Morph], x: int) -> bool:
    """Whether ``morphs[x]`` is the "지" of an event verb's passive that Kiwi reads in three ("치러지다": 치르 + 어 + 지)."""
    return morphs[x].form == "지" and morphs[x].tag == "VX" and x >= 2 and morphs[x - 1].tag == "EC" \
        and morphs[x - 1].form in {"어", "아"} and morphs[x - 2].form in PASSIVE_EVENT_STEMS and morphs[x - 2].tag.startswith("VV") \
        and morphs[x - 2].end >= morphs[x - 1].start and morphs[x - 1].end >= morphs[x].start


# "치러지다", "펼쳐지다": an event held; "앞당겨지다", "늦춰지다", "미뤄지다": its date moved
PASSIVE_EVENT_STEMS = frozenset({"치르", "펼치", "앞당기", "늦추", "미루"})


# Verbs of something happening ("지난해 10월 발생한 장애"): no one acts in them.
OCCURRING_VERBS = frozenset({"발생", "일어나"})


def _dated_event(morphs: list[Morph], start: int, x: int) -> bool:
    """Whether the stem at ``x`` is an event verb ("열리", "개최되") or a verb of happening ("발생하", "일어나") with only
    a date between it and ``start``."""
    happening = morphs[x].form in OCCURRING_VERBS or x > start and morphs[x - 1].form in OCCURRING_VERBS and morphs[x].tag.startswith("XSV")
    return (_event_verb(morphs, start, x) or happening) and x > start \
        and all(date_part(morphs, d) or morphs[d].form in EVENT_VERBS | EVENT_TIMES | OCCURRING_VERBS for d in range(start, x)) \
        and (not happening or any(date_part(morphs, d) for d in range(start, x)))  # ("사상자가 발생한 …": its own subject)


CONDITIONAL_ENDINGS = frozenset({"다면", "ᆫ다면", "는다면", "라면", "이라면"})


def _after_clause(morphs: list[Morph], i: int, k: int) -> bool:
    """Whether a clause with a subject of its own ends before the subject at ``k`` ("수입 가격이 오르면서 |
    원자재 비중이 …"): the headline comma then belongs to no clause of the bullet."""
    subject = False
    for x in range(i + 1, k):
        m = morphs[x]
        # (a count of a noun is a subject too: "여객선 9척이 모두 항구에 묶여 있고, | 섬에 남은 관광객은 …")
        if m.tag == "JKS" and _is_nominal(morphs[x - 1]) and (not _quantity(morphs, x) or _counted_noun(morphs, x)):
            subject = True
        elif subject and m.tag == "EC" and (m.form in CLAUSE_ENDINGS | SUBORDINATE_ENDINGS | CONDITIONAL_ENDINGS
                                            or m.form in SEQUENCE_ENDINGS
                                            and morphs[x - 1].form not in POSTPOSITION_VERBS | OBJECT_POSTPOSITIONS) \
                and is_stem_or_ep(morphs[x - 1]) \
                and (morphs[x + 1].start > m.end or morphs[x + 1].tag == "SP") and not morphs[x + 1].tag.startswith("VX"):
            return True
    return False


def _topic_after_act(morphs: list[Morph], i: int, k: int) -> bool:
    """Whether the topic at ``k`` follows a whole coordinated act with its own object and no subject ("…경제정책과와
    기업지원과를 기업경제과로 합치고 | 일부 팀은 …"): a topic set against the first act, not who did it."""
    obj = False
    for x in range(i + 1, k):
        m = morphs[x]
        if m.tag in {"JKS", "SSO"} or m.tag == "JX" and m.form in {"은", "는", "ᆫ"}:
            return False
        obj = obj or m.tag == "JKO"
        if obj and m.tag == "EC" and m.form in COORDINATING_ENDINGS and is_stem_or_ep(morphs[x - 1]) \
                and morphs[x - 1].form not in POSTPOSITION_VERBS and x + 1 < k and morphs[x + 1].start > m.end \
                and not morphs[x + 1].tag.startswith("VX") and not any(y.tag == "ETM" for y in morphs[x + 1 : k]):
            return True  # (not "…신고를 받고 출동한 해경은": the first act is in the clause that describes the topic)
    return False


ROUTE_VERBS = frozenset({"거치", "맞추"})  # "…검증을 거쳐", "…일정에 맞춰": the way the result came about, part of it
MANNER_VERBS = frozenset({"잇따르", "잇달", "연달", "번갈", "앞다투"})  # "잇따라 사직서를 냈으며": one after another, how
ENTERED_PERIODS = frozenset({"올", "이달", "금주", "연초", "연말", "상반기", "하반기", "분기", "주"})  # "올 들어", "하반기 들어"


def _sequence_step(morphs: list[Morph], k: int) -> bool:
    """Whether the "-아/어(서)" ending at ``k`` closes a step of its own ("…을 합성해 | …을 개발"), not a
    postposition ("…에 대해", "…을 통해", "…을 이용해"), an auxiliary ("…해 주다") or a step inside a
    relative clause ("부품을 모아 만든 로봇을": the clause after it modifies a noun before any particle)."""
    if k < 1 or k + 1 >= len(morphs) or morphs[k + 1].start <= morphs[k].end:
        return False
    stem = morphs[k - 1]
    if not stem.tag.startswith(("VV", "XSV")) or stem.form in POSTPOSITION_VERBS | OBJECT_POSTPOSITIONS | ROUTE_VERBS | MANNER_VERBS:
        return False
    if stem.form == "들" and k >= 2 and (morphs[k - 2].form in TIME_TOPICS | ENTERED_PERIODS or date_part(morphs, k - 2)):
        return False  # "올 들어 처음으로 …", "이달 들어": a time ("this year so far"), no step of its own
    if stem.tag.startswith("XSV") and k > 1 and morphs[k - 2].form in MEANS_NOUNS | ADVERBIAL_NOUNS | INCLUDING_NOUNS | POSTPOSITION_VERBAL_NOUNS:
        return False  # "…을 이용해", "최근 계속해서": how, not a step of its own; "…을 포함해 총 4인": who is counted;
        # "…숨진 것과 관련해": what it concerns
    if stem.tag.startswith("XSV") and k > 2 and morphs[k - 2].form in PARTNERING_NOUNS and morphs[k - 3].form in {"와", "과"} \
            and morphs[k - 3].tag in {"JKB", "JC"}:
        return False  # "병원이 보건소와 협력해 환자를 파악한다": with whom, not a step of its own
    if _shares_object(morphs, k):
        return False
    # "…하지 않는 사람에 비해": the measure of a comparison ("…늘어난 데 비해," is a clause); Kiwi may read "비해" as
    # "비" + "하" ("수요에 비해 운영 대수가 부족해")
    split = stem.form == "하" and stem.tag.startswith("XSV") and k > 2 and morphs[k - 2].form == "비"
    p = k - 3 if split else k - 2 if stem.form in {"비하", "견주"} else None
    if p is not None and p > 0 and morphs[p].form == "에" and morphs[p].tag == "JKB" and morphs[p - 1].form != "데":
        return False
    for m in morphs[k + 1 :]:
        if m.tag == "ETM":
            return False
        if m.tag in {"EC", "EF"}:
            return False  # "두 부처가 협력해 추진하고 있다": a verb with no phrase of its own; the "-어" says how
        if m.tag in {"JKS", "JKO", "JKB", "JX", "SP"}:
            return True
    return False


def _shares_object(morphs: list[Morph], k: int) -> bool:
    """Whether the step ending at ``k`` hands its object to the next verb ("펌프장 3곳을 새로 지어 내년부터 운영할
    계획"): the step has an object, the clause after it none and no subject of its own, so it cannot stand alone."""
    own = False
    for x in range(k + 1, len(morphs)):
        m = morphs[x]
        if m.tag in {"JKO", "JKS"} or m.tag == "JX" and m.form in {"은", "는", "ᆫ"}:
            own = True
            break
        if m.tag in {"EC", "EF"} or m.tag == "SP":
            break
        if _listed_act_end(morphs, x):
            break  # "절차를 …분리해 별도로 마련하는 등 …": the act listed ends at "등"; its object was the step's
    if own:
        return False
    for m in reversed(morphs[:k]):
        if m.tag == "JKO":
            return True
        if m.tag in {"EC", "EF", "SP", "JKS"} or m.tag == "JX" and m.form in {"은", "는", "ᆫ"}:
            return False
    return False


# Verbs that work as postpositions with an object ("예산안을 두고", "안전을 위해"): no clause of their own.
OBJECT_POSTPOSITIONS = frozenset({"두", "놓", "위하", "통하", "비롯하", "대상으로", "앞두", "제외하", "포함하"})


def _agent_after_topic(morphs: list[Morph], t: int, j: int) -> bool:
    """Whether the topic at ``t`` is followed, after other arguments, by the subject of the final clause
    ("시의회는 내년 예산안을 두고 여야가 사흘째 대립했다"): the headline comma on the topic would make it
    the one who acts. A subject right after the topic ("코끼리는 코가 길다") is the topic's part."""
    depth, seen_argument = 0, False
    for x in range(t + 1, j):
        m = morphs[x]
        depth += m.tag == "SSO"
        depth -= m.tag == "SSC" and depth > 0
        if depth:
            continue
        if m.tag in {"JKO", "JKB"} and not (m.tag == "JKB" and _time_word(morphs, x - 1)):
            seen_argument = True  # ("엔씨소프트는 1분기에도 매출이 …감소했다": a time is no one acted on; 매출 is the topic's)
        elif m.tag == "EC" and not (x > 0 and morphs[x - 1].form in OBJECT_POSTPOSITIONS):
            return False  # a clause ends: what follows is another clause's business
        elif m.tag in {"ETM", "EF"}:
            return False
        elif m.tag == "JKS" and not seen_argument and _is_nominal(morphs[x - 1]) and x + 1 < len(morphs) \
                and (morphs[x + 1].form, morphs[x + 1].tag[:2]) in LEADING_VERBS:
            # "실적 성장은 …미니 3집 판매가 이끌었다": the topic is what the subject drove; "실적 성장, … 판매 이끌어" read
            # as the growth driving the sales
            return True
        elif m.tag == "JKS" and seen_argument and _is_nominal(morphs[x - 1]) and not _quantity(morphs, x):
            rest = morphs[x + 1 : j]
            tail = morphs[j : min(len(morphs), j + 3)]  # the predicate's own suffix, cut off by the headline ending
            # "…약보다 효과가 낫다", "…사용료가 20% 저렴하다": a state of the topic's part; only an action has an agent
            return len(rest) > 1 and not any(r.tag in {"EC", "ETM", "XR"} or r.tag.startswith(("VA", "XSA")) for r in rest + tail)
    return False


# Verbs whose subject drives or takes what the topic names ("성장은 수출이 이끌었다", "주연은 A가 맡았다", "1위는 B가
# 차지했다"): after a topic, their subject is the one who acts and the topic their object
LEADING_VERBS = frozenset({("이끌", "VV"), ("맡", "VV"), ("견인", "NN"), ("주도", "NN"), ("차지", "NN"), ("견인하", "VV"),
                           ("주도하", "VV"), ("차지하", "VV")})


def _double_subject_relative(morphs: list[Morph], x: int, j: int) -> bool:
    """Whether the subject particle at ``x`` is followed by a second subject and a relative clause ending
    ("태양전지가 내구성이 부족한 이유"): the pair then sits inside the relative clause."""
    y = x + 1
    while y < j and _is_nominal(morphs[y]):
        y += 1
    return y > x + 1 and y < j and morphs[y].tag == "JKS" and _modifies_next(morphs, y + 1, j)


def _fronted_argument(morphs: list[Morph], i: int, k: int) -> bool:
    """Whether an object or adverbial of the main clause comes before the subject at ``k`` ("…표지를 국내
    연구팀이"); one inside a relative clause on the subject ("…개발을 전담하는 연구소가") does not count."""
    return any(m.tag in {"JKO", "JKB"} and not any(r.tag == "ETM" for r in morphs[x + 1 : k]) for x, m in enumerate(morphs[i:k], start=i))


def _comma_left_before_the_verb(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
    """A headline comma whose subject is left with only its verb once shortening has deleted what stood between
    ("합동감식이 2일 오전 진행된다" -> "합동감식, 2일 오전 진행" -> "합동감식 진행", not "합동감식, 진행"): the
    particle goes with no comma, as :func:`_predicate_only` decides for a sentence written so."""
    for x, edit in enumerate(edits):
        if edit.text != ",":
            continue
        k = next((k for k in range(i, j) if morphs[k].start == edit.start and morphs[k].end == edit.end
                  and (morphs[k].tag == "JKS" or morphs[k].tag == "JX")), None)
        if k is None:
            continue
        kept = [m for m in morphs[k + 1 : j] if not any(e.start <= m.start and m.end <= e.end and not e.text for e in edits)]
        if len(kept) < j - k - 1 and _predicate_only(kept + list(morphs[j:]), 0, len(kept)):
            edits[x] = _Edit(edit.start, edit.end)


def _predicate_only(morphs: list[Morph], start: int, j: int) -> bool:
    """Whether all that follows a subject or topic is its verb ("표결은 성립되지 않았다", "매출은 늘었다"): a
    headline then reads "표결 성립되지 않음" with no comma; not a copula ("조치는 처음이다")."""
    rest = morphs[start:j]
    # ("비가 내리기 시작했다": a verb made a noun that starts is one predicate)
    if not rest or len(rest) > 4 or any(x.tag.startswith(("J", "S", "E")) and not (x.tag == "EC" and x.form in {"지", "게"})
                                        and not ((x.form, x.tag) == ("기", "ETN") and y + 1 < len(rest) and rest[y + 1].form == "시작")
                                        for y, x in enumerate(rest)):
        return False
    if not _is_nominal(rest[0]) and not _is_stem(rest[0]) or any(x.tag in {"SN", "NR", "NNB", "VCP"} for x in rest):
        return False
    if len(rest) > 2 and _is_nominal(rest[0]) and (rest[1].form, rest[1].tag) == ("없이", "MAG"):
        return False  # "협상이 파업 없이 마무리됐다": "파업 없이" is how, not the verb ("협상, 파업 없이 마무리")
    return any(x.tag.startswith(("VV", "XSV", "VX")) for x in rest) or j < len(morphs) and morphs[j].tag.startswith("XSV")


def _only_what_exists(clause: list[Morph]) -> bool:
    """Whether a clause's one subject is what it says exists or not ("…넘어지는 한계가 있었다", "…문제가 없다"), and no
    topic or other subject names whose it is."""
    subjects = [x for x, m in outside_quotes(clause) if x and _is_nominal(clause[x - 1])
                and (m.tag == "JKS" or m.tag == "JX" and m.form in {"은", "는", "ᆫ"})
                and not any(r.tag == "ETM" for r in clause[x + 1 :])]  # (not a relative clause's: "철근이 뒤엉킨 현장")
    return len(subjects) == 1 and clause[subjects[0]].tag == "JKS" and _existential(clause[subjects[0] + 1 :])


def _existential(rest: list[Morph]) -> bool:
    """Whether ``rest`` (what follows a subject) is only "있다"/"없다" with its endings ("곳이 있겠다",
    "가능성이 없다"): the headline drops the particle; a comma there would read as a topic of its own."""
    return bool(rest) and rest[0].form in {"있", "없"} and rest[0].tag in {"VA", "VV"} \
        and all(x.tag in {"EP", "EF", "SF"} for x in rest[1:])


# Verbal nouns whose "-해" reads as a postposition ("…와 관련해", "…에 비해"), not as the end of a clause.
POSTPOSITION_VERBAL_NOUNS = frozenset({"관련", "대비", "비교", "반비례", "비례"})
# Nouns after a relative clause that make the clause an adjunct of the sentence ("…선보이는 만큼", "…한 뒤").
CLAUSE_NOUNS = frozenset({"만큼", "가운데", "뒤", "후", "때", "동안", "데다", "반면", "한편", "탓", "덕분", "만"})


# Endings that close a background or contrasting clause before a comma ("…중국인 남성이었는데, …경찰관이 부상을
# 입었다"): its subject may be another than the next clause's ("-고," and "-며," rather go on with the same one, or
# list what an object holds: "…확충하고, …지킬 것을 당국이 당부")
_CLAUSE_LINKS = frozenset({"는데", "은데", "ㄴ데", "데", "지만", "으나", "나"})


def _linked_clause_before(morphs: list[Morph], i: int, b: int) -> bool:
    """Whether a clause closed by a connective and a comma comes before ``b`` ("잡고 보니 중국인 남성이었는데, |
    체포하는 과정에서 경찰관이 …"), or one ending right before it ("당초 다음달 착공할 계획이었으나 | 용인시가 …"): a
    subject fronted past it would read as that clause's subject too."""
    return any(m.tag == "EC" and (m.form in _CLAUSE_LINKS and (x + 1 < b and morphs[x + 1].tag == "SP" and morphs[x + 1].form == ","
                                                                or x + 1 == b)  # ("…계획이었으나 용인시가": right before it)
                                  # ("…사라진 셈이며, | 올해 상반기에만 1,100여곳이 …": a clause coordinated before, its comma)
                                  or m.form in COORDINATING_ENDINGS and x + 1 < b and morphs[x + 1].tag == "SP" and morphs[x + 1].form == ",")
               and (is_stem_or_ep(morphs[x - 1]) or morphs[x - 1].tag == "VCP") for x, m in outside_quotes(morphs, max(i, 1), b))


def _clause_before(morphs: list[Morph], i: int, k: int) -> bool:
    """Whether a clause of its own ends between the bullet's start and the subject at ``k`` ("…선보이는
    만큼 | 배우가", "…하자 | 시민들이"): a headline comma there would split the sentence in the middle."""
    depth = 0
    for x in range(max(i + 1, 1), k):
        m = morphs[x]
        depth += m.tag == "SSO"
        depth -= m.tag == "SSC" and depth > 0
        if depth or not is_stem_or_ep(morphs[x - 1]):
            continue
        if m.tag == "EC" and m.form in {"면", "으면"} and morphs[x - 1].form in {"보", "살펴보"} and x >= 2 and morphs[x - 2].tag == "JKB":
            continue  # "업종별로 보면": a way of looking at the figures, not a clause of the statement
        if m.tag == "EC" and not _postposition_verb(morphs, x) and morphs[x - 1].form not in OBJECT_POSTPOSITIONS \
                and x + 1 < k and (morphs[x + 1].start > m.end or morphs[x + 1].tag == "SP" and morphs[x + 1].form == ",") \
                and not morphs[x + 1].tag.startswith("VX") \
                and not any(y.tag == "ETM" for y in morphs[x + 1 : k]):  # "…확인했다고 주장한 장면이": inside the subject
            # ("…넣자, 검사액이": the writer's comma ends the clause as a space would)
            return True
        if m.tag == "ETM" and x + 1 < k and morphs[x + 1].form in CLAUSE_NOUNS and morphs[x + 1].tag in {"NNB", "NNG"}:
            return True
    return False


NEEDED_ENDINGS = frozenset({"어야", "아야", "여야"})  # "1만 원은 있어야 먹고": what it takes, a clause of its own


def _clause_right_after(morphs: list[Morph], start: int, j: int) -> bool:
    """Whether the word right after a subject is a verb that ends a clause ("공사는 마무리됐으며, …",
    "물량은 없으며 …"): the subject then belongs to that first clause."""
    x = start
    while x < j and morphs[x].tag == "MAG" and x + 1 < j and morphs[x + 1].tag.startswith(("VA", "VV")):
        x += 1  # "불이 워낙 거세": a degree adverb before the verb
    if x + 2 < j and morphs[x].tag in {"NNG", "MAG"} and morphs[x + 1].tag == "JKB" and morphs[x + 1].form in {"에", "으로", "로"} \
            and morphs[x + 1].start == morphs[x].end and morphs[x + 2].start > morphs[x + 1].end and _is_stem(morphs[x + 2]) \
            and morphs[x + 2].form not in POSTPOSITION_VERBS and _clause_right_after(morphs, x + 2, j) \
            and any(y.tag == "JKS" or y.tag == "JX" and y.form in {"은", "는", "도"} for y in morphs[x + 3 : j]):
        # "불은 순식간에 번지고, …상인들도 대피": how it happened, then the first clause's verb, and the clauses after
        # have subjects of their own ("청년이 고향에 내려와서 …정착" goes on about the same one: the comma stays)
        return True
    if x + 1 < j and morphs[x].tag.startswith(("VA", "VV")) and morphs[x + 1].start > morphs[x].end \
            and morphs[x + 1].tag not in {"EC", "EP", "ETM", "EF", "ETN", "SP"} and morphs[x].form.endswith(("세", "해", "려", "서", "워")):
        return True  # "불이 워낙 거세 비번인 …": Kiwi leaves the contracted "-어" of "거세" unwritten; the clause ends there
    x = start
    while x < j and (_is_nominal(morphs[x]) and x + 1 < j and morphs[x + 1].tag.startswith(("XSV", "XSA")) or is_stem_or_ep(morphs[x])
                     or morphs[x].tag == "EC" and x > start and x + 1 < j and morphs[x + 1].tag.startswith("VX")):  # "달려 있어"
        x += 1
    if not (start < x < j and morphs[x].tag == "EC" and morphs[x].form in CLAUSE_ENDINGS | SEQUENCE_ENDINGS | NEEDED_ENDINGS
            and is_stem_or_ep(morphs[x - 1])):
        return False
    after = morphs[x + 1] if x + 1 < j else None  # "싣고 있던": one predicate; "-고" ends a clause only before a comma
    return not (after is not None and after.tag.startswith("VX")) \
        and (morphs[x].form not in COMMA_ONLY_ENDINGS or after is not None and after.tag == "SP"
             or any(y.tag == "JKS" for y in morphs[x + 1 : j]))  # "…마무리되고 광장 공사가 시작": a subject of its own


def _bare_predicate(rest: list[Morph]) -> bool:
    """Whether ``rest`` (what follows a subject up to the rebuilt predicate) is one bare word: a noun or
    a stem, with no particle or clause of its own ("출범", "증가")."""
    if len(rest) == 3 and _is_stem(rest[0]) and rest[1].tag == "ETM" and rest[1].form in {"ᆯ", "을"} \
            and rest[2].form in {"예정", "전망", "계획"}:
        return True  # "비가 올 예정" -> "비 올 예정": the plan or forecast is the predicate's own
    if len(rest) == 2 and rest[0].tag == "NNG" and rest[1].form == "중" and rest[1].tag == "NNB":
        return True  # "도로가 통제 중" -> "도로 통제 중": an act under way is one predicate
    if len(rest) == 2 and rest[0].tag == "MAG" and rest[0].form in {"또", "또다시"} and rest[0].end < rest[1].start:
        rest = rest[1:]  # "악재가 또 발생" -> "악재 또 발생": "again" goes with its predicate (fronted, the subject loses it)
    if len(rest) == 2 and rest[0].tag == "SN" and rest[1].tag in {"NNB", "NNG"} and rest[1].start == rest[0].end:
        return True  # "기본요금이 1550원(이 된다)" -> "기본요금 1550원": a figure alone is the predicate
    return len(rest) == 1 and (_is_nominal(rest[0]) or _is_stem(rest[0]))


def _quantity(morphs: list[Morph], x: int) -> bool:
    """Whether the noun before the particle at ``x`` is a quantity ("4.1%p가 증가", "3명이 다쳤다")."""
    return _quantity_start(morphs, x) is not None


def _quantity_start(morphs: list[Morph], x: int) -> int | None:
    """Where the quantity before the particle at ``x`` starts (its number), or None when it is no quantity."""
    b = x - 1
    while b > 0 and x - b <= 2 and morphs[b].tag in {"NNB", "SW", "SL"} and morphs[b - 1].end == morphs[b].start:
        b -= 1  # the unit: "명", "%", "%p"
    return b if b >= 0 and morphs[b].tag in {"SN", "NR"} else None


def _counted_noun(morphs: list[Morph], x: int) -> bool:
    """Whether the quantity before the particle at ``x`` counts the noun right before it ("여객선 9척이", "차량 12만대가"),
    not a bare count ("3명이")."""
    b = _quantity_start(morphs, x)
    while b is not None and b > 0 and morphs[b - 1].tag in {"SN", "NR"} and morphs[b - 1].end == morphs[b].start:
        b -= 1  # "12" + "만" + "대": the number's first part
    return b is not None and b > 0 and morphs[b - 1].tag in {"NNG", "NNP"} and morphs[b - 1].end < morphs[b].start


# Nouns a relative clause with its own subject typically describes: "X가 큰 이유", "X가 늦어진 배경".
REASON_NOUNS = frozenset({"이유", "까닭", "원인", "배경", "점", "정도", "수준", "모습", "가능성", "사실"})


def _named_agent_before_object(morphs: list[Morph], start: int, x: int, y: int, j: int) -> bool:
    """Whether the subject before ``start`` is a name ("한빛FC가", "KT가"), an adjective ``morphs[x]`` follows it
    right away with its modifier ending at ``y``, and the noun it describes is the object of the clause's own verb
    ("…짜릿한 역전승을 거뒀다", "…귀중한 승점 3점을 챙겼다"): a name is who acts, not what is thrilling (unlike
    "키가 큰 선수를 뽑았다")."""
    adjective = x == start and morphs[x].tag.startswith("VA") \
        or x == start + 1 and morphs[x].tag == "XSA" and morphs[start].tag in {"XR", "NNG"}  # ("짜릿" + "하")
    if not adjective or start < 2 or y + 1 >= j:
        return False
    w = start - 2  # the subject's word: a name in it ("한빛시가", "KT가"), not "키가"
    while w > 0 and morphs[w - 1].end == morphs[w].start and _is_nominal(morphs[w - 1]):
        w -= 1
    if not any(m.tag in {"NNP", "SL"} for m in morphs[w : start - 1]) or morphs[y + 1].form in REASON_NOUNS:
        return False  # ("서울이 큰 이유를": why Seoul is big)
    for z in range(y + 1, min(j, y + 6)):
        if morphs[z].tag == "JKO":
            return all(_is_nominal(w) or w.tag in {"SN", "NR"} for w in morphs[y + 1 : z]) \
                and not any(w.tag in {"JKS", "JX"} for w in morphs[z + 1 : j])
    return False


# Endings of a clause that tells an act before the next ("…영업손실을 기록해", "…발표하고"); unlike a condition
# ("…먹으면"), whose subject the clause after it need not share.
ACTING_ENDINGS = SEQUENCE_ENDINGS | COORDINATING_ENDINGS | {"면서", "으면서"}


def _bare_quantity(morphs: list[Morph], x: int) -> bool:
    """Whether the noun before the particle at ``x`` is a quantity with no noun it counts ("4.1%p가 증가"), unlike
    "학생 12명이": the students are a subject of their own."""
    if not _quantity(morphs, x):
        return False
    b = next(b for b in range(x - 1, -1, -1) if morphs[b].tag in {"SN", "NR"})
    return b == 0 or not (morphs[b - 1].tag in {"NNG", "NNP"} and morphs[b - 1].end < morphs[b].start
                          and morphs[b - 1].form not in REFERENCE_TIMES)  # ("…10시 기준 9명이": no noun it counts)


DEED_NOUNS = frozenset({"쾌거", "기염", "위업", "영예", "영광", "기록", "성과", "저력", "이변"})  # "…하는 쾌거를 이뤘다"


def _joined_predicates(morphs: list[Morph], y: int, j: int) -> bool:
    """Whether ``morphs[y]`` is "-거나" joining two predicates of one subject with nothing in between ("노동자
    4명이 숨지거나 다친 업체"): a stem follows after a space. (Not "-고": "…발생했고 같은 날 …" goes on with a
    clause of its own.)"""
    return morphs[y].tag == "EC" and morphs[y].form == "거나" and y > 0 and is_stem_or_ep(morphs[y - 1]) \
        and y + 1 < j and _is_stem(morphs[y + 1]) and morphs[y + 1].start > morphs[y].end


EMBEDDING_ENDINGS = frozenset({"ᆯ까", "을까", "는지", "ᆫ지", "은지", "ᆯ지", "을지"})  # "…가 유입될까 긴장", "…이 있는지를 살핌"


def _complement_topic(morphs: list[Morph], start: int, j: int) -> bool:
    """Whether a topic belongs to a noun's complement ("어차피 당대표는 한동훈이라는 대세론"): the first ending after it
    makes a copula's "-라는" clause that describes the noun right after it."""
    inner = False  # the complement's own subject ("새 규정은 실효성이 없다는 비판이 나왔다")
    for x in range(start, j):
        m = morphs[x]
        if m.tag == "JKS" and not inner and x > start and _is_nominal(morphs[x - 1]):
            inner = True
            continue
        if m.tag in {"JKS", "JX", "SP", "SF"} or m.tag.startswith("SS"):
            return False
        if m.tag.startswith(("EC", "EF")):
            return False
        if m.tag == "ETM":  # (a copula's only: "한빛시는 예산을 늘린다는 계획을 밝혔다" is the city's plan)
            if not (m.form in COMPLEMENT_ENDINGS and x + 1 < j and _is_nominal(morphs[x + 1]) and morphs[x + 1].start > m.end):
                return False
            head = x + 1
            while head + 1 < j and _is_nominal(morphs[head + 1]) and morphs[head + 1].start == morphs[head].end:
                head += 1
            # ... or any clause whose noun is the main clause's subject ("손에 쥐는 돈은 오히려 줄었다는 하소연이 나옵니다":
            # the complaint is what is heard; the money is what the complaint says of)
            return morphs[x - 1].tag == "VCP" and any(y.tag == "JKS" for y in morphs[x + 2 : j]) \
                or head + 1 < j and (morphs[head + 1].tag == "JKS" or (morphs[head + 1].form, morphs[head + 1].tag) == ("도", "JX"))
            # (the main clause's own subject: "…4년 계약은 부담이 크다는 지적도 나온다")
    return False


def describes_copula_complement(morphs: Sequence[Morph], start: int, j: int) -> bool:
    """Whether the subject before ``start`` belongs to a clause that describes the noun a closing copula predicates,
    the copula's own subject left to the sentence before ("[이 도서관은 …] 수원시가 8곳을 골라 시작한 ‘심야 개방’
    사업의 하나다": the library is one of the projects the city started). Made the topic, the city would be the project."""
    end = len(morphs)  # (``j`` may stop at the final predicate: the copula is looked for to the sentence's end)
    while end > start and morphs[end - 1].tag in {"EF", "SF", "EP"}:
        end -= 1
    if end - 1 <= start or morphs[end - 1].tag != "VCP" or end - 1 > j:
        return False
    for x in range(start, end - 1):
        m = morphs[x]
        if m.tag in {"JKS", "EF", "SP", "SF"} or m.tag == "JX" and m.form in {"은", "는", "ᆫ"} \
                or m.tag == "EC" and m.form not in CHAINED_ENDINGS:
            return False
        if m.tag == "ETM" and m.form in {"ᆫ", "은", "는", "던"} and x > start and is_stem_or_ep(morphs[x - 1]) \
                and morphs[x - 1].tag != "VCP" and x + 1 < end - 1 and morphs[x + 1].start > m.end:
            complement = morphs[x + 1 : end - 1]
            return all(_is_nominal(y) or y.tag in {"JKG", "SSO", "SSC", "SN", "NNB", "NR", "XSN", "MM"} for y in complement) \
                and (_is_nominal(complement[-1]) or complement[-1].tag == "NR")
    return False


def _describes_when(morphs: Sequence[Morph], k: int, j: int) -> bool:
    """Whether the subject particle at ``k`` belongs to a relative clause (:func:`_relative_end`) that describes a time
    or place the main clause acts in ("기온이 35도를 넘는 오후 2~5시에는 …작업을 중지하도록 했다": the heat names the
    hours; made the topic, "기온, …" would be who stops the work)."""
    x = _relative_end(morphs, k, j)
    if x is None:
        return False
    h = x + 1
    while h < j and morphs[h].tag in {"NNG", "NNP"}:
        h += 1
    if h > x + 1 and h + 1 < j and (morphs[h].form, morphs[h].tag) in {("에", "JKB"), ("에서", "JKB")} \
            and morphs[h + 1].tag == "JX" and morphs[h + 1].form in {"는", "ᆫ"}:
        return True  # "해수욕객들이 지난여름까지 파라솔을 펴던 백사장에는 …자갈밭만 남아 있었다": any place the scene is set in
    if morphs[x + 1].form not in WHEN_WHERE_NOUNS:
        return False
    y = x + 2
    while y < j and (date_part(morphs, y) or morphs[y].tag in {"SN", "SO", "NNB"} or morphs[y].form in {"~", "-"}):
        y += 1  # "오후 2~5시"
    return y < j and morphs[y].tag in {"JKB", "JX"} and morphs[y].form in {"에", "에는", "에서", "에서는", "엔", "는"}


WHEN_WHERE_NOUNS = frozenset({"오전", "오후", "새벽", "밤", "낮", "시간", "시간대", "때", "날", "시기", "기간", "동안", "곳", "지역", "구간"})


CHAINED_ENDINGS = frozenset({"어", "아", "여", "고", "어서", "아서", "여서"})  # "8곳을 골라 시작한": one chain of acts


def _embedded_subject(morphs: list[Morph], start: int, j: int) -> bool:
    """Whether the subject before ``start`` belongs to an embedded clause the main clause acts on: a question or
    worry ("빈대가 유입될까 긴장", "흔적이 있는지를 살피고"), or alternatives that describe a noun ("저항이 0으로
    떨어지거나 …효과를 보여주는 경우는 없었다"). With the headline comma it would read as who acts."""
    alternatives = False
    for x in range(start, j):
        m = morphs[x]
        if alternatives and (m.tag == "SP" and morphs[x - 1].tag == "EC" and morphs[x - 1].form == "거나"
                             or m.tag == "EC" and m.form in {"면서", "으면서"} or m.tag == "JKS" and _is_nominal(morphs[x - 1])):
            continue  # "지수가 30 이상이거나, 27 이상이면서 동반 질환이 있는 환자만": the second alternative's own words
        if m.tag in {"JKS", "JX", "EF", "SP", "SF"} or m.tag.startswith("SS"):
            return False
        if m.tag == "EC":
            if m.form in EMBEDDING_ENDINGS:
                return True
            if x + 1 < j and morphs[x + 1].tag.startswith("VX"):
                continue  # "보여 주는": one predicate
            if m.form != "거나":
                return False
            alternatives = True
        elif alternatives and m.tag == "ETM" and m.form in {"ᆫ", "은", "는", "던"} and x + 2 < len(morphs) \
                and _is_nominal(morphs[x + 1]) and morphs[x + 1].start > m.end and not morphs[x - 1].tag == "VCP":
            y = x + 2
            while y < len(morphs) - 1 and _is_nominal(morphs[y]) and y - x <= 3:
                y += 1  # ("…있는 비만 환자만": the noun described may be a compound)
            if morphs[y].tag in {"JKS", "JX"} or morphs[y].form in STATIVE_STEMS:
                return True  # the noun described is the main clause's subject ("…경우는 없었다"), not its object ("…방안을 검토")
    return False


def _modifies_next(morphs: list[Morph], start: int, j: int) -> bool:
    """Whether the first predicate after a subject, with no particle in between, ends in an adnominal
    ending: the subject is then inside a relative clause ("태양이 지나가는 현상", "내구성이 부족한 이유")."""
    adverb_end = -1
    for x in range(start, j):
        m = morphs[x]
        if x <= adverb_end:
            continue
        if x + 1 < j and _adverb_ending(morphs, x + 1):
            adverb_end = x + 1  # "집값이 가파르게 떨어진 지역": an adverb of the predicate that follows
            continue
        if m.tag.startswith(("J", "EC", "EF", "SP", "SS")):
            return False
        if m.tag == "VCP" and x > start and (morphs[x - 1].form == "중" and morphs[x - 1].tag == "NNB"
                                             or x - 1 == start and morphs[x - 1].tag == "NNG") \
                and x + 1 < j and morphs[x + 1].tag == "ETM":
            # "정부가 추진 중인 K-클라우드 프로젝트": "N 중인" is a verb of the clause under way; "5위 다툼이 한창인
            # LG": a noun right after the subject, with the copula, is the clause's predicate
            return True
        if date_part(morphs, x) or m.tag == "VCP":
            continue  # "논문이 지난 23일 …학술지인 A에 게재": a date and an apposition are no relative clause
        if _is_stem(m):
            if _dated_event(morphs, start, x):
                return False  # "연맹이 지난달 30일 열린 시상식 …": the event is held, the subject acts in the main clause
            if m.tag.startswith("VA") and x > start and morphs[x - 1].tag in {"NNG", "NNP"} and morphs[x - 1].end < m.start:
                return False  # "기자회견이 질문 없는 형식이 될": the adjective has a subject of its own ("질문 없는")
            y = x + 1
            while y < j and (morphs[y].start <= morphs[y - 1].end or _auxiliary_link(morphs, y - 1, progressive=True)
                             or _joined_predicates(morphs, y - 1, j) or _emphatic_link(morphs, y - 1)) \
                    and (not morphs[y].tag.startswith(("J", "EC", "EF")) or _auxiliary_link(morphs, y, progressive=True)
                         or _joined_predicates(morphs, y, j) or _emphatic_link(morphs, y)):
                # ("만들어낸"; "개발하고 있는": the auxiliary is the same predicate; "숨지거나 다친": two predicates of one
                # subject, the last of which ends the clause)
                if morphs[y].tag == "ETM":  # "…설명할 예정", "…할 것으로": a plan or forecast, not a relative clause
                    # ("법안이 발의된 것을 두고": "것" with a case of its own names the clause, which then is embedded)
                    named = y + 2 < j and morphs[y + 1].form == "것" and morphs[y + 2].tag in {"JKO", "JKG"}
                    if _date_of_event(morphs, y + 1, j):
                        return True  # "…이상이 확인된 지난 13일 이후": the day of what the clause tells, the subject its own
                    if y + 1 < j and date_part(morphs, y + 1) and morphs[y + 1].tag == "SN" and _subject_after_date(morphs, y + 1, j):
                        return True  # "귀성 행렬이 시작된 29일 전국 고속도로가 혼잡한": the day is the clause's, the
                        # sentence has a subject of its own after it
                    if y + 1 < j and (date_part(morphs, y + 1) and (morphs[y + 1].tag == "SN" or morphs[y + 1].form in {"오", "지나"})
                                      or morphs[y + 1].form in DEED_NOUNS and morphs[y + 1].tag == "NNG"):
                        # "해수욕장이 역대 가장 빠른 오는 29일 문을 열": the clause describes a date; "방탄소년단이 …에
                        # 진입하는 쾌거를 이뤘다": the deed the subject achieved; the subject is the sentence's own
                        # (a time of day is no date: "단속이 뜸한 밤이나 휴일에" is a relative clause)
                        return False
                    if _named_agent_before_object(morphs, start, x, y, j):
                        return False  # "한빛FC가 짜릿한 역전승을 거뒀다": the adjective describes what the team won
                    if y + 3 < j and morphs[y + 1].form == "것" and morphs[y + 2].form == "같" and morphs[y + 3].tag == "ETM":
                        return True  # "사람이 건물 안에 있는 것 같다는 말에": "-는 것 같다" describing a noun, embedded too
                    return named or not (y + 1 < j and morphs[y + 1].form in MODALITY_WORDS | {"것"})
                y += 1
            return False
    return False


def _subject_after_date(morphs: list[Morph], x: int, j: int) -> bool:
    """Whether the date starting at ``x`` is followed by a noun phrase with a subject particle before any clause
    ending: a subject of the sentence's own ("…시작된 29일 | 전국 고속도로가 혼잡한 모습")."""
    y = x
    while y < j and date_part(morphs, y):
        y += 1
    for z in range(y, j):
        m = morphs[z]
        if m.tag.startswith(("EC", "EF", "ETM", "JKO", "JKB", "SS")) or m.tag == "JX":
            return False
        if m.tag == "JKS":
            return z > y and _is_nominal(morphs[z - 1])
    return False


def _date_of_event(morphs: list[Morph], x: int, j: int) -> bool:
    """Whether a date starts at ``x`` and is followed by "이후", "부터" …: a time told by the event before it."""
    y = x
    while y < j and date_part(morphs, y):
        y += 1
    return x < y < j and morphs[y].form in {"이후", "이전", "후", "뒤", "부터"}


QUARTER_WORDS = frozenset({"분기", "상반기", "하반기", "연말", "연초"})  # parts of a year ("3분기")


def _comma_after_lead(morphs: Sequence[Morph], start: int, j: int) -> int | None:
    """The index of the writer's comma right after what opens the words after a topic, or None: a connective or adverb
    ("결국, …") or a time ("올해 3분기, …", "지난 10일, …"; not the first of a list of days, "3일, 5일, 7일에 …")."""
    if start + 1 < j and morphs[start + 1].tag == "SP" and morphs[start + 1].form == "," \
            and (morphs[start].tag in {"MAG", "MAJ"} or morphs[start].form in LEAD_CONNECTIVES | TIME_TOPICS):
        return start + 1
    c = start
    while c < j and c - start < 6 and (date_part(morphs, c) or morphs[c].form in TIME_TOPICS | PERIOD_WORDS | QUARTER_WORDS
                                       or morphs[c].tag == "SN" and c + 1 < j and morphs[c + 1].form in QUARTER_WORDS):
        c += 1
    if not (start < c < j - 1 and morphs[c].tag == "SP" and morphs[c].form == "," and morphs[c].start == morphs[c - 1].end):
        return None
    return None if date_part(morphs, c + 1) else c


def _owner_phrase(morphs: list[Morph], i: int, b: int, k: int) -> int | None:
    """Where a subject head starting at ``b`` begins with its owner ("한국 연구진 3개 팀의 | 논문이"): the start of
    a plain noun phrase joined to it by "의", when an adverbial phrase ends right before it (so that the two can
    change places); None otherwise. At most 8 morphemes in all, nothing but nouns, numbers and counters."""
    if b - 2 <= i or morphs[b - 1].tag != "JKG" or morphs[b - 1].start != morphs[b - 2].end or not _is_nominal(morphs[b - 2]):
        return None
    x = b - 2
    while x > i and k - x < 8 and morphs[x - 1].tag in {"NNG", "NNP", "SN", "NNB", "SL", "SH", "XSN"}:
        x -= 1
    if k - x > 8 or x <= i or morphs[x - 1].tag not in {"JKB", "JKO"} or morphs[x - 1].end == morphs[x].start:
        return None
    if any((m.form, m.tag) == ("등", "NNB") for m in morphs[x : b - 1]):
        return None  # "강원도민에 1대, 타 시도에 | 1대 등 2대의 승용차가": the last item of a list and its total, no owner
    return x


def _split_quote_ending(morphs: Sequence[Morph], i: int, k: int) -> bool:
    """Whether ``morphs[k]`` is the "고" of a quote ending Kiwi read as a sentence end plus a quotative particle
    ("늘었다고" -> "다" EF + "고" JKQ, where it usually reads "다고" EC)."""
    return morphs[k].tag == "JKQ" and morphs[k].form == "고" and k - 2 >= i and morphs[k - 1].tag == "EF" \
        and morphs[k - 1].form == "다" and is_stem_or_ep(morphs[k - 2])


def named_clause(morphs: Sequence[Morph], start: int, j: int) -> bool:
    """Whether the first predicate after a subject ends a clause that "것" names as an object or a topic of talk
    ("대표가 검찰 수사를 비판한 것을 두고 “…”라고 비판했다", "…한 것에 대해"), or that "-음" makes the object or
    subject of the sentence ("위험도가 증가함을 밝혔다"): the subject is that clause's, not the sentence's, whoever
    speaks about it ("…이뤄진 것으로 전해졌다" reports the subject's own clause)."""
    coordinated = False  # past "…줄이지 않고": the clause "것" names may be two, seen as one ("…않고 …향하는 것을 보고")
    for x, m in outside_quotes(morphs, start, j):
        if m.tag == "EC" and (m.form == "게" and x > start and morphs[x - 1].tag == "VA" or _auxiliary_link(morphs, x)
                              or m.form == "지" and x + 1 < j and morphs[x + 1].form in {"않", "못"} and morphs[x + 1].tag == "VX"):
            continue  # "크게": an adverb; "커지다": a verb with its auxiliary; "줄이지 않고": its negation
        if m.tag == "EC" and m.form == "고" and x > start and (is_stem_or_ep(morphs[x - 1]) or morphs[x - 1].tag == "VX") \
                and morphs[x - 1].tag != "EP":
            coordinated = True
            continue
        if m.tag in {"EC", "EF", "JKS"}:
            return False  # ("한빛당이 새 법안이 발의된 것을 두고": the named clause has a subject of its own)
        if m.tag == "ETN" and m.form in {"ᆷ", "음"} and x > start and is_stem_or_ep(morphs[x - 1]):
            # "…위험도가 증가함을 밝혔다", "…부담이 늘었음이 드러났다": a clause nominalised as what is shown
            return not coordinated and x + 1 < j and morphs[x + 1].tag in {"JKO", "JKS"}
        if m.tag == "ETM" and x > start and is_stem_or_ep(morphs[x - 1]):
            if coordinated and not (x + 1 < j and morphs[x + 1].form == "것"):
                continue  # ("어린 딸에게": a word described inside the clause)
            named = x + 2 < j and (morphs[x + 1].form == "것" and morphs[x + 1].tag == "NNB" or morphs[x + 1].form in FACT_NOUNS) \
                and (morphs[x + 2].tag == "JKO" or morphs[x + 2].tag == "JKB" and morphs[x + 2].form in {"에", "과", "와"})
            # (after "-고" only what someone sees: "킥보드가 …줄이지 않고 딸에게 향하는 것을 보고" -- the scooter is
            # what the mother saw, not who threw herself)
            return named and (not coordinated or x + 3 < j and morphs[x + 3].form in SEEING_VERBS)
    return False


SEEING_VERBS = frozenset({"보", "목격", "발견", "확인", "듣", "지켜보", "알아차리"})  # the verbs a clause seen is the object of
# Nouns that name a clause as "것" does: "…남성이 입국한 사실을 확인하고 체포했다" (the man is that clause's subject)
FACT_NOUNS = frozenset({"사실", "점"})


ASIDE_MORPHS = 12  # longest "…인데," aside a sentence may open with


def _copula_aside(morphs: list[Morph], i: int) -> int | None:
    """Where the sentence goes on after an opening "N인데," with no subject and no figure of its own ("대표적인 노인
    교통복지 서비스인데, 요즘엔 …"): it says what the thing the sentence before named is, which a bullet does not
    name; None when the sentence opens otherwise. (A count stays: "벌써 5주째인데, …" says how long.)"""
    for x in range(i, min(len(morphs) - 2, i + ASIDE_MORPHS)):
        m = morphs[x]
        if m.tag == "VCP" and x > i and morphs[x + 1].tag == "EC" and morphs[x + 1].form in {"ᆫ데", "인데"} \
                and morphs[x + 2].form == "," and morphs[x - 1].tag in {"NNG", "NNP"}:
            return x + 3 if x + 3 < len(morphs) else None
        if m.tag not in {"NNG", "NNP", "XSN", "VCP", "ETM"} and not (m.tag == "VA" and x + 1 < len(morphs) and morphs[x + 1].tag == "ETM"):
            return None
    return None


def _adverb_ending(morphs: Sequence[Morph], x: int) -> bool:
    """Whether ``morphs[x]`` is the "-게" that makes an adjective an adverb ("가파르게", "과도하게")."""
    return x > 0 and morphs[x].tag == "EC" and morphs[x].form == "게" and morphs[x - 1].tag.startswith(("VA", "XSA")) \
        and morphs[x - 1].end == morphs[x].start


def _emphatic_link(morphs: list[Morph], y: int) -> bool:
    """Whether ``y`` is the particle of "-기도 하다", "-기는 하다", "-기만 하다" ("논란이 일기도 했던"): the verb
    and "하다" are one predicate, whose ending is the one after "하"."""
    return 0 < y < len(morphs) - 1 and morphs[y].tag == "JX" and morphs[y].form in {"도", "는", "만"} \
        and morphs[y - 1].tag == "ETN" and morphs[y - 1].form == "기" and morphs[y - 1].end == morphs[y].start \
        and morphs[y + 1].form == "하" and morphs[y + 1].tag in {"VX", "VV"}


def _auxiliary_link(morphs: list[Morph], y: int, progressive: bool = False) -> bool:
    """Whether the ending at ``y`` joins a verb to an auxiliary in the same word ("만들+어+내", "해+주"), or, with
    ``progressive``, is the "-고" of "-고 있다" or the "-지" of a negation written apart ("개발하고 있는", "밝혀지지
    않은"): one predicate either way. (Not any auxiliary in the next word: in "망원경이 서로 얽혀 있는 은하계를 촬영" the subject is the
    sentence's, and reading "얽혀 있는" as its relative clause took the headline comma away.)"""
    if morphs[y].tag != "EC" or y + 1 >= len(morphs) or not morphs[y + 1].tag.startswith("VX"):
        return False
    return morphs[y + 1].start <= morphs[y].end or progressive and morphs[y].form == "고" and morphs[y + 1].form == "있" \
        or progressive and morphs[y].form == "지" and morphs[y + 1].form in {"않", "못"}  # "원인이 밝혀지지 않았던 자폐증"


def _goes_on_in_an_auxiliary(morphs: list[Morph], y: int) -> bool:
    """Whether the ending at ``y`` is followed by an auxiliary, written apart or not ("돌아오지 않는", "꽂혀 있는"), or is the
    "-게" of a causative "-게 하다" ("다치게 한"): the predicate goes on. (:func:`_auxiliary_link` is the narrower reading
    a relative clause needs.)"""
    return morphs[y].tag == "EC" and y + 1 < len(morphs) \
        and (morphs[y + 1].tag.startswith("VX") or morphs[y].form == "게" and morphs[y + 1].form == "하")


def _what_it_was_comma(morphs: Sequence[Morph], c: int) -> bool:
    """Whether the comma at ``c`` closes a clause that says what an act was ("…두 배로 늘린 것으로, 이 같은 전면 금지는 처음"):
    the writer's comma of a clause, not one of order, and no place for a headline comma after it."""
    return c >= 3 and morphs[c].tag == "SP" and morphs[c].form == "," and morphs[c - 1].tag == "JKB" \
        and morphs[c - 1].form in {"로", "으로"} and morphs[c - 2].form == "것" and morphs[c - 2].tag == "NNB" \
        and morphs[c - 3].tag == "ETM"


def _drop_order_commas(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
    """"용산 대통령실에서, 국정브리핑을" -> "용산 대통령실에서 국정브리핑을": a comma after an adverbial
    particle only marks the sentence's word order; a headline has one comma, after its subject. Commas
    in lists ("A, B"), between parallel clauses ("56%가 A를, 36%가 B를"), after clauses and inside
    quotations stay."""
    depth = 0
    for k in range(i + 1, j - 1):
        m = morphs[k]
        depth += m.tag == "SSO"
        depth -= m.tag == "SSC" and depth > 0
        if any(e.start <= m.start and m.end <= e.end and not e.text for e in edits):
            continue  # deleted already, with the subject fronted from right after it ("…실적으로, 반도체 수출은")
        if not depth and m.tag == "SP" and m.form == "," and _time_before_comma(morphs, i, k):
            edits.append(_Edit(m.start, m.end, " "))  # "SK가 9회말, 대타의 홈런으로" -> "SK, 9회말 대타의 홈런으로"
            continue
        if not depth and m.tag == "SP" and m.form == "," and morphs[k - 1].tag == "EC" and morphs[k - 1].form in {"어", "아", "여"} \
                and morphs[k - 1].end == m.start and any(e.text.startswith(",") and e.start < m.start for e in edits) \
                and not _subject_of_its_own(morphs, k + 1, j):
            # "버스, 100여m를 굴러, 주차장에 있던 …": after the headline comma, a step's comma makes a second stop
            edits.append(_Edit(m.start, m.end))
            continue
        if not depth and m.tag == "SP" and m.form == "," and morphs[k - 1].tag == "JKB" and morphs[k - 1].end == m.start:
            # (the words of a quoted name are no particle of the sentence: "…48곳으로, ‘높음’은 …78곳으로")
            following = next((x for _, x in outside_quotes(morphs, k + 1, j) if x.tag.startswith(("J", "E"))), None)
            amount = k >= 3 and morphs[k - 2].tag in {"NNB", "NR", "SW", "NNG"} and morphs[k - 3].tag in {"SN", "NR"}
            if _same_case_follows(morphs, k, j):
                continue  # "…경남권, 제주에, 오전 9시부터 전북과 경북권에, 오후부터 …": places in parallel, each with its time
            if following is not None and following.tag == "JKO" and _object_before_in_phrase(morphs, i, k):
                continue  # "2조1,000억원을 연구개발에, 1조6,000억원을 정책금융에 쓸": two objects each with its place
            if _what_it_was_comma(morphs, k):
                continue  # "…두 배로 늘린 것으로, 이 같은 전면 금지는 처음": what the act was is a clause, its comma a clause's
            if following is not None and (following.tag == "JKS" or following.tag == "JX" and following.form in {"은", "는", "ᆫ"}
                                          # ("대한항공은 …집에서, 현대건설은 …원정에서 확정": a second topic, a parallel clause)
                                          or following.tag == morphs[k - 1].tag and not (
                    amount and following.form.lstrip("으") != morphs[k - 1].form.lstrip("으"))):
                continue  # "56%가 A를, 36%가 B를", "A로, B로": the comma separates parallel clauses (an amount then
                # another particle, "…29만1천원으로, 전년 …에 비해 …", is one clause; a phrase without an amount,
                # "…반년만에 처음으로, 4월 …과 비교할 때", "…올데이프로젝트로, 활동 종료 후에도", is left to the writer)
            edits.append(_Edit(m.start, m.end, " "))


ACT_MANNER_WORDS = frozenset({"전면", "일부", "전격", "대폭", "일시", "잠정", "추가", "즉각"})  # "전면 해제했지만"


def _distributes(morphs: list[Morph], start: int, stop: int) -> bool:
    """Whether the words from ``start`` to ``stop`` deal something out by unit: "1곳씩", "두 명씩" (a count with "씩"),
    or "각 군의", "매 학교" (each)."""
    return any(m.tag == "XSN" and m.form == "씩" and x > start and morphs[x - 1].tag in {"NNB", "NNG"}
               or m.tag == "MM" and m.form in {"각", "매"} for x, m in enumerate(morphs[start:stop], start))


def _also_topic(clause: list[Morph]) -> bool:
    """Whether a clause opens, before its first verb or only after a relative clause on it, on a noun with "도" that is
    no time or span ("쓰러진 벼도 …", "서울 소재 대학 가운데서도 3~4곳이 …"; not "올해도 …", "1시간도 …"): a topic of its
    own ("the rice too", "among Seoul's universities too"); the last of a list too ("경기도와 인천시, 코레일도 …")."""
    for k, m in outside_quotes(clause):
        # ("…가운데서도", "…에서도": the noun before the adverbial particle)
        n = k - 1 - (k >= 2 and clause[k - 1].tag == "JKB" and clause[k - 1].start == clause[k - 2].end)
        if m.tag == "JX" and m.form == "도" and n >= 0 and _is_nominal(clause[n]):
            noun = clause[n]
            return noun.form not in WHEN_NOUNS and not date_part(clause, n) and noun.form not in TIME_PARTS \
                and not (n >= 1 and clause[n - 1].tag == "SN") and noun.tag != "NNB"
        if m.tag.startswith(("EC", "EF", "J")) and m.tag != "JC" and not (m.tag == "JKB" and k + 1 < len(clause) and clause[k + 1].form == "도"
                                                                          and clause[k + 1].tag == "JX") \
                or _is_stem(m) and not _adnominal(clause, k):
            return False
    return False


def _verb_only(morphs: Sequence[Morph], start: int, stop: int) -> bool:
    """Whether ``morphs[start:stop]`` is a verb alone with its endings (and a comma): "개최해", "실시하고,"; a manner
    word before it is the verb's ("전면 해제했지만": "택시 부제도 전면 해제했지만" is what was also lifted)."""
    if start < stop - 2 and morphs[start].form in ACT_MANNER_WORDS and morphs[start].tag in {"NNG", "MAG"}:
        start += 1
    if start < stop - 1 and morphs[start].tag == "NNG" and morphs[start + 1].tag.startswith("XSV"):
        start += 1  # ("개최해": a verbal noun and "하다")
    return start < stop and (_is_stem(morphs[start]) or morphs[start].tag.startswith("XSV")) and all(
        _is_stem(m) or m.tag.startswith(("EP", "EC", "XSV", "XSA", "VX")) or m.tag == "SP" for m in morphs[start:stop])


def _figure_and_comma_follow(morphs: list[Morph], start: int, j: int) -> bool:
    """Whether what follows a topic opens on a bare figure and a comma ("고등어는 | 11.1만 톤, 9.3% 감소", "중심기압은 |
    930헥토파스칼(hPa), 중심부근에서 …"): a number, its units and a gloss, then the comma."""
    if start >= j or morphs[start].tag != "SN" or date_part(morphs, start):
        return False  # (not a date: "SK하이닉스가 2020년 7월 HBM2E, …")
    x = _figure_end(morphs, start, j)
    run = morphs[start:x]
    if not any(m.tag != "SN" for m in run) or any(m.form in {"회", "말", "초"} for m in run):
        return False  # (a bare number is a day of a list, "21, 22일"; "9회말," is a time of the game)
    if x < j and morphs[x].form == "(":
        x = _closing(morphs, x, j) + 1
    return x < j and morphs[x].tag == "SP" and morphs[x].form == ","


def _object_before_in_phrase(morphs: list[Morph], i: int, k: int) -> bool:
    """Whether an object particle stands between the comma at ``k`` and the clause boundary before it (a comma, a
    clause ending, a topic): "…가운데 2조1,000억원을 연구개발에, …" (the first of two object-and-place pairs)."""
    for x in range(k - 2, i - 1, -1):
        m = morphs[x]
        if m.tag == "JKO":
            return True
        if m.tag in {"SP", "EC", "EF"} or m.tag == "JX" and m.form in {"은", "는", "ᆫ"} or _is_stem(m):
            return False
    return False


def _same_case_follows(morphs: list[Morph], k: int, j: int) -> bool:
    """Whether the phrase after the comma at ``k`` ends, before any verb or the next comma, in the particle the phrase
    before it ends in ("제주에, | 오전 9시부터 전북과 경북권에,"): two parallel phrases, which the comma keeps apart."""
    particle = morphs[k - 1]
    for x, m in outside_quotes(morphs, k + 1, j):
        if m.tag == "SP" and m.form == "," and not _is_nominal(morphs[x - 1]) or _is_stem(m) or m.tag.startswith("E"):
            return False  # (a comma inside a list of names, "수도권과 강원, 충청권에", is the phrase's own)
        if m.tag == particle.tag and m.form == particle.form and x > k + 1 and morphs[x - 1].end == m.start:
            return True
    return False


EVENT_RELATIONS = frozenset({"직후", "직전", "이후", "당시", "도중"})  # "사고 직후", "회의 도중": a time an event tells


def _event_time_end(morphs: list[Morph], b: int, k: int) -> int | None:
    """The index after a time told by an event ("사고 직후", "개막 당시") opening the phrase ``morphs[b:k]`` before
    a topic's particle at ``k``, when a noun phrase of its own follows it; None otherwise."""
    for x in range(b + 1, k - 1):
        m = morphs[x]
        if m.tag == "NNG" and m.form in EVENT_RELATIONS and morphs[x + 1].start > m.end and _is_nominal(morphs[x + 1]) \
                and all(_is_nominal(y) for y in morphs[b:x]):
            return x + 1
    return None


REFERENCE_TIMES = frozenset({"기준", "현재"})  # "10월 기준 가입자는": the date belongs to the subject, it is not a fronted time
TIME_UNITS = frozenset({"회", "말", "초", "일", "월", "년", "시", "분", "주", "개월", "분기", "중순", "하순", "상순"})


def _time_before_comma(morphs: list[Morph], i: int, k: int) -> bool:
    """Whether the comma at ``k`` follows a time ("9회말", "지난 3일", "올해 초") right after the subject or
    topic: the comma only marks word order there, and the headline's comma is the subject's."""
    w = k
    while w > i and morphs[w - 1].end == morphs[w].start:
        w -= 1
    word = morphs[w:k]
    if not word or k + 1 < len(morphs) and morphs[k + 1].tag in {"SN", "NR"}:
        return False  # "3일, 5일, 7일에": a list of days
    timed = word[0].tag == "SN" and len(word) > 1 and all(x.tag in {"SN", "NNB", "NNG"} and (x.tag == "SN" or x.form in TIME_UNITS)
                                                          for x in word)
    timed = timed or word[0].form in TIME_TOPICS | EVENT_TIMES and all(x.tag in {"NNG", "NNB"} for x in word) \
        and all(x.form in TIME_UNITS for x in word[1:])
    if not timed:
        return False
    b = w
    while b > i and morphs[b - 1].end < morphs[b].start and date_part(morphs, b - 1):
        b -= 1  # "남 지사는 30일 오전 10시, …": the whole day and hour before the comma
        while b > i and morphs[b - 1].end >= morphs[b].start:
            b -= 1
    if b - 2 >= i and morphs[b - 1].tag == "ETM" and morphs[b - 2].form in {"지나", "오"}:
        b -= 2  # "지난 3일"
    if b > i and morphs[b - 1].end == morphs[b].start:
        return False
    if _next_pair(morphs, k):
        return False  # "서울∼대전은 2000년, 대전∼부산은 2002년 완공": a list of topics and times, whose comma stays
    return b > i and morphs[b - 1].tag in {"JKS", "JX"} and morphs[b - 1].end < morphs[b].start


# Words of a bracket that points at the page's picture ("(사진)", "(사진 왼쪽)", "(사진=한빛시)", "(그래픽)").
PHOTO_MARK_WORDS = frozenset(PHOTO_WORDS + PHOTO_POSITIONS)


def is_score(inside: Sequence[Morph]) -> bool:
    """Whether a bracket holds only a game's score ("10대9", "3-1", "2:0")."""
    forms = [m.form for m in inside]
    return len(forms) == 3 and inside[0].tag == "SN" and inside[2].tag == "SN" and forms[1] in {"대", "-", ":", "–", "对"} \
        or len(forms) == 1 and re.fullmatch(r"\d+\s*[-:–]\s*\d+", forms[0]) is not None


def _drop_hereafter(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
    """"전국한빛노동조합(이하 한빛노조)" -> "전국한빛노동조합(한빛노조)": the shorthand stays (the next bullets may use
    it), the writer's "이하" (from here on) goes."""
    for k in range(i + 1, j - 3):
        if morphs[k].tag == "SSO" and morphs[k].form == "(" and morphs[k + 1].form == "이하" and morphs[k].start == morphs[k - 1].end \
                and morphs[k + 2].start > morphs[k + 1].end and (c := _closing(morphs, k, j)) < j:
            short = "".join(m.form for m in morphs[k + 2 : c])
            whole = morphs[k - 1].form
            # ("한빛문화재단(이하 재단)": a shorthand that is the name's own last word adds nothing, and goes whole)
            edits.append(_Edit(morphs[k].start, morphs[c].end) if whole.endswith(short) else _Edit(morphs[k + 1].start, morphs[k + 2].start))


SPOKEN_BACKGROUND = {"는데요": "는데", "은데요": "은데", "ᆫ데요": "ᆫ데"}  # "…했는데요, …": "-는데" as spoken on air


def _dated_terms(morphs: list[Morph], body: str) -> list[Morph]:
    """The morphemes with a day that opens a term the article uses again read as no date: in an article on its "1일
    군수" scheme, "1일 군수는 분기별로 …" is about the one-day governor, not a governor on the 1st (fronted as "군수, 1일
    …", and its present read as scheduled). The day's "일" is taken as a suffix of the number, which no date rule reads.
    Never before a time of day or a reference time ("24일 오후", "23일 현재" recur as dates)."""
    out = list(morphs)
    for x in range(len(out) - 2):
        m, day, noun = out[x], out[x + 1], out[x + 2]
        if m.tag == "SN" and (day.form, day.tag) == ("일", "NNB") and day.start == m.end and noun.start > day.end \
                and noun.tag in {"NNG", "NNP"} and noun.form not in _DATE_NOUNS | CLEFT_DAY_WORDS | REFERENCE_TIMES \
                and recurs_as_term(body[m.start : noun.end], body):
            out[x + 1] = Morph(day.form, "XSN", day.start, day.end)
    return out


def _written_endings(morphs: list[Morph]) -> list[Morph]:
    """The morphemes with a broadcaster's polite clause ending inside the sentence read as the ending it is written
    as, one morpheme spanning the words as spoken: "…관심이었는데요," ("는데" + polite "요"), "…했는데요," (one
    ending) and "…있는데요," (Kiwi: "는" + "데" + "이" + "요") all end a background clause "-는데". Done once, when a
    sentence is compressed; the "요" goes when the bullet is written (:func:`_drop_polite_endings`). Kiwi may also read
    "…조성되는데요 정부가" as "는" + "데" + the particle "요": the same ending. A spoken "걸로" is "것으로"."""
    out: list[Morph] = []
    k = 0
    while k < len(morphs):
        m = morphs[k]
        span = 1
        written = m
        if m.tag == "EC" and k + 1 < len(morphs) and (morphs[k + 1].form, morphs[k + 1].tag) == ("요", "JX") \
                and morphs[k + 1].start == m.end:
            span, written = 2, Morph(m.form, "EC", m.start, morphs[k + 1].end)
        elif m.tag == "EC" and m.form in SPOKEN_BACKGROUND:
            written = Morph(SPOKEN_BACKGROUND[m.form], "EC", m.start, m.end)
        elif m.tag == "ETM" and m.form in {"는", "은", "ᆫ"} \
                and [(x.form, x.tag) for x in morphs[k + 1 : k + 4]] == [("데", "NNB"), ("이", "VCP"), ("요", "EC")]:
            span, written = 4, Morph(m.form + "데", "EC", m.start, morphs[k + 3].end)
        elif m.tag == "ETM" and m.form in {"는", "은", "ᆫ"} and k + 2 < len(morphs) \
                and [(x.form, x.tag) for x in morphs[k + 1 : k + 3]] == [("데", "NNB"), ("요", "JX")] \
                and morphs[k + 2].start == morphs[k + 1].end:
            span, written = 3, Morph(m.form + "데", "EC", m.start, morphs[k + 2].end)  # "조성되는데요 정부가": "데" + "요"
        if (m.form, m.tag) == ("거", "NNB") and k + 1 < len(morphs) and (morphs[k + 1].form, morphs[k + 1].tag) == ("ᆯ로", "JKB"):
            # "…가중될 걸로 보입니다" (Kiwi: "거" + "ㄹ로"): the spoken "것으로", read as written ("…가중될 전망")
            out.extend([Morph("것", "NNB", m.start, m.end), Morph("으로", "JKB", morphs[k + 1].start, morphs[k + 1].end)])
            k += 2
            continue
        after = morphs[k + span] if k + span < len(morphs) else None
        if span > 1 or written is not m:
            if after is None or not (after.tag == "SP" or after.start > written.end):
                span, written = 1, m  # (the sentence's own end, or a word run on: no joint inside the sentence)
        out.append(written)
        k += span
    return out


def _drop_polite_endings(morphs: list[Morph], i: int, j: int, edits: list[_Edit], body: str) -> None:
    """A broadcaster's polite "요" ending a clause inside the sentence (read with its ending by :func:`_written_endings`)
    goes: "…관심이었는데요, …" -> "…관심이었는데, …"; a bullet is written, not spoken."""
    for k, m in outside_quotes(morphs, i + 1, j - 1):  # (a quotation keeps its words as said)
        if m.tag == "EC" and body[m.end - 1 : m.end] == "요" and not m.form.endswith("요"):
            edits.append(_Edit(m.end - 1, m.end))


def _drop_stock_codes(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
    """"카카오(035720)" -> "카카오": a listed company's six-digit stock code is for the market page, not the headline;
    "시진핑(習近平)" -> "시진핑": a name's spelling in Chinese characters glosses what the bullet already says."""
    for k in range(i + 1, j - 2):
        if morphs[k].tag != "SSO" or morphs[k].form != "(" or morphs[k].start != morphs[k - 1].end:
            continue
        c = k + 1
        while c < j and morphs[c].tag == "SH":
            c += 1
        code = morphs[k + 1].tag == "SN" and re.fullmatch(r"\d{6}", morphs[k + 1].form) and c == k + 1 and k + 2 < j
        if (code and morphs[k + 2].form == ")" or c > k + 1 and c < j and morphs[c].form == ")") and morphs[k - 1].tag != "SH":
            edits.append(_bracket_dropped(morphs, k, k + 2 if code else c))


def _phrase_start_before(morphs: Sequence[Morph], b: int, y: int) -> int:
    """Where the noun phrase that ends right before ``y`` starts, no earlier than ``b``: after the last particle,
    ending or comma ("광주에서 | 근대화와": the place is a phrase of its own)."""
    return next((x + 1 for x in range(y - 1, b - 1, -1) if morphs[x].tag in {"JKB", "JKO", "JKS", "JX", "EC", "SP"}), b)


def _labelled_twice(morphs: Sequence[Morph], i: int, j: int, k: int) -> bool:
    """Whether the word glued to the bracket at ``k`` comes again in the sentence glued to a bracket that says something
    else ("산업용(갑)" and "산업용(을)"): the brackets are labels that tell the two apart, not asides."""
    def label(y: int) -> str | None:  # one short word alone in the brackets ("갑", "을", "A"), no figure or aside
        inner = morphs[y + 1] if y + 2 < j and morphs[y + 2].tag == "SSC" else None
        return inner.form if inner is not None and len(inner.form) <= 2 and inner.tag not in {"SN", "NR"} else None

    def held(y: int) -> tuple[str, ...] | None:  # what the bracket at y holds, when it closes a list's item
        c = _closing(morphs, y, j)
        after = morphs[c + 1] if c + 1 < j else None
        if after is None or not (after.tag in {"SP", "JC"} or after.form == "등" and after.tag == "NNB"):
            return None
        return tuple(m.form for m in morphs[y + 1 : c])

    def item(y: int) -> str:  # the nouns of the item before the bracket at y, as written ("역도", whichever way Kiwi
        b = y  # splits it)
        while b > i and (_is_nominal(morphs[b - 1]) or morphs[b - 1].tag in {"SO", "JX"} and morphs[b - 1].end == morphs[b].start):
            b -= 1
        return _spelled(morphs[b:y]) if any(x.tag in {"NNG", "NNP", "SL"} for x in morphs[b:y]) else ""

    if morphs[k].start != morphs[k - 1].end:
        return False
    if label(k) is not None:
        word = [m.form for m in _word_before(morphs, k)]
        return any(y != k and m.tag == "SSO" and m.form == morphs[k].form and m.start == morphs[y - 1].end
                   and label(y) not in {None, label(k)} and [m.form for m in _word_before(morphs, y)] == word
                   for y, m in enumerate(morphs[i:j], start=i) if y > i)
    # ("역도(권대희 3개), 양궁(…), 역도(김성호 2개)": the same item of a list twice, told apart by its brackets; without
    # them the list would read "역도, 양궁, 역도")
    mine = held(k)
    return mine is not None and any(y != k and m.tag == "SSO" and m.form == morphs[k].form and m.start == morphs[y - 1].end
                                    and held(y) not in {None, mine} and item(y) == item(k) != ""
                                    for y, m in enumerate(morphs[i:j], start=i) if y > i)


def _bracket_dropped(morphs: list[Morph], b: int, e: int) -> _Edit:
    """The edit that drops ``morphs[b:e + 1]`` (a bracket and what it holds), taking with it a particle glued to the
    bracket whose form fitted what the bracket held: "항공우주국(NASA)와" -> "항공우주국과", "우주국(ESA)가" ->
    "우주국이"."""
    after = e + 1
    start = morphs[b].start
    if b > 0 and after < len(morphs) and morphs[after].start == morphs[e].end and morphs[after].tag.startswith("J"):
        if morphs[b].start > morphs[b - 1].end:
            start = morphs[b - 1].end  # "34개 (51%)를" -> "34개를": the particle joins the word it belongs to
        form = particle_after(morphs[b - 1].form, morphs[after].form)
        if form != morphs[after].form and final_consonant(morphs[b - 1].form[-1]) is not None:
            return _Edit(start, morphs[after].end, form)
    return _Edit(start, morphs[e].end)


def _drop_the_station(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
    """"저희가 …에서 만난 환자들" -> "…에서 만난 환자들": the broadcaster speaking of itself as the subject of a relative
    clause (whom its reporters met, what they found) is no part of the news; the clause stays."""
    for k in range(i, j - 2):
        m = morphs[k]
        if not (m.form == "저희" and m.tag == "NP" and morphs[k + 1].tag == "JKS"
                or m.form == "취재진" and morphs[k + 1].tag == "JKS" and k > i and morphs[k - 1].form == "저희"):
            continue
        start = k - 1 if m.form == "취재진" else k
        for x in range(k + 2, j):  # the first predicate after it ends in an adnominal ending: a relative clause
            if morphs[x].tag.startswith(("EC", "EF", "SF", "SSO")) or morphs[x].tag in {"JKS", "JX", "JKC"}:
                break
            if _is_stem(morphs[x]) and _adnominal(morphs, x):
                if any(y.tag in {"JKB", "JKO"} for y in morphs[k + 2 : x]):  # (not "저희가 만난 주민들": "만난 주민들" alone is odd)
                    edits.append(_Edit(morphs[start].start, morphs[k + 2].start))
                break
        return


def _drop_addressee(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
    """"관계자는 비즈엔터에 “…”라고 밝혔다" -> "관계자, “…”": to whom words were said (one word with "에/에게" right
    before the quotation) goes when the verb of saying only says that they were said (not "정부에 “…”라고 요구했다")."""
    v = next((x for x in range(len(morphs) - 1, -1, -1) if _is_stem(morphs[x]) or morphs[x].tag == "NNG"), None)
    if v is not None and morphs[v].tag == "XSV" and v > 0 and morphs[v - 1].tag == "NNG":
        v -= 1  # "요구했다": the verbal noun says what kind of saying
    if v is None or morphs[v].form not in NEUTRAL_SPEECH:
        return
    for q in range(i + 2, j):
        m = morphs[q]
        if not (m.tag == "SSO" and m.form in {"“", '"'} or m.form == '"' and morphs[q - 1].end < m.start):
            continue  # (Kiwi may tag an opening straight mark as closing)
        particle, word = morphs[q - 1], morphs[q - 2]
        if particle.tag != "JKB" or particle.form not in {"에", "에게", "한테"} or particle.end >= m.start \
                or word.tag not in {"NNP", "NNG", "SL", "XSN"} or word.end != particle.start:
            continue
        b = q - 2
        while b > i and morphs[b - 1].end == morphs[b].start and _is_nominal(morphs[b - 1]):
            b -= 1
        while b - 1 > i and date_part(morphs, b - 1) and morphs[b - 1].tag != "ETM":
            b -= 1  # "28일 본지에": when it was said goes with to whom
        if b > i and morphs[b - 1].end < morphs[b].start and morphs[b - 1].tag in {"JX", "JKS", "SN", "NNB", "NNG", "MAG"}:
            edits.append(_Edit(morphs[b].start, m.start))
        return


HEAD_TITLES = frozenset({"원장", "대표", "회장", "사장", "총장", "이사장", "위원장", "청장", "본부장", "소장", "관장", "센터장",
                         "단장", "장관", "시장", "군수", "구청장", "지사", "교육감", "학장", "병원장", "의장", "대표이사"})


def _drop_heads_of_bodies(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
    """"한국천문연구원(원장 이우백)이" -> "한국천문연구원이": a bracket right after a body's name that gives who heads it
    (a title, then a name) is no news of the sentence."""
    for k in range(i + 1, j - 3):
        if morphs[k].tag == "SSO" and morphs[k].form == "(" and morphs[k].start == morphs[k - 1].end and morphs[k - 1].tag in {"NNP", "NNG"} \
                and morphs[k + 1].form in HEAD_TITLES and morphs[k + 2].tag == "NNP" and morphs[k + 3].tag == "SSC" \
                and morphs[k + 2].start > morphs[k + 1].end:
            edits.append(_Edit(morphs[k].start, morphs[k + 3].end))


def _drop_photo_marks(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
    """Drop a bracket that points at the page's picture ("LG전자의 전자식 마스크(사진)가" -> "…마스크가"): it
    opens with "사진", "그래픽" … and, before any "=" credit, holds nothing but words of position."""
    for k in range(i + 1, j - 2):
        if morphs[k].tag != "SSO" or morphs[k].form not in {"(", "["} or morphs[k + 1].form not in PHOTO_WORDS \
                or morphs[k + 1].form in {"표", "도표"}:  # ("표(1)" may be a table the sentence is about)
            continue
        e = _closing(morphs, k, min(j, k + 12))
        if e >= j:
            continue
        inner = morphs[k + 1 : e]
        eq = next((x for x, m in enumerate(inner) if m.form in {"=", ":"}), len(inner))
        if all(m.form in PHOTO_MARK_WORDS or m.tag in {"SP", "JKB", "JX", "SN"} for m in inner[:eq]):
            edits.append(_Edit(morphs[k].start, morphs[e].end))
    for k in range(i + 1, j - 2):
        # "김우찬(31ㆍ사진)이" -> "김우찬(31)이", "황선우(20·강원도청·가운데)가" -> "황선우(20·강원도청)가": the age and the
        # team stay, the pointer at the picture goes
        if morphs[k].form in {"ㆍ", "·", ","} and morphs[k + 1].form in {"사진", "가운데", "왼쪽", "오른쪽"} and morphs[k + 2].tag == "SSC" \
                and any(morphs[x].tag == "SSO" and morphs[x + 1].tag == "SN" for x in range(max(i, k - 6), k - 1)):
            edits.append(_Edit(morphs[k].start, morphs[k + 1].end))


CONTRACTED_TOPICS = {"에": "에는", "에서": "에서는"}  # "엔", "에선": a place or time particle with "는" contracted


def _ends_word(morphs: Sequence[Morph], k: int) -> bool:
    """Whether the particle at ``k`` ends its word: not one Kiwi reads inside a short term written as one word
    (:func:`~pipeline.format.particle_inside_term`: "김은철" = 김 + 은 + 철, "LG엔솔" = LG + 에 + ㄴ + 솔), which the
    headline finish would not space either."""
    return not (k + 1 < len(morphs) and morphs[k + 1].start == morphs[k].end and particle_inside_term(morphs, k))


def _spell_out_contractions(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
    """"특별전엔 23만 명 다녀감" -> "특별전에는 …", "광주에선 …" -> "광주에서는 …": the spoken contraction of a
    broadcast script is written out, outside quotations, where nothing else edits the word."""
    for k, m in outside_quotes(morphs, i + 1, j):
        before = morphs[k - 1]
        if m.tag == "JX" and m.form == "ᆫ" and before.tag == "JKB" and before.form in CONTRACTED_TOPICS and _ends_word(morphs, k) \
                and not any(e.start < m.end and before.start < e.end for e in edits):  # ("LG엔솔은": a name, not "LG에는 솔")
            edits.append(_Edit(before.start, m.end, CONTRACTED_TOPICS[before.form]))


def after_result_frame(morphs: Sequence[Morph]) -> int:
    """Where a sentence's words start after a finding's bare frame at its head ("검찰 수사 결과 이들은 …": 3); 0
    without one (see :func:`_skip_result_frame`)."""
    return _skip_result_frame(morphs, 0, len(morphs))


def _skip_result_frame(morphs: Sequence[Morph], i: int, j: int, comma_only: bool = False) -> int:
    """The index after a finding's bare frame at the head of the sentence ("조사 결과, 김장비용은 …"), which goes
    when what was found has a subject of its own; ``i`` when the frame stays. A frame that says what was surveyed
    ("…아파트 가격동향을 조사한 결과,") stays: without it "매매가는 0.11% 올랐다" would not say of what."""
    frames = FINDING_NOUNS | STUDY_NOUNS | DISCLOSING_NOUNS  # ("검찰 수사 결과 …", "감사 결과 …": what an inquiry found)
    f = i + 1 if i + 3 < j and morphs[i].tag in {"NNG", "NNP"} and morphs[i].form not in frames \
        and morphs[i + 1].start > morphs[i].end else i
    # ("경찰 조사결과 A씨는 …": who found it, one word before the frame, goes with it)
    if not (f + 2 < j and morphs[f].form in frames and morphs[f + 1].form == "결과" and morphs[f + 1].tag == "NNG"):
        return i
    b = f + 2
    rest = morphs[b:j]
    # the topic of what was found opens the rest ("…결과 A씨는 …"): the frame is only a lead-in to it
    topic = next((y for y, x in enumerate(rest[:6]) if x.tag in {"JX", "JKS"} or x.tag.startswith(("E", "V"))), None)
    topic_opens = topic is not None and topic > 0 and rest[topic].tag == "JX" and rest[topic].form in {"은", "는", "ᆫ"} \
        and _is_nominal(rest[topic - 1])
    if comma_only and not (b < j and morphs[b].tag == "SP") and not topic_opens:
        return i  # ("조사 결과 …가 드러났다" without the comma: the frame is the sentence's own, kept until it must go)
    while b < j and morphs[b].tag == "SP":
        b += 1
    rest = morphs[b:j]
    found = any((x.tag == "JKS" or x.tag == "JX" and x.form in {"은", "는", "ᆫ"}) and y and _is_nominal(rest[y - 1])
                for y, x in enumerate(rest))
    return b if found else i


# Sources of a charge: what they report as found is alleged ("공소장에 따르면 …받은 것으로 조사됐다").
CHARGING_SOURCES = frozenset({"공소장", "공소사실", "검찰", "경찰", "수사", "수사팀", "수사당국"})


SUSPECT_NOUNS = frozenset({"일당", "피의자", "피고인", "용의자", "피고", "조직원"})  # who an inquiry's findings are about


def _suspect_subject(morphs: Sequence[Morph], i: int, j: int) -> bool:
    """Whether the subject or topic of ``morphs[i:j]`` is someone the story leaves unnamed, as a suspect is ("C씨 등은",
    "김모(45)씨는", "A 씨는"), or called one ("일당은", "피의자는"), or a private person it names by surname alone ("윤씨는",
    after "윤모(41)씨")."""
    for x, m in outside_quotes(morphs, i, j):
        if m.tag in {"EC", "ETM", "EF"}:
            return False
        if x > i and (m.tag == "JKS" or m.tag == "JX" and m.form in {"은", "는", "ᆫ"}):
            phrase = morphs[max(i, x - 6) : x]
            surname = x - 2 >= i and morphs[x - 1].form == "씨" and len(morphs[x - 2].form) == 1 and morphs[x - 2].tag == "NNP" \
                and (x - 3 < i or morphs[x - 3].end < morphs[x - 2].start)
            return surname or any(p.tag == "SL" and len(p.form) == 1 and p.form.isupper() or p.form == "모" and p.tag == "NP"
                                  or p.form in SUSPECT_NOUNS and p.tag == "NNG" for p in phrase) \
                and any(p.form == "씨" or p.form in SUSPECT_NOUNS for p in phrase)
    return False


def _figures_listed(rest: Sequence[Morph]) -> bool:
    """Whether what follows a subject's particle is only a list of its figure and more subjects' figures, with no verb
    ("18조4,300억원, 영업이익이 1조2,870억원"): each subject then names its figure as a headline does, with no particle."""
    return len(rest) >= 4 and rest[0].tag == "SN" and rest[-1].tag in {"SN", "NNB", "NNG", "SW"} \
        and any(r.tag == "JKS" for r in rest) and any(r.tag == "SP" and r.form == "," for r in rest) \
        and all(r.tag in NOMINAL_TAGS or r.tag in {"SN", "SW", "JKS"} or r.tag == "SP" and r.form == "," for r in rest)


def _strip_finding_frame(morphs: list[Morph], i: int, j: int) -> int:
    """"…인정받은 것으로 나타났다" -> "…인정받은" (the final predicate then reads "인정받음");
    "매출액이 … 2214조원으로 집계됐다" -> "매출액이 … 2214조원" (only with a subject before it)."""
    k = j
    while k > i and morphs[k - 1].tag in {"EF", "EP", "EC", "SF"}:
        k -= 1
    if k - 2 <= i:
        return j
    last = morphs[k - 1]
    if last.tag.startswith("VV") and last.form in FINDING_VERBS:
        p = k - 2
    elif last.tag.startswith("XSV") and last.form == "되" and morphs[k - 2].form in FINDING_NOUNS:
        p = k - 3
        if morphs[p].form in {"잠정", "최종"} and morphs[p].tag == "NNG":
            p -= 1  # "…낸 것으로 잠정집계됐다"
    else:
        return j
    if p <= i or morphs[p].tag != "JKB" or morphs[p].form not in {"으로", "로"}:
        return j
    head = morphs[p - 1]
    if head.form in DISCLOSING_NOUNS:
        return j  # "…누락한 사실도 KBS 보도로 확인됐다": how it came to light, not what was found
    if head.form == "것" and head.tag == "NNB":
        if p - 3 > i and morphs[p - 3].form in {"아니", "않", "없"} and morphs[p + 1].form == "파악":
            return j  # "…사실이 아닌 것으로 파악된다": what was denied stays someone's reading, never a fact ("사실 아님")
        if p - 2 > i and morphs[p - 2].tag == "ETM" and morphs[p - 2].form in {"ᆫ", "은", "는"}:
            return p - 1  # ends on the adnominal ending; "ㄹ 것으로" (a forecast) is never touched
        return j
    if _is_nominal(head) and head.tag != "NNB" or head.tag == "NNB" and p - 2 > i and morphs[p - 2].tag in {"SN", "NR"}:
        subject = any((m.tag == "JKS" or m.tag == "JX" and m.form in {"은", "는"}) and _is_nominal(morphs[x - 1])
                      for x, m in enumerate(morphs[i : p - 1], start=i) if x > i)
        attribution = {x + 1 for x in range(i, p) if morphs[x].form in {"따르", "의하"}}  # "…에 따르면" is no clause
        if subject and not any(m.tag == "EC" and x not in attribution or m.tag == "SSO" and m.form not in {"(", "["}
                               for x, m in enumerate(morphs[i:p], start=i)):
            return p
    return j


def _speech_after_quote(morphs: list[Morph], i: int, j: int) -> int | None:
    """End index of a closing quotation mark followed only by a neutral verb of saying, when the
    speaker stands before the quotation ("A는 “…”고 말했다"): the verb adds nothing to ``A, “…”``."""
    q = j - 1
    while q > i and (morphs[q].tag in {"EF", "EP", "EC", "SF", "XSV", "VV", "NNG", "JKQ"} or (morphs[q].form, morphs[q].tag) in SAYING_SO) \
            and morphs[q].form not in CLOSING_QUOTES:
        q -= 1
    if q <= i or morphs[q].tag != "SSC" or morphs[q].form not in CLOSING_QUOTES:
        return None
    tail = morphs[q + 1 : j]
    verbs = [m for m in tail if m.tag.startswith(("VV", "NNG"))]
    if len(verbs) != 1 or verbs[0].form not in NEUTRAL_SPEECH:
        return None
    if not tail or tail[0].form not in QUOTATIVE_PARTICLES:
        return None
    o = q - 1
    while o > i and not (morphs[o].tag == "SSO" and morphs[o].form in {"“", '"'}):
        o -= 1
    if o <= i or not _has_subject(morphs[i:o]):
        return None
    if morphs[o - 1].tag == "JKS" and any(m.tag == "JX" and m.form in {"은", "는", "ᆫ"} for m in morphs[i : o - 1]):
        return None  # "업체는 …조사한 결과 응답자의 41%가 “…”고 답했다": who says it is not the topic; its verb stays
    return q + 1


# What may end the word before an apposition ("…업체인 A"): the apposition then starts a phrase of its own.
# What a person or body has one of, said with "-이 …인" ("제2소속이 고려대인 A", "고향이 부산인 B"): the subject of a
# description, no sentence's.
# (or what they are to it, "간호사들이 주축인 …노조": the main part of it)
ATTRIBUTE_NOUNS = frozenset({"소속", "출신", "전공", "고향", "국적", "직업", "본사", "본적", "모교", "지역구", "주축", "중심", "주력",
                             "대주주", "최대주주"})
APPOSITION_BOUNDARY = frozenset({"JKS", "JKO", "JX", "JC", "EC"})  # not a comma: "A, 미국 우주인 B" is a list

# "분당한빛대병원 마취통증의학과 김하나 교수팀": the department between a university or hospital and a professor's
# name is the first thing a headline leaves out ("분당한빛대병원 김하나 교수팀").
DEPARTMENT_WORD = re.compile(r"[가-힣A-Za-z·]*(?:과|학부|전공|교실|의대|공대|약대|치대|대학)")
INSTITUTION_WORD = re.compile(r"(?:대|대학교|대학|병원|KAIST|UNIST|GIST|DGIST|POSTECH|포스텍|카이스트)$")
ACADEMIC_TITLE = re.compile(r"(?:명예|연구|책임|선임)?(?:교수|박사|연구원)")
PERSON_WORD = re.compile(r"[가-힣]{2,4}")


def _words(morphs: list[Morph], i: int, j: int, body: str) -> list[tuple[int, str]]:
    """The words of ``body`` that ``morphs[i:j]`` span, each with where it starts: what the rules that read names,
    titles and departments as written go by."""
    start = morphs[i].start
    return [(w.start() + start, w.group()) for w in re.finditer(r"\S+", body[start : morphs[j - 1].end])]


def _drop_departments(morphs: list[Morph], i: int, j: int, edits: list[_Edit], body: str) -> None:
    """"한빛대 신소재공학과 김하나 교수팀" -> "한빛대 김하나 교수팀", "김하나 한빛대 의대 교수팀" -> "김하나 한빛대 교수팀":
    a department word right after the institution and right before a professor's name or title goes."""
    if j <= i:
        return
    words = _words(morphs, i, j, body)
    for x in range(1, len(words) - 1):
        if len(words[x][1]) < 2 or not DEPARTMENT_WORD.fullmatch(words[x][1]) or not INSTITUTION_WORD.search(words[x - 1][1]) \
                or words[x - 1][1].endswith(("의대", "공대", "약대", "치대")) and words[x][1].endswith("대학"):
            continue
        after = words[x + 1][1]
        titled = ACADEMIC_TITLE.match(after) or x + 2 < len(words) and PERSON_WORD.fullmatch(after) \
            and ACADEMIC_TITLE.match(words[x + 2][1])
        if titled and words[x - 1][1] != "대":  # ("3 대 1": a score, not an institution)
            edits.append(_Edit(words[x][0], words[x + 1][0]))


TEAM_WORD = re.compile(r"(?:공동)?(?:연구팀|연구진)(?:은|는|이|가|과|와|의|도)?")
HOME_WORD = re.compile(r"(?:연구원|연구소|기술원|과학원|센터|의대|공대)$")  # an institution a team can be named by, besides INSTITUTION_WORD's


def _title_of(word: str) -> str | None:
    """The academic title a word is ("교수", "책임연구원"), with a two-syllable rank before it or none ("특훈교수" ->
    "교수"); None for any other word."""
    if ACADEMIC_TITLE.fullmatch(word):
        return word
    return word[2:] if len(word) > 2 and ACADEMIC_TITLE.fullmatch(word[2:]) else None


def _drop_team_members(morphs: list[Morph], i: int, j: int, edits: list[_Edit], body: str) -> None:
    """"한결대 윤재혁 교수 연구팀은" -> "한결대 연구팀은", "누리대병원 권태윤 교수와 진단검사의학과 문지혜 교수
    공동연구팀" -> "누리대병원 공동연구팀": whose team it is, when its institution is named, is no headline's (a
    headline says "서울대 연구팀, …"). Only names Kiwi reads as names, each with its academic title, joined by "와/과" or
    a comma, right before the team word, with the institution's word right before them (departments between go too);
    never one the article names again after the sentence ("권태윤 교수는 “…”", "윤 교수는 …": the lede introduces whom
    a later bullet quotes)."""
    if j <= i:
        return
    words = _words(morphs, i, j, body)
    names = {m.start for m in morphs[i:j] if m.tag == "NNP"}
    for t in range(2, len(words)):
        if not TEAM_WORD.fullmatch(words[t][1]) and not (words[t][1] == "공동" and t + 1 < len(words)
                                                         and TEAM_WORD.fullmatch("공동" + words[t + 1][1])):
            continue
        y, first, joined = t - 1, None, False
        while y >= 1:
            title, name = words[y][1], words[y - 1]
            if joined:  # an earlier name's title carries the joiner: "권태윤 교수와 | … 문지혜 교수"
                if not title.endswith(("와", "과", ",")):
                    break
                title = title[:-1]
            if _title_of(title) is None or not PERSON_WORD.fullmatch(name[1]) or name[0] not in names:
                break
            first, y, joined = y - 1, y - 2, True
            while y >= 1 and len(words[y][1]) >= 3 and DEPARTMENT_WORD.fullmatch(words[y][1]):
                first, y = y, y - 1  # "진단검사의학과 문지혜 교수": the name's department goes with it
        if first is None or first == 0 or not (INSTITUTION_WORD.search(words[first - 1][1]) or HOME_WORD.search(words[first - 1][1])):
            continue
        later = body[morphs[j - 1].end :]
        named = [(words[y][1], words[y + 1][1].rstrip("와과,")) for y in range(first, t - 1)
                 if PERSON_WORD.fullmatch(words[y][1]) and words[y][0] in names]
        if any(name in later or f"{name[0]} {_title_of(title)}" in later for name, title in named):
            continue  # "권태윤 교수는 “…”": the article quotes the one named later; the lede introduces them
        edits.append(_Edit(words[first][0], words[t][0]))


COURT_WORD = re.compile(r"[가-힣]*(?:법원|지법|고법|지원|재판부)")  # ("광주고법 전주재판부": a high court's seat elsewhere)
BENCH_WORD = re.compile(r"(?:제?\d+)?(?:형사|민사|행정|가사|특허|파산|회생)(?:합의)?(?:\d+)?(?:단독|부)")
JUDGE_WORD = re.compile(r"(?:부장|수석부장)?판사")


def _drop_court_benches(morphs: list[Morph], i: int, j: int, edits: list[_Edit], body: str) -> None:
    """"서울중앙지법 형사26단독 최민혜 판사는 …을 선고" -> "서울중앙지법, …을 선고", "수원지법 형사11부는" ->
    "수원지법은": which bench of the court and which judge gave a ruling is no headline's; the court is. Only a bench
    word right after the court's name, with the judge's name and title after it when there are any."""
    if j <= i:
        return
    words = _words(morphs, i, j, body)
    for x in range(1, len(words)):
        court, bench = words[x - 1][1], words[x][1]
        match = BENCH_WORD.match(bench)
        if not COURT_WORD.fullmatch(court) or match is None:
            continue
        if match.end() < len(bench):  # "형사11부는": the bench with its particle; the particle stays on the court
            if bench[match.end():] in {"는", "가", "에서", "에서는", "의"} or bench[match.end()] == "(":  # ("(재판장 …)")
                edits.append(_Edit(words[x][0] - 1, words[x][0] + match.end()))
            return
        if x + 2 < len(words) and PERSON_WORD.fullmatch(words[x + 1][1]) and JUDGE_WORD.match(words[x + 2][1]):
            title = JUDGE_WORD.match(words[x + 2][1])
            edits.append(_Edit(words[x][0] - 1, words[x + 2][0] + title.end()))
        return


def _drop_emphasis(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
    """"…종가보다 무려 10.0원이나 오른" -> "…종가보다 10.0원 오른": "무려" and the "-이나" that marks its figure as
    surprisingly large are the writer's wonder; a headline states the figure."""
    for k in range(i, j - 1):
        if morphs[k].form != "무려" or morphs[k].tag != "MAG" or morphs[k + 1].tag != "SN":
            continue
        edits.append(_Edit(morphs[k].start, morphs[k + 1].start))
        y = k + 1
        while y + 1 < j and morphs[y + 1].tag in {"SN", "NNB", "NR", "NNG"} and morphs[y + 1].start == morphs[y].end:
            y += 1
        if y + 1 < j and morphs[y + 1].tag == "JX" and morphs[y + 1].form in {"이나", "나"} and morphs[y + 1].start == morphs[y].end:
            edits.append(_Edit(morphs[y + 1].start, morphs[y + 1].end))


def _drop_appositions(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
    """"소프트뱅크 계열 로봇 제조업체인 아스라테크" -> "아스라테크": a description joined by "-인" to the name it
    describes says who the name is, not what happened; the name stays. Only before a proper name, Latin
    word or quoted title, only a plain noun phrase (no clause, number or bracket), never inside quotations."""
    depth = 0
    for k in range(i + 1, j - 2):
        m = morphs[k]
        depth += m.tag == "SSO" and m.form in {"“", '"'}
        depth -= m.tag == "SSC" and m.form in {"”", '"'} and depth > 0
        if depth or m.tag != "VCP" or morphs[k + 1].tag != "ETM" or morphs[k + 1].form != "ᆫ" or not _is_nominal(morphs[k - 1]) \
                or morphs[k - 1].form == "중" and morphs[k - 1].tag == "NNB" or morphs[k - 1].form == "적" and morphs[k - 1].tag == "XSN":
            continue  # ("추진 중인 A": a clause under way, not what A is; "형식적인 부산본사": an adjective, not an apposition)
        head = morphs[k + 2]
        if head.start == morphs[k + 1].end or head.tag not in {"NNP", "SL", "SH"}:
            continue  # "SCI급 국제 학술지인 ‘…저널’": before a title the description is often the news
        b = k - 1
        while b > i and (_is_nominal(morphs[b - 1]) or morphs[b - 1].tag in {"JKG", "MM", "XPN"}) and not date_part(morphs, b - 1):
            b -= 1
        if any(x.tag in {"SN", "NR", "SSO", "SSC"} for x in morphs[b:k]):
            continue  # "3위인", "(주)인": numbers and brackets carry facts
        if b - 4 >= i and morphs[b - 1].tag == "ETM" and morphs[b - 2].tag == "VCP" and morphs[b - 3].form == "적" \
                and morphs[b - 3].tag == "XSN" and morphs[b - 4].tag == "NNG" and morphs[b - 4].end == morphs[b - 3].start \
                and morphs[b - 1].end < morphs[b].start:
            b -= 4  # "세계적인 양대 학술지인 네이처": the adjective is part of the description
        if b > i and not (morphs[b - 1].end < morphs[b].start and (morphs[b - 1].tag in APPOSITION_BOUNDARY or date_part(morphs, b - 1))):
            continue  # "4학년에 재학 중인 A": the description has arguments of its own
        if b - 1 > i and morphs[b - 1].tag == "JKS" and (morphs[b - 2].form in ATTRIBUTE_NOUNS or any(m.form in ATTRIBUTE_NOUNS for m in morphs[b:k])):
            continue  # "제2소속이 고려대인 A", "간호사들이 주축인 …노동조합": the description's own subject, which would be
            # left dangling ("간호사들이 전국보건의료산업노동조합이 …", read blind)
        if b > i + 1 and morphs[b - 1].tag == "EC" and morphs[b - 1].form == "자" and morphs[b - 2].tag == "VCP":
            continue  # "…대표이사이자 | 한빛당 의원의 아들인 A 씨": the second of two descriptions ("이자" would dangle)
        edits.append(_Edit(morphs[b].start, head.start))


def _relative_start(morphs: list[Morph], i: int, b: int) -> int:
    """Where the relative clause whose last word is at ``b`` starts: back to the previous phrase boundary (a
    subject, topic, clause ending, comma or modifier), across what belongs to the same clause."""
    while b > i and not (morphs[b - 1].end < morphs[b].start and morphs[b - 1].tag in {"JKS", "JX", "EC", "SP", "SF", "ETM"}
                         and not morphs[b].tag.startswith("VX")  # "이끌고 | 있는": an auxiliary is no boundary
                         and not (morphs[b - 1].tag == "EC" and morphs[b - 1].form in {"어", "아", "여"}
                                  and _is_stem(morphs[b]))  # "트로피를 받아 | 든 최정": one act of two verbs
                         and not (morphs[b - 1].tag == "EC" and morphs[b - 1].form in REPORTED_ENDINGS)  # "…개척했다고 |
                         # 평가받는 장 감독": what is said of him is the same clause's
                         and not (morphs[b - 1].tag == "JX" and morphs[b - 1].form in {"부터", "까지"}
                                  and not date_part(morphs, b - 2))  # "KIA전부터 | 합류한" (not "8일까지 | 열리는")
                         and not (morphs[b - 1].tag == "JX" and morphs[b - 1].form == "마다")  # "매 영화마다 | …이어온"
                         and not date_part(morphs, b - 1)  # "지난 | 2022년 당시 …였던": the date is the clause's
                         and not (morphs[b - 1].tag == "EC" and (morphs[b - 1].form in ADVERBIAL_ENDINGS
                                                                 or b > 1 and morphs[b - 2].form in POSTPOSITION_VERBS))):
        # "…를 통해 | 데뷔한": a postposition belongs to the clause it modifies
        # "쉽게 | 쓰이는": an adverb made of a verb belongs to the clause it modifies
        b -= 1
    return b


def _drop_name_relatives(morphs: list[Morph], i: int, j: int, edits: list[_Edit], titled: bool = False) -> None:
    """"수원FC의 승격을 이끈 김도균 감독은" -> "김도균 감독은": a relative clause before a person's or
    organisation's name describes whom the name already picks out. Only a clause with no subject, number,
    quotation or clause ending of its own, starting where a phrase starts; never inside quotations. With
    ``titled``, before a quoted title too, alone or after what it is ("첫 티켓 오픈을 실시한 뮤지컬 <…>은",
    "…를 선보이는 ‘새 보물 납시었네’의 전시기간")."""
    depth = 0
    for k in range(i + 1, j - 2):
        m = morphs[k]
        depth += m.tag == "SSO" and m.form in {"“", '"'}
        depth -= m.tag == "SSC" and m.form in {"”", '"'} and depth > 0
        if depth or m.tag != "ETM" or m.form not in {"ᆫ", "은", "는", "던"} or not is_stem_or_ep(morphs[k - 1]) \
                or morphs[k - 1].tag == "VCP":  # "…대선 주자였던 A": "-던" too
            continue
        head = morphs[k + 1]
        after = k + 1
        while after < j and (_is_nominal(morphs[after]) or morphs[after].tag == "NNB") and after - k <= 4:
            after += 1
        if after < j and morphs[after].tag == "JKB":
            continue  # "…혐의로 기소된 지씨에게": to whom, and for what, is the news
        if any(x.form in PART_NOUNS and x.tag in {"NNB", "NNG"} for x in morphs[k + 2 : after + 1]):
            continue  # "올해 개봉한 한국 영화 중": the clause picks out the set counted in, not one named thing
        if titled and head.form in CONTENT_NOUNS and head.tag == "NNG":
            continue  # "…보증금을 먼저 돌려주는 내용의 ‘…개정안’": the clause is what the title holds ("내용의" alone, nothing)
        if titled and head.start > m.end and _titled_head(morphs, k + 1, j) and not _appositive_title(morphs, k + 1, j) \
                and not _quoted_figure(morphs, k + 1, j):
            pass  # "…를 선보이는 ‘새 보물 납시었네’의": what the title names, the clause only describes
        elif titled or head.start == m.end or head.tag not in {"NNP", "SL"} and not _titled_name(morphs, k + 1, j) \
                or k + 2 < j and morphs[k + 2].tag in {"JKB", "JKG"}:
            continue  # a name, not a place or a possessor ("이끈 한빛시의 …")
        if len(head.form) == 1 and k + 2 < j and morphs[k + 2].start == head.end and morphs[k + 2].tag.startswith(("J", "VCP")):
            continue  # "이전에 거론됐던 안인데": one syllable with its particle is a common noun Kiwi took for a surname
        if _private_named(morphs, k + 1, j) and direct_quotation(morphs[k + 1 : j]):
            continue  # "…대표로 회견에 나온 배진호(47) 씨는 “…”": what describes a private speaker is who they are
        w = k + 2
        while w < j and morphs[w].start == morphs[w - 1].end:
            w += 1
        if head.tag == "SL" and any(x.tag not in {"SL", "SN", "SW", "SO"} for x in morphs[k + 1 : w]):
            continue  # "DNA-금 나노 입자": a Latin word inside a common noun, not a name
        b, conceded, dated = _relative_start(morphs, i, k - 1), None, None
        if b > i + 1 and morphs[b - 1].tag == "EC" and morphs[b - 1].form in {"지만", "으나"} and is_stem_or_ep(morphs[b - 2]):
            # "…산업화를 함께했지만 | 오랜 기간 흉물로 방치돼 온 옛 공장 부지": the concession is the same relative
            # clause's; it goes with it (alone, it would contrast with the main clause)
            conceded = b - 1
            b = _relative_start(morphs, i, b - 2)
        if b > i and morphs[b - 1].tag not in {"JX", "EC"}:
            continue  # "연구팀이 만든 A": the subject before is the clause's own; "A, B 등을 태운 C": a list
        if b > i + 1 and (morphs[b - 1].form, morphs[b - 1].tag) == ("자", "EC") and morphs[b - 2].tag == "VCP":
            continue  # "…대표하는 오케스트라이자 | …낯익은 A": half of a description joined by "-이자" would be left dangling
        if b > i + 1 and morphs[b - 1].tag == "JX" and morphs[b - 2].tag == "JKB":
            continue  # "…정상 세션에 공식 행사로는 | 5년 만에 참석했던 A": the phrase before is the clause's own
        if b > i and morphs[b - 1].tag == "JX" and morphs[b - 1].form in COUNT_PARTICLES:
            continue  # "지진이 두 번이나 | 발생한 일본 규슈": the clause's subject and count come before
        if b > i and morphs[b - 1].tag == "EC" and morphs[b - 1].form in {"고", "며", "으며", "면서", "으면서", "거나"} | SEQUENCE_ENDINGS:
            continue  # "수술을 받고 | 7월 KIA전부터 합류한 박종훈은", "4명이 숨지거나 | 다친 업체", "서울역을 출발해 |
            # 부산역으로 향하던 KTX": the clause before is the same relative clause's
        if b > i + 1 and morphs[b - 1].form in {"부터", "까지"} and date_part(morphs, b - 2) and _subject_at(morphs, k + 1, j):
            # "지난 5일부터 | 열리고 있는 ‘…’이 …": before the subject the date is the clause's, and would dangle; it goes
            # with the clause where nothing comes before it ("2022년부터 악단을 이끌고 있는 음악감독 A는")
            d = b - 2
            while d > i and (date_part(morphs, d - 1) or morphs[d - 1].tag == "MM" and morphs[d - 1].form == "지난"):
                d -= 1
            if d > i:
                continue
            dated, b = b, i
        # (a gloss already deleted, "전국교원노동조합연맹(교원노련)과", is no bracket of the clause's)
        span = [(y, x) for y, x in enumerate(morphs[dated or b : k + 1], start=dated or b)
                if not any(e.start <= x.start and x.end <= e.end and not e.text for e in edits)]
        if sum(x.tag == "JKO" for _, x in span) >= 2:
            continue  # "…생활을 | …자신을 지키기 위한 ‘실시간 전투’라고 해석": one verb takes one object; the first is the main clause's
        composed = any(v.form in COMPOSED_OF for v in morphs[k - 3 : k])
        if titled and any(x.tag == "NP" or x.tag in {"SN", "NR"} and not composed or date_part(morphs, y) or x.form in TITLE_NEWS_VERBS
                          for y, x in span):
            # "올해 이를 바탕으로 지난 12월 마련한 ‘…전략’": before a title the clause may hold the main clause's words;
            # "지난 주말 폭우로 취소된 ‘…축제’의 입장권": what happened to the titled thing is news, not a description
            continue
        # numbers carry facts, except the dates of an event ("4월 6일부터 열리는 K-페스티벌"); an auxiliary verb makes
        # one predicate with the verb before it ("공부하고 있는", "맡아 온"): its "-고" ends no clause; "정의용 단장과
        # …를 방문한 B": a person joined by "과" is a co-actor, not a description
        if any(x.tag in {"JKS", "JX", "SSO", "SSC", "EF"} or x.tag in {"SN", "NR"} and not date_part(morphs, y) and not composed
               or x.tag == "JC" and any(p.tag == "NNP" for p in morphs[_phrase_start_before(morphs, b, y) : y])  # (the item it joins)
               and not composed  # ("A와 B로 구성된 C": C is made of both; "20여 개 단체로 구성된 C": how many is no news of C's)
               or x.tag == "EC" and y != conceded and not (x.form in {"고", "어", "아"} and y < k and morphs[y + 1].tag.startswith("VX")
                                         or x.form in {"어", "아", "여"} and y < k and _is_stem(morphs[y + 1]))  # "받아 든"
               for y, x in span) or len(span) > (20 if conceded is None else 24):
            continue
        if any((e.start <= morphs[b].start < e.end or morphs[b].start <= e.start < morphs[k].end)
               and (e.text or not (morphs[b].start <= e.start and e.end <= head.start)) for e in edits):
            continue  # part of it is already edited (a deletion inside it, "캠퍼스에서", goes with it)
        _add_covering(edits, _Edit(morphs[b].start, head.start))


def direct_quotation(morphs: Sequence[Morph]) -> bool:
    """Whether a sentence (or a span of one) quotes someone's words directly (an opening double quotation mark)."""
    return any(m.tag == "SSO" and m.form in {"“", '"'} for m in morphs)


def _private_named(morphs: list[Morph], h: int, j: int) -> bool:
    """Whether the name at ``h`` is a private person's, "씨" after it (and their age in brackets): "배진호(47) 씨" (a name
    Kiwi reads in pieces, "김" + "민" + "호", is one word)."""
    x = h + 1
    while x < j and morphs[x].start == morphs[x - 1].end and _is_nominal(morphs[x]):
        x += 1
    x += 3 * (x + 2 < j and _gloss_bracket(morphs, x))
    return x < j and morphs[x].form == "씨" and morphs[x].tag in {"NNB", "NNG"}


# What happens to a titled event or work ("취소된 ‘…축제’", "수상한 ‘…’"): news about it, not a description.
TITLE_NEWS_VERBS = frozenset({"취소", "연기", "중단", "무산", "폐지", "폐쇄", "금지", "철회", "확정", "선정", "수상", "당선",
                              "지정", "매진", "중지", "연장", "축소", "불발"})


COMPOSED_OF = frozenset({"구성", "이루", "꾸리"})  # "A와 B 연구진으로 구성된 연구팀": what the head is made of


# Particles of emphasis on a count or a phrase inside a clause ("두 번이나", "세 차례도"): no clause boundary.
COUNT_PARTICLES = frozenset({"이나", "나", "도", "만", "조차", "마저"})
SETTING_EVENT_VERBS = EVENT_VERBS | {"폐막", "개막", "마치", "끝나"}


def _quoted_figure(morphs: list[Morph], h: int, j: int) -> bool:
    """Whether the quotation after the noun at ``h`` holds a figure ("특별교부세 ‘총 43억원’"): an amount, not a title."""
    o = next((x for x in range(h, min(j, h + 5)) if morphs[x].tag == "SSO"), None)
    inner = morphs[o + 1 : _closing(morphs, o, j)] if o is not None else []
    return 0 < len(inner) <= 5 and any(m.tag == "SN" for m in inner)  # ('2022 작은 무대에 부는 바람' is a title)


def _subject_at(morphs: list[Morph], h: int, j: int) -> bool:
    """Whether the noun phrase starting at ``h`` (a quoted title counts as one word, "A의 B" as one phrase) is a
    subject or topic."""
    x = h
    while x < j:
        if morphs[x].tag == "SSO":
            x = _closing(morphs, x, j) + 1
        elif _is_nominal(morphs[x]) or morphs[x].tag in {"XPN", "SN", "NNB", "SO"} or morphs[x].tag == "JKG" and x > h:
            x += 1
        else:
            break
    return h < x < j and (morphs[x].tag == "JKS" or morphs[x].tag == "JX" and morphs[x].form in {"은", "는", "ᆫ", "도"}
                          # ("…발표한 종양 관련 연구 역시 …": "역시" marks the topic as "도" does)
                          or morphs[x].tag == "MAG" and morphs[x].form == "역시" and morphs[x].start > morphs[x - 1].end)


def _appositive_title(morphs: list[Morph], h: int, j: int) -> bool:
    """Whether the noun at ``h`` is what a title that follows is said to be ("…넘나들 수 있는 소재인 ‘…’"): the
    clause describes the noun, and the title only names it."""
    x = h
    while x < j and _is_nominal(morphs[x]):
        x += 1
    return x > h and x + 1 < j and morphs[x].tag == "VCP" and morphs[x + 1].tag == "ETM"


def _titled_name(morphs: list[Morph], h: int, j: int) -> bool:
    """Whether the common noun at ``h`` is a person's title right before the name it heads, the two the subject
    ("…이끌고 있는 음악감독 마르쿠스 렌하르트는"): the name picks the person out as a name alone does."""
    n = h + 1
    while n < j and n - h < 3 and morphs[n].tag == "NNG" and morphs[n].start == morphs[n - 1].end:
        n += 1  # ("음악/감독": a compound title)
    if not (morphs[h].tag == "NNG" and n < j and morphs[n].tag == "NNP" and morphs[n].start > morphs[n - 1].end):
        return False
    while n < j and morphs[n].tag == "NNP":
        n += 1
    return n < j and (morphs[n].tag == "JKS" or morphs[n].tag == "JX" and morphs[n].form in {"은", "는", "ᆫ"})


def _titled_head(morphs: list[Morph], h: int, j: int) -> bool:
    """Whether a quoted title starts at ``h``, alone, after its owner ("육군 15사단의 '대성산 감성 페스티벌'") or
    after what it is ("연례 개발자 컨퍼런스 '이프 카카오'")."""
    x = h
    while x < j and x - h < 4 and morphs[x].tag in {"NNG", "NNP", "SN", "SL", "NNB"}:
        x += 1
    if x > h and x < j and morphs[x].tag == "JKG":
        x += 1
    if x >= j or morphs[x].tag != "SSO" or morphs[x].form not in {"'", "‘", '"', "“", "「", "『", "<", "〈", "《"}:
        return False
    close = _closing(morphs, x, min(j, x + 16))
    return close < j and close + 1 < j and morphs[close + 1].tag.startswith("J")


def _drop_event_settings(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
    """"지난 24일 상서면에서 폐막한 육군 15사단의 '대성산 감성 페스티벌'에" -> "육군 15사단의 '대성산 감성
    페스티벌'에": where and when a titled event was held or closed only sets it; the title names it. Only a
    clause whose verb holds or ends an event ("열린", "개최된", "폐막한"), with no subject, number other than a
    date, quotation or clause of its own."""
    for k in range(i + 2, j - 2):
        m = morphs[k]
        if m.tag != "ETM" or m.form not in {"ᆫ", "은", "는"}:
            continue
        verb = morphs[k - 1] if morphs[k - 1].tag.startswith("VV") else morphs[k - 2] if morphs[k - 1].tag.startswith("XSV") else None
        if verb is None or verb.form not in SETTING_EVENT_VERBS or not _titled_head(morphs, k + 1, j):
            continue
        b = k - 1
        while b > i and not (morphs[b - 1].tag in {"JKS", "JX", "EC", "SP", "SF", "ETM", "JKO"} and morphs[b - 1].end < morphs[b].start
                             and not date_part(morphs, b - 1)  # "지난 | 주말 …에서 열린": the date is the clause's
                             and not (morphs[b - 1].tag == "JKO" and morphs[b].form in PURPOSE_FRAMES)  # "…에 기여함을 |
                             # 목적으로 개최되는": what the event is for is the clause's (alone, "…기여함을 ‘…대회’")
                             and not (morphs[b - 1].form in {"부터", "까지"} and morphs[b - 1].tag == "JX")):  # "오늘부터 | 사흘 동안 진행되는"
            b -= 1
        if b > i and morphs[b].tag == "NNB" and morphs[b - 1].tag == "ETM":
            b += 1  # "휴일도 잊은 채 | 다음 달 …개최되는": the bound noun is the modifier's before it ("잊은 채" stays)
        span = morphs[b:k + 1]
        if any(x.tag in {"JKS", "EC", "SSO", "SSC", "EF"} or x.tag in {"SN", "NR"} and not date_part(morphs, y)
               for y, x in enumerate(span, start=b)) or len(span) > 20:
            continue
        if b > i and morphs[b - 1].tag == "JX" and morphs[b - 1].form in COUNT_PARTICLES:
            continue  # "지진이 두 번이나 | 발생한 규슈에서": the clause's subject and count come before
        if b > i and morphs[b - 1].tag == "JKS" and any(x.tag == "JKS" or x.tag == "JX" and x.form in {"은", "는"}
                                                         for x in morphs[k + 1 : j]):
            continue  # "가람시 등이 | 공동 개최한 '등불축제'가 1위": the subject before is the clause's (the main clause
            # has its own): who held it, which would be left reading as the winner
        if any(e.text and e.start < morphs[k].end and morphs[b].start < e.end for e in edits):
            continue  # a replacement inside it (a date dropped already goes with it)
        edits.append(_Edit(morphs[b].start, morphs[k + 1].start))


# Gatherings a body holds to do what it does, named by no "-회"/"-회의" head: "브리핑을 갖고", "본교섭을 열고".
HELD_SESSIONS = frozenset({"브리핑", "교섭", "본교섭", "협상", "선고", "공판", "협의"})  # ("…사건 선고를 열고", "…선고 공판을 열고": a court's session; "당정협의를 열고")


SIGHTING_NOUNS = frozenset({"목격", "발견", "포착"})  # where something was seen or found is what the sentence tells
RANKING_WORDS = frozenset({"번째", "최대", "최고", "최다", "최저", "최소", "가장", "제일", "유일", "1위"})  # a rank, in some scope
FIRST_TIME_WORDS = frozenset({"처음", "최초"})  # "국내에서 처음", "세계에서 최초로": a first, in some scope (not "첫 회동")
FIRST_CASE_NOUNS = frozenset({"사례", "번째", "기록"})  # "…따낸 첫 사례다": a first, too


def _first_case_after(morphs: list[Morph], k: int, j: int) -> bool:
    """Whether the clause after the place at ``k`` ends on a first of its kind ("국내 기업이 중앙아시아 지역에서 원전
    건설 사업을 따낸 첫 사례다"): the place is its scope (without it, "…따낸 첫 사례" claims a first anywhere)."""
    return any(m.form == "첫" and m.tag == "MM" and y + 1 < j and morphs[y + 1].form in FIRST_CASE_NOUNS
               for y, m in enumerate(morphs[k + 1 : j], start=k + 1))


# How a finding was reached: "…를 비교 분석한 결과,", "…를 추적 관찰한 결과,".
STUDY_METHOD_NOUNS = FINDING_NOUNS | frozenset({"연구", "실험", "점검", "검사", "측정", "관측", "설문", "비교", "추적", "관찰", "시험", "평가",
                                               "검토", "모니터링", "시뮬레이션"})
FOUND_STEMS = frozenset({"확인", "발견", "규명", "밝혀내", "밝히", "나타나", "드러나", "입증", "증명"})


def _drop_method_frame(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
    """"연구팀은 …환자 86명과 …정상인 52명의 뇌 조직을 비교 분석한 결과, …단백질이 …발현된다는 사실을 확인했다" ->
    "연구팀, …단백질이 …발현된다는 사실 확인": how the topic reached a finding (a study's method, right after the topic,
    ending "…한 결과,") goes when the bullet is still too long, and what was found stays with who found it. Only a
    method with no subject, topic or quotation of its own, before a finding that ends on a verb of finding ("…사실을
    확인했다"): a bare measure after the frame ("…실적을 분석한 결과, 매출액은 …") is of what was studied."""
    topic = _plain_topic(morphs, i, j, {"EC", "SSO", "JKS"})
    if topic is None:
        return
    for r in range(topic + 3, j - 3):
        m = morphs[r]
        if m.tag in {"SSO", "JKS", "EC", "EF"} or m.tag == "JX" and m.form in {"은", "는", "ᆫ"}:
            return
        if not (m.form == "결과" and m.tag == "NNG" and morphs[r - 1].tag == "ETM" and morphs[r + 1].tag == "SP"):
            continue
        stem = r - 2
        while stem > topic and morphs[stem].tag == "EP":
            stem -= 1
        method = morphs[stem - 1] if morphs[stem].tag == "XSV" else morphs[stem]
        if method.form not in STUDY_METHOD_NOUNS:
            return
        rest = morphs[r + 2 : j]
        if not any(x.form in FOUND_STEMS for x in rest[-6:]) or _points_back(rest) or _refers_back(rest):
            return  # ("…실적을 분석한 결과, 매출액은 소폭 늘었으며 …": what was analysed is whose the figures are)
        if any(e.text and e.start < morphs[r + 1].end and morphs[topic + 1].start < e.end for e in edits):
            return
        edits.append(_Edit(morphs[topic + 1].start, morphs[r + 2].start))
        return


LENGTH_WORDS = frozenset({"이틀", "사흘", "나흘", "닷새", "엿새", "이레", "열흘", "보름"})  # a length of days in one word


def _drop_held_gathering(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
    """"국회는 이날 본회의를 열고 …특별법 개정안을 통과시켰다" -> "국회, …특별법 개정안을 통과시킴": the meeting a body
    held (its day and place with it) only sets the act the sentence reports, as a headline says it. Only right after
    the topic or subject, with nothing of its own but a day, a place and a session's number; not a gathering named
    by a title or a name ("'…관련 간담회'를 열고", "한미 정상회담을 열고": then it says what the act was about), and not
    when the act after it points back ("…회의를 열고 이같이 결정") or has a subject of its own."""
    topic = next((k for k, m in outside_quotes(morphs, i, j) if m.tag in {"JX", "JKS"} and k > i and _is_nominal(morphs[k - 1])), None)
    if topic is None or morphs[topic].tag == "JX" and morphs[topic].form not in {"은", "는", "ᆫ"} \
            or any(m.tag in {"EC", "SSO", "ETM"} for m in morphs[i:topic]):
        return
    start = topic + 1
    for k in range(start + 1, j - 2):
        m = morphs[k]
        if m.tag == "JKB" and m.form in {"와", "과", "하고"}:
            return  # with whom it met (see _met_with) ("…총장협의회 대표들과 화상회의를 열고"): who took part in the act
        if m.tag.startswith(("E", "V", "XSV", "J", "SS")) and not (m.tag in {"JKB", "JKG"} or date_part(morphs, k)):
            if not (m.tag == "JKO" and k + 2 < j):
                return  # a clause, a subject, a quotation of its own
            verb = k + 1
            if morphs[verb].form == "개최" and morphs[verb].tag == "NNG" and morphs[verb + 1].form == "하":
                verb += 1
            elif morphs[verb].form not in HOLDING_VERBS or not morphs[verb].tag.startswith("VV"):
                return
            end = verb + 1
            if end >= j - 1 or morphs[end].tag != "EC" or morphs[end].form != "고":
                return
            end += 1 + (morphs[end + 1].tag == "SP")
            head = morphs[k - 1]
            if not (_gathering(head) or head.form in HELD_SESSIONS and head.tag == "NNG"):
                return
            g = k - 1  # the gathering's name: the words right before its particle, back to a place's or day's particle
            while g > start and morphs[g - 1].tag.startswith(("NN", "SN", "XPN", "XSN")) and not date_part(morphs, g - 1):
                g -= 1
            if any(x.tag in {"NNP", "SL", "SH"} for x in morphs[g:k]):
                return  # a gathering with a name: what it was about
            rest = morphs[end:j]
            if not any(x.tag == "JKO" or _is_stem(x) for x in rest) or _has_subject(rest) or _points_back(rest) \
                    or _refers_back(rest) or any(e.text and e.start < morphs[end].start and morphs[start].start < e.end for e in edits):
                return  # (a replacement inside it; a day dropped already goes with it)
            edits.append(_Edit(morphs[start].start, morphs[end].start))
            return
        if m.tag in {"SN", "NR"} and not date_part(morphs, k) and not (k + 1 < j and morphs[k + 1].form in {"회", "차"}):
            return  # a figure of its own (a session's number, "제418회", is the meeting's)


ATTENDING_STEMS = frozenset({"참석", "참여", "배석", "지켜보", "모이"})


def _drop_attendance(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
    """"…에서 군민과 내빈 3000여 명이 참석한 가운데 군민의 날 기념식을 열고" -> "…에서 군민의 날 기념식을 열고":
    who attended only sets the scene of the event the sentence tells (right before the predicate, "…400여 명이 참석한
    가운데 열렸다", it stays: read blind, how many came is the event's news when nothing else is said of it)."""
    for k in range(i + 4, j - 1):
        if not (morphs[k].form == "가운데" and morphs[k].tag == "NNG" and morphs[k - 1].tag == "ETM" and morphs[k - 1].form == "ᆫ"):
            continue
        stem = k - 3 if morphs[k - 2].tag == "XSV" else k - 2
        if morphs[stem].form not in ATTENDING_STEMS or stem - 1 <= i or morphs[stem - 1].tag != "JKS":
            continue
        b = _attendees_start(morphs, i, stem - 1)
        if b > i and morphs[b - 1].end == morphs[b].start:
            continue  # the list was not read to its start (a word cut in two would be left)
        end = k + 1 + (k + 1 < j and morphs[k + 1].tag == "SP")
        # (a deletion inside the attendees, a bracket's gloss, goes with them: only one across their bounds stops this)
        if b == stem - 1 or not _is_nominal(morphs[b]) or any(e.start < morphs[k].end and morphs[b].start < e.end
                                                              and not (morphs[b].start <= e.start and e.end <= morphs[stem].start and not e.text)
                                                              for e in edits):
            continue
        led = _attendance_led_by(morphs, i, b)
        if end < j and led is not None:
            # "김기웅 군수를 비롯해 | 위원 등 20여 명이 참석한 가운데": who leads the attendance goes with it (alone,
            # "…군수를 비롯해 결과보고회를 개최" says the county held it with the county head)
            start = morphs[led].start
            start = next((e.end for e in edits if not e.text and e.start < start < e.end), start)  # (from where a date
            # dropped with the apposition ends: "지난 24일 …위원장인 | 김하늘 군수를 비롯해")
            _add_covering(edits, _Edit(start, morphs[end].start))
        elif end < j:
            _add_covering(edits, _Edit(morphs[b].start, morphs[end].start))


def _object_before(morphs: list[Morph], i: int, b: int, edits: list[_Edit]) -> bool:
    """Whether an object ("…‘…’를") stays before ``morphs[b]``, outside brackets and quotations and not deleted."""
    return any(m.tag == "JKO" and not any(e.start <= m.start < e.end for e in edits) for _, m in outside_quotes(morphs, i, b))


def _attendees_start(morphs: list[Morph], i: int, b: int) -> int:
    """Where the list of people before ``morphs[b]`` (their particle) starts: nouns, counts and the marks that join
    them ("김 군수를" <- "…위원, 용역사 등 20여 명이"), never a date ("이날 | 권오현 부회장 등이": the day goes on its own).
    A gloss in brackets is part of its noun ("용접, 도장, 족장(비계) 등 …노동자 1,200여명이")."""
    while b > i and morphs[b - 1].tag == "SSC" and morphs[b - 1].form == ")" or b > i and (_is_nominal(morphs[b - 1]) or morphs[b - 1].tag in {"XSN", "XPN", "JC", "JKG", "MM"}
                     or morphs[b - 1].form == "및" and morphs[b - 1].tag in {"MAG", "MAJ"}  # "…구성원 및 동문 등"
                     or morphs[b - 1].tag == "SP" and morphs[b - 1].form in {"·", ","} and b - 2 >= i and _is_nominal(morphs[b - 2])) \
            and not date_part(morphs, b - 1):
        if morphs[b - 1].tag == "SSC":
            opening = next((x for x in range(b - 2, i, -1) if morphs[x].tag == "SSO"), None)
            if opening is None or opening - 1 < i or not _is_nominal(morphs[opening - 1]) or morphs[opening - 1].end != morphs[opening].start:
                return b
            b = opening
            continue
        b -= 1
    return b


def _attendance_led_by(morphs: list[Morph], i: int, b: int) -> int | None:
    """Where "A를 비롯해" / "A를 비롯한" starts when it leads the attendance at ``b`` ("…위원장인 김기웅 군수를 비롯해 |
    위원 등 20여 명이", "시장과 국회의원을 비롯한 | 내빈 300여 명이"), an apposition before the name included. None
    when no such phrase comes right before."""
    if not (b - 4 >= i and morphs[b - 1].tag in {"EC", "ETM"} and morphs[b - 2].tag == "XSV" and morphs[b - 3].form == "비롯"
            and morphs[b - 4].tag == "JKO"):
        return None
    c = _attendees_start(morphs, i, b - 4)
    if c - 2 > i and morphs[c - 1].tag == "ETM" and morphs[c - 2].tag == "VCP" and morphs[c - 2].start == morphs[c - 3].end:
        c -= 2  # "…추진위원장인 | 김기웅 군수": what the name is goes with it
        while c > i and _is_nominal(morphs[c - 1]) and not date_part(morphs, c - 1) and morphs[c - 1].end == morphs[c].start:
            c -= 1
    return c if c < b - 4 and _is_nominal(morphs[c]) else None


GAME_NOUNS = frozenset({"경기", "홈경기", "원정경기", "원정", "맞대결", "대결", "차전", "라운드", "전"})  # "3차전", "17라운드"
ROUND_NOUNS = frozenset({"결승", "결승전", "준결승", "준결승전", "준준결승", "준준결승전", "강전", "예선", "본선", "결선"})
OPEN_AIR_PLACES = frozenset({"거리", "길거리", "노상", "길바닥", "야외", "천막"})  # "거리에서 배식": where it is done now, the point of it
COMPETITION_TAGS = frozenset({"NNP", "NNG", "NNB", "SN", "SL", "SO", "XSN", "NR"})


def _drop_game_settings(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
    """"…상주시민운동장에서 벌어진 2013년 현대오일뱅크 K-리그 챌린지(2부) 17라운드 안양과의 홈경기에서" -> "안양과의
    홈경기에서", "LG 트윈스와 2019 신한은행 마이카 KBO리그 시즌 팀간 3차전에서" -> "LG 트윈스와 3차전에서": the
    season, the sponsor's name of the league and where the game was played only set a game; who the opponent was
    and what came of it are the news. Only a run of names that starts with a year (the season), never a clause."""
    for k in range(i + 1, j - 2):
        m = morphs[k]
        if m.tag != "SN" or len(m.form) != 4 or not m.form.startswith(("19", "20")) or morphs[k - 1].end == m.start:
            continue
        e = k
        while e < j and (morphs[e].tag in COMPETITION_TAGS | {"SSO", "SSC", "JKG"} or morphs[e].form in {"와", "과"}
                         and morphs[e].tag in {"JKB", "JC"}):
            if morphs[e].form in GAME_NOUNS and e + 1 < j and morphs[e + 1].tag == "JKB":
                break
            e += 1
        if e >= j or morphs[e].form not in GAME_NOUNS or e + 1 >= j or morphs[e + 1].tag != "JKB":
            return
        joins = [x for x in range(k, e) if morphs[x].form in {"와", "과"} and morphs[x].tag in {"JKB", "JC"}]
        w = joins[-1] if joins else e  # the opponent's name before "과의", or else the words that count the game
        while w > k and morphs[w - 1].end == morphs[w].start:
            w -= 1
        while not joins and w > k + 1 and any(x.tag == "SN" or x.form in GAME_NOUNS for x in _word_before(morphs, w)):
            w -= len(_word_before(morphs, w))  # "…리그컵 | 8강 2차전 홈경기": the round stays
        while joins and w > k + 1 and morphs[w - 1].tag in {"NNP", "SL"} and morphs[w - 2].end < morphs[w - 1].start:
            w -= 1  # "LG 트윈스와": a name of two words
        if w <= k + 1 or any(x.form in ROUND_NOUNS | {"강"} for x in morphs[w:e]):
            return  # ("리그컵 8강 2차전": a knockout round needs its competition's name)
        b = k
        if b - 2 > i and morphs[b - 1].tag == "ETM" and morphs[b - 2].form in SETTING_EVENT_VERBS | {"벌어지"}:
            # "…상주시민운동장에서 벌어진 | 2013년 …": where it was played goes with the season
            b -= 2
            while b > i and (morphs[b - 1].tag in COMPETITION_TAGS | {"JKB"} or date_part(morphs, b - 1)) \
                    and not (morphs[b - 1].tag == "JKB" and morphs[b - 1].form != "에서"):
                b -= 1
            while b < k and date_part(morphs, b):
                b += 1  # ("14일 | 상주시민운동장에서 …": the date is the sentence's, dropped or kept on its own)
        edits.append(_Edit(morphs[b].start, morphs[w].start))
        return


def _word_from(morphs: Sequence[Morph], i: int) -> list[Morph]:
    """The morphemes of the word (space to space) that starts at ``morphs[i]``: :func:`_word_before`'s other side."""
    end = i + 1
    while end < len(morphs) and morphs[end].start == morphs[end - 1].end:
        end += 1
    return list(morphs[i:end])


def _word_before(morphs: list[Morph], w: int) -> list[Morph]:
    """The morphemes of the word (space to space) that ends right before ``morphs[w]``."""
    b = w - 1
    while b > 0 and morphs[b - 1].end == morphs[b].start:
        b -= 1
    return morphs[b:w] if w > 0 else []


def _drop_adjuncts(morphs: list[Morph], i: int, j: int, edits: list[_Edit], keep: frozenset[str] = frozenset()) -> None:
    """Drop phrases of means or framing ("…추가 인하를 통해", "…행보의 일환으로", "관람객을 대상으로")
    with their modifiers, back to the previous phrase of the clause; never inside quotations, never
    the last phrase before the predicate and never the subject. (A purpose, "…의 안전을 위해", stays: read blind,
    bullets without it lost what the act was for, "…교육환경 개선을 위해 …지원할 계획".) A means the headline names
    (``keep``: "'경선 원칙' 공천" over "…후보를 원칙적으로 경선을 통해 뽑기로") is the news, and stays."""
    for k, m in outside_quotes(morphs, i, j - 2):
        if m.form == "가운데" and m.tag == "NNG" and k > i and morphs[k - 1].tag == "ETM" and morphs[k + 1].tag == "SP" \
                and not any(x.tag == "JX" and x.form in {"은", "는", "ᆫ"} or x.tag == "SSO" and x.form in {"“", '"'} for x in morphs[i:k]) \
                and not _refers_back(morphs[k + 2 : j]):  # ("…거둔 가운데, | 네이버와 카카오도 이같은 흐름을 …": what it points at)
            # (a name in single quotes, "‘가마솥 더위’가 기승인 가운데,", is no quotation; "갈증도 커진 가운데,": "도" is no topic)
            # "…특별재난지역으로 선포된 가운데, 이번 …": the setting before the statement
            _add_covering(edits, _Edit(morphs[i].start, morphs[k + 2].start))
            also = next((y for y in range(k + 2, j) if morphs[y].tag in {"JX", "JKS", "JKO", "JKB", "EC", "ETM", "SSO"}), None)
            if also is not None and morphs[also].form == "도" and morphs[also].tag == "JX" and _is_nominal(morphs[also - 1]) \
                    and morphs[also].start == morphs[also - 1].end:
                # "…경신한 가운데, …전세가격도 상승세를 유지": "also" pointed at the setting; without it the subject is the topic
                # (of a first clause only, when the sentence's subject comes later: "…조성도 예정돼 있어 전남이 …" ->
                # "…조성이 예정돼 있어 전남이 …")
                later = _later_subject(morphs, also + 1, j)
                edits.append(_Edit(morphs[also].start, morphs[also].end, particle_after(morphs[also - 1].form[-1], "가") if later else ","))
            continue
        if m.tag == "JKB" and m.form in {"로부터", "으로부터"} and k > i and _is_nominal(morphs[k - 1]) and m.start == morphs[k - 1].end:
            if _cited_deed(morphs):
                continue  # "…2015년 4월 홍콩 선사 OOCL로부터 …수주한 바 있다": from whom tells the earlier deed apart
            b = _phrase_start(morphs, i, k)  # "행정안전부로부터": where it came from
            comma = next((y for y in range(k - 1, b - 1, -1) if morphs[y].tag == "SP" and morphs[y].form == ","), None) if b is not None else None
            if comma is not None:
                b = comma + 1  # "…25개를 발견, 국제 천문연맹으로부터": the verbal noun before the comma is an act of its own
            if b is not None and b > i and any(_is_stem(x) or x.tag in {"NNG", "NNP"} for x in morphs[k + 1 : j - 1]):
                edits.append(_Edit(morphs[b].start, morphs[k + 1].start))
            continue
        if (m.form, m.tag[:3]) not in ADJUNCT_HEADS and (m.form, m.tag[:2]) not in ADJUNCT_HEADS:
            continue
        if m.form in {"통하", "앞세우"}:  # "…을 통해", "…를 통하여", "…의 활약을 앞세워"
            if k == i or morphs[k - 1].tag != "JKO" or morphs[k + 1].tag != "EC" or morphs[k + 1].form not in {"어", "아", "여"}:
                continue
            if k >= 2 and content_key(morphs[k - 2]) in keep:
                continue  # "…원칙적으로 경선을 통해 뽑기로" under "'경선 원칙' 공천": how is the news
            e = k + 2
        elif m.form in MEANS_NOUNS or m.form == "기념":  # "…을 이용해", "…를 활용하여", "개관을 기념해"
            if k > i and morphs[k - 1].tag == "JKO" and m.tag == "NNG" and morphs[k + 1].tag == "SP" and morphs[k + 1].form == ",":
                e = k + 1  # "…망원경을 이용, …": the verbal noun alone before a comma
            elif k == i or morphs[k - 1].tag != "JKO" or morphs[k + 1].form != "하" or morphs[k + 2].tag != "EC" \
                    or morphs[k + 2].form not in {"어", "아", "여"}:
                continue
            else:
                e = k + 3
        else:  # "…의 일환으로", "…을 대상으로", "…규명 차원에서"
            if morphs[k + 1].tag != "JKB" or morphs[k + 1].form not in ({"에서"} if m.form == "차원" else {"으로", "로"}) or k == i:
                continue
            if m.form in {"대상", "계기"} and morphs[k - 1].tag != "JKO" or m.form == "일환" and morphs[k - 1].tag != "JKG":
                continue  # "…을 계기로"
            e = k + 2
            if e < j and morphs[e].form == "하" and morphs[e].tag.startswith("VV"):
                continue  # "…을 대상으로 한 조사": a relative clause of the noun after it
            if m.form == "대상" and not _own_object(morphs, e, j):
                continue  # "…학교만을 대상으로 지원했으나": whom the verb acts on; "…을 대상으로 조사를 실시" has its own
        if e >= j or morphs[e].start == morphs[e - 1].end and morphs[e].tag != "SP" or morphs[e].tag == "VX":
            continue  # ("…대중교통을 이용해 달라고": the verb an auxiliary asks for, no means)
        w = j - 1  # the predicate's word: its last morpheme ("발표"), or all of a verb before an auxiliary ("이동하도록 했다")
        while morphs[j - 1].tag == "EC" and w > e and morphs[w].start <= morphs[w - 1].end:
            w -= 1
        if not any(_is_stem(x) or x.tag in {"NNG", "NNP"} for x in morphs[e:w]):
            continue  # the adjunct is all that is left before the predicate ("…를 활용해 이동하도록 했다")
        b = _phrase_start(morphs, i, k - 1)  # the phrase includes the head's own particle ("…를 통해")
        at_head = b is not None and all(date_part(morphs, y) or morphs[y].tag == "SP" for y in range(i, b))
        verb = e + 1 if e + 1 < j and morphs[e].tag.startswith("NN") and morphs[e + 1].tag in {"XSV", "XSA"} \
            and morphs[e + 1].start == morphs[e].end else e  # "진행된": 진행 + 되 + ㄴ
        if at_head and verb + 1 < j and _is_stem(morphs[verb]) and morphs[verb + 1].tag == "ETM" and not date_part(morphs, e):
            # "…1주년을 기념해 열린 특별전에는 …", "2일 오후 8시 멜론 티켓을 통해 진행된 …예매는": the bullet would
            # open on a bare "열린" (a date before the phrase goes anyway)
            continue
        if b is None or b == i and any(x.tag == "JKS" or x.tag == "JX" and x.form in {"은", "는"} for x in morphs[b:k]) \
                and not any((x.tag == "JKS" or x.tag == "JX" and x.form in {"은", "는"}) and _is_nominal(morphs[y - 1])
                            and not _modifies_next(morphs, y + 1, j) for y, x in enumerate(morphs[e:j], start=e)):
            continue  # "연구팀이 만든 구조체에 … DNA를 통해 …을 유도": with no subject after it, the adjunct holds who did it
        if morphs[b].tag == "MAG" and morphs[b].form in COMITATIVE_ADVERBS and b > i and morphs[b - 1].tag in {"JKB", "JX"}:
            continue  # "…기획전시와는 | 달리 수집된 작품을 통해": the adverb closes the comparison before it, which needs it
        before = b - 1
        while before > i and (morphs[before].tag == "MAG" or morphs[before].tag == "EC" and morphs[before].form in {"어", "아"}
                              and morphs[before - 1].tag.startswith("VV") and morphs[before - 1].end >= morphs[before].start):
            before -= 1 if morphs[before].tag == "MAG" else 2  # (an adverb, or a verb's adverbial form: "연이어")
        if before > i and morphs[before].tag == "JKS" and any(x.tag == "ETM" for x in morphs[b:k]):
            continue  # "…한·중이 연이어 | 에이펙을 개최하는 것을 계기로": the subject of the clause the adjunct names stays
            # with it (alone, "한·중이 연이어 한·중 관계를 발전시켜")
        if m.form == "통하" and any(x.tag == "SN" and not date_part(morphs, y) for y, x in enumerate(morphs[b:k], start=b)):
            continue  # "추가 인하(0.75%→0.50%)를 통해": a means with figures of its own is part of the news
        own = [y for y in range(b + 1, k - 1) if (morphs[y].tag == "JKS" or morphs[y].tag == "JX" and morphs[y].form in {"은", "는"})
               and _is_nominal(morphs[y - 1]) and not _modifies_next(morphs, y + 1, j)]
        if own:
            b = own[-1] + 1  # "카카오뱅크가 | …캐릭터들을 앞세워 …뛰어들면서 인터넷은행 바람은": who acts stays (the subject
            # after it is the main clause's, not the first clause's)
        if b > i and morphs[b - 1].tag in {"JKB", "JC"} and morphs[b - 1].form in {"와", "과"} and morphs[b - 1].end < morphs[b].start:
            continue  # "…귀농귀촌 사업 등과 | 연계를 통해": what it is linked with would read as one more item of the object
        if b > i and morphs[b - 1].tag == "EC" and morphs[b - 1].form in {"어", "아", "여"} and _opens_with_verb(morphs, b, k):
            continue  # "…내부 경쟁을 거쳐 | 출품된 217편의 작품을 대상으로": the phrase's relative clause began before it
        if b > i and morphs[b - 1].tag == "EC" and morphs[b - 1].form == "거나":
            continue  # "지능형 농장을 도입했거나 | 관심 있는 농업인을 대상으로": the alternative describes the same noun
        if morphs[k - 1].tag == "JKO" and any(morphs[y].tag == "JKO" and morphs[y + 1].tag == "SP" for y in range(i, b)):
            continue  # "…는 신설 선로를, …는 기존 선로를 활용해 개통": an object before a comma shares the adjunct's verb
        stop = morphs[e].start if morphs[e].tag != "SP" else (morphs[e + 1].start if e + 1 < j else morphs[e].end)
        # (after the topic, not after a range's "까지": "지난 13일부터 17일까지 | 수험생 1,872명을 대상으로 조사한 결과,"
        # keeps its verb; read blind, "17일까지 결과" was broken)
        if (b == i or morphs[b - 1].tag == "SP" or morphs[b - 1].tag == "JX" and morphs[b - 1].form in {"은", "는", "ᆫ", "도"}) \
                and verb + 2 < j and _is_stem(morphs[verb]) and not date_part(morphs, verb) \
                and morphs[verb + 1].tag == "ETM" and morphs[verb + 2].start > morphs[verb + 1].end:
            # "…연구원은 | 1인 가구 3,000명을 대상으로 실시한 | ‘…실태조사’ 결과를 발표": the relative clause is the adjunct
            # and its verb; without the adjunct it is a bare verb ("연구원, 실시한 ‘…’ 결과를 발표"): both go
            stop = morphs[verb + 2].start
        _add_covering(edits, _Edit(morphs[b].start, stop))


def _opens_with_verb(morphs: list[Morph], b: int, k: int) -> bool:
    """Whether the phrase from ``b`` opens with a verb that modifies what follows ("출품된 …작품을", "개발한 …기술을")."""
    w = b
    while w + 1 < k and morphs[w + 1].start <= morphs[w].end:  # ("된": "되" and "ㄴ" share the syllable)
        w += 1
    return morphs[w].tag == "ETM" and any(x.tag.startswith(("VV", "XSV")) for x in morphs[b:w])


def _own_object(morphs: list[Morph], e: int, j: int) -> bool:
    """Whether the predicate after ``e`` (up to its clause ending) has an object of its own (which a relative
    clause may modify: "…을 대상으로 김장에 이용되는 품목 가격 조사 결과를 발표")."""
    for x in range(e, j):
        if morphs[x].tag == "JKO":
            return True
        if morphs[x].tag in {"EC", "EF"}:
            return False
    return False


def _phrase_start(morphs: list[Morph], i: int, k: int) -> int | None:
    """Start of the phrase ending at ``k``: back over its modifiers (nouns, genitives, relative clauses)
    to the previous topic, comma, clause ending or argument of the main clause (whose subject is
    never crossed). None when the phrase holds a quotation."""
    b = k
    while b > i:
        prev = morphs[b - 1]
        if prev.tag == "SSC" and prev.form == ")":
            o = next((x for x in range(b - 2, i, -1) if morphs[x].tag == "SSO" and morphs[x].form == "("), None)
            if o is not None and morphs[o].start == morphs[o - 1].end and (_is_nominal(morphs[o - 1]) or morphs[o - 1].tag == "MM"):
                b = o  # "인공지능(AI) 활용": a gloss in brackets is part of its word ("고(故) 다나카 …": of the determiner's too)
                continue
        if prev.end < morphs[b].start or prev.tag == "SP":  # a word boundary: what ends the word before?
            if prev.tag == "SP" and b - 2 >= i and (_is_nominal(morphs[b - 2]) or morphs[b - 2].form == ")"):
                pass  # a comma inside a list of nouns ("퀴즈풀이, 노래 공연 등을 통해", "손흥민(토트넘), 이강인의 …")
            elif _auxiliary_link(morphs, b - 1, progressive=True):
                pass  # "각광받고 있는 소재를 이용해": the auxiliary's verb is the same relative clause
            elif prev.tag == "EC" and prev.form == "고" and b - 2 >= i and _describes(morphs, b - 2) and _adnominal_word(morphs, b, k):
                pass  # "도전적이고 주도적인 연구를 통해": the two describing words are one modifier of the noun
            elif _adverb_ending(morphs, b - 1) and any(x.tag == "ETM" for x in morphs[b:k]):
                pass  # "새롭게 도전하는 …사업을 통해": an adverb of the relative clause inside the phrase
            elif prev.tag == "NNB" and prev.form in {"등", "만큼"} and b - 2 >= i and morphs[b - 2].tag == "ETM":
                break  # "…을 신청하는 등 A씨로부터", "…AI가 접목되는 만큼 그간 쌓은 기술력을 앞세워": "-는 등", "-는 만큼"
                # end a clause of its own, no modifier of the noun after it
            elif prev.tag == "SSC" and prev.form not in {")", "]"} and _is_nominal(morphs[b]):
                return None  # "‘…안전관리대책’ 관련 전담팀을 통해": the title in quotation marks is part of the phrase
            elif prev.tag in {"JX", "SP", "EC", "EF", "SF", "SSC", "SSO"}:
                break
            if prev.tag in {"JKS", "JKO", "JKB", "JKC"} and not any(x.tag == "ETM" for x in morphs[b:k]):
                break  # an argument of the main clause, not of a relative clause inside the adjunct
            if prev.tag == "MM" and prev.form == "이" and b - 2 >= i and morphs[b - 2].end == prev.start and _is_nominal(morphs[b - 2]):
                break  # "삼성이 하만을 통해": Kiwi can read a subject's "이" as the determiner "이"
        b -= 1
    if any(x.tag in {"SSO", "SSC"} and x.form not in {"(", ")"} for x in morphs[b:k]):
        return None
    return b


def _describes(morphs: Sequence[Morph], x: int) -> bool:
    """Whether the morpheme at ``x`` ends a describing word: an adjective's stem ("크고"), or the copula of a
    noun in "-적" ("도전적이고")."""
    m = morphs[x]
    return m.tag in {"VA", "XSA"} or m.tag == "VCP" and x > 0 and morphs[x - 1].tag == "XSN" and morphs[x - 1].form == "적"


def _adnominal_word(morphs: Sequence[Morph], b: int, k: int) -> bool:
    """Whether the word from ``b`` (before ``k``) is a describing word in its adnominal form ("주도적인", "새로운")."""
    y = b
    while y + 1 < k and morphs[y + 1].start <= morphs[y].end:
        y += 1
    return morphs[y].tag == "ETM" and y > b and _describes(morphs, y - 1)


def _time_topic_only(clause: list[Morph]) -> bool:
    """Whether the only topic or subject of a clause outside quotations is a time ("올해는", "이날은")."""
    subjects = [clause[k - 1].form for k, m in outside_quotes(clause) if k and _is_nominal(clause[k - 1])
                and (m.tag == "JX" and m.form in {"은", "는", "ᆫ"} or m.tag == "JKS")]
    return bool(subjects) and all(form in TIME_TOPICS for form in subjects)


SPENT_COUNTERS = frozenset({"시간", "분", "초", "일", "주", "개월", "달", "년"})  # of time spent: "8시간이 걸렸다"


def _spent_subject(clause: list[Morph]) -> bool:
    """Whether a clause's only subject is the time something took ("…이동하는 데만 8시간이 넘게 걸렸다"): no one who
    acts; the clause is still about the topic of the clause before ("해경은 …급파했지만,")."""
    subjects = [k for k, m in outside_quotes(clause) if k > 1 and m.tag == "JKS" and _is_nominal(clause[k - 1])]
    return len(subjects) == 1 and clause[subjects[0] - 1].form in SPENT_COUNTERS and clause[subjects[0] - 2].tag == "SN" \
        and not any(m.tag == "JX" and m.form in {"은", "는"} for _, m in outside_quotes(clause))


def _named_topic(morphs: list[Morph], start: int) -> bool:
    """Whether the topic or subject from ``start`` on names something (a proper noun or a Latin word before its
    particle: "하나금융지주의 누적영업이익은")."""
    for x in range(start, len(morphs)):
        m = morphs[x]
        if m.tag in {"NNP", "SL"}:
            return True
        if m.tag in {"JKS", "EC", "EF"} or m.tag == "JX" and m.form in {"은", "는", "ᆫ", "도"} or m.tag == "ETM" and not date_part(morphs, x):
            return False  # (not "지난 1월부터 9월까지": a date before the topic)
    return False


def _place_pair_follows(morphs: list[Morph], k: int, j: int) -> bool:
    """Whether the place phrase ending at ``morphs[k]`` ("…에서") is the first of a pair told side by side ("아프간에서 90여
    명, 파키스탄에서 340여 명이"): another "…에서" follows its comma before any clause ends."""
    comma = next((x for x in range(k + 1, min(j, k + 8)) if morphs[x].tag == "SP" or morphs[x].tag in {"EC", "EF", "ETM"}), None)
    if comma is None or morphs[comma].tag != "SP":
        return False
    return any(morphs[x].tag == "JKB" and morphs[x].form == "에서" for x in range(comma + 1, min(j, comma + 8))
               if not any(morphs[y].tag in {"EC", "EF", "ETM"} for y in range(comma + 1, x)))


def _main_subject(morphs: list[Morph], i: int, j: int) -> bool:
    """Whether ``morphs[i:j]`` has a subject or topic outside quotations that is not only a short relative clause's
    ("최저임금이 시간당 8350원으로 오르는 내년 1월을 앞두고 …": the relative clause ends before any other argument;
    "시내버스가 신호를 받고 좌회전하던 레미콘을 …": an object first, the subject is the sentence's)."""
    for k, m in outside_quotes(morphs, i, j):
        if k == i or not _is_nominal(morphs[k - 1]) or not (m.tag == "JKS" or m.tag == "JX" and m.form in {"은", "는", "ᆫ"}):
            continue
        if m.tag == "JX":
            return True
        after = next((x for x in range(k + 1, j) if morphs[x].tag in {"ETM", "JKO", "JKS", "JX", "EC", "SP", "EF"}), None)
        if after is None or morphs[after].tag != "ETM" or _sizing_clause(morphs, after):
            return True  # ("넥스플레이가 …18%에 해당하는 약 260명을 감원": a clause that only sizes the object)
    return False


ADVERBIAL_TOPICS = frozenset({"때", "경우"})  # "…외출할 때는", "…초과할 경우에는": when, not who


def _has_subject(morphs: list[Morph]) -> bool:
    """Whether a clause has a topic or subject particle right after a noun, or after a name in single quotation marks
    ("토종거북 '남생이'는 월출산에 …")."""
    for k, m in enumerate(morphs):
        if k == 0 or not (_is_nominal(morphs[k - 1]) or morphs[k - 1].tag == "SSC" and morphs[k - 1].form in {"’", "'"}):
            continue
        if m.tag == "JX" and m.form in {"은", "는", "ᆫ"} and morphs[k - 1].form not in ADVERBIAL_TOPICS:
            return True  # (not "…외출할 때는": a time set against another, no one who acts)
        # a subject followed by a relative clause ending, or by an embedded question ("이유가 뭔지 가르쳐야"),
        # belongs to that embedded clause
        # ... and one followed by a quote ending ("시가 …이행해야 한다고 요구") is the reported clause's, not the speaker
        # ... and one of a clause made the object ("합의 정신이 유효함을 재확인") is that clause's
        # ... but not one of a forecast's frame ("…780만명이 혜택을 받을 것으로 예상된다": the clause's own outlook)
        if m.tag == "JKS" and not any(r.tag == "ETM" and not _same_period(morphs, x - 1) and not _modal_ending(morphs, x)
                                      and not _forecast_frame(morphs, x) and not _finding_frame(morphs, x)
                                      and not _sizing_clause(morphs, x)
                                      or r.tag == "EC" and r.form in QUESTION_ENDINGS | QUOTE_ENDINGS - {"고"}
                                      or r.tag == "ETN" and x + 1 < len(morphs) and morphs[x + 1].tag == "JKO"
                                      for x, r in enumerate(morphs[k + 1 :], start=k + 1)) \
                and next((r.form for r in morphs[k + 1 :] if r.tag == "EC"), None) not in CONDITION_ENDINGS \
                and not _feeling(morphs, k):
            # ("재판장이 '기각한다'고 판결하자 … 욕설을 반복했다": the judge is the subject of "-자" only)
            return True
    return False


SIZING_VERBS = frozenset({"해당", "달하", "이르", "육박", "넘", "웃돌", "밑돌", "상당"})  # "…의 18%에 해당하는 약 260명"


def _sizing_clause(morphs: Sequence[Morph], x: int) -> bool:
    """Whether the relative clause ending at ``x`` only sizes the noun after it by a figure ("전체 임직원의 18%에 해당하는
    약 260명을", "매출의 30%에 달하는 1천억원을"): no clause a subject before it could belong to."""
    v = x - 1 - (x >= 2 and morphs[x - 1].tag in {"XSV", "XSA"} and morphs[x - 1].form == "하")
    if v < 2 or morphs[v].form not in SIZING_VERBS or morphs[x].form not in {"는", "ᆫ", "은"}:
        return False
    particle = morphs[v - 1]
    if not (particle.tag == "JKB" and particle.form == "에" or particle.tag == "JKO"):
        return False
    # the figure right before the particle ("18%", "1조원"), and a figure or a counted noun right after the clause
    before = morphs[v - 2]
    return (before.tag in {"SN", "NR", "NNB", "SW"}) and x + 1 < len(morphs) and any(m.tag == "SN" for m in morphs[x + 1 : x + 4])


FEELING_VERBS = frozenset({"들", "나", "생기"})  # "의심이 들어", "겁이 나서": what came over someone


def _feeling(morphs: Sequence[Morph], k: int) -> bool:
    """Whether the subject particle at ``k`` is that of a feeling that came over someone, told as a cause ("의심이
    들어 경찰에 신고했다"): a noun right before it and a verb of :data:`FEELING_VERBS` with "-어(서)" right after. The
    one who felt it is who acts next, not the feeling."""
    return k + 2 < len(morphs) and morphs[k - 1].tag == "NNG" and morphs[k + 1].form in FEELING_VERBS \
        and morphs[k + 1].tag.startswith(("VV", "VX")) and morphs[k + 2].tag == "EC" and morphs[k + 2].form in {"어", "아", "어서", "아서"}


def _modal_ending(morphs: Sequence[Morph], x: int) -> bool:
    """Whether the ending at ``x`` opens "-ㄹ 수 있다/없다" ending the sentence ("위치를 확인할 수 있었다"): the clause's
    own modality, no relative clause the subject could belong to."""
    if not (x + 2 < len(morphs) and morphs[x].form in {"ᆯ", "을"} and morphs[x + 1].form == "수" and morphs[x + 1].tag == "NNB"
            and morphs[x + 2].form in {"있", "없"}):
        return False
    y = x + 3
    while y < len(morphs) and morphs[y].tag == "EP":
        y += 1
    return y < len(morphs) and morphs[y].tag == "EF"  # (not "…발전할 수 있도록": a purpose clause of its own)


# Named times whose "같은 기간/달" is a fixed comparison ("전년 같은 기간"), not a time told before.
PERIOD_NOUNS = frozenset({"전년", "작년", "지난해", "예년", "평년", "전월", "전분기", "지난달", "지난주", "전주"})


def _same_period(morphs: Sequence[Morph], x: int) -> bool:
    """Whether ``morphs[x]`` is the "같" of "전년 같은 기간" (the same period of a named time): a fixed comparison,
    no relative clause and nothing pointing back."""
    return 0 < x and x + 1 < len(morphs) and morphs[x].form == "같" and morphs[x].tag == "VA" \
        and morphs[x + 1].tag == "ETM" and morphs[x - 1].form in PERIOD_NOUNS


# Endings of a clause that sets the time or condition of the main one ("…판결하자", "…오르면", "…없으므로"):
# a subject before them is theirs, not the main predicate's.
CONDITION_ENDINGS = frozenset({"자", "자마자", "면", "으면", "니까", "으니까", "므로", "으므로"})


FORECAST_WORDS = frozenset({"예상", "전망", "추정", "관측", "예측", "기대", "내다보", "보이", "추산", "점치"})
POINTING_PRONOUNS = frozenset({"이", "이것", "그것", "이들", "그"})
SUBJECT_PRONOUNS = POINTING_PRONOUNS | {"그녀", "그들"}


def _by_kind_end(morphs: Sequence[Morph], i: int, j: int) -> int | None:
    """Where a way of viewing figures that opens ``morphs[i:j]`` ends ("설립 유형별로", "지역별로"): one to three nouns,
    "별" and "로", and more after it; None without one."""
    y = i
    while y < j and y - i < 3 and morphs[y].tag in {"NNG", "NNP"}:
        y += 1
    return y + 2 if i < y and y + 2 < j and (morphs[y].form, morphs[y].tag) == ("별", "XSN") and morphs[y + 1].form == "로" else None


def _viewed_by_kind(clause: Sequence[Morph]) -> bool:
    """Whether a clause opens on a way of viewing figures ("설립 유형별로는", "지역별로 보면"): the figures it breaks
    down are named before it."""
    return _by_kind_end(clause, 1 if clause and clause[0].tag == "SP" else 0, len(clause)) is not None


def _geot_frame(morphs: Sequence[Morph], x: int, words: frozenset[str]) -> bool:
    """Whether "…것으로 W" opens right after ``x`` (a modifier ending), W one of ``words``."""
    return x + 3 < len(morphs) and morphs[x + 1].form == "것" and morphs[x + 2].tag == "JKB" \
        and morphs[x + 2].form in {"으로", "로"} and morphs[x + 3].form in words


def _forecast_frame(morphs: Sequence[Morph], x: int) -> bool:
    """Whether a forecast's frame opens right after ``x`` (a modifier ending: "…받을 것으로 예상된다", "…늘 것으로
    보인다")."""
    return _geot_frame(morphs, x, FORECAST_WORDS)


def _finding_frame(morphs: Sequence[Morph], x: int) -> bool:
    """Whether a finding's frame opens right after ``x`` (a modifier ending: "…가구의 약 3분의 1이 …이사한 것으로
    조사됐다", "…오른 것으로 나타났다"): what was found is the clause's own statement, its subject the sentence's."""
    return _geot_frame(morphs, x, FINDING_VERBS | FINDING_NOUNS)


MOST_OF = frozenset({"대부분", "대다수", "상당수"})  # an opening share of a set: of the set named before, unless "…의 X" follows


def opens_with_a_share(morphs: Sequence[Morph], i: int = 0) -> bool:
    """Whether the word that opens at ``morphs[i]`` is a share of a set with no set of its own ("대부분 준공된 지 20년이
    넘은 단지로, …", "대부분은 20대였다"; not "대부분의 시민은"): most of the ones the sentence before named."""
    word = _word_from(morphs, i)
    share = "".join(m.form for m in word if m.tag in {"NNG", "MAG", "XPN"})  # (Kiwi may read "대" + "부분")
    return share in MOST_OF and not any(m.form == "의" and m.tag == "JKG" for m in word)


def tells_a_finding(morphs: Sequence[Morph]) -> bool:
    """Whether a sentence ends on the frame of what a survey, a count or an inquiry found ("…쉬는 청년도 늘고 있는 것으로
    나타났다", "…2214조원으로 집계됐다"): news told without its source, not a scene."""
    cut = _strip_finding_frame(list(morphs), 0, len(morphs))
    return cut < len(morphs)


def _forecast(clause: list[Morph]) -> bool:
    """Whether a clause frames what it says as a forecast: "…할 것으로 예상했다", "…할 것으로 내다봤다"."""
    return any(_forecast_frame(clause, x - 1) for x, m in enumerate(clause) if m.form == "것")


def _points_back(clause: list[Morph]) -> bool:
    """Whether a clause's subject is a pronoun pointing to the clause before ("…예상되며, 이는 …한 규모다")."""
    for k, m in enumerate(clause[1:], 1):
        if m.tag in {"JX", "JKS"}:
            return clause[k - 1].tag == "NP" and clause[k - 1].form in POINTING_PRONOUNS
        if m.tag.startswith(("E", "V", "XS")):
            return False
    return False


# Endings of an embedded question ("…이유가 뭔지", "…적용되는지").
QUESTION_ENDINGS = frozenset({"ᆫ지", "는지", "은지", "ᆯ지", "을지", "냐", "느냐"})


# How a fact came to light ("…보도로 확인됐다", "…조사로 드러났다"): no figure or state the finding verb reports.
DISCLOSING_NOUNS = frozenset({"보도", "조사", "취재", "수사", "분석", "감사", "자료", "통계", "점검", "검사", "영상", "기록", "문서"})
# Nouns that make the clause before them a time or condition ("바쁠 때는", "필요한 경우에는"): no topic.
WHEN_NOUNS = frozenset({"때", "경우", "동안", "뒤", "후", "전", "무렵", "직후", "이후", "이전"})
SET_IN_TIMES = WHEN_NOUNS | TIME_TOPICS  # "코로나 이후,", "당시,": a time the sentence is set in
# "흥미로운 점은 X라는 사실이다": the point is X. Heads of such frames and the nouns that close them.
FRAME_HEADS = frozenset({"점", "것", "사실", "핵심", "특징"})
FRAME_TAILS = frozenset({"사실", "것", "점"})
FRAME_LINKS = frozenset({"다는", "ᆫ다는", "는다는", "라는", "이라는", "는", "ᆫ"})


def _unwrap_frame(morphs: list[Morph]) -> list[Morph]:
    """The clause X of "…한 점은 X라는 사실이다" (the sentence itself when it has no such frame)."""
    t = next((k for k, m in enumerate(morphs) if m.tag == "JX" and m.form in {"은", "는"}), None)
    if t is None or t == 0 or morphs[t - 1].form not in FRAME_HEADS or any(m.tag in {"EC", "EF", "SSO"} for m in morphs[:t]):
        return morphs
    j = len(morphs)
    while j > t and morphs[j - 1].tag in {"SF", "SP", "EF"}:
        j -= 1
    if j - 3 > t + 1 and morphs[j - 1].tag == "VCP" and morphs[j - 2].form in FRAME_TAILS and morphs[j - 3].tag == "ETM" \
            and morphs[j - 3].form in FRAME_LINKS:
        return morphs[t + 1 : j - 2]
    return morphs


DATE_UNITS = frozenset({"일", "시", "분"})
RECURRING_TIMES = frozenset({"평일", "주말", "휴일", "주중", "매일", "매주", "매달", "매월", "매년", "밤낮"})  # a schedule's days
TRIAL_STAGES = frozenset({"1심", "2심", "3심", "항소심", "상고심", "원심", "하급심", "파기환송심", "결심"})
PASSED_TIMES = frozenset({"년", "개월", "달", "주", "주일", "일", "시간", "분", "해", "세월"})  # "…2년이 지난"
DURATION_WORDS = LENGTH_WORDS | frozenset({"동안", "간", "내내"})  # "6일과 7일 이틀간" is one span
GLOSSED_DAY_WORDS = DAY_WORDS | {"내일", "모레", "그제"}  # a broadcast's day words it glosses with the date ("내일(23일)")
RELATIVE_TIME_NOUNS = frozenset({"뒤", "후", "전", "만", "이후", "이전", "이내", "안", "째", "중"})  # ("오늘 중으로": within the day)
_DAY_TIMES = frozenset({"오전", "오후", "새벽", "밤", "낮", "정오", "자정"})  # parts of a day: a time of their own
_DATE_NOUNS = frozenset({"월", "일", "시", "분", "초", "년", *_DAY_TIMES, *DAY_WORDS})


LIST_ITEM_TAGS = frozenset({"NNG", "NNP", "SL", "SH", "SN", "NR", "NNB", "XSN", "XPN", "SW"})
LIST_KEPT = 2  # items a long list keeps before "등"


def _list_follows(morphs: list[Morph], start: int, j: int) -> bool:
    """Whether a list of nouns opens what follows a topic, so that a topic comma would read as one more item:
    a list that is all that follows ("키워드는 민생, 안전, 개혁, 소통이다"), or one with a subject particle of
    its own ("수출은 반도체, 자동차, 선박이 이끌었다", "공공서비스는 외래진료비(2.5%), 하수도료(7.1%) 등이
    올랐고 …"). A list ending in another case ("3일, 5일에", "A동, B동을") is an argument of the topic's verb,
    and the topic comma reads fine before it. A bare figure and its comma right after the topic open a list too
    ("고등어는 11.1만 톤, 9.3% 감소" -> not "고등어, 11.1만 톤, 9.3% 감소"; see :func:`_figure_and_comma_follow`)."""
    if _figure_and_comma_follow(morphs, start, j):
        return True
    commas, x, depth = 0, start, 0
    while x < j:
        t = morphs[x]
        depth += t.tag == "SSO"
        depth -= t.tag == "SSC" and depth > 0
        if t.tag == "SP" and t.form == "," and not depth:  # (commas inside a quotation list nothing)
            commas += 1
        elif not (depth or t.tag in LIST_ITEM_TAGS or t.tag in {"SSO", "SSC"}):
            break
        x += 1
    if x == start or morphs[x - 1].tag == "SP":
        return False
    # ("피해 규모는 피해자 133명, 피해액 200억원이었지만": a list the topic is, by a copula)
    copula = x + 1 < j and morphs[x].tag == "VCP" and morphs[x + 1].tag in {"EC", "EP"}  # (not "우주인" read as "우주" + "이" + "-ㄴ")
    if x < j and morphs[x].tag == "JKS":
        ending = next((t for t in morphs[x + 1 : j] if t.tag in {"EC", "EF", "ETM"}), None)
        if ending is not None and ending.tag == "ETM":
            return False  # "삼성전자는 | 권오현 부회장, 김기남 사장 등이 참석한 가운데 …": the list is a modifying clause's subject
    return x == j and commas >= 2 or x < j and (morphs[x].tag == "JKS" or copula) and commas >= 1


def _list_commas(morphs: list[Morph], start: int, j: int) -> list[int]:
    """The commas of a list of short nouns that opens what follows a headline comma and ends in a particle or
    "등" ("강원, 경기, 서울, 전남에", "택배 배달, 계단 오르기 등을"), or none: after "여야," its commas would read
    as one list with the topic."""
    if start < j and morphs[start].form in LEAD_CONNECTIVES | TIME_TOPICS:
        return []  # "여성은 결국, 경찰에 붙잡혔는데": a connective or a time (Kiwi's nouns "결국", "당시") opens no list
    if start + 3 < j and morphs[start].tag == "SN" and morphs[start + 1].form == "," and morphs[start + 2].tag == "SN" \
            and morphs[start + 3].tag == "NNB" and morphs[start + 3].start == morphs[start + 2].end:
        return [start + 1]  # "‘관상’, 14, 15일 주말동안" -> "14·15일": two numbers sharing one unit
    commas, x, words = [], start, 0
    while x < j:
        t = morphs[x]
        if t.tag == "SP" and t.form == ",":
            if words == 0 or x + 1 >= j or morphs[x + 1].start == t.end:
                return []
            commas.append(x)
            words = 0
        elif t.form == "등" and t.tag == "NNB" and words:
            break
        elif t.tag in LIST_ITEM_TAGS - {"SW"} or t.tag.startswith("VV") and x + 1 < j and morphs[x + 1].tag == "ETN" \
                and morphs[x + 1].start == t.end:
            words += x == start or morphs[x - 1].end < t.start
            if words > 2:
                return []  # an item of three words or more is a phrase, not a name in a list
            x += t.tag.startswith("VV")  # "계단 오르기": the verb's noun form is one item
        else:
            break
        x += 1
    if not commas or len(commas) > MAX_DOTTED_COMMAS or x >= j or words == 0:
        return []  # (a longer list is shortened, "A, B 등", when the bullet is too long)
    if morphs[x].form == "등" and morphs[x].tag == "NNB":  # "A, B 등을", "A, B 등 체험 행사를"
        x += 1
        while x < j and morphs[x].tag in {"NNG", "NNP"}:
            x += 1
    # (the particle may be the one the headline's predicate takes with it: "…등 체험 행사를 열었다" -> "…행사 개최")
    if x <= j and x < len(morphs) and (morphs[x].tag in {"JKO", "JKB", "JKG"}
                                       or morphs[x].tag == "JX" and morphs[x].form in LIST_END_PARTICLES):
        return commas  # ("스페인, 뉴질랜드까지 진출" -> "스페인·뉴질랜드까지 진출")
    return []


LIST_END_PARTICLES = frozenset({"까지", "도", "만", "조차", "마저"})  # a list ending in these is an argument too


MAX_DOTTED_COMMAS = 2  # lists of up to three items are dotted after a headline comma


def _paired_lists(morphs: list[Morph], i: int, j: int) -> bool:
    """Whether the sentence pairs lists item by item: "각각" ("each") outside quotation marks."""
    return any(m.form == "각각" for _, m in outside_quotes(morphs, i, j))


def _shorten_lists(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
    """"중국, 미국, 베트남, 유럽연합, 대만 등" -> "중국, 미국 등": a list of four or more plain nouns keeps its
    first two items and says there are more; a list with anything but nouns (a clause, a quotation) stays, and so does
    every list of a sentence that pairs two lists item by item ("삼치는 3.6만 톤, 청어 2.8만 톤, …등 전년 대비 각각 15.2%,
    98.3%, 17.3%, 10.6% 증가": cut, the figures would no longer say whose)."""
    if _paired_lists(morphs, i, j):
        return
    k = i
    while k < j:
        if morphs[k].tag not in LIST_ITEM_TAGS or k > i and morphs[k - 1].end == morphs[k].start \
                and morphs[k - 1].tag not in {"SP", "SSO"}:
            k += 1
            continue
        commas, e = [], k
        while e < j and (morphs[e].tag in LIST_ITEM_TAGS or morphs[e].tag == "SP" and morphs[e].form == ","
                         and e + 1 < j and morphs[e + 1].tag in LIST_ITEM_TAGS or _glued_in(morphs, e) or _range_mark(morphs, e, j)
                         or commas and morphs[e].tag == "JC" and morphs[e - 1].end == morphs[e].start and e + 1 < j
                         and morphs[e + 1].tag == "SN" and morphs[e + 1].start > morphs[e].end  # ("…, 치의학과 4.71대 1": 치의학 + 과)
                         or morphs[e].form == "(" and morphs[e].tag == "SSO" and e > k and morphs[e - 1].end == morphs[e].start):
            if morphs[e].tag == "SSO":  # "…공약집 판매(단체장 선거에 한함) 등": an item's note
                close = _closing(morphs, e, j)
                if close >= j or any(x.tag == "SN" for x in morphs[e:close]):
                    break  # ("경기(0.22%), 서울(0.2%) …": items with their figures are no list to cut)
                e = close + 1
                continue
            if morphs[e].tag == "SP":
                commas.append(e)
            e += 1
            if morphs[e - 1].form == "등" and morphs[e - 1].tag == "NNB":
                break  # "… 대만 등 주요 교역국": the list ends at "등"
        closed = morphs[e - 1].form == "등" and morphs[e - 1].tag == "NNB"
        if commas and morphs[commas[-1] + 1].tag == "SN" and morphs[k].tag != "SN" and e < j and morphs[e].tag == "JX":
            k = e  # "지하에는 주차장, 기계실, 전기실, | 1층은 민원실, …": a numbered topic opens the next pair, no list item
            continue
        # (a list the bullet ends on is cut as well: "…경쟁률을 보면 A 2.31대 1, B 2.25대 1, … 등(이다)")
        if len(commas) >= 3 and (e < j and (morphs[e].tag not in {"JKG", "JC"} or _one_word_items(morphs, k, e, commas))
                                 and (closed or morphs[e].tag in {"JKS", "JKO", "JX", "JKB", "JC", "JKG"}) or e == j and closed):
            cut = commas[LIST_KEPT - 1]
            if morphs[e - 1].form == "등" and morphs[e - 1].tag == "NNB":
                edits.append(_Edit(morphs[cut].start, morphs[e - 1].start, " "))
            elif morphs[e].start == morphs[e - 1].end and (form := particle_after("등", morphs[e].form)) != morphs[e].form:
                # "경찰, 교육, 문화, 법조계를" -> "경찰, 교육 등을": the particle takes the form that follows "등"
                edits.append(_Edit(morphs[cut].start, morphs[e].end, " 등" + form))
            else:
                edits.append(_Edit(morphs[cut].start, morphs[e - 1].end, " 등"))
        elif len(commas) == 2 and e < j and closed and (
                morphs[e - 2].end - morphs[k].start > 30 and not _one_word_items(morphs, k, e, commas)
                or k - 2 >= i and morphs[k - 1].tag == "JC" and morphs[k - 1].form in {"와", "과"} and morphs[k - 1].end < morphs[k].start
                and morphs[k - 2].end == morphs[k - 1].start and _is_nominal(morphs[k - 2])):
            # "러시아 우주인 A, 미국 여성 우주인 B, 일본 우주인 C 등을 태운": three long items the list itself closes
            # with "등" keep the first ("A 등을 태운"); "기존 산업단지와 베스트밸리, 안전공단, 승강기대학교 등" -> "기존
            # 산업단지와 베스트밸리 등": the item joined by "와" is the list's first, four in all, and the first two stay
            edits.append(_Edit(morphs[commas[0]].start, morphs[e - 1].start, " "))
        k = e + 1


def _after_listed_object(morphs: Sequence[Morph], i: int, k: int) -> bool:
    """Whether the noun phrase ending at ``k - 1`` (its particle at ``k``) follows an object and a comma ("…4조7800억원을,
    영업이익은 …을, …달성"), and an object of its own follows: one item of a list of objects of one verb, no topic or
    subject of the sentence."""
    b = k - 1
    while b > i and (_is_nominal(morphs[b - 1]) or morphs[b - 1].tag in {"SN", "XPN", "XSN"}) and morphs[b - 1].end <= morphs[b].start:
        b -= 1
    return b - 2 >= i and morphs[b - 1].tag == "SP" and morphs[b - 1].form == "," and morphs[b - 2].tag == "JKO" \
        and any(x.tag == "JKO" for x in morphs[k + 1 :])  # (its own object follows: "…등을, 군수가 직접 설명" has none)


def _next_pair(morphs: Sequence[Morph], c: int) -> bool:
    """Whether the comma at ``c`` is followed by the next pair of a list of topics (or subjects) and times ("…2000년, |
    대전∼부산은 2002년", "…오전 5시반, | 막차가 오후 10시에"): a noun phrase, its particle, then a date or time."""
    n = c + 1  # (the items may be lists themselves: "나래대·누리대 등은", "미르대 및 보람대 등은")
    while n < len(morphs) and (_is_nominal(morphs[n]) or morphs[n].tag in {"SO", "JC"} or morphs[n].form == "및"
                               or morphs[n].tag == "SP" and morphs[n].form != ","):
        n += 1
    return c + 1 < n < len(morphs) - 1 and (morphs[n].tag == "JKS" or morphs[n].tag == "JX" and morphs[n].form in {"은", "는", "ᆫ"}) \
        and date_part(morphs, n + 1)


def _paired_time(morphs: Sequence[Morph], i: int, k: int, e: int, j: int) -> bool:
    """Whether the date or time ``morphs[k:e]`` is paired with the topic or subject right before it in a list of such
    pairs ("첫차가 오전 5시반, 막차가 오후 10시에 출발"): the first pair ends at a comma, a later one follows such a pair."""
    def pairs_with_subject(x: int) -> bool:
        return x > i and (morphs[x - 1].tag == "JX" and morphs[x - 1].form in {"은", "는", "ᆫ"}
                          or morphs[x - 1].tag == "JKS")
    if not pairs_with_subject(k):
        return False
    if e < j and morphs[e].tag == "SP":
        return _next_pair(morphs, e)
    for c in range(i + 1, k - 1):  # an earlier pair: subject, a date, then the comma
        if morphs[c].tag == "SP" and date_part(morphs, c - 1):
            x = c - 1
            while x > i and date_part(morphs, x - 1):
                x -= 1
            if pairs_with_subject(x):
                return True
    return False


def _refers_to_year(morphs: list[Morph], i: int, j: int) -> bool:
    """Whether the sentence names a year by reference to another ("같은 해", "그해", "이듬해", "그 해")."""
    return any(m.form in {"이듬해", "그해"} or m.form == "해" and x > i and morphs[x - 1].tag in {"ETM", "MM"}
               for x, m in enumerate(morphs[i:j], i))


def _numbered_time(morphs: list[Morph], i: int, k: int) -> bool:
    """Whether the time word at ``k`` is numbered as one word ("1분기", "3분기"): the number right before it opens
    the word."""
    n = k - 1
    return n >= i and morphs[n].tag == "SN" and morphs[n].end == morphs[k].start and (n == i or morphs[n - 1].end < morphs[n].start)


MEAL_TIMES = frozenset({"점심", "저녁", "아침"})  # before a clock time, part of it ("저녁 7시")


def _lone_also(morphs: Sequence[Morph], clause: Sequence[Morph], gaps: Sequence[_Edit]) -> tuple[_Edit, ...]:
    """"정부는 …위기경보 수준을 …하향 조정하고, 중앙재난안전대책본부 비상 3단계도 해제했다" -> "정부, 중앙재난안전대책본부
    비상 3단계 해제": in a later clause kept without the clause before it, the "also" of its one "도" after a noun points
    at the act left out; it goes (never inside quotation marks, nor "A도 B도", nor after another particle: "…에서도")."""
    # (a word of its own: "한빛도와" is a province, "도" read as a particle before "와")
    # (not the "even" of "not even one": "정산금은 …한 푼도 없었다", "하나도")
    # (or after "에" of a place or a thing: "…버스정류장 650곳과 전통시장 28곳에도 와이파이를 새로 깐다" after "…시내버스 …에
    # 무선공유기를 설치하고,")
    alsos = [m for x, m in outside_quotes(clause, 1) if m.tag == "JX" and m.form == "도"
             and (_is_nominal(clause[x - 1]) or (clause[x - 1].form, clause[x - 1].tag) == ("에", "JKB") and x >= 2 and _is_nominal(clause[x - 2])
                  and clause[x - 2].end == clause[x - 1].start)
             and clause[x - 1].end == m.start and (x + 1 == len(clause) or clause[x + 1].start > m.end or clause[x + 1].tag in {"SP", "SF"})
             and not (clause[x - 1].form == "하나" or x >= 2 and (clause[x - 2].form, clause[x - 2].tag) == ("한", "MM"))]
    if len(alsos) != 1 or sum(m.tag == "JX" and m.form == "도" for m in clause) != 1:
        return ()
    also = alsos[0]
    dropped_before = clause[0].start > morphs[0].start \
        or any(not g.text.strip() and g.start < also.start and g.end - g.start >= LEFT_CLAUSE_CHARS for g in gaps)
    return (_Edit(also.start, also.end),) if dropped_before else ()


LEFT_CLAUSE_CHARS = 10  # a deletion this long before a kept clause is a clause left out, not a word


RELATIVE_DAYS = {"전날": -1, "이튿날": 1, "다음날": 1}  # a day told from another day the sentence names


def _relative_day_dated(text: str, morphs: Sequence[Morph]) -> str:
    """"국회는 전날 …본회의를 열고 …처리했다고 29일 밝혔다" -> "국회, 28일 …본회의를 열고 …처리": a day told from the day of a
    frame the bullet leaves out ("…29일 밝혔다", "12일 소방당국에 따르면 전날 …") is named by its date, which the frame's
    day gives; left as "전날", the bullet would date the act from the day it is read. Only where the sentence names one
    day of the month and the bullet keeps none, and the day stays within the month."""
    found = RELATIVE_DAY_WORD.search(text)
    if found is None:
        return text
    dated = [(x, int(m.form)) for x, m in enumerate(morphs[:-1]) if m.tag == "SN" and m.form.isdigit() and morphs[x + 1].form == "일"
             and morphs[x + 1].start == m.end and date_part(morphs, x)]
    days = {day for _, day in dated}
    # (the day must be the frame's: "…29일 밝혔다", "12일 …에 따르면"; not a day of another act, "…15일에는 공청회를 연다")
    framed = any(y.form in FRAME_WORDS and y.tag in {"VV", "NNG"} for x, _ in dated for y in morphs[x + 2 : x + 8])
    if len(days) != 1 or not framed or any(re.search(rf"(?<!\d){day}일", text) for day in days) \
            or any(m.form in {"월", "달"} for m in morphs if m.tag in {"NNB", "NNG"}):
        return text  # (another month named: the day may be of it)
    day = next(iter(days)) + RELATIVE_DAYS[found.group(1)]
    return text if not 1 <= day <= 28 else text[: found.start(1)] + f"{day}일" + text[found.end(1) :]


FRAME_WORDS = frozenset({"밝히", "말하", "전하", "발표", "따르", "설명"})  # a report's frame: "…고 29일 밝혔다", "12일 …에 따르면"
RELATIVE_DAY_WORD = re.compile(r"(?:^|(?<=[\s,]))(전날|이튿날|다음날)(?=\s)")


def date_part(morphs: Sequence[Morph], k: int) -> bool:
    """Whether ``morphs[k]`` is part of a date or time ("29일", "오전 8시", "지난 9일", "이날")."""
    m = morphs[k]
    if m.tag == "SN":
        return k + 1 < len(morphs) and morphs[k + 1].form in _DATE_NOUNS and morphs[k + 1].tag in {"NNB", "NNG"} \
            and not _count_of_days(morphs, k) and not _span_of_minutes(morphs, k)
    if m.tag in {"NNB", "NNG"} and m.form in _DATE_NOUNS:
        return m.form in _DAY_TIMES | DAY_WORDS \
            or (k > 0 and morphs[k - 1].tag == "SN" and not _count_of_days(morphs, k - 1) and not _span_of_minutes(morphs, k - 1))
    if m.form in MEAL_TIMES and m.tag == "NNG" and k + 2 < len(morphs) and morphs[k + 1].tag == "SN" \
            and morphs[k + 2].form == "시":
        return True  # "점심 12시쯤": the meal names the time of day; left alone, "점심" reads as the meal
    if m.form in {"반", "정각"} and m.tag == "NNG" and k >= 2 and morphs[k - 1].form in {"시", "분"} and morphs[k - 2].tag == "SN":
        # "오전 9시 반쯤", "오후 4시 정각": the half hour, the hour sharp are the time's; left alone, "반쯤" reads as
        # "about half", "정각" says nothing
        return True
    # "지난 9일", "오는 5일": the adnominal before a date; not a verb whose subject is a length of time ("사고가 난 지
    # 2년이 지난 14일": "2년이" would be left without its verb)
    return m.form in {"지나", "오"} and m.tag.startswith("VV") and k + 2 < len(morphs) and morphs[k + 1].tag == "ETM" \
        and morphs[k + 2].tag == "SN" and not _time_passed(morphs, k) \
        or m.tag == "ETM" and k > 0 and morphs[k - 1].form in {"지나", "오"} and morphs[k - 1].tag.startswith("VV") \
        and not _time_passed(morphs, k - 1)


def _time_passed(morphs: Sequence[Morph], k: int) -> bool:
    """Whether "지나" at ``k`` has a length of time as its subject ("2년이 지난", "한 달이 지난")."""
    return k >= 2 and morphs[k - 1].tag == "JKS" and morphs[k - 2].form in PASSED_TIMES


# Times that open a sentence before the name of who acts ("지난달 한빛복지관은 …"): when, not part of the name.
OPENING_TIMES = frozenset({"올해", "지난해", "작년", "내년", "이날", "오늘", "어제", "내일", "지난달", "이달", "지난주", "상반기", "하반기",
                           "최근"})


def _condition_before(morphs: list[Morph], x: int) -> bool:
    """Whether the "-면" at ``x`` ends a condition: after a verb, or a copula written or after a particle ("결과대로면");
    not a township's "면" Kiwi reads as an unwritten copula's ending ("사내면 문화마을": 사내 + 이 + 면)."""
    if x == 0:
        return False
    before = morphs[x - 1]
    if before.form in {"보", "살펴보"} and before.tag.startswith("VV") and x >= 2 and morphs[x - 2].tag == "JKO":
        return False  # "조정안을 보면 …": where to look, no condition (see _drop_viewing_frame)
    if before.tag != "VCP":
        return is_stem_or_ep(before)
    return before.start < before.end or x >= 2 and morphs[x - 2].tag.startswith("J")


def _condition_in_relative(morphs: list[Morph], start: int, w: int) -> bool:
    """Whether a condition ending before ``start`` is inside a relative clause: the verbs right after it end in an
    adnominal ending ("고3이 되면 | 치르게 될 …모의평가가": the condition names the exam). A word of the sentence's
    own after it ("이 교신에 성공하면 | 위성은 …", "결과대로면 | 이번 선거에서 …") makes the condition the sentence's."""
    for y in range(start, w):
        if morphs[y].tag == "ETM":
            return True
        if not morphs[y].tag.startswith(("VV", "VX", "VA", "EC", "EP", "XSV")):
            return False
    return False


def _time_before_name(morphs: list[Morph], i: int, k: int) -> bool:
    """Whether the statement opens with a time word (:data:`OPENING_TIMES`) and then a name of one word up to the
    subject's particle at ``k`` ("지난달 동작종합사회복지관은"; not "지난주 서울 아파트 가격은", where the time is the
    figure's)."""
    return i + 1 < k and morphs[i].form in OPENING_TIMES and morphs[i].tag in {"NNG", "MAG"} \
        and morphs[i + 1].tag == "NNP" and morphs[i + 1].start > morphs[i].end \
        and all(morphs[x].start == morphs[x - 1].end for x in range(i + 2, k + 1))


def _verbal_nouns_between_facts(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
    """"36시간 이상 취업자는 …338만 명 감소했고, 36시간 미만 취업자는 …412만 명 증가" -> "…338만 명 감소, 36시간 미만
    취업자는 …": between two facts with their own subjects, a past verbal noun ends the first as a headline does (the
    sentence's "-했고," / "-됐으며," read as prose)."""
    for k, m in outside_quotes(morphs, i + 3, j - 2):
        if m.tag != "EC" or m.form not in COORDINATING_ENDINGS:
            continue
        # "…가구는 51.2%였고, | 자녀와 함께 사는 비율은 …" -> "…가구는 51.2%, …": a figure's copula goes the same way
        copula = morphs[k - 1].tag == "VCP" or morphs[k - 1].tag == "EP" and morphs[k - 2].tag == "VCP"
        v = k - 1 - (morphs[k - 1].tag == "EP")  # the copula or the verbal noun's suffix
        if copula:
            if not (morphs[v - 1].tag in {"SW", "NR", "SN"} or morphs[v - 1].tag in {"NNB", "NNG"} and morphs[v - 2].tag in {"SN", "NR", "MM"}):
                continue  # (only a figure: "…원인이었고, …" says what something was)
        elif morphs[k - 1].tag == "EP" and morphs[k - 1].form in PAST_ENDINGS and morphs[k - 2].tag.startswith(("VV", "VX")) \
                and morphs[k - 1].start <= morphs[k - 2].end and k + 1 < j and morphs[k + 1].tag == "SP" and morphs[k + 1].form == "," \
                and k + 2 < j and not _own_subject(morphs[k + 2 : j]) and not _opens_with_topic(morphs[k + 2 : j], subject=True):
            # "반도체 수출은 …증가세를 이어갔으며, 종전 최고치인 …기록을 갈아치웠다" -> "…증가세를 이어가고 종전 최고치인
            # …": one subject's two acts, the first joined as a headline joins them (the sentence's "-았으며," read as prose)
            edits.append(_Edit(morphs[k - 2].start, morphs[k + 1].end, morphs[k - 2].form + "고"))
            continue
        elif morphs[k - 1].tag != "EP" or morphs[k - 2].tag != "XSV" or morphs[k - 2].form not in {"하", "되"} \
                or morphs[k - 3].tag != "NNG" or morphs[k - 2].start != morphs[k - 3].end:
            continue
        after = k + 1 + (morphs[k + 1].tag == "SP")
        if morphs[after].start == m.end or not _own_subject(morphs[after:j]) \
                or not (_opens_with_topic(morphs[after:j], subject=True) or copula and _opens_with_topic(morphs[after:j])):
            continue  # (the next fact opens on a subject of its own: "36시간 미만 취업자는 …", "전국 편의점 수가 …"; after a
            # figure, a topic a clause describes: "…51.2%였고, 자녀와 함께 사는 비율은 …")
        edits.append(_Edit(morphs[v].start, m.end, "" if morphs[k + 1].tag == "SP" else ","))
        if copula:
            continue
        subject = morphs[k - 4]
        if k - 4 > i and subject.tag == "JKS" and subject.end < morphs[k - 3].start and _is_nominal(morphs[k - 5]) \
                and subject.start == morphs[k - 5].end and not any(e.start < subject.end and subject.start < e.end for e in edits):
            # "15명이 구조됐고, 40명이 자력 대피했다" -> "15명 구조, 40명 자력 대피": the bare verbal noun takes no particle
            edits.append(_Edit(subject.start, subject.end))


CLOCK_NAMES = frozenset({"현지", "한국", "우리"})  # "현지시각", "한국시간", "우리 시간으로": whose clock a time is on


def _clock_gloss(morphs: Sequence[Morph], i: int, k: int) -> int:
    """The start of the clock's name before the date or time at ``k`` ("현지시각 13일", "현지 시간으로 오후 12시",
    "한국 시간으로는 3일"), or ``k`` when there is none."""
    g = k
    if g - 1 > i and morphs[g - 1].tag == "JX" and morphs[g - 1].form in {"는", "ᆫ"}:
        g -= 1
    if g - 1 > i and morphs[g - 1].tag == "JKB" and morphs[g - 1].form in {"으로", "로"}:
        g -= 1
    if g - 2 >= i and morphs[g - 1].form in {"시각", "시간"} and morphs[g - 2].form in CLOCK_NAMES:
        return g - 2
    return k


def _about(morphs: Sequence[Morph], e: int, j: int) -> int:
    """``e``, or the index after it where a glued "쯤"/"께"/"경" follows a time ("오후 2시쯤": about then, the same date),
    or "(조금) 넘어" does ("11시 조금 넘어": a little after; left alone, "넘어" reads as a verb of the sentence)."""
    if e < j and morphs[e].form in {"쯤", "께", "경"} and morphs[e].tag in {"XSN", "NNB"} and morphs[e].start == morphs[e - 1].end:
        return e + 1
    if e > 0 and morphs[e - 1].form in {"시", "분"} and morphs[e - 1].tag == "NNB":
        x = e + (e < j and morphs[e].form in {"조금", "좀", "약간"} and morphs[e].tag == "MAG")
        if x + 1 < j and (morphs[x].form, morphs[x + 1].form) in {("넘", "어"), ("넘", "어서")} and morphs[x].tag.startswith("VV") \
                and morphs[x + 1].tag == "EC":
            return x + 2
    return e


def _date_end(morphs: Sequence[Morph], e: int, j: int) -> int:
    """The index after the date or time that starts at ``e`` ("이날 오후 4시 45분쯤"), "쯤" included."""
    while e < j and date_part(morphs, e):
        e += 1
    return _about(morphs, e, j)


def _made_so(clause: Sequence[Morph]) -> bool:
    """Whether a clause ends in "-도록 하다" ("…즐길 수 있도록 한다", "…하도록 했다"): it says what an act lets or has
    others do, not an act of its own."""
    x = next((x for x in range(len(clause) - 1, -1, -1) if clause[x].tag == "EC" and clause[x].form == "도록"), None)
    if x is None or not (x + 1 < len(clause) and clause[x + 1].form == "하" and clause[x + 1].tag.startswith(("VV", "VX"))):
        return False
    rest = clause[x + 2 :]
    if len(rest) >= 3 and (rest[0].form, rest[1].form, rest[2].form) == ("기", "로", "하") and rest[0].tag == "ETN":
        rest = rest[3:]  # "…받을 수 있도록 하기로 했다": decided to
    return all(m.tag.startswith(("E", "S")) for m in rest)


def _schedule_item(morphs: list[Morph], e: int, j: int) -> bool:
    """Whether the date ending at ``e`` is an item of a schedule: a comma follows it, at once or after the nouns of
    its item ("3일, 4일", "27일 남면, 28일 북면·중앙면", "22일 정오께 …남쪽 약 130㎞ 해상, 오후 6시께 …"), and another
    date follows the comma."""
    for y in range(e, min(j - 1, e + SCHEDULE_REACH)):
        if morphs[y].tag == "SP" and morphs[y].form == ",":
            return _starts_date(morphs, y + 1)
        if not (morphs[y].tag.startswith(("NN", "SL", "SN", "MM", "SW", "NR")) or morphs[y].tag == "SP" and morphs[y].form == "·"):
            return False
    return False


def _starts_date(morphs: list[Morph], k: int) -> bool:
    return date_part(morphs, k) and (k == 0 or morphs[k - 1].end < morphs[k].start or morphs[k - 1].tag in {"SP", "SSC"})


# Word-final tags that end the phrase before a place phrase.
PHRASE_ENDS = frozenset({"JKO", "JKB", "JX", "JKS", "EC", "SP", "ETM"})  # ETM: the place is modified; kept
AGENT_SIDES = frozenset({"측", "쪽"})  # "중국 측에서", "정부 쪽에서": who acts, with "에서" as an office's subject particle


def _subject_cause_before(morphs: list[Morph], i: int, b: int) -> bool:
    """Whether ``morphs[i:b]`` is one clause of cause or time with its own subject ("원자재 가격이 오르자", "태풍
    곤파스가 북상함에 따라", a comma after it or not): nothing else, no topic, quotation or second clause."""
    end = b - 1 if b - 1 > i and morphs[b - 1].tag == "SP" and morphs[b - 1].form == "," else b
    if end - 3 < i or morphs[end - 1].tag != "EC":
        return False
    last = morphs[end - 1]
    if not (last.form in CAUSE_TIME_ENDINGS and is_stem_or_ep(morphs[end - 2])
            or last.form in {"어", "아"} and morphs[end - 2].form == "따르" and morphs[end - 3].form == "에"):
        return False
    inner = morphs[i : end - 1]
    if any(m.tag in {"EC", "EF", "SSO", "SSC", "SP", "JX", "JKQ"} for m in inner):
        return False
    subjects = [x for x, m in enumerate(inner) if m.tag == "JKS" and x and _is_nominal(inner[x - 1])]
    return len(subjects) == 1 and not any(m.tag == "ETM" for m in inner[subjects[0] + 1 :])


def _opens_cause_clause(morphs: list[Morph], i: int, k: int, j: int) -> bool:
    """Whether the subject particle at ``k`` is that of an opening clause of cause or time (see
    :func:`_subject_cause_before`): the sentence's own topic is still to come."""
    c = next((x for x in range(k + 1, j) if morphs[x].tag == "EC"), None)
    return c is not None and _subject_cause_before(morphs, i, c + 1 + (c + 1 < j and morphs[c + 1].tag == "SP"))


def _topic_after_cause(morphs: list[Morph], i: int, k: int) -> bool:
    """Whether the topic particle at ``k`` marks a name right after an opening clause of cause or time with its own
    subject (see :func:`_subject_cause_before`): "원자재 가격이 오르자 | 한빛전자는"."""
    b = k
    while b > i and (_is_nominal(morphs[b - 1]) or morphs[b - 1].tag in {"SN", "NNB"}):
        b -= 1
    return b < k and _subject_cause_before(morphs, i, b)


def _parallel_subject(morphs: list[Morph], i: int, b: int) -> bool:
    """Whether ``morphs[i:b]`` holds a subject of its own clause ("A가 X, | B가 Y"), not of a relative clause or
    of a reported one ("A가 …했다고 | 외신들이 보도")."""
    for x in range(i, b):
        if morphs[x].tag == "JKS" and not any(m.tag in {"ETM", "JKQ"} or m.tag == "EC" and m.form in QUOTE_ENDINGS
                                              for m in morphs[x + 1 : b]):
            return True
    return False


MERGING_STEMS = frozenset({"통합", "합치", "합병", "통폐합", "병합", "묶", "분리", "나누", "쪼개", "개편", "재편", "전환"})


def _merges(clause: list[Morph]) -> bool:
    """Whether a clause ends on an act that makes its object into something new ("3개교를 통합해", "두 부서를 합쳐"):
    the clause after it tells what that becomes."""
    words = [m for m in clause if m.tag not in {"SP", "EC"}]
    if len(words) >= 2 and words[-1].tag == "XSV" and words[-1].form == "하":
        words = words[:-1]
    return bool(words) and words[-1].form in MERGING_STEMS and any(m.tag == "JKO" for m in clause)


def _topic_word(clause: list[Morph]) -> str:
    """The word before a clause's topic particle, brackets and quotation marks left out ("'산업용(갑)'은": "산업용갑"), or
    ""."""
    k = next((k for k, m in enumerate(clause) if k and m.tag == "JX" and m.form in {"은", "는", "ᆫ"}
              and (_is_nominal(clause[k - 1]) or clause[k - 1].tag == "SSC")), None)
    if k is None or any(m.tag in {"EC", "EF"} for m in clause[:k]):
        return ""
    return "".join(m.form for m in _word_before(clause, k) if m.tag not in {"SSO", "SSC"})


def _parallel_topics(first: list[Morph], second: list[Morph]) -> bool:
    """Whether two clauses' topics are two of a kind ("산업용(을)" and "산업용(갑)", "대기업" and "중소기업"): they share two
    syllables or more at their start or end, and differ."""
    a, b = _topic_word(first), _topic_word(second)
    if len(a) < 2 or len(b) < 2 or a == b:
        return False
    return a[:2] == b[:2] or a[-2:] == b[-2:]


def _topic_span(morphs: list[Morph]) -> int | None:
    """Index of the topic particle ("은/는") right after the sentence's first noun phrase, if any."""
    for k, m in enumerate(morphs):
        if m.tag in {"EC", "EF"}:
            return None
        if k and m.tag == "JX" and m.form in {"은", "는", "ᆫ"} and (_is_nominal(morphs[k - 1])
                                                              or morphs[k - 1].tag == "SSC" and morphs[k - 1].form in {"」", "』"}):
            return k  # ("「범부처 협의체」는": a name in brackets)
    return None


def _skip_unopened_bracket(morphs: list[Morph], i: int) -> int:
    """Past the tail of a bracket opened in another sentence ("…같은), 제어 장치의 …" -> "제어 장치의 …"):
    a bullet never starts with a fragment that closes what it never opened."""
    for k in range(i, min(len(morphs) - 2, i + 6)):
        if morphs[k].tag == "SSO":
            return i
        if morphs[k].tag == "SSC" and morphs[k].form in {")", "]"}:
            return k + 2 if morphs[k + 1].tag == "SP" else i
    return i


def _skip_byline(morphs: list[Morph]) -> int:
    """Index after a leading byline: "[금융계=김원혁 기자]", "(서울=연합뉴스) 홍길동 기자 =" (0 when none)."""
    i = 0
    while i < len(morphs) and morphs[i].tag == "SSO" and morphs[i].form in {"[", "(", "【", "<"}:
        e = _closing(morphs, i, min(len(morphs), i + 16))  # "[매경닷컴 MK스포츠(인천) 김원익 기자]": brackets nest
        inner = morphs[i + 1 : e]
        if e >= len(morphs) or morphs[e].tag != "SSC":
            break
        # "[금요저널]", "[단독]", "[한국방송/김주창기자]": an outlet tag or byline, not part of the statement
        tag_only = morphs[i].form == "[" and i == 0 and not any(_is_stem(m) or m.tag.startswith("E") for m in inner)
        if not tag_only and not any(m.form in BYLINE_WORDS for m in inner):
            break
        i = e + 1
    for e in range(i, min(i + 5, len(morphs) - 1)):
        if morphs[e].form in {"기자", "특파원"} and morphs[e + 1].form == "=":
            return e + 2
    # "특별취재단 = …", "매일일보 = 김성지 기자 | …": a desk or outlet and "=" before any word of the statement
    for e in range(i + 1, min(i + 4, len(morphs) - 1)):
        if morphs[e].form == "=" and all(m.tag in {"NNP", "NNG", "SL"} for m in morphs[i:e]):
            i = e + 1
            for b in range(i, min(i + 4, len(morphs) - 1)):
                if morphs[b].form in {"기자", "특파원"} and morphs[b + 1].form in {"|", "="}:
                    return b + 2
            return i
    return i


def is_stem_or_ep(m: Morph) -> bool:
    return m.tag.startswith(STEM_TAGS) or m.tag == "EP"


def finish_bullet(text: str, analyzer, max_chars: int) -> str:
    """Bring one free-text bullet (e.g. generated by a seq2seq model) into the bullet format.

    Strips bullet marks and final periods, turns a sentence ending into headline form
    ("발표했다" -> "발표"), and keeps it within ``max_chars`` without cutting words.
    """
    return _compressor(analyzer.kiwi, max_chars).finish_bullet(text)


_COMPRESSORS: dict[tuple[int, int], Compressor] = {}


def _compressor(kiwi, max_chars: int) -> Compressor:
    key = (id(kiwi), max_chars)
    if key not in _COMPRESSORS:
        _COMPRESSORS[key] = Compressor(kiwi, max_chars)
    return _COMPRESSORS[key]


def main_predicate(morphs) -> Morph | None:
    """The content morpheme of a sentence's main predicate: what a bullet of it must keep.

    "…저렴하다고 한다" -> ``저렴하`` (the frame of saying is not the point); "…촉구했다" -> ``촉구``;
    "…할 계획이다" -> ``계획``; "…하고 있다" -> the verb before ``있``; "…인정받은 것으로 나타났다" ->
    ``받``; "A는 “…하겠다”고 말했다" -> the quotation's predicate; "…한 점은 X라는 사실이다" -> X's.
    None for a fragment.
    """
    morphs = _unwrap_frame(list(morphs))  # "흥미로운 점은 X라는 사실이다": the point is X's predicate
    j = Compressor._strip_tail(morphs, 0, len(morphs))
    j = Compressor._strip_quote_frame(morphs, 0, j)
    j = _strip_finding_frame(morphs, 0, j)  # "…인정받은 것으로 나타났다": the point is 인정받
    quote_end = _speech_after_quote(morphs, 0, j)
    if quote_end is not None:  # "A는 “…다하겠다”고 말했다": the point is the quotation's own predicate
        j = quote_end - 1
    k = j
    while k > 0 and (morphs[k - 1].tag in {"EF", "EP", "EC", "SF", "SP", "JX", "ETN", "SE", "SO"} or k == j and morphs[k - 1].tag == "ETM"):
        k -= 1
    if k > 1 and morphs[k - 1].tag == "VX" and morphs[k - 2].tag == "EC":
        k -= 2
        while k > 0 and morphs[k - 1].tag in {"EP", "EC"}:
            k -= 1
    if k == 0:
        return None
    last = morphs[k - 1]
    if last.tag in {"VCP", "XSV", "XSA"} and k > 1 and _is_nominal(morphs[k - 2]):
        return morphs[k - 2]
    if last.tag in {"XSV", "XSA"} and k > 1 and morphs[k - 2].tag == "SSC":  # "선정(…)했다": the noun before "("
        o = next((x for x in range(k - 3, -1, -1) if morphs[x].tag == "SSO"), None)
        if o is not None and o > 0 and _is_nominal(morphs[o - 1]):
            return morphs[o - 1]
    if _is_stem(last) or _is_nominal(last) or last.tag == "XR":
        return last
    return None


# Endings that make an adverb of a verb ("쉽게", "빠르도록"): the word still belongs to the clause after it.
ADVERBIAL_ENDINGS = frozenset({"게", "도록", "듯", "듯이"})
DURATION_UNITS = frozenset({"시간", "분", "초"})


def _duration(morphs: list[Morph], k: int, e: int) -> bool:
    """Whether the date-like span ``morphs[k:e]`` is part of a length of time ("1시간 26분 58초 후", "26분 만에"),
    not a clock time: a span in minutes or seconds with no hour of its own, or one right after "N시간"; or the
    difference a comparison gives ("지난해보다 9일 빨리": by nine days, not on the ninth)."""
    span = morphs[k:e]
    if k > 2 and morphs[k - 1].form == "에서" and morphs[k - 1].tag == "JKB" and morphs[k - 2].form == "일" and morphs[k - 3].tag == "SN":
        return True  # "평균 40일에서 27일 안팎으로": a count of days changed into another, no date
    if k > 0 and morphs[k - 1].form in DURATION_UNITS and morphs[k - 1].tag in {"NNB", "NNG"} \
            and not (k > 1 and morphs[k - 1].form in {"시각", "시간"} and morphs[k - 2].form in CLOCK_NAMES):
        return True  # (not the clock's name: "한국시간 11일 오전 3시")
    if k > 0 and morphs[k - 1].form == "보다" and morphs[k - 1].tag == "JKB":
        return True
    if e < len(morphs) and morphs[e].tag == "SN" and e + 1 < len(morphs) and morphs[e + 1].form in DURATION_UNITS:
        return True  # "26분 58초"
    units = {m.form for m in span if m.tag in {"NNB", "NNG"}}
    return bool(units) and units <= {"분", "초"}


def _compared(morphs: Sequence[Morph], i: int, k: int) -> bool:
    """Whether the word at ``k`` follows a comparison's "…보다", right after it or after the figure of the difference
    ("계획보다 빨리", "지난해보다 9일 빨리"): what is compared, which the comparison needs."""
    y = k - 1
    while y > i and k - y <= 3 and morphs[y].tag in {"NNB", "NNG", "SW"} and morphs[y - 1].tag in {"SN", "NNB", "NNG", "NR"}:
        y -= 1  # the figure's units ("9일", "2.5%포인트")
    if y < k - 1 and morphs[y].tag in {"SN", "NR"} and y > i:
        y -= 1
    return y >= i and morphs[y].form == "보다" and morphs[y].tag == "JKB"


def _one_word_items(morphs: list[Morph], k: int, e: int, commas: list[int]) -> bool:
    """Whether every item of the list ``morphs[k:e]`` (items split at ``commas``) is one word: in
    "김소향, 김연지, 해나, 콜로레도 대주교 역의 민영기" the last item is a phrase that starts another part of
    the sentence, and cutting before it would join the list to the wrong noun."""
    bounds = [k, *[c + 1 for c in commas], e]
    for a, b in zip(bounds, bounds[1:]):
        item = [m for m in morphs[a:b] if m.tag != "SP" and not (m.form == "등" and m.tag == "NNB")]
        if any(y.start > x.end for x, y in zip(item, item[1:])):
            return False
    return True


HELD_VERBS = frozenset({"열리", "개최", "진행", "치러지", "펼쳐지"})


def _event_relative(morphs: list[Morph], x: int, j: int) -> int | None:
    """For "…에서 | 열린 신년인사회" (``x`` at the verb): the index of the event noun after the relative clause
    "열린" / "개최된" / "진행된" (past tense only), when a noun phrase and more of the sentence follow; None otherwise."""
    y = x
    if morphs[y].form not in HELD_VERBS or not (morphs[y].tag.startswith("VV") or morphs[y].tag == "NNG"):
        return None
    y += 1
    if morphs[x].tag == "NNG":
        if y >= j or morphs[y].form != "되" or morphs[y].start != morphs[y - 1].end:
            return None
        y += 1
    if y + 1 >= j or morphs[y].tag != "ETM" or morphs[y].form not in {"ᆫ", "은"} or morphs[y + 1].start == morphs[y].end:
        return None
    head = y + 1
    if not _is_nominal(morphs[head]) and morphs[head].tag not in {"SSO", "MM"}:
        return None
    if morphs[head].form in LINKING_NOUNS:
        return None  # "…드래프트가 …에서 개최된 가운데": the clause is the sentence's setting, with no event noun after it
    if not any(_is_stem(m) or m.tag in {"NNG", "NNP"} for m in morphs[head + 1 : j - 1]):
        return None
    return head


def _as_you_see(morphs: list[Morph], i: int) -> int | None:
    """Where the sentence proper starts after an anchor's "보신 것처럼", "보시는 것처럼" or "보시는 바와 같이" at
    ``i``, or a reporter's "이쪽으로 보시면," / "여기를 보시면,", or None."""
    if i + 5 < len(morphs) and morphs[i].form in {"이쪽", "여기", "이곳", "저쪽"} and morphs[i].tag == "NP" \
            and morphs[i + 1].tag.startswith("J") and morphs[i + 2].form == "보" and (morphs[i + 3].form, morphs[i + 3].tag) == ("시", "EP") \
            and morphs[i + 4].form in {"면", "으면"} and morphs[i + 5].tag == "SP":
        x = i + 5
        while x < len(morphs) and morphs[x].tag == "SP":
            x += 1  # ("이쪽으로 보시면, , 맞은편 …": a doubled comma too)
        return x
    # (Kiwi may read "보" after "…않아" as the auxiliary: "않아 보시는 것처럼")
    if not (i + 4 < len(morphs) and morphs[i].form == "보" and morphs[i].tag in {"VV", "VX"} and (morphs[i + 1].form, morphs[i + 1].tag) == ("시", "EP")
            and morphs[i + 2].tag == "ETM"):
        return None
    if morphs[i + 3].form == "것" and morphs[i + 4].form == "처럼":
        return i + 5
    if morphs[i + 3].form == "바" and morphs[i + 4].form == "와" and i + 5 < len(morphs) and morphs[i + 5].form == "같이":
        return i + 6
    return None


def _drop_as_you_see(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
    """"…이뤄지지 않아 보시는 것처럼 여전히 뿌연 상태" -> "…않아 여전히 뿌연 상태": the anchor's "as you see" inside a
    sentence goes as it does at its start (:func:`_as_you_see`); a bullet shows no pictures."""
    for k, m in outside_quotes(morphs, i + 1, j - 1):
        end = _as_you_see(morphs, k) if morphs[k - 1].end < m.start else None
        if end is not None and end < j:
            edits.append(_Edit(m.start, morphs[end].start))


def _where_i_stand(morphs: list[Morph], i: int) -> int | None:
    """The index of the place named after a reporter's "제가 나와 있는 이 곳" or "이곳" at ``i`` ("제가 나와있는 이 곳 서울
    여의도역에는 …", "이곳 서울대병원은 …"), or None. Only with a name right after it (after a bare "이곳", a proper
    name): "제가 나와 있는 이곳이 …" has no other name for the place, and "이곳 주민들은" says whose residents."""
    forms = [(m.form, m.tag) for m in morphs[i : i + 9]]
    x, names = i - 1, {"NNP"}  # (the index before the "here")
    if forms[:3] == [("저", "NP"), ("가", "JKS"), ("나오", "VV")] and ("있", "VX") in forms[3:5]:
        x, names = i + 3 + forms[3:5].index(("있", "VX")) + 1, {"NNP", "NNG"}
        if morphs[x].tag != "ETM":
            return None
    if x + 2 >= len(morphs):
        return None
    if (morphs[x + 1].form, morphs[x + 1].tag) == ("이", "MM") and morphs[x + 2].form == "곳":
        y = x + 3
    elif morphs[x + 1].form in {"이곳", "여기"} and morphs[x + 1].tag == "NP":
        y = x + 2
    else:
        return None
    return y if y < len(morphs) and morphs[y].tag in names and morphs[y].start > morphs[y - 1].end else None


def _not_only_topic(morphs: Sequence[Morph], k: int) -> bool:
    """Whether the particle at ``k`` is "X는 물론" ("not only X"): the word after it is "물론", and X is no topic."""
    return morphs[k].tag == "JX" and k + 1 < len(morphs) and morphs[k + 1].form == "물론"


def _not_only(clause: list[Morph]) -> bool:
    """Whether a clause has "…은 물론(이고)" ("not only … but"): its topic is no one who acts in the clause after it
    ("…확인하는 것은 물론이고, 부모 중에는 …" had become "…확인하는 것은 이사를 고민하는 분들도 적지 않음"; "유흥가와
    식당가 주변은 물론 …단속을 벌이고, | …주간 단속도 …실시한다", "유흥가와 식당가 주변은 …주간 단속도 실시")."""
    return any(_not_only_topic(clause, y) for y in range(len(clause)))


def _plain_topic(morphs: list[Morph], i: int, j: int, before: set[str]) -> int | None:
    """The index of the bullet's first topic particle ("소방서는", "중대본은") outside quotations, when no morpheme tagged
    one of ``before`` (a clause ending, a subject, a quotation mark) comes ahead of it; None otherwise. The rules that
    drop what comes between a topic and its act start from it."""
    topic = next((k for k, m in outside_quotes(morphs, i, j) if m.tag == "JX" and m.form in {"은", "는", "ᆫ"}
                  and k > i and _is_nominal(morphs[k - 1])), None)
    # ("유흥가와 식당가 주변은 물론 …에서도 단속을 벌이고, …주간 단속도 …실시한다": no topic that acts twice)
    return None if topic is None or _not_only_topic(morphs, topic) or any(m.tag in before for m in morphs[i:topic]) else topic


def _drop_first_act(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
    """"소방서는 유관기관과 추가 조사할 예정이며, 주택에 감지기를 배부할 예정" -> "소방서, 주택에 감지기를 배부할
    예정": of two acts of the topic joined by "-고," or "-며,", the first goes when the bullet is still too long:
    the last act is what the sentence ends on. Only a plain act right after the topic (no clause, subject,
    quotation or figure of its own: a count is news), not one the last act points back to ("…하고, 이를 …")."""
    topic = _plain_topic(morphs, i, j, {"EC", "SSO", "JKS"})
    if topic is None:
        return
    start = topic + 1
    for k in range(start, j - 2):
        m = morphs[k]
        if m.tag in {"SSO", "SSC", "SN", "JKS", "SP"} or m.tag == "JX" and m.form in {"은", "는", "ᆫ"} \
                or m.tag == "EC" and not (m.form in COORDINATING_ENDINGS and morphs[k + 1].form == ","):
            return  # a clause inside the first act, a figure, a subject of its own
        if m.tag != "EC":
            continue
        rest = morphs[k + 2 : j]
        if not any(_is_stem(x) and x.tag != "VCP" for x in morphs[start:k]):
            return  # "…확인하는 것은 물론이고, …": "not only X but", no act of the topic's
        if k == start or not is_stem_or_ep(morphs[k - 1]) or not any(_is_stem(x) or x.tag == "NNG" for x in rest) \
                or _has_subject(rest) or _points_back(rest) or _refers_back(rest) or _also_topic(rest) \
                or any(e.start < morphs[k + 1].end and morphs[start].start < e.end for e in edits) \
                or any(morphs[k + 2].start < e.end and e.start < morphs[j - 1].end for e in edits):
            return  # (the last act stays whole: "…마무리됐으며, [공원시설을 대상으로] 마무리 작업" would say the work goes on)
        edits.append(_Edit(morphs[start].start, morphs[k + 2].start))
        return


STEP_NOUNS = frozenset({"뒤", "후", "다음"})  # "…분리한 뒤 …", "…마친 후 …": an earlier step of the same actor


def _drop_prior_step(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
    """"누리호는 고도 200km 지점에서 페어링을 분리한 뒤 발사 13분 27초 만에 …위성을 분리했다" -> "누리호, 발사 13분 27초
    만에 …위성을 분리": an earlier step of the topic ("…한 뒤", "…한 후") goes when the bullet is still too long; what
    the sentence ends on is the act it reports. Only a step of the same act as one after it (read blind, "…A씨를
    성폭행한 뒤 목졸라 살해하고 …" lost a charge of its own), right after the topic, with no subject, topic, quotation
    or clause of its own, and not one the rest points back to."""
    topic = _plain_topic(morphs, i, j, {"EC", "SSO", "JKS"})
    if topic is None:
        return
    start = topic + 1
    for k in range(start + 1, j - 2):
        m = morphs[k]
        if m.tag in {"SSO", "SSC", "JKS", "EC", "SP"} or m.tag == "JX" and m.form in {"은", "는", "ᆫ"}:
            return
        if not (m.form in STEP_NOUNS and m.tag in {"NNG", "NNB"} and morphs[k - 1].tag == "ETM"
                and morphs[k - 1].form in {"ᆫ", "은"} and is_stem_or_ep(morphs[k - 2])
                and morphs[k - 2].form not in POSTPOSITION_VERBS):
            continue
        e = k + 1
        if e < j and morphs[e].tag == "JKB" and morphs[e].form == "에" and morphs[e].start == m.end:
            e += 1
        rest = morphs[e:j]
        step = _act_word(morphs, k - 2)
        if e >= j or morphs[e].start == morphs[e - 1].end or not any(x.tag == "JKO" or _is_stem(x) for x in rest) \
                or step not in {_act_word(morphs, y) for y in range(e, min(j + 2, len(morphs)))} \
                or _has_subject(rest) or _points_back(rest) or _refers_back(rest) \
                or any(ed.start < morphs[e].start and morphs[start].start < ed.end for ed in edits):
            return
        edits.append(_Edit(morphs[start].start, morphs[e].start))
        return


def _act_word(morphs: Sequence[Morph], y: int) -> str | None:
    """The act the predicate at ``y`` names: a verb's stem ("매수" of "매수하", "분리" of "분리한"), or None."""
    if y < 0 or y >= len(morphs):
        return None
    m = morphs[y]
    if m.tag == "XSV" and y > 0 and morphs[y - 1].tag == "NNG" and morphs[y - 1].end == m.start:
        return morphs[y - 1].form
    return m.form if m.tag.startswith("VV") else None


SETTING_NOUNS = frozenset({"가운데", "속", "와중"})  # "…하는 가운데", "어려운 상황 속에서도", "혼란한 와중에"
DISASTER_NOUNS = EVENT_NOUNS["나"] | OCCURRING_NOUNS | WEATHER_NOUNS | {"지진", "홍수", "산사태", "전쟁", "파업", "사태"}


def _drop_circumstance(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
    """"글로벌 경기 침체 등 어려운 상황 속에서도 한국의 수출이 역대 최대를 기록" -> "한국의 수출이 역대 최대를
    기록", "트럼프 대통령은 수천 명이 지켜보는 가운데 …에 서명" -> "트럼프 대통령은 …에 서명": the circumstance a fact
    happened in ("…하는 가운데", "… 속에서도", "…하는 와중에", "…에도 불구하고") goes when the bullet is still too long;
    the fact stays true without it. Only one clause at the bullet's start or right after its topic; not when the rest
    points back at it ("…성장한 가운데 이 흐름이 …"), has no subject of its own and no topic before it, when the
    circumstance's subject is a name (who acted there may be who acts in the rest: "북한이 발사를 감행한 가운데 …성공을
    주장") or a disaster going on (why the rest happened). (A sentence far too long for any rendering is split at
    "…가운데" by :meth:`Compressor._clauses` instead.)"""
    marker = None
    for k, m in outside_quotes(morphs, i, j - 2):
        after = k + 1
        if m.form in SETTING_NOUNS and m.tag in {"NNG", "NNB"} and k > i and (morphs[k - 1].tag == "ETM" or m.form != "가운데"
                                                                              and _is_nominal(morphs[k - 1])):
            while after < j and morphs[after].start == morphs[after - 1].end and morphs[after].tag in {"JKB", "JX"}:
                after += 1
            if m.form != "가운데" and not (any(x.tag == "JKB" for x in morphs[k + 1 : after])
                                         and (morphs[k - 1].tag == "ETM" or morphs[after - 1].form == "도")):
                continue  # "이상기후 속 가을 무": "속" alone is no setting; "짙은 안개 속에서 추돌": the cause is news
        elif m.form == "불구" and k >= 2 and morphs[k - 1].form == "도" and morphs[k - 2].form == "에" \
                and after + 1 < j and morphs[after].tag == "XSV" and morphs[after + 1].form == "고":
            after += 2  # "고물가에도 불구하고"
        else:
            continue
        if after < j and morphs[after].start > morphs[after - 1].end:
            marker = (k, after)
        break
    if marker is None:
        return
    k, e = marker
    topic = next((t for t, m in outside_quotes(morphs, i, k) if m.tag == "JX" and m.form in {"은", "는", "ᆫ"}
                  and t > i and _is_nominal(morphs[t - 1])), None)
    s = i if topic is None else topic + 1
    setting = morphs[s:k]
    if topic is not None and any(m.tag in {"EC", "JKS", "ETM"} for m in morphs[i:topic]):
        return
    if not setting or any(m.tag in {"SSO", "SSC", "EF", "JX"} for m in setting) \
            or any(m.tag == "EC" and not (x + 1 < len(setting) and setting[x + 1].tag.startswith("VX")) for x, m in enumerate(setting)):
        return  # one clause ("…가열되고 있는" is one), not two acts
    if any(m.tag == "JKS" and x and setting[x - 1].tag == "NNP" for x, m in enumerate(setting)):
        return  # a name acting in the setting ("코스피가 …거품론 등에 휘청인 가운데 …"): read blind, the block kept it
    if morphs[k - 1].tag != "ETM" and any(m.tag in {"JKS", "JKO"} for m in setting):
        return  # "차량 28대가 …안개 속에서도": the setting is the noun phrase, not the subject before it
    if any(m.tag == "JKS" and x and setting[x - 1].form in DISASTER_NOUNS for x, m in enumerate(setting)):
        return  # "산불이 5일째 이어지는 가운데 대피한 주민이 …": the disaster is why (read blind: without it, no cause)
    if sum(m.tag == "JKS" and x and _is_nominal(setting[x - 1]) for x, m in enumerate(setting)) >= 2:
        return  # "…봄꽃축제가 | 5만여 명의 관광객이 몰린 가운데 성황리에 마무리": the first subject is the main clause's
    rest = morphs[e:j]
    subject = any((m.tag == "JKS" or m.tag == "JX" and m.form in {"은", "는", "ᆫ"}) and _is_nominal(morphs[x - 1])
                  for x, m in outside_quotes(morphs, e + 1, j))
    if topic is None and subject and not _names_its_own_subject(morphs, e, j, setting):
        return  # "…배터리 업계의 실적 부진이 이어지는 가운데 기업들은 …": without the setting, which companies?
    if len(rest) < 3 or _points_back(rest) or _refers_back(rest) or topic is None and not subject \
            or any(ed.start < morphs[e].start < ed.end or ed.start < morphs[s].start < ed.end for ed in edits):
        return
    edits.append(_Edit(morphs[s].start, morphs[e].start))


def _names_its_own_subject(morphs: list[Morph], e: int, j: int, setting: list[Morph]) -> bool:
    """Whether the first subject or topic of ``morphs[e:j]`` (the sentence after a setting) says who or what it is
    without the setting: a name ("한국의 수출이"), a word the setting has ("…코스피가 휘청인 가운데 …코스피 시장
    순매도액이"), or a noun phrase of its own ("…규정하는 표현이", "국방백서에서는"). A bare common noun ("기업들은",
    "주민들이") leans on the setting for which ones."""
    setting_keys = {content_key(w) for w in setting} - {None}
    for x, m in outside_quotes(morphs, e, j):
        if not (m.tag == "JKS" or m.tag == "JX" and m.form in {"은", "는", "ᆫ"}) or x <= e:
            continue
        end = x - 1 if morphs[x - 1].tag == "JKB" else x  # ("…국방백서에서는": the place is the topic)
        if end <= e or not _is_nominal(morphs[end - 1]):
            continue
        y = end
        while y > e and (_is_nominal(morphs[y - 1]) or morphs[y - 1].tag in {"JKG", "XSN", "MM", "SN"}):
            y -= 1
        phrase = morphs[y:end]
        return any(w.tag in {"NNP", "SL", "SH"} or content_key(w) in setting_keys for w in phrase) \
            or sum(w.tag.startswith("NN") for w in phrase) >= 2 or (y > e and morphs[y - 1].tag == "ETM")
    return False


def _drop_background(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
    """"경찰은 자료를 받아 분석했는데, 9천 세대가 피해를 입을 수 있다는 예상을 내놨다" -> "경찰, 9천 세대가 피해를
    입을 수 있다는 예상을 내놨다": what led up to the topic's act, told in a clause ending "-는데,", goes when the bullet
    is still too long. Only right after the topic (or the subject), with no figure, quotation or subject of its own,
    and not when the rest has a subject of its own ("A는 늘었는데, B는 줄었다": a contrast) or points back at it. (Two
    acts joined by "-고," or "-며," are :func:`_drop_first_act`'s.)"""
    k = next((k for k, m in outside_quotes(morphs, i, j - 2) if m.tag == "EC" and m.form in BACKGROUND_ENDINGS
              and morphs[k + 1].tag == "SP" and morphs[k + 1].form == ","), None)
    if k is None:
        return
    topic = next((t for t in range(i + 1, k) if (morphs[t].tag == "JKS" or morphs[t].tag == "JX" and morphs[t].form in {"은", "는", "ᆫ"})
                  and _is_nominal(morphs[t - 1])), None)
    if topic is None or any(m.tag in {"EC", "ETM", "SSO", "SP"} for m in morphs[i:topic]):
        return
    if morphs[topic].tag == "JKS" and topic + 1 < k and _is_stem(morphs[k - 1]) and k - 1 - topic <= 2:
        return  # "…서빙까지 로봇이 수행하는데, …우려도 나온다": the subject's clause is its verb alone, which would go
    first, rest = morphs[topic + 1 : k], morphs[k + 2 : j]
    if not first or any(m.tag in {"SN", "SSO", "SSC", "JKS"} or m.tag == "JX" and m.form in {"은", "는", "ᆫ"} for m in first) \
            or any(m.tag == "EC" and m.form not in SEQUENCE_ENDINGS | {"고"} for m in first):
        return
    if len(rest) < 4 or _has_subject(rest) or _points_back(rest) or _refers_back(rest) \
            or not any(_is_stem(x) or x.tag == "NNG" for x in rest) \
            or any(e.start < morphs[k + 2].start and morphs[topic + 1].start < e.end for e in edits):
        return
    edits.append(_Edit(morphs[topic + 1].start, morphs[k + 2].start))


def _drop_lead_in(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
    """What led to the topic's act or finding goes when the bullet is still too long, right after the topic:
    - why, told in a clause with its own subject ending "-ㅁ에 따라" ("중대본은 이번 호우로 …위험요인이 늘어남에 따라
      인명피해 예방 중심의 예찰활동을 강화하고 있다" -> "중대본, 인명피해 예방 중심의 예찰활동을 강화"), with no figure;
    - how a finding was made, "…을 조사한 결과" or "‘…조사’ 결과" ("한국갤럽은 지난 2일부터 4일까지 …을 조사한 결과 윤
      대통령의 직무 수행 긍정 평가는 …" -> "한국갤럽, 윤 대통령의 직무 수행 긍정 평가는 …"): its dates and sample are
      no news, when what was found names its subject in full (or the topic found it); "…가격동향을 조사한 결과
      매매가는 …" keeps it (see :func:`_skip_result_frame`).
    Not when the rest names something the lead-in named ("…매개모기가 발견됨에 따라 전국에 일본뇌염 주의보 발령",
    "…재가동을 승인함에 따라 즉시 재가동 절차에 착수": there it says what the act is about) or points back at it."""
    topic = _plain_topic(morphs, i, j, {"EC", "ETM", "SSO", "JKS", "SP"})
    if topic is None:
        return
    x = next((x for x, m in outside_quotes(morphs, topic + 1, j - 4) if m.tag == "ETN" and is_stem_or_ep(morphs[x - 1])
              and morphs[x + 1].form == "에" and morphs[x + 2].form == "따르" and morphs[x + 3].tag == "EC"), None)
    if x is not None:
        e = x + 4
        lead = morphs[topic + 1 : x]
        if not any(m.tag == "JKS" and y and _is_nominal(lead[y - 1]) for y, m in enumerate(lead)) \
                or any(m.tag in {"SN", "SSO", "SSC"} or m.tag == "EC" and m.form in QUOTE_ENDINGS for m in lead):
            return  # ("…승인함에 따라": without a subject the topic itself acted; a figure is news)
        own_subject = False
    else:
        x = next((x for x, m in outside_quotes(morphs, topic + 2, j - 4) if m.form == "결과" and m.tag == "NNG"
                  and (morphs[x - 1].tag == "ETM" and is_stem_or_ep(morphs[x - 2]) or _is_nominal(morphs[x - 1])
                       or morphs[x - 1].tag == "SSC")), None)
        if x is None:
            return
        e = x + 1
        lead = morphs[topic + 1 : x]
        if e < j and morphs[e].start == morphs[x].end and morphs[e].tag != "SP":
            return  # "…조사 결과를 발표하고": the result is the object of an act, no lead-in
        counted = {morphs[y + 1].form for y in range(topic + 1, x) if morphs[y].tag == "SN" and _is_nominal(morphs[y + 1])}
        if any(m.tag == "SN" and y + 1 < j and morphs[y + 1].form in counted for y, m in enumerate(morphs[e:j], start=e)):
            return  # "…187건을 검사한 결과 기준을 초과한 3건을 …": the count found is part of the count tested
        if not any(m.form in FINDING_NOUNS | SURVEY_NOUNS for m in lead) \
                or any(m.tag in {"EC", "EF", "JKS"} or m.tag == "JX" and m.form in {"은", "는", "ᆫ"}
                       or m.tag == "SSO" and m.form in {"“", '"'} for m in lead):
            return  # (a clause or a subject of its own: "…을 조사했고, 그 결과"; "경찰이 조사한 결과")
        own_subject = True
    e += e < j and morphs[e].tag == "SP"  # (a comma after it)
    rest = morphs[e:j]
    # (by the written word: Kiwi may read "일본뇌염" as one name in one clause and as two nouns in the next)
    said, rest_said = "".join(m.form for m in lead), "".join(m.form for m in rest)
    if len(rest) < 4 or _points_back(rest) or _refers_back(rest) \
            or (_has_subject(rest) and not (own_subject and _subject_named_in_full(rest))) \
            or any(_is_nominal(m) and len(m.form) > 1 and m.form in said for m in rest) \
            or any(_is_nominal(m) and len(m.form) > 1 and m.form in rest_said for m in lead) \
            or not any(_is_stem(m) or m.tag == "NNG" for m in rest):
        return
    _add_covering(edits, _Edit(morphs[topic + 1].start, morphs[e].start))


# Nouns of a study whose result a frame announces ("연구 결과, …", "‘…연구’ 결과"), besides FINDING_NOUNS; and of a
# survey or test that the lead-in rule reads too ("…를 점검한 결과").
STUDY_NOUNS = frozenset({"연구", "실험"})
SURVEY_NOUNS = STUDY_NOUNS | {"점검", "검사", "측정", "관측", "설문", "여론조사", "전수조사", "실태조사"}


def _subject_named_in_full(rest: list[Morph]) -> bool:
    """Whether the first subject or topic of ``rest`` is named in full: whose it is ("윤 대통령의 …평가는"), a name, or
    three nouns or more ("…직무 수행 긍정 평가는"); "매매가는" alone would not say of what."""
    y = next((y for y, m in enumerate(rest) if (m.tag == "JKS" or m.tag == "JX" and m.form in {"은", "는", "ᆫ"})
              and y and _is_nominal(rest[y - 1])), None)
    if y is None:
        return False
    phrase = rest[:y]
    return any(m.tag in {"JKG", "NNP", "SL"} for m in phrase) or sum(_is_nominal(m) for m in phrase) >= 3


def _cited_deed(morphs: Sequence[Morph]) -> bool:
    """Whether the sentence cites an earlier deed ("…을 수주한 바 있다", "…한 바 있다"): its date and counterpart are
    what tell it apart from the news, and stay."""
    tail = max(0, len(morphs) - 7)
    return any(m.form == "바" and m.tag == "NNB" and x + 1 < len(morphs) and morphs[x + 1].form == "있"
               for x, m in enumerate(morphs[tail:], start=tail))


def _drop_purposes(morphs: list[Morph], i: int, j: int, edits: list[_Edit], keep: frozenset[str] = frozenset()) -> None:
    """"국민 건강을 보호하기 위해 업무계획을 공개" -> "업무계획을 공개", "…삶을 두텁게 보호하고자, …협의체를 마련" ->
    "…협의체를 마련": what an action was for is a detail of it. The purpose clause goes back to the topic, subject or
    comma before it; not one that follows another clause ("…을 만들고 …을 개선하기 위해": the first clause would go
    with it), not a condition ("…하기 위해서는 …이 필요하다"), never inside quotations, never all that is left before
    the predicate; nor one that alone names what the headline is about (``keep``: its nouns' keys; "…말쥐치를 보호하기
    위해 …금어기를 도입" under "…말쥐치, …포획 금지": without it, no one knows what the ban is on)."""
    depth = 0
    for k in range(i, j - 2):
        m = morphs[k]
        depth += m.tag == "SSO"
        depth -= m.tag == "SSC" and depth > 0
        if depth:
            continue
        if m.form == "위하" and m.tag.startswith("VV") and k >= i + 2 and morphs[k - 1].tag == "ETN":
            ec = morphs[k + 1]  # (a purpose noun, "내수 활성화를 위해", stays: read blind, readers wanted what the act was for)
            if ec.tag != "EC" or ec.form not in {"어", "아", "여", "어서", "여서"} or k + 2 >= j or morphs[k + 2].tag == "JX" \
                    or morphs[k + 2].start == ec.end and morphs[k + 2].tag != "SP":
                continue
            e = k + 2 if morphs[k + 2].tag != "SP" else k + 3
            last = k - 1
        elif m.tag == "EC" and m.form == "고자" and k > i and is_stem_or_ep(morphs[k - 1]) \
                and (morphs[k + 1].start > m.end or morphs[k + 1].tag == "SP"):
            e = k + 1 if morphs[k + 1].tag != "SP" else k + 2  # "…보호하고자, …": the same, said with "-고자"
            last = k
        else:
            continue
        if e >= j or not any(_is_stem(x) or x.tag in {"NNG", "NNP"} for x in morphs[e : j - 1]):
            continue
        b = last
        while b > i and not (morphs[b - 1].end < morphs[b].start and morphs[b - 1].tag in {"JX", "JKS", "SP", "EC", "EF", "SF"}
                             and not (morphs[b - 1].tag == "EC" and morphs[b - 1].form == "고")
                             and not (morphs[b - 1].tag == "EC" and (_goes_on_in_an_auxiliary(morphs, b - 1) or _adverb_ending(morphs, b - 1)))
                             and not (morphs[b - 1].tag == "JKS" and _modifies_next(morphs, b, last))
                             and not (morphs[b - 1].tag == "SP" and b - 2 > i and morphs[b - 2].tag in {"NNG", "NNP"})):
            b -= 1  # "…을 보호하고 …을 개선하기 위해": both are the purpose; "주민과 군장병, 면회객들의 …": a list, whole
            # ("흩어져 있던 …체계를 연결하기 위해": a verb and its auxiliary are one predicate inside the purpose; "두텁게": an
            # adverb; "민생 부담이 커지는 시기에": a modifier's subject)
        if b > i and (morphs[b - 1].tag in {"EF", "SF"} or morphs[b - 1].tag == "EC" and not _postposition_verb(morphs, b - 1)
                      or morphs[b - 1].tag == "JX" and morphs[b - 1].form not in {"은", "는"}):
            continue  # "…만들고 …하기 위해": the clause before would lose its place; "…까지 …하기 위해"
            # (after "…과 관련하여", "…을 통해" the purpose is a phrase of its own: "…추진과 관련하여 | 의견 수렴을 위해")
        if b > i and morphs[b - 1].tag == "JKS" and any(x.tag == "ETM" for x in morphs[b:last]):
            continue  # "영양결핍이 | 오기 쉬운 …을 지원하기 위해": the subject is that of a clause inside the purpose
        if any(x.tag in {"SSO", "SSC"} or x.tag == "JKS" and not _modifies_next(morphs, y + 1, last) for y, x in enumerate(morphs[b:last], start=b)) \
                or any(x.start < morphs[b].start < x.end or x.start < morphs[e].start < x.end for x in edits):
            continue  # a purpose with its own subject ("시민이 …하기 위해"; not "…부담이 커지는 시기에 …"), or an edit across its edge
        if b == i and not _has_subject(morphs[e:j]):
            continue  # "6G 부품을 만들기 위해 HW와 SW를 개발하고 …": with no subject, the purpose is all the context there is
        # (the object of the purpose, "말쥐치를 보호하기 위해": not any of its words, "인구 감소에 대응하기 위해")
        rest = {content_key(x) for x in morphs[i:b] + morphs[e:j] if x.tag in {"NNG", "NNP"}}
        aim = next((y for y in range(last - 1, b, -1) if morphs[y].tag == "JKO"), None)
        if aim is not None and _is_nominal(morphs[aim - 1]) and content_key(morphs[aim - 1]) in keep - rest:
            continue
        _add_covering(edits, _Edit(morphs[b].start, morphs[e].start))


def _by_this_act(morphs: list[Morph], i: int) -> int | None:
    """Where a sentence goes on after an opening "이번 X에 따라" / "이 X에 따라" (X one word: "이번 결정에 따라", "이
    조치에 따라"): in keeping with the act the sentence before told; None when it does not open so."""
    m = morphs[i]
    if not ((m.form, m.tag) in {("이번", "NNG"), ("이", "MM")} and i + 1 < len(morphs) and morphs[i + 1].start > m.end
            and morphs[i + 1].tag in {"NNG", "XSN"}):
        return None
    k = i + 2
    while k < len(morphs) and morphs[k].start == morphs[k - 1].end and morphs[k].tag in {"NNG", "XSN"}:
        k += 1
    if k + 3 < len(morphs) and (morphs[k].form, morphs[k].tag) == ("에", "JKB") and morphs[k + 1].form == "따르" \
            and morphs[k + 1].tag.startswith("VV") and morphs[k + 2].tag == "EC" and morphs[k + 2].form in {"어", "라"} \
            and morphs[k + 3].start > morphs[k + 2].end:
        return k + 3
    return None


def _postposition_verb(morphs: list[Morph], k: int) -> bool:
    """Whether the connective at ``k`` ends a postposition-like verb ("…과 관련하여", "…을 통해", "…에 대해"): an
    adjunct phrase, not an act of its own."""
    stem = morphs[k - 1] if k >= 1 else None
    if stem is None:
        return False
    if stem.tag.startswith("VV") and stem.form in POSTPOSITION_VERBS:
        return True
    return stem.tag == "XSV" and k >= 2 and morphs[k - 2].form in POSTPOSITION_VERBAL_NOUNS and morphs[k - 2].end == stem.start


def _adjectival(clause: list[Morph], x: int) -> bool:
    """Whether the modifier ending at ``clause[x]`` (an ETM) is an adjective or "-인" that describes the noun after it
    ("매우 강한 비가", "점진적인 수율 개선 효과로"), not a verb whose clause may have begun before a split."""
    return x > 0 and clause[x - 1].tag.startswith(("VA", "VCP", "XSA")) and clause[x].form in {"ᆫ", "은", "는"}


def _clause_has_subject(clause: list[Morph]) -> bool:
    """:func:`_has_subject`, reading a forecast frame as the clause's own ending: in "적자 규모가 줄었을 것으로
    예상된다" the subject is the clause's, not that of a relative clause."""
    if _has_subject(clause):
        return True
    frame = next((x for x, m in enumerate(clause[:-2]) if m.form == "것" and x > 1 and clause[x - 1].tag == "ETM"
                  and _forecast_frame(clause, x - 1)), None)
    return frame is not None and _has_subject(clause[: frame - 1])


def _echoes_act_before(before: list[Morph], main: list[Morph]) -> bool:
    """Whether the main clause opens on a thing named by the act the clause before told ("…계획을 …발표해야 하며, |
    발표한 계획은 …바꿀 수 없다"): "the plan announced" is the first clause's plan; alone, the bullet says of which."""
    x = 1 if len(main) > 1 and main[0].tag == "SP" else 0
    if len(main) < x + 4 or main[x + 1].tag not in {"XSV", "VV"} and main[x].tag not in {"VV"}:
        return False
    verb = main[x].form if main[x].tag == "VV" else main[x].form + main[x + 1].form  # "발표" + "하"
    y = x + 1 if main[x].tag == "VV" else x + 2
    while y < len(main) and main[y].tag == "EP":
        y += 1
    if y + 2 >= len(main) or main[y].tag != "ETM" or main[y + 1].tag != "NNG" or main[y + 2].tag not in {"JX", "JKS"}:
        return False
    acts = {m.form for m in before if m.tag == "VV"} | {a.form + b.form for a, b in zip(before, before[1:])
                                                        if b.tag == "XSV" and a.end == b.start}
    return verb in acts


def _refers_back(clause: list[Morph]) -> bool:
    """Whether a clause outside quotations holds a word pointing at what came before ("이보다", "이 회사", "해당 병원"),
    before the frame of a reported statement ("…동등하다고 이 스타트업은 말한다": the frame is not kept)."""
    depth = 0
    for x, m in enumerate(clause):
        depth += m.tag == "SSO"
        depth -= m.tag == "SSC" and depth > 0
        if not depth and m.tag == "EC" and m.form in QUOTE_ENDINGS - {"고"}:
            return False
        if not depth and pointing_word(clause, x) and not _story_day(clause, x):
            return True
        if not depth and m.form == "같" and m.tag == "VA" and x + 2 < len(clause) and clause[x + 1].tag == "ETM" \
                and clause[x + 2].tag == "NNG" and not (x and clause[x - 1].tag in {"JKB", "JC"}) and not _same_period(clause, x):
            return True  # "같은 조건일 때": the same as what the clause before said ("A와 같은 B" compares)
    return False


def _opens_with_topic(clause: list[Morph], subject: bool = False) -> bool:
    """Whether a clause has a topic ("비메모리(…)는", "A는") before its first ending; with ``subject``, a topic or a
    subject ("…수가") before its first predicate."""
    for k, m in enumerate(clause):
        if m.tag in {"EC", "EF"} or subject and _is_stem(m):
            return False
        if k and (m.tag == "JX" and m.form in {"은", "는", "ᆫ"} or subject and m.tag == "JKS") \
                and (_is_nominal(clause[k - 1]) or clause[k - 1].tag == "SSC"):
            if _not_only_topic(clause, k):
                continue  # "유흥가와 식당가 주변은 물론 …에서도": no topic
            return True
    return False



def _speaker_topic(morphs: list[Morph], i: int, j: int) -> int | None:
    """The topic particle of a bullet's opening speaker ("A는 …“…”"), when nothing but the speaker's words come before it
    (no quotation, clause or comma; a gloss in brackets glued to a word is one of its words); None otherwise."""
    t = next((k for k in range(i + 1, j) if morphs[k].tag == "JX" and morphs[k].form in {"은", "는", "ᆫ"}
              and (_is_nominal(morphs[k - 1]) or morphs[k - 1].form == ")")), None)
    if t is None:
        return None
    depth = 0
    for x in range(i, t):  # (a gloss in round brackets glued to the name is the name's: "협의회(협의회)는")
        m = morphs[x]
        if m.form == "(" and x > i and morphs[x - 1].end == m.start and not depth:
            depth = 1
        elif m.form == ")" and depth:
            depth = 0
        elif not depth and m.tag in {"SSO", "EC", "SP"}:
            if m.tag == "SP" and m.form == "," and any(y.form == "등" and y.tag == "NNB" for y in morphs[x + 1 : t]) \
                    or m.form == "·" and morphs[x - 1].end == m.start:
                # (the names of a list, "…전국대책위원회와 주거권네트워크, 참여시민연대 등 12개 단체는", "전세사기·깡통전세":
                # read blind, "…12개 단체는 …기자회견을 열고 “…”" kept a clause with no predicate)
                continue
            return None
    return None if depth else t


def _drop_statement_before_quote(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
    """"한빛항공은 입장문을 내고 “…”고 밝혔다" -> "한빛항공, “…”": in a bullet of what a body said, the statement that
    carried the words ("입장문을 내고", "보도자료를 배포하고") is how they came out, and left before the quotation it reads
    as an act cut short (read blind: "'입장문을 내고' dangles"). Only right after the topic, right before the quotation."""
    t = _speaker_topic(morphs, i, j)
    if t is None:
        return
    q = next((k for k in range(t + 1, j - 1) if morphs[k].tag in {"SSO", "EC", "EF", "SP"}), None)
    if q is None or morphs[q].tag != "EC" or morphs[q].form != "고" or morphs[q + 1].form not in {"“", '"'} \
            or not announces_statement(morphs[t + 1 : q]):
        return
    _add_covering(edits, _Edit(morphs[t + 1].start, morphs[q + 1].start))


def _drop_quote_setting(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
    """"A는 협약식 직후 기자들과 만나 “…”라고 말했다" -> "A, “…”": in a bullet of what A said, the circumstances
    of saying it (a clause ending right before the quotation) are not the news. Only after A as the topic."""
    t = _speaker_topic(morphs, i, j)
    if t is None:
        return
    q = next((k for k in range(t + 1, j) if morphs[k].tag == "SSO" and morphs[k].form not in BRACKETS), None)  # "25일(현지 시간)"
    asked = _asked_question(morphs, q, j) if q is not None else None
    if asked is not None and q > t + 2 and morphs[q - 1].tag == "JKB":
        # "A는 …서명식에서 ‘…냐’는 질문에 “…”": the question the words answer stays, where it was asked goes
        if not any(x.start < morphs[t + 1].start < x.end or x.start < morphs[q].start < x.end for x in edits):
            _add_covering(edits, _Edit(morphs[t + 1].start, morphs[q].start))
        return
    if q is not None and morphs[q].form in {"‘", "'"}:  # "…주최 ‘…방안’ 간담회에서 “…”": a title on the way
        q = next((k for k in range(q + 1, j) if morphs[k].tag == "SSO" and morphs[k].form in {"“", '"'}), None)
    if q is None or q <= t + 2 or morphs[q].form not in {"“", '"'}:
        return
    e = q - 1
    while e > t and morphs[e].tag == "SP":
        e -= 1
    after = morphs[e].tag in {"NNG", "NNB"} and morphs[e].form in SETTING_TIMES  # "회동 후 “…”", "…둘러본 뒤 “…”"
    after = after or morphs[e].tag == "JKB" and morphs[e].form == "에서"  # "…주최 ‘…’ 간담회 인사말에서 “…”": where
    if not after and (morphs[e].tag != "EC" or morphs[e].form not in SEQUENCE_ENDINGS | {"며", "으며", "면서", "으면서"}
                      or morphs[e - 1].form in POSTPOSITION_VERBS):
        return  # "…에 대해 “…”": what the quotation is about stays
    if any(x.start < morphs[t + 1].start < x.end or x.start < morphs[q].start < x.end for x in edits):
        return
    _add_covering(edits, _Edit(morphs[t + 1].start, morphs[q].start))


# Words for the inside of the area a body governs ("도내", "관내"): with the body's name, "충남도 내", "광주시교육청 관내"
JURISDICTION_WORDS = {"도내": ("도", " 내"), "군내": ("군", " 내"), "관내": ("", " 관내")}


def _jurisdiction_named(morphs: list[Morph], cited: int, i: int, j: int, edits: list[_Edit]) -> None:
    """"충남도에 따르면 …도내 수해 이재민 가운데 …" -> "충남도 내 수해 이재민 가운데 …": with the source dropped
    (``morphs[cited:i]``), the area its inside word refers to goes with it; the word takes the source's name (only a
    source of one word, of the right level: "광주시교육청에 따르면 관내 학교 …" -> "광주시교육청 관내 학교 …")."""
    if i <= cited + 2 or (morphs[i - 2].form, morphs[i - 1].form) not in {("따르", "면"), ("따르", "으면"), ("의하", "면")} \
            or morphs[i - 3].form != "에" or morphs[i - 3].tag != "JKB":
        return
    s = i - 4
    if s < cited or morphs[s].tag not in {"NNP", "NNG", "XSN"}:
        return
    while s > cited and morphs[s - 1].end == morphs[s].start and morphs[s - 1].tag in {"NNP", "NNG", "XSN"}:
        s -= 1  # (one word: "한빛" + "시" + "교육청")
    if s > cited and not (morphs[s - 1].tag in PUNCT_TAGS or morphs[s - 1].end < morphs[s].start):
        return
    source = "".join(m.form for m in morphs[s : i - 3])
    for x, m in outside_quotes(morphs, i, j):
        level = JURISDICTION_WORDS.get(m.form)
        if m.tag == "NNG" and level is not None and source.endswith(level[0]) and (x == i or morphs[x - 1].end < m.start):
            edits.append(_Edit(m.start, m.end, source + level[1]))
            return


def _add_covering(edits: list[_Edit], edit: _Edit) -> None:
    """Add a deletion that may cover earlier, smaller deletions ("23일" inside a dropped setting): those go, so that
    :meth:`Compressor._apply` does not skip the wider one for starting at the same place. Nothing is added over or
    next to a replacement."""
    if any(x.text and x.text != LIST_DOT and x.start < edit.end and edit.start < x.end for x in edits):
        return  # a replacement (a topic moved to the front, a particle) is never swallowed (the dots between items are
        # the items')
    edits[:] = [x for x in edits if x.text and x.text != LIST_DOT or not (edit.start <= x.start and x.end <= edit.end)]
    edits.append(edit)


def _own_subject(clause: list[Morph]) -> bool:
    """Whether a clause has a subject of its own predicate: a topic ("수출은"), or a subject with no ending after it
    but the clause's last ("사업이 …이어지도록 …강화하며": "사업이" is the subject of "이어지도록"); never one inside a
    quotation."""
    depth = 0
    for k, m in enumerate(clause):
        depth += m.tag == "SSO"
        depth -= m.tag == "SSC" and depth > 0
        if depth or k == 0 or not _is_nominal(clause[k - 1]):
            continue
        if m.tag == "JX" and m.form in {"은", "는"}:
            return True
        if m.tag == "JKS" and not any(r.tag in {"EC", "ETM"} and not clause[y + 1].tag.startswith("VX")  # "내리고 있다"
                                      for y, r in enumerate(clause[k + 1 : -1], start=k + 1)):
            return True
    return False


def _stacked_topics(clause: list[Morph], gaps: Sequence[_Edit]) -> bool:
    """Whether a clause put together from three parts of a sentence (two ``gaps`` left out) keeps two topics of things, outside
    quotations and not inside a relative clause ("지난 1980년대 명태 연간 어획량은 | 지난 2007년 이후 포획략은 | 2019년부터
    어획이 …금지됐다"): the first clause's topic lost its predicate to the gap. A time or a case set as topic ("올해는",
    "…경우에는") is no such topic."""
    if len(gaps) < 2:
        return False  # (one gap: "다른 분석가들은 …, 총 훈련비용은 …높았다": who says so, then what the report is about)
    topics = 0
    for x, m in outside_quotes(clause):
        if x == 0 or m.tag != "JX" or m.form not in {"은", "는", "ᆫ"} or not _is_nominal(clause[x - 1]) \
                or clause[x - 1].form in TIME_TOPICS | ADVERBIAL_TOPICS or date_part(clause, x - 1) \
                or x >= 2 and clause[x - 2].tag in {"SN", "NR"} or any(g.start <= m.start < g.end for g in gaps):
            continue  # ("2명은 실형을, 2명은 …집행유예를": counts paired with what each got, one statement)
        if _inside_relative(clause, x, len(clause)):
            continue  # (a topic inside what describes a noun)
        topics += 1
        if topics >= 2:
            # and the rest has a subject of its own ("…2019년부터 어획이 …금지됐다"): neither topic is what it says of
            # (not "다른 분석가들은 …, 총 훈련비용은 …말한 6백만달러보다 훨씬 높았다": who says so, and what of)
            return any(y.tag == "JKS" and _is_nominal(clause[n - 1]) and not _inside_relative(clause, n, len(clause))
                       for n, y in enumerate(clause[x + 1 :], start=x + 1))
    return False


def _bare_subject(clause: list[Morph]) -> bool:
    """Whether a clause opens with a subject that has no particle, only "모두" / "각각" / "역시" ("양측 모두 한발 물러섰다"):
    it has a subject of its own, and a topic borrowed from another clause would be a second one."""
    k = 0
    while k < len(clause) and (_is_nominal(clause[k]) or clause[k].tag == "MM"):
        k += 1
    # ("이번 성과 역시 …도출됐다": "역시"/"또한" after a bare noun is its "도")
    return 0 < k < len(clause) and clause[k].form in {"모두", "각각", "다같이", "함께", "역시", "또한"} and clause[k].tag == "MAG"


def _near_main_clause(compressor: Compressor, morphs: list[Morph], body: str) -> str | None:
    """For a long sentence none of whose clauses fits: its main clause when that one stands alone (see
    :func:`_stands_alone`) and comes within ``NEAR_FIT`` of the bound ("수요가 폭발하면서 | 지난달 … 매출은 …늘며
    최대 실적을 새로 썼다" -> the sales), rather than the whole sentence far over it."""
    for clause, gaps in compressor._clauses(morphs):
        if clause[-1] is not morphs[-1] or clause[0].tag == "SSO" or not _stands_alone(morphs, clause, gaps):
            continue  # (a quotation split off from its speaker is no headline)
        short = compressor._render(clause, body, shorten=SHORTEN_LEVELS - 1, gaps=gaps)
        if 10 <= len(short) <= compressor.max_chars * NEAR_FIT:
            return short
    return None


# Nouns a copula makes a state of things ("…갈 수 있는 곳이었다", "…기댈 수밖에 없는 처지였다"): told in the past, a state
# that no longer holds; not who or what something was ("신고한 사람은 …교통경찰이었다": the bare noun says it).
STATE_NOUNS = frozenset({"곳", "길", "수단", "공간", "장소", "상황", "상태", "처지", "형편", "실정", "형국", "구조"})
PAST_MARKERS = frozenset({"한때", "과거", "당시", "당초", "애초", "그동안", "예전", "이전", "원래", "종전"})  # "…한때 최대의 고용주였다"


def _told_when(morphs: Sequence[Morph], i: int, k: int) -> bool:
    """Whether the words before ``k`` say when what they tell was: a date or a time ("지난해", "3월", "이날"), or a
    word of the past (:data:`PAST_WORDS`, :data:`PAST_MARKERS`)."""
    return any(date_part(morphs, x) or morphs[x].form in PAST_WORDS | PAST_MARKERS or morphs[x].form == "지난" and morphs[x].tag == "MM"
               for x in range(i, k))


def _floor_number(morphs: list[Morph], x: int) -> bool:
    """Whether the number ``morphs[x]`` counts floors or rooms of a building ("3층", "201호")."""
    return x + 1 < len(morphs) and morphs[x + 1].form in {"층", "호", "호실"} and morphs[x + 1].start == morphs[x].end


def _without_doing(morphs: list[Morph], k: int) -> bool:
    """Whether the "-고" at ``k`` ends "-지 않고" right before the verb it modifies ("허가를 받지 않고 일한 경우": working
    without a permit): how the act is done, no clause of its own."""
    if not (morphs[k].form == "고" and k >= 2 and morphs[k - 1].form == "않" and morphs[k - 2].form == "지" and k + 1 < len(morphs)):
        return False
    after = morphs[k + 1]
    return after.start > morphs[k].end and (after.tag.startswith("VV") or after.tag == "NNG" and k + 2 < len(morphs)
                                            and morphs[k + 2].tag == "XSV" and morphs[k + 2].start == after.end)


def _tops_the_list(clause: list[Morph]) -> bool:
    """Whether a clause gives a figure as the most of its kind ("…경우가 812명으로 가장 많았고"): "가장" before the last
    adjective of amount, a number in it."""
    stem = next((x for x in range(len(clause) - 1, 0, -1) if _is_stem(clause[x])), None)
    return stem is not None and clause[stem].form in {"많", "높", "크"} and clause[stem - 1].form == "가장" \
        and any(m.tag == "SN" for m in clause[:stem])


def _topic_over_subject(clause: list[Morph]) -> bool:
    """Whether a first clause opens on a topic and has a subject of its own after it ("환수는 | 재단이 …확인하고,"): the
    topic is the last verb's ("…추진됐다"), not the act of this clause's subject (unless the last verb only reports:
    "청솔식품은 | …수출액이 …기록하며 …넘어섰다고 밝혔다" -- the company says what the first clause tells)."""
    topic = next((x for x, m in outside_quotes(clause) if x and m.tag == "JX" and m.form in {"은", "는"} and _is_nominal(clause[x - 1])), None)
    if topic is None or any(_is_stem(m) for m in clause[:topic]):
        return False
    return any(m.tag == "JKS" and _is_nominal(clause[x - 1]) and (not _inside_relative(clause, x, len(clause)) or _while_doing(clause, x))
               for x, m in outside_quotes(clause, topic + 1))


def _while_doing(clause: list[Morph], x: int) -> bool:
    """Whether the first adnominal ending after the subject at ``x`` closes a clause of when or in the course of what
    its subject acts ("재단이 …를 조사하는 과정에서 …확인하고"): the subject is the clause's own, not a relative's."""
    etm = next((y for y in range(x + 1, len(clause)) if clause[y].tag == "ETM"), None)
    return etm is not None and etm + 2 < len(clause) and clause[etm + 1].form in {"과정", "때", "도중", "중", "뒤", "후"} \
        and clause[etm + 2].tag == "JKB"


def _cited_point(clause: list[Morph]) -> bool:
    """Whether a clause ends by citing what it says as a point ("…커진 점을 반등 배경으로 꼽는다", "…오른 점을 이유로
    들었다"): a relative clause on "점", its object particle, then the verb that ends the clause (not "…늘었다는 점을 지적하며
    “…”라고 비판했다": the words said go on)."""
    return any(m.form == "점" and m.tag in {"NNB", "NNG"} and x >= 1 and clause[x - 1].tag == "ETM" and x + 1 < len(clause)
               and clause[x + 1].tag == "JKO" and not any(n.tag == "EC" for n in clause[x + 2 :])
               for x, m in outside_quotes(clause))


def _respectively(clause: list[Morph]) -> bool:
    """Whether a clause lists two or more topics with their figures, then "각각" ("청소년은 800원에서 900원으로, 어린이는
    500원에서 550원으로 각각 인상된다")."""
    return any(m.form == "각각" and m.tag == "MAG" for m in clause) and sum(m.tag == "SN" for m in clause) >= 2 and _topics(clause) >= 2


def _topics(clause: list[Morph]) -> int:
    """How many nouns of a clause take the topic particle "은/는" (outside quotations)."""
    return sum(m.tag == "JX" and m.form in {"은", "는"} and x > 0 and _is_nominal(clause[x - 1]) for x, m in outside_quotes(clause))


def _rest_of_list(clause: list[Morph]) -> bool:
    """Whether a clause lists two or more figures with their subjects, commas between ("…경우가 391명, …경우가 124명이었다")."""
    return sum(m.tag == "SN" for m in clause) >= 2 and any(m.tag == "SP" and m.form == "," for m in clause) \
        and sum(m.tag == "JKS" for m in clause) >= 1


def _ranking(clause: list[Morph]) -> bool:
    """Whether a clause is a ranking of figures with no subject of its own ("대구 0.19%, 서울 0.13% 순으로 나타났다",
    "…순이다")."""
    return any(m.form == "순" and m.tag in {"NNG", "NNB"} and x and clause[x - 1].tag in {"SW", "SN", "NNB", "NNG", "SSC"}
               for x, m in enumerate(clause)) and not any(m.tag == "JKS" for m in clause) \
        and sum(m.tag == "SN" for m in clause) >= 2


def _case_owner(first: list[Morph]) -> str | None:
    """The X of a first clause that opens on "X의 경우" ("손보사의 경우 …감소했으나,"): whom the sentence is about,
    a noun phrase of at most three words; None otherwise."""
    x = Compressor._strip_lead(first)
    g = next((g for g in range(x + 1, min(len(first) - 1, x + 5)) if first[g].tag == "JKG" and first[g + 1].form == "경우"
              and first[g + 1].tag == "NNG"), None)
    if g is None or not all(m.tag in {"NNG", "NNP", "SL", "SH"} for m in first[x:g]):
        return None
    return _spelled(first[x:g])


def _case_topic(main: list[Morph]) -> bool:
    """Whether a clause opens with a topic of its own in "X의 경우" ("…회복하고 서울 지역의 경우 23.7% 급등"):
    the first clause's topic is not what it is about."""
    return any(m.form == "경우" and m.tag == "NNG" and x and main[x - 1].form == "의" for x, m in enumerate(main[:10]))


PLAN_NOUNS = frozenset({"계획", "예정", "방침"})
# "…증가하는 추세를 보였다": a trend a change shows, which a headline names with it ("증가 추세"); how it looks
# (RESTATING_NOUNS: "…개선되는 모습을 보였다") adds nothing to the change
TREND_NOUNS = frozenset({"추세", "경향", "흐름"})


def _plan_word(main: list[Morph]) -> str | None:
    """The noun of a main clause that ends as a plan ("…선정할 계획이다" -> "계획"), or None."""
    end = Compressor._strip_quote_frame(main, 0, len(main))  # "…설치할 계획이라고 밝혔다": the plan is said
    while end and main[end - 1].tag in {"SF", "EF", "VCP", "SP", "SSC"}:
        end -= 1
    last = main[end - 1] if end else None
    return last.form if last is not None and last.form in PLAN_NOUNS and last.tag in {"NNG", "NNB"} \
        and end > 1 and main[end - 2].tag == "ETM" else None


def _ahead_with_main(first: list[Morph], main: list[Morph]) -> bool:
    """Whether a first clause joined by "-고"/"-며" tells an act still to come, as its main clause does: the main
    clause ends in the plain present of an act ("…새로 설치한다"; :func:`_present_action`), no time of the past, a
    habit or the present named in either ("지난해", "매년", "현재 …운영한다"), and the first clause, told in no tense of its
    own ("…늘리고"), has a doer for its subject or topic ("시는 …", "한빛전자는 …"; :func:`_acting_noun`)."""
    end = len(main)
    while end and main[end - 1].tag in {"SF", "SP", "SSC"}:
        end -= 1
    if end < 3 or main[end - 1].tag != "EF" or main[end - 1].form not in {"ᆫ다", "는다"}:
        return False
    k = end - 1
    last = main[k - 1]
    if not _is_stem(last) or not _present_action(main, k, end, last) or last.form in STANDING_STEMS \
            or k >= 2 and main[k - 2].form in STANDING_STEMS and last.tag.startswith("XSV") or _habitual(main, 0, k):
        return False
    if _told_as_done(first) or any(m.tag == "EP" for m in first):
        return False
    both = [*first, *main[:k]]
    if _timed_otherwise(both, 0, len(both)):
        return False
    subject = next((x for x, m in enumerate(first) if x and (m.tag == "JKS" or m.tag == "JX" and m.form in {"은", "는"})
                    and _is_nominal(first[x - 1]) and _relative_end(first, x, len(first)) is None), None)
    return subject is not None and _acting_noun(first, subject - 1)


def _told_as_done(clause: list[Morph]) -> bool:
    """Whether a clause ends in a past tense before its connective ("…사직서를 냈으며", "…늘었고"): what it says is
    done, not part of a plan or forecast the next clause states."""
    end = len(clause)
    while end and clause[end - 1].tag == "SP":
        end -= 1
    return end >= 2 and clause[end - 1].tag == "EC" and clause[end - 2].tag == "EP" and clause[end - 2].form in PAST_ENDINGS


def _planned(main: list[Morph]) -> bool:
    """Whether a main clause states a plan or forecast that covers the clauses before it too ("…홍보하고, … 펼칠
    계획이다", "…늘고, …넘을 것으로 예상했다"): the first clause alone would state it as done."""
    purpose = any(m.form == "위하" and m.tag.startswith("VV") and x and main[x - 1].tag == "ETN" for x, m in enumerate(main))
    # "…재정립하고, …점검하기 위해 마련됐다": the purpose covers the first clause too, which alone would read as done
    return purpose or any(m.form in MODALITY_WORDS and m.tag in {"NNG", "NNB", "EP", "EC"} for m in main) or _forecast(main) \
        or _requested(main) or _decided(main)


def _decided(main: Sequence[Morph]) -> bool:
    """Whether a main clause reports a decision ("…지급하기로 했다", Kiwi's "-기" + "로" + "하다"): it covers the clauses
    before it too ("…기본급을 8만원 올리고, …지급하기로 했다"), which alone would state as done what was decided."""
    return any((m.form, m.tag) == ("기", "ETN") and main[x + 1].form == "로" and main[x + 1].tag == "JKB"
               and main[x + 2].tag.startswith("VV") and main[x + 2].form in {"하", "결정하", "합의하"}
               for x, m in enumerate(main[:-2]))


# Nouns of asking someone to act: "…해 달라고 당부했다", "…하도록 요청했다", "…해 줄 것을 촉구했다".
REQUEST_NOUNS = frozenset({"당부", "요청", "촉구", "요구", "호소", "권고", "주문", "독려", "권유"})


def _requested(main: list[Morph]) -> bool:
    """Whether a main clause reports a request ("…충원하라고 촉구했다", "…머물러 달라고 요청했다", "…착용하도록
    당부했다", "…확보해 줄 것을 당부했다"): what it asks covers the clauses before it too ("임금을 올리고 …"), which
    alone would state as done what was only asked for."""
    for x, m in enumerate(main[1:], 1):
        before = main[x - 1]
        if m.tag == "EC" and m.form in {"라고", "으라고"} and before.tag.startswith(STEM_TAGS) and before.tag != "VCP":
            return True  # an imperative reported ("충원하라고", "머물러 달라고")
        if m.tag == "EC" and m.form == "도록" or m.form == "것" and m.tag == "NNB" and before.tag == "ETM" \
                and before.form == "ᆯ" and x >= 2 and main[x - 2].form == "주":
            if any(y.form in REQUEST_NOUNS and y.tag == "NNG" for y in main[x + 1 :]):
                return True
    return False


def _viewed_as_topic(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
    """"…연간 소비자물가 지수를 보면 107.71로 작년보다 5.1% 상승해 …" -> "…연간 소비자물가 지수, 107.71로 …": what the
    figure right after "…을 보면" measures is what the headline is about; "looking at" it says nothing. Only when no
    subject or topic follows (the figure is the object's own) and the figure comes right after the frame."""
    for k in range(i + 2, min(j - 3, i + 16)):
        m = morphs[k]
        if m.tag in {"SSO", "EF", "EC"}:
            return  # (the frame opens the sentence: no clause before it)
        if not (m.form == "보" and m.tag.startswith("VV") and morphs[k - 1].tag == "JKO" and morphs[k - 1].start == morphs[k - 2].end
                and _is_nominal(morphs[k - 2]) and morphs[k + 1].tag == "EC" and morphs[k + 1].form in {"면", "으면"}
                and morphs[k + 2].start > morphs[k + 1].end and morphs[k + 2].tag == "SN"):
            continue
        if any(x.tag == "JKS" or x.tag == "JX" and x.form in {"은", "는", "ᆫ"} for _, x in outside_quotes(morphs, k + 2, j)):
            return
        edits.append(_Edit(morphs[k - 1].start, morphs[k + 1].end, ","))
        return


def _drop_viewing_frame(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
    """"건강보험 진료실적을 보면, 상반기 진료비는 …" -> "상반기 진료비는 …": a frame that only says where to look
    ("…을 보면,", "…을 살펴보면,") at the head of the sentence; what follows is the statement."""
    for k in range(i + 2, min(j - 2, i + 16)):
        m = morphs[k]
        if m.tag in {"SSO", "EF", "JX"} or m.tag == "EC" and m.form not in {"면", "으면", "어"}:
            return
        if m.tag == "EC" and m.form in {"면", "으면"}:
            stem = morphs[k - 1]
            if stem.form in {"보", "살펴보"} and stem.tag.startswith(("VV", "VX")) and morphs[k + 1].tag == "SP" \
                    and any(x.tag == "JKO" for x in morphs[i:k]) and _opens_with_topic(morphs[k + 2 : j]) \
                    and not _topic_named_in(morphs, k + 2, j, "".join(x.form for x in morphs[i:k] if _is_nominal(x))):
                # (not "…을 살펴보면, 먼저 ‘…’ 성과가 있다": there the frame says what the list is of; nor "커피
                # 수입물가지수를 보면, …지난달 물가는 307.12로": the topic is the frame's, which says of what)
                edits.append(_Edit(morphs[i].start, morphs[k + 2].start))
            elif stem.form in {"보", "살펴보"} and stem.tag.startswith(("VV", "VX")) and morphs[k + 1].tag == "SP" \
                    and k - 2 > i and morphs[k - 2].tag == "JKO" and all(_is_nominal(x) or x.tag in {"SN", "NNB"} for x in morphs[i : k - 2]) \
                    and not _has_subject(morphs[k + 2 : j]) and not _refers_back(morphs[k + 2 : j]):
                # "월별 취업자 수 증가폭을 보면, …석달 연속 부진했다가 …올라섰다" -> "월별 취업자 수 증가폭, …": with no
                # subject after it, what the frame looks at is what the statement is about
                edits.append(_Edit(morphs[k - 2].start, morphs[k + 1].end, ","))
            return


def _topic_named_in(morphs: list[Morph], start: int, j: int, words: str) -> bool:
    """Whether the first topic from ``start`` on ("물가는") is a word of ``words`` (the nouns of a frame, "커피수입물가지수")."""
    x = next((x for x in range(start + 1, j) if morphs[x].tag == "JX" and morphs[x].form in {"은", "는"} and _is_nominal(morphs[x - 1])), None)
    return x is not None and len(morphs[x - 1].form) >= 2 and morphs[x - 1].form in words


def _range_mark(morphs: list[Morph], e: int, j: int) -> bool:
    """Whether ``morphs[e]`` is a "~" inside one item, glued to a noun on both sides ("인천~가오슝", "3~5월")."""
    m = morphs[e]
    return m.tag == "SO" and m.form in {"~", "∼", "-"} and 0 < e < j - 1 and morphs[e - 1].end == m.start \
        and morphs[e + 1].start == m.end and morphs[e - 1].tag in LIST_ITEM_TAGS and morphs[e + 1].tag in LIST_ITEM_TAGS


def _glued_in(morphs: list[Morph], e: int) -> bool:
    """Whether ``morphs[e]`` is the "이"/"ᆫ" Kiwi reads inside a noun ending in "-인" ("우주인", "외국인": 우주 + 이 + ᆫ),
    glued to the noun before it and followed by a space and another noun."""
    m = morphs[e]
    if m.tag == "VCP" and m.form == "이":
        e += 1
    elif not (m.tag == "ETM" and m.form == "ᆫ" and e > 0 and morphs[e - 1].tag == "VCP"):
        return False
    return 0 < e < len(morphs) - 1 and morphs[e].tag == "ETM" and morphs[e].form == "ᆫ" and _is_nominal(morphs[e - 2]) \
        and morphs[e - 1].start == morphs[e - 2].end and morphs[e + 1].start > morphs[e].end and morphs[e + 1].tag in {"NNP", "NNG"}


def here_words(morphs: Sequence[Morph], x: int) -> int:
    """How many morphemes at ``x`` say "here" ("이곳", "여기"): Kiwi reads "이곳" as a pronoun, or as "이" + "곳"; 0 when
    they do not."""
    m = morphs[x]
    if m.form in {"이곳", "여기"} and m.tag == "NP":
        return 1
    return 2 if m.form == "이" and m.tag == "MM" and x + 1 < len(morphs) and morphs[x + 1].form == "곳" and morphs[x + 1].start == m.end else 0


def _drop_this_place_included(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
    """"…작업 공간을 갖춘 기관도 이곳을 포함해 세 곳뿐" -> "…기관도 세 곳뿐": the count holds the place the reporter
    stands in ("이곳"), which a bullet cannot point at; the count says it all. (Kiwi reads "이곳" as a pronoun, or as
    "이" + "곳".)"""
    for x, m in outside_quotes(morphs, i, j):
        here = here_words(morphs, x)
        y = x + here
        if not here or y + 3 >= j or morphs[y].tag != "JKO" or morphs[y + 1].form != "포함" or morphs[y + 2].form != "하" \
                or not (morphs[y + 3].tag == "EC" and morphs[y + 3].form in {"어", "여", "아", "어서", "여서"}):
            continue
        if y + 4 < j:
            edits.append(_Edit(m.start, morphs[y + 4].start))
        return


def _drop_inclusions(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
    """"하이브리드·전기차·수소차를 포함한 친환경 차 수출액" -> "친환경 차 수출액": what a noun includes, named before
    it by "…을 포함한", are examples of it; the noun stays. Only a plain noun phrase (nouns, lists, "등"; no clause,
    date or quotation) before a noun, never inside quotations."""
    for k, m in outside_quotes(morphs, i, j - 4):
        if m.form != "포함" or m.tag != "NNG" or morphs[k + 1].form != "하" or morphs[k + 2].tag != "ETM" \
                or morphs[k + 2].form != "ᆫ" or k - 2 < i or morphs[k - 1].tag != "JKO" \
                or not (_is_nominal(morphs[k + 3]) or morphs[k + 3].tag == "XPN"):
            continue
        b = k - 1
        while b > i:
            prev = morphs[b - 1]
            if prev.tag in {"SP", "SW", "SO", "JC", "JKG", "MM", "XPN", "XSN"} or _is_nominal(prev):
                if date_part(morphs, b - 1) or prev.tag == "SP" and not (b - 2 >= i and _is_nominal(morphs[b - 2])):
                    break
                b -= 1
                continue
            break
        while b < k and morphs[b].tag in {"SP", "SW", "SO", "JC", "JKG"}:
            b += 1
        if b >= k - 1 or any(x.tag in {"SN", "NR"} and not date_part(morphs, y) for y, x in enumerate(morphs[b : k - 1], start=b)):
            continue  # "1만 명을 포함한": a count is part of the news
        if not any(x.tag in {"SP", "JC"} or x.form == "등" and x.tag == "NNB" for x in morphs[b : k - 1]):
            continue  # "중국을 포함한 제조사들": one thing named is what the sentence stresses; a list gives examples
        _add_covering(edits, _Edit(morphs[b].start, morphs[k + 3].start))


COUNT_NOUN = re.compile(r"\d+(?:개)?사")  # a count Kiwi reads as one noun ("3사", "6개사": so many companies)
COUNT_TAGS = frozenset({"NNB", "NNG", "NR"})  # the counter after a number ("13종", "5개사", "1조5000억 원")


def _drop_connective_after_topic(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
    """"노조는 다만 응급실에는 …" -> "노조, 응급실에는 …": a connective right after the opening topic ties the sentence to
    the one before, as one opening the sentence does (:data:`LEAD_CONNECTIVES`, dropped by :meth:`Compressor._strip_lead`);
    the bullet has no sentence before it ("노조, 다만 …" read as a fragment)."""
    k = next((x for x in range(i + 1, min(j, i + 6)) if morphs[x].tag in {"JX", "JKS"}), None)
    if k is None or k + 2 >= j or not (morphs[k].tag == "JKS" or morphs[k].form in {"은", "는", "ᆫ"}) \
            or not all(_is_nominal(m) for m in morphs[i:k]):
        return
    c = morphs[k + 1]
    if c.tag in {"MAJ", "MAG"} and c.form in LEAD_CONNECTIVES and c.start > morphs[k].end and morphs[k + 2].start > c.end \
            and morphs[k + 2].tag not in {"MM", "SN", "NR"} and c.form not in {"또", "이어", "먼저", "우선"}:
        # (not "또 한 번", again; nor "이어", "먼저", which tell the order of acts)
        edits.append(_Edit(c.start, morphs[k + 2].start))


def _inline_marks(morphs: Sequence[Morph], i: int, j: int) -> list[int]:
    """Where the marks of items written in one line stand between ``i`` and ``j`` ("▲A ▲B ▲C")."""
    return [y for y in range(i, j) if morphs[y].tag == "SW" and morphs[y].form in INLINE_LIST_MARKS]


LIST_DOT = "·"  # what joins items marked in one line in a bullet ("A·B·C 등")


def _inline_list_dotted(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
    """"협회는 ▲카드 수수료 인하 ▲임대료 인상 상한 등 …" -> "협회, 카드 수수료 인하·임대료 인상 상한 등 …": items marked in
    one line are joined by :data:`LIST_DOT`, as a headline lists them (a mark is the page's layout, never a bullet's)."""
    marks = _inline_marks(morphs, i, j)
    if len(marks) < 2:
        return
    edits.append(_Edit(morphs[marks[0]].start, morphs[marks[0] + 1].start))
    edits.extend(_Edit(morphs[y - 1].end, morphs[y + 1].start, LIST_DOT) for y in marks[1:] if y > i and y + 1 < j)


def counted_inline_list(morphs: Sequence[Morph]) -> bool:
    """Whether a sentence's items marked in one line are examples of a count it goes on to state ("연합회는 이날 ▲A ▲B ▲C
    등 4대 요구안을 발표했다"): the compression keeps the first as the count's example (see :func:`_drop_counted_examples`)."""
    marks = _inline_marks(morphs, 0, len(morphs))
    if len(marks) < 2 or marks[0] == 0:
        return False
    x = next((y for y in range(marks[-1], len(morphs)) if morphs[y].form == "등" and morphs[y].tag == "NNB"), None)
    return x is not None and any(m.tag == "SN" for m in morphs[x + 1 : x + 4]) \
        and any(m.tag == "EF" and m.form.endswith("다") for m in morphs[-3:])


def _drop_counted_examples(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
    """"흰수마자 등 멸종위기 1급 동물 13종" -> "멸종위기 1급 동물 13종", "승용차 35대와 화물차 7대 등 차량 43대" ->
    "차량 43대": examples named before "등" whose total the phrase after it counts; the count says how many, the
    examples only which. The examples are plain noun phrases (lists, figures; no clause, date or bracket) that open
    the sentence or follow a particle; the phrase after "등" (or "등의") is nouns with a count of its own."""
    for x, m in outside_quotes(morphs, i, j - 2):
        if m.form != "등" or m.tag != "NNB" or x <= i or morphs[x - 1].end == m.start:
            continue
        after = x + 1
        if morphs[after].tag == "JKG" and morphs[after].start == m.end:
            after += 1  # "… 등의 멸종위기종 13종"
        if after >= j or morphs[after].start == morphs[after - 1].end:
            continue
        b, dotted = x, False
        while b > i:
            p = morphs[b - 1]
            if date_part(morphs, b - 1) or p.form in TIME_TOPICS | DURATION_WORDS:
                break  # "올해 …", "나흘간 …": the time is the statement's, not an example's
            if p.tag == "JC" and p.end < morphs[b].start and any(y.form == "·" for y in morphs[b:x]) \
                    and all(y.tag in {"NNP", "NNG"} or y.tag == "SP" and y.form == "·" for y in morphs[b:x]) \
                    and all(morphs[y].start == morphs[y - 1].end for y in range(b + 1, x)):  # (one word: "수원·성남·고양")
                dotted = True
                break  # "경기도와 | 수원·성남·고양 등 도내 6개 시": a list joined by "·" is the examples; the name joined to it
                # by "와" is no example of the count ("경기도, 도내 6개 시" kept who acts with the cities)
            if p.tag in LIST_ITEM_TAGS or p.tag == "SP" and p.form in {",", "·"} or p.tag == "JC" and b - 2 >= i \
                    and p.start == morphs[b - 2].end:
                b -= 1
                continue
            if p.tag == "JX" and p.form == "도" and b - 2 >= i and morphs[b - 2].tag == "NNP" and morphs[b - 2].end == p.start \
                    and morphs[b].tag == "SP" and morphs[b].form == ",":
                b -= 1  # "욕지도와 사량도, 한산도 등": Kiwi may read an island's "도" as a particle
                continue
            if p.tag == "EC" and p.form in {"어", "여"} and b - 4 >= i and morphs[b - 2].form == "하" \
                    and morphs[b - 3].form == "비롯" and morphs[b - 4].tag == "JKO":
                b -= 4  # "한국과 중국, 일본을 비롯해 영국, 네덜란드 등 12개국": the examples go on past "비롯해"
                continue
            if p.tag == "SSC" and p.form == ")" and p.start > morphs[b - 2].start:
                o = next((y for y in range(b - 2, max(i, b - 12) - 1, -1) if morphs[y].tag == "SSO" and morphs[y].form == "("), None)
                if o is not None and o > i and morphs[o - 1].end == morphs[o].start and not any(y.tag == "SN" for y in morphs[o:b]):
                    b = o  # "한국전자통신연구원(ETRI)": an example's gloss (not a person's age, "총책 A씨(40)")
                    continue
            break
        while b < x and morphs[b].tag == "SP":
            b += 1
        if b > i + 1 and morphs[b - 1].tag == "ETM" and b < x:
            # "우리나라를 대표하는 | 팹리스 기업과 …연구원, 서울대 등 114개 기관": a short relative clause describing the
            # first example is part of the examples, back to the particle before it
            # (only after a topic: a subject or a place before it may be the clause's own, "주민들이 출전하는 …")
            r = b - 1
            while r > i and r > b - 6 and not (morphs[r - 1].tag in {"JX", "JKS", "JKB"} and morphs[r - 1].end < morphs[r].start) \
                    and morphs[r - 1].tag not in {"EC", "EF", "SP", "SSO", "SSC"}:
                r -= 1
            if r > i and morphs[r - 1].tag == "JX" and morphs[r - 1].form in {"은", "는", "ᆫ"} and morphs[r - 1].end < morphs[r].start:
                b = r
        if b > i and morphs[b - 1].form in {"과", "와"} and not dotted:
            continue  # "경부선 80편과 | 호남선 40편 등": Kiwi may read a list's "과" as a particle
        # (a time that opens the statement ends before them: "지난해 | GS25와 CU, 세븐일레븐 등 편의점 3사의 매출이 …")
        after_time = b > i and morphs[b - 1].form in TIME_TOPICS and morphs[b - 1].tag == "NNG" and morphs[b - 1].end < morphs[b].start
        if b >= x or b > i and not after_time and not (morphs[b - 1].tag in {"JX", "JKS", "JKO", "JKB"} or dotted) \
                or b > i and morphs[b - 1].end == morphs[b].start:
            continue  # where the examples start is not sure ("…출전하는 군민 챌린지 등 총 5개": one word or two?)
        if all(y.tag in {"SN", "NNB", "NR"} for y in morphs[b:x]):
            continue  # "강원도민에 1대, 타 시도에 | 1대 등 2대": a bare count is a pair's, with the place before it
        e = after
        while e < j and morphs[e].tag in LIST_ITEM_TAGS | {"MM", "SP"} and not (morphs[e].tag == "SP" and morphs[e].form == ","):
            e += 1
        # (Kiwi reads a few counts as one noun: "편의점 3사", "발전 6개사")
        counted = any(morphs[y].tag == "SN" and morphs[y + 1].tag in COUNT_TAGS and morphs[y + 1].start == morphs[y].end
                      and not date_part(morphs, y) for y in range(after, min(e, j - 1))) \
            or any(morphs[y].tag == "NNG" and COUNT_NOUN.fullmatch(morphs[y].form) for y in range(after, e))
        a, z = morphs[b].start, morphs[after].start
        if counted and e < j and morphs[e].tag.startswith("J") \
                and not any(ed.start < z and a < ed.end and not (a <= ed.start and ed.end <= z and ed.text in {"", LIST_DOT}) for ed in edits):
            # (a list already shortened, "A, B 등", is left as it is; a gloss dropped inside it, "연구원(ETRI)", goes with it)
            marks = _inline_marks(morphs, i, x)
            if len(marks) >= 2 and marks[0] == b:
                # "▲수수료 상한제 법제화 ▲최저임금 … ▲… 등 4대 요구안" -> "수수료 상한제 법제화 등 4대 요구안": items marked in
                # the line are what the count is of; the first of them stays as its example (the count alone said nothing)
                _add_covering(edits, _Edit(morphs[marks[1] - 1].end, morphs[x - 1].end))
            elif not marks:  # (items marked in the line with phrases of their own, "▲배치기준을 …1명으로 강화 ▲…", stay whole)
                _add_covering(edits, _Edit(a, z))


def _shorten_closed_lists(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
    """A list of four or more items that the sentence itself closes with "등" keeps its first two, never inside
    quotations. Items of several words (joined inside by "·" or "-과"): "청년 일자리·창업 활성화, 지역산업 선도인력 양성,
    자립 지원과 복지 향상, 미래 청년 꿈사다리 제공 등 6개 분야" -> "청년 일자리·창업 활성화, 지역산업 선도인력 양성
    등 6개 분야"; the list must start right after a particle (or the sentence), so that its first item is whole.
    Items that are nominalised clauses: "신규 사업은 A 공간 조성, B 수당 지원, C와 D 보금자리 만들기 지원, 전남에서
    먼저 살아보기 등이다" -> "신규 사업, A 공간 조성, B 수당 지원 등": every item ends in a noun or a nominal ending, holds
    no ending but "-아/어" before an auxiliary ("살아 보기"), and the list starts right after a topic, subject or object
    particle (a place particle may be inside an item). A sentence that pairs lists item by item ("각각") keeps them whole."""
    if _paired_lists(morphs, i, j):
        return
    for x, m in outside_quotes(morphs, i, j):
        if m.form != "등" or m.tag != "NNB" or x <= i + 1 or morphs[x - 1].end == m.start:
            continue
        cut = _noun_list_cut(morphs, i, x)
        if cut is None:
            cut = _clause_list_cut(morphs, i, x)
        if cut is None:
            continue
        a, z = morphs[cut].start, morphs[x].start
        if any(e.start < a < e.end or e.start < z < e.end or e.start <= a and z <= e.end for e in edits):
            continue  # cut already, or part of a dropped phrase; edits inside the items go with them
        edits.append(_Edit(a, z, " "))


def _noun_list_cut(morphs: list[Morph], i: int, x: int) -> int | None:
    """The comma after the second item of a list of noun phrases closed by "등" at ``x``, or None."""
    commas, b = [], x
    while b > i:
        p = morphs[b - 1]
        inner = p.tag == "SP" and p.form in {",", "·"} or p.tag == "JC" and b - 2 >= i and p.start == morphs[b - 2].end
        if p.tag not in LIST_ITEM_TAGS and not inner:
            break
        if p.tag == "SP" and p.form == ",":
            commas.append(b - 1)
        b -= 1
    if len(commas) < 3 or b < i or b > i and not (morphs[b - 1].tag in {"JX", "JKS", "JKO", "JKB"}
                                               and morphs[b - 1].end < morphs[b].start):
        return None
    return sorted(commas)[1]


# Inside an item of a listed clause ("한빛시에서 먼저 살아보기", "보금자리 만들기 지원"): what a nominalised clause holds.
CLAUSE_ITEM_TAGS = LIST_ITEM_TAGS | {"ETN", "VV", "VA", "VX", "XSV", "JC", "JKB", "MAG", "MM"}


def _clause_list_cut(morphs: list[Morph], i: int, x: int) -> int | None:
    """The comma after the second item of a list of nominalised clauses closed by "등" at ``x``, or None."""
    commas, b = [], x
    while b > i:
        p = morphs[b - 1]
        if p.tag == "SP" and p.form == ",":
            if not _is_nominal(morphs[b - 2]) and morphs[b - 2].tag != "ETN":
                return None  # an item ends in a noun
            commas.append(b - 1)
        elif not (p.tag in CLAUSE_ITEM_TAGS or p.tag == "SP" and p.form == "·"
                  or p.tag == "EC" and p.form in {"어", "아"} and morphs[b].tag == "VX"):
            break
        b -= 1
    if len(commas) < 3 or b <= i or not (morphs[b - 1].tag in {"JX", "JKS", "JKO"} and morphs[b - 1].end < morphs[b].start):
        return None
    if not (_is_nominal(morphs[x - 1]) or morphs[x - 1].tag == "ETN"):
        return None
    return sorted(commas)[1]


DAY_ADVERBS = frozenset({"오늘", "어제", "내일"})  # Kiwi reads these as adverbs; "이날" as a noun
CLEFT_DAY_WORDS = DAY_WORDS | DAY_ADVERBS | {"어젯밤", "간밤", "오늘밤", "새벽", "밤", "아침", "저녁"}  # "…낸 건 어젯밤 10시쯤"


MONTH_PARTS = frozenset({"초", "말", "상순", "중순", "하순"})  # "지난달 말 현재": a part of a month, a date
# What "현재" picks out as the one now ("현재 추세대로 배출되면"): without it, any trend or level.
CURRENT_STATE_NOUNS = frozenset({"추세", "수준", "상태", "속도", "기조", "구조", "체제", "제도"})
TIME_HEAD_NOUNS = frozenset({"시간", "시각", "시간대", "날", "때", "무렵"})


# Verbs of a day's event that a one-word relative clause after the day tells ("이날 열린 회의", "이날 공개한 보고서"): with
# the day gone, the event or document still names itself. Any other verb says which one it is ("이날 붙인 조각", "이날 숨진
# 배우") and stays.
DAY_EVENT_VERBS = frozenset({"열리", "열", "개최되", "개최하", "공개하", "공개되", "발표하", "발표되", "실시되", "실시하", "공포하",
                             "공포되", "진행하", "진행되", "치르", "치러지", "개막하", "개막되", "제출하", "제출되", "이뤄지", "이루어지",
                             "내놓", "선보이", "발간하", "발간되", "방송되", "방송하", "배포하", "배포되", "만나", "출시하", "출시되",
                             "펴내", "마련하", "마련되", "주최하", "주재하",
                             "치르어지"})  # (Kiwi's reading of a passive "치러진": "치르" + "어" + "지")


def _day_relative(morphs: list[Morph], x: int, j: int) -> int:
    """Index after a one-word relative clause starting at ``x`` ("열린", "공개한", "개최된") when one follows a
    dropped day word or date, else ``x`` (after a "기준" there: :func:`_as_of`): "오늘 열린 회의에서" -> "회의에서", not
    "열린 회의에서" (the day was all of it)."""
    e = x
    while e + 1 < j and morphs[e + 1].start <= morphs[e].end:
        e += 1
    word = morphs[x : e + 1]
    if len(word) >= 2 and word[-1].tag == "ETM" and _is_stem(word[-2]) and e + 1 < j and morphs[e + 1].start > word[-1].end \
            and all(_is_stem(w) or w.tag in {"NNG", "EP"} or w.tag == "EC" and w.form in {"어", "아"} for w in word[:-1]) \
            and (_is_nominal(morphs[e + 1]) and morphs[e + 1].tag != "NNB" or morphs[e + 1].tag in {"SSO", "XPN", "SN"}) \
            and morphs[e + 1].form not in LINKING_NOUNS:  # ("이날 열린 제1차 본회의"; not "…에서 6일 열린 가운데": a clause;
        # not before "것": "…이날 신고한 것으로 알려짐" says what was done)
        if word[-2].form in {"같", "다르"} and word[-2].tag == "VA":
            # "이날 같은 시간 …앞에서": the same time as one told before goes with the day (alone, "시간 …앞에서")
            return e + 2 if morphs[e + 1].form in TIME_HEAD_NOUNS and (e + 2 >= j or morphs[e + 2].start > morphs[e + 1].end) else x
        if word[-2].tag in {"VA", "XSA"}:
            return x  # "이날 건강한 상태로 퇴원했다": a state, not an event of that day; the day goes alone
        if "".join(w.form for w in word[:-1] if w.tag != "EP") not in DAY_EVENT_VERBS:
            return x  # "이날 붙인 조각은 …2,317번째 조각이다": which piece, the clause says ("조각, …조각" said nothing)
        return e + 1
    return _as_of(morphs, x, j)  # "이날 기준 배추 소매가격은 …": the "as of" goes with its day ("기준 배추 …" says nothing)


BACKING_LINKS = frozenset({"며", "라며", "이라며", "면서", "라면서", "이라면서"})
BACKED_NOUNS = 3  # content nouns the act after the quotation needs to say something of its own ("기준금리 추가 인상 가능성 시사")


def _drop_backing_quote(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
    """"A는 “…”며 기준금리 추가 인상 가능성을 시사했다" -> "A, 기준금리 추가 인상 가능성을 시사": a quotation right after
    its speaker, linked by "-며"/"-면서" to an act of the speaker's own, gives way to that act, when the act says
    something of its own (``BACKED_NOUNS`` content nouns; "“…”며 목소리를 높였다" keeps its quotation). Nothing inside
    the quotation is edited: it goes whole."""
    o = next((x for x in range(i + 1, j) if morphs[x].tag == "SSO"), None)
    if o is None or morphs[o].form not in {"“", '"'} or not (morphs[o - 1].tag in {"JX", "JKS"} or morphs[o - 1].tag == "SP"):
        return
    c = _closing(morphs, o, j)
    n = c + 1
    while n < j and morphs[n].tag == "VCP":
        n += 1
    if c >= j or n >= j or morphs[n].tag != "EC" or morphs[n].form not in BACKING_LINKS or morphs[n].start != morphs[c].end \
            and morphs[n - 1].tag != "VCP":
        return
    rest = morphs[n + 1 : j]
    if any(m.tag in {"SSO", "SSC"} or m.tag == "EC" for m in rest):
        return  # another quotation or another clause: the act is not one statement
    if sum(m.tag in {"NNG", "NNP", "SL", "SH"} for m in rest) >= BACKED_NOUNS:
        edits.append(_Edit(morphs[o].start, rest[0].start))


# "…을 기록하겠다", "…을 웃돌겠다": verbs whose object is a reading, not a thing acted on
PASSING_VERBS = frozenset({"웃돌", "밑돌", "넘", "넘기", "넘어서"})  # a figure passing or missing a mark ("…을 조금 넘는")
READING_VERBS = PASSING_VERBS | {"기록하", "보이", "나타내"}


def _measured_forecast(morphs: list[Morph], i: int, k: int) -> bool:
    """Whether a "-겠다" with an object forecasts a reading ("낮 최고기온은 34도~40도를 기록하겠다") rather than states an
    intention ("시는 예산을 늘리겠다"): the verb records a reading and its object is a number."""
    w = k - 1
    while w > i and morphs[w - 1].end == morphs[w].start:
        w -= 1
    verb = "".join(m.form for m in morphs[w:k] if m.tag not in {"JKO"})
    o = next((x for x in range(k - 1, i - 1, -1) if morphs[x].tag == "JKO"), None)
    return verb in READING_VERBS and o is not None and o > i and any(m.tag == "SN" for m in morphs[max(i, o - 4) : o])


# -- topic comma
# Words of quantity that head a subject on their own ("대부분이 찬성했다"): a headline is never about them.
QUANTITY_SUBJECTS = frozenset({"대부분", "대다수", "일부", "상당수", "다수", "소수", "절반", "과반", "전부", "모두"})
# Adverbs Kiwi may read as nouns, with a topic particle ("이제는"): the particle goes, no comma.
ADVERB_TOPICS = frozenset({"이제", "지금", "앞으로", "향후", "당분간", "요즘", "아직"})
# Endings of a reported clause ("…낮아졌다고 보고"): its subject is never the sentence's.
# Nouns after an adnominal ending that make the clause before them subordinate ("…가 우세한 가운데").
SUBORDINATING_NOUNS = frozenset({"가운데", "반면", "만큼", "데다", "탓", "덕분", "한편"})
# Endings of a clause that only sets the scene for another ("…않도록", "…하면"): its subject is not the other's.
# Endings of a clause that says what the next is for: "…덜고자", "…알리려고", "…않도록".
PURPOSE_ENDINGS = frozenset({"도록", "려고", "으려고", "고자"})
SCENE_ENDINGS = SUBORDINATE_ENDINGS | PURPOSE_ENDINGS | {"게", "면서", "으면서", "어야", "아야"}
# Bound nouns that head a clause and need their particle ("…하는 것이 안전하다"): "것 안전" is no phrase.
CLAUSE_HEADS = frozenset({"것", "점", "데", "바"})


# Words that make a figure "about so much" ("20% 가까이", "40%가량"); with a bound ("이상", "이하") a figure is approximate too.
ABOUT_WORDS = frozenset({"가량", "정도", "쯤", "안팎", "내외", "남짓", "여", "가까이"})
APPROXIMATE_WORDS = ABOUT_WORDS | {"이상", "이하"}


def _approximate_figure_before(morphs: list[Morph], i: int, k: int) -> bool:
    """Whether the word before the particle at ``k`` is an approximate figure ("40%가량은 더 들어": how much more);
    not an exact one, which a headline sets off as its topic ("응답자의 52%, 찬성", "참가자 300명, …")."""
    x = k - 1
    approximate = False
    while x > i and morphs[x].form in APPROXIMATE_WORDS and morphs[x].start == morphs[x - 1].end:
        x, approximate = x - 1, True
    return approximate and (morphs[x].tag == "SN" or morphs[x].tag in {"NNB", "SW"} and x > i and morphs[x - 1].tag == "SN")


QUESTION_DETERMINERS = frozenset({"어떤", "무슨", "어느"})  # (not "몇": "다음 몇 가지가" counts)


def _question_subject(morphs: list[Morph], i: int, k: int) -> bool:
    """Whether the subject before the particle at ``k`` is asked about ("어떤 내용이 담길지는 …"): the subject of an
    embedded question, which no topic comma may mark ("어떤 내용, 담길지는 …")."""
    x = k - 1
    while x > i and (_is_nominal(morphs[x - 1]) or morphs[x - 1].tag in {"MM", "XSN"}) and morphs[x - 1].form not in QUESTION_DETERMINERS:
        x -= 1
    return x - 1 >= i and morphs[x - 1].tag == "MM" and morphs[x - 1].form in QUESTION_DETERMINERS


def _quantity_subject(morphs: list[Morph], i: int, k: int) -> bool:
    """Whether the subject before the particle at ``k`` is a quantity word alone ("대부분이", "일부가"), not the
    quantity of a noun before it ("시신 일부가 발견된 사건의 용의자가 …": the phrase is a subject like any other)."""
    w = morphs[k - 1]
    return w.form in QUANTITY_SUBJECTS and w.tag in {"NNG", "MAG", "NR"} \
        and (k - 1 == i or morphs[k - 2].end < w.start and not _is_nominal(morphs[k - 2]))


def _open_subject_before(morphs: list[Morph], i: int, k: int) -> bool:
    """Whether a subject whose clause has not ended comes before the subject at ``k`` ("관계자가 다음 달 시장이
    …설명한다고"): the later subject is then inside what the first one says or does."""
    depth = 0
    for x in range(k - 1, i, -1):
        t = morphs[x]
        depth += t.tag == "SSC"
        depth -= t.tag == "SSO" and depth > 0
        if depth:
            continue
        if t.tag.startswith(("EC", "EF", "ETM", "ETN")) or t.tag == "SP" or _is_stem(t):
            return False
        if t.tag == "JKS" and (_is_nominal(morphs[x - 1]) or closed_noun(morphs, i, x - 1)) and not _quantity(morphs, x):
            return True
    return False


def _copula_clause(morphs: list[Morph], start: int, j: int) -> bool:
    """Whether a topic is the subject of a copula inside a clause named by a bound noun ("화두는 가격인상이었던
    것으로 나타났다"): a comma there would make the topic the subject of the verb after "것"."""
    x = start
    while x < j and (_is_nominal(morphs[x]) or morphs[x].tag in {"JKG", "MM", "MAG", "SSO", "SSC", "SW", "SO"}):
        x += 1
    if not (start < x < j and morphs[x].tag == "VCP"):
        return False
    x += 1
    while x < j and morphs[x].tag == "EP":
        x += 1
    return x + 1 < j and morphs[x].tag == "ETM" and morphs[x + 1].tag == "NNB"


# "…했다며 …", "…이라면서 …": what the speaker said, then what the speaker did; a subject before one is the words'.
SAYING_WHILE_ENDINGS = frozenset(e for e in QUOTE_ENDINGS if e.endswith("며")) | {"다면서", "라면서", "이라면서", "ᆫ다면서", "는다면서"}


def _reported_subject(morphs: list[Morph], start: int, j: int) -> bool:
    """Whether a subject (its particle at ``start - 1``) belongs to a reported clause that a verb other than
    one of saying takes ("수위가 낮아졌다고 보고 …", "추가 조사가 어렵다고 판단해"); "…했다고 밝혔다" is the
    bullet's own frame and leaves the subject the sentence's."""
    for x, m in outside_quotes(morphs, start, j):
        if m.tag == "JKS" and x > start and _is_nominal(morphs[x - 1]):
            return False  # the next predicate has a subject of its own
        if m.tag in {"EF", "SF", "SP", "ETM", "ETN"}:
            return False
        if m.tag == "EC" and is_stem_or_ep(morphs[x - 1]):
            if m.form in SAYING_WHILE_ENDINGS:
                return True  # "축제가 성황리에 끝났다며 …감사를 전했다": the festival is what was said, not who speaks
            if m.form not in REPORTED_ENDINGS:
                if x + 1 < j and _auxiliary_link(morphs, x):
                    continue  # "낮아지다": one predicate
                return False
            y = x + 1
            while y < len(morphs) and (date_part(morphs, y) or morphs[y].tag == "MAG"):
                y += 1
            if y >= j or y >= len(morphs):
                return False  # the frame of the bullet itself
            return morphs[y].form not in SPEAKING | REPORTING_VERBS and not (
                morphs[y].tag == "NNG" and y + 1 < len(morphs) and morphs[y + 1].form in SPEAKING)
    return False


def _figure_described(rest: list[Morph]) -> bool:
    """Whether what follows a subject is an amount its relative clause describes, and nothing else ("매출이 | 전년
    동기보다 9.2% 늘어난 44조4078억 원" once "…으로 집계됐다" is gone): the amount is the bullet's predicate, so the
    subject takes no particle, as before a bare amount ("현대차, 1분기 매출 …늘어난 44조4078억 원")."""
    if len(rest) < 3 or not (rest[-1].tag in {"SN", "NR"} or rest[-1].tag == "NNB" and rest[-2].tag in {"SN", "NR"}):
        return False
    adnominal = [x for x, r in enumerate(rest) if r.tag == "ETM"]
    if len(adnominal) != 1 or not _is_stem(rest[adnominal[0] - 1]):
        return False
    x = adnominal[0]
    return all(r.tag in NOMINAL_TAGS or r.tag in {"SO", "SW", "MM", "MAG", "JKB", "JKG"} for r in rest[: x - 1]) \
        and all(r.tag in NOMINAL_TAGS or r.tag in {"SW"} for r in rest[x + 1 :])


FORECAST_SAYINGS = frozenset({"전망", "예상", "예측", "관측", "추산", "추정", "내다보", "점치"})


def _forecast_said(morphs: list[Morph], k: int, j: int) -> int | None:
    """Index of the "것"/"거" of a forecast reported at ``k`` ("…적을 것이라고 (23일) 전망했다", "…늘 거라고
    내다봤다"): a future "-ㄹ 것이라고" with a verb of forecasting (``FORECAST_SAYINGS``) ending the sentence, only
    a date between; else None. Cut at its ending, the forecast would read as the bullet's own ("…적을 것")."""
    if not 3 <= k < j or morphs[k].form not in {"라고", "이라고"} or morphs[k].tag != "EC":
        return None
    n = k - 2 if morphs[k - 1].tag == "VCP" else k - 1
    if n < 1 or morphs[n].form not in {"것", "거"} or morphs[n].tag != "NNB" or morphs[n - 1].tag != "ETM" \
            or morphs[n - 1].form not in {"ᆯ", "을"}:
        return None
    x = k + 1
    while x < j and (morphs[x].tag in {"SN", "NNB"} and morphs[x].form not in {"것", "거"} or morphs[x].form in {"일", "오전", "오후"}):
        x += 1  # "…것이라고 23일 전망했다"
    if x >= j or morphs[x].form not in FORECAST_SAYINGS or not (morphs[x].tag == "NNG" or morphs[x].tag.startswith("VV")):
        return None
    y = x + 1 + (morphs[x].tag == "NNG" and x + 1 < j and morphs[x + 1].tag.startswith("XSV"))
    if morphs[x].tag == "NNG" and y == x + 1:
        return None
    return n if all(m.tag in {"EP", "EF", "SF", "SP", "SE"} for m in morphs[y:j]) else None


def _subjectless_judgement(morphs: list[Morph], i: int, k: int) -> bool:
    """Whether the words reported at ``k`` ("-(이)라고") call something a noun without naming what: no subject
    between the speaker's topic and the ending ("농민들은 …제외되는 등 강압적 조치라고 지적한다"). Cut there,
    the copula's subject would be the speaker ("농민들, … 강압적 조치"); with one ("…이번 대책이 강압적 조치라고"),
    the cut headline still says who called what."""
    if morphs[k].form not in {"라고", "이라고"} or not (morphs[k - 1].tag == "VCP" or _is_nominal(morphs[k - 1])):
        return False
    noun = morphs[k - 2] if morphs[k - 1].tag == "VCP" and k - 2 >= i else morphs[k - 1]
    if noun.form in MODALITY_WORDS or noun.tag == "NNB":
        return False  # "…받을 예정이라고", "…통화할 거라고 밝혔다": the speaker's own plan; "…받을 예정" says it
    topic = next((x for x, m in outside_quotes(morphs, i, k) if m.tag == "JX" and m.form in {"은", "는", "ᆫ"}), None)
    start = i if topic is None else topic + 1
    return not any(m.tag == "JKS" for _, m in outside_quotes(morphs, start, k))


def _gapped_item_topic(morphs: Sequence[Morph], topic: int, k: int) -> bool:
    """Whether the topic at ``k`` is the second item of a gapped list after the sentence's ``topic`` ("한빛차는 내수
    시장에서 6만 9천대, | 수출은 34만 4천대를 팔아 …"): a comma after a figure opens it; it is no topic of the main clause.
    (Not every gapped contrast, :func:`_parallel_topic`: after "서울∼대전은 2000년, 대전∼부산은 2002년 완공될
    예정이었으나," the main clause is about both, and neither topic alone may carry it.)"""
    y = k - 1
    while y > topic + 1 and _is_nominal(morphs[y - 1]):
        y -= 1
    return y - 2 > topic and morphs[y - 1].tag == "SP" and morphs[y - 2].tag in {"NNB", "SN", "NR", "SW"}


def _cause_or_means(morphs: Sequence[Morph], x: int) -> bool:
    """Whether the nominal ending at ``x`` makes its clause a cause or a means ("북상함에 따라", "신규고용이 발생함으로써
    …기여할 전망", "…늘었기 때문에"): the clause's subject is that clause's, not the sentence's."""
    if morphs[x].form == "기" and x + 1 < len(morphs) and (morphs[x + 1].form, morphs[x + 1].tag) == ("로", "JKB"):
        # "…등록금을 동결하기로 했다": the decision ends the sentence, the subject's own ("남도대학교가 …동결하기로" lost
        # its comma); "…맡기기로 하자 노조가 …" is a clause of when, its subject its own
        rest = [m for m in morphs[x + 2 :] if m.tag not in {"SF", "SP", "SE"}]
        if rest and rest[0].tag.startswith("VV") and all(m.tag in {"EP", "EF"} for m in rest[1:]):
            return False
    return x + 2 < len(morphs) and morphs[x + 1].form == "에" and morphs[x + 2].form == "따르" \
        or x + 1 < len(morphs) and (morphs[x + 1].tag == "JKB" and morphs[x + 1].form in {"으로써", "로써", "으로", "로"}
                                    or morphs[x + 1].form == "때문")


def _nominalised_next(morphs: Sequence[Morph], start: int) -> bool:
    """Whether the first predicate after a subject ends a clause of cause or means (:func:`_cause_or_means`: "원안위가
    재가동을 승인함에 따라"): in a report, who acts in the rest is the speaker. (:func:`_subordinate_subject` reads
    more clauses so, "-도록" among them; a report keeps its frame after those.)"""
    for x in range(start, len(morphs)):
        m = morphs[x]
        if m.tag in {"EC", "EF", "ETM"}:
            return False
        if m.tag == "ETN" and is_stem_or_ep(morphs[x - 1]):
            return _cause_or_means(morphs, x)
    return False


def _next_clause_ending(morphs: list[Morph], start: int, j: int) -> str | None:
    """The form of the next clause ending after ``start`` (outside quotations, before ``j``; not an auxiliary's link),
    or None: "…많겠다며" -> "다며", "…필요하다고" -> "다고". A clause before a saying ending ("-다며", "-다고") is part of
    the words said, not a clause of the sentence."""
    return next((m.form for x, m in outside_quotes(morphs, start, j)
                 if m.tag in {"EC", "EF"} and is_stem_or_ep(morphs[x - 1]) and not _auxiliary_link(morphs, x)), None)


def _subordinate_subject(morphs: list[Morph], start: int, j: int) -> bool:
    """Whether a subject (its particle at ``start - 1``) belongs to a clause that only sets the scene for the
    sentence or names its final noun: "태풍이 북상함에 따라 …", "평가가 우세한 가운데 …", "…산업이 호조를 보인
    영향이다" (the final copula's noun), or says what someone else's act is for ("…이 …받도록 권고"). The first
    predicate after the subject decides."""
    alternative = False  # after "-거나": the next alternative's subject is the condition's too
    for x, m in outside_quotes(morphs, start, j):
        if m.tag == "EC" and m.form in {"도록", "게끔"} and x + 1 < j:
            return True  # "임직원들이 …교육을 받도록 개선권고": whom the act is for, not who acts
        if m.tag == "EC" and m.form == "게" and x + 1 < len(morphs) and morphs[x + 1].form == "하" and morphs[x + 1].tag in {"VV", "VX"}:
            return True  # "…무담보로 대출이 가능하게 했다": what the act makes so; who made it is unsaid
        if (m.form, m.tag) == ("시", "NNB") and x > start and morphs[x - 1].tag == "NNG" and m.start > morphs[x - 1].end:
            return True  # "시민들이 시내버스 이용 시 …": the subject of a time clause ("when citizens use the bus")
        if m.tag == "EC" and m.form.endswith("면") and x + 1 < j and morphs[start - 1].tag == "JKS":
            # "앱 개발자가 …수집하면 …신고할 수 있다", "현 수출 추세가 이어진다면 …넘어설 전망": the condition's subject;
            # a topic ("A는 …하면") would act in both
            if _next_clause_ending(morphs, x + 1, j) in SAYING_WHILE_ENDINGS | REPORTED_ENDINGS:
                continue  # "노조가 …철회하지 않으면 파업이 불가피하다며 …촉구": the condition is part of what it says
            return True
        if m.tag == "EC" and m.form == "다" and x + 2 < j and morphs[x + 1].form == "보" and morphs[x + 1].tag == "VX" \
                and morphs[x + 2].form in {"니", "니까", "으니", "으니까"} and morphs[start - 1].tag == "JKS":
            return True  # "…주문이 많다 보니까 자영업자 입장에서는 …": the reason's subject is not the sentence's
        if m.tag == "EC" and m.form in CONCESSIVE_ENDINGS and x + 1 < len(morphs) and morphs[start - 1].tag == "JKS":
            return True  # "…대학생도 취업이 늦어져도 괜찮다고": the concession's subject is not the sentence's
        if m.tag == "EC" and (m.form.endswith(("든지", "거나")) or x + 1 < j and morphs[x + 1].form in {"든지", "든가"}
                              or _adverb_ending(morphs, x)) \
                and morphs[start - 1].tag == "JKS":
            alternative = alternative or not _adverb_ending(morphs, x)
            continue  # "…접근한다든지 …수집하면": one of the condition's alternatives; "과도하게": an adverb
        if alternative and m.tag == "JKS" and x > start and _is_nominal(morphs[x - 1]):
            alternative = False
            continue  # "사고위험이 높거나 | 재해가 예상될 경우": the second alternative's subject
        if x + 1 < j and _goes_on_in_an_auxiliary(morphs, x):
            continue  # "돌아오지 않는": one predicate with its auxiliary
        if m.tag.startswith(("EC", "EF", "SP")) or m.tag == "JKS" and x > start and _is_nominal(morphs[x - 1]):
            return False
        if m.tag == "ETN" and is_stem_or_ep(morphs[x - 1]):
            return _cause_or_means(morphs, x)
        if m.tag == "ETM" and is_stem_or_ep(morphs[x - 1]) and morphs[x - 1].form not in POSTPOSITION_VERBS:
            if x + 1 < j and morphs[x + 1].form in SUBORDINATING_NOUNS and morphs[x + 1].tag in {"NNG", "NNB"}:
                return True
            if x + 2 < j and morphs[x + 1].form == "점" and morphs[x + 2].form == "에서" and m.form in COMPLEMENT_ENDINGS:
                return True  # "국내 기업이 …에 집중했다는 점에서 …도전한 업체로 평가받는다": the reason's subject, not who is rated
            if morphs[start - 1].tag == "JKS" and x + 1 < j and morphs[x + 1].form in {"경우", "때"} \
                    and morphs[x + 1].tag in {"NNG", "NNB"} and morphs[x + 1].start > m.end:
                return True  # "…재해가 예상될 경우 주민을 대피시키는": the condition's subject, not who acts
            if morphs[start - 1].tag == "JKS" and x + 1 < j and _listed_act_end(morphs, x):
                return True  # "…수술을 받았으나 의식이 돌아오지 않는 등 위중한 상태": one sign given of the state
            if morphs[start - 1].tag == "JKS" and _judged_clause(morphs, x + 1, j):
                return True  # "…사망 시점이 오래되지 않은 것으로 보고, …수사하던 중": what was judged, not who judged
            z = x + 1
            while z < j and (_is_nominal(morphs[z]) or morphs[z].tag in {"JKG", "MM"}):
                z += 1
            # the relative clause reaches the end: its noun is the predicate of a copula ("…보인 영향이다")
            # ("…설명할 예정이다" is a plan of the subject's, not a relative clause)
            return z == j > x + 1 and j < len(morphs) and morphs[j].tag == "VCP" and morphs[x + 1].form not in MODALITY_WORDS | {"것"}
    return False


JUDGING_STEMS = frozenset({"보", "판단", "추정", "파악", "예상", "추산", "분석", "결론"})
# Verbs of a view held or a report heard, after "…한 것으로" ("…쓴 것으로 보고 있다", "…쓴 것으로 알려졌다"): what the clauses
# before tell is someone's view, not a fact (not a finding: "…것으로 나타났다/파악됐다").
HELD_STEMS = frozenset({"보", "보이", "추정", "판단", "예상", "추산", "분석", "알려지", "전해지", "의심"})


def _held_frame(clause: Sequence[Morph]) -> bool:
    """Whether a clause ends on "…한 것으로" and a verb of :data:`HELD_STEMS` (with its auxiliaries and endings)."""
    for x in range(len(clause) - 3, max(-1, len(clause) - 10), -1):
        if clause[x].form == "것" and clause[x].tag == "NNB" and clause[x + 1].form in {"으로", "로"} and clause[x + 1].tag == "JKB":
            stem = clause[x + 2]
            return stem.form in HELD_STEMS and stem.tag in {"VV", "NNG", "VV-R"} \
                and all(m.tag.startswith(("E", "VX", "XSV", "S")) for m in clause[x + 3 :])
    return False
# Verbal nouns of a judgment held now ("…으로 예상된다", "…로 풀이된다"): with "되다", no act to come.
JUDGED_NOUNS = FORECAST_SAYINGS | JUDGING_NOUNS | {"풀이", "분석", "기대", "우려"}


def _judged_clause(morphs: list[Morph], x: int, j: int) -> bool:
    """Whether "것으로" at ``x`` is followed by a verb of judging that goes on to another clause ("…않은 것으로 보고,
    …", "…높은 것으로 판단해 …"): the clause before it is what someone judged."""
    if not (x + 2 < j and morphs[x].form == "것" and morphs[x + 1].form in {"으로", "로"}):
        return False
    y = x + 2
    if morphs[y].form in JUDGING_STEMS and morphs[y].tag in {"VV", "NNG"}:
        y += 1 + (morphs[y].tag == "NNG" and y + 1 < j and morphs[y + 1].tag == "XSV")
        return y < j and morphs[y].tag == "EC"
    return False


def _finding_frame_after(morphs: list[Morph], x: int, j: int) -> bool:
    """Whether the clause from ``x`` ends in a finding's frame ("…을 대상으로 조사한 결과,") before anything else ends it,
    and what was found has a subject of its own ("응답자의 76.2%가 …", "용의자는 …"): the subject before ``x`` is then the
    frame's, not the sentence's (but "연구팀이 …분석한 결과, …사실을 확인했다": who found it says what was found)."""
    for y in range(x, j):
        if morphs[y].form == "결과" and y > x and morphs[y - 1].tag == "ETM":
            rest = morphs[y + 1 : j]
            return _has_subject(rest) or any(m.tag == "JKS" and after_share(rest, z) for z, m in enumerate(rest))
        if morphs[y].tag in {"SP", "SF", "EF", "JKS"} or morphs[y].tag == "JX" and morphs[y].form in {"은", "는", "ᆫ"}:
            return False
    return False


def _after_cause_clause(morphs: list[Morph], i: int, k: int) -> bool:
    """Whether a clause of cause ("태풍이 북상함에 따라 | 많은 비가 …", "…관통할 것으로 보여서 | 비바람 피해가 …") ends before
    the subject at ``k``: a comma after that subject would split the sentence. After "…한 결과," the sentence has
    its comma already ("…수색을 벌인 결과, 시신이 추가로 발견": a second one would read as a list)."""
    subject = False
    for x in range(i + 1, k - 1):
        m = morphs[x]
        if m.tag == "JKS" and _is_nominal(morphs[x - 1]) or m.tag == "JKS" and morphs[x - 1].form in CLOSING_QUOTES:
            subject = True
        elif subject and m.tag == "ETN" and x + 2 < k and morphs[x + 1].form == "에" and morphs[x + 2].form == "따르":
            return True
        elif m.form == "결과" and morphs[x - 1].tag == "ETM" and morphs[x + 1].form == ",":
            return True
        elif m.tag == "EC" and m.form in CAUSE_ENDINGS and x + 1 < k and morphs[x + 1].start > m.end:
            return True  # "…관통할 것으로 보여서 | 비바람 피해가 클 것으로 우려": fronted past its cause ("비바람 피해, …보여서
            # 클 것으로 우려"), the subject would be the cause's
    return False


CAUSE_ENDINGS = frozenset({"어서", "아서", "여서", "니까", "으니까", "므로", "으므로"})
COPULA_CAUSES = frozenset({"라", "라서", "어서", "여서"})  # "…1대뿐이라,", "…처음이어서,": the copula's "because"
# Endings of an opening clause that says why or when ("…오르자", "…몰리면서", "…북상함에 따라"): with a subject of
# its own, the topic after it is the sentence's (see _subject_cause_before).
CAUSE_TIME_ENDINGS = CAUSE_ENDINGS | {"자", "자마자", "니", "으니", "면서", "으면서"}


def _gloss_bracket(morphs: list[Morph], x: int) -> bool:
    """Whether the bracket opening at ``x`` holds one Latin word or number only ("'루미너스(LUMINOUS)'", "권혁준(58)"): a
    gloss or an age, which the bullet drops."""
    return morphs[x].form == "(" and x + 2 < len(morphs) and morphs[x + 1].tag in {"SL", "SN"} and morphs[x + 2].form == ")"


def _fronted_object(morphs: list[Morph], i: int, k: int, same_clause: bool = False) -> bool:
    """Whether an object of the main clause comes before ``k``, not inside a relative clause: before the subject
    ("…표지를 국내 연구팀이 발견") only then does the subject move to the front (before an adverbial alone, "…에 대해
    유죄가 확정", it stays); before a final "-겠다" ("시는 예산을 늘리겠다") it makes an intention, not a forecast
    ("…모습을 보이는 곳이 있겠다": the object is the relative clause's). With ``same_clause``, not inside a clause
    that ends before ``k`` either ("질문을 받으면서부터 항의가": the object is "받다"'s)."""
    ends = {"ETM", "EC"} if same_clause else {"ETM"}
    return any(m.tag == "JKO" and not any(r.tag in ends for r in morphs[x + 1 : k]) and not _postposed_object(morphs, x, k)
               for x, m in enumerate(morphs[i:k], start=i))


# Nouns that with "-으로" make an object a postposition's ("…해안을 중심으로", "…시민을 대상으로").
POSTPOSITION_NOUNS = frozenset({"중심", "대상", "위주", "시작", "기준", "계기"})


def _postposed_object(morphs: list[Morph], x: int, k: int) -> bool:
    """Whether the object particle at ``x`` belongs to a postposition phrase ("해안을 중심으로", "서울을 비롯해"),
    not to the clause's verb."""
    if x + 2 >= k:
        return False
    nxt, after = morphs[x + 1], morphs[x + 2]
    return nxt.tag == "NNG" and nxt.form in POSTPOSITION_NOUNS and after.tag == "JKB" and after.form in {"으로", "로"} \
        or nxt.tag.startswith("VV") and nxt.form in POSTPOSITION_VERBS | {"포함하", "비롯하"} and after.tag == "EC"


def _clause_subject(morphs: list[Morph], start: int, j: int) -> bool:
    """Whether a topic or subject belongs only to the first of two clauses, the second with a subject of its
    own: "사람은 가족이었고, 입구에는 안내원이 서 있었다", "A는 …한 반면 B는 …", "A가 31%를 차지했고 B가
    뒤를 이었다". A topic after "-고" without a comma ("A는 짓고 B는 바꾼다") may be a contrasted object; it
    counts only after a comma or a copula."""
    ended, comma = False, False
    for x, m in outside_quotes(morphs, start, j):
        if not ended:
            if m.tag == "EC" and m.form in {"고", "며", "으며"} and is_stem_or_ep(morphs[x - 1]) and x + 1 < j \
                    and not morphs[x + 1].tag.startswith("VX") and (morphs[x + 1].start > m.end or morphs[x + 1].tag == "SP"):
                # "…520억원이었고 B는": after a copula a topic is no contrasted object either
                ended = True
                # (nor after an adjective, which takes no object: "A는 여전히 낮았고 …B는 오히려 떨어졌다")
                comma = morphs[x + 1].tag == "SP" or any(y.tag == "VCP" or y.tag.startswith("VA") for y in morphs[max(start, x - 3) : x])
            elif m.tag == "NNG" and m.form == "반면" and morphs[x - 1].tag == "ETM":
                ended, comma = True, True
            elif m.tag == "EC" and m.form in {"지만", "으나", "나"} and is_stem_or_ep(morphs[x - 1]) and x + 1 < j \
                    and morphs[x + 1].tag == "SP" and morphs[x + 1].form == ",":
                # "당초 선고는 지난달 내려질 예정이었지만, …선고가 미뤄졌다": the plan's topic, not the main clause's,
                # which has a subject of its own anywhere after the concession
                return any((y.tag == "JKS" or y.tag == "JX" and y.form in {"은", "는"}) and _is_nominal(morphs[z - 1])
                           for z, y in outside_quotes(morphs, x + 2, j))
            elif m.tag == "EC" and x + 1 < j and morphs[x + 1].tag.startswith("VX"):
                continue  # "내려질": a verb with its auxiliary is one predicate
            elif m.tag == "EC" and m.form == "게" and morphs[x - 1].tag.startswith("VA"):
                continue  # "크게 늘었지만,": an adjective's adverb, no clause of its own
            elif m.tag.startswith(("EC", "EF")):
                return False
            continue
        if m.tag == "EC" and is_stem_or_ep(morphs[x - 1]) and _ends_in_relative(morphs, x + 1, j):
            continue  # "…타고 온 관광객은": a step inside a relative clause
        if m.tag in {"EC", "EF"}:
            return False  # the later subject is inside a clause of its own
        if m.tag == "JX" and m.form in {"은", "는", "ᆫ"} and comma and _is_nominal(morphs[x - 1]):
            return True
        if m.tag == "JKS" and (_is_nominal(morphs[x - 1]) or closed_noun(morphs, start, x - 1)) \
                and not _quantity(morphs, x) and morphs[x - 1].form not in CLAUSE_HEADS \
                and not _modifies_next(morphs, x + 1, j) and not _inside_relative(morphs, x, j) \
                and not _reported_subject(morphs, x + 1, j):
            # (not one of words reported: "4개 단체는 기자회견을 열고, 배달나라가 …남용했다며 …신고서를 제출했다" -- the
            # groups filed the complaint; the platform is who they say abused its position)
            return True
    return False


def _inside_relative(morphs: list[Morph], x: int, j: int) -> bool:
    """Whether the subject particle at ``x`` opens a relative clause: an adnominal ending comes before any
    ending that closes a clause ("가스가 매장돼 있을 가능성을", "소상공인이 현장에서 겪는 문제를", "…전세보증금이
    매매가를 웃도는 ‘깡통 전세’를"), or a nominalizing one ("…피해가 우려됨에 따라"); "…지급하는
    등" and "…할 예정" close no noun. A clause that only sets the scene ("…않도록") embeds it too."""
    for y, t in outside_quotes(morphs, x + 1, j):
        if t.tag == "JKS" or t.tag == "EF":
            return False
        if t.tag == "EC" and is_stem_or_ep(morphs[y - 1]):
            if y + 1 < j and morphs[y + 1].tag.startswith("VX"):
                continue  # "매장돼 있을": one predicate
            if t.form in REPORTED_ENDINGS:
                continue  # "이 스타트업이 …썼다고 말한 6백만달러": a reported clause inside the relative one
            return t.form in SCENE_ENDINGS  # "군민이 놓치지 않도록 …": the subject of a purpose or condition
        if t.tag == "ETM" and (morphs[y - 1].form in POSTPOSITION_VERBS or y + 1 < j and date_part(morphs, y + 1)):
            continue  # "…저하에 대한 메커니즘을": a postposition, no clause of the subject's; "지난 2007년": a date
        if t.tag == "ETM":
            return not (y + 1 < j and morphs[y + 1].form in MODALITY_WORDS | {"등"})
        if t.tag == "ETN" and is_stem_or_ep(morphs[y - 1]):
            return True  # "…큰 피해가 우려됨에 따라": the subject of a nominalized clause
    return False


def _noun_with_case_next(morphs: list[Morph], k: int, j: int) -> bool:
    """Whether the subject particle at ``k`` comes right before a noun with a case particle of its own ("경찰이
    수사에 나섰다"): without it the two nouns read as one ("경찰 수사에 나섬": a police investigation, no one who
    acts); a figure or a bare verbal noun there reads as before ("매출 10% 증가", "연구소 출범")."""
    x = k + 1
    while x < j and morphs[x].tag in {"NNG", "NNP"} and (x == k + 1 or morphs[x - 1].end == morphs[x].start):
        x += 1
    return x > k + 1 and x < j and morphs[x - 1].end == morphs[x].start and morphs[x].tag in {"JKB", "JKO"}


def _one_syllable_idiom(morphs: list[Morph], k: int) -> bool:
    """Whether the subject particle at ``k`` joins a noun of one syllable, a word of its own, to a verb of one right
    after it ("…1시간도 안 돼 동이 났다", "벽에 금이 갔다"): one idiom, which without the particle reads as one word
    ("동 남": "동남", south-east; "금 감"); not after a topic ("시는 오는 5일"), nor the usual :data:`PLAIN_ONE_SYLLABLE_VERBS`."""
    return morphs[k].tag == "JKS" and len(morphs[k - 1].form) == 1 and morphs[k - 1].tag == "NNG" and k + 1 < len(morphs) \
        and len(morphs[k + 1].form) == 1 and morphs[k + 1].tag.startswith("VV") and morphs[k + 1].form not in PLAIN_ONE_SYLLABLE_VERBS \
        and (k < 2 or morphs[k - 2].end < morphs[k - 1].start)


# Verbs of one syllable a headline writes after a bare noun of one as usual ("곳 있을 전망", "비 올 예정", "피해 없음")
PLAIN_ONE_SYLLABLE_VERBS = frozenset({"있", "없", "오"})


def _needs_particle(morphs: list[Morph], k: int) -> bool:
    """Whether the final predicate's subject at ``k`` keeps its particle: after a bound noun that heads a
    clause ("…요청하는 것이 안전"), before an adverb with an adjective ending ("걱정이 가득함": "걱정
    가득함" reads as one noun), or as a word of one syllable before a verb of one ("동이 남", "금이 감")."""
    if morphs[k - 1].tag == "NNB" and morphs[k - 1].form in CLAUSE_HEADS:
        return True
    if _one_syllable_idiom(morphs, k):
        return True
    x = k + 1
    while x < len(morphs) and morphs[x].tag == "MAG":
        x += 1
    return x > k + 1 and x < len(morphs) and morphs[x].tag.startswith("XSA")


def _relative_head(morphs: list[Morph], start: int, x: int) -> bool:
    """Whether the noun phrase before the particle at ``x`` is modified by a relative clause ("…없는
    마을도"): the particle then marks the head of that clause."""
    y = x - 1
    while y > start and _is_nominal(morphs[y]):
        y -= 1
    return y < x - 1 and morphs[y].tag == "ETM"


def _ends_in_relative(morphs: list[Morph], start: int, j: int) -> bool:
    """Whether the words from ``start`` reach an adnominal ending before any particle or clause ending: the
    connective before ``start`` is then a step inside a relative clause ("타고 온 관광객")."""
    for y in range(start, j):
        t = morphs[y]
        if t.tag == "ETM":
            return True
        if t.tag.startswith(("J", "EC", "EF", "SP", "SS")):
            return False
    return False


def _adverbial_topic_before(morphs: list[Morph], i: int, k: int) -> bool:
    """Whether a place or time marked as the topic ("행사에는", "회의에서는", "다음 주부터는"), or an opening noun with
    "도" ("갤럭시 탭 S9도 …"), comes before the subject at ``k``: the bullet already has its topic, and a comma after the
    subject would split it."""
    for x, m in outside_quotes(morphs, i + 1, k):
        if m.tag == "JX" and m.form in {"은", "는", "ᆫ"} and morphs[x - 1].tag in {"JKB", "JX"} \
                and morphs[x - 1].end == m.start and morphs[x - 2].form != "별":  # "품목별로는": a way of viewing, dropped
            return True
        if m.tag == "JX" and m.form == "도" and x == _first_phrase_end(morphs, i, k) and _is_nominal(morphs[x - 1]) \
                and morphs[x - 1].tag != "NNB":
            return True  # "갤럭시 탭 S9도 …와 OLED 등이 적용될 전망": the sentence opens on its topic ("also" this one)
    return False


def _first_phrase_end(morphs: list[Morph], i: int, k: int) -> int | None:
    """Index of the first particle after the opening noun phrase from ``i`` (before ``k``), or None."""
    for x in range(i + 1, k):
        if morphs[x].tag.startswith("J"):
            return x
        if not (_is_nominal(morphs[x]) or morphs[x].tag in {"SN", "SL", "SH", "XPN", "XSN"}):
            return None
    return None


def _bracketed_item_follows(morphs: list[Morph], k: int, j: int) -> bool:
    """Whether a topic closed by a bracketed figure is followed by a noun with a bracketed figure of its own and
    a particle ("서울(0.41%)은 강북지역(0.45%)이 …"): a comma between them would read as a list of two places."""
    if morphs[k - 1].tag != "SSC":
        return False
    o = k - 2
    while o > 0 and morphs[o].tag != "SSO":
        o -= 1
    if not any(m.tag == "SN" for m in morphs[o:k]):
        return False  # "포스텍(총장 백성기)이 …부(이하 교과부)가": a gloss, not a figure
    x = k + 1
    while x < j and _is_nominal(morphs[x]):
        x += 1
    if x == k + 1 or x >= j or morphs[x].tag != "SSO" or morphs[x].start != morphs[x - 1].end:
        return False
    inner = x
    while x < j and morphs[x].tag != "SSC":
        x += 1
    return x + 1 < j and morphs[x + 1].tag in {"JKS", "JX"} and morphs[x + 1].start == morphs[x].end \
        and any(m.tag == "SN" for m in morphs[inner:x])


# -- quotations and integrity
# A quotation is the speaker's words: a bullet keeps it whole and as written, or leaves it out whole. Every
# rendering is checked against the edits that made it (see :func:`_quotes_kept`); one that fails is never emitted.

BRACKETS = {"(": ")", "[": "]"}
_BRACKET = re.compile(r"[()\[\]]")
_MARK_OR_BRACKET = re.compile("[" + re.escape("".join(QUOTE_FAMILY) + "()[]") + "]")
ELLIPSIS = "…"  # marks the words of a quotation a bullet leaves out (only at its start or its end)
# The whole sentences of a quotation left out before its last one ("“…조정 회의에서 …설명하지 않았다. 병원은 …내놓지 않았다”"):
# the sentence kept is the speaker's, whole; it is quoted with no mark (read blind, "“…병원은 …”" started mid-thought).
# An invisible mark while the bullet is made, so that the quotation still reads as kept whole; gone from the text.
WHOLE_SENTENCES_LEFT_OUT = "\u2060"
ELISIONS = frozenset({ELLIPSIS, WHOLE_SENTENCES_LEFT_OUT})


def _applied(edits: Sequence[_Edit], start: int, stop: int) -> list[_Edit]:
    """The edits :meth:`Compressor._apply` carries out on ``body[start:stop]``, in order: one that starts inside an
    earlier one, before ``start`` or at or after ``stop`` (and ends after it) is skipped. Of plain deletions from the
    same place the widest is carried out (a setting dropped whole at a later level of shortening than a date inside
    it), unless a replacement starts there too: that one is never swallowed (see :func:`_add_covering`)."""
    out, pos = [], start
    ordered = sorted(edits, key=lambda e: (e.start, e.end))
    for n, edit in enumerate(ordered):
        if edit.start < pos or edit.end > stop and edit.start >= stop:
            continue
        m = n
        while m + 1 < len(ordered) and ordered[m + 1].start == edit.start:
            m += 1
        if m > n and not any(e.text for e in ordered[n : m + 1]):
            edit = ordered[m]
        out.append(edit)
        pos = max(pos, edit.end)
    return out


def _spare_quotations(body: str, first: int, last: int, edits: list[_Edit]) -> list[_Edit]:
    """``edits`` without those that fall inside a quotation of ``body[first:last]`` ("“(개정안) 처리를 …”" keeps its
    parenthetical, "“후보자 역시 …”" its word): such an edit touches nothing outside the quotation, so the other edits
    still hold. An elision marked :data:`ELLIPSIS` stays."""
    if not QUOTE_MARK.search(body, first, last):
        return edits
    spans = [(q0, q1) for q0, q1 in quotation_spans(body, first, last) if body[q0] in QUOTE_FAMILY and body[q1 - 1] in QUOTE_FAMILY]
    if not spans:
        return edits
    return [e for e in edits if e.text in ELISIONS or not any(q0 < e.start and e.end < q1 and not _annotation(body, q0, e) for q0, q1 in spans)]


def _annotation(body: str, q0: int, edit: _Edit) -> bool:
    """Whether ``edit`` drops a bracketed note from inside a title in single marks ("‘여름 관광 상품 개발(가람시, 한빛대)’"):
    the note is the writer's, not the title's. In double marks (someone's words) nothing goes: "“(개정안) 처리를 …”"."""
    start = edit.start + 1 if body[edit.start] == "," else edit.start  # "‘눈다래끼, (H00)’": the comma before the note
    while start < edit.end and body[start] == " ":
        start += 1
    close = BRACKETS.get(body[start])
    return QUOTE_FAMILY.get(body[q0]) == "single" and not edit.text and close is not None and body[edit.end - 1] == close \
        and edit.start > q0 + 1


def _quotes_kept(body: str, first: int, last: int, start: int, stop: int, edits: Sequence[_Edit]) -> bool:
    """Whether rendering ``body[start:stop]`` with ``edits`` keeps every quotation and bracket of the source span
    ``body[first:last]`` intact: each quotation is kept whole, as written, or left out whole (an elision marked
    :data:`ELLIPSIS` may take off its beginning or its end); no edit starts inside a quotation and ends outside it, or
    the reverse; a bracket is kept exactly when its partner is."""
    if not _MARK_OR_BRACKET.search(body, first, last):
        return True  # (most sentences: nothing to keep whole)
    applied = _applied(edits, start, stop)
    cuts = [(first, start), (stop, last)] + [(e.start, min(e.end, stop)) for e in applied]

    def kept(x: int) -> bool:
        return not any(a <= x < b for a, b in cuts)

    def left_out(a: int, b: int) -> bool:  # nothing but spaces of body[a:b] is kept
        pos = a
        for c0, c1 in sorted(cuts):
            if c1 <= pos or c0 >= b:
                continue
            if c0 > pos and body[pos:c0].strip():
                return False
            pos = max(pos, c1)
        return pos >= b or not body[pos:b].strip()

    for q0, q1 in quotation_spans(body, first, last):
        if left_out(q0, q1):
            continue
        if q1 == last and QUOTE_FAMILY.get(body[q0]) == "single" and body[q1 - 1] not in "'’":
            continue  # a single mark too many ("'긴급 진단 '신종 코로나 …'을"): a name's marks, no words said to the end
        if not all(kept(x) for x in (q0, q1 - 1) if body[x] in QUOTE_FAMILY):
            return False  # a quotation without its marks reads as the bullet's own words
        for edit in applied:
            inside = q0 < edit.end and edit.start < q1 if edit.start < edit.end else q0 < edit.start < q1
            if not inside:
                continue
            if edit.start <= q0 and q1 <= edit.end and not edit.text or q0 < edit.start and edit.end < q1 and _annotation(body, q0, edit):
                continue
            at_edge = edit.start == q0 + 1 or edit.end == q1 - 1
            if edit.text not in ELISIONS or edit.start < q0 + 1 or edit.end > q1 - 1 or not at_edge:
                return False  # words inside the quotation changed, or a cut across its edge
    opened: dict[str, list[int]] = {"(": [], "[": []}
    for found in _BRACKET.finditer(body, first, last):  # brackets: both marks or neither
        x, ch = found.start(), found.group()
        if ch in opened:
            opened[ch].append(x)
            continue
        pending = opened["(" if ch == ")" else "["]
        if pending and kept(pending.pop()) != kept(x):
            return False
    return True


def _whole(morphs: list[Morph], body: str) -> str:
    """The sentence as written (without its final period): the bullet of last resort when every shortened
    rendering would damage a quotation or bracket (nothing when the sentence has none: then it has nothing to say)."""
    text = " ".join(body[morphs[0].start : morphs[-1].end].split()) if morphs else ""
    if not any(ch in QUOTE_FAMILY or ch in BRACKETS for ch in text):
        return ""
    text = remove_final_period(text)
    spans = quotation_spans(text, 0, len(text))
    if spans and spans[-1][1] == len(text) and text[spans[-1][0]] in OPENING_MARKS | STRAIGHT_MARKS \
            and QUOTE_FAMILY[text[spans[-1][0]]] == "double" and text[-1] not in QUOTE_FAMILY:
        # "감독은 “홈런의 팀답게 … 이끌었다.": the quotation goes on in the next sentence (words said do; a name in
        # single marks never does: "…'긴급 진단 '신종 코로나 …'을 방송한다." has a mark too many, not one missing)
        text += CURLY.get(QUOTE_FAMILY[text[spans[-1][0]]], ("", "”"))[1]
    return text


# Openers of a quotation that only adds to the one before it: its means ("이를 위해"), more of the same ("또한").
ADDING_WORDS = frozenset({"또한", "또", "아울러", "특히", "더불어", "게다가", "이어"})
ADDING_MEANS = frozenset({"위하", "통하", "바탕", "토대"})  # "이를 위해", "이를 통해", "이를 바탕으로"


def _adds_to_first(morphs: list[Morph], n: int, j: int) -> bool:
    """Whether the quotation opening at ``n`` (after "“A”며") ends the bullet at ``j`` and only adds to A: it opens
    with "이를 위해"/"이를 통해" or an additive adverb ("또한"). Not "따라서", "결국", "이는": a conclusion or a
    judgement of A is the speaker's point."""
    if morphs[j - 1].tag != "SSC" or morphs[j - 1].form not in CLOSING_QUOTES:
        return False
    if direct_quotation(morphs[n + 1 : j - 1]):
        return False  # a third quotation
    first = morphs[n + 1]
    if first.tag in {"MAJ", "MAG"}:
        return first.form in ADDING_WORDS
    return first.tag == "NP" and n + 3 < j and morphs[n + 2].tag == "JKO" and morphs[n + 3].form in ADDING_MEANS \
        or first.tag == "NP" and n + 4 < j and morphs[n + 2].tag == "JKB" and morphs[n + 3].form in ADDING_MEANS


# Endings of a concession inside a quotation ("…낮아지겠지만, …이어질 것"): the main clause after it is the speaker's
# point. Not "-고"/"-며": of two equal statements the first often carries the news ("…도서관 확충을 마무리하고 모든 세대가
# 함께 사는 도시를 만들겠다"), and the second may lean on it ("…없고 사과도 받지 못했다"); not a condition or purpose
# ("-면", "-도록"): the clause kept would claim too much.
QUOTE_CLAUSE_ENDINGS = frozenset({"지만", "으나"})
QUOTE_CLAUSE_MIN = 12  # characters the kept clause needs to say something


def _quote_last_clause(morphs: list[Morph], i: int, j: int, edits: list[_Edit]) -> None:
    """"A, “…낮아지겠지만, …오름세가 이어질 것” 진단" -> "A, “…오름세가 이어질 것” 진단": the last quotation of a bullet that is
    still too long keeps its main clause after a concession (:data:`QUOTE_CLAUSE_ENDINGS`), after an elision marked
    :data:`ELLIPSIS`; the words kept are the speaker's as written. Never where the clause kept opens by pointing back
    ("이를", "이는"), with a connective, or on its own verb ("나오니 …")."""
    o = next((k for k in range(j - 1, i, -1) if morphs[k].tag == "SSO" and morphs[k].form in {"“", '"'}), None)
    if o is None:
        return
    c = _closing(morphs, o, j)
    if c >= j or any(x.start < morphs[o].end < x.end or x.start < morphs[c].start < x.end for x in edits):
        return
    depth = 0
    for k in range(c - 2, o, -1):  # the last boundary whose clause says enough
        depth += (morphs[k].tag == "SSC") - (morphs[k].tag == "SSO")
        m = morphs[k]
        if depth or m.tag != "EC" or m.form not in QUOTE_CLAUSE_ENDINGS or not morphs[k - 1].tag.startswith(("EP", "VV", "VA", "XSV", "XSA", "VX", "VCP")):
            continue
        b = k + 1
        while b < c and morphs[b].tag == "SP":
            b += 1
        if b >= c or morphs[b].start == m.end or morphs[b].tag.startswith("VX"):
            continue  # "하고 있다": one predicate
        kept = morphs[b:c]
        if morphs[c].start - morphs[b].start < QUOTE_CLAUSE_MIN:
            continue
        if kept[0].form in LEAD_CONNECTIVES | HEDGES and kept[0].tag in {"MAJ", "MAG"} or kept[0].tag == "NP" or _points_back(kept):
            return
        if _is_stem(kept[0]):
            return  # "“…순조로웠지만, | 나오니 온실을 지을 땅도 …없었다”": a clause opening on its verb (when it left) leans on the
            # part left out (read blind: "starts mid-quote")
        if any(x.text and x.text not in ELISIONS and morphs[o].end <= x.start < morphs[b].start for x in edits):
            return
        # (deletions inside the part left out go with it; so does a shorter elision, "“…” of the last sentence)
        edits[:] = [x for x in edits if not morphs[o].end <= x.start < morphs[b].start]
        edits.append(_Edit(morphs[o].end, morphs[b].start, ELLIPSIS))
        return


# Clause endings inside a quotation where its last clauses may start, after the words left out: a concession, a
# condition of manner ("-되"), a coordination, a means ("-어"; not "-어서": "만나서 | 이야기하는" is one act), a
# background ("-는데"), a purpose.
QUOTE_CUT_ENDINGS = QUOTE_CLAUSE_ENDINGS | frozenset({"되", "으되", "고", "며", "으며", "면서", "으면서", "는데", "은데", "ᆫ데",
                                                     "어", "아", "여", "도록"})


def _opens_with_its_subject(clause: list[Morph]) -> bool:
    """Whether a clause names its subject (a topic or subject particle after a noun) before its first predicate, or
    opens on an act made its subject: "내수 회복은 …이어질 것", "필요성이 떨어지는 지출은 …", "…시행하지 않은 것은 …";
    not "역량과 지혜를 모으기로 한데 의미가 있다"."""
    for k, m in enumerate(clause):
        if k and _is_nominal(clause[k - 1]) and (m.tag == "JKS" or m.tag == "JX" and m.form in {"은", "는", "ᆫ"}):
            return True
        if _is_stem(m):
            # "…검사를 시행하지 않은 것은 …위반에 해당한다": an act made the subject ("-ㄴ 것은", "-ㄴ 점이") names it
            e = k + 1
            while e < len(clause) and (clause[e].tag in {"EP", "VX"} or clause[e].tag == "EC" and clause[e].form == "지"):
                e += 1
            return e + 2 < len(clause) and clause[e].tag == "ETM" and clause[e + 1].form in {"것", "점"} \
                and (clause[e + 2].tag == "JKS" or clause[e + 2].tag == "JX" and clause[e + 2].form in {"은", "는"})
    return False


def _quote_cuts(morphs: list[Morph]) -> list[_Edit]:
    """Elisions of the start of a sentence's last quotation, up to one of its clause boundaries
    (:data:`QUOTE_CUT_ENDINGS`), the shortest first: "A, “…을 펼쳐 관광 활성화를 도모할 것”" -> "A, “…관광 활성화를
    도모할 것”". The clause kept says enough (:data:`QUOTE_CLAUSE_MIN`), opens with no connective, pronoun or word
    pointing back, and no auxiliary verb ("하고 | 있다" is one predicate)."""
    o = next((k for k in range(len(morphs) - 1, -1, -1) if morphs[k].tag == "SSO" and morphs[k].form in {"“", '"'}), None)
    if o is None:
        return []
    c = _closing(morphs, o, len(morphs))
    if c >= len(morphs):
        return []
    cuts, depth = [], 0
    for k in range(o + 2, c - 1):
        m = morphs[k]
        depth += (m.tag == "SSO") - (m.tag == "SSC")
        if depth or m.tag != "EC" or m.form not in QUOTE_CUT_ENDINGS \
                or not morphs[k - 1].tag.startswith(("EP", "VV", "VA", "XSV", "XSA", "VX", "VCP")):
            continue
        b, end = k + 1, m.end
        if b < c and morphs[b].tag == "JX" and morphs[b].form == "도" and morphs[b].start == m.end:
            b, end = b + 1, morphs[b].end  # "…징후가 뚜렷했는데도 | …": "even though", the concession's end
        while b < c and morphs[b].tag == "SP":
            b += 1
        if b >= c or morphs[b].start == end or morphs[b].tag.startswith("VX"):
            continue
        kept = morphs[b:c]
        if morphs[c].start - morphs[b].start < QUOTE_CLAUSE_MIN or not any(x.tag.startswith(("V", "XSV", "XSA", "EF")) for x in kept) \
                or sum(x.tag in {"NNG", "NNP", "SL", "SN"} for x in kept) < 2:
            continue  # ("…이야기하는 게 중요하다" says nothing of what)
        if kept[0].tag not in {"NNG", "NNP", "SL", "SN", "SH", "XPN"} or _points_back(kept) or any(pointing_word(kept, x) for x in range(len(kept))) \
                or not _opens_with_its_subject(kept) or any(x.tag == "JX" and x.form == "도" for x in kept):
            # it opens with a phrase of its own, not a verb whose arguments were left out ("…짖는 것을 보고"), and
            # says who or what it is about: read blind, "“…역량과 지혜를 모으기로 한데 의미가 있다”" and "“…협력도 더욱
            # 실효성을 높여 달라”" lost what they were about
            continue
        cuts.append(_Edit(morphs[o].end, morphs[b].start, ELLIPSIS))
    return cuts


# "“…”며 이같이 말했다": words pointing at the quotation just given, between it and the verb of saying.
SAYING_SO = frozenset({("이", "NP"), ("그", "NP"), ("같이", "JKB"), ("이같이", "MAG"), ("이렇게", "MAG"), ("그렇게", "MAG")})
QUESTION_NOUNS = frozenset({"질문", "물음"})
SPAN_BACK_TIMES = frozenset({"전", "후", "뒤"})  # "2년 전", "3개월 뒤": a length of time made a date
SETTING_TIMES = frozenset({"후", "뒤", "직후"})  # "A는 회동 후 “…”": when it was said, a setting like "…만나 “…”"


def _asked_question(morphs: list[Morph], q: int, j: int) -> int | None:
    """For a question in single marks at ``q`` ("‘…냐’는 질문에 “…”"): the index of the quotation that answers it,
    right after "는 질문에"/"라는 물음에"; None otherwise."""
    if morphs[q].form not in {"‘", "'"}:
        return None
    c = next((k for k in range(q + 1, j) if morphs[k].tag == "SSC" and morphs[k].form in {"’", "'"}), None)
    if c is None or c + 4 >= j:
        return None
    k = c + 1
    while k < j and morphs[k].tag in {"ETM", "VCP", "JKQ"}:
        k += 1
    if k + 2 < j and morphs[k].form in QUESTION_NOUNS and morphs[k + 1].tag == "JKB" and morphs[k + 1].form == "에" \
            and morphs[k + 2].tag == "SSO" and morphs[k + 2].form in {"“", '"'}:
        return k + 2
    return None


def _leans_back(morphs: list[Morph], b: int) -> bool:
    """Whether the sentence of a quotation starting at ``b`` needs the one before it: it opens with a bracketed gloss
    the writer put in for words the speaker left out, or with a word pointing back ("이는", "그런 일")."""
    m = morphs[b]
    return m.tag == "SSO" and m.form in BRACKETS or m.tag == "NP" and m.form in POINTING_PRONOUNS \
        or m.tag == "MM" and (m.form, m.tag) in POINTING_WORDS or m.tag == "NNG" and m.form in OF_THOSE


# -- long sentences


def _story_day(clause: list[Morph], x: int) -> bool:
    """Whether the "이" at ``clause[x]`` opens "이날" (the day of the story, "축제가 개막하는 이날은"): it names the day
    the article reports, not something said in a clause before."""
    m = clause[x]
    return m.form == "이" and m.tag == "MM" and x + 1 < len(clause) and clause[x + 1].form == "날" \
        and clause[x + 1].start == m.end


# "…7.4% 하락했다가 올 9월 …상승했다": a turn after a past change ("-었다가"); the clause it ends on is the latest
# news, about the same topic.
TURN_ENDINGS = frozenset({"다가"})


# Nouns of a judgement reported as such ("…했다는 지적이다", "…낮아졌다는 평가가 나온다").
JUDGEMENT_NOUNS = frozenset({"지적", "평가", "분석", "비판", "우려", "관측", "목소리", "의견", "판단"})


def _judgement(clause: list[Morph]) -> bool:
    """Whether a clause is a reported judgement ("안내판조차 바꾸지 않았다는 지적이다", "난도가 낮아졌다는 평가가
    나온다"): its content, before the complement ending, is a statement of its own with the judgement's frame
    saying whose view it is, so it stands without the concession before it."""
    end = len(clause)
    while end and clause[end - 1].tag in {"SF", "EF", "EP", "SP"}:
        end -= 1
    x = next((k for k in range(end - 1, 0, -1) if clause[k].tag == "ETM" and clause[k].form in COMPLEMENT_ENDINGS), None)
    if x is None or x + 1 >= end or clause[x + 1].form not in JUDGEMENT_NOUNS or clause[x + 1].tag != "NNG":
        return False
    tail = clause[x + 2 : end]
    closed = [t.form for t in tail] in (["이"], ["이", "나오"], ["가", "나오"], ["이", "많"], ["가", "많"]) \
        or not tail
    content = clause[:x]
    return closed and len(content) >= 6 and any(_is_nominal(m) for m in content) \
        and not any(m.tag == "EC" and m.form in QUOTE_ENDINGS - {"고"} for m in content)


def _judged_together(morphs: list[Morph], clauses: list[list[Morph]], endings: list[str]) -> tuple[list[list[Morph]], list[str]]:
    """Joins the clauses after the last concession or background ending ("…있었는데,") when together they are one
    reported judgement ("…교체하지 않고 | 운행했다는 지적이다"): what is judged is a single statement, not split further."""
    for c in range(len(endings) - 1, -1, -1):
        if endings[c] not in CONTRAST_ENDINGS:
            continue
        if c + 2 < len(clauses):
            start = next(x for x, m in enumerate(morphs) if m is clauses[c + 1][0])
            if _judgement(morphs[start:]):
                return clauses[: c + 1] + [morphs[start:]], endings[: c + 1]
        break
    return clauses, endings
