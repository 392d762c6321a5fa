"""`ozg-screen review`: the queue of findings to check, analysts' decisions, their undo and history."""

from __future__ import annotations

import getpass
from typing import TYPE_CHECKING

import typer
from rich.markup import escape

from catalog.database.engine import transaction
from catalog.vocabulary import MATURITY_LABELS, DecisionKind, QueueReason
from cli import context, output

if TYPE_CHECKING:
    from catalog.database.models import ReviewDecision
    from catalog.review.decisions import DecisionRequest
    from catalog.review.queue import QueueEntry

app = typer.Typer(help="Check uncertain findings and correct them; decisions last through every later run.")

REASON = typer.Option(..., "--reason", help="Why: shown with the result and kept in the history.")
AUTHOR = typer.Option(None, "--author", help="Who decides (default: the login name).")


@app.callback(invoke_without_command=True)
def queue(
    ctx: typer.Context,
    run_id: int = typer.Option(None, "--run", help="Run to review (default: the latest with results)."),
    ars: list[str] = typer.Option([], "--ars", help="Only these municipalities (repeatable)."),
    below: float = typer.Option(0.8, "--below", help="Confidence under which a finding is queued."),
    reason: list[QueueReason] = typer.Option([], "--why", help="Only entries queued for this reason (repeatable)."),
    limit: int = typer.Option(None, "--limit", min=1, help="Show at most this many entries."),
    as_json: bool = typer.Option(False, "--json", help="Print the queue as one JSON document."),
) -> None:
    """List the findings to check, online levels first, each with its evidence."""
    if ctx.invoked_subcommand is not None:
        return
    from catalog.review.queue import QueueFilter, review_queue

    with context.sessions()() as session:
        entries = review_queue(session, QueueFilter(run_id, ars, below, reason))
    shown = entries[:limit] if limit else entries
    if as_json:
        output.json_value([entry.model_dump(mode="json") for entry in shown])
        return
    for entry in shown:
        _print_entry(entry)
    output.line(f"{len(entries)} Einträge zu prüfen" + (f", {len(shown)} gezeigt" if len(shown) < len(entries) else ""))


def _print_entry(entry: QueueEntry) -> None:
    before = "" if entry.previous_maturity is None else f" (vorher {entry.previous_maturity})"
    output.line(
        f"{entry.ars or '-'} {entry.municipality} | {entry.ozg_id or '-'} {entry.service} | "
        f"Stufe {entry.maturity}{before}, Konfidenz {entry.confidence:.2f} | {', '.join(entry.reasons)}"
    )
    for item in entry.evidence:
        output.line(f"    {item.level} {item.kind}: {item.text[:80]} <{item.url}>")


@app.command()
def confirm(
    ars: str = typer.Argument(..., help="ARS of the municipality."),
    ozg_id: str = typer.Argument(..., help="OZG-ID of the service."),
    reason: str = REASON,
    author: str = AUTHOR,
) -> None:
    """The level found is right: keep the finding out of the queue while its level stays."""
    _decide(_request(ars, ozg_id, DecisionKind.CONFIRM, reason, author))


@app.command()
def reject(
    ars: str = typer.Argument(..., help="ARS of the municipality."),
    ozg_id: str = typer.Argument(..., help="OZG-ID of the service."),
    url: str = typer.Option(None, "--url", help="Reject only the evidence at this URL (this page is not the service)."),
    reason: str = REASON,
    author: str = AUTHOR,
) -> None:
    """The service is not offered (or this page is not the service): every later run leaves it out."""
    _decide(_request(ars, ozg_id, DecisionKind.REJECT, reason, author, evidence_url=url))


@app.command("set-level")
def set_level(
    ars: str = typer.Argument(..., help="ARS of the municipality."),
    ozg_id: str = typer.Argument(..., help="OZG-ID of the service."),
    level: int = typer.Argument(..., help="Maturity 0-4 as a careful reading of the website shows it."),
    reason: str = REASON,
    author: str = AUTHOR,
) -> None:
    """Set the level by hand: every later run shows this level, with the automatic one beside it."""
    _decide(_request(ars, ozg_id, DecisionKind.SET_LEVEL, reason, author, level=level))


@app.command()
def undo(
    decision_id: int = typer.Argument(..., help="Id of the decision (shown when it was made and by `history`)."),
    author: str = AUTHOR,
) -> None:
    """Reverse one decision; it stays in the history as undone."""
    from catalog.review.decisions import undo_decision
    from catalog.screenings.rescoring import apply_review

    with transaction(context.sessions()) as session:
        decision = undo_decision(session, decision_id, author or getpass.getuser())
        output.line(f"Entscheidung {decision.id} zurückgenommen ({decision.kind} {decision.ars} {decision.ozg_id})")
        output.line(apply_review(session, decision.ars, context.settings()))


@app.command()
def history(ars: str = typer.Option(None, "--ars", help="Only this municipality.")) -> None:
    """Every decision, newest first, undone ones included."""
    from catalog.review.decisions import decision_history

    with context.sessions()() as session:
        rows = [_history_row(decision) for decision in decision_history(session, ars)]
    output.table(
        "Entscheidungen",
        ["Id", "Datum", "ARS", "OZG-ID", "Art", "Stufe", "URL", "Von", "Grund", "Zurückgenommen"],
        rows,
    )


def _history_row(decision: ReviewDecision) -> tuple[object, ...]:
    undone = f"{decision.undone_at:%Y-%m-%d} ({decision.undone_by})" if decision.undone_at else ""
    return (
        decision.id,
        f"{decision.created_at:%Y-%m-%d %H:%M}",
        decision.ars,
        decision.ozg_id,
        decision.kind,
        "" if decision.level is None else decision.level,
        decision.evidence_url or "",
        escape(decision.author),
        escape(decision.reason),  # the analyst's own words: brackets in them are text, not markup
        escape(undone),
    )


@app.command("suggest-synonyms")
def suggest_synonyms() -> None:
    """Link texts from decisions as candidate synonyms (confirmed) or exclusions (rejected); changes nothing."""
    from catalog.review.synonyms import suggest_synonyms as suggestions_of

    with context.sessions()() as session:
        suggestions = suggestions_of(session)
    rows = [
        (item.action, item.ozg_id, escape(item.phrase), ", ".join(map(str, item.decision_ids))) for item in suggestions
    ]
    output.table(
        "Vorschläge für data/catalog/ (von Hand übernehmen)", ["Art", "OZG-ID", "Text", "Entscheidungen"], rows
    )
    output.line(f"{len(rows)} Vorschläge; der Katalog bleibt unverändert (docs/catalog-data.md)")


def _request(
    ars: str,
    ozg_id: str,
    kind: DecisionKind,
    reason: str,
    author: str | None,
    *,
    evidence_url: str | None = None,
    level: int | None = None,
) -> DecisionRequest:
    from catalog.review.decisions import DecisionRequest

    return DecisionRequest(ars, ozg_id, kind, reason, author or getpass.getuser(), evidence_url, level)


def _decide(request: DecisionRequest) -> None:
    from catalog.review.decisions import record_decision
    from catalog.screenings.rescoring import apply_review

    with transaction(context.sessions()) as session:
        decision = record_decision(session, request)
        level = "" if decision.level is None else f" {MATURITY_LABELS.get(decision.level, decision.level)}"
        output.line(f"Entscheidung {decision.id}: {decision.kind}{level} für {decision.ars} {decision.ozg_id}")
        output.line(apply_review(session, decision.ars, context.settings()))
