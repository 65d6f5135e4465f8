"""Kiwi analysis: offsets into the body, paragraph boundaries, identical results for any worker count."""
import pytest

from pipeline.analysis import Analyzer, content_key
from pipeline.records import Article, Morph
from bullet_helpers import analyse

ARTICLES = [
    Article(id="a", title="연구진, 새 배터리 개발",
            paragraphs=("연구진이 새 배터리를 개발했다. 수명은 두 배로 늘었다", "상용화는 내년으로 예상된다.")),
    Article(id="b", title="", paragraphs=("첫 문단 하나뿐인 기사다.",)),
]


def test_sentence_offsets_point_into_the_body(analyzer):
    for doc in analyzer.analyze_many(ARTICLES):
        body = doc.article.body
        for sentence in doc.sentences:
            assert body[sentence.start : sentence.end] == sentence.text
            for morph in sentence.morphs:
                assert sentence.start <= morph.start <= morph.end <= sentence.end


def test_sentences_never_cross_paragraphs(analyzer):
    doc = analyzer.analyze(ARTICLES[0])
    # the first paragraph has no final period, yet its last sentence still ends at the paragraph break
    assert [s.paragraph for s in doc.sentences] == [0, 0, 1]
    assert doc.sentences[1].text == "수명은 두 배로 늘었다"
    assert [s.index for s in doc.sentences] == [0, 1, 2]


@pytest.mark.slow
def test_worker_threads_give_the_same_analysis_in_input_order():
    single = list(Analyzer(num_workers=0).analyze_many(ARTICLES * 3))
    threaded = list(Analyzer(num_workers=2).analyze_many(ARTICLES * 3))
    assert [d.article.id for d in threaded] == ["a", "b"] * 3
    assert single == threaded


def test_title_morphs_are_analysed_once_with_the_body(analyzer):
    doc = analyzer.analyze(ARTICLES[0])
    assert [m.form for m in doc.title_morphs][:2] == ["연구진", ","]


def test_content_keys_normalise_predicates_and_latin():
    assert content_key(Morph("개발", "NNG", 0, 2)) == "개발"
    assert content_key(Morph("늘", "VV", 0, 1)) == "늘다"
    assert content_key(Morph("OpenAI", "SL", 0, 6)) == "openai"
    assert content_key(Morph("이", "JKS", 0, 1)) is None


def test_free_text_is_analysed_once_and_shared(analyzer):
    first = analyzer.morphs("딥시크-R1, 사용 비용 20~50배 저렴")
    assert analyzer.morphs("딥시크-R1, 사용 비용 20~50배 저렴") is first
    assert [m.form for m in first][:3] == ["딥시크", "-", "R"]


def test_a_quotation_left_at_the_end_of_the_sentence_before_opens_its_own(analyzer):
    # Kiwi may end a sentence after "'…'" glued to the particle of the next one; the quotation goes with it
    from bullet_helpers import analyse
    doc = analyse(analyzer, "극단은 올해 라인업을 공개했다.새 표제 '현존과 좌표'도 발표했다. '현존과 좌표'는 연극을 인간 삶의 서사에 빗대었다.")
    texts = [s.text for s in doc.sentences]
    assert not any(t.startswith("는") for t in texts), texts
    assert any(t.startswith("'현존과 좌표'는") for t in texts), texts
    assert all(doc.article.body[s.start : s.end] == s.text for s in doc.sentences)


def test_two_sentences_glued_by_a_full_stop_without_a_space_are_two(analyzer):
    from bullet_helpers import analyse
    doc = analyse(analyzer, "극단의 공연 12편이 관객과 만난다.2025~2027년 작품을 대표하는 표제도 발표했다. 올해는 연극 5편을 선보인다.")
    texts = [s.text for s in doc.sentences]
    assert texts[:2] == ["극단의 공연 12편이 관객과 만난다.", "2025~2027년 작품을 대표하는 표제도 발표했다."], texts
    assert all(doc.article.body[s.start : s.end] == s.text for s in doc.sentences)
    # a decimal and a quoted sentence stay whole
    doc = analyse(analyzer, "수출은 3.5% 늘었다고 “올해는 좋다.”라고 말했다.")
    assert len(doc.sentences) == 1, [s.text for s in doc.sentences]


def test_a_full_stop_inside_straight_quotation_marks_ends_no_sentence(analyzer):
    # two straight quotations in a row: Kiwi ends a sentence at the full stop inside the second one
    doc = analyse(analyzer, 'A씨는 판결이 나오자 "그만해" "얼마 받았냐. 두고 보자" 등의 욕설을 반복했다. 재판부는 징역형을 선고했다.')
    assert [s.text for s in doc.sentences] == ['A씨는 판결이 나오자 "그만해" "얼마 받았냐. 두고 보자" 등의 욕설을 반복했다.',
                                               "재판부는 징역형을 선고했다."]
    assert doc.sentences[1].index == 1 and doc.sentences[0].morphs[-1].form == "."


def test_an_exclamation_mark_ending_a_quoted_title_ends_no_sentence(analyzer):
    # "…새 주말드라마 '진짜가 나타났다!'(극본 …)에 출연을 확정했다": Kiwi ended a sentence at the title's "!", and the
    # bullet stopped at the title with no predicate
    doc = analyse(analyzer, "김가람과 이나래는 한빛TV 새 주말드라마 '진짜가 나타났다!'(극본 조정주)에 출연을 확정했다. 첫 방송은 3월이다.")
    texts = [s.text for s in doc.sentences]
    assert texts == ["김가람과 이나래는 한빛TV 새 주말드라마 '진짜가 나타났다!'(극본 조정주)에 출연을 확정했다.", "첫 방송은 3월이다."], texts
    assert [s.index for s in doc.sentences] == [0, 1]
    # an exclamation that ends its sentence still does
    doc = analyse(analyzer, "관객들은 '브라보!'를 외쳤다! 공연은 두 시간 이어졌다.")
    assert len(doc.sentences) == 2, [s.text for s in doc.sentences]


def test_a_sentence_opening_with_a_quotation_after_a_full_stop_is_its_own(analyzer):
    # Kiwi keeps "…진입했다. '가람의 노래' 등 …" as one sentence: a final ending, a full stop, then an opening mark
    from bullet_helpers import analyse
    doc = analyse(analyzer, "소설 '바다의 문'은 출간과 함께 종합 2위로 진입했다. '가람의 노래', '누리의 집' 등으로 처음 애독자층이 형성됐다.")
    texts = [s.text for s in doc.sentences]
    assert texts == ["소설 '바다의 문'은 출간과 함께 종합 2위로 진입했다.", "'가람의 노래', '누리의 집' 등으로 처음 애독자층이 형성됐다."], texts
    assert all(doc.article.body[s.start : s.end] == s.text for s in doc.sentences)


def test_a_sentence_ending_on_a_noun_glued_to_the_next_is_split(analyzer):
    # news ends a sentence on a noun ("…따돌린 것.") as often as on a verb; the next one may follow with no space
    from bullet_helpers import analyse
    doc = analyse(analyzer, "새 영화가 개봉 첫날 1위에 오른 것은 물론 경쟁작을 큰 격차로 따돌린 것.4일 집계에 따르면 이 영화는 21만명을 모았다.")
    texts = [s.text for s in doc.sentences]
    assert texts == ["새 영화가 개봉 첫날 1위에 오른 것은 물론 경쟁작을 큰 격차로 따돌린 것.", "4일 집계에 따르면 이 영화는 21만명을 모았다."], texts
    # a version number or an abbreviation is no sentence end
    doc = analyse(analyzer, "가람전자는 No.1 브랜드로 꼽혔고 새 앱 v2.5를 내놓았다.")
    assert len(doc.sentences) == 1, [s.text for s in doc.sentences]


def test_a_script_without_full_stops_is_split_after_each_formal_ending(analyzer):
    # "…가방을 건넵니다 안에 든 건 현금 5천만 원 …": Kiwi read "-ㅂ니다" as a connective, and a 70-character bullet
    # ran two sentences together with a spoken ending in its middle
    article = Article(id="s", title="", paragraphs=(
        "한 여성이 건물로 들어가 기다리던 남성에게 가방을 건넵니다 안에 든 건 현금 5천만 원입니다 경찰이 곧바로 남성을 붙잡았습니다",))
    texts = [s.text for s in analyzer.analyze(article).sentences]
    assert texts == ["한 여성이 건물로 들어가 기다리던 남성에게 가방을 건넵니다", "안에 든 건 현금 5천만 원입니다",
                     "경찰이 곧바로 남성을 붙잡았습니다"]
    # inside quotation marks nothing is split
    article = Article(id="q", title="", paragraphs=('시장은 "내년에는 꼭 바꾸겠습니다 지켜봐 주십시오"라고 말했다.',))
    assert len(analyzer.analyze(article).sentences) == 1
