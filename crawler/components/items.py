"""The evidence items the spider yields; the pipeline stores them as catalog.database.models.Evidence rows."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from crawler.components.extract import FormFact, LinkFact, PageFacts


@dataclass
class EvidenceItem:
    kind: str  # page | link | document | form
    url: str
    text: str = ""
    context: str = ""
    page_url: str = ""
    page_title: str = ""
    http_status: int | None = None
    detail: dict[str, Any] = field(default_factory=dict)

    def as_row(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class EvidenceBatch:
    """All evidence of one page, handed to the pipeline as one item."""

    items: list[EvidenceItem]


def page_item(facts: PageFacts, status: int, meta: dict[str, Any]) -> EvidenceItem:
    detail = {
        "h1": facts.h1,
        "headings": facts.headings,
        "heading_levels": facts.heading_levels,
        "section_leads": facts.section_leads,
        "breadcrumb": facts.breadcrumb,
        "main_text": facts.main_text,
        "key_sentences": facts.key_sentences,
        "role": meta.get("role", "site"),
        "depth": meta.get("depth", 0),
        "rendered": bool(meta.get("playwright")),
        "via_text": meta.get("link_text", ""),
        "via_context": meta.get("link_context", ""),
        "via_page": meta.get("from_page", ""),
        "form_count": len(facts.forms),
        "redirect_urls": list(meta.get("redirect_urls", [])),
    }
    return EvidenceItem(
        kind="page",
        url=facts.url,
        text=facts.title,
        context=facts.h1,
        page_url=facts.url,
        page_title=facts.title,
        http_status=status,
        detail=detail,
    )


def link_item(link: LinkFact, facts: PageFacts, role: str, doc_type: str) -> EvidenceItem:
    detail: dict[str, Any] = {
        "neighbourhood": link.neighbourhood,
        "region": link.region,
        "page_role": role,
        "page_h1": facts.h1,
    }
    if doc_type:
        detail["doc_type"] = doc_type
    return EvidenceItem(
        kind="link",
        url=link.url,
        text=link.text,
        context=link.heading,
        page_url=facts.url,
        page_title=facts.title,
        detail=detail,
    )


def form_item(form: FormFact, facts: PageFacts, role: str) -> EvidenceItem:
    detail = {
        "action": form.action,
        "method": form.method,
        "fields": form.fields,
        "field_types": form.field_types,
        "submit_texts": form.submit_texts,
        "form_role": form.role,
        "page_role": role,
        "page_h1": facts.h1,
        "key_sentences": facts.key_sentences,
    }
    return EvidenceItem(
        kind="form",
        url=facts.url,
        text=facts.h1 or facts.title,
        context=form.heading,
        page_url=facts.url,
        page_title=facts.title,
        detail=detail,
    )


def document_item(
    url: str, status: int, content_type: str, doc_type: str, meta: dict[str, Any], length: int | None
) -> EvidenceItem:
    detail = {
        "content_type": content_type,
        "doc_type": doc_type,
        "content_length": length,
        "role": meta.get("role", "site"),
    }
    return EvidenceItem(
        kind="document",
        url=url,
        text=meta.get("link_text", ""),
        context=meta.get("link_context", ""),
        page_url=meta.get("from_page", ""),
        http_status=status,
        detail=detail,
    )


def failure_item(url: str, status: str, http_status: int | None, meta: dict[str, Any]) -> EvidenceItem:
    """A fetch that failed: a dead link to an online service is a finding of its own."""
    detail = {"status": status, "role": meta.get("role", "site"), "is_start": bool(meta.get("is_start"))}
    return EvidenceItem(
        kind="fetch_error",
        url=url,
        text=meta.get("link_text", ""),
        context=meta.get("link_context", ""),
        page_url=meta.get("from_page", ""),
        http_status=http_status,
        detail=detail,
    )
