"""Readings of this session: a sentence a few characters over the bound that joins two facts gives its first fact
rather than staying whole and long (readers mark a bullet that long, sentence-like, awkward at best); where the
first is only a part of a cause, a reported statement, a gathering, one act's step, or says less of the headline,
the sentence stays whole (written for these tests, not news copy)."""
import pytest

from bullet_helpers import analyse, bullet, summarize_page
from pipeline.analysis import content_key
from pipeline.compress import Compressor


@pytest.mark.parametrize("sentence, expected", [
    # two subjects, two figures: the first is a headline of its own
    ("한솔전자의 메모리 반도체 수출은 지난달 91억 달러로 61.4% 급증했고, 시스템 반도체 수출도 44억 달러로 8.7% 늘었다.",
     "한솔전자의 메모리 반도체 수출, 지난달 91억 달러로 61.4% 급증"),
    # the second clause only details the first ("인하 폭이 가장 큰 상품은 …")
    ("가람은행은 상품별로 가산금리를 0.15~0.35%포인트 내리기로 했으며, 인하 폭이 가장 큰 상품은 5년 주기형 주택담보대출이다.",
     "가람은행, 상품별로 가산금리를 0.15~0.35%포인트 내리기로"),
    # one topic, two past acts joined by "-었으며": the first is done and stands alone
    ("검찰은 지난 5월 시청 시장 집무실과 도시개발과, 하씨 회사 등을 압수수색했으며, 이후 세 차례 문 시장을 소환해 조사했다.",
     "검찰, 지난 5월 시청 시장 집무실과 도시개발과, 하씨 회사 등을 압수수색"),
])
def test_two_facts_a_few_characters_over_give_the_first(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


@pytest.mark.parametrize("sentence, kept", [
    # (guards) the clauses before "-다며" are what the courts gave as their reason: alone, "근로자들이 계약 내용을
    # 알아" would be the bullet's own claim
    ("1심과 2심은 근로자들이 계약 내용을 알고 서명했고 근로시간 산정이 어려운 업무 특성이 있다며 회사 측의 손을 들어줬다.",
     "회사 측의 손을 들어줌"),
    # (guards) "-하며" of one subject's act and what it came to: the record is the point
    ("지난해 누리시 반도체 수출은 125억1천만달러로 지난해 같은 달보다 30.8% 증가하며 11월 기준 역대 최대치를 새로 썼다.",
     "역대 최대치"),
    # (guards) the session held only sets the decision
    ("헌법재판소는 27일 공직선거법 제87조의3 제1항 등에 대한 헌법소원 사건 선고를 열고 재판관 6 대 3의 의견으로 이같이 결정했다.",
     "6 대 3의 의견"),
    # (guards) the first clause is a cause's first part ("…안정되고 | …겹치면서 | …줄었다"), its topic the main clause's
    ("이달 물가는 석유류 가격이 안정되고 지난해 같은 달 물가가 크게 올랐던 데 따른 기저효과가 겹치면서 두 달 연속 오름폭이 줄었다.",
     "오름폭"),
    # (guards) a second fact that is the outcome ("…30% 줄어 …부진한 실적을 냈다") is not left out
    ("가람시의 지난해 매출은 120억원으로 5% 늘었고, 영업이익은 12억원으로 30% 줄어 3년 만에 가장 부진한 실적을 냈다.",
     "30% 줄어"),
])
def test_a_first_clause_that_is_no_fact_of_its_own_is_not_the_bullet(analyzer, sentence, kept):
    assert kept in bullet(analyzer, sentence)


def test_the_first_fact_gives_way_when_the_second_says_the_headline(analyzer):
    # the headline's act (반환) is the second clause's: the foundation's hand-over alone would not say it
    title = "美 미술관, 일제강점기 반출 고려 청자 매병 반환 결정"
    sentence = "재단은 지난해 이 같은 조사 결과를 미술관 측에 전달했고, 미술관은 1년여에 걸친 자체 검증 끝에 지난 7월 반환을 의결했다."
    doc = analyse(analyzer, sentence)
    guide = {key: 1.0 for key in (content_key(m) for m in analyzer.morphs(title)) if key}
    assert "반환" in Compressor(analyzer.kiwi, 60).compress(doc.sentences[0], doc.article.body, guide).text


def _guided(analyzer, title: str, sentence: str) -> str:
    doc = analyse(analyzer, sentence)
    # as the engine gives a lede: the headline's nouns as its guide, and all its words (numbers too) as what stays
    guide = {key: 1.0 for key in (content_key(m) for m in analyzer.morphs(title) if m.tag != "SN") if key}
    keep = frozenset(key for key in (content_key(m) for m in analyzer.morphs(title)) if key)
    return Compressor(analyzer.kiwi, 60).compress(doc.sentences[0], doc.article.body, guide, keep).text


def test_a_lede_a_few_characters_over_gives_the_event_the_headline_tells(analyzer):
    # what was done about it (the inquiry) says nothing of the headline: the event is the bullet
    text = _guided(analyzer, "가람 초등학교 집단 식중독 의심 증세…학생 64명 복통·설사",
                   "경남 가람시의 한 초등학교에서 급식을 먹은 학생 64명이 집단으로 복통과 설사 증세를 보여 보건당국이 역학조사에 나섰다.")
    assert text == "경남 가람시의 한 초등학교에서 급식을 먹은 학생 64명, 집단으로 복통과 설사 증세를 보임", text


def test_a_lede_whose_response_is_the_headline_keeps_it(analyzer):
    # (guard) the closures after "-면서" are the headline's news: the alert alone would drop it
    text = _guided(analyzer, "수도권 초미세먼지 경보…서울·경기 유치원·초교 900여곳 휴업",
                   "서울과 경기 지역에 초미세먼지 경보가 발령되면서 수도권 유치원과 초등학교 900여 곳이 휴업하거나 단축 수업에 들어갔다.")
    assert "휴업" in text, text


# --- a press release's dateline is no part of its first paragraph -------------------------------------------------

@pytest.mark.parametrize("opening", ["서울--(뉴스와이어) 2026년 03월 04일 -- ", "서울--(뉴스와이어)-- ", "SEOUL, Korea--(BUSINESS WIRE)-- "])
def test_a_release_dateline_goes_from_the_first_paragraph(analyzer, opening):
    # shortened in place, "서울--(뉴스와이어) 2026년 03월 04일 --" had left "서울-- --" before the bullet
    page = ("가람소프트, 1분기 매출 320억원…전년 대비 24% 증가\n"
            "뉴스와이어 | 2026-03-04 10:00 | 보도자료\n\n"
            f"{opening}가람소프트(대표 한누리)가 2026년 1분기 연결 기준 매출액 320억원, 영업이익 41억원을 기록했다고 4일 공시했다.\n\n"
            "매출은 전년 동기 대비 24.1%, 영업이익은 35.2% 증가했다. 이는 분기 기준 회사 설립 이후 최대 실적이다.\n\n"
            "회사 측은 하반기 일본 시장에 새 서비스를 내놓을 계획이라고 밝혔다.\n")
    doc, summary = summarize_page(analyzer, page)
    assert doc.article.paragraphs[0].startswith("가람소프트(대표 한누리)가"), doc.article.paragraphs[0]
    assert summary.bullets[0].startswith("가람소프트"), summary.bullets


# --- a body that acts is no figure of the first clause's topic -----------------------------------------------------

@pytest.mark.parametrize("sentence, opening", [
    # the ministry gives the notice: "최임위 노동부, …" had merged the two bodies into one subject
    ("최임위는 의결한 최저임금안을 고용노동부 장관에게 제출하며, 노동부는 이의 제기 절차를 거쳐 다음 달 5일까지 최종 고시할 예정이다.",
     "노동부, "),
])
def test_a_second_body_keeps_its_own_headline_comma(analyzer, sentence, opening):
    assert bullet(analyzer, sentence).startswith(opening)


def test_a_figure_after_a_named_topic_is_still_the_topics(analyzer):
    # (guard) "순이익" is the company's figure: whose it is stays said
    text = bullet(analyzer, "누리바이오는 신약 판매로 매출을 크게 올리며 14% 성장했지만, 순이익은 연구개발비 증가로 작년보다 40% 줄어들었다.")
    assert text.startswith("누리바이오 순이익, "), text


# --- a topic that the subject drove is no headline topic ------------------------------------------------------------

@pytest.mark.parametrize("sentence, kept", [
    # "실적 성장, …판매 이끌어" read as the growth driving the sales
    ("실적 성장은 소속 그룹 '하늘빛'의 아시아 투어와 새 음반 판매가 이끌었다.", "판매가 이끌"),
    ("주연은 신인 배우 오세린이 맡았다.", "오세린이 맡"),
])
def test_the_subject_of_a_driving_verb_keeps_its_particle(analyzer, sentence, kept):
    text = bullet(analyzer, sentence)
    assert kept in text and "," not in text, text


def test_a_part_of_the_topic_still_takes_the_headline_comma(analyzer):
    # (guard) the temperature is the city's: "서울, 기온이 크게 오름"
    assert bullet(analyzer, "서울은 기온이 크게 올랐다.").startswith("서울, ")


def test_a_share_of_people_as_the_topic_is_who_answers(analyzer):
    # "공동행동, 실시한 설문에서 응답자의 78.4%는 '…'" had made the survey's organiser the headline subject: the share
    # of respondents ("78.4%는") is the sentence's topic, and the organiser the subject of the relative clause
    text = bullet(analyzer, "연대회의가 지난달 전국 교사 9천여명을 대상으로 실시한 설문에서 응답자의 71.2%는 '주당 10시간 이상을 "
                            "행정업무에 쓴다'고 답했다.")
    assert text.startswith("연대회의가 "), text
    assert not text.startswith("연대회의, "), text


# --- a date moved is a decision taken, no plan ----------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    # "…18개월 연기할 예정" made the announced postponement sound like a plan
    ("가람시와 누리군은 17일 경전철 개통 목표를 당초 2026년 6월에서 2027년 12월로 18개월 연기한다고 발표했다.",
     "가람시와 누리군, 경전철 개통 목표를 당초 2026년 6월에서 2027년 12월로 18개월 연기"),
    ("한빛시는 17일 축제를 내년으로 연기한다고 밝혔다.", "한빛시, 축제를 내년으로 연기"),
])
def test_a_date_moved_is_no_plan(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


def test_an_act_on_a_day_to_come_is_still_a_plan(analyzer):
    # (guard) a day ahead with any other verb makes the present tense a plan
    assert bullet(analyzer, "한빛시는 다음 달 축제를 연다고 밝혔다.").endswith("열 예정")
