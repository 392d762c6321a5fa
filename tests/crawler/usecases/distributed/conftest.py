"""A real Redis per test and a PostgreSQL database with the catalog and registry, shared by the workers."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

from tests.support.postgres import create_database
from tests.support.redis import RedisServer, redis_server

_numbers = itertools.count()


@pytest.fixture
def redis() -> Iterator[RedisServer]:
    with redis_server() as server:
        yield server


@pytest.fixture
def shared_database_url(postgres_admin_url: str, loaded_postgres_template: str) -> str:
    return create_database(postgres_admin_url, f"distributed_{next(_numbers)}", template=loaded_postgres_template)
