"""Stadt Weidenstedt: online services on form engines (civento, Form-Solutions, gemeinsamonline/EfA, federal)."""

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

WWW = "www.stadt-weidenstedt.de"
CIV1 = "buergerservice.weidenstedt.de"
CIV2 = "civento.kommunal-it-west.de"
FSPDF = "pdf.form-solutions.net"
FSSUB = "weidenstedt.form-solutions.net"
GO = "serviceportal.gemeinsamonline.de"
EWA = "wohnsitzanmeldung.gov.de"
BZR = "www.fuehrungszeugnis.bund.de"
RIS = "weidenstedt.ratsinfomanagement.net"


def _civento(host: Host, title: str, fields: list[tuple[str, str, str]], oe: str) -> str:
    """civento serves every process at /civ.public/start.html; the process is chosen by the query string."""
    return host.page(
        "/civ.public/start.html",
        f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>{esc(title)} - civento</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body class="civento">
<div class="civ-header"><span class="civ-oe">{esc(oe)}</span></div>
<div class="civ-process">
<h1>{esc(title)}</h1>
<ol class="civ-steps"><li class="active">Antragsdaten</li><li>Nachweise</li><li>Zusammenfassung</li>
<li>Absenden</li></ol>
{form("/civ.public/submit.html", fields, submit="Weiter")}
<p class="civ-hint">Pflichtfelder sind mit * gekennzeichnet. Am Ende können Sie den Antrag verbindlich
absenden.</p>
</div>
<div class="civ-footer"><a href="/civ.public/impressum.html">Impressum</a> ·
<a href="/civ.public/datenschutz.html">Datenschutz</a></div>
</body></html>
""",
    )


def _civento_legal(host: Host, owner: str) -> None:
    portal_legal(host, "civento", owner)
    simple_page(host, "/", "civento", "<p>Bitte rufen Sie einen Antrag über die Internetseite Ihrer Kommune "
                "auf.</p>", brand="civento")
    simple_page(host, "/civ.public/impressum.html", "Impressum", f"<p>{esc(owner)}</p>", brand="civento")
    simple_page(host, "/civ.public/datenschutz.html", "Datenschutz", "<p>Angaben werden nur für das Verfahren "
                "verwendet.</p>", brand="civento")


def build(world: World) -> None:
    www = world.host(WWW)
    town = Town(
        www,
        "Stadt Weidenstedt",
        "Weidenstedt",
        nav=[
            ("Rathaus", "/rathaus/"),
            ("Bürgerservice", "/buergerservice/"),
            ("Aktuelles", "/aktuelles/"),
            ("Stellen", "/stellen/"),
        ],
        address=["Rathaus", "Marktstraße 1", "38324 Weidenstedt"],
        phone="05336 77-0",
        email="buergerservice@weidenstedt.de",
        flavor="typo3",
    )

    # ------------------------------------------------------------------ civento (two hosts, one process each)
    civ1 = world.host(CIV1)
    civ_hund = _civento(civ1, "Hund anmelden (Hundesteuer)", [
        *PERSON_FIELDS, ("Rasse des Hundes *", "rasse", "text"), ("Beginn der Hundehaltung *", "beginn", "date"),
        ("Es handelt sich um einen gefährlichen Hund", "gefaehrlich", "checkbox")], "Stadt Weidenstedt – Steueramt")
    _civento_legal(civ1, "Stadt Weidenstedt")
    civ_hund_link = civ_hund.replace("/civ.public/start.html", "/civ.public/start.html?oe=00.00.30.01&mode=cc"
                                     "&cc_key=AnmeldungHundesteuer")
    civ2 = world.host(CIV2)
    civ_sonder = _civento(civ2, "Sondernutzungserlaubnis beantragen", [
        *PERSON_FIELDS, ("Ort der Sondernutzung *", "ort_sn", "text"),
        ("Art der Nutzung *", "art", "select:Container|Gerüst|Außengastronomie|Werbeanlage|Sonstiges"),
        ("Von", "von", "date"), ("Bis", "bis", "date")], "Stadt Weidenstedt – Straßen und Verkehr")
    _civento_legal(civ2, "Kommunale IT West im Auftrag der angeschlossenen Kommunen")
    civ_sonder_link = civ_sonder.replace("/civ.public/start.html", "/civ.public/start.html?oe=03.15.33.07"
                                         "&mode=cc&cc_key=SondernutzungStrasse")

    # ------------------------------------------------------------------ Form-Solutions
    fspdf = world.host(FSPDF)
    pdf_park = fspdf.raw("/weidenstedt/Antrag_Bewohnerparkausweis.pdf", pdf(
        "Antrag auf Ausstellung eines Bewohnerparkausweises", [
            "Stadt Weidenstedt - Straßenverkehrsbehörde", "Parkzone", "Amtliches Kennzeichen",
            "Fahrzeughalter"], author="Form-Solutions"))
    pdf_verlust = fspdf.raw("/weidenstedt/Verlustanzeige.pdf", pdf(
        "Verlustanzeige Fundbüro", ["Stadt Weidenstedt - Fundbüro", "Beschreibung des verlorenen Gegenstands",
                                    "Ort und Zeit des Verlusts"], author="Form-Solutions"))
    pdf_gewab = fspdf.raw("/weidenstedt/Gewerbeabmeldung.pdf", pdf(
        "Gewerbeabmeldung nach § 14 GewO", ["Vordruck GewA 3", "Angaben zum Betriebsinhaber",
                                            "Datum der Betriebsaufgabe"], author="Form-Solutions"))
    fssub = world.host(FSSUB)

    def fs_form(path: str, title: str, fields: list[tuple[str, str, str]]) -> str:
        return simple_page(fssub, path, title, '<p class="fs-intro">Füllen Sie den Antrag aus. Sie erhalten nach dem '
                           "Absenden eine Eingangsbestätigung per E-Mail.</p>"
                           + form(f"{path}/send", fields, submit="Antrag absenden"),
                           brand="Form-Solutions · Stadt Weidenstedt")

    fs_gewerbe = fs_form("/submission/Gewerbeanmeldung", "Gewerbeanmeldung (GewA 1)", [
        *PERSON_FIELDS, ("Betriebsstätte", "betriebsstaette", "text"), ("Tätigkeit", "taetigkeit", "textarea"),
        ("Beginn", "beginn", "date")])
    fs_sperre = fs_form("/submission/Uebermittlungssperre", "Widerspruch gegen die Übermittlung von Meldedaten", [
        *PERSON_FIELDS, ("an Parteien und Wählergruppen vor Wahlen", "w_parteien", "checkbox"),
        ("an Adressbuchverlage", "w_adressbuch", "checkbox"), ("zu Alters- und Ehejubiläen", "w_jubilaeen", "checkbox"),
        ("an öffentlich-rechtliche Religionsgesellschaften", "w_religion", "checkbox")])
    portal_legal(fssub, "Form-Solutions", "Form-Solutions GmbH im Auftrag der Stadt Weidenstedt")
    simple_page(fssub, "/", "Formularserver", "<p>Bitte wählen Sie ein Formular auf der Internetseite Ihrer "
                "Kommune.</p>", brand="Form-Solutions")
    simple_page(fspdf, "/", "PDF-Formularserver", "<p>Dieser Server liefert PDF-Formulare für Kommunen aus.</p>",
                brand="Form-Solutions")
    portal_legal(fspdf, "Form-Solutions", "Form-Solutions GmbH")

    # ------------------------------------------------------------------ gemeinsamonline / EfA
    go = world.host(GO)

    def go_entry(ident: str, title: str, intro: str, fields: list[tuple[str, str, str]]) -> str:
        path = f"/Onlinedienste/Service/Entry/{ident}"
        return simple_page(go, path, title, f"<p>{intro}</p>"
                           '<p class="go-login">Sie können sich mit Ihrem Nutzerkonto anmelden oder ohne Konto '
                           "fortfahren.</p>" + form(f"{path}/Submit", fields, submit="Antrag absenden"),
                           brand="Serviceportal gemeinsamonline")

    go_wohngeld = go_entry("WOHNGELD", "Wohngeld – Online-Antrag", "Dieser Online-Dienst wurde nach dem Prinzip "
                           "„Einer für Alle“ entwickelt. Ihr Antrag wird an die Wohngeldbehörde Ihres Wohnorts "
                           "übermittelt.", [*PERSON_FIELDS, ("Haushaltsgröße", "haushalt", "text"),
                                            ("Monatliche Miete", "miete", "text")])
    go_geburt = go_entry("GEBURTSURKUNDE", "Geburtsurkunde beantragen", "Bestellen Sie eine Geburtsurkunde beim "
                         "Standesamt, das die Geburt beurkundet hat.", [
                             *PERSON_FIELDS, ("Geburtsort", "geburtsort", "text"), ("Anzahl der Urkunden", "anzahl",
                                                                                  "text")])
    portal_legal(go, "Serviceportal gemeinsamonline", "Betreiber des Serviceportals im Auftrag der Länder")
    simple_page(go, "/", "Serviceportal", "<p>Online-Dienste nach dem Prinzip „Einer für Alle“. Bitte wählen Sie "
                "einen Online-Dienst über die Internetseite Ihrer Kommune.</p>", brand="Serviceportal gemeinsamonline")

    # ------------------------------------------------------------------ federal services
    ewa = world.host(EWA)
    ewa_start = simple_page(ewa, "/", "Elektronische Wohnsitzanmeldung", """<p>Melden Sie Ihren neuen Wohnsitz
online an – ohne Termin im Bürgerbüro. Sie benötigen einen Personalausweis mit Online-Ausweisfunktion und eine
BundID.</p>
<p>Die Anmeldung wird vollständig digital bearbeitet. Ihre amtliche Meldebestätigung erhalten Sie als
elektronisches Dokument in das Postfach Ihrer BundID.</p>
<form action="/anmeldung/start" method="get" class="plz-check"><label for="plz">Postleitzahl Ihrer neuen
Wohnung</label><input id="plz" name="plz" type="text"><button type="submit">Verfügbarkeit prüfen</button></form>
<p><a class="btn" href="/anmeldung/start">Jetzt anmelden mit BundID</a></p>""", brand="Bundesportal")
    simple_page(ewa, "/anmeldung/start", "Wohnsitz anmelden", "<p>Schritt 1 von 5: Anmeldung mit BundID</p>"
                + form("/anmeldung/weiter", [("Postleitzahl der neuen Wohnung", "plz", "text"),
                                               ("Einzugsdatum", "einzug", "date"),
                                               ("Wohnungsgeber (Name)", "wohnungsgeber", "text")],
                       submit="Weiter"), brand="Bundesportal")
    portal_legal(ewa, "Bundesportal", "Bundesministerium des Innern (Betreiber des Dienstes)")
    bzr = world.host(BZR)
    bzr_start = simple_page(bzr, "/", "Führungszeugnis online beantragen", """<p>Mit dem Online-Ausweis beantragen
Sie ein Führungszeugnis direkt beim Bundesamt für Justiz.</p>
<p>Das Führungszeugnis wird Ihnen per Post zugeschickt.</p>
<p><a class="btn" href="/antrag/">Antrag starten</a></p>""", brand="Bundesamt für Justiz")
    simple_page(bzr, "/antrag/", "Antrag auf ein Führungszeugnis", form("/antrag/senden", [
        ("Art", "art", "select:Privatführungszeugnis|Erweitertes Führungszeugnis|Führungszeugnis für Behörden"),
        ("Zweck", "zweck", "text"), ("Ausweis mit Online-Ausweisfunktion auslesen", "eid", "checkbox")],
        submit="Kostenpflichtig beantragen"), brand="Bundesamt für Justiz")
    portal_legal(bzr, "Bundesamt für Justiz", "Bundesamt für Justiz")

    # ------------------------------------------------------------------ main site
    wgb_pdf = www.raw("/fileadmin/formulare/wohnungsgeberbestaetigung.pdf", pdf(
        "Wohnungsgeberbestätigung", ["Bestätigung des Wohnungsgebers nach § 19 BMG", "Anschrift der Wohnung",
                                     "Einzug am", "Unterschrift des Wohnungsgebers"], author="Stadt Weidenstedt"))
    grab_pdf = www.raw("/fileadmin/formulare/antrag_grabmal.pdf", pdf(
        "Antrag auf Genehmigung eines Grabmals", ["Friedhof, Grablage", "Material und Maße",
                                                  "Steinmetzbetrieb"], author="Stadt Weidenstedt"))
    bs = [("Bürgerservice", "/buergerservice/")]

    def svc_page(slug: str, title: str, body: str) -> str:
        return town.page(f"/buergerservice/{slug}/", title, body, [*bs, (title, f"/buergerservice/{slug}/")])

    pages = {
        "hundesteuer": svc_page("hundesteuer", "Hundesteuer", f"""<p>Hunde müssen innerhalb von zwei Wochen nach
Anschaffung angemeldet werden. Die Steuer beträgt 108 Euro jährlich für den ersten Hund.</p>
<p><a class="btn" href="{civ_hund_link}">Hund online anmelden</a></p>"""),
        "sondernutzung": svc_page("sondernutzung", "Sondernutzung von Straßen", f"""<p>Container, Gerüste,
Außengastronomie oder Werbeanlagen im öffentlichen Straßenraum brauchen eine Sondernutzungserlaubnis.</p>
<p><a class="btn" href="{civ_sonder_link}">Sondernutzung online beantragen</a></p>"""),
        "bewohnerparken": svc_page("bewohnerparken", "Bewohnerparkausweis", f"""<p>In den Zonen Altstadt und
Bahnhofsviertel können Bewohnerinnen und Bewohner einen Parkausweis erhalten (30,70 Euro pro Jahr).</p>
<p><a href="{pdf_park}">Antrag auf Bewohnerparkausweis (PDF)</a> – bitte ausgedruckt und unterschrieben
einreichen.</p>"""),
        "gewerbe": svc_page("gewerbe", "Gewerbe an-, um- und abmelden", f"""<p>Die Gewerbeanmeldung können Sie
online stellen. Die Abmeldung ist derzeit nur mit dem Vordruck möglich.</p>
<ul><li><a href="{fs_gewerbe}">Gewerbeanmeldung online</a></li>
<li><a href="{pdf_gewab}">Gewerbeabmeldung (PDF-Vordruck)</a></li></ul>"""),
        "fundsachen": svc_page("fundsachen", "Fundbüro", f"""<p>Verloren oder gefunden? Das Fundbüro im Bürgerbüro hilft.
Verluste können Sie mit dem Formular anzeigen.</p><p><a href="{pdf_verlust}">Verlustanzeige (PDF)</a></p>"""),
        "wohngeld": svc_page("wohngeld", "Wohngeld", f"""<p>Wohngeld ist ein Zuschuss zu den Wohnkosten. Zuständig ist
die Wohngeldstelle der Stadt Weidenstedt.</p>
<p><a class="btn" href="{go_wohngeld}">Wohngeld online beantragen</a></p>"""),
        "umzug": svc_page("umzug", "Umzug – Wohnsitz anmelden", f"""<p>Nach einem Umzug nach oder innerhalb von
Weidenstedt müssen Sie sich innerhalb von zwei Wochen anmelden. Das geht persönlich im Bürgerbüro oder online
über die elektronische Wohnsitzanmeldung des Bundes.</p>
<p><a class="btn" href="{ewa_start}">Zur elektronischen Wohnsitzanmeldung</a></p>
<p>Ihr Vermieter muss Ihnen den Einzug bestätigen:
<a href="{wgb_pdf}">Wohnungsgeberbestätigung (PDF)</a></p>"""),
        "fuehrungszeugnis": svc_page("fuehrungszeugnis", "Führungszeugnis", f"""<p>Ein Führungszeugnis beantragen Sie
im Bürgerbüro oder online direkt beim Bundesamt für Justiz. Gebühr: 13 Euro.</p>
<p><a class="btn" href="{bzr_start}">Führungszeugnis online beantragen</a></p>"""),
        "meldedaten": svc_page("meldedaten", "Widerspruch gegen die Datenübermittlung", f"""<p>Sie können
widersprechen, dass die Meldebehörde Ihre Daten an Parteien, Adressbuchverlage, Religionsgesellschaften oder zu
Jubiläen weitergibt.</p><p><a class="btn" href="{fs_sperre}">Widerspruch online einlegen</a></p>"""),
        "standesamt": svc_page("standesamt", "Standesamt", f"""<h2>Heiraten in Weidenstedt</h2><p>Das Standesamt
traut im Rathaus und im Gutshaus Weidenhof. Die Eheschließung melden Sie persönlich an.</p>
<h2>Geburtsurkunden</h2><p><a href="{go_geburt}">Geburtsurkunde online beantragen</a></p>"""),
        "friedhof": svc_page("friedhof", "Friedhof", f"""<p>Für die Aufstellung eines Grabmals brauchen Sie eine
Genehmigung der Friedhofsverwaltung.</p><p><a href="{grab_pdf}">Antrag Grabmalgenehmigung (PDF)</a></p>"""),
    }
    az = "".join(f'<li><a href="/buergerservice/{slug}/">{esc(title)}</a></li>' for slug, title in [
        ("bewohnerparken", "Bewohnerparkausweis"), ("fuehrungszeugnis", "Führungszeugnis"),
        ("friedhof", "Friedhof"), ("fundsachen", "Fundbüro"), ("gewerbe", "Gewerbe"),
        ("hundesteuer", "Hundesteuer"), ("sondernutzung", "Sondernutzung"), ("standesamt", "Standesamt"),
        ("umzug", "Umzug"), ("meldedaten", "Widerspruch gegen die Datenübermittlung"), ("wohngeld", "Wohngeld")])
    town.page("/buergerservice/", "Bürgerservice A-Z", f'<ul class="az">{az}</ul>', bs)
    town.page("/rathaus/", "Rathaus", """<ul><li><a href="/rathaus/online-services/">Online-Services und
Formulare</a></li><li><a href="http://weidenstedt.ratsinfomanagement.net/">Ratsinformationen</a></li></ul>""",
              [("Rathaus", "/rathaus/")])
    town.page("/rathaus/online-services/", "Online-Services und Formulare", f"""<table class="contenttable">
<thead><tr><th>Anliegen</th><th>Angebot</th></tr></thead><tbody>
<tr><td>Hund anmelden</td><td><a href="{civ_hund_link}">Online-Antrag</a></td></tr>
<tr><td>Sondernutzung</td><td><a href="{civ_sonder_link}">Online-Antrag</a></td></tr>
<tr><td>Gewerbeanmeldung</td><td><a href="{fs_gewerbe}">Online-Antrag</a></td></tr>
<tr><td>Widerspruch Datenübermittlung</td><td><a href="{fs_sperre}">Online-Antrag</a></td></tr>
<tr><td>Wohngeld</td><td><a href="{go_wohngeld}">Online-Antrag (EfA)</a></td></tr>
<tr><td>Wohnsitzanmeldung</td><td><a href="{ewa_start}">Online-Dienst des Bundes</a></td></tr>
<tr><td>Führungszeugnis</td><td><a href="{bzr_start}">Online-Dienst des Bundes</a></td></tr>
<tr><td>Bewohnerparkausweis</td><td><a href="{pdf_park}">PDF</a></td></tr>
<tr><td>Verlustanzeige</td><td><a href="{pdf_verlust}">PDF</a></td></tr>
</tbody></table>""", [("Rathaus", "/rathaus/"), ("Online-Services", "/rathaus/online-services/")])
    town.page("/", "Stadt Weidenstedt", """<p>Willkommen in Weidenstedt.</p>
<p><a class="btn" href="/rathaus/online-services/">Online-Services</a> <a class="btn" href="/buergerservice/">
Bürgerservice A-Z</a></p><h2>Aktuelles</h2><ul><li><a href="/aktuelles/">Neuigkeiten aus dem Rathaus</a></li></ul>""")
    town.page("/aktuelles/", "Aktuelles", """<div class="news"><h2>Stadtfest am 28. Juni</h2><p>Live-Musik,
Kinderprogramm und Flohmarkt in der Marktstraße.</p></div>""", [("Aktuelles", "/aktuelles/")])
    town.page("/stellen/", "Stellenangebote", """<h2>Sachbearbeitung Elterngeld (m/w/d)</h2><p>Für unsere
Elterngeldstelle suchen wir eine engagierte Verstärkung. Sie prüfen Anträge und beraten Eltern.</p>""",
              [("Stellen", "/stellen/")])
    town_basics(town)

    ris = world.host(RIS)
    simple_page(ris, "/", "Ratsinformationen Stadt Weidenstedt", """<p><a href="/sitzungen/ratssitzung-4711/">Rat,
04.12.2025</a></p>""", brand="Ratsinfomanagement")
    simple_page(ris, "/sitzungen/ratssitzung-4711/", "Rat 04.12.2025", """<ol><li>Satzung über die Erhebung einer
Vergnügungsteuer</li><li>Hundesteuersatzung – Anpassung der Steuersätze</li><li>Jahresabschluss 2024</li></ol>""",
                brand="Ratsinfomanagement")
    portal_legal(ris, "Ratsinfomanagement", "Stadt Weidenstedt")

    labels(
        world,
        WWW,
        name="Stadt Weidenstedt",
        kind="stadt",
        landkreis="Landkreis Helmstedter Börde",
        family="form_engines",
        services=[
            service("10160", 3, "civento form (/civ.public/start.html?oe=..&mode=cc&cc_key=..) on the town's host",
                    [pages["hundesteuer"], civ_hund_link]),
            service("10348", 3, "civento form on a shared IT-provider host", [pages["sondernutzung"],
                                                                               civ_sonder_link]),
            service("10173", 2, "PDF on pdf.form-solutions.net", [pages["bewohnerparken"], pdf_park]),
            service("10294", 3, "Form-Solutions submission form for the Gewerbeanmeldung (plus a PDF for the "
                    "Abmeldung)", [pages["gewerbe"], fs_gewerbe, pdf_gewab]),
            service("10244", 2, "Verlustanzeige PDF on pdf.form-solutions.net", [pages["fundsachen"], pdf_verlust]),
            service("10092", 3, "gemeinsamonline EfA Online-Dienst (Service/Entry/WOHNGELD)",
                    [pages["wohngeld"], go_wohngeld]),
            service("10124", 4, "federal electronic Wohnsitzanmeldung: online, fully digital, Meldebestätigung "
                    "delivered to the BundID postbox; also a Wohnungsgeberbestätigung PDF",
                    [pages["umzug"], ewa_start, wgb_pdf]),
            service("10562", 3, "federal online application at the Bundesamt für Justiz (certificate by post)",
                    [pages["fuehrungszeugnis"], bzr_start]),
            service("10111", 3, "Form-Solutions submission form 'Widerspruch gegen die Übermittlung von "
                    "Meldedaten'", [pages["meldedaten"], fs_sperre]),
            service("10026", 1, "Standesamt page: Heiraten, registration in person", [pages["standesamt"]]),
            service("10557", 3, "gemeinsamonline Online-Dienst for the Geburtsurkunde",
                    [pages["standesamt"], go_geburt]),
            service("10227", 2, "Friedhof page with Grabmal PDF", [pages["friedhof"], grab_pdf]),
        ],
        not_services=[
            not_service("10000", "Elterngeld only in a job advert"),
            not_service("10377", "Vergnügungsteuer only as an agenda item in the council information system"),
        ],
    )
