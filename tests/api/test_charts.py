"""The SVG charts: one mark per figure, text escaped, the map's orientation and the coverage colours."""

from __future__ import annotations

import re

import pytest
from lxml import etree

from api.charts import (
    COVERAGE_STEPS,
    NO_COVERAGE,
    Bar,
    Dot,
    Segment,
    bar_chart,
    coverage_colour,
    dot_map,
    stacked_bars,
    strip_plot,
)


def _marks(svg: str) -> list[etree._Element]:
    root = etree.fromstring(svg.encode())
    return [element for element in root.iter() if element.get("class") == "mark"]


def test_bar_chart_has_one_mark_per_bar_and_escapes_labels() -> None:
    svg = bar_chart("t", "Test", [Bar("Hund & Katze <neu>", 3, "drei"), Bar("Kfz", 1, "eins")])
    marks = _marks(svg)
    assert len(marks) == 2
    assert float(marks[0].get("width") or 0) == pytest.approx(3 * float(marks[1].get("width") or 0))
    assert "Hund &amp; Katze &lt;neu&gt;" in svg


def test_stacked_bars_skip_empty_segments() -> None:
    rows = [("Familie & Kind", [Segment(2, "#000", "a"), Segment(0, "#111", "b"), Segment(1, "#222", "c")])]
    assert len(_marks(stacked_bars("s", "Test", rows))) == 2


def test_strip_axis_ends_where_the_shares_fit() -> None:
    svg = strip_plot("c", "Vergleich", [(0.02, "A", False), (0.08, "B", True)], median=0.05)
    # The axis ends at 10 %: B sits at 80 % of the span, and the ticks say so.
    left, span = 24, 640 - 2 * 24
    highlighted = next(mark for mark in _marks(svg) if mark.get("r") == "9")
    assert float(highlighted.get("cx") or 0) == pytest.approx(left + span * 0.8, abs=0.1)
    assert ">10 %<" in svg and ">2,5 %<" in svg


def test_map_puts_north_up_and_east_right_and_links_each_dot() -> None:
    # Cuxhaven lies north-west of Göttingen.
    cuxhaven = Dot(53.86, 8.69, "#fff", "Cuxhaven", "/report/033520011011")
    goettingen = Dot(51.54, 9.93, "#fff", "Göttingen", "/report/031590016016")
    svg = dot_map("map", "Karte", [cuxhaven, goettingen], places=[(52.37, 9.73)])
    north, south = _marks(svg)
    assert float(north.get("cy") or 0) < float(south.get("cy") or 0)
    assert float(north.get("cx") or 0) < float(south.get("cx") or 0)
    assert re.findall(r'<a href="([^"]+)"', svg) == ["/report/033520011011", "/report/031590016016"]


@pytest.mark.parametrize(
    ("share", "colour"),
    [(None, NO_COVERAGE), (0.0, COVERAGE_STEPS[0][1]), (0.3, COVERAGE_STEPS[2][1]), (1.0, COVERAGE_STEPS[4][1])],
)
def test_coverage_colour_steps(share: float | None, colour: str) -> None:
    assert coverage_colour(share) == colour
