"""Raw news page text and HTML -> Article."""
import pytest

from pipeline.errors import InputError
from pipeline.parse import parse_article, parse_html, split_series
from pipeline.records import Heading

SEED_BULLETS = (
    "중국 AI 스타트업 딥시크(DeepSeek), 미국 AI 기업에 비해 저렴한 개발 비용으로 돌풍",
    "컴퓨팅 파워에 6백만달러 비용 사용.. 모델 성능, OpenAI와 Meta의 가장 진보된 모델과 동등",
    "지난주 출시된 딥시크-R1, 작업에 따라 OpenAI o1 모델보다 사용 비용 20~50배 저렴",
    "딥시크 성공에 의구심 갖기도.. 엔비디아 H100 칩 활용 가능성, 모델 개발비용 축소 등",
    "선도적 AI 기업들의 수익화 전략 생각 바뀌는 계기 될 것, 패러다임의 전환 알리는 신호 될 수도..",
)
BOILERPLATE = ["카카오스토리", "네이버밴드", "페이스북", "트위터", "글자크게", "글자작게", "image", "[출처=", "[뉴스투데이=",
               "<편집자 주>", "댓글 (", "0 /250", "250자", "건전한 토론문화"]


@pytest.fixture(scope="module")
def seed(seed_text):
    return parse_article(seed_text, id="000", source="seed.txt")


def test_seed_header(seed):
    assert seed.title == "중국 ‘딥시크(DeepSeek)’, 미국 AI 업계에 강펀치 날려.. 하지만 전개상황 지켜봐야!"
    assert seed.series == "[생성형 AI(Generative AI), 인간의 창작 영역을 넘본다! (88)]"
    assert seed.byline == "최봉 산업경제 전문기자"
    assert (seed.published, seed.updated) == ("2025-01-29T00:30", "2025-01-31T06:45")
    assert seed.subtitle == ""


def test_seed_summary_bullets_verbatim_and_out_of_body(seed):
    assert seed.summary == SEED_BULLETS
    for bullet in SEED_BULLETS:
        assert bullet not in seed.body


@pytest.mark.parametrize("boilerplate", BOILERPLATE)
def test_seed_boilerplate_does_not_survive_in_body(seed, boilerplate):
    assert boilerplate not in seed.body


def test_seed_comment_section_cut_but_body_use_of_the_word_kept(seed):
    # "댓글" is also an ordinary word in the article ("…라는 댓글을 달아"): only the comment section goes.
    assert seed.paragraphs[-1] == "앞으로 몇 달 동안 이 움직임이 어떻게 전개되고 어떤 결과가 나올지 흥미롭다."
    assert any("댓글을 달아" in p for p in seed.paragraphs)


def test_seed_headings_out_of_paragraphs(seed):
    assert seed.headings == (
        Heading("딥시크, 개발 비용 6백만달러의 AI 기반 챗봇 선보여.. AI 시장에 돌풍", 3),
        Heading("딥시크 성공에 의구심 갖는 전문가들도.. 패러다임 전환 알리는 신호 될 수 있어..", 11),
    )
    assert seed.paragraphs[3].startswith("이 회사는 자사의 최신 AI 모델이")
    assert seed.paragraphs[11] == "하지만 일부 사람들은 딥시크의 성공 사례에 대해 공개적으로 회의적인 입장을 표명했다."
    assert "•" not in seed.body


def test_seed_editor_note_captions_and_first_paragraph(seed):
    assert seed.editor_note.startswith("사람들은 시, 소설, 보고서 등 글쓰기")
    assert seed.editor_note.endswith("살펴보기로 하자.")
    assert seed.paragraphs[0].startswith("새해 벽두부터")
    assert "딥시크의 CEO 량원펑(Liang Wenfeng) [출처=gulfnews, Sohu]" in seed.captions
    assert len(seed.captions) == 5
    assert len(seed.paragraphs) == 21
    assert seed.warnings == ()


def test_wire_service_page_variants():
    page = "\n\n".join([
        "삼성전자, 3분기 영업이익 10조 돌파",
        "반도체 부문이 실적 견인",
        "기사입력 2025-01-29 00:30 | 최종수정 2025-01-30 09:05",
        "(서울=연합뉴스) 홍길동 기자 = 삼성전자가 3분기 영업이익 10조원을 기록했다고 29일 밝혔다.",
        "▲ 삼성전자 서초사옥 (사진=연합뉴스)",
        "회사는 반도체 부문이 실적을 이끌었다고 설명했다.",
        "홍길동 기자 hong@yna.co.kr",
        "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>",
        "많이 본 뉴스",
        "1. 다른 기사 제목",
    ])
    article = parse_article(page, id="w")
    assert article.title == "삼성전자, 3분기 영업이익 10조 돌파"
    assert article.subtitle == "반도체 부문이 실적 견인"
    assert (article.published, article.updated) == ("2025-01-29T00:30", "2025-01-30T09:05")
    assert article.byline == "홍길동 기자"
    assert article.paragraphs == (
        "삼성전자가 3분기 영업이익 10조원을 기록했다고 29일 밝혔다.",
        "회사는 반도체 부문이 실적을 이끌었다고 설명했다.",
    )
    assert article.captions == ("삼성전자 서초사옥 (사진=연합뉴스)",)


def test_a_byline_with_its_place_is_no_sub_headline():
    # "대구=최윤석 기자" under the sub-headline: the reporter's place and name, not a point the headline makes
    page = "\n".join([
        "결승선 뒤 쓰러진 이서준…마라톤 한국기록 깼다",
        "2시간6분58초, 종전 기록 22초 앞당겨",
        "춘천=오민재 기자",
        "입력 2025-10-26 15:22 업데이트 2025-10-26 17:40",
        "",
        "이서준은 26일 춘천마라톤에서 2시간6분58초로 결승선을 통과해 한국기록을 새로 썼다.",
    ])
    article = parse_article(page, id="b")
    assert article.subtitle == "2시간6분58초, 종전 기록 22초 앞당겨"
    assert article.byline == "오민재 기자"


@pytest.mark.parametrize(
    "dateline, published",
    [
        ("입력 2025-01-29 00:30", "2025-01-29T00:30"),
        ("등록 2025.01.29 09:05:33", "2025-01-29T09:05:33"),
        ("승인 2025.01.29 00:30", "2025-01-29T00:30"),
        ("입력2025.01.29. 오후 3:20", "2025-01-29T15:20"),
        ("입력 2025.01.29. 오전 12:10", "2025-01-29T00:10"),
        ("기사입력 : 2025년 01월 29일 15시 20분", "2025-01-29T15:20"),
        ("2025.01.29. 오전 00:38", "2025-01-29T00:38"),  # a bare posting time on its own line
        ("Posted : 2025-01-29 02:00", "2025-01-29T02:00"),  # an English label, as some broadcasters' pages print it
    ],
)
def test_dateline_variants(dateline, published):
    article = parse_article(f"제목입니다\n{dateline}\n본문 첫 문단입니다. 뉴스 본문이 이어진다.", id="d")
    assert article.published == published
    assert article.title == "제목입니다"
    assert article.paragraphs == ("본문 첫 문단입니다. 뉴스 본문이 이어진다.",)


def test_a_video_page_title_and_an_unpunctuated_transcript():
    # a broadcaster's transcript copied with no full stops is still a body; " / KBS뉴스(News)" is the page's, not the headline's
    body = ("오늘도 전국 대부분 지방에 폭염 특보가 내려진 가운데 온열질환자가 크게 늘었습니다 4명 중 1명은 65살 이상의 고령 환자였습니다 "
            "김하나 기자입니다 찜통 더위가 기승을 부리면서 전국 대부분 지역으로 폭염특보가 확대됐습니다 일부 지역은 경보로 강화됐습니다")
    article = parse_article(f"폭염특보 확대…온열질환자 3배 증가 / KBS뉴스(News)\n{body}\n", id="v")
    assert article.title == "폭염특보 확대…온열질환자 3배 증가"
    assert article.paragraphs[0].startswith("오늘도 전국")
    assert parse_article("한빛시 / 가람군 협약 체결\n본문 첫 문단입니다. 뉴스 본문이 이어진다.", id="w").title == "한빛시 / 가람군 협약 체결"
    assert parse_article("한빛 / AI 협약 체결\n본문 첫 문단입니다. 뉴스 본문이 이어진다.", id="x").title == "한빛 / AI 협약 체결"


def test_a_headline_ending_like_a_sentence_is_the_title_above_a_posting_time():
    article = parse_article("한빛대 치매 예측 기술, 한국 연구 능력 빛냈다!\n2018.12.30. 오전 00:38\n[앵커]\n"
                            "한빛대 연구단의 치매 예측 기술이 올해의 과학기술 뉴스에 뽑혔습니다.\n", id="d")
    assert article.title == "한빛대 치매 예측 기술, 한국 연구 능력 빛냈다!"
    assert article.paragraphs[0] == "한빛대 연구단의 치매 예측 기술이 올해의 과학기술 뉴스에 뽑혔습니다."
    # a date alone is how a photo caption signs off, not a posting time
    assert parse_article("제목입니다\n2023.08.03.\n본문 첫 문단입니다. 뉴스 본문이 이어진다.", id="e").published is None


@pytest.mark.parametrize("header", ["[요약]", "■ 기사요약", "<기사요약>", "[기사 요약]"])
def test_summary_header_variants(header):
    page = f"제목\n\n입력 2025.01.29 00:30\n\n{header}\n- 첫째 요약 문장\n- 둘째 요약 문장\n\n본문이 여기서 시작된다. 둘째 문장이다."
    article = parse_article(page, id="s")
    assert article.summary == ("첫째 요약 문장", "둘째 요약 문장")
    assert article.paragraphs == ("본문이 여기서 시작된다. 둘째 문장이다.",)


def test_summary_block_without_blank_line_stops_at_first_full_sentence():
    page = "[기사요약]\n딥시크, 저렴한 개발 비용으로 돌풍\n엔비디아 주가 급락\n새해 벽두부터 인공지능(AI) 시장이 요동치고 있다. 딥시크 때문이다."
    article = parse_article(page, id="s")
    assert article.summary == ("딥시크, 저렴한 개발 비용으로 돌풍", "엔비디아 주가 급락")
    assert article.paragraphs[0].startswith("새해 벽두부터")


def test_clean_text_is_just_paragraphs():
    assert parse_article("첫 문단 첫 줄이다.\n첫 문단 둘째 줄이다.\n\n둘째 문단이다.", id="c").paragraphs == (
        "첫 문단 첫 줄이다. 첫 문단 둘째 줄이다.",
        "둘째 문단이다.",
    )
    single = parse_article("첫 문장이다.\n둘째 문장이다.\n셋째 문장이다.", id="c")
    assert single.paragraphs == ("첫 문장이다.", "둘째 문장이다.", "셋째 문장이다.")
    assert (single.title, single.published, single.summary) == ("", None, ())


def test_given_title_drops_repeated_first_line():
    article = parse_article("연구진, 새 배터리 개발\n\n연구진이 새 배터리를 개발했다.", id="t", title="연구진, 새 배터리 개발")
    assert article.title == "연구진, 새 배터리 개발"
    assert article.paragraphs == ("연구진이 새 배터리를 개발했다.",)


def test_date_in_clean_prose_is_not_a_header():
    text = "\n".join(f"{i}번째 문장은 평범한 본문이다." for i in range(8)) + "\n신청서 접수는 2025.03.01 등록 마감이다."
    article = parse_article(text, id="p")
    assert article.published is None
    assert len(article.paragraphs) == 9


def test_related_links_box_inside_body_keeps_the_rest_with_a_warning():
    text = "첫 문단은 충분히 길어서 본문으로 보이는 문장이다.\n\n관련기사\n다른 기사 제목 하나\n\n뒤에 이어지는 본문도 충분히 길게 써서 본문처럼 보이게 한 문장이다."
    article = parse_article(text, id="r")
    assert len(article.paragraphs) == 2
    assert article.paragraphs[1].startswith("뒤에 이어지는 본문")
    assert any("관련기사" in w for w in article.warnings)


def test_credit_at_end_of_long_paragraph_keeps_the_prose():
    text = "정부는 올해 연구개발 예산을 크게 늘리기로 했다고 밝혔으며 세부 내용은 다음 달 공개된다. [사진=연합뉴스]"
    article = parse_article(text, id="c")
    assert article.paragraphs == ("정부는 올해 연구개발 예산을 크게 늘리기로 했다고 밝혔으며 세부 내용은 다음 달 공개된다.",)
    assert article.captions == ("[사진=연합뉴스]",)


@pytest.mark.parametrize("line", ["AI 학습 데이터 부족 문제", "저작권자 단체, 무단 복제 소송 제기", "Copyright 침해 논란 확산"])
def test_copyright_words_in_body_lines_are_kept(line):
    # Regression: short body lines about copyright itself were dropped as copyright notices.
    article = parse_article(f"첫 문단은 평범한 본문이다.\n\n{line}\n\n저작권자 © 뉴스투데이 무단전재 및 재배포 금지", id="c")
    assert article.paragraphs == ("첫 문단은 평범한 본문이다.", line)


def test_split_series():
    assert split_series("[단독] 삼성, 신제품 공개") == ("[단독]", "삼성, 신제품 공개")
    assert split_series("삼성, [신제품] 공개") == ("", "삼성, [신제품] 공개")
    assert split_series("[제목만]") == ("", "[제목만]")


@pytest.mark.parametrize(
    "text, problem",
    [("", "empty"), ("  \n\t\u00a0\n ", "empty"), ("Only English text here.", "no Korean text"), ("image\n\n카카오스토리\n\n댓글 (0)", "no article body")],
)
def test_unusable_text_raises_input_error_naming_the_source(text, problem):
    with pytest.raises(InputError, match=rf"^a\.txt: {problem}"):
        parse_article(text, id="a", source="a.txt")


def test_two_megabyte_article_keeps_all_paragraphs(seed_text, seed):
    paragraphs = [f"{p} ({n}번째)" for n in range(1000) for p in seed.paragraphs]
    big = seed_text.split("댓글 (0)")[0] + "\n\n".join(paragraphs) + "\n\n댓글 (0)\n"
    assert len(big) > 2_000_000 // 3  # characters; about 2 MB as UTF-8
    article = parse_article(big, id="big")
    assert len(article.paragraphs) == len(seed.paragraphs) + len(paragraphs)
    assert article.paragraphs[-1] == paragraphs[-1]


NEWS_PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>딥시크, 미국 AI 업계에 강펀치 | 뉴스투데이</title>
<meta property="og:title" content="딥시크, 미국 AI 업계에 강펀치">
<meta property="article:published_time" content="2025-01-29T00:30:00+09:00">
</head><body>
<nav><ul><li><a href="/">홈</a></li><li><a href="/it">IT·과학</a></li><li><a href="/eco">경제</a></li></ul></nav>
<article>
<h1>딥시크, 미국 AI 업계에 강펀치</h1>
{summary}
<p>새해 벽두부터 인공지능(AI) 시장이 요동치고 있다. 중국 기업 딥시크가 일으킨 평지풍파 때문이다.</p>
<p>딥시크의 AI 기반 챗봇이 1월 미국에서 출시된 후 빠르게 애플 스토어에서 가장 많이 다운로드된 무료 앱이 되었다.</p>
<p>딥시크는 량원펑이 2023년 중국 남동부 도시 항저우에서 론칭한 스타트업이다.</p>
</article>
<footer><p>저작권자 © 뉴스투데이 무단전재 및 재배포 금지</p><p>회사소개 | 광고문의 | 개인정보처리방침</p></footer>
</body></html>"""
HTML_BULLETS = ("중국 AI 스타트업 딥시크, 저렴한 개발 비용으로 돌풍", "딥시크-R1, OpenAI o1보다 사용 비용 20~50배 저렴")


@pytest.mark.parametrize(
    "summary",
    [
        '<div class="summary"><strong>[기사요약]</strong><br>{0}<br>{1}</div>',
        "<h3>기사요약</h3><ul><li>{0}</li><li>{1}</li></ul>",
        "<div>[기사요약]<br>- {0}<br>- {1}</div>",
    ],
)
def test_html_page_title_body_and_summary(summary):
    html = NEWS_PAGE.replace("{summary}", summary.format(*HTML_BULLETS))
    article = parse_html(html, id="h", source="page.html")
    assert article.title == "딥시크, 미국 AI 업계에 강펀치"
    assert article.summary == HTML_BULLETS
    assert article.published == "2025-01-29T00:30"
    assert len(article.paragraphs) == 3
    assert article.paragraphs[0].startswith("새해 벽두부터")
    for noise in ("홈", "회사소개", "무단전재", *HTML_BULLETS):
        assert noise not in article.body


def test_html_without_article_body_raises():
    html = "<html><head><title>뉴스</title></head><body><nav><a href='/'>홈</a> <a href='/e'>경제</a></nav><footer>회사소개</footer></body></html>"
    with pytest.raises(InputError, match=r"^empty\.html: no article body found"):
        parse_html(html, id="e", source="empty.html")


def test_regression_author_bullet_starting_with_a_decimal_keeps_its_number():
    # The reference summary must be the author's words: "3.5조" is a number, not a list mark "3." before "5조".
    text = ("[기사요약]\n3.5조 원 투자 결정\n1. 공장 두 곳 새로 지어\n2) 채용 1.5배 늘려\n\n"
            "회사는 올해 3.5조 원을 새 공장에 투자하기로 결정했다고 밝혔다. 채용도 크게 늘린다.")
    article = parse_article(text, id="d")
    assert article.summary == ("3.5조 원 투자 결정", "공장 두 곳 새로 지어", "채용 1.5배 늘려")


def test_parse_and_format_strip_bullet_marks_with_the_same_function():
    import pipeline.format
    import pipeline.parse

    assert pipeline.parse.strip_bullet_mark is pipeline.format.strip_bullet_mark


@pytest.mark.parametrize("header", ["<p>[기사요약]</p>", "<p><strong>[기사요약]</strong></p>"])
def test_regression_html_summary_written_as_one_paragraph_per_line(header):
    block = header + "".join(f"<p>- {b}</p>" for b in HTML_BULLETS) + "<p>- 전문가들, 전개 상황 지켜봐야</p>"
    article = parse_html(NEWS_PAGE.replace("{summary}", block), id="h", source="page.html")
    assert article.summary == (*HTML_BULLETS, "전문가들, 전개 상황 지켜봐야")
    assert len(article.paragraphs) == 3 and article.paragraphs[0].startswith("새해 벽두부터")
    for bullet in article.summary:
        assert bullet not in article.body


def test_regression_navigation_only_html_page_has_no_article_body():
    menu = " ".join(f"<li><a href='/{i}'>{w}</a></li>" for i, w in enumerate(
        "로그인 회원가입 아이디 찾기 비밀번호 찾기 전체기사 정치 경제 사회 국제 문화 연예 스포츠 오피니언 포토 영상 구독신청 고객센터".split()))
    html = (f"<html><head><title>뉴스</title></head><body><div class='login'>로그인 회원가입 아이디 비밀번호 찾기</div>"
            f"<ul>{menu}</ul><div>로그인 회원가입 아이디 비밀번호 찾기 개인정보처리방침 이용약관 청소년보호정책 기사제보</div></body></html>")
    with pytest.raises(InputError, match=r"^nav\.html: no article body found"):
        parse_html(html, id="n", source="nav.html")


def test_html_body_is_normalised_once(monkeypatch):
    import pipeline.parse.html
    import pipeline.parse.page

    long_texts = []
    real = pipeline.parse.html.normalize_text

    def spy(text):
        if len(text) > 100:
            long_texts.append(text)
        return real(text)

    monkeypatch.setattr(pipeline.parse.html, "normalize_text", spy)
    monkeypatch.setattr(pipeline.parse.page, "normalize_text", spy)
    summary = '<div class="summary"><strong>[기사요약]</strong><br>{0}<br>{1}</div>'.format(*HTML_BULLETS)
    article = parse_html(NEWS_PAGE.replace("{summary}", summary), id="h", source="page.html")
    assert article.summary == HTML_BULLETS
    assert len(long_texts) == 1 and "새해 벽두부터" in long_texts[0]  # the extracted body, and only it


def test_regression_a_summary_block_marked_with_triangles_keeps_every_bullet():
    """▲ bullets each followed by a blank line: the block went on only while the next line had a list mark,
    and ▲ was not one, so two of three author bullets were lost."""
    text = ("정부, 반도체 지원 확대\n\n[기사요약]\n▲ 정부, 반도체에 3.5조 원 투입\n\n▲ 세액공제율 15%로 상향\n\n▲ 내년 1월부터 시행\n\n"
            "정부는 30일 반도체 산업 지원 방안을 발표했다. 지원 규모는 3조5천억 원이다.")
    article = parse_article(text, id="triangles")
    assert article.summary == ("정부, 반도체에 3.5조 원 투입", "세액공제율 15%로 상향", "내년 1월부터 시행")
    assert article.paragraphs == ("정부는 30일 반도체 산업 지원 방안을 발표했다. 지원 규모는 3조5천억 원이다.",)


def test_a_headline_joined_by_an_ellipsis_may_end_as_a_sentence():
    text = ("외국인 열흘째 '셀 한빛'…한빛증시만 '8兆' 팔았다\n\n한빛증시 지수가 10년여 만에 1600선 아래로 떨어졌다. 외국인은 이날도 "
            "5천억원어치를 팔았다.\n\n기관도 4천억원어치를 팔았다. 개인만 순매수에 나섰다.")
    article = parse_article(text, id="a")
    assert article.title == "외국인 열흘째 '셀 한빛'…한빛증시만 '8兆' 팔았다"
    assert not article.body.startswith("외국인 열흘째")
    # a sentence of prose with no ellipsis stays body
    prose = parse_article("한빛증시 지수가 10년여 만에 1600선 아래로 떨어졌다\n\n외국인은 이날도 5천억원어치를 팔았다. 기관도 팔았다.", id="b")
    assert prose.title == ""


def test_a_present_tense_headline_with_a_topic_comma_is_the_headline():
    # "…5G 쓴다" ends as a sentence does; short, unpunctuated and written as a headline, it is the page's headline
    text = ("한빛 모바일 가입자, 5명 중 1명 ‘5G’ 쓴다\n-5G 가입자 수 1400만명 돌파, LTE 트래픽 넘어서\n\n"
            "[한빛데일리 김하나기자] 국내 이동통신 가입자 5명 중 1명은 5G를 쓰고 있는 것으로 나타났다.\n\n"
            "2일 한빛부에 따르면 지난 3월말 기준 5G 가입자 수는 총 1447만명이다.")
    article = parse_article(text, id="a")
    assert article.title == "한빛 모바일 가입자, 5명 중 1명 ‘5G’ 쓴다"
    assert not article.body.startswith("한빛 모바일")
    # prose that lost its full stop, past tense or without a headline's marks, stays body
    for lede in ("한빛시, 내년 버스 요금을 올리지 않기로 했다", "한빛시는 내년 버스 요금을 동결한다"):
        prose = parse_article(f"{lede}\n\n시는 12일 이같이 밝혔다. 요금은 1500원이다.", id="b")
        assert prose.title == "" and prose.body.startswith(lede)


def test_a_first_line_in_the_present_tense_with_a_middle_dot_is_the_headline():
    # "올해 한강·조남주·정유정 신작 나온다" ends as a sentence does: without final punctuation and with a list's middle
    # dot it is the page's headline, not the body's first line
    article = parse_article("올해 김하나·이두리·박세나 신작 나온다\n김하나·이두리·박세나·최한별. 올해 소설책을 내는 작가들이다. "
                            "문학 독자에게는 행복한 한 해다.\n김하나는 연작소설집을 상반기에 내놓는다.", id="t")
    assert article.title == "올해 김하나·이두리·박세나 신작 나온다"
    assert article.paragraphs[0].startswith("김하나·이두리")


# --- the lines under a headline: a wire lede is the body's; the page's furniture is no subtitle ---------------------

def test_a_wire_lede_above_the_dateline_is_the_first_paragraph():
    article = parse_article("\n".join([
        "가람시·누리시 행정통합 합의…2027년 통합시 출범",
        "(가람=한빛통신) 박지후 기자 = 가람시와 누리시가 두 도시를 하나로 합치는 행정통합에 최종 합의했다.",
        "송고시간 2025-04-02 11:04",
        "카카오톡 공유 페이스북 트위터 URL 복사 프린트 글자크기",
        "",
        "두 시는 2일 가람시청에서 통합 협약식을 열고 합의문에 서명했다.",
        "통합시는 2027년 7월 출범한다.",
    ]), id="wire")
    assert article.subtitle == ""
    assert article.paragraphs[0].startswith("가람시와 누리시가 두 도시를 하나로"), article.paragraphs


@pytest.mark.parametrize("furniture", [
    "한빛일보 | 정서윤 기자",
    "카카오톡 공유하기 페이스북 공유하기 트위터 공유하기 링크복사",
    "글자크기 가 가 가",
    "[가람투데이=누리] 홍지수 기자",
    "경제부 | 배준영 기자 | 2025.02.14 10:21",
    "스포츠 | 2024-10-27 16:48",
    "미래과학신문",
    "글·사진 도해인 기자",
])
def test_page_furniture_under_the_headline_is_no_subtitle(furniture):
    article = parse_article("\n".join([
        "가람시, 새 시내버스 노선 12개 신설…내달 운행",
        furniture,
        "새 노선은 신도시와 도심을 잇는다",
        "입력 2025.03.02 09:00",
        "",
        "가람시는 다음 달부터 시내버스 노선 12개를 새로 운행한다고 2일 밝혔다. 새 노선은 신도시와 도심을 잇는다.",
    ]), id="furniture")
    assert article.subtitle == "새 노선은 신도시와 도심을 잇는다", article.subtitle


def test_a_timestamp_with_the_desk_and_reporter_is_a_dateline():
    article = parse_article("\n".join([
        "가람전자, 반도체 후공정 공장 착공",
        "",
        "2025-03-18 10:30 | 산업부 윤성민 기자",
        "페이스북 트위터 카카오스토리 URL복사 인쇄 글자 크게 글자 작게",
        "",
        "가람전자는 18일 누리산업단지에서 반도체 후공정 공장 착공식을 열었다고 밝혔다. 공장은 2026년 가동한다.",
    ]), id="stamp")
    assert article.subtitle == "", article.subtitle
    assert article.published.startswith("2025-03-18")
    assert article.paragraphs[0].startswith("가람전자는 18일")
