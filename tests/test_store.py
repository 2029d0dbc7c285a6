"""The store keeps every article once, writes an article's records together or not at all."""

import datetime as dt

import pytest

from conflictlens.errors import StoreError
from conflictlens.model import (
    Analysis,
    Article,
    Attribution,
    AttributionKind,
    Certainty,
    Claim,
    ClaimKind,
    Evidence,
    GeoPrecision,
    Place,
    ProvenanceProfile,
)
from conflictlens.store import Store, rows


def make_analysis(article_id="a1", text="Shelling hit Idlib on Monday, killing two people.", url=None) -> Analysis:
    from conflictlens.ingest import canonical_url, content_hash

    article = Article(id=article_id, text=text, content_hash=content_hash(text), source="test", url=url, canonical_url=canonical_url(url), published=dt.date(2024, 3, 14), language="en")
    place = Place(name="Idlib", evidence=Evidence(article_id, 13, 18, "Idlib", "places/1"), level="point", precision=GeoPrecision.POINT, latitude=35.93, longitude=36.63, country_code="SY")
    claim = Claim(kind=ClaimKind.EVENT_REPORT, evidence=Evidence(article_id, 0, len(text), text, "claims/1"), attribution=Attribution(AttributionKind.OUTLET), certainty=Certainty.CERTAIN)
    return Analysis(article, (), (), (place,), (), (), (claim,), ProvenanceProfile(1, 0.0, 0.0, 1.0))


def test_same_article_twice_is_stored_once(db_url):
    store = Store.open(db_url)
    first = store.save_analysis(make_analysis())
    second = store.save_analysis(make_analysis())
    assert (first.status, second.status) == ("stored", "duplicate")
    assert second.article_id == first.article_id
    assert store.counts()["articles"] == 1 and store.counts()["places"] == 1


def test_same_text_from_another_url_is_a_duplicate(db_url):
    store = Store.open(db_url)
    store.save_analysis(make_analysis("a1", url="https://one.example/x"))
    outcome = store.save_analysis(make_analysis("a2", url="https://two.example/y"))
    assert outcome.status == "duplicate"


def test_same_url_with_new_text_is_a_duplicate(db_url):
    store = Store.open(db_url)
    store.save_analysis(make_analysis("a1", url="https://one.example/x?utm_source=feed"))
    outcome = store.save_analysis(make_analysis("a2", text="Completely different text about a protest in Bamako.", url="https://one.example/x"))
    assert outcome.status == "duplicate"


def test_failure_mid_write_leaves_nothing(db_url, monkeypatch):
    store = Store.open(db_url)
    real = rows.analysis_rows

    def broken(analysis):
        produced = real(analysis)
        table, values = produced[-1]
        return produced[:-1] + [(table, [{"article_id": analysis.article.id}])]  # violates NOT NULL

    monkeypatch.setattr(rows, "analysis_rows", broken)
    with pytest.raises(StoreError) as info:
        store.save_analysis(make_analysis())
    assert "Nothing of it was written" in str(info.value)
    assert store.counts() == {"articles": 0, "events": 0, "claims": 0, "places": 0, "actor_mentions": 0}


def test_reopening_runs_migrations_idempotently(db_url):
    Store.open(db_url).save_analysis(make_analysis())
    assert Store.open(db_url).counts()["articles"] == 1


def test_unanalysed_article_is_kept_and_marked(db_url):
    store = Store.open(db_url)
    analysis = make_analysis()
    outcome = store.save_unanalysed(analysis.article, "not English")
    assert outcome.status == "not_analysed"
    [row] = store.articles()
    assert row["status"] == "not_analysed" and row["status_reason"] == "not English"


def test_bad_database_url_is_one_clear_error(tmp_path):
    with pytest.raises(StoreError) as info:
        Store.open("nosuchdialect://x/y")
    assert "\n" not in str(info.value)
