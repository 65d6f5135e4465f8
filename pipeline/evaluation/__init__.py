"""Evaluation: Korean-correct ROUGE, faithfulness and format checks, corpus statistics, reports."""
