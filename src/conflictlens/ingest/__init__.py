"""Ingest: named sources (files, directories, URLs, stdin, JSON records) to clean Articles."""

from .sources import build_article, canonical_url, content_hash, iter_inputs, parse_date

__all__ = ["build_article", "canonical_url", "content_hash", "iter_inputs", "parse_date"]
