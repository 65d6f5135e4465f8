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
