"""The services an export reads per screening: found levels with their strongest evidence, and the catalog."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import Numeric, Subquery, and_, cast, func, select
from sqlalchemy.orm import Session

from catalog.database.models import Evidence, Lebenslage, OzgLeistung, Relevance, Result, ResultEvidence, Themenfeld
from catalog.results.coverage import TYPE_ROLES

FOUND_LEVEL = 1  # like the screening document, exports list services with maturity 1 or more


@dataclass(frozen=True, slots=True)
class FoundService:
    """One service found in one screening: its level, confidence and the strongest evidence behind it."""

    ozg_id: str
    level: int
    confidence: float
    evidence_url: str
    evidence_rule: str


@dataclass(frozen=True, slots=True)
class CatalogService:
    name: str
    themenfeld: str
    lebenslage: str


@dataclass(frozen=True)
class ServiceCatalog:
    """The catalog as exports name it, and the relevance marks that say who provides what."""

    services: dict[str, CatalogService]
    marks: dict[str, frozenset[str]]  # municipality type -> OZG-IDs it provides itself

    def expected(self, municipality_type: str) -> frozenset[str]:
        """The services a municipality of this type is measured against (docs/coverage.md)."""
        roles = TYPE_ROLES.get(municipality_type, ())
        return frozenset().union(*(self.marks.get(role, frozenset()) for role in roles))

    def landkreis_tasks(self, municipality_type: str) -> frozenset[str]:
        """Services its Landkreis provides for a kreisangehörige municipality: marked for the Landkreis, not for it."""
        return self.marks.get("landkreis", frozenset()) - self.expected(municipality_type)


def service_catalog(session: Session, themenfeld_id: int | None) -> ServiceCatalog:
    """Names and marks of the catalog's services, only those of one Themenfeld when it is given."""
    query = (
        select(OzgLeistung.ozg_id, OzgLeistung.name, Themenfeld.name, Lebenslage.name)
        .join(Themenfeld, Themenfeld.id == OzgLeistung.themenfeld_id)
        .join(Lebenslage, Lebenslage.id == OzgLeistung.lebenslage_id)
    )
    if themenfeld_id is not None:
        query = query.where(OzgLeistung.themenfeld_id == themenfeld_id)
    services = {ozg_id: CatalogService(*names) for ozg_id, *names in session.execute(query)}
    marks: dict[str, set[str]] = defaultdict(set)
    for ozg_id, municipality_type in session.execute(select(Relevance.ozg_id, Relevance.municipality_type)):
        if ozg_id in services:
            marks[municipality_type].add(ozg_id)
    return ServiceCatalog(services, {kind: frozenset(ids) for kind, ids in marks.items()})


def found_services(
    session: Session, screening_ids: Collection[int], catalog: ServiceCatalog
) -> dict[int, list[FoundService]]:
    """Screening id -> its found services in the catalog, by OZG-ID, each with its strongest evidence."""
    strongest = _strongest_evidence(screening_ids)
    query = (
        select(
            Result.screening_id, Result.ozg_id, Result.maturity, Result.confidence, strongest.c.url, strongest.c.rule
        )
        .outerjoin(strongest, and_(strongest.c.result_id == Result.id, strongest.c.rank == 1))
        .where(Result.screening_id.in_(screening_ids), Result.maturity >= FOUND_LEVEL)
        .order_by(Result.screening_id, Result.ozg_id)
    )
    found: dict[int, list[FoundService]] = defaultdict(list)
    for screening_id, ozg_id, level, confidence, url, rule in session.execute(query):
        if ozg_id in catalog.services:
            found[screening_id].append(FoundService(ozg_id, level, round(confidence, 3), url or "", rule or ""))
    return found


def _strongest_evidence(screening_ids: Collection[int]) -> Subquery:
    """Each result's evidence ranked as the screening document ranks it: level, confidence, then fixed ties."""
    confidence = func.round(cast(ResultEvidence.confidence, Numeric(12, 6)), 3)
    rank = func.row_number().over(
        partition_by=ResultEvidence.result_id,
        order_by=(
            ResultEvidence.level.desc(),
            confidence.desc(),
            Evidence.kind,
            Evidence.url,
            Evidence.text,
            ResultEvidence.rule,
        ),
    )
    return (
        select(ResultEvidence.result_id, Evidence.url, ResultEvidence.rule, rank.label("rank"))
        .join(Evidence, Evidence.id == ResultEvidence.evidence_id)
        .join(Result, Result.id == ResultEvidence.result_id)
        .where(Result.screening_id.in_(screening_ids))
        .subquery()
    )
