"""The seq2seq engine on tiny BART/T5 checkpoints built by the tests, loaded like a user's folder."""
import json
import shutil
import time
from pathlib import Path

import pytest

from pipeline.analysis import Analyzer
from pipeline.config import ConfigError, load_config
from pipeline.config.summarize import SummarizeConfig
from pipeline.engines import build_engine
from pipeline.engines.seq2seq import dedupe_bullets, rank_bullets
from pipeline.errors import ModelLoadError
from pipeline.seq2seq.bullets import split_bullets
from pipeline.seq2seq.checkpoint import check_tokenizer, load_checkpoint
from pipeline.records import Article

CONFIG = Path(__file__).resolve().parents[1] / "configs" / "summarize-seq2seq.yaml"
SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_ab08534d42b7d5da.txt"
FAST = ["seq2seq.max_target_tokens=12", "seq2seq.num_beams=1", "seq2seq.flag_unsupported=false"]


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer()


@pytest.fixture(scope="module")
def docs(analyzer):
    paragraphs = tuple(line.strip() for line in SEED.read_text(encoding="utf-8").splitlines() if len(line.strip()) > 40)
    articles = [
        Article("seed", "중국 딥시크, 미국 AI 업계에 강펀치", paragraphs),
        Article("short", "소행성 발견", ("한국천문연구원은 새로운 소행성을 발견했다고 밝혔다. 연구팀은 관측을 이어갈 계획이다.",)),
        Article("mid", "배터리", ("연구팀은 배터리 수명을 두 배로 늘리는 전극 소재를 개발했다.",) * 3 + paragraphs[:2]),
        Article("empty", "", ()),
    ]
    return list(analyzer.analyze_many(articles))


def engine_for(path, analyzer, *overrides):
    config = load_config(SummarizeConfig, CONFIG, ["model.name_or_path=" + str(path), *overrides])
    return build_engine("seq2seq", config, analyzer)


def test_output_schema(tiny_bart_dir, analyzer, docs):
    engine = engine_for(tiny_bart_dir, analyzer, *FAST, "seq2seq.max_source_tokens=128")
    summaries = engine.summarize_many(docs)
    assert [s.id for s in summaries] == ["seed", "short", "mid", "empty"]
    for summary in summaries:
        assert summary.engine == "seq2seq"
        assert len(summary.bullets) <= 5
        assert summary.source_sentences == (None,) * len(summary.bullets)
        assert all(b and not b.endswith(".") and len(b) <= 60 for b in summary.bullets)
        assert summary.info["model"] == str(tiny_bart_dir)
    assert summaries[0].info["chunks"] > 1  # the seed article does not fit 128 tokens
    assert summaries[1].info["chunks"] == 1


def test_empty_article_gives_empty_bullets_and_a_warning(tiny_bart_dir, analyzer, docs):
    summary = engine_for(tiny_bart_dir, analyzer, *FAST).summarize(docs[3])
    assert summary.bullets == () and summary.info["chunks"] == 0
    assert summary.warnings == ("empty article: no sentences to summarize",)


def test_tiny_t5_with_prefix(tiny_t5_dir, analyzer, docs):
    engine = engine_for(tiny_t5_dir, analyzer, *FAST, 'model.prefix="summarize: "')
    assert engine.prefix == "summarize: "
    assert engine.count_tokens("딥시크 엔비디아") > engine.count_tokens("") >= 4  # prefix + </s>
    summary = engine.summarize(docs[1])
    assert summary.id == "short" and summary.info["chunks"] == 1


def test_chunks_cover_every_sentence_once_within_the_limit(tiny_bart_dir, analyzer, docs):
    engine = engine_for(tiny_bart_dir, analyzer, *FAST, "seq2seq.max_source_tokens=96")
    job = engine._prepare(docs[0])
    assert len(job.chunks) > 1
    assert max(engine.count_tokens(c.text) for c in job.chunks) <= 96
    covered = [i for c in job.chunks for i in c.sentences]
    assert sorted(set(covered)) == list(range(len(docs[0].sentences)))
    split = {i for c in job.chunks for i in c.split}
    assert len(covered) - len(set(covered)) <= sum(1 for c in job.chunks if c.split)  # only split sentences repeat
    assert all(f"sentence {i + 1} (" in " ".join(job.warnings) for i in split)


def test_batched_equals_unbatched_for_greedy_decoding(tiny_bart_dir, analyzer, docs):
    overrides = ["seq2seq.max_target_tokens=16", "seq2seq.num_beams=1", "seq2seq.min_target_tokens=8",
                 "seq2seq.max_source_tokens=160", "seq2seq.flag_unsupported=false"]
    batched = engine_for(tiny_bart_dir, analyzer, *overrides, "seq2seq.batch_size=16")
    one_by_one = engine_for(tiny_bart_dir, analyzer, *overrides, "seq2seq.batch_size=1")
    texts = [c.text for doc in docs[:3] for c in batched._prepare(doc).chunks]
    assert len({batched.count_tokens(t) for t in texts}) > 3  # different lengths, so padding is exercised
    assert batched.generate(texts) == one_by_one.generate(texts)
    assert [s.bullets for s in batched.summarize_many(docs)] == [s.bullets for s in one_by_one.summarize_many(docs)]


def test_token_budget_batches_and_input_order(tiny_bart_dir, analyzer):
    engine = engine_for(tiny_bart_dir, analyzer, *FAST, "seq2seq.batch_size=8", "seq2seq.max_batch_tokens=100")
    lengths = [10, 60, 30, 40, 5]
    batches = list(engine.generator._batches(sorted(range(5), key=lambda i: -lengths[i]), lengths))
    assert batches == [[1], [3, 2], [0, 4]]  # longest first; each batch's padded size stays within 100


def test_out_of_memory_batch_is_retried_in_halves(tiny_bart_dir, analyzer, monkeypatch):
    import torch

    engine = engine_for(tiny_bart_dir, analyzer, *FAST, "seq2seq.batch_size=8")
    sizes = []

    def fake_batch(sources):
        sizes.append(len(sources))
        if len(sources) > 2:
            raise torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB")
        return [list(reversed(s)) for s in sources]

    monkeypatch.setattr(engine.generator, "_generate_batch", fake_batch)
    sources = [[1], [1, 2, 3, 4, 5], [1, 2], [1, 2, 3], [2]]
    assert engine.generator.generate_ids(sources) == [list(reversed(s)) for s in sources]
    assert sizes == [5, 2, 3, 1, 2]  # 5 fails -> 2 + 3; 3 fails -> 1 + 2


def test_other_errors_are_not_swallowed_by_the_oom_retry(tiny_bart_dir, analyzer, monkeypatch):
    engine = engine_for(tiny_bart_dir, analyzer, *FAST)
    monkeypatch.setattr(engine.generator, "_generate_batch", lambda sources: (_ for _ in ()).throw(RuntimeError("shape mismatch")))
    with pytest.raises(RuntimeError, match="shape mismatch"):
        engine.generate(["가", "나"])


def test_split_bullets_by_separator_and_newlines():
    text = "딥시크, 저렴한 비용으로 돌풍<sep> 엔비디아 주가 17% 하락\n미국 AI 업계 충격 <sep><sep>"
    assert split_bullets(text, "<sep>") == ["딥시크, 저렴한 비용으로 돌풍", "엔비디아 주가 17% 하락", "미국 AI 업계 충격"]
    assert split_bullets("하나\n\n 둘 ", None) == ["하나", "둘"]


def test_kosum_json_separator_and_prefix_are_used_unless_config_sets_them(tmp_path, tiny_bart_sep_dir, analyzer):
    folder = tmp_path / "finetuned"
    shutil.copytree(tiny_bart_sep_dir, folder)
    (folder / "kosum.json").write_text(json.dumps({
        "separator": "<sep>", "prefix": "요약: ", "max_source_tokens": 200, "max_target_tokens": 64, "base_model": "tiny",
    }), encoding="utf-8")
    engine = engine_for(folder, analyzer, *FAST)
    assert (engine.separator, engine.prefix, engine.max_source_tokens) == ("<sep>", "요약: ", 200)
    sep_id = engine.tokenizer.convert_tokens_to_ids("<sep>")
    ids = engine.tokenizer("딥시크 돌풍 <sep> 엔비디아 주가 하락")["input_ids"]
    assert sep_id in ids
    decoded = engine.generator.decode(ids)
    assert "<sep>" in decoded and "</s>" not in decoded and "<s>" not in decoded
    assert engine._bullets(decoded) == ["딥시크 돌풍", "엔비디아 주가 하락"]

    explicit = engine_for(folder, analyzer, *FAST, "seq2seq.separator=/", 'model.prefix=""', "seq2seq.max_source_tokens=64")
    assert (explicit.separator, explicit.prefix, explicit.max_source_tokens) == ("/", "", 64)


def test_generated_separator_splits_bullets_end_to_end(tmp_path, tiny_bart_sep_dir, analyzer, docs):
    """A model biased to write "<sep>" every few tokens: its output comes back as several bullets."""
    import torch
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    folder = tmp_path / "sep-biased"
    shutil.copytree(tiny_bart_sep_dir, folder)
    tokenizer = AutoTokenizer.from_pretrained(folder)
    model = AutoModelForSeq2SeqLM.from_pretrained(folder)
    sep_id = tokenizer.convert_tokens_to_ids("<sep>")
    word_ids = tokenizer("딥시크 엔비디아 주가", add_special_tokens=False)["input_ids"]
    with torch.no_grad():
        model.final_logits_bias[0, word_ids] = 8.0
        model.final_logits_bias[0, sep_id] = 7.0
    model.save_pretrained(folder)
    (folder / "kosum.json").write_text(json.dumps({"separator": "<sep>"}), encoding="utf-8")
    engine = engine_for(folder, analyzer, "seq2seq.max_target_tokens=24", "seq2seq.num_beams=1",
                        "seq2seq.no_repeat_ngram_size=2", "seq2seq.dedup_threshold=1.0")
    raw = engine.generate([docs[1].sentences[0].text])[0]
    assert "<sep>" in raw
    summary = engine.summarize(docs[1])
    assert 1 < len(summary.bullets) <= 5
    assert all("<sep>" not in b for b in summary.bullets)


def test_dedupe_keeps_first_of_near_identical_bullets(analyzer):
    bullets = ["딥시크, 미국 AI 업계에 충격", "딥시크 미국 AI 업계 충격", "엔비디아 주가 17% 하락"]
    assert dedupe_bullets(bullets, analyzer, 0.6) == ["딥시크, 미국 AI 업계에 충격", "엔비디아 주가 17% 하락"]


def test_rank_keeps_bullets_about_the_article(analyzer, docs):
    bullets = ["고양이 사료 가격 인상", "딥시크 AI 모델 비용 저렴", "축구 대표팀 승리", "엔비디아 칩 딥시크"]
    kept = rank_bullets(bullets, docs[0], analyzer, keep=2, keep_order=True)
    assert kept == ["딥시크 AI 모델 비용 저렴", "엔비디아 칩 딥시크"]


def test_truncate_records_a_warning_and_uses_one_chunk(tiny_bart_dir, analyzer, docs):
    engine = engine_for(tiny_bart_dir, analyzer, *FAST, "seq2seq.max_source_tokens=96", "seq2seq.truncate=true")
    summary = engine.summarize(docs[0])
    assert summary.info["chunks"] == 1
    assert any(w.startswith("input truncated to max_source_tokens=96") for w in summary.warnings)


def test_resummarize_merge_runs_a_second_pass(tiny_bart_dir, analyzer, docs, monkeypatch):
    engine = engine_for(tiny_bart_dir, analyzer, *FAST, "seq2seq.max_source_tokens=128", "seq2seq.merge=resummarize")
    calls = []
    real = engine.generate

    def spy(texts):
        calls.append(len(texts))
        return real(texts)

    monkeypatch.setattr(engine, "generate", spy)
    summary = engine.summarize(docs[0])
    assert summary.info["chunks"] > 1
    assert calls == [summary.info["chunks"], 1]  # every chunk in one batch, then the second pass over their summaries
    assert calls[0] == summary.info["chunks"]


def test_the_engine_is_built_from_its_own_sections_without_a_summarize_config(tiny_bart_dir, analyzer, docs):
    from pipeline.config.summarize import BulletConfig, KiwiEngineConfig
    from pipeline.engines.seq2seq import Seq2SeqEngine
    from pipeline.engines.seq2seq_config import ModelConfig, Seq2SeqConfig

    def build(input_mode):
        options = Seq2SeqConfig(input=input_mode, max_target_tokens=12, num_beams=1, flag_unsupported=False, max_source_tokens=1024)
        return Seq2SeqEngine.from_sections(analyzer, bullets=BulletConfig(max=2), kiwi=KiwiEngineConfig(),
                                           model=ModelConfig(name_or_path=str(tiny_bart_dir)), seq2seq=options)

    full, selected = build("full").summarize(docs[0]), build("selected").summarize(docs[0])
    assert selected.info["input"] == "selected" and 0 < selected.info["input_tokens"] < full.info["input_tokens"]
    assert len(full.bullets) <= 2 and len(selected.bullets) <= 2


def test_selected_input_uses_the_kiwi_selection(tiny_bart_dir, analyzer, docs):
    full = engine_for(tiny_bart_dir, analyzer, *FAST, "seq2seq.max_source_tokens=1024").summarize(docs[0])
    selected = engine_for(tiny_bart_dir, analyzer, *FAST, "seq2seq.max_source_tokens=1024", "seq2seq.input=selected").summarize(docs[0])
    assert selected.info["input"] == "selected"
    assert 0 < selected.info["input_tokens"] < full.info["input_tokens"]


def test_int8_quantized_engine_runs_on_cpu(tiny_bart_dir, analyzer, docs):
    engine = engine_for(tiny_bart_dir, analyzer, *FAST, "seq2seq.quantize=int8", "seq2seq.device=cpu")
    assert engine.device == "cpu"
    assert any(type(m).__module__.startswith("torch.ao.nn.quantized.dynamic") for m in engine.model.modules())
    assert engine.summarize(docs[1]).id == "short"


# ---------------------------------------------------------------- bad input


def test_unreachable_hub_id_fails_fast_offline(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    start = time.monotonic()
    with pytest.raises(ModelLoadError, match=r"'kosum-test/no-such-model'.*model\.name_or_path=models/no-such-model"):
        load_checkpoint("kosum-test/no-such-model")
    assert time.monotonic() - start < 10


def test_unreachable_hub_id_fails_fast_without_offline_flag(monkeypatch):
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.delenv("TRANSFORMERS_OFFLINE", raising=False)
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")  # discard port: nothing listens
    start = time.monotonic()
    with pytest.raises(ModelLoadError, match="127.0.0.1 cannot be reached"):
        load_checkpoint("kosum-test/no-such-model")
    assert time.monotonic() - start < 10


def test_missing_folder_is_named(tmp_path):
    with pytest.raises(ModelLoadError, match="model folder not found: .*nowhere"):
        load_checkpoint(str(tmp_path / "nowhere" / "ckpt"))
    with pytest.raises(ModelLoadError, match="model.name_or_path is empty"):
        load_checkpoint("")


def test_folder_without_config_lists_what_it_found(tmp_path):
    (tmp_path / "weights.bin").write_bytes(b"")
    with pytest.raises(ModelLoadError, match=r"no config\.json.*found: weights\.bin"):
        load_checkpoint(str(tmp_path))


def test_decoder_only_model_is_rejected(tmp_path):
    from transformers import GPT2Config

    GPT2Config(n_layer=1, n_embd=16, n_head=2).save_pretrained(tmp_path)
    with pytest.raises(ModelLoadError, match="'gpt2' model.*not an encoder-decoder"):
        load_checkpoint(str(tmp_path))


def test_tokenizer_without_pad_token_is_a_clear_error(tiny_bart_dir):
    checkpoint = load_checkpoint(str(tiny_bart_dir))
    checkpoint.tokenizer.pad_token = None
    with pytest.raises(ModelLoadError, match="has no pad_token"):
        check_tokenizer(checkpoint.tokenizer, checkpoint.model, checkpoint.source)


def test_tokenizer_bigger_than_embeddings_is_a_clear_error(tiny_bart_dir):
    checkpoint = load_checkpoint(str(tiny_bart_dir))
    checkpoint.tokenizer.add_tokens(["<새토큰>"])
    with pytest.raises(ModelLoadError, match="resize_token_embeddings"):
        check_tokenizer(checkpoint.tokenizer, checkpoint.model, checkpoint.source)


@pytest.mark.parametrize(
    "override, message",
    [
        ("seq2seq.quantize=int4", "seq2seq.quantize='int4' is not one of"),
        ("seq2seq.input=summary", "seq2seq.input='summary'"),
        ("seq2seq.device=tpu", "seq2seq.device='tpu'"),
        ("seq2seq.max_source_tokens=4", "too small"),
        ("seq2seq.min_target_tokens=500", "min_target_tokens=500"),
    ],
)
def test_bad_seq2seq_settings_are_config_errors(override, message, analyzer):
    with pytest.raises(ConfigError, match=message):
        load_config(SummarizeConfig, CONFIG, [override])
    config = load_config(SummarizeConfig, CONFIG)
    key, value = override.split(".", 1)[1].split("=")
    setattr(config.seq2seq, key, int(value) if value.isdigit() else value)  # a config built in code, not from a file
    with pytest.raises(ConfigError, match=message):
        build_engine("seq2seq", config, analyzer)


def test_summarize_script_with_a_finetuned_folder(tmp_path, tiny_bart_sep_dir):
    """The user's one command: scripts/summarize.py with configs/summarize-seq2seq.yaml and a checkpoint folder."""
    from pipeline.recipes.summarize import main

    folder = tmp_path / "my-kobart"
    shutil.copytree(tiny_bart_sep_dir, folder)
    (folder / "kosum.json").write_text(json.dumps({"separator": "<sep>", "prefix": "", "max_source_tokens": 128,
                                                   "max_target_tokens": 16, "base_model": "tiny"}), encoding="utf-8")
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) for i, t in [
        ("seed", SEED.read_text(encoding="utf-8")),
        ("short", "한국천문연구원은 새로운 소행성을 발견했다고 밝혔다. 연구팀은 관측을 이어갈 계획이다."),
    ]) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code = main(["--config", str(CONFIG), "model.name_or_path=" + str(folder), "seq2seq.max_target_tokens=12",
                 "seq2seq.num_beams=1", "--input", str(source), "--output", str(out)])
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert code == 0 and [r["id"] for r in records] == ["seed", "short"]
    assert records[0]["engine"] == "seq2seq" and records[0]["info"]["chunks"] > 1  # 128-token chunks from kosum.json
    assert all(r["summary"].startswith("[기사요약]") for r in records)


@pytest.mark.parametrize("model", ["tiny_bart_dir", "tiny_t5_dir"])
def test_beam_search_without_cross_attention_reorder_gives_transformers_output(model, request, analyzer, docs):
    import torch

    engine = engine_for(request.getfixturevalue(model), analyzer, "seq2seq.num_beams=3", "seq2seq.max_target_tokens=16",
                        "seq2seq.min_target_tokens=8", "seq2seq.max_source_tokens=160", "seq2seq.flag_unsupported=false")
    texts = [c.text for doc in docs[:2] for c in engine._prepare(doc).chunks][:4]
    encoded = engine.tokenizer([engine.prefix + t for t in texts], padding=True, truncation=True,
                               max_length=engine.max_source_tokens, return_tensors="pt")
    encoded.pop("token_type_ids", None)
    sources = [engine.framer.encode_source(t) for t in texts]
    assert sources == [[i for i, m in zip(row, mask) if m] for row, mask in
                       zip(encoded["input_ids"].tolist(), encoded["attention_mask"].tolist())]  # tokenizer frames itself
    o = engine.options
    with torch.inference_mode():  # plain transformers beam search, default cache
        reference = engine.model.generate(**encoded, num_beams=3, do_sample=False, max_new_tokens=16, min_new_tokens=8,
                                          no_repeat_ngram_size=o.no_repeat_ngram_size,
                                          repetition_penalty=o.repetition_penalty, length_penalty=o.length_penalty,
                                          early_stopping=True)
    pad = engine.tokenizer.pad_token_id
    unpadded = [row[: max(i for i, t in enumerate(row) if t != pad or i == 0) + 1] for row in reference.tolist()]
    assert engine.generator._generate_batch(sources) == unpadded
