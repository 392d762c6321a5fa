"""Level-4 wording: an explicit statement about the electronic notice; negations do not count."""

from __future__ import annotations

import pytest

from catalog.maturity.statements import states_fully_digital

LEVEL_4 = [
    "Den Bescheid erhalten Sie elektronisch in das Postfach Ihres Servicekontos.",
    "Sie erhalten die Meldebestätigung digital in Ihr BundID-Postfach.",
    "Die Genehmigung wird Ihnen elektronisch zugestellt.",
    "Der Gebührenbescheid wird Ihnen digital übermittelt.",
    "Die Urkunde wird Ihnen nach der Prüfung in Ihrem Nutzerkonto bereitgestellt.",
    "Das Verfahren läuft komplett online, vom Antrag bis zur Entscheidung.",
    "Der Antrag wird vollständig digital abgewickelt, auch der Bescheid.",
    # The negation belongs to another clause.
    "Den Zulassungsbescheid erhalten Sie in Ihr BundID-Postfach; die Plaketten kommen per Post.",
    "Die Bescheinigung steht anschließend in Ihrem Bürgerkonto zum Download bereit.",
]

NOT_LEVEL_4 = [
    # Apply online, notice by post: level 3.
    "Sie können den Antrag online stellen, den Bescheid erhalten Sie per Post.",
    "Der Antrag wird elektronisch übermittelt; die Genehmigung erhalten Sie postalisch.",
    "Den Antrag können Sie online stellen.",
    "Der Bescheid wird Ihnen schriftlich zugesandt.",
    # Fully digital or online without a word about the notice: the application is online (3), the notice unknown.
    "Der Antrag wird vollständig digital abgewickelt.",
    "Sie können die Leistung vollständig online beantragen.",
    "Die Anmeldung erfolgt Ende-zu-Ende digital.",
    "Die Leistung ist medienbruchfrei umgesetzt.",
    # Negated.
    "Eine elektronische Zustellung des Bescheids ist leider noch nicht möglich.",
    "Der Bescheid kann nicht elektronisch in Ihr Postfach zugestellt werden.",
    "Das Verfahren ist noch nicht vollständig digital.",
    "Eine Zustellung des Bescheids in das Servicekonto erfolgt derzeit nicht.",
    # No visit needed says nothing about how the notice arrives.
    "Sie können Ihr Anliegen ohne Behördengang erledigen.",
    # Words of level 4, but about something else.
    "Sie erhalten eine elektronische Eingangsbestätigung.",
    "Bitte halten Sie Ihre BundID bereit.",
    "",
]


@pytest.mark.parametrize("sentence", LEVEL_4)
def test_fully_digital_statements(sentence: str) -> None:
    assert states_fully_digital([sentence]) == sentence


@pytest.mark.parametrize("sentence", NOT_LEVEL_4)
def test_statements_that_are_not_level_4(sentence: str) -> None:
    assert states_fully_digital([sentence]) == ""


def test_first_qualifying_sentence_is_returned() -> None:
    sentences = [
        "Wohngeld ist ein Zuschuss zur Miete.",
        "Den Bescheid erhalten Sie leider noch per Post.",
        LEVEL_4[0],
        LEVEL_4[6],
    ]
    assert states_fully_digital(sentences) == LEVEL_4[0]


def test_no_sentences() -> None:
    assert states_fully_digital([]) == ""
    assert states_fully_digital(iter(NOT_LEVEL_4)) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        # A PDF or download that is the application form or an attachment, not the notice.
        "Den Antrag auf Erteilung einer Baugenehmigung können Sie hier als PDF herunterladen oder online stellen.",
        "Bitte fügen Sie Ihrem Online-Antrag den aktuellen Bescheid des Jobcenters als PDF bei.",
        "Das Formular zur Beantragung einer Bescheinigung finden Sie online zum Herunterladen.",
    ],
)
def test_a_form_or_attachment_as_pdf_is_not_an_electronic_notice(sentence: str) -> None:
    assert states_fully_digital([sentence]) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "Den Bescheid erhalten Sie elektronisch in Ihr BundID-Postfach, ein Besuch im Rathaus ist nicht nötig.",
        "Die Urkunde wird Ihnen digital zugestellt – Sie müssen nicht persönlich vorsprechen.",
        "Der Bescheid kommt nicht per Brief – er wird elektronisch in das Postfach Ihres Nutzerkontos zugestellt.",
        "Sie erhalten keinen Papierbescheid mehr: die Genehmigung wird digital in Ihr Servicekonto übermittelt.",
    ],
)
def test_a_negation_that_is_not_about_the_delivery_does_not_cancel_it(sentence: str) -> None:
    assert states_fully_digital([sentence]) == sentence
