"""The municipality registry and each municipality's latest screening."""

from __future__ import annotations

from fastapi import APIRouter, Query

from api.deps import SessionDep
from api.errors import responses
from catalog.results.documents import MunicipalityDetail, MunicipalityRow
from catalog.results.municipalities import municipality_detail, municipality_rows

router = APIRouter(tags=["municipalities"])


@router.get("/municipalities")
def municipalities(
    session: SessionDep,
    type: list[str] = Query(default_factory=list),
    kreis: str = "",
    name: str = "",
    state: str = "",
) -> list[MunicipalityRow]:
    """Municipalities filtered by type, Kreis (name part or 5-digit key), name part and state."""
    return municipality_rows(session, types=type, kreis=kreis, name=name, state=state)


@router.get("/municipalities/{key}", responses=responses(404))
def municipality(key: str, session: SessionDep) -> MunicipalityDetail:
    """One municipality (by ARS or AGS) with the document of its latest screened screening."""
    return municipality_detail(session, key)
