"""`ozg-screen check` end to end: real HTTP to fixture sites under real host names through a local proxy."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from catalog.database.engine import make_engine, session_factory
from catalog.database.models import Evidence, Result, Run, Screening
from crawler.localweb.control import LocalWeb
from tests.support.cli import run_cli
from tests.support.environments import screening_env
from tests.support.paths import FIXTURE_SITES

HEIDELAND = "http://www.sg-heideland.de/"
JSON_FIELDS = {
    "municipality": {"name", "ars", "ags", "url"},
    "run": {"id", "started_at", "finished_at", "pages_crawled", "status", "errors"},
}


def _labels(host: str) -> dict[str, Any]:
    label_file = FIXTURE_SITES / host / "_labels.json"
    return json.loads(label_file.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _check(env: dict[str, str], *args: str) -> dict[str, Any]:
    result = run_cli("check", *args, "--json", env=env)
    assert result.code == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_check_finds_labelled_services_and_stores_the_run(
    loaded_database_url: str, tmp_path: Path, fixture_web: LocalWeb
) -> None:
    env = screening_env(loaded_database_url, tmp_path, fixture_web)
    document = _check(env, HEIDELAND)
    for section, fields in JSON_FIELDS.items():
        assert fields <= set(document[section])
    found = {service["ozg_id"]: service for service in document["services"]}
    labels = _labels("www.sg-heideland.de")
    expected = {service["ozg_id"]: service["maturity"] for service in labels["services"]}
    recall = len(set(found) & set(expected)) / len(expected)
    precision = len(set(found) & set(expected)) / len(found)
    assert recall >= 0.8 and precision >= 0.75, (recall, precision)
    assert found["10160"]["maturity"] >= 3
    assert all(service["maturity"] >= 1 and service["evidence"] for service in document["services"])
    assert all(len(service["ozg_id"]) == 5 for service in document["services"])
    for evidence in found["10160"]["evidence"]:
        assert {"url", "kind", "text", "rule"} <= set(evidence)
    _assert_stored(loaded_database_url, document["run"]["id"], len(found))


def _assert_stored(database_url: str, run_id: int, services: int) -> None:
    engine = make_engine(database_url)
    with session_factory(engine)() as session:
        run = session.get(Run, run_id)
        assert run is not None and run.status == "ok" and run.finished_at is not None
        screening = session.scalars(select(Screening).where(Screening.run_id == run_id)).one()
        assert (
            session.scalar(select(func.count()).select_from(Result).where(Result.screening_id == screening.id))
            == services
        )
        urls = session.scalars(
            select(Evidence.url).where(Evidence.screening_id == screening.id, Evidence.kind == "page")
        ).all()
    engine.dispose()
    assert not any("/intern/" in url for url in urls), "robots.txt-disallowed pages were fetched"


def test_news_mentions_and_traps_do_not_become_services(
    loaded_sqlite_url: str, tmp_path: Path, fixture_web: LocalWeb
) -> None:
    document = _check(screening_env(loaded_sqlite_url, tmp_path, fixture_web), HEIDELAND, "--no-store")
    found = {service["ozg_id"] for service in document["services"]}
    for not_service in _labels("www.sg-heideland.de")["not_services"]:
        assert not_service["ozg_id"] not in found, not_service["why"]
    assert document["run"]["id"] is None
    assert document["run"]["pages_crawled"] < 200, "the calendar trap was followed"


def test_page_budget_is_respected(loaded_sqlite_url: str, tmp_path: Path, fixture_web: LocalWeb) -> None:
    document = _check(
        screening_env(loaded_sqlite_url, tmp_path, fixture_web),
        HEIDELAND,
        "--max-pages",
        "12",
        "--no-store",
        "--render",
        "never",
    )
    site_pages = document["run"]["pages_crawled"]
    assert site_pages <= 12 + 40  # the budget bounds site pages; portal pages have their own limit
    assert any(error["status"] == "page_budget_reached" for error in document["run"]["errors"])
    assert document["services"], "the budget went to service pages first, so some services are found"


@pytest.mark.browser
def test_javascript_directory_is_rendered_with_chromium(
    loaded_sqlite_url: str, tmp_path: Path, fixture_web: LocalWeb
) -> None:
    env = screening_env(loaded_sqlite_url, tmp_path, fixture_web)
    url = "http://www.gemeinde-moorhausen.de/"
    rendered = {s["ozg_id"] for s in _check(env, url, "--no-store", "--render", "auto")["services"]}
    unrendered = {s["ozg_id"] for s in _check(env, url, "--no-store", "--render", "never")["services"]}
    expected = {service["ozg_id"] for service in _labels("www.gemeinde-moorhausen.de")["services"]}
    assert len(rendered & expected) >= len(unrendered & expected) + 5


def test_check_by_ars_uses_the_registry_website(loaded_sqlite_url: str, tmp_path: Path, fixture_web: LocalWeb) -> None:
    env = screening_env(loaded_sqlite_url, tmp_path, fixture_web)
    assert run_cli("municipalities", "set-website", "033575401000", "http://www.sg-heideland.de/", env=env).code == 0
    document = _check(env, "033575401000", "--render", "never", "--max-pages", "30")
    assert document["municipality"]["ars"] == "033575401000"
    assert document["municipality"]["name"] == "Bothel"
    rescored = run_cli("rescore", str(document["run"]["id"]), env=env)
    assert rescored.code == 0 and "0 changed" in rescored.stdout


def test_table_output_groups_by_themenfeld(loaded_sqlite_url: str, tmp_path: Path, fixture_web: LocalWeb) -> None:
    env = screening_env(loaded_sqlite_url, tmp_path, fixture_web)
    result = run_cli("check", "http://www.stadt-musterhafen.de/", "--no-store", "--render", "never", env=env)
    assert result.code == 0, result.stderr
    assert "Engagement & Hobby" in result.stdout and "Hundehaltung" in result.stdout
    assert "Leistungen gefunden" in result.stdout
