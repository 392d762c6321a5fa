"""The dashboard's typed parts: what `/dashboard` draws, field by field."""

from __future__ import annotations

from catalog.results.documents import Document, Moment


class KreisOption(Document):
    key: str  # the 5-digit Kreis key
    name: str


class DashboardFilters(Document):
    """The filters in force (empty: all) and the choices offered."""

    kreis: str
    type: str
    kreise: list[KreisOption]
    types: list[str]


class MapPoint(Document):
    """One screened municipality on the map."""

    ars: str
    name: str
    type: str
    latitude: float
    longitude: float
    share: float | None
    online: int
    expected: int


class Place(Document):
    """A Gemeinde drawn faintly behind the map's dots, so the state's shape shows even when few were screened."""

    latitude: float
    longitude: float


class GroupFigures(Document):
    """Coverage of the municipalities of one type or one size class."""

    group: str
    municipalities: int
    median_share: float | None
    mean_share: float | None


class TrendPoint(Document):
    """One run: how many municipalities, their median coverage, and the expected services online in all of them."""

    run_id: int
    finished_at: Moment | None
    municipalities: int
    median_share: float | None
    online_services: int


class ServiceCount(Document):
    """A service and in how many of `out_of` municipalities it is online (or missing)."""

    ozg_id: str
    name: str
    themenfeld: str
    count: int
    out_of: int


class Dashboard(Document):
    run_id: int | None
    filters: DashboardFilters
    municipalities: int
    median_share: float | None
    points: list[MapPoint]
    places: list[Place]
    by_type: list[GroupFigures]
    by_size_class: list[GroupFigures]
    trend: list[TrendPoint]
    top_online: list[ServiceCount]
    top_missing: list[ServiceCount]
