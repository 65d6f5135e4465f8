"""Readings from fresh news read this session (setAT–setAV and the 296 pages before them): what a long bullet can
lose and still say the news. Sentences written for these tests (not news copy)."""
import pytest

from bullet_helpers import bullet


@pytest.mark.parametrize("sentence, kept, gone", [
    # a concessive circumstance: the record is the news, the hard times around it are not
    ("세계 경기 둔화와 원자재 가격 급등, 환율 불안 등 안팎의 어려운 여건 속에서도 한빛시의 지난해 수출이 역대 최대인 "
     "125억달러를 기록했다.", "한빛시의 지난해 수출", "여건 속에서도"),
    # "…하는 가운데": what went on meanwhile, with its own subject; the rest has its own
    ("한빛군 야산에서 난 산불이 사흘째 번지는 가운데 한빛군과 이웃 두 개 군에서 집을 떠나 대피한 주민이 1만2천여명에 "
     "이르렀다.", "대피한 주민", "가운데"),
    # after the topic: who acts stays, the scene goes
    ("김하나 한빛시장은 시민 수백 명이 지켜보는 가운데 지난 시정의 사업 12건을 모두 중단하는 내용의 시정 방침 문서에 "
     "서명했다.", "김하나 한빛시장", "가운데"),
    ("한빛전자는 반도체 경기 침체에도 불구하고 올해 3분기 영업이익이 지난해 같은 기간보다 두 배 넘게 늘어난 2조 "
     "3천억원을 기록했다고 밝혔다.", "한빛전자", "불구하고"),
])
def test_a_long_bullet_drops_the_circumstance_around_its_fact(analyzer, sentence, kept, gone):
    out = bullet(analyzer, sentence, max_chars=60)
    assert kept in out and gone not in out, out
    assert len(out) <= 60, out


@pytest.mark.parametrize("sentence, kept", [
    # the rest points back at the circumstance: "이 흐름" is the growth
    ("한빛반도체는 서버용 메모리 수요가 올해 큰 폭으로 늘어난 가운데 내년에도 이 흐름이 한동안 이어질 것으로 내다봤다고 "
     "밝혔다.", "가운데"),
    # a named actor's act around the fact may be whose the claim is ("…발사를 감행한 가운데 … 성공을 주장")
    ("한빛국이 지난 21일 밤 정찰위성 세 번째 발사를 감행한 가운데 위성이 예정된 궤도에 들어섰다며 발사 성공을 거듭 "
     "주장했다.", "한빛국"),
    # fits as it is: nothing is dropped
    ("물가가 오르는 가운데 한빛마트 매출이 늘었다.", "가운데"),
])
def test_a_circumstance_stays_where_the_rest_needs_it(analyzer, sentence, kept):
    out = bullet(analyzer, sentence, max_chars=60)
    assert kept in out, out


@pytest.mark.parametrize("sentence, court, gone", [
    ("서울남부지방법원 형사12단독 김하나 판사는 음주운전 등 혐의로 재판에 넘겨진 40대 박씨에게 징역 2년6개월을 "
     "선고했다.", "서울남부지방법원, ", "김하나"),
    ("한빛지법 서부지원 형사3단독 이두리 판사는 하청 노동자 사망 사고와 관련해 원청업체 대표 A씨에게 징역 1년에 "
     "집행유예 2년을 선고했다.", "한빛지법 서부지원, ", "형사3단독"),
    # a bench with its presiding judge in brackets: the bench goes, the court keeps the particle's place
    ("한빛고법 형사2부(재판장 박세나 부장판사)는 선거법 위반과 명예훼손 혐의로 기소된 A 기자에게 원심과 같은 징역 1년에 "
     "집행유예 2년을 선고했다.", "한빛고법, ", "형사2부"),
])
def test_a_long_rulings_bullet_names_the_court_not_its_bench(analyzer, sentence, court, gone):
    out = bullet(analyzer, sentence, max_chars=60)
    assert out.startswith(court) and gone not in out, out
    assert "선고" in out


def test_a_short_rulings_bullet_keeps_its_bench(analyzer):
    out = bullet(analyzer, "한빛지법 형사1부는 김씨에게 징역 3년을 선고했다.", max_chars=60)
    assert out.startswith("한빛지법 형사1부"), out
