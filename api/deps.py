"""Dependencies: one database session per request, and the matcher and platform registry built once per app."""

from __future__ import annotations

from collections.abc import AsyncIterator
from functools import lru_cache
from typing import Annotated

import anyio
import anyio.to_thread
from fastapi import Depends, Request
from sqlalchemy.orm import Session, sessionmaker

from catalog.database.data_version import data_version_of
from catalog.database.engine import make_engine, session_factory
from catalog.matching.matcher import Matcher
from catalog.reference.catalog_queries import matcher_from_session
from catalog.reference.platforms import PlatformRegistry

# Requests run in anyio's worker threads (40 at most); with fewer pooled connections, concurrent requests would
# open and close PostgreSQL connections all the time (8 clients: p99 of one municipality 70-105 ms, then 60 ms).
POOL_SIZE = 16


@lru_cache(maxsize=4)
def _sessions(database_url: str) -> sessionmaker[Session]:
    return session_factory(make_engine(database_url, pool_size=POOL_SIZE))


def read_data_version(database_url: str) -> int:
    """The data version, before the request's session reads anything: one statement in autocommit mode, so no
    BEGIN and ROLLBACK round trips on every cached answer."""
    engine = _sessions(database_url).kw["bind"]
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        return data_version_of(connection)


async def get_db(request: Request) -> AsyncIterator[Session]:
    """A session for the request's route. The dependencies are coroutines on purpose: FastAPI runs a plain function
    dependency in a worker thread, and each hop to a thread cost more than the work of a cached or small read."""
    session = _sessions(request.app.state.database_url)()
    try:
        yield session
    finally:
        with anyio.CancelScope(shield=True):  # a client that left must not keep the connection from the pool
            await _close(session)


async def _close(session: Session) -> None:
    """A session that never reached the database closes at once; one that did rolls back over the network."""
    if session.in_transaction():
        await anyio.to_thread.run_sync(session.close)
    else:
        session.close()


SessionDep = Annotated[Session, Depends(get_db)]


async def get_sessions(request: Request) -> sessionmaker[Session]:
    """For work that opens its own transactions (submitting a job)."""
    return _sessions(request.app.state.database_url)


SessionsDep = Annotated[sessionmaker[Session], Depends(get_sessions)]


async def get_matcher(request: Request, session: SessionDep) -> Matcher:
    """Built on first use: the index takes about half a second."""
    if request.app.state.matcher is None:
        request.app.state.matcher = await anyio.to_thread.run_sync(matcher_from_session, session)
    matcher: Matcher = request.app.state.matcher
    return matcher


async def get_platforms(request: Request) -> PlatformRegistry:
    platforms: PlatformRegistry = request.app.state.platforms
    return platforms


MatcherDep = Annotated[Matcher, Depends(get_matcher)]
PlatformsDep = Annotated[PlatformRegistry, Depends(get_platforms)]
