"""`ozg-screen run`, `runs` and `demo`: many municipalities at once, with history."""

from __future__ import annotations

import os
from datetime import datetime
from typing import TYPE_CHECKING

import typer

from catalog.settings import RenderMode, render_mode
from catalog.vocabulary import RunStatus
from cli import context, output

if TYPE_CHECKING:
    from catalog.results.documents import RunRow, RunScreeningRow
    from catalog.results.history import Change
    from crawler.usecases.statewide import RunRequest


def run(
    state: str = typer.Option("", "--state", help="Two-letter state code, e.g. NI."),
    type_: list[str] = typer.Option([], "--type", help="Municipality type(s) to screen (default: all kinds)."),
    kreis: str = typer.Option("", "--kreis", help="Landkreis name part or 5-digit key."),
    ars: list[str] = typer.Option([], "--ars", help="ARS/AGS of municipalities to screen (repeatable)."),
    limit: int = typer.Option(None, "--limit", min=1, help="Screen at most this many."),
    concurrency: int = typer.Option(None, "--concurrency", min=1, help="Sites crawled at once (default 8)."),
    max_pages: int = typer.Option(None, "--max-pages", min=1, help="Pages per site (default 300)."),
    render: RenderMode | None = typer.Option(None, "--render", help="auto | always | never."),
    resume: int = typer.Option(None, "--resume", help="Continue an interrupted run: redo its unfinished sites."),
    distributed: bool = typer.Option(
        False, "--distributed", help="Hand the municipalities to `ozg-screen worker` processes (OZG_BROKER_URL)."
    ),
) -> None:
    """Screen every selected municipality that has a website; resumable, stored per municipality."""
    from crawler.components.runner import interrupted_exit_code
    from crawler.components.scrapy_settings import CrawlOptions
    from crawler.usecases.run_lock import run_lock
    from crawler.usecases.statewide import RunRequest, execute_run, prepare_run

    mode = render_mode(render)
    request = RunRequest(
        state=state,
        types=type_,
        kreis=kreis,
        ars=ars,
        limit=limit,
        concurrency=concurrency,
        max_pages=max_pages,
        render=mode,
        resume=resume,
    )
    settings, sessions = context.settings(), context.sessions()
    if distributed:
        _run_distributed(request)
        return
    options = CrawlOptions.from_settings(settings, max_pages=max_pages, render=mode)
    with run_lock(settings.var_dir):
        run_id = prepare_run(sessions, request, options, progress=output.progress)
        output.progress(f"Lauf {run_id} gestartet")
        finished = execute_run(run_id, request, settings, sessions, output.progress)
    print_run_summary(finished.id)
    if finished.status == RunStatus.INTERRUPTED:
        output.progress(f"Lauf {finished.id} unterbrochen: fortsetzen mit `ozg-screen run --resume {finished.id}`")
        raise typer.Exit(interrupted_exit_code())


def _run_distributed(request: RunRequest) -> None:
    """Enqueue the run for the workers and follow it; Ctrl-C stops following, not the run."""
    from crawler.usecases.distributed.enqueue import enqueue_run, follow_run

    run_id, count = enqueue_run(context.settings(), context.sessions(), request)
    output.progress(f"Lauf {run_id}: {count} Kommunen an die Worker übergeben")
    try:
        follow_run(context.sessions(), run_id, output.progress)
    except KeyboardInterrupt:
        output.progress(f"Lauf {run_id} läuft auf den Workern weiter: Fortschritt mit `ozg-screen runs`")
        raise typer.Exit(130) from None
    print_run_summary(run_id)


def print_run_summary(run_id: int) -> None:
    from catalog.results.runs import run_overview

    with context.sessions()() as session:
        overview = run_overview(session, run_id)
    output.table(
        f"Lauf {run_id} ({overview.status})",
        ["Kommune", "Status", "Seiten", "Leistungen", "Online (3+4)", "Abdeckung Online"],
        [_screening_row(row) for row in overview.screenings],
    )
    counts = ", ".join(f"{count} {status}" for status, count in overview.status_counts.items())
    sites = len(overview.screenings)
    output.line(
        f"{sites} Kommunen: {overview.screened} gescreent, {sites - overview.screened} nicht erreichbar oder offen "
        f"({counts})"
    )


def _screening_row(row: RunScreeningRow) -> tuple[str, str, int, int, int, str]:
    coverage = row.coverage
    share = "–" if coverage is None or coverage.share is None else f"{coverage.share:.0%} von {coverage.expected}"
    return row.name or row.url, row.status, row.pages_crawled, row.services_found, row.online_services, share


def runs(limit: int = typer.Option(20, "--limit", min=1, help="How many of the newest runs.")) -> None:
    """List runs with their counts and status."""
    from catalog.results.runs import list_runs

    with context.sessions()() as session:
        rows = list_runs(session, limit)
    output.table(
        "Läufe",
        ["ID", "Art", "Status", "Beginn", "Ende", "Kommunen", "fertig", "laufen", "Fehler", "Seiten", "Leistungen"],
        [_run_row(row) for row in rows],
    )


def _run_row(row: RunRow) -> tuple[object, ...]:
    started, finished = _minute(row.started_at), _minute(row.finished_at)
    return (
        row.id,
        row.kind,
        row.status,
        started,
        finished,
        row.municipalities,
        row.done,
        row.running,
        row.failed,
        row.pages,
        row.services,
    )


def _minute(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment else "–"


CHANGE_LABELS = {
    "newly_online": "neu online",
    "no_longer_online": "nicht mehr online",
    "level_up": "Stufe rauf",
    "level_down": "Stufe runter",
    "new_service": "neu gefunden",
    "gone": "nicht mehr gefunden",
    "dead_link": "toter Online-Link",
    "unreachable": "nicht mehr erreichbar",
    "reachable_again": "wieder erreichbar",
}


def diff(
    run_a: int = typer.Argument(..., help="The earlier run."),
    run_b: int = typer.Argument(..., help="The later run."),
    ars: list[str] = typer.Option([], "--ars", help="Only these municipalities (ARS/AGS, repeatable)."),
    as_json: bool = typer.Option(False, "--json", help="Print the changes as one JSON document."),
) -> None:
    """What changed between two runs: newly online, levels up/down, dead online links, unreachable sites."""
    from catalog.reference.platforms import PlatformRegistry
    from catalog.results.run_diff import run_diff

    platforms = PlatformRegistry.from_file(context.settings().data_dir / "platforms.toml")
    with context.sessions()() as session:
        document = run_diff(session, run_a, run_b, platforms, ars)
    if as_json:
        output.json_document(document)
        return
    output.table(
        f"Änderungen von Lauf {run_a} zu Lauf {run_b}",
        ["Kommune", "Änderung", "OZG-ID", "Leistung", "vorher", "nachher", "Details"],
        [_change_row(change) for change in document.changes],
    )
    output.line(f"{len(document.changes)} Änderungen")


def _change_row(change: Change) -> tuple[str, ...]:
    before = "" if change.before is None else str(change.before)
    after = "" if change.after is None else str(change.after)
    label = CHANGE_LABELS.get(change.kind, change.kind)
    return change.municipality, label, change.ozg_id, change.service, before, after, change.detail


def schedule(
    cron: str = typer.Option(..., "--cron", help='Crontab expression, e.g. "0 2 * * 1" (Mondays 02:00).'),
    state: str = typer.Option("", "--state", help="Two-letter state code, e.g. NI."),
    type_: list[str] = typer.Option([], "--type", help="Municipality type(s)."),
    kreis: str = typer.Option("", "--kreis", help="Landkreis name part or 5-digit key."),
    ars: list[str] = typer.Option([], "--ars", help="ARS/AGS (repeatable)."),
    limit: int = typer.Option(None, "--limit", min=1),
    concurrency: int = typer.Option(None, "--concurrency", min=1),
    max_pages: int = typer.Option(None, "--max-pages", min=1),
    render: RenderMode | None = typer.Option(None, "--render", help="auto | always | never."),
) -> None:
    """Run `ozg-screen run` with this selection on a schedule; a long-lived process (stop with Ctrl-C)."""
    import logging

    from crawler.usecases.schedule import cron_trigger, serve_schedule
    from crawler.usecases.statewide import RunRequest

    cron_trigger(cron)
    request = RunRequest(
        state=state,
        types=type_,
        kreis=kreis,
        ars=ars,
        limit=limit,
        concurrency=concurrency,
        max_pages=max_pages,
        render=render_mode(render),
    )
    logging.getLogger("ozg.schedule").setLevel(logging.INFO)
    settings = context.settings()
    serve_schedule(cron, request.cli_args(), settings.var_dir, context.sessions())


def serve(
    host: str = typer.Option(None, "--host", help="Address to listen on (default OZG_API_HOST, 127.0.0.1)."),
    port: int = typer.Option(None, "--port", help="Port (default OZG_API_PORT, 8000)."),
    workers: int = typer.Option(
        None, "--workers", min=1, help="Worker processes (default OZG_API_WORKERS, else one per CPU)."
    ),
) -> None:
    """Serve the REST API v1 under /api/v1 (FastAPI; offline OpenAPI docs at /docs)."""
    import uvicorn

    from api.app import create_app, freeze_startup_heap

    settings = context.settings()
    app = create_app(settings)  # here first: a missing schema stops the command before any worker starts
    count = workers or settings.api_workers or os.cpu_count() or 1
    host, port = host or settings.api_host, port or settings.api_port
    if count == 1:
        freeze_startup_heap()
        uvicorn.run(app, host=host, port=port, log_level="info")
        return
    from cli.serve_workers import serve_workers

    # Separate processes, each building its app from the environment (the same settings).
    factory = "api.app:app_from_environment"
    serve_workers(uvicorn.Config(factory, factory=True, workers=count, host=host, port=port, log_level="info"))
