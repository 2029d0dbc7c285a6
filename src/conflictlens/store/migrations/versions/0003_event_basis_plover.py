"""Events record what their date rests on, their PLOVER category and whose toll the figure is.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("date_basis", sa.String(12), nullable=False, server_default="text"))
        batch.add_column(sa.Column("plover", sa.String(20)))
        batch.add_column(sa.Column("fatalities_victims", sa.String(12)))
        batch.add_column(sa.Column("superseded_fatalities", sa.JSON))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("superseded_fatalities")
        batch.drop_column("fatalities_victims")
        batch.drop_column("plover")
        batch.drop_column("date_basis")
