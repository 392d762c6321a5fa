"""One screening as a document: one builder, fed from stored results or from freshly scored findings."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalog.database.models import (
    Evidence,
    Lebenslage,
    Municipality,
    OzgLeistung,
    Result,
    ResultEvidence,
    ReviewDecision,
    Screening,
    Themenfeld,
)
from catalog.errors import NotFoundError
from catalog.maturity.attribution import provided_by
from catalog.maturity.scoring import ServiceFinding
from catalog.reference.catalog_queries import service_rows
from catalog.results.documents import (
    MunicipalityRef,
    RemovedService,
    RunError,
    ScreeningDocument,
    ScreeningRun,
    ScreeningSummary,
    ServiceOverride,
    ServiceResult,
    SupportingEvidence,
)
from catalog.results.overrides import override_object, overrides_by_service
from catalog.review.overrides import AppliedDecision
from catalog.screenings.store import CrawlOutcome, reviewed_findings
from catalog.vocabulary import MATURITY_LEVELS, SCREENED, is_online, is_screened

EVIDENCE_PER_SERVICE = 5
FOUND_LEVELS = MATURITY_LEVELS[1:]  # the document lists services with maturity 1 or more
ServiceNames = tuple[str, str, str]  # name, Themenfeld, Lebenslage


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
    override: ServiceOverride | None = None


def screening_document(session: Session, screening_id: int) -> ScreeningDocument:
    """The document of a stored screening, from its stored results."""
    screening = session.get(Screening, screening_id)
    if screening is None:
        raise NotFoundError(f"no screening with id {screening_id} (a run lists its screenings)")
    return _stored_document(session, screening)


def _stored_document(session: Session, screening: Screening) -> ScreeningDocument:
    municipality = municipality_ref(screening.municipality, screening.start_url, screening.name)
    services, names = _stored(session, screening.id)
    return build_document(session, municipality, screening_run(screening.run_id, screening), services, names)


def unstored_document(
    session: Session, municipality: MunicipalityRef, outcome: CrawlOutcome, findings: Sequence[ServiceFinding]
) -> ScreeningDocument:
    """The document of a screening that was not stored (`check --no-store`), from its freshly scored findings."""
    reviewed = reviewed_findings(session, municipality.ars if is_screened(outcome.status) else None, findings)
    overrides = {ozg_id: service_override(session, applied) for ozg_id, applied in reviewed.applied.items()}
    scored = [_scored(item, overrides.get(item.ozg_id)) for item in reviewed.findings]
    kept = {finding.ozg_id for finding in reviewed.findings}
    removed = [_removed(ozg_id, override) for ozg_id, override in overrides.items() if ozg_id not in kept]
    return build_document(session, municipality, screening_run(None, outcome), scored + removed)


def latest_screening(session: Session, ars: str) -> ScreeningDocument | None:
    """The document of a municipality's latest screened (ok or partial) screening, None when it has none."""
    screening = session.scalar(
        select(Screening)
        .where(Screening.municipality_ars == ars, Screening.status.in_([status.value for status in SCREENED]))
        .order_by(Screening.finished_at.desc().nulls_last(), Screening.id.desc())
        .limit(1)
    )
    return None if screening is None else _stored_document(session, screening)


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
    session: Session,
    municipality: MunicipalityRef,
    run: ScreeningRun,
    services: Iterable[ScoredService],
    known_names: Mapping[str, ServiceNames] | None = None,
) -> ScreeningDocument:
    """The one producer of the screening document: found services, strongest first, named from the catalog (names
    the caller already read are not asked again)."""
    services = list(services)
    found = sorted(
        (service for service in services if service.maturity in FOUND_LEVELS),
        key=lambda service: (-service.maturity, -service.confidence, service.ozg_id),
    )
    removed = sorted(
        (
            (service.ozg_id, service.override)
            for service in services
            if service.maturity == 0 and service.override is not None
        ),
        key=lambda pair: pair[0],
    )
    names = dict(known_names or {})
    shown = [service.ozg_id for service in found] + [ozg_id for ozg_id, _ in removed]
    if missing := [ozg_id for ozg_id in shown if ozg_id not in names]:
        names.update(service_rows(session, missing))
    named = [_named(service, municipality.url, *names[service.ozg_id]) for service in found if service.ozg_id in names]
    return ScreeningDocument(
        municipality=municipality,
        run=run,
        services=named,
        summary=_summary(named, run),
        removed_by_review=[
            RemovedService(ozg_id=ozg_id, name=names[ozg_id][0], override=override)
            for ozg_id, override in removed
            if ozg_id in names
        ],
    )


def service_override(session: Session, applied: AppliedDecision) -> ServiceOverride:
    """The override object of a decision applied to freshly scored findings (not stored)."""
    decision = session.get_one(ReviewDecision, applied.decision_id)
    return override_object(decision, applied.automatic_maturity, applied.automatic_confidence)


def _stored(session: Session, screening_id: int) -> tuple[list[ScoredService], dict[str, ServiceNames]]:
    """Results with their evidence and catalog names in one query of plain rows: a document has a few dozen
    services, each with several pieces of evidence; ORM objects for them and a query apiece cost more."""
    rows = session.execute(
        select(
            Result.ozg_id,
            Result.maturity,
            Result.confidence,
            OzgLeistung.name,
            Themenfeld.name.label("themenfeld"),
            Lebenslage.name.label("lebenslage"),
            ResultEvidence.rule,
            ResultEvidence.level,
            ResultEvidence.confidence.label("link_confidence"),
            Evidence.kind,
            Evidence.url,
            Evidence.text,
        )
        .join(OzgLeistung, OzgLeistung.ozg_id == Result.ozg_id)
        .join(Themenfeld, Themenfeld.id == OzgLeistung.themenfeld_id)
        .join(Lebenslage, Lebenslage.id == OzgLeistung.lebenslage_id)
        .outerjoin(ResultEvidence, ResultEvidence.result_id == Result.id)
        .outerjoin(Evidence, Evidence.id == ResultEvidence.evidence_id)
        .where(Result.screening_id == screening_id)
    )
    scores: dict[str, tuple[int, float]] = {}
    evidence_by_service: dict[str, list[SupportingEvidence]] = defaultdict(list)
    names: dict[str, ServiceNames] = {}
    for row in rows:
        scores[row.ozg_id] = (row.maturity, row.confidence)
        names[row.ozg_id] = (row.name, row.themenfeld, row.lebenslage)
        if row.rule is not None:
            evidence_by_service[row.ozg_id].append(_evidence(row, row.rule, row.level, row.link_confidence))
    overrides = _stored_overrides(session, screening_id)
    stored = [
        ScoredService(ozg_id, maturity, confidence, evidence_by_service[ozg_id], overrides.pop(ozg_id, None))
        for ozg_id, (maturity, confidence) in scores.items()
    ]
    return stored + [_removed(ozg_id, override) for ozg_id, override in overrides.items()], names


def _stored_overrides(session: Session, screening_id: int) -> dict[str, ServiceOverride]:
    return {ozg_id: override for (_, ozg_id), override in overrides_by_service(session, [screening_id]).items()}


def _scored(finding: ServiceFinding, override: ServiceOverride | None = None) -> ScoredService:
    evidence = [_evidence(item.evidence, item.rule, item.level, item.confidence) for item in finding.support]
    return ScoredService(finding.ozg_id, finding.maturity, finding.confidence, evidence, override)


def _removed(ozg_id: str, override: ServiceOverride) -> ScoredService:
    """A service a decision took out: level 0, shown apart from the found services."""
    return ScoredService(ozg_id, 0, 0.0, [], override)


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
        override=service.override,
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
