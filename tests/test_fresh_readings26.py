"""Readings of this session. Pages and sentences written for these tests (not news copy)."""
import pytest
from bullet_helpers import bullet, summarize_page


# --- where it happened goes when still too long, even when a gloss in brackets (dropped first) sat inside it; an
# --- event named after where it was held stays ----------------------------------------------------------------------

def test_a_venue_with_a_gloss_in_brackets_goes_when_too_long(analyzer):
    out = bullet(analyzer, "한빛 대표팀은 29일 오후 10시(한국시간) 가람국 누리시 한울 스타디움(HSS)에서 가람국과 "
                           "'2030 세계축구대회' 아시아지역 최종예선 10차전을 치른다.")
    assert "스타디움" not in out and "가람국과" in out and "10차전" in out, out
    assert len(out) <= 60, out


def test_the_event_held_at_a_venue_stays_with_its_result(analyzer):
    out = bullet(analyzer, "홍길동 연구원은 7일 가람국 누리주 한울시 국제컨벤션센터에서 열린 세계발명박람회에서 최우수상을 받았다.", max_chars=40)
    assert "세계발명박람회에서" in out and "컨벤션센터" not in out, out


def test_the_event_held_at_a_glossed_venue_stays_with_its_result(analyzer):
    out = bullet(analyzer, "김하늘은 7일(한국시간) 가람국 누리주 한울시의 바다 골프클럽(파72·6천500야드)에서 열린 "
                           "LPGA 투어 한울 클래식(총상금 200만 달러)에서 최종합계 12언더파 204타로 우승을 차지했다.")
    assert "한울 클래식에서" in out and "골프클럽" not in out and "12언더파" in out, out


def test_a_venue_that_is_all_before_the_verb_stays(analyzer):
    # (guard: with nothing else before the predicate the place is what the sentence says)
    out = bullet(analyzer, "한빛시는 오는 20일 오후 2시 시청 대회의실(3층)에서 열리는 시민 공청회를 앞두고 안건 자료를 공개했다.")
    assert out.startswith("한빛시, "), out


# --- "…남성이 입국한 사실을 확인하고 체포했다": the man is the subject of the clause "사실" names, not of the arrest; a
# --- sentence opening on "이후" with no subject of its own takes the actor of the sentence before ----------------------

def test_a_subject_inside_a_clause_named_by_a_fact_noun_is_not_the_sentences(analyzer):
    from bullet_helpers import analyse
    from pipeline.select import has_subject
    doc = analyse(analyzer, "이후 총책을 맡았던 50대 남성이 국내에 들어온 사실을 확인하고 지난 3일 체포했다.")
    assert not has_subject(doc.sentences[0].morphs)
    # (guard: the sentence's own subject before it still counts)
    doc = analyse(analyzer, "경찰이 총책을 맡았던 50대 남성이 국내에 들어온 사실을 확인했다.")
    assert has_subject(doc.sentences[0].morphs)


def test_a_sentence_after_then_takes_the_actor_before_it(analyzer):
    from bullet_helpers import analyse
    from pipeline.select import JUST_AFTER_REASON, continuing_actor, sentence_dangles
    doc = analyse(analyzer, "한빛경찰서는 지난해 8월 범죄 첩보를 입수해 수사에 착수했다. "
                            "이후 총책을 맡았던 50대 남성이 국내에 들어온 사실을 확인하고 지난 3일 체포했다.")
    assert sentence_dangles(doc.sentences[1]) == JUST_AFTER_REASON
    assert continuing_actor(doc, 1) == "한빛경찰서"


# --- what a dropped day took with it: not a state ("이날 건강한 상태로"), not a relative clause with its own subject
# --- ("한빛시가 4일 공개한 영상"); "as of" a date ("7월 현재") stays with the date, and goes with it --------------------

def test_a_state_after_the_day_word_stays(analyzer):
    for max_chars in (60, 20):
        out = bullet(analyzer, "환자는 수술 후 안정적인 회복 경과를 보이며 이날 건강한 상태로 퇴원했다.", max_chars=max_chars)
        assert "건강한 상태로 퇴원" in out and "이날" not in out, out


def test_a_relative_clause_with_its_own_subject_keeps_its_verb_when_the_date_goes(analyzer):
    out = bullet(analyzer, "경찰은 한빛시가 4일 공개한 영상을 분석해 용의자를 쫓고 있다.", max_chars=30)
    assert "한빛시가 공개한 영상" in out, out


def test_a_release_named_as_trends_is_a_source_document(analyzer):
    out = bullet(analyzer, "통계청이 4일 발표한 '3월 소비자물가 동향'을 보면 지난달 소비자물가지수는 1년 전보다 2.2% 상승했다.")
    assert out.startswith("지난달 소비자물가지수, ") and "2.2% 상승" in out, out


@pytest.mark.parametrize("sentence, kept", [
    ("사용승인 건수는 7월 현재 398건으로 집계됐다.", "7월 현재 398건"),
    ("사용승인 건수는 지난달 말 현재 398건으로 집계됐다.", "지난달 말 현재 398건"),
    ("현재 추세대로 온실가스가 배출되면 한빛시의 63%가 고위험 지역이 된다.", "현재 추세대로"),
])
def test_as_of_a_date_stays(analyzer, sentence, kept):
    assert kept in bullet(analyzer, sentence, max_chars=20)


def test_as_of_goes_with_its_date(analyzer):
    out = bullet(analyzer, "1일 오전 9시 현재 태풍 한빛은 가람시 남쪽 약 260km 해상에서 시속 22km로 북진하고 있다.", max_chars=40)
    assert out.startswith("태풍 한빛, "), out


def test_a_year_cut_to_two_digits_after_a_closing_mark_is_no_quotation():
    from pipeline.clean import normalize_text
    assert normalize_text("보장률은 높아졌다(’16년 63.4% → ’17년 65.6%).") == "보장률은 높아졌다(ʼ16년 63.4% → ʼ17년 65.6%)."
    assert normalize_text("’24년 기준 매출") == "ʼ24년 기준 매출"
    assert normalize_text("그는 ‘올해의 책’24년 판을 냈다") == "그는 ‘올해의 책’24년 판을 냈다"  # (a closing mark after a word)


def test_a_clause_whose_subject_is_followed_by_also_borrows_no_topic(analyzer):
    out = bullet(analyzer, "김 교수는 그간 쌓아 온 국제 교류를 바탕으로 가람대 연구진과 꾸준한 협력을 이어왔으며, "
                           "이번 성과 역시 이러한 협력의 연장선에서 나왔다.")
    assert "김 교수, 이번 성과" not in out, out  # (two subjects stacked)


# --- a caption pointing up at its photo; a one-syllable abbreviation before a full stop; whose measure a main clause
# --- gives; a first clause that only puts out a document ---------------------------------------------------------------

def test_a_caption_pointing_at_its_photo_is_no_paragraph():
    from pipeline.parse import parse_article
    page = ("↑ 오르는 물가 (서울=한빛뉴스) 홍길동 기자 = 통계청이 1일 공개한 보고서에 따르면 지난달 소비자물가지수는 2.0% 상승했다. |\n"
            "통계청이 4일 발표한 보고서에 따르면 이달 소비자물가지수는 작년보다 1.8% 올랐다. 농산물은 14.4% 올랐다.\n"
            "석유류는 6.5% 올라 전체 물가를 0.30%포인트 높였다. 축산물은 1.5% 내렸다.\n")
    article = parse_article(page, id="t")
    assert article.paragraphs[0].startswith("통계청이 4일"), article.paragraphs
    assert any(c.startswith("오르는 물가") for c in article.captions), article.captions


def test_a_rise_marked_with_an_arrow_is_text():
    # (guard: "↑3.2%" opens with a figure)
    from pipeline.parse.page import CAPTION_POINTER
    assert CAPTION_POINTER.match("↑3.2% 오른 가격") is None and CAPTION_POINTER.match("↑ 오르는 물가") is not None


def test_a_full_stop_after_one_syllable_abbreviates_a_word(analyzer):
    from bullet_helpers import analyse
    doc = analyse(analyzer, "사육 규모는 9.7% 증가했고, 농가 1가구가 기르는 평균 한.육우 수는 11.9마리로 1.1마리 늘었다.")
    assert len(doc.sentences) == 1, [s.text for s in doc.sentences]
    # (guard: a sentence ending glued to the next one is still two)
    doc = analyse(analyzer, "사육 규모는 9.7% 증가했다.한우 수는 11.9마리로 1.1마리 늘었다.")
    assert len(doc.sentences) == 2, [s.text for s in doc.sentences]


def test_a_measure_after_a_kind_of_thing_is_that_kinds(analyzer):
    out = bullet(analyzer, "반면 젖소는 지속적으로 원유 생산을 조절하고 산유능력이 낮은 암소를 도태시키면서 사육 규모가 45만 마리로 "
                           "집계돼 지난해 같은 기간에 비해 2.4% 줄었다.")
    assert out.startswith("젖소 사육 규모, 45만 마리"), out


def test_a_first_clause_that_only_releases_a_document_is_no_lede(analyzer):
    from bullet_helpers import analyse
    from pipeline.compress import Compressor
    doc = analyse(analyzer, "통계청은 가축 통계조사 결과를 발표하고 지난달 현재 한우 사육 수는 208만 3천 마리로 지난해 같은 달에 "
                            "비해 21만 2천 마리, 11.3% 늘었다고 밝혔다.")
    out = Compressor(analyzer.kiwi, 60).compress(doc.sentences[0], doc.article.body, guide={"한우": 1.0}).text
    assert "11.3% 늘었" in out, out


# --- a topic after a whole first act is the second act's only; a main clause that opens on "the plan announced"
# --- names the first clause's plan -------------------------------------------------------------------------------------

def test_a_topic_after_a_first_act_is_not_fronted(analyzer):
    out = bullet(analyzer, "또 업무 조정에 따라 기획실의 경제정책과와 기업지원과를 기업경제과로 합치고 일부 팀은 "
                           "기후대기과로 업무를 조정한다.")
    assert not out.startswith("일부 팀, "), out
    assert "합치고 일부 팀은" in out, out


def test_a_topic_described_by_a_clause_with_two_acts_is_fronted(analyzer):
    # (guard: "…신고를 받고 출동한" describes the topic; the coast guard found the boat)
    out = bullet(analyzer, "실종 신고를 받고 출동한 해경은 새벽 5시쯤 전복된 어선을 발견했다.")
    assert out.startswith("실종 신고를 받고 출동한 해경, "), out


def test_a_main_clause_on_the_plan_just_announced_gives_way_to_the_first(analyzer):
    out = bullet(analyzer, "올해부터 대학은 대입 전형 시행 계획을 입학연도 개시일(3월 1일)의 1년 10개월 전에 발표해야 하며, "
                           "발표한 계획은 특별한 사정이 있는 경우가 아니면 바꿀 수 없다.")
    assert out.startswith("대학, ") and "발표해야" in out, out


def test_a_terms_meaning_with_ran_is_background(analyzer):
    from bullet_helpers import analyse
    from pipeline.select import background
    doc = analyse(analyzer, "쌀 시장격리란 쌀 생산량이 예상 수요량을 넘을 경우 가격 급락을 막기 위해 정부가 남는 쌀을 사들이는 "
                            "제도로 비축미 정책의 일부다.")
    assert background(doc.sentences[0].morphs)
    # (guard: a decision with a topic is news)
    doc = analyse(analyzer, "정부는 쌀 45만t을 시장격리하기로 했다.")
    assert not background(doc.sentences[0].morphs)


# --- a clause put together from a sentence's parts never keeps two clauses' topics ------------------------------------

def test_no_bullet_keeps_two_topics_of_clauses_it_cut(analyzer):
    out = bullet(analyzer, "지난 1990년대 한빛만 대구 어획량은 5만t이 넘었지만 지난 2010년 이후 어획량은 1~2t에 불과해 "
                           "희귀해졌다가 2020년부터 어획이 전면 금지됐다.")
    assert not ("어획량," in out and "어획량은 2020년" in out), out
    assert "어획량은 1~2t" in out or "어획량, " not in out, out


def test_counts_paired_with_what_each_got_stay_one_statement(analyzer):
    # (guard: "2명은 실형을, 2명은 집행유예를" is one statement of the court's)
    out = bullet(analyzer, "한빛지법은 상해 등의 혐의를 받는 4명에 대한 선고 공판을 열고 2명은 실형을, 2명은 징역형의 "
                           "집행유예를 선고했다.")
    assert "2명은 실형을, 2명은" in out, out


# --- more faults of a held-out reading: the time a moment comes, an adjunct that names a clause with its subject,
# --- "…거라고 언급했다", "올 들어" ---------------------------------------------------------------------------------------

def test_the_time_a_moment_comes_stays_with_its_verb(analyzer):
    out = bullet(analyzer, "달이 지구 그림자에 완전히 들어가는 개기월식은 21시 51분 4초에 시작되며, 22시 29분 9초에 최대가 된다.", max_chars=45)
    assert "개기월식, 시작되며" not in out and "월식, 시작" not in out, out


def test_an_adjunct_naming_a_clause_with_its_subject_stays(analyzer):
    out = bullet(analyzer, "왕 부장은 올해와 내년 한·중이 연이어 에이펙을 개최하는 것을 계기로 한·중 관계를 발전시켜 나가는 것은 "
                           "중국에게도 중요한 의미를 가지고 있다고 말했다.")
    assert "한·중이 연이어 한·중 관계를" not in out, out


def test_a_claim_said_with_eongeup_keeps_its_frame(analyzer):
    out = bullet(analyzer, "한빛국 대통령은 가람국 대통령이 2주 안에 한빛국을 방문할 거라고 언급했다.")
    assert out.endswith("언급"), out


def test_this_year_so_far_is_a_time_not_a_clause(analyzer):
    out = bullet(analyzer, "보건한빛청 질병관리본부는 가람과 누리 지역에서 올 들어 처음으로 일본뇌염 매개모기가 발견됨에 따라 3일 "
                           "전국에 일본뇌염 주의보를 발령했다.")
    assert out.startswith("보건한빛청 질병관리본부, ") and "올 들어 처음" in out, out


# --- a first sentence that states an act with no name or number still leads; the figures come right after it -----------

@pytest.mark.parametrize("sentence", [
    "지인의 재판에서 판사를 위협한 방청객들이 항소심에서도 유죄를 선고받았다.",  # "도" after a place, "선고받았다"
    "국제유가 상승 영향으로 국내 휘발유와 경유 가격이 상승세를 이어갔다.",  # a verb with its auxiliary
])
def test_a_past_act_with_no_name_or_number_is_reported(analyzer, sentence):
    from bullet_helpers import analyse
    from pipeline.select import reports_an_act
    assert reports_an_act(analyse(analyzer, sentence).sentences[0].morphs)


def test_a_state_is_still_no_act(analyzer):
    # (guard: "…하고 있었다" is a state)
    from bullet_helpers import analyse
    from pipeline.select import reports_an_act
    assert not reports_an_act(analyse(analyzer, "새해 벽두부터 인공지능 시장이 요동치고 있었다.").sentences[0].morphs)


PRICES = """휘발유·경유 가격 상승세 이어가

국제유가 상승 영향으로 국내 휘발유와 경유 가격이 상승세를 이어갔다.

5일 한빛석유공사에 따르면 지난주 주유소 휘발유 가격은 전주 대비 5.0원 오른 1557.3원이었다. 같은 기간 경유 가격은 5.4원 상승한 1355.8원을 기록했다.

상표별 판매가격을 보면 최저가는 가람주유소로 휘발유 판매가격이 전주 대비 4.1원 오른 1529.3원이었다.

최고가는 누리에너지로 휘발유 판매가격은 전주 대비 5.1원 오른 1576.5원, 경유는 5.5원 상승한 1375.1원이었다.

지역별로는 서울 휘발유 가격이 전주 대비 6.1원 상승한 1650.5원을 기록하며 전국 평균가 대비 93.2원 높은 수준이었다.

최저가 지역인 한빛 휘발유 가격은 전주 대비 6.4원 오른 1529.4원으로 최고가 지역 판매가격 대비 121.1원 낮은 수준이었다.

가람 지역 휘발유 가격이 타 지역 대비 가장 큰 폭으로 상승하면서 전주 대비 12.6원 오른 1637.2원을 기록했다.
"""


def test_the_figures_follow_a_lede_that_gives_none(analyzer):
    doc, summary = summarize_page(analyzer, PRICES)
    assert summary.bullets[0].startswith("국제유가 상승 영향으로"), summary.bullets
    assert "1557.3원" in summary.bullets[1], summary.bullets


# --- the setGU/GV reading: a portal's category notice, an alternative before an adjunct, a figure counted as of an hour

def test_a_portals_category_notice_is_furniture():
    from pipeline.parse.patterns import PORTAL_NOTICE
    assert PORTAL_NOTICE.search("기사가 속한 카테고리는 언론사가 분류합니다.")
    assert not PORTAL_NOTICE.search("기사가 속한 부서는 올해 새로 만들어졌다.")  # (guard: a sentence of news)


def test_an_alternative_describing_the_adjuncts_noun_keeps_it(analyzer):
    out = bullet(analyzer, "한빛 교육장에서는 지능형 농장을 도입했거나 관심 있는 농업인을 대상으로 시설 운영, 감지기 측정·제어, "
                           "배지·양액 관리 등을 체계적으로 교육하고 전문 상담을 제공한다.")
    assert "도입했거나 관심 있는 농업인을 대상으로" in out or "도입했거나" not in out, out


def test_a_figure_counted_as_of_an_hour_is_no_plan(analyzer):
    out = bullet(analyzer, "한빛청이 23일 오전 8시30분 현재 투입한 헬기는 총 102대에 이른다.")
    assert "예정" not in out and "102대" in out, out
    # (guard: an hour with no "현재" is still a time to come)
    assert bullet(analyzer, "한빛시는 23일 오전 10시 시청에서 회의를 연다.").endswith("열 예정")


def test_a_name_spelled_before_its_latin_form_is_one_name(analyzer):
    from bullet_helpers import analyse
    doc = analyse(analyzer, "한빛은 2022 신한은행 쏠(SOL) KBO리그 가람과 홈경기에서 5-4로 이겼다.")
    names = [m for m in doc.sentences[0].morphs if m.form == "쏠"]
    assert names and names[0].tag == "NNP", [(m.form, m.tag) for m in doc.sentences[0].morphs]
    out = bullet(analyzer, "한빛은 27일 수원 한빛파크에서 열린 2022 신한은행 쏠(SOL) KBO리그 가람과 홈경기에서 9회말 2사 후 터진 "
                           "홍길동의 끝내기 홈런을 앞세워 5-4로 극적인 승리를 따냈다.")
    assert "쏠 5-4로" not in out, out
