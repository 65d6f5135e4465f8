import pytest

from pipeline.evaluation.format_checks import check_format, ends_like_a_sentence, near_duplicates


@pytest.mark.parametrize(
    "bullet, sentence_like",
    [("딥시크, 미국 AI 업계에 돌풍", False), ("딥시크가 돌풍을 일으켰다", True), ("딥시크 돌풍.", True), ("비용 20~50배 저렴", False)],
)
def test_sentence_endings_and_periods_are_flagged(analyzer, bullet, sentence_like):
    assert ends_like_a_sentence(bullet, analyzer.morphs(bullet)) is sentence_like


def test_near_duplicate_bullets():
    assert near_duplicates([["a", "b", "c", "d", "e"], ["x", "y"], ["a", "b", "c", "d", "e", "f"]]) == [2]
    assert near_duplicates([["a", "b"], ["c", "d"]]) == []


def test_format_facts_of_a_summary(analyzer):
    source = "딥시크가 저렴한 비용으로 돌풍을 일으켰다. 미국 기업들이 긴장했다."
    facts = check_format(["딥시크 돌풍", "딥시크 돌풍", "엔비디아 주가 급락했다"], source, analyzer)
    assert facts["bullets"] == 3
    assert facts["max_bullet_chars"] == len("엔비디아 주가 급락했다")
    assert facts["sentence_endings"] == 1
    assert facts["near_duplicates"] == 1
    assert facts["compression_ratio"] == pytest.approx(len(source.replace(" ", "")) / len("딥시크돌풍딥시크돌풍엔비디아주가급락했다"))
    # of 10 tokens only 엔비디아/주가/급락 are novel; 하/었/다 occur in 긴장했다
    assert facts["novel_unigram_ratio"] == pytest.approx(3 / 10)


def test_empty_summary_gives_zeros_not_nan(analyzer):
    facts = check_format([], "본문 문장이다.", analyzer)
    assert facts == {"bullets": 0, "mean_bullet_chars": 0.0, "max_bullet_chars": 0, "sentence_endings": 0,
                     "near_duplicates": 0, "compression_ratio": 0.0, "novel_unigram_ratio": 0.0, "novel_bigram_ratio": 0.0}


def test_regression_nominal_endings_read_as_headline_style(analyzer):
    from pipeline.evaluation.format_checks import ends_like_a_sentence

    for bullet in ("시장 요동침", "사무실 있음", "무료 앱 됨"):
        assert not ends_like_a_sentence(bullet, analyzer.morphs(bullet))
    assert ends_like_a_sentence("시장이 요동친다", analyzer.morphs("시장이 요동친다"))
