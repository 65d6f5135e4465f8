"""Page furniture that a copied Korean news page carries around the article, and prose that must stay.

Every page here is written for the tests (not copied from news): each rule has a case it must
catch and a case of ordinary article prose it must leave alone.
"""
import pytest

from pipeline.parse import parse_article

BODY = "시의회는 내년 예산안을 12일 통과시켰다. 예산은 올해보다 3% 늘었다."


# -- a page copied without its dateline still opens with its headline ----------------------------
def test_headline_and_subheadlines_without_dateline_leave_the_body():
    page = "\n".join([
        "새 도서관, 다음 달 문 연다…주민 기대 커",
        "열람석 300석 규모",
        "",
        "구청은 새 도서관이 다음 달 1일 문을 연다고 밝혔다.",
        "",
        "도서관은 열람석 300석을 갖췄다.",
    ])
    article = parse_article(page, id="h")
    assert article.title == "새 도서관, 다음 달 문 연다…주민 기대 커"
    assert article.subtitle == "열람석 300석 규모"
    assert article.paragraphs == ("구청은 새 도서관이 다음 달 1일 문을 연다고 밝혔다.", "도서관은 열람석 300석을 갖췄다.")


def test_a_headline_of_a_speaker_and_their_words_is_the_headline():
    page = "김하나 감독 \"여덟 경기 만에 이겼고, 1승의 소중함 알았다\"\n\n한빛FC가 19일 원정 경기에서 1-0으로 이겼다. 김 감독은 선수들에게 고맙다고 밝혔다."
    article = parse_article(page, id="q")
    assert article.title == "김하나 감독 \"여덟 경기 만에 이겼고, 1승의 소중함 알았다\""
    assert article.paragraphs[0].startswith("한빛FC가 19일")


def test_an_image_title_glued_to_the_text_goes_and_words_that_start_alike_stay():
    assert parse_article("제목 없음6년 만에 완봉승을 거뒀다. 그는 기뻤다고 밝혔다.", id="i").paragraphs[0].startswith("6년 만에")
    assert parse_article("무제한 요금제가 나왔다. 통신사는 새 요금제를 내놓았다고 밝혔다.", id="j").paragraphs[0].startswith("무제한")


def test_a_headline_above_one_paragraph_that_ends_on_its_byline_is_the_headline():
    body = ("한빛소재의 주가가 가격제한폭까지 올랐다. 상반기 매출이 지난해보다 40% 늘었다고 회사는 밝혔다. "
            "거래량도 전날의 세 배에 이르렀다. "
            "한빛경제 홍길동기자 hong@example.com")
    article = parse_article(f"한빛소재(12345), 매출 급증에 상한가\n\n{body}", id="h")
    assert article.title == "한빛소재(12345), 매출 급증에 상한가"
    assert article.paragraphs[0].startswith("한빛소재의 주가가")


@pytest.mark.parametrize("label", ["사회 사회일반", "경제 > 금융", "기사 본문 영역", "상세페이지", "메뉴 건너뛰기"])
def test_a_section_breadcrumb_or_page_label_above_the_headline_is_not_the_headline(label):
    page = "\n".join([label, "", "새 도서관 다음 달 개관…주민 기대", "", "구청은 새 도서관이 다음 달 1일 문을 연다고 밝혔다.", "도서관은 열람석 300석을 갖췄다."])
    article = parse_article(page, id="h")
    assert article.title == "새 도서관 다음 달 개관…주민 기대"
    assert article.paragraphs[0].startswith("구청은 새 도서관이 다음 달 1일 문을 연다고 밝혔다.")


def test_a_headline_under_a_section_banner_is_the_headline():
    page = "[내일날씨] 전국 폭염 계속…한빛 37도\n한빛시는 4일에도 낮 최고 37도를 웃돌겠다.\n밤에는 열대야가 나타나겠다."
    article = parse_article(page, id="h")
    assert article.title == "전국 폭염 계속…한빛 37도"
    assert article.paragraphs[0] == "한빛시는 4일에도 낮 최고 37도를 웃돌겠다."
    # a bracketed byline is no banner
    assert parse_article("[한빛일보 홍길동 기자] 시의회는 예산안을 통과시켰다.\n예산은 3% 늘었다.", id="b").title == ""


def test_clean_body_without_headline_keeps_its_first_paragraph():
    article = parse_article("구청은 새 도서관이 문을 연다고 밝혔다.\n\n도서관은 열람석 300석을 갖췄다.", id="h")
    assert article.title == ""
    assert article.paragraphs[0] == "구청은 새 도서관이 문을 연다고 밝혔다."


def test_a_lone_line_without_prose_after_it_is_not_taken_as_headline():
    article = parse_article("주민 기대 커지는 새 도서관", id="h")
    assert article.paragraphs == ("주민 기대 커지는 새 도서관",)


def test_photo_caption_at_the_top_is_not_the_headline():
    article = parse_article(f"항구 야적장에 쌓인 컨테이너/한빛뉴스\n\n{BODY}", id="h")
    assert article.title == ""
    assert article.captions == ("항구 야적장에 쌓인 컨테이너/한빛뉴스",)


def test_broadcast_tag_line_is_not_the_headline():
    article = parse_article("[앵커]\n시의회가 내년 예산안을 통과시켰습니다.\n\n[기자]\n예산은 올해보다 3% 늘었습니다.", id="b")
    assert article.title == ""
    assert article.paragraphs == ("시의회가 내년 예산안을 통과시켰습니다.", "예산은 올해보다 3% 늘었습니다.")


# -- page furniture inside the body --------------------------------------------------------------
@pytest.mark.parametrize(
    "furniture",
    [
        "이 기사는 최신 브라우저 환경에서 본문 보기를 권장합니다.",
        "(예시) 봄맞이 할인 행사 최대 50%",
        "광고",
        "[인터뷰] 김하늘 / 마을 주민",
        "[녹취:박바다 / 상인]",
        "촬영기자: 이산 / 영상편집: 최강",
        "한빛방송 뉴스 김가람입니다.",
        "YTN 김가람입니다.",
        "행사장을 찾은 아이가 엄마 품에 안겨 울고 있다. /한빛뉴스",
        "새로 문을 연 도서관 열람실 모습. 사진=한빛구청 제공",
        "시민들이 새 버스에 오르고 있다. ⓒ 한빛일보",
    ],
)
def test_furniture_lines_leave_the_body(furniture):
    article = parse_article(f"{BODY}\n\n{furniture}\n\n구청은 내년 상반기에 분관도 열 계획이다.", id="f")
    assert all(furniture not in p for p in article.paragraphs), article.paragraphs
    assert article.paragraphs[0] == BODY
    assert article.paragraphs[-1] == "구청은 내년 상반기에 분관도 열 계획이다."


@pytest.mark.parametrize(
    "prose",
    [
        "사진작가 김하늘 씨는 이번 전시에 사진 40점을 내놓았다.",
        "기자회견에서 구청장은 예산 확대를 약속했다.",
        "연구진은 시속 300km/h로 달리는 열차를 시험했다.",
        "YTN은 이날 특집 방송을 편성했다고 밝혔다.",
        "시민단체는 광고 규제를 강화하라고 요구했다.",
        "김하늘 기자는 현장 취재 경험을 책으로 펴냈다.",
    ],
)
def test_prose_mentioning_photos_reporters_or_ads_stays(prose):
    article = parse_article(f"{BODY}\n\n{prose}", id="p")
    assert article.paragraphs == (BODY, prose)


def test_broadcast_tags_go_and_their_text_stays():
    page = f"{BODY}\n\n[앵커멘트]\n구청이 새 도서관을 엽니다.\n\n<앵커 멘트> 주민들의 기대가 큽니다.\n\n[기자] 도서관은 다음 달 문을 엽니다."
    article = parse_article(page, id="b")
    assert article.paragraphs[1:] == ("구청이 새 도서관을 엽니다.", "주민들의 기대가 큽니다.", "도서관은 다음 달 문을 엽니다.")


def test_a_tag_that_lost_its_brackets_with_the_punctuation_goes_too():
    # a copy of a script without punctuation: "앵커 멘트" opens the first line; "앵커" alone may open a sentence
    page = f"{BODY}\n\n앵커 멘트 구청이 새 도서관을 엽니다\n\n앵커 출신 의원이 도서관을 찾았습니다."
    article = parse_article(page, id="b")
    assert article.paragraphs[1:] == ("구청이 새 도서관을 엽니다", "앵커 출신 의원이 도서관을 찾았습니다.")


def test_a_script_with_speaker_marks_keeps_the_reporters_text_and_drops_sound_bites():
    # "⊙기자:" is a role tag (its text is the story); "⊙김가람(한빛FC):" is an interviewee's sound bite
    page = (f"{BODY}\n\n⊙앵커: 다음은 프로축구 소식입니다.\n\n⊙기자: 한빛FC의 김하늘이 8경기 연속골을 넣었습니다.\n\n"
            "⊙김가람(한빛FC): 동료들 덕분에 좋은 결과가 나온 것 같습니다.\n\n⊙기자: 다음 경기는 토요일입니다.")
    article = parse_article(page, id="kbs")
    assert article.paragraphs[1:] == ("다음은 프로축구 소식입니다.", "한빛FC의 김하늘이 8경기 연속골을 넣었습니다.",
                                      "다음 경기는 토요일입니다.")


def test_a_script_with_filled_circle_marks_reads_the_same():
    # "● 기자:" as "⊙기자:": the role tag goes and its text stays; "● 이름(직함):" is an interviewee's sound bite
    page = (f"{BODY}\n\n● 앵커: 말하는 자동차가 나왔습니다.\n\n● 기자: 한빛차가 오늘 발표한 미니밴입니다.\n\n"
            "● 김가람(한빛차 사장): 안전을 먼저 생각했습니다.")
    article = parse_article(page, id="mbc")
    assert article.paragraphs[1:] == ("말하는 자동차가 나왔습니다.", "한빛차가 오늘 발표한 미니밴입니다.")


def test_sign_off_at_the_end_of_a_paragraph_is_cut():
    article = parse_article(f"{BODY}\n\n도서관은 다음 달 문을 엽니다. 한빛방송 뉴스 김가람입니다.", id="s")
    assert article.paragraphs[-1] == "도서관은 다음 달 문을 엽니다."


@pytest.mark.parametrize("tag", ["[한빛의정저널]", "[속보]", "[한빛일보 김가람 기자]"])
def test_source_tag_opening_a_later_paragraph_is_dropped(tag):
    page = f"{BODY}\n\n둘째 문단이다.\n\n셋째 문단이다.\n\n{tag} 구청은 분관도 열 계획이다."
    assert parse_article(page, id="t").paragraphs[-1] == "구청은 분관도 열 계획이다."


@pytest.mark.parametrize("lede", ["[김가람 기자]= 한빛박물관은 다음 달부터 월요일에도 문을 연다.",
                                  "[김가람 기자] = 한빛박물관은 다음 달부터 월요일에도 문을 연다."])
def test_a_bracketed_byline_takes_the_equals_sign_after_it(lede):
    # "[이재영 기자]= 국립경주박물관은 …" had become the bullet "= 국립경주박물관 …"
    page = f"한빛박물관, 월요일에도 연다\n\n{lede}\n\n관람객의 요청에 따른 것이다.\n\n입장료는 받지 않는다."
    assert parse_article(page, id="t").paragraphs[0] == "한빛박물관은 다음 달부터 월요일에도 문을 연다."


def test_script_tags_run_into_a_paragraph_start_lines_of_their_own():
    # a regional broadcaster's copy: "◀ANC▶ …입니다. ◀END▶ …" in one paragraph; the tags had glued the lede to the
    # reporter's name and made it a sub-heading, and a sound bite ran into the narration after it
    page = ("한빛시 공장 화재\n\n◀ANC▶ 한빛시의 한 공장에서 불이 나 5억 원의 피해가 났습니다. 김가람 기자입니다. ◀END▶ "
            "검은 연기가 하늘을 뒤덮었습니다. ◀SYN▶ 목격자 \"펑 소리가 났어요\" 소방차 20대가 출동해 두 시간 만에 불을 껐습니다. "
            "(S/U) 공장 안에 있던 직원 8명은 모두 대피했습니다.")
    text = " ".join(parse_article(page, id="t").paragraphs)
    assert text == ("한빛시의 한 공장에서 불이 나 5억 원의 피해가 났습니다. 김가람 기자입니다. 검은 연기가 하늘을 뒤덮었습니다. "
                    "소방차 20대가 출동해 두 시간 만에 불을 껐습니다. 공장 안에 있던 직원 8명은 모두 대피했습니다.")


def test_a_stand_up_tag_in_lower_case_goes():
    # "s/u 올해는 냉해까지 겹치면서 …": a copy that lost the tag's brackets, in lower case; it had opened a bullet
    page = ("한빛군 배추값 폭락\n\n출하를 앞둔 배추가 밭에서 썩어가고 있습니다.\n\ns/u 올해는 냉해까지 겹치면서 배추값이 한 달 사이 "
            "3분의 1로 떨어졌습니다.\n\n(s/u) 농민들은 수확을 포기했습니다.")
    assert list(parse_article(page, id="t").paragraphs[1:]) == ["올해는 냉해까지 겹치면서 배추값이 한 달 사이 3분의 1로 떨어졌습니다.",
                                                          "농민들은 수확을 포기했습니다."]


def test_a_wire_photo_caption_ending_in_its_date_stamp_is_a_caption():
    # "[서울=뉴시스] 정병혁 기자 = …갈피를 못잡고 있다. …출근하고 있다. 2023.08.27. jhope@newsis.com": a caption telling
    # another story's background, over 200 characters, had given the block its first bullet
    caption = ("[한빛=가람통신] 김나래 기자 = 특별치안활동을 선포한 경찰이 현장 치안인력을 늘리는 후속 대책을 두고 고심하고 있다. "
               "경찰청장은 폐지된 제도를 부활시키는 방법을 제시했지만 하루 만에 조직개편 쪽으로 방향을 틀었다. 27일 한빛시 "
               "한빛경찰청 기동본부에서 직원들이 출근하고 있다. 2023.08.27. photo@example.com")
    page = (f"연휴 가게 30여 곳 털려\n\n{caption}\n\n추석 연휴 기간 한빛시 가게 30여 곳에 도둑이 들었다.\n\n"
            "경찰은 유력한 용의자를 붙잡아 조사하고 있다.\n\n용의자는 모두 혐의를 부인했다.")
    article = parse_article(page, id="t")
    assert article.paragraphs[0] == "추석 연휴 기간 한빛시 가게 30여 곳에 도둑이 들었다."
    assert caption in article.captions


def test_a_titled_photo_caption_is_a_caption():
    # "< 주요국 특사단 청와대 오찬 > 문재인 대통령이 …오찬장으로 가고 있다. 왼쪽부터 …" had given the block two bullets
    page = ("한빛시장, 자매도시 방문\n\n< 자매도시 방문 > 김가람 한빛시장이 3일 달빛시청에서 시민들과 인사하고 있다. 왼쪽부터 이나래 "
            "달빛시장, 김 시장.\n\n김가람 한빛시장이 3일 자매도시인 달빛시를 방문했다.\n\n두 도시는 관광 교류를 늘리기로 했다.")
    article = parse_article(page, id="t")
    assert article.paragraphs[0] == "김가람 한빛시장이 3일 자매도시인 달빛시를 방문했다."
    assert any(c.startswith("< 자매도시 방문 >") for c in article.captions)


def test_reporters_after_an_outlet_tag_are_the_byline():
    # "【서울=코리아플러스】 김미경ㆍ원지연ㆍ장영래 기자 = 더불어민주당은 …": the names had opened the lede's bullet
    page = "한빛시 새 청사\n\n【한빛=한빛일보】 김가람ㆍ이나래 기자 = 한빛시는 새 청사를 열었다.\n\n청사는 5층이다.\n\n시민들이 찾았다."
    article = parse_article(page, id="t")
    assert article.paragraphs[0] == "한빛시는 새 청사를 열었다."
    assert article.byline == "김가람·이나래 기자"  # (the Hangul letter araea written as a middle dot is the middle dot)


def test_bracket_inside_a_sentence_is_not_a_tag():
    prose = "구청은 [별표 1]의 기준에 따라 사업자를 고른다."
    assert parse_article(f"{BODY}\n\n{prose}", id="t").paragraphs[-1] == prose


# -- a short line standing alone between paragraphs is a sub-head ---------------------------------
def test_unmarked_subhead_between_paragraphs_becomes_a_heading():
    page = f"{BODY}\n\n주차난 해소, 남은 과제\n\n구청은 주차장 200면을 새로 짓는다."
    article = parse_article(page, id="s")
    assert [h.text for h in article.headings] == ["주차난 해소, 남은 과제"]
    assert article.headings[0].paragraph == 1
    assert article.paragraphs == (BODY, "구청은 주차장 200면을 새로 짓는다.")


@pytest.mark.parametrize(
    "page",
    [
        f"{BODY}\n\n주차난 해소가 남은 과제다\n\n구청은 주차장 200면을 새로 짓는다.",  # a sentence without its period
        f"{BODY}\n\n주차난 해소, 남은 과제\n구청은 주차장 200면을 새로 짓는다.",  # no blank line: the paragraph's first line
        f"{BODY}\n\n주차난 해소, 남은 과제",  # nothing after it
    ],
)
def test_short_lines_that_are_not_subheads_stay_in_the_body(page):
    article = parse_article(page, id="s")
    assert article.headings == ()
    assert any("주차난 해소" in p for p in article.paragraphs)


@pytest.mark.parametrize("item", ["• 글씨 크기 조절", "• 16면", "• A2면", "• 댓글 0", "이 기사를 공유합니다", "가나다라마바사"])
def test_tool_bar_items_are_neither_headings_nor_body(item):
    article = parse_article(f"{BODY}\n\n{item}\n\n구청은 분관도 열 계획이다.", id="t")
    assert article.headings == ()
    assert article.paragraphs == (BODY, "구청은 분관도 열 계획이다.")


def test_page_numbers_in_prose_stay():
    prose = "신문 16면에 실린 기사는 큰 반향을 일으켰다."
    assert parse_article(f"{BODY}\n\n{prose}", id="t").paragraphs[-1] == prose


# -- end to end: furniture never reaches the block -------------------------------------------------
def test_block_from_a_furnished_page_carries_only_article_content(analyzer):
    from pipeline.config.summarize import SummarizeConfig
    from pipeline.engines import build_engine

    page = "\n\n".join([
        "한빛시, 새 도서관 다음 달 개관",
        "열람석 300석 규모…주민 기대 커",
        "이 기사는 최신 브라우저 환경에서 본문 보기를 권장합니다.",
        "새 도서관 열람실에서 아이들이 책을 읽고 있다. /한빛뉴스",
        "[앵커]",
        "한빛시가 다음 달 1일 시립 도서관을 새로 엽니다.",
        "[기자]",
        "도서관은 열람석 300석과 어린이 자료실을 갖췄습니다.",
        "시는 건립에 예산 120억 원을 들였습니다.",
        "[인터뷰] 김가람 / 한빛시 주민",
        "시는 내년에 분관 2곳을 더 지을 계획입니다.",
        "한빛방송 뉴스 김하늘입니다.",
    ])
    article = parse_article(page, id="e2e")
    assert article.title == "한빛시, 새 도서관 다음 달 개관"
    engine = build_engine("kiwi", SummarizeConfig(engine="kiwi"), analyzer)
    bullets = engine.summarize(analyzer.analyze(article)).bullets
    assert len(bullets) >= 3
    for furniture in ("권장", "한빛뉴스", "앵커", "기자]", "인터뷰", "김하늘", "책을 읽고", "열람석 300석 규모…"):
        assert all(furniture not in b for b in bullets), bullets


def test_regression_a_bare_comment_counter_under_the_dateline_does_not_cut_the_article():
    # A copied broadcast page: headline, dateline, then the tool bar ("댓글", "인쇄하기") above the story.
    # The dateline is not prose, so the tool bar's "댓글" is not the comment section after the article.
    page = ("시립 도서관 주말 개관 연장\n\n2025.05.10. 오전 05:45.\n댓글\n글자크기설정\n인쇄하기\n\n"
            "[앵커]\n시립 도서관이 다음 달부터 주말에도 밤 10시까지 문을 엽니다.\n\n"
            "[기자]\n도서관은 열람석 300석을 새로 갖추고 주말 야간 운영을 시작합니다.")
    article = parse_article(page, id="t")
    body = "\n".join(article.paragraphs)
    assert "주말에도 밤 10시까지 문을 엽니다" in body
    assert "열람석 300석" in body
    assert "댓글" not in body and "인쇄하기" not in body


def test_comment_section_after_the_story_is_still_cut():
    article = parse_article(f"{BODY}\n\n댓글 (3)\n\n좋은 소식이네요 정말 기대됩니다 도서관 자주 가야겠어요.", id="c")
    assert "좋은 소식" not in "\n".join(article.paragraphs)


def test_a_headline_printed_twice_above_the_tool_bar_is_the_title_and_the_body_stays():
    page = "\n".join([
        "한빛미술관, 소장품 상설전 연다", "", "한빛미술관, 소장품 상설전 연다", "", "2025.01.07. 오후 4:03.",
        "댓글", "글자크기설정", "인쇄하기", "AD",
        "한빛미술관이 올해 본관과 별관에서 주요 소장품을 소개하는 상설전을 시작합니다.", "",
        "상설관에는 대표작 80여 점이 전시됩니다.",
    ])
    article = parse_article(page, id="t")
    assert article.title == "한빛미술관, 소장품 상설전 연다"
    assert any(p.startswith("한빛미술관이 올해 본관과 별관에서") for p in article.paragraphs), article.paragraphs
    assert "상설관에는 대표작 80여 점이 전시됩니다." in article.paragraphs
    assert not any("글자크기설정" in p or p == "댓글" for p in article.paragraphs)


def test_a_machine_date_stamp_before_the_lede_is_not_part_of_it():
    article = parse_article("date 2026-01-29 시의회가 29일 본회의를 열고 조례안 9건을 통과시켰다. 민생 조례가 다수 포함됐다.", id="d")
    assert article.paragraphs[0].startswith("시의회가 29일 본회의를 열고")
    # a stamp of the month only, too
    article = parse_article("date 2019-10 실제로 지난해 구의회가 조례안 9건을 통과시켰다. 민생 조례가 다수 포함됐다.", id="m")
    assert article.paragraphs[0].startswith("실제로 지난해 구의회가"), article.paragraphs
    # a sentence that merely mentions a date keeps it
    assert parse_article("시의회는 2026-01-29 회의록을 공개했다. 조례안 9건이 통과됐다.", id="e").paragraphs[0].startswith("시의회는 2026-01-29")


def test_an_image_widget_label_glued_before_the_lede_is_not_part_of_it():
    article = parse_article("이미지 확대보기한빛시의 휘발유 가격이 사흘 새 70원 올랐다. 경유도 100원 올랐다.", id="i")
    assert article.paragraphs[0].startswith("한빛시의 휘발유 가격이")


def test_a_broadcast_scripts_numbered_cue_is_not_part_of_the_line():
    article = parse_article("<1>네, 한차례 가을비가 지나고 날이 더욱 서늘해졌습니다.\n<2>오늘은 전국에 가끔 구름만 끼겠습니다.", id="s")
    assert article.paragraphs == ("네, 한차례 가을비가 지나고 날이 더욱 서늘해졌습니다.", "오늘은 전국에 가끔 구름만 끼겠습니다.")
    assert parse_article("<레이더>현재 충청과 호남 곳곳에 빗방울이 떨어지고 있습니다.\n오후에 그치겠습니다.", id="r").paragraphs[0].startswith("현재")
    assert parse_article("<한빛사기>는 사전협약에 따라 반환됐다.\n전시는 연장됐다.", id="t").paragraphs[0].startswith("<한빛사기>는")


# -- a page copy whose lines are its paragraphs, with blank lines only here and there ---------------
LONG_1 = ("한빛시는 올해 여름 폭염에 대비해 무더위 쉼터 320곳을 6월 1일부터 9월 30일까지 운영한다고 밝혔다. 쉼터는 경로당과 "
          "주민센터, 도서관 등에 마련되며 평일에는 오후 9시까지, 주말에는 오후 6시까지 문을 연다. 쉼터 위치는 시 누리집과 안전디딤돌 앱에서 확인할 수 있다.")
LONG_2 = ("지난해 쉼터를 찾은 시민은 모두 4만2000명으로 전년보다 18% 늘었다. 이용자 가운데 65세 이상이 71%를 차지했고, "
          "오후 2시부터 4시 사이에 가장 많이 찾은 것으로 나타났다. 시는 올해 이용자가 더 늘 것으로 보고 쉼터를 40곳 늘렸다.")
LONG_3 = ("시는 쉼터마다 냉방기 점검을 마쳤고 생수와 부채를 비치했다. 또 폭염특보가 내려지면 통장과 생활지원사가 홀몸 어르신 "
          "1800명에게 매일 안부 전화를 걸어 건강 상태를 확인하도록 했다. 쉼터 운영 시간은 특보 기간에 두 시간 늘어난다.")


def test_lines_of_a_page_copy_are_paragraphs_and_a_short_line_between_them_is_a_subhead():
    page = f"무더위 쉼터 320곳 운영\n\n{LONG_1}\n지난해 이용객 4만2000명, 18% 증가\n{LONG_2}\n쉼터 준비와 안부 전화\n{LONG_3}"
    article = parse_article(page, id="p")
    assert article.paragraphs == (LONG_1, LONG_2, LONG_3)
    assert [(h.text, h.paragraph) for h in article.headings] == [("지난해 이용객 4만2000명, 18% 증가", 1), ("쉼터 준비와 안부 전화", 2)]


def test_text_wrapped_at_a_fixed_width_still_joins_its_lines_into_paragraphs():
    wrapped = LONG_1[:60] + "\n" + LONG_1[60:120] + "\n" + LONG_1[120:]
    article = parse_article(f"무더위 쉼터 320곳 운영\n\n{wrapped}\n\n{LONG_2}", id="w")
    assert article.paragraphs[0].replace(" ", "") == LONG_1.replace(" ", "")
    assert article.headings == ()


# -- captions the page prints as text -------------------------------------------------------------
def test_a_line_printed_twice_is_a_photo_caption_and_its_alt_text():
    caption = "시민들이 한빛시청 앞 무더위 쉼터에서 더위를 식히고 있다."
    for sep in ("\n", "\n\n"):
        article = parse_article(f"무더위 쉼터 320곳 운영\n\n{LONG_1}\n\n{caption}{sep}{caption}\n\n{LONG_2}", id="c")
        assert article.paragraphs == (LONG_1, LONG_2)
        assert caption in article.captions


def test_a_sentence_said_twice_in_different_paragraphs_is_not_a_caption():
    said = "시는 올해 이용자가 더 늘 것으로 본다."
    article = parse_article(f"무더위 쉼터 320곳 운영\n\n{LONG_1}\n\n{said}\n\n{LONG_3}\n\n{said}", id="c")
    assert article.paragraphs.count(said) == 2


def test_a_credited_caption_with_a_note_under_the_scene_leaves_the_body():
    caption = "무더위 쉼터로 쓰이는 한빛시립도서관 1층 모습. 쉼터는 9월 30일까지 운영된다.(한빛시 제공)"
    article = parse_article(f"무더위 쉼터 320곳 운영\n\n{LONG_1}\n\n{caption}\n\n{LONG_2}", id="c")
    assert article.paragraphs == (LONG_1, LONG_2)
    assert caption in article.captions


def test_a_credited_paragraph_of_news_stays():
    prose = "한빛시는 쉼터 운영비로 3억원을 편성했다. 쉼터는 9월 30일까지 운영된다.(한빛시 제공)"
    article = parse_article(f"무더위 쉼터 320곳 운영\n\n{LONG_1}\n\n{prose}\n\n{LONG_2}", id="c")
    assert "한빛시는 쉼터 운영비로 3억원을 편성했다. 쉼터는 9월 30일까지 운영된다." in article.paragraphs  # the credit goes


def test_a_headline_run_into_the_lede_with_an_outlet_tag_between_them_is_the_headline():
    page = f"한빛시, 무더위 쉼터 320곳 운영 [한빛뉴스] {LONG_1}\n\n{LONG_2}"
    article = parse_article(page, id="g")
    assert article.title == "한빛시, 무더위 쉼터 320곳 운영"
    assert article.paragraphs == (LONG_1, LONG_2)


def test_a_tag_inside_the_first_sentence_is_no_headline_boundary():
    prose = "한빛시는 올해 [한빛시 조례] 개정에 따라 무더위 쉼터를 늘렸다. 쉼터는 320곳이다."
    article = parse_article(f"{prose}\n\n{LONG_2}", id="g")
    assert article.paragraphs[0] == prose


@pytest.mark.parametrize("byline", ["[한빛일보 홍길동 기자]", "[한빛=한빛뉴스] 홍길동 기자 = "])
def test_a_scene_line_above_the_byline_that_starts_the_body_is_the_photo_caption(byline):
    caption = "누리 빙어축제를 찾은 가족들이 얼음 위에서 낚시를 하고있다."
    page = "\n\n".join(["올해 방문객 5만명… 겨울 대표 축제로", caption,
                        byline + "총 방문객 5만 2100명, 지역경제 효과 31억원으로 집계됐다.", "축제는 나흘간 열렸다."])
    article = parse_article(page, id="c")
    assert caption in article.captions
    assert article.paragraphs[0].startswith("총 방문객 5만 2100명")


def test_a_lede_above_a_byline_further_down_stays():
    # a first paragraph of prose (not a scene in progress) is the lede even when a bracketed byline follows
    page = "\n\n".join(["한빛시, 새 도서관 개관", "한빛시가 시립 중앙도서관을 새로 열었다고 5일 밝혔다.",
                        "[한빛일보 홍길동 기자]도서관은 장서 20만권을 갖췄다."])
    article = parse_article(page, id="c")
    assert article.paragraphs[0] == "한빛시가 시립 중앙도서관을 새로 열었다고 5일 밝혔다."


def test_a_photo_mark_glued_after_the_lede_keeps_the_lede_a_paragraph():
    # "…개최했다.<사진>": the mark made the lede read as a subtitle, and the block lost it
    text = ("‘한빛도 생활권협의체 공동협약식’ 개최…5개 생활권 상생 선언\n\n"
            "[한빛일보] 한빛도는 지난 25일 오후 2시 한빛시 호텔에서 지역발전위원회와 공동으로 ‘생활권협의체 공동협약식’을 개최했다.<사진>\n\n"
            "이날 협약식에는 도지사와 시장·군수 등 200여 명이 참석했다.\n\n"
            "협약을 통해 도와 시·군은 생활권의 지속가능한 발전을 도모하기로 했다.\n")
    article = parse_article(text, id="p")
    assert article.paragraphs[0].startswith("한빛도는 지난 25일") and article.paragraphs[0].endswith("개최했다.")
    assert not article.subtitle


def test_a_lede_told_in_the_past_above_a_photo_credit_stays_the_lede():
    # "사진=…" between the lede and the next paragraph: the lede is no caption
    text = ("한빛지수, 기관 매수세에 이틀 연속 상승\n\n한빛지수가 기관 매수세에 힘입어 이틀 연속 상승했다.\n\n사진=한빛뉴스\n\n"
            "23일 한빛거래소에 따르면 한빛지수는 전 거래일보다 4.21포인트 오른 3254.42에 마감했다.\n")
    article = parse_article(text, id="p")
    assert article.paragraphs[0] == "한빛지수가 기관 매수세에 힘입어 이틀 연속 상승했다."


def test_a_scene_above_a_photo_credit_is_still_a_caption():
    text = ("한빛시, 새 버스 노선 운행\n\n시민들이 새 버스에 오르고 있다.\n\n사진=한빛시\n\n"
            "한빛시는 23일부터 새 버스 노선 3개를 운행한다고 밝혔다.\n")
    article = parse_article(text, id="p")
    assert article.paragraphs[0].startswith("한빛시는 23일부터")


def test_a_headline_over_a_dateline_with_a_bar_is_the_headline():
    # "입력 | 2010-09-17 03:00:00" was no dateline: the sentence-like headline above it was then read as nothing
    text = ("한빛선 서울~부산 22분 줄어든다\n입력 | 2010-09-17 03:00:00\n"
            "한빛철도는 다음 달부터 서울∼부산 운행 시간을 2시간 18분으로 줄인다고 16일 밝혔다.\n"
            "막차도 오후 11시로 늦춰진다.\n")
    article = parse_article(text, id="p")
    assert article.title == "한빛선 서울~부산 22분 줄어든다"
    assert article.published == "2010-09-17T03:00"
    assert article.paragraphs[0].startswith("한빛철도는")


def test_a_video_pages_headline_with_its_outlet_and_date_after_a_slash_is_the_headline():
    # "… 논란 / KBS 2023.03.27." ended in a full stop, so the page was read without its headline
    text = ("주민 반대에도 강행? 한빛시 소각장 입지 논란 / HBS 2023.03.27.\n"
            "한빛시는 30일 입지선정위원회를 열어 소각장 입지 선정 결과를 발표할 예정입니다.\n"
            "주민들은 대책 마련을 촉구하고 있습니다.\n")
    article = parse_article(text, id="p")
    assert article.title == "주민 반대에도 강행? 한빛시 소각장 입지 논란"
    assert article.paragraphs[0].startswith("한빛시는 30일")


def test_a_script_in_braces_keeps_the_anchors_words_and_drops_the_bites():
    # "{앵커:…" opened the first bullet, and "{홍길동/주민/…}" was read as the reporter's text
    text = ("한빛시 청사 공사 논란\n"
            "{앵커:한빛시 새 청사 공사가 보름 만에 중단됐습니다.\n"
            "주민들 반대 때문입니다.\n"
            "김하나 기자가 보도합니다.}\n"
            "{리포트}\n"
            "새 청사 공사 현장은 멈춰 서 있습니다.\n"
            "{박철/한빛시 주민/공사 때문에 잠을 못 잡니다.}\n"
            "시는 다음 달 주민 설명회를 열 계획입니다.\n")
    article = parse_article(text, id="p")
    body = " ".join(article.paragraphs)
    assert article.title == "한빛시 청사 공사 논란"
    assert article.paragraphs[0] == "한빛시 새 청사 공사가 보름 만에 중단됐습니다."
    assert "{" not in body and "}" not in body
    assert "잠을 못" not in body and "설명회를 열 계획입니다." in body


def test_a_scene_signed_by_its_agency_is_a_caption():
    # "…소방관들이 분주하게 움직이고 있다. 연합뉴스" was chosen as the block's first bullet
    text = ("한빛센터 화재로 서비스 장애\n"
            "15일 오후 화재가 발생한 한빛센터에서 소방관들이 분주하게 움직이고 있다.   한빛뉴스\n"
            "한빛센터에서 15일 오후 불이 나 메신저 서비스에 장애가 생겼다.\n"
            "복구에는 시간이 더 걸릴 전망이다.\n")
    article = parse_article(text, id="p")
    assert article.captions and article.captions[0].endswith("한빛뉴스")
    assert article.paragraphs[0].startswith("한빛센터에서 15일")
