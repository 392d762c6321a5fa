"""Judging stored runs again: better synonyms or rules improve past results without a new crawl."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalog.database.models import Result, Run, Screening
from catalog.errors import NotFoundError
from catalog.matching.matcher import Matcher
from catalog.maturity.scoring import SCORING_VERSION, score_site
from catalog.reference.catalog_queries import matcher_from_session
from catalog.reference.platforms import PlatformRegistry
from catalog.review.decisions import latest_screening_id
from catalog.screenings.store import replace_results, screening_evidence
from catalog.settings import Settings


def rescore_run(session: Session, run_id: int, settings: Settings) -> list[str]:
    """Replace every screening's results of a run; returns one line per screening saying what changed."""
    run = session.get(Run, run_id)
    if run is None:
        raise NotFoundError(f"no run with id {run_id} (see `ozg-screen runs`)")
    matcher = matcher_from_session(session)
    platforms = PlatformRegistry.from_file(settings.data_dir / "platforms.toml")
    lines = []
    for screening in session.scalars(select(Screening).where(Screening.run_id == run_id).order_by(Screening.id)):
        before, after = rescore_screening(session, screening, matcher, platforms)
        changed = sum(1 for ozg_id in before.keys() | after.keys() if before.get(ozg_id) != after.get(ozg_id))
        lines.append(
            f"{screening.name or screening.start_url}: {len(before)} -> {len(after)} services, {changed} changed"
        )
    run.scoring_version = SCORING_VERSION
    return lines


def rescore_screening(
    session: Session, screening: Screening, matcher: Matcher, platforms: PlatformRegistry
) -> tuple[dict[str, int], dict[str, int]]:
    """Judge one stored screening again (decisions in force apply); its levels before and after."""
    before = _levels(session, screening.id)
    findings = score_site(screening.start_url, screening_evidence(session, screening.id), matcher, platforms)
    replace_results(session, screening.id, findings)
    return before, _levels(session, screening.id)


def apply_review(session: Session, ars: str, settings: Settings) -> str:
    """Bring a new or undone decision into the municipality's latest screening at once; one line saying so."""
    screening_id = latest_screening_id(session, ars)
    if screening_id is None:
        return "no screening of this municipality yet: the decision applies from its first run"
    screening = session.get_one(Screening, screening_id)
    if screening.run.scoring_version != SCORING_VERSION:
        return (
            f"run {screening.run_id} was scored by an older version: "
            f"`ozg-screen rescore {screening.run_id}` applies the decision there"
        )
    matcher = matcher_from_session(session)
    platforms = PlatformRegistry.from_file(settings.data_dir / "platforms.toml")
    before, after = rescore_screening(session, screening, matcher, platforms)
    changed = sorted(ozg_id for ozg_id in before.keys() | after.keys() if before.get(ozg_id) != after.get(ozg_id))
    return f"applied to screening {screening_id} (run {screening.run_id}): " + (
        ", ".join(f"{ozg_id} {before.get(ozg_id, 0)} -> {after.get(ozg_id, 0)}" for ozg_id in changed)
        or "no level changed"
    )


def _levels(session: Session, screening_id: int) -> dict[str, int]:
    rows = session.execute(select(Result.ozg_id, Result.maturity).where(Result.screening_id == screening_id))
    return {ozg_id: maturity for ozg_id, maturity in rows}
