"""Readings of this session: held-out news whose bullets turned a concession into a cause, a present into a plan,
glued words apart and a relative clause's subject into the sentence's (written for these tests, not news copy)."""
import pytest

from bullet_helpers import analyse, bullet, summarize_page
from pipeline.format import _unglue_words
from pipeline.select import bullet_dangling_reason, dangling_reason


# --- "…에도" on a stance or an event is "despite": it stays ----------------------------------------------------

@pytest.mark.parametrize("sentence, kept", [
    # the hope of lower rates did not open the funds' purses: "기대에" would make the hope the cause
    ("금리 인하 기대에도 투자사들이 지갑을 좀처럼 열지 않으면서 문을 닫는 새싹기업이 늘고 있다.", "기대에도"),
    ("시장금리 하락에도 좀처럼 움직이지 않던 전세대출 금리가 이달 들어 내려가기 시작했다.", "하락에도"),
    ("정부의 자제 권고에도 주말 도심에는 인파가 몰렸다.", "권고에도"),
])
def test_despite_stays(analyzer, sentence, kept):
    assert kept in bullet(analyzer, sentence)


@pytest.mark.parametrize("sentence, written", [
    # (guards) a place's "also" goes, as before: the place the sentence before told of is not in the bullet
    ("가람시에도 밤사이 많은 눈이 내렸다.", "가람시에 "),
    ("남부에도 호우특보가 내려질 가능성이 있겠다.", "남부에 "),
    ("수도권에도 첫눈이 내렸다.", "수도권에 "),
])
def test_a_places_also_still_goes(analyzer, sentence, written):
    assert written in bullet(analyzer, sentence)


# --- a plain present that tells what is done now is no plan -------------------------------------------------------

@pytest.mark.parametrize("sentence, plan", [
    # "현재 …운영한다" with "주 3일" (so many days a week, not a day of the month)
    ("현재 보건소 치과는 주 2일 오전 진료만 운영한다.", False),
    # "이번 학기부터": the term under way; "저녁 8시까지": the hours it keeps
    ("이 도서관은 이번 학기부터 열람실을 밤늦게까지 개방하면서 저녁 8시까지 학생들을 받습니다.", False),
    # "…목표로 한다": what a plan aims at is already a plan ("…목표로 할 예정" said it twice)
    ("새 물류센터는 2027년 상반기 완전 가동을 목표로 한다.", False),
    # (guards) a day or a time to come makes a plan, as before
    ("구청은 다음 주 금요일 주민 설명회를 연다.", True),
    ("구청은 4일 오후 3시부터 주민 설명회를 연다.", True),
    ("전시는 처음 열리는 대규모 회고전으로 8월 30일까지 이어진다.", True),
    # "현재" inside what describes the object is no time of the act
    ("정부는 현재 전체 고교의 40% 수준인 상담교사 배치율을 2028년까지 100%로 끌어올린다.", True),
])
def test_a_present_that_is_done_now_is_no_plan(analyzer, sentence, plan):
    out = bullet(analyzer, sentence)
    assert ("예정" in out) is plan, out
    assert "할 예정" not in out or plan, out


def test_an_aim_is_told_as_an_aim(analyzer):
    out = bullet(analyzer, "새 물류센터는 2027년 상반기 완전 가동을 목표로 한다.")
    assert out.endswith("목표로 함"), out


# --- "-는데" written as one word stays one word ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "같은 노선, 같은 시간대였는데 요금은 한 달 전보다 2천원 올라 있었음",
    "축제가 열리는데 시민들이 몰림",
])
def test_a_connective_ending_is_not_split_as_a_bound_noun(analyzer, text):
    assert _unglue_words(text, analyzer.kiwi) == text


def test_a_particle_run_on_still_gets_its_space(analyzer):
    # (guard) the spacing repair still puts in a space the writer left out after a particle
    assert _unglue_words("환자가방문했던 병원, 문을 닫음", analyzer.kiwi) == "환자가 방문했던 병원, 문을 닫음"


def test_the_connective_ending_in_a_summary(analyzer):
    out = bullet(analyzer, "같은 노선, 같은 시간대였는데 요금은 한 달 전보다 2천원 넘게 올라 있었다.")
    assert "시간대였는데 요금" in out, out


# --- "X는 …곳으로, …가 …해 둔 곳이다": the second "곳" is still the topic's -----------------------------------

def test_a_relative_clauses_subject_is_not_who_the_sentence_is_about(analyzer):
    out = bullet(analyzer, "불이 난 창고는 주택가와 맞닿은 곳으로, 소방서가 화재 위험 시설로 지정해 소화기와 경보기를 갖춰 둔 곳이다.")
    # the warehouse is the place; the fire station only equipped it ("소방서가 …갖춰 둔 곳" had read as the news)
    assert not out.startswith("소방서"), out
    assert out.startswith("불이 난 창고"), out


# --- a rating of what the sentence does not name dangles ---------------------------------------------------------

@pytest.mark.parametrize("sentence, dangles", [
    ("올해 자유계약 시장에서 투수 가운데 세 번째로 큰 규모로, 보장 금액 비중이 높아 구단의 믿음이 드러났다는 평가가 나온다.", True),
    ("업계 평균보다 두 배 높은 수준으로, 지난해보다 12% 늘어난 금액이다.", True),
    # (guards) a subject of its own before the comma; a rating that is the manner of a named act
    ("이번 축제는 역대 최대 규모로, 3천명이 참석했다.", False),
    ("시는 역대 최대 규모로, 내년 예산을 편성했다.", False),
])
def test_a_rating_of_what_is_unsaid_dangles(analyzer, sentence, dangles):
    sentence_record = analyse(analyzer, sentence).sentences[0]
    reason = dangling_reason(sentence_record.morphs, sentence_record.text)
    assert (reason is not None and "rating" in reason) is dangles, reason


# --- a feature's nut graf names no day: after a person's anecdote it still leads -----------------------------------

ANECDOTE_PAGE = "\n".join([
    "\"한 판 구울 때마다 적자\"…치솟는 밀가루값에 동네 빵집 '한숨'",
    "입력 2025.03.10 07:00",
    "서울 은평구 골목에서 10년째 빵집을 하는 오세진(52) 사장은 지난주 제분소에서 온 거래명세서를 한참 들여다봤다.",
    "같은 밀가루, 같은 양이었는데 값은 석 달 전보다 8만원 넘게 올라 있었다.",
    "오 사장은 결국 식빵 값을 올리기로 했다.",
    "동네 빵집들이 밀가루값 부담에 문을 닫을 처지에 놓였다.",
    "국제 밀 가격과 환율, 운송비가 한꺼번에 오르면서 제분업체들이 연초부터 잇따라 공급가를 올렸기 때문이다.",
    "대한제과협회가 회원 업소를 조사한 결과 업소용 밀가루 가격은 1년 새 평균 18% 오른 것으로 나타났다.",
    "대형 프랜차이즈는 본사가 밀가루를 한꺼번에 사들여 충격을 줄일 수 있다.",
    "협회 관계자는 \"소규모 빵집을 위한 원재료 구매 지원이 필요하다\"고 말했다.",
])


def test_an_anecdotes_undated_nut_graf_leads(analyzer):
    _, summary = summarize_page(analyzer, ANECDOTE_PAGE)
    # the baker's morning is colour; the news is the bakeries' plight the headline tells, though it names no day
    assert summary.bullets[0].startswith("동네 빵집들"), summary.bullets
    assert not any("오세진" in b or "거래명세서" in b for b in summary.bullets), summary.bullets


SUMMARY_LEDE_PAGE = "\n".join([
    "두 국립대 통합 본격화…교명·본부 위치 놓고 진통",
    "입력 2025.03.20 09:00",
    "가람 지역의 두 국립대학이 통합 작업에 속도를 내고 있지만, 새 교명과 본부 위치를 두고는 구성원 의견이 엇갈리고 있다.",
    "가람대와 국립누리대는 지난 19일 통합추진위원회 회의를 열고 통합 신청서 초안을 논의했다고 20일 밝혔다.",
    "두 대학은 2027년 3월 통합 대학 출범을 목표로 하고 있다.",
    "누리대 일부 구성원들은 새 교명을 공모해야 한다는 입장인 반면, 가람대 쪽에서는 교명을 바꾸는 데 드는 비용이 크다고 맞서고 있다.",
    "본부 위치를 놓고도 두 대학의 의견이 갈린다.",
])


def test_a_storys_summary_opening_is_no_anecdote(analyzer):
    # (guard) no one's anecdote opens it: the summary keeps its place before the quarrel over the name
    _, summary = summarize_page(analyzer, SUMMARY_LEDE_PAGE)
    assert not summary.bullets[0].startswith("누리대 일부 구성원들"), summary.bullets


# --- "…하면서 | …대응 마련에 나섰다": the response to be worked out says of nothing yet; the act is the news ----------

@pytest.mark.parametrize("sentence, start", [
    ("유럽연합이 역외 기업의 전기차 배터리 탄소 배출 규제를 당초 계획보다 2년 앞당겨 내년부터 적용하기로 하면서 국내 배터리 "
     "업체들이 대응 마련에 나섰다.", "유럽연합, "),
    ("원·달러 환율이 금융위기 이후 처음으로 1,450원을 넘어서는 등 고환율이 석 달째 이어지면서 수입 원료를 쓰는 중소 식품업체들이 "
     "대책 마련에 나섰다.", "원·달러 환율"),
])
def test_a_response_set_about_gives_way_to_its_cause(analyzer, sentence, start):
    out = bullet(analyzer, sentence)
    assert out.startswith(start) and "마련에 나" not in out, out


def test_a_response_that_fits_stays_whole(analyzer):
    # (guard) a short sentence keeps both clauses: nothing has to go
    assert bullet(analyzer, "산불이 번지면서 당국이 진화에 나섰다.") == "산불이 번지면서 당국이 진화에 나섬"


# --- a topic inside what a view says is no headline topic ----------------------------------------------------------

@pytest.mark.parametrize("sentence, kept", [
    ("일각에서는 서른다섯을 앞둔 투수에게 5년 계약은 부담이 크다는 지적도 나온다.", "5년 계약은 부담이 크다는 지적"),
    ("시민단체에서는 새 조례는 실효성이 없다는 비판이 나왔다.", "새 조례는 실효성이 없다는 비판"),
])
def test_a_topic_inside_a_view_keeps_its_particle(analyzer, sentence, kept):
    assert kept in bullet(analyzer, sentence)


def test_a_topic_before_its_own_plan_takes_the_comma(analyzer):
    # (guard) the city is who plans: "한빛시, …"
    assert bullet(analyzer, "한빛시는 내년 예산이 늘어난다는 계획을 밝혔다.").startswith("한빛시, ")


# --- "…상공을 나는 2단계 실증": after an object, "나는" is the verb "날다", not the pronoun ------------------------

def test_fly_after_an_object_is_a_verb(analyzer):
    out = bullet(analyzer, "지난해 섬 지역에서 진행한 1단계 시험에 이어 처음으로 도심 상공을 나는 2단계 시험이다.")
    assert "상공을 나는 2단계" in out, out


# --- a list of figures whose first item is the top: the top is the bullet -----------------------------------------

def test_the_top_of_a_list_is_kept(analyzer):
    out = bullet(analyzer, "유형별로는 사전 신고를 하지 않고 영업한 경우가 530건으로 가장 많았고, 위생 기준을 어긴 경우가 214건, "
                           "원산지를 속인 경우가 96건이었다.")
    assert "530건" in out and "가장 많" in out, out


def test_without_doing_is_no_clause_of_its_own(analyzer):
    # (guard) "-지 않고" right before its verb says how the act is done: "신고를 하지 않고 | 영업한 경우" is one noun phrase
    out = bullet(analyzer, "사전 신고를 하지 않고 영업한 업소가 530곳에 달했다.")
    assert out.startswith("사전 신고를 하지 않고 영업한 업소"), out


# --- found after the held-out reading of TA/TB: a count of days is no date; a first keeps its scope ----------------

def test_days_a_month_on_average_stay(analyzer):
    out = bullet(analyzer, "법원은 B씨가 하루 평균 9.5시간, 월 평균 26일 일하며 월 300만원가량을 벌었다는 점을 들어 배달 일이 사실상 "
                           "생계 수단이었다고 판단했다.")
    assert "월 평균 26일" in out, out


def test_a_first_of_its_kind_keeps_where(analyzer):
    out = bullet(analyzer, "업계에 따르면 이번 수주는 국산 설계 모델이 해외에서 처음 채택된 사례이자, 국내 기업이 동유럽 지역에서 "
                           "발전소 건설 사업을 따낸 첫 사례다.")
    assert "동유럽 지역에서" in out, out


# --- "X는 …뿐이라, Y들은 …": the first topic is the copula's cause, and what follows from it is done now ------------

def test_a_copula_causes_topic_takes_no_headline_comma(analyzer):
    out = bullet(analyzer, "이 건물에는 120가구가 살지만 주차장은 30면뿐이라, 주민들은 밤마다 인근 도로에 차를 댄다.")
    assert "주차장은 30면뿐이라, 주민들은" in out, out
    assert "예정" not in out, out  # what the residents do because of it is no plan


def test_a_states_cause_still_keeps_its_topic(analyzer):
    # (guard) an adjective's cause, as before
    out = bullet(analyzer, "일할 사람은 턱없이 부족해서, 외국인 노동자로 일자리를 메우고 있다.")
    assert out.startswith("일할 사람은 턱없이 부족해서,"), out


ACCIDENT_PAGE = "\n".join([
    "20년 된 상가 에스컬레이터 '덜컹' 역주행…시민들 \"무서워서 계단으로\"",
    "2층서 1층까지 역주행, 70대 등 2명 부상",
    "입력 2025.02.11 14:05",
    "장을 보러 2층으로 올라가던 김순자(72)씨는 '덜컹' 하는 소리와 함께 몸이 뒤로 쏠리는 느낌을 받았다.",
    "에스컬레이터는 2층에서 1층 방향으로 약 5m를 역주행한 뒤 비상 제동장치에 걸려 멈췄고, 김씨와 함께 타고 있던 30대 여성 1명이 "
    "발목을 다쳤다.",
    "두 사람 모두 생명에는 지장이 없는 것으로 알려졌다.",
    "경찰은 관리업체 관계자를 상대로 정비 기록을 조사하고 있다.",
    "사고 이후 시민들의 불안은 커지고 있다.",
    "상가에는 하루 5천명이 드나들지만 에스컬레이터는 1대뿐이라, 시민들은 운행이 재개된 뒤에도 계단을 오르내리고 있다.",
])


def test_the_event_after_an_anecdote_leads_over_its_aftermath(analyzer):
    # the reverse run told after the shopper's morning says the headline as much as the opening does; the aftermath,
    # which says more of the headline's words, is not the news
    _, summary = summarize_page(analyzer, ACCIDENT_PAGE)
    assert summary.bullets[0].startswith("에스컬레이터, 2층에서 1층 방향으로"), summary.bullets
