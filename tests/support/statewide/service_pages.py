"""Service pages and the lists that lead to them: Bürgerservice menus, A–Z, tiles, themes, life events, JS."""

from __future__ import annotations

import json

from tests.support.statewide.chrome import e
from tests.support.statewide.content import DOC_FOLDERS, ONLINE_WORDINGS, PDF_NAMES, PDF_WORDINGS, fee_text, pick
from tests.support.statewide.paths import SitePaths
from tests.support.statewide.plan import ServicePlan, SitePlan
from tests.support.statewide.portal import appointment_url, portal_url
from tests.support.statewide.services import THEMES

Links = list[tuple[str, str]]


def pdf_path(plan: SitePlan, service: ServicePlan) -> str:
    name = pick(PDF_NAMES, plan.style // 4).format(key=service.spec.key, Key=service.spec.key.capitalize())
    return pick(DOC_FOLDERS, plan.style) + name


def pdf_link_text(service: ServicePlan, size: int) -> str:
    wording = pick(PDF_WORDINGS, service.wording // 7)
    return wording.format(kb=max(1, round(size / 1024)), title=service.title)


def online_paragraph(plan: SitePlan, service: ServicePlan) -> str:
    url = e(portal_url(plan, service))
    if service.wording % 20 == 0:  # a bare "hier" link: only the sentence around it says it is online
        return f'<p>Den Antrag können Sie <a href="{url}">hier</a> online stellen.</p>'
    text = pick(ONLINE_WORDINGS, service.wording).format(title=service.title)
    return f'<p class="online-dienst"><a class="button" href="{url}">{e(text)}</a></p>'


def actions(plan: SitePlan, service: ServicePlan, pdf_size: int) -> str:
    """Online link, PDF form and appointment link, whichever this service has ('' for none)."""
    parts = []
    if service.online:
        parts.append(online_paragraph(plan, service))
    if service.pdf:
        text = pdf_link_text(service, pdf_size)
        parts.append(f'<p class="download"><a href="{e(pdf_path(plan, service))}">{e(text)}</a></p>')
    if service.appointment:
        wording = "Termin vereinbaren" if service.wording % 2 else "Termin online buchen"
        parts.append(f'<p><a href="{e(appointment_url(plan))}">{wording}</a></p>')
    return "".join(parts)


def service_main(plan: SitePlan, service: ServicePlan, pdf_size: int) -> str:
    """The description page of one service, in the site's heading style."""
    theme = THEMES[service.spec.theme]
    who = plan.identity
    about = e(service.spec.about)
    documents = "".join(f"<li>{e(item)}</li>" for item in theme.documents)
    fee = fee_text(service.spec.ozg_id, plan.style)
    contact = f"{e(theme.office)}, {e(who.official)}, {e(who.address)}, Telefon {e(who.phone)}"
    todo = actions(plan, service, pdf_size) or f"<p>Bitte wenden Sie sich an: {e(theme.office)}.</p>"
    title = f"<h1>{e(service.title)}</h1>"
    if plan.heading_style == "sections":
        return (
            f"{title}<h2>Beschreibung</h2><p>{about}</p><h2>Erforderliche Unterlagen</h2><ul>{documents}</ul>"
            f"<h2>Gebühren</h2><p>{fee}</p><h2>Zuständige Stelle</h2><p>{contact}</p>"
            f"<h2>{'Online-Dienst' if service.online else 'Antrag'}</h2>{todo}"
        )
    if plan.heading_style == "questions":
        return (
            f"{title}<h3>Worum geht es?</h3><p>{about}</p><h3>Welche Unterlagen werden benötigt?</h3>"
            f"<ul>{documents}</ul><h3>Welche Gebühren fallen an?</h3><p>{fee}</p>"
            f"<h3>An wen muss ich mich wenden?</h3><p>{contact}</p><h3>Wie stelle ich den Antrag?</h3>{todo}"
        )
    if plan.heading_style == "definitions":
        return (
            f'{title}<dl class="leistung"><dt>Leistungsbeschreibung</dt><dd>{about}</dd><dt>Unterlagen</dt>'
            f"<dd><ul>{documents}</ul></dd><dt>Kosten</dt><dd>{fee}</dd><dt>Ansprechpartner</dt>"
            f"<dd>{contact}</dd><dt>Verfahren</dt><dd>{todo}</dd></dl>"
        )
    return (
        f'{title}<p class="teaser">{about}</p><details open><summary>Voraussetzungen und Unterlagen</summary>'
        f"<ul>{documents}</ul></details><details><summary>Kosten</summary><p>{fee}</p></details>"
        f'<details><summary>Kontakt</summary><p>{contact}</p></details><div class="aktionen">{todo}</div>'
    )


def _items(paths: SitePaths, services: list[ServicePlan]) -> str:
    return "".join(f'<li><a href="{e(paths.service(s))}">{e(s.title)}</a></li>' for s in sorted(services, key=_title))


def _title(service: ServicePlan) -> str:
    return service.title.casefold()


def by_theme(plan: SitePlan, theme: str) -> list[ServicePlan]:
    return [service for service in plan.services if service.spec.theme == theme]


def index_main(plan: SitePlan, paths: SitePaths) -> str:
    """The page that lists every service, in the layout's manner."""
    if plan.behaviour == "js":
        return js_index(plan, paths)
    if plan.layout == "az":
        return az_index(plan, paths)
    if plan.layout == "tiles":
        return tiles_index(plan, paths)
    if plan.layout in ("nested", "lifeevents"):
        heading = "Bürgerservice" if plan.layout == "nested" else "Was erledige ich wo?"
        entries = "".join(
            f'<li><a href="{e(paths.theme(theme))}">{e(theme_label(plan, theme))}</a> '
            f"({len(by_theme(plan, theme))})</li>"
            for theme in paths.themes
        )
        return f"<h1>{heading}</h1><p>Bitte wählen Sie einen Bereich.</p><ul>{entries}</ul>"
    groups = "".join(
        f"<h2>{e(THEMES[theme].title)}</h2><ul>{_items(paths, by_theme(plan, theme))}</ul>" for theme in paths.themes
    )
    return f"<h1>Bürgerservice</h1><p>Informationen zu unseren Dienstleistungen.</p>{groups}"


def theme_label(plan: SitePlan, theme: str) -> str:
    return THEMES[theme].life_event if plan.layout == "lifeevents" else THEMES[theme].title


def theme_main(plan: SitePlan, paths: SitePaths, theme: str) -> str:
    return f"<h1>{e(theme_label(plan, theme))}</h1><ul>{_items(paths, by_theme(plan, theme))}</ul>"


def az_index(plan: SitePlan, paths: SitePaths) -> str:
    letters: dict[str, list[ServicePlan]] = {}
    for service in sorted(plan.services, key=_title):
        letters.setdefault(service.title[0].upper(), []).append(service)
    jump = " ".join(f'<a href="#{letter}">{letter}</a>' for letter in letters)
    blocks = "".join(
        f'<h3 id="{letter}">{letter}</h3><ul>{_items(paths, services)}</ul>' for letter, services in letters.items()
    )
    return f'<h1>Dienstleistungen von A bis Z</h1><p class="az-navigation">{jump}</p>{blocks}'


def tiles_index(plan: SitePlan, paths: SitePaths) -> str:
    tiles = "".join(
        f'<div class="kachel"><a href="{e(paths.service(s))}"><h3>{e(s.title)}</h3></a>'
        f"<p>{e(THEMES[s.spec.theme].title)}</p>{'<span class=badge>online</span>' if s.online else ''}</div>"
        for s in sorted(plan.services, key=_title)
    )
    return f'<h1>Online-Rathaus</h1><p>Was möchten Sie erledigen?</p><div class="kacheln">{tiles}</div>'


def js_index(plan: SitePlan, paths: SitePaths) -> str:
    """An empty container filled by a script from inline data: only a browser sees the links."""
    data = [
        {"titel": s.title, "url": paths.service(s), "thema": THEMES[s.spec.theme].title}
        for s in sorted(plan.services, key=_title)
    ]
    payload = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return (
        "<h1>Bürgerservice</h1><p>Informationen zu unseren Dienstleistungen.</p>"
        '<div id="leistungen-app" class="leistungsliste"></div>'
        "<noscript>Bitte aktivieren Sie JavaScript, um die Leistungen anzuzeigen.</noscript>"
        f"<script>var LEISTUNGEN = {payload};\n{JS_RENDERER}</script>"
    )


JS_RENDERER = """document.addEventListener('DOMContentLoaded', function () {
  var groups = {}, html = '';
  LEISTUNGEN.forEach(function (l) { (groups[l.thema] = groups[l.thema] || []).push(l); });
  Object.keys(groups).sort().forEach(function (thema) {
    html += '<h2>' + thema + '</h2><ul>';
    groups[thema].forEach(function (l) { html += '<li><a href="' + l.url + '">' + l.titel + '</a></li>'; });
    html += '</ul>';
  });
  document.getElementById('leistungen-app').innerHTML = html;
});"""


def forms_main(plan: SitePlan, sizes: dict[str, int]) -> str:
    """The tiles layout's "Formulare" page: every PDF form of the site in one list."""
    entries = "".join(
        f'<li><a href="{e(pdf_path(plan, s))}">{e(s.title)} – {e(pdf_link_text(s, sizes[s.spec.ozg_id]))}</a></li>'
        for s in sorted(plan.services, key=_title)
        if s.pdf
    )
    if not entries:
        return "<h1>Formulare</h1><p>Zurzeit stehen keine Formulare zum Herunterladen bereit.</p>"
    return f"<h1>Formulare</h1><p>Formulare zum Ausdrucken und Ausfüllen.</p><ul>{entries}</ul>"
