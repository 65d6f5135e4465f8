"""Readings of this session (pages written for these tests, not news copy): an outlet's archive-photo tag and the
caption under it leave the body; a finding told without its source leads; a dated opening before a visitor named by
name and age is a feature's anecdote."""
import pytest

from bullet_helpers import bullet, only_sentence, summarize_page


ARCHIVE_PHOTO = """청년 구직자 절반 "1년 넘게 취업 준비"…'쉬었음' 청년도 늘어
입력 2025.07.23 12:00
한서윤 기자

[연합뉴스 자료사진]
(서울=연합뉴스) 서울 시내 한 대학 취업정보게시판 앞을 학생들이 지나가고 있다.

청년층의 취업 준비 기간이 갈수록 길어지면서 그냥 쉬는 청년도 늘고 있는 것으로 나타났다.

한빛고용연구원이 23일 공개한 실태조사에서 구직 중인 청년의 51.2%가 준비 기간이 1년을 넘는다고 답했다.
"""


def test_an_archive_photo_and_its_caption_are_no_paragraphs():
    from pipeline.parse import parse_article

    paragraphs = [p for p in parse_article(ARCHIVE_PHOTO, id="t").paragraphs if p != "한서윤 기자"]  # (the byline line)
    assert paragraphs[0].startswith("청년층의 취업 준비 기간이"), paragraphs
    assert not any("자료사진" in p or "지나가고 있다" in p for p in paragraphs), paragraphs


@pytest.mark.parametrize("credit", ["[연합뉴스 자료사진]", "[한빛일보 DB 사진]", "(연합뉴스TV 캡처)"])
def test_an_outlets_photo_tag_is_a_credit(credit):
    from pipeline.parse.patterns import CREDIT_ONLY

    assert CREDIT_ONLY.match(credit)


def test_a_position_in_brackets_is_no_credit():
    from pipeline.parse.patterns import CREDIT_ONLY

    assert not CREDIT_ONLY.match("(아래 사진)") and not CREDIT_ONLY.match("[사진]")


def test_a_wire_lede_with_its_reporter_under_a_photo_stays():
    from pipeline.parse import parse_article

    page = ARCHIVE_PHOTO.replace("(서울=연합뉴스) 서울 시내 한 대학 취업정보게시판 앞을 학생들이 지나가고 있다.",
                                 "(서울=연합뉴스) 한서윤 기자 = 정부가 청년 일경험 지원 사업을 넓히는 방안을 검토하고 있다.")
    paragraphs = [p for p in parse_article(page, id="t").paragraphs if p != "한서윤 기자"]
    assert paragraphs[0] == "정부가 청년 일경험 지원 사업을 넓히는 방안을 검토하고 있다.", paragraphs


def test_share_buttons_named_with_their_particle_are_a_share_bar():
    from pipeline.parse.page import share_bar

    assert share_bar("카카오톡으로 공유 페이스북으로 공유 기사 URL 복사")
    assert not share_bar("카카오톡으로 문자가 왔다")


FINDING_FIRST = """직장인 절반 "올해 이직 고민"…'조용한 퇴사'도 늘어

직장인들의 이직 고민이 갈수록 커지면서 맡은 일만 하고 버티는 이른바 '조용한 퇴사'도 늘고 있는 것으로 나타났다.

한빛노동연구원과 누리재단이 12일 공개한 '2025 직장인 인식조사'는 지난 3월 4일부터 4월 11일까지 전국 직장인 3,000명을 대상으로 온라인 방식으로 진행됐다.

응답자의 48.6%가 올해 안에 이직을 고민하고 있다고 답했다.

이직을 고민하는 이유로는 '낮은 임금'과 '과도한 업무량'이 가장 많이 꼽혔다.

연구원은 기업들이 보상 체계를 손보지 않으면 인력 유출이 커질 수 있다고 내다봤다.
"""


def test_a_finding_told_without_its_source_leads(analyzer):
    # "…늘고 있는 것으로 나타났다": the survey's finding, news with no day or name of its own; not a scene that gives
    # way to the survey's dates and method
    _, summary = summarize_page(analyzer, FINDING_FIRST)
    assert summary.bullets[0].startswith("직장인들의 이직 고민이"), summary.bullets


def test_a_finding_frame_is_read(analyzer):
    from pipeline.compress import tells_a_finding

    found = analyzer.morphs("조용한 퇴사도 늘고 있는 것으로 나타났다.")
    planned = analyzer.morphs("회사는 내년에 공장을 새로 지을 것으로 보인다.")
    assert tells_a_finding(found) and not tells_a_finding(planned)


OPENING_DAY = """'별빛 계단'에 웃음꽃…한빛시립미술관 문 열었다

15일 오전 10시, 한빛호수공원 옆 새 건물의 유리문이 열리자 기다리던 가족들이 한꺼번에 안으로 들어섰다. 다섯 살 아들과 함께 온 김수정(36)씨는 1층 전시실 앞에 자리를 잡자마자 안내 책자를 펼쳤다. "이런 곳이 생기길 오래 기다렸어요."

한빛시는 이날 한빛시립미술관이 공식 개관했다고 밝혔다. 총사업비 320억원이 투입된 미술관은 지하 1층, 지상 4층 규모다.

소장품은 개관 시점 기준 1,200점이며 시는 2030년까지 3,000점으로 늘릴 계획이다.

개관식에 참석한 이도현 한빛시장은 "시민 누구나 예술을 누리는 공간이 되도록 하겠다"고 말했다.

첫날에만 8천여 명이 다녀가면서 주차장 진입로에는 한때 차량이 길게 늘어서기도 했다.
"""


def test_a_dated_scene_before_a_named_visitor_gives_way_to_the_news(analyzer):
    # the crowd at the door, then a visitor by name and age: the feature's anecdote; the city's announcement leads
    _, summary = summarize_page(analyzer, OPENING_DAY)
    assert summary.bullets[0].startswith("한빛시, "), summary.bullets
    assert not any("유리문" in b for b in summary.bullets), summary.bullets


def test_a_dated_news_lede_before_a_named_visitor_stays(analyzer):
    # the body that acts is named first: the news, however a visitor comes after it
    page = OPENING_DAY.replace("15일 오전 10시, 한빛호수공원 옆 새 건물의 유리문이 열리자 기다리던 가족들이 한꺼번에 안으로 들어섰다.",
                               "한빛시가 15일 한빛호수공원 옆에 시립미술관을 열고 시민들을 맞았다.")
    _, summary = summarize_page(analyzer, page)
    assert summary.bullets[0].startswith("한빛시, 15일"), summary.bullets


@pytest.mark.parametrize("sentence, dangles", [
    ("대부분 준공된 지 20년이 넘은 단지로, 변압기 용량이 가구당 전력 사용량을 감당하지 못한 것으로 보인다.", True),
    ("대부분은 20대 대학생이었다.", True),
    ("대다수가 올해 안에 이직을 고민하고 있다고 답했다.", True),
    ("대부분의 시민은 이번 조치에 찬성했다.", False),  # "…의 X": the set is its own
])
def test_an_opening_share_is_of_the_set_before(analyzer, sentence, dangles):
    from pipeline.select import sentence_dangles

    reason = sentence_dangles(only_sentence(analyzer, sentence))
    assert (reason is not None and "share" in reason) == dangles, reason


def test_no_subject_is_put_before_an_opening_share(analyzer):
    # "변압기 용량, 대부분 …단지로" made the capacity the old complexes (read blind: F=0)
    text = bullet(analyzer, "대부분 준공된 지 20년이 넘은 단지로, 변압기 용량이 가구당 전력 사용량을 감당하지 못한 것으로 보인다.")
    assert text.startswith("대부분 준공된 지 20년이 넘은 단지로, 변압기 용량이"), text


@pytest.mark.parametrize("sentence, expected", [
    # a plan reported in the plain present: to come, not done
    ("한빛반도체가 충남 아산에 총 5조원을 투자해 반도체 생산공장을 새로 짓는다고 2일 밝혔다.",
     "한빛반도체, 충남 아산에 총 5조원을 투자해 반도체 생산공장을 새로 지을 예정"),
    ("누리전자는 미국 텍사스에 배터리 공장을 세운다고 발표했다.", "누리전자, 미국 텍사스에 배터리 공장을 세울 예정"),
    # a decision told by its verbal noun is made already
    ("한빛시와 누리군은 경전철 개통 목표를 2027년 6월로 18개월 연기한다고 발표했다.",
     "한빛시와 누리군, 경전철 개통 목표를 2027년 6월로 18개월 연기"),
])
def test_a_reported_plan_in_the_present_is_to_come(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


def test_recently_goes_whole(analyzer):
    # "최근 들어": dropped as a time, never to leave "가격이 들어 보합세로" (read blind: garbled)
    text = bullet(analyzer, "다만 업계에서는 범용 메모리 가격이 최근 들어 보합세로 돌아선 데다 중국 업체들의 저가 공세가 거세지고 있어 "
                            "내년에는 수출 증가율이 둔화할 수 있다는 관측도 나온다.")
    assert "가격이 들어" not in text and "보합세로" in text, text


def test_a_county_read_as_an_adverb_stays_with_its_township(analyzer):
    # Kiwi reads the county "인제" as the adverb "now": before "북면" it is the place's (read blind: "북면" alone, F=0)
    text = bullet(analyzer, "기상청에 따르면 21일 밤부터 22일 오전까지 홍천 내면에 52.3㎝, 평창 대관령에 46.8㎝, 인제 북면에 41.0㎝의 눈이 내렸다.")
    assert "인제 북면에 41.0㎝" in text, text
    county = next(m for m in analyzer.morphs("평창 대관령에 46.8㎝, 인제 북면에 41.0㎝의 눈이 내렸다.") if m.form == "인제")
    assert county.tag == "NNP"  # mended in the analysis, for every reader of it


def test_the_name_joined_to_a_dotted_list_is_no_example(analyzer):
    # "경기도와 수원·성남·고양 등 도내 6개 시": the cities are the examples of the count; the province acts with them
    text = bullet(analyzer, "한빛도와 가람·누리·다온 등 도내 6개 시는 내년 상반기까지 수소 전기버스 320대를 시내버스 노선에 순차적으로 투입한다고 9일 밝혔다.")
    assert text.startswith("한빛도와 도내 6개 시, "), text


def test_a_list_with_a_dotted_item_is_still_the_examples(analyzer):
    # "…본사와 …현장사무소, 설계·감리업체 사무실 등 7곳": the dot is inside one item; all of them are the seven
    text = bullet(analyzer, "한빛지검 형사4부는 24일 오전 9시께부터 서울 강남구 누리건설 본사와 경기 화성시 현장사무소, 설계·감리업체 사무실 등 "
                            "7곳에 검사와 수사관 40여명을 보내 압수수색을 벌이고 있다고 밝혔다.")
    assert "본사와 7곳" not in text, text


BAN = """씨 마르는 남해 말쥐치…해수부, 내년부터 석 달간 '포획 금지'

해양수산부는 남해안 연근해에서 자원량이 급감한 말쥐치를 보호하기 위해 내년부터 매년 5월 1일부터 7월 31일까지 석 달 동안 포획을 전면 금지하는 금어기를 새로 도입한다고 23일 밝혔다.

말쥐치 어획량은 1986년 32만7천t에서 지난해 1,900t으로 줄었다.

해수부는 몸길이 18㎝ 미만 말쥐치의 포획도 금지한다.

어민들은 생계 대책이 필요하다고 호소했다.
"""


def test_a_purpose_that_names_the_headlines_object_stays(analyzer):
    # without "말쥐치를 보호하기 위해" the lede says a ban of no one knows what (read blind: F=0)
    _, summary = summarize_page(analyzer, BAN)
    assert "말쥐치" in summary.bullets[0] and "금어기" in summary.bullets[0], summary.bullets


@pytest.mark.parametrize("sentence, expected", [
    ("한빛항공은 입장문을 내고 “공정위의 결정을 존중하며 시정조치를 성실히 이행하겠다”고 밝혔다.",
     "한빛항공, “공정위의 결정을 존중하며 시정조치를 성실히 이행하겠다”"),
    ("노조는 성명을 내고 “사측이 약속을 어겼다”고 비판했다.", "노조, “사측이 약속을 어겼다” 비판"),
    ("회사는 보도자료를 배포하고 “결정을 존중한다”고 밝혔다.", "회사, “결정을 존중한다”"),
    # a statement with no quotation after it is the act the bullet tells
    ("협회는 입장문을 내고 정부의 결정을 비판했다.", "협회, 입장문을 내고 정부의 결정 비판"),
])
def test_the_statement_that_carried_the_words_goes_before_a_quotation(analyzer, sentence, expected):
    # read blind: "'입장문을 내고' dangles before a quote with no verb"
    assert bullet(analyzer, sentence) == expected


SNOW = """[르포] 하룻밤 새 40㎝ 폭설…고립된 산간마을
입력 2025.01.22 17:46
한빛=나은솔 기자

일흔다섯 살 박순자 할머니는 현관문을 밀어봤지만 문은 한 뼘도 열리지 않았다.

밤사이 허리 높이까지 쌓인 눈이 문을 막고 있었다.

할머니는 결국 이웃에 사는 조카에게 전화를 걸었다.

기상청에 따르면 21일 밤부터 22일 오전까지 한빛군 누리면에 40.2㎝, 가람군 다온면에 36.8㎝의 눈이 내렸다.

한빛도 재난안전대책본부는 이날 오전 6시를 기해 지방도 2곳의 차량 통행을 막았다.

기상청은 23일 오전까지 산지에 5~10㎝의 눈이 더 내릴 것으로 내다봤다.
"""


def test_a_private_persons_plight_gives_way_to_the_first_dated_act(analyzer):
    # the grandmother's door that would not open is the feature's colour; the snowfall, in other words than the
    # headline's, is the news
    _, summary = summarize_page(analyzer, SNOW)
    assert summary.bullets[0].startswith("21일 밤부터 22일 오전까지"), summary.bullets
    assert not any("할머니" in b for b in summary.bullets), summary.bullets


def test_a_headline_that_ends_on_a_village_is_no_line_run_on():
    # "…고립된 산간마을": "마을" is a noun, not an object's "을" that goes on into the next line
    from pipeline.parse import parse_article

    article = parse_article("하룻밤 새 40㎝ 폭설…고립된 산간마을\n\n박순자 할머니는 현관문을 밀어봤지만 문은 열리지 않았다.\n\n"
                            "밤사이 눈이 문을 막고 있었다.\n", id="t")
    assert article.title == "하룻밤 새 40㎝ 폭설…고립된 산간마을", article.title
    assert article.paragraphs[0].startswith("박순자 할머니는"), article.paragraphs


def test_the_pace_of_a_change_keeps_whose_it_is(analyzer):
    # "전체적인 상승 속도, …느려짐" said of nothing (read blind: no subject); the topic that owns it stays
    text = bullet(analyzer, "한빛부동산원이 10일 발표한 주간 동향에 따르면, 서울 아파트값은 강남권 단지를 중심으로 여전히 상승세를 이어갔지만 "
                            "외곽의 상승 폭이 줄어들면서 전체적인 상승 속도는 지난달 중순 이후 3주 연속 느려졌다.")
    assert "아파트값" in text and "상승 속도" in text, text


def test_a_credited_wire_caption_is_no_paragraph():
    # "(안동=연합뉴스) …무너져 있다. [경북소방본부 제공]": the agency's tag with no reporter, one sentence, a credit
    from pipeline.parse import parse_article

    page = ("400년 고택 지붕이 무너졌다…전통마을 화재\n입력 2025-03-04 11:27\n\n"
            "(한빛=연합뉴스) 4일 새벽 한빛시 누리면 전통마을에서 발생한 화재로 고택이 불에 타 무너져 있다. [한빛소방본부 제공]\n\n"
            "4일 한빛소방본부에 따르면 이날 오전 3시 48분께 누리면 전통마을 내 고택에서 불이 났다는 신고가 들어왔다.\n\n"
            "소방당국은 장비 31대를 투입해 약 2시간 만에 불을 껐다.\n")
    article = parse_article(page, id="t")
    assert article.paragraphs[0].startswith("4일 한빛소방본부에 따르면"), article.paragraphs


def test_a_minor_by_a_letter_is_a_private_person(analyzer):
    # "초등학교 5학년 A군은 …걸어갔다": the feature's anecdote of a child, not its news
    from pipeline.engines.extractive import _private_person

    assert _private_person(analyzer.morphs("초등학교 5학년 A군은 고개를 숙인 채 벤치 쪽으로 걸어갔다."))
    assert not _private_person(analyzer.morphs("A사는 내년 예산을 늘렸다."))  # a company by a letter


COACH = """유소년 축구 감독, 초등생 선수들에 폭언·금품 요구 의혹

주말 리그 경기가 끝나자 초등학교 5학년 A군은 고개를 숙인 채 벤치 쪽으로 걸어갔다.

한빛시의 한 사설 유소년 축구클럽 감독이 초등학생 선수들에게 상습적으로 폭언을 하고 학부모들에게 금품을 요구했다는 의혹이 제기됐다.

이 클럽 감독 B씨는 2022년부터 올해 7월까지 학부모들에게 1인당 150만~400만원을 받은 것으로 파악됐다.

한빛시축구협회는 지난달 29일 B씨의 지도자 자격을 임시로 정지했다.
"""


def test_a_childs_scene_gives_way_to_the_allegation(analyzer):
    _, summary = summarize_page(analyzer, COACH)
    assert "의혹" in summary.bullets[0] and not any("A군" in b for b in summary.bullets), summary.bullets


def test_the_lede_told_again_by_the_fuller_name_of_its_subject(analyzer):
    # "법원, …집행정지 신청 각하" then "서울행정법원, …집행정지 신청 각하": one ruling told twice (read blind)
    from pipeline.analysis import content_key
    from pipeline.engines.extractive import _lede_told_again

    def keys(text):
        morphs = analyzer.morphs(text)
        return {content_key(m) for m in morphs if m.tag in {"NNG", "NNP"}} - {None}, {m.form for m in morphs if m.tag == "SN"}, morphs

    lede_words, lede_numbers, lede_morphs = keys("법원, 정부의 의대 정원 증원 처분을 멈춰 달라며 교수와 재학생들이 낸 집행정지 신청 각하")
    words, numbers, _ = keys("서울행정법원, 전국 12개 의대 교수와 재학생 등 47명이 낸 의대 정원 증원 처분 집행정지 신청 각하")
    assert _lede_told_again(words, numbers, lede_words, lede_numbers, lede_morphs, 1)
    # a name the lede's word is only a part of is another one
    other, other_numbers, _ = keys("가람법원장, 전국 12개 의대 교수와 재학생 등 47명이 낸 의대 정원 증원 처분 집행정지 신청 각하 비판")
    lede_words2, lede_numbers2, lede_morphs2 = keys("가람법원, 정부의 의대 정원 증원 처분을 멈춰 달라며 교수와 재학생들이 낸 집행정지 신청 각하")
    assert not _lede_told_again(other, other_numbers, lede_words2, lede_numbers2, lede_morphs2, 1)
