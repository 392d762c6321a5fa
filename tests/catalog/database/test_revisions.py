"""The schema check reads revisions from the migration files' text and the database, and agrees with Alembic."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text

from catalog.database.engine import (
    MIGRATIONS_DIR,
    alembic_config,
    current_revision,
    head_revision,
    make_engine,
    require_current_schema,
)
from catalog.database.revisions import head_of, read_revisions
from catalog.errors import SchemaBehindError, UserError


def test_head_is_the_one_alembic_finds(engine: Engine) -> None:
    assert head_revision() == ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def test_every_migration_is_read_with_what_it_follows() -> None:
    script = ScriptDirectory.from_config(alembic_config(make_engine("sqlite://")))
    expected = {item.revision: tuple(item._normalized_down_revisions) for item in script.walk_revisions()}
    assert read_revisions(MIGRATIONS_DIR / "versions") == expected


def test_current_revision_is_the_one_alembic_reads(engine: Engine) -> None:
    with engine.connect() as connection:
        expected = MigrationContext.configure(connection).get_current_revision()
    assert current_revision(engine) == expected is not None
    require_current_schema(engine)


def test_an_empty_database_has_no_schema_yet(database_url: str) -> None:
    empty = make_engine(database_url)
    assert current_revision(empty) is None
    with pytest.raises(SchemaBehindError, match="has no schema yet: run `ozg-screen db upgrade`"):
        require_current_schema(empty)


def test_an_older_revision_names_both(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    with pytest.raises(SchemaBehindError, match=f"is at revision 0001, the code needs {head_revision()}: run"):
        require_current_schema(engine)


def _migration(directory: Path, revision: str, down: str) -> None:
    # The docstring's "Revises:" line is a comment; only the assignments count, as for Alembic.
    body = f'"""Gebührenordnung.\n\nRevision ID: {revision}\nRevises: 0001\n"""\n\n'
    body += f'revision: str = "{revision}"\ndown_revision: str | tuple[str, ...] | None = {down}\n'
    (directory / f"{revision}_gebuehren.py").write_text(body, encoding="utf-8")


def test_a_merge_revision_follows_both_branches(tmp_path: Path) -> None:
    _migration(tmp_path, "a1", "None")
    _migration(tmp_path, "b2", '"a1"')
    _migration(tmp_path, "c3", '"a1"')
    assert head_of(tmp_path / "missing") is None
    with pytest.raises(UserError, match=r"several heads \(b2, c3\)"):
        head_of(tmp_path)
    _migration(tmp_path, "d4", '("b2", "c3")')
    assert head_of(tmp_path) == "d4"
