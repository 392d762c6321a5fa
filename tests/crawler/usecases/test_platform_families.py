"""`check` on a town whose services live on an OpenR@thaus/BIS portal, in task lists, metadata and download tables."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from crawler.localweb.control import LocalWeb
from tests.support.cli import run_cli
from tests.support.environments import screening_env
from tests.support.paths import FIXTURE_SITES

LINDENHORST = "www.stadt-lindenhorst.de"


@pytest.fixture(scope="module")
def lindenhorst(loaded_sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory, fixture_web: LocalWeb) -> dict:  # type: ignore[type-arg]
    """One crawl for the module: the site's check document, by OZG-ID."""
    folder = tmp_path_factory.mktemp("lindenhorst")
    database = folder / "screening.sqlite3"
    shutil.copyfile(loaded_sqlite_template, database)
    env = screening_env(f"sqlite:///{database}", folder, fixture_web)
    result = run_cli("check", f"http://{LINDENHORST}/", "--json", "--no-store", env=env)
    assert result.code == 0, result.stderr
    document: dict[str, Any] = json.loads(result.stdout)
    return {service["ozg_id"]: service for service in document["services"]}


def _labels() -> dict[str, Any]:
    labels: dict[str, Any] = json.loads((FIXTURE_SITES / LINDENHORST / "_labels.json").read_text(encoding="utf-8"))
    return labels


def _label(ozg_id: str) -> dict[str, Any]:
    return next(service for service in _labels()["services"] if service["ozg_id"] == ozg_id)


@pytest.mark.parametrize("ozg_id", [service["ozg_id"] for service in _labels()["services"]])
def test_every_labelled_service_is_found_at_its_level(lindenhorst: dict, ozg_id: str) -> None:  # type: ignore[type-arg]
    assert ozg_id in lindenhorst, _label(ozg_id)["why"]
    assert lindenhorst[ozg_id]["maturity"] == _label(ozg_id)["maturity"], _label(ozg_id)["why"]


@pytest.mark.parametrize("ozg_id", [service["ozg_id"] for service in _labels()["not_services"]])
def test_referrals_council_agendas_and_maps_are_no_services(lindenhorst: dict, ozg_id: str) -> None:  # type: ignore[type-arg]
    assert ozg_id not in lindenhorst


def test_nothing_beyond_the_labels(lindenhorst: dict) -> None:  # type: ignore[type-arg]
    labelled = {service["ozg_id"] for service in _labels()["services"]}
    assert set(lindenhorst) == labelled


def test_the_rules_that_decide(lindenhorst: dict) -> None:  # type: ignore[type-arg]
    def rules(ozg_id: str) -> set[str]:
        return {evidence["rule"] for evidence in lindenhorst[ozg_id]["evidence"]}

    assert "task_list_item" in rules("10244")  # "Unsere Aufgaben: ... Fundsachen"
    assert "leika_keyed_page" in rules("10160")  # "Bello, Wuff und Co." with the Hundesteuer key in <meta>
    assert "form_download" in rules("10348")  # the table row names the form, the link says "Download"
    documents = [e["url"] for e in lindenhorst["10124"]["evidence"] if e["rule"] == "form_download"]
    assert any(url.endswith("/dokument/8104/download") for url in documents)  # judged by its Content-Type
    assert all("/en/" not in e["url"] for service in lindenhorst.values() for e in service["evidence"])
