"""Website discovery against the generated state: real HTTP through the proxy, real host-name patterns."""

from __future__ import annotations

from pathlib import Path

from catalog.database.engine import make_engine, session_factory
from catalog.database.models import Municipality
from tests.support.cli import run_cli
from tests.support.environments import screening_env
from tests.support.statewide.served import ServedState


def _website(database_url: str, ars: str) -> tuple[str | None, str | None, float | None]:
    engine = make_engine(database_url)
    with session_factory(engine)() as session:
        item = session.get_one(Municipality, ars)
        found = (item.website, item.website_source, item.website_confidence)
    engine.dispose()
    return found


def test_discover_confirms_sites_that_name_their_municipality(
    loaded_sqlite_url: str, tmp_path: Path, served_state: ServedState
) -> None:
    env = screening_env(loaded_sqlite_url, tmp_path, served_state.web, download_timeout="3")
    normal = [site for site in served_state.sites if site.behaviour == "normal"][:5]
    offline = next(site for site in served_state.sites if site.behaviour == "dns")
    hand_set = normal.pop()
    assert (
        run_cli("municipalities", "set-website", hand_set.municipality.ars, "https://www.von-hand.de", env=env).code
        == 0
    )
    keys = [argument for site in [*normal, offline, hand_set] for argument in ("--ars", site.municipality.ars)]
    result = run_cli("municipalities", "discover", *keys, env=env, timeout=300)
    assert result.code == 0, result.stderr
    for site in normal:
        website, source, confidence = _website(loaded_sqlite_url, site.municipality.ars)
        assert website == site.start_url, (site.municipality.name, result.stdout)
        assert source == "discovered" and confidence is not None and confidence >= 0.8
    assert _website(loaded_sqlite_url, offline.municipality.ars)[0] is None
    assert _website(loaded_sqlite_url, hand_set.municipality.ars)[:2] == ("https://www.von-hand.de/", "manual")
    assert f"{len(normal)} von {len(normal) + 1} Websites gespeichert" in result.stdout
