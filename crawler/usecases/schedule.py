"""`ozg-screen schedule`: statewide runs on a cron schedule, with APScheduler and a persistent job store."""

from __future__ import annotations

import logging
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.cron import CronTrigger
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from catalog.database.models import Run
from catalog.errors import InvalidInputError
from catalog.vocabulary import RunKind, RunStatus
from crawler.usecases.run_lock import run_in_progress

log = logging.getLogger("ozg.schedule")
JOB_ID = "statewide-run"
CRONTAB_WEEKDAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat", "sun")
NUMBER = re.compile(r"\d+")


def cron_trigger(expression: str) -> CronTrigger:
    """Standard crontab (5 fields), or 6 fields with seconds first; weekdays as in crontab (0 and 7 = Sunday)."""
    fields = expression.split()
    if len(fields) not in (5, 6):
        raise InvalidInputError(
            f"--cron {expression!r}: give 5 fields (minute hour day month weekday), or 6 with seconds"
        )
    seconds = fields.pop(0) if len(fields) == 6 else "0"
    minute, hour, day, month, weekday = fields
    try:
        return CronTrigger(
            second=seconds,
            minute=minute,
            hour=hour,
            day=day,
            month=month,
            day_of_week=_weekday_names(weekday),
        )
    except ValueError as error:
        raise InvalidInputError(f"--cron {expression!r}: {error}") from None


def _weekday_names(field: str) -> str:
    """APScheduler 3 counts weekdays from Monday = 0; crontab from Sunday = 0. Names avoid the mismatch."""

    def name(match: re.Match[str]) -> str:
        number = int(match.group())
        if number > 7:
            raise InvalidInputError(f"weekday {number} is not 0-7")
        return CRONTAB_WEEKDAYS[number]

    if field.startswith("*/"):
        return field
    return NUMBER.sub(name, field)


def run_command(run_args: list[str], resume: int | None = None) -> list[str]:
    command = [sys.executable, "-m", "cli", "run"]
    return command + (["--resume", str(resume)] if resume is not None else run_args)


def scheduled_run(run_args: list[str], var_dir: str) -> None:
    """One scheduled start: skipped while another run holds the lock; each run is its own process."""
    if run_in_progress(Path(var_dir)):
        log.warning("scheduled run skipped: the previous run is still going")
        return
    log.info("scheduled run starting: ozg-screen run %s", " ".join(run_args))
    completed = subprocess.run(run_command(run_args), check=False)
    log.info("scheduled run ended with exit code %s", completed.returncode)


def resume_interrupted(sessions: sessionmaker[Session], var_dir: Path) -> None:
    """After a restart of the scheduler (or the machine), finish the run that was cut off."""
    if run_in_progress(var_dir):
        return
    with sessions() as session:
        run_id = session.scalar(
            select(Run.id)
            .where(Run.status.in_((RunStatus.RUNNING, RunStatus.INTERRUPTED)), Run.kind == RunKind.STATEWIDE)
            .order_by(Run.id.desc())
        )
    if run_id is None:
        return
    log.info("resuming interrupted run %s", run_id)
    completed = subprocess.run(run_command([], resume=run_id), check=False)
    log.info("resumed run %s ended with exit code %s", run_id, completed.returncode)


def serve_schedule(cron: str, run_args: list[str], var_dir: Path, sessions: sessionmaker[Session]) -> None:
    """Block forever, starting a run at every cron time; job state lives in var/scheduler.sqlite3."""
    trigger = cron_trigger(cron)
    var_dir.mkdir(parents=True, exist_ok=True)
    store = SQLAlchemyJobStore(url=f"sqlite:///{var_dir / 'scheduler.sqlite3'}")
    scheduler = BlockingScheduler(
        jobstores={"default": store},
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 6 * 3600},
    )
    scheduler.add_job(
        scheduled_run,
        trigger,
        args=[run_args, str(var_dir)],
        id=JOB_ID,
        replace_existing=True,
        name="ozg-screen run " + " ".join(run_args),
    )
    resume_interrupted(sessions, var_dir)
    log.info(
        "schedule %r active, next start %s",
        cron,
        trigger.get_next_fire_time(None, datetime.now(trigger.timezone)),
    )
    try:
        scheduler.start()
    except (KeyboardInterrupt, SystemExit):
        log.info("schedule stopped")
