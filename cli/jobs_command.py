"""`ozg-screen jobs-worker`: runs the checks and runs started through the REST API (without a broker)."""

from __future__ import annotations

import logging

import typer

from cli import context, output


def jobs_worker(
    once: bool = typer.Option(False, "--once", help="Run the jobs waiting now, then stop."),
) -> None:
    """Take jobs from the database (POST /api/v1/checks and /runs) and run them, one at a time, until stopped."""
    from crawler.usecases.jobs import serve_jobs

    logging.getLogger("crawler.usecases.jobs").setLevel(logging.INFO)
    done = serve_jobs(context.settings(), context.sessions(), output.progress, once=once)
    output.progress(f"{done} Aufträge erledigt")
