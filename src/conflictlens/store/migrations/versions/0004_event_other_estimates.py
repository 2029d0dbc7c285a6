"""Events keep other sources' differing figures for their dead, each with its sentence.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("other_estimates", sa.JSON))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("other_estimates")
