"""The v1 read routes over a generated Lower Saxony (every municipality × the catalog, three runs), SQLite and
PostgreSQL: every figure is worked out again in Python from the plan that wrote the state."""

from __future__ import annotations

from collections import Counter

import pytest

from catalog.results.run_diff import run_diff
from catalog.results.screening import screening_document
from tests.api.conftest import StateApi
from tests.api.state_reference import (
    coverage_by_type,
    coverage_share,
    current_levels,
    expected_levels,
    latest_run_index,
    level_counts,
)
from tests.catalog.results.builders import platforms

V1 = "/api/v1"
HUND = "10160"  # Hundehaltung


def _all_items(api: StateApi, path: str, **params: object) -> list[dict[str, object]]:
    """Every page of a list, 500 at a time."""
    items: list[dict[str, object]] = []
    while True:
        page = api.client.get(V1 + path, params={**params, "limit": 500, "offset": len(items)}).json()
        items += page["items"]
        if len(items) >= page["total"]:
            return items


def test_municipalities_are_paged_with_a_total(state_api: StateApi) -> None:
    first = state_api.client.get(f"{V1}/municipalities", params={"limit": 7, "offset": 0}).json()
    second = state_api.client.get(f"{V1}/municipalities", params={"limit": 7, "offset": 7}).json()
    assert first["total"] == 1120 and (first["limit"], first["offset"]) == (7, 0)
    assert len(first["items"]) == 7 and first["items"][-1]["ars"] < second["items"][0]["ars"]
    too_many = state_api.client.get(f"{V1}/municipalities", params={"limit": 501})
    assert too_many.status_code == 422 and too_many.json()["detail"][0]["loc"] == ["query", "limit"]


def test_municipalities_by_a_services_level(state_api: StateApi) -> None:
    state = state_api.state
    for level in (0, 3):
        found = {item["ars"] for item in _all_items(state_api, "/municipalities", service=HUND, level=level)}
        expected = {
            ars for ars in state.municipalities if (levels := current_levels(state, ars)) is not None
            and levels.get(HUND, 0) == level
        }  # fmt: skip
        assert found == expected and found


def test_municipalities_by_coverage_range(state_api: StateApi) -> None:
    state = state_api.state
    found = {item["ars"] for item in _all_items(state_api, "/municipalities", coverage_min=0.45, coverage_max=0.6)}
    shares = {ars: coverage_share(state, ars) for ars in state.municipalities}
    assert found == {ars for ars, share in shares.items() if share is not None and 0.45 <= share <= 0.6}
    assert found


def test_one_municipality_carries_the_check_json_document_of_its_latest_screening(state_api: StateApi) -> None:
    state = state_api.state
    ars = next(ars for ars in sorted(state.municipalities) if latest_run_index(state, ars) == 1)  # failed in run 3
    body = state_api.client.get(f"{V1}/municipalities/{ars}").json()
    document = body["latest_screening"]
    assert document["run"]["id"] == state.run_ids[1]
    with state_api.sessions() as session:
        screening_id = state_api.client.get(f"{V1}/municipalities/{ars}/history").json()["runs"][1]["screening_id"]
        assert document == screening_document(session, screening_id).model_dump(mode="json")
    own = {ozg_id: level for ozg_id, level in state.levels[1][ars].items()}
    assert {service["ozg_id"]: service["maturity"] for service in document["services"]} == own
    assert state_api.client.get(f"{V1}/municipalities/039999999999").status_code == 404


def test_history_shows_each_services_level_per_run(state_api: StateApi) -> None:
    state = state_api.state
    ars = next(ars for ars in sorted(state.municipalities) if all(ars in levels for levels in state.levels))
    history = state_api.client.get(f"{V1}/municipalities/{ars}/history").json()
    assert [point["run_id"] for point in history["runs"]] == state.run_ids
    by_service = {service["ozg_id"]: service["levels"] for service in history["services"]}
    for ozg_id, levels in by_service.items():
        assert levels == [run_levels[ars].get(ozg_id) for run_levels in state.levels]


def test_catalog_filters_detail_and_availability(state_api: StateApi) -> None:
    page = state_api.client.get(f"{V1}/catalog/services", params={"themenfeld": "Familie", "q": "geld"}).json()
    assert page["total"] >= 1 and all("geld" in item["name"].lower() for item in page["items"])
    assert {item["themenfeld"] for item in page["items"]} == {"Familie & Kind"}
    detail = state_api.client.get(f"{V1}/catalog/services/{HUND}").json()
    assert detail["name"] == "Hundehaltung" and "99102013000000" in [key["leika_key"] for key in detail["leika"]]
    offered = _all_items(state_api, f"/catalog/services/{HUND}/availability", min_level=3)
    state = state_api.state
    expected = {
        ars: levels[HUND] for ars in state.municipalities
        if (levels := current_levels(state, ars)) is not None and levels.get(HUND, 0) >= 3
    }  # fmt: skip
    assert {item["ars"]: item["level"] for item in offered} == expected
    assert [item["level"] for item in offered] == sorted((item["level"] for item in offered), reverse=True)


def test_runs_their_screenings_and_a_diff(state_api: StateApi) -> None:
    state = state_api.state
    runs = state_api.client.get(f"{V1}/runs").json()
    assert runs["total"] == 3 and [run["id"] for run in runs["items"]] == state.run_ids[::-1]
    run_id = state.run_ids[2]
    screenings = state_api.client.get(f"{V1}/runs/{run_id}/screenings", params={"limit": 10}).json()
    assert screenings["total"] == len(state.statuses[2]) and len(screenings["items"]) == 10
    ars = next(ars for ars in sorted(state.municipalities) if all(ars in levels for levels in state.levels[1:]))
    path = f"{V1}/runs/{state.run_ids[1]}/diff/{run_id}"
    diff = state_api.client.get(path, params={"ars": ars, "limit": 500}).json()
    changed = {ozg_id for ozg_id in state.levels[1][ars].keys() | state.levels[2][ars].keys()
               if state.levels[1][ars].get(ozg_id) != state.levels[2][ars].get(ozg_id)}  # fmt: skip
    assert {change["ozg_id"] for change in diff["items"]} == changed and diff["total"] == len(changed)


def test_the_diff_of_two_runs_comes_in_pages(state_api: StateApi) -> None:
    """The same changes as `ozg-screen diff --json`, in its order, a page at a time."""
    run_a, run_b = state_api.state.run_ids[1:]
    with state_api.sessions() as session:
        changes = run_diff(session, run_a, run_b, platforms()).model_dump(mode="json")["changes"]
    path = f"{V1}/runs/{run_a}/diff/{run_b}"
    first = state_api.client.get(path, params={"limit": 7}).json()
    assert first["total"] == len(changes) > 14 and first["items"] == changes[:7] and first["limit"] == 7
    second = state_api.client.get(path, params={"limit": 7, "offset": 7}).json()
    assert second["items"] == changes[7:14] and second["offset"] == 7


def test_coverage_by_type_and_by_population(state_api: StateApi) -> None:
    body = state_api.client.get(f"{V1}/statistics/coverage", params={"by": "type"}).json()
    found = {group["key"]: (group["municipalities"], group["expected"], group["online"]) for group in body["groups"]}
    assert found == coverage_by_type(state_api.state)
    sizes = state_api.client.get(f"{V1}/statistics/coverage", params={"by": "population"}).json()["groups"]
    assert sum(group["municipalities"] for group in sizes) == sum(count for count, _, _ in found.values())
    themen = state_api.client.get(f"{V1}/statistics/coverage", params={"by": "themenfeld"}).json()["groups"]
    assert sum(group["online"] for group in themen) == sum(online for _, _, online in found.values())
    kreise = state_api.client.get(f"{V1}/statistics/coverage", params={"by": "kreis"}).json()["groups"]
    assert {"Rotenburg (Wümme)", "Emsland"} <= {group["label"] for group in kreise}


def test_level_shares_and_service_ranking(state_api: StateApi) -> None:
    state = state_api.state
    body = state_api.client.get(f"{V1}/statistics/levels", params={"ozg_id": HUND}).json()
    assert body["total"] == 1 and body["items"][0]["counts"] == level_counts(state, HUND)
    most = state_api.client.get(f"{V1}/statistics/services", params={"order": "most", "limit": 3}).json()
    least = state_api.client.get(f"{V1}/statistics/services", params={"order": "least", "limit": 3}).json()
    assert most[0]["share"] >= most[-1]["share"] >= least[-1]["share"] >= least[0]["share"]
    online = Counter(ozg_id for _ars, ozg_id, level in expected_levels(state) if level >= 3)
    assert most[0]["online"] == online[most[0]["ozg_id"]]


def test_reads_carry_an_etag_and_answer_304_when_unchanged(state_api: StateApi) -> None:
    path = f"{V1}/statistics/coverage?by=kreis"
    first = state_api.client.get(path)
    again = state_api.client.get(path, headers={"If-None-Match": first.headers["etag"]})
    assert first.status_code == 200 and again.status_code == 304 and again.content == b""
    other = state_api.client.get(path, headers={"If-None-Match": '"something-else"'})
    assert other.status_code == 200 and other.json() == first.json()


@pytest.mark.parametrize(
    ("path", "parameter"),
    [
        ("/municipalities?coverage_min=2", "coverage_min"),
        ("/municipalities?level=3", "level"),
        ("/municipalities?service=abc&level=1", "service"),
        ("/statistics/coverage?by=bundesland", "by"),
        ("/statistics/levels?ozg_id=x", "ozg_id"),
    ],
)
def test_a_bad_filter_is_422_naming_the_parameter(state_api: StateApi, path: str, parameter: str) -> None:
    response = state_api.client.get(V1 + path)
    assert response.status_code == 422
    detail = response.json()["detail"]
    named = detail if isinstance(detail, str) else " ".join(str(error["loc"][-1]) for error in detail)
    assert parameter in named
