"""Charts as inline SVG written on the server: no script, no font, no request; every mark has class "mark"."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

# Okabe-Ito-like, distinguishable with colour blindness; text on them is dark or white as contrast needs.
LEVEL_COLOURS = {0: "#b8b8b8", 1: "#e69f00", 2: "#f0e442", 3: "#56b4e9", 4: "#0072b2"}
# Coverage steps for map dots, light to dark (ColorBrewer YlGnBu, five classes).
COVERAGE_STEPS = ((0.0, "#ffffcc"), (0.1, "#a1dab4"), (0.25, "#41b6c4"), (0.5, "#2c7fb8"), (0.75, "#253494"))
NO_COVERAGE = "#ffffff"
STRIP_ENDS = (0.1, 0.25, 0.5, 1.0)
FONT = 'font-family="sans-serif" font-size="12"'


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    title: str
    colour: str = "#0072b2"


@dataclass(frozen=True)
class Segment:
    value: int
    colour: str
    title: str


@dataclass(frozen=True)
class Dot:
    """A map dot: position in degrees, colour, hover text, and where a click leads."""

    latitude: float
    longitude: float
    colour: str
    title: str
    href: str
    square: bool = False


def coverage_colour(share: float | None) -> str:
    if share is None:
        return NO_COVERAGE
    colour = COVERAGE_STEPS[0][1]
    for floor, step_colour in COVERAGE_STEPS:
        if share >= floor:
            colour = step_colour
    return colour


def _svg(name: str, width: int, height: int, label: str, body: str) -> Markup:
    """The chart element; its label names the table behind it, which holds the same figures."""
    return Markup(
        f'<svg data-chart="{escape(name)}" role="img" aria-label="{escape(label)}" viewBox="0 0 {width} {height}" '
        f'width="100%" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">'
        f"<title>{escape(label)}</title>{body}</svg>"
    )


def bar_chart(
    name: str, label: str, bars: Sequence[Bar], *, maximum: float | None = None, percent: bool = False
) -> Markup:
    """Horizontal bars, one row each, label left and value right."""
    row, left, width = 22, 240, 640
    top = max([maximum or 0.0, *(bar.value for bar in bars)]) or 1.0
    parts = []
    for index, bar in enumerate(bars):
        y = index * row + 4
        length = (width - left - 70) * bar.value / top
        value = f"{bar.value * 100:.0f} %" if percent else f"{bar.value:g}"
        parts.append(
            f'<text x="{left - 6}" y="{y + 13}" text-anchor="end" {FONT}>{escape(_short(bar.label, 32))}</text>'
            f'<rect class="mark" x="{left}" y="{y}" width="{length:.1f}" height="{row - 6}" fill="{bar.colour}">'
            f"<title>{escape(bar.title)}</title></rect>"
            f'<text x="{left + length + 4:.1f}" y="{y + 13}" {FONT}>{escape(value)}</text>'
        )
    return _svg(name, width, max(len(bars), 1) * row + 8, label, "".join(parts))


def stacked_bars(name: str, label: str, rows: Sequence[tuple[str, Sequence[Segment]]]) -> Markup:
    """One horizontal bar per row, its segments stacked left to right; empty segments draw nothing."""
    row, left, width = 24, 230, 640
    top = max((sum(segment.value for segment in segments) for _, segments in rows), default=0) or 1
    scale = (width - left - 40) / top
    parts = []
    for index, (row_label, segments) in enumerate(rows):
        y, x = index * row + 4, float(left)
        parts.append(
            f'<text x="{left - 6}" y="{y + 14}" text-anchor="end" {FONT}>{escape(_short(row_label, 34))}</text>'
        )
        for segment in segments:
            if segment.value:
                length = segment.value * scale
                parts.append(
                    f'<rect class="mark" x="{x:.1f}" y="{y}" width="{length:.1f}" height="{row - 6}" '
                    f'fill="{segment.colour}" stroke="#333" stroke-width="0.5">'
                    f"<title>{escape(segment.title)}</title></rect>"
                )
                x += length
        parts.append(f'<text x="{x + 4:.1f}" y="{y + 14}" {FONT}>{sum(s.value for s in segments)}</text>')
    return _svg(name, width, max(len(rows), 1) * row + 8, label, "".join(parts))


def strip_plot(name: str, label: str, dots: Sequence[tuple[float, str, bool]], median: float | None) -> Markup:
    """Shares on one axis: a circle per municipality, the highlighted one larger, the median a dashed line. The axis
    ends at 10, 25, 50 or 100 %, whichever first holds every dot, so low shares do not sit on one spot."""
    left, width, axis_y = 24, 640, 40
    span = width - 2 * left
    top = next((end for end in STRIP_ENDS if all(share <= end for share, _, _ in dots)), 1.0)
    parts = [f'<line x1="{left}" y1="{axis_y}" x2="{width - left}" y2="{axis_y}" stroke="#555"/>']
    for quarter in range(5):
        x = left + span * quarter / 4
        tick = f"{top * quarter / 4 * 100:g} %".replace(".", ",")
        parts.append(f'<text x="{x:.1f}" y="{axis_y + 30}" text-anchor="middle" {FONT}>{tick}</text>')
    if median is not None:
        x = left + span * median / top
        parts.append(
            f'<line x1="{x:.1f}" y1="{axis_y - 22}" x2="{x:.1f}" y2="{axis_y + 14}" stroke="#d55e00" '
            f'stroke-width="2" stroke-dasharray="4 2"><title>Median {median * 100:.1f} %</title></line>'
        )
    for share, title, highlighted in sorted(dots, key=lambda dot: dot[2]):
        radius, fill = (9, "#d55e00") if highlighted else (6, "#0072b2")
        parts.append(
            f'<circle class="mark" cx="{left + span * share / top:.1f}" cy="{axis_y}" r="{radius}" fill="{fill}" '
            f'fill-opacity="0.8" stroke="#fff"><title>{escape(title)}</title></circle>'
        )
    return _svg(name, width, 80, label, "".join(parts))


def line_chart(name: str, label: str, points: Sequence[tuple[str, float, str]], *, percent: bool = False) -> Markup:
    """Values over runs: a line through one circle per run, the run named below."""
    left, width, height, bottom = 50, 640, 200, 30
    top = max((value for _, value, _ in points), default=0.0) or 1.0
    step = (width - left - 30) / max(len(points) - 1, 1)
    coordinates = [
        (left + index * step, height - bottom - (height - bottom - 20) * value / top)
        for index, (_, value, _) in enumerate(points)
    ]
    top_text = f"{top * 100:.0f} %" if percent else f"{top:g}"
    parts = [
        f'<line x1="{left}" y1="{height - bottom}" x2="{width - 20}" y2="{height - bottom}" stroke="#555"/>',
        f'<text x="{left - 6}" y="24" text-anchor="end" {FONT}>{escape(top_text)}</text>',
        f'<text x="{left - 6}" y="{height - bottom}" text-anchor="end" {FONT}>0</text>',
    ]
    if len(coordinates) > 1:
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in coordinates)
        parts.append(f'<polyline points="{path}" fill="none" stroke="#0072b2" stroke-width="2"/>')
    for (run_label, _, title), (x, y) in zip(points, coordinates, strict=True):
        parts.append(
            f'<circle class="mark" cx="{x:.1f}" cy="{y:.1f}" r="5" fill="#0072b2">'
            f"<title>{escape(title)}</title></circle>"
            f'<text x="{x:.1f}" y="{height - 10}" text-anchor="middle" {FONT}>{escape(run_label)}</text>'
        )
    return _svg(name, width, height, label, "".join(parts))


def dot_map(name: str, label: str, dots: Sequence[Dot], places: Sequence[tuple[float, float]] = ()) -> Markup:
    """Dots placed by longitude and latitude (equirectangular, shrunk east-west by the cosine of the mean latitude),
    each a link, over faint places (latitude, longitude) that show the area; no tiles, nothing from outside."""
    width, pad = 640, 16
    spots = [*places, *((dot.latitude, dot.longitude) for dot in dots)]
    if not spots:
        return _svg(name, width, 60, label, f'<text x="20" y="30" {FONT}>Keine Gemeinden mit Koordinaten</text>')
    lat_low, lat_high = min(spot[0] for spot in spots), max(spot[0] for spot in spots)
    lon_low, lon_high = min(spot[1] for spot in spots), max(spot[1] for spot in spots)
    squeeze = math.cos(math.radians((lat_low + lat_high) / 2))
    span_x = max((lon_high - lon_low) * squeeze, 0.05)
    span_y = max(lat_high - lat_low, 0.05)
    scale = (width - 2 * pad) / max(span_x, span_y)
    height = int(span_y * scale + 2 * pad)
    parts = [
        f'<circle cx="{pad + (longitude - lon_low) * squeeze * scale:.1f}" '
        f'cy="{pad + (lat_high - latitude) * scale:.1f}" r="1.6" fill="#c8c8c8"/>'
        for latitude, longitude in places
    ]
    for dot in sorted(dots, key=lambda item: item.square, reverse=True):  # Kreise and Samtgemeinden below
        x = pad + (dot.longitude - lon_low) * squeeze * scale
        y = pad + (lat_high - dot.latitude) * scale
        parts.append(f'<a href="{escape(dot.href)}">{_map_mark(x, y, dot)}</a>')
    return _svg(name, width, height, label, "".join(parts))


def _map_mark(x: float, y: float, dot: Dot) -> str:
    title = f"<title>{escape(dot.title)}</title>"
    if dot.square:
        return (
            f'<rect class="mark" x="{x - 7:.1f}" y="{y - 7:.1f}" width="14" height="14" fill="{dot.colour}" '
            f'stroke="#333" stroke-width="1.5">{title}</rect>'
        )
    return f'<circle class="mark" cx="{x:.1f}" cy="{y:.1f}" r="6" fill="{dot.colour}" stroke="#333">{title}</circle>'


def _short(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"
