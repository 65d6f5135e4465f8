"""Readings of this session. Pages and sentences written for these tests (not news copy)."""
from bullet_helpers import bullet


# --- a planned act named by its verbal noun, as headlines write it ("…콘서트 개최 예정", not "…콘서트를 개최할
# --- 예정"); a native verb, a subject right before it or an adverb of manner keeps the verb ----------------------------

def test_a_planned_act_is_named_by_its_verbal_noun(analyzer):
    out = bullet(analyzer, "한빛문화재단은 오는 14일 누리아트홀에서 '한낮의 음악회'를 개최할 예정이다.")
    assert out.endswith("'한낮의 음악회' 개최 예정"), out
    out = bullet(analyzer, "한빛도는 내년 주민참여예산사업에 총 30억 원을 지원할 방침이다.")
    assert out.endswith("30억 원 지원 방침"), out
    out = bullet(analyzer, "한빛교육청은 올해 상반기 안에 통학로 안전 전수조사를 실시할 계획이다.")
    assert out.endswith("전수조사 실시 계획"), out


def test_a_scheduled_act_is_named_by_its_verbal_noun(analyzer):
    # "…개최한다" is rendered as a plan ("개최할 예정") first, then named by its noun
    out = bullet(analyzer, "한빛시는 오는 20일 시청 광장에서 시민 음악회를 개최한다.")
    assert out.endswith("시민 음악회 개최 예정"), out


def test_a_native_verb_a_subject_or_a_manner_keeps_the_verb(analyzer):
    # (guards: "열리다" has no verbal noun; "요금이 적용 계획" would lose its subject's verb; "신속히 지원 계획" its manner)
    assert bullet(analyzer, "누리축제는 18일 오전 한빛광장에서 열릴 예정이다.").endswith("열릴 예정")
    assert bullet(analyzer, "버스는 다음 달 첫차부터 인상된 요금이 적용될 계획이다.").endswith("요금이 적용될 계획")
    assert bullet(analyzer, "한빛구는 위기가구가 발견되면 신속히 지원할 계획이다.").endswith("신속히 지원할 계획")


def test_a_planned_act_keeps_its_verb_after_a_far_object_or_a_parallel_verb(analyzer):
    # (read blind: "…잠재량을 추가 확보 계획", "…업데이트하고 …에 적용 계획", "…하도록 지도 예정" read as broken)
    for sentence, ending in [
        ("한빛에너지는 풍력발전 유망지역 발굴 및 개발 잠재량을 추가 확보할 계획이다.", "잠재량을 추가 확보할 계획"),
        ("한빛포털은 이달 새 모델을 업데이트하고 내부 서비스에 적용할 계획이다.", "내부 서비스에 적용할 계획"),
        ("교육청은 수업 후 교실에서 놀이·체험활동도 하도록 지도할 예정이다.", "하도록 지도할 예정"),
        ("가람차는 내년에는 세단 아이오닉 6을, 2024년 SUV 아이오닉 7을 출시할 계획이다.", "아이오닉 7을 출시할 계획"),
        ("주민과 관광객이 함께 축제의 시작을 축하할 예정이다.", "시작을 축하할 예정"),
        # the last of two acts of one verbal noun is the predicate's ("적용되던 …적용할")
        ("한빛도는 철에만 적용되던 재생원료 사용제도를 내년부터 단계적으로 플라스틱에 적용할 방침이다.", "플라스틱에 적용할 방침"),
    ]:
        assert bullet(analyzer, sentence).endswith(ending), sentence
    # (guard: an act after a step "-어" names its noun: "…시작해 2025년 전국으로 확대 예정")
    assert bullet(analyzer, "누리학교는 올해 시범 사업을 시작해 2025년 전국으로 확대될 예정이다.").endswith("전국으로 확대 예정")


# --- a description joined by "-인" to the name it describes goes with the "-적인" adjective before it ------------------

def test_a_description_with_its_adjective_goes_before_a_name(analyzer):
    out = bullet(analyzer, "한빛대학원대학교 재학생 2명이 세계적인 양대 학술지인 네이처와 사이언스에 각각 제1 저자로 "
                           "논문을 게재해 화제다.")
    assert "네이처와 사이언스에" in out and "세계적인" not in out and "학술지" not in out, out
    assert out.startswith("한빛대학원대학교 재학생 2명, "), out


# --- "…한 바 있다" with a time, "…하는 모습을 보였다": prose around an act; the headline states the act -------------------

def test_an_act_recalled_with_its_time_is_stated_as_done(analyzer):
    assert bullet(analyzer, "가람국은 지난 4일 서해상으로 단거리 미사일을 발사한 바 있다.") == "가람국, 지난 4일 서해상으로 단거리 미사일 발사"
    assert bullet(analyzer, "한빛군은 2019년 같은 대회를 유치한 바 있다.").endswith("2019년 같은 대회 유치")
    # (guards: with no time said to be earlier, "…한 바 있음" is what says it is past; a native verb keeps its words)
    assert bullet(analyzer, "한빛시장은 시민 안전의 중요성을 강조한 바 있다.").endswith("강조한 바 있음")
    assert bullet(analyzer, "이들 선박은 올해 1월 건조 계약을 해지한 바 있다.").endswith("해지한 바 있음")
    assert bullet(analyzer, "당시 한빛마트의 판매가격은 100~150원씩 오른 바 있다.").endswith("오른 바 있음")


def test_a_change_that_shows_is_the_change(analyzer):
    out = bullet(analyzer, "한빛군의 관광객 수는 2년 연속 줄었다가 올해 다시 증가하는 추세를 보이고 있다.")
    assert out.endswith("다시 증가 추세"), out
    out = bullet(analyzer, "누리시의 결핵 환자는 3천명에서 2천600명으로 13.3% 감소하는 모습을 보였다.")
    assert out.endswith("13.3% 감소"), out
    # (guard: a forecast of how it will look keeps its words)
    assert "모습" in bullet(analyzer, "주가는 당분간 하락하는 모습을 보일 전망이다.")


# --- "2년이 지난 14일": "지난" is the verb of a length of time, not a date's pointer; dropped with the date it left
# --- "2년이" without its verb -----------------------------------------------------------------------------------------

def test_a_length_of_time_keeps_the_verb_it_is_the_subject_of(analyzer):
    out = bullet(analyzer, "사고가 난 지 2년이 지난 14일 유족들은 누리시청 앞 광장에서 추모식을 열고 진상 규명을 요구하는 성명을 발표했다.")
    assert "2년이 지난 14일" in out or "2년이" not in out, out
    # (guard: a subject before the date is no length of time; the date goes with its pointer when too long)
    out = bullet(analyzer, "노조는 지난 10일 시청 앞에서 기자회견을 열어 시가 돌봄 노동자의 처우 개선 약속을 즉시 이행해야 한다고 요구했다.")
    assert "10일" not in out and "지난" not in out, out


# --- a sub-headline run into the lede with an outlet-and-reporter tag between them, after the headline and a photo's
# --- caption: the lede starts after the tag -------------------------------------------------------------------------

def test_a_sub_headline_before_an_outlet_tag_on_the_third_line_is_a_line_of_its_own():
    from pipeline.parse import parse_article
    page = "\n\n".join([
        "제5회 한빛 누리축제 ‘8만 명 즐겼다’ 성료",
        "3일부터 5일까지 누리강변 일원에서 열린 제5회 한빛 누리축제가 8만여 명이 찾은 가운데 막을 내렸다. 사진=한빛군",
        "3일~5일 누리강변서 분산 개최가족 관람객들 큰 호응…내년 기약 [한빛경제 홍길동] 연휴 동안 누리강변을 달군 제5회 한빛 "
        "누리축제가 관람객들의 성원 속에 막을 내렸다.한빛군은 3일부터 5일까지 열린 축제에 8만여 명이 찾았다고 밝혔다.",
        "군은 내년에도 축제를 누리강변에서 열 계획이다.",
    ])
    article = parse_article(page, id="t")
    assert "홍길동" not in article.body and "\n\n연휴 동안 누리강변을 달군" in article.body, article.body
    assert "기약 연휴" not in article.body  # (the sub-headline is a line of its own, never the lede's opening)


# --- a copied page's markdown heading ("# 생산량 감소, 우려가 현실로") is a sub-heading: it ends on a particle, but it is
# --- no line of a script broken off mid-sentence, and it never opens the next paragraph ---------------------------------

def test_a_markdown_heading_is_a_sub_heading_not_the_next_paragraphs_opening():
    from pipeline.parse import parse_article
    page = "\n\n".join(["한빛만 어획량 10만t 붕괴", "한빛만 어획량의 심리적 마지노선이 무너졌다. 한빛도가 통계를 냈다.",
                        "# 어획량 감소, 우려가 현실로", "지난해 한빛만 어획량은 9만2천t을 기록했다.", "어민들은 걱정이 크다."])
    article = parse_article(page, id="t")
    assert "\n\n지난해 한빛만 어획량은" in article.body and "우려가 현실로" not in article.body, article.body
    assert [h.text for h in article.headings] == ["어획량 감소, 우려가 현실로"]


# --- who acts in a report: a body's name with its gloss is still a body that reports others' figures; what rose is no
# --- agent of the act after it; a contrast's second owner keeps the measure the first one named -------------------------

def test_a_body_with_a_gloss_keeps_the_frame_of_figures_it_reports(analyzer):
    out = bullet(analyzer, "한빛수입차협회(HIKA)는 지난해 연간 수입차 등록대수가 27만 1034대로 전년 대비 4.4% 감소했다고 밝혔다.")
    assert out.endswith("감소했다고 밝혀"), out
    # (guard: a company's own figures need no frame)
    assert bullet(analyzer, "한빛전자(대표 홍길동)는 3분기 영업이익이 1조원으로 10.8% 늘었다고 밝혔다.").endswith("10.8% 늘어")


def test_what_rose_is_no_agent_of_the_act_after_it(analyzer):
    out = bullet(analyzer, "한빛도는 올해 사회보장급여 부정수급 신고가 꾸준히 증가해 공익신고자 161명에게 총 3억9700만 원의 포상금을 지급했다고 "
                           "24일 밝혔다.")
    assert out.startswith("한빛도, ") and "포상금" in out and not out.startswith("올해 부정수급 신고"), out


def test_a_contrasts_second_owner_keeps_the_measure_the_first_named(analyzer):
    out = bullet(analyzer, "상용직의 월평균 임금총액은 333만 7천원으로 15만 7천원(5.0%) 많아졌으나 임시·일용직은 137만원으로 "
                           "4만 6천원(3.2%) 줄었다.", max_chars=40)
    assert out.startswith("임시·일용직 월평균 임금총액, 137만원"), out


def test_which_trial_ruled_is_no_place(analyzer):
    out = bullet(analyzer, "1심에서 각각 징역형과 법정구속이라는 판결이 내려졌지만 상고를 포기한 2명의 의사를 제외한 나머지 1명의 의사에 "
                           "대한 대법원 최종 판결은 ‘무죄’였다.")
    assert out.startswith("1심에서 "), out


def test_the_writers_wonder_at_a_figure_goes(analyzer):
    out = bullet(analyzer, "환율은 장 마감을 앞두고 전 거래일 종가보다 무려 10.0원이나 오른 1,054.4원을 고점으로 기록했다.")
    assert "무려" not in out and "10.0원 오른 1,054.4원" in out, out
    assert bullet(analyzer, "한빛축제 관객은 무려 3배나 늘었다.") == "한빛축제 관객, 3배 늘어"


def test_every_x_belongs_to_the_relative_clause_it_opens(analyzer):
    # "‘…’ 등 매 영화마다 | 텐트폴 개봉을 이어온 감독의 ‘…’": "마다" is no phrase boundary; dropped alone, the clause
    # left "매 영화마다 류승완 감독의 …" garbled
    out = bullet(analyzer, "‘가람전’, '누리전' 등 매 영화마다 텐트폴 개봉을 이어온 홍길동 감독의 ‘한빛’은 폭염을 기록 중인 최근, 관객들을 "
                           "극장가로 다시 불러 모으고 있다.")
    assert "영화마다 홍길동" not in out, out
