"""Readings of this session. Pages and sentences written for these tests (not news copy)."""
from bullet_helpers import bullet


# --- examples before a count Kiwi reads as one noun ("…등 대형마트 3사"), after a time that opens the sentence ---------

def test_examples_before_a_count_noun_go_after_an_opening_time(analyzer):
    out = bullet(analyzer, "지난해 가람마트와 한빛마트, 누리마트 등 대형마트 3사의 매출이 전체 유통업계에서 차지한 비중은 15.2%로 "
                           "편의점 3사의 비중 15.9%에 처음으로 뒤졌다.")
    assert out.startswith("지난해 대형마트 3사의 매출이 ") and "가람마트" not in out and "15.2%" in out and "15.9%" in out, out


def test_a_listed_topic_takes_the_headline_comma_once_its_examples_are_gone(analyzer):
    out = bullet(analyzer, "가람전자와 한빛전자, 누리전자 등 가전 3사는 앞으로 북미 지역에 연간 120만대 규모의 냉장고 생산 능력을 "
                           "추가로 갖출 계획이다.")
    assert out.startswith("가전 3사, 앞으로 북미 지역에") and out.endswith("갖출 계획"), out
    # (guards: a list that stays keeps its particle, the comma would read as one more item; and examples with no
    # count after them stay)
    out = bullet(analyzer, "가람전자와 한빛전자, 누리전자 등 가전 3사는 앞으로 북미 지역에 냉장고 공장을 지을 계획이다.")
    assert out.startswith("가람전자와 한빛전자, 누리전자 등 가전 3사는 "), out
    out = bullet(analyzer, "지난해 가람마트와 한빛마트, 누리마트 등 대형마트의 매출이 전체 유통업계에서 차지한 비중은 15.2%로 "
                           "편의점 비중 15.9%에 처음으로 뒤졌다.")
    assert "가람마트와 한빛마트, 누리마트 등 대형마트의 매출" in out, out
