"""Fine-tuning seq2seq summarizers on article/summary pairs (the ``finetune`` recipe's parts).

Loading, framing, generation and bullet reading come from ``pipeline.seq2seq``, the layer
the seq2seq engine uses. Here (the schema is :mod:`pipeline.config.finetune`): ``data`` (pairs -> framed token ids,
long-input handling), ``separator`` (how bullets are joined), ``model`` (the starting
checkpoint, LoRA, checkpoint folders with ``kosum.json``), ``loop`` (accelerate training
loop, resume), ``evaluate`` (validation: the engine's generate + Korean ROUGE), ``report``
(metrics, plot).
"""
