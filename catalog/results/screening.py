"""One screening as a document: one builder, fed from stored results or from freshly scored findings."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from catalog.database.models import Municipality, Result, Screening
from catalog.errors import NotFoundError
from catalog.maturity.attribution import provided_by
from catalog.maturity.scoring import ServiceFinding
from catalog.reference.catalog_queries import service_rows
from catalog.results.documents import (
    MunicipalityRef,
    RunError,
    ScreeningDocument,
    ScreeningRun,
    ScreeningSummary,
    ServiceResult,
    SupportingEvidence,
)
from catalog.screenings.store import CrawlOutcome
from catalog.vocabulary import MATURITY_LEVELS, SCREENED, is_online

EVIDENCE_PER_SERVICE = 5
FOUND_LEVELS = MATURITY_LEVELS[1:]  # the document lists services with maturity 1 or more


class SeenFacts(Protocol):
    """What the document shows of a piece of evidence: a stored row or an unsaved crawler item."""

    @property
    def kind(self) -> str: ...
    @property
    def url(self) -> str: ...
    @property
    def text(self) -> str: ...


class CrawlFigures(Protocol):
    """What the document shows of a site's crawl: a stored screening or a fresh crawl outcome."""

    @property
    def started_at(self) -> Any: ...
    @property
    def finished_at(self) -> Any: ...
    @property
    def pages_crawled(self) -> int: ...
    @property
    def status(self) -> str: ...
    @property
    def errors(self) -> Sequence[dict[str, Any]]: ...


@dataclass(frozen=True)
class ScoredService:
    """A service as scoring or the database holds it, before the catalog names it."""

    ozg_id: str
    maturity: int
    confidence: float
    evidence: list[SupportingEvidence]


def screening_document(session: Session, screening_id: int) -> ScreeningDocument:
    """The document of a stored screening, from its stored results."""
    screening = session.get(Screening, screening_id)
    if screening is None:
        raise NotFoundError(f"no screening with id {screening_id} (a run lists its screenings)")
    municipality = municipality_ref(screening.municipality, screening.start_url, screening.name)
    return build_document(
        session, municipality, screening_run(screening.run_id, screening), _stored(session, screening)
    )


def unstored_document(
    session: Session, municipality: MunicipalityRef, outcome: CrawlOutcome, findings: Sequence[ServiceFinding]
) -> ScreeningDocument:
    """The document of a screening that was not stored (`check --no-store`), from its freshly scored findings."""
    return build_document(session, municipality, screening_run(None, outcome), [_scored(item) for item in findings])


def latest_screening(session: Session, ars: str) -> ScreeningDocument | None:
    """The document of a municipality's latest screened (ok or partial) screening, None when it has none."""
    screening_id = session.scalar(
        select(Screening.id)
        .where(Screening.municipality_ars == ars, Screening.status.in_([status.value for status in SCREENED]))
        .order_by(Screening.finished_at.desc().nulls_last(), Screening.id.desc())
        .limit(1)
    )
    return None if screening_id is None else screening_document(session, screening_id)


def municipality_ref(municipality: Municipality | None, url: str, name: str = "") -> MunicipalityRef:
    if municipality is None:
        return MunicipalityRef(name=name, ars=None, ags=None, url=url)
    return MunicipalityRef(name=municipality.name, ars=municipality.ars, ags=municipality.ags, url=url)


def screening_run(run_id: int | None, crawl: CrawlFigures) -> ScreeningRun:
    return ScreeningRun(
        id=run_id,
        started_at=crawl.started_at,
        finished_at=crawl.finished_at,
        pages_crawled=crawl.pages_crawled,
        status=crawl.status,
        errors=[RunError.model_validate(error) for error in crawl.errors],
    )


def build_document(
    session: Session, municipality: MunicipalityRef, run: ScreeningRun, services: Iterable[ScoredService]
) -> ScreeningDocument:
    """The one producer of the screening document: found services, strongest first, named from the catalog."""
    found = sorted(
        (service for service in services if service.maturity in FOUND_LEVELS),
        key=lambda service: (-service.maturity, -service.confidence, service.ozg_id),
    )
    names = service_rows(session, [service.ozg_id for service in found])
    named = [_named(service, municipality.url, *names[service.ozg_id]) for service in found if service.ozg_id in names]
    return ScreeningDocument(municipality=municipality, run=run, services=named, summary=_summary(named, run))


def _stored(session: Session, screening: Screening) -> list[ScoredService]:
    results = session.scalars(
        select(Result).where(Result.screening_id == screening.id).options(selectinload(Result.evidence_links))
    )
    return [
        ScoredService(
            result.ozg_id,
            result.maturity,
            result.confidence,
            [_evidence(link.evidence, link.rule, link.level, link.confidence) for link in result.evidence_links],
        )
        for result in results
    ]


def _scored(finding: ServiceFinding) -> ScoredService:
    evidence = [_evidence(item.evidence, item.rule, item.level, item.confidence) for item in finding.support]
    return ScoredService(finding.ozg_id, finding.maturity, finding.confidence, evidence)


def _evidence(seen: SeenFacts, rule: str, level: int, confidence: float) -> SupportingEvidence:
    return SupportingEvidence(
        url=seen.url, kind=seen.kind, text=seen.text, rule=rule, level=level, confidence=round(confidence, 3)
    )


def _named(service: ScoredService, start_url: str, name: str, themenfeld: str, lebenslage: str) -> ServiceResult:
    return ServiceResult(
        ozg_id=service.ozg_id,
        name=name,
        themenfeld=themenfeld,
        lebenslage=lebenslage,
        maturity=service.maturity,
        confidence=round(service.confidence, 3),
        evidence=sorted(service.evidence, key=_evidence_rank)[:EVIDENCE_PER_SERVICE],
        provided_by=provided_by(start_url, (item.url for item in service.evidence)),
    )


def _evidence_rank(item: SupportingEvidence) -> tuple[int, float, str, str, str, str]:
    """Strongest first; ties in a fixed order, so neither the crawl's nor the database's order shows."""
    return (-item.level, -item.confidence, item.kind, item.url, item.text, item.rule)


def _summary(services: Sequence[ServiceResult], run: ScreeningRun) -> ScreeningSummary:
    levels = Counter(service.maturity for service in services)
    return ScreeningSummary(
        services_found=len(services),
        by_maturity={str(level): levels[level] for level in FOUND_LEVELS},
        online_services=sum(1 for service in services if is_online(service.maturity)),
        pages_crawled=run.pages_crawled,
        error_count=len(run.errors),
        duration_seconds=_duration(run),
    )


def _duration(run: ScreeningRun) -> float | None:
    if run.started_at is None or run.finished_at is None:
        return None
    return round((run.finished_at - run.started_at).total_seconds(), 2)
