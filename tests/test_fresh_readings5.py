"""Readings from fresh news read this session (setAT–setAY, 120 pages read blind): who did what stays said when a
bullet is cut down. Sentences written for these tests (not news copy)."""
import pytest

from bullet_helpers import bullet


def test_places_named_together_stay(analyzer):
    # "A와 B에서": which shops sold it is the story's fact, not a venue; a long bullet had dropped both names
    out = bullet(analyzer, "해외 쇼핑몰 한빛마켓과 두리몰에서 평균 3천원대에 팔리는 어린이용 학용품과 장난감에서 기준치를 "
                           "크게 넘는 중금속이 나왔다.", max_chars=60)
    assert "한빛마켓과 두리몰에서" in out, out


def test_a_venue_still_goes_from_a_long_bullet(analyzer):
    # one place, no names listed with it: where it was held goes as before
    out = bullet(analyzer, "한빛시는 시청 대회의실에서 시민과 전문가, 공무원 등 200여명이 참석한 가운데 내년도 교통 정책 "
                           "방향을 논의하는 토론회를 열고 버스 노선 12개를 새로 만들기로 했다.", max_chars=60)
    assert "대회의실" not in out, out


@pytest.mark.parametrize("sentence, opening, kept", [
    # the team's clause leads to the main one, whose subject ("진출이") no name owns: the team stays as whose it is
    ("김하나 감독이 이끄는 U-20 여자축구대표팀이 박세나 감독이 이끄는 한빛국과의 준결승에서 연장까지 가는 접전 끝에 "
     "아쉬운 패배를 당하며 사상 첫 결승 진출이 무산됐다.", "U-20 여자축구대표팀, ", "결승 진출"),
    # a firm's act with a topic of the main clause's own ("신규회원은"): the firm is who announced it
    ("두리쇼핑은 지난달 유료 회원제 개편안을 내놓으며 신규회원은 이달부터, 기존 회원은 9월부터 월회비를 올린다고 "
     "알렸다.", "두리쇼핑, ", "신규회원"),
])
def test_the_named_subject_of_a_dropped_clause_says_whose_the_news_is(analyzer, sentence, opening, kept):
    out = bullet(analyzer, sentence, max_chars=60)
    assert out.startswith(opening) and kept in out, out


def test_an_unnamed_subject_is_not_carried(analyzer):
    # "경찰이": no name, and not whose the escape is; the main clause is not given to it
    out = bullet(analyzer, "경찰이 신고를 받고 10분 만에 현장에 출동하며 인근 도로를 모두 막았지만 용의자의 차량은 이미 "
                           "고속도로로 빠져나간 뒤였다.", max_chars=40)
    assert not out.startswith("경찰,"), out


def test_who_acts_in_a_regulators_account_is_the_firm(analyzer):
    # "…인식하고 있었음에도": "-고 있다" is one clause, not a step of its own; the firm did all of it and the
    # regulator only explains it (the bullet had read "규제위, …후기를 달게 함")
    out = bullet(analyzer, "한빛거래위원회는 두리마트가 이런 행위가 위법이라는 점을 알고 있었음에도 직원용 안내문을 만들고 "
                           "꾸준히 자사 상품에 좋은 후기를 쓰게 했다고 설명했다.", max_chars=40)
    assert out.startswith("두리마트") and "후기" in out, out


@pytest.mark.parametrize("sentence, kept", [
    # an outlet reports a deed with no subject of its own: without its frame the outlet did it
    ("한빛중앙통신은 25일 새벽 무인 탐사선을 다시 쏘아 올렸지만 궤도 진입에 실패했다고 보도했다.", "보도"),
    ("두리일보는 지난주 시의회가 내년 예산안을 두 차례 부결했다며 시장이 재의를 요구했다고 전했다.", "전"),
])
def test_an_outlets_report_keeps_its_frame(analyzer, sentence, kept):
    out = bullet(analyzer, sentence, max_chars=60)
    assert out.endswith(kept) or kept + "함" in out or "다고 " + kept in out, out


def test_a_firms_own_report_loses_its_frame(analyzer):
    # not an outlet: the firm did what it says it did, and the frame goes as before
    out = bullet(analyzer, "한빛전자는 올해 새 공장 두 곳을 지어 생산량을 두 배로 늘렸다고 밝혔다.", max_chars=60)
    assert "밝" not in out, out
