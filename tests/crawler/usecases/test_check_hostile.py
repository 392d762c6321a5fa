"""Hostile websites (tests/sites/hostile): every one ends with a named status, the right exit code, no traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawler.localweb.control import LocalWeb
from tests.support.cli import run_cli
from tests.support.environments import screening_env

# site, status, whether it counts as screened (exit 0), OZG-IDs that must still be found
CASES = [
    ("www.bollwerk-gemeinde.de", "blocked", False),  # 403 with a JavaScript challenge
    ("www.schutzwall-gemeinde.de", "blocked", False),  # the same challenge answered with 200
    ("www.pruefstein-gemeinde.de", "blocked", False),  # 429 for crawler agents only
    ("www.kreisel-gemeinde.de", "redirect_loop", False),  # / -> /start/ -> /
    ("www.umweg-gemeinde.de", "too_many_redirects", False),  # 16 hops without repeating
    ("www.karussell-gemeinde.de", "ok", True),  # a loop behind one inner link does not fail the site
]


@pytest.mark.parametrize(("host", "status", "screened"), CASES)
def test_hostile_site_ends_with_a_named_status(
    loaded_sqlite_url: str, tmp_path: Path, fixture_web: LocalWeb, host: str, status: str, screened: bool
) -> None:
    env = screening_env(loaded_sqlite_url, tmp_path, fixture_web)
    result = run_cli("check", f"http://{host}/", "--json", env=env, timeout=120)
    document = json.loads(result.stdout)
    assert document["run"]["status"] == status, result.stderr
    assert result.code == (0 if screened else 1)
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr


def test_redirect_failures_are_named_in_errors(loaded_sqlite_url: str, tmp_path: Path, fixture_web: LocalWeb) -> None:
    env = screening_env(loaded_sqlite_url, tmp_path, fixture_web)
    document = json.loads(run_cli("check", "http://www.karussell-gemeinde.de/", "--json", env=env).stdout)
    loops = [error for error in document["run"]["errors"] if error["status"] == "redirect_loop"]
    assert [error["url"] for error in loops] == ["http://www.karussell-gemeinde.de/formulare/liste/"]
    assert document["services"], "the rest of the site is screened"
