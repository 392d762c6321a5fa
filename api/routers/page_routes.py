"""HTML pages in German: a municipality's report card and the statewide dashboard, drawn on the server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from api.charts import COVERAGE_STEPS, LEVEL_COLOURS
from api.deps import PlatformsDep, SessionDep
from api.errors import one_line, status_of
from api.pictures import (
    CHANGE_LABELS,
    DECISION_LABELS,
    PROVIDER_LABELS,
    TYPE_LABELS,
    dashboard_charts,
    german_date,
    number,
    percent,
    report_charts,
)
from catalog.errors import UserError
from catalog.results.dashboard import dashboard
from catalog.results.report_card import report_card
from catalog.vocabulary import MATURITY_LABELS

router = APIRouter(tags=["pages"], include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).resolve().parent.parent / "templates")
templates.env.globals.update(
    percent=percent,
    number=number,
    date=german_date,
    types=TYPE_LABELS,
    providers=PROVIDER_LABELS,
    change_labels=CHANGE_LABELS,
    decisions=DECISION_LABELS,
    colours=LEVEL_COLOURS,
    labels=MATURITY_LABELS,
    steps=COVERAGE_STEPS,
)


@router.get("/report/{key}", response_class=HTMLResponse)
def report_page(
    key: str, request: Request, session: SessionDep, platforms: PlatformsDep, run: int | None = None
) -> HTMLResponse:
    """A municipality's report card (by ARS or AGS), from its latest screening or the one of `run`."""
    try:
        card = report_card(session, key, platforms, run)
    except UserError as error:
        return _error_page(request, error, "Kein Steckbrief")
    return templates.TemplateResponse(request, "report.html", {"card": card, "charts": report_charts(card)})


@router.get("/dashboard", response_class=HTMLResponse)
def dashboard_page(
    request: Request, session: SessionDep, kreis: str = "", type: str = "", run: int | None = None
) -> HTMLResponse:
    """The statewide dashboard, filtered by Kreis (5-digit key) and type; the filters stay in the URL."""
    try:
        board = dashboard(session, kreis=kreis, type=type, run_id=run)
    except UserError as error:
        return _error_page(request, error, "Ungültiger Filter")
    context: dict[str, Any] = {"board": board, "charts": dashboard_charts(board), "run_param": run}
    return templates.TemplateResponse(request, "dashboard.html", context)


def _error_page(request: Request, error: UserError, heading: str) -> HTMLResponse:
    """The same one line as the JSON API gives, on a page with the way back."""
    context = {"heading": heading, "message": one_line(str(error))}
    return templates.TemplateResponse(request, "error.html", context, status_code=status_of(error))
