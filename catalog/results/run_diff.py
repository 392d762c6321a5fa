"""What changed between two finished runs, as one document for `diff --json`, the diff table and the API."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from catalog.errors import ConflictError
from catalog.reference.platforms import PlatformRegistry
from catalog.results.documents import Document
from catalog.results.history import Change, diff_runs
from catalog.results.runs import get_run
from catalog.vocabulary import RunStatus


# Here rather than in documents.py: history.py imports runs.py, which imports documents.py.
class RunDiff(Document):
    """What changed from run A to run B: services newly online, levels up or down, dead links, lost sites."""

    run_a: int
    run_b: int
    changes: list[Change]


def run_diff(session: Session, run_a: int, run_b: int, platforms: PlatformRegistry, ars: Sequence[str] = ()) -> RunDiff:
    """Refuses a run still running: its unfinished sites would show as lost."""
    for run_id in (run_a, run_b):
        if get_run(session, run_id).status == RunStatus.RUNNING:
            raise ConflictError(
                f"run {run_id} has not finished: wait for it, or resume it with `ozg-screen run --resume {run_id}`"
            )
    return RunDiff(run_a=run_a, run_b=run_b, changes=diff_runs(session, run_a, run_b, platforms, list(ars)))
