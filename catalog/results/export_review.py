"""What analysts and registers add to an export: override marks and registered-versus-seen, read per batch."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from catalog.database.models import RegisteredImport, RegisteredService
from catalog.reference.registry_import import STATE_CODES
from catalog.results.documents import ServiceOverride
from catalog.results.export_selection import ExportSite
from catalog.results.export_services import FoundService, ServiceCatalog, found_services
from catalog.results.overrides import overrides_by_service
from catalog.results.registered import is_registered_online
from catalog.vocabulary import is_online

REGISTERED_YES, REGISTERED_NO = "ja", "nein"


@dataclass(frozen=True, slots=True)
class RegisteredRow:
    """One row of a registered list as an export needs it."""

    ars: str | None  # None: the row holds for every municipality of `state`
    state: str | None
    ozg_id: str | None  # None: a LeiKa key the catalog lacks
    url: str
    online_status: str


@dataclass(frozen=True)
class Registered:
    """What the registered lists say of one municipality they cover, by the rule of `registered compare`."""

    online: tuple[tuple[str | None, str], ...]  # (OZG-ID, URL) of each row registered online, in import order

    @property
    def urls(self) -> dict[str, str]:
        """OZG-ID -> the first registered URL of a service registered online."""
        urls: dict[str, str] = {}
        for ozg_id, url in self.online:
            if ozg_id is not None:
                urls.setdefault(ozg_id, url)
        return urls

    def counts(self, own: Sequence[FoundService]) -> RegisteredCounts:
        """Against the municipality's own findings, as `registered compare` counts (its own website)."""
        online_here = {service.ozg_id for service in own if is_online(service.level)}
        registered = {ozg_id for ozg_id, _ in self.online if ozg_id is not None}
        return RegisteredCounts(
            online=len(self.online),
            not_found=sum(1 for ozg_id, _ in self.online if ozg_id is not None and ozg_id not in online_here),
            found_not_registered=len(online_here - registered),
        )


@dataclass(frozen=True, slots=True)
class RegisteredCounts:
    """Registered online; of those, not online on the website; online on the website but not registered."""

    online: int
    not_found: int
    found_not_registered: int


@dataclass(frozen=True)
class BatchFacts:
    """Everything an export reads for one batch of municipalities, each in one query."""

    found: dict[int, list[FoundService]]  # screening id -> services found
    overrides: dict[tuple[int, str], ServiceOverride]  # (screening id, OZG-ID) -> the decision that settled it
    registered: dict[str, Registered]  # ARS -> registrations, only for municipalities a list covers


def batch_facts(
    session: Session, sites: Sequence[ExportSite], screening_ids: Collection[int], catalog: ServiceCatalog
) -> BatchFacts:
    """Found services, override marks and registrations of a batch: three queries, whatever its size."""
    return BatchFacts(
        found=found_services(session, screening_ids, catalog),
        overrides=overrides_by_service(session, screening_ids),
        registered=registered_by_ars(session, sites, catalog),
    )


def registered_by_ars(session: Session, sites: Iterable[ExportSite], catalog: ServiceCatalog) -> dict[str, Registered]:
    """ARS -> what the latest import of each source registers for it; municipalities no list covers are absent."""
    by_ars = {site.ars: site for site in sites if site.ars}
    rows = _registered_rows(session, sorted(by_ars))
    per_ars: dict[str, list[RegisteredRow]] = defaultdict(list)
    statewide: dict[str, list[RegisteredRow]] = defaultdict(list)
    for row in rows:
        if row.ars is not None:
            per_ars[row.ars].append(row)
        elif row.state is not None:
            statewide[row.state].append(row)
    found: dict[str, Registered] = {}
    for ars, site in by_ars.items():
        covering = per_ars.get(ars, []) + statewide.get(_state(ars), [])
        if covering:
            found[ars] = _registered(covering, catalog, catalog.expected(site.type))
    return found


def _registered(rows: list[RegisteredRow], catalog: ServiceCatalog, expected: frozenset[str]) -> Registered:
    """A statewide row counts only for a service the municipality's type provides itself (as in compare)."""
    return Registered(
        tuple(
            (row.ozg_id, row.url)
            for row in rows
            if is_registered_online(row.online_status)
            and (row.ars is not None or row.ozg_id is None or row.ozg_id in expected)
            and (row.ozg_id is None or row.ozg_id in catalog.services)
        )
    )


def _registered_rows(session: Session, ars_list: Sequence[str]) -> list[RegisteredRow]:
    """The batch's rows by ARS, and the statewide rows of its states, of the latest import of each source."""
    if not ars_list:
        return []
    latest = select(func.max(RegisteredImport.id)).group_by(RegisteredImport.source)
    states = sorted({_state(ars) for ars in ars_list})
    query = (
        select(
            RegisteredService.ars,
            RegisteredImport.state,
            RegisteredService.ozg_id,
            RegisteredService.url,
            RegisteredService.online_status,
        )
        .join(RegisteredImport)
        .where(
            RegisteredImport.id.in_(latest),
            or_(
                RegisteredService.ars.in_(ars_list),
                RegisteredService.ars.is_(None) & RegisteredImport.state.in_(states),
            ),
        )
        .order_by(RegisteredService.id)
    )
    return [RegisteredRow(*row) for row in session.execute(query)]


def _state(ars: str) -> str:
    return STATE_CODES.get(ars[:2], ars[:2])
