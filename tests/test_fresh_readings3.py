"""Readings from fresh news read this session: deletions that a long sentence needs must not leave half a date
("자 '…차트'", "점심 경의선") or take a count of days for one ("일주일에 6일"), and a day word inside a relative
clause with its own subject does not take the clause's verb and subject with it ("북한이 어제 발사한 ICBM").
Sentences written for these tests (not news copy)."""
import pytest

from bullet_helpers import analyse, bullet, only_sentence


@pytest.mark.parametrize("sentence, kept, gone", [
    # "8월3일 자 '…차트'": the date "as of" goes whole or not at all ("자 '한빛차트'" said nothing)
    ("가수 한별의 정규 2집 '바다(Sea)'가 8월3일 자 '한빛차트 100'에서 17위를 차지했다.", None, ", 자 '"),
    # a meal before a clock time is part of the time ("점심 경부선 일대" read as the meal)
    ("한빛군은 이날 점심 12시쯤 경부선 일대 선로 점검을 목적으로 전동차 운행을 모두 멈췄다.", None, "점심"),
    ("소방당국은 저녁 7시 30분께 한빛시장 일대 상가 점검을 목적으로 출입을 모두 통제했다.", None, "저녁"),
    # so many days a week is how often, not when
    ("평균 일주일에 6일, 매일 5시간 넘게 빈 병을 모아서 버는 돈은 한 달에 12만 원에 불과하다.", "6일", None),
])
def test_a_long_sentences_dates_go_whole_or_not_at_all(analyzer, sentence, kept, gone):
    out = bullet(analyzer, sentence, max_chars=40)
    assert kept is None or kept in out, out
    assert gone is None or gone not in out, out


@pytest.mark.parametrize("sentence, subject", [
    ("일본이 어제 발사한 정찰위성 H-9가 기존 모델이 아닌, 새로운 고해상도 위성이라고 밝혔다.", "일본이"),
    # a reported clause: who launched it is who speaks ("…IRBM이 …라고 밝혀" had said it with no speaker)
    ("북한이 어제 발사한 중거리 미사일 IRBM이 기존 북극성형이 아닌, 새로운 화성-21형이라고 밝혔습니다.", "북한"),
])
@pytest.mark.parametrize("max_chars", [40, 50])
def test_a_day_word_after_a_relative_clauses_subject_keeps_that_subject(analyzer, sentence, subject, max_chars):
    # "…이 어제 발사한 X": the day word goes alone; the launch and who made it stay
    out = bullet(analyzer, sentence, max_chars=max_chars)
    assert out.startswith(subject) and "발사한" in out, out


def test_line_break_tags_stripped_of_their_brackets_break_lines():
    from pipeline.clean import normalize_text
    from pipeline.parse import parse_article

    # "…했습니다. br br 불안한 …": the page's <br> tags lost their brackets; "br br" had opened three bullets
    assert normalize_text("ppbr br [앵커]br한빛시가 문을 엽니다.br br저는 김하나입니다. brbr21일 첫날") \
        == "\n[앵커]\n한빛시가 문을 엽니다.\n저는 김하나입니다.\n21일 첫날"
    article = parse_article("한빛시 축제 개막\nbr br 한빛시가 축제를 열었습니다. br br 관람객 3만 명이 몰렸습니다.", id="t")
    assert " ".join(article.paragraphs).endswith("한빛시가 축제를 열었습니다. 관람객 3만 명이 몰렸습니다.")
    assert not any("br" in p for p in article.paragraphs)
    # one "br" may be a word, and letters around it make another word
    assert normalize_text("브랜드 br 하나만") == "브랜드 br 하나만"
    assert normalize_text("Abr cbr 표기") == "Abr cbr 표기"


@pytest.mark.parametrize("sentence", [
    "[목격자 : 쾅 소리가 난 뒤에도 버스가 멈추지 않고 계속 달렸어요.]",
    "[현장 목격자 : (가게에서) 나오는데 한 아저씨가 피를 흘리고 서 계셨어요.]",
    "[경찰 관계자/음성변조 : 압수수색을 했고, 혐의를 밝히려고 수사하고 있습니다.]",
])
def test_a_bracketed_sound_bite_labelled_with_its_speaker_is_no_content(analyzer, sentence):
    from pipeline.select import non_content_reason

    doc = analyse(analyzer, sentence)
    assert "sound bite" in (non_content_reason(doc.sentences[0]) or ""), doc.sentences[0].text


@pytest.mark.parametrize("sentence, footage", [
    # the honorific "-시-" of "보시면" is no past tense: the scene it points at is what the pictures show
    ("보시면, 파란 모자를 쓴 남성이 망치를 들고 골목을 서성입니다.", True),
    ("파란 모자를 쓴 남성이 망치를 들고 골목을 서성입니다.", True),
    ("보시면 한빛시는 올해 예산을 3조 원으로 늘렸습니다.", False),  # a report: past tense, a figure
    ("한빛시는 내일부터 버스 요금을 올립니다.", False),
])
def test_a_viewing_cue_points_at_the_pictures(analyzer, sentence, footage):
    from pipeline.analysis import to_morphs
    from pipeline.select import describes_footage

    assert describes_footage(to_morphs(analyzer.kiwi.tokenize(sentence))) is footage


def test_an_anchors_segment_with_a_reporter_is_a_hand_off(analyzer):
    from pipeline.select import non_content_reason

    assert "hand-off" in non_content_reason(only_sentence(analyzer, "오늘은 경제부 김하나 기자와 함께 관련 소식을 짚어보겠습니다."))
    assert non_content_reason(only_sentence(analyzer, "시장은 기자들과 함께 현장을 살펴보겠다고 말했습니다.")) is None


def test_a_time_word_that_is_the_subject_sets_no_schedule(analyzer):
    # "이번이 처음이 아니라고도 털어놓습니다": "이번" is what the clause is about, so the present is no plan
    out = bullet(analyzer, "운전자는 이번이 처음이 아니라고도 털어놓습니다.")
    assert "예정" not in out and out.endswith("털어놓음"), out
    assert bullet(analyzer, "한빛시의회는 다음 주 임시회를 엽니다.").endswith("열 예정")


@pytest.mark.parametrize("sentence, expected_end", [
    # what was measured is a finding ("…높은 전망" had made May's readings a forecast)
    ("연구소가 지난달 조사한 결과 수온이 평년보다 2도 높은 것으로 관측됐다.", "높은 것으로 관측"),
    ("올해 수출은 7천억 달러를 넘어설 것으로 예상된다.", "넘어설 전망"),
])
def test_a_measured_state_is_no_forecast(analyzer, sentence, expected_end):
    assert bullet(analyzer, sentence).endswith(expected_end)


@pytest.mark.parametrize("sentence, footage", [
    ("골목에는 놀란 주민들이 서 있는데 남성이 다가가자 뒷걸음질 치는 모습을 확인할 수 있습니다.", True),
    ("확보한 다른 영상에는 남성이 가게를 나와 거리를 걷는 모습도 담겼습니다.", True),
    ("시민들은 달라진 시장의 모습을 볼 수 있을 것으로 기대했다.", False),  # what someone expects to see
    ("한빛시는 옛 모습을 되찾았습니다.", False),
])
def test_a_sight_the_pictures_hold_is_footage(analyzer, sentence, footage):
    from pipeline.analysis import to_morphs
    from pipeline.select import describes_footage

    assert describes_footage(to_morphs(analyzer.kiwi.tokenize(sentence))) is footage
