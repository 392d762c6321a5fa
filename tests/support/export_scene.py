"""A small screened corner of Lower Saxony for export tests: a Landkreis, a Samtgemeinde with members, a town,
a kreisfreie Stadt and a site checked by URL, over three runs (the third still running)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.orm import Session, sessionmaker

from tests.support.screened_state import Found, Screened, Seen, store_screenings

LANDKREIS = "033570000000"  # Rotenburg (Wümme)
SAMTGEMEINDE = "033575401000"  # Bothel
BROCKEL = "033575401009"  # Mitgliedsgemeinde of Bothel
HEMSBUENDE = "033575401024"  # Mitgliedsgemeinde of Bothel, unreachable in run 1
ROTENBURG = "033570039039"  # Stadt Rotenburg (Wümme)
BRAUNSCHWEIG = "031010000000"  # kreisfreie Stadt

KFZ, FUEHRERSCHEIN, HUND, GEWERBE, VATERSCHAFT, GEBURT = "10439", "10169", "10160", "10294", "10001", "10003"

RUN_1 = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)
RUN_2 = datetime(2026, 11, 9, 8, 0, tzinfo=UTC)
RUN_3 = datetime(2026, 11, 16, 8, 0, tzinfo=UTC)

# Website texts nobody here controls: each would run as a formula in a spreadsheet without neutralising.
HOSTILE_NAME = '=HYPERLINK("https://boese.example/","Gemeinde")'
HOSTILE_URL = "+49 4266 9830"


@dataclass(frozen=True)
class Scene:
    run_ids: list[int]


def _first_run() -> list[Screened]:
    kfz_evidence = (
        Seen("https://www.lk-row.de/kfz/zulassung/", "page_mention", 1, 0.6, kind="page", text="Kfz-Zulassung"),
        Seen("https://ikfz.lk-row.de/antrag", "full_digital_platform", 4, 0.95, text="Fahrzeug online zulassen"),
    )
    return [
        Screened(LANDKREIS, "https://www.lk-row.de/", services=(
            Found(KFZ, 4, 0.95, kfz_evidence), Found(FUEHRERSCHEIN, 3, 0.9), Found(HUND, 1, 0.5),
        )),
        Screened(SAMTGEMEINDE, "https://www.bothel.de/", services=(
            Found(HUND, 3, 0.88), Found(GEWERBE, 2, 0.7), Found(VATERSCHAFT, 1, 0.55),
        )),
        Screened(BROCKEL, "https://www.brockel.de/", services=(Found(HUND, 1, 0.6), Found(GEBURT, 3, 0.81))),
        Screened(HEMSBUENDE, "https://www.hemsbuende.de/", status="dns_error"),
        Screened(ROTENBURG, "https://www.rotenburg-wuemme.de/", services=(
            Found(GEWERBE, 4, 0.93), Found(KFZ, 2, 0.66), Found(HUND, 2, 0.75),
        )),
        Screened(BRAUNSCHWEIG, "https://www.braunschweig.de/", services=(Found(KFZ, 3, 0.9), Found(HUND, 4, 0.97))),
        Screened(None, "https://www.unbekannt.example/", name=HOSTILE_NAME, services=(
            Found(HUND, 3, 0.8, (Seen(HOSTILE_URL, "online_link", 3, 0.8),)),
        )),
    ]  # fmt: skip


def _second_run() -> list[Screened]:
    return [
        Screened(SAMTGEMEINDE, "https://www.bothel.de/", services=(Found(HUND, 4, 0.9), Found(GEWERBE, 3, 0.8))),
        Screened(HEMSBUENDE, "https://www.hemsbuende.de/", services=(Found(HUND, 1, 0.5),)),
        Screened(BRAUNSCHWEIG, "https://www.braunschweig.de/", status="timeout"),
    ]


def store_scene(sessions: sessionmaker[Session]) -> Scene:
    """Runs 1 and 2 finished; run 3 has only Brockel, still pending (no export shows it)."""
    first = store_screenings(sessions, _first_run(), started_at=RUN_1)
    second = store_screenings(sessions, _second_run(), started_at=RUN_2)
    pending = [Screened(BROCKEL, "https://www.brockel.de/", status="pending")]
    third = store_screenings(sessions, pending, started_at=RUN_3, run_status="running")
    return Scene([first, second, third])
