"""Maturity criteria: one small function per rule, in an ordered registry (documented in docs/maturity.md)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from catalog.documents import is_form_document, is_info_document
from catalog.evidence import Evidence, FormEvidence, LinkEvidence, PageEvidence
from catalog.maturity.forms import form_role
from catalog.maturity.noise import link_noise, page_noise
from catalog.maturity.reading import (
    ONLINE_PLATFORM_KINDS,
    ONLINE_POSSIBLE,
    STRONG_ONLINE_CUE,
    document_of,
    gone,
    joined,
    link_context,
    login_step,
    naming_of_document,
    noisy_link,
    offers_no_online_service,
    online_link,
    page_heading,
    portal_page_of_the_site,
    reached_from_noise,
    site_link,
    target_name,
    via_heading,
)
from catalog.maturity.referrals import refers_elsewhere
from catalog.maturity.site_view import SiteView
from catalog.maturity.statements import states_fully_digital
from catalog.urls import host_of
from catalog.vocabulary import Role

MAX_SECTIONS = 12


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
    # The other names an A-Z entry carries ("Ausweisdokumente": "Personalausweis, Reisepass"), each matched alone.
    alternatives: str = ""


@dataclass(frozen=True)
class Criterion:
    rule: str
    level: int
    judge: Callable[[Evidence, SiteView], Candidate | None]


def online_form_fully_digital(item: Evidence, view: SiteView) -> Candidate | None:
    base = online_form(item, view)
    if base is None or not isinstance(item, FormEvidence) or not states_fully_digital(item.key_sentences):
        return None
    return Candidate(4, "online_form_fully_digital", base.text, base.context, base.weight, focus=base.focus)


def online_link_fully_digital(item: Evidence, view: SiteView) -> Candidate | None:
    base = online_service_link(item, view) or online_cue_link(item, view) or portal_online_link(item, view)
    if base is None:
        return None
    pages = [view.page_of(item.page_url), view.page_of(item.url)]
    sentences = [sentence for page in pages if page is not None for sentence in page.key_sentences]
    if not states_fully_digital(sentences):
        return None
    return Candidate(4, "online_link_fully_digital", base.text, base.context, base.weight, target=base.target)


def online_form(item: Evidence, view: SiteView) -> Candidate | None:
    if not isinstance(item, FormEvidence) or view.platforms.kind_of(item.url) == "appointment":
        return None
    if form_role(item) != "application":
        return None
    page = view.page_of(item.url)
    if page is not None and (reached_from_noise(page, view) or view.says_unavailable(item.url)):
        return None
    via = (page.via_text, page.via_context) if page else ()
    context = joined(item.context, view.clean_title(item.page_title), *via)
    text = item.text or view.clean_title(item.page_title)
    return Candidate(3, "online_form", text, context, 1.0, focus=joined(*via, via_heading(page, view)))


def online_service_link(item: Evidence, view: SiteView) -> Candidate | None:
    # The cheap test first: most links lead to no online platform, and reading the target page costs far more.
    link = online_link(item)
    if link is None or view.platforms.kind_of(link.url) not in ONLINE_PLATFORM_KINDS:
        return None
    if gone(link.url, view) or offers_no_online_service(link.url, view) or noisy_link(link, view):
        return None
    return Candidate(
        3, "online_service_link", link.text, link_context(link, view), 0.95, target=target_name(link, view)
    )


def online_cue_link(item: Evidence, view: SiteView) -> Candidate | None:
    link = online_link(item)
    if link is None or not STRONG_ONLINE_CUE.search(f"{link.text} {link.neighbourhood}"):
        return None  # most links name no online service; reading their target page costs far more
    if gone(link.url, view) or offers_no_online_service(link.url, view) or noisy_link(link, view):
        return None
    has_form = view.has_application_form(link.url)  # search boxes in page headers do not count
    if view.is_site_url(link.url) and not has_form:
        return None
    fetched_without_form = view.page_of(link.url) is not None and not has_form
    weight = 0.7 if fetched_without_form else 0.85
    return Candidate(3, "online_cue_link", link.text, link_context(link, view), weight, target=target_name(link, view))


def portal_online_link(item: Evidence, view: SiteView) -> Candidate | None:
    """A portal page for one service, reached from the municipality's site, that offers to apply online."""
    if not isinstance(item, LinkEvidence) or item.page_role != Role.PORTAL or item.doc_type:
        return None
    if not STRONG_ONLINE_CUE.search(item.text) or gone(item.url, view) or noisy_link(item, view):
        return None
    if not portal_page_of_the_site(item, view):
        return None
    return Candidate(3, "portal_online_link", item.page_h1 or item.text, joined(item.text, item.page_title), 0.8)


def portal_tile_link(item: Evidence, view: SiteView) -> Candidate | None:
    """A tile of an online-service portal (Open Kreishaus) that leads to a form engine on another host (civento)."""
    if not isinstance(item, LinkEvidence) or item.page_role != Role.PORTAL or item.doc_type:
        return None
    if view.platforms.kind_of(item.page_url) != "online_service" or host_of(item.url) == host_of(item.page_url):
        return None
    if view.platforms.kind_of(item.url) not in ONLINE_PLATFORM_KINDS or noisy_link(item, view):
        return None
    if gone(item.url, view) or offers_no_online_service(item.url, view) or not portal_page_of_the_site(item, view):
        return None
    return Candidate(3, "portal_tile_link", item.text, joined(item.page_h1, view.clean_title(item.page_title)), 0.85)


def login_step_online_service(item: Evidence, view: SiteView) -> Candidate | None:
    """ "Online-Antrag starten" in front of a login step (`/auth?redirect=/antrag/...`, "Anmelden mit BundID"):
    a login wall in front of a named online service is an online application (OpenR@thaus/BIS)."""
    if not isinstance(item, LinkEvidence) or item.doc_type or not login_step(item.url):
        return None
    if not STRONG_ONLINE_CUE.search(item.text) or gone(item.url, view) or not portal_page_of_the_site(item, view):
        return None
    page = view.page_of(item.page_url)
    if page is None or page_noise(page.url, view.clean_title(page.page_title), page.breadcrumb, page.main_text):
        return None
    named = ONLINE_POSSIBLE.sub("", item.page_h1 or view.clean_title(item.page_title)).strip()
    return Candidate(3, "login_step_online_service", named, joined(item.text, view.clean_title(item.page_title)), 0.85)


def login_step_fully_digital(item: Evidence, view: SiteView) -> Candidate | None:
    base = login_step_online_service(item, view)
    page = view.page_of(item.page_url)
    if base is None or page is None or not states_fully_digital(page.key_sentences):
        return None
    return Candidate(4, "login_step_fully_digital", base.text, base.context, base.weight)


def form_download(item: Evidence, view: SiteView) -> Candidate | None:
    document = document_of(item, view)
    if document is None or not is_form_document(named := naming_of_document(document)):
        return None
    # "Antrag WBK (PDF)" on the page "Waffenbesitzkarte": a form on a service's page is that service's form.
    context, heading = link_context(document, view), page_heading(document, view)
    return Candidate(2, "form_download", named, context, 0.95, fallback=heading)


def leika_keyed_page(item: Evidence, view: SiteView) -> Candidate | None:
    """A service page that declares its LeiKa key in metadata: the key names the service, not a playful title."""
    if not isinstance(item, PageEvidence) or not item.leika_keys or _describing_page(item, view) is None:
        return None
    return Candidate(1, "leika_keyed_page", " ".join(item.leika_keys), "", 0.95)


def info_page(item: Evidence, view: SiteView) -> Candidate | None:
    title = _describing_page(item, view)
    if title is None or not isinstance(item, PageEvidence):
        return None
    return Candidate(1, "info_page", item.h1 or title, joined(title, item.breadcrumb), 0.9, fallback=title)


def _describing_page(item: Evidence, view: SiteView) -> str | None:
    """The clean title of an own page that may describe services: not the start page, news, events or a referral."""
    if not isinstance(item, PageEvidence) or item.role != Role.SITE or item.depth == 0:
        return None
    title = view.clean_title(item.page_title)
    if page_noise(item.url, title, item.breadcrumb, item.main_text):
        return None
    if view.is_referral(item):  # "Personalausweise stellt nicht der Landkreis aus, sondern Ihre Gemeinde"
        return None
    return title


def portal_info_page(item: Evidence, view: SiteView) -> Candidate | None:
    if not isinstance(item, PageEvidence) or item.role != Role.PORTAL:
        return None
    if view.platforms.kind_of(item.url) != "service_directory" or reached_from_noise(item, view):
        return None
    if view.is_referral(item):  # a directory entry of another authority ("Zuständig ist der Landkreis")
        return None
    if link_noise(item.via_text, item.url, ""):  # the portal's "Nutzerkonto" or "Termin buchen" page
        return None
    context = joined(item.via_text, item.via_context)
    return Candidate(1, "portal_info_page", item.h1 or item.page_title, context, 0.85, fallback=item.page_title)


def directory_link(item: Evidence, view: SiteView) -> Candidate | None:
    if not isinstance(item, LinkEvidence) or item.doc_type or view.dead_status(item.url) or noisy_link(item, view):
        return None
    if item.page_role == Role.PORTAL:
        return _portal_directory_link(item, view)
    kind = view.platforms.kind_of(item.url)
    if site_link(item) is None or not (view.is_site_url(item.url) or kind == "service_directory"):
        return None
    if page_noise(item.url, item.text, ""):
        return None
    target = view.page_of(item.url)
    if target is not None and view.is_referral(target):
        return None
    weight = 0.75 if item.region == "main" else 0.6
    context = link_context(item, view)
    return Candidate(1, "directory_link", item.text, context, weight, alternatives=item.alternative_names)


def _portal_directory_link(item: LinkEvidence, view: SiteView) -> Candidate | None:
    """An entry of a service directory the municipality links to or embeds (often filtered by its AGS).

    The directory is known by its host, or by the entry's target: an A-Z list of OpenR@thaus/BIS service pages
    (`/-/egov-bis-detail/dienstleistung/<id>/show`) on a portal host of any name. The listing must be one the
    municipality links to (one hop), and the entry's page must not refer to another authority.
    """
    kinds = {view.platforms.kind_of(item.page_url), view.platforms.kind_of(item.url)}
    if "service_directory" not in kinds or item.region != "main":
        return None
    listing = view.page_of(item.page_url)
    # Only a listing the municipality links to itself: the portal's general A-Z one click further is not its own.
    if listing is None or listing.depth > 1 or not portal_page_of_the_site(item, view):
        return None
    if view.is_referral_url(item.url):
        return None
    context = link_context(item, view)
    return Candidate(1, "directory_link", item.text, context, 0.65, alternatives=item.alternative_names)


def info_document(item: Evidence, view: SiteView) -> Candidate | None:
    document = document_of(item, view)
    if document is None or not is_info_document(named := naming_of_document(document)):
        return None
    context, heading = link_context(document, view), page_heading(document, view)
    return Candidate(1, "info_document", named, context, 0.7, fallback=heading)


# Highest level first, because a service's maturity is the highest level any evidence supports; within a
# level, the rules that need the least interpretation come first.
CRITERIA: tuple[Criterion, ...] = (
    Criterion("online_form_fully_digital", 4, online_form_fully_digital),
    Criterion("online_link_fully_digital", 4, online_link_fully_digital),
    Criterion("login_step_fully_digital", 4, login_step_fully_digital),
    Criterion("online_form", 3, online_form),
    Criterion("online_service_link", 3, online_service_link),
    Criterion("online_cue_link", 3, online_cue_link),
    Criterion("portal_online_link", 3, portal_online_link),
    Criterion("login_step_online_service", 3, login_step_online_service),
    Criterion("portal_tile_link", 3, portal_tile_link),
    Criterion("form_download", 2, form_download),
    Criterion("leika_keyed_page", 1, leika_keyed_page),
    Criterion("info_page", 1, info_page),
    Criterion("portal_info_page", 1, portal_info_page),
    Criterion("directory_link", 1, directory_link),
    Criterion("info_document", 1, info_document),
)


def candidates_for(item: Evidence, view: SiteView) -> list[Candidate]:
    """Every criterion's verdict on one piece of evidence (at most one per level), plus its page sections."""
    found: dict[int, Candidate] = {}
    for criterion in CRITERIA:
        if criterion.level in found:
            continue
        candidate = criterion.judge(item, view)
        if candidate is not None:
            found[criterion.level] = candidate
    return [*found.values(), *info_sections(item, view), *task_list_items(item, view)]


def task_list_items(item: Evidence, view: SiteView) -> list[Candidate]:
    """Bullets of an office's task list ("Unsere Aufgaben: Gewerbeanmeldung, Fundsachen"): each names a service."""
    if not isinstance(item, PageEvidence) or not item.task_items or _describing_page(item, view) is None:
        return []
    context = joined(item.h1, view.clean_title(item.page_title))
    return [Candidate(1, "task_list_item", task, context, 0.7) for task in item.task_items]


def info_sections(item: Evidence, view: SiteView) -> list[Candidate]:
    """Sections of an information page that each describe a service ("Steuern": Hundesteuer, Grundsteuer ...)."""
    if not isinstance(item, PageEvidence) or info_page(item, view) is None or item.leika_keys:
        return []  # a keyed page describes the service its key names
    context = joined(item.h1, view.clean_title(item.page_title))
    return [
        Candidate(1, "info_section", heading, context, 0.65)
        for heading in dict.fromkeys(_service_headings(item, view))
        if heading and heading != item.h1
    ]


def _service_headings(page: PageEvidence, view: SiteView) -> list[str]:
    """Headings of sections that may describe a service: not a group heading, not a referral."""
    headings = list(page.headings[:MAX_SECTIONS])
    # Pages stored before leads and levels were recorded: every heading, as then.
    leads = list(page.section_leads) or [""] * len(headings)
    levels = list(page.heading_levels) or [2] * len(headings)
    kept = []
    for number, heading in enumerate(headings[: len(leads)]):
        deeper_next = number + 1 < len(levels) and levels[number + 1] > levels[number]
        if deeper_next and not leads[number]:
            continue  # "Nachwuchs" above "Geburt eines Kindes" and "Vaterschaft anerkennen"
        if refers_elsewhere(leads[number], view.kreis_site):
            continue  # "Elterngeld und Unterhaltsvorschuss beantragen Sie beim Landkreis."
        kept.append(heading)
    return kept
