"""`ozg-screen report`: the terminal version, the PDF printed by headless Chromium, and bad keys."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from catalog.database.engine import make_engine, session_factory
from tests.support.cli import run_cli
from tests.support.report_state import BOTHEL, add_review, build_state


@pytest.fixture
def state_env(loaded_sqlite_url: str, tmp_path: Path) -> dict[str, str]:
    engine = make_engine(loaded_sqlite_url)
    add_review(session_factory(engine))  # a confirmation and a registered list for Bothel; no figure changes
    build_state(session_factory(engine))
    engine.dispose()
    return {"OZG_DATABASE_URL": loaded_sqlite_url, "OZG_VAR_DIR": str(tmp_path / "var")}


def test_terminal_report_card(state_env: dict[str, str]) -> None:
    result = run_cli("report", BOTHEL, env=state_env)
    assert result.code == 0, result.stderr
    assert result.stdout.startswith("Bothel (Samtgemeinde, ARS 033575401000)")
    assert "Abdeckung: 1 von 62 erwarteten Leistungen online" in result.stdout
    assert "Platz 4" in result.stdout
    # The gaps and the changes since run 1.
    assert "Kindertagesbetreuung" in result.stdout and "Seit Lauf 1" in result.stdout
    # The analyst's confirmation, and registered versus seen in three lines.
    assert "bestätigt, A. Prüfer (automatisch 3)" in " ".join(result.stdout.split())
    assert "Registriert vs. auffindbar (OZG-Dashboard): 4 registriert online" in result.stdout
    assert "registriert, nicht auffindbar: 10092 Wohngeld" in result.stdout
    assert "auffindbar, nicht registriert: 10001 Erklärung zur Vaterschafts" in result.stdout


def test_json_report_card(state_env: dict[str, str]) -> None:
    result = run_cli("report", BOTHEL, "--json", env=state_env)
    assert result.code == 0, result.stderr
    card = json.loads(result.stdout)
    assert list(card) == [
        *("header", "levels", "coverage", "comparison", "themenfelder", "services", "gaps", "changes"),
        "registered",
    ]
    assert card["registered"]["registered_online"] == 4
    assert [gap["ozg_id"] for gap in card["gaps"]] == ["10019", "10025"]


@pytest.mark.browser
def test_pdf_has_the_name_and_the_services_as_text(state_env: dict[str, str], tmp_path: Path) -> None:
    target = tmp_path / "bothel.pdf"
    result = run_cli("report", BOTHEL, "--pdf", str(target), env=state_env)
    assert result.code == 0, result.stderr
    assert "outside requests refused" not in result.stderr
    reader = PdfReader(target)
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Bothel" in text
    for service in ("Elterngeld", "Geburtsanzeige", "Bibliotheksausweis", "Kindertagesbetreuung"):
        assert service in text
    # A4 portrait, and the print stylesheet's page breaks: header and overview together, then a page per section.
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert (round(width), round(height)) == (595, 842)
    assert len(reader.pages) >= 5
    assert "Landesübersicht" not in reader.pages[0].extract_text()  # no navigation in print


@pytest.mark.parametrize(("key", "message"), [("12", "not an ARS"), ("033575406000", "no finished screening")])
def test_bad_keys_give_one_line_and_exit_2(state_env: dict[str, str], key: str, message: str) -> None:
    result = run_cli("report", key, env=state_env)
    assert result.code == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
