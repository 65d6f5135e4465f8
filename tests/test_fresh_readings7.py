"""Readings from fresh news read this session (setBI–setBM): what the headline states and the block must say.
Articles and sentences written for these tests (not news copy)."""
import pytest

from bullet_helpers import summarize_page
from pipeline.parse import parse_article
from pipeline.select import headline_points, point_keys

ROUNDUP = "\n".join([
    "가온 창고 큰 불, 한때 '대응 2단계'…밤사이 곳곳 화재",
    "[앵커]",
    "밤사이 화재가 잇따랐습니다. 서울 마포구의 한 오피스텔에서 불이 나 주민 40여 명이 대피했습니다. 인천에선 상가, "
    "경기도에선 창고에서 불이 났습니다. 건조한 날씨에 바람까지 강해 피해가 컸습니다.",
    "한지민 기자입니다.",
    "[기자]",
    "시뻘건 불길이 창고 지붕 위로 치솟습니다.",
    "오늘 새벽 1시 20분쯤 경기 가온시 남촌면의 한 물류 창고에서 불이 났습니다.",
    "이 불로 창고 직원 1명이 얼굴에 화상을 입었습니다.",
    "소방은 한때 인근 소방서 인력과 장비를 모두 동원하는 '대응 2단계'를 내렸고, 불은 2시간 만에 꺼졌습니다.",
    "+++",
    "오피스텔 복도가 검은 연기로 가득합니다.",
    "오늘 새벽 0시 30분쯤 서울 마포구 서교동의 한 오피스텔 7층에서 불이 났습니다.",
    "불은 40여 분 만에 꺼졌습니다.",
    "잠을 자던 주민 40여 명은 급히 건물 밖으로 대피했습니다.",
    "이 가운데 연기를 마신 주민 3명은 병원으로 옮겨졌습니다.",
    "소방 당국은 정확한 화재 원인을 조사하고 있습니다.",
    "+++",
    "오늘 새벽 2시쯤 인천 부평구의 한 상가 1층 식당에서 불이 나 30분 만에 꺼졌습니다.",
    "인명 피해는 없었습니다.",
])


_summary = summarize_page


@pytest.mark.parametrize("text, value", [
    ("1.1조 투자", 1_100_000_000_000),
    ("총 1조 1천억 원 규모", 1_100_000_000_000),
    ("1조1000억원", 1_100_000_000_000),
    ("2,501달러", 2501),
])
def test_a_number_is_read_whole_with_its_magnitude_words(analyzer, text, value):
    from pipeline.faithfulness import numerals

    morphs = analyzer.morphs(text)
    assert [v for _, _, v in numerals(morphs)][0] == value


def test_a_headline_figure_and_the_body_meet_in_value(analyzer):
    # the headline abbreviates ("1.1조"), the body writes it out ("1조 1천억 원"): one figure
    headline = point_keys(analyzer.morphs("배터리 소재 2개사 한내 산단에 1.1조 투자"))
    body = point_keys(analyzer.morphs("개발청은 배터리 소재 기업 두 곳과 총 1조 1천억 원 규모의 투자협약을 맺었다."))
    assert "1100000000000" in headline & body
    assert point_keys(analyzer.morphs("1,000명이 모였다")) & point_keys(analyzer.morphs("1000명"))


def test_a_place_is_its_name_without_its_level(analyzer):
    # "가온 창고 큰 불" names the city bare; the report names it "가온시"
    assert "가온" in point_keys(analyzer.morphs("오늘 새벽 경기 가온시 남촌면의 한 물류 창고에서 불이 났습니다."))
    assert "대구" in point_keys(analyzer.morphs("대구에서 열렸다"))  # a two-syllable name stays whole


def test_a_comma_parts_two_points_but_not_a_topic(analyzer):
    doc = analyzer.analyze(parse_article(ROUNDUP, id="t"))
    points = headline_points(doc, analyzer.morphs)
    assert len(points) == 3, points  # "가온 창고 큰 불", "한때 '대응 2단계'", "밤사이 곳곳 화재"
    assert {"가온", "창고", "불"} <= points[0] and "단계" not in points[0]
    topic = ROUNDUP.replace("가온 창고 큰 불, 한때 '대응 2단계'", "한빛소방서 김하나 소방장, 창고 화재 진화")
    doc = analyzer.analyze(parse_article(topic, id="t"))
    # the name and title before the comma are the point's topic, not a point of their own
    assert {"김하나", "소방장", "창고", "화재", "진화"} <= headline_points(doc, analyzer.morphs)[0]


def test_the_point_after_a_headlines_comma_is_said(analyzer):
    doc, without = _summary(analyzer, ROUNDUP, headline_points=False)
    assert not any("대응 2단계" in b for b in without.bullets)
    doc, summary = _summary(analyzer, ROUNDUP)
    assert any("대응 2단계" in b for b in summary.bullets), summary.bullets


@pytest.mark.parametrize("text, footage", [
    # a script names the place on the screen: "곳", "현장" as the whole sentence's predicate
    ("쓰레기 무단 투기를 단속하는 카메라가 있는 곳입니다.", True),
    ("시위대가 사흘째 밤을 지새운 현장입니다.", True),
    # a topic of its own: a statement about the place
    ("이 교차로는 한빛시에서 사고가 가장 많은 곳입니다.", False),
])
def test_a_script_naming_the_place_it_shows_is_footage(analyzer, text, footage):
    from bullet_helpers import only_sentence
    from pipeline.select import describes_footage
    assert describes_footage(only_sentence(analyzer, text).morphs) is footage


def test_yet_even_so_is_one_connective(analyzer):
    from bullet_helpers import bullet
    # Kiwi reads "그런데도" as "그런데" + "도"; it is a connective leaning on what came before, not the subject's topic
    morphs = analyzer.morphs("그런데도 음식물 쓰레기가 일반 봉투에 담긴 채 버려져 있습니다.")
    assert (morphs[0].form, morphs[0].tag) == ("그런데도", "MAJ")
    out = bullet(analyzer, "그런데도 음식물 쓰레기가 일반 봉투에 담긴 채 마구 버려져 있습니다.", max_chars=60)
    assert "그런데" not in out and out.startswith("음식물 쓰레기"), out


@pytest.mark.parametrize("sentence, kept, gone", [
    # a forecast of then, since overtaken, stays past: not "…폐기될 전망"
    ("시장이 재의를 요구할 당시만 해도 이 조례안은 폐기될 것으로 예상됐다.", "예상됐음", "전망"),
    ("한 달 전만 해도 협상은 쉽게 타결될 것으로 보였다.", "보였음", "전망"),
    # a forecast made now is the outlook, as before, "전망됐다" of a report among them
    ("이 조례안은 다음 달 폐기될 것으로 예상된다.", "폐기될 전망", "예상"),
    ("한빛연구원 보고서에 따르면 치매 환자는 내년 100만 명을 넘을 것으로 전망됐다.", "넘을 전망", "됐"),
    ("수출은 내년에도 늘어날 것으로 보인다.", "늘어날 전망", "보"),
])
def test_a_past_forecast_is_no_outlook(analyzer, sentence, kept, gone):
    from bullet_helpers import bullet
    out = bullet(analyzer, sentence, max_chars=60)
    assert kept in out and gone not in out.replace(kept, ""), out


@pytest.mark.parametrize("sentence, kept", [
    # work under way that ends in a thing made: "마련" alone would state it as done
    ("한빛시는 올여름 해수욕장 운영을 앞두고 해파리 피해를 줄일 대책을 마련하고 있습니다.", "마련 중"),
    ("한빛구는 다음 달 문을 여는 도서관의 자원봉사자를 모집하고 있다.", "모집 중"),
])
def test_work_under_way_stays_under_way(analyzer, sentence, kept):
    from bullet_helpers import bullet
    out = bullet(analyzer, sentence, max_chars=60)
    assert out.endswith(kept), out


@pytest.mark.parametrize("sentence, kept, gone", [
    # an outlet reports someone else's figure: without the frame the outlet made the tally
    ("한빛통신은 31일(현지시간) 지난해 한국의 대미 화장품 수출액이 17억달러로 집계됐다고 보도했다.", "보도", "31일"),
    # the day of the report the sentence names stays with it
    ("두리중앙통신은 24일 오전 6시 보도로 탐사선을 다시 쏘아 올렸지만 실패했다고 밝혔다.", "24일 오전 6시 보도로", "@"),
])
def test_an_outlets_report_keeps_its_frame_not_its_day(analyzer, sentence, kept, gone):
    from bullet_helpers import bullet
    out = bullet(analyzer, sentence, max_chars=60)
    assert kept in out and gone not in out, out


def test_a_statement_without_its_quotative_ending_is_one_sentence(analyzer):
    from bullet_helpers import analyse
    # "…보복하겠다 밝혔지만, …": Kiwi ends a sentence at "-겠다"; the verb of saying is the same sentence's
    doc = analyse(analyzer, "한빛국은 지난달 지도자 암살 이후 보복하겠다 밝혔지만, 최근 휴전 논의를 지켜보겠다는 기류가 감지되고 있다.",
                  "두리국은 협상 대표단을 보냈다.")
    assert doc.sentences[0].text.startswith("한빛국은") and doc.sentences[0].text.endswith("감지되고 있다."), \
        [s.text for s in doc.sentences]
    assert len(doc.sentences) == 2


@pytest.mark.parametrize("sentence", [
    # "A는 X인 데 반해 B는 Y": the second figure alone loses the measure the first names
    "OECD 국가의 연령표준화 자살률을 비교하면 평균은 10.7명인 데 반해 한국은 지난해 기준 24.8명에 달했다.",
    "한빛국의 평균 임금은 300만 원인 것에 반해 두리국은 지난해 500만 원에 달했다.",
])
def test_a_whereas_contrast_keeps_both_sides(analyzer, sentence):
    from bullet_helpers import bullet
    out = bullet(analyzer, sentence, max_chars=60)
    assert "반해" in out and ("10.7명" in out or "300만 원" in out), out


def test_a_credited_caption_printed_twice_leaves_the_body():
    # the picture's caption and its alt text, each with the credit: "…공개했다. [사진=한빛전자]" twice
    caption = "한빛전자는 5일(현지시간) 연례 개발자 행사에서 새 헤드셋 ‘누리 글래스’를 공개했다. [사진=한빛전자]"
    page = "\n".join(["한빛전자 새 헤드셋 내년 2월 나온다", "", caption, caption, "",
                      "한빛전자가 내년 2월 첫 헤드셋 ‘누리 글래스’를 출시한다는 보도가 나왔다.",
                      "외신에 따르면 한빛전자는 중국 공장에서 출하 준비를 서두르고 있다."])
    article = parse_article(page, id="t")
    assert not any("개발자 행사" in p for p in article.paragraphs), article.paragraphs
    assert any(p.startswith("한빛전자가 내년 2월") for p in article.paragraphs), article.paragraphs


def test_a_line_that_says_the_same_thing_twice_is_a_caption():
    # an image's alt text and its caption run together on one line, each with its credit
    caption = ("5일 오후 10시 30분께 술을 마신 채 야간 입수가 금지된 한빛시 누리구 누리해수욕장에 뛰어든 60대 여성이 약 10분 "
               "만에 바다 밖으로 나왔다. 독자 제공")
    page = "\n".join(["한빛 해수욕장 야간 입수 속출", "", "김하나 기자 hana@example.com", "한빛닷컴 기사퍼가기", "",
                      "한빛 밤바다 들어간 주취자", "구청 계도 안 들어 경찰 출동", "올 들어 무단 입수 114명 적발",
                      "과태료 부과는 극소수", "", f"{caption} {caption}", "",
                      "여름 피서철이 시작된 한빛 해수욕장에 야간 입수 사례가 속출한다. 야간 입수가 금지된 지 2년째지만 "
                      "피서객 수백 명이 밤에 물에 들어가려다 적발되고 있다.", "",
                      "한빛소방본부는 지난 5일 밤 60대 여성이 바다에 들어갔다가 제지당해 밖으로 나왔다고 7일 밝혔다."])
    article = parse_article(page, id="t")
    assert article.paragraphs[0].startswith("여름 피서철이"), article.paragraphs


def test_two_places_set_against_each_other_both_stay(analyzer):
    from bullet_helpers import bullet
    # "중국 시장에서 …둔화했지만, 미국 시장에서는 …": without the first place the slowdown reads as everywhere
    out = bullet(analyzer, "특히 중국 시장에서 한빛 화장품의 인기가 다소 둔화했지만, 미국 시장에서는 틱톡과 레딧 등 소셜미디어를 "
                           "활용해 입지를 빠르게 넓혔다.", max_chars=60)
    assert "중국 시장에서" in out and "미국 시장에서는" in out, out


def test_an_anonymous_persons_description_is_read_where_the_article_gives_it(analyzer):
    from bullet_helpers import analyse
    from pipeline.engines.extractive import anonymous_descriptions
    doc = analyse(analyzer, "한빛지검은 강제추행과 무고 혐의로 50대 남성 A 씨를 구속기소 했다고 6일 밝혔다.",
                  "A 씨는 한빛시에 있는 지인 B 씨의 집에서 범행한 혐의를 받는다.",
                  "경찰은 20~30대 남성 C씨를 쫓고 있다.")
    # nouns only, up to two words: a relative clause or a particle ends the description
    assert anonymous_descriptions(doc.sentences) == {"A": (0, "50대 남성"), "B": (1, "지인"), "C": (2, "20~30대 남성")}


@pytest.mark.parametrize("text, block, expected", [
    # the first bullet to name them says who they are
    ("검찰, A 씨가 B 씨를 무고한 사실을 밝혀냄", [], "검찰, 50대 남성 A 씨가 지인 B 씨를 무고한 사실을 밝혀냄"),
    # a bullet above named them already
    ("A 씨, B 씨를 무고", ["한빛지검, 50대 남성 A 씨 구속기소"], "A 씨, 지인 B 씨를 무고"),
    # a noun before the letter describes them already ("용의자 B씨"), or the bullet gives the description itself
    ("용의자 B 씨, 범행 뒤 달아남", [], "용의자 B 씨, 범행 뒤 달아남"),
    ("B 씨, 지인 B 씨의 집에서 범행", [], "B 씨, 지인 B 씨의 집에서 범행"),
])
def test_an_anonymous_person_is_introduced_once(analyzer, text, block, expected):
    from pipeline.engines.extractive import _anonymous_introduced
    out = _anonymous_introduced(text, {"A": "50대 남성", "B": "지인"}, block, analyzer.morphs)
    assert out == expected


def test_short_lines_without_full_stops_before_the_body_are_sub_headlines():
    # under the dateline, three sub-headline lines (the last one ends as a sentence does, with no full stop)
    page = "\n".join(["한빛국 정기국회 마지막 본회의…두 법안 재투표서 폐기", "입력 2023.12.09 00:00", "수정 2023.12.09 00:00",
                      "147건 민생법안 속전속결 처리", "가람 대법원장 임명동의안 가결", "내년도 예산안 처리는 결국 못했다",
                      "대통령이 재의를 요구한 두 법안이 국회 본회의 재표결 끝에 부결됐다. 또한 여야는 아동 보호법 개정안 등 "
                      "147건의 안건을 약 4시간 만에 속전속결로 처리했다.",
                      "국회는 8일 정기국회 마지막 본회의에서 두 법안 재의의 건에 대해 무기명 투표를 실시해 부결했다."])
    article = parse_article(page, id="t")
    assert article.subtitle.split("\n") == ["147건 민생법안 속전속결 처리", "가람 대법원장 임명동의안 가결",
                                            "내년도 예산안 처리는 결국 못했다"], article.subtitle
    assert article.paragraphs[0].startswith("대통령이 재의를 요구한"), article.paragraphs
    assert not article.headings


@pytest.mark.parametrize("sentence, court", [
    # the court names the ruling's source; its bench ("제1형사부") alone names no court
    ("한빛고법 가람재판부 제1형사부(부장판사 김하나)는 사기 혐의로 기소된 A 씨에 대한 항소심 선고 공판에서 징역 2년을 "
     "선고한 원심을 깨고 징역 1년 10개월을 선고했다고 12일 밝혔다.", "한빛고법 가람재판부, "),
    ("한빛고법 제2형사부(재판장 김하나)는 살인 혐의로 기소돼 1심에서 징역 20년을 선고받은 50대 A 씨와 검사의 항소를 모두 "
     "기각했다고 13일 밝혔다.", "한빛고법, "),
])
def test_a_ruling_is_the_courts_not_its_benchs(analyzer, sentence, court):
    from bullet_helpers import bullet
    out = bullet(analyzer, sentence, max_chars=60)
    assert out.startswith(court), out


@pytest.mark.parametrize("sentence, expected_end, gone", [
    # the cause of what the sentence before told is a fact of its own: "탓", "덕" would explain something unsaid
    ("한빛국 오염수가 이르면 이번 여름부터 방류된다는 소식에 시장을 찾는 발걸음이 눈에 띄게 줄어든 탓입니다.", "줄어듦", "탓"),
    ("코미디 영화 한 편이 여름 시장에서 기대 이상의 흥행을 기록한 덕이다.", "기록함", "덕"),
    # two clauses: their causes stay as the article gives them (the headline comma would mix up the subjects)
    ("두 편의 천만 영화가 상반기에 탄생했고 코미디 영화 한 편이 여름 시장에서 흥행을 기록한 덕이다.", "기록한 덕", "@"),
    # what is to come stays ahead ("늘어날 것", not "늘어남")
    ("폭염과 폭우로 올해 김장비용이 4인 가족 기준 작년보다 20% 정도 늘어날 것이라는 전망이 나온다.", "", "늘어남"),
])
def test_a_cause_is_told_as_a_fact(analyzer, sentence, expected_end, gone):
    from bullet_helpers import bullet
    out = bullet(analyzer, sentence, max_chars=60)
    assert out.endswith(expected_end) and gone not in out, out


def test_an_outlet_and_reporter_without_brackets_open_no_lede():
    page = "\n".join(["한빛 영화 올해 관객 늘었다", "", "한빛위크=김하나 기자  올해 한빛 영화는 전년 대비 누적 매출액과 관객 수 모두 "
                      "큰 폭의 증가세를 보였다. 그러나 흥행 양극화 현상은 더 심해졌다.",
                      "영화진흥위원회 통합전산망에 따르면 올해 누적 관객 수는 약 6천만 명이다."])
    article = parse_article(page, id="t")
    assert any(p.startswith("올해 한빛 영화는") for p in article.paragraphs), article.paragraphs
    assert not any("김하나 기자" in p for p in article.paragraphs) and article.byline == "김하나 기자"


def test_the_headline_run_into_the_lede_before_the_wire_tag_goes():
    title = "늪에 텐트 쳤나? '폭염 야영대회' 100명 쓰러져…계란엔 곰팡이"
    page = "\n".join([f"{title}/ 한빛뉴스 (Hanbitnews)", "", f"{title} (서울=한빛뉴스) 세계에 알리겠다며 유치한 야영대회가 "
                      "8월 폭염에 발목을 잡힌 모양새입니다.", "", "한낮 기온이 35도를 웃돌면서 온열질환자가 잇따랐습니다."])
    article = parse_article(page, id="t")
    assert article.paragraphs[0].startswith("세계에 알리겠다며"), article.paragraphs


@pytest.mark.parametrize("sentence, start, kept", [
    # after a figure's from-to, the count is by how much: it is no subject to front
    ("가람지역 학생수도 올해 17만5335명에서 2029년 14만3670명으로 3만1665명이 줄 것으로 추산됐다.", "가람지역 학생수", "3만1665명이 줄"),
    # a count that is who it happened to stays the subject, as before
    ("이번 사고로 3명이 숨졌다.", "이번 사고로 3명", "숨짐"),
])
def test_a_count_after_a_from_to_figure_is_no_subject(analyzer, sentence, start, kept):
    from bullet_helpers import bullet
    out = bullet(analyzer, sentence, max_chars=60)
    assert out.startswith(start) and kept in out, out


def test_a_spoken_ending_read_as_a_noun_and_a_particle_is_written(analyzer):
    from bullet_helpers import bullet
    # Kiwi: "…조성되는데요 정부가" as "는" + "데" (noun) + "요" (particle), no comma after it: still "-는데"
    out = bullet(analyzer, "세계 최대 규모의 반도체 클러스터가 한빛시에 조성되는데요 정부가 이를 다방면으로 지원하기로 했습니다.",
                 max_chars=60)
    assert "요" not in out and "조성되는데" in out, out
