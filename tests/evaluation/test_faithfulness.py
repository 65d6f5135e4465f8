from decimal import Decimal

import pytest

from pipeline.faithfulness import SourceFacts, check_summary, find_numbers, find_unsupported, parse_korean_number


@pytest.mark.parametrize(
    "text, value",
    [("6백만", 6_000_000), ("600만", 6_000_000), ("6,000,000", 6_000_000), ("10억 2천만", 1_020_000_000),
     ("3.5조", 3_500_000_000_000), ("천만", 10_000_000), ("87", 87), ("1.5", Decimal("1.5"))],
)
def test_korean_numeral_normalisation(text, value):
    assert parse_korean_number(text) == value


@pytest.mark.parametrize("text", ["6백만달러", "600만 달러", "6,000,000달러", "6백만 달러를"])
def test_the_same_amount_written_three_ways_is_one_number(analyzer, text):
    [number] = find_numbers(analyzer.morphs(text), text)
    assert (number.value, number.unit) == ("6000000", "달러")


def test_changed_percentage_is_caught(analyzer):
    source = "새 모델의 정확도는 87%로 기존 모델보다 높았다."
    result = find_unsupported(["정확도 85%로 향상"], source, analyzer)
    assert result.numbers == ("85%",)
    assert find_unsupported(["정확도 87%로 향상"], source, analyzer).numbers == ()


def test_differently_written_amount_is_supported(analyzer):
    source = "딥시크는 컴퓨팅 파워에 600만 달러를 썼다고 밝혔다."
    assert find_unsupported(["컴퓨팅 파워에 6백만달러 비용 사용"], source, analyzer).numbers == ()
    assert find_unsupported(["컴퓨팅 파워에 7백만달러 비용 사용"], source, analyzer).numbers == ("7백만달러",)


def test_same_value_with_another_unit_is_unsupported(analyzer):
    source = "가격은 20달러다."
    assert find_unsupported(["가격 20유로"], source, analyzer).numbers == ("20유로",)


def test_range_takes_the_unit_of_its_end(analyzer):
    text = "사용 비용 20~50배 저렴"
    assert [(n.value, n.unit) for n in find_numbers(analyzer.morphs(text), text)] == [("20", "배"), ("50", "배")]


def test_model_names_are_not_numbers(analyzer):
    text = "엔비디아 H100 칩 활용"
    assert find_numbers(analyzer.morphs(text), text) == []


def test_invented_names_are_caught_and_case_is_ignored(analyzer):
    source = "중국 스타트업 딥시크가 OpenAI와 경쟁한다."
    result = find_unsupported(["딥시크, openai와 Google에 도전"], source, analyzer)
    assert result.names == ("Google",)
    assert result.n_names >= 2


def test_str_summary_is_one_bullet_per_line(analyzer):
    source = "매출은 3조 원이다."
    result = find_unsupported("매출 3조 원\n영업이익 5천억 원", source, analyzer)
    assert result.numbers == ("5천억 원",)
    assert result.n_numbers == 2


def test_source_facts_from_document_match_facts_from_text(analyzer):
    from pipeline.records import Article

    article = Article(id="a", title="제목", paragraphs=("정확도는 87%였다.", "비용은 600만 달러다."))
    doc = analyzer.analyze(article)
    from_doc = SourceFacts.from_document(doc)
    assert ("87", "%") in from_doc.numbers and ("6000000", "달러") in from_doc.numbers
    assert from_doc.numbers == SourceFacts.from_text(article.body, analyzer).numbers


def test_source_facts_from_document_include_the_title(analyzer):
    from pipeline.records import Article

    doc = analyzer.analyze(Article(id="t", title="OpenAI 매출 30% 증가", paragraphs=("회사는 실적을 발표했다.",)))
    facts = SourceFacts.from_document(doc)
    assert ("30", "%") in facts.numbers and facts.supports_name("OpenAI")
    assert check_summary(["OpenAI 매출 30% 증가"], facts, analyzer).numbers == ()
