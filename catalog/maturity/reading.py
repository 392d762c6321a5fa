"""How the rules read one piece of evidence within its site: its naming, its context, where the crawl came from."""

from __future__ import annotations

import re

from catalog.documents import document_naming
from catalog.evidence import DocumentEvidence, Evidence, LinkEvidence, PageEvidence
from catalog.maturity.noise import link_noise, page_noise
from catalog.maturity.site_view import SiteView
from catalog.urls import host_of, page_key
from catalog.vocabulary import Role

ONLINE_PLATFORM_KINDS = ("online_service", "form_server")
STRONG_ONLINE_CUE = re.compile(
    r"online[\s-]*(beantragen|antrag|stellen|erledigen|anmelden|melden|ausfüllen|formular|dienst|service|"
    r"verfahren|bestellen|einreichen|buchen|abwickeln|eingeben|übermitteln|mitteilen|einsenden)|(jetzt|hier|direkt)\s+online|e-?antrag|"
    r"elektronisch\s+beantragen|zum\s+(online|antrag|formular|dienst)|onlinedienst|antrag\s+online",
    re.IGNORECASE,
)
CONTEXT_SEPARATOR = " | "
# A login step in front of a form: `/auth?redirect=/antrag/hundesteuer` (OpenR@thaus/BIS), `/login?returnUrl=...`;
# a redirect to the portal's root ("Anmelden" in the menu) leads to no service.
LOGIN_STEP = re.compile(
    r"/(auth|login|anmelden|signin)/?\?(.*&)?(redirect|returnurl|return_to|target|next)=(?!(%2F|/)?(&|$))",
    re.IGNORECASE,
)
# "Hundesteuer [online möglich]": the BIS title suffix names no service.
ONLINE_POSSIBLE = re.compile(r"\[\s*online m(ö|oe)glich\s*\]", re.IGNORECASE)
# "PDF", "Download (120 KB)", "hier": a link text that leaves naming the document to its table row.
GENERIC_DOCUMENT_TEXT = re.compile(
    r"^(\W|\d|\b(pdf|docx?|odt|rtf|xlsx?|kb|mb|bytes?|download|herunterladen|datei|dokument|hier|öffnen|"
    r"ansehen|anzeigen|link)\b)*$",
    re.IGNORECASE,
)


def joined(*parts: object) -> str:
    """Context parts separated so the matcher weighs each on its own (a heading, a title, a breadcrumb)."""
    return CONTEXT_SEPARATOR.join(str(part) for part in parts if part)


def site_link(item: Evidence) -> LinkEvidence | None:
    """A link on one of the municipality's own pages, on a page that is not news, events or the like."""
    if not isinstance(item, LinkEvidence) or item.page_role != Role.SITE:
        return None
    return None if page_noise(item.page_url, item.page_title, "") else item


def online_link(item: Evidence) -> LinkEvidence | None:
    """A site link that is not a document: the kind of link that can lead to an online service."""
    link = site_link(item)
    return link if link is not None and not link.doc_type else None


def noisy_link(link: LinkEvidence, view: SiteView) -> str:
    return link_noise(link.text, link.url, view.platforms.kind_of(link.url))


def gone(url: str, view: SiteView) -> bool:
    """A dead link, or one whose page says the online service is switched off."""
    return bool(view.dead_status(url)) or view.says_unavailable(url)


def link_context(item: LinkEvidence | DocumentEvidence, view: SiteView) -> str:
    """The table row or list item around the link, the heading above it, the page's heading and title."""
    neighbourhood = item.neighbourhood if isinstance(item, LinkEvidence) else ""
    around = neighbourhood if neighbourhood and neighbourhood != item.text else ""
    if isinstance(item, DocumentEvidence):  # a fetched document: the page that linked it names its service
        return joined(item.context, page_heading(item, view), view.clean_title(item.page_title))
    return joined(around, item.context, item.page_h1, view.clean_title(item.page_title))


def page_heading(item: LinkEvidence | DocumentEvidence, view: SiteView) -> str:
    """The heading of the page a link sits on (for a fetched document: of the page that linked to it)."""
    if isinstance(item, LinkEvidence):
        return item.page_h1 or view.clean_title(item.page_title)
    page = view.page_of(item.page_url)
    return page.h1 if page is not None else ""


def heading_or_title(page: PageEvidence | None, view: SiteView) -> str:
    if page is None:
        return ""
    return page.h1 or view.clean_title(page.page_title)


def target_name(link: LinkEvidence, view: SiteView) -> str:
    """The heading (else title) of the page a link leads to, when the crawl fetched it."""
    return heading_or_title(view.page_of(link.url), view)


def via_heading(page: PageEvidence | None, view: SiteView) -> str:
    """The heading of the municipality's page that linked to a portal page ("Führungszeugnis")."""
    return heading_or_title(view.page_of(page.via_page) if page is not None else None, view)


def document_of(item: Evidence, view: SiteView) -> LinkEvidence | DocumentEvidence | None:
    """A live document link on a site page, or a fetched document; None for anything else."""
    if isinstance(item, LinkEvidence):
        if not item.doc_type or item.page_role != Role.SITE or page_noise(item.page_url, item.page_title, ""):
            return None
    elif not isinstance(item, DocumentEvidence) or item.role == Role.DOCUMENT:
        return None  # a link's check: the link itself is judged, with its context
    return None if view.dead_status(item.url) else item  # "Antrag (PDF)" pointing at a 404 offers no form


def naming_of_document(item: LinkEvidence | DocumentEvidence) -> str:
    """Link text plus file name; a generic link text ("PDF, 120 KB") is named by its table row."""
    text = item.text
    if GENERIC_DOCUMENT_TEXT.match(text) and isinstance(item, LinkEvidence):
        text = _naming_cell(item.neighbourhood) or f"{item.neighbourhood} {text}".strip()
    return document_naming(text, item.url)


def _naming_cell(row: str) -> str:
    """Of a table row's cells ("Antrag auf Sondernutzung | Tiefbau | Download (PDF, 120 KB)"), the longest that
    is not itself a generic download text: the one that names the form."""
    cells = [cell for cell in row.split(CONTEXT_SEPARATOR) if not GENERIC_DOCUMENT_TEXT.match(cell)]
    return max(cells, key=len) if cells else ""


def login_step(url: str) -> bool:
    return bool(LOGIN_STEP.search(url))


def offers_no_online_service(url: str, view: SiteView) -> bool:
    """The fetched target of an online button holds no form and leads to none: the target decides, not the label.

    "Zum Online-Dienst" that opens "Dieser Online-Dienst wird derzeit vorbereitet" is no online application.
    A login wall in front of the form is a form too, and a landing page that links on to a form or an online
    platform still leads to one.
    """
    page = view.page_of(url)
    if page is None or page.form_count or view.has_application_form(url):
        return False
    onward = view.links_on.get(page_key(page.url), [])
    return not any(_leads_online(link, view) for link in onward if link.region == "main")


def _leads_online(link: LinkEvidence, view: SiteView) -> bool:
    if link.doc_type or noisy_link(link, view):
        return False
    elsewhere = host_of(link.url) != host_of(link.page_url) and not view.is_site_url(link.url)
    if elsewhere and view.platforms.kind_of(link.url) in ONLINE_PLATFORM_KINDS:
        return True
    return bool(STRONG_ONLINE_CUE.search(link.text)) or view.has_application_form(link.url)


def reached_from_noise(page: PageEvidence, view: SiteView) -> bool:
    """A portal page the crawl only reached from a news item or the like says nothing about the municipality."""
    if not page.via_page or page.role != Role.PORTAL:
        return False
    source = view.page_of(page.via_page)
    return bool(page_noise(page.via_page, source.page_title if source else "", ""))


def portal_page_of_the_site(item: Evidence, view: SiteView) -> bool:
    page = view.page_of(item.page_url)
    return page is not None and not reached_from_noise(page, view)
