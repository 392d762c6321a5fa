"""`ozg-screen review` end to end as an analyst runs it: the queue, decisions, undo, history, suggestions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session, sessionmaker

from catalog.database.engine import make_engine, session_factory
from catalog.screenings.store import CrawlOutcome
from crawler.localweb.control import LocalWeb
from tests.catalog.results.builders import BOTHEL, BOTHEL_PORTAL, Site, bothel, bothel_evidence, store_run
from tests.support.cli import run_cli
from tests.support.environments import screening_env

HUNDESTEUER, MELDEBESCHEINIGUNG = "10160", "10559"
GNARRENBURG, HEIDELAND = "033570016016", "http://www.sg-heideland.de/"


@pytest.fixture
def review_env(loaded_sqlite_url: str, tmp_path: Path) -> dict[str, str]:
    return {"OZG_DATABASE_URL": loaded_sqlite_url, "OZG_VAR_DIR": str(tmp_path / "var")}


@pytest.fixture
def sessions(loaded_sqlite_url: str) -> sessionmaker[Session]:
    return session_factory(make_engine(loaded_sqlite_url))


def without_portal() -> Site:
    """Bothel a week later: the online link is gone and the crawl ended partial."""
    evidence = [item for item in bothel_evidence() if item.url != BOTHEL_PORTAL]
    outcome = CrawlOutcome(status="partial", pages_crawled=2, errors=[{"url": BOTHEL_PORTAL, "status": "timeout"}])
    return Site(bothel().url, "Bothel", BOTHEL, evidence, outcome)


def queue(env: dict[str, str], *args: str) -> list[dict[str, Any]]:
    result = run_cli("review", "--json", *args, env=env)
    assert result.code == 0, result.stderr
    entries: list[dict[str, Any]] = json.loads(result.stdout)
    return entries


def test_the_queue_names_each_reason_and_shows_evidence(review_env: dict[str, str], sessions: Any) -> None:
    first = store_run(sessions, [bothel()])
    entries = queue(review_env)
    assert [(entry["ozg_id"], entry["reasons"]) for entry in entries] == [
        (HUNDESTEUER, ["single_evidence"]),  # online first
        (MELDEBESCHEINIGUNG, ["single_evidence"]),
    ]
    assert entries[0]["evidence"][0]["url"] == BOTHEL_PORTAL and entries[0]["previous_maturity"] is None
    assert {tuple(entry["reasons"]) for entry in queue(review_env, "--below", "0.95")} == {
        ("low_confidence", "single_evidence")
    }
    second = store_run(sessions, [without_portal()])
    later = queue(review_env)
    changed = next(entry for entry in later if entry["ozg_id"] == HUNDESTEUER)
    assert (changed["maturity"], changed["previous_maturity"], changed["run_id"]) == (1, 3, second.run_id)
    assert "changed_since_previous" in changed["reasons"]
    assert [entry["reasons"] for entry in later if entry["ozg_id"] is None] == [["partial_screening"]]
    assert [entry["ozg_id"] for entry in queue(review_env, "--why", "partial_screening")] == [None]
    assert queue(review_env, "--run", str(first.run_id), "--ars", "031510000000") == []


def test_decide_undo_and_history(review_env: dict[str, str], sessions: Any) -> None:
    stored = store_run(sessions, [bothel()])
    rejected = run_cli(
        "review", "reject", BOTHEL, HUNDESTEUER, "--reason", "Portal des Landkreises [LK ROW]", "--author", "A. Prüfer",
        env=review_env,
    )  # fmt: skip
    assert rejected.code == 0, rejected.stderr
    assert rejected.stdout.splitlines() == [
        f"Entscheidung 1: reject für {BOTHEL} {HUNDESTEUER}",
        f"applied to screening {stored.screening_ids[0]} (run {stored.run_id}): 10160 3 -> 0",
    ]
    assert [entry["ozg_id"] for entry in queue(review_env)] == [MELDEBESCHEINIGUNG]
    undone = run_cli("review", "undo", "1", "--author", "B. Leitung", env=review_env)
    assert undone.code == 0 and "10160 0 -> 3" in undone.stdout
    history = run_cli("review", "history", env=review_env).stdout
    assert "Portal des Landkreises [LK ROW]" in history and "B. Leitung" in history
    assert run_cli("review", "undo", "1", env=review_env).code == 2


def test_suggestions_come_from_decisions_and_change_nothing(review_env: dict[str, str], sessions: Any) -> None:
    store_run(sessions, [bothel()])
    for args in (
        ["confirm", BOTHEL, HUNDESTEUER, "--reason", "Hundeanmeldung geprüft"],
        ["reject", BOTHEL, MELDEBESCHEINIGUNG, "--reason", "Formular des Landkreises"],
    ):
        assert run_cli("review", *args, env=review_env).code == 0
    shown = run_cli("review", "suggest-synonyms", env=review_env).stdout
    assert "synonym" in shown and "Hund online anmelden" in shown
    assert "exclusion" in shown and "Antrag auf Meldebescheinigung (PDF)" in shown
    assert "der Katalog bleibt unverändert" in shown


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["set-level", BOTHEL, HUNDESTEUER, "7", "--reason", "x"], "level must be one of 0, 1, 2, 3, 4, not 7"),
        (["confirm", "039999999999", HUNDESTEUER, "--reason", "x"], "no municipality with ARS 039999999999"),
        (["confirm", BOTHEL, HUNDESTEUER, "--reason", " "], "a decision needs a reason"),
        (["undo", "42"], "no decision with id 42"),
        (["--below", "2"], "--below must be between 0 and 1"),
        (["--run", "99"], "no run with id 99"),
    ],
)
def test_bad_input_is_one_line_and_exit_code_2(
    review_env: dict[str, str], sessions: Any, args: list[str], message: str
) -> None:
    store_run(sessions, [bothel()])
    result = run_cli("review", *args, env=review_env)
    assert result.code == 2 and result.stderr.startswith(f"ozg-screen: {message}")
    assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1


def test_a_decision_lasts_into_a_fresh_crawl(loaded_sqlite_url: str, tmp_path: Path, fixture_web: LocalWeb) -> None:
    """The Heideland fixture site, crawled for real twice: a rejection between the crawls holds in the second."""
    env = screening_env(loaded_sqlite_url, tmp_path, fixture_web)
    assert run_cli("municipalities", "set-website", GNARRENBURG, HEIDELAND, env=env).code == 0
    first = json.loads(run_cli("check", GNARRENBURG, "--render", "never", "--json", env=env).stdout)
    online = next(service for service in first["services"] if service["maturity"] >= 3)
    decided = run_cli(
        "review", "reject", GNARRENBURG, online["ozg_id"], "--reason", "Portal gehört zum Landkreis", env=env
    )
    assert decided.code == 0, decided.stderr
    second = json.loads(run_cli("check", GNARRENBURG, "--render", "never", "--json", env=env).stdout)
    assert second["run"]["id"] != first["run"]["id"]
    assert online["ozg_id"] not in {service["ozg_id"] for service in second["services"]}
    [removed] = second["removed_by_review"]
    assert (removed["ozg_id"], removed["override"]["reason"]) == (online["ozg_id"], "Portal gehört zum Landkreis")
    assert removed["override"]["automatic_maturity"] == online["maturity"]
    assert second["summary"]["services_found"] == first["summary"]["services_found"] - 1
    assert all("override" not in service for service in second["services"])


def test_the_terminal_report_marks_decided_services(
    sessions: sessionmaker[Session], capsys: pytest.CaptureFixture[str]
) -> None:
    from catalog.database.engine import transaction
    from catalog.results.screening import screening_document
    from catalog.review.decisions import DecisionRequest, record_decision
    from catalog.screenings.rescoring import apply_review
    from catalog.settings import Settings
    from catalog.vocabulary import DecisionKind
    from cli.screening_commands import print_report

    stored = store_run(sessions, [bothel()])
    request = DecisionRequest(BOTHEL, MELDEBESCHEINIGUNG, DecisionKind.SET_LEVEL, "Online-Antrag", "A. Prüfer", level=3)
    with transaction(sessions) as session:
        record_decision(session, request)
        apply_review(session, BOTHEL, Settings())
    with sessions() as session:
        print_report(screening_document(session, stored.screening_ids[0]))
    shown = capsys.readouterr().out
    assert "3 Online-Antrag (set_level: A. Prüfer, automatisch 2)" in shown
    assert shown.count("automatisch") == 1  # the Hundesteuer row has no decision and no mark
