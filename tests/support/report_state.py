"""A small screened state for the report card and the dashboard: real Rotenburg (Wümme) municipalities, two runs.

Levels are set by hand (not by the scorer) so the tests can work out medians, ranks and gaps on paper; everything
else takes the real path: evidence through the crawler's sink, results through the store, runs finished by the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session, sessionmaker

from catalog.database.engine import transaction
from catalog.evidence import Evidence, PageEvidence
from catalog.maturity.scoring import ServiceFinding, Support
from catalog.reference.catalog_queries import service_rows
from catalog.reference.registered_import import ImportOptions, import_registered
from catalog.reference.registry import find_municipality, set_website
from catalog.review.decisions import DecisionRequest, record_decision
from catalog.screenings.store import (
    CrawlOutcome,
    add_screening,
    create_run,
    finish_run,
    screening_evidence,
    store_outcome,
)
from catalog.vocabulary import DecisionKind
from crawler.components.evidence_sink import EvidenceSink
from tests.support.evidence import failure, link, page
from tests.support.paths import PROJECT_ROOT

# Services expected of a Samtgemeinde (data/catalog/relevance.csv), and one of the Landkreis only.
VATERSCHAFT = "10001"  # Erklärung zur Vaterschafts-/Mutterschaftsanerkennung
GEBURTSANZEIGE = "10003"
BIBLIOTHEK = "10014"  # Bibliotheksausweis
KITA = "10019"  # Kindertagesbetreuung
EHEFAEHIGKEIT = "10025"  # Ehefähigkeitszeugnis
EHESCHLIESSUNG = "10026"
NAMENSAENDERUNG = "10029"
GRUNDSTEUER = "10117"  # expected of a Mitgliedsgemeinde
ELTERNGELD = "10000"  # expected of a Landkreis, not of a Samtgemeinde

BOTHEL, FINTEL, GEESTEQUELLE, SELSINGEN = "033575401000", "033575402000", "033575403000", "033575404000"
SITTENSEN, TARMSTEDT, APENSEN = "033575405000", "033575407000", "033595401000"
BROCKEL, ROTENBURG_KREIS = "033575401009", "033570000000"
DEAD_PORTAL = "https://bothel.rathausdirekt.de/eheschliessung/"


@dataclass
class Screened:
    """One municipality's site in one run: the levels it offers, and how the crawl ended."""

    ars: str
    levels: dict[str, int]
    status: str = "ok"
    extra: list[Evidence] = field(default_factory=list)


def site_of(name: str) -> str:
    slug = name.lower().replace("(", "").replace(")", "").replace(" ", "-").replace("ü", "ue").replace(",", "")
    return f"https://www.{slug}.de/"


RUN_1 = [
    Screened(BOTHEL, {VATERSCHAFT: 2, GEBURTSANZEIGE: 1, BIBLIOTHEK: 3, NAMENSAENDERUNG: 1}),
    Screened(FINTEL, {VATERSCHAFT: 3}),
]
RUN_2 = [
    Screened(BOTHEL, {VATERSCHAFT: 3, GEBURTSANZEIGE: 2, BIBLIOTHEK: 1}),
    Screened(FINTEL, {VATERSCHAFT: 4, KITA: 3, EHEFAEHIGKEIT: 3}),
    Screened(GEESTEQUELLE, {VATERSCHAFT: 3, KITA: 3, EHESCHLIESSUNG: 1}),
    Screened(SELSINGEN, {KITA: 3, EHEFAEHIGKEIT: 3}),
    Screened(SITTENSEN, {VATERSCHAFT: 4, GEBURTSANZEIGE: 4, BIBLIOTHEK: 4, KITA: 4}),
    Screened(APENSEN, {VATERSCHAFT: 3, EHEFAEHIGKEIT: 2}),
    Screened(BROCKEL, {GRUNDSTEUER: 3, BIBLIOTHEK: 2}),
    Screened(ROTENBURG_KREIS, {ELTERNGELD: 3, VATERSCHAFT: 1}),
    Screened(TARMSTEDT, {}, status="timeout"),
]


def build_state(sessions: sessionmaker[Session]) -> list[int]:
    """Stores both runs (with websites set); returns their ids, oldest first."""
    with transaction(sessions) as session:
        for item in RUN_2:
            municipality = find_municipality(session, item.ars)
            set_website(session, municipality, site_of(municipality.name))
    return [store_screened_run(sessions, RUN_1), store_screened_run(sessions, _with_dead_link(RUN_2))]


def _with_dead_link(run: list[Screened]) -> list[Screened]:
    """Bothel's second screening links an online service whose portal answers 404."""
    home = page(site_of("Bothel"), "Samtgemeinde Bothel", "Willkommen", depth=0)
    dead = [link(home, DEAD_PORTAL, "Eheschließung online anmelden", "Standesamt"), failure(DEAD_PORTAL, "http_404")]
    return [Screened(item.ars, item.levels, item.status, dead) if item.ars == BOTHEL else item for item in run]


def store_screened_run(sessions: sessionmaker[Session], sites: list[Screened]) -> int:
    with transaction(sessions) as session:
        run = create_run(session, "statewide", selection={"state": "NI"}, options={})
        targets = []
        for item in sites:
            municipality = find_municipality(session, item.ars)
            url = site_of(municipality.name)
            screening = add_screening(session, run, url, name=municipality.name, municipality_ars=item.ars)
            targets.append((screening.id, url, item))
        run_id = run.id
    for screening_id, url, item in targets:
        _store_site(sessions, screening_id, url, item)
    with transaction(sessions) as session:
        finish_run(session, run_id)
    return run_id


def _store_site(sessions: sessionmaker[Session], screening_id: int, url: str, item: Screened) -> None:
    with sessions() as session:
        names = service_rows(session, list(item.levels))
    sink = EvidenceSink(sessions, screening_id)
    for ozg_id in item.levels:
        title = names[ozg_id][0]
        sink.add(page(f"{url}buergerservice/{ozg_id}/", f"{title} – Bürgerservice", title, breadcrumb="Bürgerservice"))
    for extra in item.extra:
        sink.add(extra)
    sink.flush()
    with transaction(sessions) as session:
        pages = {seen.url: seen for seen in screening_evidence(session, screening_id) if isinstance(seen, PageEvidence)}
        findings = [
            _finding(ozg_id, level, pages[f"{url}buergerservice/{ozg_id}/"]) for ozg_id, level in item.levels.items()
        ]
        store_outcome(session, screening_id, CrawlOutcome(status=item.status, pages_crawled=len(pages)), findings)


def _finding(ozg_id: str, level: int, seen: PageEvidence) -> ServiceFinding:
    support = Support(evidence=seen, level=level, rule="hand_set", confidence=0.9, phrase=seen.h1)
    return ServiceFinding(ozg_id, maturity=level, confidence=0.9, support=[support])


REGISTERED_LIST = PROJECT_ROOT / "tests/catalog/reference/files/registered/dashboard_bothel_2026-11-30.csv"
CONFIRM_VATERSCHAFT = DecisionRequest(
    BOTHEL, VATERSCHAFT, DecisionKind.CONFIRM, "Online-Termin beim Standesamt geprüft", "A. Prüfer"
)


def add_review(sessions: sessionmaker[Session]) -> None:
    """Before the runs: a confirmation for Bothel (it marks every later screening, and changes no level) and the
    hand-made dashboard list registered for Bothel."""
    with transaction(sessions) as session:
        record_decision(session, CONFIRM_VATERSCHAFT)
        import_registered(session, REGISTERED_LIST, ImportOptions(source="OZG-Dashboard"))
