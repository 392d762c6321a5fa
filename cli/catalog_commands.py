"""`ozg-screen catalog`: import, load, search and summarise the OZG catalog."""

from __future__ import annotations

from pathlib import Path

import typer

from catalog.database.engine import transaction
from catalog.reference.catalog_import import import_catalog
from catalog.reference.catalog_load import load_catalog
from catalog.reference.catalog_queries import catalog_summary, service_rows
from cli import context, output

app = typer.Typer(help="The OZG catalog: OZG-Leistungen, LeiKa keys, synonyms, relevance.", no_args_is_help=True)


def _catalog_dir() -> Path:
    return context.settings().data_dir / "catalog"


@app.command("import")
def import_(source: Path = typer.Argument(..., help="Folder with the KDN-style export CSV files.")) -> None:
    """Convert an official-style catalog export into the project's catalog files (data/catalog)."""
    report = import_catalog(source, _catalog_dir())
    output.line(
        f"wrote {_catalog_dir()}: {report.themenfelder} Themenfelder, {report.lebenslagen} Lebenslagen, "
        f"{report.ozg_leistungen} OZG-Leistungen, {report.leika_leistungen} LeiKa-Leistungen "
        f"({report.leika_skipped} rows without a valid 14-digit key skipped)"
    )
    output.line("synonyms.csv and relevance.csv are hand-maintained and were left as they are")


@app.command()
def load() -> None:
    """Load the catalog files into the database (idempotent, one transaction)."""
    from catalog.reference.catalog_queries import matcher_from_session

    sessions = context.sessions()
    with transaction(sessions) as session:
        counts = load_catalog(session, _catalog_dir())
    for table_name, table_counts in counts.items():
        output.line(f"{table_name}: {table_counts}")
    with sessions() as session:  # built once here, read by every check that follows
        matcher_from_session(session, context.settings().index_dir)
    output.line(f"match index saved in {context.settings().index_dir}")


@app.command()
def search(
    text: str = typer.Argument(..., help="How a website or citizen writes it, e.g. 'Hund anmelden'."),
    limit: int = typer.Option(5, min=1, max=50),
) -> None:
    """Show the OZG-Leistungen that best match a text."""
    from catalog.reference.catalog_queries import matcher_from_session

    with context.sessions()() as session:
        matcher = matcher_from_session(session)
        matches = matcher.match(text, limit=limit)
        rows = service_rows(session, [match.ozg_id for match in matches])
    if not matches:
        output.line(f"no OZG-Leistung matches {text!r}")
        return
    output.table(
        f"OZG-Leistungen for {text!r}",
        ["OZG-ID", "OZG-Leistung", "Themenfeld", "confidence", "via"],
        [
            (m.ozg_id, rows[m.ozg_id][0], rows[m.ozg_id][1], f"{m.confidence:.2f}", f"{m.source}: {m.phrase}")
            for m in matches
        ],
    )


@app.command()
def stats() -> None:
    """Counts per Themenfeld and of LeiKa keys, synonyms and relevance marks."""
    with context.sessions()() as session:
        summary = catalog_summary(session)
    output.table(
        f"OZG catalog: {summary.services} OZG-Leistungen in {len(summary.per_themenfeld)} Themenfeldern",
        ["Themenfeld", "OZG-Leistungen"],
        sorted(summary.per_themenfeld.items()),
    )
    output.line(
        f"{summary.leika} LeiKa-Leistungen, {summary.synonyms} synonyms for {summary.services_with_synonyms}"
        f" OZG-Leistungen, {summary.relevance_marks} relevance marks"
    )
