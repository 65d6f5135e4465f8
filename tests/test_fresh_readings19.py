"""Readings of this session: a subject particle that keeps two nouns apart, a list the bullet ends on, a wire's name
run into the lede, an act done "as told before" (이같이 합의). Articles and sentences written for these tests (not
news copy)."""
import pytest

from bullet_helpers import bullet, only_sentence
from pipeline.parse import parse_article


# --- particles: two nouns that would read as one ---------------------------------------------------------------

@pytest.mark.parametrize("sentence, kept", [
    # "경찰 수사에 나섬" reads as "a police investigation"; the subject keeps its particle before a noun with its own case
    ("한빛시의 한 공장에서 노동자가 다치는 사고가 발생해 경찰이 조사에 나섰다.", "경찰이 조사에 나섬"),
    ("가람군 야산에서 불이 나 소방당국이 진화에 나섰다.", "소방당국이 진화에 나섬"),
    # "…등 펼쳐질 예정": the list's "등" keeps its particle before a verb
    ("음악회와 불꽃놀이, 먹거리 장터 등이 펼쳐질 예정이다.", "먹거리 장터 등이 펼쳐질 예정"),
])
def test_a_subject_particle_stays_where_dropping_it_would_join_two_nouns(analyzer, sentence, kept):
    assert bullet(analyzer, sentence).endswith(kept)


@pytest.mark.parametrize("sentence, expected", [
    # a figure, a bare verbal noun or a list before a verbal noun: the headline drops the particle as before
    ("한빛시 아파트 매매가격이 0.05% 상승했다.", "한빛시 아파트 매매가격, 0.05% 상승"),
    ("한빛연구원 부설 연구소가 출범했다.", "한빛연구원 부설 연구소 출범"),
    ("시장과 군수, 도의원 등이 참석했다.", "시장과 군수, 도의원 등 참석"),
])
def test_a_subject_particle_still_goes_before_a_figure_or_a_bare_verbal_noun(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


# --- long lists --------------------------------------------------------------------------------------------------

def test_a_long_list_of_figures_the_bullet_ends_on_keeps_its_first_two_items(analyzer):
    # a list closed by "등" that is the predicate itself ("…을 보면 A, B, … 등이다"), one item Kiwi reads with a particle ("치의학" + "과" + 4.71)
    sentence = ("모집단위별 경쟁률을 보면 국어교육과 2.31대 1, 수학교육과 2.25대 1, 물리학부 2.69대 1, 인문계열 1.90대 1, "
                "간호학과 3.16대 1, 치의학과 4.71대 1, 기계공학전공 2.00대 1, 전기공학부 1.92대 1 등이다.")
    got = bullet(analyzer, sentence)
    assert got.endswith("국어교육과 2.31대 1, 수학교육과 2.25대 1 등")
    assert "간호학과" not in got


def test_a_short_list_of_figures_stays_whole(analyzer):
    got = bullet(analyzer, "모집단위별 경쟁률은 국어교육과 2.31대 1, 수학교육과 2.25대 1, 물리학부 2.69대 1 등이다.")
    assert "물리학부 2.69대 1" in got


# --- a wire's name run into the lede ----------------------------------------------------------------------------

@pytest.mark.parametrize("wire", ["연합뉴스", "뉴시스", "뉴스1"])
def test_a_wire_name_run_into_the_lede_is_no_part_of_it(wire):
    page = (f"{wire}한빛 시립병원에서 수술을 받은 환자가 숨지는 사고가 발생해 경찰이 수사에 나섰다.\n"
            "경찰은 유족의 고소장을 접수해 의료진을 상대로 조사하고 있다.\n")
    article = parse_article(page, id="t")
    assert article.paragraphs[0].startswith("한빛 시립병원에서 수술을 받은 환자가")


@pytest.mark.parametrize("lede", [
    "연합뉴스는 한빛시가 새 청사를 짓는다고 보도했다.",
    "연합뉴스에 따르면 한빛시가 새 청사를 짓는다.",
    "뉴시스와 한빛일보가 공동으로 여론조사를 했다.",
])
def test_a_wire_named_as_the_subject_of_the_lede_stays(lede):
    article = parse_article(lede + "\n한빛시는 내년 착공할 계획이다.\n", id="t")
    assert article.paragraphs[0] == lede


# --- an act done "as told before" -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, so", [
    # what was agreed or decided is in the sentence before (or the headline): the bullet would say only who, where
    ("여야 원내대표는 국회의장 주재로 열린 회동에서 이같이 합의했다.", True),
    ("한빛지법 형사부(홍길동 부장판사)는 14일 이같이 선고했다.", True),  # (a bench in brackets)
    ("가람군 의회는 본회의를 열고 이와 같이 의결했다.", True),
    ("여야 원내대표는 회동에서 이같이 합의했다고 양당 원내수석부대표가 밝혔다.", True),
    # an act with content of its own, or the words said right there
    ("한빛시는 이같이 3억원을 투입했다.", False),
    # whose case it is (read blind: both readers wanted it kept for the defendant it names)
    ("한빛지법 형사부(홍길동 부장판사)는 14일 사기 혐의로 기소된 김모씨에 대해 이같이 선고했다.", False),
    ("여야 원내대표는 회동에서 26일 본회의를 열기로 합의했다.", False),
    ("김 장관은 “예산을 늘리겠다”라며 이같이 말했다.", False),
])
def test_an_act_done_as_told_before_only_says_so(analyzer, text, so):
    from pipeline.select import says_so
    assert says_so(only_sentence(analyzer, text)) == so


# --- "…하는 시간을 가졌다" ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("가람군은 봄내면 마을 다섯 곳을 찾아 주민들에게 새 도로 계획을 설명하고 질의응답하는 시간을 가졌다.",
     "가람군, 봄내면 마을 다섯 곳을 찾아 주민들에게 새 도로 계획을 설명하고 질의응답"),
    ("한빛시는 시민 대표 30명과 함께 내년 예산안을 토론하는 시간을 가졌다.", "한빛시, 시민 대표 30명과 함께 내년 예산안 토론"),
])
def test_the_time_spent_doing_something_is_the_act_done(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


def test_a_time_to_be_spent_stays_a_plan(analyzer):
    # not done yet: the plan keeps its words
    assert bullet(analyzer, "신입생들은 선배들과 대화하는 시간을 가질 예정이다.").endswith("대화하는 시간을 가질 예정")


# --- a bare "시는", "도는": the place the writer went on from ------------------------------------------------------

def _bare_place_bullet(analyzer, paragraphs, index, bullet_text):
    from pipeline.engines.extractive import KiwiEngine
    from pipeline.format import name_bare_place
    from bullet_helpers import analyse
    doc = analyse(analyzer, *paragraphs, title="해수욕장 일제히 개장")
    return name_bare_place(bullet_text, KiwiEngine._context(doc, index))


def test_a_bare_city_is_the_one_named_in_the_nearest_sentence_before(analyzer):
    paragraphs = ["가람군 해수욕장은 7월 9일, 누리군 해수욕장은 7월 12일 문을 연다.",
                  "23일 한빛시에 따르면 별빛해수욕장과 달빛해수욕장을 6월 2일 부분 개장한다.",
                  "별빛해수욕장에서는 해변 음악회를 연다.", "달빛해수욕장에는 모래 놀이터를 만든다.",
                  "시는 지난 20일 해수욕장 운영보고회를 열어 안전 사항을 점검했다."]
    assert _bare_place_bullet(analyzer, paragraphs, 4, "시, 해수욕장 운영보고회를 열어 안전 사항을 점검") \
        == "한빛시, 해수욕장 운영보고회를 열어 안전 사항을 점검"


def test_a_bare_province_is_the_one_its_own_sentence_names_first(analyzer):
    # "14일 가람도에 따르면 도는 …": compression drops the attribution, the name goes with it
    paragraphs = ["봄꽃축제가 4년 만에 열린다.", "14일 가람도에 따르면 도는 최근 봄꽃축제 용역 입찰 공고를 냈다."]
    assert _bare_place_bullet(analyzer, paragraphs, 1, "도, 최근 봄꽃축제 용역 입찰 공고를 냄") == "가람도, 최근 봄꽃축제 용역 입찰 공고를 냄"


def test_a_bare_city_stays_bare_where_the_nearest_sentence_names_two(analyzer):
    paragraphs = ["가람시와 누리시가 공동으로 해수욕장 안전 대책을 마련했다.", "시는 안전요원 30명을 배치했다."]
    assert _bare_place_bullet(analyzer, paragraphs, 1, "시, 안전요원 30명을 배치") == "시, 안전요원 30명을 배치"


# --- whose figure: the named topic of the first clause -----------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    # a concession that opens the main clause is the first topic's act; the main clause's figure is that topic's
    ("반면 한빛전자는 분기 최대인 3조2000억원의 매출을 기록하며 전년 동기 대비 8.2% 성장했음에도, 영업이익은 1200억원으로 "
     "같은 기간 21.5% 줄었다.", "한빛전자 영업이익, 1200억원으로 같은 기간 21.5% 줄어"),
    # "-지만": the main clause opens on a figure of no one's
    ("누리바이오는 지난해 사상 최대인 5400억원의 매출을 올리며 전년보다 14% 성장했지만, 순이익은 120억원으로 같은 기간 40% 줄었다.",
     "누리바이오 순이익, 120억원으로 같은 기간 40% 줄어"),
])
def test_the_figure_of_a_long_sentence_keeps_the_name_it_belongs_to(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


def test_a_short_concession_stays_with_its_topic(analyzer):
    # within the limit the whole statement stays
    assert bullet(analyzer, "반면 한빛전자는 매출을 늘렸음에도, 영업이익은 줄었다.").startswith("한빛전자, 매출을 늘렸음에도")


# --- a speaker described before the name --------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, speaker", [
    # "…의 첫 수장 | 신정균 교육감은": the description ends before the name (the bullet had opened "수장 신정균 교육감, …")
    ("17번째 교육청의 첫 수장 김하늘 교육감은 취임사에서 이렇게 말했다.", "김하늘 교육감"),
    ("가람시의 새 수장 박누리 시장은 취임식에서 이같이 말했다.", "박누리 시장"),
])
def test_a_speaker_described_before_the_name_is_the_name_with_its_title(analyzer, sentence, speaker):
    from bullet_helpers import analyse
    from pipeline.select import speaker_after
    doc = analyse(analyzer, "“배움이 도시의 힘이 되도록 교육청 문을 활짝 열겠다.”", sentence)
    assert speaker_after(doc, 0) == speaker


# --- who leads the attendance goes with it -----------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    # "…김기웅 군수를 비롯해 | 위원 등 20여 명이 참석한 가운데": the bullet had read "…군수를 비롯해 결과보고회를 개최"
    ("가람군(군수 김하늘)은 지난 24일 봄꽃축제추진위원장인 김하늘 군수를 비롯해 위원, 용역사 등 20여 명이 참석한 가운데 "
     "'제2회 가람 봄꽃 축제' 결과보고회를 개최했다고 25일 밝혔다.", "가람군, '제2회 가람 봄꽃 축제' 결과보고회 개최"),
    ("누리군은 5일 군청 대강당에서 군수와 국회의원을 비롯한 내빈 300여 명이 참석한 가운데 군민의 날 기념식을 열고 "
     "군민상 시상식을 진행했다.", "누리군, 군민의 날 기념식을 열고 군민상 시상식 진행"),
])
def test_who_leads_the_attendance_goes_with_it(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


# --- a setting the main clause points at; middle-dot look-alikes ---------------------------------------------------

def test_a_setting_the_main_clause_points_at_stays(analyzer):
    # "…거둔 가운데, | 네이버와 카카오도 이같은 흐름을 피해가지 못했다": the bullet had kept only "…이같은 흐름을 피해가지 못함"
    sentence = ("해외 대형 게임사들이 잇따라 기대 이하 실적을 거둔 가운데, 국내 대표 게임사 한빛게임즈와 누리소프트도 이같은 "
                "흐름을 피해가지 못했다.")
    assert bullet(analyzer, sentence).startswith("해외 대형 게임사들이 잇따라 기대 이하 실적을 거둔 가운데")


def test_a_setting_nothing_points_at_still_goes_when_the_bullet_is_long(analyzer):
    sentence = ("해외 대형 게임사들이 잇따라 기대 이하 실적을 거둔 가운데, 국내 대표 게임사 한빛게임즈는 신작 흥행에 힘입어 3분기 "
                "매출이 40% 늘었다.")
    assert bullet(analyzer, sentence).startswith("국내 대표 게임사 한빛게임즈")


@pytest.mark.parametrize("dot", ["\u2027", "\u2219", "\u30fb", "\u318d"])
def test_middle_dot_look_alikes_are_the_middle_dot(dot):
    from pipeline.clean import normalize_text
    assert normalize_text(f"감자{dot}무 가격이 내렸다.") == "감자·무 가격이 내렸다."


# --- "이로서" (for 이로써); a sentence that only says who attended -------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("이로서 한빛시는 역대 최대 관광객 기록을 다시 썼다.", "한빛시, 역대 최대 관광객 기록을 다시 씀"),
    ("한빛시는 이로서 3년 연속 관광객 1000만명을 넘었다.", "한빛시, 3년 연속 관광객 1000만명을 넘음"),
])
def test_irosseo_however_spelled_is_what_the_sentences_before_add_up_to(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


@pytest.mark.parametrize("text, so", [
    ("행사에는 김하늘 가람군수를 비롯해 홍보대사 등 내외빈이 참석해 자리를 빛냈다.", True),
    ("이 자리에는 박누리 한빛시장 등이 참석했다.", True),
    # an event told right there, or after an act of its own, is news
    ("가람사에서 열리는 봉축법요식에는 신도 1만여 명이 참석한다.", False),
    ("미술관은 두 전시의 개막식을 함께 열었고, 이 자리에는 박누리 한빛시장 등이 참석했다.", False),
    ("시장과 국회의원 등 300여 명이 참석했다.", False),
    ("사업에는 시와 구청, 지역 대학이 함께 참여한다.", False),  # taking part in the work is news
])
def test_a_sentence_that_only_says_who_attended_says_so(analyzer, text, so):
    from pipeline.select import says_so
    assert says_so(only_sentence(analyzer, text)) == so


# --- the same sentence passed, told from the bench's side --------------------------------------------------------

def test_the_same_court_sentence_told_again_is_a_restatement(analyzer):
    # read: "B2 repeats B1" ("…김 모 씨, 1심에서 징역 1년을 선고받음" then "…형사5단독, …김 씨에게 징역 1년을 선고")
    from pipeline.engines.extractive import _repeats_figure
    chosen = analyzer.morphs("법원 난입 혐의로 구속기소된 30대 남성 박모씨, 1심에서 징역 1년 6개월을 선고받음")
    again = analyzer.morphs("한빛지법 형사2단독, 17일 특수건조물침입 혐의 등을 받는 박씨에게 징역 1년 6개월을 선고")
    other = analyzer.morphs("한빛지법 형사2단독, 같은 혐의로 기소된 최씨에게 징역 8개월을 선고")
    appeal = analyzer.morphs("검찰, 박씨의 징역 1년 6개월 형이 가볍다며 항소")
    words = {"법원", "난입", "혐의", "구속", "기소", "남성", "박모씨", "심", "선고"}
    assert _repeats_figure(again, chosen, words)
    assert not _repeats_figure(other, chosen, words)  # another defendant's sentence
    assert not _repeats_figure(appeal, chosen, words)  # what came of it: news
