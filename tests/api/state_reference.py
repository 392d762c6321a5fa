"""What the API must answer over the generated state, worked out in Python from the plan that wrote it."""

from __future__ import annotations

from collections import Counter, defaultdict

from tests.support.generated_state import ScreenedState

SCREENED = ("ok", "partial")


def latest_run_index(state: ScreenedState, ars: str) -> int | None:
    """The last run that screened the municipality (runs are written oldest first)."""
    screened = [index for index, statuses in enumerate(state.statuses) if statuses.get(ars) in SCREENED]
    return screened[-1] if screened else None


def current_levels(state: ScreenedState, ars: str) -> dict[str, int] | None:
    """Levels of the latest screening; a member also gets its Samtgemeinde's levels of the same run."""
    index = latest_run_index(state, ars)
    if index is None:
        return None
    levels = dict(state.levels[index].get(ars, {}))
    municipality = state.municipalities[ars]
    if municipality.type == "mitgliedsgemeinde" and municipality.samtgemeinde_ars:
        for ozg_id, level in state.levels[index].get(municipality.samtgemeinde_ars, {}).items():
            levels[ozg_id] = max(level, levels.get(ozg_id, 0))
    return levels


def coverage_share(state: ScreenedState, ars: str) -> float | None:
    levels = current_levels(state, ars)
    expected = state.expected[ars]
    if levels is None or not expected:
        return None
    return sum(1 for ozg_id in expected if levels.get(ozg_id, 0) >= 3) / len(expected)


def expected_levels(state: ScreenedState) -> list[tuple[str, str, int]]:
    """(ARS, OZG-ID, level) of every expected service of every screened municipality, 0 when not found."""
    pairs = []
    for ars in state.municipalities:
        levels = current_levels(state, ars)
        if levels is not None:
            pairs += [(ars, ozg_id, levels.get(ozg_id, 0)) for ozg_id in sorted(state.expected[ars])]
    return pairs


def coverage_by_type(state: ScreenedState) -> dict[str, tuple[int, int, int]]:
    """type -> (municipalities, expected, online)."""
    municipalities: dict[str, set[str]] = defaultdict(set)
    counts: Counter[tuple[str, str]] = Counter()
    for ars, _ozg_id, level in expected_levels(state):
        kind = state.municipalities[ars].type
        municipalities[kind].add(ars)
        counts[(kind, "expected")] += 1
        counts[(kind, "online")] += level >= 3
    return {
        kind: (len(members), counts[(kind, "expected")], counts[(kind, "online")])
        for kind, members in municipalities.items()
    }


def level_counts(state: ScreenedState, ozg_id: str) -> dict[str, int]:
    levels = Counter(level for _ars, service, level in expected_levels(state) if service == ozg_id)
    return {str(level): levels[level] for level in range(5)}
