"""Evidence built from what the spider saw, in the typed contract of catalog.evidence; one batch per page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from catalog.evidence import DocumentEvidence, Evidence, FetchErrorEvidence, FormEvidence, LinkEvidence, PageEvidence
from catalog.vocabulary import Role
from crawler.components.extract import FormFact, LinkFact, PageFacts


@dataclass
class EvidenceBatch:
    """All evidence of one page, handed to the pipeline as one item."""

    items: list[Evidence]


def page_item(facts: PageFacts, status: int, meta: dict[str, Any]) -> PageEvidence:
    return PageEvidence(
        facts.url,
        text=facts.title,
        context=facts.h1,
        page_url=facts.url,
        page_title=facts.title,
        http_status=status,
        h1=facts.h1,
        headings=tuple(facts.headings),
        heading_levels=tuple(facts.heading_levels),
        section_leads=tuple(facts.section_leads),
        breadcrumb=facts.breadcrumb,
        main_text=facts.main_text,
        key_sentences=tuple(facts.key_sentences),
        role=_role(meta),
        depth=meta.get("depth", 0),
        rendered=bool(meta.get("playwright")),
        via_text=meta.get("link_text", ""),
        via_context=meta.get("link_context", ""),
        via_page=meta.get("from_page", ""),
        form_count=len(facts.forms),
        redirect_urls=tuple(meta.get("redirect_urls", ())),
        leika_keys=tuple(facts.leika_keys),
        task_items=tuple(facts.task_items),
    )


def link_item(link: LinkFact, facts: PageFacts, role: str, doc_type: str) -> LinkEvidence:
    return LinkEvidence(
        link.url,
        text=link.text,
        context=link.heading,
        page_url=facts.url,
        page_title=facts.title,
        neighbourhood=link.neighbourhood,
        region=link.region,
        page_role=Role(role),
        page_h1=facts.h1,
        doc_type=doc_type,
        alternative_names=link.alternative_names,
    )


def form_item(form: FormFact, facts: PageFacts, role: str) -> FormEvidence:
    return FormEvidence(
        facts.url,
        text=facts.h1 or facts.title,
        context=form.heading,
        page_url=facts.url,
        page_title=facts.title,
        action=form.action,
        method=form.method,
        fields=tuple(form.fields),
        field_types=tuple(form.field_types),
        submit_texts=tuple(form.submit_texts),
        form_role=form.role,
        page_role=Role(role),
        page_h1=facts.h1,
        key_sentences=tuple(facts.key_sentences),
    )


def document_item(
    url: str, status: int, content_type: str, doc_type: str, meta: dict[str, Any], length: int | None
) -> DocumentEvidence:
    return DocumentEvidence(
        url,
        text=meta.get("link_text", ""),
        context=meta.get("link_context", ""),
        page_url=meta.get("from_page", ""),
        http_status=status,
        content_type=content_type,
        doc_type=doc_type,
        content_length=length,
        role=_role(meta),
    )


def failure_item(url: str, status: str, http_status: int | None, meta: dict[str, Any]) -> FetchErrorEvidence:
    """A fetch that failed: a dead link to an online service is a finding of its own."""
    return FetchErrorEvidence(
        url,
        text=meta.get("link_text", ""),
        context=meta.get("link_context", ""),
        page_url=meta.get("from_page", ""),
        http_status=http_status,
        status=status,
        role=_role(meta),
        is_start=bool(meta.get("is_start")),
    )


def _role(meta: dict[str, Any]) -> Role:
    return Role(meta.get("role", Role.SITE))
