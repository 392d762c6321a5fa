"""`ozg-screen apikey create | list | revoke` as a real subprocess: the key is printed once, listed by its start."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from catalog.access.api_keys import hash_key
from catalog.database.engine import make_engine, session_factory
from catalog.database.models import ApiKey
from tests.support.cli import run_cli


def test_create_list_revoke(loaded_sqlite_url: str, tmp_path: Path) -> None:
    env = {"OZG_DATABASE_URL": loaded_sqlite_url, "OZG_VAR_DIR": str(tmp_path)}
    created = run_cli("apikey", "create", "statistik-team", env=env)
    secret = created.stdout.strip()
    assert created.code == 0 and secret.startswith("ozg_") and "nicht noch einmal" in created.stderr
    engine = make_engine(loaded_sqlite_url)
    with session_factory(engine)() as session:
        assert session.scalars(select(ApiKey.key_hash)).one() == hash_key(secret)
    engine.dispose()
    listed = run_cli("apikey", "list", env=env)
    assert "statistik-team" in listed.stdout and secret[:10] in listed.stdout and secret not in listed.stdout
    assert run_cli("apikey", "revoke", "statistik-team", env=env).code == 0
    assert "widerrufen" in run_cli("apikey", "list", env=env).stdout
    again = run_cli("apikey", "create", "statistik-team", env=env)
    assert again.code == 2 and "exists already" in again.stderr and "Traceback" not in again.stderr
    unknown = run_cli("apikey", "revoke", "niemand", env=env)
    assert unknown.code == 2 and unknown.stderr.count("\n") == 1
