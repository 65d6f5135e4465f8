"""Readings of this session. Pages and sentences written for these tests (not news copy)."""
from bullet_helpers import analyse, bullet, summarize_page


# --- a subject inside a "-도록" clause is not the reported clause's own: the report's frame goes -----------------------

def test_a_subject_of_a_purpose_clause_does_not_keep_the_report_frame(analyzer):
    # "군민이" is the subject of "놓치지 않도록", not of "집중한다": the county itself acts, so "…한다고 밝혀" says nothing
    out = bullet(analyzer, "한빛군은 연초 집중되는 각종 보조사업을 군민이 놓치지 않도록 신청 안내에 행정력을 집중한다고 밝혔다.")
    assert "밝혀" not in out and out.startswith("한빛군, "), out
    # (guard: a reported clause with a subject of its own keeps who reports it)
    assert bullet(analyzer, "한빛시는 가람건설이 공사를 중단하도록 명령했다고 밝혔다.") == "한빛시, 가람건설이 공사를 중단하도록 명령"
    assert bullet(analyzer, "한빛경찰서는 용의자가 범행 일체를 자백했다고 밝혔다.") == "한빛경찰서, 용의자가 범행 일체를 자백했다고 밝혀"


# --- why the topic acts, told in a cause clause with its own subject ("…늘어남에 따라"), goes from a bullet still
# --- too long; not when the act names what the cause named -----------------------------------------------------------

def test_a_cause_clause_goes_from_a_bullet_still_too_long(analyzer):
    out = bullet(analyzer, "한빛본부는 이번 장마로 하천변 산책로, 저지대 주차장, 지하차도 등 취약지역에서 침수와 붕괴 "
                           "위험요인이 커짐에 따라 주민 대피 중심의 현장 순찰을 강화하고 있다.")
    assert out == "한빛본부, 주민 대피 중심의 현장 순찰 강화", out
    out = bullet(analyzer, "이번 현장점검은 늦여름 잦은 비로 과일이 갈라지며 생긴 상품성 저하가 남부 일부 농가에서 잇따라 "
                           "보고됨에 따라, 출하량 영향을 미리 살피기 위한 취지다.")
    assert out.startswith("이번 현장점검") and out.endswith(" 출하량 영향을 미리 살피기 위한 취지") and "보고" not in out, out


def test_a_cause_that_names_what_the_act_is_about_stays(analyzer):
    # the alert is the mosquito's; the restart is the one approved: without the cause the act would not say of what
    out = bullet(analyzer, "한빛도 보건환경연구원은 남부 해안지역에서 올해 처음으로 일본뇌염 매개모기가 채집됨에 따라 "
                           "도 전역에 일본뇌염 주의보를 발령했다고 밝혔다.")
    assert "매개모기" in out and out.endswith("일본뇌염 주의보 발령"), out
    out = bullet(analyzer, "한빛에너지는 안전위원회가 가람 1호기와 가람 2호기의 재가동을 최종 승인함에 따라 곧바로 "
                           "재가동 준비 절차에 착수했다고 밝혔다.")
    assert "승인함에 따라" in out, out


# --- a title that opens on a year ("‘40년 발굴여정, …’") is a quotation, not a year's apostrophe ----------------------

def test_a_title_opening_on_a_year_keeps_its_quotation_marks():
    from pipeline.clean import normalize_text
    text = "한빛박물관은 첫 기획전인 ‘30년 발굴여정, 다시 보는 옛터’를 다음 달 1일부터 연다."
    assert normalize_text(text) == text
    # (guards: a year cut to two digits keeps its apostrophe, also before a later quotation)
    assert normalize_text("‘23년 매출은 ‘22년보다 늘었고 그는 ‘좋다’고 했다") == "ʼ23년 매출은 ʼ22년보다 늘었고 그는 ‘좋다’고 했다"
    assert normalize_text("‘24년 기준’ 통계") == "‘24년 기준’ 통계"


def test_a_lede_with_a_title_opening_on_a_year_is_compressed(analyzer):
    # read as an apostrophe, the title's closing mark was left alone and every rendering was refused: the lede came
    # out as the whole sentence, "…는 …연다" and all
    page = ("한빛박물관, 개관 기념 첫 기획전\n\n"
            "한빛박물관은 첫 기획전인 ‘30년 발굴여정, 다시 보는 옛터’를 다음 달 1일부터 연다.\n"
            "이번 전시에는 그동안 발굴한 토기와 기와 등 유물 200여 점이 나온다.\n"
            "박물관은 전시 기간 매주 토요일 어린이 체험 행사도 함께 운영할 계획이다.\n")
    _, summary = summarize_page(analyzer, page)
    lede = summary.bullets[0]
    assert lede.startswith("한빛박물관, ") and "‘30년 발굴여정, 다시 보는 옛터’" in lede and not lede.endswith("연다"), lede


# --- "…를 출범시킨다고 했다": an act still to come is named by its noun, as "…를 정비한다고" is; "-시킴" reads as done --

def test_a_causative_act_in_the_present_is_named_by_its_noun(analyzer):
    out = bullet(analyzer, "한빛시장은 시청 안에 '청년 정책 협의회'를 출범시킨다고도 했다.")
    assert out == "한빛시장, 시청 안에 '청년 정책 협의회' 출범", out
    # (guard: done, it stays done)
    assert bullet(analyzer, "한빛구는 노후 주택 30가구를 이주시켰다.") == "한빛구, 노후 주택 30가구를 이주시킴"


# --- "A와 B, C, D 등": the item joined by "와" is the list's first; four items keep two, as a list of commas does ----

def test_a_list_opening_with_an_item_joined_by_wa_keeps_two_items(analyzer):
    out = bullet(analyzer, "한빛군은 기존 농공단지와 가람테크밸리, 한빛기계연구원, 한빛폴리텍대학 등 기계 산업 기반과 연계해 "
                           "관련 첨단 기업 유치에 힘을 쏟을 방침이다.")
    assert "기존 농공단지와 가람테크밸리 등 기계 산업 기반" in out and "한빛폴리텍대학" not in out, out
    # (guard: three items in all stay)
    out = bullet(analyzer, "한빛군은 가람테크밸리, 한빛기계연구원, 한빛폴리텍대학 등과 함께 기업 유치에 나선다.")
    assert all(name in out for name in ("가람테크밸리", "한빛기계연구원", "한빛폴리텍대학")), out


# --- how a finding was made ("…을 조사한 결과", "‘…조사’ 결과") goes from a bullet still too long, when what was found
# --- names its subject in full or the topic found it -----------------------------------------------------------------

def test_a_surveys_dates_and_sample_go_before_a_finding_named_in_full(analyzer):
    out = bullet(analyzer, "한빛리서치는 지난 3일부터 5일까지 전국 성인 1001명을 조사한 결과 가람 시장의 시정 운영 긍정 평가는 "
                           "지난달 41%에서 4%p 오른 45%, 부정 평가는 3%p 내린 48%를 기록했다고 밝혔다.")
    assert out.startswith("한빛리서치, 가람 시장의 시정 운영 긍정 평가는 ") and "1001명" not in out, out
    out = bullet(analyzer, "한빛환경연구원은 ‘2024 하천생태 정밀조사’ 결과 꼬치동자개 등 멸종위기 1급 어류 7종과 남생이, 수원청개구리 "
                           "등 멸종위기 2급 동물 31종의 서식을 확인했다고 밝혔다.")
    assert out.startswith("한빛환경연구원, 꼬치동자개 등 멸종위기 1급 어류 7종"), out


def test_a_survey_frame_stays_where_the_finding_needs_it(analyzer):
    # what was surveyed says of what the bare measure is; the count found is part of the count tested; a result that
    # is an act's object is no lead-in
    out = bullet(analyzer, "한빛부동산원은 이번 주 전국 아파트 가격동향을 조사한 결과 매매가는 0.11% 오르고 전세가는 0.05% 내렸다고 밝혔다.")
    assert "가격동향" in out, out
    out = bullet(analyzer, "한빛식품안전청은 수입 농산물 가공품 총 187건의 잔류농약 검사를 실시한 결과 기준을 초과한 3건을 통관 "
                           "단계에서 차단했다고 밝혔다.")
    assert "187건" in out, out
    out = bullet(analyzer, "한빛통계청은 가축 통계조사 결과를 발표하고 지난달 현재 한우 사육 수는 208만 3천 마리로 지난해 같은 달에 "
                           "비해 21만 2천 마리 늘었다고 밝혔다.")
    assert not out.startswith("한빛통계청, 를"), out


# --- "…을 보면," with no subject after it: what the frame looks at is what the statement is about ------------------

def test_a_viewing_frame_gives_its_object_to_a_statement_without_subject(analyzer):
    out = bullet(analyzer, "분기별 수출 증가율을 보면, 지난해 1분기 12%를 기록한 뒤 세 분기 연속 한 자릿수에 머물다가 이번에 다시 "
                           "두 자릿수로 올라섰다.")
    assert out.startswith("분기별 수출 증가율, 지난해 1분기 12%를 기록한 뒤"), out
    # (guard: a statement with its own topic keeps the frame that says of what)
    assert bullet(analyzer, "연령별 고용률을 보면, 청년층은 0.3%p 하락했다.").startswith("연령별 고용률을 보면, ")


# --- "내달이면 …사라진다": "by next month" is a time to come; the act is foreseen, not done --------------------------

def test_a_time_word_with_if_is_a_time_to_come(analyzer):
    out = bullet(analyzer, "내달이면 한빛포털 모바일 첫 화면에서 뉴스가 사라진다.")
    assert out.endswith("뉴스 사라질 전망"), out
    # (guard: a time word that is what the clause is about is no date: "이번이 처음이 아니라고")
    assert bullet(analyzer, "이번이 처음이 아니라고도 털어놓았다.").endswith("털어놓음")


# --- a lede's last clause that names only a setting made ("…소통의 장을 마련했다", "…시간을 가졌다") gives way to the
# --- first act, the meeting itself --------------------------------------------------------------------------------------

def test_a_vague_outcome_gives_way_to_the_event(analyzer):
    out = bullet(analyzer, "한빛군의회는 7일 본관 2층 회의실에서 한빛군이장협의회와의 간담회를 개최하고, 주민들의 다양한 의견을 "
                           "청취하며 지역 현안 해결을 위한 적극적인 소통의 장을 마련했다.")
    assert out.endswith("간담회 개최") and "소통의 장" not in out, out
    out = bullet(analyzer, "경남 가람군은 홍길동 군수 주재로 2025년도 군정 주요 업무계획 보고회를 열고 군정 발전에 대한 깊이 있는 "
                           "의견 교환 시간을 가졌다고 3일 밝혔다.")
    assert out.startswith("경남 가람군, ") and "업무계획 보고회 개최" in out, out
    # (guard: a last clause with a fact of its own stays the bullet's)
    out = bullet(analyzer, "가람군은 군수 주재로 2025년도 군정 주요 업무계획 보고회를 열고 부서별 핵심 사업 388건의 추진 계획과 "
                           "예산 확보 방안을 집중적으로 점검했다고 3일 밝혔다.")
    assert "388건" in out, out


# --- a first sentence that only says a result was put out gives the lede to the one that says what it holds ----------

def test_an_announcement_gives_the_lede_to_what_it_holds(analyzer):
    page = ("한빛전자가 올해 3분기 잠정 실적을 발표했습니다.\n"
            "한빛전자는 올해 3분기 매출 41조원, 영업이익 3조2천억원을 기록했다고 잠정 공시했습니다.\n"
            "1년 전보다 매출은 12.4%, 영업이익은 58.1% 늘어난 겁니다.\n"
            "반도체 부문은 고대역폭 메모리 판매가 늘면서 전분기보다 실적이 개선됐습니다.\n"
            "가전 부문은 원자재 가격 상승 영향으로 수익성이 다소 낮아졌습니다.\n")
    _, summary = summarize_page(analyzer, page)
    assert summary.bullets[0].startswith("한빛전자, 올해 3분기 매출 41조원"), summary.bullets
    assert not any(b.endswith("잠정 실적 발표") for b in summary.bullets), summary.bullets


def test_a_result_told_before_its_noun_is_no_bare_announcement(analyzer):
    from pipeline.select import announces_only
    said = lambda text: announces_only(list(analyzer.morphs(text)))  # noqa: E731
    assert said("한빛전자가 올해 3분기 잠정 실적을 발표했습니다.")
    assert said("피의자 4명에 대한 법원의 판단이 조금 전 나왔습니다.")
    assert not said("최근 4년간 평균 어획량이 10% 넘게 줄어들었다는 조사결과가 나왔다.")
    assert not said("조사 결과 찬성이 30%로 나왔다.")
    assert not said("한빛전자가 신형 노트북을 발표했다.")


# --- a passer-by's words that open a feature do not lead; the sentence of the window that tells what happened does --

def test_a_citizens_voice_gives_the_lede_to_the_news(analyzer):
    page = ("“벌써 만원 버스를 세 대나 보냈어요.”\n"
            "한빛시 버스 노조가 파업에 들어간 9일 오후 한빛역 정류장에서 버스를 기다리던 직장인 김모 씨(33)는 한숨을 쉬며 "
            "이같이 말했다.\n"
            "퇴근을 1시간 앞당겼다는 김 씨는 “40분 가까이 기다렸지만 아직도 버스를 못 탔다”고 했다.\n"
            "한빛시 버스 노조가 9일 오전 9시부터 예고한 대로 경고 파업에 돌입하면서 시내 곳곳에서 혼란이 빚어졌다.\n"
            "한빛시는 전세버스 200대를 투입했지만 오후 5시 기준 버스 운행률은 평시의 70%에 그쳤다.\n"
            "노조는 10일 오후 6시까지 경고 파업을 이어갈 계획이다.\n")
    _, summary = summarize_page(analyzer, page)
    assert "경고 파업에 돌입" in summary.bullets[0], summary.bullets


# --- "정작" (Kiwi: a noun) opens a bullet no more than "반면" does: it leans on the sentence before --------------------

def test_a_leading_jeongjak_goes(analyzer):
    out = bullet(analyzer, "정작 일할 사람이 턱없이 부족해서 외국인 노동자로 급하게 빈자리를 메우고 있다.")
    assert out.startswith("일할 사람"), out
    # (guard: "정작" inside the sentence stays)
    assert "정작" in bullet(analyzer, "한빛시는 정작 필요한 예산은 확보하지 못했다.")


# --- a body's report of its own event, programme or bill needs no frame ("…축제가 …마무리됐다고 밝혀") -----------------

def test_a_report_of_the_reporters_own_event_drops_its_frame(analyzer):
    out = bullet(analyzer, "한빛군은 지난 주말 한빛강변 일원에서 열린 제9회 한빛 봄꽃축제가 5만여 명의 관광객이 몰린 가운데 성황리에 "
                           "마무리됐다고 밝혔다.")
    assert out.startswith("한빛군, ") and not out.endswith("밝혀") and "봄꽃축제" in out, out
    out = bullet(analyzer, "가람교육청은 새 학기부터 관내 초등학교 24곳에서 ‘늦봄교실’ 시범 사업이 시작된다고 밝혔다.")
    assert not out.endswith("밝혀"), out
    # (guard: what someone else did keeps who reports it)
    assert bullet(analyzer, "한빛경찰서는 용의자가 범행 일체를 자백했다고 밝혔다.").endswith("자백했다고 밝혀")


def test_a_setting_with_two_subjects_keeps_the_main_clauses_subject(analyzer):
    # "…축제가 | 관광객이 몰린 가운데 …마무리": dropped as the setting, the festival went with it ("한빛군, 성황리에 마무리")
    out = bullet(analyzer, "한빛군은 지난 주말 한빛강변 일원에서 열린 제9회 한빛 봄꽃축제가 5만여 명의 관광객이 몰린 가운데 성황리에 "
                           "마무리됐다고 밝혔다.")
    assert "봄꽃축제" in out, out


# --- an interviewer's question ("Q. …") asks; the paragraph it opens is no content ------------------------------------

def test_an_interviewers_question_is_no_content(analyzer):
    page = ("한빛 특파원 연결합니다.\n\n"
            "Q. 김 특파원, 가람국도 먼저 물러설 분위기는 아닌 것 같아요. 냉각 상황을 각오하는 분위기입니까?\n\n"
            "[기자]\n"
            "가람국 정부는 한빛국에 체류하는 자국민들에게 외출 시 안전에 주의할 것을 당부했습니다.\n\n"
            "양국 간 갈등이 깊어져 예기치 못한 위험이 생길 수 있다는 우려 때문입니다.\n\n"
            "가람국 총리는 한빛국의 철회 요구를 받아들이지 않겠다는 뜻을 거듭 밝혔습니다.\n")
    _, summary = summarize_page(analyzer, page)
    assert not any("특파원" in b for b in summary.bullets), summary.bullets
    assert summary.bullets[0].startswith("가람국 정부"), summary.bullets


# --- a headline's two points joined by "…" on a line of its own, over a whole sentence, heads it ---------------------

def test_a_headline_line_with_an_ellipsis_heads_the_sentence_after_it(analyzer):
    from pipeline.parse import parse_article
    page = ("지난해 산불 512건에 3천㏊ 피해…10년 평균보다 20% 늘어\n\n"
            "한빛항공본부는 1일 산불방지대책본부 현판식을 하고 봄철 산불 대응 체제에 들어갔다.\n\n"
            "한빛항공본부, 봄철 산불 총력대응…헬기 가동률 75% 유지\n"
            "지난해 전국에서 512건의 산불이 발생해 3천㏊의 산림 피해가 났다.\n\n"
            "피해 면적은 10년 평균보다 20% 늘었다.\n")
    article = parse_article(page, id="t")
    assert any(p.startswith("지난해 전국에서 512건의 산불이") for p in article.paragraphs), article.paragraphs
    assert not any("가동률 75% 유지 지난해" in p for p in article.paragraphs), article.paragraphs


def test_a_sub_headline_glued_to_the_lede_by_a_bracketed_reporter_is_split(analyzer):
    # "…의장 주도[ 홍길동 기자 ] 국내 포털 업계에 …", after the page's "입력" / "수정" stamps
    from pipeline.parse import parse_article
    page = ("포털 업계, 인공지능 주도권 다툼…서비스 개발 총력\n입력\n수정\n"
            "전담 조직·자회사 설립…두 회사 의장이 직접 주도[ 홍길동 기자 ] 국내 포털 업계에 인공지능 전쟁의 막이 올랐다. "
            "한빛과 가람이 각각 전담 조직과 자회사를 만들며 전력 끌어올리기에 나섰다.\n"
            "가람은 지난 1일 인공지능 개발을 위한 자회사를 세웠다.\n")
    article = parse_article(page, id="t")
    assert article.paragraphs[0].startswith("국내 포털 업계에 인공지능 전쟁의 막이 올랐다"), article.paragraphs


# --- a body named in full that speaks ("합동참모본부는 이날 “…”고 밝혔다") goes on speaking in "이어 “…”고 전했다" ------

def test_a_body_goes_on_speaking(analyzer):
    from pipeline.select import continuing_speaker
    page = ("합동참모본부는 이날 “우리 군은 오후 3시께 서해상으로 발사된 미상 탄도미사일 1발을 포착했다”고 밝혔다. "
            "이어 “우리 군은 추가 발사에 대비해 감시와 경계를 강화하고 있다”고 전했다.\n")
    doc = analyse(analyzer, page)
    assert continuing_speaker(doc, 1) == "합동참모본부", continuing_speaker(doc, 1)
    # (guard: "일부는" is no body that speaks)
    doc = analyse(analyzer, "일부는 “불편하다”고 말했다. 이어 “개선이 필요하다”고 덧붙였다.")
    assert continuing_speaker(doc, 1) is None


# --- a building to open ("…시설이 들어선다") and a date moved ("…8월로 앞당겨진다") told in the present are ahead ----

def test_a_building_to_open_and_a_date_moved_are_ahead(analyzer):
    assert bullet(analyzer, "한빛역 일대에는 환승센터와 공공도서관 등이 들어선다.").endswith("들어설 예정")
    assert bullet(analyzer, "한빛시 주민 체육대회가 10월에서 9월로 앞당겨진다.").endswith("앞당겨질 예정")
    # (guard: done, it stays done)
    assert bullet(analyzer, "한빛역 일대에는 지난해 환승센터가 들어섰다.").endswith("들어섬")


def test_a_launch_told_in_the_present_is_ahead(analyzer):
    assert bullet(analyzer, "한빛자동차는 올해 3종 이상의 신형 전기차를 선보인다.").endswith("선보일 예정")
    # (guard: done, it stays done)
    assert bullet(analyzer, "한빛자동차는 지난달 신형 전기차를 선보였다.").endswith("선보임")


def test_a_condition_inside_a_relative_clause_makes_no_forecast(analyzer):
    # "고3이 되면 치르게 될 …모의평가" names the exam: the date moved is announced, not foreseen
    out = bullet(analyzer, "올해 중학교 3학년 학생들이 고3이 되면 치르게 될 모의평가가 9월에서 8월로 앞당겨진다.")
    assert out.endswith("앞당겨질 예정"), out
    # (guard: a condition of the sentence's own foresees: "이 교신에 성공하면 위성은 …")
    out = bullet(analyzer, "이 교신에 성공하면 위성은 내일부터 2년간 관측 자료를 보내게 된다.")
    assert not out.endswith("예정"), out


def test_a_measure_set_in_the_present_is_ahead(analyzer):
    assert bullet(analyzer, "한빛군은 청년 정착지원금을 100만 원에서 150만 원으로 늘린다.").endswith("늘릴 예정")
    # (guards: a habit and a past act keep their nominal ending)
    assert bullet(analyzer, "한빛시는 매년 예산을 늘린다.").endswith("늘림")
    assert bullet(analyzer, "한빛시는 지난해 예산을 늘렸다.").endswith("늘림")


def test_a_viewing_frame_is_no_condition(analyzer):
    # "조정안을 보면 …선보인다": where to look, no condition; the plan stays a plan ("예정", not a forecast's "전망")
    out = bullet(analyzer, "조정안을 보면 한빛역과 가람동을 오가는 노선에는 출퇴근 시간대에만 운행하는 맞춤버스가 선보인다.")
    assert out.endswith("선보일 예정"), out
