"""The report card's section "Registriert vs. auffindbar": registered lists against the screening, no URL fetched."""

from __future__ import annotations

from sqlalchemy.orm import Session

from catalog.database.models import Screening
from catalog.results.registered import compare_municipality
from catalog.results.report_documents import RegisteredGap, RegisteredSeen


def registered_seen(session: Session, screening: Screening) -> RegisteredSeen | None:
    """The comparison of `registered compare` for this screening; None when no registered list covers it."""
    if screening.municipality_ars is None:
        return None
    compared = compare_municipality(session, screening.municipality_ars, {}, screening.id)
    if not compared.imports:
        return None
    return RegisteredSeen(
        sources=[ref.source for ref in compared.imports],
        registered_online=compared.registered_online,
        registered_not_found=[
            RegisteredGap(ozg_id=entry.ozg_id or "", name=entry.name, level=entry.found_maturity or 0, url=entry.url)
            for entry in compared.registered_not_found
        ],
        found_not_registered=[
            RegisteredGap(ozg_id=entry.ozg_id, name=entry.name, level=entry.maturity)
            for entry in compared.found_not_registered
        ],
        not_in_catalog=len(compared.not_in_catalog),
    )
