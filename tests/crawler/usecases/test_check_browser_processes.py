"""A page whose JavaScript never settles: services found, and no browser process outlives `check` on any exit."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from crawler.components.context_generations import PAGES_PER_CONTEXT
from crawler.localweb.control import LocalWeb
from tests.support.cli import OZG_SCREEN
from tests.support.environments import screening_env
from tests.support.processes import DescendantWatch

RESTLESS_SITE = "http://www.unruhige-gemeinde.de/"
HEIDELAND = "http://www.sg-heideland.de/"


def _start_check(env: dict[str, str], url: str = RESTLESS_SITE, *args: str) -> subprocess.Popen[str]:
    full_env = {key: value for key, value in os.environ.items() if not key.startswith("OZG_")} | env
    return subprocess.Popen(
        [str(OZG_SCREEN), "check", url, "--json", *args],
        env=full_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_page_that_never_settles_is_taken_as_it_stands(
    loaded_sqlite_url: str, tmp_path: Path, fixture_web: LocalWeb
) -> None:
    process = _start_check(screening_env(loaded_sqlite_url, tmp_path, fixture_web, render_deadline="3"))
    watch = DescendantWatch(process.pid)
    stdout, stderr = process.communicate(timeout=180)
    document = json.loads(stdout)
    assert document["run"]["status"] == "ok" and process.returncode == 0
    assert document["run"]["pages_crawled"] >= 5
    assert {"10562", "10124", "10160"} <= {service["ozg_id"] for service in document["services"]}
    assert "Traceback" not in stderr
    assert "chromium" in watch.names(), "the start page was rendered"
    assert watch.survivors() == []


@pytest.mark.parametrize("signals", [[signal.SIGTERM], [signal.SIGINT], [signal.SIGINT, signal.SIGINT]])
def test_no_browser_survives_an_interruption(
    loaded_sqlite_url: str, tmp_path: Path, fixture_web: LocalWeb, signals: list[signal.Signals]
) -> None:
    process = _start_check(screening_env(loaded_sqlite_url, tmp_path, fixture_web, render_deadline="30"))
    watch = DescendantWatch(process.pid)
    watch.wait_for("chrom")
    time.sleep(1.0)  # Chromium is rendering the start page, which never settles
    for number in signals:
        process.send_signal(number)
        time.sleep(0.3)
    _, stderr = process.communicate(timeout=120)
    assert watch.survivors() == [], "no Chromium or Playwright driver outlives the command"
    assert "Traceback" not in stderr


def test_a_long_rendered_crawl_goes_on_in_fresh_browser_contexts(
    loaded_sqlite_url: str, tmp_path: Path, fixture_web: LocalWeb
) -> None:
    """Every page rendered: the crawl's context is retired after its pages and the crawl goes on in the next."""
    env = screening_env(loaded_sqlite_url, tmp_path, fixture_web)
    process = _start_check(env, HEIDELAND, "--render", "always", "--no-store")
    watch = DescendantWatch(process.pid)
    stdout, stderr = process.communicate(timeout=300)
    document = json.loads(stdout)
    assert document["run"]["status"] == "ok" and process.returncode == 0
    assert document["run"]["pages_crawled"] > 2 * PAGES_PER_CONTEXT, "at least two contexts were retired"
    assert not [error for error in document["run"]["errors"] if error["status"].startswith("render")]
    assert {"10160", "10562"} <= {service["ozg_id"] for service in document["services"]}
    assert "Traceback" not in stderr
    assert watch.survivors() == []
