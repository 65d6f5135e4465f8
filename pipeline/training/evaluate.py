"""Validation during training: loss, then generated bullets scored with our Korean ROUGE.

Runs under ``torch.no_grad`` in small batches (``eval.batch_size``) so validation
never needs more memory than a training step.
"""
from __future__ import annotations

from pipeline.engines.seq2seq import beam_search_cache
from pipeline.training.separator import split_bullets

ROUGE_KEYS = ("rouge1", "rouge2", "rougeL", "rougeLsum")


def korean_rouge(prediction: list[str], reference: list[str] | tuple[str, ...]) -> dict[str, float]:
    """ROUGE F1 (0-1) of predicted against reference bullets on Kiwi morphemes."""
    from pipeline.evaluation.rouge import rouge_scores

    scores = rouge_scores(list(prediction), list(reference))
    return {key: scores[key]["f"] for key in ROUGE_KEYS}


def generate_bullets(model, tokenizer, input_ids: list[list[int]], separator: str, eval_config, device) -> list[list[str]]:
    """Bullets generated for already encoded sources, in input order."""
    import torch

    from pipeline.training.data import Collator

    collate = Collator(tokenizer.pad_token_id)
    outputs: list[list[str]] = []
    for start in range(0, len(input_ids), eval_config.batch_size):
        batch = collate([{"input_ids": ids, "labels": [0]} for ids in input_ids[start:start + eval_config.batch_size]])
        cache = {"cache": beam_search_cache()} if eval_config.num_beams > 1 else {}  # as the engine generates
        with torch.no_grad():
            generated = model.generate(input_ids=batch["input_ids"].to(device),
                                       attention_mask=batch["attention_mask"].to(device),
                                       num_beams=eval_config.num_beams, max_new_tokens=eval_config.max_new_tokens,
                                       **cache)
        for text in tokenizer.batch_decode(generated, skip_special_tokens=True):
            outputs.append(split_bullets(text, separator))
    return outputs


def evaluate(model, tokenizer, examples: list[dict], references, separator: str, eval_config, collate, device) -> dict:
    """``eval_loss`` and mean ROUGE F1 over the validation pairs, plus a few sample outputs."""
    import torch

    was_training = model.training
    model.eval()
    total, count = 0.0, 0
    for start in range(0, len(examples), eval_config.batch_size):
        batch = {k: v.to(device) for k, v in collate(examples[start:start + eval_config.batch_size]).items()}
        with torch.no_grad():
            loss = model(**batch).loss
        n = int((batch["labels"] != -100).sum())
        total, count = total + float(loss) * n, count + n
    predictions = generate_bullets(model, tokenizer, [e["input_ids"] for e in examples], separator, eval_config, device)
    if was_training:
        model.train()
    sums = dict.fromkeys(ROUGE_KEYS, 0.0)
    for prediction, reference in zip(predictions, references):
        for key, value in korean_rouge(prediction, reference).items():
            sums[key] += value
    result = {"eval_loss": total / max(count, 1)}
    result.update({key: value / max(len(predictions), 1) for key, value in sums.items()})
    result["samples"] = [{"prediction": p, "reference": list(r)} for p, r in zip(predictions[:3], references[:3])]
    return result
