"""Crawls asked for from outside reach public hosts only: redirects and links into the network are refused."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from crawler.components.public_targets import abort_browser_request
from crawler.localweb.control import LocalWeb
from tests.support.cli import run_cli
from tests.support.environments import screening_env

INNER_REDIRECTS = {"http://192.168.10.5/login", "http://10.20.30.40:8080/formularserver/"}


def _statuses(document: dict[str, object], urls: set[str]) -> set[str]:
    errors = document["run"]["errors"]  # type: ignore[index]
    return {error["status"] for error in errors if error["url"] in urls}


@pytest.mark.parametrize("guard", ["true", "false"])
def test_redirects_into_the_network_are_refused_and_the_site_is_still_screened(
    loaded_sqlite_url: str, tmp_path: Path, fixture_web: LocalWeb, guard: str
) -> None:
    # An "Intranet" link redirecting to 192.168.10.5, a forms link to 10.20.30.40:8080.
    env = screening_env(loaded_sqlite_url, tmp_path, fixture_web, public_targets_only=guard)
    result = run_cli("check", "http://www.intern-gemeinde.de/", "--json", env=env, timeout=180)
    document = json.loads(result.stdout)
    assert result.code == 0, result.stderr
    assert {"10124", "10160", "10562"} <= {service["ozg_id"] for service in document["services"]}
    refused = _statuses(document, INNER_REDIRECTS) == {"refused_target"}
    assert refused == (guard == "true")


def test_a_start_page_redirecting_inside_ends_refused_with_one_line(
    loaded_sqlite_url: str, tmp_path: Path, fixture_web: LocalWeb
) -> None:
    env = screening_env(loaded_sqlite_url, tmp_path, fixture_web, public_targets_only="true")
    result = run_cli("check", "http://www.umgeleitet-intern.de/", "--json", env=env, timeout=120)
    assert result.code == 1
    assert json.loads(result.stdout)["run"]["status"] == "refused_target"
    assert "refused: port 9" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("url", "aborted"),
    [
        ("http://169.254.169.254/latest/meta-data/", True),
        ("ws://10.0.0.7/socket", True),
        ("https://[::1]/", True),
        ("https://127.0.0.1:8443/", True),
        ("http://example.org:8080/", True),
        ("file:///etc/passwd", True),
        ("data:image/png;base64,AAAA", False),
        ("https://93.184.215.14/", False),
        ("http://unresolvable-host.invalid/", False),
    ],
)
def test_the_browser_is_held_to_the_same_rule(url: str, aborted: bool) -> None:
    assert asyncio.run(abort_browser_request(SimpleNamespace(url=url))) is aborted
