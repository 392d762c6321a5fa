"""`ozg-screen check` and `rescore`: screen one municipality, or judge a stored run again."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import typer

from catalog.settings import RenderMode, render_mode
from cli import context, output

MATURITY_LABELS = {1: "1 Information", 2: "2 Formular", 3: "3 Online-Antrag", 4: "4 vollständig digital"}


def check(
    target: str = typer.Argument(..., help="Website URL, or ARS/AGS of a municipality with a known website."),
    name: str = typer.Option("", "--name", help="Name to show for a URL without registry entry."),
    max_pages: int = typer.Option(None, "--max-pages", min=1, help="Pages of the site to crawl (default 300)."),
    render: RenderMode | None = typer.Option(
        None, "--render", help="auto | always | never: render pages with Chromium."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print exactly one JSON document on stdout."),
    no_store: bool = typer.Option(False, "--no-store", help="Do not store the run in the database."),
) -> None:
    """Screen one municipality: crawl, recognise services, rate their OZG maturity."""
    from crawler.usecases.check import CheckRequest, run_check

    request = CheckRequest(
        target=target,
        name=name,
        max_pages=max_pages,
        render=render_mode(render),
        store=not no_store,
    )
    report, screened = run_check(request, context.settings(), context.sessions(), output.progress)
    if as_json:
        output.json_document(report)
    else:
        print_report(report)
    if not screened:
        status = report["run"]["status"]
        output.progress(
            f"ozg-screen: {report['municipality']['url']} could not be screened: {status}{_first_error(report)}"
        )
        raise typer.Exit(1)


def _first_error(report: dict[str, Any]) -> str:
    errors = report["run"].get("errors") or []
    message = errors[0].get("message") if errors else ""
    return f" ({message})" if message else ""


def print_report(report: dict[str, Any]) -> None:
    municipality, run, summary = report["municipality"], report["run"], report["summary"]
    title = municipality.get("name") or municipality["url"]
    output.line(
        f"{title} – {municipality['url']}" + (f" (ARS {municipality['ars']})" if municipality.get("ars") else "")
    )
    by_themenfeld: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for service in report["services"]:
        by_themenfeld[service["themenfeld"]].append(service)
    for themenfeld in sorted(by_themenfeld):
        rows = [
            (
                s["ozg_id"],
                s["name"],
                MATURITY_LABELS.get(s["maturity"], s["maturity"]),
                s["evidence"][0]["url"] if s["evidence"] else "",
            )
            for s in by_themenfeld[themenfeld]
        ]
        output.table(themenfeld, ["OZG-ID", "OZG-Leistung", "Reifegrad", "Beleg"], rows)
    levels = summary["by_maturity"]
    output.line(
        f"{summary['services_found']} Leistungen gefunden: "
        + ", ".join(f"{levels[str(level)]} × Stufe {level}" for level in (4, 3, 2, 1))
    )
    duration = summary.get("duration_seconds")
    output.line(
        f"Lauf {run['id'] or '(nicht gespeichert)'}: Status {run['status']}, {run['pages_crawled']} Seiten, "
        f"{summary['error_count']} Fehler" + (f", {duration:.0f} s" if duration is not None else "")
    )


def rescore(
    run_id: int = typer.Argument(..., help="Run to judge again with the current catalog and rules."),
) -> None:
    """Re-run recognition and maturity rating on a stored run, without crawling again."""
    from catalog.screenings.rescoring import rescore_run

    with context.sessions()() as session:
        changes = rescore_run(session, run_id, context.settings())
        session.commit()
    for line in changes:
        output.line(line)
