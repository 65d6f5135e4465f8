"""Readings of this session (pages written for these tests, not news copy): a scene told in the past gives the lede to
the nut graf that says the headline; a dated statement that says none of it gives way to the nut graf before it; a
time's minutes are no topic; an explanatory release is a statement whose words follow."""
import pytest

from bullet_helpers import bullet, summarize_page


QUEUE_SCENE = """“전화가 안 돼요”…통신망 장애에 멈춘 한빛시청, 민원 업무 이틀째 차질
입력 2025.05.14 09:00

지난 13일 오전 9시 10분, 한빛시청 1층 민원실 앞에는 번호표를 든 시민들의 줄이 복도 끝까지 늘어서 있었다.

창구 직원들은 컴퓨터 대신 수기 대장을 펴고 신청인의 이름과 주소를 손으로 받아 적었다.

한 시민은 “서류 한 장 떼려고 한 시간을 기다렸다”며 발길을 돌렸다.

한빛시청의 내부 통신망이 장애를 일으키면서 민원 업무 차질이 이틀째 이어지고 있다.

시는 민원 창구를 수기로 운영하고 있으며 전자 결재는 모두 미뤘다고 밝혔다.

장애는 12일 밤 11시쯤 통신 장비 교체 작업 도중 시작된 것으로 추정된다.

시는 이르면 15일 복구를 마칠 계획이다.
"""


def test_a_scene_told_in_the_past_gives_the_lede_to_the_nut_graf(analyzer):
    # the queue at the counter, the clerks, a citizen's words: colour; the nut graf says the headline whole
    _, summary = summarize_page(analyzer, QUEUE_SCENE)
    assert summary.bullets[0].startswith("한빛시청의 내부 통신망이") or summary.bullets[0].startswith("한빛시청 내부 통신망"), summary.bullets
    assert not any("늘어서 있었" in b for b in summary.bullets), summary.bullets


def test_a_news_lede_told_in_the_present_is_no_scene(analyzer):
    # the same page opening on what happens, in the present: it leads as written
    page = QUEUE_SCENE.replace("지난 13일 오전 9시 10분, 한빛시청 1층 민원실 앞에는 번호표를 든 시민들의 줄이 복도 끝까지 늘어서 있었다.",
                               "다음 달 1일부터 한빛시청 민원실 운영 시간이 오후 8시까지 늘어난다.")
    _, summary = summarize_page(analyzer, page)
    assert summary.bullets[0].startswith("다음 달 1일부터"), summary.bullets


@pytest.mark.parametrize("sentence, past_scene", [
    ("지난 13일 오전 9시, 민원실 앞에는 시민들의 줄이 복도 끝까지 늘어서 있었다.", True),
    ("부두 밖 도로에는 트레일러들이 수백 m씩 줄을 서 있었다.", True),
    ("시민 두 명이 휴대전화로 안내문을 찍고 있었다.", True),
    ("다음 달 1일부터 요금이 1.41원 오른다.", False),
    ("당시 창고에는 문제가 있었다.", False),
])
def test_a_scene_is_a_state_or_a_doing_told_in_the_past(analyzer, sentence, past_scene):
    from pipeline.engines.extractive import _past_scene

    assert _past_scene(analyzer.morphs(sentence)) is past_scene


REFUND_ERROR = """한빛세무청 근로장려금 전산 오류…“받은 돈 돌려내라” 통보에 가구들 '당혹'
입력 2025.06.20 10:00

경기도의 한 물류센터에서 일하는 배모(41)씨는 지난주 낯선 우편물 한 통을 받았다.

지난해 받은 근로장려금 가운데 일부가 잘못 지급돼 다음 달까지 돌려내야 한다는 내용이었다.

배씨는 “나라가 준 돈을 다시 내라니 황당하다”고 말했다.

한빛세무청의 근로장려금 전산 오류로 일부 가구에 장려금이 과다 지급된 사실이 뒤늦게 드러나면서 혼란이 커지고 있다.

문제가 된 것은 올해 처음 도입된 소득 자동 반영 기능이다.

세무청은 19일 설명자료를 내고 “점검 과정에서 오류를 발견해 지난달 말 바로잡았다”고 밝혔다.

세무청에 따르면 오류 영향을 받은 가구는 모두 2만1천여 가구, 과다 지급액은 총 31억원가량이다.

세무청은 해당 가구에 가산금은 물리지 않기로 했다.
"""


def test_a_dated_statement_that_says_no_point_gives_way_to_the_nut_graf_before_it(analyzer):
    # "…19일 설명자료를 내고 “…”고 밝혔다" names the day but says none of the headline whole; the nut graf before it does
    _, summary = summarize_page(analyzer, REFUND_ERROR)
    assert summary.bullets[0].startswith("한빛세무청의 근로장려금 전산 오류로"), summary.bullets


def test_a_nut_graf_told_in_the_past_does_not_take_the_dated_lede(analyzer):
    # the same nut graf told as a past scene ("…드러났다") is background: the dated statement stays where it was
    from pipeline.engines.extractive import _told_in_past

    assert _told_in_past(analyzer.morphs("장려금이 과다 지급된 사실이 드러났다."))
    assert not _told_in_past(analyzer.morphs("장려금이 과다 지급된 사실이 드러나면서 혼란이 커지고 있다."))


def test_an_explanatory_release_is_a_statement_whose_words_follow(analyzer):
    # "설명자료를 내고": how the words came out, not the news (nor "세무청, 19일 설명자료를 냄" a bullet of its own)
    text = bullet(analyzer, "세무청은 19일 설명자료를 내고 “점검 과정에서 오류를 발견해 지난달 말 바로잡았으며, 과다 지급이 확인된 "
                            "가구에는 관할 세무서를 통해 반환 절차를 안내하고 있다”고 밝혔다.")
    assert "설명자료" not in text and "안내하고 있다" in text, text


@pytest.mark.parametrize("text, expected", [
    ("지난 2일 오전 8시 30분, 대구 한빛병원 앞에는 긴 줄이 늘어서 있었음", "지난 2일 오전 8시 30분, 대구 한빛병원 앞에는 긴 줄이 늘어서 있었음"),
    ("2일 오후 3시 10분, 병원 앞에는 줄이 있었음", "2일 오후 3시 10분, 병원 앞에는 줄이 있었음"),
    ("21일 한빛시, 조례 공포", "한빛시, 21일 조례 공포"),
])
def test_a_times_minutes_are_no_topic(analyzer, text, expected):
    from pipeline.format import finish_headline

    assert finish_headline(text, iter([""]), analyzer.kiwi) == expected


def test_not_only_a_place_is_no_topic_that_acts_twice(analyzer):
    # "X는 물론 Y에서도 …벌이고, …주간 단속도 …실시한다": X is no topic; the bullet may not make the first places the
    # ones the daytime checks are held at
    text = bullet(analyzer, "시장과 역 주변은 물론 고속도로 휴게소와 공원 등에서도 점검을 벌이고, 퇴근 시간대 과속을 막기 위한 "
                            "야간 점검도 주 3회 이상 실시한다.")
    assert not text.startswith("시장과 역 주변은 퇴근") and not text.startswith("시장과 역 주변, 퇴근"), text


@pytest.mark.parametrize("sentence, wrong", [
    # a wage that rose is no one who finds workers
    ("지난해 하루 10만~11만원 수준이던 경북 영주 지역 배 수확 일당은 올해 14만원을 훌쩍 넘겼고, 숙식과 교통비까지 따로 대줘야 "
     "겨우 일꾼을 구할 수 있다.", "일당, 숙식과"),
    ("읍내 택시 기본요금은 지난해 4천원 수준에서 올해 5천원으로 크게 올랐고, 심야 시간대에는 웃돈을 얹어 줘야 겨우 차를 잡을 수 "
     "있다.", "기본요금, 심야"),
])
def test_a_measured_topic_is_not_carried_to_an_act_on_an_object(analyzer, sentence, wrong):
    text = bullet(analyzer, sentence)
    assert wrong not in text, text


@pytest.mark.parametrize("sentence, expected", [
    # a body that sets the figure acts in both clauses; a figure that reads against a forecast is the figure's
    ("교육부는 올해 등록금 인상 상한을 5.49%로 공고했으나, 장학금 지원 조건으로 동결을 유지하도록 했다.", "교육부, "),
    ("한빛전자의 영업이익은 5천억원으로 20% 줄었고, 시장 예상치를 밑돌았다.", "한빛전자의 영업이익, "),
])
def test_a_topic_that_acts_or_reads_is_still_carried(analyzer, sentence, expected):
    text = bullet(analyzer, sentence)
    assert text.startswith(expected), text


@pytest.mark.parametrize("sentence, expected", [
    ("한빛교원노조는 이날부터 오는 26일까지 온라인 찬반투표를 진행한다.", "한빛교원노조, 오는 26일까지 온라인 찬반투표 진행"),
    ("한빛경찰청은 연말을 맞아 이날부터 내년 1월 31일까지 전국에서 과속 특별단속을 벌인다.", "한빛경찰청, 연말을 맞아 내년 1월 31일까지"),
])
def test_a_span_from_the_storys_day_to_a_date_keeps_its_end(analyzer, sentence, expected):
    # "이날부터 오는 26일까지": the bullet never gives the story's day; the end date says how long
    text = bullet(analyzer, sentence)
    assert text.startswith(expected) and "이날" not in text, text


def test_a_span_from_the_storys_day_for_a_length_of_time_is_left_alone(analyzer):
    # "이날부터 사흘간": no date ends it; the rule for a span to a date does not read it
    text = bullet(analyzer, "한빛시는 이날부터 26일 밤까지 불꽃축제를 연다.")
    assert "26일" in text, text


ESCAPED_ANIMAL = """동물원 탈출한 캥거루 '보리', 공원 2시간 누빈 끝에 생포
입력 2025.04.20 15:00

20일 오전 한빛시 호수공원 산책로를 뛰어다니는 동물이 있다는 신고가 잇따랐다.

이 캥거루는 인근 한빛동물원에서 기르던 붉은캥거루 '보리'(암컷·3살)로 확인됐다.

보리는 이날 오전 9시쯤 사육장 문이 잠기지 않은 틈을 타 빠져나와 약 2시간 동안 공원과 주택가 골목을 돌아다녔다.

동물원 직원과 소방대원 등 30여 명이 포획에 나섰고, 수의사가 오전 11시 10분쯤 마취총을 쏴 보리를 생포했다.

한빛동물원 관계자는 “잠금장치 점검을 소홀히 한 점을 사과드린다”고 말했다.
"""


def test_a_name_the_headline_introduces_by_its_kind_keeps_the_kind(analyzer):
    # "캥거루 '보리'": a bullet that opens on "보리" says what it is, as the article did sentences before
    _, summary = summarize_page(analyzer, ESCAPED_ANIMAL)
    opening = next(b for b in summary.bullets if "보리" in b)
    assert opening.startswith("캥거루 보리") or opening.startswith("붉은캥거루"), summary.bullets


def test_a_word_set_off_at_a_segments_end_is_no_name():
    from pipeline.engines.extractive import _quoted_name_glossed

    assert _quoted_name_glossed("한숨, 깊어짐", "예산 깎이자 골목상권 '한숨'…\"할인 없으면 누가 쓰나\"", []) == "한숨, 깊어짐"
    assert _quoted_name_glossed("보리, 생포", "동물원 탈출한 캥거루 '보리', 생포", ["캥거루 보리, 탈출"]) == "보리, 생포"


def test_the_rest_of_what_the_dropped_clause_counted_is_not_offered_alone(analyzer):
    # "…가구의 약 70%에 전력을 다시 공급했으며, 나머지 지역은 …복구를 마쳤다": "the rest" of the 70%; alone, the
    # bullet made the company's name part of the rest ("한빛전력 나머지 지역, …")
    text = bullet(analyzer, "한빛전력은 사고 직후 인근 변전소로 부하를 돌리는 계통 전환 작업에 나서 오후 6시 30분께 전체 피해 가구의 "
                            "약 70%에 전력을 다시 공급했으며, 나머지 지역은 오후 7시 25분께 복구를 마쳤다.")
    assert not text.startswith("한빛전력 나머지") and not text.startswith("나머지"), text


def test_the_acts_of_a_topics_gist_stay_together(analyzer):
    # "개정안은 …인상하고, …고정하는 것이 골자다": both acts are the gist; the last alone is half of it, of no one
    text = bullet(analyzer, "개정안은 보험료율을 2027년부터 매년 0.5%포인트씩 6년에 걸쳐 인상하고, 현재 40%인 소득대체율을 "
                            "2027년부터 44%로 고정하는 것이 골자다.")
    assert text.startswith("개정안") and "보험료율" in text and "44%" in text, text


@pytest.mark.parametrize("sentence, gist", [
    ("요금을 올리고 할인을 없애는 것이 골자다.", True),
    ("요금을 올리고 할인을 없애는 것이 목표다.", True),
    ("요금을 올리고 할인을 없애는 것은 어렵다.", False),
])
def test_a_gist_clause_is_read(analyzer, sentence, gist):
    from pipeline.compress import _gist_clause

    assert _gist_clause(list(analyzer.morphs(sentence))) is gist


@pytest.mark.parametrize("sentence, kept", [
    ("한빛수자원공사에 따르면 경기 남부 산업단지에 물을 대는 누리댐의 저수율은 26일 기준 29.4%로, 예년 같은 시기 평균(51.8%)의 "
     "절반을 조금 넘는 수준까지 떨어졌다.", "절반을 조금 넘는"),
    ("올해 한빛시의 관광객 수는 지난해 같은 기간 기록한 역대 최대치인 1천200만 명에 약간 못 미치는 수준에 머물러 관계자들이 아쉬워했다.",
     "약간 못 미치는"),
])
def test_by_how_much_a_figure_passes_a_mark_stays(analyzer, sentence, kept):
    assert kept in bullet(analyzer, sentence)


def test_a_degree_adverb_before_another_verb_still_goes(analyzer):
    # ("크게" before a verb that passes no mark is a manner the shortening may drop, as before)
    text = bullet(analyzer, "한빛시는 올해 관광 예산을 지난해보다 크게 늘려 축제와 야간 관광 프로그램을 대폭 확대하고 숙박 할인 쿠폰도 "
                            "새로 발행한다고 밝혔다.")
    assert "관광 예산" in text, text


@pytest.mark.parametrize("short, full, expected", [
    ("식약처", "식품의약품안전처", True),
    ("국토부", "국토교통부", True),
    ("식품", "식품의약품안전처", False),  # a part, not a short name
    ("안전처", "식품의약품안전처", False),
    ("한빛", "한빛시", False),
])
def test_a_bodys_short_name(short, full, expected):
    from pipeline.engines.extractive import abbreviates

    assert abbreviates(short, full) is expected


SHORT_NAMED_AGAIN = """식약처, 국산 비만 신약 '슬림원' 조건부 허가…국내 개발 첫 사례

식품의약품안전처가 국내 제약사가 개발한 비만 치료제를 처음으로 허가했다.

식약처는 14일 한빛제약의 비만 치료제 '슬림원주'를 성인 고도비만 환자의 체중 감량 용도로 조건부 허가했다고 밝혔다.

한빛제약은 국내 30개 병원에서 임상 2상을 진행했으며, 투약 12개월 차에 체중을 위약군 대비 11% 더 줄였다는 결과를 냈다.

식약처는 허가 후 3년 안에 3상 임상 결과를 제출하는 조건을 달았다.

업계에서는 슬림원이 비급여로 출시될 경우 연간 투약비가 600만원 안팎이 될 것으로 보고 있다.

국내 성인 비만 유병률은 지난해 38.4%로 10년 새 6%포인트 올랐다.
"""


def test_the_lede_told_again_under_the_bodys_short_name_gives_way(analyzer):
    # "식품의약품안전처, …처음으로 허가" then "식약처, …'슬림원주'를 …조건부 허가": one point said twice
    _, summary = summarize_page(analyzer, SHORT_NAMED_AGAIN)
    assert summary.bullets[0].startswith("식품의약품안전처, "), summary.bullets
    assert not any("조건부 허가" in b for b in summary.bullets[1:]), summary.bullets


@pytest.mark.parametrize("sentence, dangles", [
    ("한빛위원회는 이에 대해 과징금 42억 원을 부과하기로 했다.", False),  # the act names what was done
    ("한빛시는 이에 대해 검토하겠다고 밝혔다.", True),  # weighs nothing named: "this" is the sentence before
])
def test_in_response_to_this_with_an_object_of_its_own_reads_alone(analyzer, sentence, dangles):
    from bullet_helpers import only_sentence
    from pipeline.select import sentence_dangles

    assert bool(sentence_dangles(only_sentence(analyzer, sentence))) is dangles


def test_in_response_to_this_goes_from_the_bullet(analyzer):
    text = bullet(analyzer, "한빛위원회는 이에 대해 과징금 42억 3천만 원을 부과하기로 했으며, 이는 온라인 게임 분야 사건으로는 역대 최대 규모다.")
    assert text.startswith("한빛위원회, 과징금 42억"), text


DOCK_SCENE = """한빛항 화물 부두 파업 나흘째…수출 화물 '발 묶여'

한빛항 화물 부두의 하역 노동자들이 파업에 들어간 지 나흘째인 13일, 부두 곳곳에는 선적을 기다리는 화물이 겹겹이 쌓여 있었고, 부두 밖 도로에는 들어가지 못한 트럭들이 수백 m씩 줄을 서 있었다.

한빛항운노조 소속 조합원 약 1,200명은 지난 10일 오전 6시부터 전면 파업을 벌이고 있다.

노조는 자동화 설비 도입에 따른 고용 보장과 기본급 7% 인상을 요구하고 있다.

한빛항만공사에 따르면 파업 이후 하루 평균 화물 처리량은 평소의 절반 수준으로 줄었다.

정부는 대체 인력을 투입했지만 숙련 작업에는 한계가 있다는 지적이다.
"""


def test_a_scene_told_in_the_past_is_colour_though_it_names_the_strike(analyzer):
    # "…파업에 들어간 지 나흘째인 13일, 부두 곳곳에는 …쌓여 있었고, …줄을 서 있었다": the scene, however its time
    # names the headline's strike; the strike told as news leads
    _, summary = summarize_page(analyzer, DOCK_SCENE)
    assert summary.bullets[0].startswith("한빛항운노조 소속 조합원"), summary.bullets
    assert not any("줄을 서 있었" in b or "쌓여 있었" in b for b in summary.bullets), summary.bullets


def test_the_scenes_day_told_on_is_no_news():
    from pipeline.analysis import Analyzer
    from pipeline.engines.extractive import _day_topic

    analyzer = Analyzer(1)
    assert _day_topic(analyzer.morphs("이날은 한 달에 두 번 의사가 들어오는 날이다."))
    assert not _day_topic(analyzer.morphs("이날 한빛시는 조례를 공포했다."))


@pytest.mark.parametrize("text, expected", [
    ("누리도 이장협의회 차영식 회장, “이제 부담을 덜 수 있게 됐다”", "누리도 이장협의회 차영식 회장, “이제 부담을 덜 수 있게 됐다”"),
    ("수출도 최대 기록", "수출, 최대 기록"),
])
def test_an_islands_name_in_the_speakers_name_is_no_also(analyzer, text, expected):
    # "누리도 이장협의회 …회장,": nothing but nouns up to the headline comma: the island's name, not "also"
    from pipeline.format import finish_headline

    assert finish_headline(text, iter([""]), analyzer.kiwi) == expected


def test_priority_before_a_predicated_noun_stays(analyzer):
    # "…곳이 우선 설치 대상이다": without "우선" the first sites read as the only ones
    text = bullet(analyzer, "제한속도 시속 30㎞ 이하인 이면도로 가운데 최근 3년간 보행자 사망·중상 사고가 두 차례 이상 발생한 곳이 "
                            "우선 설치 대상이다.")
    assert "우선 설치 대상" in text, text


def test_a_year_a_change_starts_from_is_no_place(analyzer):
    # "…운영 기간이 2043년에서 2048년으로 …": the place drop had left "2043년2048년으로"
    text = bullet(analyzer, "다만 이번 협약 변경으로 사업 운영 기간이 2043년에서 2048년으로 5년 늘어나면서, 결국 통행료 인하 부담을 "
                            "후세대에 떠넘긴 것 아니냐는 지적도 나온다.")
    assert "2043년2048년" not in text and "2043년에서 2048년으로" in text, text


@pytest.mark.parametrize("text, named", [
    ("누리도 이장협의회 차영식 회장, “이제 부담을 덜 수 있게 됐다”", True),
    ("가람도 수출, 같은 달 2.3% 줄어", True),
    ("수출도 3분기 연속 증가", False),
])
def test_a_place_name_in_do_before_the_comma_is_no_also_to_the_dangling_check_either(analyzer, text, named):
    # the headline finish and the bullet's dangling check read "X도 N…," alike: a name, not "also"
    from pipeline.select import bullet_dangling_reason

    reason = bullet_dangling_reason(list(analyzer.morphs(text)), text) or ""
    assert ("'도' (also)" not in reason) is named, reason


@pytest.mark.parametrize("sentence, expected", [
    # the mishap that set off the complaints is the news; the complaints alone say of nothing
    ("서울 가람구가 이달 발송한 9월분 재산세 고지서 일부에 세액이 실제보다 크게 부풀려 찍히는 오류가 발생해 구청에 항의 전화가 빗발쳤다.",
     "오류 발생"),
])
def test_a_mishap_before_the_complaints_it_set_off_is_the_bullet(analyzer, sentence, expected):
    text = bullet(analyzer, sentence)
    assert text.endswith(expected) and "빗발" not in text, text


def test_a_reaction_named_by_the_noun_before_its_subject(analyzer):
    from pipeline.compress import _reaction

    assert _reaction(list(analyzer.morphs("구청에 항의 전화가 빗발쳤다.")))
    assert not _reaction(list(analyzer.morphs("구청에 안내 전화가 걸려 왔다.")))
