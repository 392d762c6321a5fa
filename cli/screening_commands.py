"""`ozg-screen check` and `rescore`: screen one municipality, or judge a stored run again."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

import typer

from catalog.settings import RenderMode, render_mode
from catalog.vocabulary import MATURITY_LABELS
from cli import context, output

if TYPE_CHECKING:
    from catalog.results.documents import ScreeningDocument, ServiceResult


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
    # Scrapy's TLS modules build deprecated aliases with inspect.stack(), which scans every loaded module for each
    # import frame: imported first, before the crawl's own modules, they cost 0.03 s less CPU (docs/scaling.md).
    import scrapy.core.downloader.handlers.http11  # noqa: F401

    from crawler.usecases.check import CheckRequest, run_check

    request = CheckRequest(
        target=target,
        name=name,
        max_pages=max_pages,
        render=render_mode(render),
        store=not no_store,
    )
    document, screened = run_check(request, context.settings(), context.sessions(), output.progress)
    if as_json:
        output.json_document(document)
    else:
        print_report(document)
    if not screened:
        output.progress(
            f"ozg-screen: {document.municipality.url} could not be screened: "
            f"{document.run.status}{_first_error(document)}"
        )
        raise typer.Exit(1)


def _first_error(document: ScreeningDocument) -> str:
    message = document.run.errors[0].message if document.run.errors else None
    return f" ({message})" if message else ""


def print_report(document: ScreeningDocument) -> None:
    """The terminal view of a screening document: one table per Themenfeld, then its figures."""
    municipality, run, summary = document.municipality, document.run, document.summary
    title = municipality.name or municipality.url
    output.line(f"{title} – {municipality.url}" + (f" (ARS {municipality.ars})" if municipality.ars else ""))
    by_themenfeld: dict[str, list[ServiceResult]] = defaultdict(list)
    for service in document.services:
        by_themenfeld[service.themenfeld].append(service)
    for themenfeld in sorted(by_themenfeld):
        rows = [_service_row(service) for service in by_themenfeld[themenfeld]]
        output.table(themenfeld, ["OZG-ID", "OZG-Leistung", "Reifegrad", "Beleg"], rows)
    highest_first = reversed(summary.by_maturity.items())
    output.line(
        f"{summary.services_found} Leistungen gefunden: "
        + ", ".join(f"{count} × Stufe {level}" for level, count in highest_first)
    )
    duration = summary.duration_seconds
    output.line(
        f"Lauf {run.id or '(nicht gespeichert)'}: Status {run.status}, {run.pages_crawled} Seiten, "
        f"{summary.error_count} Fehler" + (f", {duration:.0f} s" if duration is not None else "")
    )


def _service_row(service: ServiceResult) -> tuple[str, str, str, str]:
    label = MATURITY_LABELS.get(service.maturity, str(service.maturity))
    if service.override is not None:  # an analyst's decision (docs/review.md); no brackets: rich reads them as markup
        override = service.override
        label += f" ({override.kind}: {override.author}, automatisch {override.automatic_maturity})"
    return service.ozg_id, service.name, label, service.evidence[0].url if service.evidence else ""


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
