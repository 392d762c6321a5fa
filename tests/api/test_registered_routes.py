"""Registered versus seen through the API: the stored imports with their counts, and a municipality's comparison
against a hand-made dashboard list (no URL is fetched: dead-URL checks stay with the CLI)."""

from __future__ import annotations

from pathlib import Path

from catalog.database.engine import transaction
from catalog.reference.registered_import import ImportOptions, ImportReport, import_registered
from tests.api.conftest import Api
from tests.catalog.results.builders import BOTHEL

FILES = Path(__file__).parents[1] / "catalog" / "reference" / "files" / "registered"
DASHBOARD = FILES / "dashboard_bothel_2026-11-30.csv"  # a hand-made list in the federal dashboard's shape
WOHNGELD, HUNDEHALTUNG, MELDEBESCHEINIGUNG = "10092", "10160", "10559"


def imported(api: Api, path: Path, **options: object) -> ImportReport:
    with transaction(api.sessions) as session:
        return import_registered(session, path, ImportOptions(**options))  # type: ignore[arg-type]


def test_imports_are_listed_newest_first_with_their_counts(api: Api) -> None:
    assert api.client.get("/api/v1/registered/imports").json()["total"] == 0
    wsp = imported(api, FILES / "nrw_wsp_excerpt_2024-11-11.csv", state="NW")
    dashboard = imported(api, DASHBOARD)
    page = api.client.get("/api/v1/registered/imports").json()
    assert page["total"] == 2
    shown = [(item["id"], item["shape"], item["state"], item["rows"], item["not_in_catalog"]) for item in page["items"]]
    assert shown == [
        (dashboard.import_id, "dashboard", None, dashboard.rows, dashboard.rows - dashboard.mapped),
        (wsp.import_id, "wsp", "NW", wsp.rows, wsp.rows - wsp.mapped),
    ]
    assert page["items"][1]["list_date"].startswith("2024-11-11")  # the date in the file name
    assert api.client.get("/api/v1/registered/imports", params={"offset": 1}).json()["items"] == page["items"][1:]


def test_the_comparison_of_a_municipality_without_url_checks(api: Api) -> None:
    imported(api, DASHBOARD)
    comparison = api.client.get(f"/api/v1/municipalities/{BOTHEL}/registered").json()
    assert comparison["ars"] == BOTHEL and comparison["screening_id"] == api.screening_id
    # Registered online but not online on the website: Wohngeld and Brauchtumsfeuer not found at all, the
    # Meldebescheinigung (mapped by its LeiKa key) found as a form only; the in-planning Sperrzeit row does not count.
    not_found = {entry["ozg_id"]: entry["found_maturity"] for entry in comparison["registered_not_found"]}
    assert not_found == {WOHNGELD: 0, MELDEBESCHEINIGUNG: 2, "10147": 0}
    # Hundehaltung is online on Bothel's website; the list registers it for the Landkreis only.
    assert [entry["ozg_id"] for entry in comparison["found_not_registered"]] == [HUNDEHALTUNG]
    assert {entry["leika_key"] for entry in comparison["not_in_catalog"]} == {"77000000008063"}
    assert comparison["dead_urls"] == []
    assert {entry["url_status"] for entry in comparison["registered_not_found"]} == {None}


def test_unknown_and_malformed_keys(api: Api) -> None:
    assert api.client.get("/api/v1/municipalities/033579999999/registered").status_code == 404
    response = api.client.get("/api/v1/municipalities/abc/registered")
    assert response.status_code == 422 and "'abc' is not an ARS" in response.json()["detail"]
