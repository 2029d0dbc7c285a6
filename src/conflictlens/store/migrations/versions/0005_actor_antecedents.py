"""Events keep where the report named the group a definite generic actor ("the rebels") refers to.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("actor1_antecedent", sa.JSON))
        batch.add_column(sa.Column("actor2_antecedent", sa.JSON))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("actor2_antecedent")
        batch.drop_column("actor1_antecedent")
