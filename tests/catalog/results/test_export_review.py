"""Override marks and registered-versus-seen in export rows: read per batch, the same counts as `registered compare`."""

from __future__ import annotations

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from catalog.results import exports
from catalog.results.export_review import RegisteredCounts
from catalog.results.export_selection import ExportFilters
from catalog.results.exports import MunicipalityExport, ServiceRow, long_rows, municipality_exports, plan_export
from catalog.results.registered import compare_municipality
from tests.support.export_review import REJECT_IKFZ, SET_HUND, store_review
from tests.support.export_scene import (
    BROCKEL,
    GEBURT,
    GEWERBE,
    HEMSBUENDE,
    HUND,
    KFZ,
    LANDKREIS,
    ROTENBURG,
    SAMTGEMEINDE,
    store_scene,
)


@pytest.fixture
def reviewed_sessions(loaded_sessions: sessionmaker[Session]) -> sessionmaker[Session]:
    store_scene(loaded_sessions)
    store_review(loaded_sessions)
    return loaded_sessions


def _rows(sessions: sessionmaker[Session], filters: ExportFilters) -> dict[tuple[str, str], ServiceRow]:
    with sessions() as session:
        return {(row.ars, row.ozg_id): row for row in long_rows(session, plan_export(session, filters))}


def _municipalities(sessions: sessionmaker[Session], filters: ExportFilters) -> dict[str, MunicipalityExport]:
    with sessions() as session:
        return {item.site.ars: item for item in municipality_exports(session, plan_export(session, filters))}


def test_decided_services_carry_who_why_and_the_automatic_level(reviewed_sessions: sessionmaker[Session]) -> None:
    rows = _rows(reviewed_sessions, ExportFilters(run_id=1))
    hund = rows[(ROTENBURG, HUND)]
    assert (hund.level, hund.override, hund.override_by, hund.automatic_level) == (3, "set_level", "A. Prüfer", 2)
    assert hund.override_reason == SET_HUND.reason
    geburt = rows[(BROCKEL, GEBURT)]
    assert (geburt.level, geburt.override, geburt.override_by, geburt.automatic_level) == (3, "confirm", "B. Kern", 3)
    untouched = rows[(ROTENBURG, GEWERBE)]
    assert (untouched.override, untouched.override_by, untouched.automatic_level) == ("", "", None)


def test_a_provider_s_decision_marks_the_rows_it_provides(reviewed_sessions: sessionmaker[Session]) -> None:
    rows = _rows(reviewed_sessions, ExportFilters(run_id=1))
    own = rows[(LANDKREIS, KFZ)]
    assert (own.level, own.override, own.automatic_level) == (1, "reject", 4)  # the Land's portal page rejected
    assert own.evidence_url == "https://www.lk-row.de/kfz/zulassung/" and own.override_reason == REJECT_IKFZ.reason
    provided = rows[(BROCKEL, KFZ)]  # a Landkreis task: Brockel's citizens get the Landkreis's decided value
    assert (provided.provided_by, provided.level, provided.override) == ("landkreis", 1, "reject")
    assert (rows[(ROTENBURG, KFZ)].provided_by, rows[(ROTENBURG, KFZ)].override) == ("self", "")  # own 2 beats 1


def test_decisions_mark_only_the_screenings_they_settled(reviewed_sessions: sessionmaker[Session]) -> None:
    second_run = _rows(reviewed_sessions, ExportFilters(run_id=2))
    assert second_run and all(row.override == "" and row.automatic_level is None for row in second_run.values())


def test_registered_column_group(reviewed_sessions: sessionmaker[Session]) -> None:
    rows = _rows(reviewed_sessions, ExportFilters(run_id=1))
    hund = rows[(ROTENBURG, HUND)]
    assert (hund.registered, hund.registered_url) == ("ja", "https://serviceportal.rotenburg-wuemme.de/hundesteuer")
    assert (rows[(ROTENBURG, KFZ)].registered, rows[(ROTENBURG, KFZ)].registered_url) == ("nein", "")
    assert rows[(SAMTGEMEINDE, GEWERBE)].registered == "ja" and rows[(SAMTGEMEINDE, HUND)].registered == "nein"
    assert rows[(BROCKEL, GEBURT)].registered == ""  # no registered list covers Brockel
    assert rows[(HEMSBUENDE, "")].registered == ""  # a dns_error row has no service to compare


def test_counts_are_those_of_registered_compare(reviewed_sessions: sessionmaker[Session]) -> None:
    found = _municipalities(reviewed_sessions, ExportFilters(run_id=1))
    counts = {ars: item.registered for ars, item in found.items()}
    # Rotenburg: Hund (set to 3), Gewerbe (4), Wohngeld (not found), a LeiKa key the catalog lacks; Sperrzeit is
    # only planned. Bothel: Gewerbe registered but found at 2, Hund online but not registered.
    assert _figures(counts[ROTENBURG]) == (4, 1, 0) and _figures(counts[SAMTGEMEINDE]) == (1, 1, 1)
    assert counts[BROCKEL] is None and counts[HEMSBUENDE] is None
    with reviewed_sessions() as session:
        for ars in (ROTENBURG, SAMTGEMEINDE):
            compared = compare_municipality(session, ars, {}, found[ars].site.screening_id)
            figures = (
                compared.registered_online,
                len(compared.registered_not_found),
                len(compared.found_not_registered),
            )
            assert figures == _figures(counts[ars])


def _figures(counts: RegisteredCounts | None) -> tuple[int, int, int]:
    assert counts is not None
    return counts.online, counts.not_found, counts.found_not_registered


# 7 sites: one batch of 7, or batches of 3, 3 and 1; the last holds only the site without registry entry, which
# no registered list can cover, so its registered rows are not asked for.
@pytest.mark.parametrize(("batch_size", "queries"), [(500, 3), (3, 3 + 3 + 2)])
def test_three_queries_per_batch_whatever_its_size(
    reviewed_sessions: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch, batch_size: int, queries: int
) -> None:
    monkeypatch.setattr(exports, "BATCH_SIZE", batch_size)
    with reviewed_sessions() as session:
        plan = plan_export(session, ExportFilters(run_id=1))
        with _counted(session) as statements:
            list(municipality_exports(session, plan))
    assert len(statements) == queries  # per batch: found services, override marks, registered rows


class _counted:
    """The SQL statements a session's connection runs inside the block."""

    def __init__(self, session: Session) -> None:
        self.engine, self.statements = session.get_bind(), []  # type: ignore[var-annotated]

    def __enter__(self) -> list[str]:
        event.listen(self.engine, "before_cursor_execute", self._seen)
        return self.statements

    def __exit__(self, *_: object) -> None:
        event.remove(self.engine, "before_cursor_execute", self._seen)

    def _seen(self, *args: object) -> None:
        self.statements.append(str(args[2]))
