"""Attempts of a distributed run: claiming a municipality, giving it up, closing the run when all are done."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from catalog.database.models import Run, Screening
from catalog.screenings.store import CrawlOutcome, finish_run, now, reset_screening, store_outcome
from catalog.vocabulary import UNFINISHED, RunStatus, ScreeningStatus, is_unfinished

ATTEMPT_FAILED = "attempt_failed"


@dataclass(frozen=True)
class Claim:
    """What a worker may do with a screening it was handed: crawl it (as attempt n), or nothing."""

    screening_id: int
    attempt: int
    run_id: int
    start_url: str = ""
    name: str = ""
    ars: str | None = None
    given_up: bool = False
    busy: bool = False  # a live worker is still on it (a message delivered twice)

    @property
    def crawl(self) -> bool:
        return self.attempt > 0 and not (self.given_up or self.busy)


def claim_screening(session: Session, screening_id: int, worker: str, max_attempts: int, lease: float) -> Claim:
    """Start the next attempt, or say there is nothing to do (finished already, or a live worker is on it)."""
    screening = session.scalars(select(Screening).where(Screening.id == screening_id).with_for_update()).first()
    if screening is None or not is_unfinished(screening.status):
        run_id = screening.run_id if screening else 0
        return Claim(screening_id, 0, run_id)
    lost = screening.status == ScreeningStatus.RUNNING  # an earlier attempt started and has not finished
    if lost and _alive(screening, lease):
        return Claim(screening_id, 0, screening.run_id, busy=True)
    if screening.attempts >= max_attempts:
        last = "its worker was lost" if lost else _last_reason(screening)
        give_up(session, screening_id, f"gave up after {screening.attempts} attempts; the last: {last}")
        return Claim(screening_id, screening.attempts, screening.run_id, given_up=True)
    if screening.attempts or lost:
        reset_screening(session, screening_id)  # the lost attempt's partial evidence must not count twice
    screening.attempts += 1
    screening.status, screening.started_at, screening.worker = ScreeningStatus.RUNNING, now(), worker[:100]
    screening.heartbeat_at = screening.started_at
    return Claim(
        screening_id,
        screening.attempts,
        screening.run_id,
        screening.start_url,
        screening.name,
        screening.municipality_ars,
    )


def _alive(screening: Screening, lease: float) -> bool:
    """True if the worker of the running attempt gave a sign of life within the lease."""
    beat = screening.heartbeat_at
    if beat is None:
        return False
    beat = beat if beat.tzinfo else beat.replace(tzinfo=UTC)  # SQLite hands back naive UTC times
    return now() - beat < timedelta(seconds=lease)


def renew_leases(session: Session, worker: str) -> int:
    """A worker's sign of life on every attempt it is running; returns how many."""
    running = (Screening.worker == worker[:100], Screening.status == ScreeningStatus.RUNNING)
    renewed = session.execute(update(Screening).where(*running).values(heartbeat_at=now()))
    return int(getattr(renewed, "rowcount", 0) or 0)


def owns_attempt(session: Session, claim: Claim) -> bool:
    """True while no later attempt has taken the screening over (only the newest attempt stores)."""
    screening = session.scalars(select(Screening).where(Screening.id == claim.screening_id).with_for_update()).first()
    return screening is not None and screening.attempts == claim.attempt and is_unfinished(screening.status)


def give_up(session: Session, screening_id: int, reason: str) -> None:
    """Mark a municipality failed with its reason; the run goes on without it."""
    outcome = CrawlOutcome(ScreeningStatus.FAILED, errors=[{"status": ScreeningStatus.FAILED, "message": reason}])
    store_outcome(session, screening_id, outcome, [])


def fail_attempt(session: Session, claim: Claim, reason: str, max_attempts: int) -> bool:
    """Record a failed attempt: back to pending for another one (true), or failed for good after the last."""
    if not owns_attempt(session, claim):
        return False  # a later attempt has taken over
    if claim.attempt >= max_attempts:
        give_up(session, claim.screening_id, f"gave up after {claim.attempt} attempts; the last: {reason}"[:500])
        return False
    reset_screening(session, claim.screening_id)
    screening = session.get_one(Screening, claim.screening_id)
    screening.errors = [{"status": ATTEMPT_FAILED, "message": f"attempt {claim.attempt}: {reason}"[:300]}]
    return True


def _last_reason(screening: Screening) -> str:
    errors = screening.errors or []
    return str(errors[0].get("message", "unknown")) if errors and isinstance(errors[0], dict) else "unknown"


def close_run_if_done(session: Session, run_id: int) -> bool:
    """Finish the run once no screening is left unfinished; true if this call finished it."""
    run = session.scalars(select(Run).where(Run.id == run_id).with_for_update()).first()
    if run is None or run.status != RunStatus.RUNNING:
        return False
    left = session.scalar(
        select(func.count()).where(Screening.run_id == run_id, Screening.status.in_(sorted(UNFINISHED)))
    )
    if left:
        return False
    finish_run(session, run_id)
    return True


def hand_back(session: Session, claim: Claim) -> None:
    """A worker shutting down returns its municipality unfinished; the interrupted attempt does not count."""
    if owns_attempt(session, claim):
        reset_screening(session, claim.screening_id)
        screening = session.get_one(Screening, claim.screening_id)
        screening.attempts -= 1
