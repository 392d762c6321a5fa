"""What a job started through the API asks for, checked before its row is written: a check or a run selection."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catalog.access.targets import checked_target
from catalog.database.models import Municipality
from catalog.errors import ConflictError, InvalidInputError
from catalog.reference.registry import find_municipality, municipality_query


def check_request(
    session: Session, *, ars: str | None, url: str | None, max_pages: int | None, allow_private: bool
) -> dict[str, Any]:
    """`{"ars"}` of a municipality with a website, or `{"url"}` of a public website (checked: no SSRF); never both."""
    if (ars is None) == (url is None):
        raise InvalidInputError("give either ars or url, not both and not neither")
    request: dict[str, Any] = {"max_pages": max_pages} if max_pages else {}
    if ars is not None:
        municipality = find_municipality(session, ars)
        if not municipality.website:
            raise ConflictError(
                f"no website known for {municipality.name} ({municipality.ars}): "
                f"set one with `ozg-screen municipalities set-website {municipality.ars} URL`"
            )
        # The registry's websites are the operator's data (set, imported or discovered), not the caller's.
        return {"ars": municipality.ars, **request}
    return {"url": checked_target(url or "", allow_private=allow_private), **request}


def run_request(
    session: Session,
    *,
    state: str,
    types: list[str],
    kreis: str,
    ars: list[str],
    limit: int | None,
    max_pages: int | None,
) -> dict[str, Any]:
    """A run's selection, refused when it selects no municipality with a website."""
    keys = [find_municipality(session, key).ars for key in ars]
    query = municipality_query(session, types=types, kreis=kreis, state=state, with_website=True)
    if keys:
        query = query.where(Municipality.ars.in_(keys))
    selected = session.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0
    if not selected:
        raise InvalidInputError("the selection holds no municipality with a known website")
    request = {"state": state, "types": types, "kreis": kreis, "ars": keys, "limit": limit, "max_pages": max_pages}
    return {key: value for key, value in request.items() if value}
