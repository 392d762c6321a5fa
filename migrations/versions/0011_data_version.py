"""data version: one number every write to what the API reads raises, in the writing transaction (triggers)

Revision ID: 0011
Revises: 0007
Create Date: 2026-12-02 22:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BUMP = "UPDATE data_version SET version = version + 1 WHERE id = 1"
MARK = "ozg.data_version_raised"
# Every table an API read shows. Left out: evidence (written all through a crawl, shown only through results,
# whose writes raise the version), jobs and api_keys (never cached).
WATCHED = (
    "themenfeld", "lebenslage", "ozg_leistung", "leika_leistung", "synonym", "relevance", "municipality", "run",
    "result", "result_evidence", "review_decision", "result_override", "registered_import", "registered_service",
)  # fmt: skip
# A running crawl renews screening.heartbeat_at every few seconds; that changes no answer, every other column may.
SCREENING_COLUMNS = (
    "id", "run_id", "municipality_ars", "name", "start_url", "status", "pages_crawled", "portal_pages",
    "rendered_pages", "started_at", "finished_at", "errors", "attempts", "worker",
)  # fmt: skip


def upgrade() -> None:
    op.create_table(
        "data_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_data_version")),
    )
    op.execute("INSERT INTO data_version (id, version) VALUES (1, 0)")
    if op.get_bind().dialect.name == "postgresql":
        _postgresql_triggers()
    else:
        _sqlite_triggers()


def _postgresql_triggers() -> None:
    # Once per transaction: executemany sends one statement per row, and each raise leaves a row version behind
    # that the next one walks past. The mark is a transaction-local setting: it ends, or rolls back, with the
    # transaction that set it.
    body = (
        f"BEGIN IF current_setting('{MARK}', true) IS DISTINCT FROM 'on' THEN {BUMP}; "
        f"PERFORM set_config('{MARK}', 'on', true); END IF; RETURN NULL; END"
    )
    op.execute(f"CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$ {body} $$")
    for table, events in _events():
        op.execute(
            f"CREATE TRIGGER data_version_{table} AFTER {' OR '.join(events)} ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version()"
        )


def _sqlite_triggers() -> None:
    # SQLite has row triggers only; a writer holds the database lock anyway, so they cost no concurrency.
    for table, events in _events():
        for event in events:
            if event == "TRUNCATE":
                continue
            name = f"data_version_{table}_{event.split()[0].lower()}"
            op.execute(f"CREATE TRIGGER {name} AFTER {event} ON {table} BEGIN {BUMP}; END")


def _events() -> list[tuple[str, list[str]]]:
    every = ["INSERT", "UPDATE", "DELETE", "TRUNCATE"]
    screening = ["INSERT", f"UPDATE OF {', '.join(SCREENING_COLUMNS)}", "DELETE", "TRUNCATE"]
    return [(table, every) for table in WATCHED] + [("screening", screening)]


def downgrade() -> None:
    for table, events in _events():
        if op.get_bind().dialect.name == "postgresql":
            op.execute(f"DROP TRIGGER data_version_{table} ON {table}")
        else:
            for event in events[:3]:
                op.execute(f"DROP TRIGGER data_version_{table}_{event.split()[0].lower()}")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION bump_data_version()")
    op.drop_table("data_version")
