"""The main content of the ordinary pages: menu, start page, imprint, contact, events, news, jobs, others."""

from __future__ import annotations

from tests.support.statewide.chrome import e, list_items
from tests.support.statewide.content import EVENTS, GREETINGS, JOBS, MISC, NEWS, pick
from tests.support.statewide.naming import Identity
from tests.support.statewide.paths import COMMON, SitePaths
from tests.support.statewide.plan import SitePlan
from tests.support.statewide.portal import appointment_url

Links = list[tuple[str, str]]
MISSING_MENU_PAGE = "/ortsrecht/"  # linked from the menu of "broken" sites, never written
FACET_ENTRY = "/suche/?seite=1"


def calendar_prefix(paths: SitePaths) -> str:
    return paths.page("events").rsplit("/", 1)[0] + "/kalender"


def menu(plan: SitePlan, paths: SitePaths) -> Links:
    """The main menu in the layout's wording, plus the traps and the dead entry of misbehaving sites."""
    index, news, events, jobs, misc = (paths.page(n) for n in ("index", "news", "events", "jobs", "misc"))
    contact = COMMON["kontakt"]
    menus: dict[str, Links] = {
        "classic": [("Startseite", "/"), ("Rathaus", misc), ("Bürgerservice", index), ("Aktuelles", news),
                    ("Veranstaltungen", events), ("Stellenangebote", jobs), ("Kontakt", contact)],
        "az": [("Home", "/"), ("Verwaltung", paths.page("overview")), ("Dienstleistungen A–Z", index),
               (f"Leben in {plan.identity.town}", misc), ("Neuigkeiten", news), ("Veranstaltungen", events),
               ("Karriere", jobs), ("Kontakt", contact)],
        "tiles": [("Start", "/"), ("Online-Rathaus", index), ("Formulare", paths.page("forms")),
                  ("Aktuelles", news), ("Veranstaltungen", events), ("Über uns", misc), ("Jobs", jobs)],
        "nested": [("Rathaus", paths.page("overview")), ("Bürgerservice", index), ("Leben", misc),
                   ("Veranstaltungen", events), ("Aktuelles", news), ("Stellenangebote", jobs)],
        "lifeevents": [("Startseite", "/"), ("Was erledige ich wo?", index), ("Aktuelles", news),
                       ("Veranstaltungen", events), ("Porträt", misc), ("Stellenangebote", jobs),
                       ("Kontakt", contact)],
    }  # fmt: skip
    items = menus[plan.layout]
    if plan.behaviour == "broken":
        items.append(("Ortsrecht", MISSING_MENU_PAGE))
    if "calendar" in plan.traps:
        items.append(("Veranstaltungskalender", calendar_prefix(paths)))
    if "facet" in plan.traps:
        items.append(("Suche", FACET_ENTRY))
    return items


def footer(who: Identity) -> str:
    return (
        f"<p><strong>{e(who.official)}</strong><br>{e(who.street)}<br>{e(who.postcode)} {e(who.town)}<br>"
        f'Telefon {e(who.phone)} · E-Mail <a href="mailto:{e(who.email)}">{e(who.email)}</a></p>'
    )


FOOTER_LINKS: Links = [
    ("Impressum", COMMON["impressum"]),
    ("Datenschutz", COMMON["datenschutz"]),
    ("Barrierefreiheit", COMMON["barrierefreiheit"]),
    ("Kontakt", COMMON["kontakt"]),
]


def home_main(plan: SitePlan, paths: SitePaths) -> str:
    """Greeting with the official name, the head of administration, frequent services and news."""
    who = plan.identity
    greeting = pick(GREETINGS, plan.style).format(official=who.official)
    # Script-built sites link no service statically, or a crawler without a browser would find them.
    quick = [] if plan.behaviour == "js" else plan.services[plan.style % 3 :: 4][:6]
    news = [(NEWS[i][0], paths.news_item(i, NEWS[i][0])) for i in plan.news[:3]]
    main = (
        f"<h1>{e(greeting)}</h1>"
        f"<p>Informationen aus Politik, Verwaltung und dem Leben in {e(who.town)}.</p>"
        '<div class="grusswort"><p>Ich freue mich über Ihren Besuch auf unseren Seiten.</p>'
        f"<p>{e(who.head_name)}, {e(who.head_title)}</p></div>"
    )
    if quick:
        main += f"<h2>Häufig gesucht</h2><ul>{list_items([(s.title, paths.service(s)) for s in quick])}</ul>"
    return main + (
        f'<p><a href="{e(paths.page("index"))}">Alle Dienstleistungen</a> · '
        f'<a href="{e(appointment_url(plan))}">Termin vereinbaren</a></p>'
        f"<h2>Aktuelles</h2><ul>{list_items(news)}</ul>"
    )


def impressum_main(who: Identity, ars: str) -> str:
    article = "den" if who.head_article == "Der" else "die"
    return (
        f"<h1>Impressum</h1><h2>Herausgeber</h2><p>{e(who.official)}<br>{e(who.head_line)}<br>"
        f"{e(who.street)}<br>{e(who.postcode)} {e(who.town)}</p>"
        f"<p>Telefon: {e(who.phone)}<br>E-Mail: {e(who.email)}</p>"
        "<p>Rechtsform: Körperschaft des öffentlichen Rechts, "
        f"vertreten durch {article} {e(who.head_title)} {e(who.head_name)}.</p>"
        f"<p>Umsatzsteuer-Identifikationsnummer: DE{ars[:9]}</p>"
    )


def privacy_main(who: Identity) -> str:
    return (
        f"<h1>Datenschutzerklärung</h1><p>Verantwortlich für die Verarbeitung: {e(who.official)}, "
        f"{e(who.address)}.</p><p>Diese Seiten setzen nur technisch notwendige Cookies.</p>"
    )


def accessibility_main() -> str:
    return (
        "<h1>Erklärung zur Barrierefreiheit</h1>"
        "<p>Wir sind bemüht, unsere Internetseiten barrierefrei zugänglich zu machen.</p>"
    )


def contact_main(who: Identity) -> str:
    """A contact form: name, e-mail, subject, message. Not an application, however it is submitted."""
    fields = (
        ("name", "Ihr Name", "text"),
        ("email", "E-Mail-Adresse", "email"),
        ("betreff", "Betreff", "text"),
    )
    inputs = "".join(
        f'<label for="k-{name}">{label}</label><input id="k-{name}" name="{name}" type="{kind}">'
        for name, label, kind in fields
    )
    return (
        f"<h1>Kontakt</h1><p>{e(who.official)}, {e(who.address)}, Telefon {e(who.phone)}</p>"
        f'<form method="post" action="/kontakt/senden">{inputs}'
        '<label for="k-text">Ihre Nachricht</label><textarea id="k-text" name="nachricht"></textarea>'
        '<button type="submit">Nachricht senden</button></form>'
    )


def events_main(plan: SitePlan, paths: SitePaths) -> str:
    events = "".join(
        f"<li>{(i * 9) % 28 + 1:02d}.{(i * 5) % 12 + 1:02d}.2026: {e(title)}, {e(place)}</li>"
        for i, (title, place) in enumerate(EVENTS)
        if (i + plan.style) % 3
    )
    calendar = ""
    if "calendar" in plan.traps:
        calendar = f'<p><a href="{calendar_prefix(paths)}">Zum Kalender</a></p>'
    return f"<h1>Veranstaltungen</h1><ul>{events}</ul>{calendar}"


def news_main(plan: SitePlan, paths: SitePaths, index: int) -> str:
    """A dated news item; it links the service it mentions when the site describes that service."""
    title, text, ozg_id = NEWS[index]
    more = ""
    offered = {s.spec.ozg_id: s for s in plan.services}
    if ozg_id in offered and plan.behaviour != "js":
        service = offered[ozg_id]
        link = f'<a href="{e(paths.service(service))}">{e(service.title)}</a>'
        more = f"<p>Weitere Informationen: {link}</p>"
    date = f"{(index * 7) % 28 + 1:02d}.{index % 12 + 1:02d}.2026"
    return f"<h1>{e(title)}</h1><p>{date} – {e(text)}</p>{more}"


def job_main(who: Identity, index: int) -> str:
    title, text = JOBS[index]
    return (
        f"<h1>{e(title)}</h1><p>{e(who.official)} sucht zum nächstmöglichen Zeitpunkt Verstärkung.</p>"
        f"<p>{e(text)}</p><p>Bewerbungen bitte an {e(who.email)}.</p>"
    )


def misc_main(who: Identity, index: int) -> str:
    title, text = MISC[index]
    return f"<h1>{e(title)}</h1><p>{e(text.format(town=who.town))}</p>"


def listing_main(heading: str, links: Links) -> str:
    return f"<h1>{e(heading)}</h1><ul>{list_items(links)}</ul>"
