"""Headline compression of the seed article's own sentences; expected bullets written by hand."""
import pytest

from pipeline.compress import Compressor, finish_bullet
from pipeline.records import Article


def compress(analyzer, sentence: str, max_chars: int = 60):
    doc = analyzer.analyze(Article(id="t", title="", paragraphs=(sentence,)))
    return Compressor(analyzer.kiwi, max_chars).compress(doc.sentences[0], doc.article.body)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # attribution lead-in, quotation frame, trailing citation and the predicate's subject particle dropped
        (
            "딥시크의 공식 WeChat 계정에 게시된 게시물에 따르면 지난주에 출시된 딥시크-R1은 작업에 따라 OpenAI o1 모델보다 "
            "사용 비용이 20~50배 저렴하다고 한다(Reuters, 2025.1.28.).",
            "지난주에 출시된 딥시크-R1, 작업에 따라 OpenAI o1 모델보다 사용 비용 20~50배 저렴",
        ),
        # sentence-initial connective dropped; X하다 predicate ends on the noun
        ("하지만 일부 사람들은 딥시크의 성공 사례에 대해 공개적으로 회의적인 입장을 표명했다.",
         "일부 사람들, 딥시크의 성공 사례에 대해 공개적으로 회의적인 입장 표명"),
        # progressive "-고 있다" and a non-하다 verb take the noun ending -ㅁ
        ("새해 벽두부터 인공지능(AI) 시장이 요동치고 있다.", "새해 벽두부터 인공지능(AI) 시장 요동침"),
        # negation keeps its auxiliary, nominalised
        ("딥시크 측은 이러한 주장에 대한 논평 요청에 즉시 응답하지 않았다.", "딥시크 측, 이러한 주장에 대한 논평 요청에 즉시 응답하지 않음"),
        # copula dropped: the bullet ends on the noun
        ("딥시크는 량원펑(Liang Wenfeng)이 2023년 중국 남동부 도시 항저우에서 론칭한 스타트업이다.",
         "딥시크, 량원펑(Liang Wenfeng)이 2023년 중국 남동부 도시 항저우에서 론칭한 스타트업"),
        # "것으로 보인다" becomes "전망"
        ("이번 조치는 업계에 큰 변화를 가져올 것으로 보인다.", "이번 조치, 업계에 큰 변화를 가져올 전망"),
    ],
)
def test_seed_sentences_compress_to_headline_bullets(analyzer, sentence, expected):
    result = compress(analyzer, sentence)
    assert result.text == expected
    assert result.fits


def test_compound_sentence_keeps_its_main_clause_when_too_long(analyzer):
    sentence = (
        "딥시크-V3, 딥시크-R1 두 모델 모두는 미국 실리콘밸리와 빅테크 기업의 전문가들로부터 칭찬을 받고 있으며, "
        "두 모델의 성능은 OpenAI와 Meta의 가장 진보된 모델과 동등하다고 이 스타트업은 말한다."
    )
    result = compress(analyzer, sentence)
    assert result.text == "두 모델의 성능, OpenAI와 Meta의 가장 진보된 모델과 동등"
    assert result.fits and not result.whole


def test_long_subject_is_reduced_to_its_head_noun_phrase(analyzer):
    sentence = (
        "미국의 AI 데이터 제공 기업인 Scale AI의 CEO인 Alexandr Wang은 CNBC와의 인터뷰에서 증거를 제시하지 않은 채 "
        "딥시크에 엔비디아 H100 칩이 5만개 있다고 말했다."
    )
    result = compress(analyzer, sentence, max_chars=70)
    # (the count is his claim, made without evidence: the report keeps its frame, "…있다고 말했다" -> "…있다고 밝혀")
    assert result.text == "Alexandr Wang, CNBC와의 인터뷰에서 증거를 제시하지 않은 채 딥시크에 엔비디아 H100 칩이 5만개 있다고 밝혀"


def test_parentheticals_go_before_words_when_shortening(analyzer):
    sentence = "딥시크는 량원펑(Liang Wenfeng)이 2023년 중국 남동부 도시 항저우에서 론칭한 스타트업이다."
    result = compress(analyzer, sentence, max_chars=40)
    assert result.text == "딥시크, 량원펑이 2023년 중국 남동부 도시 항저우에서 론칭한 스타트업"
    assert len(result.text) <= 40


def test_regression_topic_after_closing_quote_gets_the_comma(analyzer):
    result = compress(analyzer, "딥시크의 연초 ‘도발’은 업계의 생각을 바꾸는 계기가 될 것으로 보인다.")
    assert result.text.startswith("딥시크의 연초 ‘도발’, ")


def test_compression_never_adds_numbers_or_names(analyzer, seed_doc):
    compressor = Compressor(analyzer.kiwi, 60)
    for sentence in seed_doc.sentences:
        text = compressor.compress(sentence, seed_doc.article.body).text
        for morph in analyzer.morphs(text):
            if morph.tag in {"SN", "SL", "NNP"}:
                assert morph.form in sentence.text, (morph, text)


@pytest.mark.parametrize(
    "generated, expected",
    [
        ("- 연구진은 결과를 발표했다.", "연구진, 결과 발표"),
        ("• 엔비디아 주가가 크게 떨어졌다.", "엔비디아 주가, 크게 떨어짐"),
        ("딥시크-R1, 사용 비용 20~50배 저렴", "딥시크-R1, 사용 비용 20~50배 저렴"),
    ],
)
def test_finish_bullet_brings_free_text_into_bullet_form(analyzer, generated, expected):
    assert finish_bullet(generated, analyzer, 60) == expected


def test_finish_bullet_respects_the_length_bound_without_cutting_words(analyzer):
    text = "가나다라 " * 30
    out = finish_bullet(text, analyzer, 20)
    assert len(out) <= 20 and set(out.split()) == {"가나다라"}


def test_regression_relative_clause_subject_does_not_take_the_comma(analyzer):
    result = compress(analyzer, "기초과학연구원 연구단이 제작한 이 일러스트는 유전자 가위의 정확성을 비교한 그림이다.")
    # (the "이" goes: the relative clause before it says which illustration)
    assert result.text == "기초과학연구원 연구단이 제작한 일러스트, 유전자 가위의 정확성을 비교한 그림"


def test_regression_one_syllable_noun_keeps_its_verb(analyzer):
    result = compress(analyzer, "파란색 영역은 새 유전자 가위의 정확도를 뜻한다.")
    assert result.text == "파란색 영역, 새 유전자 가위의 정확도를 뜻함"


def test_regression_adverb_before_the_predicate_is_kept(analyzer):
    result = compress(analyzer, "그러나 지난 여름 사고가 나자 해당 채널은 자율주행 자동차에 대한 비판의 목소리로 가득 찼다.", max_chars=45)
    assert result.text.endswith("가득 참")


def test_regression_auxiliary_verb_is_joined_without_a_space(analyzer):
    assert compress(analyzer, "AI 드론은 85%의 성공률을 보여줬다.").text == "AI 드론, 85%의 성공률을 보여줌"


def test_regression_serial_verb_is_not_a_clause_boundary(analyzer):
    sentence = ("펜실베니아 대학교 인간-기계 상호작용 연구소의 슬랙 채널에서는 보통 지난 강의의 요약, "
                "그리고 벽을 타고 올라가는 로봇의 동영상이 나온다.")
    text = compress(analyzer, sentence).text
    assert "지난 강의의 요약" in text and "로봇의 동영상" in text  # both conjuncts, not the second one alone


def test_regression_half_of_a_disjunction_is_never_a_bullet(analyzer):
    sentence = ("기술이 고속도로 주행 중 사람들의 주의력을 낮추거나 졸게까지 할 수 있다면, 그것을 운용하는 인간은 "
                "더 많은 훈련을 받아야 하며 더욱 지능적인 경고 시스템도 필요하다.")
    text = compress(analyzer, sentence).text
    assert "주의력을 낮추거나 졸게" in text or "주의력" not in text  # the whole disjunction or none of it
    assert "주의력을 낮춤" not in text


def test_quotations_are_never_edited(analyzer):
    sentence = "취리히대 연구팀은 “AI 드론은 조만간 실전에 투입돼 산악구조대가 조난자를 찾는 일을 도울 수 있을 것”이라고 말했다."
    assert "“AI 드론은 조만간 실전에 투입돼 산악구조대가 조난자를 찾는 일을 도울 수 있을 것”" in compress(analyzer, sentence, 90).text


def test_regression_a_quotation_is_never_split_into_clauses(analyzer):
    sentence = ("오명돈 서울대병원 감염내과 교수는 “동물 모델을 이용해 지카바이러스가 세포 손상을 일으킨다는 것을 밝혔고, "
                "남성호르몬과 정자수를 모두 감소시킨다는 것도 구체적으로 밝혔다”고 설명했다.")
    result = compress(analyzer, sentence)
    assert not result.fits or result.text.count("“") == result.text.count("”")


def test_regression_bare_generic_noun_is_not_a_subject_head(analyzer):
    sentence = ("흥미로운 점은 딥시크가 미국의 중국 제재로 인해 엔비디아의 최첨단 AI가속기인 H100 대신 "
                "성능을 낮춘 H800을 훈련에 사용했다는 사실이다.")
    text = compress(analyzer, sentence).text
    assert not text.startswith("점") and "H800을 훈련에 사용" in text
