"""The online-service portals the sites link to, plus the shared appointment booking host.

Three portal kinds, as found in Lower Saxony: a per-municipality tenant host on a known platform
(`<tenant>.rathausdirekt.de`), a shared civento-style form server (`/civ.public/` paths) and a shared
service portal whose host the project's platform registry does not know (found only by link wording).
"""

from __future__ import annotations

from tests.support.statewide.chrome import e
from tests.support.statewide.content import LEVEL3_SENTENCES, LEVEL4_SENTENCES, pick
from tests.support.statewide.plan import ServicePlan, SitePlan

SERVICEPORTAL_HOST = "serviceportal-nord.example-kommunal.de"
CIVENTO_HOST = "formulare.example-kommunal.de"
APPOINTMENT_HOST = "termine.example-kommunal.de"
SHARED_HOSTS = (SERVICEPORTAL_HOST, CIVENTO_HOST, APPOINTMENT_HOST)
COMMON_FIELDS = (
    ("familienname", "Familienname", "text"),
    ("vorname", "Vorname(n)", "text"),
    ("geburtsdatum", "Geburtsdatum", "date"),
    ("strasse", "Straße, Hausnummer", "text"),
    ("plz", "Postleitzahl", "text"),
    ("ort", "Wohnort", "text"),
    ("email", "E-Mail-Adresse", "email"),
)

Files = dict[str, dict[str, str]]  # host -> file path -> HTML


def portal_host(plan: SitePlan) -> str:
    if plan.portal == "rathausdirekt":
        return f"{plan.core}.rathausdirekt.de"
    return SERVICEPORTAL_HOST if plan.portal == "serviceportal" else CIVENTO_HOST


def portal_file(plan: SitePlan, service: ServicePlan) -> str:
    key = service.spec.key
    if plan.portal == "rathausdirekt":
        return f"dienste/{key}/index.html"
    if plan.portal == "serviceportal":
        return f"{plan.core}/{key}/index.html"
    return f"civ.public/{plan.core}/{key}.html"


def portal_url(plan: SitePlan, service: ServicePlan) -> str:
    path = portal_file(plan, service).removesuffix("index.html")
    return f"https://{portal_host(plan)}/{path}"


def portal_home(plan: SitePlan) -> str:
    """The tenant's start page on its portal."""
    if plan.portal == "rathausdirekt":
        return "index.html"
    return f"{plan.core}/index.html" if plan.portal == "serviceportal" else f"civ.public/{plan.core}/start.html"


def appointment_url(plan: SitePlan) -> str:
    return f"https://{APPOINTMENT_HOST}/{plan.core}/"


def portal_files(plan: SitePlan) -> Files:
    """The tenant's pages: one application page per live online service and a start page listing them."""
    host = portal_host(plan)
    live = [service for service in plan.services if service.online and service.portal_live]
    files = {portal_file(plan, service): application_page(plan, service) for service in live}
    entries = "".join(
        f'<li><a href="/{e(portal_file(plan, s).removesuffix("index.html"))}">{e(s.title)}</a></li>' for s in live
    )
    files[portal_home(plan)] = _portal_page(
        plan, "Online-Dienste", f"<h1>Online-Dienste – {e(plan.identity.official)}</h1><ul>{entries}</ul>"
    )
    return {host: files}


def application_page(plan: SitePlan, service: ServicePlan) -> str:
    """A real application form; level 4 adds the sentence that the notice reaches the BundID postbox."""
    # The delivery sentence comes before the form: sentence splitting would glue it to the field labels.
    delivery = pick(LEVEL4_SENTENCES if service.digital else LEVEL3_SENTENCES, service.wording)
    fields = [*COMMON_FIELDS, *((f"angabe{i}", label, "text") for i, label in enumerate(service.spec.fields))]
    inputs = "".join(
        f'<div class="feld"><label for="f-{name}">{e(label)}</label>'
        f'<input type="{kind}" id="f-{name}" name="{name}" required></div>'
        for name, label, kind in fields
    )
    main = (
        f"<h1>{e(service.title)}</h1><p>Antrag an: {e(plan.identity.official)}.</p>"
        "<p>Für diesen Antrag benötigen Sie etwa zehn Minuten. Sie können sich optional mit Ihrer BundID "
        f"anmelden.</p><p>{e(delivery)}</p>"
        '<form method="post" action="absenden" class="antrag"><fieldset>'
        f"<legend>Angaben zur Person und zum Antrag</legend>{inputs}</fieldset>"
        '<div class="feld"><input type="checkbox" id="f-dsgvo" name="dsgvo" required>'
        '<label for="f-dsgvo">Ich habe die Datenschutzhinweise gelesen.</label></div>'
        '<button type="submit">Antrag absenden</button></form>'
    )
    return _portal_page(plan, service.title, main)


def _portal_page(plan: SitePlan, title: str, main: str) -> str:
    brand = {"rathausdirekt": "rathausdirekt", "serviceportal": "Serviceportal Nord", "civento": "civento"}
    home = "/" + portal_home(plan).removesuffix("index.html")
    return (
        f'<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8"><title>{e(title)} – '
        f"{brand[plan.portal]} – {e(plan.identity.official)}</title></head>\n"
        f'<body><header><a href="{e(home)}">{brand[plan.portal]}</a> · {e(plan.identity.official)}</header>\n'
        f"<main>{main}</main>\n<footer>Online-Dienste für Kommunen in Niedersachsen</footer></body></html>\n"
    )


def appointment_files(plan: SitePlan) -> Files:
    """A booking form: evidence of nothing, but it looks like an application to a careless crawler."""
    concerns = "".join(f"<option>{e(s.title)}</option>" for s in plan.services if s.appointment) or (
        "<option>Allgemeine Vorsprache</option>"
    )
    main = (
        f"<h1>Terminvereinbarung – {e(plan.identity.official)}</h1>"
        '<form method="post" action="buchen"><label for="a">Anliegen</label>'
        f'<select id="a" name="anliegen">{concerns}</select><label for="d">Datum</label>'
        '<input id="d" name="datum" type="date"><label for="u">Uhrzeit</label><input id="u" name="uhrzeit">'
        '<button type="submit">Termin buchen</button></form>'
    )
    page = (
        f'<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8"><title>Terminvereinbarung – '
        f"{e(plan.identity.official)}</title></head>\n<body><main>{main}</main></body></html>\n"
    )
    return {APPOINTMENT_HOST: {f"{plan.core}/index.html": page}}


def shared_start_pages() -> Files:
    """The bare start pages of the shared hosts (they list no tenants: that page would be huge)."""
    page = (
        '<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8"><title>{0}</title></head>\n'
        "<body><main><h1>{0}</h1><p>Bitte wählen Sie Ihre Kommune über deren Internetseite.</p>"
        "</main></body></html>\n"
    )
    return {
        SERVICEPORTAL_HOST: {"index.html": page.format("Serviceportal Nord")},
        CIVENTO_HOST: {"index.html": page.format("Formularserver")},
        APPOINTMENT_HOST: {"index.html": page.format("Terminvereinbarung")},
    }
