"""kosum: Korean news summarization into [기사요약] bullets."""

__version__ = "0.1.0"
