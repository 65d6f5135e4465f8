"""Readings of this session. Articles and sentences written for these tests (not news copy)."""
import pytest

from pipeline.format import finish_headline
from bullet_helpers import summarize_page


# --- a bare "구는" is named by the district, not by a common noun ending in "구" -------------------------------

@pytest.mark.parametrize("context, expected", [
    # a district with one syllable before "구", named with its mayor in brackets
    (["서울 중구(구청장 홍길동)가 겨울을 앞두고 복지 위기가구 발굴에 나섰다."], "중구, 지역 협력망을 강화"),
    (["서울 강동구(구청장 홍길동)는 '우리 동네 위기가구 찾기' 사업을 벌였다."], "강동구, 지역 협력망을 강화"),
    # households ("가구"), research ("연구") are no district: the bullet is left as it is
    (["복지 위기가구 발굴에 총력", "연구 결과를 공유"], "구, 지역 협력망을 강화"),
])
def test_a_bare_district_is_named_by_a_district(analyzer, context, expected):
    assert finish_headline("구, 지역 협력망을 강화", context, analyzer.kiwi) == expected


def test_a_bare_city_is_not_named_by_an_exhibition(analyzer):
    # "특별전시" ends in "시" and names no city
    assert finish_headline("시, 관람 시간을 연장", ["특별전시 '빛의 길'을 연다"], analyzer.kiwi) == "시, 관람 시간을 연장"
    assert finish_headline("시, 관람 시간을 연장", ["한빛시는 특별전시 '빛의 길'을 연다"], analyzer.kiwi) == "한빛시, 관람 시간을 연장"


PAGE = """중구, 겨울 앞두고 복지 위기가구 발굴 총력

서울 중구(구청장 홍길동)가 겨울 한파를 앞두고 복지 사각지대의 위기가구를 찾는 현장 활동에 속도를 내고 있다.
구는 이달 공동주택을 시작으로 다음 달에는 상가와 점포를 찾아가 위기가구 발굴 설명회를 열며 지역 협력망을 넓히고 있다.
설명회에서는 관리비가 밀린 세대와 홀로 사는 어르신 등 도움이 필요한 사례를 중심으로 신고 방법이 안내됐다.
구는 관리사무소에 협력을 요청하고 위기가구 신고 창구를 알리는 데에도 힘을 쏟고 있다.
구 관계자는 "도움이 필요한 이웃이 겨울을 안전하게 나도록 끝까지 살피겠다"고 말했다.
"""


def test_the_districts_acts_are_not_given_to_the_households(analyzer):
    _, summary = summarize_page(analyzer, PAGE)
    acts = [b for b in summary.bullets if "협력" in b]
    assert acts and all(not b.startswith("위기가구") for b in acts), summary.bullets
    assert any(b.startswith("중구") or b.startswith("서울 중구") for b in acts), summary.bullets


# --- a topic a clause describes is what the named actor acts on, not the actor ---------------------------------

from bullet_helpers import bullet  # noqa: E402


def test_a_described_topic_after_a_coordinated_clause_keeps_the_actor_in_front(analyzer):
    # "사항" is what the county looks into; "한빛군 사항, …" (the owner of a figure) said nothing of which matters
    out = bullet(analyzer, "한빛군은 이번 간담회에서 나온 의견을 마을별로 정리해 담당 부서에 넘기고, 예산 검토가 필요한 사항은 "
                           "다음 회의에서 꼼꼼히 살펴 주민 생활이 나아지는 정책으로 이어갈 방침이다.")
    assert out.startswith("한빛군, "), out
    assert "예산 검토가 필요한 사항은" in out and "한빛군 사항" not in out, out


def test_a_described_topic_of_the_main_clause_is_not_made_the_actor(analyzer):
    # the council answered some questions and explained the procedure for the rest: the matters did nothing
    out = bullet(analyzer, "설명회 자리에서는 주민들의 질문이 이어졌으며, 한빛군은 바로 답할 수 있는 질문에 대해서는 답을 주고, "
                           "더 살펴야 할 사안은 처리 절차를 알려주는 방식으로 의견을 모았다.")
    assert out.startswith("한빛군, "), out
    assert "사안은" in out and not out.startswith("더 살펴야 할 사안,"), out


def test_a_figure_after_a_coordinated_clause_still_takes_its_owner(analyzer):
    # guard: a bare topic of the main clause is a figure of the first topic's owner ("가람전자 영업이익, …")
    out = bullet(analyzer, "가람전자의 지난해 매출액은 1조 2천억원으로 5% 늘었고, 영업이익은 800억원으로 12% 줄었다.", max_chars=30)
    assert out.startswith("가람전자 영업이익"), out


# --- an act named by a verbal noun, dated ahead, is not told as done ---------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("가람통신과 누리텔레콤은 각각 4월 2일과 3일에 새 요금제를 공개하고 사업 전략을 발표한다.", "사업 전략 발표 예정"),
    ("한빛시는 12일 오후 2시 시청 별관에서 새 도서관 개관식을 개최한다.", "개관식 개최 예정"),
    ("한빛전자의 새 노트북은 다음 달 국내에 출시된다.", "출시 예정"),
    # the writer's "…을 개최된다" is the act with its object
    ("한빛구는 10월 7일 구민회관 일대에서 동아리 축제를 개최된다.", "축제 개최 예정"),
])
def test_a_dated_verbal_noun_act_to_come_is_planned(analyzer, sentence, expected):
    assert bullet(analyzer, sentence).endswith(expected)


@pytest.mark.parametrize("sentence, ending", [
    ("한빛시는 주민 건강을 위해 운동 교실을 운영한다.", "운동 교실 운영"),  # no time: what the city does
    # a rule of when it is done, no day of its own
    ("폭염주의보는 최고 기온이 33도 이상인 상태가 2일 이상 이어질 것으로 예상될 때 발령한다.", "예상될 때 발령"),
    # begun on a past day: under way, not ahead
    ("설명회는 지난 10일 가곡면을 시작으로 17일 단양읍 등 8개 읍면을 돌며 5일간 진행된다.", "진행"),
    # from today on: under way
    ("가람마트는 이날부터 전 점포에서 어묵 세 종류를 천 원에 판매한다.", "판매"),
    # "이번 X" is this X, no time
    ("이번 설명회는 전국 12개 기관에서 동시에 열리며 개인별 상담 창구도 함께 운영한다.", "운영"),
])
def test_a_verbal_noun_act_without_one_time_ahead_stays_bare(analyzer, sentence, ending):
    out = bullet(analyzer, sentence)
    assert out.endswith(ending) and "예정" not in out, out


# --- a time of day is the act's; a list before a verb alone; a particle set apart from a quoted name ----------

def test_a_time_of_day_after_the_topic_is_the_acts_not_the_announcements(analyzer):
    # "24일 오전 7시 32분 경(…)에": the launch's time; dropped as the announcement's day it had left "경에"
    out = bullet(analyzer, "한빛우주청은 24일 오전 7시 32분 경(현지시간 오전 10시 32분 경)에 남쪽 발사장에서 발사된 '누리별 1호'가 "
                           "궤도에 올랐다고 밝혔다.", 80)
    assert "24일 오전 7시 32분 경" in out and ", 경" not in out, out
    # (guard) a day alone after the topic still dates the announcement
    assert bullet(analyzer, "한빛시는 24일 해당 업체를 고발했다고 밝혔다.") == "한빛시, 해당 업체 고발"


@pytest.mark.parametrize("sentence, expected", [
    ("전자 분야에서는 한빛연구소의 '새 통신망 개발' 과제 성과 등이 뽑혔다.", "과제 성과 등이 뽑힘"),
    ("주요 안건으로는 조례안 14건과 동의안 3건 등이 있다.", "동의안 3건 등이 있음"),
    ("융합 분야에서는 한빛대학교의 연구 성과 등이 선정됐다.", "연구 성과 등 선정"),  # (guard) a verbal noun: headline form
])
def test_a_list_before_a_verb_alone_keeps_its_particle(analyzer, sentence, expected):
    assert bullet(analyzer, sentence).endswith(expected)


def test_a_particle_set_apart_from_a_quoted_name_is_joined(analyzer):
    assert finish_headline("한빛우주청, '누리별 1호' 가 궤도에 오름", "", analyzer.kiwi) == "한빛우주청, '누리별 1호'가 궤도에 오름"
    # (guard) "이" after a quotation may be a word of its own
    assert finish_headline("한빛시, '행복 버스' 이 노선을 늘림", "", analyzer.kiwi) == "한빛시, '행복 버스' 이 노선을 늘림"


# --- a figure given with no owner after a named company is that company's ---------------------------------------

EARNINGS = """코스닥 기업들 3분기 실적 발표

가람전자는 올 3분기 누적 매출이 520억원으로 지난해 같은 기간보다 31.7% 늘었다고 11일 밝혔다.
반면 누적 영업이익은 10억원으로 전년 동기의 22억원에 비해 절반 이상 줄었다.
소형 부품업체 누리텍은 올 3분기에 매출 103억원을 기록해 전분기보다 6.6% 늘었다.
영업이익은 13억원으로 2.7% 늘었으며 순이익은 8억원으로 80.1% 증가했다.
방송장비 제조업체 한빛미디어는 3분기 누적 매출이 712억원으로 작년 동기 대비 10.1% 증가했다.
누적 영업손실은 37억원으로 작년보다 늘었다.
"""


def test_a_figure_after_a_named_company_says_whose_it_is(analyzer):
    from pipeline.select import figure_owner
    doc, _ = summarize_page(analyzer, EARNINGS)
    owners = {doc.sentences[i].text[:8]: figure_owner(doc, i) for i in range(len(doc.sentences))}
    assert owners["반면 누적 영업"] == ("누적 영업이익", "가람전자")
    assert owners["영업이익은 13"] == ("영업이익", "누리텍")
    assert owners["누적 영업손실은"] == ("누적 영업손실", "한빛미디어")
    assert owners["가람전자는 올 "] is None  # (a sentence that names its company)


def test_a_block_of_several_companies_names_the_company_of_each_figure(analyzer):
    _, summary = summarize_page(analyzer, EARNINGS, sentences_per_bullet=1)
    figures = [b for b in summary.bullets if "영업이익" in b or "영업손실" in b]
    assert figures, summary.bullets
    assert all(b.startswith(("가람전자", "누리텍", "한빛미디어")) for b in figures), summary.bullets


# --- a photo caption of a building's exterior is no part of the lede ---------------------------------------------

@pytest.mark.parametrize("joint", ["\n", " "])
def test_an_exterior_caption_before_the_lede_is_a_caption(joint):
    from pipeline.parse import parse_article
    text = ("한빛교육청, 교육복지에 앞장\n\n입력 2018-03-13 09:59\n\n"
            f"한빛교육지원청 전경사진{joint}한빛교육청 전경{joint}한빛교육청은 지역 학교 5곳에 운영비 3억원을 지원한다고 13일 밝혔다.\n\n"
            "지원금은 학생들의 문화 체험과 상담에 쓰인다.")
    article = parse_article(text, id="x")
    assert article.paragraphs[0].startswith("한빛교육청은 지역 학교 5곳에"), article.paragraphs
    assert any("전경" in c for c in article.captions), article.captions


def test_a_lede_about_a_view_is_no_caption():
    from pipeline.parse import parse_article
    # (guard) "전경" inside a sentence, or before a word with no particle, is the lede's own
    text = "한빛시, 야경 명소 소개\n\n한빛시 전경 사진 공모전이 다음 달 열린다. 시는 야경 명소 10곳을 함께 소개했다."
    assert parse_article(text, id="x").paragraphs[0].startswith("한빛시 전경 사진 공모전이")


def test_a_count_of_days_is_no_day_ahead(analyzer):
    # "365일 통합 관리하는": all year round, not the 365th of a month; what a data centre does is no plan
    out = bullet(analyzer, "데이터센터는 서버와 네트워크 장비를 한 건물 안에 모아 365일 통합 관리하는 기능을 수행한다.")
    assert out.endswith("기능 수행") and "예정" not in out, out


def test_a_sub_headline_run_into_the_lede_before_a_wire_byline_is_a_sub_headline():
    from pipeline.parse import parse_article
    # "…24일 상장[서울=뉴시스]홍길동 기자 = …": the reporter after the bracket, no space before it
    text = ("새내기주 상장 첫날 줄줄이 약세\n"
            "'옥석 가리기' 뚜렷…대어 가람전자 24일 상장[서울=뉴시스]홍길동 기자 = 코스닥 시장에 들어온 중소형주들이 "
            "줄줄이 공모가를 밑돌았다. 시장 변동성이 커진 탓이다.")
    article = parse_article(text, id="x")
    assert article.paragraphs[0].startswith("코스닥 시장에 들어온"), article.paragraphs
    assert article.subtitle.endswith("24일 상장"), article.subtitle


def test_a_time_between_two_objects_stays(analyzer):
    # "…산불을 22일 오전 10시 30분에 주불을 진화": dropped, the time left "산불을 주불을" (read blind: broken)
    out = bullet(analyzer, "한빛산림청은 21일 오후 3시 31분 한빛군 뒷산에서 발생한 산불을 22일 오전 10시 30분에 주불을 진화했다고 밝혔다.", 50)
    assert "산불을 주불을" not in out and "22일 오전 10시 30분에 주불 진화" in out, out
