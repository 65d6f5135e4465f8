"""Validation during training: loss, then bullets generated exactly as ``kosum summarize`` writes them.

Generation goes through the seq2seq engine's ``Generator`` (same framing, batching and
decoding settings) and its ``BulletReader`` (same splitting and bullet finishing), so
the best checkpoint is chosen on the output users get. Bullets are scored with our
Korean ROUGE. Runs without gradients in batches of ``eval.batch_size``.
"""
from __future__ import annotations

from pipeline.seq2seq.bullets import BulletReader
from pipeline.seq2seq.framing import Framer
from pipeline.seq2seq.generate import GenerationSettings, Generator

ROUGE_KEYS = ("rouge1", "rouge2", "rougeL", "rougeLsum")


def korean_rouge(prediction: list[str], reference: list[str] | tuple[str, ...]) -> dict[str, float]:
    """ROUGE F1 (0-1) of predicted against reference bullets on Kiwi morphemes."""
    from pipeline.evaluation.rouge import rouge_scores

    scores = rouge_scores(list(prediction), list(reference))
    return {key: scores[key]["f"] for key in ROUGE_KEYS}


def generation_settings(eval_config) -> GenerationSettings:
    """The ``eval.*`` decoding settings (defaults equal ``configs/summarize-seq2seq.yaml``'s)."""
    e = eval_config
    return GenerationSettings(max_new_tokens=e.max_new_tokens, min_new_tokens=0, num_beams=e.num_beams,
                              no_repeat_ngram_size=e.no_repeat_ngram_size, repetition_penalty=e.repetition_penalty,
                              length_penalty=e.length_penalty, batch_size=e.batch_size, max_batch_tokens=0)


class Validator:
    """Scores a model on the validation pairs; called by the training loop on the main process."""

    def __init__(self, framer: Framer, separator: str, eval_config, analyzer,
                 examples: list[dict], references: list[tuple[str, ...]], collate):
        self.framer = framer
        self.separator = separator
        self.settings = generation_settings(eval_config)
        self.read_bullets = BulletReader(separator, analyzer, eval_config.max_chars)
        self.examples = examples
        self.references = references
        self.collate = collate

    def __bool__(self) -> bool:
        return bool(self.examples)

    def predict(self, model, device) -> list[list[str]]:
        """Finished bullets for every validation source, in order."""
        generator = Generator(model, self.framer.tokenizer, self.framer, self.settings, str(device), self.separator)
        outputs = generator.generate_ids([e["input_ids"] for e in self.examples])
        return [self.read_bullets(generator.decode(ids)) for ids in outputs]

    def __call__(self, model, device) -> dict:
        """``eval_loss`` and mean ROUGE F1 over the validation pairs, plus a few sample outputs."""
        import torch

        was_training = model.training
        model.eval()
        total, count = 0.0, 0
        size = self.settings.batch_size
        for start in range(0, len(self.examples), size):
            batch = {k: v.to(device) for k, v in self.collate(self.examples[start:start + size]).items()}
            with torch.no_grad():
                loss = model(**batch).loss
            n = int((batch["labels"] != -100).sum())
            total, count = total + float(loss) * n, count + n
        predictions = self.predict(model, device)
        if was_training:
            model.train()
        sums = dict.fromkeys(ROUGE_KEYS, 0.0)
        for prediction, reference in zip(predictions, self.references):
            for key, value in korean_rouge(prediction, reference).items():
                sums[key] += value
        result = {"eval_loss": total / max(count, 1)}
        result.update({key: value / max(len(predictions), 1) for key, value in sums.items()})
        result["samples"] = [{"prediction": p, "reference": list(r)} for p, r in zip(predictions[:3], self.references[:3])]
        return result
