"""API keys on requests: the X-API-Key header, checked against the hashed keys; writes always, reads when configured."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Header, HTTPException, Request
from fastapi.concurrency import run_in_threadpool

from api.deps import SessionDep
from catalog.access.api_keys import HOW_TO_CREATE, active_key_count, key_owner

KeyHeader = Annotated[str | None, Header(alias="X-API-Key", description="an API key from `ozg-screen apikey create`")]


def require_key(session: SessionDep, x_api_key: KeyHeader = None) -> str:
    """The name of the key the request carries; 403 while no key exists, 401 without a valid one."""
    if not active_key_count(session):
        raise HTTPException(status_code=403, detail=f"no API key exists yet: {HOW_TO_CREATE}")
    if not x_api_key:
        raise HTTPException(status_code=401, detail=f"this route needs an API key: {HOW_TO_CREATE}")
    owner = key_owner(session, x_api_key)
    if owner is None:
        raise HTTPException(status_code=401, detail="the X-API-Key is unknown or revoked")
    session.commit()  # notes when the key was last used
    return owner


async def require_read_key(request: Request, session: SessionDep, x_api_key: KeyHeader = None) -> None:
    """Reads are open unless OZG_API_KEYS_ON_READS is set (a coroutine, so an open read takes no thread hop)."""
    if request.app.state.settings.api_keys_on_reads:
        await run_in_threadpool(require_key, session, x_api_key)


WriterDep = Annotated[str, Depends(require_key)]
