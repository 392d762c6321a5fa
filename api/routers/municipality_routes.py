"""The municipality registry and each municipality's latest screening."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query
from sqlalchemy import select

from api.deps import SessionDep
from catalog.database.models import Municipality, Screening
from catalog.reference.registry import find_municipality, list_municipalities
from catalog.results.screening import report_from_db

router = APIRouter(tags=["municipalities"])


def _row(item: Municipality) -> dict[str, Any]:
    return {
        "ars": item.ars,
        "ags": item.ags,
        "name": item.name,
        "type": item.type,
        "state": item.state,
        "kreis_ars": item.kreis_ars,
        "samtgemeinde_ars": item.samtgemeinde_ars,
        "population": item.population,
        "website": item.website,
        "website_source": item.website_source,
    }


@router.get("/municipalities")
def municipalities(
    session: SessionDep,
    type: list[str] = Query(default_factory=list),
    kreis: str = "",
    name: str = "",
    state: str = "",
) -> list[dict[str, Any]]:
    """Municipalities filtered by type, Kreis, name part and state."""
    return [_row(item) for item in list_municipalities(session, types=type, kreis=kreis, name=name, state=state)]


@router.get("/municipalities/{key}")
def municipality(key: str, session: SessionDep) -> dict[str, Any]:
    """One municipality (by ARS or AGS) with the results of its latest finished screening."""
    found = find_municipality(session, key)
    latest = session.scalar(
        select(Screening)
        .where(Screening.municipality_ars == found.ars, Screening.status.in_(("ok", "partial")))
        .order_by(Screening.finished_at.desc())
        .limit(1)
    )
    return {**_row(found), "latest_screening": report_from_db(session, latest.id) if latest else None}
