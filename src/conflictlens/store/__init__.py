"""Storage: every SQL statement of conflictlens lives in this package."""

from .database import Store, open_store

__all__ = ["Store", "open_store"]
