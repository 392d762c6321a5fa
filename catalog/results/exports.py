"""Exports as typed rows: municipality × service found, one row per municipality, and what the export covers."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import islice

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from catalog.database.models import Result, Run
from catalog.results.coverage import TYPE_ROLES, coverage_from
from catalog.results.documents import Coverage
from catalog.results.export_review import REGISTERED_NO, REGISTERED_YES, BatchFacts, RegisteredCounts, batch_facts
from catalog.results.export_selection import (
    ExportFilters,
    ExportSite,
    ProviderScreening,
    Selection,
    check_filters,
    chosen_screening_ids,
    export_sites,
    provider_screenings,
)
from catalog.results.export_services import FOUND_LEVEL, FoundService, ServiceCatalog, service_catalog
from catalog.vocabulary import MATURITY_LABELS, MATURITY_LEVELS, Provider, is_screened

BATCH_SIZE = 500  # municipalities whose services are read in one query: bounds memory, keeps queries few


@dataclass(frozen=True, slots=True)
class ServiceRow:
    """A row of the long export. A municipality that could not be screened gets one row with no service."""

    ars: str
    name: str
    type: str
    kreis: str
    samtgemeinde: str
    ozg_id: str
    service: str
    themenfeld: str
    lebenslage: str
    level: int | None
    level_label: str
    provided_by: str
    confidence: float | None
    evidence_url: str
    evidence_rule: str
    screened_at: datetime | None  # of the screening the row's evidence comes from
    run_id: int
    status: str
    # Added after the columns: the analyst's decision behind the value, and what the registers say.
    override: str = ""  # confirm | reject | set_level; empty: the automatic value
    override_by: str = ""
    override_reason: str = ""
    automatic_level: int | None = None  # what scoring gave before the decision
    registered: str = ""  # ja | nein; empty: no registered list covers the municipality
    registered_url: str = ""


@dataclass(frozen=True, slots=True)
class ServiceColumn:
    """An OZG-Leistung that occurs in the export: a column of the matrix."""

    ozg_id: str
    name: str


@dataclass(frozen=True)
class MunicipalityExport:
    """One municipality's chosen screening: its services (own and inherited, the strongest per service)."""

    site: ExportSite
    services: list[ServiceRow]  # empty when it could not be screened
    coverage: Coverage | None
    expected: frozenset[str]
    registered: RegisteredCounts | None = None  # None: not screened, or no registered list covers it

    @property
    def levels(self) -> dict[str, int]:
        return {row.ozg_id: row.level for row in self.services if row.level is not None}

    def level_counts(self) -> dict[int, int]:
        """Services per level; level 0 counts the expected services found at no level."""
        counts = Counter(row.level for row in self.services)
        missing = len(self.expected - self.levels.keys()) if is_screened(self.site.status) else 0
        return {level: missing if level == 0 else counts[level] for level in MATURITY_LEVELS}

    def long_rows(self) -> list[ServiceRow]:
        return self.services or [_status_row(self.site)]


@dataclass(frozen=True)
class ExportInfo:
    """What an export covers: its basis (a run, or the latest screenings), filters, counts and versions."""

    created_at: datetime
    filters: ExportFilters
    themenfeld: str
    run: Run | None
    municipalities: int
    catalog_services: int
    scoring_versions: list[str]
    legend: dict[int, str]


@dataclass(frozen=True)
class ExportPlan:
    """The checked filters, the chosen screening of each municipality, its providers' screenings and the catalog."""

    selection: Selection
    sites: list[ExportSite]
    providers: dict[str, ProviderScreening]
    catalog: ServiceCatalog


def plan_export(session: Session, filters: ExportFilters) -> ExportPlan:
    """Check the filters and choose the screenings; small (one row per municipality), read before any export row."""
    selection = check_filters(session, filters)
    sites = export_sites(session, selection)
    return ExportPlan(
        selection,
        sites,
        provider_screenings(session, selection, sites),
        service_catalog(session, selection.themenfeld_id),
    )


def long_rows(session: Session, plan: ExportPlan) -> Iterator[ServiceRow]:
    """One row per municipality × service found, by ARS and OZG-ID; streamed batch by batch."""
    for municipality in municipality_exports(session, plan):
        yield from municipality.long_rows()


def municipality_exports(session: Session, plan: ExportPlan) -> Iterator[MunicipalityExport]:
    """Each municipality with its services, by ARS; the services of BATCH_SIZE municipalities are read at once."""
    for batch in _batches(plan.sites, BATCH_SIZE):
        wanted = {site.screening_id for site in batch}
        wanted |= {provider.screening_id for site in batch for provider in _providers(plan, site).values()}
        facts = batch_facts(session, batch, wanted, plan.catalog)
        for site in batch:
            yield _municipality_export(plan, site, facts)


def service_columns(session: Session, plan: ExportPlan) -> list[ServiceColumn]:
    """The OZG-Leistungen found for any chosen municipality, itself or through its providers, by OZG-ID."""
    landkreis_keys = {site.kreis_ars for site in plan.sites}
    landkreise = [provider.screening_id for ars, provider in plan.providers.items() if ars in landkreis_keys]
    others = [provider.screening_id for ars, provider in plan.providers.items() if ars not in landkreis_keys]
    landkreis_tasks = plan.catalog.marks.get("landkreis", frozenset())
    query = (
        select(Result.ozg_id)
        .distinct()
        .where(
            Result.maturity >= FOUND_LEVEL,
            or_(
                Result.screening_id.in_(chosen_screening_ids(plan.selection)),
                Result.screening_id.in_(others),
                Result.screening_id.in_(landkreise) & Result.ozg_id.in_(sorted(landkreis_tasks)),
            ),
        )
    )
    found = sorted(ozg_id for ozg_id in session.scalars(query) if ozg_id in plan.catalog.services)
    return [ServiceColumn(ozg_id, plan.catalog.services[ozg_id].name) for ozg_id in found]


def export_info(session: Session, plan: ExportPlan, created_at: datetime) -> ExportInfo:
    run_id = plan.selection.filters.run_id
    run_ids = sorted({site.run_id for site in plan.sites})
    versions = session.scalars(select(Run.scoring_version).where(Run.id.in_(run_ids)).distinct())
    return ExportInfo(
        created_at=created_at,
        filters=plan.selection.filters,
        themenfeld=plan.selection.themenfeld_name,
        run=session.get(Run, run_id) if run_id is not None else None,
        municipalities=len(plan.sites),
        catalog_services=len(plan.catalog.services),
        scoring_versions=sorted(version for version in versions if version),
        legend=dict(MATURITY_LABELS),
    )


def _providers(plan: ExportPlan, site: ExportSite) -> dict[Provider, ProviderScreening]:
    """Whose services a municipality's citizens use beside its own: a member's Samtgemeinde, the Landkreis."""
    providers: dict[Provider, ProviderScreening] = {}
    if site.type == "mitgliedsgemeinde" and site.samtgemeinde_ars in plan.providers:
        providers[Provider.SAMTGEMEINDE] = plan.providers[site.samtgemeinde_ars]
    if site.kreis_ars in plan.providers:
        providers[Provider.LANDKREIS] = plan.providers[site.kreis_ars]
    return providers


def _municipality_export(plan: ExportPlan, site: ExportSite, facts: BatchFacts) -> MunicipalityExport:
    expected = plan.catalog.expected(site.type)
    if not is_screened(site.status):
        return MunicipalityExport(site, [], None, expected)
    rows = _strongest_per_service(plan, site, facts)
    levels = {row.ozg_id: row.level for row in rows if row.level is not None}
    coverage = coverage_from(set(expected), levels) if site.type in TYPE_ROLES else None
    registered = facts.registered.get(site.ars)
    counts = registered.counts(facts.found.get(site.screening_id, [])) if registered else None
    return MunicipalityExport(site, rows, coverage, expected, counts)


def _strongest_per_service(plan: ExportPlan, site: ExportSite, facts: BatchFacts) -> list[ServiceRow]:
    """Own services, then inherited ones; a provider counts for a service only with a higher level (ties: own)."""
    own = ProviderScreening(site.screening_id, site.run_id, site.screened_at)
    strongest: dict[str, tuple[FoundService, Provider, ProviderScreening]] = {}
    for provider, screening in [(Provider.SELF, own), *_providers(plan, site).items()]:
        for service in _offered(plan, site, provider, facts.found.get(screening.screening_id, [])):
            current = strongest.get(service.ozg_id)
            if current is None or service.level > current[0].level:
                strongest[service.ozg_id] = (service, provider, screening)
    return [_service_row(plan, site, facts, *strongest[ozg_id]) for ozg_id in sorted(strongest)]


def _offered(
    plan: ExportPlan, site: ExportSite, provider: Provider, services: Sequence[FoundService]
) -> list[FoundService]:
    """A Landkreis offers a municipality only its Landkreis tasks; its other pages are about its own affairs."""
    if provider != Provider.LANDKREIS:
        return list(services)
    tasks = plan.catalog.landkreis_tasks(site.type)
    return [service for service in services if service.ozg_id in tasks]


def _service_row(
    plan: ExportPlan,
    site: ExportSite,
    facts: BatchFacts,
    service: FoundService,
    provider: Provider,
    screening: ProviderScreening,
) -> ServiceRow:
    named = plan.catalog.services[service.ozg_id]
    override = facts.overrides.get((screening.screening_id, service.ozg_id))  # of the screening the row shows
    return ServiceRow(
        *_site_columns(site),
        ozg_id=service.ozg_id,
        service=named.name,
        themenfeld=named.themenfeld,
        lebenslage=named.lebenslage,
        level=service.level,
        level_label=MATURITY_LABELS.get(service.level, str(service.level)),
        provided_by=provider.value,
        confidence=service.confidence,
        evidence_url=service.evidence_url,
        evidence_rule=service.evidence_rule,
        screened_at=screening.screened_at,
        run_id=screening.run_id,
        status=site.status,
        override=override.kind if override else "",
        override_by=override.author if override else "",
        override_reason=override.reason if override else "",
        automatic_level=override.automatic_maturity if override else None,
        **_registered_columns(facts, site.ars, service.ozg_id),
    )


def _registered_columns(facts: BatchFacts, ars: str, ozg_id: str) -> dict[str, str]:
    """ja with its URL when registered online for the municipality; nein when a list covers it but not so."""
    registered = facts.registered.get(ars)
    if registered is None:
        return {"registered": "", "registered_url": ""}
    url = registered.urls.get(ozg_id)
    return {"registered": REGISTERED_YES if url is not None else REGISTERED_NO, "registered_url": url or ""}


def _status_row(site: ExportSite) -> ServiceRow:
    """The one row of a municipality that could not be screened (or shows no service): its status, no service."""
    return ServiceRow(
        *_site_columns(site),
        *("", "", "", ""),
        level=None,
        level_label="",
        provided_by="",
        confidence=None,
        evidence_url="",
        evidence_rule="",
        screened_at=site.screened_at,
        run_id=site.run_id,
        status=site.status,
    )


def _site_columns(site: ExportSite) -> tuple[str, str, str, str, str]:
    return site.ars, site.name, site.type, site.kreis, site.samtgemeinde


def _batches(sites: Sequence[ExportSite], size: int) -> Iterator[list[ExportSite]]:
    iterator = iter(sites)
    while batch := list(islice(iterator, size)):
        yield batch
