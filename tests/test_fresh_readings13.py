"""Readings from fresh news read this session (setDM–setDP) and long bullets of earlier pages: compressions and
choices an editor turned down. Articles and sentences written for these tests (not news copy)."""
import pytest

from bullet_helpers import analyse, bullet, only_sentence, summarize_page


# --- compression -------------------------------------------------------------------------------------------------

def test_a_long_list_of_routes_is_shortened_like_any_list(analyzer):
    # "인천~화롄, 인천~가오슝, 김포~송산, … 등 총 6개 노선": the "~" inside each route had stopped the list
    text = ("한빛항공은 지난달 한빛~가람 노선의 운항을 시작해 한빛~나래, 한빛~가람, 누리~송산, 한빛~다온, "
            "청주~다온, 제주~다온 등 총 6개 해외 노선을 운영하게 됐다.")
    out = bullet(analyzer, text)
    assert "한빛~나래, 한빛~가람 등 총 6개 해외 노선" in out
    assert "누리~송산" not in out and "제주~다온" not in out


def test_a_subject_before_can_do_is_the_main_clauses_own(analyzer):
    # "해당 위치는 …어려웠으나 수색 중 구조대원이 …확인하여 위치를 확인할 수 있었다" had become "해당 위치, 위치를 확인할
    # 수 있었음": "-ㄹ 수 있었다" is the sentence's modality, not a relative clause the rescuer belonged to
    out = bullet(analyzer, "그 골짜기는 길이 전혀 없는 곳으로 덤불과 철책 등 장애물이 많아 수색이 어려웠으나 수색 중 구조대원이 "
                           "실종자의 휴대폰 화면 불빛을 확인하여 위치를 확인할 수 있었다.")
    assert "구조대원" in out and not out.startswith("그 골짜기, 위치")


def test_a_purpose_clause_with_can_keeps_its_own_subject(analyzer):
    # (guard) "양국 관계가 …발전할 수 있도록 상호 노력": the relations are the subject of the purpose clause only
    out = bullet(analyzer, "두 정상은 양국 관계가 안정적으로 발전할 수 있도록 상호 노력해 나가기로 했다.")
    assert not out.startswith("양국 관계,")


# --- choice ------------------------------------------------------------------------------------------------------

def test_a_speaker_with_a_bracketed_note_is_the_speaker():
    # "고성소방서(서장 홍길동)는 “…구조했다”고 밝혔다": the lede was taken for a quotation without its speaker
    from pipeline.analysis import Analyzer
    from bullet_helpers import only_sentence
    from pipeline.select import sentence_dangles

    analyzer = Analyzer(1)
    noted = only_sentence(analyzer, "한빛소방서(서장 홍길동)는 “16일 등산로를 벗어나 길을 잃은 70대 실종자 1명을 구조대원이 "
                                    "신속하게 구조했다”고 밝혔다.")
    assert sentence_dangles(noted) is None
    bare = only_sentence(analyzer, "“16일 길을 잃은 70대 실종자 1명을 구조대원이 신속하게 구조했다”고 밝혔다.")
    assert sentence_dangles(bare) is not None  # (guard) no speaker at all


def test_the_next_sentence_retelling_the_ledes_past_event_is_a_repeat(analyzer):
    # "경찰이 …임대인을 입건하는 등 수사에 착수" then "서부경찰서, …임대인 A씨를 지난 3월 입건해 수사 중": the same arrest
    # with its office and date; the damage (20억원) said further on is news
    text = ("경찰이 한빛시에서 발생한 전세사기 사건 관련 임대인을 입건하는 등 수사에 착수했다.\n"
            "한빛 서부경찰서는 사기 혐의를 받는 임대인 A씨를 지난 3월 입건해 수사하고 있다고 밝혔다.\n"
            "세입자 30여명은 보증금을 돌려받지 못해 발을 구르고 있다.\n"
            "현재까지 경찰이 집계한 피해 금액은 20억원에 달한다.\n"
            "한빛시는 지난 2월 전세 피해 지원 전담팀을 설치했는데, 이번 사건을 계기로 3일부터 가동할 계획이다.\n"
            "시는 피해자들에게 법률 상담과 긴급 주거를 지원한다.\n")
    doc, summary = summarize_page(analyzer, text)
    assert summary.bullets[0].startswith("경찰")
    assert not any("지난 3월 입건" in b for b in summary.bullets)
    assert any("20억원" in b for b in summary.bullets)


def test_retelling_needs_the_same_acts_and_no_news_of_its_own(analyzer):
    from pipeline.engines.extractive import _retells
    lede = analyzer.morphs("한빛시의 한 주택가 인근 도로에서 싱크홀이 생겨 주민들이 불편을 겪음")
    assert _retells(analyzer.morphs("지난 3일 오전 한빛시 가람동의 한 공사장과 주택가 사이 도로에서 싱크홀 생김"), lede)
    # (guards) a figure of its own, a plan, people named, one more of a kind ("도"), another act
    assert not _retells(analyzer.morphs("싱크홀, 가로 60cm 크기로 커진 도로에서 생김"), lede)
    festival = analyzer.morphs("한빛 연극 축제, 주택가 도로에서 열림")
    assert not _retells(analyzer.morphs("한빛 연극 축제, 오는 30일까지 주택가 도로에서 열릴 예정"), festival)
    show = analyzer.morphs("한빛문화재단, 8명의 작가가 참여하는 전시회를 개최")
    assert not _retells(analyzer.morphs("한빛 출신 작가로는 김가람, 이나래, 박다온 참여"), show)
    assert not _retells(analyzer.morphs("인근 도로에서도 싱크홀 생김"), lede)
    assert not _retells(analyzer.morphs("한빛시, 주택가 도로 싱크홀 원인 분석"), lede)


# --- compression, second reading ---------------------------------------------------------------------------------

def test_what_someone_saw_coming_is_not_who_acted(analyzer):
    # "전동킥보드가 속도를 줄이지 않고 딸에게 향하는 것을 보고 온 몸을 던져 …" had become "전동킥보드, …몸을 던져": the
    # scooter is what the mother saw
    out = bullet(analyzer, "특히 인도를 달리던 전동킥보드가 속도를 줄이지 않고 어린 딸에게 향하는 것을 보고 온 몸을 던져 "
                           "킥보드를 막아섰다가 뒤로 넘어져 머리를 다친 걸로 전해졌습니다.")
    assert not out.startswith("전동킥보드,")


def test_a_connective_with_its_comma_after_the_topic_goes(analyzer):
    assert bullet(analyzer, "김 지사는 아울러, 소상공인에 대한 신속한 지원을 주문했습니다.") == "김 지사, 소상공인에 대한 신속한 지원 주문"


def test_a_fire_that_broke_out_at_a_time_keeps_its_clause(analyzer):
    # "오전 8시 반쯤 난 불은" read as the pronoun "나" + topic: the topic had been fronted out of its clause
    assert bullet(analyzer, "오전 8시 반쯤 난 불은 1시간 반 만에 진화됐습니다.").startswith("오전 8시 반쯤 난 불, 1시간 반 만에")


def test_what_an_office_supposed_has_no_agent_of_the_main_clause(analyzer):
    # "보건소는 회에 문제가 있는 것으로 추정해 …수거한 뒤 …의뢰했다" had become "보건소 문제, …의뢰"
    out = bullet(analyzer, "한빛구 보건소는 뷔페 음식 중 회에 문제가 있는 것으로 추정해 현장에서 수거한 뒤 한빛시 "
                           "보건환경연구원에 정밀 조사를 의뢰했다.")
    assert "보건소 문제" not in out and out.startswith("한빛구 보건소,")


def test_a_feeling_is_no_subject_and_words_heard_are_no_speech(analyzer):
    # "B 씨는 …고객의 말을 듣고 의심이 들어 경찰에 신고했다" had become "의심이 들어 경찰에 신고": who reported was lost
    out = bullet(analyzer, "당시 은행직원 B 씨는 검찰청으로부터 전화를 받고 현금 3800만 원을 인출하려 한다는 40대 여성 "
                           "고객의 말을 듣고 의심이 들어 경찰에 신고했다.")
    assert out.startswith("당시 은행직원 B 씨,") and out.endswith("경찰에 신고")


def test_a_cases_hash_mark_goes():
    from pipeline.format import finish_headline
    assert finish_headline("#한빛시의 한 아파트 입주자모임, 이용료 인상에 불만") == "한빛시의 한 아파트 입주자모임, 이용료 인상에 불만"


@pytest.mark.parametrize("line", [
    "우선 9시 5분쯤에 사고가 접수됐는데 사고 경위부터 정리를 해 보도록 하겠습니다.",
    "새롭게 출발하는 지역 방송의 굳은 다짐이 오늘 밤 방송됩니다.",
    "지금 제가 말하는 내용이 이곳 주조정실을 거쳐 실시간으로 여러분에게 전달되고 있습니다.",
    "넉 달째 늘었는데, 더 큰 문제는 오름폭입니다.",  # which problem, and not yet what it is
])
def test_more_programme_talk_is_no_news(analyzer, line):
    from pipeline.select import non_content_reason
    assert non_content_reason(only_sentence(analyzer, line)) is not None


def test_programme_words_in_news_stay(analyzer):
    from pipeline.select import non_content_reason
    # (guard) a broadcast as the news itself, and someone's "제가" in their own words
    assert non_content_reason(only_sentence(analyzer, "방송사는 다큐멘터리 3부작을 다음 달부터 방송한다고 밝혔다.")) is None
    assert non_content_reason(only_sentence(analyzer, "김 시장은 “제가 말하는 내용은 시의 공식 입장”이라고 밝혔다.")) is None
    assert non_content_reason(only_sentence(analyzer, "더 큰 문제는 가계대출 증가 폭이 1년 10개월 만에 최대라는 점이다.")) is None


def test_a_figure_alone_after_a_listed_subject_takes_no_particle(analyzer):
    # "…수도권 지하철 기본요금이 1550원이 된다" had become "…기본요금이 1550원": no predicate for the particle
    out = bullet(analyzer, "오는 28일부터 한빛, 가람, 나래 등 수도권 지하철 기본요금이 1550원이 된다.")
    assert out.endswith("기본요금 1550원")


def test_the_weather_nearest_the_verb_forecasts(analyzer):
    # "…비 소식은 없지만 …무더위가 기승을 부리겠습니다" stayed a spoken "-겠다" sentence
    assert bullet(analyzer, "밤낮으로 무더위가 기승을 부리겠습니다.").endswith("기승을 부릴 전망")
    assert bullet(analyzer, "시는 내년 예산을 늘리겠다.").endswith("늘리겠다")  # (guard) an intention stays in its words


def test_a_retelling_that_adds_what_broke_or_who_was_hurt_is_news(analyzer):
    # readers preferred the bullet that says what broke ("…수신이 원활하지 않고 로그인이 실패하는 장애 발생") and the
    # one that adds the injured ("…몸싸움으로 번져 부상자까지 나옴") over the next sentence that took their place
    from pipeline.engines.extractive import _retells
    outage = analyzer.morphs("한빛톡에 장애가 발생하면서 사용자들 사이에서 불만 빗발침")
    assert not _retells(analyzer.morphs("일부 사용자들의 한빛톡 메시지 수신이 원활하지 않고 로그인이 실패하는 장애 발생"), outage)
    fight = analyzer.morphs("아랫집 윗집의 말싸움, 집단 난투극으로 번짐")
    assert not _retells(analyzer.morphs("윗집의 항의 방문, 가족 간 몸싸움으로 번져 부상자까지 나옴"), fight)
    assert _retells(analyzer.morphs("지난 3일 아랫집 윗집의 말싸움, 한빛동 아파트에서 집단 난투극으로 번짐"), fight)  # (guard)


def test_one_total_of_the_same_thing_told_twice_is_a_repeat(analyzer):
    # "지난해 온라인쇼핑 거래액, 78조 원을 넘어서며 사상 최대치를 기록" then "…거래액, 78조 2273억 원으로 …19.2% 증가"
    from pipeline.engines.extractive import _same_total
    told = analyzer.morphs("지난해 한빛몰 거래액, 78조 원을 넘어서며 사상 최대치를 기록")
    assert _same_total(analyzer.morphs("지난해 한빛몰 거래액, 78조 2273억 원으로 전년대비 19.2% 증가"), told)
    # (guard) another thing's total of the same size is another fact
    assert not _same_total(analyzer.morphs("모바일 거래액, 78조 1000억 원으로 34.6% 증가"), told)


def test_a_years_value_in_brackets_before_its_particle_stays(analyzer):
    # "2018년(0.98명)으로 처음 1명대가 깨졌다" had become "2018년으로 처음 1명대 깨짐": the rate was gone
    out = bullet(analyzer, "통계가 처음 시작된 1970년 4.53명이었던 합계출산율은 꾸준히 감소하다 2018년(0.98명)으로 처음 "
                           "1명대가 깨졌다.")
    assert "2018년(0.98명)으로" in out
    assert "(현지시간)" in bullet(analyzer, "시는 2일(현지시간) 회의를 열었다.")  # (guard) short enough, nothing goes


def test_a_contrast_of_topics_with_bracketed_figures_keeps_both(analyzer):
    # "상승 지역(102→109개)은 증가, 보합 지역(11→10개) 및 하락 지역(65→59개)은 감소" had become "상승 지역, 증가, …"
    out = bullet(analyzer, "공표지역 178개 시군구 중 지난주 대비 상승 지역(102→109개)은 증가, 보합 지역(11→10개) 및 "
                           "하락 지역(65→59개)은 감소했다.")
    assert "상승 지역, 증가" not in out and "증가, 보합 지역" in out


def test_how_a_comparison_differs_stays(analyzer):
    # "계획보다 빨리 스마트폰을 교체한다는 응답자" had become "계획보다 스마트폰을 교체한다는": earlier than planned
    out = bullet(analyzer, "한빛리서치 조사에 따르면 소비자 중 새 기능을 써보고 싶어서 계획보다 빨리 스마트폰을 교체한다는 "
                           "응답자 비율은 전체 7%에 그쳤지만, 젊은 연령층에서는 50%로 급증했다.")
    assert "계획보다 빨리" in out
