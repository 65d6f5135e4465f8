"""Readings of this session's held-out sets (sentences and pages written for these tests, not news copy): a claim
whose topic is inside the reported words (`…늘었지만 인원은 그대로라는 주장이다`) has no subject of its own; a bullet
whose speaker is a noun described by a clause (`요양원에서 일하는 요양보호사들, …달라고 요구`) has its speaker."""
import pytest

from bullet_helpers import bullet, only_sentence, summarize_page

PAGE = """“한 사람이 어르신 12명 돌봐요”…요양노조 “야간 인력 기준 법으로 정하라”
[가온뉴스 서지우 기자] 입력 2026-10-05 10:20

지역 요양원에서 일하는 요양보호사들이 야간 인력 배치 기준을 법으로 높여 달라고 요구했다. 입소 정원은 해마다 늘었지만 야간 근무 인원은 그대로라는 주장이다.

전국요양서비스노동조합은 5일 세종시 보건복지부 앞에서 기자회견을 열고 “밤에는 한 사람이 어르신 12명을 돌본다”며 “정부는 야간 배치 기준을 법령에 명시하라”고 촉구했다.

노조 윤서진 위원장은 “지난달 조합원 860명에게 물었더니 야간 근무자 1명이 맡는 어르신이 평균 11.6명이었다”고 밝혔다. 윤 위원장은 “낙상 사고가 나도 혼자서는 바로 달려갈 수 없다”고 말했다.

노조는 이날 야간 배치 기준 법제화와 야간 수당 인상, 휴게 공간 마련을 요구했다.

보건복지부에 따르면 전국 요양원은 올해 6월 기준 6,210곳, 입소자는 21만4,000명이다. 복지부 관계자는 “현장의 어려움에 공감한다”며 “내년 상반기까지 개선안을 마련하겠다”고 말했다.

서지우 기자 jiwoo@gaonnews.kr
"""


@pytest.mark.parametrize("sentence, dangles", [
    # "2학기부터 …넓어졌지만 인력은 그대로라는 주장" opened a block, in the lede's place (whose claim?)
    ("입소 정원은 해마다 늘었지만 야간 근무 인원은 그대로라는 주장이다.", True),
    ("버스 요금은 3년째 묶였고 연료비는 두 배가 됐다는 설명이다.", True),
    ("노조는 야간 근무 인원이 3년째 그대로라는 주장이다.", False),
    ("운송조합은 요금은 묶였지만 연료비는 두 배가 됐다는 입장이다.", False),
])
def test_a_topic_inside_the_reported_words_owns_no_claim(analyzer, sentence, dangles):
    from pipeline.select import sentence_dangles

    reason = sentence_dangles(only_sentence(analyzer, sentence))
    assert (reason is not None and "subject" in reason) == dangles, reason


@pytest.mark.parametrize("text, missing", [
    ("지역 요양원에서 일하는 요양보호사들, 야간 인력 배치 기준을 법으로 높여 달라고 요구", False),
    ("야간 인력 배치 기준을 법으로 높여 달라고 요구", True),
    ("야간에 혼자 일한다며 사흘째 농성, 배치 기준을 높여 달라고 요구", True),
])
def test_a_speaker_described_by_a_clause_is_a_speaker(analyzer, text, missing):
    from pipeline.select import bullet_dangling_reason

    reason = bullet_dangling_reason(analyzer.morphs(text), text)
    assert (reason is not None and "without its speaker" in reason) == missing, reason


def test_the_demand_leads_the_block_not_the_claim_after_it(analyzer):
    _, summary = summarize_page(analyzer, PAGE)
    assert summary.bullets[0].startswith("지역 요양원에서 일하는 요양보호사들, 야간 인력 배치 기준을"), summary.bullets
    assert not any(b.startswith("입소 정원") for b in summary.bullets), summary.bullets


def test_a_topic_after_the_concession_owns_the_view_its_words_follow(analyzer):
    # "…숨진 사람은 …줄었지만, 경찰은 …경각심을 늦출 수 없다는 입장이다" lost its bullet as having no subject
    from pipeline.select import sentence_dangles

    sentence = "화재로 다친 사람은 지난해보다 줄었지만, 소방본부는 건조한 날씨가 이어지는 만큼 경계를 늦출 수 없다는 입장이다."
    assert sentence_dangles(only_sentence(analyzer, sentence)) is None


@pytest.mark.parametrize("sentence, expected, broken", [
    # "관광객 1명이 한국에서 쓴 돈, 줄어 ‘양적 성장, 질적 정체’라는 지적" (G=0): the topic is the reported words'
    ("하지만 외국인 1명이 쓴 돈은 오히려 줄어 ‘많이 오고 덜 쓴다’는 지적이 나온다.", "외국인 1명이 쓴 돈은", "돈, "),
    ("전셋값은 두 달째 올라 세입자 부담이 커진다는 우려가 나온다.", "전셋값은", "전셋값, "),
    # (a view someone gives keeps its headline comma)
    ("정부는 요금 인상이 불가피하다는 분석을 내놨다.", "정부, ", "정부는"),
])
def test_a_topic_inside_a_reported_view_takes_no_headline_comma(analyzer, sentence, expected, broken):
    text = bullet(analyzer, sentence, 200)
    assert expected in text and broken not in text, text


@pytest.mark.parametrize("sentence, gone", [
    # "완도군, 이 같은 결과를 바탕으로 …늘릴 계획" (what result?)
    ("가온군은 이 같은 결과를 토대로 2027년까지 지원 대상을 300곳으로 늘릴 계획이다.", "결과를 토대로"),
    ("가온군은 이를 바탕으로 2027년까지 지원 대상을 300곳으로 늘릴 계획이다.", "이를 바탕으로"),
    ("이러한 조사 결과를 근거로 시는 내년 예산을 20% 늘리기로 했다.", "근거로"),
])
def test_what_an_act_rests_on_told_before_goes(analyzer, sentence, gone):
    text = bullet(analyzer, sentence, 200)
    assert gone not in text and "늘" in text, text


def test_the_first_of_acts_someone_holds_were_done_is_not_told_alone(analyzer):
    # "검찰, 권 회장이 …미술품 17점을 사들임": the prosecutors' view told as fact, and them as the buyer (F=0)
    text = bullet(analyzer, "검찰은 이 대표가 빼돌린 돈 가운데 30억원으로 고급 시계 40점을 사들이고, 5억원가량은 자녀의 유학 비용으로 "
                            "쓴 것으로 보고 있다.", 60)
    assert text.endswith("것으로 봄"), text


def test_a_gloss_in_brackets_does_not_keep_the_subject_from_the_front(analyzer):
    # "…'루미너스'의 현지 활동을 하이라인, 전담하게 될 예정" (G=0)
    text = bullet(analyzer, "특히 내년 데뷔를 앞둔 4인조 밴드 '노을빛(NOEULBIT)'의 일본 활동을 한빛레코드가 전담하게 된다.", 200)
    assert text.startswith("한빛레코드, "), text


@pytest.mark.parametrize("sentence, kept", [
    # "이날 붙인 조각은 …2,317번째 조각이다" -> "조각, …조각": which piece was the clause
    ("이날 붙인 조각은 고려시대 청동 거울을 이루는 312번째 조각이다.", "붙인 조각"),
    ("이날 숨진 운전자는 60대 남성으로 확인됐다.", "숨진 운전자"),
])
def test_a_days_relative_clause_that_says_which_one_stays(analyzer, sentence, kept):
    assert kept in bullet(analyzer, sentence, 200)


def test_a_days_event_goes_with_the_day(analyzer):
    text = bullet(analyzer, "이날 열린 회의에서 시의회는 내년 예산안을 통과시켰다.", 200)
    assert "열린" not in text and "예산안" in text, text


def test_items_marked_in_one_line_before_their_count_are_news(analyzer):
    # "연합회는 이날 ▲…법제화 ▲… 등 4대 요구안을 발표했다" was dropped as a list; the block had no demands at all
    from pipeline.select import non_content_reason

    sentence = "협회는 이날 ▲카드 수수료 인하 ▲임대료 인상 상한 ▲폐업 지원금 확대 등 3대 요구안을 발표했다."
    assert non_content_reason(only_sentence(analyzer, sentence)) is None
    assert bullet(analyzer, sentence, 200) == "협회, 카드 수수료 인하·임대료 인상 상한·폐업 지원금 확대 등 3대 요구안 발표"
    assert bullet(analyzer, sentence, 30) == "협회, 카드 수수료 인하 등 3대 요구안 발표"  # (shortened: the first stands for them)
    assert non_content_reason(only_sentence(analyzer, "▲카드 수수료 인하 ▲임대료 인상 상한 ▲폐업 지원금 확대")) is not None


INDICTMENT = """검찰, '95억 횡령' 한빛소재 김도현 회장 구속기소
허위 거래로 회삿돈 빼돌려…미술품 구입에 쓴 혐의
서지우 기자 입력 2026.10.13 15:42

회삿돈 90억원대를 빼돌리고 회사에 50억원이 넘는 손해를 끼친 혐의를 받는 중견 소재 기업 한빛소재의 김도현(61) 회장이 재판에 넘겨졌다.

가온지검 반부패수사부(부장검사 이정호)는 13일 특정경제범죄가중처벌법상 횡령·배임 혐의로 김 회장을 구속기소했다고 밝혔다. 검찰은 범행에 가담한 혐의로 이 회사 재무담당 임원인 선우모(52) 상무도 불구속기소했다.

김 회장은 2020년부터 2024년까지 실체가 없는 납품업체 두 곳과 허위 거래를 하는 방식으로 회삿돈 95억원을 빼돌린 혐의를 받는다. 검찰은 김 회장이 이 돈 가운데 30억원으로 미술품 12점을 사들인 것으로 보고 있다.

김 회장 측은 "회사 운영 과정에서 생긴 회계 처리 문제일 뿐 개인적으로 쓴 돈은 없다"며 혐의를 부인하고 있다.

서지우 기자 jiwoo@gaonnews.kr
"""


def test_the_one_the_headline_names_leads_though_an_age_sits_in_the_name(analyzer):
    # "…태성케미칼의 권혁준(58) 회장이 재판에 넘겨졌다" was read as a scene's (the age hid the name the headline gives),
    # and the block never said the chairman was indicted
    _, summary = summarize_page(analyzer, INDICTMENT)
    assert "재판에 넘겨" in summary.bullets[0] and "김도현" in summary.bullets[0], summary.bullets


def test_who_a_sentence_says_acts_is_read_past_an_age_in_brackets(analyzer):
    from pipeline.engines.extractive import _subject_nouns

    morphs = analyzer.morphs("회삿돈을 빼돌린 혐의를 받는 한빛소재의 김도현(61) 회장이 재판에 넘겨졌다.")
    assert [m.form for m in _subject_nouns(morphs)][-2:] == ["김도현", "회장"]


@pytest.mark.parametrize("sentence, outline", [
    # "국가데이터처가 11일 발표한 '10월 고용동향'을 문답으로 풀어 봄" opened a block (I=0: the article's format)
    ("통계청이 어제 내놓은 ‘3분기 가계동향’을 문답으로 풀어 봤다.", True),
    ("달라지는 청약 제도의 쟁점을 짚어 본다.", True),
    ("연구팀은 쥐 200마리의 유전자 변화를 살펴봤다.", False),
])
def test_the_writers_outline_of_the_article_is_no_news(analyzer, sentence, outline):
    from pipeline.select import non_content_reason

    assert (non_content_reason(only_sentence(analyzer, sentence)) is not None) == outline


WETLAND = """말라가는 가온산 고층습지…10년 새 면적 31% 줄었다
[기후 현장] 봄 가뭄 잦아지며 물길 끊겨…"희귀 식물 자생지 위태"
한지우 기자 입력 2026.10.08 07:00

해발 900m 가온산 정상 아래 고층습지. 지난 5일 오후, 가온국립공원사무소 한재민(38) 주무관이 물웅덩이에 자를 대고 수심을 쟀다. "작년보다 10㎝ 더 낮아졌어요." 한 주무관은 바닥이 드러난 웅덩이를 가리키며 고개를 저었다.

가온산 고층습지가 빠르게 마르고 있다. 국립공원공단이 지난달 낸 조사 보고서에 따르면 이 습지의 면적은 2016년 4.2㏊에서 올해 2.9㏊로 31% 줄었다. 같은 기간 습지에 사는 끈끈이주걱 개체 수는 1,200여 개체에서 380개체로 감소했다.

공단은 봄철 가뭄이 잦아지고 등산로 배수로가 물길을 끊은 것을 원인으로 꼽았다. 공단 관계자는 "내년부터 배수로를 옮기고 물막이 둑을 설치해 수위를 지키겠다"고 말했다.

전문가들은 대책이 늦었다고 지적한다. 오세훈 가온대 생명과학과 교수는 "고층습지는 한번 마르면 되살리기까지 수십 년이 걸린다"며 "출입 통제를 포함한 강한 보호 조치가 필요하다"고 말했다.

한지우 기자 jiwoo@gaonnews.kr
"""


def test_a_story_that_opens_on_a_verbless_setting_is_led_by_its_news_not_the_scene(analyzer):
    # "해발 1,614m 덕유산 향적봉에서 중봉으로 이어지는 능선길. | 지난 13일 오전, …선임연구원이 …입력했다": the dated act
    # after the setting is the feature's scene (the block opened on it, I=0), not its news
    _, summary = summarize_page(analyzer, WETLAND)
    assert summary.bullets[0] == "가온산 고층습지, 빠르게 마름", summary.bullets
    assert not any("자를 대고" in b or "고개를 저" in b for b in summary.bullets), summary.bullets


def test_who_holds_the_view_keeps_its_comma_before_the_one_it_holds_acted(analyzer):
    # "검찰 강 씨, …처리한 것으로 봄" read as a prosecutor named Kang (G=0, F=0)
    text = bullet(analyzer, "검찰은 박 씨가 회사 명의로 승용차 3대를 빌리고 가족 여행 비용 등 개인 지출 7억원가량을 회사 경비로 "
                            "처리한 것으로 봤다.", 60)
    assert text.startswith("검찰, 박 씨가 "), text


@pytest.mark.parametrize("sentence, expected", [
    # "노조, 다만 응급실과 …" (the connective dangled after the subject)
    ("노조는 다만 응급실과 중환자실에는 법에 따라 인력을 남겨두겠다고 설명했다.", "노조, 응급실과 중환자실에는"),
    ("회사는 그러나 구체적인 보상 기준을 밝히지 않았다.", "회사, 구체적인 보상 기준을"),
])
def test_a_connective_right_after_the_opening_topic_goes(analyzer, sentence, expected):
    assert bullet(analyzer, sentence, 200).startswith(expected)


STRIKE = """“한 명이 환자 14명 본다”…가온대병원 간호사 900명 내일 파업
노조 “병원, 충원 인원 구체적인 숫자 하나 안 내놔”
서지우 기자 입력 2026.10.20 15:20

가온대병원 간호사들이 인력 충원을 요구하며 21일 오전 7시부터 무기한 파업에 들어간다.

보건의료노조 가온대병원지부는 20일 병원 로비에서 기자회견을 열고 파업 돌입을 공식 선언했다. 파업에는 조합원 1,300명 가운데 간호사 약 900명이 참여한다.

한미정 지부장은 “병동 간호사 한 명이 밤에 환자 14명을 혼자 돌본다”고 말했다. 오정석 노조 지역본부장은 “지난달부터 두 차례 열린 노동위원회 조정 회의에서 병원은 내년 충원 계획을 끝내 설명하지 않았다. 병원은 충원 인원에 대해 단 한 명도 구체적인 숫자를 내놓지 않았다”고 말했다.

노조는 응급실과 중환자실 등 필수유지업무 부서에는 인력을 남겨두겠다고 밝혔다. 병원 측은 “올해 간호사 50명을 새로 뽑았다”며 “한꺼번에 충원하기는 어렵다”고 밝혔다.

서지우 기자 jiwoo@gaonnews.kr
"""


def test_the_last_sentence_of_a_quotation_is_quoted_whole_with_no_elision_mark(analyzer):
    # "윤석찬 …본부장, “…병원은 인력 충원에 대해 단 한 명도 …”" (S=0): read blind, none of 16 bullets whose quotation
    # opened on "…" was clean; a sentence of the speaker's, whole, needs no mark
    _, summary = summarize_page(analyzer, STRIKE)
    assert "오정석 노조 지역본부장, “병원은 충원 인원에 대해 단 한 명도 구체적인 숫자를 내놓지 않았다”" in summary.bullets, summary.bullets
    assert not any("…" in b or "\u2060" in b for b in summary.bullets), summary.bullets


def test_a_quotation_cut_to_start_mid_clause_is_a_last_resort():
    from pipeline.engines.extractive import ELIDED_QUOTE_START

    assert ELIDED_QUOTE_START.search("정 총재, “…나머지 2명은 현 수준에서 효과를 지켜봐야 한다는 입장이었다”")
    assert not ELIDED_QUOTE_START.search("정 총재, “추가 인하 여부는 …함께 보고 판단하겠다”")


@pytest.mark.parametrize("sentence, speaker", [
    # "배진호 씨, “…”": a speaker never identified (S=0); who they are is what describes them
    ("사내 협력업체 노동자 대표로 기자회견에 나온 오상민(45) 씨는 “같은 배에서 같은 일을 하는데 하청이라는 이유로 임금은 원청의 "
     "60% 수준”이라며 “이번 파업이 하청 노동자의 임금 격차를 줄이는 계기가 돼야 한다”고 말했다.",
     "사내 협력업체 노동자 대표로 기자회견에 나온 오상민 씨, "),
    ("항구에서 30년째 횟집을 하는 상인 문정란(62) 씨는 “예산 몇억원 아끼려다 지역 상권 전체가 한꺼번에 무너질 수 있다”며 "
     "“군의회가 축제 예산을 다시 생각해 달라”고 말했다.", "항구에서 30년째 횟집을 하는 상인 문정란 씨, "),
])
def test_what_describes_a_private_speaker_stays_with_their_name(analyzer, sentence, speaker):
    assert bullet(analyzer, sentence, 60).startswith(speaker)


@pytest.mark.parametrize("sentence, expected", [
    # "부부끼리만 사는 가구는 51.2%였고, 자녀와 …" read as a sentence copied, not a headline (G=1)
    ("혼자 사는 가구는 33.4%였고, 자녀와 함께 사는 비율은 8.7%로 처음으로 10% 아래로 떨어졌다.",
     "혼자 사는 가구는 33.4%, 자녀와 함께 사는 비율은 8.7%로"),
    ("올해 매출은 1억원이었고, 영업이익은 2천만원을 기록했다.", "올해 매출은 1억원, 영업이익은 2천만원"),
    # (not what something was: that is no figure between two facts)
    ("사고 원인은 과속이었고, 운전자는 현장에서 체포됐다.", "사고 원인은 과속이었고, "),
])
def test_a_figures_copula_between_two_facts_goes(analyzer, sentence, expected):
    assert expected in bullet(analyzer, sentence, 200)


@pytest.mark.parametrize("sentence, told", [
    # "리튬금속전지, …‘꿈의 배터리’로 불림" and "도시정비법상 …해임 총회 소집 가능" took a bullet from the news (I=0)
    ("나트륨전지는 값싼 나트륨을 써서 리튬전지보다 싸게 만들 수 있어 ‘서민의 배터리’로 불린다.", True),
    ("주택법상 입주자 5분의 1 이상이 요구하면 입주자대표회의를 다시 열어야 한다.", True),
    ("주택법상 입주자 5분의 1 이상이 동의하면 관리업체를 바꿀 수 있다.", True),
    ("가람시는 내년부터 과태료를 부과할 수 있다.", False),
    ("가람전자는 지난달 ‘나트륨전지’로 불리는 신제품을 내놨다.", False),
])
def test_what_a_thing_is_called_and_what_the_law_allows_are_background(analyzer, sentence, told):
    from pipeline.select import background

    assert background(analyzer.morphs(sentence)) == told


def test_a_head_never_starts_after_a_figures_unit(analyzer):
    # "급 LNG 운반선의 신조선가, …" cut the size off its ship class (G=0, F=0)
    text = bullet(analyzer, "해외 시황 분석기관에 따르면 17만4,000㎥급 LNG 운반선의 신조선가는 지난달 말 기준 척당 2억4,800만달러로, "
                            "올해 초(2억5,600만달러)보다 3.1% 내렸다.", 60)
    assert text.startswith("17만4,000㎥급 LNG 운반선의 신조선가, "), text


def test_a_word_kiwi_reads_as_my_plus_a_noun_keeps_its_spelling(analyzer):
    # "'내포 농부장터'" came out "'내 포 농부장터'": Kiwi read "내포" as "나" + "의" + "포", and the space-fixing step
    # took the "particle" for one glued to the next word
    from pipeline.format import finish_headline

    text = "홍성군, 내포신도시 홍예공원 옆 부지에서 '내포 농부장터' 개장식 개최"
    assert finish_headline(text, "", analyzer.kiwi) == text


@pytest.mark.parametrize("sentence, expected, broken", [
    # "해수욕객들, 지난여름까지 파라솔을 펴던 백사장에는 …자갈밭만 남아 있었음" (G=0, F=0): the bathers describe the beach
    ("지난여름까지 피서객들이 돗자리를 펴던 모래사장에는 폭 3m 남짓한 자갈밭만 남아 있었다.", "피서객들이 돗자리를 펴던", "피서객들, "),
    # "국립 남도대학교가 …동결하기로" (no headline comma: the decision was read as a means)
    ("국립 가온대학교가 내년 학부 등록금을 동결하기로 했다.", "국립 가온대학교, ", "가온대학교가"),
    # (a decision told as a clause of when keeps its subject's particle)
    ("가온시가 버스 정비를 민간에 맡기기로 하자 노조가 반발했다.", "가온시가 ", "가온시, "),
])
def test_subjects_of_a_place_clause_and_of_a_decision(analyzer, sentence, expected, broken):
    text = bullet(analyzer, sentence, 200)
    assert expected in text and broken not in text, text


def test_an_anonymized_persons_role_is_found_though_kiwi_splits_the_name(analyzer):
    # "정모 씨, 병원으로 옮겨졌지만 …숨짐" (S=0: who is 정모 씨?); Kiwi reads "정모" as "정" + "모"
    from pipeline.select import role_before_name

    sentence = only_sentence(analyzer, "최 씨는 신호를 기다리던 배달원 한모(29) 씨의 오토바이를 뒤에서 들이받은 혐의를 받는다.")
    assert role_before_name("한모", [sentence]) == "배달원"
    # ("전 상무 정모 씨": the role keeps "전", former)
    sentence = only_sentence(analyzer, "광주지법은 광주 모 새마을금고 전 상무 정모(54) 씨에게 징역 8년을 선고했다.")
    assert role_before_name("정모", [sentence]) == "전 상무"


def test_items_marked_in_one_line_with_phrases_of_their_own_stay_whole(analyzer):
    # (a cut of the examples before "등" starts inside the first item here: "노조, 인력 배치기준을 …1명으로 3가지 요구" lost
    # what was demanded)
    text = bullet(analyzer, "노조는 이날 ▲인력 배치기준을 입소자 2.1명당 1명으로 강화 ▲요양보호사 표준임금제 도입 ▲재가 요양보호사 "
                            "이동시간 임금 보전 등 3가지를 요구했다.", 40)
    assert "1명으로 강화·요양보호사 표준임금제 도입" in text and "1명으로 3가지" not in text, text
