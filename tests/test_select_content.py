"""What the kiwi engine may put in a block: page furniture that must leave the body, sentences that
cannot be bullets, and sentences that need the one before them.

Every page and sentence here is written for the tests (not copied from news). Each rule has a case
it must catch and, where the rule could overreach, a case of ordinary article prose it must leave alone.
"""
import pytest

from pipeline.config.summarize import SummarizeConfig
from pipeline.engines import build_engine
from pipeline.parse import parse_article
from pipeline.select import (
    bullet_dangling_reason,
    content_sentences,
    continuing_actor,
    continuing_speaker,
    dangling_reason,
    demonstrative_referent,
    has_subject,
    non_content_reason,
    sentence_dangles,
    sound_bite_continuations,
    surname_reference,
)
from bullet_helpers import analyse, only_sentence

DATED = "입력 2024.03.05 10:00"


def _page(*lines: str, title: str = "한빛시, 새 도서관 개관") -> str:
    return "\n".join([title, DATED, *lines])


# -- a photo caption whose credit stands on the next line ------------------------------------------
@pytest.mark.parametrize("credit", ["ⓒ한빛일보", "© 한빛일보 DB", "사진=한빛시", "/한빛뉴스", "한빛시 제공"])
def test_a_caption_with_its_credit_on_the_next_line_leaves_the_body(credit):
    caption = "시민들이 새로 문을 연 중앙도서관에서 책을 고르고 있다."
    article = parse_article(_page("한빛시가 시립 중앙도서관을 새로 열었다고 5일 밝혔다.", caption, credit,
                                  "도서관은 장서 20만권을 갖췄다."), id="c")
    assert caption not in " ".join(article.paragraphs)
    assert any(caption in c for c in article.captions)
    assert article.paragraphs == ("한빛시가 시립 중앙도서관을 새로 열었다고 5일 밝혔다.", "도서관은 장서 20만권을 갖췄다.")


def test_a_short_paragraph_before_a_sub_head_ending_in_jegong_stays_prose():
    # "무료 급식 제공" looks like "한빛시 제공" but follows a statement, not a photo's action in progress
    article = parse_article(_page("한빛시가 복지관을 새로 열었다고 5일 밝혔다.", "시는 노인 500명에게 점심을 준다.", "무료 급식 제공",
                                  "복지관은 평일 오전 9시에 문을 연다."), id="c")
    assert "시는 노인 500명에게 점심을 준다." in article.paragraphs


@pytest.mark.parametrize("line", ["자료 공개는 다음 달로 미뤘다", "사진 속 인물은 시장이다."])
def test_a_sentence_that_opens_like_a_credit_stays_prose(line):
    article = parse_article(_page("한빛시가 시립 중앙도서관을 새로 열었다고 5일 밝혔다.", "시민들이 도서관에서 책을 고르고 있다.", line), id="c")
    assert "시민들이 도서관에서 책을 고르고 있다." in article.paragraphs


@pytest.mark.parametrize("notice", ["ⓒ한빛일보", "ⓒ 한빛일보 무단전재 및 재배포 금지"])
def test_the_last_paragraph_before_a_copyright_line_stays_prose(notice):
    article = parse_article(_page("한빛시가 시립 중앙도서관을 새로 열었다고 5일 밝혔다.", "시는 분관 3곳을 더 짓는다.", notice), id="c")
    assert article.paragraphs == ("한빛시가 시립 중앙도서관을 새로 열었다고 5일 밝혔다.", "시는 분관 3곳을 더 짓는다.")


def test_a_long_paragraph_is_never_taken_for_a_caption():
    long = "한빛시가 시립 중앙도서관을 새로 열었다고 5일 밝혔다. 도서관은 장서 20만권을 갖췄고 열람석은 500석이다."
    article = parse_article(_page(long, "ⓒ한빛일보", "시는 분관 3곳을 더 짓는다."), id="c")
    assert long in article.paragraphs


# -- a sub-heading and its paragraph on one line --------------------------------------------------
def test_inline_sub_heading_is_split_from_its_paragraph():
    article = parse_article(_page("한빛시가 버스 요금을 동결한다고 5일 밝혔다.",
                                  "◇ 요금 동결 배경 = 시는 물가 상승으로 시민 부담이 커진 점을 고려했다. 적자는 시 재정으로 보전한다."), id="h")
    assert [h.text for h in article.headings] == ["요금 동결 배경"]
    assert article.paragraphs[-1] == "시는 물가 상승으로 시민 부담이 커진 점을 고려했다. 적자는 시 재정으로 보전한다."


def test_inline_sub_heading_run_into_the_previous_paragraph_is_split():
    article = parse_article(_page("한빛시가 버스 요금을 동결한다고 5일 밝혔다. 적자는 시 재정으로 보전한다. ◇ 노선 개편 = 시는 다음달까지 노선 개편안을 마련한다."), id="h")
    assert [h.text for h in article.headings] == ["노선 개편"]
    assert article.paragraphs == ("한빛시가 버스 요금을 동결한다고 5일 밝혔다. 적자는 시 재정으로 보전한다.", "시는 다음달까지 노선 개편안을 마련한다.")


def test_a_marked_heading_without_equals_sign_stays_a_heading():
    article = parse_article(_page("한빛시가 버스 요금을 동결한다고 5일 밝혔다.", "◇ 요금 동결 배경", "시는 물가 상승을 고려했다."), id="h")
    assert [h.text for h in article.headings] == ["요금 동결 배경"]


# -- an outlet tag after a sentence end inside a line ---------------------------------------------
def test_outlet_tag_between_two_sentences_of_a_line_is_dropped():
    article = parse_article(_page("개관식에는 시민 300여명이 참석했다. [한빛뉴스] 시는 운영 시간을 밤 10시까지 늘린다."), id="t")
    assert article.paragraphs == ("개관식에는 시민 300여명이 참석했다. 시는 운영 시간을 밤 10시까지 늘린다.",)


@pytest.mark.parametrize("byline", ["홍길동 기자 = ", "[한빛일보] 홍길동 기자 = ", "한빛일보 홍길동 기자 = ", "/한빛일보 홍길동 기자/ "])
def test_an_unbracketed_byline_opening_the_lede_leaves_it(byline):
    lede = "한빛시가 내년 시내버스 요금을 동결한다고 5일 밝혔다."
    article = parse_article(_page(byline + lede, "시는 청년 교통비 예산을 60억원으로 늘린다."), id="b")
    assert article.paragraphs[0] == lede
    assert article.byline == "홍길동 기자"


def test_brackets_inside_a_sentence_stay():
    line = "시는 [도서관 운영 조례]를 고쳐 운영 시간을 밤 10시까지 늘린다."
    assert parse_article(_page(line), id="t").paragraphs == (line,)


@pytest.mark.parametrize("notice", ["ⓒ 2024 한빛일보 무단전재 및 재배포 금지", "<저작권자 © 한빛일보, 무단 전재 및 재배포 금지>"])
def test_a_copyright_notice_on_the_last_line_leaves_its_sentence(notice):
    article = parse_article(_page("한빛시가 시립 중앙도서관을 새로 열었다고 5일 밝혔다.", f"도서관 옥상에는 시민 정원이 조성됐다. {notice}"), id="c")
    assert article.paragraphs == ("한빛시가 시립 중앙도서관을 새로 열었다고 5일 밝혔다.", "도서관 옥상에는 시민 정원이 조성됐다.")


def test_a_copyright_line_alone_still_leaves_the_body():
    article = parse_article(_page("한빛시가 시립 중앙도서관을 새로 열었다고 5일 밝혔다.", "ⓒ 2024 한빛일보 무단전재 및 재배포 금지"), id="c")
    assert article.paragraphs == ("한빛시가 시립 중앙도서관을 새로 열었다고 5일 밝혔다.",)


def test_the_page_after_the_copyright_notice_is_not_the_article():
    body = ("한빛시가 시립 중앙도서관을 새로 열었다고 5일 밝혔다.", "도서관은 지하 1층, 지상 4층 규모로 장서 20만권을 갖췄다.")
    article = parse_article(_page(*body, "ⓒ 한빛일보 무단전재 및 재배포 금지", "(예시) 빠른 뉴스와 다양한 정보를 만나보세요.",
                                  "포털뉴스는 국내외 주요 이슈와 실시간 속보를 입체적으로 전달하고 있습니다."), id="c")
    assert article.paragraphs == body
    assert any("copyright" in w for w in article.warnings)


def test_a_copyright_notice_near_the_top_does_not_end_the_article():
    article = parse_article(_page("ⓒ 한빛일보 무단전재 및 재배포 금지", "한빛시가 시립 중앙도서관을 새로 열었다고 5일 밝혔다.",
                                  "도서관은 장서 20만권을 갖췄다."), id="c")
    assert article.paragraphs == ("한빛시가 시립 중앙도서관을 새로 열었다고 5일 밝혔다.", "도서관은 장서 20만권을 갖췄다.")


# -- the site's menu above the headline -----------------------------------------------------------
def test_menu_lines_above_the_headline_are_not_the_title():
    page = "\n".join(["전체메뉴", "로그인", "회원가입", "한빛대 연구팀, 배터리 수명 늘리는 전해질 개발", "", DATED,
                      "한빛대 연구팀은 배터리 수명을 두 배로 늘리는 전해질을 개발했다고 5일 밝혔다."])
    article = parse_article(page, id="m")
    assert article.title == "한빛대 연구팀, 배터리 수명 늘리는 전해질 개발"
    assert "로그인" not in article.subtitle


# -- portal and publisher notes --------------------------------------------------------------------
@pytest.mark.parametrize("note", [
    "이 기사는 언론사에서 사회 섹션으로 분류했습니다.",
    "기사의 섹션 정보는 해당 언론사의 분류를 따르고 있습니다.",
    "[이 기사는 한빛시의 지원을 받아 작성됐습니다]",
])
def test_notes_about_the_article_leave_the_body(note):
    article = parse_article(_page("한빛시가 시립 중앙도서관을 새로 열었다고 5일 밝혔다.", note), id="n")
    assert article.paragraphs == ("한빛시가 시립 중앙도서관을 새로 열었다고 5일 밝혔다.",)


# -- sentences that are no news content ------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("과연 요금 동결이 언제까지 이어질 수 있을까?", "question"),
    ("여러분은 이 정책을 어떻게 생각하시나요?", "question"),
    ("(이 기사는 한빛시의 지원을 받아 작성됐습니다.)", "note in brackets"),
])
def test_questions_and_bracketed_notes_are_not_content(analyzer, text, expected):
    reason = non_content_reason(only_sentence(analyzer, text))
    assert reason is not None and expected in reason


@pytest.mark.parametrize("text", [
    "김영수 한빛시장(왼쪽)이 5일 시청에서 협약서에 서명하고 있다.",
    "왼쪽부터 박민지 교수, 이수진 연구원, 최하늘 연구원.",
    "협약식에 참석한 관계자들이 기념촬영을 하고 있다.",
])
def test_sentences_that_describe_a_photo_are_captions(analyzer, text):
    assert non_content_reason(only_sentence(analyzer, text)) is not None


@pytest.mark.parametrize("text", [
    "시는 왼쪽 차로를 버스 전용으로 바꾸고 있다.",
    "두 기관은 5일 협약을 맺고 공동 연구를 하기로 했다.",
])
def test_prose_about_left_and_right_is_not_a_caption(analyzer, text):
    assert non_content_reason(only_sentence(analyzer, text)) is None


def test_a_reported_question_is_content(analyzer):
    assert non_content_reason(only_sentence(analyzer, '의원들은 "예산은 어디서 나오느냐"고 물었다.')) is None


# -- sentences that need the one before them -------------------------------------------------------
@pytest.mark.parametrize("text", [
    "전년 대비 7.8% 증가한 수치다.",
    "기업당 30억원씩 출자했다.",
    "올해로 19년 차를 맞이했다.",
])
def test_a_sentence_without_subject_needs_the_one_before(analyzer, text):
    reason = sentence_dangles(only_sentence(analyzer, text))
    assert reason is not None and "subject" in reason


@pytest.mark.parametrize("text", [
    "무역수지(수출-수입)는 6개월 연속 흑자다.",
    "‘한빛군’은 총 15억원을 받는다.",
    "수입도 11.6% 줄었다.",
    "한빛시에서는 이를 부인했다.",
    "정부가 새 규정을 발표했다.",
])
def test_a_sentence_with_a_subject_or_topic_has_one(analyzer, text):
    assert has_subject(only_sentence(analyzer, text).morphs)


def test_a_subject_inside_a_quotation_is_not_the_speaker(analyzer):
    assert not has_subject(only_sentence(analyzer, '"수출이 늘었다"고 설명했다.').morphs)


@pytest.mark.parametrize("text, expected", [
    ("잠시 뒤 연구팀은 같은 실험을 고온에서 반복했다.", "just before"),
    ("직후 시는 긴급 회의를 열었다.", "just before"),
    ("이번 연구는 정부 지원을 받아 수행됐다.", "demonstrative"),
    ("해당 연구는 정부 지원을 받아 수행됐다.", "demonstrative"),
    ("논문은 국제학술지 '에너지 리포트'에 실렸다.", "bare noun"),  # the paper named before
    ("태풍은 모레 새벽 남해안에 닿을 것으로 예측된다.", "bare noun"),  # which typhoon: its name is given before
    ("이 외에도 12개 품목에서 수출이 늘었다.", "besides"),
    ("이와 함께 시는 심야버스를 늘린다.", "besides"),
    ("뿐만 아니라 가람 차트 15위, 한빛 차트 1위 등 다수의 차트에 이름을 올렸다.", "besides"),
    ("확실시 된다면 한빛시 역사에서 3선을 달성한 시장은 처음이다.", "condition"),  # if what is certain?
    ("나머지 11개 단지에선 1순위 청약에서도 미달이 속출했다.", "bare referent"),  # the rest of what?
    ("10여분이 지난 오후 6시 41분께 같은 역에서 또 열차가 멈췄다.", "just before"),  # ten minutes after what?
    ("눈이 쌓이기보단 이렇게 질퍽거리는 형태로 도로에 남아 있습니다.", "picture"),  # like what the camera shows
    ("성사되면 두 나라 정상의 첫 만남이 된다.", "condition"),
    ("아시아 연구진이 따로 모은 연구 자료를 함께 쓰자는 것이다.", "explains"),
    ("두 원내대표는 회동한 뒤 기자들과 만나 이같이 밝혔다.", "said before"),  # the words are in the sentences before
    ("김 대표는 회견장을 나서며 이렇게 말했다.", "said before"),
    # an announcement, a plea or a demand: what was announced is in the sentences before too
    ("한빛시장은 18일 시청 브리핑룸에서 기자회견을 통해 이같이 발표했다.", "said before"),
    ("노조는 회견문을 읽으며 시에 이같이 촉구했다.", "said before"),
    ("한빛게임즈는 이 자리에서 새 게임의 출시 일정을 공개한다.", "this occasion"),  # the occasion is named before
    ("현직 군수들도 마찬가지다.", "refers back"),  # the same as what?
    ("그렇지 않다는 해외 연구 결과가 나왔다.", "refers back"),  # not so: what?
    # a straight mark that closes a quotation the sentence before opened
    ("감독으로서 어려운 원정에서 이겼고, 좋은 흐름을 이어가겠다'는 각오를 다졌다.", "inside a quotation"),
    # a title in quotation marks is no words said: "이같이" still points before
    ("한빛노조는 시청 앞에서 '임금 교섭 촉구 기자회견'을 열고 이같이 밝혔다.", "said before"),
    ("상승 폭은 지난주보다 0.07%포인트 줄었다.", "bare measure"),
    ("연패당한 대표팀의 김하나 감독은 이렇게 털어놨다.", "said before"),  # the rise of what? the sentence before says
    ("다만 오름 폭은 한 주 전보다 다소 작아졌다.", "bare measure"),
    ("불길이 건물 전체로 번진 이유로 다음 몇 가지가 꼽힌다.", "announces a list"),  # the reasons come after it
    ("한빛시 교통 개편안의 주요 내용은 다음과 같다.", "announces a list"),
    ("'생활 속 인공지능'이라는 큰 틀도 같다.", "compares"),  # the same as what?
    ("연구진의 결론도 비슷했다.", "compares"),
])
def test_openers_that_refer_back(analyzer, text, expected):
    sentence = only_sentence(analyzer, text)
    reason = dangling_reason(sentence.morphs, sentence.text)
    assert reason is not None and expected in reason


def test_a_demonstrative_that_kiwi_reads_as_an_interjection_still_refers_back(analyzer):
    text = "이 이상징후가 드러난 곳은 선발전이었다."
    morphs = analyzer.morphs(text)
    assert "demonstrative" in dangling_reason(morphs, text)


@pytest.mark.parametrize("text, noun", [
    ("이번 특별교부세는 하천 정비에도 쓰인다.", "특별교부세"),
    ("이 회사는 의혹을 부인했다.", "회사"),
    ("이번, 참사 이후 유족들이 목소리를 낸 건 처음", ""),  # "이번" names nothing here
    ("한빛시는 예산을 늘렸다.", ""),
])
def test_the_noun_a_demonstrative_points_to(analyzer, text, noun):
    keys = [k.split("/")[0] for k in demonstrative_referent(analyzer.morphs(text))]
    assert bool(keys) == bool(noun) and all(k in noun for k in keys), keys


@pytest.mark.parametrize("text", ["연구팀은 새 전해질을 만들었다.", "연구 결과는 다음달 나온다.", "조사에 따르면 수출이 늘었다.",
                                  "시는 다음 달 두 가지 지원책을 내놓는다.",
                                  "시는 이렇게 모은 성금을 전달했다고 밝혔다.",
                                  "김 대변인은 논평에서 “예산이 부족하다”며 이같이 말했다.",  # words of its own
                                  "올해 쌀값은 지난해 수준과 비슷하다.", "누리와 가람의 방식은 서로 다르다.",  # like what is said
                                  "이제 구단이 팬들에게 응답할 차례인 것 같다.",  # it seems: no likeness
                                  # a noun's condition says when ("on holidays"), no condition on what came before
                                  "명절이면 붐비던 한빛터미널이 하나둘 문을 닫고 있습니다."])
def test_a_generic_noun_with_more_to_it_is_no_bare_reference(analyzer, text):
    sentence = only_sentence(analyzer, text)
    assert dangling_reason(sentence.morphs, sentence.text) is None


def test_a_bare_noun_is_understood_once_the_block_names_it(analyzer):
    doc = analyse(analyzer, "한빛대 연구팀의 배터리 논문이 국제학술지에 실렸다고 5일 밝혔다.", "논문은 전해질 구조를 다룬다.",
                  "연구팀은 내년 시제품을 만든다. 한빛대는 연구동을 새로 짓는다.")
    picked = _kiwi(analyzer)._fill(doc, [0, 1, 2, 3], k=2)
    assert [c.sentence for c in picked] == [0, 1]


def test_a_bare_noun_nothing_named_waits(analyzer):
    doc = analyse(analyzer, "한빛대 연구팀이 배터리 수명을 두 배로 늘렸다고 5일 밝혔다.", "연구팀은 전해질에 불소를 섞었다.",
                  "대학 측은 내년 봄 새 실험실을 연다.", "논문은 국제학술지 '에너지 리포트'에 실렸다.")
    picked = _kiwi(analyzer)._fill(doc, [0, 3, 2, 1], k=2)
    assert [c.sentence for c in picked] == [0, 2]  # which paper? nothing in the block names one


def test_a_bullet_still_opening_with_inal_names_an_earlier_day(analyzer):
    sentence = only_sentence(analyzer, "이날 설명회에는 시민 200여명이 참석했다.")
    assert dangling_reason(sentence.morphs, sentence.text) is None  # compression drops "이날" where it can
    assert "이날" in bullet_dangling_reason(sentence.morphs, sentence.text)


# -- the block -------------------------------------------------------------------------------------
def _kiwi(analyzer, **bullets):
    config = SummarizeConfig()
    for key, value in bullets.items():
        setattr(config.bullets, key, value)
    return build_engine("kiwi", config, analyzer)


def test_a_subjectless_sentence_is_not_the_lede(analyzer):
    doc = analyse(analyzer,
                  "전년 대비 12% 늘어난 규모다. 한빛시는 내년 예산을 3조원으로 편성했다고 5일 밝혔다.",
                  "예산은 복지와 교통에 집중된다. 시는 청년 교통비를 두 배로 늘린다. 시의회는 다음달 예산안을 심사한다.")
    summary = _kiwi(analyzer).summarize(doc)
    assert summary.source_sentences[0].sentence == 1


def test_a_first_sentence_with_an_object_but_no_subject_is_the_lede(analyzer):
    # a generic subject ("you can see"): the first sentence has no sentence before it to lean on
    doc = analyse(analyzer,
                  "올해 가장 큰 보름달을 오는 14일 밤 전국에서 볼 수 있다. 한빛천문대는 달이 평소보다 14% 커 보인다고 밝혔다.",
                  "달은 이날 지구와 가장 가까운 지점을 지난다. 천문대는 관측 행사를 연다. 행사는 무료로 열린다.")
    summary = _kiwi(analyzer).summarize(doc)
    assert summary.source_sentences[0].sentence == 0


def test_a_demonstrative_is_understood_when_the_block_names_its_noun(analyzer):
    doc = analyse(analyzer,
                  "한빛시는 특별교부세 40억원을 확보했다고 5일 밝혔다. 시는 도로 정비에 20억원을 쓴다.",
                  "주민들은 오래된 도로 때문에 불편을 겪어 왔다. 시장은 주민 설명회를 열었다.",
                  "이번 특별교부세는 하천 정비에도 쓰인다. 시의회는 다음달 추가 예산을 심사한다.")
    engine = _kiwi(analyzer)
    kept = [s for s in engine.summarize(doc).source_sentences if s.sentence == 4]
    # the sentence is not deferred for its "이번": the lede bullet names the 특별교부세
    sentence = doc.sentences[4]
    assert sentence.text.startswith("이번 특별교부세")
    assert sentence_dangles(sentence) is not None
    assert kept or len(engine.summarize(doc).bullets) == engine.wanted(doc)


def test_a_deferred_sentence_joins_the_block_once_the_one_before_it_is_chosen(analyzer):
    doc = analyse(analyzer,
                  "한빛대 연구팀은 배터리 수명을 두 배로 늘리는 전해질을 개발했다고 5일 밝혔다.",
                  "연구팀은 불소 화합물을 섞어 전극에 결정이 자라지 않도록 했다.",
                  "그 뒤 연구팀은 같은 실험을 섭씨 60도에서 반복했다.",
                  "한빛대는 올해 연구비로 20억원을 받았다. 대학 측은 새 연구동을 짓는다.")
    engine = _kiwi(analyzer)
    # ranked before the sentence it follows, "그 뒤 …" waits; it is taken as soon as that sentence is chosen
    picked = engine._fill(doc, [0, 2, 1, 3, 4], k=3)
    assert [c.sentence for c in picked] == [0, 1, 2]


def test_a_caption_with_its_credit_below_is_never_a_bullet(analyzer):
    page = _page("한빛시가 시청 옆에 시립 중앙도서관을 새로 열었다고 5일 밝혔다.",
                 "시민들이 새로 문을 연 중앙도서관에서 책을 고르고 있다.", "ⓒ한빛일보",
                 "도서관은 지하 1층, 지상 4층 규모로 장서 20만권을 갖췄다.", "시는 도서관 운영 시간을 밤 10시까지 늘린다.",
                 "시는 내년까지 권역별 분관 3곳을 더 짓는다.")
    doc = analyzer.analyze(parse_article(page, id="c"))
    summary = _kiwi(analyzer).summarize(doc)
    assert not any("고르고" in b or "고름" in b for b in summary.bullets)
    assert all("고르고" not in doc.sentences[i].text for i in content_sentences(doc))


def test_an_article_of_seven_content_sentences_gets_more_than_the_minimum(analyzer):
    sentences = [f"한빛시는 {n}번째 사업으로 {name}을 새로 짓는다고 밝혔다." for n, name in
                 enumerate(["도서관", "체육관", "수영장", "공원", "주차장", "복지관", "미술관", "박물관", "전시관", "공연장"], 1)]
    engine = _kiwi(analyzer)
    doc = analyse(analyzer, " ".join(sentences[:7]))
    assert len(engine.content(doc)) == 7
    assert engine.wanted(doc) == 4  # one bullet per two content sentences, within bullets.min..bullets.max
    doc = analyse(analyzer, " ".join(sentences))
    assert engine.wanted(doc) == 5  # (bullets.max)


def test_a_bullet_that_dangles_only_after_compression_gets_no_window(analyzer, monkeypatch):
    from pipeline.compress import Compressed

    doc = analyse(analyzer,
                  "네이버와 카카오가 인공지능 전략의 갈림길에 섰다.",
                  "네이버와 카카오 모두 체류 시간이 줄었다고 보고 있고, 이 이상징후는 선발전에서 드러났다.",
                  "네이버는 검색 대화 기능을 앞세웠다. 카카오는 친구탭을 피드형으로 바꿨다.")
    written = {0: "네이버와 카카오, 인공지능 전략의 갈림길에 섬", 1: "이 이상징후, 선발전에서 드러남",
               2: "네이버, 검색 대화 기능을 앞세움", 3: "카카오, 친구탭을 피드형으로 바꿈"}
    engine = _kiwi(analyzer)
    monkeypatch.setattr(engine, "_bullet", lambda doc, index, lede=False, guide=None: Compressed(written[index], index, True))
    assert sentence_dangles(doc.sentences[1]) is None  # the sentence reads alone, its bullet does not:
    # "이 이상징후" pointed into the clause compression dropped, so the sentence before it does not help
    picked = engine._fill(doc, [0, 1, 2, 3], k=2)
    assert [c.sentence for c in picked] == [0, 2]


@pytest.mark.parametrize("line", [
    "[단독] 한빛시 내년 버스 요금 동결했다.",
    "한빛시 내년 버스 요금 동결했다 - 한빛일보.",
])
def test_the_headline_repeated_with_a_tag_is_not_content(analyzer, line):
    doc = analyse(analyzer, line, "한빛시는 내년 시내버스 기본요금을 1500원으로 묶는다고 5일 밝혔다.", title="한빛시 내년 버스 요금 동결했다")
    assert [doc.sentences[i].text for i in content_sentences(doc)] == ["한빛시는 내년 시내버스 기본요금을 1500원으로 묶는다고 5일 밝혔다."]


def test_a_sentence_that_only_contains_the_headline_words_is_content(analyzer):
    sentence = "시민단체는 한빛시 내년 버스 요금 동결했다는 발표를 곧바로 환영했다."
    doc = analyse(analyzer, sentence, title="한빛시 내년 버스 요금 동결했다")
    assert content_sentences(doc) == [0]


@pytest.mark.parametrize("candidate, restates", [
    ('김철수 한빛전자 사장, "내년 전시회에서 새로운 반도체를 선보일 것"', True),  # the lede again, in its actor's words
    ('박영희 경쟁사 대표, "내년 전시회에서 새로운 반도체를 선보일 것"', False),  # someone else says it: news
    ('김철수 한빛전자 사장, "내년 전시회에서 반도체 3종을 선보일 것"', False),  # brings a number of its own
    ("‘내년 전시회에서 반도체 선보이기’ 사업, 한빛전자 지원 받음", False),  # ‘…’ names a title, it quotes no one
    ('김철수 한빛전자 사장, "내년 3월 전시회에서 새로운 반도체를 선보일 것"', True),  # a date is no figure of its own
])
def test_a_quotation_restating_a_chosen_bullet(analyzer, candidate, restates):
    from pipeline.engines.extractive import _quote_restates

    engine = _kiwi(analyzer)
    chosen_words, _, chosen_morphs = engine._bullet_keys("한빛전자, 내년 전시회에서 새 반도체를 선보인다")
    words, numbers, morphs = engine._bullet_keys(candidate)
    assert _quote_restates(morphs, chosen_words, chosen_morphs) is restates


BUDGET = "여야, 오는 30일 본회의를 열어 예산안을 처리하기로 합의"
LAUNCH = "가람국, 18일 서해상으로 탄도미사일 3발을 발사"


@pytest.mark.parametrize("chosen, candidate, restates", [
    # the whole fact again, its day included, in the words of the parties' leaders
    (BUDGET, '가람당 김하나 대표와 나래당 이두리 대표, "오는 30일 오후 본회의를 열어 예산안을 처리하기로 합의했다"', True),
    # the same leaders on something else
    (BUDGET, '가람당 김하나 대표와 나래당 이두리 대표, "30일 본회의에서 추경 논의는 미루기로 했다"', False),
    # the same words without the day: another statement may share them
    (BUDGET, '가람당 김하나 대표와 나래당 이두리 대표, "본회의를 열어 예산안을 처리하기로 합의했다"', False),
    # the launch again, in the words of whoever watched it: a verb made of a noun ("발사한") is the act
    (LAUNCH, '한빛군 합동참모본부, “오전 9시부터 10시까지 가람국이 서해상으로 발사한 탄도미사일 3발을 포착했다”', True),
    # the same verb with other things: not the whole fact
    (LAUNCH, '한빛군 합동참모본부, “가람국이 발사 준비를 서두르고 있다”', False),
])
def test_a_quotation_saying_a_chosen_bullets_whole_fact_over_restates_it_whoever_speaks(analyzer, chosen, candidate, restates):
    from pipeline.engines.extractive import _quote_restates

    engine = _kiwi(analyzer)
    chosen_words, _, chosen_morphs = engine._bullet_keys(chosen)
    _, _, morphs = engine._bullet_keys(candidate)
    assert _quote_restates(morphs, chosen_words, chosen_morphs) is restates


def test_the_lede_restated_by_its_actor_in_a_quotation_gives_way(analyzer):
    doc = analyse(analyzer,
                  "한빛전자가 내년 3월 전시회에서 새 반도체를 선보인다.",
                  '김철수 한빛전자 사장은 "내년 전시회에서 새로운 반도체를 선보일 것"이라고 말했다.',
                  "새 반도체는 스마트폰용 칩이다. 한빛전자는 올해 반도체 매출 2조원을 올렸다.")
    picked = _kiwi(analyzer)._fill(doc, [0, 1, 2, 3], k=2)
    assert [c.sentence for c in picked] == [0, 2]  # the quotation gives way to the next sentence


def test_a_sentence_before_an_unmarked_photo_credit_is_a_caption(analyzer):
    doc = analyse(analyzer, "한빛시가 시립 중앙도서관을 새로 열었다고 5일 밝혔다.", "어린이 열람실에서 아이들이 책을 읽고 있다. 사진 한빛시",
                  "사진 속 아이들은 모두 초등학생이다. 도서관은 장서 20만권을 갖췄다.")
    texts = [doc.sentences[i].text for i in content_sentences(doc)]
    assert "어린이 열람실에서 아이들이 책을 읽고 있다." not in texts
    assert "사진 속 아이들은 모두 초등학생이다." in texts  # prose that opens with "사진" is no credit


def test_a_sentence_adding_to_what_came_before_waits_even_right_after_it(analyzer):
    doc = analyse(analyzer, "지난달 반도체 수출이 16개월 만에 늘었다고 정부가 1일 밝혔다.", "이 외에도 12개 품목에서 수출이 늘었다.",
                  "대미 수출은 역대 최대인 109억 달러를 기록했다.")
    picked = _kiwi(analyzer)._fill(doc, [0, 1, 2], k=2)
    assert [c.sentence for c in picked] == [0, 2]


# -- a person named by surname and title ------------------------------------------------------------
@pytest.mark.parametrize("text", ["김 의장은 이날 본회의를 열었다.", "B 경위는 당시 순찰 중이었다.", "이 씨는 경찰에 진술했다.",
                                  "김 원내대표는 합의안에 반대했다.", "최 위원장도 회의에 참석했다.",
                                  "윤 대변인은 오늘 회의 결과를 전했다.", "박 수석은 브리핑에서 설명했다."])
def test_a_person_named_by_surname_and_title_needs_the_introduction(analyzer, text):
    reason = sentence_dangles(only_sentence(analyzer, text))
    assert reason is not None and "surname" in reason


@pytest.mark.parametrize("text", ["한 대표 기업이 새 공장을 지었다.", "김철수 의장은 이날 본회의를 열었다.",
                                  "우남성 사장은 신제품을 공개했다."])  # Kiwi reads "우", "남성": still a full name
def test_a_full_name_or_a_numeral_is_no_surname_reference(analyzer, text):
    assert surname_reference(only_sentence(analyzer, text).morphs) is None


def test_a_surname_reference_reads_after_a_bullet_naming_the_person(analyzer):
    doc = analyse(analyzer, "김철수 국회의장이 5일 여야 원내대표를 불러 예산안 합의를 촉구했다.", "여야는 예산안 처리 시한을 넘겼다.",
                  "김 의장은 오는 9일 본회의를 열어 예산안을 표결하겠다고 밝혔다.")
    picked = _kiwi(analyzer)._fill(doc, [0, 2, 1], k=2)
    assert [c.sentence for c in picked] == [0, 2]


def test_a_surname_reference_is_written_with_the_name_the_article_introduced(analyzer):
    doc = analyse(analyzer, "국회가 5일 예산안 처리 시한을 또 넘겼다.", "김철수 국회의장은 여야 원내대표를 불러 합의를 촉구했다.",
                  "여야는 예산 배분 원칙에서 맞서고 있다.", "김 의장은 오는 9일 본회의를 열어 예산안을 표결하겠다고 밝혔다.")
    picked = _kiwi(analyzer)._fill(doc, [0, 3, 2], k=2)
    assert [c.sentence for c in picked] == [0, 3]
    assert picked[1].text.startswith("김철수 국회의장, "), picked[1].text


def test_a_surname_inside_a_bullet_is_written_with_the_name_the_article_introduced(analyzer):
    # "…중요성을 안 권 씨는": not the sentence's opening, still a person the bullet names by surname only
    doc = analyse(analyzer, "새벽 아파트 복도에서 불이 났다.", "소방관을 꿈꾸는 21살 권유호 씨는 이웃의 외침을 듣고 곧바로 달려갔다.",
                  "평소 초기 진화의 중요성을 안 권 씨는 불이 번지기 전에 소화기로 불을 껐다.")
    picked = _kiwi(analyzer)._fill(doc, [0, 2], k=2)
    assert [c.sentence for c in picked] == [0, 2]
    assert "권유호 씨, " in picked[1].text, picked[1].text


def test_a_surname_reference_finds_a_title_read_with_its_place(analyzer):
    # Kiwi reads "순천시장" as one proper noun: "조 시장의 기자회견" stayed a surname no one had introduced
    doc = analyse(analyzer, "한빛시와 달빛시 시장이 취임 100일 만에 기자회견을 연다.", "재선에 성공한 조하늘 달빛시장도 같은 날 시청에서 기자회견을 갖는다.",
                  "조 시장의 기자회견은 지난 5월 이후 5개월 만에 갖는 정례 기자회견이다.")
    picked = _kiwi(analyzer)._fill(doc, [0, 2], k=2)
    assert [c.sentence for c in picked] == [0, 2]
    assert picked[1].text.startswith("조하늘 달빛시장의 기자회견"), picked[1].text


def test_a_finding_that_opens_on_today_too_is_the_lede(analyzer):
    # "오늘도 …": today as on other days, not "too" of someone told before; "…증가한 것으로 나타났다" tells what happened
    doc = analyse(analyzer, "오늘도 전국 대부분 지방에 폭염 특보가 내려진 가운데 지난주 온열질환자가 크게 증가한 것으로 나타났습니다.",
                  "4명 중 1명은 65살 이상의 고령 환자였습니다.", "찜통 더위가 기승을 부리면서 전국 대부분 지역으로 폭염특보가 확대됐습니다.")
    kiwi = _kiwi(analyzer)
    assert kiwi.lede(doc, kiwi.content(doc)) == 0
    picked = kiwi._fill(doc, [0, 2], k=2, lede=0)
    assert picked[0].sentence == 0, [c.text for c in picked]


def test_a_surname_reference_with_two_candidates_waits(analyzer):
    doc = analyse(analyzer, "김철수 국회의장과 김영희 도의회 의장이 5일 만나 지방 예산을 논의했다.", "양측은 예산 배분 원칙에 합의했다.",
                  "한빛도는 내년 예산을 12% 늘린다.", "김 의장은 오는 9일 본회의를 열겠다고 밝혔다.")
    picked = _kiwi(analyzer)._fill(doc, [0, 3, 2], k=2)
    assert [c.sentence for c in picked] == [0, 2]  # which 김 의장? the article named two


# -- lines of the web page, not of the article ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "이 기능은 최신 브라우저에서만 사용하실 수 있습니다.",  # the honorific speaks to the reader
    "동영상 재생 중 오류가 발생했습니다.",
    "이 기사는 언론사에서 사회 섹션으로 분류했습니다.",
    "기사 공유하기 기사 저장 글자 크기 변경",
    "입력 2024.05.01. 오전 10:00 수정 2024.05.01. 오전 11:00",
])
def test_page_widgets_and_portal_notices_are_not_content(analyzer, text):
    reason = non_content_reason(only_sentence(analyzer, text))
    assert reason is not None and ("widget" in reason or "ending" in reason), reason


@pytest.mark.parametrize("text", ["한빛TV의 동영상 재생 시간이 지난해보다 20% 늘었다.", "한빛소프트는 새 브라우저에서 번역 기능을 선보였다.",
                                  "시민은 누구나 새 도서관을 이용할 수 있다."])
def test_news_about_video_and_browsers_is_content(analyzer, text):
    assert non_content_reason(only_sentence(analyzer, text)) is None


# -- another story after the byline ---------------------------------------------------------------
BODY = ("한빛시가 시립 중앙도서관을 새로 열었다고 5일 밝혔다.", "도서관은 지하 1층, 지상 4층 규모로 장서 20만권을 갖췄다.")


@pytest.mark.parametrize("byline", ["홍길동 기자", "hong@hanbit.kr", "홍길동 기자 hong@hanbit.kr"])
def test_a_second_story_after_the_byline_is_not_the_article(byline):
    teaser = ("국제유가가 중동 정세 불안으로 사흘째 올랐다.", "브렌트유 선물은 배럴당 90달러를 넘어섰다.")
    article = parse_article(_page(*BODY, byline, *teaser), id="c")
    assert article.paragraphs == BODY
    assert any("another story" in w for w in article.warnings)


def test_prose_about_the_same_story_after_the_byline_stays():
    more = "한편 중앙도서관은 개관 기념으로 이달 말까지 야간 열람실을 운영한다."
    article = parse_article(_page(*BODY, "홍길동 기자", more), id="c")
    assert article.paragraphs[:2] == BODY and article.paragraphs[-1] == more


# -- more that points to something unsaid ----------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("나아가 정부는 지원 대상을 청년으로 넓혔다.", "connective"),
    ("경찰이 뒤늦게 수사에 나선 것이다.", "explains"),
    # the motive behind what was told before ("…꾀한다는 포석이다")
    ("올해 상반기는 비용을 줄여 버텼다면, 하반기에는 새 상품으로 매출을 늘린다는 포석이다.", "explains"),
    ("가격을 낮춰 먼저 이용자를 모으겠다는 계산이다.", "explains"),
])
def test_more_sentences_that_need_what_came_before(analyzer, text, expected):
    reason = sentence_dangles(only_sentence(analyzer, text))
    assert reason is not None and expected in reason, reason


@pytest.mark.parametrize("text", ["한빛시는 내년에 새 청사를 지을 것이다.", "현장 조사가 이뤄진 것으로 전해졌다.",
                                  "시장은 간담회를 열고 이 자리에서 예산 계획을 설명했다.",
                                  "한빛FC는 '좋은 흐름을 이어가겠다'는 각오를 다졌다.",
                                  "정부는 지원 대상도 청년으로 넓혔다."])
def test_an_intention_a_report_or_an_object_with_do_stands_alone(analyzer, text):
    assert sentence_dangles(only_sentence(analyzer, text)) is None


# -- a list that only spells out what a chosen bullet said ------------------------------------------
def test_a_list_spelling_out_the_lede_is_a_restatement(analyzer):
    doc = analyse(analyzer, "한빛당이 5일 본회의에서 상임위원장 4명을 단독으로 선출했다.",
                  "상임위원장에는 김민수, 이영희, 박철수, 최지훈 의원이 선출됐다.", "야당은 표결에 불참하고 규탄 대회를 열었다.")
    picked = _kiwi(analyzer)._fill(doc, [0, 1, 2], k=2)
    assert [c.sentence for c in picked] == [0, 2]


def test_a_list_with_a_new_fact_stays(analyzer):
    doc = analyse(analyzer, "한빛당이 5일 본회의에서 상임위원장 4명을 단독으로 선출했다.",
                  "야당은 김민수, 이영희, 박철수 의원을 내세워 표결에 불참했다.", "한빛당은 나머지 위원장도 곧 뽑는다.")
    picked = _kiwi(analyzer)._fill(doc, [0, 1, 2], k=2)
    assert [c.sentence for c in picked] == [0, 1]


def test_a_bullet_keeping_do_on_its_subject_says_too_of_nothing(analyzer):
    text = "정부도 지원 대상을 청년으로 넓혀"
    assert "also" in bullet_dangling_reason(analyzer.morphs(text), text)
    text = "정부, 지원 대상도 청년으로 넓혀"
    assert bullet_dangling_reason(analyzer.morphs(text), text) is None


# -- a demonstrative subject after a clause --------------------------------------------------------
def test_a_bullet_whose_main_clause_has_a_demonstrative_subject_dangles(analyzer):
    text = "지난달 시스템 오류가 나자 해당 위원회는 회의를 연기"
    reason = bullet_dangling_reason(analyzer.morphs(text), text)
    assert reason is not None and "demonstrative" in reason
    assert demonstrative_referent(analyzer.morphs(text)) == frozenset({"위원회"})


def test_a_demonstrative_inside_a_described_subject_is_left_alone(analyzer):
    text = "분석가들, 총 비용은 이 회사가 밝힌 액수보다 훨씬 높았음"
    assert bullet_dangling_reason(analyzer.morphs(text), text) is None


# -- what follows a headline's topic comma ---------------------------------------------------------
@pytest.mark.parametrize("text", ["경찰, 당시 현장에 출동", "한빛시, 이후 추가 대책 발표", "정부, 그 결과 예산 늘려",
                                  "한빛호, 이후로도 정상 비행을 이어 감"])
def test_a_time_or_result_told_before_after_the_topic_comma_dangles(analyzer, text):
    reason = bullet_dangling_reason(analyzer.morphs(text), text)
    assert reason is not None and reason.startswith("after its topic"), reason


@pytest.mark.parametrize("text", ["김철수 한빛시장, 예산 늘려", "연구팀, 이 물질로 전지를 만듦"])
def test_a_plain_topic_comma_bullet_stands_alone(analyzer, text):
    assert bullet_dangling_reason(analyzer.morphs(text), text) is None


def test_a_demonstrative_after_the_topic_comma_points_to_its_noun(analyzer):
    assert demonstrative_referent(analyzer.morphs("연구팀, 이 물질로 전지를 만듦")) == frozenset({"물질"})


@pytest.mark.parametrize("text, expected", [
    ("어느 때보다 축구가 보고픈 4월, 결승골의 역사를 되짚어보며 그라운드를 향한 그리움을 달래 보자.", True),
    ("다 함께 우리 지역 선수들을 응원합시다.", True),
    ("김 감독은 “끝까지 싸워 보자”고 말했다.", False),  # someone's words, reported
    ("선수들은 결승골의 역사를 되짚어봤다.", False),
])
def test_the_writers_invitation_is_not_news(analyzer, text, expected):
    reason = non_content_reason(only_sentence(analyzer, text))
    assert (reason is not None and "invitation" in reason) is expected


# -- a speaker who goes on: "A는 …라고 말했다. 또 “…”라고 비난했다." -------------------------------------------
def test_a_speaker_with_the_particle_do_is_named(analyzer):
    sentence = only_sentence(analyzer, '한빛당 김하나 원내대표도 회의 직후 기자들과 만나 "예산안 처리가 늦어져 아쉽다"고 평가했다.')
    assert sentence_dangles(sentence) is None


@pytest.mark.parametrize("before, expected", [
    ('누리당 박하늘 수석대변인은 이날 브리핑에서 "민생 법안을 외면한 연설이었다"고 말했다.', "누리당 박하늘 수석대변인"),
    ('누리당의 박하늘 대변인은 이날 브리핑에서 "민생 법안을 외면한 연설이었다"고 말했다.', None),  # whose is further back
    ('박하늘 대변인은 이날 "민생 법안을 외면한 연설이었다"고 말했다.', "박하늘 대변인"),
    ('그는 이날 브리핑에서 "민생 법안을 외면한 연설이었다"고 말했다.', None),  # a pronoun names no one
    ("누리당 박하늘 수석대변인은 이날 오전 국회에서 브리핑을 열었다.", None),  # no report: what follows may not be his
])
def test_the_speaker_of_the_report_before_goes_on(analyzer, before, expected):
    doc = analyse(analyzer, before + ' 또 "국민 앞에 한 약속을 스스로 뒤집은 셈"이라고 비판했다.')
    assert len(doc.sentences) == 2
    assert continuing_speaker(doc, 1) == expected
    assert continuing_speaker(doc, 0) is None


def test_a_sentence_with_its_own_subject_keeps_it(analyzer):
    doc = analyse(analyzer, '누리당 박하늘 수석대변인은 "민생 법안을 외면했다"고 말했다. 한빛당은 "사실과 다르다"고 반박했다.')
    assert continuing_speaker(doc, 1) is None


def test_a_short_block_of_reports_names_the_speaker_of_each(analyzer):
    # four sentences, three bullets wanted: the second report, taken to fill the block, names who speaks
    doc = analyse(
        analyzer,
        '누리당 박하늘 수석대변인은 5일 국회 소통관 브리핑에서 한빛당 대표의 교섭단체 연설을 두고 "민생 대책은 하나도 내놓지 않은 연설이었다"고 말했다.',
        '또 한빛당 대표가 검찰 수사를 비판한 것을 두고 "국민 앞에 한 약속을 스스로 뒤집은 셈"이라고 비판했다.',
        '누리당 김하나 원내대표는 연설 직후 기자들과 만나 "정부 탓만 하고 국회 마비의 책임은 말하지 않았다"고 평가했다.',
        '한빛당은 이에 대해 별도의 입장을 내지 않았다.',
    )
    bullets = _kiwi(analyzer).summarize(doc).bullets
    [report] = [b for b in bullets if "검찰 수사" in b]
    assert report.startswith("누리당 박하늘 수석대변인, ")


@pytest.mark.parametrize("text, expected", [
    ("누리시 관계자는 새 제도가 시민 생활에 보탬이 되도록 최선을 다해 운영하겠다고 밝혔다.", True),
    ("김 시장은 시민들에게 감사하다고 말했다.", True),
    ("한빛시는 예산 30억원을 들여 최선을 다해 복구하겠다고 밝혔다.", False),  # a figure: news
    ("한빛시는 도로를 넓히겠다고 밝혔다.", False),
])
def test_a_courtesy_promise_reported_without_quotation_marks_is_boilerplate(analyzer, text, expected):
    from pipeline.select import boilerplate_quote

    assert boilerplate_quote(only_sentence(analyzer, text)) is expected


@pytest.mark.parametrize("text", ["영업이익은 1,260억원으로 지난해보다 35.2% 늘었다.", "매출은 2,870억원으로 11.4% 줄었다."])
def test_a_bare_earnings_measure_leans_on_the_sentence_before(analyzer, text):
    # whose profit? a division named just before, or the company: the sentence before says
    sentence = only_sentence(analyzer, text)
    assert "bare measure" in dangling_reason(sentence.morphs, sentence.text)


@pytest.mark.parametrize("text", ["누적 관객 수는 86만4120명이다.", "누적관객수는 212만명을 넘어섰다.", "일일 관객 수는 2만1000여명이다.",
                                  "시청률은 7.8%로 동시간대 1위였다.",
                                  "경쟁률은 약 15대 1 수준으로 지난해보다 높았다."])
def test_a_bare_audience_or_rate_leans_on_the_sentence_before(analyzer, text):
    # "누적관객수, 174만2033명": whose audience? the film named in the sentence before
    sentence = only_sentence(analyzer, text)
    assert "bare measure" in dangling_reason(sentence.morphs, sentence.text)


@pytest.mark.parametrize("text", ["한빛전자의 영업이익은 1,260억원으로 지난해보다 35.2% 늘었다.",
                                  "영화 ‘바다의 노래’ 누적 관객 수는 86만4120명이다."])
def test_an_owned_earnings_measure_stands_alone(analyzer, text):
    sentence = only_sentence(analyzer, text)
    assert dangling_reason(sentence.morphs, sentence.text) is None


def test_time_since_an_event_told_before_is_no_statement(analyzer):
    # "…내려진 지 나흘 만이다": since the event of the sentence before; alone it states nothing
    sentence = only_sentence(analyzer, "지난 9일 오전 대응 2단계가 내려진 지 나흘 만이다.")
    assert "explains" in dangling_reason(sentence.morphs, sentence.text)
    sentence = only_sentence(analyzer, "한빛시는 공사를 시작한 지 3년 만에 도서관을 열었다.")  # a statement of its own
    assert dangling_reason(sentence.morphs, sentence.text) is None


@pytest.mark.parametrize("text", ["한빛호가 시험 항해에 성공했다고 발표한지 이틀만입니다.", "새 청사로 옮긴지 석 달만이다."])
def test_time_since_an_event_written_without_spaces_is_no_statement(analyzer, text):
    # a broadcast script's "…발표한지 이틀만입니다": the same "…한 지 N 만" as "…내려진 지 나흘 만이다"
    sentence = only_sentence(analyzer, text)
    assert "explains" in dangling_reason(sentence.morphs, sentence.text)


def test_a_bullet_on_a_bare_measure_leans_on_the_sentence_before(analyzer):
    # "…관객 수는 …증가하고, 매출액은 303억 원 증가했다" kept as its last clause: "매출액, 303억 원 증가" says whose
    # sales no more than the sentence "매출액은 …" does
    text = "매출액, 303억 원 증가"
    assert "bare measure" in dangling_reason(list(analyzer.morphs(text)), text)


@pytest.mark.parametrize("bullet, copied", [
    ("`질투', `약속' 등 한빛방송 인기드라마에서 주연으로 등장했다", True),  # a sentence as written: no headline
    ("온 국민이 마음을 모아 미래를 만들어가게 될 것입니다", True),
    ("한빛시, 새 도서관을 열어", False),  # the headline "-어" of a ㄹ-stem
    ("한빛시 인구, 1년 새 2% 늘어", False),
    ('김하나 시장, "시민과 함께 새 10년을 만들겠다"', False),  # a quotation may end on its sentence ending
    ("한빛시, 새 도서관 개관", False),
    ("김 의장, 오는 9일 본회의를 열어 예산안을 표결하겠다", False),  # an intention keeps its own words
])
def test_a_sentence_copied_as_written_is_no_headline(analyzer, bullet, copied):
    from pipeline.engines.extractive import _copied_sentence

    assert _copied_sentence(list(analyzer.morphs(bullet))) is copied


def test_a_sentence_ending_on_what_it_points_back_to_dangles(analyzer):
    from pipeline.select import dangling_reason

    text = "1단계 근거리 전기차, 2단계 장거리 전기차, 3단계 고성능 전기차가 그것이다."
    assert "refers back" in dangling_reason(list(analyzer.morphs(text)), text)
    text = "새 전략의 핵심은 가격이 아니라 품질이다."
    assert dangling_reason(list(analyzer.morphs(text)), text) is None


@pytest.mark.parametrize("text, dangles", [
    ("이번 주 전국 아파트 매매가격은 0.05% 하락한 반면 전세가격은 0.08% 상승했다.", False),  # the week of the story
    ("이번 주말 한빛시 곳곳에서 가을 축제가 열린다.", False),
    ("이번 보고회는 군수 주재로 열렸다.", True),  # which meeting: said before
])
def test_this_week_is_no_demonstrative(analyzer, text, dangles):
    from pipeline.select import bullet_dangling_reason, dangling_reason

    morphs = list(analyzer.morphs(text))
    assert (dangling_reason(morphs, text) is not None or bullet_dangling_reason(morphs, text) is not None) is dangles


@pytest.mark.parametrize("title, sentence, name", [
    ("한빛군, 2026년 국도비 2차 발굴보고회…60건 신규사업 발굴", "이번 보고회는 군수 주재로 열렸다.", "2026년 국도비 2차 발굴보고회"),
    ("‘한빛시 생활권협의체 공동협약식’ 개최…상생 선언", "이번 협약식에는 200여 명이 참석했다.", "한빛시 생활권협의체 공동협약식"),
    ("한빛대 연구팀, 새 소재 개발", "이번 연구는 국제 학술지에 실렸다.", None),  # the headline names no 연구 of its own
    ("두 보고회 잇따라…한빛군 1차 보고회, 달빛군 2차 보고회", "이번 보고회는 군수 주재로 열렸다.", None),  # which one?
])
def test_this_meeting_takes_the_name_the_headline_gives_it(analyzer, title, sentence, name):
    from pipeline.select import headline_phrase, this_stand_in

    doc = analyse(analyzer, sentence, title=title)
    stand_in = this_stand_in(doc.sentences[0].morphs)
    assert stand_in is not None
    assert headline_phrase(doc.article.title, doc.title_morphs, stand_in.split()[1]) == name


def test_a_bullet_opening_with_this_meeting_names_it(analyzer):
    doc = analyse(analyzer,
                  "한빛군이 2026년도 국비와 도비 확보를 위한 신규사업 60건을 발굴했다.",
                  "이번 보고회는 군수 주재로 열렸으며 실과소장 30여 명이 참석했다.",
                  "군은 발굴한 사업을 4월까지 중앙부처에 건의할 계획이다.",
                  title="한빛군, 2026년 국도비 2차 발굴보고회…60건 신규사업 발굴")
    picked = _kiwi(analyzer)._fill(doc, [0, 1, 2], k=3, lede=0)
    texts = [c.text for c in picked]
    assert any(t.startswith("2026년 국도비 2차 발굴보고회") for t in texts), texts
    assert not any(t.startswith("이번 보고회") for t in texts), texts


@pytest.mark.parametrize("text, not_content", [
    ("그럼 출근길 날씨는 시청 앞에 나가 있는 캐스터 연결해 알아보겠습니다.", True),
    ("사고 현장에 나가 있는 취재기자 연결합니다.", True),
    ("자세한 내용 김하나 기자가 보도합니다.", True),
    # the same in the future tense ("…기자가 전하겠습니다")
    ("노사 협상에 물꼬가 트일지, 김하나 기자가 전하겠습니다.", True),
    # the programme's own opening ("오늘은 이 그래프로 시작해보겠습니다") and plan ("…물가 소식 연달아 짚어보겠습니다")
    ("오늘은 이 그래프로 시작해보겠습니다.", True),
    ("소비자들 주머니를 털어대는 물가 소식 연달아 짚어보겠습니다.", True),
    ("경찰은 사고 원인을 자세히 살펴보겠다고 밝혔습니다.", False),
    ("한빛시는 다음 달 새 사업으로 시작하겠다고 밝혔습니다.", False),
    ("경찰은 수사 결과를 유족에게 전하겠다고 밝혔습니다.", False),
    ("밀착카메라 김하나 기자가 취재했습니다.", True),
    ("지금 국회에 취재 기자 나가 있습니다.", True),
    # what the reporter covered before the verb ("…기자가 현장을 취재했습니다")
    ("김하나 기자가 현장을 취재했습니다.", True),
    ("김하나 기자가 그 현장을 자세히 보도했습니다.", True),
    ("이 사건은 당시 한 기자가 처음 보도했습니다.", False),
    ("사고 현장에 김하나 기자가 나와 있습니다.", True),
    ("눈에 갇힌 한빛군의 한 산간 마을에 김하나 기자가 다녀왔습니다.", True),
    ("휴일 표정, 김하나 기자가 돌아봤습니다.", True),
    # the hand-off with what the reporter did on the way ("…기자가 헬기를 타고 돌아봤습니다")
    ("먼저 폭설 피해 현장을 김하나 기자가 한빛방송 헬기를 타고 돌아봤습니다.", True),
    ("오늘 첫 소식은 농촌으로 가보겠습니다.", True),
    ("경찰은 내일 사고 현장에 다시 가보겠다고 밝혔습니다.", False),
    ("김하나 기자가 돌아봤던 마을은 지금 텅 비었습니다.", False),
    # what netizens wrote
    ("이 소식을 접한 누리꾼들은 “역시 최고”, “다음 작품도 기대된다” 등의 반응을 보였다.", True),
    ("네티즌들은 해당 게시물에 응원의 댓글을 남겼다.", True),
    ("지금부터는 노사 합의로 파업이 끝났다는 소식을 자세히 전해 드립니다.", True),
    # the broadcaster asks the viewer to act
    ("기록적인 강풍이 몰아친다니까 단단히 대비하셔야겠습니다.", True),
    ("외출할 때는 안전에 유의하시기 바랍니다.", True),
    # a sound bite whose title has a number in it
    ("김하나/초등학교 5학년 (2년 차 기자) : 5면에 탐방 기사가 들어가야 할 것 같아요.", True),
    ("시민들은 단단히 대비해야겠다고 말했다.", False),
    # a labelled line: an image's caption or a transcript's ("답변 : …"); a score's colon is no label
    ("인공지능 답변 : 한빛봇은 한빛전자가 만든 대화형 인공지능입니다.", True),
    ("한빛FC는 달빛FC를 2 : 1로 꺾었다.", False),
    # the method note of a survey
    ("표본오차는 95% 신뢰수준에 ±3.1%p, 응답률은 12.4%였다.", True),
    ("응답자의 54%가 새 제도에 찬성했다.", False),
    # news that mentions a connection or a report
    ("한빛시는 두 섬을 다리로 연결합니다.", False),
    ("경찰은 사고 원인을 알아보고 있습니다.", False),
    ("기자가 현장에 나와 있던 주민을 만났습니다.", False),
    ("경찰은 누리꾼 2명을 명예훼손 혐의로 입건했다.", False),
    ("시민들은 대체로 긍정적인 반응을 보였다.", False),
    # the broadcaster speaking of itself, outside quotations
    ("시민들이 저희 KBC로 제보 영상을 많이 보내주셨습니다.", True),
    ("주민들이 저희 취재진을 현장으로 안내했습니다.", True),
    ("한 주민은 \"저희 기자님들이 고생 많으십니다\"라고 말했다.", False),
    ("저희 팀은 다음 경기에서 꼭 이기겠다고 말했다.", False),
])
def test_an_anchors_hand_off_is_no_content(analyzer, text, not_content):
    assert (non_content_reason(only_sentence(analyzer, text)) is not None) == not_content


@pytest.mark.parametrize("text, not_content", [
    # how someone spoke, with the words in another sentence
    ("21일 오후 5시 김하나 한빛연구원 선임연구원이 하늘로 솟은 새 발사체(KSLV-X)를 보며 기쁜 목소리로 말했다.", True),
    ("김 교수는 웃으며 말했다.", True),
    # the words are in the sentence, or what was said is named
    ("김 교수는 “좋다”며 웃으며 말했다.", False),
    ("김 교수는 예산이 부족하다고 말했다.", False),
    ("김 시장은 기자들에게 새 청사 계획을 말했다.", False),
])
def test_speaking_without_the_words_is_no_content(analyzer, text, not_content):
    assert (non_content_reason(only_sentence(analyzer, text)) is not None) == not_content


# -- the subject the sentence before gave: "여야는 …했다. (여야는) 본회의를 미루기로 했다." ----------------------------
@pytest.mark.parametrize("text, expected", [
    ("여야는 9일 국회의장 주재로 회동했으나 결론을 내리지 못했다. 오후 2시 예정된 본회의를 2시간 미루기로 했다.", "여야"),
    ("한빛시는 올해 출산지원금을 새로 만들었다. 셋째 자녀의 지원금을 두 배로 늘렸다.", "한빛시"),
    # a thing, not who acts; a subject inside a relative clause; two topics; a sentence ending on a noun
    ("일일 관객 수는 10만 명을 넘었다. 역대 음악영화 가운데 2위 기록을 제쳤다.", None),
    ("한빛시가 17일 공포한 조례안에 따르면 둘째 지원금이 생겼다. 셋째 자녀의 지원금을 두 배로 늘렸다.", None),
    ("김하나 원내대표와 박두리 원내대표는 25일 회동했다. 개정안 처리를 놓고는 이견을 드러냈다.", None),
    ("한빛시는 올해 수출이 크게 늘었다고 밝혔다. 지난해 기록을 제친 사상 최대치다.", None),
    # the sentence acts on the topic itself: it does not continue its acts
    ("한빛호는 지금까지의 탐사선과 차원을 달리한다. 한빛호를 ‘탐험 선박’이라고 부른다.", None),
])
def test_the_topic_of_the_sentence_before_acts_in_a_subjectless_one(analyzer, text, expected):
    doc = analyse(analyzer, text)
    assert len(doc.sentences) == 2
    assert continuing_actor(doc, 1) == expected



@pytest.mark.parametrize("text, notice", [
    ("자세한 사항은 전화(1390) 또는 관할 선관위에 문의하면 된다.", True),
    ("문의는 한빛시청 관광과(031-000-0000)로 하면 된다.", True),
    ("자세한 내용은 축제 누리집을 참고하면 된다.", True),
    ("시는 민원 창구를 통해 주민 문의에 답하고 있다.", False),
])
def test_where_readers_may_ask_is_no_content(analyzer, text, notice):
    assert (non_content_reason(only_sentence(analyzer, text)) is not None) == notice



@pytest.mark.parametrize("text, teaser", [
    ("생방송 중에는 어떤 일이 벌어질지...", True),
    ("이번 대회에서 누가 우승할지 관심이 쏠린다.", False),
])
def test_an_unfinished_teaser_is_no_content(analyzer, text, teaser):
    assert (non_content_reason(only_sentence(analyzer, text)) is not None) == teaser


@pytest.mark.parametrize("text, split", [
    ("는 한빛 감독의 경기 전 인터뷰가 무색하게 가람은 홈런 4방을 터뜨렸다.", True),
    ("라고 말했다.", True),
    ("가람은 홈런 4방을 터뜨렸다.", False),
])
def test_a_sentence_opening_with_a_particle_dangles(analyzer, text, split):
    from pipeline.select import dangling_reason
    reason = dangling_reason(analyzer.morphs(text), text)
    assert (reason is not None and "particle" in reason) == split


# -- the middle of a quotation of several sentences: someone's words, with no speaker -----------------------------
@pytest.mark.parametrize("mark_open, mark_close", [("“", "”"), ('"', '"')])
def test_sentences_inside_a_quotation_of_several_are_not_content(analyzer, mark_open, mark_close):
    doc = analyse(analyzer, "연휴 첫날 한빛마을에 관광객 5만명이 몰렸다.",
                  f"{mark_open}사흘 연휴가 생겨 가족과 함께 서울에서 왔습니다. 한빛마을은 꼭 한 번 오고 싶었던 곳입니다. "
                  f"사람이 많아 좀 불편하지만 아이들이 좋아하니 다행입니다.{mark_close}",
                  f"{mark_open}사람이 많아도 좋습니다. 다시 오고 싶은 곳입니다.{mark_close}라고 관광객 김하나씨는 말했다.")
    texts = [doc.sentences[i].text for i in content_sentences(doc)]
    assert not any("꼭 한 번 오고 싶었던" in t or "아이들이 좋아하니" in t for t in texts)
    # a quotation closed by its speaker's frame stays content
    assert any("관광객 김하나씨는 말했다" in t for t in texts)
    assert texts[0] == "연휴 첫날 한빛마을에 관광객 5만명이 몰렸다."


def test_a_stray_mark_mid_paragraph_opens_no_quotation(analyzer):
    # a transcript's list of lines with unbalanced straight marks: the plan after them is the reporter's own
    doc = analyse(analyzer, "연말을 맞아 경찰이 음주운전 단속에 나섰다.",
                  '- "본인은 물론 타인의 생명까지 위협하는 음주운전. 경찰은 내년 1월까지 특별단속을 이어갈 계획입니다. '
                  '한빛뉴스 김하나입니다."')
    texts = [doc.sentences[i].text for i in content_sentences(doc)]
    assert "경찰은 내년 1월까지 특별단속을 이어갈 계획입니다." in texts


@pytest.mark.parametrize("text, so", [
    # who found or announced what the sentence before told
    ("가람군은 군청 회의실에서 추진위원 28명이 참석한 가운데 축제 결과보고회를 열고 이같이 분석했다.", True),
    ("한빛시는 이와 같이 밝혔다.", True),
    ("한빛부는 12일 이같이 발표했다.", True),
    # a quotation, or an act that is news itself
    ("김 장관은 “예산을 늘리겠다”라며 이같이 말했다.", False),
    ("한빛시는 이같이 3억원을 투입했다.", False),
    ("한빛시는 축제 결과보고회를 열고 방문객 만족도를 분석했다.", False),
])
def test_a_sentence_that_only_says_who_announced_it_says_so(analyzer, text, so):
    from pipeline.select import says_so
    assert says_so(only_sentence(analyzer, text)) == so


@pytest.mark.parametrize("first, second", [
    # "어젯밤 강원도 평창군의 한 야산에서 불이 나 …꺼짐" then "어제 저녁 …경기도 평택시 …유통업체에서 불이 나 …꺼짐": two
    # fires; the same subject ("불") and predicate had made the second a restatement of the first
    ("어젯밤 한빛군의 한 야산에서 불이 나 세 시간 만에 꺼졌습니다.", "어제 저녁 5시 반쯤 달빛시 별빛동의 한 창고에서 불이 나 5시간 만에 꺼졌습니다."),
    # "어제(24일) 저녁 …창원에서 시내버스와 승용차가 부딪쳐 …" then "어제(24일) 저녁 9시 반쯤, 서울 독산동의 …마을버스가
    # 중앙분리대를 들이받았습니다": the same day is no same figure; read as one accident told again, it had let the next
    # sentence's "이 사고로" in after it
    ("어제(24일) 저녁 한빛시에서 시내버스와 승용차가 부딪쳐 승객 21명이 다쳤습니다.",
     "어제(24일) 저녁 9시 반쯤 달빛시 별빛동의 도로에서 마을버스가 중앙분리대를 들이받았습니다."),
])
def test_the_same_kind_of_event_elsewhere_is_another_fact(analyzer, first, second):
    doc = analyse(analyzer, first, second, "경찰은 사고 원인을 조사하고 있습니다.")
    picked = _kiwi(analyzer)._fill(doc, [0, 1, 2], k=3)
    assert [c.sentence for c in picked] == [0, 1, 2], [c.text for c in picked]


def test_a_dated_caption_opening_the_page_is_never_the_lede(analyzer):
    # "보리스 존슨 영국 총리가 28일 의회에서 연설하고 있다." alone above the story became the first bullet
    page = _page("김하나 한빛시장이 28일 시의회 본회의장에서 연설하고 있다.",
                 "한빛시의회는 김하나 시장이 제안한 버스 요금 동결안을 28일 다시 부결시켰다.",
                 "찬성 12표, 반대 15표였다.", "시는 다음 달 임시회에서 동결안을 다시 표결에 부칠 예정이다.",
                 "시민단체는 시의회가 시민의 부담을 외면했다고 비판했다.", "시의회 다수당은 재정 적자를 이유로 반대했다.")
    doc = analyzer.analyze(parse_article(page, id="c"))
    assert all("연설하고" not in doc.sentences[i].text for i in content_sentences(doc))
    summary = _kiwi(analyzer).summarize(doc)
    assert summary.bullets[0].startswith("한빛시의회")
    # an undated scene opening a story is still its lede
    page = _page("시민들이 새로 문을 연 한빛시 중앙도서관에서 책을 고르고 있다.",
                 "도서관은 지하 1층, 지상 4층 규모로 장서 20만권을 갖췄다.", "시는 도서관 운영 시간을 밤 10시까지 늘린다.",
                 "시는 내년까지 권역별 분관 3곳을 더 짓는다.")
    doc = analyzer.analyze(parse_article(page, id="c"))
    assert 0 in content_sentences(doc)


def test_a_sentence_telling_the_ledes_figures_again_is_not_a_second_bullet(analyzer):
    page = _page("한빛산국립공원에서 신종 곤충 3종과 미기록종 곤충 16종이 발견됐다.",
                 "한빛공원공단은 지난 4월부터 한빛산 습지 등 주요 생물 서식지를 조사한 결과 신종 3종과 미기록종 16종 등 총 19종의 "
                 "곤충을 한빛산국립공원에서 새로 발견했다고 밝혔다.",
                 "새로 발견된 신종 3종은 모두 딱정벌레목에 속하며 아직 정식 이름이 없다.",
                 "공단은 이번에 발견한 곤충을 국가생물종목록에 올릴 예정이다.", "공단은 내년에도 한빛산 일대의 곤충 조사를 이어갈 계획이다.",
                 "한빛산국립공원에는 지금까지 곤충 2천여 종이 사는 것으로 알려져 있다.", title="한빛산서 신종·미기록 곤충 19종 발견")
    bullets = _kiwi(analyzer).summarize(analyzer.analyze(parse_article(page, id="c"))).bullets
    assert bullets[0].startswith("한빛산국립공원에서 신종 곤충 3종과")
    assert sum("16종" in b for b in bullets) == 1 and len(bullets) >= 3


def test_a_bracketed_sound_bite_is_no_content_to_its_end(analyzer):
    # "[이름/직함 : …습니다. …하겠습니다.]": the bite's second sentence became a bullet in the speaker's first person,
    # without its speaker; it still counts in the article's length
    doc = analyse(analyzer, "한빛시가 시청 브리핑실에 카메라 4대를 더 설치한다.",
                  "[김가람/한빛시 대변인 : 시정 현장을 여러 각도에서 전하기 위해 카메라를 더 설치할 예정입니다. "
                  "기자 여러분이 질의하는 모습도 생생하게 전달하겠습니다.] 시는 다음 달부터 새 방식을 적용한다.",
                  "설치 비용은 모두 2천만원으로 시 예산에서 나간다.")
    texts = [doc.sentences[i].text for i in content_sentences(doc)]
    assert not any("전달하겠습니다" in t or "설치할 예정입니다" in t for t in texts), texts
    assert any(t.startswith("시는 다음 달부터") for t in texts), texts
    assert [doc.sentences[i].text for i in sound_bite_continuations(doc)] == ["기자 여러분이 질의하는 모습도 생생하게 전달하겠습니다.]"]
    # the bite's later sentence counts in the article's length: 3 content sentences and it make 2 bullets' worth
    engine = _kiwi(analyzer, min=1, max=5)
    assert engine.wanted(doc) == engine.wanted(doc, content_sentences(doc)) == 2
    assert not any("전달하겠습니다" in b for b in engine.summarize(doc).bullets)


@pytest.mark.parametrize("text, dangles", [
    # "the same month" as what, when no date comes before it in the bullet
    ("누리책방의 소설 《한빛 세탁소》도 같은 달 출간", True),
    ("한빛시, 같은 날 오후 추가 대책을 발표", True),
    ("《한빛 세탁소》는 3월 출간됐고, 《누리 여행》도 같은 달 출간", False),
    ("《한빛》 첫 주 관객, 지난해 같은 시기에 개봉한 영화의 두 배를 넘음", False),  # the same season a year before
    ("한빛시, “같은 날 행사를 열겠다”고 밝혀", False),
])
def test_the_same_day_or_month_needs_the_date_it_repeats(analyzer, text, dangles):
    reason = bullet_dangling_reason(analyzer.morphs(text), text)
    assert (reason is not None) == dangles, reason


@pytest.mark.parametrize("credit", ["/사진=한빛뉴스", "사진=한빛뉴스"])
def test_a_caption_credited_in_its_own_paragraph_is_no_content(analyzer, credit):
    # "…표지판이 도로변에 떨어져 있다. /사진=뉴스1": the slash sets the credit off; the caption had become the first bullet
    caption = "태풍경보가 발효된 22일 오후 한빛시 동구 바닷가 도로 인근에 교통표지판이 강풍에 떨어져 있다."
    doc = analyse(analyzer, caption + " " + credit, "태풍 ‘누리’가 남부지방을 지나면서 곳곳에서 피해가 잇따르고 있다.",
                  "한빛시에서는 가로수 30여 그루가 쓰러졌다.")
    assert 0 not in content_sentences(doc) and 2 in content_sentences(doc)
