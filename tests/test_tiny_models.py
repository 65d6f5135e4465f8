"""The tiny checkpoints load back through the Auto classes users call."""
from transformers import AutoModelForSeq2SeqLM, AutoTokenizer


def test_tiny_bart_roundtrip_keeps_separator(tiny_bart_sep_dir):
    tokenizer = AutoTokenizer.from_pretrained(tiny_bart_sep_dir)
    model = AutoModelForSeq2SeqLM.from_pretrained(tiny_bart_sep_dir)
    assert model.config.model_type == "bart" and model.config.d_model <= 64
    ids = tokenizer("딥시크 돌풍 <sep> 엔비디아 주가 하락").input_ids
    assert ids[0] == tokenizer.bos_token_id and ids[-1] == tokenizer.eos_token_id
    assert tokenizer.convert_tokens_to_ids("<sep>") in ids
    assert "<sep>" in tokenizer.decode(ids, skip_special_tokens=True)
    assert model.get_input_embeddings().num_embeddings >= len(tokenizer)


def test_tiny_t5_roundtrip(tiny_t5_dir):
    tokenizer = AutoTokenizer.from_pretrained(tiny_t5_dir)
    model = AutoModelForSeq2SeqLM.from_pretrained(tiny_t5_dir)
    assert model.config.model_type == "t5" and model.config.d_model <= 64
    ids = tokenizer("한국천문연구원은 새로운 소행성을 발견했다").input_ids
    assert ids[-1] == tokenizer.eos_token_id == 1
    assert tokenizer.decode(ids, skip_special_tokens=True) == "한국천문연구원은 새로운 소행성을 발견했다"
