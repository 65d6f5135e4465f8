"""Readings of this session. Pages and sentences written for these tests (not news copy)."""
from bullet_helpers import bullet


# --- "이같은 내용의 …" points at what the sentences before told: a bullet names the document without it -----------------

def test_a_pointer_to_the_content_told_before_goes(analyzer):
    assert bullet(analyzer, "한빛부는 17일 오후 이같은 내용의 ‘지역 돌봄 시범사업 추진 방안’을 공개했다.") \
        == "한빛부, 17일 오후 ‘지역 돌봄 시범사업 추진 방안’ 공개"
    assert bullet(analyzer, "가람교육청은 19일 이러한 내용의 '2026 가람교육 주요 계획'을 발표했다.") \
        == "가람교육청, 19일 '2026 가람교육 주요 계획' 발표"
    out = bullet(analyzer, "한빛시장은 신년 기자회견을 열고 이같은 내용을 담은 2026 시정 주요업무를 발표했다.")
    assert out == "한빛시장, 신년 기자회견을 열고 2026 시정 주요업무 발표", out
    out = bullet(analyzer, "한빛부는 이 같은 내용이 담긴 통지문을 가람시청에 보냈다.")
    assert "같은" not in out and "통지문" in out, out
    out = bullet(analyzer, "위원회는 이런 내용으로 ‘공공시설 이용 안내 지침’을 개정해 1일부터 시행한다.")
    assert out.startswith("위원회, ‘공공시설 이용 안내 지침’") and "이런" not in out, out


def test_a_pointer_to_something_else_stays(analyzer):
    # (guards: what happened before, not a document's content, stays pointed at; a bare pointer before a release stays
    # too, so that the sentence does not pass for news of its own)
    assert "이같은 사고" in bullet(analyzer, "한빛경찰서는 이같은 사고를 막기 위해 단속을 강화했다.")
    assert "이와 같은" in bullet(analyzer, "한빛부는 2일 제도 시행 2주년을 맞아 이와 같은 주요 성과를 발표했다.")


# --- an act an auxiliary completes, told in the present, is ahead when a day is named ("…떼 낸다") -------------------

def test_an_auxiliary_act_in_the_present_with_a_day_is_ahead(analyzer):
    out = bullet(analyzer, "한빛전자는 다음 달 가전 부문을 자회사로 떼 낸다.")
    assert out.endswith("떼 낼 예정"), out
    # (guard: done, it stays done)
    assert bullet(analyzer, "한빛전자는 지난달 가전 부문을 자회사로 떼 냈다.").endswith("떼 냄")
