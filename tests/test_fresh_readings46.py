"""Readings of this session (sentences written for these tests, not news copy): a length of time back ("2년 전") is
the date's; the subject of a clause describing what the copula names is no topic, and such a sentence leans on the one
before; who answers inside a survey's report keeps the verb; two object-and-place pairs keep their comma; "다 쓴" keeps
its "다"; whose explanation, example, aim or list it is comes from the sentence before; "이곳" read as "이" + "곳"."""
import pytest

from bullet_helpers import bullet, only_sentence


@pytest.mark.parametrize("sentence, date, topic", [
    ("3년 전 매출은 1,200억원이었다.", "3년 전", "매출, "),
    ("2년 전 평균 월세는 48만원이었다.", "2년 전", "평균 월세, "),
    ("2년 전 신입 사원의 평균 월세는 48만원이었다.", "2년 전", "2년 전 신입 사원의 평균 월세, "),
])
def test_a_length_of_time_back_is_the_dates_not_the_topics(analyzer, sentence, date, topic):
    # "2년 전 평균 월세는 54만원이었다" had become "전 평균 월세, 2년 54만원" (read blind: F=0)
    text = bullet(analyzer, sentence)
    assert date in text and text.startswith(topic), text


def test_the_subject_of_a_clause_describing_the_copulas_noun_is_no_topic(analyzer):
    # "수원시, …시작한 ‘심야 개방’ 사업의 하나" said the city was one of the projects (read blind: F=0)
    text = bullet(analyzer, "한빛시가 구립 체육관 15곳 가운데 6곳을 골라 시작한 ‘새벽 개방’ 사업의 하나다.")
    assert text.startswith("한빛시가 "), text


@pytest.mark.parametrize("sentence", [
    "한빛시가 구립 체육관 15곳 가운데 6곳을 골라 시작한 ‘새벽 개방’ 사업의 하나다.",
    "가람군이 올해 처음 추진하는 농촌 빈집 정비 정책의 일환이다.",
])
def test_what_a_sentence_is_one_of_leans_on_the_sentence_before(analyzer, sentence):
    from pipeline.select import sentence_dangles

    assert "no subject" in (sentence_dangles(only_sentence(analyzer, sentence)) or "")


def test_who_answers_inside_a_surveys_report_keeps_the_verb(analyzer):
    # "…응답자의 41.3%가 “…불확실하다”" ended on the quotation with its subject's particle left hanging
    text = bullet(analyzer, "한빛리서치는 지난달 직장인 900명을 대상으로 설문조사를 한 결과 응답자의 37.2%가 “출퇴근 시간이 "
                            "가장 힘들다”고 답했다고 5일 밝혔다.", 200)
    assert text.endswith("답함"), text


def test_a_speaker_who_is_the_topic_still_loses_the_verb_of_saying(analyzer):
    assert bullet(analyzer, "김민호 한빛시장은 기자회견에서 “예산을 아끼겠다”고 말했다.", 200).endswith("아끼겠다”")


def test_two_object_and_place_pairs_keep_their_comma(analyzer):
    # "2조1,000억원을 연구개발(R&D)에, 1조6,000억원을 …" had lost the comma with the bracket: one long object
    text = bullet(analyzer, "군은 지원금 90억원 가운데 40억원을 도로 보수(補修)에, 25억원을 주민 숙원 사업을 위한 하천 정비에 쓸 계획이다.", 200)
    assert "도로 보수에, 25억원을" in text, text


def test_an_adverbial_comma_of_word_order_still_goes(analyzer):
    assert "대통령실에서 국정브리핑" in bullet(analyzer, "김 대표는 용산 대통령실에서, 국정브리핑을 열었다.", 200)


def test_used_up_keeps_its_all(analyzer):
    # "다 쓴 배터리" became "쓴 배터리" when the sentence was shortened
    text = bullet(analyzer, "전국 중고 휴대전화 수거량이 늘면서 다 쓴 휴대전화에서 금과 은, 구리 등 귀금속을 뽑아내는 도시광산 업체들의 "
                            "매출이 빠르게 커지고 있다.", 40)
    assert "다 쓴 휴대전화" in text, text


@pytest.mark.parametrize("sentence, dangles", [
    ("포장재를 재활용하면 운송비를 15% 줄일 수 있다는 게 회사 측 설명이다.", True),
    ("포장재를 재활용하면 운송비를 15% 줄일 수 있다는 게 한빛물산 측 설명이다.", False),
    ("지역 안에서 나오는 폐비닐만으로는 공장을 돌리기 어렵다는 점이 대표적이다.", True),
    ("대형 불화를 펼칠 수 있는 작업 공간을 갖춘 기관도 이곳에서 작업을 이어 간다.", True),  # Kiwi: "이" + "곳"
    ("대형 불화를 펼칠 수 있는 작업 공간을 갖춘 기관도 이곳을 포함해 세 곳뿐이다.", False),  # the count holds it
    ("한빛시는 옛 정수장 부지를 사들여 이곳에 공원을 짓는다.", False),
])
def test_whose_explanation_example_or_place_it_is_the_sentence_before_says(analyzer, sentence, dangles):
    from pipeline.select import sentence_dangles

    assert (sentence_dangles(only_sentence(analyzer, sentence)) is not None) == dangles


@pytest.mark.parametrize("sentence, dangles", [
    ("빈 상가가 늘어난 골목의 옛 간판을 되살려 방문객을 불러 모으겠다는 취지다.", True),
    # a list of demands read blind as the news, no one demanding: not deferred
    ("주차장을 늘릴 것, 요금이 오르는 구간에 셔틀버스를 무료로 운행할 것 등이다.", False),
    ("가람군은 내년까지 빈집 120채를 고치겠다는 계획이다.", False),
    ("대표 특산물은 사과와 배, 감 등이다.", False),
    ("집값이 내년 상반기까지 오를 것이라는 전망이다.", False),
])
def test_whose_aim_it_is_the_sentence_before_says(analyzer, sentence, dangles):
    # "…관광객을 끌어들이겠다는 취지" opened a block
    from pipeline.select import sentence_dangles

    reason = sentence_dangles(only_sentence(analyzer, sentence))
    assert (reason is not None and "subject" in reason) == dangles, reason


@pytest.mark.parametrize("sentence, name, role", [
    ("하천변에서 붕어빵 노점을 하는 주민 박순자(68) 씨는 연신 손님을 맞았다.", "박순자", "주민"),
    ("세입자 대책 모임 대표 오지훈(41) 씨는 법정 밖에서 기자들과 만났다.", "오지훈", "세입자 대책 모임 대표"),
    ("가람군에서 20년째 배 농사를 짓는 한상철(59) 씨는 한숨을 쉬었다.", "한상철", None),
])
def test_a_private_persons_role_is_the_nouns_before_the_name(analyzer, sentence, name, role):
    from pipeline.select import role_before_name

    assert role_before_name(name, [only_sentence(analyzer, sentence)]) == role


def test_a_private_person_quoted_by_surname_is_named_with_who_they_are():
    # "장 씨는 “…”라고 말했다" became "장순옥 씨, “…”": a bare name says nothing of who speaks
    from pipeline.engines.extractive import _name_in_full
    from pipeline.select import SurnameReference

    ref = SurnameReference("박", "씨")
    assert _name_in_full("박 씨, “손님이 두 배로 늘었다”", ref, "박순자 씨", role="주민") == "주민 박순자 씨, “손님이 두 배로 늘었다”"
    assert _name_in_full("박 씨, “손님이 두 배로 늘었다”", ref, "박순자 씨") == "박순자 씨, “손님이 두 배로 늘었다”"


def test_a_count_that_holds_the_reporters_place_drops_it(analyzer):
    # "…기관도 이곳을 포함해 세 곳뿐": "이곳" points at the page's scene; the count says it all
    text = bullet(analyzer, "대형 불화를 펼칠 수 있는 작업 공간을 갖춘 기관도 이곳을 포함해 세 곳뿐이다.", 200)
    assert "이곳" not in text and "세 곳뿐" in text, text


def test_this_x_inside_a_sentence_is_named_as_the_sentence_before_names_it(analyzer):
    # "예산결산특별위원회, 이 사업의 내년분 사업비 96억원을 전액 삭감": which project, only the dropped sentence said
    from pipeline.engines.extractive import _stand_in_named
    from pipeline.select import named_before, this_thing_inside

    from bullet_helpers import analyse

    doc = analyse(analyzer, "깎인 예산 가운데 가장 큰 몫은 가람동 수변공원 조성사업이다.",
                  "시의회 상임위원회는 이 사업의 내년 사업비 52억원을 모두 깎았다.")
    inside = this_thing_inside(doc.sentences[1].morphs)
    assert inside == ("이 사업", "사업")
    name = named_before(inside[1], doc.sentences[:1], words=3)
    assert name == "가람동 수변공원 조성사업"
    assert _stand_in_named("시의회 상임위원회, 이 사업의 내년 사업비 52억원을 모두 깎아", *inside[:1], name, inside=True) \
        == "시의회 상임위원회, 가람동 수변공원 조성사업의 내년 사업비 52억원을 모두 깎아"
    assert _stand_in_named("“이 사업은 끝났다”", "이 사업", name, inside=True) == "“이 사업은 끝났다”"  # never inside a quotation


def test_this_x_is_left_alone_where_the_sentence_before_names_two(analyzer):
    from pipeline.select import named_before

    from bullet_helpers import analyse

    doc = analyse(analyzer, "한빛천 수변공원 조성사업과 가람동 야간경관 조성사업이 모두 깎였다.")
    assert named_before("사업", doc.sentences, words=3) is None
