"""API keys: the secret is shown once and stored only as its hash; a revoked key opens nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from catalog.access.api_keys import active_key_count, create_key, hash_key, key_owner, list_keys, revoke_key
from catalog.database.engine import transaction
from catalog.database.models import ApiKey
from catalog.errors import ConflictError, InvalidInputError, NotFoundError


def test_create_use_and_revoke(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        secret = create_key(session, "statistik-team")
    with transaction(sessions) as session:
        stored = session.scalars(select(ApiKey)).one()
        assert stored.key_hash == hash_key(secret) and secret not in (stored.key_hash, stored.prefix)
        assert key_owner(session, secret) == "statistik-team" and key_owner(session, secret + "x") is None
    with transaction(sessions) as session:
        assert list_keys(session)[0].last_used_at is not None
        revoke_key(session, "statistik-team")
    with sessions() as session:
        assert key_owner(session, secret) is None and active_key_count(session) == 0


def test_names_are_unique_and_checked(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        create_key(session, "a")
        with pytest.raises(ConflictError, match="exists already"):
            create_key(session, "a")
        with pytest.raises(InvalidInputError, match="not usable"):
            create_key(session, "zwei Wörter")
        with pytest.raises(NotFoundError, match="apikey list"):
            revoke_key(session, "b")
