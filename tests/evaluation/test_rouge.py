"""Hand-checkable ROUGE cases in Korean."""
import warnings

import pytest
from rouge_score import rouge_scorer

from pipeline.evaluation.rouge import RougeScorer, as_bullets, rouge_scores
from pipeline.evaluation.tokens import CharTokenizer, KiwiTokenizer, make_tokenizer


@pytest.fixture
def kiwi_tokenizer(analyzer):
    """A fresh token cache over the session's Kiwi (loading Kiwi once per session keeps the suite fast)."""
    return KiwiTokenizer(kiwi=analyzer.kiwi)


class WhitespaceTokenizer:
    def tokenize(self, text):
        return text.split()


def test_kiwi_tokens_keep_hangul_drop_punctuation_lowercase_latin(kiwi_tokenizer):
    tokens = kiwi_tokenizer.tokenize("OpenAI가 GPT를 공개했다.")
    assert tokens == ["openai", "가", "gpt", "를", "공개", "하", "었", "다"]


def test_korean_input_yields_tokens_where_rouge_score_default_yields_none(kiwi_tokenizer):
    text = "고양이가 잠을 잔다"
    assert len(kiwi_tokenizer.tokenize(text)) == 6
    assert rouge_scorer.RougeScorer(["rouge1"]).score(text, text)["rouge1"].fmeasure == 0.0  # the bug we fix
    assert rouge_scores(text, text)["rouge1"]["f"] == pytest.approx(1.0)


def test_one_morpheme_against_three_morphemes():
    scores = rouge_scores("사과", "사과 배 포도")
    assert scores["rouge1"] == pytest.approx({"p": 1.0, "r": 1 / 3, "f": 0.5})
    assert scores["rouge2"] == {"p": 0.0, "r": 0.0, "f": 0.0}
    assert scores["rougeL"] == pytest.approx({"p": 1.0, "r": 1 / 3, "f": 0.5})


def test_bigram_and_lcs_on_morphemes():
    # 고양이/가/자/ㄴ다 vs 고양이/가/잠/을/자/ㄴ다: 4 shared unigrams, bigrams 고양이가 and 자ㄴ다
    scores = rouge_scores("고양이가 잔다", "고양이가 잠을 잔다")
    assert scores["rouge1"]["p"] == pytest.approx(1.0)
    assert scores["rouge1"]["r"] == pytest.approx(4 / 6)
    assert scores["rouge2"]["p"] == pytest.approx(2 / 3)
    assert scores["rouge2"]["r"] == pytest.approx(2 / 5)
    assert scores["rougeL"]["r"] == pytest.approx(4 / 6)


def test_str_and_list_summaries_are_the_same():
    assert rouge_scores("사과 배\n포도 수박", ["사과 배", "포도 수박"]) == rouge_scores(["사과 배", "포도 수박"], "사과 배\n포도 수박")


def test_bullet_marks_dropped_but_decimal_numbers_kept():
    assert as_bullets("- 첫째 줄\n\n• 둘째 줄\n1. 셋째 줄\n3.5조 원 투자") == ["첫째 줄", "둘째 줄", "셋째 줄", "3.5조 원 투자"]


@pytest.mark.parametrize(
    "prediction, reference",
    [
        ("사과 배 포도\n수박 참외", "배 사과\n포도 수박 딸기"),
        ("가 나 다 라", "라 다 나 가"),
        ("하나 둘\n셋 넷\n다섯", "둘 셋\n하나"),
    ],
)
def test_agrees_with_rouge_score_given_the_same_tokens(prediction, reference):
    ours = RougeScorer(WhitespaceTokenizer()).score(prediction, reference)
    theirs = rouge_scorer.RougeScorer(list(ours), tokenizer=WhitespaceTokenizer()).score(reference, prediction)
    for name, score in theirs.items():
        assert ours[name] == pytest.approx({"p": score.precision, "r": score.recall, "f": score.fmeasure}), name


def test_agrees_with_rouge_score_using_the_kiwi_tokenizer(kiwi_tokenizer):
    tokenizer = kiwi_tokenizer
    prediction, reference = "딥시크가 저렴한 비용으로 돌풍을 일으켰다", "중국 딥시크, 저렴한 개발 비용으로 돌풍"
    ours = RougeScorer(tokenizer).score(prediction, reference)
    theirs = rouge_scorer.RougeScorer(list(ours), tokenizer=tokenizer).score(reference, prediction)
    assert ours["rouge1"]["f"] > 0
    for name, score in theirs.items():
        assert ours[name]["f"] == pytest.approx(score.fmeasure), name


def test_char_tokenizer_drops_spaces_and_punctuation():
    assert CharTokenizer().tokenize("AI 모델, 좋다!") == ["a", "i", "모", "델", "좋", "다"]
    assert rouge_scores("모델", "모델이", tokenizer="char")["rouge1"] == pytest.approx({"p": 1.0, "r": 2 / 3, "f": 0.8})


def test_empty_prediction_scores_zero_with_a_warning():
    with pytest.warns(RuntimeWarning, match="empty prediction"):
        scores = rouge_scores("", "사과 배 포도")
    assert all(s == {"p": 0.0, "r": 0.0, "f": 0.0} for s in scores.values())


def test_punctuation_only_reference_scores_zero_with_a_warning():
    with pytest.warns(RuntimeWarning, match="empty reference"):
        scores = rouge_scores("사과", "...!")
    assert scores["rougeLsum"]["f"] == 0.0


def test_score_many_analyses_each_distinct_bullet_once(kiwi_tokenizer):
    tokenizer = kiwi_tokenizer
    calls = []
    real = tokenizer.kiwi

    class CountingKiwi:
        def tokenize(self, texts):
            texts = list(texts) if not isinstance(texts, str) else [texts]
            calls.extend(texts)
            return real.tokenize(texts)

    tokenizer.kiwi = CountingKiwi()
    scores = RougeScorer(tokenizer).score_many(["사과 배", "사과 배", "포도"], ["사과 배", "포도", "사과 배"])
    assert sorted(calls) == ["사과 배", "포도"]
    assert scores[0]["rouge1"]["f"] == pytest.approx(1.0)
    assert scores[1]["rouge1"]["f"] == 0.0


def test_score_many_warns_once_about_empty_pairs():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        scores = RougeScorer("char").score_many(["", "가나"], ["가나", "가나"])
    assert [str(w.message) for w in caught] == ["1 of 2 pairs have an empty prediction or reference; their ROUGE is 0"]
    assert scores[1]["rouge1"]["f"] == 1.0


def test_unknown_tokenizer_names_the_choices():
    with pytest.raises(ValueError, match="'mecab'.*kiwi, char"):
        make_tokenizer("mecab")


def test_scores_from_tokens_one_token_against_three():
    from pipeline.evaluation.rouge import scores_from_tokens

    scores = scores_from_tokens([["딥시크"]], [["딥시크", "가", "출시"]])
    assert scores["rouge1"] == pytest.approx({"p": 1.0, "r": 1 / 3, "f": 0.5})
    assert scores["rouge2"]["r"] == 0.0
    # ROUGE-Lsum: union LCS per reference line, each predicted token used once: a,c for the first
    # reference line; the second finds b (its c is used up) -> 3 of 4 reference tokens
    lsum = scores_from_tokens([["a", "b"], ["c"]], [["a", "c"], ["b", "c"]])["rougeLsum"]
    assert lsum["r"] == pytest.approx(0.75)
