"""Headline grammar of a compressed bullet: where the topic comma goes, which words lean on the article,
and which endings read as a headline. Sentences written for these tests (not news copy)."""
import pytest

from bullet_helpers import bullet


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a subject closed by a bracket or backtick is still the subject
        ("순손실(세전 기준)은 3분기 연속 적자다.", "순손실(세전 기준), 3분기 연속 적자"),
        ("지역 전문 기술을 연구하는 민간 연구소 `한빛기술원`이 출범했다.", "지역 전문 기술을 연구하는 민간 연구소 `한빛기술원` 출범"),
        # a subject right before a one-word predicate loses its particle, not gets a comma
        ("한빛시와 달빛군이 함께 만든 관광공사가 출범했다.", "한빛시와 달빛군이 함께 만든 관광공사 출범"),
        # an amount is not the subject of the sentence: the comma goes on what grew
        ("수입 가격이 오르면서 원자재 비중이 31.2%로 4.1%p가 증가했다.", "수입 가격이 오르면서 원자재 비중, 31.2%로 4.1%p 증가"),
        # a dated event before the object ("지난달 12일 열린 대회") does not make the subject an embedded one
        ("한빛체육회가 지난달 12일 열린 시민 체육대회 종목별 순위를 3일 공개했다.",
         "한빛체육회, 지난달 12일 열린 시민 체육대회 종목별 순위를 3일 공개"),
        ("한빛전자가 내년 3월 열리는 국제 가전 박람회에서 새 냉장고를 선보인다.",
         "한빛전자, 내년 3월 열리는 국제 가전 박람회에서 새 냉장고를 선보인다"),
        # "이날", "잠시 뒤": times relative to what the bullet does not say
        ("기준금리는 이날 동결로 두 번 연속 인상은 피했다.", "기준금리, 동결로 두 번 연속 인상은 피함"),
        ("잠시 뒤 구조대가 현장에 도착했다.", "구조대, 현장에 도착"),
        ("그 뒤 조합은 파업을 풀었다.", "조합, 파업을 풂"),
        # "…을 했다" after a verbal noun: the noun is the headline's predicate
        ("한빛FC는 후반 추가시간에 결승 득점을 했다.", "한빛FC, 후반 추가시간에 결승 득점"),
        # a claim with its own subject keeps who says it ("A, B가 …" would credit A)
        ("한빛대는 김하나 교수 연구팀이 새 배터리 소재를 개발했다고 27일 밝혔다.", "한빛대, 김하나 교수 연구팀이 새 배터리 소재를 개발했다고 밝혀"),
        ("경찰은 남성이 범행을 먼저 저질렀다고 밝혔다.", "경찰, 남성이 범행을 먼저 저질렀다고 밝혀"),
    ],
)
def test_headline_bullet(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # what the rules above must leave alone
        ("이날 오후 3시 한빛시는 새 청사를 공개했다.", "이날 오후 3시 한빛시, 새 청사를 공개"),  # a date stays to the dates rule
        ("시는 누수 원인을 조사하겠다고 밝혔다.", "시, 누수 원인을 조사하겠다"),  # no subject of its own: the frame goes
        ("구단은 외야수 노경은과의 계약을 마무리했다.", "구단, 외야수 노경은과의 계약을 마무리"),
        ("연구진은 실험을 통해 새 물질을 확인했다.", "연구진, 실험을 통해 새 물질을 확인"),
        ("한빛FC는 결승 득점을 하지 못했다.", "한빛FC, 결승 득점을 하지 못함"),  # negation: no "득점" alone
        ("한빛FC는 다음 경기에서 득점을 하겠다.", "한빛FC, 다음 경기에서 득점을 하겠다"),  # intention stays
    ],
)
def test_rules_leave_other_sentences_alone(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected
