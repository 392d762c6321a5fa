"""Municipalities as the registry holds them, and one municipality with its latest screening."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from catalog.reference.registry import find_municipality, list_municipalities
from catalog.results.documents import MunicipalityDetail, MunicipalityRow
from catalog.results.screening import latest_screening


def municipality_rows(
    session: Session, *, types: Sequence[str] = (), kreis: str = "", name: str = "", state: str = ""
) -> list[MunicipalityRow]:
    """Municipalities matching every given filter, by ARS."""
    found = list_municipalities(session, types=types, kreis=kreis, name=name, state=state)
    return [MunicipalityRow.model_validate(municipality) for municipality in found]


def municipality_detail(session: Session, key: str) -> MunicipalityDetail:
    """One municipality by ARS or AGS, with the document of its latest screened screening."""
    municipality = find_municipality(session, key)
    row = MunicipalityRow.model_validate(municipality)
    return MunicipalityDetail(**row.model_dump(), latest_screening=latest_screening(session, municipality.ars))
