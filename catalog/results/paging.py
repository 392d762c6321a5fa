"""Pages of a list: `{"items", "total", "limit", "offset"}`, with a capped page size."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from catalog.results.documents import Document

DEFAULT_LIMIT = 50
MAX_LIMIT = 500  # a client wanting more pages through them; an export is the way to get everything

Item = TypeVar("Item")


class Page(Document, Generic[Item]):
    """One page of a list, and how many items the whole list holds."""

    items: list[Item]
    total: int
    limit: int
    offset: int


def page_of(
    session: Session, query: Select[Any], limit: int, offset: int, to_item: Callable[[Any], Item]
) -> Page[Item]:
    """Counts the whole query, fetches one page of it (the query must be ordered) and converts each row."""
    total = session.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0
    rows = session.execute(query.limit(limit).offset(offset)).all()
    return Page[Item](items=[to_item(row) for row in rows], total=total, limit=limit, offset=offset)


def page_from_list(items: Sequence[Item], limit: int, offset: int) -> Page[Item]:
    """A page of a list already built (short lists: a diff, a run's statuses)."""
    return Page[Item](items=list(items[offset : offset + limit]), total=len(items), limit=limit, offset=offset)
