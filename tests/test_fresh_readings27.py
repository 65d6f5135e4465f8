"""Readings of this session. Pages and sentences written for these tests (not news copy)."""
from bullet_helpers import bullet


# --- a planned act named by its verbal noun, as headlines write it ("…콘서트 개최 예정", not "…콘서트를 개최할
# --- 예정"); a native verb, a subject right before it or an adverb of manner keeps the verb ----------------------------

def test_a_planned_act_is_named_by_its_verbal_noun(analyzer):
    out = bullet(analyzer, "한빛문화재단은 오는 14일 누리아트홀에서 '한낮의 음악회'를 개최할 예정이다.")
    assert out.endswith("'한낮의 음악회' 개최 예정"), out
    out = bullet(analyzer, "한빛도는 내년 주민참여예산사업에 총 30억 원을 지원할 방침이다.")
    assert out.endswith("30억 원 지원 방침"), out
    out = bullet(analyzer, "한빛교육청은 올해 상반기 안에 통학로 안전 전수조사를 실시할 계획이다.")
    assert out.endswith("전수조사 실시 계획"), out


def test_a_scheduled_act_is_named_by_its_verbal_noun(analyzer):
    # "…개최한다" is rendered as a plan ("개최할 예정") first, then named by its noun
    out = bullet(analyzer, "한빛시는 오는 20일 시청 광장에서 시민 음악회를 개최한다.")
    assert out.endswith("시민 음악회 개최 예정"), out


def test_a_native_verb_a_subject_or_a_manner_keeps_the_verb(analyzer):
    # (guards: "열리다" has no verbal noun; "요금이 적용 계획" would lose its subject's verb; "신속히 지원 계획" its manner)
    assert bullet(analyzer, "누리축제는 18일 오전 한빛광장에서 열릴 예정이다.").endswith("열릴 예정")
    assert bullet(analyzer, "버스는 다음 달 첫차부터 인상된 요금이 적용될 계획이다.").endswith("요금이 적용될 계획")
    assert bullet(analyzer, "한빛구는 위기가구가 발견되면 신속히 지원할 계획이다.").endswith("신속히 지원할 계획")


# --- a description joined by "-인" to the name it describes goes with the "-적인" adjective before it ------------------

def test_a_description_with_its_adjective_goes_before_a_name(analyzer):
    out = bullet(analyzer, "한빛대학원대학교 재학생 2명이 세계적인 양대 학술지인 네이처와 사이언스에 각각 제1 저자로 "
                           "논문을 게재해 화제다.")
    assert "네이처와 사이언스에" in out and "세계적인" not in out and "학술지" not in out, out
    assert out.startswith("한빛대학원대학교 재학생 2명, "), out
