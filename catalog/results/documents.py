"""The read layer's typed results: what `check --json`, the terminal tables and the API render, field by field."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, computed_field, field_validator

from catalog.vocabulary import Provider, RunKind


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds")


# Timestamps are shown to the millisecond: "2026-12-01T10:00:00.123+00:00".
Moment = Annotated[datetime, PlainSerializer(_iso, return_type=str)]


def _is_none(value: Any) -> bool:
    return value is None


def _is_empty(value: Any) -> bool:
    return not value


class Document(BaseModel):
    """Every result object: frozen, and built from ORM rows by attribute."""

    model_config = ConfigDict(frozen=True, from_attributes=True)


class MunicipalityRef(Document):
    """The site a screening is about: its registry entry when known, else the name given on the command line."""

    name: str
    ars: str | None
    ags: str | None
    url: str


class RunError(Document):
    """A problem the crawl recorded: `{"url", "status"[, "http_status"][, "message"]}` or `{"status", "message"}`."""

    # The crawl records a key only when it has a value; the JSON leaves it out likewise.
    url: str | None = Field(default=None, exclude_if=_is_none)
    status: str
    http_status: int | None = Field(default=None, exclude_if=_is_none)
    message: str | None = Field(default=None, exclude_if=_is_none)


class ScreeningRun(Document):
    """The run part of a screening document: this site's crawl, its counts and problems."""

    id: int | None
    started_at: Moment | None
    finished_at: Moment | None
    pages_crawled: int
    status: str
    errors: list[RunError]

    @field_validator("started_at", "finished_at")
    @classmethod
    def _to_milliseconds(cls, moment: datetime | None) -> datetime | None:
        """Held as shown, so the duration is that of the shown timestamps."""
        return moment.replace(microsecond=moment.microsecond // 1000 * 1000) if moment else None


class SupportingEvidence(Document):
    """One piece of evidence behind a service: what was seen where, the rule that judged it, and at which level."""

    url: str
    kind: str
    text: str
    rule: str
    level: int
    confidence: float


class ServiceOverride(Document):
    """An analyst's decision that settled a service's value (docs/review.md), and what scoring gave without it."""

    decision_id: int
    kind: str
    author: str
    reason: str
    date: Moment
    automatic_maturity: int
    automatic_confidence: float
    evidence_url: str | None = Field(default=None, exclude_if=_is_none)


class ServiceResult(Document):
    """One OZG-Leistung found on a site: its maturity, confidence and strongest evidence."""

    ozg_id: str
    name: str
    themenfeld: str
    lebenslage: str
    maturity: int
    confidence: float
    evidence: list[SupportingEvidence]
    # "self", or "samtgemeinde"/"landkreis" when all evidence lies on that authority's pages (docs/coverage.md)
    provided_by: Provider = Provider.SELF
    # Only when a decision applies; a document without decisions is what it always was.
    override: ServiceOverride | None = Field(default=None, exclude_if=_is_none)


class RemovedService(Document):
    """A service scoring found that an analyst's decision took out (rejected, or set to level 0)."""

    ozg_id: str
    name: str
    override: ServiceOverride


class ScreeningSummary(Document):
    services_found: int
    by_maturity: dict[str, int]
    online_services: int
    pages_crawled: int
    error_count: int
    duration_seconds: float | None


class ScreeningDocument(Document):
    """One screened site: the document of `check --json` and `/screenings/{id}` (README.md names its fields)."""

    municipality: MunicipalityRef
    run: ScreeningRun
    services: list[ServiceResult]
    summary: ScreeningSummary
    removed_by_review: list[RemovedService] = Field(default_factory=list, exclude_if=_is_empty)


class Coverage(Document):
    """Of the services a municipality of its type is expected to provide: how many it offers online."""

    expected: int
    online: int
    found_expected: int

    @computed_field  # type: ignore[prop-decorator]
    @property
    def share(self) -> float | None:
        return self.online / self.expected if self.expected else None


class RunRow(Document):
    """One run in the run list, with its counts."""

    id: int
    kind: RunKind
    status: str
    started_at: Moment | None
    finished_at: Moment | None
    municipalities: int
    done: int
    failed: int
    pages: int
    services: int
    running: int = 0  # municipalities being crawled now, on any worker


class RunScreeningRow(Document):
    """One site of a run: its status, pages, services found and coverage."""

    id: int
    name: str
    ars: str | None
    url: str
    status: str
    pages_crawled: int
    services_found: int
    online_services: int
    coverage: Coverage | None


class RunOverview(Document):
    """One run with every site it screened, and how many sites ended in each status (most frequent first)."""

    id: int
    kind: RunKind
    status: str
    started_at: Moment | None
    finished_at: Moment | None
    selection: dict[str, Any]
    screenings: list[RunScreeningRow]
    status_counts: dict[str, int]
    screened: int


class MunicipalityRow(Document):
    """A municipality as the registry holds it."""

    ars: str
    ags: str | None
    name: str
    type: str
    state: str
    kreis_ars: str | None
    samtgemeinde_ars: str | None
    population: int | None
    website: str | None
    website_source: str | None


class MunicipalityDetail(MunicipalityRow):
    """A municipality with the document of its latest screened (ok or partial) screening."""

    latest_screening: ScreeningDocument | None


class CatalogFigures(Document):
    """How much of the OZG catalog is loaded: services per Themenfeld, LeiKa keys, synonyms, relevance marks."""

    services: int
    per_themenfeld: dict[str, int]
    leika: int
    synonyms: int
    services_with_synonyms: int
    relevance_marks: int


class CatalogHit(Document):
    """An OZG-Leistung matching a search text, with the catalog phrase that matched."""

    ozg_id: str
    name: str
    themenfeld: str
    confidence: float
    phrase: str
