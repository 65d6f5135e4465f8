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
