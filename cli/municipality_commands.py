"""`ozg-screen municipalities`: the registry of Landkreise, Samtgemeinden, Gemeinden and their websites."""

from __future__ import annotations

from pathlib import Path

import typer

from catalog.database.engine import transaction
from catalog.database.models import Municipality
from catalog.reference.reference_websites import (
    import_reference_websites,
    load_reference_websites,
    website_sources,
)
from catalog.reference.registry import (
    MUNICIPALITY_TYPES,
    export_websites,
    find_municipality,
    import_websites,
    list_municipalities,
    load_registry,
    registry_counts,
    set_website,
    website_count,
)
from catalog.reference.registry_import import import_registry
from cli import context, output

app = typer.Typer(help="Municipality registry (ARS/AGS, type, parents, population, website).", no_args_is_help=True)


def _registry_file() -> Path:
    return context.settings().data_dir / "municipalities" / "niedersachsen.csv"


def _websites_file() -> Path:
    return context.settings().data_dir / "municipalities" / "websites.csv"


def _reference_websites_file() -> Path:
    return context.settings().data_dir / "municipalities" / "reference_websites.csv"


REFERENCE_PROVENANCE = "Wikidata P856 (official website) via EsMa001/Ratsmonitor nds-sources.json, checked 2026-10"


@app.command("import")
def import_(source: Path = typer.Argument(..., help="Destatis GV extract for one state (CSV).")) -> None:
    """Convert a Destatis Gemeindeverzeichnis extract into the project's registry file."""
    counts = import_registry(source, _registry_file())
    output.line(f"wrote {_registry_file()}: " + ", ".join(f"{count} {kind}" for kind, count in counts.items()))


@app.command()
def load() -> None:
    """Load the registry file and the bundled websites file into the database (idempotent)."""
    with transaction(context.sessions()) as session:
        counts = load_registry(session, _registry_file())
        reference = _reference_websites_file()
        wanted = reference.is_file() and context.settings().reference_websites
        reference_counts = load_reference_websites(session, reference) if wanted else None
        website_counts = import_websites(session, _websites_file()) if _websites_file().is_file() else None
        known = website_count(session)
    output.line(f"municipalities: {counts}")
    if reference_counts is not None:
        output.line(f"reference websites from {reference.name}: {reference_counts} (hand-set and imported URLs win)")
    if website_counts is not None:
        output.line(f"websites from {_websites_file().name}: {website_counts}")
    output.line(
        f"{known} municipalities have a website URL"
        + ("" if known else " – none are known yet: `municipalities set-website`, `import-websites` or `discover`")
    )


@app.command("list")
def list_(
    type_: list[str] = typer.Option([], "--type", help=f"One of: {', '.join(MUNICIPALITY_TYPES)}."),
    kreis: str = typer.Option("", help="Landkreis name part or 5-digit key."),
    name: str = typer.Option("", help="Name part."),
    state: str = typer.Option("", help="Two-letter state code, e.g. NI."),
) -> None:
    """List municipalities, filtered."""
    with context.sessions()() as session:
        found = list_municipalities(session, types=type_, kreis=kreis, name=name, state=state)
        rows = [
            (
                m.ars,
                m.ags or "",
                m.name,
                m.type,
                m.samtgemeinde.name if m.samtgemeinde else "",
                m.population or "",
                m.website or "–",
            )
            for m in found
        ]
    output.table(
        f"{len(rows)} municipalities",
        ["ARS", "AGS", "Name", "Typ", "Samtgemeinde", "Einwohner", "Website"],
        rows,
    )


@app.command()
def show(key: str = typer.Argument(..., help="ARS (12 digits) or AGS (8 digits; 5 for a Kreis).")) -> None:
    """Show one municipality with its parents and website."""
    with context.sessions()() as session:
        municipality = find_municipality(session, key)
        for label, value in _facts(municipality):
            output.line(f"{label:<14} {value}")


def _facts(m: Municipality) -> list[tuple[str, object]]:
    website = m.website or "unknown (set it with `municipalities set-website`)"
    source = f" ({m.website_source}, confidence {m.website_confidence:.2f})" if m.website else ""
    return [
        ("Name", m.name),
        ("Typ", f"{m.type} ({m.designation})"),
        ("ARS", m.ars),
        ("AGS", m.ags or "–"),
        ("Land", m.state),
        ("Landkreis", m.kreis.name if m.kreis else "–"),
        ("Samtgemeinde", m.samtgemeinde.name if m.samtgemeinde else "–"),
        ("Einwohner", m.population or "–"),
        ("Website", website + source),
    ]


@app.command("set-website")
def set_website_(
    key: str = typer.Argument(..., help="ARS or AGS."),
    url: str = typer.Argument(..., help="Official website, e.g. https://www.bothel.de"),
) -> None:
    """Set a municipality's website by hand (discovery never overwrites it)."""
    with transaction(context.sessions()) as session:
        municipality = find_municipality(session, key)
        stored = set_website(session, municipality, url, source="manual")
        output.line(f"{municipality.name} ({municipality.ars}): website {stored}")


@app.command("import-websites")
def import_websites_(csv_file: Path = typer.Argument(..., help="CSV with columns ars, website.")) -> None:
    """Set websites from a CSV file (e.g. one corrected in a spreadsheet)."""
    with transaction(context.sessions()) as session:
        counts = import_websites(session, csv_file)
    output.line(f"websites: {counts}")


@app.command("import-reference-websites")
def import_reference_websites_(
    source: Path = typer.Argument(
        ..., help="CSV with columns key, key_type (ags8, gemeindeverband_ars9, kreis_ags5), name, website."
    ),
) -> None:
    """Carry a reference list of official websites into the project's data (`reference_websites.csv`)."""
    counts = import_reference_websites(source, _registry_file(), _reference_websites_file(), REFERENCE_PROVENANCE)
    written = f"{counts['written']} websites, {counts['unmatched']} keys not in the registry"
    output.line(f"wrote {_reference_websites_file()}: {written} – `municipalities load` sets them as reference")


@app.command("export-websites")
def export_websites_(csv_file: Path = typer.Argument(..., help="Where to write the CSV.")) -> None:
    """Write all municipalities with their website (empty where unknown) to a CSV file."""
    with context.sessions()() as session:
        count = export_websites(session, csv_file)
    output.line(f"wrote {count} rows to {csv_file}")


@app.command()
def stats() -> None:
    """Counts per type, and how many have a website."""
    with context.sessions()() as session:
        counts = registry_counts(session)
        known = website_count(session)
    output.table(
        "Municipality registry",
        ["Typ", "Anzahl"],
        [(kind, counts.get(kind, 0)) for kind in MUNICIPALITY_TYPES],
    )
    kreise = counts.get("landkreis", 0) + counts.get("kreisfreie_stadt", 0)
    gemeinden = sum(
        counts.get(kind, 0)
        for kind in ("stadt", "gemeinde", "mitgliedsgemeinde", "gemeindefreies_gebiet", "kreisfreie_stadt")
    )
    output.line(
        f"{kreise} Kreise/kreisfreie Städte, {counts.get('samtgemeinde', 0)} Samtgemeinden, "
        f"{gemeinden} Gemeinden (incl. kreisfreie Städte and gemeindefreie Gebiete); {known} with website"
    )


def _website_report() -> None:
    with context.sessions()() as session:
        sources = website_sources(session)
    total = sum(sources.values())
    known = total - sources.get("none", 0)
    rows = [(source, count) for source, count in sorted(sources.items(), key=lambda item: -item[1])]
    output.table("Websites nach Herkunft", ["Herkunft", "Kommunen"], rows)
    output.line(f"{known} von {total} Kommunen haben eine Website")


@app.command()
def discover(
    ars: list[str] = typer.Option([], "--ars", help="ARS/AGS to look up (repeatable)."),
    type_: list[str] = typer.Option([], "--type", help=f"One of: {', '.join(MUNICIPALITY_TYPES)}."),
    kreis: str = typer.Option("", help="Landkreis name part or 5-digit key."),
    limit: int = typer.Option(None, "--limit", min=1, help="Look up at most this many."),
    concurrency: int = typer.Option(8, "--concurrency", min=1, help="Municipalities looked up at once."),
    redo: bool = typer.Option(False, "--redo", help="Also municipalities that already have a discovered URL."),
    report: bool = typer.Option(False, "--report", help="Only say how many units have a website, by source."),
) -> None:
    """Propose official websites from common host-name patterns; store those whose pages name the municipality."""
    if report:
        _website_report()
        return
    import asyncio

    from crawler.usecases.discovery import discover_all, store_discoveries

    settings, sessions = context.settings(), context.sessions()
    with sessions() as session:
        found = (
            [find_municipality(session, key) for key in ars]
            if ars
            else list_municipalities(
                session,
                types=type_ or [kind for kind in MUNICIPALITY_TYPES if kind != "gemeindefreies_gebiet"],
                kreis=kreis,
            )
        )
    todo = [item for item in found if not item.website or (redo and item.website_source == "discovered")]
    todo = todo[:limit] if limit else todo
    output.progress(f"{len(todo)} Kommunen ohne Website werden gesucht …")
    discoveries = asyncio.run(
        discover_all(
            todo,
            settings,
            concurrency,
            lambda d: output.progress(f"{d.name} ({d.ars}): {d.url or 'nicht gefunden'}"),
        )
    )
    store_discoveries(sessions, discoveries)
    rows = [
        (
            d.ars,
            d.name,
            d.url or "–",
            f"{d.confidence:.2f}" if d.url else "",
            "ja" if d.stored else "nein",
            d.note,
        )
        for d in discoveries
    ]
    output.table("Website-Suche", ["ARS", "Name", "Website", "Konfidenz", "gespeichert", "Hinweis"], rows)
    output.line(f"{sum(d.stored for d in discoveries)} von {len(discoveries)} Websites gespeichert")
