"""Readings of this session. Articles and sentences written for these tests (not news copy)."""
import pytest

from pipeline.select import SurnameReference, full_name_mentions
from bullet_helpers import bullet, summarize_page


# --- a day word before a county is no full name of "이 장관" -----------------------------------------------------

PAGE = """한빛호 2차 발사 성공…우주 수송 능력 확보

한빛형 발사체 한빛호가 성공적으로 발사돼 목표 궤도에 안착했다.

이영수 우주항공부(우주부) 장관은 이날 한빛도 가람군 우주센터 브리핑실에서 브리핑을 열고 "한빛호 발사 성공을 알린다"며 결과를 발표했다.

이 장관은 "오늘 오후 3시 발사된 한빛호는 목표 궤도에 올라 시험위성을 분리했다"고 밝혔다.

이 장관은 "정부는 2030년까지 추가 발사를 이어가며 발사체의 신뢰도를 높일 예정"이라고 말했다.

한빛호는 이날 오후 3시 정각 불꽃을 내뿜으며 하늘로 솟아올랐다. 약 2분 뒤 1단을 분리했다.
"""


def test_a_day_word_before_a_county_is_no_full_name():
    # "이날 한빛도 가람군" had matched surname "이" + "날" and the title "군" ending the county's name
    ref = SurnameReference("이", "장관")
    assert full_name_mentions(ref, ["장관은 이날 한빛도 가람군 우주센터에서 브리핑을 열었다."], any_title=True) == set()
    assert full_name_mentions(ref, ["이영수 우주항공부 장관은 이날 브리핑을 열었다."], any_title=True) == {"이영수"}
    # a title of several syllables may still end a compound ("국회의장")
    assert full_name_mentions(SurnameReference("김", "의장"), ["김철수 국회의장은 …"]) == {"김철수"}


def test_the_minister_is_not_renamed_by_the_day(analyzer):
    _, summary = summarize_page(analyzer, PAGE)
    assert not any(b.startswith("이날 장관") for b in summary.bullets), summary.bullets
    assert any(b.startswith("이 장관, ") or b.startswith("이영수 ") for b in summary.bullets), summary.bullets


# --- "역시" after a clause of its own is "도", not a topic comma ----------------------------------------------------

def test_likewise_after_a_clause_is_also(analyzer):
    out = bullet(analyzer, "한빛시민센터 주변 상가에서 불이 났지만 손님 20여명이 재빨리 대피해 인명피해 역시 발생하지 않았다.")
    assert "인명피해도 발생하지 않음" in out and "인명피해," not in out, out


def test_likewise_opening_the_sentence_keeps_the_topic_comma(analyzer):
    assert bullet(analyzer, "코스닥지수 역시 외국인이 1천억원을 순매도하면서 2% 하락했다.").startswith("코스닥지수, "), None


# --- a bracket dropped between a word and its particle takes the space with it ---------------------------------

def test_a_spaced_bracket_before_a_particle_leaves_no_space(analyzer):
    out = bullet(analyzer, "한빛체고는 도 선수단 총 메달 50개(금 10, 은 20, 동 20) 중 25개 (50%)를 획득해 종합 우승의 견인차 역할을 했다.")
    assert "25개를 획득" in out and "25개 를" not in out, out


# --- a topic's own figures, each with its subject particle, are no gapped contrast ------------------------------

@pytest.mark.parametrize("sentence, topic", [
    ("한빛게임즈는 매출이 3천200억원, 영업이익이 410억원으로, 작년 같은 기간보다 매출은 8%, 영업이익은 31% 줄었다.", "한빛게임즈"),
    # a time with its particle is no argument someone acts on: "매출" is still the topic's
    ("한빛소프트는 1분기에도 매출이 전년 동기 대비 18.2%, 영업이익은 40.5% 감소해 시장 예상을 밑돈 바 있다.", "한빛소프트"),
])
def test_a_topic_with_its_own_figures_takes_the_headline_comma(analyzer, sentence, topic):
    out = bullet(analyzer, sentence)
    assert out.startswith(f"{topic}, "), out


def test_two_topics_each_with_a_subject_stay_a_contrast(analyzer):
    out = bullet(analyzer, "서울은 비가 10㎜, 부산은 눈이 3㎝ 내렸다.")
    assert out.startswith("서울은 비가 10㎜, 부산은 "), out


# --- the subject of a contrast or of a source frame is not carried to the main clause ---------------------------

def test_the_fire_that_broke_out_does_not_prevent_the_damage(analyzer):
    out = bullet(analyzer, "한빛광역시 북부소방서는 지난 3월 2일 오전 7시쯤 한빛 북구 가람동 한 횟집에서 화재가 발생했으나, 인근을 "
                           "지나던 부부 소방공무원의 신속한 초기 대응으로 큰 피해를 막았다고 9일 밝혔다.")
    assert not out.startswith("화재"), out
    # nor the station: read blind, "…북부소방서, …대응으로 큰 피해를 막음" made the station the one who averted it; the
    # concession stays, so the bullet says what happened and who reports it
    assert "화재가 발생했으나" in out and "큰 피해를 막" in out, out


def test_a_source_that_tallied_is_not_who_reached_the_total(analyzer):
    out = bullet(analyzer, "한빛리포트가 올해 1월부터 10월까지 발표된 기술수출 건을 집계한 결과 올해에는 5개 업체가 총 6건의 후보물질을 "
                           "수출하는 데 성공했고 전체 계약규모는 20억 달러에 달했다.")
    assert not out.startswith("한빛리포트, 전체"), out
    assert "20억 달러" in out, out


def test_alone_is_how_not_who(analyzer):
    # "혼자서": Kiwi reads "서" as a subject particle; "혼자, …절반을 달성" made "alone" the one who did it
    out = bullet(analyzer, "가람제약은 지난달 항암 후보물질을 해외 제약사에 기술수출하는 데 성공했고 앞선 6월에도 다른 후보물질을 "
                           "계약하면서 올해 업계 계약총액의 절반을 혼자서 달성했다.")
    assert not out.startswith("혼자"), out
    assert out.startswith("가람제약"), out


# --- brackets that tell apart the same item of a list stay ------------------------------------------------------

def test_brackets_telling_apart_one_item_named_twice_stay(analyzer):
    out = bullet(analyzer, "이번 도민체전에서 금메달은 12개를 따냈는데 역도(홍길동 3개), 양궁(김영희 2개), 수영(박철수 2개), "
                           "역도(이민수 2개), 역도(최지훈 1개) 등이다.")
    assert "역도, 역도" not in out, out
    assert "역도(이민수 2개)" in out and "역도(최지훈 1개)" in out, out


def test_brackets_of_different_items_still_go(analyzer):
    out = bullet(analyzer, "한빛군은 전국 다목적댐 저수율(49.4%)이 평년(59.0%)보다 낮고, 농업용 저수지 저수율(48%)은 평년(78%)의 62% "
                           "수준이라 가뭄 대비에 나섰다고 밝혔다.")
    assert "(49.4%)" not in out and "(78%)" not in out, out


# --- an event's purpose clause goes whole, and the day of an event to come stays longer ------------------------

def test_an_events_purpose_goes_with_its_object(analyzer):
    out = bullet(analyzer, "도민의 체력 증진과 건전한 사회분위기 조성을 통해, 지역 화합과 발전에 기여함을 목적으로 개최되는 "
                           "‘제15회 한빛도 생활체육대회’가 오는 18일 한빛종합운동장 외 12개 보조경기장에서 열린다.")
    assert "기여함을 ‘" not in out, out
    # "사회분위기" is no "분위기" of a plan: the day to come stays with the present tense made a plan
    assert out.startswith("‘제15회 한빛도 생활체육대회’, 오는 18일 "), out


def test_the_day_of_a_planned_event_outlasts_the_place(analyzer):
    out = bullet(analyzer, "한빛과학관은 현재 본관 1층 상설전시관에서 진행 중인 빛 주제의 기획특별전도 오는 9월 20일 종료되면 "
                           "릴레이 전시를 이어나갈 계획이다.")
    assert "오는 9월 20일" in out and "상설전시관에서" not in out, out


# --- who acts is no subject of a dated happening ----------------------------------------------------------------

def test_the_subject_before_a_dated_happening_is_the_actor(analyzer):
    # "장애" happened; the platform starts the compensation
    out = bullet(analyzer, "한빛톡이 지난해 9월 발생한 메신저 장애 관련 일반 이용자에 대한 보상을 시작했다.")
    assert out.startswith("한빛톡, "), out


def test_a_happening_with_its_own_subject_stays_a_relative_clause(analyzer):
    out = bullet(analyzer, "경찰이 9명의 사상자가 발생한 한빛공장 폭발사고의 원인 규명에 수사력을 집중하고 있다.")
    assert out.startswith("경찰, "), out


# --- a short line right before a one-line paragraph, on a page that does not wrap its text, heads it ------------

UNWRAPPED = """한빛 3사, 주력 게임 부진에 신작 흥행도 실종

게임업계 3사로 불리는 한빛게임즈·가람소프트·누리플레이가 올해 2분기 수익성 부진에 허덕였다.

12일 발표된 누리플레이의 2분기 영업이익은 210억원으로 작년 같은 기간보다 41.2% 줄었다.

매출은 4천100억원으로 3.4% 늘며 1분기 역성장에서 벗어났지만, 수익성은 여전히 작년의 절반 수준이었다.

앞서 공시된 한빛게임즈와 가람소프트의 2분기 영업이익도 각각 작년보다 15%씩 줄었다.

'신작 효과 언제쯤' 게임업계 3사, 2분기도 부진
누리플레이는 올해 2분기 내놓은 '별의 전쟁', '바다 이야기' 등 신작 상당수가 흥행에 성공한 것으로 자체 평가했지만, 수익성은 2개 분기 연속 '반 토막' 수준에 머물렀다.
"""


def test_a_short_line_before_a_one_line_paragraph_heads_it():
    from pipeline.parse import parse_article
    article = parse_article(UNWRAPPED, id="x")
    assert article.paragraphs[-1].startswith("누리플레이는 올해 2분기"), article.paragraphs
    assert not any(p.startswith("'신작 효과") for p in article.paragraphs), article.paragraphs


def test_a_short_first_line_of_a_wrapped_paragraph_stays_its_start():
    from pipeline.parse import parse_article
    # (guard) a page that wraps its text: a short line, then the rest of the sentence
    text = ("한빛시, 버스 노선 개편\n\n"
            "한빛시는 시내버스 노선을 전면 개편해\n다음 달부터 배차 간격을 줄인다고 밝혔다.\n\n"
            "시는 출퇴근 시간대\n급행 노선 5개를 새로 만든다.\n\n"
            "노선 개편안은\n시 누리집에서 볼 수 있다.")
    article = parse_article(text, id="x")
    assert article.paragraphs[-1] == "노선 개편안은 시 누리집에서 볼 수 있다.", article.paragraphs


# --- a bare figure after a named company's concession is that company's ----------------------------------------

def test_a_bare_figure_after_a_concession_says_whose(analyzer):
    out = bullet(analyzer, "누리플레이는 올해 2분기 내놓은 '별의 전쟁', '바다 이야기' 등 신작 상당수가 흥행에 성공한 것으로 자체 "
                           "평가했지만, 수익성은 2개 분기 연속 '반 토막' 수준에 머물렀다.")
    assert out.startswith("누리플레이 수익성, "), out


# --- an act set after an event ends, told in the present, is ahead ---------------------------------------------

@pytest.mark.parametrize("sentence, ending", [
    ("한빛군수는 설명회가 종료된 후 각 읍면장으로부터 올해 업무계획을 보고받는다고 전했다.", "업무계획을 보고받을 예정"),
    ("한빛시는 공연을 마친 뒤 관객과 대화를 나눈다.", "대화를 나눌 예정"),
    # a verbal noun with "받" is an act too, dated ahead
    ("한빛군은 다음 달 정부로부터 예산을 지원받는다.", "예산을 지원받을 예정"),
])
def test_an_act_after_an_event_ends_is_planned(analyzer, sentence, ending):
    out = bullet(analyzer, sentence)
    assert out.endswith(ending), out


@pytest.mark.parametrize("sentence, ending", [
    ("참가자들은 매년 행사가 끝난 뒤 쓰레기를 줍는다.", "쓰레기를 주움"),  # a habit
    ("이 사업은 국비를 지원받는다.", "국비를 지원받음"),  # no time ahead
])
def test_a_habit_or_an_undated_act_is_not_planned(analyzer, sentence, ending):
    out = bullet(analyzer, sentence)
    assert out.endswith(ending), out


# --- a bracket after the company's name is no part of the owner of its figures --------------------------------

def test_the_owner_of_a_figure_is_the_name_before_its_bracket(analyzer):
    page = ("가람소재, 2분기 최대 실적\n\n"
            "가람소재(대표 홍길동)는 1일 2분기 경영실적 발표를 통해 매출액 1448억원과 영업이익 57억원을 기록했다고 밝혔다. "
            "영업이익은 작년 같은 기간보다 66% 늘어 분기 최고치를 새로 썼다. "
            "회사는 하반기에도 양극재 수요가 늘 것으로 내다봤다.")
    _, summary = summarize_page(analyzer, page)
    owned = [b for b in summary.bullets if "66%" in b]
    assert owned and not any(")" in b.split("영업이익")[0] for b in owned), summary.bullets
    assert any(b.startswith("가람소재 영업이익, ") for b in owned), summary.bullets


# --- "-면 좋겠다" is a wish, not a forecast -------------------------------------------------------------------------

def test_a_wish_is_not_made_a_forecast(analyzer):
    out = bullet(analyzer, "전시를 통해 주민 스스로가 마을 문화의 주인이 되는 계기가 되면 좋겠다.")
    assert out.endswith("계기가 되면 좋겠다") and "전망" not in out, out
    assert bullet(analyzer, "내일은 구름이 많겠다.").endswith("많을 전망")  # (guard) the writer's forecast
