"""apply_decisions on the findings the real scorer gives for Bothel's evidence: scope, precedence, marks."""

from __future__ import annotations

import pytest

from catalog.maturity.scoring import ServiceFinding
from catalog.review.overrides import DECIDED_CONFIDENCE, DecisionRule, apply_decisions
from catalog.vocabulary import DecisionKind
from tests.catalog.results.builders import BOTHEL_PORTAL, BOTHEL_SITE, bothel, unstored_findings

HUNDESTEUER, MELDEBESCHEINIGUNG, WOHNGELD = "10160", "10559", "10092"
HUNDESTEUER_PAGE = f"{BOTHEL_SITE}buergerservice/hundesteuer/"


def scored() -> dict[str, ServiceFinding]:
    return {finding.ozg_id: finding for finding in unstored_findings(bothel())}


def decided(*decisions: DecisionRule) -> dict[str, ServiceFinding]:
    return {finding.ozg_id: finding for finding in apply_decisions(unstored_findings(bothel()), decisions).findings}


def test_the_scorer_sees_what_the_tests_build_on() -> None:
    automatic = scored()
    assert automatic[HUNDESTEUER].maturity == 3 and automatic[MELDEBESCHEINIGUNG].maturity == 2


def test_without_decisions_nothing_changes_and_nothing_is_marked() -> None:
    reviewed = apply_decisions(unstored_findings(bothel()), [])
    assert [(f.ozg_id, f.maturity) for f in reviewed.findings] == [(HUNDESTEUER, 3), (MELDEBESCHEINIGUNG, 2)]
    assert reviewed.applied == {}


def test_a_whole_service_rejection_takes_the_service_out_and_keeps_its_automatic_value() -> None:
    reviewed = apply_decisions(unstored_findings(bothel()), [DecisionRule(7, HUNDESTEUER, DecisionKind.REJECT)])
    assert HUNDESTEUER not in {finding.ozg_id for finding in reviewed.findings}
    applied = reviewed.applied[HUNDESTEUER]
    assert (applied.decision_id, applied.maturity, applied.automatic_maturity) == (7, 0, 3)
    assert applied.automatic_confidence == scored()[HUNDESTEUER].confidence


def test_a_page_rejection_removes_only_that_page_and_rates_the_rest() -> None:
    # "Dieses Portal ist nicht die Hundeanmeldung": the information page remains, so level 1.
    after = decided(DecisionRule(3, HUNDESTEUER, DecisionKind.REJECT, evidence_url=BOTHEL_PORTAL))
    assert after[HUNDESTEUER].maturity == 1
    assert {support.evidence.url for support in after[HUNDESTEUER].support} == {HUNDESTEUER_PAGE}
    assert after[MELDEBESCHEINIGUNG].maturity == 2


def test_a_page_rejection_matches_the_page_not_its_spelling() -> None:
    spelled_otherwise = BOTHEL_PORTAL.replace("https://", "http://").rstrip("/") + "#start"
    after = decided(DecisionRule(3, HUNDESTEUER, DecisionKind.REJECT, evidence_url=spelled_otherwise))
    assert after[HUNDESTEUER].maturity == 1


def test_a_page_rejection_of_a_page_that_is_not_evidence_changes_and_marks_nothing() -> None:
    reviewed = apply_decisions(
        unstored_findings(bothel()),
        [DecisionRule(3, HUNDESTEUER, DecisionKind.REJECT, evidence_url=f"{BOTHEL_SITE}impressum/")],
    )
    assert reviewed.applied == {} and reviewed.findings[0].maturity == 3


def test_rejecting_every_page_of_a_service_takes_it_out() -> None:
    rules = [
        DecisionRule(1, HUNDESTEUER, DecisionKind.REJECT, evidence_url=BOTHEL_PORTAL),
        DecisionRule(2, HUNDESTEUER, DecisionKind.REJECT, evidence_url=HUNDESTEUER_PAGE),
    ]
    reviewed = apply_decisions(unstored_findings(bothel()), rules)
    assert HUNDESTEUER not in {finding.ozg_id for finding in reviewed.findings}
    assert reviewed.applied[HUNDESTEUER].decision_id == 2


@pytest.mark.parametrize("level", [1, 2, 4])
def test_a_set_level_overrides_the_automatic_level(level: int) -> None:
    reviewed = apply_decisions(
        unstored_findings(bothel()), [DecisionRule(5, MELDEBESCHEINIGUNG, DecisionKind.SET_LEVEL, level=level)]
    )
    finding = next(item for item in reviewed.findings if item.ozg_id == MELDEBESCHEINIGUNG)
    assert (finding.maturity, finding.confidence) == (level, DECIDED_CONFIDENCE)
    assert reviewed.applied[MELDEBESCHEINIGUNG].automatic_maturity == 2


def test_a_set_level_adds_a_service_the_screening_missed() -> None:
    reviewed = apply_decisions(
        unstored_findings(bothel()), [DecisionRule(9, WOHNGELD, DecisionKind.SET_LEVEL, level=3)]
    )
    # an analyst's level outranks the scorer's confidence in the order of the list
    assert [(f.ozg_id, f.maturity) for f in reviewed.findings][:2] == [(WOHNGELD, 3), (HUNDESTEUER, 3)]
    assert reviewed.applied[WOHNGELD].automatic_maturity == 0


def test_a_confirmation_keeps_the_value_and_marks_it() -> None:
    reviewed = apply_decisions(
        unstored_findings(bothel()), [DecisionRule(4, HUNDESTEUER, DecisionKind.CONFIRM, level=3)]
    )
    assert reviewed.findings[0].maturity == 3
    assert reviewed.applied[HUNDESTEUER].maturity == reviewed.applied[HUNDESTEUER].automatic_maturity == 3


def test_confirming_or_rejecting_a_service_not_found_marks_nothing() -> None:
    rules = [DecisionRule(1, WOHNGELD, DecisionKind.CONFIRM), DecisionRule(2, "10001", DecisionKind.REJECT)]
    reviewed = apply_decisions(unstored_findings(bothel()), rules)
    assert reviewed.applied == {} and len(reviewed.findings) == 2


def test_the_latest_whole_service_decision_wins() -> None:
    rules = [
        DecisionRule(1, HUNDESTEUER, DecisionKind.REJECT),
        DecisionRule(2, HUNDESTEUER, DecisionKind.SET_LEVEL, level=4),
    ]
    assert decided(*rules)[HUNDESTEUER].maturity == 4
    assert HUNDESTEUER not in decided(*reversed(rules))


def test_a_page_rejection_and_a_later_set_level_both_apply() -> None:
    rules = [
        DecisionRule(1, HUNDESTEUER, DecisionKind.REJECT, evidence_url=BOTHEL_PORTAL),
        DecisionRule(2, HUNDESTEUER, DecisionKind.SET_LEVEL, level=2),
    ]
    finding = decided(*rules)[HUNDESTEUER]
    assert finding.maturity == 2 and {s.evidence.url for s in finding.support} == {HUNDESTEUER_PAGE}


def test_the_input_findings_are_not_changed() -> None:
    findings = unstored_findings(bothel())
    apply_decisions(findings, [DecisionRule(1, HUNDESTEUER, DecisionKind.REJECT, evidence_url=BOTHEL_PORTAL)])
    assert findings[0].maturity == 3 and len(findings[0].support) == 2
