"""Home page, noise pages (news, Kreistag, jobs, events, forms), legacy archive, intranet and the JS-built list."""

from __future__ import annotations

import json

from hasetal_core import KREIS, Site, Svc, esc, field_html, url
from hasetal_layout import (AEMTER_INDEX, AMT, AZ_INDEX, CALENDAR, CSS, CSS_PATH, DATENSCHUTZ, EVENTS, IMPRESSUM,
                            KARRIERE, KONTAKT, KREISTAG, NEWS_INDEX, NEWSLETTER, ONLINE, SUCHE, page, seite)

JSON_PATH = "/portal/json/gesundheit-soziales-leistungen.json"

NEWS = [
    (seite("hochwasserschutz-hase", 301, 21402), "12.02.2025",
     "Hochwasserschutz an der Hase: Landkreis investiert 4,2 Millionen Euro",
     "<p>Der Kreisausschuss hat den Ausbau der Deiche zwischen Hasebrück und Wettrup beschlossen. Bis 2027 sollen "
     "rund 4,2 Millionen Euro in Hochwasserschutzmaßnahmen fließen, davon trägt das Land 70 Prozent.</p>"
     "<p>Landrätin Dr. Ilka Bruns: „Die Hochwasser des letzten Winters haben gezeigt, wie wichtig ein "
     "vorausschauender Hochwasserschutz ist.“ Anträge von Privatpersonen sind für dieses Programm nicht vorgesehen; "
     "die Maßnahmen setzt der Unterhaltungsverband um.</p>"),
    (seite("zulassungsstelle-oeffnungszeiten", 302, 21402), "03.02.2025",
     "Zulassungsstelle: Längere Öffnungszeiten am Donnerstag",
     "<p>Ab März öffnet die Zulassungsstelle donnerstags bis 17.30 Uhr. Weiterhin gilt: Bitte buchen Sie vorab einen "
     f'Termin. Viele Zulassungen lassen sich inzwischen auch online erledigen, siehe <a href="{ONLINE}">Online-Dienste'
     "</a>.</p>"),
    (seite("wohngeld-antragszahlen", 303, 21402), "20.01.2025",
     "Wohngeld: Zahl der Haushalte hat sich verdoppelt",
     "<p>Seit der Wohngeldreform erhalten im Landkreis rund 3.900 Haushalte Wohngeld, doppelt so viele wie 2022. Der "
     "Kreis hat dafür sechs zusätzliche Stellen geschaffen. Die durchschnittliche Bearbeitungszeit liegt bei "
     "sieben Wochen.</p>"),
    (seite("masernschutz-nachweis-kita-schule", 305, 21402), "08.01.2025",
     "Masernschutz: Was Eltern vor dem Kita-Start wissen müssen",
     "<p>Das Gesundheitsamt erinnert: Kinder, die eine Kita, Kindertagespflege oder Schule besuchen, müssen einen "
     "Nachweis über den Masernschutz vorlegen – in der Regel den Impfausweis. Die Impfung selbst erhalten Kinder bei "
     "ihrer Kinder- und Jugendarztpraxis; das Gesundheitsamt bietet keine Impfsprechstunde an. Die Einrichtungen "
     "melden fehlende Nachweise an das Gesundheitsamt.</p>"),
]


def home(site: Site) -> None:
    teaser = "".join(f'<li><span class="datum">{d}</span> <a href="{p}">{esc(t)}</a></li>' for p, d, t, _ in NEWS)
    body = f"""<h1>Willkommen im Landkreis Hasetal</h1>
<p>Rund 130.000 Menschen leben in den zwei Städten und elf Gemeinden des Landkreises Hasetal zwischen Hasebrück
und dem Wettruper Moor. Hier finden Sie die Leistungen der Kreisverwaltung, aktuelle Meldungen und Termine.</p>
<section class="schnellzugriff"><h2>Schnellzugriff</h2><ul>
<li><a href="{AZ_INDEX}">Dienstleistungen A–Z</a></li>
<li><a href="{ONLINE}">Online-Dienste</a></li>
<li><a href="/kfz">Kfz-Zulassung und Führerschein</a></li>
<li><a href="{AEMTER_INDEX}">Ämter und Einrichtungen</a></li>
<li><a href="/archiv/">Archiv</a></li>
</ul></section>
<section><h2>Aktuelles</h2><ul>{teaser}</ul><p><a href="{NEWS_INDEX}">Alle Meldungen</a></p></section>
<section><h2>Termine</h2><p><a href="{EVENTS}">Veranstaltungen im Kreishaus</a> ·
<a href="{KREISTAG}">Sitzungen des Kreistages</a></p></section>
<section><h2>Karriere</h2><p>Wir suchen Verstärkung! <a href="{KARRIERE}">Aktuelle Stellenangebote</a></p></section>
<p><a href="http://www.hasetal-tourismus.de/">Tourismus im Hasetal</a></p>"""
    site.add(KREIS, "/", page("Startseite", body, []))


def news(site: Site) -> None:
    rows = []
    for path, date, title, text in NEWS:
        rows.append(f'<li><span class="datum">{date}</span> <a href="{path}">{esc(title)}</a></li>')
        body = f'<article class="pressemitteilung"><p class="datum">Pressemitteilung vom {date}</p><h1>{esc(title)}</h1>{text}</article>'
        site.add(KREIS, path, page(title, body, [("Aktuelles", NEWS_INDEX), (title, "")]))
    site.add(KREIS, NEWS_INDEX, page("Aktuelles", f"<h1>Aktuelles und Pressemitteilungen</h1><ul>{''.join(rows)}</ul>"))


def kreistag(site: Site) -> None:
    minutes = seite("niederschrift-kreistag-2024-12-12", 351, 21402)
    body = f"""<h1>Kreistag und Ausschüsse</h1>
<p>Der Kreistag besteht aus 50 Abgeordneten und der Landrätin. Die Sitzungen sind öffentlich.</p>
<ul><li><a href="{minutes}">Niederschrift der Kreistagssitzung vom 12.12.2024</a></li>
<li>Nächste Sitzung: 27.03.2025, 17.00 Uhr, Sitzungssaal des Kreishauses</li></ul>"""
    site.add(KREIS, KREISTAG, page("Kreistag und Ausschüsse", body))
    body = """<h1>Niederschrift über die 14. Sitzung des Kreistages am 12.12.2024</h1>
<p>Beginn 17.00 Uhr, Ende 20.40 Uhr. Anwesend: 46 Abgeordnete.</p>
<h2>TOP 5: Haushaltssatzung 2025</h2><p>Der Kreistag beschließt die Haushaltssatzung mit 31 Ja-Stimmen bei 15
Gegenstimmen.</p>
<h2>TOP 7: Richtlinie über Zuschüsse zur Denkmalförderung</h2><p>Die Verwaltung erläutert die neue Richtlinie, nach
der private Eigentümer von Baudenkmalen Zuschüsse bis 10.000 Euro erhalten können. Der Kreistag stellt die Beratung
bis zur Sitzung des Kulturausschusses zurück. Ein Antragsverfahren wird es frühestens 2026 geben.</p>
<h2>TOP 9: Schülerbeförderung – neues Buskonzept</h2><p>Kreistagsabgeordneter Menke (Gruppe FWG/FDP) fragt nach
den Kosten des neuen Linienkonzepts. Die Verwaltung sagt eine schriftliche Antwort zu.</p>
<h2>TOP 11: Anfragen</h2><p>Keine.</p>"""
    site.add(KREIS, minutes, page("Niederschrift Kreistag 12.12.2024", body, [("Kreistag", KREISTAG), ("Niederschrift", "")]))


JOBS = [
    (seite("stellenangebot-sachbearbeitung-elterngeld", 402, 21402), "Sachbearbeitung Elterngeld (m/w/d)",
     "Jugendamt, Elterngeldstelle, EG 9a TVöD, unbefristet, Vollzeit oder Teilzeit",
     "Sie bearbeiten Anträge auf Elterngeld und ElterngeldPlus, beraten Eltern am Telefon und setzen Leistungen "
     "fest. Wir erwarten eine abgeschlossene Ausbildung als Verwaltungsfachangestellte/r."),
    (seite("stellenangebot-amtsvormundschaften", 403, 21402), "Sachbearbeitung Amtsvormundschaften (m/w/d)",
     "Jugendamt, EG S 14 TVöD SuE, befristet für zwei Jahre",
     "Sie führen Vormundschaften und Pflegschaften für Kinder und Jugendliche, halten Kontakt zu Mündeln, "
     "Pflegefamilien und Einrichtungen und vertreten die Kinder gegenüber Behörden."),
]


def karriere(site: Site) -> None:
    rows = "".join(f'<li><a href="{p}">{esc(t)}</a> – {esc(m)}</li>' for p, t, m, _ in JOBS)
    site.add(KREIS, KARRIERE, page("Karriere beim Landkreis", f"<h1>Stellenangebote</h1><ul>{rows}</ul>"
                                   "<p>Bewerbungen bitte über unser Bewerbungsportal.</p>"))
    for path, title, meta, text in JOBS:
        body = (f"<h1>{esc(title)}</h1><p><strong>{esc(meta)}</strong></p><h2>Ihre Aufgaben</h2><p>{esc(text)}</p>"
                "<h2>Bewerbung</h2><p>Bewerbungsschluss: 15.03.2025. Fragen beantwortet Frau Oltmanns, "
                "Telefon 05491 807-1120.</p>")
        site.add(KREIS, path, page(title, body, [("Karriere", KARRIERE), (title, "")]))


def events(site: Site) -> None:
    info = seite("infoabend-pflegeeltern", 451, 21402)
    tag = seite("tag-der-offenen-tuer-kreishaus", 452, 21402)
    body = f"""<h1>Veranstaltungen</h1><ul>
<li>06.03.2025 · <a href="{info}">Infoabend: Pflegeeltern werden</a></li>
<li>05.04.2025 · <a href="{tag}">Tag der offenen Tür im Kreishaus</a></li></ul>
<p><a href="{CALENDAR}?monat=2025-03">Veranstaltungskalender (Monatsansicht)</a></p>"""
    site.add(KREIS, EVENTS, page("Veranstaltungen", body))
    site.add(KREIS, info, page("Infoabend: Pflegeeltern werden", """<h1>Infoabend: Pflegeeltern werden</h1>
<p>Donnerstag, 06.03.2025, 19.00 Uhr, Kreishaus I, Raum 112.</p><p>Der Pflegekinderdienst des Jugendamtes sucht
Familien, die einem Kind auf Zeit oder dauerhaft ein Zuhause geben. An diesem Abend berichten Pflegeeltern von
ihren Erfahrungen; Mitarbeiterinnen erklären, wie die Vermittlung abläuft und welches Pflegegeld gezahlt wird.
Eine Anmeldung ist nicht nötig.</p>""", [("Veranstaltungen", EVENTS), ("Infoabend", "")]))
    site.add(KREIS, tag, page("Tag der offenen Tür", """<h1>Tag der offenen Tür im Kreishaus</h1>
<p>Samstag, 05.04.2025, 10 bis 15 Uhr. Blick hinter die Kulissen der Zulassungsstelle, Führungen durch den
Sitzungssaal und ein Programm für Kinder.</p>""", [("Veranstaltungen", EVENTS), ("Tag der offenen Tür", "")]))


def formulare_ohne_antrag(site: Site) -> None:
    kontakt = f"""<h1>Kontakt</h1><p>Schreiben Sie uns. Wir leiten Ihre Nachricht an das zuständige Amt weiter.</p>
<form class="kontaktformular" method="post" action="{KONTAKT}">
{field_html("Ihr Name", "name", prefix="k")}
{field_html("E-Mail-Adresse", "email", "email", prefix="k")}
{field_html("Betreff", "betreff", "select", ["Allgemeine Anfrage", "Lob und Kritik", "Hinweis zur Website"], prefix="k")}
{field_html("Ihre Nachricht", "nachricht", "textarea", prefix="k")}
<button type="submit">Nachricht senden</button></form>"""
    site.add(KREIS, KONTAKT, page("Kontakt", kontakt))
    newsletter = f"""<h1>Newsletter</h1><p>Einmal im Monat informieren wir über Neuigkeiten aus der Kreisverwaltung.</p>
<form method="post" action="{NEWSLETTER}">{field_html("E-Mail-Adresse", "email", "email", prefix="n")}
<button type="submit">Newsletter abonnieren</button></form>"""
    site.add(KREIS, NEWSLETTER, page("Newsletter", newsletter))
    site.add(KREIS, SUCHE, page("Suche", f"""<h1>Suche</h1><form action="{SUCHE}" method="get">
<label for="q2">Suchbegriff</label><input id="q2" name="q" type="search"><button type="submit">Suchen</button></form>
<p>Bitte geben Sie einen Suchbegriff ein.</p>"""))
    site.add(KREIS, IMPRESSUM, page("Impressum", "<h1>Impressum</h1><p>Landkreis Hasetal, vertreten durch die Landrätin "
                                    "Dr. Ilka Bruns, Kreishausplatz 1, 49688 Hasebrück. Der Landkreis ist eine "
                                    "Körperschaft des öffentlichen Rechts.</p>"))
    site.add(KREIS, DATENSCHUTZ, page("Datenschutz", "<h1>Datenschutzerklärung</h1><p>Beim Besuch dieser Website "
                                      "speichern wir keine personenbezogenen Daten über das technisch Notwendige "
                                      "hinaus.</p>"))
    site.add(KREIS, seite("personalausweis-und-reisepass", 99, 21402), page("Personalausweis und Reisepass", """
<h1>Personalausweis und Reisepass</h1><p>Personalausweise, Reisepässe und Meldebescheinigungen stellt nicht der
Landkreis aus. Bitte wenden Sie sich an das Bürgerbüro Ihrer Stadt oder Gemeinde. Auch die Ummeldung des
Wohnsitzes nach einem Umzug erledigen Sie dort.</p>"""))


def js_list(site: Site, services: list[Svc]) -> None:
    from hasetal_pages_kreis import JS_PAGE

    items = [{"titel": s.title, "url": s.path, "amt": AMT[s.amt].name} for s in services if s.js_only]
    site.add(KREIS, JSON_PATH, json.dumps({"stand": "2025-02-01", "leistungen": items}, ensure_ascii=False, indent=1))
    script = f"""<script>
(function () {{
  var ziel = document.getElementById('leistungsliste-gs');
  fetch('{JSON_PATH}').then(function (r) {{ return r.json(); }}).then(function (daten) {{
    daten.leistungen.forEach(function (l) {{
      var li = document.createElement('li'), a = document.createElement('a');
      a.href = l.url; a.textContent = l.titel; li.appendChild(a);
      li.appendChild(document.createTextNode(' (' + l.amt + ')')); ziel.appendChild(li);
    }});
  }});
}})();
</script>"""
    body = """<h1>Gesundheit und Soziales: weitere Leistungen</h1>
<p>Hier finden Sie weitere Leistungen des Fachbereichs 5. Die Liste wird laufend ergänzt.</p>
<ul id="leistungsliste-gs" class="leistungsliste"></ul>
<noscript><p>Bitte aktivieren Sie JavaScript, um die Liste zu sehen.</p></noscript>"""
    site.add(KREIS, JS_PAGE, page("Gesundheit und Soziales", body, script=script))


def legacy_service(site: Site, svc: Svc) -> None:
    """ISO-8859-1 archive page with table/font markup and no headings; its PDFs are the level-2 evidence."""
    from hasetal_pages_kreis import _doc_file

    page_url = url(KREIS, svc.path)
    rows = []
    for offer in svc.offers:
        kind, path, label = offer[0], offer[1], offer[2]
        _doc_file(site, kind, path, label)
        site.ev(svc.ozg, 2, page_url, f"PDF form '{label}' on the ISO-8859-1 archive page")
        rows.append(f'<tr><td><font face="Arial" size="2">&raquo; <a href="{path}">{esc(label)}</a> '
                    "(PDF)</font></td></tr>")
    links = "\n".join(rows)
    title = svc.title.replace("–", "-")
    text = f"""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>{esc(title)}</title></head>
<body bgcolor="#ffffff"><table width="640" border="0" cellpadding="4">
<tr><td bgcolor="#00594f"><font face="Arial" color="#ffffff" size="4"><b>Landkreis Hasetal - Bauordnungsamt</b></font></td></tr>
<tr><td><font face="Arial" size="3"><b>{esc(title)}</b></font></td></tr>
<tr><td><font face="Arial" size="2">{esc(svc.text)}</font></td></tr>
<tr><td><font face="Arial" size="2">Gebühren: {esc(svc.kosten)}</font></td></tr>
<tr><td><font face="Arial" size="2"><b>Vordrucke zum Ausdrucken:</b></font></td></tr>
{links}
<tr><td><font face="Arial" size="1">Ansprechpartnerin: Frau Gerdes, Zimmer 214, Telefon 05491 807-4120.
Diese Seite wird nicht mehr aktualisiert (Stand: 2019). <a href="/archiv/">Archiv</a> |
<a href="{AMT['bauordnungsamt'].path}">Bauordnungsamt</a></font></td></tr>
</table></body></html>
"""
    site.add(KREIS, svc.path, text, encoding="iso-8859-1")


def archive_index(site: Site) -> None:
    text = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Archiv - Landkreis Hasetal</title></head><body>
<font face="Arial" size="2"><b>Archiv der alten Internetseiten</b><br>
Ältere Informationsseiten, die noch nicht in das neue Portal übernommen wurden.<br>
&raquo; <a href="/archiv/bauordnung/baulasten.htm">Baulastenverzeichnis (Bauordnungsamt)</a><br>
&raquo; <a href="/">Zur Startseite</a></font></body></html>
"""
    site.add(KREIS, "/archiv/", text, encoding="iso-8859-1")


def intranet(site: Site) -> None:
    form = "\n".join(field_html(label, name, kind, prefix="i") for label, name, kind in
                     [("Veranstalter", "veranstalter", "text"), ("Art der Veranstaltung", "art", "text"),
                      ("Datum", "datum", "date"), ("Erwartete Besucherzahl", "besucher", "number")])
    site.add(KREIS, "/intranet/", page("Mitarbeiterportal", """<h1>Mitarbeiterportal (intern)</h1>
<p>Nur für Beschäftigte der Kreisverwaltung.</p>
<ul><li><a href="/intranet/formulare/veranstaltungserlaubnis.html">Testformular Veranstaltungserlaubnis</a></li></ul>"""))
    site.add(KREIS, "/intranet/formulare/veranstaltungserlaubnis.html", page("Veranstaltungserlaubnis (Test)", f"""
<h1>Antrag auf Veranstaltungserlaubnis – Testumgebung</h1><p>Interner Prototyp, nicht freigegeben.</p>
<form method="post" action="/intranet/formulare/senden">{form}<button type="submit">Antrag absenden</button></form>"""))


def static_files(site: Site, services: list[Svc]) -> None:
    site.add(KREIS, CSS_PATH, CSS)
    site.add(KREIS, "/robots.txt", "User-agent: *\nDisallow: /intranet/\n\n"
             "Sitemap: http://www.landkreis-hasetal.de/sitemap.xml\n")
    strasse = url(KREIS, AMT["strassenverkehrsamt"].path)
    site.add(KREIS, "/_site.json", json.dumps({
        "charset": {"archiv/*": "iso-8859-1"},
        "redirects": {"/kfz": strasse, "/kfz/": strasse},
        "calendar_trap": CALENDAR.rstrip("/"),
    }, indent=2) + "\n")
