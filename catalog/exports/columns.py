"""The exports' columns: stable machine names (CSV headers) and the German names the workbook shows."""

from __future__ import annotations

LONG_COLUMNS = (
    "ars",
    "name",
    "type",
    "kreis",
    "samtgemeinde",
    "ozg_id",
    "service",
    "themenfeld",
    "lebenslage",
    "level",
    "level_label",
    "provided_by",
    "confidence",
    "evidence_url",
    "evidence_rule",
    "screened_at",
    "run_id",
    # Added after the columns the issue lists: why a municipality has a row without a service.
    "status",
)
# The matrix's fixed columns; one column per OZG-ID follows. screened_at and run_id say which screening a row shows.
MATRIX_COLUMNS = (
    "ars",
    "name",
    "type",
    "kreis",
    "status",
    "coverage_expected",
    "coverage_online",
    "coverage_share",
    "screened_at",
    "run_id",
)
# The workbook's "Kommunen" sheet: one row per municipality, services per level and coverage.
MUNICIPALITY_COLUMNS = (
    "ars",
    "name",
    "type",
    "kreis",
    "samtgemeinde",
    "status",
    "level_0",
    "level_1",
    "level_2",
    "level_3",
    "level_4",
    "coverage_expected",
    "coverage_online",
    "coverage_share",
    "screened_at",
    "run_id",
)

GERMAN_NAMES = {
    "ars": "ARS",
    "name": "Name",
    "type": "Art",
    "kreis": "Landkreis",
    "samtgemeinde": "Samtgemeinde",
    "ozg_id": "OZG-ID",
    "service": "OZG-Leistung",
    "themenfeld": "Themenfeld",
    "lebenslage": "Lebenslage",
    "level": "Reifegrad",
    "level_label": "Reifegrad (Bedeutung)",
    "provided_by": "Angeboten von",
    "confidence": "Sicherheit",
    "evidence_url": "Beleg (URL)",
    "evidence_rule": "Regel",
    "screened_at": "Geprüft am (UTC)",
    "run_id": "Lauf",
    "status": "Status",
    "coverage_expected": "Erwartete Leistungen",
    "coverage_online": "Davon online",
    "coverage_share": "Abdeckung",
    "level_0": "Stufe 0 (erwartet, nicht gefunden)",
    "level_1": "Stufe 1",
    "level_2": "Stufe 2",
    "level_3": "Stufe 3",
    "level_4": "Stufe 4",
}


def german(column: str) -> str:
    return GERMAN_NAMES.get(column, column)
