"""Query parameters every list route takes: `limit` (capped) and `offset`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Query

from catalog.results.paging import DEFAULT_LIMIT, MAX_LIMIT

# Larger than any list here, small enough for every database's OFFSET.
MAX_OFFSET = 10_000_000
# Ids are 32-bit integers in the database; a larger one cannot exist (and PostgreSQL would refuse to compare it).
MAX_ID = 2**31 - 1


@dataclass(frozen=True)
class PageParams:
    limit: int
    offset: int


async def page_params(
    limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description=f"items per page, at most {MAX_LIMIT}"),
    offset: int = Query(0, ge=0, le=MAX_OFFSET, description="items to skip"),
) -> PageParams:
    return PageParams(limit, offset)


PageDep = Annotated[PageParams, Depends(page_params)]
