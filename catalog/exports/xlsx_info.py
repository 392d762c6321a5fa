"""The workbook's Info sheet: what the export covers, its filters, versions and the legend of the levels."""

from __future__ import annotations

from xlsxwriter.worksheet import Worksheet

from catalog.exports.csv_dialects import utc
from catalog.exports.xlsx_styles import Styles
from catalog.results.exports import ExportInfo
from catalog.vocabulary import Provider

PROVIDERS = {
    Provider.SELF: "die Kommune selbst (ihre eigene Website)",
    Provider.SAMTGEMEINDE: "ihre Samtgemeinde (für eine Mitgliedsgemeinde)",
    Provider.LANDKREIS: "ihr Landkreis (Aufgaben des Landkreises)",
}


def write_info(worksheet: Worksheet, styles: Styles, info: ExportInfo, *, cut_rows: int = 0) -> None:
    """Label and value, one per line, then the level legend in the levels' colours."""
    worksheet.set_column(0, 0, 30)
    worksheet.set_column(1, 1, 70)
    lines = _facts(info)
    if cut_rows:
        lines.append(
            ("Hinweis", f"Leistungen: {cut_rows} Zeilen passten nicht mehr in das Blatt; die CSV ist vollständig")
        )
    for row, (label, value) in enumerate(lines):
        worksheet.write_string(row, 0, label, styles.label)
        worksheet.write_string(row, 1, value)
    row = len(lines) + 1
    worksheet.write_string(row, 0, "Reifegrade", styles.label)
    for level, meaning in sorted(info.legend.items()):
        worksheet.write_number(row + 1 + level, 0, level, styles.levels[level])
        worksheet.write_string(row + 1 + level, 1, meaning)
    row += len(info.legend) + 2
    worksheet.write_string(row, 0, "Angeboten von", styles.label)
    for offset, (provider, meaning) in enumerate(PROVIDERS.items(), start=1):
        worksheet.write_string(row + offset, 0, provider.value)
        worksheet.write_string(row + offset, 1, meaning)


def _facts(info: ExportInfo) -> list[tuple[str, str]]:
    filters = info.filters
    return [
        ("Export", "OZG-Screening: Reifegrad der OZG-Leistungen je Kommune"),
        ("Erstellt am (UTC)", _moment(info)),
        ("Grundlage", _basis(info)),
        ("Land", filters.state.upper() or "alle"),
        ("Landkreis", filters.kreis or "alle"),
        ("Art", ", ".join(filters.types) or "alle"),
        ("Themenfeld", info.themenfeld or "alle"),
        ("Kommunen", str(info.municipalities)),
        ("OZG-Katalog", f"{info.catalog_services} OZG-Leistungen (KDN-Katalog, Stand 2019)"),
        ("Bewertungsregeln", ", ".join(info.scoring_versions) or "–"),
    ]


def _moment(info: ExportInfo) -> str:
    return utc(info.created_at).strftime("%Y-%m-%d %H:%M:%S")


def _basis(info: ExportInfo) -> str:
    if info.run is None:
        return "je Kommune ihre neueste abgeschlossene Prüfung (Datum in der Spalte „Geprüft am“)"
    started = utc(info.run.started_at).strftime("%Y-%m-%d %H:%M")
    return f"Lauf {info.run.id} vom {started} UTC ({info.run.kind}, Status {info.run.status})"
