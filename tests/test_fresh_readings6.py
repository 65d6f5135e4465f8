"""Readings from fresh news read this session (setBC–setBH): who acts, what is content, and how a contrast reads
once a bullet is cut down. Sentences written for these tests (not news copy)."""
import pytest

from bullet_helpers import analyse, bullet, only_sentence


def test_a_speaker_who_acts_as_they_speak_keeps_the_main_clause(analyzer):
    # "A는 “…”고 언급하며 …예고했다": "-며" goes on with A, so the long quotation goes and A's act stays
    out = bullet(analyzer, "김하나 전 대표는 전날 한빛시 추모공원을 찾은 뒤 기자들과 만나 \"동료들과 좀 더 이야기할 것이 있지만, "
                           "제 생각으로는 이번 주말쯤에는 제가 직접 말씀을 드리는 게 맞지 않겠나 싶다\"고 언급하며 "
                           "이번 주 안에 새 당 창당을 예고한 바 있다.", max_chars=60)
    assert out.startswith("김하나 전 대표, ") and "창당" in out and "\"" not in out, out


def test_a_speaker_before_background_does_not_own_the_reporters_clause(analyzer):
    # "…라고 설명했는데," then the reporter's own statement: the speaker is not given the main clause
    out = bullet(analyzer, "한빛시 관계자는 \"공사는 예정대로 끝날 것\"이라고 설명했는데, 현장에서는 벌써 두 달째 작업이 "
                           "멈춰 있어 주민들의 걱정이 크다.", max_chars=40)
    assert not out.startswith("한빛시 관계자, 현장"), out


@pytest.mark.parametrize("sentence, kept", [
    # a gapped contrast whose second topic is described by a relative clause ("…로 통했던 두리구는")
    ("이번 주 한빛시 아파트값은 9개월 만에, ‘투자 1번지’로 통했던 두리구는 1년 2개월 만에 올랐다.",
     "아파트값은 9개월 만에"),
    # the same without a description, as before
    ("이번 주 한빛시 아파트값은 9개월 만에, 두리구는 1년 2개월 만에 올랐다.", "아파트값은 9개월 만에"),
])
def test_a_gapped_contrast_keeps_both_topics(analyzer, sentence, kept):
    out = bullet(analyzer, sentence, max_chars=60)
    assert kept in out, out


def test_a_topic_followed_by_a_relative_clause_on_the_object_gets_its_comma(analyzer):
    # no second topic after the comma: the relative clause describes the object, the topic is the headline's
    out = bullet(analyzer, "한빛전자는 지난달, 새로 문을 연 공장에서 만든 첫 제품을 해외로 수출했다.", max_chars=60)
    assert out.startswith("한빛전자, "), out
