"""Form links are checked by their headers: a dead PDF offers no form, a moved one still does."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import select

from catalog.database.engine import make_engine, session_factory
from catalog.database.models import Evidence, Screening
from crawler.localweb.control import LocalWeb
from tests.support.cli import run_cli
from tests.support.environments import screening_env

ALTENMOOR = "http://www.gemeinde-altenmoor.de/"
DEAD_FORM = "http://www.gemeinde-altenmoor.de/fileadmin/user_upload/alt/hundeanmeldung.pdf"
HUNDESTEUER, FAELLGENEHMIGUNG, SONDERNUTZUNG, GEWERBEANMELDUNG = "10160", "10112", "10348", "10294"


def _check(env: dict[str, str], *args: str) -> dict[str, Any]:
    result = run_cli("check", ALTENMOOR, "--render", "never", "--json", *args, env=env)
    assert result.code == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_a_dead_form_link_is_no_form_to_download(loaded_sqlite_url: str, tmp_path: Path, fixture_web: LocalWeb) -> None:
    document = _check(screening_env(loaded_sqlite_url, tmp_path, fixture_web))
    levels = {service["ozg_id"]: service["maturity"] for service in document["services"]}
    assert levels.get(FAELLGENEHMIGUNG) == 2
    assert levels.get(SONDERNUTZUNG) == 2, "a form behind a redirect is alive"
    assert levels.get(GEWERBEANMELDUNG) == 2, "a form robots.txt keeps us from checking still counts"
    assert levels.get(HUNDESTEUER, 0) < 2, "the Hundesteuer form link answers 404"
    assert {"url": DEAD_FORM, "status": "http_404", "http_status": 404} in document["run"]["errors"]
    assert document["run"]["status"] == "ok", "a dead form link is a finding, not a failed crawl"


def test_checked_documents_are_stored_and_not_fetched_where_robots_forbid(
    loaded_sqlite_url: str, tmp_path: Path, fixture_web: LocalWeb
) -> None:
    document = _check(screening_env(loaded_sqlite_url, tmp_path, fixture_web))
    engine = make_engine(loaded_sqlite_url)
    with session_factory(engine)() as session:
        screening = session.scalars(select(Screening).where(Screening.run_id == document["run"]["id"])).one()
        rows = session.scalars(select(Evidence).where(Evidence.screening_id == screening.id)).all()
        checked = {row.url: row for row in rows if row.detail.get("role") == "document"}
    engine.dispose()
    assert checked[DEAD_FORM].kind == "fetch_error"
    moved = checked["http://www.gemeinde-altenmoor.de/downloads/sondernutzung.pdf"]
    assert moved.kind == "document" and moved.detail["content_type"] == "application/pdf"
    assert not any("/intern/" in url for url in checked)


def test_no_document_is_checked_when_the_limit_is_zero(
    loaded_sqlite_url: str, tmp_path: Path, fixture_web: LocalWeb
) -> None:
    env = screening_env(loaded_sqlite_url, tmp_path, fixture_web, max_document_checks="0")
    document = _check(env, "--no-store")
    levels = {service["ozg_id"]: service["maturity"] for service in document["services"]}
    assert levels.get(HUNDESTEUER) == 2, "unchecked, a form link is taken at its word"
    assert not any(error["url"] == DEAD_FORM for error in document["run"]["errors"])
