"""The public records of a generated state (re-exported by `tests.support.statewide.generator`)."""

from __future__ import annotations

from dataclasses import dataclass

BEHAVIOURS = (
    "normal", "slow", "broken", "blocking", "trap", "timeout", "dns", "robots_all", "latin1", "redirect",
    "js",
)  # fmt: skip


@dataclass(frozen=True)
class Municipality:
    ars: str  # 12-digit ARS from data/municipalities/niedersachsen.csv
    name: str  # registry name, e.g. "Bothel" or "Gifhorn, Stadt"
    type: str  # samtgemeinde | stadt | gemeinde | landkreis | kreisfreie_stadt | mitgliedsgemeinde


@dataclass(frozen=True)
class GeneratedSite:
    municipality: Municipality
    host: str  # e.g. "www.samtgemeinde-bothel.de"
    start_url: str  # "http://<host>/"
    behaviour: str  # one of BEHAVIOURS
    services: dict[str, int]  # ozg_id -> maturity the site's content offers (ground truth)
    pages: int  # HTML pages on the municipality's own host
