"""Stadt Tennhagen: links the Serviceportal Niedersachsen and the Zuständigkeitsfinder in their URL shapes.

The static server chooses files by path only, so each portal page that must differ lives at a different path
(/detail, /en/detail, /dlp/en/detail, /portaldeeplink/ and ni.zfinder.de/detail); the query strings the town
links are kept as they are written in real pages but do not select anything.
"""

from __future__ import annotations

from _gen.common import (
    PERSON_FIELDS,
    Host,
    Town,
    World,
    esc,
    form,
    labels,
    not_service,
    pdf,
    portal_legal,
    service,
    simple_page,
    town_basics,
)

WWW = "www.stadt-tennhagen.de"
SP = "service.niedersachsen.de"
ZF = "ni.zfinder.de"
FORMS = "formulare.tennhagen.de"
RIS = "buergerinfo.tennhagen.de"
AGS = "03499027"

URL_HUND = f"http://{SP}/detail?pstId=8664955"
URL_WOHNSITZ = (f"http://{SP}/en/detail?areaId=5&pstGroupId=&pstCatId=12&pstId=8663120&ouId=81552&infotype=0"
                f"&ags={AGS}")
URL_MELDEBESCH = (f"http://{SP}/dlp/en/detail?areaId=5&pstGroupId=&pstCatId=12&pstId=8665102&ouId=81552"
                  f"&infotype=0&ags={AGS}")
URL_GEWERBE = f"http://{SP}/portaldeeplink/?tsa_leistung_id=8664010&tsa_sprache=de_DE"
URL_SPERRE = f"http://{ZF}/detail?pstId=8664770"


def _sp_page(host: Host, path: str, title: str, sections: list[tuple[str, str]], *, lang: str = "de",
             online: tuple[str, str] | None = None, brand: str = "Bürger- und Unternehmensservice Niedersachsen") -> str:
    """A detail page of the state portal (or the Zuständigkeitsfinder) for one service and one municipality."""
    en = lang == "en"
    parts = []
    for heading, html in sections:
        parts.append(f'<section class="pst-section"><h2>{esc(heading)}</h2>{html}</section>')
    if online:
        label, href = online
        parts.append(
            f'<section class="pst-section onlinedienst"><h2>{"Online service" if en else "Online-Dienst"}</h2>'
            f'<p>{esc(label)}</p><p><a class="btn" href="{href}">{"Do it online" if en else "Online erledigen"}'
            f'</a></p><p class="vertrauensniveau">{"Level of assurance" if en else "Vertrauensniveau"}: '
            f'{"substantial" if en else "substanziell"}</p></section>'
        )
    body = "\n".join(parts)
    return host.page(
        path,
        f"""<!DOCTYPE html>
<html lang="{lang}">
<head><meta charset="utf-8"><title>{esc(title)} | {esc(brand)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<header class="sp-header"><a href="/">{esc(brand)}</a>
<nav><a href="/">{"Home" if en else "Startseite"}</a></nav></header>
<main class="sp-detail">
<h1 class="pst-title">{esc(title)}</h1>
<p class="pst-ort">{"Responsible authority for" if en else "Zuständig für"}: Stadt Tennhagen</p>
{body}
</main>
<footer class="sp-footer"><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></footer>
</body>
</html>
""",
    )


def build(world: World) -> None:
    www = world.host(WWW)
    town = Town(
        www,
        "Stadt Tennhagen",
        "Tennhagen",
        nav=[
            ("Bürgerservice", "/buergerservice/"),
            ("Stadtleben", "/stadtleben/"),
            ("Politik", "/politik/"),
            ("Aktuelles", "/aktuelles/"),
        ],
        address=["Rathaus", "Kirchplatz 5", "31688 Tennhagen"],
        phone="05724 404-0",
        email="stadt@tennhagen.de",
        flavor="ikiss",
    )
    sp = world.host(SP)
    zf = world.host(ZF)
    fo = world.host(FORMS)
    office = "<p>Stadt Tennhagen – Bürgerbüro<br>Kirchplatz 5, 31688 Tennhagen<br>Telefon 05724 404-120</p>"

    # ------------------------------------------------------------------ form server of the town
    def form_page(path: str, title: str, body: str) -> str:
        return simple_page(fo, path, title, body, brand="Online-Formulare Stadt Tennhagen")

    f_hund = form_page("/hundesteuer/anmeldung/", "Hund zur Hundesteuer anmelden",
                       "<p>Bitte melden Sie sich mit der BundID oder dem Servicekonto Niedersachsen an oder füllen "
                       "Sie das Formular direkt aus. Ihr Antrag wird vollständig elektronisch bearbeitet; den "
                       "Hundesteuerbescheid stellen wir Ihnen in das Postfach Ihres Servicekontos bzw. Ihrer "
                       "BundID zu.</p>" + form("/hundesteuer/anmeldung/senden", [
                           *PERSON_FIELDS, ("Rasse", "rasse", "text"), ("Chipnummer", "chip", "text"),
                           ("Beginn der Haltung", "beginn", "date")]))
    f_melde = form_page("/meldebescheinigung/", "Meldebescheinigung beantragen",
                        "<p>Die Bescheinigung wird Ihnen nach Zahlungseingang per Post zugesandt.</p>"
                        + form("/meldebescheinigung/senden", [
                            *PERSON_FIELDS, ("Art", "art", "select:einfache Meldebescheinigung|erweiterte "
                                             "Meldebescheinigung")]))
    f_gewerbe = form_page("/gewerbe/anmeldung/", "Gewerbe anmelden",
                          form("/gewerbe/anmeldung/senden", [
                              *PERSON_FIELDS, ("Name des Betriebs", "betrieb", "text"),
                              ("Angemeldete Tätigkeit", "taetigkeit", "textarea"),
                              ("Beginn der Tätigkeit", "beginn", "date")]))
    f_urkunde = form_page("/urkunden/", "Geburtsurkunde bestellen",
                          form("/urkunden/senden", [
                              *PERSON_FIELDS, ("Art", "urkunde", "select:Geburtsurkunde|Geburtsurkunde mehrsprachig|beglaubigter Ausdruck aus dem "
                                                      "Geburtenregister"),
                              ("Anzahl", "anzahl", "text")]))
    f_sonder = form_page("/sondernutzung/", "Sondernutzungserlaubnis",
                         "<p>Dieser Dienst wird derzeit vorbereitet.</p><p>Bitte wenden Sie sich bis dahin an den "
                         "Fachdienst Straßen und Verkehr, Telefon 05724 404-310.</p>")
    form_page("/", "Online-Formulare", "<ul>"
              '<li><a href="/hundesteuer/anmeldung/">Hund anmelden</a></li>'
              '<li><a href="/meldebescheinigung/">Meldebescheinigung</a></li>'
              '<li><a href="/gewerbe/anmeldung/">Gewerbe anmelden</a></li>'
              '<li><a href="/urkunden/">Geburtsurkunde bestellen</a></li>'
              '<li><a href="/sondernutzung/">Sondernutzung (in Vorbereitung)</a></li></ul>')
    portal_legal(fo, "Online-Formulare Stadt Tennhagen", "Stadt Tennhagen")

    # ------------------------------------------------------------------ state portal pages
    p_hund = _sp_page(sp, "/detail", "Hundehaltung Anmeldung", [
        ("Leistungsbeschreibung", "<p>Wer einen Hund hält, muss ihn bei der Gemeinde, in der er wohnt, zur "
         "Hundesteuer anmelden. Die Höhe der Steuer regelt die Hundesteuersatzung der Gemeinde.</p>"),
        ("An wen muss ich mich wenden?", office),
        ("Welche Gebühren fallen an?", "<p>Steuersatz laut Satzung der Stadt Tennhagen: 90 Euro für den ersten "
         "Hund.</p>")], online=("Hundesteuer online anmelden", f_hund))
    p_wohnsitz = _sp_page(sp, "/en/detail", "Registering a residence", [
        ("Description", "<p>Anyone who moves into a flat in Germany must register with the registration "
         "office within two weeks (German: Anmeldung einer Wohnung). You need your identity card or passport and "
         "the landlord's confirmation (Wohnungsgeberbestätigung).</p>"),
        ("Who should I contact?", office),
        ("Fees", "<p>Registration is free of charge.</p>")], lang="en")
    p_melde = _sp_page(sp, "/dlp/en/detail", "Certificate of registration (Meldebescheinigung)", [
        ("Description", "<p>A certificate of registration confirms your current address. You can apply for it "
         "at the citizens' office or online.</p>"),
        ("Who should I contact?", office),
        ("Fees", "<p>8 euros.</p>")], lang="en", online=("Apply for a certificate of registration", f_melde))
    p_gewerbe = _sp_page(sp, "/portaldeeplink/", "Gewerbeanmeldung", [
        ("Leistungsbeschreibung", "<p>Wer ein Gewerbe beginnt, muss dies gleichzeitig bei der zuständigen "
         "Gewerbebehörde anzeigen.</p>"),
        ("An wen muss ich mich wenden?", "<p>Stadt Tennhagen – Gewerbeamt, Kirchplatz 5</p>"),
        ("Welche Gebühren fallen an?", "<p>26 Euro</p>")], online=("Gewerbe online anmelden", f_gewerbe))
    _sp_page(sp, "/", "Willkommen im Serviceportal", [
        ("Leistungen finden", "<p>Suchen Sie nach einer Leistung und geben Sie Ihren Wohnort an.</p>")])
    portal_legal(sp, "Bürger- und Unternehmensservice Niedersachsen", "Land Niedersachsen")
    p_sperre = _sp_page(zf, "/detail", "Übermittlungssperre im Melderegister eintragen lassen", [
        ("Leistungsbeschreibung", "<p>Sie können der Übermittlung Ihrer Daten an Parteien und Wählergruppen, an "
         "Adressbuchverlage, an öffentlich-rechtliche Religionsgesellschaften und an Mandatsträger und Presse zu "
         "Alters- und Ehejubiläen widersprechen.</p>"),
        ("An wen muss ich mich wenden?", office),
        ("Welche Gebühren fallen an?", "<p>Keine</p>")], brand="Zuständigkeitsfinder Niedersachsen")
    _sp_page(zf, "/", "Zuständigkeitsfinder", [("Suche", "<p>Welche Stelle ist zuständig? Geben Sie eine "
                                                "Leistung und einen Ort ein.</p>")], brand="Zuständigkeitsfinder Niedersachsen")
    portal_legal(zf, "Zuständigkeitsfinder Niedersachsen", "Land Niedersachsen")

    # ------------------------------------------------------------------ main site
    kita_pdf = www.raw("/medien/dokumente/kita-anmeldung.pdf", pdf(
        "Anmeldung für einen Betreuungsplatz in einer Kindertagesstätte der Stadt Tennhagen",
        ["Angaben zum Kind und zu den Sorgeberechtigten", "Gewünschte Einrichtung", "Betreuungsumfang"],
        author="Stadt Tennhagen"))
    town.page("/", "Stadt Tennhagen", """<p>Willkommen in der Stadt Tennhagen.</p>
<ul><li><a href="/buergerservice/">Bürgerservice von A bis Z</a></li><li><a href="/aktuelles/">Aktuelles</a></li></ul>""")
    town.page(
        "/buergerservice/",
        "Bürgerservice von A bis Z",
        f"""<p>Die Leistungsbeschreibungen stammen aus dem Serviceportal des Landes Niedersachsen; dort finden
Sie auch die Online-Dienste.</p>
<ul class="az">
<li><a href="/buergerservice/standesamt/">Eheschließung und Urkunden (Standesamt)</a></li>
<li><a href="/buergerservice/friedhof/">Friedhöfe</a></li>
<li><a href="/buergerservice/fundbuero/">Fundbüro</a></li>
<li><a href="{URL_GEWERBE}">Gewerbeanmeldung</a></li>
<li><a href="{URL_HUND}">Hund anmelden (Hundesteuer)</a></li>
<li><a href="/buergerservice/kita/">Kindertagesstätten</a></li>
<li><a href="{URL_MELDEBESCH}">Meldebescheinigung</a></li>
<li><a href="/buergerservice/sondernutzung/">Sondernutzung öffentlicher Straßen</a></li>
<li><a href="{URL_SPERRE}">Übermittlungssperre</a></li>
<li><a href="{URL_WOHNSITZ}">Wohnsitz anmelden</a></li>
</ul>""",
        [("Bürgerservice", "/buergerservice/")],
    )
    std = town.page("/buergerservice/standesamt/", "Standesamt", f"""<h2>Heiraten in Tennhagen</h2>
<p>Trauungen finden im Trauzimmer des Alten Rathauses statt, samstags auch im Schlosspark. Die Anmeldung der
Eheschließung ist persönlich beim Standesamt möglich; bitte vereinbaren Sie einen Termin.</p>
<h2>Geburtsurkunden</h2><p>Geburtsurkunden für Personen, die in Tennhagen geboren sind, können Sie
<a href="{f_urkunde}">online bestellen</a>. Die Urkunde kommt per Post.</p>""",
                    [("Bürgerservice", "/buergerservice/"), ("Standesamt", "/buergerservice/standesamt/")])
    fund = town.page("/buergerservice/fundbuero/", "Fundbüro", """<p>Fundsachen können Sie im Bürgerbüro abgeben
oder abholen. Nach sechs Monaten geht das Eigentum an den Finder über, wenn er es wünscht.</p>""",
                     [("Bürgerservice", "/buergerservice/"), ("Fundbüro", "/buergerservice/fundbuero/")])
    kita = town.page("/buergerservice/kita/", "Kindertagesstätten", f"""<p>Die Stadt betreibt vier Kitas.
Den Anmeldebogen geben Sie bitte bis zum 1. Februar im Rathaus ab.</p>
<p><a href="{kita_pdf}">Anmeldung Kita-Platz (PDF, 96 KB)</a></p>""",
                     [("Bürgerservice", "/buergerservice/"), ("Kindertagesstätten", "/buergerservice/kita/")])
    fried = town.page("/buergerservice/friedhof/", "Friedhöfe", """<p>Die Stadt verwaltet den Stadtfriedhof und den
Waldfriedhof. Grabstätten und Nutzungsrechte vergibt die Friedhofsverwaltung im Rathaus, Zimmer 12.</p>""",
                      [("Bürgerservice", "/buergerservice/"), ("Friedhöfe", "/buergerservice/friedhof/")])
    sonder = town.page("/buergerservice/sondernutzung/", "Sondernutzung öffentlicher Straßen", f"""<p>Wer eine
öffentliche Straße über den Gemeingebrauch hinaus nutzt – etwa für Container, Gerüste oder Werbetafeln –, braucht
eine Sondernutzungserlaubnis des Fachdienstes Straßen und Verkehr.</p>
<p><a class="button" href="{f_sonder}">Zum Online-Dienst</a></p>""",
                       [("Bürgerservice", "/buergerservice/"), ("Sondernutzung", "/buergerservice/sondernutzung/")])
    town.page("/stadtleben/", "Stadtleben", """<p>Museen, Vereine, Sport: In Tennhagen ist immer etwas los.</p>""",
              [("Stadtleben", "/stadtleben/")])
    town.page("/politik/", "Politik", f"""<p>Sitzungen des Rates und der Ausschüsse:
<a href="http://{RIS}/">Bürgerinformationssystem</a>.</p>""", [("Politik", "/politik/")])
    town.page("/aktuelles/", "Aktuelles", """<div class="news"><h2>Neue Leistungsbeschreibungen</h2><p>Unser
Bürgerservice nutzt jetzt die Texte des Landesportals. So sind Informationen immer aktuell.</p></div>""",
              [("Aktuelles", "/aktuelles/")])
    town_basics(town)

    ris = world.host(RIS)
    simple_page(ris, "/", "Bürgerinfo Stadt Tennhagen", """<p><a href="/sitzung/2025-11-27/">Rat der Stadt,
27.11.2025</a></p>""", brand="Bürgerinfo")
    simple_page(ris, "/sitzung/2025-11-27/", "Rat der Stadt – 27.11.2025", """<ol><li>Änderung der Satzung über
die Erhebung der Zweitwohnungsteuer</li><li>Gebührensatzung Straßenreinigung</li><li>Bebauungsplan Nr. 44
„Am Mühlenteich“ – Satzungsbeschluss</li></ol>""", brand="Bürgerinfo")
    portal_legal(ris, "Bürgerinfo", "Stadt Tennhagen")

    labels(
        world,
        WWW,
        name="Stadt Tennhagen",
        kind="stadt",
        landkreis="Landkreis Schaumtal",
        family="serviceportal_ni",
        services=[
            service("10160", 4, "state portal detail (/detail?pstId=) whose Online-Dienst opens the town's form; "
                    "the form states the Hundesteuerbescheid goes to the Servicekonto/BundID postbox",
                    [URL_HUND, f_hund]),
            service("10124", 1, "plain state portal detail in English (/en/detail?...&ags=)", [URL_WOHNSITZ]),
            service("10559", 3, "English state portal detail (/dlp/en/detail) with a working Online-Dienst form",
                    [URL_MELDEBESCH, f_melde]),
            service("10294", 3, "portaldeeplink detail with a working Online-Dienst form", [URL_GEWERBE, f_gewerbe]),
            service("10111", 1, "plain Zuständigkeitsfinder detail page", [URL_SPERRE]),
            service("10026", 1, "own Standesamt page: Heiraten, registration in person", [std]),
            service("10557", 3, "own Standesamt page links an online order form for Geburtsurkunden",
                    [std, f_urkunde]),
            service("10244", 1, "own Fundbüro page", [fund]),
            service("10019", 2, "own Kita page with PDF registration form", [kita, kita_pdf]),
            service("10227", 1, "own Friedhöfe page", [fried]),
            service("10348", 1, "'Zum Online-Dienst' button leads to a page saying the service is being prepared",
                    [sonder, f_sonder]),
        ],
        not_services=[
            not_service("10126", "Zweitwohnungsteuer only as an agenda item in the Bürgerinfo council system"),
        ],
    )
    del p_hund, p_wohnsitz, p_melde, p_gewerbe, p_sperre
