"""API keys: created with a random secret shown once, stored as its SHA-256, revoked by name."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catalog.database.models import ApiKey
from catalog.errors import ConflictError, InvalidInputError, NotFoundError

KEY_PREFIX = "ozg_"
PREFIX_SHOWN = 10  # "ozg_" and six characters of the secret: enough to tell keys apart in a list
NAME_PATTERN_HELP = "letters, digits, '-', '_' or '.', at most 100"
HOW_TO_CREATE = "create one on the server with `ozg-screen apikey create NAME` and send it in the X-API-Key header"


@dataclass(frozen=True)
class KeyRow:
    name: str
    prefix: str
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None


def hash_key(key: str) -> str:
    """A plain SHA-256 suffices: the secret is 32 random bytes, not a password anyone could guess."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def create_key(session: Session, name: str) -> str:
    """A new key under a new name; returns the secret, which is stored nowhere."""
    _check_name(name)
    if session.scalar(select(ApiKey).where(ApiKey.name == name)) is not None:
        raise ConflictError(f"an API key named {name!r} exists already: revoke it first or choose another name")
    secret = KEY_PREFIX + secrets.token_urlsafe(32)
    session.add(ApiKey(name=name, key_hash=hash_key(secret), prefix=secret[:PREFIX_SHOWN], created_at=_now()))
    session.flush()
    return secret


def list_keys(session: Session) -> list[KeyRow]:
    keys = session.scalars(select(ApiKey).order_by(ApiKey.name))
    return [KeyRow(key.name, key.prefix, key.created_at, key.last_used_at, key.revoked_at) for key in keys]


def revoke_key(session: Session, name: str) -> None:
    key = session.scalar(select(ApiKey).where(ApiKey.name == name))
    if key is None:
        raise NotFoundError(f"no API key named {name!r} (see `ozg-screen apikey list`)")
    if key.revoked_at is None:
        key.revoked_at = _now()


def active_key_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(ApiKey).where(ApiKey.revoked_at.is_(None))) or 0


def key_owner(session: Session, secret: str) -> str | None:
    """The name of the active key with this secret, None for an unknown or revoked one; notes its use."""
    key = session.scalar(select(ApiKey).where(ApiKey.key_hash == hash_key(secret), ApiKey.revoked_at.is_(None)))
    if key is None:
        return None
    key.last_used_at = _now()
    return key.name


def _check_name(name: str) -> None:
    if not name or len(name) > 100 or not all(char.isalnum() or char in "-_." for char in name):
        raise InvalidInputError(f"API key name {name!r} is not usable: {NAME_PATTERN_HELP}")


def _now() -> datetime:
    return datetime.now(UTC)
