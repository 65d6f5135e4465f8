"""Readings of this session. Pages and sentences written for these tests (not news copy)."""
import pytest
from bullet_helpers import bullet


# --- where it happened goes when still too long, even when a gloss in brackets (dropped first) sat inside it; an
# --- event named after where it was held stays ----------------------------------------------------------------------

def test_a_venue_with_a_gloss_in_brackets_goes_when_too_long(analyzer):
    out = bullet(analyzer, "한빛 대표팀은 29일 오후 10시(한국시간) 가람국 누리시 한울 스타디움(HSS)에서 가람국과 "
                           "'2030 세계축구대회' 아시아지역 최종예선 10차전을 치른다.")
    assert "스타디움" not in out and "가람국과" in out and "10차전" in out, out
    assert len(out) <= 60, out


def test_the_event_held_at_a_venue_stays_with_its_result(analyzer):
    out = bullet(analyzer, "홍길동 연구원은 7일 가람국 누리주 한울시 국제컨벤션센터에서 열린 세계발명박람회에서 최우수상을 받았다.", max_chars=40)
    assert "세계발명박람회에서" in out and "컨벤션센터" not in out, out


def test_the_event_held_at_a_glossed_venue_stays_with_its_result(analyzer):
    out = bullet(analyzer, "김하늘은 7일(한국시간) 가람국 누리주 한울시의 바다 골프클럽(파72·6천500야드)에서 열린 "
                           "LPGA 투어 한울 클래식(총상금 200만 달러)에서 최종합계 12언더파 204타로 우승을 차지했다.")
    assert "한울 클래식에서" in out and "골프클럽" not in out and "12언더파" in out, out


def test_a_venue_that_is_all_before_the_verb_stays(analyzer):
    # (guard: with nothing else before the predicate the place is what the sentence says)
    out = bullet(analyzer, "한빛시는 오는 20일 오후 2시 시청 대회의실(3층)에서 열리는 시민 공청회를 앞두고 안건 자료를 공개했다.")
    assert out.startswith("한빛시, "), out


# --- "…남성이 입국한 사실을 확인하고 체포했다": the man is the subject of the clause "사실" names, not of the arrest; a
# --- sentence opening on "이후" with no subject of its own takes the actor of the sentence before ----------------------

def test_a_subject_inside_a_clause_named_by_a_fact_noun_is_not_the_sentences(analyzer):
    from bullet_helpers import analyse
    from pipeline.select import has_subject
    doc = analyse(analyzer, "이후 총책을 맡았던 50대 남성이 국내에 들어온 사실을 확인하고 지난 3일 체포했다.")
    assert not has_subject(doc.sentences[0].morphs)
    # (guard: the sentence's own subject before it still counts)
    doc = analyse(analyzer, "경찰이 총책을 맡았던 50대 남성이 국내에 들어온 사실을 확인했다.")
    assert has_subject(doc.sentences[0].morphs)


def test_a_sentence_after_then_takes_the_actor_before_it(analyzer):
    from bullet_helpers import analyse
    from pipeline.select import JUST_AFTER_REASON, continuing_actor, sentence_dangles
    doc = analyse(analyzer, "한빛경찰서는 지난해 8월 범죄 첩보를 입수해 수사에 착수했다. "
                            "이후 총책을 맡았던 50대 남성이 국내에 들어온 사실을 확인하고 지난 3일 체포했다.")
    assert sentence_dangles(doc.sentences[1]) == JUST_AFTER_REASON
    assert continuing_actor(doc, 1) == "한빛경찰서"


# --- what a dropped day took with it: not a state ("이날 건강한 상태로"), not a relative clause with its own subject
# --- ("한빛시가 4일 공개한 영상"); "as of" a date ("7월 현재") stays with the date, and goes with it --------------------

def test_a_state_after_the_day_word_stays(analyzer):
    for max_chars in (60, 20):
        out = bullet(analyzer, "환자는 수술 후 안정적인 회복 경과를 보이며 이날 건강한 상태로 퇴원했다.", max_chars=max_chars)
        assert "건강한 상태로 퇴원" in out and "이날" not in out, out


def test_a_relative_clause_with_its_own_subject_keeps_its_verb_when_the_date_goes(analyzer):
    out = bullet(analyzer, "경찰은 한빛시가 4일 공개한 영상을 분석해 용의자를 쫓고 있다.", max_chars=30)
    assert "한빛시가 공개한 영상" in out, out


def test_a_release_named_as_trends_is_a_source_document(analyzer):
    out = bullet(analyzer, "통계청이 4일 발표한 '3월 소비자물가 동향'을 보면 지난달 소비자물가지수는 1년 전보다 2.2% 상승했다.")
    assert out.startswith("지난달 소비자물가지수, ") and "2.2% 상승" in out, out


@pytest.mark.parametrize("sentence, kept", [
    ("사용승인 건수는 7월 현재 398건으로 집계됐다.", "7월 현재 398건"),
    ("사용승인 건수는 지난달 말 현재 398건으로 집계됐다.", "지난달 말 현재 398건"),
    ("현재 추세대로 온실가스가 배출되면 한빛시의 63%가 고위험 지역이 된다.", "현재 추세대로"),
])
def test_as_of_a_date_stays(analyzer, sentence, kept):
    assert kept in bullet(analyzer, sentence, max_chars=20)


def test_as_of_goes_with_its_date(analyzer):
    out = bullet(analyzer, "1일 오전 9시 현재 태풍 한빛은 가람시 남쪽 약 260km 해상에서 시속 22km로 북진하고 있다.", max_chars=40)
    assert out.startswith("태풍 한빛, "), out


def test_a_year_cut_to_two_digits_after_a_closing_mark_is_no_quotation():
    from pipeline.clean import normalize_text
    assert normalize_text("보장률은 높아졌다(’16년 63.4% → ’17년 65.6%).") == "보장률은 높아졌다(ʼ16년 63.4% → ʼ17년 65.6%)."
    assert normalize_text("’24년 기준 매출") == "ʼ24년 기준 매출"
    assert normalize_text("그는 ‘올해의 책’24년 판을 냈다") == "그는 ‘올해의 책’24년 판을 냈다"  # (a closing mark after a word)


def test_a_clause_whose_subject_is_followed_by_also_borrows_no_topic(analyzer):
    out = bullet(analyzer, "김 교수는 그간 쌓아 온 국제 교류를 바탕으로 가람대 연구진과 꾸준한 협력을 이어왔으며, "
                           "이번 성과 역시 이러한 협력의 연장선에서 나왔다.")
    assert "김 교수, 이번 성과" not in out, out  # (two subjects stacked)
