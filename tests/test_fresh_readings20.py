"""Readings of this session. Articles and sentences written for these tests (not news copy)."""
import pytest

from pipeline.format import _unglue_words, glued_particle
from bullet_helpers import only_sentence


# --- spacing: a short term written as one word is not two words ------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # "시의장단" (the council's chair group) and "여성과총" (an acronym) look like noun + particle + noun; a space
    # would make them "the city's pros and cons" and "women and a gun"
    ("시의장단과 구청장들이 모여 비와함께 열릴 축제를 논의", "시의장단과 구청장들이 모여 비와 함께 열릴 축제를 논의"),
    ("여성과총은 새 상을 만들어 환자가방문했던 병원에서 시상", "여성과총은 새 상을 만들어 환자가 방문했던 병원에서 시상"),
])
def test_a_short_term_keeps_its_spelling_where_a_real_left_out_space_goes_in(analyzer, text, expected):
    assert _unglue_words(text, analyzer.kiwi) == expected


def test_a_bare_province_is_named_only_by_a_province(analyzer):
    from pipeline.format import name_bare_place
    # "내년도", "메달 수에서도" end in "도" and are no province
    assert name_bare_place("도, 내년도 예산안을 편성", ["내년도 예산안 편성", "메달 수에서도 앞서"]) == "도, 내년도 예산안을 편성"
    assert name_bare_place("도, 예산안을 편성", ["한빛시와 충남도는 예산안을 편성"]) == "충남도, 예산안을 편성"


def test_a_short_term_alone_asks_for_no_spacing(analyzer):
    assert not glued_particle(only_sentence(analyzer, "여성과총은 지난해 새 상을 만들었다.").morphs)
    assert glued_particle(only_sentence(analyzer, "여성과총은 지난해 환자가방문했던 병원에 상을 줬다.").morphs)


# --- compression that changed what a sentence says -------------------------------------------------------------

from bullet_helpers import bullet  # noqa: E402


def test_a_means_phrase_does_not_swallow_the_clause_before_it(analyzer):
    # "…접목되는 만큼 | 그간 쌓은 기술력을 앞세워": "-는 만큼" ends a clause of its own; the means phrase dropped
    # is "그간 쌓은 기술력을 앞세워" alone, so "A뿐 아니라" keeps what it adds to
    out = bullet(analyzer, "스마트폰뿐 아니라 가상현실 기기 등 다양한 제품에 AI가 접목되는 만큼 그간 쌓은 기술력을 앞세워 "
                           "AI 서비스 영역을 넓히겠다는 의지로 읽힌다.")
    assert "스마트폰뿐 아니라 가상현실 기기 등 다양한 제품에 AI가 접목되는 만큼" in out, out


@pytest.mark.parametrize("sentence, kept", [
    # a date with another after the comma that follows it is an item of a schedule: "…시작으로 4일 연속" would
    # say four days in a row
    ("한빛당 공천관리위원회는 지방선거에 출마할 기초단체장 후보 경선 결과를 5월 2일을 시작으로 3일, 4일 연속해서 발표했다.",
     "5월 2일을 시작으로 3일, 4일 연속해서 발표"),
    ("이날 동면과 서면을 시작으로 27일 남면, 28일 북면·중앙면, 29일 읍내 순으로 진행하는데 면마다 주민 설명회도 함께 연다.",
     "27일 남면, 28일 북면·중앙면, 29일 읍내"),
])
def test_a_date_of_a_schedule_stays_with_the_others(analyzer, sentence, kept):
    assert kept in bullet(analyzer, sentence, 40)


def test_a_lone_date_still_goes(analyzer):
    # (shortening drops a date that is no item of a schedule: a comma after its clause is no list)
    from bullet_helpers import analyse
    from pipeline.compress import Compressor
    doc = analyse(analyzer, "한빛시는 지난 3일 시청에서 새해 업무 보고회를 열고, 5일 현장 점검을 이어간다.")
    out = Compressor(analyzer.kiwi, 30)._render(list(doc.sentences[0].morphs), doc.article.body, 2)
    assert "3일" not in out and "보고회" in out, out


def test_who_held_an_event_stays_with_the_event(analyzer):
    # "가람시 등이 | 공동 개최한 '…'가 1위": without "공동 개최한" the city reads as the winner
    out = bullet(analyzer, "한빛일보와 가람리서치가 지난달 열린 50개 축제를 대상으로 실시한 조사 결과 가람시 등이 공동 개최한 "
                           "'가람 등불축제'가 종합 1위를 차지했다.")
    assert "가람시 등이 공동 개최한 '가람 등불축제'" in out, out


def test_an_act_stays_before_what_it_lets_others_do(analyzer):
    # "…연장해 | 시민들이 …즐길 수 있도록 한다": the purpose alone drops the act
    out = bullet(analyzer, "한빛구는 당초 오는 4일 오후 10시까지 하기로 한 벚꽃축제 교통 통제를 8일 오후 2시까지 연장해 "
                           "시민들이 꽃구경을 더 즐길 수 있도록 한다.")
    assert out.startswith("한빛구, ") and out.endswith("교통 통제를 8일 오후 2시까지 연장"), out


def test_whose_figure_it_is_stays_with_the_subject_carried_to_the_main_clause(analyzer):
    out = bullet(analyzer, "업종별 영업이익은 특히 화학 업종의 3분기 누적 영업이익이 전년 동기 대비 312.5% 증가하며 "
                           "12조 4500억 원을 기록했다.")
    assert out.startswith("화학 업종의 3분기 누적 영업이익"), out


def test_the_day_of_a_report_goes_with_its_attribution(analyzer):
    # "12일 도에 따르면 …제출했다" -> "도, …": "12일 도," would date the submission
    out = bullet(analyzer, "12일 도에 따르면 내년도 예산으로 5조1200억원 규모의 안을 편성해 도의회에 제출했다.")
    assert out.startswith("도, 내년도 예산으로"), out


def test_who_was_cut_off_is_not_who_holds_the_race(analyzer):
    # "…현 지사가 컷오프 됐고, …의원 간 경선을 진행한다": the race is the topic's; "가람지사 지사가 …" was garbled
    out = bullet(analyzer, "가람지사는 3선 도전에 나섰던 박철 현 지사가 컷오프 됐고, 재선인 김하나·이두리 의원과 최셋 전 의원 간 "
                           "'3인 경선'을 진행한다.")
    assert out.startswith("가람지사, ") and "지사 지사" not in out, out


@pytest.mark.parametrize("sentence, kept", [
    # the subject of a means or a cause ("…발생함으로써", "…늘었기 때문에") is not the headline's topic
    ("가동 이후 생산라인의 정상가동 시 200명 이상의 신규고용이 발생함으로써 지역 일자리 창출에도 큰 기여를 할 것으로 보인다.",
     "신규고용이 발생함으로써"),
    ("관광객이 크게 늘었기 때문에 상인들의 매출도 올랐다.", "관광객이 크게 늘었기 때문에"),
])
def test_the_subject_of_a_means_or_a_cause_keeps_its_particle(analyzer, sentence, kept):
    assert kept in bullet(analyzer, sentence)


@pytest.mark.parametrize("text, expected", [
    # "…개정안도 처리하면서": the "도" marks an object; "개정안, 처리하면서" leaves the verb with none
    ("가람법 일부개정안도 처리하면서 한글날도 공휴일로 지정", "가람법 일부개정안도 처리하면서 한글날도 공휴일로 지정"),
    ("수출도 최대 기록", "수출, 최대 기록"),
    ("관광객도 크게 늘어", "관광객, 크게 늘어"),
    ("조직위원회도 오는 20일 선포식을 갖기로 결정", "조직위원회, 오는 20일 선포식을 갖기로 결정"),  # "오는": a date's
])
def test_also_becomes_the_topic_comma_only_before_more_than_a_verb(analyzer, text, expected):
    from pipeline.format import _also_as_topic
    assert _also_as_topic(text, analyzer.kiwi) == expected


# --- a sentence that only attributes the finding before it ----------------------------------------------------

@pytest.mark.parametrize("sentence, only_attributes", [
    ("29일 한빛경찰서는 숨진 A씨의 사인을 밝히기 위해 부검을 실시한 결과 이같은 소견이 나왔다고 밝혔다.", True),
    ("시는 이러한 내용을 발표했다.", True),
    ("조사 결과 이 같은 내용이 확인됐다고 전했다.", True),
    # what is done on the finding is news of its own
    ("경찰은 이같은 소견에 따라 수사를 확대했다.", False),
    ("시는 이같은 결과를 토대로 내년 예산을 편성한다.", False),
])
def test_a_sentence_that_only_attributes_the_finding_before_it_says_so(analyzer, sentence, only_attributes):
    from pipeline.select import says_so
    assert says_so(only_sentence(analyzer, sentence)) is only_attributes


# --- more readings: what a deletion or a topic comma changed -----------------------------------------------------

def test_noon_is_part_of_its_date_and_a_parallel_time_keeps_it(analyzer):
    # "22일 정오께 …해상, 오후 6시께 …해상": dropping "22일" alone left "정오께" (read as today)
    out = bullet(analyzer, "기상청은 22일 정오께 한빛섬 남쪽 약 130㎞ 해상, 오후 6시께 가람시 남서쪽 약 170㎞ 해상에 있을 것으로 예보했다.")
    assert "22일 정오께 한빛섬" in out, out


def test_a_promise_made_while_defrauding_is_not_the_bullet(analyzer):
    # "A씨는 …“…갚겠다”고 말하며 …받아낸 뒤 가로챈 혐의를 받고 있다": the charge is the point, not the promise
    out = bullet(analyzer, "검찰에 따르면, A씨는 친척인 고소인에게 “집을 사는 데 필요한 돈을 빌려주면 반드시 갚겠다”고 말하며 "
                           "수억 원대 자금을 차용금 명목으로 받아낸 뒤 가로챈 혐의를 받고 있다.")
    assert out.endswith("가로챈 혐의를 받음"), out


def test_the_second_of_two_descriptions_stays(analyzer):
    out = bullet(analyzer, "300억 원대 사기 대출에 관여한 혐의를 받는 식품 프랜차이즈 기업 대표이사이자 한빛당 현역 국회의원의 아들인 "
                           "A 씨가 재판에 넘겨졌습니다.")
    assert "대표이사이자 한빛당 현역 국회의원의 아들인 A 씨" in out, out


@pytest.mark.parametrize("sentence, expected", [
    # the topic of a concession ("날씨는 추워도 …") is no headline topic ("날씨, 추워도" is broken)
    ("날씨는 추워도 축제를 즐기려는 발걸음이 계속 이어졌습니다.", "날씨는 추워도 축제를 즐기려는 발걸음 계속 이어짐"),
    ("한빛시는 예산이 줄어도 복지 사업을 계속한다.", "한빛시, 예산이 줄어도 복지 사업 계속"),  # (guard)
])
def test_a_concession_keeps_its_topic(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


def test_what_one_has_to_do_is_no_forecast(analyzer):
    out = bullet(analyzer, "사업 신청은 오는 8월 22일까지 시청 누리집에서 신청서를 내려받아 농업정책과에 제출하면 된다.")
    assert out.endswith("제출하면 됨"), out


def test_in_advance_stays(analyzer):
    out = bullet(analyzer, "또 다른 주민은 군수님이 마을에 오신다는 소식을 당일에야 알았는데 약속이 있어 군수님을 만나지 못했다면서 "
                           "군수님 일정을 미리 공지해줬으면 하는 아쉬움이 있다고 말했다.")
    assert "일정을 미리 공지" in out, out


def test_whose_figures_a_case_frame_names_stay(analyzer):
    # "손보사의 경우 …감소했으나 | …당기순이익이 늘었다": alone the main clause is anyone's profit
    out = bullet(analyzer, "생보사의 경우 운용자산이익률 하락과 일회성 이익에 따른 기저효과로 투자영업이익이 감소했으나 "
                           "손해율 개선으로 보험영업손실이 감소한 영향으로 당기순이익이 늘었다.")
    assert out.startswith("생보사, ") and out.endswith("당기순이익 늘어"), out


def test_a_ranking_keeps_its_first(analyzer):
    # "전남이 0.32% 상승해 가장 많이 올랐고 | 광주 0.19%, … 순": alone the ranking would lead with its second
    out = bullet(analyzer, "시도별 매매가격은 전남이 0.32% 상승해 가장 많이 올랐고 광주 0.19%, 서울 0.13%, 강원 0.11% 순으로 나타났다.")
    assert "전남" in out and "0.32%" in out, out


def test_a_link_to_a_series_other_part_is_not_body():
    from pipeline.parse import parse_article
    text = ("[산불 특집] ② 헬기로 산불을 끄는 조건\n\n전편: ① 더 위험한 산불이 온다\n\n"
            "산불 위험이 커지면서 진화 헬기의 중요성도 커지고 있다. 한빛도는 올해 헬기 두 대를 더 들였다.")
    article = parse_article(text, id="x")
    assert all("전편" not in p for p in article.paragraphs), article.paragraphs


@pytest.mark.parametrize("text", [
    # "X의 경우" opening a bullet stays: as a topic ("한빛학원, …벌금 부과") X reads as who imposed the fine, and before
    # a list ("백화점 식품을 제외한 …") as an owner it is not (read blind: both readers preferred the frame kept)
    "한빛학원의 경우 과징금과 과태료를 합쳐 총 9억원의 벌금 부과",
    "가람백화점의 경우 식품을 제외한 남성의류, 여성정장 등의 매출 감소 두드러짐",
])
def test_a_case_frame_opening_a_bullet_stays(analyzer, text):
    from pipeline.format import finish_headline
    assert finish_headline(text, "", analyzer.kiwi) == text


def test_the_actor_carried_from_the_sentence_before_may_end_in_a_number_and_act_in_progress(analyzer):
    # "이마트24는 …시작했다. 이와 함께 …상품을 판매하고 있다.": who sells is the name with its number
    from bullet_helpers import analyse
    from pipeline.select import continuing_actor
    doc = analyse(analyzer, "한빛마트24는 지난달 28일 데워먹는 먹거리 2종 출시와 함께 온장고 가동을 시작했다. "
                            "이와 함께 핫팩 4종, 방한용품 5종 등 동절기 상품을 판매하고 있다.")
    assert continuing_actor(doc, 1) == "한빛마트24"


def test_this_names_only_a_whole_phrase(analyzer):
    # "이번 개관 22주년 1부 기념식에서는": "개관" only modifies the head; naming it from the headline doubled the words
    from bullet_helpers import analyse
    from pipeline.select import this_stand_in
    doc = analyse(analyzer, "이번 개관 22주년 1부 기념식에서는 기념판을 만들었다.", title="한빛복지관, 22주년 개관 기념식 가져")
    assert this_stand_in(doc.sentences[0].morphs) is None
    doc = analyse(analyzer, "이번 기념식에는 200여 명이 참석했다.", title="한빛복지관, 22주년 개관 기념식 가져")
    assert this_stand_in(doc.sentences[0].morphs) == "이번 기념식"


def test_a_bare_verbal_noun_between_facts_takes_no_particle(analyzer):
    assert bullet(analyzer, "아파트 입주민 15명이 구조됐고, 40명이 자력 대피했다.") == "아파트 입주민 15명 구조, 40명 자력 대피"


@pytest.mark.parametrize("text, expected", [
    # a day before the topic goes after it
    ("26일 한빛검찰청, 논의를 거쳐 공소제기를 지시", "한빛검찰청, 26일 논의를 거쳐 공소제기를 지시"),
    ("지난 20일 오후 1시쯤 A 씨, 도로를 무단횡단 하려고 함", "A 씨, 지난 20일 오후 1시쯤 도로를 무단횡단 하려고 함"),
    ("2일 출범과 함께 개청한 한빛교육청, 업무를 시작", "2일 출범과 함께 개청한 한빛교육청, 업무를 시작"),  # (the day is its clause's)
])
def test_the_headline_finish_places_its_comma(analyzer, text, expected):
    from pipeline.format import finish_headline
    assert finish_headline(text, "", analyzer.kiwi) == expected


def test_the_agent_a_body_reports_is_found_behind_quotes_and_a_gloss(analyzer):
    # "한빛대는 …창업기업 '가람바이오(대표 …)'가 …개발해 …수출하는 데 성공했다고 밝혔다": the startup exported it; the
    # university only says so ("한빛대, …수출하는 데 성공" made the university the exporter)
    out = bullet(analyzer, "한빛대는 의과학대학원 김민수 교수의 교원 창업기업 '가람바이오(각자 대표 박철수·김민수)'가 난치성 뇌전증 "
                           "치료를 위한 'RNA 신약 후보'를 개발해 이탈리아 제약사 안젤리니 파마에 해당 기술을 수출하는 데 성공했다고 10일 밝혔다.")
    assert "'가람바이오'" in out and not out.startswith("한빛대, 이탈리아"), out


@pytest.mark.parametrize("text, expected", [
    # an office opening the bullet with "에서는" is who acts, when nothing else is the subject and the act has an object
    ("가람면에서는 복지팀에 비치되어 있던 모금함을 열어 복지재단에 25만원을 기탁", "가람면, 복지팀에 비치되어 있던 모금함을 열어 복지재단에 25만원을 기탁"),
    ("회의에서는 예산안이 논의됨", "회의에서는 예산안이 논의됨"),
    ("한빛시청에서는 시장이 직접 브리핑을 함", "한빛시청에서는 시장이 직접 브리핑을 함"),
])
def test_an_office_that_acts_is_the_topic(analyzer, text, expected):
    from pipeline.format import finish_headline
    assert finish_headline(text, "", analyzer.kiwi) == expected


@pytest.mark.parametrize("text, expected", [
    # small item marks inside a sentence are layout; items with no commas between are parted with them
    ("정부, 2030년까지 ▴시장 점유율 20%, ▴혁신기업 20개 양성을 위한 전략 마련", "정부, 2030년까지 시장 점유율 20%, 혁신기업 20개 양성을 위한 전략 마련"),
    ("한빛시, ▴창업 ▴교육 ▴복지 등 3개 분야 지원", "한빛시, 창업, 교육, 복지 등 3개 분야 지원"),
])
def test_small_item_marks_inside_a_bullet_go(text, expected):
    from pipeline.format import finish_headline
    assert finish_headline(text) == expected


def test_a_list_before_a_one_word_predicate_keeps_its_particle(analyzer):
    assert bullet(analyzer, "요금 인하와 지원금 확대 등이 대표적이다.") == "요금 인하와 지원금 확대 등이 대표적"


def test_no_comma_is_left_before_the_verb_alone(analyzer):
    # "합동감식이 2일 오전 진행된다": once the date goes, "합동감식, 진행" would read as a topic of its own
    out = bullet(analyzer, "화재 현장에서 인명을 구하려던 소방관 2명이 순직한 한빛시 공장에 대한 합동감식이 2일 오전 진행됐다.", 48)
    assert out.endswith("공장에 대한 합동감식 진행"), out
    # (told ahead, the date stays with the plan: "…합동감식, 2일 오전 진행 예정")
    out = bullet(analyzer, "화재 현장에서 인명을 구하려던 소방관 2명이 순직한 한빛시 공장에 대한 합동감식이 2일 오전 진행된다.", 48)
    assert out.endswith("합동감식, 2일 오전 진행 예정"), out
    assert bullet(analyzer, "한빛시는 2일 오전 시청에서 새해 업무 보고회를 열었다.", 20).startswith("한빛시, ")  # (guard)


def test_also_before_the_predicate_alone_takes_no_comma(analyzer):
    from pipeline.format import finish_headline
    assert finish_headline("시급한 민생법안들도 통과", "", analyzer.kiwi) == "시급한 민생법안들도 통과"
