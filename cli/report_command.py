"""`ozg-screen report`: a municipality's report card in the terminal, or as a PDF printed by headless Chromium."""

from __future__ import annotations

from pathlib import Path

import typer

from api.pictures import DECISION_LABELS
from catalog.results.report_documents import RegisteredGap, ReportCard, ReportService
from catalog.vocabulary import MATURITY_LABELS
from cli import context, output

PROVIDERS = {"self": "selbst", "samtgemeinde": "Samtgemeinde", "landkreis": "Landkreis"}


def report(
    key: str = typer.Argument(..., help="ARS (12 digits) or AGS (8 digits) of a screened municipality."),
    pdf: Path = typer.Option(None, "--pdf", help="Write the report card as an A4 PDF to this file."),
    run: int = typer.Option(None, "--run", min=1, help="Use the screening of this run (default: the latest)."),
    as_json: bool = typer.Option(False, "--json", help="Print the report card as one JSON document on stdout."),
) -> None:
    """A municipality's report card: levels, coverage, comparison, services, gaps, changes."""
    from catalog.reference.platforms import PlatformRegistry
    from catalog.results.report_card import report_card

    settings = context.settings()
    platforms = PlatformRegistry.from_file(settings.data_dir / "platforms.toml")
    with context.sessions()() as session:
        card = report_card(session, key, platforms, run)
    if as_json:
        output.json_document(card)
    elif pdf is None:
        print_card(card)
    if pdf is not None:
        _write_pdf(card, pdf, run)


def _write_pdf(card: ReportCard, target: Path, run: int | None) -> None:
    from cli.report_pdf import local_app, print_pdf
    from crawler.components.render import find_chromium

    settings = context.settings()
    chromium = find_chromium(settings.chromium_path)
    query = f"?run={run}" if run is not None else ""
    with local_app(settings) as base_url:
        refused = print_pdf(f"{base_url}/report/{card.header.ars}{query}", target, chromium)
    output.progress(f"wrote {target}" + (f" ({len(refused)} outside requests refused)" if refused else ""))


def print_card(card: ReportCard) -> None:
    """The compact terminal version: header, figures, services, gaps and changes."""
    header = card.header
    output.line(f"{header.name} ({header.designation or header.type}, ARS {header.ars})")
    parents = ", ".join(part for part in (header.samtgemeinde and f"SG {header.samtgemeinde}", header.kreis) if part)
    output.line(f"{parents or '-'} · {header.population or '-'} Einwohner · {header.website or '-'}")
    output.line(f"Screening: Lauf {header.run_id}, {header.screened_at:%d.%m.%Y}" if header.screened_at else "")
    output.line("Reifegrade: " + ", ".join(f"{item.level}: {item.count}" for item in card.levels))
    if card.coverage is not None:
        output.line(f"Abdeckung: {card.coverage.online} von {card.coverage.expected} erwarteten Leistungen online")
    if card.comparison is not None:
        median = card.comparison.median_share
        output.line(
            f"Vergleich ({card.comparison.municipalities}, {card.comparison.size_class} Einwohner): "
            f"Median {_percent(median)}, Platz {card.comparison.rank or '-'}"
        )
    rows = [
        (MATURITY_LABELS[row.level], row.ozg_id, row.name, row.themenfeld, PROVIDERS[row.provided_by], _review(row))
        for row in card.services
    ]
    output.table("Leistungen", ["Stufe", "OZG-ID", "Leistung", "Themenfeld", "von", "geprüft"], rows)
    gaps = [(gap.ozg_id, gap.name, f"{gap.offered_by} von {gap.comparable}", gap.example) for gap in card.gaps]
    if gaps:
        output.table("Lücken", ["OZG-ID", "Leistung", "online bei", "z. B."], gaps)
    else:
        output.line("Lücken: keine gegenüber vergleichbaren Kommunen.")
    _print_registered(card)
    _print_changes(card)


def _review(row: ReportService) -> str:
    """Who settled the level and what scoring gave: "Stufe gesetzt, A. Prüfer (automatisch 2)"."""
    if row.override is None:
        return ""
    kind = DECISION_LABELS.get(row.override.kind, row.override.kind)
    return f"{kind}, {row.override.author} (automatisch {row.override.automatic_maturity})"


def _print_registered(card: ReportCard) -> None:
    """Registered versus seen in three lines; the services by OZG-ID, as `registered compare` lists them."""
    seen = card.registered
    if seen is None:
        return
    output.line(f"Registriert vs. auffindbar ({', '.join(seen.sources)}): {seen.registered_online} registriert online")
    output.line("  registriert, nicht auffindbar: " + _services(seen.registered_not_found))
    output.line("  auffindbar, nicht registriert: " + _services(seen.found_not_registered))


def _services(entries: list[RegisteredGap]) -> str:
    return ", ".join(f"{entry.ozg_id} {entry.name}" for entry in entries) or "keine"


def _percent(share: float | None) -> str:
    return "-" if share is None else f"{share * 100:.1f} %".replace(".", ",")


def _print_changes(card: ReportCard) -> None:
    changes = card.changes
    if changes.previous_run_id is None:
        output.line("Kein früheres Screening.")
        return
    groups = (("online", changes.online), ("höher", changes.up), ("niedriger", changes.down), ("tot", changes.dead))
    rows = [
        (title, change.kind, f"{change.ozg_id} {change.service}".strip(), change.before, change.after, change.detail)
        for title, items in groups
        for change in items
    ]
    output.table(f"Seit Lauf {changes.previous_run_id}", ["", "Art", "Leistung", "vorher", "jetzt", ""], rows)
