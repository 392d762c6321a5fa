"""The one contract between crawl and judgement: each kind of evidence, its fields and their defaults.

The crawler builds these objects, the pipeline stores them (common fields as columns, the rest as the `detail`
JSON of the `evidence` table), and the maturity rules read them back typed. Rows stored by older versions miss
some fields: they get the defaults defined here, and only here.
"""

from __future__ import annotations

from dataclasses import KW_ONLY, asdict, dataclass, fields, replace
from typing import Any, ClassVar

from catalog.vocabulary import EvidenceKind, Role

COMMON_FIELDS = ("url", "text", "context", "page_url", "page_title", "http_status")


@dataclass(frozen=True)
class EvidenceBase:
    """What every piece of evidence has: the URL it is about, the words that name it, the page it was seen on."""

    kind: ClassVar[EvidenceKind]
    url: str
    _: KW_ONLY
    text: str = ""
    context: str = ""
    page_url: str = ""
    page_title: str = ""
    http_status: int | None = None
    evidence_id: int | None = None  # the stored row's id; None before storing and for unstored checks


@dataclass(frozen=True)
class PageEvidence(EvidenceBase):
    """A fetched HTML page: `text` is its title, `context` its main heading."""

    kind: ClassVar[EvidenceKind] = EvidenceKind.PAGE
    h1: str = ""
    headings: tuple[str, ...] = ()
    heading_levels: tuple[int, ...] = ()
    section_leads: tuple[str, ...] = ()
    breadcrumb: str = ""
    main_text: str = ""
    key_sentences: tuple[str, ...] = ()
    role: Role = Role.SITE
    depth: int = 0  # clicks from the start page on the site; hops within portals
    rendered: bool = False
    via_text: str = ""  # the link that led the crawl here first
    via_context: str = ""
    via_page: str = ""
    form_count: int = 0
    redirect_urls: tuple[str, ...] = ()
    leika_keys: tuple[str, ...] = ()  # declared in <meta> or JSON-LD: the key names the service, not the title
    task_items: tuple[str, ...] = ()  # bullets of an office's task list ("Aufgaben: Gewerbeanmeldung, ...")


@dataclass(frozen=True)
class LinkEvidence(EvidenceBase):
    """A link on a fetched page: `url` is its target, `text` its words, `context` the heading above it."""

    kind: ClassVar[EvidenceKind] = EvidenceKind.LINK
    neighbourhood: str = ""  # the table row or list item around the link
    region: str = "main"  # main, navigation, header or footer
    page_role: Role = Role.SITE
    page_h1: str = ""
    doc_type: str = ""  # "pdf", "docx" ... when the link leads to a document file
    alternative_names: str = ""  # other names an A-Z entry carries in its markup (BIS: data-synonyme)


@dataclass(frozen=True)
class FormEvidence(EvidenceBase):
    """An HTML form on a fetched page: `url` is the page, `text` its heading, `context` the form's heading."""

    kind: ClassVar[EvidenceKind] = EvidenceKind.FORM
    action: str = ""
    method: str = "get"
    fields: tuple[str, ...] = ()
    field_types: tuple[str, ...] = ()
    submit_texts: tuple[str, ...] = ()
    form_role: str = ""  # what the page's markup says the form is for ("search" ...), if anything
    page_role: Role = Role.SITE
    page_h1: str = ""
    key_sentences: tuple[str, ...] = ()


@dataclass(frozen=True)
class DocumentEvidence(EvidenceBase):
    """A document answered by its headers (PDF, DOCX ...): `text` is the link's words that led to it."""

    kind: ClassVar[EvidenceKind] = EvidenceKind.DOCUMENT
    content_type: str = ""
    doc_type: str = ""
    content_length: int | None = None
    role: Role = Role.SITE


@dataclass(frozen=True)
class FetchErrorEvidence(EvidenceBase):
    """A fetch that failed: a dead link to an online service is a finding of its own."""

    kind: ClassVar[EvidenceKind] = EvidenceKind.FETCH_ERROR
    status: str = ""
    role: Role = Role.SITE
    is_start: bool = False


Evidence = PageEvidence | LinkEvidence | FormEvidence | DocumentEvidence | FetchErrorEvidence
EVIDENCE_TYPES: dict[EvidenceKind, type[Evidence]] = {
    kind_type.kind: kind_type
    for kind_type in (PageEvidence, LinkEvidence, FormEvidence, DocumentEvidence, FetchErrorEvidence)
}
_DETAIL_FIELDS: dict[EvidenceKind, tuple[str, ...]] = {
    kind: tuple(
        each.name for each in fields(kind_type) if each.name not in COMMON_FIELDS and each.name != "evidence_id"
    )
    for kind, kind_type in EVIDENCE_TYPES.items()
}


def detail_of(item: Evidence) -> dict[str, Any]:
    """The kind's own fields, as stored in the `detail` JSON column."""
    values = asdict(item)
    return {name: _json_value(values[name]) for name in _DETAIL_FIELDS[item.kind]}


def stored_row(item: Evidence) -> dict[str, Any]:
    """The row of the `evidence` table for one item (without its screening)."""
    row = {name: getattr(item, name) for name in COMMON_FIELDS}
    return {"kind": str(item.kind), **row, "detail": detail_of(item)}


def evidence_from_stored(kind: str, common: dict[str, Any], detail: dict[str, Any]) -> Evidence:
    """An item rebuilt from a stored row: unknown detail keys are dropped, missing ones take their defaults."""
    evidence_type = EVIDENCE_TYPES[EvidenceKind(kind)]
    known = {name: _typed_value(detail[name]) for name in _DETAIL_FIELDS[evidence_type.kind] if name in detail}
    return evidence_type(**common, **known)


def with_id(item: Evidence, evidence_id: int) -> Evidence:
    return replace(item, evidence_id=evidence_id)


def _json_value(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def _typed_value(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value
