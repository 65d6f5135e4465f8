"""Readings of this session (written for these tests, not news copy): a bullet that opens on an institution by its
last word alone ("연구원,", "병원,") names it as the article does in full, when the article names exactly one such
institution and not only a kind of one."""
import pytest

from bullet_helpers import summarize_page


@pytest.mark.parametrize("text, context, expected", [
    # a name Kiwi knows as a proper name with the bare word last
    ("연구원, 2030년에는 간병 인력 5만명이 부족할 것으로 내다봄",
     ["보건복지부와 한국간병정책연구원은 12일 간병 인력 수급 전망을 내놓았다."],
     "한국간병정책연구원, 2030년에는 간병 인력 5만명이 부족할 것으로 내다봄"),
    # one Kiwi reads as one word
    ("병원, 이르면 다음 주부터 외래 진료를 재개할 계획", ["누리대병원은 지난 3일 전산망이 멈췄다."],
     "누리대병원, 이르면 다음 주부터 외래 진료를 재개할 계획"),
    # a place's name and the office: three words
    ("사무소는 해당 구간을 전면 폐쇄", ["설악산국립공원사무소는 낙석 위험 구간을 조사했다."],
     "설악산국립공원사무소, 해당 구간을 전면 폐쇄"),
])
def test_a_bare_institution_is_named_in_full(analyzer, text, context, expected):
    from pipeline.format import name_bare_place

    assert name_bare_place(text, context, analyzer.kiwi) == expected


@pytest.mark.parametrize("text, context", [
    # a kind of hospital the article mentions is not the one the bullet speaks of
    ("병원, 이르면 다음 주부터 외래 진료를 재개할 계획", ["환자들은 인근 요양병원으로 옮겨졌다."]),
    # a researcher's rank is no institute
    ("연구원, 2030년에는 간병 인력 5만명이 부족할 것으로 내다봄", ["김도현 책임연구원은 공급이 줄고 있다고 말했다."]),
    # two institutions named: which one is meant is not for the finish to guess
    ("병원, 외래 진료를 재개할 계획", ["누리대병원과 한결대병원은 지난 3일 전산망이 멈췄다."]),
    # a word that only ends like one ("공사": construction)
    ("공사, 내년 3월 끝날 예정", ["한빛도시개발공사는 공사를 맡았다."]),
])
def test_a_bare_institution_stays_bare_where_the_name_is_unsure(analyzer, text, context):
    from pipeline.format import name_bare_place

    assert name_bare_place(text, context, analyzer.kiwi) == text


OUTLOOK = """요양보호사 5년 새 12% 줄어…"2030년 5만명 부족"

현장에서 일하는 요양보호사가 5년 새 12% 줄어든 것으로 나타났다.

보건복지부와 한국간병정책연구원이 12일 발표한 '장기요양 인력 실태조사'에 따르면 지난해 현장 요양보호사는 약 54만명으로 2019년보다 12% 감소했다.

같은 기간 장기요양 수급자는 31% 늘었다.

연구원은 고령화 속도를 감안하면 2030년에는 요양보호사가 약 5만명 부족할 것으로 내다봤다.

현장 인력의 평균 연령은 61세로 조사됐다.
"""


def test_the_institutes_outlook_names_the_institute(analyzer):
    _, summary = summarize_page(analyzer, OUTLOOK)
    outlook = [b for b in summary.bullets if "부족할" in b]
    assert outlook and outlook[0].startswith("한국간병정책연구원, "), summary.bullets
