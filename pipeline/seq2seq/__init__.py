"""The seq2seq layer shared by the ``seq2seq`` engine, fine-tuning and its validation.

``checkpoint`` (loading: local folder, hub id failing fast offline, LoRA adapter,
device/dtype/int8, tokenizer fallback), ``framing`` (how a source and a target become
ids for this tokenizer and config), ``info`` (``kosum.json``), ``generate`` (the one
``generate``), ``bullets`` (model input text; generated text into finished bullets).
Importing the package never imports torch or transformers.
"""
