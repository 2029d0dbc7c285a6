"""The database schema as SQLAlchemy Core tables: one row per article, and one row per place,
actor mention, event and claim, each with its evidence span (``ev_start``/``ev_end``/``ev_text``/
``ev_stage``) so that every stored fact points back to the words it came from.

Alembic migrations in ``migrations/versions`` create and evolve these tables; this module is the
description the queries use. Keep the two in step: a change here needs a new migration.
"""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, Column, Date, DateTime, Float, ForeignKey, Integer, MetaData, String, Table, Text

metadata = MetaData()


def evidence_columns() -> list[Column]:
    return [
        Column("ev_start", Integer, nullable=False),
        Column("ev_end", Integer, nullable=False),
        Column("ev_text", Text, nullable=False),
        Column("ev_stage", String(40), nullable=False),
    ]


def article_fk() -> Column:
    return Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True)


articles = Table(
    "articles",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("canonical_url", Text, unique=True),
    Column("content_hash", String(64), unique=True, nullable=False),
    Column("url", Text),
    Column("source", Text, nullable=False),
    Column("title", Text),
    Column("published", Date),
    Column("author", Text),
    Column("language", String(8)),
    Column("language_confidence", Float),
    Column("status", String(20), nullable=False),  # analysed | not_analysed
    Column("status_reason", Text),
    Column("synthetic", Boolean, nullable=False, default=False),
    Column("text", Text, nullable=False),
    Column("metadata", JSON),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

places = Table(
    "places",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    article_fk(),
    Column("name", Text, nullable=False),
    Column("level", String(16), nullable=False),
    Column("geo_precision", Integer, nullable=False),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("gazetteer_id", String(64)),
    Column("feature_code", String(10)),
    Column("country_code", String(2), index=True),
    Column("admin1", Text),
    Column("admin2", Text),
    Column("confidence", Float),
    Column("use", String(12), nullable=False, server_default="literal"),
    *evidence_columns(),
)

actor_mentions = Table(
    "actor_mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    article_fk(),
    Column("actor_id", String(120), nullable=False, index=True),
    Column("name", Text, nullable=False),
    Column("category", Integer),
    Column("generic", Boolean, nullable=False),
    Column("via_metonymy", Boolean, nullable=False),
    Column("country_code", String(2)),
    *evidence_columns(),
)

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    article_fk(),
    Column("event_type", String(40), nullable=False, index=True),
    Column("sub_event_type", String(60), nullable=False),
    Column("event_date", Date, index=True),
    Column("event_date_end", Date),
    Column("time_precision", Integer),  # ACLED 1 day / 2 week / 3 month; NULL when unknown
    Column("date_phrase", Text),
    Column("date_basis", String(12), nullable=False, server_default="text"),  # text | dateline | statement
    Column("plover", String(20)),
    Column("actor1_id", String(120)),
    Column("actor1", Text),
    Column("inter1", Integer),
    Column("actor2_id", String(120)),
    Column("actor2", Text),
    Column("inter2", Integer),
    Column("associated_actors", JSON),
    Column("location", Text),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("geo_precision", Integer),
    Column("country_code", String(2), index=True),
    Column("admin1", Text),
    Column("admin2", Text),
    Column("gazetteer_id", String(64)),
    Column("fatalities", Integer),
    Column("fatalities_low", Integer),
    Column("fatalities_high", Integer),
    Column("fatalities_phrase", Text),
    Column("fatalities_victims", String(12)),  # civilians | combatants | NULL (the text does not say)
    Column("superseded_fatalities", JSON),  # earlier, smaller tolls of the same event in the article
    Column("other_estimates", JSON),  # other sources' differing figures, each with its sentence
    Column("actor1_antecedent", JSON),  # the earlier mention that names a definite generic actor1 ("the rebels")
    Column("actor2_antecedent", JSON),
    Column("injuries", Integer),
    Column("injuries_phrase", Text),
    Column("civilian_targeting", Boolean, nullable=False),
    Column("trigger", Text),
    Column("confidence", Float),
    *evidence_columns(),
)

claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    article_fk(),
    Column("kind", String(20), nullable=False, index=True),
    Column("certainty", String(10), nullable=False),
    Column("attribution", String(10), nullable=False),  # named | anonymous | outlet
    Column("source_text", Text),
    Column("source_name", Text),
    Column("role", Text),
    Column("affiliation", Text),
    Column("cue", Text),
    Column("hedges", JSON),
    Column("stated_on", Date),
    Column("stated_on_phrase", Text),
    Column("quantity", JSON),
    Column("trend", JSON),
    Column("evaluative_terms", JSON),
    *evidence_columns(),
)

profiles = Table(
    "provenance_profiles",
    metadata,
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("claims", Integer, nullable=False),
    Column("share_named", Float, nullable=False),
    Column("share_anonymous", Float, nullable=False),
    Column("share_unattributed", Float, nullable=False),
    Column("outlet_evaluative_terms", JSON),
)
