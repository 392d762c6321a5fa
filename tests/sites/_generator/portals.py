"""Portal and form-server hosts (shipped in data/demo/sites): state portal, Rathausdirekt, Form-Solutions,
civento, EfA portals, federal services, an unknown municipal portal and noise hosts."""

from __future__ import annotations

from common import DEMO, PORTALS, Host, e, kb
from forms import FIELDS, PERSON, render_fields

HOSTS: list[Host] = []


def reg(key: str, url: str, ozg: str, level: int, title: str, onward: str = "") -> None:
    PORTALS[key] = {"url": url, "ozg": ozg, "level": level, "title": title, "onward": onward}


# ====================================================================== service.niedersachsen.de

SN_SERVICES = [
    # key, pstid, ozg, title, text, onward-key
    ("sn-wohngeld", "8664955", "10092", "Wohngeld beantragen",
     "Wohngeld ist ein Zuschuss zu den Wohnkosten für Haushalte mit geringem Einkommen. Mieterinnen und Mieter "
     "erhalten einen Mietzuschuss, selbst nutzende Eigentümerinnen und Eigentümer einen Lastenzuschuss. Die Höhe "
     "richtet sich nach der Zahl der Haushaltsmitglieder, dem Gesamteinkommen und der Miete bzw. Belastung.",
     "efa-wohngeld"),
    ("sn-abfall", "8650213", "10110", "Abfallentsorgung – Anmeldung und Abfuhr",
     "Für jedes bewohnte Grundstück besteht eine Anschluss- und Benutzungspflicht an die öffentliche "
     "Abfallentsorgung. Zuständig ist der öffentlich-rechtliche Entsorgungsträger, in der Regel der Landkreis. "
     "Dort melden Sie Tonnen an, ändern Behältergrößen oder bestellen die Abfuhr von Sperrmüll.", ""),
    ("sn-personalausweis", "8672305", "10119", "Personalausweis beantragen",
     "Deutsche ab 16 Jahren müssen einen gültigen Personalausweis oder Reisepass besitzen. Den Ausweis beantragen "
     "Sie persönlich bei der Personalausweisbehörde Ihres Hauptwohnsitzes. Der Ausweis ist bei Personen ab 24 "
     "Jahren zehn Jahre gültig.", ""),
    ("sn-reisepass", "8672311", "10177", "Reisepass beantragen",
     "Für Reisen in viele Staaten außerhalb der EU benötigen Sie einen Reisepass. Der Antrag muss persönlich "
     "gestellt werden, weil Fingerabdrücke erfasst werden. Die Herstellung dauert in der Regel drei bis vier "
     "Wochen; ein Express-Pass ist gegen Aufpreis möglich.", ""),
    ("sn-kirchenaustritt", "8655120", "10135", "Kirchenaustritt erklären",
     "Der Austritt aus einer Kirche oder Religionsgemeinschaft des öffentlichen Rechts wird in Niedersachsen beim "
     "Standesamt erklärt. Die Erklärung ist persönlich abzugeben und wird öffentlich beglaubigt.", ""),
    ("sn-geburtsurkunde", "8654401", "10557", "Geburtsurkunde ausstellen lassen",
     "Eine Geburtsurkunde stellt das Standesamt aus, in dessen Bezirk die Geburt beurkundet wurde. Berechtigt "
     "sind die Person selbst, Ehegatten, Vorfahren und Abkömmlinge.", ""),
    ("sn-fuehrungszeugnis", "8659371", "10562", "Führungszeugnis beantragen",
     "Das Führungszeugnis gibt Auskunft über Eintragungen im Bundeszentralregister. Sie können es bei der "
     "Meldebehörde oder online beim Bundesamt für Justiz beantragen; das Zeugnis wird per Post versandt.",
     "bund-fz"),
    ("sn-elterngeld", "8661045", "10000", "Elterngeld beantragen",
     "Elterngeld unterstützt Mütter und Väter, die nach der Geburt ihr Kind selbst betreuen und deshalb weniger "
     "oder nicht arbeiten. Zuständig sind in Niedersachsen die Elterngeldstellen der Landkreise und Städte.",
     "eg-digital"),
    ("sn-rente", "8657712", "10104", "Rentenantrag stellen",
     "Eine Rente wird nur auf Antrag gezahlt. Die Gemeinde- und Samtgemeindeverwaltungen nehmen Rentenanträge "
     "entgegen, beglaubigen Unterlagen und leiten sie an den Rentenversicherungsträger weiter.", ""),
    ("sn-beglaubigung", "8663007", "10571", "Amtliche Beglaubigung von Abschriften und Unterschriften",
     "Kopien von Zeugnissen oder anderen Dokumenten sowie Unterschriften können amtlich beglaubigt werden, "
     "wenn die Beglaubigung zur Vorlage bei einer Behörde benötigt wird. Ausgenommen sind Urkunden, die eine "
     "notarielle Beglaubigung erfordern.", ""),
    ("sn-vaterschaft", "8654460", "10001", "Vaterschaft anerkennen",
     "Sind die Eltern bei der Geburt nicht miteinander verheiratet, kann der Vater die Vaterschaft anerkennen. "
     "Die Anerkennung kann schon vor der Geburt beim Standesamt oder beim Jugendamt beurkundet werden.", ""),
    ("sn-namensaenderung", "8660233", "10029", "Namensänderung nach Eheschließung oder Scheidung",
     "Nach einer Scheidung oder dem Tod des Ehegatten können Sie Ihren Geburtsnamen oder einen früheren Namen "
     "wieder annehmen. Die Erklärung wird beim Standesamt abgegeben.", ""),
    ("sn-schwerbehindert", "8652018", "10214", "Schwerbehindertenausweis beantragen",
     "Ab einem Grad der Behinderung von 50 wird ein Schwerbehindertenausweis ausgestellt. In Niedersachsen stellt "
     "das Landesamt für Soziales, Jugend und Familie die Feststellung und den Ausweis aus.", ""),
    ("sn-wohnsitz", "8672290", "10124", "Wohnsitz anmelden",
     "Wer eine Wohnung bezieht, muss sich innerhalb von zwei Wochen bei der Meldebehörde anmelden. Seit "
     "Einführung der digitalen Wohnsitzanmeldung ist das in teilnehmenden Kommunen auch online möglich.",
     "wsa"),
    ("sn-fischereischein", "8658830", "10148", "Fischereischein beantragen",
     "Wer in Niedersachsen den Fischfang ausüben will, braucht einen Fischereischein. Voraussetzung ist eine "
     "bestandene Fischerprüfung; zuständig ist die Gemeinde bzw. Samtgemeinde des Wohnortes.", ""),
    ("sn-grundsteuer", "8650987", "10117", "Grundsteuer",
     "Die Grundsteuer wird von der Gemeinde auf Grundlage des vom Finanzamt festgestellten Messbetrags und des "
     "Hebesatzes festgesetzt. Seit 2025 gilt in Niedersachsen das Flächen-Lage-Modell.", ""),
]


def _sn_chrome(title: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>{e(title)} | Serviceportal Niedersachsen</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/css/portal.css">
</head><body class="nds-portal">
<header class="nds-header"><a class="nds-logo" href="/">Niedersachsen <span>Serviceportal</span></a>
<nav aria-label="Hauptnavigation"><a href="/leistungen/">Leistungen A–Z</a> <a href="/lebenslagen/">Lebenslagen</a>
<a href="/nutzerkonto/">Nutzerkonto</a></nav>
<form class="nds-search" action="/suche/" method="get" role="search"><label for="q" class="sr-only">Suchbegriff</label>
<input id="q" name="q" type="search" placeholder="Leistung oder Stichwort"><button type="submit">Suchen</button></form>
</header>
<main id="inhalt">{body}</main>
<footer class="nds-footer"><a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a> ·
<a href="/barrierefreiheit/">Barrierefreiheit</a> · Ein Angebot des Landes Niedersachsen</footer>
</body></html>"""


def build_service_niedersachsen() -> None:
    host = Host(DEMO, "service.niedersachsen.de")
    items = []
    for key, pstid, ozg, title, text, onward in SN_SERVICES:
        url = f"https://service.niedersachsen.de/detail/pstid-{pstid}/"
        reg(key, url, ozg, 1, title, onward)
        items.append(f'<li><a href="/detail/pstid-{pstid}/">{e(title)}</a></li>')
    for key, pstid, ozg, title, text, onward in SN_SERVICES:
        online = ""
        if onward:
            target = PORTALS[onward]
            online = (f'<section class="onlinedienst"><h2>Onlinedienst</h2><p>Diese Leistung können Sie online '
                      f'beantragen.</p><p><a class="btn btn-primary" href="{target["url"]}" target="_blank" '
                      f'rel="noopener">Online-Dienst starten</a></p></section>')
        body = f"""<nav class="breadcrumb"><a href="/">Start</a> › <a href="/leistungen/">Leistungen</a> › {e(title)}</nav>
<article class="leistung"><h1>{e(title)}</h1>
<p class="pstid">Leistungsschlüssel-Referenz: pstid {pstid}</p>
<section><h2>Leistungsbeschreibung</h2><p>{e(text)}</p></section>
{online}
<section><h2>Zuständige Stelle</h2><p>Bitte geben Sie Ihren Ort ein, um die zuständige Stelle zu ermitteln.</p>
<form action="/detail/pstid-{pstid}/" method="get"><label for="ort">PLZ oder Ort</label>
<input id="ort" name="ort" type="text"><button type="submit">Zuständigkeit finden</button></form></section>
<section><h2>Verfahrensablauf</h2><p>Die zuständige Stelle prüft Ihren Antrag und teilt Ihnen das Ergebnis mit.
Rückfragen erfolgen schriftlich oder telefonisch.</p></section>
<section><h2>Welche Unterlagen werden benötigt?</h2><ul><li>gültiges Ausweisdokument</li>
<li>je nach Leistung weitere Nachweise</li></ul></section>
<section><h2>Welche Gebühren fallen an?</h2><p>Die Gebühren richten sich nach der jeweiligen Gebührenordnung.</p></section>
<p class="stand">Redaktionell verantwortlich: Niedersächsisches Ministerium für Inneres und Sport. Stand: 04.2024</p>
</article>"""
        host.page(f"detail/pstid-{pstid}/index.html", _sn_chrome(title, body))
    host.page("index.html", _sn_chrome("Startseite", f"""<h1>Willkommen im Serviceportal Niedersachsen</h1>
<p>Hier finden Sie Informationen zu Verwaltungsleistungen von Land und Kommunen und können viele Anträge online
stellen.</p><h2>Häufig gesucht</h2><ul class="kacheln">{''.join(items[:8])}</ul>"""))
    host.page("leistungen/index.html", _sn_chrome("Leistungen A–Z", f"<h1>Leistungen A–Z</h1><ul>{''.join(items)}</ul>"))
    host.page("lebenslagen/index.html", _sn_chrome("Lebenslagen", "<h1>Lebenslagen</h1><p>Umzug, Geburt, "
              "Heirat, Pflege – wählen Sie eine Lebenslage.</p>"))
    host.page("nutzerkonto/index.html", _sn_chrome("Nutzerkonto", """<h1>Anmelden mit dem Nutzerkonto</h1>
<form action="/nutzerkonto/login" method="post"><label for="u">Benutzername</label><input id="u" name="username">
<label for="p">Passwort</label><input id="p" name="password" type="password"><button type="submit">Anmelden</button></form>
<p>Alternativ: <a href="https://id.bund.de/">Mit BundID anmelden</a></p>"""))
    for slug, title in (("impressum", "Impressum"), ("datenschutz", "Datenschutz"),
                        ("barrierefreiheit", "Erklärung zur Barrierefreiheit"), ("suche", "Suche")):
        host.page(f"{slug}/index.html", _sn_chrome(title, f"<h1>{title}</h1><p>Niedersächsisches Ministerium für "
                                                         "Inneres und Sport, Lavesallee 6, 30169 Hannover</p>"))
    host.raw("robots.txt", b"User-agent: *\nDisallow: /nutzerkonto/login\n")
    HOSTS.append(host)


# ====================================================================== rathausdirekt.de

RD_SERVICES = {
    # tenant -> list of (key, slug, ozg, title, fields, level4-text or "")
    "heideland": [
        ("rd-hl-hund", "hundesteuer-anmeldung", "10160", "Hund an- oder abmelden (Hundesteuer)", "hund",
         "Die Bearbeitung erfolgt vollständig digital. Den Steuerbescheid erhalten Sie elektronisch in Ihr "
         "Postfach der BundID bzw. Ihres Servicekontos – ein Papierbescheid wird nicht versandt."),
        ("rd-hl-meldebescheinigung", "meldebescheinigung", "10559", "Meldebescheinigung online anfordern",
         "meldebescheinigung",
         "Die Meldebescheinigung wird mit einem elektronischen Siegel versehen und Ihnen digital in das Postfach "
         "Ihres Servicekontos zugestellt. Ein Gang ins Rathaus ist nicht erforderlich."),
        ("rd-hl-sperre", "auskunftssperre", "10111", "Übermittlungssperren und Auskunftssperre beantragen",
         "sperre", "Ihren Bescheid erhalten Sie elektronisch in Ihr Postfach der BundID."),
        ("rd-hl-briefwahl", "wahlschein", "10145", "Wahlschein / Briefwahlunterlagen beantragen", "briefwahl", ""),
        ("rd-hl-fund", "fundsachen", "10244", "Verlust- oder Fundmeldung", "fund", ""),
        ("rd-hl-osterfeuer", "osterfeuer", "10147", "Osterfeuer anmelden", "osterfeuer", ""),
        ("rd-hl-sondernutzung", "sondernutzung", "10348", "Sondernutzungserlaubnis für öffentliche Straßen",
         "sondernutzung", ""),
        ("rd-hl-kita", "kita-anmeldung", "10019", "Kita-Platz anmelden", "kita", ""),
        ("rd-hl-gewerbe", "gewerbe", "10294", "Gewerbe an-, um- oder abmelden", "gewerbe", ""),
        ("rd-hl-maengel", "maengelmelder", "10136", "Mängelmelder – Schaden melden", "maengel", ""),
    ],
    "beispielheide": [
        ("rd-bh-hund", "hund", "10160", "Hundeanmeldung", "hund", ""),
        ("rd-bh-briefwahl", "briefwahl", "10145", "Briefwahl beantragen", "briefwahl", ""),
        ("rd-bh-meldebescheinigung", "meldebescheinigung", "10559", "Meldebescheinigung", "meldebescheinigung",
         "Vollständig digital: Sie erhalten die Bescheinigung als elektronisches Dokument in Ihr "
         "BundID-Postfach."),
        ("rd-bh-kita", "kita", "10019", "Anmeldung Kindertagesstätte", "kita", ""),
        ("rd-bh-gewerbe", "gewerbeanzeige", "10294", "Gewerbeanzeige", "gewerbe", ""),
    ],
}
RD_NAMES = {"heideland": "Samtgemeinde Heideland", "beispielheide": "Samtgemeinde Beispielheide"}


def _rd_chrome(tenant: str, title: str, body: str) -> str:
    name = RD_NAMES[tenant]
    return f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>{e(title)} – Rathausdirekt {e(name)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><div class="rd-top"><a href="/" class="rd-brand">rathaus<b>direkt</b></a> <span class="rd-tenant">{e(name)}</span>
<a class="rd-login" href="/konto/anmelden.html">Anmelden</a></div>
<div class="rd-content">{body}</div>
<div class="rd-foot"><a href="/hilfe.html">Hilfe</a> | <a href="/datenschutz.html">Datenschutz</a> |
<a href="/impressum.html">Impressum</a> | rathausdirekt – Online-Dienste für Kommunen</div></body></html>"""


def build_rathausdirekt() -> None:
    for tenant, services in RD_SERVICES.items():
        host = Host(DEMO, f"{tenant}.rathausdirekt.de")
        tiles = []
        for key, slug, ozg, title, fields, l4 in services:
            reg(key, f"https://{tenant}.rathausdirekt.de/dienste/{slug}/", ozg, 4 if l4 else 3, title)
            tiles.append(f'<li class="rd-tile"><a href="/dienste/{slug}/"><span class="icon icon-{fields}"></span>'
                         f"{e(title)}</a></li>")
            digital = (f'<div class="rd-hinweis rd-digital"><strong>Medienbruchfrei:</strong> {e(l4)}</div>'
                       if l4 else "")
            payment = ('<p>Die Gebühr zahlen Sie am Ende des Antrags per ePayBL (Kreditkarte, PayPal, giropay).</p>'
                       if fields in ("meldebescheinigung", "gewerbe", "sondernutzung") else "")
            body = f"""<p class="rd-crumb"><a href="/">Alle Online-Dienste</a> / {e(title)}</p>
<h1>{e(title)}</h1>{digital}{payment}
<p>Felder mit <span class="pflicht">*</span> sind Pflichtfelder. Für diesen Antrag benötigen Sie ca. 10 Minuten.</p>
<form class="rd-form" method="post" action="/dienste/{slug}/absenden" enctype="multipart/form-data">
<input type="hidden" name="csrf" value="e1f0c3a9b27d"><fieldset><legend>Antragsteller/in</legend>
{render_fields(PERSON, "div")}</fieldset>
<fieldset><legend>Angaben zum Antrag</legend>
{render_fields(FIELDS[fields], "div")}</fieldset>
<div class="form-check"><input type="checkbox" id="dsgvo" name="dsgvo" required> <label for="dsgvo">Ich habe die
<a href="/datenschutz.html">Datenschutzhinweise</a> gelesen.</label></div>
<button type="submit" class="rd-btn">Antrag absenden</button></form>"""
            host.page(f"dienste/{slug}/index.html", _rd_chrome(tenant, title, body))
        host.page("index.html", _rd_chrome(tenant, "Online-Dienste", f"""<h1>Online-Dienste der {RD_NAMES[tenant]}</h1>
<p>Erledigen Sie Ihre Anliegen rund um die Uhr. Für einige Dienste ist eine Anmeldung mit BundID oder dem
Servicekonto Niedersachsen erforderlich.</p><ul class="rd-tiles">{''.join(tiles)}</ul>"""))
        host.page("konto/anmelden.html", _rd_chrome(tenant, "Anmelden", """<h1>Anmeldung</h1>
<form method="post" action="/konto/login"><div class="form-group"><label for="user">E-Mail oder Benutzername</label>
<input id="user" name="user"></div><div class="form-group"><label for="pw">Passwort</label>
<input id="pw" name="pw" type="password"></div><button type="submit">Anmelden</button></form>
<p><a href="/konto/registrieren.html">Noch kein Konto? Jetzt registrieren</a></p>"""))
        host.page("konto/registrieren.html", _rd_chrome(tenant, "Registrieren", """<h1>Konto anlegen</h1>
<form method="post" action="/konto/neu"><label for="m">E-Mail</label><input id="m" name="mail" type="email">
<label for="p1">Passwort</label><input id="p1" name="p1" type="password"><button type="submit">Konto erstellen</button>
</form>"""))
        for slug, title, text in (("hilfe", "Hilfe", "Bei technischen Problemen wenden Sie sich an support@rathausdirekt.de."),
                                  ("datenschutz", "Datenschutz", "Ihre Daten werden ausschließlich zur Bearbeitung "
                                   "Ihres Antrags verwendet."),
                                  ("impressum", "Impressum", "rathausdirekt GmbH, Musterweg 1, 26122 Oldenburg")):
            host.page(f"{slug}.html", _rd_chrome(tenant, title, f"<h1>{title}</h1><p>{text}</p>"))
        HOSTS.append(host)


# ====================================================================== fs.form-solutions.net

FS_FORMS = [
    # key, uuid, ozg, title, owner, fields, level-4 text, state ("ok"/"dead"/"contact")
    ("fs-we-gewerbe", "3f7a2c10-5b8e-4d21-9c3a-7e1d0f4b8a62", "10294", "Gewerbeanzeige (An-, Um-, Abmeldung)",
     "Stadt Wesertal", "gewerbe", "Nach Prüfung erhalten Sie die Empfangsbestätigung und alle Bescheide "
     "elektronisch in Ihr Postfach der BundID (Bescheid-Zustellung über das Nutzerkonto).", "ok"),
    ("fs-we-hund", "8c1d5e77-20aa-4f3b-b61e-92d4c0a7e315", "10160", "Anmeldung eines Hundes zur Hundesteuer",
     "Stadt Wesertal", "hund", "", "ok"),
    ("fs-we-baum", "a2b9e4f1-7c3d-4e85-8f20-5d6c1b9a0e47", "10112", "Antrag auf Fällgenehmigung nach der "
     "Baumschutzsatzung", "Stadt Wesertal", "baum", "", "ok"),
    ("fs-we-sondernutzung", "d4e8f2a6-1b7c-4a93-b5d0-6e2f8c1a7b34", "10348", "Antrag auf Sondernutzungserlaubnis",
     "Stadt Wesertal", "sondernutzung", "", "ok"),
    ("fs-we-veranstaltung", "5e0c7b2d-9f14-4c6a-a83e-1d7b5f2c9e08", "10349", "Anzeige einer Veranstaltung",
     "Stadt Wesertal", "", "", "dead"),
    ("fs-we-kontakt", "0b6f3d9e-4a21-4e7c-9d58-3c1a7e5b2f90", "", "Kontaktformular Bürgerbüro", "Stadt Wesertal",
     "", "", "contact"),
    ("fs-lk-sperrmuell", "7d2a9c4e-6b1f-4385-a0e7-2f9c5d1b8a63", "10110", "Sperrmüll und Elektrogeräte zur "
     "Abholung anmelden", "Abfallwirtschaft Landkreis Marschland", "sperrmuell", "", "ok"),
    ("fs-mo-gewerbe", "c9e1a7b3-2d5f-4f08-b6c4-8a0e3d7f1b25", "10294", "Gewerbeanmeldung", "Gemeinde Moorhausen",
     "gewerbe", "", "ok"),
    ("fs-mh-gewerbe", "1a5d8f3c-7e2b-49d6-8c01-4b9e6a2d7f58", "10294", "Gewerbe-Anzeige online", "Stadt Musterhafen",
     "gewerbe", "", "ok"),
    ("fs-mh-hund", "6f4b1e8a-3c9d-4b72-a5e6-0d8c2f7a1e93", "10160", "Hundesteuer – An- und Abmeldung",
     "Stadt Musterhafen", "hund", "Der Hundesteuerbescheid wird Ihnen nach der Bearbeitung elektronisch in Ihr "
     "Servicekonto-Postfach zugestellt. Die gesamte Bearbeitung erfolgt digital.", "ok"),
    ("fs-mh-sondernutzung", "9b3e6c1f-8a4d-4e27-b0f5-7c2a9d6e3b14", "10348", "Sondernutzung öffentlicher "
     "Verkehrsflächen", "Stadt Musterhafen", "sondernutzung", "", "ok"),
]


def _fs_chrome(title: str, owner: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>{e(title)}</title>
<link rel="stylesheet" href="/fs/css/form.css"></head>
<body class="fs-body"><div id="fs-header"><div class="fs-mandant">{e(owner)}</div>
<div class="fs-steps"><span class="active">1 Angaben</span> <span>2 Anlagen</span> <span>3 Zusammenfassung</span>
<span>4 Versand</span></div></div>
<div id="fs-main">{body}</div>
<div id="fs-footer">Form-Solutions · <a href="/fs/impressum.html">Impressum</a> · <a href="/fs/datenschutz.html">Datenschutz</a></div>
</body></html>"""


def build_form_solutions() -> None:
    host = Host(DEMO, "fs.form-solutions.net")
    for key, uuid, ozg, title, owner, fields, l4, state in FS_FORMS:
        url = f"https://fs.form-solutions.net/submission/{uuid}/"
        if state == "ok":
            reg(key, url, ozg, 4 if l4 else 3, title)
            note = f'<p class="fs-info fs-digital">{e(l4)}</p>' if l4 else ""
            body = f"""<h1>{e(title)}</h1>{note}
<p class="fs-info">Bitte füllen Sie alle Pflichtfelder (*) aus. Zwischenspeichern ist über das Servicekonto möglich.</p>
<form id="fsForm" method="post" action="/submission/{uuid}/next" enctype="multipart/form-data">
<input type="hidden" name="fs_session" value="{uuid[:8]}"><fieldset><legend>Angaben zur Person</legend>
<table class="fs-table">{render_fields(PERSON, "table", "fs_")}</table></fieldset>
<fieldset><legend>Angaben zum Vorgang</legend><table class="fs-table">{render_fields(FIELDS[fields], "table", "fs_")}</table>
</fieldset><div class="fs-buttons"><button type="button" name="back" disabled>Zurück</button>
<button type="submit" name="next">Weiter</button></div></form>"""
        elif state == "dead":
            reg(key, url, ozg, 0, title)
            body = f"""<h1>{e(title)}</h1><div class="fs-error"><p><strong>Dieses Formular steht derzeit nicht zur
Verfügung.</strong></p><p>Das Formular wurde vom Herausgeber deaktiviert. Bitte wenden Sie sich an die zuständige
Stelle oder verwenden Sie das Papierformular.</p></div>"""
        else:
            reg(key, url, ozg, 0, title)
            body = f"""<h1>{e(title)}</h1><p>Ihre Frage an das Bürgerbüro – wir melden uns innerhalb von zwei Werktagen.</p>
<form method="post" action="/submission/{uuid}/send"><table class="fs-table">
{render_fields([("text", "Name", "name", True), ("email", "E-Mail", "email", True),
               ("select", "Thema", "thema", ["Ausweise und Pässe", "Meldewesen", "Hundesteuer", "Sonstiges"]),
               ("textarea", "Ihre Nachricht", "nachricht", True)], "table", "fs_")}</table>
<button type="submit">Nachricht senden</button></form>"""
        host.page(f"submission/{uuid}/index.html", _fs_chrome(title, owner, body))
    host.page("index.html", _fs_chrome("Form-Solutions", "Formularserver", "<h1>Formularserver</h1><p>Bitte rufen "
              "Sie ein Formular über die Internetseite Ihrer Verwaltung auf.</p>"))
    host.page("fs/impressum.html", _fs_chrome("Impressum", "Form-Solutions", "<h1>Impressum</h1><p>Form-Solutions "
              "GmbH</p>"))
    host.page("fs/datenschutz.html", _fs_chrome("Datenschutz", "Form-Solutions", "<h1>Datenschutz</h1>"))
    host.raw("robots.txt", b"User-agent: *\nDisallow: /fs/intern/\n")
    HOSTS.append(host)


# ====================================================================== civento (antrag.lk-marschland.de)

CIV = [
    ("civ-wunschkennzeichen", "modul-kfz-wunschkennzeichen", "10436", "Wunschkennzeichen reservieren",
     "wunschkennzeichen", "", False),
    ("civ-ikfz", "modul-ikfz", "10439", "Internetbasierte Fahrzeugzulassung (i-Kfz)", "ikfz",
     "Die Zulassung wird vollständig online bearbeitet. Den Zulassungsbescheid erhalten Sie elektronisch in Ihr "
     "Postfach der BundID; bis zum Eintreffen der Plaketten per Post dürfen Sie mit dem Bescheid fahren.", False),
    ("civ-bauantrag", "modul-bauantrag-online", "10519", "Bauantrag online (Digitales Baugenehmigungsverfahren)",
     "bauantrag", "Das Verfahren wird durchgehend digital geführt. Nachforderungen, die Baugenehmigung und alle "
     "weiteren Bescheide werden elektronisch über das Postfach Ihres Nutzerkontos bekanntgegeben.", False),
    ("civ-fuehrerschein", "modul-fuehrerschein", "10169", "Führerscheinangelegenheiten online", "fuehrerschein",
     "", True),
    ("civ-jagdschein", "modul-jagdschein", "10149", "Jagdschein verlängern", "jagdschein", "", False),
    ("civ-waffenerwerb", "modul-waffen-anzeige", "10152", "Anzeige Erwerb / Überlassung von Waffen",
     "waffenerwerb", "", False),
]


def _civ_chrome(title: str, body: str, script: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="UTF-8"><title>{e(title)} - Landkreis Marschland - civento</title>
<link rel="stylesheet" href="/civ.public/resources/civ.css">{script}</head>
<body class="civ"><div class="civ-head"><img src="/civ.public/resources/wappen.png" alt="Landkreis Marschland">
<span class="civ-title">Online-Antragsportal Landkreis Marschland</span></div>
<div class="civ-main">{body}</div><div class="civ-footer"><a href="/civ.public/impressum.html">Impressum</a>
<a href="/civ.public/datenschutz.html">Datenschutz</a> powered by civento</div></body></html>"""


def build_civento() -> None:
    host = Host(DEMO, "antrag.lk-marschland.de")
    entries = []
    for key, slug, ozg, title, fields, l4, js in CIV:
        reg(key, f"https://antrag.lk-marschland.de/civ.public/{slug}/index.html", ozg, 4 if l4 else 3, title)
        entries.append(f'<li><a href="/civ.public/{slug}/index.html">{e(title)}</a></li>')
        digital = f'<div class="civ-notice">{e(l4)}</div>' if l4 else ""
        form = f"""<form id="civForm" method="post" action="/civ.public/{slug}/step2.html">
<div class="civ-section"><h3>Antragsteller</h3>{render_fields(PERSON, "civ", "civ_")}</div>
<div class="civ-section"><h3>Angaben</h3>{render_fields(FIELDS[fields], "civ", "civ_")}</div>
<div class="civ-nav"><input type="submit" class="civ-button" name="civ_next" value="Weiter"></div></form>"""
        if js:
            # the form is only assembled in the browser (typical of civento single-page processes)
            escaped = form.replace("\\", "\\\\").replace("`", "\\`").replace("</", "<\\/")
            script = f"""<script>
document.addEventListener('DOMContentLoaded', function () {{
  var holder = document.getElementById('civ-app');
  holder.innerHTML = `{escaped}`;
  document.getElementById('civ-loading').remove();
}});
</script>"""
            body = (f'<h1>{e(title)}</h1>{digital}<div id="civ-loading">Der Antrag wird geladen …</div>'
                    f'<noscript>Bitte aktivieren Sie JavaScript, um den Antrag auszufüllen.</noscript>'
                    f'<div id="civ-app"></div>')
            host.page(f"civ.public/{slug}/index.html", _civ_chrome(title, body, script))
        else:
            host.page(f"civ.public/{slug}/index.html", _civ_chrome(title, f"<h1>{e(title)}</h1>{digital}{form}"))
    host.page("civ.public/start.html", _civ_chrome("Übersicht", f"<h1>Online-Anträge</h1><ul>{''.join(entries)}</ul>"))
    host.page("index.html", _civ_chrome("Weiterleitung", '<p>Sie werden weitergeleitet … <a href="/civ.public/start.html">'
              'Zur Übersicht der Online-Anträge</a></p><script>location.href="/civ.public/start.html";</script>'))
    host.page("civ.public/impressum.html", _civ_chrome("Impressum", "<h1>Impressum</h1><p>Landkreis Marschland, "
              "Kreishaus, Am Deich 1, 21790 Marschstedt</p>"))
    host.page("civ.public/datenschutz.html", _civ_chrome("Datenschutz", "<h1>Datenschutzhinweise</h1>"))
    HOSTS.append(host)


# ====================================================================== EfA + federal services

def _efa_chrome(title: str, body: str) -> str:
    return f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{e(title)} | Gemeinsam Online</title></head>
<body><header class="go-header"><a href="/">Gemeinsam<strong>Online</strong></a> – Einer für Alle Onlinedienste</header>
<main>{body}</main><footer><a href="/Impressum/">Impressum</a> · <a href="/Datenschutz/">Datenschutz</a></footer></body></html>"""


EFA = [("efa-wohngeld", "WOGE", "10092", "Wohngeld – Antrag online", "wohngeld",
        "Nach dem Absenden erhalten Sie eine Eingangsbestätigung per E-Mail. Der Bewilligungs- oder "
        "Ablehnungsbescheid wird Ihnen von Ihrer Wohngeldbehörde per Post zugestellt."),
       ("efa-uvg", "7412", "10035", "Unterhaltsvorschuss beantragen", "uvg",
        "Ihr Antrag wird an das zuständige Jugendamt übermittelt."),
       ("efa-ehe", "EHE-ANM", "10026", "Anmeldung der Eheschließung", "ehe",
        "Das Standesamt meldet sich zur Terminabsprache bei Ihnen.")]


def build_federal() -> None:
    host = Host(DEMO, "serviceportal.gemeinsamonline.de")
    for key, entry, ozg, title, fields, note in EFA:
        reg(key, f"https://serviceportal.gemeinsamonline.de/Onlinedienste/Service/Entry/{entry}/", ozg, 3, title)
        host.page(f"Onlinedienste/Service/Entry/{entry}/index.html", _efa_chrome(title, f"""<h1>{e(title)}</h1>
<p>{e(note)}</p><form method="post" action="/Onlinedienste/Service/Submit/{entry}"><h2>Schritt 1 von 5: Angaben</h2>
{render_fields(PERSON, "div", "go_")}{render_fields(FIELDS[fields], "div", "go_")}
<button type="submit">Weiter</button></form>"""))
    host.page("index.html", _efa_chrome("Start", "<h1>Onlinedienste nach dem Einer-für-Alle-Prinzip</h1><p>Die "
              "Dienste werden über die Internetseiten der zuständigen Behörden aufgerufen.</p>"))
    for slug in ("Impressum", "Datenschutz"):
        host.page(f"{slug}/index.html", _efa_chrome(slug, f"<h1>{slug}</h1>"))
    HOSTS.append(host)

    host = Host(DEMO, "wohnsitzanmeldung.gov.de")
    reg("wsa", "https://wohnsitzanmeldung.gov.de/", "10124", 4, "Digitale Wohnsitzanmeldung")
    host.page("index.html", f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Wohnsitz digital anmelden</title></head><body><header>Digitale Wohnsitzanmeldung – ein Service von Bund und Ländern</header>
<main><h1>Wohnsitz online anmelden</h1><p>Melden Sie Ihren neuen Wohnsitz bequem online an. Sie benötigen Ihren
Personalausweis mit aktivierter Online-Ausweisfunktion und Ihre BundID.</p>
<p><strong>Vollständig digital:</strong> Ihre Meldebestätigung und die Bescheinigung über die Anmeldung werden Ihnen
elektronisch in Ihr BundID-Postfach zugestellt. Die Adresse auf dem Ausweis wird per Aufkleber nachgetragen.</p>
<form method="post" action="/start"><h2>Ist Ihre Gemeinde dabei?</h2>{render_fields(FIELDS["wohnsitz"], "div", "wsa_")}
<button type="submit">Jetzt online anmelden</button></form>
<p><a href="/faq/">Häufige Fragen</a></p></main></body></html>""")
    host.page("faq/index.html", "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>FAQ</title></head>"
              "<body><h1>Häufige Fragen</h1><p>Die Abmeldung ins Ausland ist ebenfalls online möglich.</p></body></html>")
    HOSTS.append(host)

    host = Host(DEMO, "www.fuehrungszeugnis.bund.de")
    reg("bund-fz", "https://www.fuehrungszeugnis.bund.de/", "10562", 3, "Führungszeugnis online beantragen")
    host.page("index.html", f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Online-Antrag Führungszeugnis | Bundesamt für Justiz</title></head><body>
<header>Bundesamt für Justiz – Online-Dienste</header><main><h1>Führungszeugnis und Auskunft aus dem Gewerbezentralregister</h1>
<p>Beantragen Sie Ihr Führungszeugnis online mit der Online-Ausweisfunktion. Die Gebühr von 13 Euro zahlen Sie online.
Das Führungszeugnis wird Ihnen per Post zugesandt.</p>
<form method="post" action="/antrag/start"><h2>Jetzt online beantragen</h2>{render_fields(FIELDS["fuehrungszeugnis"], "div", "bfj_")}
<button type="submit">Antrag starten</button></form></main><footer><a href="/impressum.html">Impressum</a></footer></body></html>""")
    host.page("impressum.html", "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Impressum</title>"
              "</head><body><h1>Impressum</h1><p>Bundesamt für Justiz, 53094 Bonn</p></body></html>")
    HOSTS.append(host)

    host = Host(DEMO, "www.elterngeld-digital.de")
    reg("eg-digital", "https://www.elterngeld-digital.de/", "10000", 3, "ElterngeldDigital")
    host.page("index.html", f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>ElterngeldDigital – Elterngeld online beantragen</title></head><body><header>ElterngeldDigital</header><main>
<h1>Elterngeld online beantragen</h1><p>Mit ElterngeldDigital füllen Sie den Antrag Schritt für Schritt aus und
übermitteln ihn elektronisch an Ihre Elterngeldstelle.</p>
<form method="get" action="/ElterngeldDigital/antrag"><h2>Antrag beginnen</h2>{render_fields(FIELDS["elterngeld"], "div", "eg_")}
<button type="submit">Weiter</button></form><p><a href="/hilfe/">Hilfe</a></p></main></body></html>""")
    host.page("hilfe/index.html", "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Hilfe</title>"
              "</head><body><h1>Hilfe</h1><p>Fragen zum Antrag beantwortet Ihre Elterngeldstelle.</p></body></html>")
    HOSTS.append(host)


# ====================================================================== kommunalportal-nord (unknown to any registry)

KPN = {
    "wesertal": ("Stadt Wesertal", [
        ("kpn-we-zws", "zweitwohnungsteuer-erklaerung", "10126", "Erklärung zur Zweitwohnungsteuer", "zws",
         "Nach Prüfung Ihrer Erklärung wird der Steuerbescheid elektronisch in das Postfach Ihres Nutzerkontos "
         "(BundID) übermittelt. Sie erhalten keinen Bescheid auf Papier."),
        ("kpn-we-parken", "bewohnerparkausweis", "10173", "Bewohnerparkausweis beantragen", "parken", ""),
        ("kpn-we-briefwahl", "wahlscheinantrag", "10145", "Wahlscheinantrag", "briefwahl", ""),
        ("kpn-we-grab", "grabnutzungsrecht", "10227", "Grabnutzungsrecht verlängern oder übertragen", "grab", ""),
        ("kpn-we-kita", "kita-vormerkung", "10019", "Vormerkung für einen Betreuungsplatz", "kita", ""),
    ]),
    "moorhausen": ("Gemeinde Moorhausen", [
        ("kpn-mo-hund", "hundesteuer", "10160", "Hundesteuer: Anmeldung, Abmeldung, Ermäßigung", "hund",
         "Ihr Anliegen wird ohne Papier bearbeitet. Den Bescheid über die Hundesteuer erhalten Sie elektronisch "
         "in Ihr Servicekonto-Postfach; die Hundesteuermarke senden wir Ihnen zu."),
        ("kpn-mo-briefwahl", "briefwahl", "10145", "Briefwahl online beantragen", "briefwahl", ""),
    ]),
}


def _kpn_chrome(tenant_name: str, title: str, body: str) -> str:
    return f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{e(title)} · Bürgerservice {e(tenant_name)}</title></head>
<body><div id="kp-kopf"><b>Kommunalportal Nord</b> · Bürgerservice {e(tenant_name)}</div>
<div id="kp-inhalt">{body}</div><div id="kp-fuss">Ein Angebot des Zweckverbands Kommunale IT Nord ·
<a href="/impressum.html">Impressum</a></div></body></html>"""


def build_kommunalportal() -> None:
    host = Host(DEMO, "buergerservice.kommunalportal-nord.de")
    tenants = []
    for tenant, (name, services) in KPN.items():
        links = []
        for key, slug, ozg, title, fields, l4 in services:
            reg(key, f"https://buergerservice.kommunalportal-nord.de/{tenant}/{slug}/", ozg, 4 if l4 else 3, title)
            links.append(f'<li><a href="/{tenant}/{slug}/">{e(title)}</a></li>')
            hinweis = f"<p class=\"kp-hinweis\">{e(l4)}</p>" if l4 else ""
            host.page(f"{tenant}/{slug}/index.html", _kpn_chrome(name, title, f"""<h1>{e(title)}</h1>{hinweis}
<form method="post" action="/{tenant}/{slug}/senden"><dl class="kp-felder">{render_fields(PERSON, "dl", "kp_")}
{render_fields(FIELDS[fields], "dl", "kp_")}</dl><p><input type="checkbox" id="kp_ok" name="ok" required>
<label for="kp_ok">Die Angaben sind vollständig und richtig.</label></p>
<p><button type="submit">Absenden</button></p></form>"""))
        host.page(f"{tenant}/index.html", _kpn_chrome(name, "Übersicht", f"<h1>Online-Anträge</h1><ul>{''.join(links)}</ul>"))
        tenants.append(f'<li><a href="/{tenant}/">{e(name)}</a></li>')
    host.page("index.html", _kpn_chrome("Nord", "Start", f"<h1>Kommunalportal Nord</h1><ul>{''.join(tenants)}</ul>"))
    host.page("impressum.html", _kpn_chrome("Nord", "Impressum", "<h1>Impressum</h1><p>Zweckverband Kommunale IT "
              "Nord, Hafenstraße 9, 26954 Nordenham-Ost</p>"))
    HOSTS.append(host)


# ====================================================================== noise hosts

TERMIN_FORM = """<form method="post" action="{action}"><fieldset><legend>1. Anliegen wählen</legend>
<label for="anliegen">Anliegen</label><select id="anliegen" name="anliegen">{options}</select>
<label for="anzahl">Anzahl Personen</label><input id="anzahl" name="anzahl" type="number" value="1"></fieldset>
<fieldset><legend>2. Termin wählen</legend><label for="tag">Tag</label><input id="tag" name="tag" type="date">
<label for="slot">Uhrzeit</label><select id="slot" name="slot"><option>08:00</option><option>08:15</option>
<option>08:30</option><option>10:45</option><option>14:30</option></select></fieldset>
<fieldset><legend>3. Ihre Daten</legend><label for="tn">Name</label><input id="tn" name="name">
<label for="tm">E-Mail</label><input id="tm" name="email" type="email"></fieldset>
<button type="submit">{button}</button></form>"""


def build_noise() -> None:
    host = Host(DEMO, "termine.sg-heideland.de")
    options = "".join(f"<option>{o}</option>" for o in ("Personalausweis beantragen", "Reisepass beantragen",
                      "Ausweis/Pass abholen", "An-/Ummeldung Wohnsitz", "Eheschließung – Anmeldung",
                      "Beglaubigungen", "Fischereischein"))
    host.page("index.html", f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Online-Terminvergabe
Samtgemeinde Heideland</title></head><body><h1>Terminvereinbarung Bürgerbüro und Standesamt</h1>
<p>Buchen Sie hier Ihren Termin für einen Besuch im Rathaus Heidedorf. Bitte bringen Sie alle Unterlagen mit.</p>
{TERMIN_FORM.format(action="/buchen", options=options, button="Termin verbindlich buchen")}
<p><a href="/stornieren.html">Termin absagen</a></p></body></html>""")
    host.page("stornieren.html", """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Termin absagen</title>
</head><body><h1>Termin absagen</h1><form method="post" action="/storno"><label for="code">Buchungscode</label>
<input id="code" name="code"><button type="submit">Termin stornieren</button></form></body></html>""")
    HOSTS.append(host)

    host = Host(DEMO, "www.terminvergabe-nord.de")
    options = "".join(f"<option>{o}</option>" for o in ("Personalausweis / Reisepass", "Meldeangelegenheiten",
                      "Führerschein-Umtausch (Sprechtag Landkreis)", "Gewerbeangelegenheiten", "Fundbüro"))
    host.page("wesertal/index.html", f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Stadt Wesertal – Termin buchen | terminvergabe-nord</title></head><body><div class="tv-head">terminvergabe-nord.de</div>
<h1>Stadt Wesertal – Bürgerbüro</h1><p>Wählen Sie Ihr Anliegen und einen freien Termin.</p>
{TERMIN_FORM.format(action="/wesertal/reservieren", options=options, button="Weiter zur Terminauswahl")}</body></html>""")
    for tenant, title, choices in (
            ("lk-marschland", "Landkreis Marschland – Zulassungsstelle und Ausländerbehörde",
             ("Zulassungsstelle: Neuzulassung", "Zulassungsstelle: Umschreibung", "Ausländerbehörde: Aufenthaltstitel",
              "Ausländerbehörde: Einbürgerung Beratung")),
            ("musterhafen", "Stadt Musterhafen – Bürgeramt", ("Personalausweis", "Reisepass", "Anmeldung Wohnsitz",
                                                              "Standesamt: Anmeldung Eheschließung"))):
        options = "".join(f"<option>{o}</option>" for o in choices)
        host.page(f"{tenant}/index.html", f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>{e(title)} | terminvergabe-nord</title></head><body><div class="tv-head">terminvergabe-nord.de</div>
<h1>{e(title)}</h1>{TERMIN_FORM.format(action=f"/{tenant}/reservieren", options=options, button="Termin reservieren")}
</body></html>""")
    host.page("index.html", """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>terminvergabe-nord</title>
</head><body><h1>Online-Terminvergabe für Kommunen</h1><ul><li><a href="/wesertal/">Stadt Wesertal</a></li>
<li><a href="/lk-marschland/">Landkreis Marschland</a></li><li><a href="/musterhafen/">Stadt Musterhafen</a></li></ul>
</body></html>""")
    HOSTS.append(host)

    host = Host(DEMO, "www.marschland-kurier.de")
    host.site_json = {"latency_ms": [150, 400]}
    articles = [
        ("wesertal-uebernachtungssteuer", "Wesertal will Übernachtungssteuer einführen",
         "Der Finanzausschuss der Stadt Wesertal hat am Dienstag über eine Übernachtungssteuer beraten. Hoteliers "
         "kritisieren den Vorstoß. Eine Satzung soll im Herbst beschlossen werden; Anträge oder Formulare gibt es "
         "noch nicht."),
        ("heideland-hundesteuer", "Heideland: Hundesteuer steigt ab Januar",
         "Hundehalter in der Samtgemeinde Heideland müssen ab dem kommenden Jahr tiefer in die Tasche greifen. Für "
         "den ersten Hund werden künftig 84 Euro fällig. Die Anmeldung sei inzwischen auch online möglich, "
         "teilte die Verwaltung mit."),
        ("kreis-zulassungsstelle", "Zulassungsstelle: Lange Wartezeiten vor Ostern",
         "Wer sein Auto beim Landkreis zulassen will, braucht derzeit Geduld. Der Landkreis verweist auf die "
         "Online-Zulassung."),
    ]
    links = []
    for slug, title, text in articles:
        host.page(f"lokales/{slug}.html", f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>{e(title)} – Marschland-Kurier</title></head><body><div class="paywall-hint">Lesen Sie weiter mit M+ –
<a href="/abo/">jetzt abonnieren</a></div><article><h1>{e(title)}</h1><p class="meta">Lokales · von Hauke Brandt</p>
<p>{e(text)}</p></article><form action="/newsletter" method="post"><label for="nl">Newsletter</label>
<input id="nl" name="email" type="email"><button type="submit">Abonnieren</button></form></body></html>""")
        links.append(f'<li><a href="/lokales/{slug}.html">{e(title)}</a></li>')
    host.page("index.html", f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Marschland-Kurier –
Nachrichten aus der Region</title></head><body><h1>Marschland-Kurier</h1><ul>{''.join(links)}</ul></body></html>""")
    host.page("abo/index.html", """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Abo</title></head>
<body><h1>M+ Digitalabo</h1><form method="post" action="/abo/bestellen"><label for="am">E-Mail</label>
<input id="am" name="email"><button type="submit">Jetzt bestellen</button></form></body></html>""")
    HOSTS.append(host)

    host = Host(DEMO, "www.heideland-tourismus.de")
    host.site_json = {"block_user_agent": "bot|crawl|spider|scrapy|python|httpx|headless"}
    host.page("index.html", """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Urlaub in der
Heideland-Region</title></head><body><h1>Willkommen in der Heideland-Region</h1><p>Radwege, Heideblüte und
Hofcafés. <a href="/unterkuenfte/">Unterkünfte</a></p></body></html>""")
    host.page("unterkuenfte/index.html", """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Unterkünfte</title>
</head><body><h1>Unterkünfte</h1><p>Ferienwohnungen und Pensionen.</p></body></html>""")
    HOSTS.append(host)

    host = Host(DEMO, "ratsinfo.sg-heideland.de")
    host.pdf("sitzungen/niederschrift-sgr-2024-03.pdf", "Niederschrift über die Sitzung des Samtgemeinderates",
             ["Sitzung vom 14.03.2024, Ratssaal Heidedorf", "#TOP 5: Satzung über die Erhebung einer Übernachtungssteuer",
              "Der Rat beschließt die Einführung einer Übernachtungssteuer zum 01.01.2025 (einstimmig).",
              "#TOP 6: Änderung der Hundesteuersatzung", "Der Steuersatz für den ersten Hund wird auf 84 Euro erhöht.",
              "#TOP 7: Einwohnerfragestunde", "Es wurden keine Fragen gestellt."], author="Ratsbüro")
    host.page("index.html", """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Ratsinformationssystem
Samtgemeinde Heideland</title></head><body><h1>Ratsinformationssystem</h1><table><tr><th>Datum</th><th>Gremium</th>
<th>Dokumente</th></tr><tr><td>14.03.2024</td><td>Samtgemeinderat</td><td><a href="/sitzungen/niederschrift-sgr-2024-03.pdf">
Niederschrift (PDF)</a></td></tr><tr><td>20.02.2024</td><td>Ausschuss für Finanzen</td><td>–</td></tr></table>
<form action="/recherche" method="get"><label for="rq">Recherche</label><input id="rq" name="q"><button>Suchen</button></form>
</body></html>""")
    HOSTS.append(host)


def build_all() -> list[Host]:
    # federal/EfA first: state-portal pages link onward to them
    build_federal()
    build_service_niedersachsen()
    build_rathausdirekt()
    build_form_solutions()
    build_civento()
    build_kommunalportal()
    build_noise()
    return HOSTS
