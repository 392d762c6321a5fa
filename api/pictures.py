"""The charts of the report card and the dashboard, drawn from read-layer objects; German words for the pages."""

from __future__ import annotations

from datetime import datetime

from markupsafe import Markup

from api.charts import LEVEL_COLOURS, Bar, Dot, Segment, bar_chart, coverage_colour, dot_map, line_chart, stacked_bars
from api.charts import strip_plot as strip_chart
from catalog.results.dashboard_documents import Dashboard, GroupFigures, ServiceCount
from catalog.results.report_documents import ReportCard
from catalog.vocabulary import MATURITY_LABELS

TYPE_LABELS = {
    "landkreis": "Landkreis",
    "kreisfreie_stadt": "Kreisfreie Stadt",
    "stadt": "Stadt",
    "gemeinde": "Gemeinde",
    "samtgemeinde": "Samtgemeinde",
    "mitgliedsgemeinde": "Mitgliedsgemeinde",
    "gemeindefreies_gebiet": "Gemeindefreies Gebiet",
}
PROVIDER_LABELS = {"self": "selbst", "samtgemeinde": "Samtgemeinde", "landkreis": "Landkreis"}
DECISION_LABELS = {"confirm": "bestätigt", "reject": "abgelehnt", "set_level": "Stufe gesetzt"}
CHANGE_LABELS = {
    "newly_online": "neu online",
    "no_longer_online": "nicht mehr online",
    "level_up": "Stufe höher",
    "level_down": "Stufe niedriger",
    "new_service": "neu gefunden",
    "gone": "nicht mehr gefunden",
    "dead_link": "toter Link",
    "unreachable": "Website nicht erreichbar",
    "reachable_again": "Website wieder erreichbar",
}


def percent(share: float | None) -> str:
    """German notation: 12,5 %; a dash when there is nothing to divide by."""
    return "–" if share is None else f"{share * 100:.1f} %".replace(".", ",")


def german_date(moment: datetime | None) -> str:
    return "–" if moment is None else moment.strftime("%d.%m.%Y")


def number(value: float | int | None) -> str:
    if value is None:
        return "–"
    text = f"{value:,.1f}" if isinstance(value, float) and not value.is_integer() else f"{int(value):,}"
    return text.replace(",", "X").replace(".", ",").replace("X", ".")


def report_charts(card: ReportCard) -> dict[str, Markup]:
    """The report card's three charts: levels, the comparison strip, the Themenfelder."""
    levels = [
        Bar(
            MATURITY_LABELS[item.level], item.count, f"{item.label}: {item.count} Leistungen", LEVEL_COLOURS[item.level]
        )
        for item in card.levels
    ]
    median = card.comparison.median_share if card.comparison else None
    peers = [
        (peer.share, f"{peer.name}: {percent(peer.share)}", peer.ars == card.header.ars)
        for peer in (card.comparison.peers if card.comparison else [])
        if peer.share is not None
    ]
    themen = [
        (
            bar.themenfeld,
            [
                Segment(count, LEVEL_COLOURS[level], f"{bar.themenfeld}, {MATURITY_LABELS[level]}: {count}")
                for level, count in sorted(bar.levels.items())
            ],
        )
        for bar in card.themenfelder
    ]
    return {
        "levels": bar_chart("levels", "Gefundene Leistungen je Reifegrad", levels),
        "comparison": strip_chart("comparison", "Abdeckung im Vergleich mit vergleichbaren Kommunen", peers, median),
        "themenfelder": stacked_bars("themenfelder", "Leistungen je Themenfeld nach Reifegrad", themen),
    }


def dashboard_charts(board: Dashboard) -> dict[str, Markup]:
    """The dashboard's charts: map, the two distributions, the trend, the two rankings."""
    dots = [
        Dot(
            point.latitude,
            point.longitude,
            coverage_colour(point.share),
            f"{point.name} ({TYPE_LABELS.get(point.type, point.type)}): {percent(point.share)}, "
            f"{point.online} von {point.expected} erwarteten Leistungen online",
            f"/report/{point.ars}",
            square=point.type in ("landkreis", "samtgemeinde"),
        )
        for point in board.points
    ]
    trend_share = [
        (
            f"Lauf {point.run_id}",
            point.median_share or 0.0,
            f"Lauf {point.run_id}: Median {percent(point.median_share)}",
        )
        for point in board.trend
    ]
    trend_online = [
        (f"Lauf {point.run_id}", float(point.online_services), f"Lauf {point.run_id}: {point.online_services} online")
        for point in board.trend
    ]
    return {
        "map": dot_map(
            "map",
            "Karte: Gemeinden nach Online-Abdeckung",
            dots,
            [(place.latitude, place.longitude) for place in board.places],
        ),
        "by_type": _share_chart("by_type", "Median der Abdeckung je Typ", board.by_type, True),
        "by_size": _share_chart("by_size", "Median der Abdeckung je Größenklasse", board.by_size_class, False),
        "trend_share": line_chart("trend_share", "Median der Abdeckung je Lauf", trend_share, percent=True),
        "trend_online": line_chart("trend_online", "Erwartete Leistungen online, alle Kommunen, je Lauf", trend_online),
        "top_online": bar_chart(
            "top_online", "Die 20 am häufigsten online angebotenen Leistungen", _ranking(board.top_online)
        ),
        "top_missing": bar_chart(
            "top_missing",
            "Die 20 am häufigsten fehlenden erwarteten Leistungen",
            _ranking(board.top_missing, "#d55e00"),
        ),
    }


def _share_chart(name: str, label: str, groups: list[GroupFigures], by_type: bool) -> Markup:
    """Median coverage per group, on a scale to 100 %."""
    bars = [
        Bar(
            TYPE_LABELS.get(group.group, group.group) if by_type else group.group,
            group.median_share or 0.0,
            f"{group.group}: Median {percent(group.median_share)} ({group.municipalities} Kommunen)",
        )
        for group in groups
    ]
    return bar_chart(name, label, bars, maximum=1.0, percent=True)


def _ranking(services: list[ServiceCount], colour: str = "#0072b2") -> list[Bar]:
    return [
        Bar(
            service.name,
            service.count,
            f"{service.ozg_id} {service.name}: {service.count} von {service.out_of}",
            colour,
        )
        for service in services
    ]
