"""The REST API over a real database: every route renders a read-layer object, the same one the CLI renders."""

from __future__ import annotations

import ast
from pathlib import Path

from catalog.results.runs import list_runs, run_overview
from catalog.results.screening import screening_document
from tests.api.conftest import Api
from tests.catalog.results.builders import BOTHEL, BOTHEL_PORTAL, BOTHEL_SITE
from tests.support.paths import PROJECT_ROOT

ROUTERS = sorted((PROJECT_ROOT / "api").rglob("*.py"))


def test_screening_is_the_check_json_document(api: Api) -> None:
    response = api.client.get(f"/api/v1/screenings/{api.screening_id}")
    with api.sessions() as session:
        expected = screening_document(session, api.screening_id).model_dump(mode="json")
    assert response.status_code == 200 and response.json() == expected
    document = response.json()
    assert list(document) == ["municipality", "run", "services", "summary"]
    services = {service["ozg_id"]: service for service in document["services"]}
    assert services["10160"]["maturity"] == 3 and services["10160"]["evidence"][0]["url"] == BOTHEL_PORTAL
    assert services["10559"]["maturity"] == 2
    assert [list(error) for error in document["run"]["errors"]] == [
        ["url", "status", "http_status"],
        ["status", "message"],
    ]


def test_runs_list_and_overview_with_coverage(api: Api) -> None:
    page = api.client.get("/api/v1/runs").json()
    assert (page["total"], page["limit"], page["offset"]) == (2, 50, 0)
    runs = page["items"]
    assert [run["id"] for run in runs] == [api.running_run_id, api.run_id]
    assert runs[1]["status"] == "ok" and runs[1]["kind"] == "check" and runs[1]["services"] == 2
    assert api.client.get(f"/api/v1/runs/{api.run_id}").json() == runs[1]
    screenings = api.client.get(f"/api/v1/runs/{api.run_id}/screenings").json()
    with api.sessions() as session:
        overview = run_overview(session, api.run_id).model_dump(mode="json")
        assert screenings["items"] == overview["screenings"] and screenings["total"] == 1
        assert runs == [row.model_dump(mode="json") for row in list_runs(session, 50)]
    coverage = screenings["items"][0]["coverage"]
    assert coverage["expected"] > 20 and coverage["online"] == 1 and 0 < coverage["share"] < 1


def test_diff_of_two_runs(api: Api) -> None:
    body = api.client.get(f"/api/v1/runs/{api.run_id}/diff/{api.run_id}").json()
    assert body == {"items": [], "total": 0, "limit": 50, "offset": 0}


def test_municipality_shows_its_latest_screening(api: Api) -> None:
    body = api.client.get(f"/api/v1/municipalities/{BOTHEL}").json()
    assert body["website"] == BOTHEL_SITE and body["website_source"] == "manual"
    assert body["latest_screening"]["run"]["id"] == api.run_id
    assert body["latest_screening"]["summary"]["services_found"] == 2
    member = api.client.get("/api/v1/municipalities/03357009").json()
    assert member["name"] == "Brockel" and member["latest_screening"] is None
    listed = api.client.get("/api/v1/municipalities", params={"type": "samtgemeinde", "kreis": "Rotenburg"}).json()
    assert listed["total"] == 8 and len(listed["items"]) == 8 and "latest_screening" not in listed["items"][0]


def test_catalog_search_and_figures(api: Api) -> None:
    assert api.client.get("/api/v1/catalog").json()["services"] == 557
    hits = api.client.get("/api/v1/catalog/search", params={"q": "Hund anmelden", "limit": 2}).json()
    assert hits[0]["ozg_id"] == "10160" and len(hits) <= 2
    assert list(hits[0]) == ["ozg_id", "name", "themenfeld", "confidence", "phrase"]


def test_health(api: Api) -> None:
    body = api.client.get("/health").json()
    assert body["status"] == "ok" and body["version"]


# The export downloads: streamed files, described by their media type instead of a response model.
STREAMED_FILES = {
    "/api/v1/exports/long.csv": "text/csv",
    "/api/v1/exports/matrix.csv": "text/csv",
    "/api/v1/exports/screening.xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def test_every_route_declares_a_response_model(api: Api) -> None:
    paths = api.client.get("/openapi.json").json()["paths"]
    assert len(paths) >= 19 and all(path.startswith("/api/v1/") or path == "/health" for path in paths)
    for path, methods in paths.items():
        for method, operation in methods.items():
            answers = operation["responses"]
            answer = answers.get("200") or answers.get("201") or answers["202"]
            if path in STREAMED_FILES:  # a file, streamed: no model, but its media type alone
                assert list(answer["content"]) == [STREAMED_FILES[path]], path
                continue
            schema = answer["content"]["application/json"]["schema"]
            assert "$ref" in schema or "$ref" in schema.get("items", {}), (method, path)


def test_old_unversioned_paths_are_gone(api: Api) -> None:
    """Dropped, not redirected: the shapes changed (lists became pages), README.md says so."""
    for path in ("/runs", "/municipalities", "/catalog", f"/screenings/{api.screening_id}"):
        assert api.client.get(path).status_code == 404


def _imported_modules(source: Path) -> set[str]:
    tree = ast.parse(source.read_text(encoding="utf-8"))
    modules = {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    return modules | {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}


def test_routes_run_no_sql() -> None:
    """Routes call the read layer; queries and models stay in catalog/."""
    for source in ROUTERS:
        modules = _imported_modules(source)
        queries = {module for module in modules if module.split(".")[0] == "sqlalchemy"} - {"sqlalchemy.orm"}
        assert not queries, source
        assert "catalog.database.models" not in modules, source
        assert "select(" not in source.read_text(encoding="utf-8"), source
