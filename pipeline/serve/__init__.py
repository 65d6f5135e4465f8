"""``kosum serve``: a web page and an HTTP API over the summarize pipeline (the recipe is ``pipeline/recipes/serve.py``)."""
