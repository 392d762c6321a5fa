"""Registered versus seen: what authorities registered as online, against what a citizen finds on the website."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from catalog.database.models import Municipality, RegisteredImport, RegisteredService, Screening
from catalog.errors import NotFoundError
from catalog.reference.catalog_queries import service_rows
from catalog.reference.registry import find_municipality
from catalog.results.coverage import TYPE_ROLES, expected_services, levels_of
from catalog.results.documents import Document, Moment
from catalog.review.decisions import latest_screening_id
from catalog.vocabulary import DEAD_STATUSES, SCREENED, is_online

# How registers spell "online": the dashboard's status words and the WSP's "Live: Ja" (imported as "online").
ONLINE_WORDS = ("online", "live", "ja", "verfügbar", "verfuegbar", "aktiv")
OFFLINE_WORDS = ("nicht", "offline", "geplant", "planung", "inaktiv", "kein", "nein")


class ImportRef(Document):
    id: int
    source: str
    shape: str
    list_date: Moment | None


class RegisteredEntry(Document):
    """One registered service, with the level the screening found for its OZG-Leistung."""

    leika_key: str
    name: str
    ozg_id: str | None
    url: str
    online_status: str
    import_id: int
    found_maturity: int | None = None
    url_status: str | None = None


class SeenEntry(Document):
    """A service found online on the website."""

    ozg_id: str
    name: str
    maturity: int


class RegisteredComparison(Document):
    """One municipality: registered online but not findable, found online but not registered, dead URLs."""

    ars: str
    name: str
    screening_id: int | None
    run_id: int | None
    imports: list[ImportRef]
    registered_online: int
    registered_not_found: list[RegisteredEntry]
    found_not_registered: list[SeenEntry]
    dead_urls: list[RegisteredEntry]
    not_in_catalog: list[RegisteredEntry]  # LeiKa keys the catalog lacks: reported, never dropped
    not_this_authority: int  # statewide rows for services another authority type provides


def is_registered_online(status: str) -> bool:
    words = set(re.findall(r"\w+", status.casefold()))
    return bool(words & set(ONLINE_WORDS)) and not words & set(OFFLINE_WORDS)


def registered_for(session: Session, municipality: Municipality) -> list[RegisteredService]:
    """The rows of the latest import of each source that hold for this municipality (its ARS, or its state)."""
    latest = select(func.max(RegisteredImport.id)).group_by(RegisteredImport.source)
    return list(
        session.scalars(
            select(RegisteredService)
            .join(RegisteredImport)
            .where(
                RegisteredImport.id.in_(latest),
                or_(
                    RegisteredService.ars == municipality.ars,
                    (RegisteredService.ars.is_(None)) & (RegisteredImport.state == municipality.state),
                ),
            )
            .order_by(RegisteredService.id)
        )
    )


def registered_urls(session: Session, ars_list: Sequence[str]) -> list[str]:
    """Every registered URL that holds for these municipalities, once each: what the header check must fetch."""
    urls: dict[str, None] = {}
    for ars in ars_list:
        for row in registered_for(session, find_municipality(session, ars)):
            if row.url:
                urls[row.url] = None
    return list(urls)


def compare_municipality(
    session: Session, ars: str, url_status: Mapping[str, str], screening_id: int | None = None
) -> RegisteredComparison:
    """The comparison for one municipality, against the given screening or its latest screened one."""
    municipality = find_municipality(session, ars)
    screening_id = screening_id if screening_id is not None else latest_screening_id(session, municipality.ars)
    levels = levels_of(session, screening_id) if screening_id is not None else {}
    rows = registered_for(session, municipality)
    mine = _provided_here(session, municipality, rows)
    entries = [_entry(row, levels, url_status) for row in mine if is_registered_online(row.online_status)]
    registered_ids = {entry.ozg_id for entry in entries if entry.ozg_id}
    return RegisteredComparison(
        ars=municipality.ars,
        name=municipality.name,
        screening_id=screening_id,
        run_id=session.get_one(Screening, screening_id).run_id if screening_id is not None else None,
        imports=_imports(rows),
        registered_online=len(entries),
        registered_not_found=[e for e in entries if e.ozg_id and not is_online(e.found_maturity or 0)],
        found_not_registered=_seen_only(session, levels, registered_ids),
        dead_urls=[entry for entry in entries if entry.url_status in DEAD_STATUSES],
        not_in_catalog=[entry for entry in entries if entry.ozg_id is None],
        not_this_authority=len(rows) - len(mine),
    )


def compare_run(session: Session, run_id: int, url_status: Mapping[str, str]) -> list[RegisteredComparison]:
    """The comparison for every screened municipality of a run."""
    screenings = session.execute(
        select(Screening.id, Screening.municipality_ars)
        .where(
            Screening.run_id == run_id,
            Screening.municipality_ars.is_not(None),
            Screening.status.in_([status.value for status in SCREENED]),
        )
        .order_by(Screening.id)
    ).all()
    if not screenings and session.scalar(select(Screening.id).where(Screening.run_id == run_id).limit(1)) is None:
        raise NotFoundError(f"no run with id {run_id} (see `ozg-screen runs`)")
    return [compare_municipality(session, ars, url_status, screening_id) for screening_id, ars in screenings if ars]


def run_municipalities(session: Session, run_id: int) -> list[str]:
    return [
        ars
        for ars in session.scalars(
            select(Screening.municipality_ars).where(
                Screening.run_id == run_id, Screening.municipality_ars.is_not(None)
            )
        )
        if ars is not None
    ]


def _provided_here(
    session: Session, municipality: Municipality, rows: list[RegisteredService]
) -> list[RegisteredService]:
    """Rows for this ARS count; a statewide row only when the municipality's type provides the service itself."""
    roles = TYPE_ROLES.get(municipality.type, ())
    expected = expected_services(session, roles) if roles else set()
    return [row for row in rows if row.ars is not None or row.ozg_id is None or row.ozg_id in expected]


def _entry(row: RegisteredService, levels: Mapping[str, int], url_status: Mapping[str, str]) -> RegisteredEntry:
    return RegisteredEntry(
        leika_key=row.leika_key,
        name=row.name,
        ozg_id=row.ozg_id,
        url=row.url,
        online_status=row.online_status,
        import_id=row.import_id,
        found_maturity=levels.get(row.ozg_id, 0) if row.ozg_id else None,
        url_status=url_status.get(row.url),
    )


def _seen_only(session: Session, levels: Mapping[str, int], registered: set[str]) -> list[SeenEntry]:
    online = sorted(ozg_id for ozg_id, level in levels.items() if is_online(level) and ozg_id not in registered)
    names = service_rows(session, online)
    return [SeenEntry(ozg_id=ozg_id, name=names[ozg_id][0], maturity=levels[ozg_id]) for ozg_id in online]


def _imports(rows: list[RegisteredService]) -> list[ImportRef]:
    imports = {row.import_id: row.registered_import for row in rows}
    return [ImportRef.model_validate(imports[key]) for key in sorted(imports)]
