"""review decisions with lasting overrides, and registered online services

Revision ID: 0007
Revises: 0005
Create Date: 2026-12-02 18:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "review_decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ars", sa.String(length=12), nullable=False),
        sa.Column("ozg_id", sa.String(length=5), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("evidence_url", sa.Text(), nullable=True),
        sa.Column("level", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("author", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("screening_id", sa.Integer(), nullable=True),
        sa.Column("seen", sa.JSON(), nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("undone_by", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(["ars"], ["municipality.ars"], name=op.f("fk_review_decision_ars_municipality")),
        sa.ForeignKeyConstraint(
            ["ozg_id"], ["ozg_leistung.ozg_id"], name=op.f("fk_review_decision_ozg_id_ozg_leistung")
        ),
        sa.ForeignKeyConstraint(
            ["screening_id"],
            ["screening.id"],
            name=op.f("fk_review_decision_screening_id_screening"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_decision")),
    )
    op.create_index("ix_review_decision_ars_ozg", "review_decision", ["ars", "ozg_id"], unique=False)
    op.create_table(
        "result_override",
        sa.Column("screening_id", sa.Integer(), nullable=False),
        sa.Column("ozg_id", sa.String(length=5), nullable=False),
        sa.Column("decision_id", sa.Integer(), nullable=False),
        sa.Column("maturity", sa.Integer(), nullable=False),
        sa.Column("automatic_maturity", sa.Integer(), nullable=False),
        sa.Column("automatic_confidence", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["decision_id"], ["review_decision.id"], name=op.f("fk_result_override_decision_id_review_decision")
        ),
        sa.ForeignKeyConstraint(
            ["screening_id"],
            ["screening.id"],
            name=op.f("fk_result_override_screening_id_screening"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("screening_id", "ozg_id", name=op.f("pk_result_override")),
    )
    op.create_index(op.f("ix_result_override_decision_id"), "result_override", ["decision_id"], unique=False)
    op.create_table(
        "registered_import",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("shape", sa.String(length=20), nullable=False),
        sa.Column("state", sa.String(length=2), nullable=True),
        sa.Column("list_date", sa.DateTime(timezone=True), nullable=True),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registered_import")),
    )
    op.create_table(
        "registered_service",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("import_id", sa.Integer(), nullable=False),
        sa.Column("leika_key", sa.String(length=14), nullable=False),
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("ars", sa.String(length=12), nullable=True),
        sa.Column("ozg_id", sa.String(length=5), nullable=True),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("online_status", sa.String(length=100), nullable=False),
        sa.Column("authority", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["import_id"],
            ["registered_import.id"],
            name=op.f("fk_registered_service_import_id_registered_import"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registered_service")),
    )
    op.create_index("ix_registered_service_import_ars", "registered_service", ["import_id", "ars"], unique=False)
    op.create_index(op.f("ix_registered_service_ozg_id"), "registered_service", ["ozg_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_registered_service_ozg_id"), table_name="registered_service")
    op.drop_index("ix_registered_service_import_ars", table_name="registered_service")
    op.drop_table("registered_service")
    op.drop_table("registered_import")
    op.drop_index(op.f("ix_result_override_decision_id"), table_name="result_override")
    op.drop_table("result_override")
    op.drop_index("ix_review_decision_ars_ozg", table_name="review_decision")
    op.drop_table("review_decision")
