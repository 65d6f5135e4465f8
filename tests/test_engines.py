"""Properties of the weight-free engines on the seed and on small inline articles."""
import re

import pytest

from pipeline.config import load_config
from pipeline.config.summarize import SummarizeConfig
from pipeline.engines import build_engine, engine_class
from pipeline.records import Article

SHORT_ARTICLE = Article(
    id="short",
    title="지카바이러스, 남성 생식능력도 저하시킨다",
    paragraphs=(
        "소두증을 유발한다고 알려진 지카바이러스가 남성의 생식능력도 저하시킬 수 있다는 동물 실험 결과가 나왔다. "
        "미 워싱턴대 의대 연구진은 수컷 쥐가 감염되면 고환 크기가 작아지고 정자 수가 감소한다는 연구 결과를 발표했다.",
        "일반 쥐의 고환 무게는 75mg 이상이지만, 감염된 쥐의 경우 50mg도 되지 않았다. "
        "3주 뒤 쥐의 고환 무게는 25mg 미만으로 줄어들었다.",
        "연구진은 사람에게도 같은 영향이 있는지 확인하기 위해 추가 연구가 필요하다고 설명했다.",
    ),
)


def engine(name, analyzer, *overrides):
    return build_engine(name, load_config(SummarizeConfig, None, list(overrides)), analyzer)


@pytest.mark.parametrize("name", ["kiwi", "lead"])
def test_seed_bullets_respect_count_length_and_format(name, analyzer, seed_doc):
    summary = engine(name, analyzer).summarize(seed_doc)
    assert 3 <= len(summary.bullets) <= 5
    assert len(set(summary.bullets)) == len(summary.bullets)
    for n, bullet in enumerate(summary.bullets):
        # the length bound yields (with a warning naming the sentence) rather than swap a salient sentence
        sentence = summary.source_sentences[n].sentence
        assert 0 < len(bullet) <= 60 or any(f"sentence {sentence} has {len(bullet)} characters" in w for w in summary.warnings)
        assert not bullet.endswith((".", "다"))
        assert "\n" not in bullet
    assert summary.engine == name
    assert len(summary.source_sentences) == len(summary.bullets)


@pytest.mark.parametrize("name", ["kiwi", "lead"])
def test_every_number_and_name_in_a_bullet_occurs_in_the_body(name, analyzer, seed_doc):
    from pipeline.faithfulness import find_unsupported

    summary = engine(name, analyzer).summarize(seed_doc)
    body = seed_doc.article.body
    unsupported = find_unsupported(summary.bullets, body, analyzer)
    assert unsupported.numbers == () and unsupported.names == ()
    for bullet in summary.bullets:
        for morph in analyzer.morphs(bullet):
            if morph.tag in {"SN", "NNP", "SL"}:
                assert morph.form in body


def test_source_sentences_point_at_the_sentence_each_bullet_came_from(analyzer, seed_doc):
    summary = engine("kiwi", analyzer).summarize(seed_doc)
    body = seed_doc.article.body
    for bullet, ref in zip(summary.bullets, summary.source_sentences):
        source = body[ref.start : ref.end]
        assert source == seed_doc.sentences[ref.sentence].text
        # the bullet's content words come from that sentence (but "전망", which compression writes for
        # "…할 것으로 보인다")
        words = [m.form for m in analyzer.morphs(bullet) if m.tag in {"NNG", "NNP", "SL", "SN"}]
        assert words and all(w in source for w in words if w != "전망" or "것으로 보" not in source)


def test_bullets_keep_article_order_unless_configured(analyzer, seed_doc):
    ordered = engine("kiwi", analyzer).summarize(seed_doc)
    indices = [ref.sentence for ref in ordered.source_sentences]
    assert indices == sorted(indices)
    kiwi = engine("kiwi", analyzer, "bullets.keep_order=false")
    by_salience = [ref.sentence for ref in kiwi.summarize(seed_doc).source_sentences]
    assert sorted(by_salience) == indices and by_salience != indices  # the same sentences, in another order
    ranking = list(kiwi.ranking(seed_doc))
    assert by_salience[0] == indices[0]  # the lede leads the block in either order
    assert by_salience[1:] == sorted(by_salience[1:], key=ranking.index)  # then the most salient first


def test_kiwi_engine_is_deterministic(analyzer, seed_article):
    first = engine("kiwi", analyzer).summarize(analyzer.analyze(seed_article))
    second = engine("kiwi", analyzer).summarize(analyzer.analyze(seed_article))
    assert first == second


def test_bullet_count_adapts_to_length(analyzer, seed_doc):
    short = engine("kiwi", analyzer).summarize(analyzer.analyze(SHORT_ARTICLE))
    long = engine("kiwi", analyzer).summarize(seed_doc)
    assert len(short.bullets) == 3  # 6 sentences -> the minimum
    assert len(long.bullets) == 5  # the seed's 30+ sentences -> the maximum
    assert len(engine("kiwi", analyzer, "bullets.max=4").summarize(seed_doc).bullets) == 4


def test_lead_takes_the_first_sentences(analyzer):
    summary = engine("lead", analyzer).summarize(analyzer.analyze(SHORT_ARTICLE))
    assert [ref.sentence for ref in summary.source_sentences] == [0, 1, 2]
    # the first subject belongs to an embedded clause, so it keeps its particle (no comma)
    assert summary.bullets[0] == "소두증을 유발한다고 알려진 지카바이러스가 남성의 생식능력도 저하시킬 수 있다는 동물 실험 결과 나옴"


def test_one_sentence_article_returns_what_it_can_with_a_warning(analyzer):
    doc = analyzer.analyze(Article(id="one", title="", paragraphs=("연구진은 새로운 치료법을 개발했다고 밝혔다.",)))
    summary = engine("kiwi", analyzer).summarize(doc)
    assert summary.bullets == ("연구진, 새로운 치료법 개발",)
    assert any("only 1 content sentence" in w for w in summary.warnings)


def test_article_without_sentences_gives_no_bullets_and_a_warning(analyzer):
    summary = engine("lead", analyzer).summarize(analyzer.analyze(Article(id="e", title="", paragraphs=())))
    assert summary.bullets == ()
    assert summary.warnings == ("article has no sentences; no bullets written",)


def test_kiwi_select_returns_indices_in_article_order(analyzer, seed_doc):
    kiwi = engine("kiwi", analyzer)
    picked = kiwi.select(seed_doc, 4)
    assert len(picked) == 4 and picked == sorted(picked)
    assert all(0 <= i < len(seed_doc.sentences) for i in picked)


def test_unknown_engine_names_the_choices():
    with pytest.raises(ValueError, match=re.escape("available engines: kiwi, lead, seq2seq, textrankr")):
        engine_class("pororo")


@pytest.mark.parametrize("name", ["kiwi", "lead", "textrankr"])
def test_an_engine_is_built_from_its_own_sections_without_a_summarize_config(name, analyzer, seed_doc):
    if name == "textrankr":
        pytest.importorskip("textrankr")
    from pipeline.config.summarize import BulletConfig, KiwiEngineConfig

    made = engine_class(name).from_sections(analyzer, bullets=BulletConfig(min=2, max=2), kiwi=KiwiEngineConfig())
    assert len(made.summarize(seed_doc).bullets) == 2  # the seed gets 5 with the default bullets section


def test_the_factory_hands_an_engine_only_the_sections_it_names(analyzer, monkeypatch):
    from pipeline.engines.extractive import KiwiEngine

    received = {}

    def spy(cls, analyzer, **sections):
        received.update(sections)
        return "built"

    monkeypatch.setattr(KiwiEngine, "from_sections", classmethod(spy))
    config = load_config(SummarizeConfig, None, ["bullets.max=4", "kiwi.redundancy=0.9"])
    assert build_engine("kiwi", config, analyzer) == "built"
    assert received == {"bullets": config.bullets, "kiwi": config.kiwi}
    assert received["bullets"].max == 4 and received["kiwi"].redundancy == 0.9


def test_textrankr_baseline_returns_whole_sentences_traced_to_the_body(analyzer, seed_doc):
    pytest.importorskip("textrankr")
    summary = engine("textrankr", analyzer).summarize(seed_doc)
    assert len(summary.bullets) == 5 and summary.engine == "textrankr"
    for bullet, ref in zip(summary.bullets, summary.source_sentences):
        assert bullet in seed_doc.article.body
        assert ref is not None and bullet in seed_doc.sentences[ref.sentence].text


def test_sentence_style_returns_chosen_sentences_verbatim(analyzer, seed_doc):
    headline = engine("kiwi", analyzer).summarize(seed_doc)
    verbatim = engine("kiwi", analyzer, "bullets.style=sentence").summarize(seed_doc)
    for bullet, ref in zip(verbatim.bullets, verbatim.source_sentences):
        assert seed_doc.sentences[ref.sentence].text == bullet + "."
    assert sum(map(len, verbatim.bullets)) > sum(map(len, headline.bullets))


def test_sentence_style_takes_sentences_as_written_as_first_choices(analyzer):
    # in this style every bullet is a sentence as written: none is a last resort
    from pipeline.records import Article

    doc = analyzer.analyze(Article(id="s", title="한빛시, 새 도서관 개관", paragraphs=(
        "한빛시가 시청 옆에 새 시립도서관을 열었다. 도서관은 지상 5층 규모로 지어졌다.",
        "장서는 모두 12만 권이며 어린이 열람실도 따로 갖췄다. 시는 공사에 모두 320억 원을 들였다.",
        "개관식에는 시민 300여 명이 참석했다. 도서관은 매주 월요일에 문을 닫는다.")))
    verbatim = engine("kiwi", analyzer, "bullets.style=sentence", "bullets.min=2", "bullets.max=4", "kiwi.sentences_per_bullet=1").summarize(doc)
    assert len(verbatim.bullets) == 4
    assert all(b.endswith("다") for b in verbatim.bullets)


def test_very_long_article_is_ranked_without_a_full_sentence_graph(analyzer):
    from pipeline.config.summarize import KiwiEngineConfig
    from pipeline.select import GRAPH_LIMIT, score_sentences

    paragraphs = tuple(
        f"연구진은 {i}번째 실험에서 새로운 배터리 소재의 성능이 {i % 7 + 2}배 향상됐다고 밝혔다. 이번 결과는 학술지 {i}호에 실렸다."
        for i in range(GRAPH_LIMIT)
    )
    doc = analyzer.analyze(Article(id="long", title="배터리 소재 성능 향상", paragraphs=paragraphs))
    assert len(doc.sentences) > GRAPH_LIMIT
    salience = score_sentences(doc, KiwiEngineConfig())
    assert len(salience.candidates) == GRAPH_LIMIT
    assert salience.similarity.shape == (GRAPH_LIMIT, GRAPH_LIMIT)
    summary = engine("kiwi", analyzer).summarize(doc)
    # every sentence restates the same kind of fact: restatements only fill the block up to bullets.min
    assert len(summary.bullets) == 3 and len(set(summary.bullets)) == 3


def test_regression_a_dateline_is_never_a_bullet_even_when_nothing_else_is_content(analyzer):
    from pipeline.records import Article

    article = Article("d", "", ("2025.05.10. 오전 05:45.", "주말 개관 연장 시립 도서관 열람석 300석 확충"))
    summary = engine("kiwi", analyzer).summarize(analyzer.analyze(article))
    assert all("05:45" not in bullet for bullet in summary.bullets)
    assert summary.bullets and "열람석 300석" in summary.bullets[0]


THIN = "\n".join([
    "한빛소방서, 실종 어린이 하루 만에 찾아",
    "소방당국이 실종된 어린이를 하루 만에 찾아 가족의 품으로 돌려보냈다.",
    "한빛소방서는 지난 3일 오후 2시쯤 한빛시 달빛동에 사는 어린이(8세)가 집 근처 놀이터에서 사라졌으나 소방대원과 경찰의 끈질긴 "
    "수색으로 4일 오전 9시쯤 놀이터에서 약 5㎞ 떨어진 별빛산 중턱에서 무사히 발견해 가족에게 인계했다고 밝혔다.",
    "신고자는 어린이의 어머니로 3일 오후 4시쯤 아이가 돌아오지 않는다며 실종 신고를 했다.",
    "소방서는 신고 접수 직후 대원 40명과 드론 3대를 투입해 놀이터 주변과 별빛산 일대를 수색했다.",
    "어린이는 탈진 증세를 보였지만 건강에는 큰 이상이 없는 것으로 확인됐다.",
    "소방서는 수색에 도움을 준 주민 2명에게 감사장을 전달할 예정이다.",
])


def test_a_long_sentence_shortened_to_a_sliver_is_the_last_resort(analyzer):
    from pipeline.parse import parse_article
    bullets = engine("kiwi", analyzer).summarize(analyzer.analyze(parse_article(THIN, id="thin"))).bullets
    assert not any(b.endswith("가족에게 인계") for b in bullets), bullets  # whom it handed over is gone
    assert len(bullets) == 3
    # "…않는다며 실종 신고를 했다": a report made, not words said; the bullet keeps the report
    assert any("실종 신고" in b for b in bullets if b.startswith("신고자")), bullets


def test_an_explanation_is_not_released_by_the_sentence_before(analyzer):
    # "…것은 …때문이다" right after the lede explains something; as a bullet it still ends in "때문"
    from pipeline.parse import parse_article
    article = "\n".join([
        "한빛시, 심야버스 노선 3개 신설",
        "한빛시가 다음 달부터 심야버스 노선 3개를 새로 운행한다.",
        "한빛시가 심야버스 노선 3개를 신설하는 것은 한빛역과 달빛역 일대 심야 교통 불편이 크기 때문이다.",
        "새 노선은 한빛역과 달빛역, 별빛역을 오가며 자정부터 새벽 4시까지 20분 간격으로 다닌다.",
        "요금은 일반 시내버스와 같은 1500원이다.",
        "한빛시는 이용 실적을 보고 내년에 노선을 더 늘릴 계획이다.",
        "시민들은 심야버스 신설을 반기고 있다.",
    ])
    bullets = engine("kiwi", analyzer).summarize(analyzer.analyze(parse_article(article, id="e"))).bullets
    assert len(bullets) == 3 and not any(b.endswith("때문") for b in bullets), bullets
