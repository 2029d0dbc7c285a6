"""Places record how the text uses the name: literal, metonymic or modifier.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("places") as batch:
        batch.add_column(sa.Column("use", sa.String(12), nullable=False, server_default="literal"))


def downgrade() -> None:
    with op.batch_alter_table("places") as batch:
        batch.drop_column("use")
