"""Shared fixtures. Tests that need ../shared skip cleanly when it is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).parent / "fixtures"

# Built indexes (the gazetteer) are cached inside the checkout, not in the user's home.
os.environ.setdefault("CONFLICTLENS_CACHE_DIR", str(ROOT / ".cache" / "test"))


@pytest.fixture(scope="session")
def seed_text() -> str:
    path = SHARED / "samples" / "seed-article.txt"
    if not path.is_file():
        pytest.skip("../shared/samples/seed-article.txt is not available")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def settings():
    from conflictlens.config import load_settings

    return load_settings()


@pytest.fixture
def db_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'test.sqlite'}"


@pytest.fixture(scope="session")
def seed_analysis(seed_text, settings):
    import conflictlens

    return conflictlens.analyze(seed_text, published="2020-08-26", settings=settings)


class EventReader:
    """The events of a text written for a test, read with the test settings."""

    def __init__(self, settings) -> None:
        self.settings = settings

    def events(self, text: str, published: str, title: str | None = None) -> list:
        import conflictlens

        return conflictlens.analyze(text, published=published, settings=self.settings, title=title).events

    def one(self, text: str, published: str):
        """The report's only event: the later sentences tell more of it, not events of their own."""
        events = self.events(text, published)
        assert len(events) == 1, [e.evidence.text for e in events]
        return events[0]

    def field_of_one(self, text: str, published: str, field: str):
        """A dotted field ("fatalities.best") of the report's only event."""
        value = self.one(text, published)
        for name in field.split("."):
            value = getattr(value, name)
        return value


@pytest.fixture
def read_events(settings) -> EventReader:
    return EventReader(settings)

