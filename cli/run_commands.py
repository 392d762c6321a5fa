"""`ozg-screen run`, `runs` and `demo`: many municipalities at once, with history."""

from __future__ import annotations

import typer

from catalog.settings import RenderMode, render_mode
from cli import context, output


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
) -> None:
    """Screen every selected municipality that has a website; resumable, stored per municipality."""
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
    options = CrawlOptions.from_settings(settings, max_pages=max_pages, render=mode)
    with run_lock(settings.var_dir):
        run_id = prepare_run(sessions, request, options)
        output.progress(f"Lauf {run_id} gestartet")
        finished = execute_run(run_id, request, settings, sessions, output.progress)
    print_run_summary(finished.id)
    if finished.status == "interrupted":
        output.progress(f"Lauf {finished.id} unterbrochen: fortsetzen mit `ozg-screen run --resume {finished.id}`")
        raise typer.Exit(130)


def print_run_summary(run_id: int) -> None:
    from catalog.results.runs import run_overview

    with context.sessions()() as session:
        overview = run_overview(session, run_id)
    output.table(
        f"Lauf {run_id} ({overview.status})",
        ["Kommune", "Status", "Seiten", "Leistungen", "Online (3+4)", "Abdeckung Online"],
        overview.rows,
    )
    output.line(overview.summary_line)


def runs(limit: int = typer.Option(20, "--limit", min=1, help="How many of the newest runs.")) -> None:
    """List runs with their counts and status."""
    from catalog.results.runs import list_runs

    with context.sessions()() as session:
        rows = list_runs(session, limit)
    output.table(
        "Läufe",
        ["ID", "Art", "Status", "Beginn", "Ende", "Kommunen", "fertig", "Fehler", "Seiten", "Leistungen"],
        rows,
    )


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
    from catalog.results.history import diff_runs

    platforms = PlatformRegistry.from_file(context.settings().data_dir / "platforms.toml")
    with context.sessions()() as session:
        changes = diff_runs(session, run_a, run_b, platforms, ars)
    if as_json:
        output.json_document({"run_a": run_a, "run_b": run_b, "changes": [change.as_dict() for change in changes]})
        return
    rows = [
        (
            change.municipality,
            CHANGE_LABELS.get(change.kind, change.kind),
            change.ozg_id,
            change.service,
            "" if change.before is None else change.before,
            "" if change.after is None else change.after,
            change.detail,
        )
        for change in changes
    ]
    output.table(
        f"Änderungen von Lauf {run_a} zu Lauf {run_b}",
        ["Kommune", "Änderung", "OZG-ID", "Leistung", "vorher", "nachher", "Details"],
        rows,
    )
    output.line(f"{len(changes)} Änderungen")


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
) -> None:
    """Serve the read-only REST API (FastAPI; OpenAPI docs at /docs)."""
    import uvicorn

    from api.app import create_app

    settings = context.settings()
    uvicorn.run(create_app(settings), host=host or settings.api_host, port=port or settings.api_port, log_level="info")
