"""The report card's typed parts: what `/report/{ars}`, its PDF and `ozg-screen report` show, field by field."""

from __future__ import annotations

from catalog.results.documents import Coverage, Document, Moment, ServiceOverride
from catalog.results.history import Change
from catalog.vocabulary import Provider


class ReportHeader(Document):
    ars: str
    name: str
    type: str
    designation: str
    kreis: str | None
    samtgemeinde: str | None
    population: int | None
    size_class: str
    website: str | None
    screened_at: Moment | None
    run_id: int
    screening_id: int


class LevelCount(Document):
    """How many services sit at one maturity level; level 0 counts expected services found nowhere."""

    level: int
    label: str
    count: int


class PeerShare(Document):
    """One municipality of the comparison group and its coverage."""

    ars: str
    name: str
    share: float | None


class Comparison(Document):
    """This municipality among those of the same type and size class screened in the same run."""

    type: str
    size_class: str
    municipalities: int
    median_share: float | None
    median_online: float | None
    rank: int | None  # 1 = highest coverage; None without coverage
    share: float | None
    peers: list[PeerShare]  # the group, this municipality included, highest coverage first


class ThemenfeldLevels(Document):
    """One bar of the Themenfeld chart: services per level 1-4."""

    themenfeld: str
    levels: dict[int, int]

    @property
    def total(self) -> int:
        return sum(self.levels.values())


class ReportService(Document):
    """One row of the service table."""

    ozg_id: str
    name: str
    themenfeld: str
    level: int
    provided_by: Provider
    expected: bool
    evidence: list[str]
    override: ServiceOverride | None = None  # the analyst's decision behind the level, in the provider's screening


class Gap(Document):
    """A service most comparable municipalities offer online and this one does not."""

    ozg_id: str
    name: str
    themenfeld: str
    offered_by: int
    comparable: int
    example: str
    example_ars: str


class ReportChanges(Document):
    """Since the previous screening of the same municipality, grouped as the report card shows them."""

    previous_run_id: int | None
    online: list[Change]
    up: list[Change]
    down: list[Change]
    dead: list[Change]


class RegisteredGap(Document):
    """A service on one side only: registered online and not findable, or findable online and not registered."""

    ozg_id: str
    name: str
    level: int  # found on the website (0: not found)
    url: str = ""  # the registered URL, for a registered service


class RegisteredSeen(Document):
    """Registered versus seen, as `ozg-screen registered compare --no-check-urls` shows it (no URL is fetched)."""

    sources: list[str]  # the registered lists that cover the municipality
    registered_online: int
    registered_not_found: list[RegisteredGap]
    found_not_registered: list[RegisteredGap]
    not_in_catalog: int


class ReportCard(Document):
    header: ReportHeader
    levels: list[LevelCount]
    coverage: Coverage | None
    comparison: Comparison | None
    themenfelder: list[ThemenfeldLevels]
    services: list[ReportService]
    gaps: list[Gap]
    changes: ReportChanges
    registered: RegisteredSeen | None = None  # None: no registered list covers the municipality
