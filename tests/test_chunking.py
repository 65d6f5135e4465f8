"""Sentence-aware chunking: every sentence once, never over the limit, balanced chunks."""
import pytest
from transformers import AutoTokenizer

from pipeline.chunking import chunk_sentences

SENTENCES = [
    "중국 AI 스타트업 딥시크가 저렴한 개발 비용으로 돌풍을 일으켰다.",
    "딥시크는 컴퓨팅 파워에 6백만달러를 썼다고 밝혔다.",
    "지난주 출시된 딥시크-R1은 OpenAI o1 모델보다 사용 비용이 20~50배 저렴하다.",
    "엔비디아 주가는 하루 만에 17% 떨어졌다.",
    "일부 전문가들은 딥시크의 성공에 의구심을 갖기도 한다.",
    "선도적 AI 기업들의 수익화 전략이 바뀌는 계기가 될 것이라는 분석이 나온다.",
]


def words(text: str) -> int:
    return len(text.split()) + 2  # two special tokens, like <s> ... </s>


def test_every_sentence_exactly_once_in_order():
    chunks = chunk_sentences(SENTENCES, words, max_tokens=16)
    covered = [i for chunk in chunks for i in chunk.sentences]
    assert covered == list(range(len(SENTENCES)))
    assert all(chunk.tokens == words(chunk.text) <= 16 for chunk in chunks)
    assert " ".join(c.text for c in chunks) == " ".join(SENTENCES)


def test_short_article_is_one_chunk():
    chunks = chunk_sentences(SENTENCES[:2], words, max_tokens=100)
    assert len(chunks) == 1 and chunks[0].sentences == (0, 1) and chunks[0].split == ()


def test_chunks_are_balanced_not_full_plus_scrap():
    five = ["가 나 다 라"] * 5  # 4 words each; 4 sentences fit in 18 tokens
    chunks = chunk_sentences(five, words, max_tokens=18)
    assert [len(c.sentences) for c in chunks] == [3, 2]


def test_sentence_longer_than_limit_is_split_at_word_boundaries():
    long_sentence = " ".join(f"단어{i}" for i in range(30))
    chunks = chunk_sentences(["짧은 문장이다.", long_sentence, "끝 문장이다."], words, max_tokens=12)
    assert all(c.tokens <= 12 for c in chunks)
    pieces = [c.text for c in chunks if 1 in c.sentences]
    assert " ".join(pieces).replace("짧은 문장이다. ", "").replace(" 끝 문장이다.", "") == long_sentence
    assert {i for c in chunks for i in c.split} == {1}
    assert all(not p.startswith(" ") and "단어" in p for p in pieces)


def test_giant_word_is_cut_between_characters():
    chunks = chunk_sentences(["가" * 40], lambda t: len(t) + 1, max_tokens=10)
    assert "".join(c.text for c in chunks) == "가" * 40
    assert all(len(c.text) + 1 <= 10 for c in chunks)


def test_blank_sentences_are_skipped_and_empty_input_gives_no_chunks():
    assert chunk_sentences([], words, 10) == []
    chunks = chunk_sentences(["", "  ", "한 문장."], words, 10)
    assert [c.sentences for c in chunks] == [(2,)]


def test_bad_limit_is_an_error():
    with pytest.raises(ValueError, match="max_tokens=0"):
        chunk_sentences(SENTENCES, words, 0)


def test_real_tokenizer_lengths_never_exceed_limit(tiny_bart_dir):
    tokenizer = AutoTokenizer.from_pretrained(tiny_bart_dir)

    def count(text: str) -> int:
        return len(tokenizer(text)["input_ids"])

    chunks = chunk_sentences(SENTENCES * 3, count, max_tokens=40)
    assert len(chunks) > 1
    assert [i for c in chunks for i in c.sentences] == list(range(len(SENTENCES) * 3))
    assert max(count(c.text) for c in chunks) <= 40
