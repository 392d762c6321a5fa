"""The report card's service table: each service the citizens get, at its best level, and who provides it."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalog.database.models import Municipality, Screening
from catalog.results.coverage import TYPE_ROLES, expected_services
from catalog.results.documents import ServiceResult
from catalog.results.report_documents import ReportService
from catalog.results.screening import screening_document
from catalog.vocabulary import Provider

EVIDENCE_LINKS = 3


def service_table(session: Session, screening: Screening, municipality: Municipality) -> list[ReportService]:
    """Own findings, the Samtgemeinde's (for a member) and the Landkreis's (for its own tasks), best level first.

    A tie keeps the nearer provider: a service the municipality offers itself is its own even when the
    Samtgemeinde offers it too.
    """
    expected = expected_services(session, TYPE_ROLES.get(municipality.type, ()))
    best: dict[str, tuple[ServiceResult, Provider]] = {}
    for provider, found in _providers(session, screening, municipality):
        for service in found:
            if provider is Provider.LANDKREIS and service.ozg_id in expected:
                continue  # the municipality's own task: the Landkreis's offer does not stand in for it
            current = best.get(service.ozg_id)
            if current is None or service.maturity > current[0].maturity:
                best[service.ozg_id] = (service, provider)
    rows = [_row(service, provider, service.ozg_id in expected) for service, provider in best.values()]
    return sorted(rows, key=lambda row: (-row.level, row.themenfeld, row.ozg_id))


def _providers(
    session: Session, screening: Screening, municipality: Municipality
) -> list[tuple[Provider, list[ServiceResult]]]:
    """The screenings in the same run whose findings reach this municipality's citizens, nearest first."""
    found = [(Provider.SELF, screening_document(session, screening.id).services)]
    parents = []
    if municipality.type == "mitgliedsgemeinde" and municipality.samtgemeinde_ars:
        parents.append((Provider.SAMTGEMEINDE, municipality.samtgemeinde_ars))
    if municipality.kreis_ars:
        parents.append((Provider.LANDKREIS, municipality.kreis_ars))
    for provider, ars in parents:
        parent_id = session.scalar(
            select(Screening.id).where(Screening.run_id == screening.run_id, Screening.municipality_ars == ars)
        )
        if parent_id is not None:
            found.append((provider, screening_document(session, parent_id).services))
    return found


def _row(service: ServiceResult, provider: Provider, expected: bool) -> ReportService:
    urls = list(dict.fromkeys(item.url for item in service.evidence))
    return ReportService(
        ozg_id=service.ozg_id,
        name=service.name,
        themenfeld=service.themenfeld,
        level=service.maturity,
        provided_by=provider,
        expected=expected,
        evidence=urls[:EVIDENCE_LINKS],
        override=service.override,
    )
