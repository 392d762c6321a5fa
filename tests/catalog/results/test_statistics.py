"""Statistics in SQL against a generated state of two runs: one run's figures, worked out again in Python."""

from __future__ import annotations

from collections import Counter

from sqlalchemy.orm import Session, sessionmaker

from catalog.database.engine import transaction
from catalog.results.statistics import Grouping, coverage_by, level_shares, service_ranking
from tests.support.generated_state import ScreenedState, fill_screened_state


def _run_pairs(state: ScreenedState, index: int) -> list[tuple[str, str, int]]:
    """(ARS, OZG-ID, level) of one run: a member also gets its Samtgemeinde's levels of that run."""
    pairs = []
    for ars, levels in state.levels[index].items():
        municipality = state.municipalities[ars]
        own = dict(levels)
        if municipality.type == "mitgliedsgemeinde" and municipality.samtgemeinde_ars:
            for ozg_id, level in state.levels[index].get(municipality.samtgemeinde_ars, {}).items():
                own[ozg_id] = max(level, own.get(ozg_id, 0))
        pairs += [(ars, ozg_id, own.get(ozg_id, 0)) for ozg_id in state.expected[ars]]
    return pairs


def test_one_runs_coverage_levels_and_ranking(loaded_sessions: sessionmaker[Session]) -> None:
    with transaction(loaded_sessions) as session:
        state = fill_screened_state(session, runs=2, seed=3)
    first = state.run_ids[0]
    pairs = _run_pairs(state, 0)
    with loaded_sessions() as session:
        by_type = coverage_by(session, Grouping.TYPE, first)
        shares = {item.ozg_id: item for item in level_shares(session, run_id=first)}
        most = service_ranking(session, most=True, limit=5, run_id=first)
    expected = Counter(state.municipalities[ars].type for ars, _ozg_id, _level in pairs)
    online = Counter(state.municipalities[ars].type for ars, _ozg_id, level in pairs if level >= 3)
    assert {group.key: (group.expected, group.online) for group in by_type.groups} == {
        kind: (count, online[kind]) for kind, count in expected.items()
    }
    hund = Counter(level for _ars, ozg_id, level in pairs if ozg_id == "10160")
    assert shares["10160"].counts == {str(level): hund[level] for level in range(5)}
    assert abs(sum(shares["10160"].shares.values()) - 1) < 0.01
    best = Counter(ozg_id for _ars, ozg_id, level in pairs if level >= 3)
    total = Counter(ozg_id for _ars, ozg_id, _level in pairs)
    assert most[0].share == round(max(best[key] / total[key] for key in total), 4)
