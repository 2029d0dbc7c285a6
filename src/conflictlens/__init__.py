"""conflictlens: news reports about armed conflict → an attributed, geocoded database of events and claims.

    >>> import conflictlens
    >>> analysis = conflictlens.analyze(text, published="2020-08-26")
    >>> analysis.claims[0].attribution.source_text
    >>> store = conflictlens.open_store("sqlite:///events.sqlite")

Heavy dependencies (spaCy, trafilatura, SQLAlchemy) load on first use, not on import.
"""

from __future__ import annotations

from .api import IngestReport, analyze, analyze_article, ingest_sources, load_articles
from .config import Settings, load_settings
from .errors import ConflictlensError
from .model import Analysis, Article, Claim, Event, Evidence, Place

__version__ = "0.1.0"


def open_store(url: str | None = None):
    """Open (creating or migrating) the event store at a database URL or SQLite path."""
    from .store import open_store as _open_store

    return _open_store(url)


__all__ = [
    "Analysis",
    "Article",
    "Claim",
    "ConflictlensError",
    "Event",
    "Evidence",
    "IngestReport",
    "Place",
    "Settings",
    "analyze",
    "analyze_article",
    "ingest_sources",
    "load_articles",
    "load_settings",
    "open_store",
]
