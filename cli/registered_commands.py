"""`ozg-screen registered`: import lists of registered online services and compare them with what was seen."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.markup import escape

from catalog.database.engine import transaction
from catalog.errors import InvalidInputError
from cli import context, output

if TYPE_CHECKING:
    from catalog.results.registered import RegisteredComparison

app = typer.Typer(help="Registered online services (federal dashboard, NRW WSP) against the screenings.")

MISSING_SHOWN = 10


@app.command("import")
def import_(
    source_file: Path = typer.Argument(..., help="Dashboard per-ARS CSV or the NRW WSP list (CSV)."),
    source: str = typer.Option("", "--source", help="Name of the source (default: the file name)."),
    state: str = typer.Option(None, "--state", help="State a list without ARS holds for (WSP default: NW)."),
    date: str = typer.Option(None, "--date", help="Date of the list, YYYY-MM-DD (default: from the file name)."),
    base_url: str = typer.Option(None, "--base-url", help="Portal the WSP list's paths are on."),
) -> None:
    """Store a list with its source and date; LeiKa keys missing from the catalog are kept and counted."""
    from catalog.reference.registered_import import WSP_BASE_URL, ImportOptions, import_registered

    options = ImportOptions(source, state.upper() if state else None, _date(date), base_url or WSP_BASE_URL)
    with transaction(context.sessions()) as session:
        report = import_registered(session, source_file, options)
    output.line(
        f"import {report.import_id} ({report.shape}): {report.rows} rows, {report.distinct_keys} LeiKa keys, "
        f"{report.mapped} rows mapped to an OZG-Leistung"
    )
    if report.missing_keys:
        shown = ", ".join(report.missing_keys[:MISSING_SHOWN]) + (
            " …" if len(report.missing_keys) > MISSING_SHOWN else ""
        )
        output.line(f"{len(report.missing_keys)} of {report.distinct_keys} LeiKa keys are not in the catalog: {shown}")


@app.command()
def compare(
    ars: str = typer.Argument(None, help="ARS of a municipality (its latest screening)."),
    run_id: int = typer.Option(None, "--run", help="Every screened municipality of this run."),
    check_urls: bool = typer.Option(True, "--check-urls/--no-check-urls", help="Fetch registered URLs (dead?)."),
    as_json: bool = typer.Option(False, "--json", help="Print the comparison as one JSON document."),
) -> None:
    """Registered online but not findable, found online but not registered, and dead registered URLs."""
    from catalog.results.registered import compare_municipality, compare_run, registered_urls, run_municipalities

    if (ars is None) == (run_id is None):
        raise InvalidInputError("give an ARS or --run ID (one of them)")
    sessions = context.sessions()
    with sessions() as session:
        wanted = [ars] if ars else run_municipalities(session, run_id)
        urls = registered_urls(session, wanted) if check_urls else []
    statuses = _statuses(urls)
    with sessions() as session:
        found = [compare_municipality(session, ars, statuses)] if ars else compare_run(session, run_id, statuses)
    if as_json:
        output.json_value([item.model_dump(mode="json") for item in found])
        return
    for comparison in found:
        _print(comparison, checked=check_urls)


def _statuses(urls: list[str]) -> dict[str, str]:
    if not urls:
        return {}
    from crawler.usecases.url_check import check_urls

    output.progress(f"… checking {len(urls)} registered URLs")
    return check_urls(urls, context.settings())


def _date(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value).replace(tzinfo=UTC)
    except ValueError:
        raise InvalidInputError(f"--date must be YYYY-MM-DD, not {value!r}") from None


def _print(comparison: RegisteredComparison, *, checked: bool) -> None:
    screening = f"screening {comparison.screening_id}" if comparison.screening_id else "not screened yet"
    output.line(f"{comparison.name} ({comparison.ars}), {screening}: {comparison.registered_online} registered online")
    output.table(
        "Registriert online, auf der Website nicht online auffindbar",
        ["OZG-ID", "LeiKa", "Leistung", "gefunden", "URL"],
        [(e.ozg_id, e.leika_key, escape(e.name), e.found_maturity, e.url) for e in comparison.registered_not_found],
    )
    output.table(
        "Auf der Website online, nicht registriert",
        ["OZG-ID", "Leistung", "Stufe"],
        [(e.ozg_id, e.name, e.maturity) for e in comparison.found_not_registered],
    )
    if checked:
        output.table(
            "Registrierte URLs, die nicht antworten",
            ["LeiKa", "Leistung", "Status", "URL"],
            [(e.leika_key, escape(e.name), e.url_status, e.url) for e in comparison.dead_urls],
        )
    output.line(
        f"{len(comparison.not_in_catalog)} registered services have a LeiKa key the catalog lacks; "
        f"{comparison.not_this_authority} statewide rows are services of another authority type"
    )
