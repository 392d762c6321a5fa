"""Shipped official websites: the importer into the project's file, the loader, and counts by source."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from catalog.csvfiles import read_rows
from catalog.database.engine import transaction
from catalog.reference.reference_websites import (
    REFERENCE_COLUMNS,
    import_reference_websites,
    load_reference_websites,
    website_sources,
)
from catalog.reference.registry import find_municipality, import_websites, load_registry, set_website
from tests.support.paths import DATA_DIR

EXCERPT = Path(__file__).parent / "files" / "reference_websites" / "niedersachsen_official_websites.csv"
REGISTRY = DATA_DIR / "municipalities" / "niedersachsen.csv"
PROVENANCE = "Wikidata P856 via test excerpt"


@pytest.fixture
def loaded_sessions(sessions: sessionmaker[Session]) -> sessionmaker[Session]:
    """SQLite and PostgreSQL with the project's registry loaded."""
    with transaction(sessions) as session:
        load_registry(session, REGISTRY)
    return sessions


def _imported(tmp_path: Path) -> Path:
    target = tmp_path / "reference_websites.csv"
    import_reference_websites(EXCERPT, REGISTRY, target, PROVENANCE)
    return target


def test_every_key_type_finds_its_unit_and_merged_units_are_reported(tmp_path: Path) -> None:
    target = tmp_path / "reference_websites.csv"
    counts = import_reference_websites(EXCERPT, REGISTRY, target, PROVENANCE)
    assert counts == {"written": 4, "unmatched": 2}  # Langelsheim and SG Weser-Aue were merged after 2020
    rows = {row["ars"]: row for row in read_rows(target, REFERENCE_COLUMNS)}
    assert rows["031010000000"]["website"] == "https://www.braunschweig.de/"  # ags8
    assert rows["031510000000"]["name"] == "Landkreis Gifhorn"  # kreis_ags5
    assert rows["031515401000"]["website"] == "https://www.boldecker-land.de/"  # gemeindeverband_ars9
    assert {row["source"] for row in rows.values()} == {PROVENANCE}


def test_load_sets_reference_websites_once(loaded_sessions: sessionmaker[Session], tmp_path: Path) -> None:
    reference = _imported(tmp_path)
    with transaction(loaded_sessions) as session:
        first = load_reference_websites(session, reference)
    with transaction(loaded_sessions) as session:
        second = load_reference_websites(session, reference)
        gifhorn = find_municipality(session, "03151009")
        assert (gifhorn.website, gifhorn.website_source) == ("https://www.stadt-gifhorn.de/", "reference")
    assert (first.inserted, second.unchanged, second.inserted + second.updated) == (4, 4, 0)


def test_a_url_set_by_hand_or_imported_always_wins(loaded_sessions: sessionmaker[Session], tmp_path: Path) -> None:
    websites = tmp_path / "websites.csv"
    websites.write_text("ars,website\n031510000000,https://www.gifhorn.de/kreis/\n", encoding="utf-8")
    with transaction(loaded_sessions) as session:
        set_website(session, find_municipality(session, "03101000"), "https://www.braunschweig.de/rathaus/")
        import_websites(session, websites)
        load_reference_websites(session, _imported(tmp_path))
        braunschweig, kreis = find_municipality(session, "03101000"), find_municipality(session, "03151")
        assert (braunschweig.website, braunschweig.website_source) == ("https://www.braunschweig.de/rathaus/", "manual")
        assert (kreis.website, kreis.website_source) == ("https://www.gifhorn.de/kreis/", "import")
        assert website_sources(session) == {"none": 1091, "manual": 1, "import": 1, "reference": 2}
