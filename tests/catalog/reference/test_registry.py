"""The municipality registry: import from Destatis, load, lookups, filters and websites."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from catalog.database.engine import transaction
from catalog.errors import UserError
from catalog.reference.registry import (
    export_websites,
    find_municipality,
    import_websites,
    list_municipalities,
    load_registry,
    registry_counts,
    set_website,
)
from catalog.reference.registry_import import import_registry
from tests.support.excerpts import REGISTRY_EXPORT, is_ordered_excerpt
from tests.support.paths import DATA_DIR

PROJECT_REGISTRY = DATA_DIR / "municipalities" / "niedersachsen.csv"


def test_import_counts_every_kind_of_unit(tmp_path: Path) -> None:
    counts = import_registry(REGISTRY_EXPORT, tmp_path / "ni.csv")
    # Braunschweig is listed as Kreis and as Gemeinde: one unit.
    assert counts["landkreis"] + counts["kreisfreie_stadt"] == 3
    assert counts["samtgemeinde"] == 2
    assert counts["mitgliedsgemeinde"] == 10
    gemeinden = sum(
        counts[kind] for kind in ("stadt", "gemeinde", "mitgliedsgemeinde", "gemeindefreies_gebiet", "kreisfreie_stadt")
    )
    assert gemeinden == 15
    # A Landkreis sits at the mean of its Gemeinden, and the excerpt holds only a few of them.
    assert is_ordered_excerpt(_without_landkreise(tmp_path / "ni.csv"), PROJECT_REGISTRY)


def _without_landkreise(registry_file: Path) -> Path:
    lines = registry_file.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = registry_file.with_name("without_landkreise.csv")
    kept.write_text("".join(line for line in lines if ",landkreis," not in line), encoding="utf-8")
    return kept


def test_import_carries_coordinates_and_places_samtgemeinden(tmp_path: Path) -> None:
    import_registry(REGISTRY_EXPORT, tmp_path / "ni.csv")
    rows = {row["ars"]: row for row in csv.DictReader((tmp_path / "ni.csv").open(encoding="utf-8"))}
    # Gemeinde Bothel as the register gives it ("," decimals there become "." in the source extract).
    assert (rows["033575401006"]["latitude"], rows["033575401006"]["longitude"]) == ("53.07374", "9.503907")
    # Samtgemeinde Bothel: the mean of its six members, worked out by hand from the excerpt.
    assert (rows["033575401000"]["latitude"], rows["033575401000"]["longitude"]) == ("53.066934", "9.474450")
    # Braunschweig's Kreis row has none; its Gemeinde row brings them.
    assert rows["031010000000"]["latitude"] == "52.26249"
    # Region Hannover's Kreis row comes without any Gemeinde in the excerpt: nowhere to place it.
    assert rows["032410000000"]["latitude"] == ""


@pytest.fixture
def loaded(sessions: sessionmaker[Session]) -> sessionmaker[Session]:
    with transaction(sessions) as session:
        load_registry(session, PROJECT_REGISTRY)
    return sessions


def test_load_is_idempotent(loaded: sessionmaker[Session]) -> None:
    with transaction(loaded) as session:
        counts = load_registry(session, PROJECT_REGISTRY)
        assert registry_counts(session)["samtgemeinde"] == 116
    assert (counts.inserted, counts.updated, counts.unchanged) == (0, 0, 1120)


@pytest.mark.parametrize(
    ("key", "name", "kind"),
    [
        ("033575401000", "Bothel", "samtgemeinde"),
        ("03357006", "Bothel", "mitgliedsgemeinde"),
        ("033575401", "Bothel", "samtgemeinde"),
        ("03357", "Rotenburg (Wümme)", "landkreis"),
        ("03101000", "Braunschweig, Stadt", "kreisfreie_stadt"),
        ("03241", "Region Hannover", "landkreis"),
    ],
)
def test_lookup_by_ars_ags_and_kreis_key(loaded: sessionmaker[Session], key: str, name: str, kind: str) -> None:
    with loaded() as session:
        found = find_municipality(session, key)
        assert (found.name, found.type) == (name, kind)


def test_load_carries_coordinates(loaded: sessionmaker[Session]) -> None:
    with loaded() as session:
        bothel = find_municipality(session, "03357006")
        assert (bothel.latitude, bothel.longitude) == (53.07374, 9.503907)


def test_member_knows_its_samtgemeinde_and_kreis(loaded: sessionmaker[Session]) -> None:
    with loaded() as session:
        member = find_municipality(session, "03357006")
        assert member.samtgemeinde is not None and member.samtgemeinde.ars == "033575401000"
        assert member.kreis is not None and member.kreis.name == "Rotenburg (Wümme)"


@pytest.mark.parametrize(
    ("key", "message"),
    [
        ("12345", "no municipality"),
        ("abc", "not an ARS"),
        ("0335754010", "not an ARS"),
    ],
)
def test_bad_keys_are_user_errors(loaded: sessionmaker[Session], key: str, message: str) -> None:
    with loaded() as session, pytest.raises(UserError, match=message):
        find_municipality(session, key)


def test_list_filters_by_type_and_kreis(loaded: sessionmaker[Session]) -> None:
    with loaded() as session:
        found = list_municipalities(session, types=["samtgemeinde"], kreis="Rotenburg")
        assert [item.name for item in found][:2] == ["Bothel", "Fintel"]
        assert len(found) == 8
        with pytest.raises(UserError, match="unknown type"):
            list_municipalities(session, types=["dorf"])


def test_websites_round_trip_through_csv(loaded: sessionmaker[Session], tmp_path: Path) -> None:
    with transaction(loaded) as session:
        set_website(session, find_municipality(session, "033575401000"), "www.bothel.de")
    exported = tmp_path / "websites.csv"
    with loaded() as session:
        export_websites(session, exported)
    rows = {row["ars"]: row for row in csv.DictReader(exported.open(encoding="utf-8"))}
    assert rows["033575401000"]["website"] == "https://www.bothel.de/"
    assert rows["033575401000"]["source"] == "manual"
    rows["033575401006"]["website"] = "https://www.gemeinde-bothel.de"
    with exported.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows["033575401000"]))
        writer.writeheader()
        writer.writerows(rows.values())
    with transaction(loaded) as session:
        counts = import_websites(session, exported)
        assert find_municipality(session, "03357006").website == "https://www.gemeinde-bothel.de/"
    assert (counts.inserted, counts.updated) == (1, 0)
