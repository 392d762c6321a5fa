"""Browser contexts by generation: a crawl's context is retired after its number of pages, and only then."""

from __future__ import annotations

from crawler.components.context_generations import ContextGenerations


def test_a_context_is_retired_after_its_pages() -> None:
    generations = ContextGenerations(pages_per_context=3)
    pages = [generations.next_page("screening") for _ in range(7)]
    assert pages == [
        ("screening#0", None),
        ("screening#0", None),
        ("screening#0", None),
        ("screening#1", "screening#0"),
        ("screening#1", None),
        ("screening#1", None),
        ("screening#2", "screening#1"),
    ]
    assert generations.retired == {"screening#0", "screening#1"}


def test_a_retried_request_keeps_counting_in_its_crawls_context() -> None:
    """scrapy-playwright retries a page whose context closed under it; its meta already holds a generation name."""
    generations = ContextGenerations(pages_per_context=2)
    generations.next_page("screening")
    assert generations.next_page("screening#0") == ("screening#0", None)
    assert generations.next_page("screening#0") == ("screening#1", "screening#0")


def test_contexts_of_other_names_count_apart() -> None:
    generations = ContextGenerations(pages_per_context=1)
    assert generations.next_page("screening") == ("screening#0", None)
    assert generations.next_page("default") == ("default#0", None)
    assert generations.next_page("screening") == ("screening#1", "screening#0")
