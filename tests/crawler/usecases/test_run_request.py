"""A run's selection, repeated as `ozg-screen run` options by the scheduler."""

from __future__ import annotations

from crawler.usecases.statewide import RunRequest


def test_cli_args_repeat_the_selection() -> None:
    request = RunRequest(
        state="NI",
        types=["samtgemeinde", "stadt"],
        kreis="Rotenburg",
        ars=["033575401000"],
        limit=5,
        concurrency=12,
        max_pages=100,
        render="never",
    )
    assert request.cli_args() == [
        "--state",
        "NI",
        "--kreis",
        "Rotenburg",
        "--limit",
        "5",
        "--concurrency",
        "12",
        "--max-pages",
        "100",
        "--render",
        "never",
        "--type",
        "samtgemeinde",
        "--type",
        "stadt",
        "--ars",
        "033575401000",
    ]


def test_an_empty_request_has_no_options() -> None:
    assert RunRequest().cli_args() == []
