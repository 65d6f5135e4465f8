"""Readings of this session: long research ledes that kept whose team it was, a feature led by its grandmother's
morning because its first sentence named the festival's village, a clause split inside a relative clause, and a
demonstrative place-topic read as standing alone (written for these tests, not news copy)."""
import pytest

from bullet_helpers import analyse, bullet, summarize_page
from pipeline.select import bullet_dangling_reason, dangling_reason


# --- whose team it is goes from an over-long research lede; the institution stays -----------------------------

@pytest.mark.parametrize("sentence, opening", [
    ("한솔대 정다운 교수 연구팀은 자체 설계한 64큐비트 초전도 양자 프로세서에서 두 큐비트를 함께 조작하는 게이트의 평균 "
     "오류율을 0.09%까지 낮추는 데 성공했다고 3일 밝혔다.", "한솔대 연구팀, "),
    # two names with their titles, one with its department, joined by "와": all before the team word go
    ("누리대병원 강지호 교수와 진단검사의학과 서민아 교수 공동연구팀은 혈액 속 특정 단백질 농도를 측정해 뇌에 치매 병리가 "
     "있는지를 가려내는 검사법을 개발했다고 밝혔다.", "누리대병원 공동연구팀, "),
    # a rank before the title ("특훈교수") and a department after the institution
    ("가람과학기술원 화학과 문태오 특훈교수 연구팀이 미생물을 이용해 버려지는 볏짚에서 플라스틱 원료를 뽑아내는 공정을 "
     "세계 처음으로 개발해 국제학술지에 발표했다.", "가람과학기술원 연구팀"),
])
def test_whose_team_it_is_goes_when_the_institution_is_named(analyzer, sentence, opening):
    assert bullet(analyzer, sentence).startswith(opening)


@pytest.mark.parametrize("sentence, kept", [
    # (guards) no institution before the name: the name is all that says whose team it is
    ("정다운 교수 연구팀은 자체 설계한 64큐비트 초전도 양자 프로세서에서 두 큐비트를 함께 조작하는 게이트의 평균 오류율을 "
     "0.09%까지 낮추는 데 성공했다고 3일 밝혔다.", "정다운 교수 연구팀"),
    # (guards) another institution between the name and the team: the name is one partner of a joint team
    ("누리대병원 강지호 교수와 국립보건연구원 공동 연구팀은 하루 평균 디지털 기기 사용 시간과 근시 발생 사이의 관계를 "
     "5년 동안 추적해 분석한 결과를 국제학술지에 실었다고 밝혔다.", "강지호 교수와 국립보건연구원"),
    # (guards) a short lede keeps everything: nothing is shortened that fits
    ("한솔대 정다운 교수 연구팀이 새 촉매를 개발했다.", "한솔대 정다운 교수 연구팀"),
])
def test_a_name_stays_where_it_says_whose_team_it_is(analyzer, sentence, kept):
    assert kept in bullet(analyzer, sentence)


# --- "-며" before a verb that modifies the next noun is inside that relative clause -----------------------------

def test_a_manner_before_a_merged_modifier_is_no_clause(analyzer):
    # "…깨며 나아갈 수 있는 쇄빙 능력": "나아갈" is "나아가" + "ᆯ" inside one syllable; the "-며" before it is how the
    # ship goes on, inside the relative clause. Split there, the bullet read "…, 나아갈 수 있는 쇄빙 능력을 …시험한 무대"
    text = bullet(analyzer, "이번 항해는 해림호가 취항한 뒤 수행한 두 번째 북극 항해로, 두께 1.2m의 얼음을 시속 3노트로 깨며 "
                            "나아갈 수 있는 쇄빙 능력을 처음으로 시험한 무대이기도 했다.")
    assert "얼음을 시속 3노트로 깨며 나아갈 수 있는 쇄빙 능력" in text, text


# --- "이 N에는" points back as "이 N은" does ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "해저 900m 아래 퇴적층을 뚫어 올린 이 시료에는 약 30만 년에 걸친 빙하의 기록이 담겨 있었음",
    "이 마을에서는 지난해 주민 절반이 떠났음",
])
def test_a_demonstrative_place_topic_dangles(analyzer, text):
    doc = analyse(analyzer, text)
    assert bullet_dangling_reason(doc.sentences[0].morphs, text) is not None


def test_a_place_topic_without_a_demonstrative_stands(analyzer):
    text = "해저 900m 아래 퇴적층에서 뚫어 올린 시료에는 약 30만 년에 걸친 빙하의 기록이 담겨 있었음"
    doc = analyse(analyzer, text)
    assert bullet_dangling_reason(doc.sentences[0].morphs, text) is None


# --- a feature's scene names the village of the headline's festival: the dated news still leads -----------------

FESTIVAL_PAGE = """"올해도 꽃은 없대요"…28년 전통 '청솔 메밀꽃 축제' 결국 취소
메밀 생육 부진에 안전 문제까지 겹쳐…상인들 "가을 장사 끝났다"
입력 2025.08.21 10:12
솔빛일보 한가을 기자

지난 일요일 강원 정선군 청솔면 메밀밭 앞에서 만난 최말순(71) 할머니는 누렇게 타 버린 밭을 한참 내려다보다 한숨을 쉬었다.

해마다 이맘때면 하얀 꽃이 눈처럼 덮인 밭에서 관광객들에게 메밀묵을 쑤어 팔던 그였다.

정선군과 청솔메밀꽃축제위원회는 이달 29일부터 다음 달 7일까지 열 예정이던 제28회 청솔 메밀꽃 축제를 전면 취소한다고 21일 밝혔다.

위원회는 올여름 폭염과 가뭄으로 메밀 생육이 부진해 축제 기간 개화율이 30%에도 미치지 못할 것으로 예상된다고 설명했다.

지난해 축제에는 열흘 동안 약 9만명이 다녀가 지역 경제 파급효과가 35억원에 이른 것으로 추산됐다.

정선군은 축제 대신 같은 기간 주말마다 농특산물 장터를 열기로 했다.
"""


def test_a_scene_naming_the_headlines_village_gives_way_to_the_dated_news(analyzer):
    # "…청솔면 메밀밭 앞에서 만난 최말순(71) 할머니는 …": the headline's name sits in where the grandmother was met,
    # not in who acts; her morning is the scene, and the cancellation dated the 21st leads
    doc, summary = summarize_page(analyzer, FESTIVAL_PAGE)
    assert summary.bullets[0].startswith("정선군과 청솔메밀꽃축제위원회, "), summary.bullets
    assert not any("할머니" in b or "팔던 그" in b for b in summary.bullets), summary.bullets


@pytest.mark.parametrize("sentence", [
    "해마다 이맘때면 하얀 꽃이 덮인 밭에서 관광객들에게 메밀묵을 쑤어 팔던 그였다.",
    "올해 대회에서 마지막까지 웃은 사람은 그녀였다.",
])
def test_a_pronoun_as_the_predicate_refers_back(analyzer, sentence):
    # "…팔던 그였다": who "그" is, the sentence before told; alone the bullet read "…팔던 그"
    doc = analyse(analyzer, sentence)
    assert "refers back" in (dangling_reason(doc.sentences[0].morphs, sentence) or "")


# --- a main clause with its own "N도" topic borrows no other ----------------------------------------------------

def test_a_main_clause_with_its_own_also_topic_keeps_it(analyzer):
    # "낙과는 …쓸 수 없고, 쓰러진 배추도 …이어질 수 있어 걱정이다": the cabbages too; the fallen fruit's topic in front
    # read "낙과, 쓰러진 배추 비가 …" (its "도" dropped as a lone "also")
    text = bullet(analyzer, "하지만 낙과는 대부분 상품성이 떨어져 가공용으로밖에 쓸 수 없고, 쓰러진 배추도 비가 계속 내리면 밑동부터 "
                            "썩는 무름병 피해로 이어질 수 있어 걱정입니다.")
    assert "쓰러진 배추도 " in text and not text.startswith("낙과, 쓰러진"), text


# --- after a concession, a described topic of its own is not acted on by the first clause's topic ---------------

def test_after_a_concession_the_described_topic_is_not_the_first_topics(analyzer):
    # "해경은 …봉쇄했지만, 이미 새어 나온 기름은 …번졌다": the oil spread; "해경, 이미 새어 나온 기름은 …번짐" read as
    # if the coast guard had spread it
    text = bullet(analyzer, "목포해양경찰서는 사고 직후 화물선 주변에 오일펜스 900m를 설치하고 파손 부위를 막았지만, 이미 흘러나온 "
                            "기름은 물살을 타고 인근 갯벌로 번졌다.")
    assert not text.startswith("목포해양경찰서, 이미"), text
    assert "기름" in text and "번" in text, text


def test_including_read_as_root_and_suffix_is_no_clause(analyzer):
    # "…출토품을 비롯해 유물 1천여 점이 전시된다": Kiwi reads "비롯" + "하"; "including" joins no clause, and the
    # bullet "유물 1천여 점이 전시" said nothing of where or which
    text = bullet(analyzer, "관람객을 가장 먼저 맞는 '가야의 빛' 전시실에는 보물로 지정된 금관과 금동 허리띠, 유리잔 등 가야 고분 "
                            "출토품을 비롯해 유물 1천여 점이 전시된다.")
    assert "출토품" in text, text


# --- an elder named by a name Kiwi reads as a common noun is a private person; "할머니의 …" is no frame -----------

FIRE_PAGE = """"연기가 방 안까지"…산골마을 덮친 산불에 주민 60명 새벽 대피
입력 2025.03.24 18:20
솔빛일보 한가을 기자

여든셋의 박순례 할머니는 지팡이를 짚고 경로당 앞에 서서 한참 동안 뒷산을 올려다봤다.

새벽까지 벌겋게 타오르던 능선에는 이제 회색 연기만 낮게 깔려 있었다.

"자다가 이장이 문을 두드려서 나왔지. 신발도 짝짝이로 신고 나왔어."

할머니의 손에는 급하게 챙겨 나온 약봉지 하나만 들려 있었다.

지난 23일 오후 10시께 경북 청송군 부남면 한 야산에서 시작된 산불은 초속 6m 안팎의 강한 바람을 타고 빠르게 번지며 인근 2개 마을을 위협했다.

산림청은 자정을 기해 산불 대응 2단계를 발령했고, 주민 60여 명은 부남초등학교 체육관 등으로 긴급 대피했다.

날이 밝은 24일 오전 6시부터는 헬기 18대가 투입됐고, 불은 발생 15시간 만인 이날 오후 1시께 주불이 잡혔다.

이번 산불로 산림 98㏊가 불에 탄 것으로 잠정 집계됐다.

산림 당국은 정확한 화재 원인을 조사하고 있다.
"""


def test_an_elders_anecdote_gives_way_and_leaves_no_frame(analyzer):
    # "여든셋의 박순례 할머니는 …": Kiwi reads the name as a common noun; she is a private person all the same, her morning
    # is colour, and "할머니의 손에는 …약봉지 하나만 들려 있었다" (which grandmother?) is no frame of the story
    doc, summary = summarize_page(analyzer, FIRE_PAGE)
    assert summary.bullets[0].startswith("경북 청송군 "), summary.bullets
    assert not any("할머니" in b for b in summary.bullets), summary.bullets


# --- a bare "도는 …" names the province the article named ---------------------------------------------------------

from pipeline.select import level_name, level_stand_in  # noqa: E402


def test_a_bare_province_topic_takes_the_name_said_before(analyzer):
    doc = analyse(analyzer, "해솔항공은 다음 달부터 청주와 다낭을 잇는 노선을 운항한다. 충청북도도 신규 노선 안착을 위해 장려금 "
                            "지원에 나선다. 도는 신규 국제선 취항 항공사에 대해 편당 최대 300만원을 지원한다.")
    level = level_stand_in(doc.sentences[2].morphs)
    assert level == "도"
    assert level_name(level, doc.sentences[:2]) == "충청북도"


def test_a_bare_province_between_two_names_stays_bare(analyzer):
    # (guard) two provinces in the sentence before: which one "도" is, the bullet cannot tell
    doc = analyse(analyzer, "충청북도와 충청남도가 공동 유치에 나섰다. 도는 신규 취항 항공사에 편당 최대 300만원을 지원한다.")
    assert level_name("도", doc.sentences[:1]) is None


PROVINCE_PAGE = """해솔항공, 청주∼다낭 정기편 신규 취항
입력 2025.05.02 10:00
솔빛일보 한가을 기자

해솔항공은 다음 달 27일부터 청주∼베트남 다낭 노선에 주 7회 정기편을 운항한다고 2일 밝혔다.

청주∼다낭 노선은 매일 오전 9시 청주를 출발해 현지 시각 오후 12시 10분 다낭에 도착한다.

해솔항공은 취항을 기념해 오는 25일까지 자사 홈페이지에서 특가 항공권을 판매한다.

충청북도도 신규 노선 안착을 위해 운항 장려금 지원에 나선다.

도는 신규 국제선 취항 항공사에 대해 좌석 탑승률에 따라 편당 최대 300만원을 지원한다.

청주공항 국제선 노선은 이번 취항으로 6개로 늘어난다.
"""


def test_a_province_bullet_names_the_province(analyzer):
    doc, summary = summarize_page(analyzer, PROVINCE_PAGE)
    assert not any(b.startswith("도, ") for b in summary.bullets), summary.bullets
    assert any(b.startswith("충청북도, 신규 국제선") for b in summary.bullets), summary.bullets


# --- what the headline names stays: its place, its abbreviation ---------------------------------------------------

from pipeline.analysis import content_key  # noqa: E402
from pipeline.compress import GUIDE_TAGS, Compressor  # noqa: E402


def headline_bullet(analyzer, headline: str, sentence: str) -> str:
    """The bullet of ``sentence`` as the engine writes a lede under ``headline``: the headline's nouns are what
    shortening keeps and what the lede's clauses are weighed by."""
    doc = analyse(analyzer, sentence)
    keep = frozenset(k for m in analyzer.morphs(headline) if m.tag in GUIDE_TAGS and (k := content_key(m)) is not None)
    return Compressor(analyzer.kiwi, 60).compress(doc.sentences[0], doc.article.body, dict.fromkeys(keep, 1.0), keep).text


def test_a_place_the_headline_names_is_not_cut_before_the_subject(analyzer):
    # "서울 강남구의 한 대형 산후조리원에서 …집단 감염이 발생해 …": read blind, the bullet without where ("no location:
    # never says it was a 강남 산후조리원") floated; the headline's place stays, the abbreviation it uses stands for
    # the words it abbreviates, and "등 모두 23명" says its total as "등 23명"
    text = headline_bullet(analyzer, "서울 마포 대형 산후조리원서 RSV 집단 감염…신생아 등 21명 확진",
                           "서울 마포구의 한 대형 산후조리원에서 호흡기세포융합바이러스(RSV) 집단 감염이 발생해 신생아 13명과 "
                           "산모 4명, 종사자 4명 등 모두 21명이 확진됐다.")
    assert text.startswith("서울 마포구의 한 대형 산후조리원에서 RSV 집단 감염"), text
    assert "등 21명 확진" in text, text


def test_without_the_headline_the_place_still_goes(analyzer):
    # (guard) a place the headline does not name goes as before
    text = headline_bullet(analyzer, "RSV 집단 감염…신생아 등 21명 확진",
                           "서울 마포구의 한 대형 산후조리원에서 호흡기세포융합바이러스(RSV) 집단 감염이 발생해 신생아 13명과 "
                           "산모 4명, 종사자 4명 등 모두 21명이 확진됐다.")
    assert not text.startswith("서울 마포구"), text


@pytest.mark.parametrize("headline, sentence, written", [
    # the particle agrees with the letters as read: "AI" ends on "이" ("AI를"), "KBL" on "엘" ("KBL은")
    ("게임 일러스트 AI 생성 논란", "지난달 출시된 모바일 수집형 게임 '별빛 연대기'가 주요 캐릭터 일러스트 상당수에 생성형 "
     "인공지능(AI)을 썼다는 의혹에 휩싸였다.", "생성형 AI를"),
    ("KBL, 외국인 선수 제도 바꾼다", "한국농구연맹(KBL)은 다음 시즌부터 외국인 선수 두 명이 모든 쿼터에 함께 뛸 수 있도록 출전 제도를 "
     "바꾸기로 했다고 3일 밝혔다.", "KBL"),
])
def test_an_abbreviation_the_headline_uses_stands_for_its_words(analyzer, headline, sentence, written):
    text = headline_bullet(analyzer, headline, sentence)
    assert written in text and "인공지능" not in text and "한국농구연맹" not in text, text


def test_a_team_members_name_stays_when_the_article_quotes_them_later(analyzer):
    # (guard) "…권태윤 교수는 “…”" further on: the lede introduces whom a later bullet quotes (read blind, the block
    # that dropped the name quoted the professor "with no introduction")
    sentence = ("한솔대 정다운 교수 연구팀은 자체 설계한 64큐비트 초전도 양자 프로세서에서 두 큐비트를 함께 조작하는 게이트의 "
                "평균 오류율을 0.09%까지 낮추는 데 성공했다고 3일 밝혔다.")
    doc = analyse(analyzer, sentence, "정 교수는 “다음 목표는 논리 큐비트”라고 말했다.")
    text = Compressor(analyzer.kiwi, 60).compress(doc.sentences[0], doc.article.body).text
    assert text.startswith("한솔대 정다운 교수 연구팀"), text


def test_a_relative_clause_says_which_one_this_is(analyzer):
    # "…뚫어 올린 이 시료에는 …": the clause says which sample; "이" pointed back at a mention the bullet lacks
    text = bullet(analyzer, "해저 900m 아래 퇴적층을 그대로 뚫어 올린 이 시료에는 약 30만 년에 걸친 빙하의 기록이 층층이 담겨 있었다.")
    assert "뚫어 올린 시료에는" in text, text


def test_a_reported_subject_after_the_first_act_leaves_the_topic_its_comma(analyzer):
    # "4개 단체는 기자회견을 열고, 배달나라가 …남용했다며 …제출했다": the platform is who the groups say abused its
    # position; the groups filed the complaint ("4개 단체는 배달나라가 …" kept a topic particle no headline has)
    text = bullet(analyzer, "소상공인 4개 단체는 기자회견을 열고, 배달앱 업체가 지위를 남용했다며 신고서를 제출했다.")
    assert text.startswith("소상공인 4개 단체, "), text


def test_a_stand_in_is_replaced_only_as_a_word():
    from pipeline.engines.extractive import _stand_in_named
    assert _stand_in_named("도, 신규 국제선 항공사에 편당 최대 300만원 지원", "도", "충청북도").startswith("충청북도, ")
    # (guard) a bullet opening on another word that starts with the same syllable keeps it
    assert _stand_in_named("도내 시내버스 요금 250원 인상", "도", "충청북도") == "도내 시내버스 요금 250원 인상"


def test_this_events_place_topic_stands(analyzer):
    # (guard) "이번 공모전에는 …": the story's own contest; read as pointing back, the block lost its news
    text = "두 번째로 열린 이번 공모전에는 연구원들이 찍은 사진 16편이 뽑혔음"
    doc = analyse(analyzer, text)
    assert bullet_dangling_reason(doc.sentences[0].morphs, text) is None


# --- held-out notes, fixed after the reading: a negated degree, an event's present state ---------------------------

@pytest.mark.parametrize("sentence, kept", [
    # "비가 충분히 오지 않으면" is "not enough rain"; "비가 오지 않으면" (no rain at all) changed the condition
    ("가뭄이 길어지면서 저수지 곳곳이 바닥을 드러냈는데, 다음 달 비가 충분히 오지 않으면 제한급수가 불가피하다는 전망까지 나온다.",
     "충분히 오지 않으면"),
    ("신청자가 많지 않아 모집 기간을 늘렸지만 예산이 제대로 쓰이지 못하면서 사업 자체가 축소될 위기에 놓였다는 지적이 잇따른다.",
     "제대로 쓰이지 못하면서"),
])
def test_an_adverb_under_a_negation_stays(analyzer, sentence, kept):
    assert kept in bullet(analyzer, sentence)


@pytest.mark.parametrize("sentence, written", [
    # "이번 장애는 기준에 못 미칩니다": this outage falls short now; "…못 미칠 예정" told it as a plan
    ("이번 장애는 기준에 못 미칩니다.", "못 미침"),
    # (guards) a time after "이번" still schedules: "이번 주말", "이번 겨울"
    ("이번 주말 광장에서 벼룩시장을 연다.", "열 예정"),
    ("이번 대회는 다음 달 서울에서 열린다.", "열릴 예정"),
])
def test_this_event_as_subject_is_no_time_to_come(analyzer, sentence, written):
    assert bullet(analyzer, sentence).endswith(written)


def test_a_first_step_of_a_relative_clause_after_the_topic_is_no_clause(analyzer):
    # "영주시는 지역농협이 …고용해 농가에 …보내는 '공공형 계절근로' 인원을 …늘리기로 했다": the co-op hires and sends,
    # the city expands the scheme; split after "고용해", the bullet read "영주시 지역농협, …늘리기로" (held-out reading)
    text = bullet(analyzer, "가람시는 지역농협이 외국인 근로자를 직접 고용해 농가에 하루 단위로 보내는 ‘공공형 계절근로’ 인원을 "
                            "올해 50명에서 내년 120명으로 늘리기로 했다.")
    assert text.startswith("가람시, 지역농협이 "), text
