"""Readings of this session. Pages and sentences written for these tests (not news copy)."""
from bullet_helpers import bullet, summarize_page

from pipeline.parse import parse_article


# --- a regional site's weather strip, page date and slashed section label are no headline ---------------------

WEATHER_PAGE = "\n".join([
    "2025.03.14 (금)",
    "",
    "  • 흐림한빛 4.0℃",
    "  • 서울 -1.2℃",
    "  • 맑음가람 6.5℃",
    "기상청 제공",
    "",
    "행정/의회/자치",
    "",
    "한빛군의회, 섬마을 현장 방문",
    "",
    "한빛타임즈 홍길동 기자 | 한빛군의회가 지난 10일부터 11일까지 섬마을 세 곳을 방문했다.",
    "",
    "의원들은 선착장 공사 현장을 둘러보고 주민 간담회를 열었다.",
])


def test_weather_strip_and_page_date_are_furniture_and_the_headline_is_taken():
    article = parse_article(WEATHER_PAGE, id="w")
    assert article.title == "한빛군의회, 섬마을 현장 방문"
    assert article.paragraphs[0].startswith("한빛군의회가 지난 10일"), article.paragraphs
    assert article.byline == "홍길동 기자"
    assert not any("기상청" in p or "℃" in p for p in article.paragraphs)


def test_a_lede_with_a_bar_is_kept_when_no_reporter_stands_before_it():
    page = "한빛군, 봄꽃 축제 연다\n\n한빛군은 다음 달 봄꽃 축제를 연다. 축제는 사흘 동안 열린다. 군은 관광객 10만 명을 기대한다."
    assert parse_article(page, id="b").paragraphs[0].startswith("한빛군은 다음 달")


# --- times and means set side by side stay with their pairs ----------------------------------------------------

def test_paired_times_are_not_dropped_from_one_pair(analyzer):
    out = bullet(analyzer, "다음 달 운행을 시작하는 새 열차는 첫차가 오전 5시 반, 막차가 오후 11시에 출발하며 하루 40회 운행한다.")
    assert "첫차가 막차가" not in out and "첫차, " not in out, out
    assert ("오전 5시 반, 막차가 오후 11시에" in out) or ("첫차" not in out and "막차" not in out), out


def test_a_means_shared_with_a_gapped_object_stays(analyzer):
    out = bullet(analyzer, "한빛시는 다음 달 북부 구간은 새 선로를, 남부 구간은 기존 선로를 활용해 우선 개통하고 2030년까지 전 구간을 개통하기로 했다.")
    assert "남부 구간은 개통" not in out and "부 구간은 2030년" not in out, out


def test_a_time_and_topic_pair_keeps_its_comma(analyzer):
    out = bullet(analyzer, "당초 북부 구간은 2020년, 남부 구간은 2022년 완공될 예정이었으나 설계 변경과 공사비 급증 등으로 크게 늦어졌다.")
    assert "2020년, 남부 구간은 2022년" in out, out


# --- "같은 시간" goes with the day it is the same as -------------------------------------------------------------

def test_the_same_time_goes_with_its_day(analyzer):
    out = bullet(analyzer, "이날 같은 시간 한빛시청 앞에서 시민단체 등이 기자회견을 열었다.")
    assert not out.startswith("시간") and ", 시간" not in out and "같은" not in out, out
    assert out.startswith("시민단체 등, "), out


def test_the_same_place_stays_when_it_is_no_time(analyzer):
    out = bullet(analyzer, "이날 같은 장소에서 열린 회의에서 노조는 파업을 결의했다.")
    assert "같은 장소에서" in out, out


# --- no headline comma on a condition's subject or on an item of a list of objects -----------------------------

def test_a_conditions_subject_takes_no_headline_comma(analyzer):
    out = bullet(analyzer, "각 구청도 침수 위험이 높거나 붕괴가 우려될 경우 주민을 경로당 등 안전한 곳으로 대피시키는 등 예방 조치에 나섰다.")
    assert "위험, " not in out and "붕괴, " not in out, out


def test_an_item_of_a_list_of_objects_is_no_topic(analyzer):
    out = bullet(analyzer, "한빛통신이 올해 1분기 매출액이 전년 동기 대비 7% 늘어난 4조1000억원을, 영업이익은 지난해 같은 기간보다 "
                           "22% 증가한 3100억원을, 순이익이 전년 동기 대비 46% 불어난 2500억원을 달성했다.")
    assert "영업이익, " not in out and "순이익, " not in out and not out.startswith("영업이익"), out


def test_an_object_before_the_subject_still_lets_it_front(analyzer):
    out = bullet(analyzer, "축제의 세부 일정 등을, 군수가 직접 설명할 예정이다.")
    assert out.startswith("군수, "), out


# --- a name ending in "라" before a title is one name ---------------------------------------------------------

def test_a_name_ending_in_ra_before_a_title_is_kept_whole(analyzer):
    out = bullet(analyzer, "한미라 전국교육장협의회장은 \"현장의 목소리를 정책에 담겠다\"고 밝혔다.")
    assert out.startswith("한미라 전국교육장협의회장, "), out


def test_a_place_with_the_copula_ra_before_no_title_stays_a_copula(analyzer):
    # "제주라 관광객이 …" (being Jeju): the noun before is no title, the copula stays
    assert ("이", "VCP") in {(m.form, m.tag) for m in analyzer.morphs("제주라 관광객이 평소보다 많았다.")}
    assert ("한미라", "NNP") in {(m.form, m.tag) for m in analyzer.morphs("한미라 전국협의회장은 웃었다.")}


# --- a judgment held now is no plan; counts set against each other keep who acted ------------------------------

def test_an_expectation_is_no_scheduled_act(analyzer):
    out = bullet(analyzer, "새 청사의 개청 날짜는 아직 미정이지만 늦어도 다음 달 10일 전으로 예상된다.")
    assert "예상될 예정" not in out and out.endswith("예상"), out


def test_a_scheduled_event_in_the_passive_is_still_ahead(analyzer):
    assert bullet(analyzer, "한빛 국제영화제는 다음 달 1일 개막된다.").endswith("개막 예정")


def test_counts_set_against_each_other_keep_the_actor(analyzer):
    out = bullet(analyzer, "한빛지법은 사기와 업무방해, 공문서 위조 등의 혐의를 받는 6명에 대한 선고 공판을 열고 "
                           "3명은 실형을, 3명은 징역형의 집행유예를 선고했다.")
    assert out.startswith("한빛지법, ") and "3명은 실형을, 3명은 징역형의 집행유예를 선고" in out, out


# --- a topic with "도" opens the bullet: no second comma, no subject fronted past it --------------------------

def test_a_subject_after_a_topic_with_do_keeps_its_particle(analyzer):
    out = bullet(analyzer, "새 태블릿도 기존의 스마트폰 등에 있던 '슈퍼 화면 3X'와 유기발광다이오드(OLED) 등이 처음 적용됐을 것이라는 전망이다.")
    assert out.startswith("새 태블릿도 ") and "'슈퍼 화면 3X'와" in out and "등, " not in out, out


# --- a step before the reported act goes when the bullet is still too long -----------------------------------

def test_a_prior_step_goes_when_too_long(analyzer):
    out = bullet(analyzer, "한빛호는 이륙 후 약 2분 만에 1단을 분리했고, 고도 200km 지점에서 덮개를 분리한 뒤 발사 13분 27초 만에 "
                           "목표 고도 600km에서 관측위성 3호를 성공적으로 분리했다.")
    assert out.startswith("한빛호, 발사 13분 27초 만에") and "관측위성 3호를" in out and "덮개" not in out, out


def test_a_prior_step_stays_when_the_bullet_fits(analyzer):
    assert bullet(analyzer, "한빛시는 공청회를 연 뒤 조례안을 의회에 제출했다.") == "한빛시, 공청회를 연 뒤 조례안을 의회에 제출"


# --- a bracket inside a bracket goes with it; an event's running order is background ---------------------------

def test_a_nested_parenthetical_goes_whole(analyzer):
    out = bullet(analyzer, "한빛시는 새 제도로 노인 빈곤율(소득이 중위소득 50% 이하인 노인(빈곤 노인)의 수가 전체 노인에서 차지하는 비율)이 "
                           "5년 새 6.9%포인트 낮아졌다고 설명했다.")
    assert "(" not in out and ")" not in out and "빈곤율" in out and "6.9%포인트" in out, out


def test_an_events_running_order_is_background(analyzer):
    from pipeline.select import background

    assert background(analyzer.morphs("보고회는 홍보 영상 시청, 문화공연, 시장의 시정방향 설명, 질의응답 순으로 진행됐다."))
    assert not background(analyzer.morphs("보고회는 시청 대강당에서 시민 300명이 참석한 가운데 진행됐다."))


# --- purposes go when the bullet is still too long, "-고자" too; a footnote's mark leaves the particle ------------

def test_two_purposes_go_when_too_long(analyzer):
    out = bullet(analyzer, "이에 정부는 물가 부담이 커지는 시기에 취약계층의 삶을 보다 두텁게 보호하고자, 부처별로 흩어져 있던 위기가구 지원 "
                           "체계를 범정부 차원에서 하나로 연결하기 위해 「범부처 위기가구 지원 협의체」를 처음 마련하였다.")
    assert out == "정부, 「범부처 위기가구 지원 협의체」를 처음 마련", out


def test_a_purpose_with_its_own_subject_stays(analyzer):
    out = bullet(analyzer, "시민이 안전하게 이용하기 위해 시는 다리를 보수하고 난간을 새로 설치하는 공사를 다음 달까지 마칠 계획이라고 밝혔다.")
    assert "시민이 안전하게 이용하기 위해" in out, out


def test_a_footnote_mark_before_a_particle_goes():
    from pipeline.clean import normalize_text

    assert normalize_text("「한빛 협의체」*는 차관을 위원장으로 구성된다.") == "「한빛 협의체」는 차관을 위원장으로 구성된다."
    assert normalize_text("지원금**을 받는다.") == "지원금을 받는다."
    assert normalize_text("* 주: 협의체는 매달 열린다.") == "* 주: 협의체는 매달 열린다."
    assert normalize_text("3*4는 12다.") == "3*4는 12다."


# --- "도" on the object of a later clause's act names no one who acts ------------------------------------------

def test_also_on_a_later_object_is_no_subject(analyzer):
    from pipeline.select import has_subject

    assert not has_subject(analyzer.morphs("관심사 기반 서비스인 오픈채팅을 강화해 이용자층을 확장하고 맞춤형 광고도 도입한다."))
    assert has_subject(analyzer.morphs("한빛톡도 오픈채팅을 강화해 이용자층을 확장한다."))


# --- broadcast scripts: the hour of the broadcast goes with its particles; a forecaster's sign-off is no news -----

def test_the_broadcast_hour_goes_with_its_particles(analyzer):
    out = bullet(analyzer, "조금 전인 저녁 7시에는 한빛도 전역에 강풍주의보가 내려진 상태입니다.")
    assert out.startswith("한빛도 전역에"), out


def test_being_seen_now_is_no_scheduled_act(analyzer):
    out = bullet(analyzer, "오늘 오전 신호등이 고쳐진 뒤에도 사고가 난 도로엔 과속 차량들이 눈에 띕니다.")
    assert "예정" not in out and out.endswith("띔"), out


def test_a_time_of_day_as_the_topic_makes_a_forecast(analyzer):
    assert bullet(analyzer, "내일 아침도 쌀쌀하게 시작합니다.").endswith("시작할 전망")
    assert bullet(analyzer, "주말인 내일은 다시 맑은 날씨를 회복하겠습니다.").endswith("회복할 전망")
    # a person who acts keeps the plan or the words said
    assert "전망" not in bullet(analyzer, "내일은 한빛시장이 새 정책을 발표하겠습니다.")
    assert bullet(analyzer, "한빛시는 다음 주 축제를 시작합니다.").endswith("축제 시작 예정")


def test_a_forecasters_sign_off_is_no_content(analyzer):
    from bullet_helpers import analyse
    from pipeline.select import non_content_reason

    doc = analyse(analyzer, "내일은 전국이 맑겠습니다. 지금까지 오늘과 내일 날씨 비교였습니다.")
    assert non_content_reason(doc.sentences[1]) is not None
    assert non_content_reason(doc.sentences[0]) is None


def test_a_transcripts_time_codes_go():
    from pipeline.clean import normalize_text

    text = "00:00한빛시 공장에서 불이 났습니다.\n00:05소방이 출동했습니다.\n00:11현재 진화 중입니다.\n회의는 10:30에 열립니다."
    assert normalize_text(text) == "한빛시 공장에서 불이 났습니다.\n소방이 출동했습니다.\n현재 진화 중입니다.\n회의는 10:30에 열립니다."
    assert normalize_text("10:30부터 회의가 열린다.") == "10:30부터 회의가 열린다."


# --- more readings of setGG ------------------------------------------------------------------------------------

def test_a_list_of_described_names_keeps_its_subject_particle(analyzer):
    out = bullet(analyzer, "서울에선 한빛구을의 김가람 예비후보, 달빛구갑의 이나래 예비후보가 공천을 받았다.")
    assert "예비후보, 공천" not in out and "이나래 예비후보가 공천" in out, out


def test_specifically_with_a_topic_particle_goes(analyzer):
    out = bullet(analyzer, "구체적으로는 한빛연구단이 이끄는 공동연구협력단의 연구는 암흑물질의 존재를 규명할 기반을 마련했다는 평가를 받는다.")
    assert not out.startswith("구체적으로"), out


def test_an_adverb_of_a_dropped_means_goes_with_it(analyzer):
    out = bullet(analyzer, "한빛기술연구원은 새롭게 도전하는 그랜드챌린지(GC) 사업을 통해 성공 가능성은 매우 낮지만 성공할 경우 세상을 "
                           "바꿀 수 있는 초고난도 연구를 본격 추진한다고 23일 밝혔다.")
    assert "새롭게" not in out or "새롭게 도전하는" in out, out


def test_the_subject_of_a_clause_describing_a_topic_with_yeoksi_is_no_headline_topic(analyzer):
    out = bullet(analyzer, "김가람 교수가 종양학 분야 최고 학술지 ‘한빛 온콜로지(Hanbit Oncology)’에 발표한 종양 관련 연구 역시 "
                           "높은 기여도를 인정받았다.")
    assert not out.startswith("김가람 교수, "), out


# --- a story that opens on a quotation and its speaker is led by the news after them -----------------------------

QUOTE_OPENER = """한빛교육청 개청…김가람 교육감 취임

“한빛시를 도시 전체가 배움터가 되는 명품 학습도시로 만들겠다.”

한빛시의 첫 교육감 김가람 교육감은 취임사에서 이렇게 말했다. 1일 한빛시 출범과 함께 문을 연 한빛교육청이 본격적으로 업무를 시작했다.

교육청은 2국 6과 174명으로 꾸려졌다. 관내에는 초등학교 20곳과 중학교 9곳이 있다.

김 교육감은 첫 기자회견에서 소규모 학교 통폐합에 반대한다고 밝혔다. 그는 “한빛시는 만들어 가는 단계인 만큼 예외로 해야 한다”고 말했다.

한빛시에는 내년에 학교 9곳이 새로 문을 연다.
"""


def test_a_story_opening_on_a_quotation_is_led_by_the_news_after_it(analyzer):
    from pipeline.config.summarize import BulletConfig, KiwiEngineConfig
    from pipeline.engines.extractive import KiwiEngine
    from pipeline.parse import parse_article

    doc = analyzer.analyze(parse_article(QUOTE_OPENER, id="q"))
    engine = KiwiEngine(analyzer, BulletConfig(), KiwiEngineConfig())
    lede = engine.lede(doc, engine.content(doc))
    assert "업무를 시작했다" in doc.sentences[lede].text, doc.sentences[lede].text
    assert "업무 시작" in summarize_page(analyzer, QUOTE_OPENER)[1].bullets[0]


def test_a_definition_by_what_the_thing_is_part_of_is_background(analyzer):
    from pipeline.select import background

    assert background(analyzer.morphs("HBM은 D램 여러 개를 수직으로 연결해 처리 속도를 끌어올린 AI 반도체의 핵심 부품이다."))
    assert not background(analyzer.morphs("한빛전자는 AI 반도체의 핵심 부품을 처음 양산했다."))


# --- a subjectless figure after its bullet's sentence joins that bullet with "..", as the author's block does -----

JOINED = """한빛통신 3분기 영업이익 늘어

이동통신 3사의 올해 3분기 실적에서 희비가 엇갈렸다.

한빛통신은 3분기 연결 기준 영업이익이 4천980억원이라고 발표했다. 전년대비 6.96% 증가한 수치다.

가람텔레콤은 연결 기준 매출액이 상장 이후 역대 최대 분기 실적을 갈아 치웠다.

나래모바일은 3분기 연결 기준 영업이익이 10.8% 줄어들면서 2천543억원의 성적을 거뒀다.

한빛통신은 5G 가입자가 1천만 명을 넘어섰다고 밝혔다. 가람텔레콤은 인공지능 사업 매출이 두 배로 늘었다.

나래모바일은 마케팅 비용이 크게 늘었다고 설명했다. 업계는 4분기에도 실적 경쟁이 이어질 것으로 보고 있다.
"""


def test_a_subjectless_figure_joins_the_bullet_of_the_sentence_before(analyzer):
    doc, summary = summarize_page(analyzer, JOINED)
    joined = [b for b in summary.bullets if ".." in b]
    assert joined and joined[0].endswith("..전년대비 6.96% 증가"), summary.bullets
    assert not any(b.startswith("전년대비") for b in summary.bullets), summary.bullets
    ref = summary.source_sentences[summary.bullets.index(joined[0])]
    assert doc.article.body[ref.start : ref.end].endswith("증가한 수치다."), doc.article.body[ref.start : ref.end]


def test_what_a_figure_measures_is_the_topic_not_a_place_to_look(analyzer):
    assert bullet(analyzer, "올해 수출 실적을 보면 6천억 달러를 넘어 역대 최대를 기록했다.").startswith("올해 수출 실적, 6천억 달러를")
    # a subject of its own after the frame: the frame stays as it is
    assert "보면 수도권이" in bullet(analyzer, "지역별 인구를 보면 수도권이 50%를 넘었다.")


def test_a_joined_bullet_is_checked_part_by_part_against_its_own_sentences(analyzer):
    from pipeline.benchmarks.bullets import Counts, score_block
    from pipeline.config.summarize import SummarizeConfig
    from pipeline.parse import parse_article

    doc, summary = summarize_page(analyzer, JOINED)
    rows = score_block(summary, doc, analyzer, SummarizeConfig(), Counts())
    joined = next(r for r in rows if ".." in r["bullet"])
    assert not {"number_split", "name_split"} & set(joined["defects"]), joined
    # the same joined text traced to its first sentence only would lose the second one's figure
    from pipeline.benchmarks.bullets import bullet_defects

    first = doc.sentences[joined["sentence"]]
    assert "number_split" in bullet_defects(joined["bullet"], first, analyzer.morphs(joined["bullet"]), 60, True) \
        or "6.96" not in first.text


# --- reading of setGE-GG (level): a report keeps its frame, "더욱이" goes with the first quote -------------------

def test_a_report_said_with_malhada_keeps_its_frame(analyzer):
    out = bullet(analyzer, "기상청은 오전 4시쯤부터 내린 눈은 5시부터 서서히 쌓이기 시작했다고 말했습니다.")
    assert out.endswith("시작했다고 밝혀"), out


def test_an_adding_connective_goes_with_the_first_quotation(analyzer):
    out = bullet(analyzer, "김가람 한빛대 교학처장은 “국내 연구자가 양대 학술지에 제1 저자로 이름을 올린 경우는 지금까지 3편 정도에 "
                           "불과했다”며 “더욱이 대학원생 제1저자는 이례적”이라고 말했다.")
    assert out == "김가람 한빛대 교학처장, “…대학원생 제1저자는 이례적”", out


def test_a_share_of_those_asked_reports_what_they_answered(analyzer):
    assert ("%", "SW") in {(m.form, m.tag) for m in analyzer.morphs("응답자의 43.4%는 답했다.")}
    assert ("는", "JX") in {(m.form, m.tag) for m in analyzer.morphs("응답자의 43.4%는 답했다.")}
    out = bullet(analyzer, "조사 결과 응답자의 43.4%는 앞으로 5년간 지금보다 경기가 악화될 것이라고 답했다.")
    assert "43.4%, " in out and "경기가 악화될 것이라고 답" in out and not out.startswith("경기, "), out


def test_an_earlier_deed_cited_keeps_its_date_and_counterpart(analyzer):
    out = bullet(analyzer, "한빛중공업은 지난 2015년 4월 홍콩 선사 가람해운으로부터 2만 TEU급 컨테이너선 6척을 9억5000만달러(약 1조800억원)에 "
                           "수주한 바 있다.")
    assert "2015년 4월" in out and "가람해운으로부터" in out and out.endswith("6척을 9억5000만달러에 수주"), out


def test_an_anchors_framing_of_whose_story_it_is_is_no_content(analyzer):
    from bullet_helpers import analyse
    from pipeline.select import non_content_reason

    doc = analyse(analyzer, "대형 화재가 난 한빛시장 얘긴대요. 상인들은 서로 이야기를 나눴습니다.")
    assert non_content_reason(doc.sentences[0]) is not None
    assert non_content_reason(doc.sentences[1]) is None


def test_a_prior_step_that_is_another_act_stays(analyzer):
    # read blind: "…A씨를 성폭행한 뒤 목졸라 살해하고 …" had lost a charge of its own
    out = bullet(analyzer, "김모씨는 지난해 4월 중순 한빛시 가람동에서 아내의 직장 동료인 A씨를 폭행한 뒤 목졸라 살해하고 A씨의 "
                           "시신을 유기한 혐의를 받는다.")
    assert "폭행한 뒤" in out, out


def test_a_described_topic_is_what_a_repeated_figure_is_about(analyzer):
    from pipeline.analysis import content_key
    from pipeline.engines.extractive import _repeats_figure
    from pipeline.select import bullet_topic

    lede = analyzer.morphs("올해 소비자 물가 상승률, 전년보다 5.1% 오름")
    later = analyzer.morphs("한빛통계청이 발표한 2022년 연간 소비자물가 지수, 107.71로 작년보다 5.1% 상승해 최고 수준으로 집계")
    assert "지수" in bullet_topic(later) and "한빛통계청" not in bullet_topic(later)
    assert _repeats_figure(later, lede, {content_key(m) for m in lede} - {None})
