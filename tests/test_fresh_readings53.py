"""Readings of the VB and VC sets (pages and sentences written for these tests, not news copy): a survey's verb stays
after a range's "까지"; "이날까지" and "이날 …시를 기해" go; a lede's "징역형의 집행유예" takes the term the court gave; the
setting of a statement goes before the quotation of a speaker named as a list; a summary lede the opening passed over
is the lede told again; a fragment that leans on a left-out sentence waits when a bullet stands between it and the
lede that says that sentence's fact; a concession's topic takes no headline comma after an adverb ("크게 늘었지만,");
a "not only" line is a transition; a union is "노조" for short; a story whose first sentences all lean on one another
is led by the first that reads alone."""
import pytest

FESTIVAL = """가온 억새축제 닷새간 38만명 다녀가…먹거리 매출 30% 늘어
가온군 "주차난은 내년 과제"
가온일보 윤하람 기자 입력 2026.11.12 09:30

전남 가온군의 대표 가을 축제인 '2026 가온 억새축제'가 닷새간 38만명의 방문객을 모으며 막을 내렸다. 먹거리 장터 매출이 크게 늘었지만, 주차 공간 부족 문제는 올해도 풀지 못했다는 지적이 나온다.

가온군은 지난 5일부터 9일까지 억새공원 일원에서 열린 축제에 38만2,000명이 다녀간 것으로 집계됐다고 11일 밝혔다. 지난해 방문객(33만명)보다 16% 늘어난 규모다.

▲ 지난 5일 전남 가온군 억새공원에서 열린 '2026 가온 억새축제' 개막식에서 관광객들이 억새길을 걷고 있다. 사진=가온군

축제 기간 먹거리 장터 매출은 4억1,000만원으로 지난해보다 30% 늘었다. 가온군은 지역 농특산물 판매액도 2억3,000만원에 이르렀다고 설명했다.

다만 주말마다 축제장 주변 도로가 2시간 넘게 막히면서 관광객 불만이 쏟아졌다. 군 홈페이지에는 축제 기간 주차 관련 민원이 140건 넘게 올라왔다.

가온군은 내년 축제 때 임시 주차장 3곳을 새로 만들고 셔틀버스를 20대로 늘릴 계획이다.

윤하람 기자 haram@gaonilbo.kr
"""


def test_a_surveys_verb_stays_after_a_ranges_end(analyzer):
    # "…지난 13일부터 17일까지 | 수험생 1,872명을 대상으로 조사한 결과," lost "조사한" with its adjunct (read blind, G=0:
    # "17일까지 결과")
    from bullet_helpers import bullet

    text = bullet(analyzer, "여론조사업체 한빛리서치가 지난 2일부터 6일까지 직장인 1,500명을 대상으로 조사한 결과, "
                            "응답자의 38.2%가 이직을 고려하고 있다고 답했다.")
    assert "6일까지 조사한 결과" in text, text


@pytest.mark.parametrize("sentence, kept, gone", [
    ("지난 8월 시작한 사전 신청에는 이날까지 3만2,000명이 참여했다.", "사전 신청에는 3만2,000명", "이날"),
    ("김서윤은 이날까지 정규리그 400경기에서 득점 5,120점을 기록했다.", "김서윤, 정규리그 400경기에서", "이날"),
    ("행정안전부는 이날 오전 9시를 기해 중앙재난안전대책본부 비상 1단계를 가동했다.", "행정안전부, 중앙재난안전대책본부 비상 1단계", "오전 9시"),
    # (a range to the story's day stays whole)
    ("지난 1일부터 이날까지 관람객 3만명이 다녀갔다.", "지난 1일부터 이날까지", None),
])
def test_up_to_the_storys_day_goes(analyzer, sentence, kept, gone):
    # read blind: "'이날까지' has no referent outside the article", "'이날' has no date anywhere in the block"
    from bullet_helpers import bullet

    text = bullet(analyzer, sentence, max_chars=200)
    assert kept in text and (gone is None or gone not in text), text


def test_a_suspended_prison_sentence_takes_the_courts_term():
    # "…화물선 선장이 징역형의 집행유예를 선고받음" then "법원, …선장 고모 씨에게 징역 10개월에 집행유예 2년 선고"
    # (read blind, R=1)
    from pipeline.engines.extractive import named_sentence

    lede = "하천에 폐수를 몰래 흘려보낸 공장 대표가 징역형의 집행유예를 선고받음"
    later = "가온지법 형사2단독, 물환경보전법 위반 혐의로 기소된 공장 대표 김모 씨에게 징역 8개월에 집행유예 2년 선고"
    assert named_sentence(lede, later) == "하천에 폐수를 몰래 흘려보낸 공장 대표 김모 씨가 징역 8개월에 집행유예 2년을 선고받음"
    # (a lede of a prison term not suspended is no suspended one)
    assert named_sentence("하천에 폐수를 흘려보낸 공장 대표가 징역형을 선고받음", later) is None


def test_the_setting_goes_before_the_quotation_of_a_listed_speaker(analyzer):
    # "…전국대책위원회와 주거권네트워크, 참여시민연대 등 12개 단체는 …기자회견을 열고 “…”며 이같이 밝혔다" kept "기자회견을
    # 열고 “…”", a clause with no predicate (read blind, G=0)
    from bullet_helpers import bullet

    text = bullet(analyzer, '한빛환경연합과 녹색시민모임, 가온생태연대 등 9개 단체는 3일 오전 시청 앞에서 기자회견을 열고 '
                            '"습지 매립 계획을 당장 철회하라"며 이같이 밝혔다.', max_chars=200)
    assert "기자회견" not in text and '"습지 매립 계획을 당장 철회하라"' in text, text


@pytest.mark.parametrize("before, lede, same", [
    ("게임사 한울소프트, 2년간 개발한 모바일 신작을 다음 달 국내에 출시",
     "한울소프트, 간담회를 열고 역할수행게임 '별빛 원정대'를 오는 12월 10일 안드로이드와 iOS로 출시 예정", True),
    ("국내 제약사가 개발한 위암 치료제, 식품의약품안전처의 허가를 받음", "식약처, 가온제약의 ‘가온맙주’를 국산 신약으로 허가", True),
    # (a figure of its own is a fact the lede lacks)
    ("투자 수익을 보장한다며 900여 명에게서 212억원을 가로챈 사기 조직, 경찰에 붙잡힘",
     "가온경찰청 금융범죄수사대, 사기 혐의로 총책 박모 씨 등 31명을 검거", False),
    # (another act of the same body)
    ("한울소프트, 지난해 영업손실 120억원을 냄", "한울소프트, 간담회를 열고 역할수행게임 '별빛 원정대'를 오는 12월 10일 출시 예정", False),
])
def test_a_summary_lede_passed_over_tells_the_lede_again(analyzer, before, lede, same):
    # "게임사 넷포지, 3년간 개발해 온 대형 신작을 다음 달 전 세계에 동시 출시" after the lede "넷포지, …'아르카디아
    # 크로니클'을 오는 12월 4일 …동시 출시 예정" (read blind, R=1)
    from pipeline.engines.extractive import _lede_told_before

    assert _lede_told_before(list(analyzer.morphs(before)), list(analyzer.morphs(lede))) == same


def test_a_fragment_waits_when_a_bullet_stands_between_it_and_the_lede(analyzer):
    # "지난해 방문객(106만명)보다 6% 늘어난 규모" leaned on a sentence the lede said again, two bullets from the lede
    # (read blind, S=0)
    from bullet_helpers import summarize_page

    _, summary = summarize_page(analyzer, FESTIVAL)
    assert summary.bullets[0].startswith("전남 가온군의 대표 가을 축제인"), summary.bullets
    assert not any(b.startswith("지난해 방문객") for b in summary.bullets[2:]), summary.bullets


MARKET = """“오늘은 손님이 한 명도 없었어요”…골목상권 빈 점포 늘어
가온시 원도심 상가 다섯 곳 중 한 곳 비어…상인회, 공동 배달로 반격
가온일보 서하은 기자

“이 시간이면 손님이 줄을 서야 하는데, 오늘은 한 명도 없었어요.”

윤 씨의 떡집 양옆 가게 두 곳에는 '임대 문의'라고 적힌 종이가 붙어 있었다. 그는 “작년보다 지금이 더 힘들다”며 “하루 매출이 5만원도 안 되는 날이 많다”고 털어놨다.

가온시 원도심 상권이 빈 점포 증가와 매출 감소라는 이중고를 겪고 있다. 대형마트의 새벽 배송이 확산하면서 장보기 수요가 빠르게 빠져나갔다.

가온시 원도심 상인회에 따르면 상가 점포 860곳 가운데 문을 닫은 점포는 172곳으로 20.0%에 이른다. 2년 전 9.8%에서 두 배 넘게 늘었다.

상인들은 손을 놓고 있지만은 않다. 상인회는 다음 달 1일부터 점포 40곳이 함께 쓰는 공동 배달 서비스를 시작한다.

서하은 기자 haeun@gaonilbo.kr
"""


def test_a_concessions_topic_takes_no_headline_comma_after_an_adverb(analyzer):
    # "참여하는 아이, 크게 늘었지만, 현장에서는 …" (read blind, "a broken comma structure")
    from bullet_helpers import bullet

    text = bullet(analyzer, "찾는 손님은 크게 늘었지만, 상인들 사이에서는 주차 공간이 모자란다는 목소리가 여전하다.", max_chars=200)
    assert text.startswith("찾는 손님은 크게 늘었지만, "), text


@pytest.mark.parametrize("sentence, transition", [
    ("상인들은 손을 놓고 있지만은 않다.", True),
    ("하지만 주민들이 가만히 있는 것만은 아니다.", True),
    ("농민들도 가만히 있지만은 않았다.", True),
    ("상인들은 손을 놓고 있다.", False),
    # (a "not only" with a figure of its own is a fact)
    ("상인 40명이 손을 놓고 있지만은 않다.", False),
])
def test_a_not_only_line_is_a_transition(analyzer, sentence, transition):
    # "상인들, 손을 놓고 있지만은 않음" (read blind, I=0, "points to countermeasures it never states")
    from pipeline.select import transition_line

    assert transition_line(list(analyzer.morphs(sentence))) == transition


def test_a_unions_short_name_is_its_name_told_before(analyzer):
    # "철도노조는 25일 …기자회견을 열고 이 같은 내용의 파업 돌입 성명을 발표했다" after "전국철도노동조합이 …" (read blind, R=1)
    from pipeline.engines.extractive import _actor_told_before

    from bullet_helpers import analyse

    doc = analyse(analyzer, "전국버스노동조합이 다음 달 1일부터 파업에 들어가겠다고 선언했다. "
                            "버스노조는 25일 기자회견을 열고 이 같은 내용의 성명을 발표했다.")
    assert _actor_told_before(doc, 1)


def test_a_story_whose_first_sentences_all_lean_is_led_by_the_first_that_reads_alone(analyzer):
    # "“이 시간이면 …”" | "윤 씨의 가게 양옆 …" | "그는 “…”" left the block with no lede; read blind, the nut graf led
    # only by chance
    from bullet_helpers import summarize_page

    _, summary = summarize_page(analyzer, MARKET)
    assert summary.bullets[0].startswith("가온시 원도심 상권이 빈 점포 증가와 매출 감소라는 이중고를"), summary.bullets
    assert not any("손을 놓고" in b for b in summary.bullets), summary.bullets


@pytest.mark.parametrize("sentence, bullet_text", [
    ("개장 첫 달 방문객은 12만명으로 기대에 못 미친 무난한 출발이었지만, 둘째 달 15만명, 셋째 달 18만명으로 오히려 "
     "월간 방문객이 꾸준히 늘었다.", "둘째 달 15만명, 셋째 달 18만명으로 월간 방문객"),
    ("대형마트 매출은 오히려 4.6% 감소했다.", "대형마트 매출, 4.6% 감소"),
])
def test_on_the_contrary_goes_after_any_phrase(analyzer, sentence, bullet_text):
    # "둘째 주 301만명, 셋째 주 348만명으로 오히려 주간 관객 늘어" (read blind, S=0: "'오히려' contrasts with the omitted
    # first-week 262만명")
    from bullet_helpers import bullet

    text = bullet(analyzer, sentence)
    assert text.startswith(bullet_text) and "오히려" not in text, text


VILLAGE = """[르포] "마을에 아이 웃음 끊긴 지 12년"…주민 절반이 75세 넘은 산골의 겨울
경북 가온군 서하면 달빛마을…65세 이상 인구 비율 68%
가온일보 한도윤 기자 입력 2026.11.27 06:00

오전 6시, 경북 가온군 서하면 달빛마을 경로당에 불이 켜졌다. 가장 먼저 문을 연 사람은 마을 이장 박덕수(76) 씨다. 박 씨는 난로를 켜고 주민 명단이 적힌 공책을 펼쳤다. 박 씨는 "아침마다 전화를 돌려 안부를 묻는다"고 말했다.

달빛마을 주민 40명 가운데 75세 이상은 22명이다. 가장 젊은 주민이 61세이고, 마을에서 마지막으로 아이가 태어난 것은 2014년이다.

통계청 조사에 따르면 전국 농가 인구는 200만명으로 1년 전보다 3.0% 줄었다. 농가 인구 가운데 65세 이상 비율은 55.0%로 처음으로 절반을 넘어섰다.

가온군은 내년부터 빈집 30채를 고쳐 귀농인에게 빌려주는 사업에 12억원을 들이기로 했다.

한도윤 기자 doyun@gaonilbo.kr
"""


def test_a_headline_segment_that_only_names_the_place_is_no_point(analyzer):
    # "전남 고흥 두원면 신송마을…": the scene set in the village said it, and led the block (read blind, lede false)
    from pipeline.select import headline_points

    from bullet_helpers import analyse

    doc = analyse(analyzer, "달빛마을 주민 40명 가운데 75세 이상은 22명이다.", title="주민 절반이 75세 넘은 산골의 겨울",
                  subtitle="경북 가온군 서하면 달빛마을…65세 이상 인구 비율 68%")
    points = headline_points(doc, analyzer.morphs)
    assert not any({"서하면", "경북"} & p for p in points), points
    assert any("68" in p for p in points), points


def test_a_feature_opening_on_a_morning_scene_is_led_by_its_news(analyzer):
    # "오전 7시, …신송마을 회관에 불이 켜짐" led the block (read blind, lede false)
    from bullet_helpers import summarize_page

    _, summary = summarize_page(analyzer, VILLAGE)
    assert not any("불이 켜" in b for b in summary.bullets), summary.bullets


@pytest.mark.parametrize("sentence, count", [
    ("달빛마을 주민 40명 가운데 75세 이상은 22명이다.", True),
    # (a comment on a figure is no count of the topic)
    ("5.49%는 법정 인상 한도를 꽉 채운 수치다.", False),
    ("이번 인상률은 10년 만에 가장 높은 수준이다.", False),
])
def test_a_copula_sentence_that_counts_its_topic_may_be_a_nut_graf(analyzer, sentence, count):
    # "신송마을 주민 34명 가운데 75세 이상은 18명이다" was ruled out as a nut graf for ending on the copula
    from pipeline.engines.extractive import _count_complement

    assert _count_complement(list(analyzer.morphs(sentence))) == count


def test_a_surname_inside_a_quotation_stays_as_said(analyzer):
    # "재판부, “피고인 대표 오상철 씨는 …”" for the court's "피고인 오 씨는" (read blind, F=0: "words the court never said")
    from pipeline.engines.extractive import _inner_names_in_full

    from bullet_helpers import analyse

    doc = analyse(analyzer, "분양 대행 수수료를 부풀린 시행사 대표 오정호 씨가 징역 5년을 선고받았다.")
    quoted = "재판부, “피고인 오 씨는 허위 계약서를 만들어 회사 자금을 빼돌렸다” 판단"
    assert _inner_names_in_full(quoted, doc.sentences, []) == quoted
    # (outside the quotation the name is filled in as before)
    assert _inner_names_in_full("오 씨, 항소 뜻 밝혀", doc.sentences, []).startswith("시행사 대표 오정호 씨")


FILM = """영화 '가을 편지' 개봉 20일 만에 800만 관객…극장 전체 관객은 2019년의 52% 수준
가온일보 문서율 기자 입력 2026.11.20 10:00

영화 '가을 편지'가 개봉 20일 만에 누적 관객 800만명을 넘어섰다.

20일 영화진흥위원회 통합전산망에 따르면 '가을 편지'는 전날까지 누적 관객 803만2,100명을 기록했다. 개봉 첫 주 관객은 210만명이었고, 둘째 주에는 250만명이 들었다.

한국영화 관객 점유율은 47.2%로 지난해보다 5%포인트 올랐다(올해 1~10월 기준). 다만 극장가 전체가 회복됐다고 보기는 어렵다는 분석이 나온다. 같은 기간 전체 극장 관객 수는 9,120만명으로 2019년 같은 기간의 52% 수준에 그쳤다.

한 배급사 관계자는 "관객이 흥행작 한두 편에만 몰리는 쏠림이 심해졌다"고 말했다.

문서율 기자 seoyul@gaonilbo.kr
"""


def test_the_same_period_follows_a_bullet_that_gives_the_period(analyzer):
    # "같은 기간 전체 극장 관객 수는 …" right after "극장가 전체가 회복됐다고 보기는 어렵다는 분석도 나옴" (read blind,
    # S=0: "'같은 기간' (1~10월) is undefined in the block")
    from bullet_helpers import summarize_page

    _, summary = summarize_page(analyzer, FILM)
    assert not any(b.startswith("같은 기간") for b in summary.bullets), summary.bullets
