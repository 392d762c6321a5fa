"""`ozg-screen run`, `runs` and `demo`: many municipalities at once, with history."""

from __future__ import annotations

import typer

from catalog.cli import context, output
from catalog.errors import UserError

RENDER_MODES = ("auto", "always", "never")


def run(
    state: str = typer.Option("", "--state", help="Two-letter state code, e.g. NI."),
    type_: list[str] = typer.Option([], "--type", help="Municipality type(s) to screen (default: all kinds)."),
    kreis: str = typer.Option("", "--kreis", help="Landkreis name part or 5-digit key."),
    ars: list[str] = typer.Option([], "--ars", help="ARS/AGS of municipalities to screen (repeatable)."),
    limit: int = typer.Option(None, "--limit", min=1, help="Screen at most this many."),
    concurrency: int = typer.Option(None, "--concurrency", min=1, help="Sites crawled at once (default 8)."),
    max_pages: int = typer.Option(None, "--max-pages", min=1, help="Pages per site (default 300)."),
    render: str = typer.Option(None, "--render", help="auto | always | never."),
    resume: int = typer.Option(None, "--resume", help="Continue an interrupted run: redo its unfinished sites."),
) -> None:
    """Screen every selected municipality that has a website; resumable, stored per municipality."""
    from crawler.run_lock import run_lock
    from crawler.statewide import RunRequest, execute_run, prepare_run
    from crawler.scrapy_settings import CrawlOptions

    if render is not None and render not in RENDER_MODES:
        raise UserError(f"--render must be auto, always or never, not {render!r}")
    request = RunRequest(state=state, types=type_, kreis=kreis, ars=ars, limit=limit, concurrency=concurrency,
                         max_pages=max_pages, render=render, resume=resume)  # type: ignore[arg-type]
    settings, sessions = context.settings(), context.sessions()
    options = CrawlOptions.from_settings(settings, max_pages=max_pages, render=render)  # type: ignore[arg-type]
    with run_lock(settings.var_dir):
        run_id = prepare_run(sessions, request, options)
        output.progress(f"Lauf {run_id} gestartet")
        finished = execute_run(run_id, request, settings, sessions, output.progress)
    print_run_summary(finished.id)
    if finished.status == "interrupted":
        output.progress(f"Lauf {finished.id} unterbrochen: fortsetzen mit `ozg-screen run --resume {finished.id}`")
        raise typer.Exit(130)


def print_run_summary(run_id: int) -> None:
    from catalog.run_queries import run_overview

    with context.sessions()() as session:
        overview = run_overview(session, run_id)
    output.table(f"Lauf {run_id} ({overview.status})", ["Kommune", "Status", "Seiten", "Leistungen", "Online (3+4)",
                                                         "Abdeckung Online"], overview.rows)
    output.line(overview.summary_line)


def runs(limit: int = typer.Option(20, "--limit", min=1, help="How many of the newest runs.")) -> None:
    """List runs with their counts and status."""
    from catalog.run_queries import list_runs

    with context.sessions()() as session:
        rows = list_runs(session, limit)
    output.table("Läufe", ["ID", "Art", "Status", "Beginn", "Ende", "Kommunen", "fertig", "Fehler", "Seiten",
                           "Leistungen"], rows)
