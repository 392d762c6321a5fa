"""Errors reach API clients by kind: 404 not found, 422 invalid input, 409 conflict, 400 any other user error."""

from __future__ import annotations

import pytest

from api.errors import status_of
from catalog.errors import ConflictError, InvalidInputError, NotFoundError, SchemaBehindError, UserError
from tests.api.conftest import Api


@pytest.mark.parametrize(
    ("error", "status"),
    [
        (NotFoundError("x"), 404),
        (InvalidInputError("x"), 422),
        (ConflictError("x"), 409),
        (UserError("x"), 400),
        (SchemaBehindError("x"), 400),
    ],
)
def test_status_by_kind_of_error(error: UserError, status: int) -> None:
    assert status_of(error) == status


@pytest.mark.parametrize(
    ("path", "status", "detail"),
    [
        ("/api/v1/screenings/999999", 404, "no screening with id 999999"),
        ("/api/v1/runs/999999", 404, "no run with id 999999"),
        ("/api/v1/municipalities/12345", 404, "no municipality with key 12345"),
        ("/api/v1/municipalities/abc", 422, "'abc' is not an ARS"),
        ("/api/v1/municipalities?type=dorf", 422, "unknown type 'dorf'"),
        ("/api/v1/catalog/search?q=%20%20x", 422, "too short"),
    ],
)
def test_user_errors_get_their_status_and_one_line(api: Api, path: str, status: int, detail: str) -> None:
    response = api.client.get(path)
    assert response.status_code == status
    body = response.json()
    assert list(body) == ["detail"] and detail in body["detail"] and "\n" not in body["detail"]


def test_diff_with_a_running_run_is_a_conflict(api: Api) -> None:
    response = api.client.get(f"/api/v1/runs/{api.run_id}/diff/{api.running_run_id}")
    assert response.status_code == 409
    assert response.json() == {
        "detail": f"run {api.running_run_id} has not finished: wait for it, "
        f"or resume it with `ozg-screen run --resume {api.running_run_id}`"
    }


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/catalog/search?q=x",
        "/api/v1/runs?limit=0",
        "/api/v1/runs?limit=501",
        "/api/v1/runs/abc",
        "/api/v1/screenings/1.5",
    ],
)
def test_bad_parameters_get_fastapis_422(api: Api, path: str) -> None:
    response = api.client.get(path)
    assert response.status_code == 422
    assert response.json()["detail"][0]["type"]
