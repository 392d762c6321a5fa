"""Jobs end to end: started through the API, run by `ozg-screen jobs-worker` (no broker) or by the distributed
`ozg-screen worker` through Redis, each exactly once, crawling a fixture site over real HTTP."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from starlette.testclient import TestClient

from api.app import create_app
from catalog.access.api_keys import create_key
from catalog.broker import job_message, make_broker, send
from catalog.database.engine import make_engine, session_factory, transaction
from catalog.database.models import Run
from catalog.reference.registry import find_municipality, set_website
from catalog.settings import Settings
from crawler.localweb.control import LocalWeb
from tests.support.cli import run_cli
from tests.support.distributed import wait_for, workers
from tests.support.environments import screening_env
from tests.support.postgres import create_database
from tests.support.redis import redis_server

HEIDELAND = "http://www.sg-heideland.de/"
BOTHEL = "033575401000"


def _client(database_url: str, tmp_path: Path, **settings: object) -> TestClient:
    return TestClient(create_app(Settings(database_url=database_url, var_dir=tmp_path, **settings)))  # type: ignore[arg-type]


def _key(database_url: str) -> dict[str, str]:
    engine = make_engine(database_url)
    with transaction(session_factory(engine)) as session:
        set_website(session, find_municipality(session, BOTHEL), HEIDELAND)
        headers = {"X-API-Key": create_key(session, "tests")}
    engine.dispose()
    return headers


def test_the_job_worker_runs_a_check_and_a_run_once_each(
    loaded_sqlite_url: str, tmp_path: Path, fixture_web: LocalWeb
) -> None:
    headers = _key(loaded_sqlite_url)
    with _client(loaded_sqlite_url, tmp_path, api_allow_private_targets=True) as client:
        check = client.post("/api/v1/checks", json={"url": HEIDELAND, "max_pages": 30}, headers=headers).json()
        run = client.post("/api/v1/runs", json={"ars": [BOTHEL], "max_pages": 30}, headers=headers).json()
        env = screening_env(loaded_sqlite_url, tmp_path, fixture_web, api_allow_private_targets="true")
        worker = run_cli("jobs-worker", "--once", env=env, timeout=400)
        assert worker.code == 0 and "2 Aufträge erledigt" in worker.stderr, worker.stderr
        done_check = client.get(f"/api/v1/jobs/{check['id']}").json()
        done_run = client.get(f"/api/v1/jobs/{run['id']}").json()
        assert done_check["status"] == "finished" and done_check["run_status"] == "ok", done_check
        assert done_run["status"] == "finished" and done_run["run_status"] == "finished", done_run
        screenings = client.get(f"/api/v1/runs/{done_check['run_id']}/screenings").json()["items"]
        assert screenings[0]["url"] == HEIDELAND and screenings[0]["services_found"] >= 5
        assert (
            client.get(f"/api/v1/municipalities/{BOTHEL}").json()["latest_screening"]["run"]["id"] == done_run["run_id"]
        )
    again = run_cli("jobs-worker", "--once", env=env, timeout=60)
    assert again.code == 0 and "0 Aufträge erledigt" in again.stderr


def test_the_job_worker_refuses_to_poll_when_a_broker_is_set(loaded_sqlite_url: str, tmp_path: Path) -> None:
    env = {
        "OZG_DATABASE_URL": loaded_sqlite_url,
        "OZG_VAR_DIR": str(tmp_path),
        "OZG_BROKER_URL": "redis://127.0.0.1:1/0",
    }
    result = run_cli("jobs-worker", "--once", env=env, timeout=60)
    assert result.code == 2 and "ozg-screen worker" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.postgres
def test_with_a_broker_the_distributed_workers_run_the_job_once(
    postgres_admin_url: str, loaded_postgres_template: str, tmp_path: Path, fixture_web: LocalWeb
) -> None:
    database_url = create_database(postgres_admin_url, "jobs_broker", template=loaded_postgres_template)
    headers = _key(database_url)
    with redis_server() as redis:
        settings = {"api_allow_private_targets": True, "broker_url": redis.url}
        with _client(database_url, tmp_path, **settings) as client:
            job = client.post("/api/v1/checks", json={"url": HEIDELAND, "max_pages": 30}, headers=headers).json()
            broker = make_broker(Settings(broker_url=redis.url))
            send(broker, job_message(job["id"]))  # delivered twice: the second copy must find the job claimed
            broker.close()
            env = screening_env(
                database_url, tmp_path, fixture_web, api_allow_private_targets="true", broker_url=redis.url
            )
            with workers(env, tmp_path) as started:
                started.start(concurrency=2)

                def finished() -> bool:
                    return client.get(f"/api/v1/jobs/{job['id']}").json()["status"] == "finished"

                wait_for(finished, 300, "the job to finish on the worker")
                done = client.get(f"/api/v1/jobs/{job['id']}").json()
                assert done["run_status"] == "ok", started.log_tail()
    engine = make_engine(database_url)
    with session_factory(engine)() as session:
        assert session.scalar(select(func.count()).select_from(Run)) == 1
    engine.dispose()
