"""The workbook's look: header and level formats, colours for the levels 0 to 4, column widths."""

from __future__ import annotations

from dataclasses import dataclass

from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook

# From grey (nothing found) through orange and yellow to greens (online, fully digital).
LEVEL_COLOURS = {0: "#D9D9D9", 1: "#F4B183", 2: "#FFE699", 3: "#A9D18E", 4: "#548235"}
LEVEL_FONT_COLOURS = {4: "#FFFFFF"}
MOMENT_FORMAT = "yyyy-mm-dd hh:mm:ss"

COLUMN_WIDTHS = {
    "ars": 14,
    "name": 28,
    "type": 17,
    "kreis": 22,
    "samtgemeinde": 20,
    "ozg_id": 9,
    "service": 45,
    "themenfeld": 30,
    "lebenslage": 30,
    "level": 10,
    "level_label": 22,
    "provided_by": 14,
    "confidence": 10,
    "evidence_url": 55,
    "evidence_rule": 24,
    "screened_at": 20,
    "run_id": 7,
    "status": 12,
    "override": 11,
    "override_by": 16,
    "override_reason": 40,
    "automatic_level": 12,
    "registered": 11,
    "registered_url": 45,
    "coverage_expected": 12,
    "coverage_online": 12,
    "coverage_share": 11,
}
SERVICE_COLUMN_WIDTH = 6  # a matrix cell holds one digit; the header is turned upright
SERVICE_HEADER_HEIGHT = 160


@dataclass(frozen=True)
class Styles:
    header: Format
    upright_header: Format
    moment: Format
    share: Format
    confidence: Format
    levels: dict[int, Format]
    label: Format

    def level(self, level: int | None) -> Format | None:
        return None if level is None else self.levels.get(level)


def workbook_styles(workbook: Workbook) -> Styles:
    header = {"bold": True, "bg_color": "#DDEBF7", "bottom": 1, "text_wrap": True, "valign": "top"}
    return Styles(
        header=workbook.add_format(header),
        upright_header=workbook.add_format({**header, "rotation": 90, "align": "center"}),
        moment=workbook.add_format({"num_format": MOMENT_FORMAT}),
        share=workbook.add_format({"num_format": "0.0%"}),
        confidence=workbook.add_format({"num_format": "0.000"}),
        levels={level: workbook.add_format(_level_format(level)) for level in LEVEL_COLOURS},
        label=workbook.add_format({"bold": True}),
    )


def _level_format(level: int) -> dict[str, object]:
    return {
        "bg_color": LEVEL_COLOURS[level],
        "font_color": LEVEL_FONT_COLOURS.get(level, "#000000"),
        "align": "center",
    }


def column_width(column: str) -> int:
    return COLUMN_WIDTHS.get(column, 12)
