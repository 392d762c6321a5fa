"""Dependencies: the settings and one database session per request."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session, sessionmaker

from catalog.database.engine import make_engine, session_factory


@lru_cache(maxsize=4)
def _sessions(database_url: str) -> sessionmaker[Session]:
    return session_factory(make_engine(database_url))


def get_db(request: Request) -> Iterator[Session]:
    with _sessions(request.app.state.database_url)() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_db)]
