"""Evidence for tests, built from the real typed contract (catalog.evidence) the crawler writes.

The builders fill fields the way crawler/components/items.py does (a link's page role and heading come from
its page, a form's text is its page's heading), so a test cannot build evidence the crawler would never produce.
"""

from __future__ import annotations

from collections.abc import Sequence

from catalog.evidence import DocumentEvidence, FetchErrorEvidence, FormEvidence, LinkEvidence, PageEvidence
from catalog.vocabulary import Role


def absolute(site: str, path_or_url: str) -> str:
    return path_or_url if path_or_url.startswith("http") else site + path_or_url


def page(
    url: str,
    title: str,
    h1: str = "",
    *,
    role: Role | str = Role.SITE,
    depth: int = 1,
    breadcrumb: str = "",
    main_text: str = "",
    headings: Sequence[str] | None = None,
    key_sentences: Sequence[str] = (),
    via: PageEvidence | None = None,
    via_text: str = "",
    via_context: str = "",
    form_count: int = 0,
    redirect_urls: Sequence[str] = (),
    leika_keys: Sequence[str] = (),
    task_items: Sequence[str] = (),
) -> PageEvidence:
    """A fetched page; its main text defaults to its heading, its headings to [h1]."""
    return PageEvidence(
        url,
        text=title,
        context=h1,
        page_url=url,
        page_title=title,
        http_status=200,
        h1=h1,
        headings=tuple(headings if headings is not None else ([h1] if h1 else [])),
        breadcrumb=breadcrumb,
        main_text=main_text or h1,
        key_sentences=tuple(key_sentences),
        role=Role(role),
        depth=depth,
        via_text=via_text,
        via_context=via_context,
        via_page=via.url if via else "",
        form_count=form_count,
        redirect_urls=tuple(redirect_urls),
        leika_keys=tuple(leika_keys),
        task_items=tuple(task_items),
    )


def link(
    on: PageEvidence,
    url: str,
    text: str,
    heading: str = "",
    *,
    region: str = "main",
    neighbourhood: str = "",
    doc_type: str = "",
    alternative_names: str = "",
) -> LinkEvidence:
    """A link on the page `on`; its neighbourhood (list item, table row) defaults to its own text."""
    return LinkEvidence(
        url,
        text=text,
        context=heading,
        page_url=on.url,
        page_title=on.page_title,
        neighbourhood=neighbourhood or text,
        region=region,
        page_role=on.role,
        page_h1=on.h1,
        doc_type=doc_type,
        alternative_names=alternative_names,
    )


def form(on: PageEvidence, fields: Sequence[str], submit: Sequence[str], heading: str = "") -> FormEvidence:
    """An HTML form on the page `on`, with text fields and the given submit captions."""
    return FormEvidence(
        on.url,
        text=on.h1 or on.page_title,
        context=heading,
        page_url=on.url,
        page_title=on.page_title,
        action=on.url,
        method="post",
        fields=tuple(fields),
        field_types=("text",) * len(fields),
        submit_texts=tuple(submit),
        page_role=on.role,
        page_h1=on.h1,
        key_sentences=on.key_sentences,
    )


def document(
    url: str, via: PageEvidence, text: str, heading: str = "", *, doc_type: str = "pdf", role: Role = Role.SITE
) -> DocumentEvidence:
    """A document fetched from a link on `via`, answered by its headers."""
    return DocumentEvidence(
        url,
        text=text,
        context=heading,
        page_url=via.url,
        http_status=200,
        content_type="application/pdf",
        doc_type=doc_type,
        content_length=87_040,
        role=role,
    )


def failure(url: str, status: str, *, via: PageEvidence | None = None, text: str = "") -> FetchErrorEvidence:
    """A fetch that failed with `status` (http_404, dns_error ...), reached from `via` when given."""
    return FetchErrorEvidence(url, text=text, page_url=via.url if via else "", status=status, role=Role.PORTAL)
