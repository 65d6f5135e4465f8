"""Readings of this session (written for these tests, not news copy): a bullet that opens on an institution by its
last word alone ("연구원,", "병원,") names it as the article does in full, when the article names exactly one such
institution and not only a kind of one."""
import pytest

from bullet_helpers import analyse, bullet, summarize_page


@pytest.mark.parametrize("text, context, expected", [
    # a name Kiwi knows as a proper name with the bare word last
    ("연구원, 2030년에는 간병 인력 5만명이 부족할 것으로 내다봄",
     ["보건복지부와 한국간병정책연구원은 12일 간병 인력 수급 전망을 내놓았다."],
     "한국간병정책연구원, 2030년에는 간병 인력 5만명이 부족할 것으로 내다봄"),
    # one Kiwi reads as one word
    ("병원, 이르면 다음 주부터 외래 진료를 재개할 계획", ["누리대병원은 지난 3일 전산망이 멈췄다."],
     "누리대병원, 이르면 다음 주부터 외래 진료를 재개할 계획"),
    # a place's name and the office: three words
    ("사무소는 해당 구간을 전면 폐쇄", ["설악산국립공원사무소는 낙석 위험 구간을 조사했다."],
     "설악산국립공원사무소, 해당 구간을 전면 폐쇄"),
])
def test_a_bare_institution_is_named_in_full(analyzer, text, context, expected):
    from pipeline.format import name_bare_place

    assert name_bare_place(text, context, analyzer.kiwi) == expected


@pytest.mark.parametrize("text, context", [
    # a kind of hospital the article mentions is not the one the bullet speaks of
    ("병원, 이르면 다음 주부터 외래 진료를 재개할 계획", ["환자들은 인근 요양병원으로 옮겨졌다."]),
    # a researcher's rank is no institute
    ("연구원, 2030년에는 간병 인력 5만명이 부족할 것으로 내다봄", ["김도현 책임연구원은 공급이 줄고 있다고 말했다."]),
    # two institutions named: which one is meant is not for the finish to guess
    ("병원, 외래 진료를 재개할 계획", ["누리대병원과 한결대병원은 지난 3일 전산망이 멈췄다."]),
    # a word that only ends like one ("공사": construction)
    ("공사, 내년 3월 끝날 예정", ["한빛도시개발공사는 공사를 맡았다."]),
])
def test_a_bare_institution_stays_bare_where_the_name_is_unsure(analyzer, text, context):
    from pipeline.format import name_bare_place

    assert name_bare_place(text, context, analyzer.kiwi) == text


OUTLOOK = """요양보호사 5년 새 12% 줄어…"2030년 5만명 부족"

현장에서 일하는 요양보호사가 5년 새 12% 줄어든 것으로 나타났다.

보건복지부와 한국간병정책연구원이 12일 발표한 '장기요양 인력 실태조사'에 따르면 지난해 현장 요양보호사는 약 54만명으로 2019년보다 12% 감소했다.

같은 기간 장기요양 수급자는 31% 늘었다.

연구원은 고령화 속도를 감안하면 2030년에는 요양보호사가 약 5만명 부족할 것으로 내다봤다.

현장 인력의 평균 연령은 61세로 조사됐다.
"""


def test_the_institutes_outlook_names_the_institute(analyzer):
    _, summary = summarize_page(analyzer, OUTLOOK)
    outlook = [b for b in summary.bullets if "부족할" in b]
    assert outlook and outlook[0].startswith("한국간병정책연구원, "), summary.bullets


@pytest.mark.parametrize("sentence", [
    # what the company calls its own keeps the frame: read blind, "…, 자사가 개발한 …가 …받음" lost to it
    "누리제약은 자사가 개발한 항암제 '온코렉스'가 미국 식품의약국의 승인을 받았다고 밝혔다.",
    # a rival's product is someone else's news
    "누리제약은 경쟁사의 항암제가 미국 식품의약국의 승인을 받았다고 밝혔다.",
])
def test_a_companys_report_of_a_product_keeps_its_frame(analyzer, sentence):
    text = bullet(analyzer, sentence)
    assert text.endswith("밝혀"), text


@pytest.mark.parametrize("sentence, expected", [
    # the speaker named last, before the verb of reckoning, leads the bullet
    ("새 공장이 가동되면 직접 고용 인원은 약 900명에 이를 것으로 회사는 내다봤다.",
     "회사, 새 공장이 가동되면 직접 고용 인원은 약 900명에 이를 것으로 내다봄"),
    ("확장 후 연간 처리 능력은 현재 120만t에서 300만t으로 늘어날 것으로 군은 추산했다.",
     "군, 확장 후 연간 처리 능력은 현재 120만t에서 300만t으로 늘어날 것으로 추산"),
])
def test_a_speaker_named_last_leads_the_bullet(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


@pytest.mark.parametrize("sentence", [
    # two clauses: the speaker reckons only the last one
    "방문객은 1천여 명에서 3천여 명으로 늘었고, 상인들의 매출도 평균 18% 증가한 것으로 구청은 집계했다.",
    # what points back opens the sentence
    "이는 최근 시세를 반영한 수준이라고 회사는 설명했다.",
])
def test_a_speaker_named_last_stays_where_moving_it_would_mislead(analyzer, sentence):
    from pipeline.compress import trailing_speaker

    assert trailing_speaker(analyse(analyzer, sentence).sentences[0].morphs) is None


def test_a_speaker_named_last_is_found(analyzer):
    from pipeline.compress import trailing_speaker

    morphs = analyse(analyzer, "피해자는 모두 12명인 것으로 경찰은 보고 있다.").sentences[0].morphs
    found = trailing_speaker(morphs)
    assert found is not None and morphs[found[0]].form == "경찰" and morphs[found[1]].form == "보"


POISONING = """한빛 중학교서 학생·교사 64명 식중독 의심 증상

한빛시의 한 중학교에서 학생과 교사 64명이 집단 식중독 의심 증상을 보여 보건당국이 역학조사에 나섰다.

한빛시교육청은 5일 누리중학교 학생 60명과 교사 4명이 전날 저녁부터 복통과 설사 증상을 보였다고 밝혔다.

이 가운데 학생 6명은 병원에서 치료를 받았다.

시교육청과 보건소는 급식 보존식과 조리도구를 수거해 보건환경연구원에 검사를 의뢰했다.

학교는 이날부터 급식을 중단하고 도시락으로 대체하기로 했다.

인근 학교 3곳에서는 아직 같은 증상이 보고되지 않았다.
"""


def test_a_count_by_kind_of_the_ledes_total_is_not_told_again(analyzer):
    # 60 + 4 students and teachers are the lede's 64, told with another verb: the block says it once, and a
    # response takes the place
    _, summary = summarize_page(analyzer, POISONING)
    assert "64명" in summary.bullets[0], summary.bullets
    assert not any("60명" in b for b in summary.bullets), summary.bullets
    assert any("검사" in b and "의뢰" in b for b in summary.bullets), summary.bullets


def test_thousands_are_no_count_by_kind(analyzer):
    from pipeline.engines.extractive import _breaks_down

    def morphs(text: str):
        return list(analyse(analyzer, text).sentences[0].morphs)

    # "8만1천명" and "6만7천명": the thousands (1 + 7) are no parts of "15만8천명"
    assert not _breaks_down(morphs("제조업 취업자가 8만1천명, 건설업 취업자가 6만7천명 줄어 감소 폭이 컸다."),
                            morphs("청년층 취업자는 364만2천명으로 1년 전보다 15만8천명 줄었다."))
    # a count by kind, told with the total's own words
    assert _breaks_down(morphs("교육청은 학생 60명과 교사 4명이 복통 증상을 보였다고 밝혔다."),
                        morphs("학생과 교사 64명이 복통 증상을 보여 보건당국이 역학조사에 나섰다."))



FARE = """가람시, 심야버스 요금 2천500원으로 인상 추진…시민단체 "서민 부담" 반발

가람시가 내년 3월부터 심야버스 기본요금을 1천800원에서 2천500원으로 올리는 방안을 추진한다.

가람시는 3일 심야버스 운영 개선 계획을 발표하고 요금 인상안을 시의회에 제출했다고 밝혔다.

시는 심야버스 8개 노선의 운영 적자가 지난해 142억원으로 3년 전보다 두 배 늘었다고 설명했다.

인상안이 통과되면 연간 적자는 약 40억원 줄어들 것으로 시는 보고 있다.

시는 요금 인상과 함께 심야버스 노선을 8개에서 11개로 늘리고 배차 간격을 30분에서 20분으로 줄일 계획이다.

심야버스 이용객은 지난해 하루 평균 1만2천명으로 집계됐다.

가람시민연대는 성명을 내고 “심야버스를 타는 사람은 대리기사와 야간 노동자가 대부분”이라며 “적자를 서민에게 떠넘기는 인상안을 철회하라”고 비판했다.

시의회는 다음 달 임시회에서 인상안을 심의할 예정이다.

시는 이달 중 두 차례 시민 설명회를 연다.
"""


def test_a_dispute_in_the_headline_brings_the_objection(analyzer):
    _, summary = summarize_page(analyzer, FARE)
    assert summary.bullets[0].startswith("가람시"), summary.bullets
    assert any("가람시민연대" in b for b in summary.bullets), summary.bullets


def test_no_dispute_no_objection_forced(analyzer):
    # the same story under a headline that names no dispute: the objection competes on its salience alone
    _, with_dispute = summarize_page(analyzer, FARE)
    _, without = summarize_page(analyzer, FARE.replace('…시민단체 "서민 부담" 반발', "…노선도 11개로 늘려"))
    assert with_dispute.bullets != without.bullets


@pytest.mark.parametrize("sentence, voiced", [
    ("상인연합회는 “손님에게 입장료를 받겠다는 것”이라며 반대 서명운동에 들어갔다.", True),
    ("소비자단체는 이익이 늘었는데도 가격을 올리는 것은 납득하기 어렵다며 인상 철회를 요구하고 나섰다.", True),
    ("야당은 즉각 반발했다.", False),  # announces an objection, says nothing of it
    ("시는 노선을 11개로 늘리고 배차 간격을 20분으로 줄일 계획이다.", False),
])
def test_what_voices_an_objection(analyzer, sentence, voiced):
    from pipeline.engines.extractive import _voices_objection

    assert _voices_objection(analyse(analyzer, sentence).sentences[0].morphs) is voiced


@pytest.mark.parametrize("crossing, exact, same", [
    # a round mark said crossed, and the figure that crossed it, about the same thing
    ("한빛항의 올해 컨테이너 물동량이 개항 이후 처음으로 150만TEU를 넘어섰다.",
     "터미널은 한빛항의 올해 누적 컨테이너 처리량이 151만 2천TEU를 기록했다고 밝혔다.", True),
    ("가람시의 낮 최고기온이 관측 이후 처음으로 39도를 넘었다.", "가람시의 낮 최고기온은 39.4도까지 치솟았다.", True),
    ("누적 가입자가 2만 명을 돌파했다.", "누적 가입자는 2만 1,384명으로 집계됐다.", True),
    # far above the mark: another figure
    ("누적 가입자가 2만 명을 돌파했다.", "누적 가입자는 3만 1,384명으로 집계됐다.", False),
    # the same figure of other things
    ("한빛항의 물동량이 150만TEU를 넘어섰다.", "가람항의 처리 능력은 연 151만TEU다.", False),
])
def test_a_mark_crossed_and_the_figure_that_crossed_it_are_one_fact(analyzer, crossing, exact, same):
    from pipeline.analysis import content_key
    from pipeline.engines.extractive import _repeats_figure

    def morphs(text: str):
        return list(analyse(analyzer, text).sentences[0].morphs)

    def keys(text: str) -> set:
        return {content_key(m) for m in morphs(text)} - {None}

    assert _repeats_figure(morphs(exact), morphs(crossing), keys(crossing)) is same
    assert _repeats_figure(morphs(crossing), morphs(exact), keys(exact)) is same


def test_figures_read_a_number_written_apart_and_a_mark_crossed(analyzer):
    from pipeline.select import _count_values

    marks = _count_values(analyse(analyzer, "누적 2만 1,384건을 피해로 인정했고 누적 관객은 120만 명을 넘었다.").sentences[0].morphs)
    assert marks == [(21384.0, "건", False), (1200000.0, "명", True)], marks


def test_a_quoted_name_written_as_one_word_keeps_its_spelling(analyzer):
    from pipeline.format import finish_headline

    # "'연금의미래'": a group's name, not "연금의 미래"; a glued particle outside quotation marks is still spaced
    assert "'연금의미래'" in finish_headline("청년단체 '연금의미래'의 임하준 대표, 순서가 바뀌었다고 비판", kiwi=analyzer.kiwi)
    assert finish_headline("환자가방문했던 병원, 임시 폐쇄", kiwi=analyzer.kiwi) == "환자가 방문했던 병원, 임시 폐쇄"


@pytest.mark.parametrize("sentence, ending", [
    # a coast the weather reaches: a forecast, not anyone's plan
    ("제9호 태풍 '가람'이 빠르게 북상하면서 오늘 밤부터 제주와 남해안이 태풍의 직접 영향권에 들어갑니다.", "들어갈 전망"),
    # a body's act of the same tense stays its plan
    ("한빛시는 다음 달 남해안 관광 활성화 사업에 들어갑니다.", "들어갈 예정"),
])
def test_weather_reaching_a_coast_is_foreseen(analyzer, sentence, ending):
    assert bullet(analyzer, sentence).endswith(ending)


@pytest.mark.parametrize("text, view", [
    ("한정호 의원, “상임위 심사에서 종부세 조항은 원점에서 다시 따져보겠다”", True),  # a side's voice quoted
    ("가맹본부들, 심야 영업이 편의점의 핵심 경쟁력이라는 입장", True),  # a side's stand in words
    ("오세진 교통국장, “통행료는 시민을 처벌하는 수단이 아니다”", False),  # the acting body's own official
    ("한빛시, 다음 달 세 차례 시민 공청회를 열 예정", False),
])
def test_what_gives_a_side_view(analyzer, text, view):
    from pipeline.engines.extractive import _gives_a_view

    assert _gives_a_view(analyzer.morphs(text)) is view


@pytest.mark.parametrize("sentence, expected", [
    # two names opening the sentence as its topic take the headline comma after both, however Kiwi reads the "와"
    ("국토교통부와 대륭모터스는 전기차 3개 차종에 대해 시정조치를 실시한다고 밝혔다.", "국토교통부와 대륭모터스, 전기차 3개 차종에 대해 시정조치 실시"),
    ("경상북도와 영천시는 전기차 3개 차종에 대해 시정조치를 실시한다고 밝혔다.", "경상북도와 영천시, 전기차 3개 차종에 대해 시정조치 실시"),
])
def test_a_pair_of_names_as_topic_takes_the_headline_comma(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # whose assessment it is, said last ("…다는 게 X 설명이다"), leads the bullet as its speaker
    ("가맹점 수수료 부문은 이미 적자 구조라는 것이 업계의 주장이다.", "업계, 가맹점 수수료 부문은 이미 적자 구조라고 주장"),
    ("재의결 가능성은 낮다는 게 정치권의 관측이다.", "정치권, 재의결 가능성은 낮다고 관측"),
])
def test_an_assessment_named_last_leads_with_its_speaker(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "방문객은 1천여 명으로 늘었고, 매출도 18% 증가했다는 게 구청의 설명이다.",  # only the last clause's
    "이는 시세를 반영한 수준이라는 게 회사 설명이다.",  # what points back opens it
    "가격 인상은 없다는 것이 회사의 입장이다.",  # "입장했다" would say "entered"
])
def test_an_assessment_named_last_stays_where_moving_it_would_mislead(analyzer, sentence):
    from pipeline.compress import assessment_end

    assert assessment_end(analyse(analyzer, sentence).sentences[0].morphs) is None


def test_an_assessment_whose_frame_would_go_stays_as_written(analyzer):
    # put first, "회사 측" would lose "설명": "회사 측, …줄임" reads the claim as fact (read blind, lost 0 to 2)
    sentence = "새 처리 기술을 적용해 전송량을 기존보다 60% 가량 줄였다는 게 회사 측 설명이다."
    assert bullet(analyzer, sentence).endswith("줄였다는 게 회사 측 설명")
