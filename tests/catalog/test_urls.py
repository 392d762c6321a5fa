"""One identity per page: the key the crawl remembers pages by is the key the judgement looks them up by."""

from __future__ import annotations

import pytest

from catalog.urls import canonical, page_key

SAME_PAGE = [
    # scheme
    ("http://www.stadt-wesertal.de/buergerservice/", "https://www.stadt-wesertal.de/buergerservice/"),
    # index files, with and without the trailing slash
    ("https://www.stadt-wesertal.de/buergerservice/", "https://www.stadt-wesertal.de/buergerservice/index.html"),
    ("https://www.stadt-wesertal.de/buergerservice", "http://www.stadt-wesertal.de/buergerservice/index.php"),
    ("https://www.stadt-wesertal.de/", "https://www.stadt-wesertal.de/index.htm"),
    ("https://www.stadt-wesertal.de", "https://www.stadt-wesertal.de/"),
    # trailing slash
    ("https://www.stadt-wesertal.de/hundesteuer", "https://www.stadt-wesertal.de/hundesteuer/"),
    # fragments
    ("https://www.stadt-wesertal.de/a-z/#H", "https://www.stadt-wesertal.de/a-z/"),
    # session and tracking parameters, in the query and in the path
    (
        "https://www.stadt-wesertal.de/a-z/?PHPSESSID=4f2a9c&buchstabe=H",
        "https://www.stadt-wesertal.de/a-z/?buchstabe=H",
    ),
    ("https://www.stadt-wesertal.de/a-z/;jsessionid=ABC123", "https://www.stadt-wesertal.de/a-z/"),
    ("https://www.stadt-wesertal.de/a-z/?utm_source=newsletter", "https://www.stadt-wesertal.de/a-z"),
    # host case, default port, parameter order
    ("https://WWW.Stadt-Wesertal.de:443/a-z/?b=2&a=1", "https://www.stadt-wesertal.de/a-z/?a=1&b=2"),
]
OTHER_PAGE = [
    # a query names another page; an index file with a query is that page (TYPO3's index.php?id=42)
    ("https://www.stadt-wesertal.de/index.php?id=42", "https://www.stadt-wesertal.de/index.php?id=43"),
    ("https://www.stadt-wesertal.de/index.php?id=42", "https://www.stadt-wesertal.de/"),
    # another host of the same site, another path
    ("https://www.stadt-wesertal.de/a-z/", "https://service.stadt-wesertal.de/a-z/"),
    ("https://www.stadt-wesertal.de/a-z/", "https://www.stadt-wesertal.de/a-z/h/"),
    # case in the path matters on most servers
    ("https://www.stadt-wesertal.de/Hundesteuer", "https://www.stadt-wesertal.de/hundesteuer"),
]


@pytest.mark.parametrize(("one", "other"), SAME_PAGE)
def test_spellings_of_one_page_share_a_key(one: str, other: str) -> None:
    assert page_key(one) == page_key(other)


@pytest.mark.parametrize(("one", "other"), OTHER_PAGE)
def test_other_pages_have_other_keys(one: str, other: str) -> None:
    assert page_key(one) != page_key(other)


def test_the_fetched_spelling_keeps_scheme_and_path() -> None:
    """What the crawler fetches stays as the site wrote it; only the key forgets scheme and index files."""
    assert canonical("http://www.stadt-wesertal.de/a/index.html#top") == "http://www.stadt-wesertal.de/a/index.html"


def test_not_a_web_url_is_its_own_key() -> None:
    assert page_key("mailto:buergerbuero@stadt-wesertal.de") == "mailto:buergerbuero@stadt-wesertal.de"
