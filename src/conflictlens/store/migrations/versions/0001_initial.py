"""Initial schema: articles, places, actor mentions, events, claims, provenance profiles.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _evidence() -> list[sa.Column]:
    return [
        sa.Column("ev_start", sa.Integer, nullable=False),
        sa.Column("ev_end", sa.Integer, nullable=False),
        sa.Column("ev_text", sa.Text, nullable=False),
        sa.Column("ev_stage", sa.String(40), nullable=False),
    ]


def _article_fk() -> sa.Column:
    return sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True)


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("canonical_url", sa.Text, unique=True),
        sa.Column("content_hash", sa.String(64), unique=True, nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.Date),
        sa.Column("author", sa.Text),
        sa.Column("language", sa.String(8)),
        sa.Column("language_confidence", sa.Float),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("status_reason", sa.Text),
        sa.Column("synthetic", sa.Boolean, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("metadata", sa.JSON),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "places",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _article_fk(),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("level", sa.String(16), nullable=False),
        sa.Column("geo_precision", sa.Integer, nullable=False),
        sa.Column("latitude", sa.Float),
        sa.Column("longitude", sa.Float),
        sa.Column("gazetteer_id", sa.String(64)),
        sa.Column("feature_code", sa.String(10)),
        sa.Column("country_code", sa.String(2), index=True),
        sa.Column("admin1", sa.Text),
        sa.Column("admin2", sa.Text),
        sa.Column("confidence", sa.Float),
        *_evidence(),
    )
    op.create_table(
        "actor_mentions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _article_fk(),
        sa.Column("actor_id", sa.String(120), nullable=False, index=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("category", sa.Integer),
        sa.Column("generic", sa.Boolean, nullable=False),
        sa.Column("via_metonymy", sa.Boolean, nullable=False),
        sa.Column("country_code", sa.String(2)),
        *_evidence(),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _article_fk(),
        sa.Column("event_type", sa.String(40), nullable=False, index=True),
        sa.Column("sub_event_type", sa.String(60), nullable=False),
        sa.Column("event_date", sa.Date, index=True),
        sa.Column("event_date_end", sa.Date),
        sa.Column("time_precision", sa.Integer),
        sa.Column("date_phrase", sa.Text),
        sa.Column("actor1_id", sa.String(120)),
        sa.Column("actor1", sa.Text),
        sa.Column("inter1", sa.Integer),
        sa.Column("actor2_id", sa.String(120)),
        sa.Column("actor2", sa.Text),
        sa.Column("inter2", sa.Integer),
        sa.Column("associated_actors", sa.JSON),
        sa.Column("location", sa.Text),
        sa.Column("latitude", sa.Float),
        sa.Column("longitude", sa.Float),
        sa.Column("geo_precision", sa.Integer),
        sa.Column("country_code", sa.String(2), index=True),
        sa.Column("admin1", sa.Text),
        sa.Column("admin2", sa.Text),
        sa.Column("gazetteer_id", sa.String(64)),
        sa.Column("fatalities", sa.Integer),
        sa.Column("fatalities_low", sa.Integer),
        sa.Column("fatalities_high", sa.Integer),
        sa.Column("fatalities_phrase", sa.Text),
        sa.Column("injuries", sa.Integer),
        sa.Column("injuries_phrase", sa.Text),
        sa.Column("civilian_targeting", sa.Boolean, nullable=False),
        sa.Column("trigger", sa.Text),
        sa.Column("confidence", sa.Float),
        *_evidence(),
    )
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _article_fk(),
        sa.Column("kind", sa.String(20), nullable=False, index=True),
        sa.Column("certainty", sa.String(10), nullable=False),
        sa.Column("attribution", sa.String(10), nullable=False),
        sa.Column("source_text", sa.Text),
        sa.Column("source_name", sa.Text),
        sa.Column("role", sa.Text),
        sa.Column("affiliation", sa.Text),
        sa.Column("cue", sa.Text),
        sa.Column("hedges", sa.JSON),
        sa.Column("stated_on", sa.Date),
        sa.Column("stated_on_phrase", sa.Text),
        sa.Column("quantity", sa.JSON),
        sa.Column("trend", sa.JSON),
        sa.Column("evaluative_terms", sa.JSON),
        *_evidence(),
    )
    op.create_table(
        "provenance_profiles",
        sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("claims", sa.Integer, nullable=False),
        sa.Column("share_named", sa.Float, nullable=False),
        sa.Column("share_anonymous", sa.Float, nullable=False),
        sa.Column("share_unattributed", sa.Float, nullable=False),
        sa.Column("outlet_evaluative_terms", sa.JSON),
    )


def downgrade() -> None:
    for table in ("provenance_profiles", "claims", "events", "actor_mentions", "places", "articles"):
        op.drop_table(table)
