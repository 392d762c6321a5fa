"""Bad input and unreachable sites: one clear line, a non-zero exit, and the run stored with its status."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from catalog.database.engine import make_engine, session_factory
from catalog.database.models import Evidence, Run
from crawler.localweb.control import LocalWeb
from tests.support.cli import OZG_SCREEN, run_cli
from tests.support.environments import screening_env


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "not a url"], "not a valid website URL"),
        (["check", "ftp://example.org"], "not an http(s) URL"),
        (["check", "99999999"], "no municipality with key 99999999"),
        (["check", "033575401000"], "no website known for Bothel"),
    ],
)
def test_invalid_input_is_one_line_without_traceback(
    loaded_sqlite_url: str, tmp_path: Path, fixture_web: LocalWeb, args: list[str], message: str
) -> None:
    result = run_cli(*args, env=screening_env(loaded_sqlite_url, tmp_path, fixture_web))
    assert result.code == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_schema_behind_names_the_fix(tmp_path: Path) -> None:
    env = {"OZG_DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}", "OZG_VAR_DIR": str(tmp_path)}
    result = run_cli("check", "http://www.sg-heideland.de/", env=env)
    assert result.code == 2 and "run `ozg-screen db upgrade`" in result.stderr


def test_unreachable_database_is_one_line(tmp_path: Path) -> None:
    env = {
        "OZG_DATABASE_URL": f"postgresql+psycopg://nobody@127.0.0.1:{_closed_port()}/none",
        "OZG_VAR_DIR": str(tmp_path),
    }
    result = run_cli("municipalities", "list", env=env)
    assert result.code == 2 and "cannot reach the database" in result.stderr
    assert "Traceback" not in result.stderr


def _direct_url(fixture_web: LocalWeb, path: str = "/") -> str:
    return f"http://127.0.0.1:{fixture_web.http_port}{path}"


@pytest.mark.parametrize(
    ("target", "status"),
    [
        ("http://www.gibt-es-nicht-gemeinde.de/", "dns_error"),
        ("http://www.gesperrte-gemeinde.de/", "robots_disallowed"),
        ("http://www.heideland-tourismus.de/", "blocked"),
        ("http://www.ueberlastete-gemeinde.de/", "blocked"),
        ("http://www.haengende-gemeinde.de/", "timeout"),
        ("http://www.sg-heideland.de/medien/dokumente/gewa1.pdf", "not_html"),
        ("closed-port", "connection_refused"),
        ("tls-on-plain-port", "tls_error"),
    ],
)
def test_unscreenable_site_is_stored_with_its_status(
    loaded_sqlite_url: str, tmp_path: Path, fixture_web: LocalWeb, target: str, status: str
) -> None:
    if target == "closed-port":
        target = f"http://127.0.0.1:{_closed_port()}/"
    elif target == "tls-on-plain-port":
        target = f"https://127.0.0.1:{fixture_web.http_port}/"
    env = screening_env(loaded_sqlite_url, tmp_path, fixture_web, download_timeout="3")
    result = run_cli("check", target, "--json", env=env)
    assert result.code == 1, result.stderr
    document = json.loads(result.stdout)
    assert document["run"]["status"] == status
    assert document["services"] == []
    assert f"could not be screened: {status}" in result.stderr.strip().splitlines()[-1]
    engine = make_engine(loaded_sqlite_url)
    with session_factory(engine)() as session:
        assert session.get_one(Run, document["run"]["id"]).status == status
    engine.dispose()


def test_interrupted_crawl_keeps_what_it_gathered(
    loaded_sqlite_url: str, tmp_path: Path, fixture_web: LocalWeb
) -> None:
    env = screening_env(loaded_sqlite_url, tmp_path, fixture_web, concurrent_per_host="1")
    process = subprocess.Popen(
        [str(OZG_SCREEN), "check", "http://www.langsame-gemeinde.de/", "--json", "--render", "never"],
        env={**_base_env(), **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    _wait_for_pages(loaded_sqlite_url, minimum=5)
    process.send_signal(signal.SIGINT)
    stdout, _ = process.communicate(timeout=60)
    document = json.loads(stdout)
    assert document["run"]["status"] == "partial"
    assert 5 <= document["run"]["pages_crawled"] < 47
    assert document["services"], "services gathered before the interruption are reported"


def _base_env() -> dict[str, str]:
    import os

    return {key: value for key, value in os.environ.items() if not key.startswith("OZG_")}


def _wait_for_pages(database_url: str, minimum: int, timeout: float = 60) -> None:
    engine = make_engine(database_url)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            with session_factory(engine)() as session:
                count = session.scalar(select(func.count()).select_from(Evidence).where(Evidence.kind == "page"))
            if (count or 0) >= minimum:
                return
            time.sleep(0.2)
        raise AssertionError(f"fewer than {minimum} pages stored within {timeout} s")
    finally:
        engine.dispose()
