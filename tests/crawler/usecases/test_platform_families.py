"""`check` on sites built from Niedersachsen's platform shapes: an OpenR@thaus/BIS town and a referral member."""

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

# Stadt Lindenhorst: BIS portal on a host of its own name, task list, LeiKa metadata, download table, online
# buttons, council system, job portal, map viewer. Gemeinde Kranichmoor: refers to its Samtgemeinde, links the Kreis
# portal (tiles to a form and to civento), Form-Solutions and an "Online-Rathaus" on an unknown host.
SITES = ["www.stadt-lindenhorst.de", "www.gemeinde-kranichmoor.de"]


def _labels(host: str) -> dict[str, Any]:
    labels: dict[str, Any] = json.loads((FIXTURE_SITES / host / "_labels.json").read_text(encoding="utf-8"))
    return labels


@pytest.fixture(scope="module")
def documents(
    loaded_sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory, fixture_web: LocalWeb
) -> dict[str, dict[str, Any]]:
    """One crawl per site for the module: OZG-ID -> service of each site's check document."""
    found = {}
    for host in SITES:
        folder = tmp_path_factory.mktemp(host)
        shutil.copyfile(loaded_sqlite_template, folder / "screening.sqlite3")
        env = screening_env(f"sqlite:///{folder / 'screening.sqlite3'}", folder, fixture_web)
        result = run_cli("check", f"http://{host}/", "--json", "--no-store", env=env)
        assert result.code == 0, result.stderr
        found[host] = {service["ozg_id"]: service for service in json.loads(result.stdout)["services"]}
    return found


CASES = [(host, service) for host in SITES for service in _labels(host)["services"]]


@pytest.mark.parametrize(("host", "label"), CASES, ids=[f"{h}-{s['ozg_id']}" for h, s in CASES])
def test_every_labelled_service_is_found_at_its_level_and_owner(
    documents: dict[str, dict[str, Any]], host: str, label: dict[str, Any]
) -> None:
    service = documents[host].get(label["ozg_id"])
    assert service is not None, label["why"]
    assert (service["maturity"], service["provided_by"]) == (label["maturity"], label["provided_by"]), label["why"]


@pytest.mark.parametrize("host", SITES)
def test_nothing_beyond_the_labels(documents: dict[str, dict[str, Any]], host: str) -> None:
    assert set(documents[host]) == {service["ozg_id"] for service in _labels(host)["services"]}


def test_the_rules_that_decide(documents: dict[str, dict[str, Any]]) -> None:
    lindenhorst = documents["www.stadt-lindenhorst.de"]

    def rules(ozg_id: str) -> set[str]:
        return {evidence["rule"] for evidence in lindenhorst[ozg_id]["evidence"]}

    assert "task_list_item" in rules("10244")  # "Unsere Aufgaben: ... Fundsachen"
    assert "leika_keyed_page" in rules("10160")  # "Bello, Wuff und Co." with the Hundesteuer key in <meta>
    assert "form_download" in rules("10348")  # the table row names the form, the link says "Download"
    documents_10124 = [e["url"] for e in lindenhorst["10124"]["evidence"] if e["rule"] == "form_download"]
    assert any(url.endswith("/dokument/8104/download") for url in documents_10124)  # judged by its Content-Type
    assert all("/en/" not in e["url"] for service in lindenhorst.values() for e in service["evidence"])
    for not_service in _labels("www.stadt-lindenhorst.de")["not_services"]:
        assert not_service["ozg_id"] not in lindenhorst, not_service["why"]
