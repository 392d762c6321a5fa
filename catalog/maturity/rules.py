"""Maturity criteria: one small function per rule, in an ordered registry (documented in docs/maturity.md)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from catalog.maturity.forms import form_role
from catalog.maturity.noise import link_noise, page_noise
from catalog.maturity.referrals import refers_elsewhere
from catalog.maturity.site_view import EvidenceLike, SiteView
from catalog.maturity.statements import states_fully_digital

ONLINE_PLATFORM_KINDS = ("online_service", "form_server")
STRONG_ONLINE_CUE = re.compile(
    r"online[\s-]*(beantragen|antrag|stellen|erledigen|anmelden|melden|ausfüllen|formular|dienst|service|"
    r"verfahren|bestellen|einreichen|buchen|abwickeln|eingeben|übermitteln|mitteilen|einsenden)|(jetzt|hier|direkt)\s+online|e-?antrag|"
    r"elektronisch\s+beantragen|zum\s+(online|antrag|formular|dienst)|onlinedienst|antrag\s+online",
    re.IGNORECASE,
)
FORM_DOCUMENT = re.compile(
    r"antrag|formular|vordruck|anmeldung|abmeldung|ummeldung|erkl(ä|ae)rung|meldung|"
    r"anzeige|fragebogen|beiblatt|bestellschein|bestellung|vollmacht|einverst(ä|ae)ndnis|bewerbung|"
    r"mitteilung|meldebogen|erfassungsbogen|best(ä|ae)tigung|eides statt|eidesstattlich",
    re.IGNORECASE,
)
INFO_DOCUMENT = re.compile(
    r"merkblatt|infoblatt|informationsblatt|hinweise|checkliste|leitfaden|information", re.IGNORECASE
)
NOT_A_SERVICE_DOCUMENT = re.compile(
    r"satzung|verordnung|geb(ü|ue)hrenordnung|amtsblatt|haushalt|bekanntmachung|"
    r"protokoll|niederschrift|tagesordnung|flyer|brosch(ü|ue)re|programm|"
    r"jahresbericht|bebauungsplan|preisliste|speiseplan|ferienpass|stellenaus",
    re.IGNORECASE,
)
CONTEXT_SEPARATOR = " | "
MAX_SECTIONS = 12
FILE_NAME_SEPARATORS = re.compile(r"(?:[_\-.+]|%20)+")
# "PDF", "Download (120 KB)", "hier": a link text that leaves naming the document to its table row.
GENERIC_DOCUMENT_TEXT = re.compile(
    r"^(\W|\d|\b(pdf|docx?|odt|rtf|xlsx?|kb|mb|bytes?|download|herunterladen|datei|dokument|hier|öffnen|"
    r"ansehen|anzeigen|link)\b)*$",
    re.IGNORECASE,
)
STARTS_AS_FORM = re.compile(r"^\W*(antrag|formular|vordruck|anmeldung|anzeige)", re.IGNORECASE)


@dataclass(frozen=True)
class Candidate:
    """Evidence at a maturity level: `text` names the service, `context` disambiguates it."""

    level: int
    rule: str
    text: str
    context: str
    weight: float
    fallback: str = ""  # a page whose heading is generic ("Leistungsbeschreibung") is named by its title
    # A portal page for several services ("Führungszeugnis und Auskunft aus dem Gewerbezentralregister")
    # counts for those the municipality's link to it names, when it names any of them.
    focus: str = ""
    # A generic link text ("online", "hier online bestellen") is named by the fetched page it leads to.
    target: str = ""


@dataclass(frozen=True)
class Criterion:
    rule: str
    level: int
    judge: Callable[[EvidenceLike, SiteView], Candidate | None]


def online_form_fully_digital(item: EvidenceLike, view: SiteView) -> Candidate | None:
    base = online_form(item, view)
    if base is None or not states_fully_digital(item.detail.get("key_sentences", [])):
        return None
    return Candidate(4, "online_form_fully_digital", base.text, base.context, base.weight, focus=base.focus)


def online_link_fully_digital(item: EvidenceLike, view: SiteView) -> Candidate | None:
    base = online_service_link(item, view) or online_cue_link(item, view) or portal_online_link(item, view)
    if base is None:
        return None
    pages = [view.page_of(item.page_url), view.page_of(item.url)]
    sentences = [sentence for page in pages if page is not None for sentence in page.detail.get("key_sentences", [])]
    if not states_fully_digital(sentences):
        return None
    return Candidate(4, "online_link_fully_digital", base.text, base.context, base.weight, target=base.target)


def online_form(item: EvidenceLike, view: SiteView) -> Candidate | None:
    if item.kind != "form" or view.platforms.kind_of(item.url) == "appointment":
        return None
    if form_role(item.detail, item.page_title) != "application":
        return None
    page = view.page_of(item.url)
    if page is not None and (_reached_from_noise(page, view) or view.says_unavailable(item.url)):
        return None
    via = (page.detail.get("via_text", ""), page.detail.get("via_context", "")) if page else ()
    context = joined(item.context, view.clean_title(item.page_title), *via)
    text = item.text or view.clean_title(item.page_title)
    return Candidate(3, "online_form", text, context, 1.0, focus=joined(*via, _via_heading(page, view)))


def online_service_link(item: EvidenceLike, view: SiteView) -> Candidate | None:
    if not _site_link(item) or item.detail.get("doc_type") or _gone(item.url, view):
        return None
    if view.platforms.kind_of(item.url) not in ONLINE_PLATFORM_KINDS or _link_noise(item, view):
        return None
    return Candidate(
        3, "online_service_link", item.text, _link_context(item, view), 0.95, target=_target_name(item, view)
    )


def online_cue_link(item: EvidenceLike, view: SiteView) -> Candidate | None:
    if not _site_link(item) or item.detail.get("doc_type") or _gone(item.url, view):
        return None
    cue_text = f"{item.text} {item.detail.get('neighbourhood', '')}"
    if not STRONG_ONLINE_CUE.search(cue_text) or _link_noise(item, view):
        return None
    has_form = _target_has_application_form(item.url, view)
    if view.is_site_url(item.url) and not has_form:
        return None
    fetched_without_form = view.page_of(item.url) is not None and not has_form
    weight = 0.7 if fetched_without_form else 0.85
    return Candidate(
        3, "online_cue_link", item.text, _link_context(item, view), weight, target=_target_name(item, view)
    )


def form_download(item: EvidenceLike, view: SiteView) -> Candidate | None:
    named = _document_naming(item, view)
    if named is None or not is_form_document(named):
        return None
    # "Antrag WBK (PDF)" on the page "Waffenbesitzkarte": a form on a service's page is that service's form.
    return Candidate(2, "form_download", named, _link_context(item, view), 0.95, fallback=_page_heading(item, view))


def info_page(item: EvidenceLike, view: SiteView) -> Candidate | None:
    if item.kind != "page" or item.detail.get("role") != "site" or item.detail.get("depth", 0) == 0:
        return None
    title = view.clean_title(item.page_title)
    if page_noise(item.url, title, item.detail.get("breadcrumb", ""), item.detail.get("main_text", "")):
        return None
    if view.is_referral(item):  # "Personalausweise stellt nicht der Landkreis aus, sondern Ihre Gemeinde"
        return None
    context = joined(title, item.detail.get("breadcrumb", ""))
    return Candidate(1, "info_page", item.detail.get("h1") or title, context, 0.9, fallback=title)


def portal_info_page(item: EvidenceLike, view: SiteView) -> Candidate | None:
    if item.kind != "page" or item.detail.get("role") != "portal":
        return None
    if view.platforms.kind_of(item.url) != "service_directory":
        return None
    if _reached_from_noise(item, view):
        return None
    context = joined(item.detail.get("via_text", ""), item.detail.get("via_context", ""))
    return Candidate(
        1, "portal_info_page", item.detail.get("h1") or item.page_title, context, 0.85, fallback=item.page_title
    )


def directory_link(item: EvidenceLike, view: SiteView) -> Candidate | None:
    if item.kind != "link" or item.detail.get("doc_type") or view.dead_status(item.url) or _link_noise(item, view):
        return None
    if item.detail.get("page_role", "site") == "portal":
        return _portal_directory_link(item, view)
    kind = view.platforms.kind_of(item.url)
    if not _site_link(item) or not (view.is_site_url(item.url) or kind == "service_directory"):
        return None
    if page_noise(item.url, item.text, ""):
        return None
    target = view.page_of(item.url)
    if target is not None and view.is_referral(target):
        return None
    weight = 0.75 if item.detail.get("region") == "main" else 0.6
    return Candidate(1, "directory_link", item.text, _link_context(item, view), weight)


def _portal_directory_link(item: EvidenceLike, view: SiteView) -> Candidate | None:
    """An entry of a service directory the municipality links to or embeds (often filtered by its AGS)."""
    if view.platforms.kind_of(item.page_url) != "service_directory" or item.detail.get("region") != "main":
        return None
    if not _portal_page_of_the_site(item, view):
        return None
    return Candidate(1, "directory_link", item.text, _link_context(item, view), 0.65)


def portal_online_link(item: EvidenceLike, view: SiteView) -> Candidate | None:
    """A portal page for one service, reached from the municipality's site, that offers to apply online."""
    if item.kind != "link" or item.detail.get("page_role") != "portal" or item.detail.get("doc_type"):
        return None
    if not STRONG_ONLINE_CUE.search(item.text) or _gone(item.url, view) or _link_noise(item, view):
        return None
    if not _portal_page_of_the_site(item, view):
        return None
    page_h1 = str(item.detail.get("page_h1", ""))
    return Candidate(3, "portal_online_link", page_h1 or item.text, joined(item.text, item.page_title), 0.8)


def _portal_page_of_the_site(item: EvidenceLike, view: SiteView) -> bool:
    page = view.page_of(item.page_url)
    return page is not None and not _reached_from_noise(page, view)


def info_document(item: EvidenceLike, view: SiteView) -> Candidate | None:
    named = _document_naming(item, view)
    if named is None or not is_info_document(named):
        return None
    return Candidate(1, "info_document", named, _link_context(item, view), 0.7, fallback=_page_heading(item, view))


def _via_heading(page: EvidenceLike | None, view: SiteView) -> str:
    """The heading of the municipality's page that linked to a portal page ("Führungszeugnis")."""
    source = view.page_of(str(page.detail.get("via_page", ""))) if page is not None else None
    if source is None:
        return ""
    return str(source.detail.get("h1", "")) or view.clean_title(source.page_title)


def _target_name(item: EvidenceLike, view: SiteView) -> str:
    """The heading (else title) of the page a link leads to, when the crawl fetched it."""
    page = view.page_of(item.url)
    if page is None:
        return ""
    return str(page.detail.get("h1", "")) or view.clean_title(page.page_title)


def _gone(url: str, view: SiteView) -> bool:
    """A dead link, or one whose page says the online service is switched off."""
    return bool(view.dead_status(url)) or view.says_unavailable(url)


def _site_link(item: EvidenceLike) -> bool:
    """A link on one of the municipality's own pages, on a page that is not news, events or the like."""
    if item.kind != "link" or item.detail.get("page_role", "site") != "site":
        return False
    return not page_noise(item.page_url, item.page_title, "")


def _link_noise(item: EvidenceLike, view: SiteView) -> str:
    return link_noise(item.text, item.url, view.platforms.kind_of(item.url))


def _link_context(item: EvidenceLike, view: SiteView) -> str:
    """The table row or list item around the link, the heading above it, the page's heading and title."""
    neighbourhood = str(item.detail.get("neighbourhood", ""))
    around = neighbourhood if neighbourhood and neighbourhood != item.text else ""
    return joined(around, item.context, str(item.detail.get("page_h1", "")), view.clean_title(item.page_title))


def joined(*parts: object) -> str:
    """Context parts separated so the matcher weighs each on its own (a heading, a title, a breadcrumb)."""
    return CONTEXT_SEPARATOR.join(str(part) for part in parts if part)


def _page_heading(item: EvidenceLike, view: SiteView) -> str:
    """The heading of the page a link sits on (for a fetched document: of the page that linked to it)."""
    if item.kind == "link":
        return str(item.detail.get("page_h1", "")) or view.clean_title(item.page_title)
    page = view.page_of(item.page_url)
    return str(page.detail.get("h1", "")) if page is not None else ""


def _document_naming(item: EvidenceLike, view: SiteView) -> str | None:
    """Link text plus file name of a live document link, or None when the evidence is not one."""
    is_document = item.kind == "document" or (item.kind == "link" and item.detail.get("doc_type"))
    if not is_document or (item.kind == "link" and item.detail.get("page_role", "site") != "site"):
        return None
    if item.kind == "document" and item.detail.get("role") == "document":
        return None  # a link's check: the link itself is judged, with its context
    if item.kind == "link" and page_noise(item.page_url, item.page_title, ""):
        return None
    if view.dead_status(item.url):  # "Antrag (PDF)" pointing at a 404 offers no form
        return None
    text = item.text
    if GENERIC_DOCUMENT_TEXT.match(text):
        text = f"{item.detail.get('neighbourhood', '')} {text}".strip()
    return document_naming(text, item.url)


def document_naming(text: str, url: str) -> str:
    """A document's link text and the words of its file name ("Antrag_Hundesteuer.pdf")."""
    file_name = url.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return f"{text} {FILE_NAME_SEPARATORS.sub(' ', file_name)}".strip()


def is_form_document(naming: str) -> bool:
    """A form by its naming: "Antrag auf Fällgenehmigung nach der Baumschutzsatzung", not "Hundesteuersatzung"."""
    if not FORM_DOCUMENT.search(naming):
        return False
    return not NOT_A_SERVICE_DOCUMENT.search(naming) or bool(STARTS_AS_FORM.search(naming))


def is_info_document(naming: str) -> bool:
    """An information sheet (Merkblatt, Checkliste …) by its naming, not a statute or a flyer."""
    return bool(INFO_DOCUMENT.search(naming)) and not NOT_A_SERVICE_DOCUMENT.search(naming)


def is_service_document(naming: str) -> bool:
    """A form or an information sheet by its naming, as form_download and info_document judge it."""
    return is_form_document(naming) or is_info_document(naming)


def _reached_from_noise(page: EvidenceLike, view: SiteView) -> bool:
    """A portal page the crawl only reached from a news item or the like says nothing about the municipality."""
    via_page = str(page.detail.get("via_page", ""))
    if not via_page or page.detail.get("role") != "portal":
        return False
    source = view.page_of(via_page)
    return bool(page_noise(via_page, source.page_title if source else "", ""))


def _target_has_application_form(url: str, view: SiteView) -> bool:
    """Search boxes in page headers do not count: only a form that takes an application."""
    return view.has_application_form(url)


# Highest level first, because a service's maturity is the highest level any evidence supports; within a
# level, the rules that need the least interpretation come first.
CRITERIA: tuple[Criterion, ...] = (
    Criterion("online_form_fully_digital", 4, online_form_fully_digital),
    Criterion("online_link_fully_digital", 4, online_link_fully_digital),
    Criterion("online_form", 3, online_form),
    Criterion("online_service_link", 3, online_service_link),
    Criterion("online_cue_link", 3, online_cue_link),
    Criterion("portal_online_link", 3, portal_online_link),
    Criterion("form_download", 2, form_download),
    Criterion("info_page", 1, info_page),
    Criterion("portal_info_page", 1, portal_info_page),
    Criterion("directory_link", 1, directory_link),
    Criterion("info_document", 1, info_document),
)


def candidates_for(item: EvidenceLike, view: SiteView) -> list[Candidate]:
    """Every criterion's verdict on one piece of evidence (at most one per level), plus its page sections."""
    found: dict[int, Candidate] = {}
    for criterion in CRITERIA:
        if criterion.level in found:
            continue
        candidate = criterion.judge(item, view)
        if candidate is not None:
            found[criterion.level] = candidate
    return [*found.values(), *info_sections(item, view)]


def info_sections(item: EvidenceLike, view: SiteView) -> list[Candidate]:
    """Sections of an information page that each describe a service ("Steuern": Hundesteuer, Grundsteuer ...)."""
    page_candidate = info_page(item, view)
    if page_candidate is None:
        return []
    h1 = str(item.detail.get("h1", ""))
    context = joined(h1, view.clean_title(item.page_title))
    return [
        Candidate(1, "info_section", heading, context, 0.65)
        for heading in dict.fromkeys(_service_headings(item, view))
        if heading and heading != h1
    ]


def _service_headings(item: EvidenceLike, view: SiteView) -> list[str]:
    """Headings of sections that may describe a service: not a group heading, not a referral."""
    headings = [str(heading) for heading in item.detail.get("headings", [])[:MAX_SECTIONS]]
    # Pages stored before leads and levels were recorded: every heading, as then.
    leads = [str(lead) for lead in item.detail.get("section_leads", [])] or [""] * len(headings)
    levels = [int(level) for level in item.detail.get("heading_levels", [])] or [2] * len(headings)
    kept = []
    for number, heading in enumerate(headings[: len(leads)]):
        deeper_next = number + 1 < len(levels) and levels[number + 1] > levels[number]
        if deeper_next and not leads[number]:
            continue  # "Nachwuchs" above "Geburt eines Kindes" and "Vaterschaft anerkennen"
        if refers_elsewhere(leads[number], view.kreis_site):
            continue  # "Elterngeld und Unterhaltsvorschuss beantragen Sie beim Landkreis."
        kept.append(heading)
    return kept
