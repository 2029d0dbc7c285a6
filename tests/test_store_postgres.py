"""The store on PostgreSQL: the same idempotent, atomic writes as on SQLite.

Runs when CONFLICTLENS_TEST_POSTGRES_URL names a database it may write to (for example
postgresql+psycopg://conflictlens@127.0.0.1/conflictlens_test) and psycopg is installed
(`pip install -e .[postgres]`); skips otherwise.
"""

import os
import uuid

import pytest

URL = os.environ.get("CONFLICTLENS_TEST_POSTGRES_URL")
pytestmark = pytest.mark.skipif(not URL, reason="CONFLICTLENS_TEST_POSTGRES_URL is not set")


@pytest.fixture
def store():
    pytest.importorskip("psycopg")
    from sqlalchemy import text

    from conflictlens.store import Store

    store = Store.open(URL)
    yield store
    with store.engine.begin() as connection:  # leave the database as we found it
        for table in ("provenance_profiles", "claims", "events", "actor_mentions", "places", "articles"):
            connection.execute(text(f"DELETE FROM {table}"))
    store.close()


def test_postgres_store_is_idempotent_and_atomic(store, monkeypatch):
    from test_store import make_analysis

    from conflictlens.errors import StoreError
    from conflictlens.store import rows

    article_id = "pg" + uuid.uuid4().hex[:8]
    assert store.save_analysis(make_analysis(article_id)).status == "stored"
    assert store.save_analysis(make_analysis(article_id)).status == "duplicate"
    assert store.counts()["articles"] == 1 and store.counts()["places"] == 1

    real = rows.analysis_rows
    monkeypatch.setattr(rows, "analysis_rows", lambda a: real(a)[:-1] + [(real(a)[-1][0], [{"article_id": a.article.id}])])
    with pytest.raises(StoreError):
        store.save_analysis(make_analysis("pg-broken", text="Different text about a protest in Bamako on Friday."))
    assert store.counts()["articles"] == 1
