"""Readings of this session: acts inside a relative or "-도록" clause, a subject inside a negated relative clause, the
step that measures a change, a bound noun and an adverb kept with the words they close, a closing mark typed where a
title opens, an explanation taken after its referent. Articles and sentences written for these tests (not news copy)."""
import pytest

from bullet_helpers import analyse, bullet, summarize_page
from pipeline.clean import normalize_text
from pipeline.compress import Compressor


def _offered(analyzer, sentence):
    doc = analyse(analyzer, sentence)
    return [clause for clause, _ in Compressor(analyzer.kiwi, 60)._clauses(list(doc.sentences[0].morphs))]


# --- acts of one relative or "-도록" clause ----------------------------------------------------------------------

@pytest.mark.parametrize("sentence, kept", [
    # "연구팀, 충전 속도를 …높일 수 있는 소재를 개발": the longer life is the material's too, not dropped
    ("연구팀은 배터리 수명을 두 배로 늘리고 충전 속도를 세 배 이상 높일 수 있는 새로운 리튬 금속 음극 소재를 세계 최초로 개발했다고 14일 밝혔다.",
     "수명을 두 배로 늘리고"),
    # through a further step ("…체험해"), the acts are what the exhibition lets one do, not what the museum does
    ("한빛과학관은 우주 탐사의 역사를 쉽게 이해하고 관련된 원리를 직접 체험해 미래의 우주 기술을 상상할 수 있는 ‘별빛 탐험’ 특별전을 전국 순회 전시로 추진하고 있다고 밝혔다.",
     "역사를 쉽게 이해하고"),
    # "-도록" with its subject before both acts
    ("가람홍보관은 지역 연구소의 성과를 알리는 상설 전시관으로, 단순한 전시를 넘어 강연과 체험으로 이어지는 구조를 통해 어린이들이 과학을 친숙하게 느끼고 이해할 수 있도록 돕기 위해 기획됐다.",
     "친숙하게 느끼고 이해할 수 있도록"),
])
def test_acts_of_one_relative_clause_are_not_split(analyzer, sentence, kept):
    doc = analyse(analyzer, sentence)
    morphs = list(doc.sentences[0].morphs)
    # no clause that ends inside the relative clause is offered as a statement of its own
    assert all(clause[-1] is morphs[-1] for clause in _offered(analyzer, sentence))
    assert kept in bullet(analyzer, sentence)


def test_the_first_act_of_a_topic_still_splits_before_a_plain_modifier(analyzer):
    # "…신제품을 공개하고 | 부품을 만든 협력사와 계약했다": the topic's two acts, the second object a described noun
    sentence = "가람전자는 이날 새 노트북을 공개하고 핵심 부품을 만든 협력사 세 곳과 장기 공급 계약을 맺었다."
    last = analyse(analyzer, sentence).sentences[0].morphs[-1]
    assert len(_offered(analyzer, sentence)) == 1 and last is not None  # the main clause, on its own


# --- a subject inside a negated relative clause ----------------------------------------------------------------

@pytest.mark.parametrize("sentence, subject", [
    ("지금까지 원인이 정확하게 밝혀지지 않았던 희귀질환의 치료에 중요한 계기를 마련할 것으로 기대된다.", "원인"),
    ("구조대는 아직 실종자가 발견되지 않은 계곡 하류를 집중 수색하고 있다.", "실종자"),
])
def test_a_subject_inside_a_negated_relative_clause_is_not_fronted(analyzer, sentence, subject):
    # "원인, 지금까지 …밝혀지지 않았던 희귀질환의 치료에 …": the cause is not what the sentence is about
    assert not bullet(analyzer, sentence).startswith(subject + ",")


# --- the step that measures a change ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, figure", [
    ("가람시의 지난해 매출은 120억원으로 5% 늘었고, 영업이익은 12억원으로 30% 줄어 3년 만에 가장 부진한 실적을 냈다.", "30% 줄어"),
    ("한빛부동산원이 16일을 기준으로 주간 아파트 가격 동향을 조사한 결과 전세가격은 전주보다 0.11% 상승해 12주 연속 상승세가 이어졌다.", "0.11% 상승"),
])
def test_the_step_that_measures_a_change_stays_with_its_outcome(analyzer, sentence, figure):
    # "…12주 연속 상승세 이어짐" alone: the rise, the news, is gone
    assert figure in bullet(analyzer, sentence)


def test_a_step_without_a_measured_change_still_gives_way(analyzer):
    # a budget in the step is no change the outcome states ("총사업비 30억원 규모로 …착수하여 | …착공할 예정")
    sentence = ("가람로 확포장공사는 동서를 잇는 군도 확포장 사업으로, 총사업비 30억 원 규모로 작년 5월 실시설계 용역을 착수하여 "
                "올해 3월 용역이 완료되면 토지 보상을 거쳐 2027년부터 공사를 착공할 예정이다.")
    assert len(bullet(analyzer, sentence)) <= 70


# --- words kept with what they close ---------------------------------------------------------------------------------

def test_the_bound_noun_of_a_modifier_stays_when_an_event_setting_goes(analyzer):
    sentence = ("김하늘 군수는 지난 19일 주말도 잊은 채 다음 달 2일부터 6일까지 열리는 “2030가람바다축제”를 알리기 위해 "
                "도심 광장과 시장 일대에서 직접 홍보 활동을 펼쳐 눈길을 끌었다.")
    text = bullet(analyzer, sentence)
    assert "잊은 채" in text or "잊은" not in text, text  # never "주말도 잊은 “2030가람바다축제”"


def test_an_adverb_before_a_place_stays_with_the_phrase_it_closes(analyzer):
    # "…개막과 함께 가람시 일원에서 …" with the place dropped: "개막과 새로운 멋과 흥의 한마당", "함께" gone with it
    doc = analyse(analyzer, "가람군문화축제는 다음 달 2일 개막과 함께 가람시 일원에서 지역 문화의 새로운 멋과 흥의 한마당이 펼쳐진다.")
    morphs, body = list(doc.sentences[0].morphs), doc.article.body
    edits = []
    Compressor._drop_places(morphs, 0, len(morphs) - 3, edits)
    dropped = [body[e.start : e.end] for e in edits if not e.text]
    assert dropped and all("함께" not in d for d in dropped) and any("일원에서" in d for d in dropped), dropped


# --- a closing mark typed where a title opens ----------------------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("상상할 수 있는 ’별빛 탐험’ 특별전", "상상할 수 있는 ‘별빛 탐험’ 특별전"),
    ("‘바다’와 ’하늘’이 만났다", "‘바다’와 ‘하늘’이 만났다"),
    ("그는 ’좋다’며 웃었다", "그는 ‘좋다’며 웃었다"),
])
def test_a_closing_mark_that_opens_a_title_is_read_as_the_opening_one(line, expected):
    assert normalize_text(line) == expected


@pytest.mark.parametrize("line", ["학생들의 ’ 표시", "그것은 나의 것’이라고 했다"])  # ("’24년": a year, see test_fresh_readings26)
def test_a_closing_mark_without_a_title_after_it_stays(line):
    assert normalize_text(line) == line


# --- an explanation taken after its referent ------------------------------------------------------------------------

ARTICLE = """가람대, 올해 창업기업 50개 이상 키운다

"올해 창업기업이 50개 이상 나올 것으로 예상합니다."

김하늘 가람대 총장은 최근 지역 언론과 만난 자리에서 이 같이 밝혔다.

가람대는 지난해 학생창업 30개사, 교원창업 12개사를 배출했다.

대학 측은 올해 창업지원 예산을 지난해보다 40% 늘린 25억원으로 편성했다.

창업지원단은 다음 달부터 예비 창업자 100명을 모집할 계획이다.

이는 지역 산업과 연계한 창업 생태계를 만들기 위한 것이다.

이 같은 계획에 지역 상공인들도 기대를 나타냈다."""


def test_an_explanation_is_no_bullet_even_right_after_its_referent(analyzer):
    # "지역 산업과 연계한 창업 생태계를 만들기 위한 것": a fragment, whatever bullet comes before it
    _, summary = summarize_page(analyzer, ARTICLE)
    assert summary.bullets and not any(b.endswith("위한 것") for b in summary.bullets), summary.bullets
    assert not any("이 같이 밝힘" in b for b in summary.bullets), summary.bullets


# --- a lede that opens on the words, its speaker in the next sentence ---------------------------------------------

QUOTE_LEDE = """가람대 "올해 창업기업 50개 이상 나온다"

"올해 창업기업이 50개 이상 나올 것으로 예상합니다."

김하늘 가람대(GU·가람대학교) 총장은 최근 지역 언론과 만난 자리에서 이 같이 밝혔다.

김 총장이 내건 대학 비전 중에는 '1연구실 1창업'이 포함돼 있다.

가람대는 지난해 학생창업 30개사, 교원창업 12개사를 배출했다.

대학 측은 올해 창업지원 예산을 지난해보다 40% 늘린 25억원으로 편성했다.

창업지원단은 다음 달부터 예비 창업자 100명을 모집할 계획이다."""


def test_a_quotation_lede_takes_its_speaker_from_the_next_sentence(analyzer):
    # before: the quotation was no bullet (whose?), and "…만난 자리에서 이 같이 밝힘" said nothing
    _, summary = summarize_page(analyzer, QUOTE_LEDE)
    first = summary.bullets[0]
    assert first.startswith("김하늘 가람대 총장, ") and "50개 이상" in first, summary.bullets
    assert not first.endswith('."'), first  # a bullet's closing period goes inside the quotation too
    assert not any("이 같이 밝" in b for b in summary.bullets), summary.bullets


def test_a_quotation_alone_with_no_speaker_after_it_is_still_no_bullet(analyzer):
    page = QUOTE_LEDE.replace("김하늘 가람대(GU·가람대학교) 총장은 최근 지역 언론과 만난 자리에서 이 같이 밝혔다.",
                              "가람대는 올해 창업 지원을 크게 늘린다.")
    _, summary = summarize_page(analyzer, page)
    assert not any("예상합니다" in b for b in summary.bullets), summary.bullets


def test_the_speaker_named_with_a_gloss_leaves_the_gloss_out(analyzer):
    from pipeline.select import speaker_after
    doc, _ = summarize_page(analyzer, QUOTE_LEDE)
    quote = next(s.index for s in doc.sentences if s.text.startswith('"올해'))
    assert speaker_after(doc, quote) == "김하늘 가람대 총장"


# --- a reporter's topic with a report of two facts ------------------------------------------------------------------

@pytest.mark.parametrize("sentence, start", [
    # the reported clause has two facts: the topic is still who reports them (before: "…본부는 …피해 발생", and at
    # its shortest "…본부, 호우로 1명 숨짐": the agency dead)
    ("가람재난안전대책본부(가람대본)는 어제(13일)부터 오늘(14일) 오전 5시까지 호우로 2명이 숨지고, 150건의 시설 피해가 발생했다고 밝혔다.",
     "가람재난안전대책본부, "),
    ("가람대본은 호우로 2명이 숨지고 150건의 시설 피해가 발생했다고 밝혔다.", "가람대본, "),
])
def test_a_reporter_topic_keeps_its_frame_over_a_report_of_two_facts(analyzer, sentence, start):
    text = bullet(analyzer, sentence)
    assert text.startswith(start) and text.endswith("발생했다고 밝혀"), text


def test_this_related_lead_in_goes_without_its_verb_too(analyzer):
    # "이와 관련 윤 장관은 …": the lead-in as "이와 관련해" is dropped, and the topic takes the headline comma
    text = bullet(analyzer, "이와 관련 윤 장관은 유엔 고위급 회의에도 참석해 국제적 논의에 기여할 계획이다.")
    assert text.startswith("윤 장관, "), text


@pytest.mark.parametrize("sentence, said", [
    ("축제가 성황리에 끝났다며 시민들에게 감사의 말씀을 드린다고 말했다.", "축제"),
    ("공사가 예정보다 늦어졌다면서 주민들에게 양해를 구했다.", "공사"),
])
def test_the_subject_of_words_said_is_not_who_speaks(analyzer, sentence, said):
    # "축제, 성황리에 끝났다며 …감사의 말씀을 드림": the festival thanked no one
    assert not bullet(analyzer, sentence).startswith(said + ","), bullet(analyzer, sentence)


# --- a caption of two sentences before a wire service's credit ------------------------------------------------------

CAPTIONED = """'제2회 가람천 유채꽃축제' 개막식이 열린 12일 가람시 가람천 일대에서 시민들이 유채꽃을 감상하고 있다. 예년보다 늦게 핀 꽃에 가람시가 일정을 미뤘으나 꽃이 덜 피자 이에 사과하는 현수막이 걸려 있다. 연합뉴스"노란 꽃밭을 보고 싶었는데 아직 덜 피었네요."
가람시 가람천 일대에서 12일 개막한 '제2회 가람천 유채꽃축제'를 찾은 관람객들은 예년보다 덜 핀 유채꽃에 아쉬움을 나타냈다.
가람시는 올해 축제 기간을 사흘에서 닷새로 늘리고 주차장 500면을 새로 마련했다.
시는 축제 기간 방문객이 지난해보다 20% 늘어난 12만명에 이를 것으로 내다봤다.
축제 마지막 날인 16일에는 지역 가수들의 공연과 불꽃놀이가 열린다."""


def test_a_two_sentence_caption_before_a_wire_credit_is_no_bullet(analyzer):
    _, summary = summarize_page(analyzer, CAPTIONED)
    assert summary.bullets and not any("감상하고 있" in b or "현수막" in b for b in summary.bullets), summary.bullets
    assert "관람객" in summary.bullets[0], summary.bullets  # the lede is the report's first sentence


def test_a_wire_credit_run_into_a_quotation_ends_its_line():
    assert normalize_text('현수막이 걸려 있다. 연합뉴스"노란 꽃밭') == '현수막이 걸려 있다. 연합뉴스\n"노란 꽃밭'
    assert normalize_text('그는 "연합뉴스"라고 말했다') == '그는 "연합뉴스"라고 말했다'


# --- two topics with their bracketed figures --------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    # "부산, 제주 등, 상승, 충남 …": the first topic had taken the headline comma, the gapped clause a second one
    ("시도별로는 가람(0.17%), 누리(0.12%), 한빛(0.12%) 등은 상승했고 다솜(-0.13%), 소라(-0.11%) 등은 하락했다.",
     "가람, 누리, 한빛 등은 상승, 다솜, 소라 등은 하락"),
    ("수도권(0.08%)은 상승폭을 유지했고 지방(-0.03%)은 하락했다.", "수도권(0.08%)은 상승폭을 유지했고 지방(-0.03%)은 하락"),
])
def test_two_topics_with_bracketed_figures_keep_both_particles(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


def test_a_year_before_the_topic_is_no_figure_of_its_own(analyzer):
    # "2024년 시는 …만들었고 구청은 도로 2곳을 넓혔다": no two measured topics; the first takes the comma as before
    assert bullet(analyzer, "2024년 시는 공원을 새로 만들었고 구청은 도로 2곳을 넓혔다.").startswith("시, ")


def test_a_glossed_day_word_that_ends_a_range_gives_its_date_at_any_length(analyzer):
    # the bullet is shortened past the level where dates go; a range stays, and "어제부터 오늘" said nothing of when
    text = bullet(analyzer, "가람재난안전대책본부(가람대본)는 어제(13일)부터 오늘(14일) 오전 5시까지 호우로 2명이 숨지고, "
                            "150건의 시설 피해가 발생했다고 밝혔다.")
    assert "13일부터 14일 오전 5시까지" in text and "어제" not in text, text


# --- a local government that goes on acting without its name -------------------------------------------------------

CITY = """가람시, 노후 상수관로 40㎞ 교체한다

경남 가람시는 구도심에 매설된 노후 상수관로 40㎞를 총사업비 350억원을 들여 전면 교체한다고 3일 밝혔다.

이 지역은 잦은 누수와 수돗물 찌꺼기로 교체가 시급한 구역이었다.

시는 국비 확보를 위해 수시로 중앙부처를 방문해 사업의 필요성을 설명했다.

지난해 8월 환경부의 노후 상수관망 정비사업 대상으로 선정돼 국비 170억원을 확보했다.

공사는 내년 착공해 2030년 마무리할 예정이다."""


def test_a_bare_city_that_goes_on_acting_is_named_in_the_bullet(analyzer):
    # "지난해 8월 …선정돼 국비 170억원을 확보": who secured the money is the city the sentence before names as "시는"
    _, summary = summarize_page(analyzer, CITY)
    secured = [b for b in summary.bullets if "170억원" in b]
    assert secured and secured[0].startswith("가람시, "), summary.bullets


def test_a_bullet_ending_in_a_quotation_drops_the_period_inside_it():
    from pipeline.format import remove_final_period
    assert remove_final_period('김 총장, "올해 50개 이상 나올 것으로 예상합니다."') == '김 총장, "올해 50개 이상 나올 것으로 예상합니다"'
    assert remove_final_period("“좋다.” 그는 말했다.") == "“좋다.” 그는 말했다"
