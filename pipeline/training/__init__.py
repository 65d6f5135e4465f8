"""Fine-tuning seq2seq summarizers on article/summary pairs (the ``finetune`` recipe's parts).

``config`` (schema), ``data`` (pairs -> token ids, long-input handling), ``separator``
(how bullets are joined), ``model`` (loading, LoRA, checkpoint folders), ``loop``
(accelerate training loop, resume), ``evaluate`` (Korean ROUGE), ``report`` (metrics, plot).
"""
