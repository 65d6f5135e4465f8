"""Readings of this session (pages and sentences written for these tests, not news copy): a headline's name for "이번
X" keeps its figure whole; a hedge stays; a difference told against a figure of the part left out keeps that part; a
verb in "-기-" before a noun is a relative clause, not a topic; a press conference held goes before the quotation it
carried; a second quotation that points back at the first gives way to it; an area's inside word takes the dropped
source's name; the headline's compound is the body's split one; a scene that fills the lede window gives way to the
dated figure after it."""
import pytest

from bullet_helpers import bullet, summarize_page


def test_a_headlines_name_with_a_figure_is_taken_whole(analyzer):
    # "320억원 시리즈B 투자": Kiwi reads "억" as a numeral noun (NR); the name stopped there gave "원 시리즈B 투자"
    from pipeline.select import headline_phrase

    title = "[IT] 물류 스타트업 한빛로지, 120억원 시리즈A 투자 유치"
    assert headline_phrase(title, analyzer.morphs(title), "투자") == "120억원 시리즈A 투자"


def test_a_headlines_name_never_starts_inside_a_word(analyzer):
    from pipeline.select import headline_phrase

    title = "한빛시, 청년창업 지원 보고회 열어"
    found = headline_phrase(title, analyzer.morphs(title), "보고회")
    assert found is None or title[title.index(found) - 1] in " ,", found


@pytest.mark.parametrize("sentence, hedge", [
    ("지난달 치러진 한빛시 공무원 채용시험에서 행정 직렬은 지난해보다 어렵게 출제된 반면 기술 직렬은 다소 쉬웠던 것으로 나타났다.", "다소"),
    ("한빛시가 집계한 올해 3분기 새봄호수공원 일대의 주말 관광객과 숙박객 수는 지난해 같은 기간보다 소폭 늘어난 것으로 나타났다.", "소폭"),
])
def test_a_hedge_stays(analyzer, sentence, hedge):
    # without "다소" the subject was flatly easy (read blind: F=0)
    assert hedge in bullet(analyzer, sentence)


@pytest.mark.parametrize("sentence, base", [
    ("기숙사에 사는 신입 직원의 한 달 생활비는 평균 45만원이었지만, 원룸 등에서 혼자 사는 신입 직원은 92만원으로 두 배 가까이 많았다.",
     "45만원"),
    ("직원 300명 이상 대기업 직원의 제도 만족도는 68.4%였지만 직원 30명 미만 소기업 직원은 49.1%로 19.3%포인트 낮았다.", "68.4%"),
])
def test_a_difference_keeps_the_figure_it_is_told_against(analyzer, sentence, base):
    # "혼자 사는 직원, 92만원으로 두 배 가까이 많았음" read as twice the average (F=0): the base stays
    assert base in bullet(analyzer, sentence)


def test_a_difference_told_against_its_own_base_may_stand_alone(analyzer):
    from pipeline.compress import compares_with_unsaid

    assert compares_with_unsaid(analyzer.morphs("혼자 사는 직원은 92만원으로 두 배 가까이 많았다."))
    assert not compares_with_unsaid(analyzer.morphs("혼자 사는 직원은 92만원으로 기숙사 직원보다 두 배 가까이 많았다."))


def test_a_verb_in_gi_before_a_noun_is_a_relative_clause(analyzer):
    # Kiwi reads "맡긴 정형외과 원장이" as "맡" + "-기" + topic "ㄴ"; the subject was then fronted away from its relative
    # clause ("정형외과 원장, …수술을 대신 맡긴 1심에서 …": read blind as broken)
    sentence = "간호조무사에게 수술을 대신 맡긴 정형외과 원장이 1심에서 실형을 선고받았다."
    morphs = analyzer.morphs(sentence)
    assert ("맡기", "VV") in [(m.form, m.tag) for m in morphs]
    assert not any(m.tag == "JX" and m.form == "ᆫ" for m in morphs)
    assert bullet(analyzer, sentence).startswith("간호조무사에게 수술을 대신 맡긴 정형외과 원장, 1심에서")


def test_a_topic_in_gi_before_a_verb_stays_a_topic(analyzer):
    morphs = analyzer.morphs("맛이 좋긴 좋다.")
    assert not any(m.form == "좋기" for m in morphs)


@pytest.mark.parametrize("sentence, quote", [
    ("한빛노조는 24일 오전 시청 앞에서 기자회견을 열고 “시는 임금 체불 문제를 당장 해결하라”고 요구했다.", "“시는"),
    ('한빛지역버스노동조합협의회(협의회)는 24일 도청 앞에서 기자회견을 열고 "회사가 안을 내놓지 않으면 운행을 멈추겠다"고 밝혔다.', '"회사가'),
])
def test_a_press_conference_held_goes_before_its_quotation(analyzer, sentence, quote):
    # "…노조, 기자회견을 열고 “…”": read blind, "열고" left hanging before a quotation
    text = bullet(analyzer, sentence)
    assert "기자회견" not in text and quote in text, text


def test_a_press_conference_is_no_statement_when_an_act_follows_it(analyzer):
    from pipeline.compress import announces_statement

    assert announces_statement(analyzer.morphs("한빛협회, 기자회견을 열고"))
    assert not announces_statement(analyzer.morphs("한빛협회, 기자회견을 열고 감독과 계약 해지"))


def test_a_second_quotation_that_points_back_gives_way_to_the_first(analyzer):
    sentence = ("투자를 이끈 새봄벤처스의 김하나 상무는 “시장이 얼어붙었지만 매출이 나는 회사에는 여전히 돈이 몰린다”며 "
                "“한빛로지는 그 대표적인 예”라고 말했다.")
    text = bullet(analyzer, sentence)
    assert "그 대표적인" not in text and "여전히 돈이 몰린다" in text, text


@pytest.mark.parametrize("sentence, named", [
    ("경북도에 따르면 지난 5일 기준 도내 산불 이재민 가운데 임시 주택에서 지내는 사람은 54가구 97명이다.", "경북도 내 산불"),
    ("한빛시교육청에 따르면 관내 초등학교 38곳이 급식을 멈췄다.", "한빛시교육청 관내"),
])
def test_an_areas_inside_word_takes_the_dropped_sources_name(analyzer, sentence, named):
    # "도내 수해 이재민 …": with "충남도에 따르면" dropped, which province (read blind: S=0)
    assert named in bullet(analyzer, sentence)


def test_a_compound_split_in_the_body_is_the_headlines_word(analyzer):
    from pipeline.select import point_keys

    keys = point_keys(analyzer.morphs("전국 보건지소 1,200곳 가운데 공보의가 없는 곳은 300곳이다."), glued=True)
    assert "보건지소" in keys or {"보건", "지소"} <= keys
    body = analyzer.morphs("올해 한빛군 보건지소에 배치된 공보의는 3명이다.")
    assert "공보" in point_keys(body, glued=True)  # a headline's "공보의 떠난" is read "공보" + "의"
    assert "공보" not in point_keys(body)


SHELTER = """[르포] "겨울이 두려워요"…산불 석 달, 아직 임시 주택에
경북 산불 이재민 54가구 아직 임시 주택…절반이 70대 이상
입력 2026.12.01 06:00

지난 28일 오후 4시, 경북 한빛군 새봄면 마을회관 뒤편 공터.

줄지어 놓인 조립주택 8동 가운데 한 곳의 창문에 김이 서려 있었다.

문을 열자 좁은 방 안에 이불과 전기장판, 작은 밥솥이 보였다.

방 한가운데 앉은 박말순(79) 할머니가 무릎 담요를 끌어올렸다.

“바닥이 차서 밤새 잠을 못 자요. 보일러를 돌리면 기름값이 걱정이고요.”

박 할머니의 집은 지난 9월 마을을 덮친 산불에 모두 탔다.

당시 불길은 사흘 동안 이어졌고, 마을 42가구 가운데 19가구가 불에 탔다.

박 할머니는 “평생 살던 집이 재가 됐다”고 말했다.

산불이 난 지 석 달이 지났지만 박 할머니처럼 집으로 돌아가지 못한 이재민이 적지 않다.

경북도에 따르면 지난 25일 기준 도내 산불 이재민 가운데 임시 주택에서 지내는 사람은 54가구 97명이다.

이 가운데 70세 이상 고령자가 51명으로 절반을 넘는다.

경북도는 올겨울 난방비로 가구당 월 12만원을 석 달간 지원하기로 했다.
"""


def test_a_scene_that_fills_the_window_gives_way_to_the_dated_figure(analyzer):
    # the scene (a house, a room, a grandmother, her words, her loss) runs past the window in which dated news is
    # looked for; the first dated sentence after it that says the sub-headline's point leads, and the scene is colour
    _, summary = summarize_page(analyzer, SHELTER)
    assert summary.bullets[0].startswith("지난 25일 기준 경북도 내 산불 이재민"), summary.bullets
    assert not any("창문에 김이" in b or "문을 열자" in b for b in summary.bullets), summary.bullets


def test_what_a_later_clause_puts_to_use_is_not_left_behind(analyzer):
    # "해수부, …신규 시장 개척에 집중 투입하기로": what is put in (the budget of the clause before) was gone
    text = bullet(analyzer, "한빛시는 내년 관광 홍보 예산을 올해보다 12억원 많은 64억원으로 편성하고, 해외 박람회 참가와 온라인 광고에 집중 투입하기로 했다.")
    assert "예산" in text, text


def test_a_quoted_clause_that_opens_on_its_verb_is_not_cut_from_its_sentence(analyzer):
    # "…청년농, "…나오니 온실을 지을 땅도 …없었다"": the elision left a clause that leans on the one cut
    text = bullet(analyzer, '새봄단지를 떠난 한 청년 농업인은 "입주해 있던 3년 동안은 모든 게 순조로웠지만, 나오니 온실 지을 땅도 대출받을 담보도 전혀 없었다"고 털어놨다.')
    assert "…나오니" not in text and "순조로웠지만" in text, text


def test_a_native_verb_of_saying_keeps_the_quotative_particle(analyzer):
    assert bullet(analyzer, '한 주민은 "다리가 끊겨 병원에 갈 길이 없다"고 털어놨다.').endswith('"고 털어놓음')
    assert bullet(analyzer, "노조는 “임금 체불을 당장 해결하라”고 촉구했다.").endswith("” 촉구")


def test_he_after_a_named_speakers_report_is_that_speaker(analyzer):
    # "그는 “…”며 “…”고 말했다" had become a quotation with no speaker at all ("“…착공을 최소 1년 미루겠다”")
    page = """강릉시장 "세입 줄어 허리띠…신규 토목사업 보류"
입력 2026.11.24 14:00

강릉시의 내년 예산안은 1조2,400억원으로 올해 본예산보다 310억원 줄었다.

최성호 강릉시장은 24일 시청에서 기자회견을 열고 "정부가 내려보내는 교부세가 올해보다 600억원가량 줄어들 것으로 보인다"고 설명했다.

그는 "그래서 새로 시작하려던 토목사업은 모두 멈추기로 했다"며 "시청 앞 지하차도 건설 등 4개 사업, 820억원 규모의 착공을 1년 미루겠다"고 말했다.

시는 복지 예산은 올해 수준 이상으로 유지했다고 밝혔다.
"""
    _, summary = summarize_page(analyzer, page)
    assert not any(b.startswith(('"', "“")) for b in summary.bullets), summary.bullets
    assert any("착공을 1년 미루겠다" in b and b.startswith(("최 시장, ", "최성호 강릉시장, ")) for b in summary.bullets), summary.bullets


def test_a_quotations_last_sentence_loses_its_even_so(analyzer):
    text = bullet(analyzer, '박정우 새봄시장은 "취임 뒤 처음 짜는 예산인데 유례없이 어려운 살림살이가 될 것입니다. 그래도 시민의 삶과 직결된 복지 예산은 한 푼도 줄이지 않겠습니다"라고 말했다.')
    assert "그래도" not in text and "줄이지 않겠습니다" in text, text


def test_two_topics_after_an_adjective_keep_their_particles(analyzer):
    # "20대와 70대의 점수, 낮았고 …점수는 오히려 떨어짐": the comma made the first topic the whole sentence's
    text = bullet(analyzer, "20대와 70대 이상의 점수는 여전히 낮았고 실제 돈 관리 습관을 보여 주는 '금융행위' 점수는 오히려 떨어졌다.")
    assert text.startswith("20대와 70대 이상의 점수는 "), text


def test_a_first_clause_under_a_decision_is_not_stated_as_done(analyzer):
    # "…기본급을 8만원 올리고, …지급하기로 했다" -> "복지부, …8만원 올림": the decision covers the raise too
    text = bullet(analyzer, "복지부는 생활지원사의 월 기본급을 올해보다 8만원 올리고, 3년 이상 근무한 생활지원사에게는 장기근속수당을 새로 지급하기로 했다.")
    assert not text.endswith("올림") and text.endswith("기로"), text


@pytest.mark.parametrize("sentence", [
    "피해가 적었던 이웃들은 일주일에 두 번 마을회관에서 점심을 지어 조립주택에 사는 주민들과 나눠 먹는다.",
    "봉사자들은 매주 화요일마다 마을회관에 모여 반찬을 만든다.",
])
def test_a_habit_told_in_the_present_is_no_plan(analyzer, sentence):
    # "…나눠 먹을 예정": read blind as false, the neighbours already do it twice a week
    assert not bullet(analyzer, sentence).endswith(("예정", "전망")), bullet(analyzer, sentence)


def test_a_plan_told_in_the_present_is_still_ahead(analyzer):
    assert bullet(analyzer, "한빛시는 다음 달 시청 옆에 새 청사를 짓는다.").endswith("예정")


def test_a_change_whose_base_only_the_clause_before_gives_keeps_it(analyzer):
    # "착공 물량, 1만9,870가구로 8.9% 줄어": the base ("지난해 같은 달보다") was the first clause's; alone, the fall read as
    # against the month before (F=0)
    text = bullet(analyzer, "지난달 전국 아파트 분양 물량은 1만2,480가구로 지난해 같은 달보다 14.2% 감소했고, 입주 물량은 2만1,300가구로 6.5% 줄었다.")
    assert "지난해 같은 달보다" in text, text
    assert not text.startswith("입주 물량"), text


def test_a_span_of_time_as_topic_takes_no_headline_comma(analyzer):
    # "입단 후 3년 동안, 2군에 머무름": read blind as broken
    text = bullet(analyzer, "입단 후 4년 동안은 주로 2군 경기에 나섰다.")
    assert "동안," not in text and "동안은" not in text, text
