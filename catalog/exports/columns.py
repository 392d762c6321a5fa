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
    # Added for the review (issue 14): the analyst's decision behind the value, and what the registers say.
    *("override", "override_by", "override_reason", "automatic_level"),
    *("registered", "registered_url"),
)
# Registered versus seen per municipality (issue 14), as `ozg-screen registered compare` counts it.
REGISTERED_COLUMNS = ("registered_online", "registered_not_found", "found_not_registered")
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
    *REGISTERED_COLUMNS,
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
    *REGISTERED_COLUMNS,
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
    "override": "Prüfung",
    "override_by": "Geprüft von",
    "override_reason": "Begründung",
    "automatic_level": "Reifegrad (automatisch)",
    "registered": "Registriert",
    "registered_url": "Registrierte URL",
    "registered_online": "Registriert online",
    "registered_not_found": "Registriert, nicht auffindbar",
    "found_not_registered": "Auffindbar, nicht registriert",
}


def german(column: str) -> str:
    return GERMAN_NAMES.get(column, column)
