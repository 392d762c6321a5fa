"""The fixed list of municipal services the generated sites offer, with OZG-IDs, wordings and form fields."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

from tests.support.paths import PROJECT_ROOT

CATALOG = PROJECT_ROOT / "data" / "catalog"


@dataclass(frozen=True)
class Theme:
    title: str  # heading on a Bürgerservice page ("Meldewesen und Ausweise")
    office: str  # the responsible unit named on service pages
    life_event: str  # the "Lebenslage" a portal-style site files it under
    documents: tuple[str, ...]  # what to bring, when the service names nothing special


@dataclass(frozen=True)
class ServiceSpec:
    ozg_id: str
    key: str  # stable file-name part, e.g. for the PDF form
    titles: tuple[str, ...]  # page titles; each is a phrase from data/catalog/synonyms.csv
    theme: str
    about: str  # one German sentence describing the service
    fields: tuple[str, ...] = ()  # service-specific labels of the online form
    max_level: int = 4  # some services (plans, council matters) never have an application


# fmt: off
THEMES: dict[str, Theme] = {
    "melde": Theme("Meldewesen und Ausweise", "Bürgerbüro", "Umzug und Ausweise",
                   ("gültiger Personalausweis oder Reisepass",)),
    "standesamt": Theme("Standesamt", "Standesamt", "Geburt, Heirat und Sterbefall",
                        ("Personalausweis", "Geburtsurkunde")),
    "ordnung": Theme("Öffentliche Sicherheit und Ordnung", "Ordnungsamt", "Freizeit und Feste",
                     ("formloses Schreiben mit Angaben zum Vorhaben", "Lageplan")),
    "steuern": Theme("Steuern und Abgaben", "Steueramt", "Steuern und Gebühren",
                     ("Kassenzeichen des letzten Bescheides",)),
    "bauen": Theme("Bauen und Umwelt", "Bauamt", "Haus und Grundstück", ("Lageplan", "Flurstücksangaben")),
    "familie": Theme("Familie, Bildung und Soziales", "Fachdienst Familie und Bildung", "Familie und Kinder",
                     ("Geburtsurkunde des Kindes", "Nachweis über das Einkommen")),
    "politik": Theme("Wahlen und Mitwirkung", "Wahlamt", "Mitreden und Mitwirken",
                     ("Wahlbenachrichtigung", "Personalausweis")),
    "wirtschaft": Theme("Wirtschaft", "Gewerbeamt", "Beruf und Wirtschaft",
                        ("Personalausweis", "Handelsregisterauszug (falls vorhanden)")),
    "verkehr": Theme("Straßenverkehr", "Straßenverkehrsamt", "Mobilität",
                     ("Personalausweis", "Zulassungsbescheinigung Teil I")),
    "soziales": Theme("Soziales und Gesundheit", "Sozialamt", "Hilfe und Unterstützung",
                      ("Nachweise über Einkommen und Vermögen", "Mietvertrag")),
    "zuwanderung": Theme("Ausländerangelegenheiten", "Ausländerbehörde", "Zuwanderung und Integration",
                         ("Nationalpass", "biometrisches Lichtbild")),
}

_S = ServiceSpec  # keeps the table below readable
SERVICES: tuple[ServiceSpec, ...] = (
    # Gemeinde level: Meldewesen, Ausweise, Bescheinigungen
    _S("10124", "wohnsitz", ("Wohnsitz anmelden", "Anmeldung des Wohnsitzes", "Umzug melden"), "melde",
       "Wer eine Wohnung bezieht, muss sich innerhalb von zwei Wochen bei der Meldebehörde anmelden.",
       ("Neue Anschrift", "Einzugsdatum", "Bisherige Anschrift")),
    _S("10559", "meldebescheinigung", ("Meldebescheinigung", "Meldebescheinigung beantragen"), "melde",
       "Eine Meldebescheinigung bestätigt Ihre aktuelle oder eine frühere Wohnanschrift.",
       ("Verwendungszweck", "Anzahl der Ausfertigungen")),
    _S("10119", "personalausweis", ("Personalausweis beantragen", "Personalausweis"), "melde",
       "Den Personalausweis beantragen Sie persönlich; er gilt zehn Jahre, für junge Menschen sechs.",
       ("Grund der Beantragung", "Nummer des bisherigen Ausweises")),
    _S("10177", "reisepass", ("Reisepass beantragen", "Reisepass", "Kinderreisepass"), "melde",
       "Für Reisen in viele Länder außerhalb der EU benötigen Sie einen Reisepass.",
       ("Grund der Beantragung", "Gewünschte Seitenzahl")),
    _S("10111", "auskunftssperre", ("Auskunftssperre beantragen", "Auskunftssperre im Melderegister"),
       "melde", "Bei einer Gefahr für Leib oder Leben kann eine Auskunftssperre eingetragen werden.",
       ("Art der Sperre", "Begründung")),
    _S("10562", "fuehrungszeugnis", ("Führungszeugnis beantragen", "Führungszeugnis"), "melde",
       "Das Führungszeugnis wird beim Bundesamt für Justiz erteilt; den Antrag nimmt die Gemeinde auf.",
       ("Art des Führungszeugnisses", "Verwendungszweck")),
    _S("10571", "beglaubigung", ("Beglaubigungen", "Beglaubigung von Kopien"), "melde",
       "Abschriften und Kopien von Dokumenten können amtlich beglaubigt werden.",
       ("Art des Dokuments", "Anzahl der Beglaubigungen")),
    _S("10102", "lebensbescheinigung", ("Lebensbescheinigung", "Lebensbescheinigung für die Rente"),
       "melde", "Rentenversicherungsträger im Ausland verlangen regelmäßig eine Lebensbescheinigung.",
       ("Rentenversicherungsträger", "Aktenzeichen")),
    _S("10244", "fundsachen", ("Fundbüro", "Fundsache melden", "Fundsachen"), "ordnung",
       "Gefundene oder verlorene Gegenstände können Sie beim Fundbüro melden.",
       ("Beschreibung des Gegenstands", "Fundort", "Funddatum")),
    # Standesamt
    _S("10003", "geburt", ("Geburt anzeigen", "Geburtsanzeige"), "standesamt",
       "Die Geburt eines Kindes muss innerhalb einer Woche beim Standesamt angezeigt werden.",
       ("Geburtsdatum des Kindes", "Geburtsort", "Vornamen des Kindes")),
    _S("10557", "geburtsurkunde", ("Geburtsurkunde beantragen", "Geburtsurkunde bestellen"),
       "standesamt", "Geburtsurkunden stellt das Standesamt des Geburtsortes aus.",
       ("Name bei Geburt", "Geburtsdatum", "Anzahl der Urkunden")),
    _S("10026", "eheschliessung", ("Anmeldung zur Eheschließung", "Eheschließung anmelden"),
       "standesamt", "Die Eheschließung melden Sie bei dem Standesamt an, in dessen Bezirk Sie wohnen.",
       ("Name der Partnerin oder des Partners", "Gewünschtes Trauungsdatum")),
    _S("10025", "ehefaehigkeitszeugnis", ("Ehefähigkeitszeugnis beantragen", "Ehefähigkeitszeugnis"),
       "standesamt", "Für eine Heirat im Ausland verlangen viele Staaten ein Ehefähigkeitszeugnis.",
       ("Staat der Eheschließung", "Name der Partnerin oder des Partners")),
    _S("10237", "sterbeurkunde", ("Sterbeurkunde beantragen", "Sterbeurkunde"), "standesamt",
       "Sterbeurkunden erhalten Angehörige beim Standesamt des Sterbeortes.",
       ("Name der verstorbenen Person", "Sterbedatum", "Anzahl der Urkunden")),
    _S("10135", "kirchenaustritt", ("Kirchenaustritt", "Kirchenaustritt erklären"), "standesamt",
       "Den Austritt aus einer Kirche erklären Sie persönlich beim Standesamt.",
       ("Religionsgemeinschaft", "Taufort")),
    _S("10029", "namensaenderung", ("Namensänderung", "Erklärung zur Namensführung"), "standesamt",
       "Erklärungen zur Namensführung nimmt das Standesamt entgegen.",
       ("Bisheriger Name", "Gewünschter Name")),
    _S("10001", "vaterschaft", ("Vaterschaftsanerkennung", "Vaterschaft anerkennen"), "standesamt",
       "Die Vaterschaft kann schon vor der Geburt des Kindes anerkannt werden.",
       ("Name der Mutter", "Voraussichtliches Geburtsdatum")),
    # Ordnung
    _S("10147", "osterfeuer", ("Osterfeuer anmelden", "Brauchtumsfeuer anmelden"), "ordnung",
       "Brauchtumsfeuer müssen spätestens zwei Wochen vorher angemeldet werden.",
       ("Ort des Feuers", "Veranstalter", "Verantwortliche Person")),
    _S("10148", "fischereischein", ("Fischereischein beantragen", "Fischereischein"), "ordnung",
       "Wer in Niedersachsen angeln möchte, benötigt einen Fischereischein.",
       ("Datum der Fischerprüfung", "Prüfungsnummer")),
    _S("10164", "fundtiere", ("Fundtiere", "Fundtier melden"), "ordnung",
       "Entlaufene oder gefundene Haustiere werden im Tierheim untergebracht.",
       ("Tierart", "Fundort", "Beschreibung des Tieres")),
    _S("10346", "sperrzeit", ("Sperrzeitverkürzung", "Verkürzung der Sperrzeit"), "ordnung",
       "Für besondere Anlässe kann die Sperrzeit für Gaststätten verkürzt werden.",
       ("Name der Gaststätte", "Anlass", "Gewünschtes Ende der Sperrzeit")),
    _S("10347", "feuerwerk", ("Feuerwerk anmelden", "Abbrennen von Feuerwerk"), "ordnung",
       "Feuerwerk außerhalb des Jahreswechsels bedarf einer Ausnahmegenehmigung.",
       ("Ort des Abbrennens", "Datum", "Name der verantwortlichen Person")),
    _S("10349", "veranstaltung", ("Veranstaltung anmelden", "Straßenfest anmelden"), "ordnung",
       "Größere öffentliche Veranstaltungen müssen rechtzeitig angezeigt werden.",
       ("Art der Veranstaltung", "Veranstaltungsort", "Erwartete Besucherzahl")),
    _S("10350", "wochenmarkt", ("Standplatz auf dem Wochenmarkt", "Marktstand beantragen"), "ordnung",
       "Händlerinnen und Händler können sich um einen Standplatz auf dem Wochenmarkt bewerben.",
       ("Warensortiment", "Benötigte Standfläche in Metern")),
    _S("10348", "sondernutzung", ("Sondernutzungserlaubnis", "Halteverbot für Umzug"), "ordnung",
       "Wer öffentliche Straßen über den Gemeingebrauch hinaus nutzt, braucht eine Erlaubnis.",
       ("Ort der Nutzung", "Zeitraum", "Art der Nutzung")),
    _S("10136", "maengel", ("Mängelmelder", "Schäden im öffentlichen Raum"), "ordnung",
       "Schlaglöcher, defekte Laternen oder wilden Müll können Sie uns direkt melden.",
       ("Art des Mangels", "Ort des Mangels", "Beschreibung")),
    _S("10249", "schiedsamt", ("Schiedsamt", "Schiedsperson"), "ordnung",
       "Bei Streitigkeiten unter Nachbarn vermittelt die Schiedsperson.", max_level=2),
    # Steuern und Abgaben
    _S("10160", "hundesteuer", ("Hund anmelden", "Hundesteuer", "Hundeanmeldung"), "steuern",
       "Wer einen Hund hält, muss ihn innerhalb von zwei Wochen zur Hundesteuer anmelden.",
       ("Rasse des Hundes", "Wurfdatum des Hundes", "Beginn der Haltung")),
    _S("10117", "grundsteuer", ("Grundsteuer", "Grundsteuer B"), "steuern",
       "Die Grundsteuer wird jährlich für Grundstücke im Gemeindegebiet erhoben.",
       ("Kassenzeichen", "Anliegen")),
    _S("10364", "gewerbesteuer", ("Gewerbesteuer", "Gewerbesteuervorauszahlung"), "steuern",
       "Die Gewerbesteuer setzt die Gemeinde auf Grundlage des Messbescheides fest.",
       ("Kassenzeichen", "Anliegen")),
    _S("10126", "zweitwohnungsteuer", ("Zweitwohnungsteuer", "Zweitwohnungssteuer"), "steuern",
       "Für eine Nebenwohnung im Gemeindegebiet wird Zweitwohnungsteuer erhoben.",
       ("Anschrift der Nebenwohnung", "Jährliche Nettokaltmiete")),
    _S("10377", "vergnuegungsteuer", ("Vergnügungsteuer", "Spielgerätesteuer"), "steuern",
       "Betreiber von Spielgeräten melden die Vergnügungsteuer vierteljährlich an.",
       ("Aufstellort", "Anzahl der Geräte")),
    _S("10123", "abwasser", ("Abwassergebühren", "Wasserzählerstand melden"), "steuern",
       "Die Abwassergebühren richten sich nach dem Frischwasserverbrauch.",
       ("Zählernummer", "Zählerstand", "Ablesedatum")),
    # Bauen
    _S("10112", "baumfaellung", ("Baumfällgenehmigung", "Baum fällen"), "bauen",
       "Geschützte Bäume dürfen nur mit Genehmigung gefällt werden.",
       ("Baumart", "Stammumfang in Zentimetern", "Standort des Baumes")),
    _S("10528", "bauleitplanung", ("Bebauungspläne", "Bauleitplanung"), "bauen",
       "Die rechtskräftigen Bebauungspläne können Sie im Bauamt einsehen.", max_level=1),
    _S("10108", "vorkaufsrecht", ("Negativzeugnis Vorkaufsrecht", "Verzicht auf das Vorkaufsrecht"),
       "bauen", "Notare fragen vor einem Grundstückskauf ab, ob ein gemeindliches Vorkaufsrecht besteht.",
       ("Gemarkung", "Flur und Flurstück", "Urkundennummer")),
    _S("10515", "erschliessung", ("Erschließungsbeiträge", "Kanalanschluss", "Entwässerungsantrag"), "bauen",
       "Für die erstmalige Erschließung eines Grundstücks werden Beiträge erhoben; der Anschluss an die "
       "Kanalisation muss vorher beantragt werden.",
       ("Gemarkung", "Flur und Flurstück", "Art des Abwassers")),
    _S("10491", "einleitung", ("Einleitungserlaubnis", "Abwassereinleitung"), "bauen",
       "Wer Niederschlagswasser oder gereinigtes Abwasser in ein Gewässer einleiten will, braucht eine Erlaubnis.",
       ("Lage des Grundstücks", "Art des Abwassers")),
    _S("10531", "freistellung", ("Genehmigungsfreistellung", "Mitteilung nach § 62 NBauO"), "bauen",
       "Wohngebäude im Geltungsbereich eines Bebauungsplans können genehmigungsfrei sein.",
       ("Bauvorhaben", "Flur und Flurstück")),
    _S("10530", "foerderung", ("Förderung Balkonkraftwerk", "Zuschuss für Zisternen"), "bauen",
       "Die Gemeinde bezuschusst private Klimaschutzmaßnahmen im Rahmen verfügbarer Mittel.",
       ("Art der Maßnahme", "Kosten laut Rechnung")),
    # Familie, Bildung
    _S("10019", "kita", ("Kita-Anmeldung", "Kindergarten anmelden", "Krippenplatz"), "familie",
       "Für Kinder ab einem Jahr besteht ein Anspruch auf einen Betreuungsplatz.",
       ("Name des Kindes", "Geburtsdatum des Kindes", "Gewünschter Betreuungsbeginn")),
    _S("10040", "hort", ("Hortanmeldung", "Hortbetreuung"), "familie",
       "Schulkinder können nachmittags im Hort betreut werden.",
       ("Name des Kindes", "Schule und Klasse")),
    _S("10041", "schulanmeldung", ("Anmeldung zur Grundschule", "Schulanmeldung"), "familie",
       "Kinder, die bis zum 30. September sechs Jahre alt werden, werden schulpflichtig.",
       ("Name des Kindes", "Geburtsdatum des Kindes", "Gewünschte Schule")),
    _S("10014", "buecherei", ("Büchereiausweis", "Leseausweis"), "familie",
       "Mit dem Büchereiausweis können Sie Medien der Gemeindebücherei ausleihen.",
       ("Geburtsdatum", "Gewünschte Zweigstelle")),
    _S("10024", "sporthallen", ("Nutzung von Sporthallen", "Hallenbelegung"), "familie",
       "Vereine und Gruppen können Sporthallen für regelmäßige Übungszeiten nutzen.",
       ("Verein oder Gruppe", "Gewünschte Halle", "Wochentag")),
    _S("10134", "ehrenamt", ("Ehrenamtskarte beantragen", "Vereinsförderung"), "familie",
       "Ehrenamtlich Engagierte erhalten mit der Ehrenamtskarte Vergünstigungen.",
       ("Organisation", "Stunden pro Woche")),
    _S("10104", "rente", ("Rentenantrag", "Rentenangelegenheiten"), "familie",
       "Rentenanträge nimmt das Versichertenamt auf und leitet sie weiter.",
       ("Versicherungsnummer", "Art der Rente")),
    _S("10096", "kontenklaerung", ("Kontenklärung", "Klärung des Rentenkontos"), "familie",
       "Lücken im Versicherungsverlauf lassen sich durch eine Kontenklärung schließen.",
       ("Versicherungsnummer", "Zeitraum der Lücke")),
    # Wahlen, Mitwirkung
    _S("10145", "briefwahl", ("Briefwahl beantragen", "Wahlschein beantragen", "Briefwahl"), "politik",
       "Wahlberechtigte können vor jeder Wahl einen Wahlschein für die Briefwahl beantragen.",
       ("Wählerverzeichnis-Nummer", "Versandanschrift")),
    _S("10144", "wahlhelfer", ("Wahlhelfer werden", "Anmeldung als Wahlhelfer"), "politik",
       "Für jede Wahl werden engagierte Wahlhelferinnen und Wahlhelfer gesucht.",
       ("Bevorzugter Wahlbezirk", "Erfahrung als Wahlhelfer")),
    _S("10131", "einwohnerantrag", ("Einwohnerantrag", "Einwohnerantrag einreichen"), "politik",
       "Mit einem Einwohnerantrag können Sie den Rat zur Beratung eines Themas verpflichten.",
       max_level=2),
    # Wirtschaft
    _S("10294", "gewerbe", ("Gewerbeanmeldung", "Gewerbe anmelden", "Gewerbeanzeige"), "wirtschaft",
       "Wer ein Gewerbe beginnt, ändert oder aufgibt, muss dies dem Gewerbeamt anzeigen.",
       ("Angemeldete Tätigkeit", "Beginn der Tätigkeit", "Anschrift der Betriebsstätte")),
    _S("10564", "gewerberegister", ("Gewerberegisterauskunft", "Auszug aus dem Gewerberegister"),
       "wirtschaft", "Aus dem Gewerberegister erteilen wir Auskünfte bei berechtigtem Interesse.",
       ("Name des Betriebes", "Berechtigtes Interesse")),
    _S("10565", "gewerbezentralregister", ("Auskunft aus dem Gewerbezentralregister",),
       "wirtschaft", "Die Auskunft aus dem Gewerbezentralregister erteilt das Bundesamt für Justiz.",
       ("Art der Auskunft", "Verwendungszweck")),
    # Landkreis level
    _S("10439", "zulassung", ("Fahrzeugzulassung", "Kfz-Zulassung", "Fahrzeug ummelden"), "verkehr",
       "Fahrzeuge werden bei der Zulassungsstelle zugelassen, umgeschrieben oder abgemeldet.",
       ("Fahrzeug-Identifizierungsnummer", "Art des Vorgangs")),
    _S("10436", "kennzeichen", ("Wunschkennzeichen reservieren", "Wunschkennzeichen"), "verkehr",
       "Ein freies Wunschkennzeichen können Sie vorab für 90 Tage reservieren.",
       ("Gewünschte Buchstaben", "Gewünschte Ziffern")),
    _S("10169", "fuehrerschein", ("Führerschein beantragen", "Führerschein umtauschen"), "verkehr",
       "Fahrerlaubnisse erteilt und verlängert die Führerscheinstelle.",
       ("Fahrerlaubnisklasse", "Name der Fahrschule")),
    _S("10173", "parkausweis", ("Parkausweis für Schwerbehinderte", "Bewohnerparkausweis"),
       "verkehr", "Menschen mit bestimmten Merkzeichen erhalten Parkerleichterungen.",
       ("Merkzeichen", "Aktenzeichen des Versorgungsamtes")),
    _S("10000", "elterngeld", ("Elterngeld beantragen", "Elterngeld"), "familie",
       "Elterngeld gleicht fehlendes Einkommen nach der Geburt eines Kindes aus.",
       ("Geburtsdatum des Kindes", "Bezugszeitraum")),
    _S("10035", "unterhaltsvorschuss", ("Unterhaltsvorschuss beantragen", "Unterhaltsvorschuss"),
       "familie", "Alleinerziehende erhalten Unterhaltsvorschuss, wenn Unterhalt ausbleibt.",
       ("Name des Kindes", "Name des anderen Elternteils")),
    _S("10042", "schuelerbefoerderung", ("Antrag auf Schülerbeförderung", "Schülerbeförderung"),
       "familie", "Der Landkreis befördert Schülerinnen und Schüler ab einer Mindestentfernung.",
       ("Name der Schule", "Klasse", "Einstiegshaltestelle")),
    _S("10092", "wohngeld", ("Wohngeld beantragen", "Wohngeld"), "soziales",
       "Wohngeld ist ein Zuschuss zur Miete oder zu den Kosten selbst genutzten Eigentums.",
       ("Anzahl der Haushaltsmitglieder", "Monatliche Miete")),
    _S("10083", "wbs", ("Wohnberechtigungsschein beantragen", "Wohnberechtigungsschein"), "soziales",
       "Für eine geförderte Wohnung benötigen Sie einen Wohnberechtigungsschein.",
       ("Anzahl der Haushaltsmitglieder", "Jahreseinkommen")),
    _S("10088", "but", ("Leistungen für Bildung und Teilhabe", "Bildungspaket"), "soziales",
       "Kinder aus Familien mit geringem Einkommen erhalten Zuschüsse für Schule und Freizeit.",
       ("Name des Kindes", "Art der Leistung")),
    _S("10086", "sozialhilfe", ("Hilfe zum Lebensunterhalt", "Sozialhilfe beantragen"), "soziales",
       "Wer seinen Lebensunterhalt nicht selbst decken kann, erhält Hilfe zum Lebensunterhalt.",
       ("Anzahl der Haushaltsmitglieder", "Monatliches Einkommen")),
    _S("10084", "grundsicherung", ("Grundsicherung im Alter", "Grundsicherung bei Erwerbsminderung"),
       "soziales", "Grundsicherung sichert den Lebensunterhalt im Alter und bei Erwerbsminderung.",
       ("Rentenversicherungsnummer", "Monatliche Rente")),
    _S("10149", "jagdschein", ("Jagdschein beantragen", "Jagdschein verlängern"), "ordnung",
       "Der Jagdschein wird von der unteren Jagdbehörde erteilt und verlängert.",
       ("Datum der Jägerprüfung", "Art des Jagdscheins")),
    _S("10151", "waffen", ("Waffenbesitzkarte beantragen", "Waffenbesitzkarte"), "ordnung",
       "Erwerb und Besitz von Schusswaffen erfordern eine waffenrechtliche Erlaubnis.",
       ("Bedürfnisgrund", "Verein oder Verband")),
    _S("10142", "versammlung", ("Versammlung anmelden", "Versammlungsanzeige"), "ordnung",
       "Versammlungen unter freiem Himmel sind 48 Stunden vor ihrer Bekanntgabe anzuzeigen.",
       ("Thema der Versammlung", "Ort", "Erwartete Teilnehmerzahl")),
    _S("10257", "einbuergerung", ("Einbürgerung beantragen", "Einbürgerung"), "zuwanderung",
       "Wer seit Jahren rechtmäßig in Deutschland lebt, kann eingebürgert werden.",
       ("Staatsangehörigkeit", "Aufenthalt in Deutschland seit")),
    _S("10255", "aufenthalt", ("Aufenthaltserlaubnis verlängern", "Aufenthaltstitel beantragen"),
       "zuwanderung", "Aufenthaltstitel erteilt und verlängert die Ausländerbehörde.",
       ("Staatsangehörigkeit", "Zweck des Aufenthalts")),
    _S("10519", "bauantrag", ("Bauantrag stellen", "Baugenehmigung"), "bauen",
       "Für die meisten Bauvorhaben ist eine Baugenehmigung der Bauaufsicht erforderlich.",
       ("Bauvorhaben", "Gemarkung, Flur und Flurstück", "Name der Entwurfsverfasserin")),
    _S("10517", "baulasten", ("Baulastenauskunft", "Auskunft aus dem Baulastenverzeichnis"), "bauen",
       "Das Baulastenverzeichnis gibt Auskunft über öffentlich-rechtliche Verpflichtungen.",
       ("Gemarkung", "Flur und Flurstück")),
    _S("10314", "tierhaltung", ("Tierhaltung anzeigen", "Bienenvolk anmelden"), "ordnung",
       "Die Haltung von Nutztieren und Bienen muss dem Veterinäramt angezeigt werden.",
       ("Tierart", "Anzahl der Tiere", "Standort")),
    _S("10110", "abfall", ("Sperrmüll anmelden", "Mülltonne bestellen"), "bauen",
       "Sperrmüll wird nach Anmeldung an Ihrem Grundstück abgeholt.",
       ("Abholanschrift", "Art und Menge der Gegenstände")),
)
# fmt: on

BY_ID: dict[str, ServiceSpec] = {spec.ozg_id: spec for spec in SERVICES}


@cache
def catalog_ids() -> frozenset[str]:
    """All OZG-IDs of the project's catalog."""
    with (CATALOG / "ozg_leistungen.csv").open(encoding="utf-8", newline="") as handle:
        return frozenset(row["ozg_id"] for row in csv.DictReader(handle))


@cache
def relevance() -> dict[str, frozenset[str]]:
    """OZG-ID -> the municipality types that provide it (data/catalog/relevance.csv)."""
    with (CATALOG / "relevance.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return {row["ozg_id"]: frozenset(k for k, v in row.items() if k != "ozg_id" and v) for row in rows}


def services_for(municipality_type: str) -> tuple[ServiceSpec, ...]:
    """The services a municipality of this type provides itself, so the ground truth is never off-topic."""
    marks = relevance()
    return tuple(spec for spec in SERVICES if municipality_type in marks.get(spec.ozg_id, frozenset()))
