"""screening attempts, worker and heartbeat, for distributed runs

Revision ID: 0005
Revises: 0001
Create Date: 2026-12-02 16:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("screening") as batch:
        batch.add_column(sa.Column("attempts", sa.Integer(), server_default="0", nullable=False))
        batch.add_column(sa.Column("worker", sa.String(length=100), server_default="", nullable=False))
        batch.add_column(sa.Column("heartbeat_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("screening") as batch:
        batch.drop_column("heartbeat_at")
        batch.drop_column("worker")
        batch.drop_column("attempts")
