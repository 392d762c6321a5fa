"""The OZG catalog for the API: services filtered, one service with its LeiKa keys, and who offers it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, false, func, or_, select
from sqlalchemy.orm import Session

from catalog.database.models import Lebenslage, LeikaLeistung, Municipality, OzgLeistung, Relevance, Themenfeld
from catalog.errors import InvalidInputError, NotFoundError
from catalog.results.current_state import latest_screenings, with_level
from catalog.results.documents import Document
from catalog.results.paging import Page, page_of
from catalog.vocabulary import MATURITY_LEVELS


class ServiceRow(Document):
    ozg_id: str
    name: str
    themenfeld: str
    lebenslage: str


class LeikaKey(Document):
    leika_key: str
    name: str
    typisierung: str


class ServiceDetail(ServiceRow):
    """One OZG-Leistung with its LeiKa keys and the municipality types expected to provide it."""

    leika: list[LeikaKey]
    provided_by_types: list[str]


class Availability(Document):
    """A municipality offering a service, at its level in its latest screening (or its Samtgemeinde's)."""

    ars: str
    name: str
    type: str
    level: int
    run_id: int
    screening_id: int


def service_page(
    session: Session, *, themenfeld: str = "", lebenslage: str = "", text: str = "", limit: int, offset: int
) -> Page[ServiceRow]:
    """OZG-Leistungen by OZG-ID, filtered by Themenfeld and Lebenslage (name part or id) and a text in the name."""
    query = _service_query()
    if themenfeld:
        query = query.where(_named(Themenfeld.id, Themenfeld.name, themenfeld))
    if lebenslage:
        query = query.where(_named(Lebenslage.id, Lebenslage.name, lebenslage))
    if text:
        query = query.where(
            or_(func.lower(OzgLeistung.name).contains(text.lower().strip()), OzgLeistung.ozg_id == text.strip())
        )
    return page_of(session, query, limit, offset, lambda row: ServiceRow(**row._mapping))


def _service_query() -> Any:
    return (
        select(
            OzgLeistung.ozg_id,
            OzgLeistung.name,
            Themenfeld.name.label("themenfeld"),
            Lebenslage.name.label("lebenslage"),
        )
        .join(Themenfeld, Themenfeld.id == OzgLeistung.themenfeld_id)
        .join(Lebenslage, Lebenslage.id == OzgLeistung.lebenslage_id)
        .order_by(OzgLeistung.ozg_id)
    )


def _named(id_column: Any, name_column: Any, value: str) -> ColumnElement[bool]:
    # Ids are 32-bit in PostgreSQL: a longer number names no row (and must not overflow the comparison).
    if value.strip().isdigit():
        return id_column == int(value) if len(value.strip()) <= 9 else false()
    return func.lower(name_column).contains(value.lower().strip())


def service_detail(session: Session, ozg_id: str) -> ServiceDetail:
    row = session.execute(_service_query().where(OzgLeistung.ozg_id == _ozg_id(ozg_id))).first()
    if row is None:
        raise NotFoundError(f"no OZG-Leistung with OZG-ID {ozg_id}")
    leika = session.execute(
        select(LeikaLeistung.leika_key, LeikaLeistung.name, LeikaLeistung.typisierung)
        .where(LeikaLeistung.ozg_id == row.ozg_id)
        .order_by(LeikaLeistung.leika_key)
    )
    types = session.scalars(
        select(Relevance.municipality_type).where(Relevance.ozg_id == row.ozg_id).order_by(Relevance.municipality_type)
    )
    return ServiceDetail(
        **row._mapping, leika=[LeikaKey(**key._mapping) for key in leika], provided_by_types=list(types)
    )


def service_availability(session: Session, ozg_id: str, *, min_level: int = 1) -> list[Availability]:
    """The municipalities whose latest screening shows the service at `min_level` or above, highest level first."""
    service = service_detail(session, ozg_id)
    if min_level not in MATURITY_LEVELS[1:]:
        raise InvalidInputError(f"min_level: {min_level} is not a level a service can be offered at (1 to 4)")
    latest = latest_screenings()
    query: Any = select(Municipality.ars, Municipality.name, Municipality.type).join(
        latest, latest.c.ars == Municipality.ars
    )
    query, level = with_level(query, latest, Municipality, service.ozg_id)
    query = (
        query.add_columns(level.label("level"), latest.c.run_id, latest.c.screening_id)
        .where(level >= min_level)
        .order_by(level.desc(), Municipality.ars)
    )
    return [Availability(**row._mapping) for row in session.execute(query)]


def _ozg_id(value: str) -> str:
    if not (value.isdigit() and len(value) <= 5):
        raise InvalidInputError(f"{value!r} is not an OZG-ID (up to five digits)")
    return value.zfill(5)
