"""History: a run on the state, time passes (variant 1), a second run, and `diff` tells what changed."""

from __future__ import annotations

import json
from pathlib import Path

from crawler.localweb.control import local_web
from tests.support.cli import run_cli
from tests.support.statewide.generator import GeneratedSite, generate_state, visible_services
from tests.support.statewide.served import ServedState, state_env

OFFLINE = ("dns", "timeout")


def _changed_sites(before: list[GeneratedSite], after: list[GeneratedSite]) -> list[str]:
    later = {site.municipality.ars: site for site in after}
    changed = [
        site.municipality.ars
        for site in before
        if site.behaviour == "normal"
        and (
            later[site.municipality.ars].services != site.services
            or later[site.municipality.ars].behaviour != site.behaviour
        )
    ]
    unchanged = [
        site.municipality.ars for site in before if site.behaviour == "normal" and site.municipality.ars not in changed
    ][:2]
    return changed + unchanged


def _expected(before: GeneratedSite, after: GeneratedSite) -> set[tuple[str, str, str]]:
    ars = before.municipality.ars
    if after.behaviour in OFFLINE:
        return {(ars, "", "unreachable")}
    old, new = visible_services(before), visible_services(after)
    expected = {(ars, ozg_id, "newly_online") for ozg_id, level in new.items() if old.get(ozg_id, 0) < 3 <= level}
    expected |= {(ars, ozg_id, "no_longer_online") for ozg_id, level in old.items() if new.get(ozg_id, 0) < 3 <= level}
    return expected


def test_diff_reports_what_changed_between_two_runs(
    loaded_sqlite_url: str, tmp_path: Path, served_state: ServedState
) -> None:
    folder = tmp_path / "state-later"
    later_sites = generate_state(folder, [site.municipality for site in served_state.sites], seed=7, variant=1)
    selection = _changed_sites(served_state.sites, later_sites)
    arguments = [argument for ars in selection for argument in ("--ars", ars)]
    env = state_env(loaded_sqlite_url, tmp_path / "var", served_state)
    assert run_cli("run", *arguments, "--concurrency", "8", env=env, timeout=600).code == 0
    with local_web([folder]) as later_web:
        later_env = {**env, **later_web.proxy_env()}
        second = run_cli("run", *arguments, "--concurrency", "8", env=later_env, timeout=600)
    assert second.code == 0, second.stderr
    result = run_cli("diff", "1", "2", "--json", env=env)
    assert result.code == 0, result.stderr
    changes = json.loads(result.stdout)["changes"]
    reported = {(change["ars"], change["ozg_id"], change["kind"]) for change in changes}
    later = {site.municipality.ars: site for site in later_sites}
    expected = set().union(
        *(
            _expected(site, later[site.municipality.ars])
            for site in served_state.sites
            if site.municipality.ars in selection
        )
    )
    assert expected, "the generated variant must change something"
    missed = expected - reported
    assert len(missed) <= len(expected) // 5, f"missed changes: {sorted(missed)}"
    assert {item for item in expected if item[2] == "unreachable"} <= reported
    assert any(change["kind"] == "dead_link" and "stopped working" in change["detail"] for change in changes)
    table = run_cli("diff", "1", "2", env=env)
    assert table.code == 0 and "neu online" in table.stdout
