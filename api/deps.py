"""Dependencies: one database session per request, and the matcher and platform registry built once per app."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session, sessionmaker

from catalog.database.data_version import data_version
from catalog.database.engine import make_engine, session_factory
from catalog.matching.matcher import Matcher
from catalog.reference.catalog_queries import matcher_from_session
from catalog.reference.platforms import PlatformRegistry


@lru_cache(maxsize=4)
def _sessions(database_url: str) -> sessionmaker[Session]:
    return session_factory(make_engine(database_url))


def read_data_version(database_url: str) -> int:
    """The data version in a short session of its own, before the request's session reads anything."""
    with _sessions(database_url)() as session:
        return data_version(session)


def get_db(request: Request) -> Iterator[Session]:
    with _sessions(request.app.state.database_url)() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_db)]


def get_sessions(request: Request) -> sessionmaker[Session]:
    """For work that opens its own transactions (submitting a job)."""
    return _sessions(request.app.state.database_url)


SessionsDep = Annotated[sessionmaker[Session], Depends(get_sessions)]


def get_matcher(request: Request, session: SessionDep) -> Matcher:
    """Built on first use: the index takes about half a second."""
    if request.app.state.matcher is None:
        request.app.state.matcher = matcher_from_session(session)
    matcher: Matcher = request.app.state.matcher
    return matcher


def get_platforms(request: Request) -> PlatformRegistry:
    platforms: PlatformRegistry = request.app.state.platforms
    return platforms


MatcherDep = Annotated[Matcher, Depends(get_matcher)]
PlatformsDep = Annotated[PlatformRegistry, Depends(get_platforms)]
