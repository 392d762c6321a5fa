"""Opening the database for a command, from the one settings object."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from catalog.database.engine import make_engine, require_current_schema, session_factory
from catalog.settings import Settings, get_settings


def settings() -> Settings:
    return get_settings()


def engine(*, require_schema: bool = True) -> Engine:
    created = make_engine(settings().effective_database_url)
    if require_schema:
        require_current_schema(created)
    return created


def sessions(*, require_schema: bool = True) -> sessionmaker[Session]:
    return session_factory(engine(require_schema=require_schema))
