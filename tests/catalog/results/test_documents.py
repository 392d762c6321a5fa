"""The result objects render the documented JSON byte for byte: key order, keys left out, number formats."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from catalog.results.documents import Coverage, RunError, ScreeningDocument, ScreeningRun
from tests.support.paths import PROJECT_ROOT

SAVED_DOCUMENTS = sorted((PROJECT_ROOT / "tests" / "crawler" / "usecases" / "check_documents").glob("*.json"))


def render(document: ScreeningDocument) -> str:
    """As `check --json` prints it."""
    return json.dumps(document.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("saved", SAVED_DOCUMENTS, ids=lambda path: path.stem)
def test_saved_check_documents_render_unchanged(saved: Path) -> None:
    text = saved.read_text(encoding="utf-8")
    assert render(ScreeningDocument.model_validate_json(text)) == text


def test_saved_documents_cover_every_shape_of_error() -> None:
    shapes = set()
    for saved in SAVED_DOCUMENTS:
        for error in json.loads(saved.read_text(encoding="utf-8"))["run"]["errors"]:
            shapes.add(tuple(error))
    assert ("url", "status", "http_status") in shapes and ("url", "status", "message") in shapes


@pytest.mark.parametrize(
    "recorded",
    [
        {"url": "https://a.de/x", "status": "http_404", "http_status": 404},
        {"url": "https://a.de/", "status": "timeout", "message": "took longer than 10.0 seconds"},
        {"url": "https://a.de/", "status": "blocked", "http_status": 403, "message": "Forbidden"},
        {"url": "https://a.de/", "status": "dns_error"},
        {"status": "page_budget_reached", "message": "stopped after 12 pages"},
        {"message": "boom", "status": "crash"},
    ],
)
def test_run_error_keeps_only_recorded_keys_in_documented_order(recorded: dict[str, object]) -> None:
    shown = RunError.model_validate(recorded).model_dump(mode="json")
    assert shown == recorded
    documented = ["url", "status", "http_status", "message"]
    assert list(shown) == [key for key in documented if key in recorded]


def test_naive_and_aware_timestamps_render_as_recorded() -> None:
    naive = datetime(2026, 12, 1, 10, 0, 0, 999999)
    run = ScreeningRun(id=1, started_at=naive, finished_at=None, pages_crawled=0, status="ok", errors=[])
    assert run.model_dump(mode="json")["started_at"] == "2026-12-01T10:00:00.999"
    assert run.model_dump(mode="json")["finished_at"] is None


@pytest.mark.parametrize(("expected", "online", "share"), [(40, 10, 0.25), (0, 0, None)])
def test_coverage_share(expected: int, online: int, share: float | None) -> None:
    coverage = Coverage(expected=expected, online=online, found_expected=online)
    assert coverage.share == share
    assert coverage.model_dump()["share"] == share
