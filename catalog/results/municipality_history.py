"""A municipality's history across runs: per service, its level in each run that screened the municipality."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalog.database.models import Result, Screening
from catalog.reference.catalog_queries import service_rows
from catalog.reference.registry import find_municipality
from catalog.results.documents import Document, Moment


class HistoryPoint(Document):
    """One run that screened the municipality: when, and how it ended."""

    run_id: int
    screening_id: int
    status: str
    finished_at: Moment | None


class ServiceHistory(Document):
    """One service's level in each run of `runs`, in the same order; null where the run did not find it."""

    ozg_id: str
    name: str
    levels: list[int | None]


class MunicipalityHistory(Document):
    ars: str
    name: str
    runs: list[HistoryPoint]
    services: list[ServiceHistory]


def municipality_history(session: Session, key: str, limit: int) -> MunicipalityHistory:
    """The newest `limit` runs that screened the municipality, oldest first, and every service found in them."""
    municipality = find_municipality(session, key)
    screenings = list(
        session.scalars(
            select(Screening)
            .where(Screening.municipality_ars == municipality.ars)
            .order_by(Screening.run_id.desc(), Screening.id.desc())
            .limit(limit)
        )
    )[::-1]
    points = [
        HistoryPoint(run_id=s.run_id, screening_id=s.id, status=s.status, finished_at=s.finished_at) for s in screenings
    ]
    return MunicipalityHistory(
        ars=municipality.ars, name=municipality.name, runs=points, services=_services(session, screenings)
    )


def _services(session: Session, screenings: list[Screening]) -> list[ServiceHistory]:
    position = {screening.id: index for index, screening in enumerate(screenings)}
    levels: dict[str, list[int | None]] = defaultdict(lambda: [None] * len(screenings))
    rows = session.execute(
        select(Result.screening_id, Result.ozg_id, Result.maturity).where(Result.screening_id.in_(position))
    )
    for screening_id, ozg_id, maturity in rows:
        levels[ozg_id][position[screening_id]] = maturity
    names = service_rows(session, list(levels))
    return [
        ServiceHistory(ozg_id=ozg_id, name=names.get(ozg_id, ("",))[0], levels=levels[ozg_id])
        for ozg_id in sorted(levels)
    ]
