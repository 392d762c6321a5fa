"""Service texts (written for these fixtures) that the municipal sites render in their own layouts.

Each entry: names (variants used as page titles / A-Z entries), texts (alternative descriptions), documents,
fees, office (who handles it)."""

S: dict[str, dict] = {
 "10160": dict(names=["Hundesteuer", "Hund anmelden / abmelden", "Hundehaltung – Steuer und Anmeldung"],
   texts=["Wer im Gebiet der Gemeinde einen Hund hält, ist verpflichtet, das Tier innerhalb von zwei Wochen nach "
          "Beginn der Haltung oder nach dem Zuzug anzumelden. Die Steuer wird als Jahressteuer festgesetzt; jeder "
          "Hund erhält eine Steuermarke, die er außerhalb des Hauses sichtbar tragen muss.",
          "Halten Sie einen Hund, müssen Sie ihn bei der Steuerabteilung anmelden. Auch der Tod, die Abgabe oder "
          "ein Wegzug ist mitzuteilen. Für Hunde aus dem Tierheim kann für ein Jahr eine Befreiung gewährt werden."],
   docs=["Angaben zu Rasse, Alter und Chipnummer", "Nachweis über die Haftpflichtversicherung (§ 5 NHundG)",
         "bei Ermäßigung: Nachweis (z. B. Prüfung Rettungshund)"],
   fees="Erster Hund 84,00 €, zweiter Hund 120,00 €, jeder weitere 156,00 € jährlich", office="Steueramt"),
 "10559": dict(names=["Meldebescheinigung", "Meldebestätigung / Aufenthaltsbescheinigung", "Melderegisterauskunft"],
   texts=["Mit einer Meldebescheinigung weisen Sie nach, unter welcher Anschrift Sie gemeldet sind. Sie wird z. B. "
          "von Arbeitgebern, Banken oder ausländischen Behörden verlangt. Eine erweiterte Bescheinigung enthält "
          "zusätzlich frühere Anschriften und Angaben zur Staatsangehörigkeit.",
          "Sie benötigen einen Nachweis Ihres Wohnsitzes? Die Meldebehörde stellt Ihnen eine einfache oder "
          "erweiterte Meldebescheinigung aus. Für Dritte ist eine einfache Melderegisterauskunft möglich."],
   docs=["Personalausweis oder Reisepass", "bei Abholung durch Dritte: Vollmacht"],
   fees="einfach 5,00 €, erweitert 10,00 €", office="Einwohnermeldeamt"),
 "10111": dict(names=["Übermittlungssperren", "Auskunftssperre im Melderegister", "Widerspruch gegen Datenweitergabe"],
   texts=["Die Meldebehörde darf in bestimmten Fällen Daten an Parteien, Adressbuchverlage, Religionsgemeinschaften "
          "oder zu Ehrungen an Presse und Mandatsträger weitergeben. Dem können Sie ohne Begründung widersprechen. "
          "Bei einer Gefahr für Leib und Leben kann zusätzlich eine Auskunftssperre eingetragen werden.",
          "Sie möchten nicht, dass Ihre Adresse weitergegeben wird? Widersprüche gegen Datenübermittlungen sind "
          "kostenlos und gelten bis auf Widerruf."],
   docs=["Personalausweis", "bei Auskunftssperre: Nachweise über die Gefährdung"], fees="gebührenfrei",
   office="Einwohnermeldeamt"),
 "10124": dict(names=["Anmeldung einer Wohnung", "Umzug – An- und Ummeldung", "Wohnsitz anmelden"],
   texts=["Nach dem Einzug in eine neue Wohnung müssen Sie sich innerhalb von zwei Wochen anmelden. Das gilt auch "
          "für Umzüge innerhalb der Gemeinde. Der Wohnungsgeber muss Ihnen den Einzug schriftlich bestätigen.",
          "Wer umzieht, meldet sich bei der Meldebehörde des neuen Wohnortes an; eine Abmeldung am alten Wohnort "
          "ist innerhalb Deutschlands nicht nötig."],
   docs=["Personalausweis oder Reisepass aller umziehenden Personen", "Wohnungsgeberbestätigung"],
   fees="gebührenfrei", office="Einwohnermeldeamt"),
 "10145": dict(names=["Briefwahl", "Wahlschein und Briefwahlunterlagen", "Briefwahlantrag"],
   texts=["Wer am Wahltag verhindert ist oder lieber von zu Hause wählt, kann Briefwahl beantragen. Den Antrag "
          "können Sie schriftlich, per E-Mail, persönlich oder online stellen; eine telefonische Beantragung ist "
          "nicht zulässig. Die Unterlagen müssen spätestens am Wahltag um 18 Uhr beim Wahlamt eingehen.",
          "Mit einem Wahlschein können Sie per Brief oder in jedem Wahlraum Ihres Wahlkreises wählen. Den Antrag "
          "finden Sie auch auf der Rückseite der Wahlbenachrichtigung."],
   docs=["Wahlbenachrichtigung (nicht zwingend)", "bei Abholung für andere: schriftliche Vollmacht"],
   fees="gebührenfrei", office="Wahlamt"),
 "10244": dict(names=["Fundsachen / Fundbüro", "Fundbüro", "Verlust melden – Fundsachen"],
   texts=["Im Fundbüro werden Gegenstände aufbewahrt, die im Gemeindegebiet gefunden und abgegeben wurden. Wer "
          "etwas verloren hat, kann eine Verlustanzeige aufgeben. Meldet sich der Eigentümer nicht innerhalb von "
          "sechs Monaten, kann der Finder das Eigentum erwerben.",
          "Sie haben etwas gefunden oder verloren? Fundsachen werden sechs Monate aufbewahrt. Für Tiere ist das "
          "Tierheim zuständig."],
   docs=["Personalausweis", "Eigentumsnachweis (z. B. Kassenbon, Schlüsselnummer)"],
   fees="Verwaltungsgebühr je nach Wert der Sache", office="Ordnungsamt"),
 "10147": dict(names=["Osterfeuer", "Osterfeuer anmelden", "Brauchtumsfeuer"],
   texts=["Osterfeuer sind nur als Brauchtumsfeuer zulässig, wenn sie von Vereinen, Kirchen oder Dorfgemeinschaften "
          "öffentlich ausgerichtet werden. Sie sind spätestens vier Wochen vorher anzumelden. Es darf nur "
          "unbehandeltes Holz und Strauchschnitt verbrannt werden; das Brenngut ist vor dem Anzünden umzuschichten, "
          "um Tiere zu schützen.",
          "Ein Osterfeuer müssen Sie rechtzeitig bei der Gemeinde anzeigen. Private Feuer zur Entsorgung von "
          "Gartenabfällen sind nicht erlaubt."],
   docs=["Lageplan mit Standort", "Name der verantwortlichen Aufsichtsperson"], fees="25,00 €", office="Ordnungsamt"),
 "10348": dict(names=["Sondernutzung öffentlicher Straßen", "Sondernutzungserlaubnis", "Container, Gerüst oder "
                      "Verkaufsstand auf der Straße"],
   texts=["Wer eine öffentliche Straße, einen Gehweg oder Parkstreifen über den Gemeingebrauch hinaus nutzen "
          "möchte, benötigt eine Sondernutzungserlaubnis – etwa für Baucontainer, Gerüste, Werbeaufsteller oder "
          "Tische vor dem Café. Der Antrag sollte zwei Wochen vorher gestellt werden.",
          "Für das Aufstellen von Containern, Gerüsten oder Verkaufsständen im öffentlichen Straßenraum ist eine "
          "Erlaubnis erforderlich. Die Gebühren richten sich nach Fläche und Dauer."],
   docs=["Lageskizze", "Angaben zu Dauer und Fläche"], fees="nach Sondernutzungsgebührensatzung, mind. 20,00 €",
   office="Ordnungsamt / Straßenverkehr"),
 "10019": dict(names=["Kindertagesstätten – Platzvergabe", "Kita-Anmeldung", "Betreuungsplatz in Krippe und "
                      "Kindergarten"],
   texts=["Kinder haben ab dem ersten Geburtstag einen Anspruch auf einen Betreuungsplatz. Die Anmeldung für das "
          "neue Kindergartenjahr (Beginn 1. August) sollte bis zum 31. Januar erfolgen. Die Plätze werden nach "
          "den Richtlinien zur Platzvergabe vergeben.",
          "In unseren Kindertagesstätten werden Kinder von einem Jahr bis zum Schuleintritt betreut. Der Besuch "
          "des Kindergartens ist in Niedersachsen ab drei Jahren beitragsfrei (bis 8 Stunden täglich)."],
   docs=["Geburtsurkunde oder Familienstammbuch", "Nachweis über Masernschutz"],
   fees="Krippe nach Einkommensstaffel, Kindergarten beitragsfrei", office="Fachbereich Bildung und Soziales"),
 "10294": dict(names=["Gewerbeanmeldung", "Gewerbe an-, um- und abmelden", "Gewerbeanzeige"],
   texts=["Wer ein Gewerbe beginnt, verlegt, ändert oder aufgibt, muss dies der Gemeinde anzeigen, in der die "
          "Betriebsstätte liegt. Die Gewerbeanzeige wird an das Finanzamt, die Kammern und weitere Stellen "
          "weitergeleitet. Freie Berufe sind nicht anzeigepflichtig.",
          "Sie machen sich selbstständig? Die Gewerbeanmeldung ist gleichzeitig mit Beginn der Tätigkeit "
          "vorzunehmen. Für erlaubnispflichtige Gewerbe ist zusätzlich die Erlaubnis vorzulegen."],
   docs=["Personalausweis", "bei juristischen Personen: Handelsregisterauszug", "ggf. Erlaubnis oder Handwerkskarte"],
   fees="Anmeldung 26,00 €, Ummeldung 20,00 €, Abmeldung gebührenfrei", office="Gewerbeamt"),
 "10136": dict(names=["Mängelmelder", "Schäden und Mängel melden", "Defekte Straßenlaterne melden"],
   texts=["Ihnen ist eine defekte Straßenlaterne, ein Schlagloch oder eine wilde Müllablagerung aufgefallen? "
          "Melden Sie den Mangel dem Bauhof, damit er schnell behoben werden kann.",
          "Schäden an Straßen, Wegen, Spielplätzen und Beleuchtung können Sie der Verwaltung jederzeit melden."],
   docs=[], fees="kostenlos", office="Bauhof"),
 "10562": dict(names=["Führungszeugnis", "Polizeiliches Führungszeugnis", "Führungszeugnis beantragen"],
   texts=["Ein Führungszeugnis wird zum Beispiel vom Arbeitgeber oder für ehrenamtliche Tätigkeiten mit Kindern "
          "verlangt. Es wird bei der Meldebehörde beantragt und vom Bundesamt für Justiz direkt zugeschickt. "
          "Alternativ ist die Online-Beantragung mit dem Personalausweis möglich.",
          "Das Führungszeugnis beantragen Sie persönlich im Bürgerbüro oder online beim Bundesamt für Justiz."],
   docs=["Personalausweis oder Reisepass", "für das erweiterte Zeugnis: Aufforderungsschreiben"],
   fees="13,00 € (Befreiung für Ehrenamtliche möglich)", office="Einwohnermeldeamt"),
 "10092": dict(names=["Wohngeld", "Wohngeld – Mietzuschuss und Lastenzuschuss", "Wohngeldstelle"],
   texts=["Wohngeld erhalten Haushalte mit geringem Einkommen als Zuschuss zur Miete oder zur Belastung bei "
          "selbstgenutztem Eigentum. Es wird in der Regel für zwölf Monate bewilligt und muss danach neu "
          "beantragt werden.",
          "Ob Sie Anspruch auf Wohngeld haben, hängt von der Zahl der Haushaltsmitglieder, dem Einkommen und der "
          "Miete ab. Wer Bürgergeld oder Grundsicherung bezieht, erhält kein Wohngeld."],
   docs=["Mietvertrag und Mietbescheinigung", "Einkommensnachweise aller Haushaltsmitglieder", "Kontoauszüge"],
   fees="gebührenfrei", office="Wohngeldstelle"),
 "10112": dict(names=["Baumfällgenehmigung", "Bäume fällen – Baumschutzsatzung", "Fällgenehmigung"],
   texts=["Nach der Baumschutzsatzung dürfen Bäume mit einem Stammumfang ab 80 cm (gemessen in 1 m Höhe) nur mit "
          "Genehmigung gefällt werden. Zwischen dem 1. März und dem 30. September sind Fällungen nach dem "
          "Bundesnaturschutzgesetz grundsätzlich untersagt.",
          "Geschützte Bäume dürfen nur mit Erlaubnis entfernt oder stark zurückgeschnitten werden. Häufig wird "
          "eine Ersatzpflanzung verlangt."],
   docs=["Lageplan", "Fotos des Baumes", "Zustimmung des Eigentümers"], fees="30,00 bis 150,00 €",
   office="Bauamt / Umwelt"),
 "10227": dict(names=["Friedhofswesen", "Grabstätten und Bestattungen", "Friedhöfe – Nutzungsrechte"],
   texts=["Die Gemeinde unterhält eigene Friedhöfe. Das Nutzungsrecht an einer Grabstätte wird für 25 bis 30 "
          "Jahre verliehen und kann verlängert werden. Bestattungen werden in der Regel über ein Bestattungsinstitut "
          "angemeldet.",
          "Angeboten werden Reihen-, Wahl-, Urnen- und Rasengrabstätten sowie ein Baumbestattungsfeld."],
   docs=["Sterbeurkunde", "Graburkunde (bei Verlängerung)"], fees="nach Friedhofsgebührensatzung",
   office="Friedhofsverwaltung"),
 "10377": dict(names=["Vergnügungssteuer", "Spielgerätesteuer / Vergnügungssteuer", "Vergnügungsteuer"],
   texts=["Der Vergnügungssteuer unterliegen Spielgeräte mit Gewinnmöglichkeit in Gaststätten und Spielhallen. "
          "Die Steuer ist vierteljährlich selbst zu berechnen und mit einer Steueranmeldung zu erklären.",
          "Aufsteller von Spielautomaten müssen die Steuer quartalsweise anmelden."],
   docs=["Zählwerksausdrucke"], fees="Steuersatz 15 % des Einspielergebnisses", office="Steueramt"),
 "10126": dict(names=["Zweitwohnungsteuer", "Zweitwohnungssteuer", "Nebenwohnung – Steuer"],
   texts=["Wer in der Gemeinde neben seiner Hauptwohnung eine weitere Wohnung innehat, muss Zweitwohnungsteuer "
          "zahlen. Bemessungsgrundlage ist die jährliche Nettokaltmiete. Die Steuerpflicht ist innerhalb eines "
          "Monats anzuzeigen.",
          "Auch Ferienwohnungen, die Sie selbst nutzen, gelten als Zweitwohnung."],
   docs=["Mietvertrag oder Nachweis über die Wohnfläche"], fees="Steuersatz 10 % der Nettokaltmiete",
   office="Steueramt"),
 "10349": dict(names=["Veranstaltungen anmelden", "Veranstaltungserlaubnis", "Feste und Veranstaltungen im Freien"],
   texts=["Öffentliche Veranstaltungen wie Straßenfeste, Konzerte im Freien oder Flohmärkte müssen rechtzeitig, "
          "spätestens sechs Wochen vorher, angezeigt werden. Je nach Art sind weitere Genehmigungen (Ausschank, "
          "Straßensperrung, Lärmschutz) erforderlich.",
          "Planen Sie ein Fest auf öffentlichen Flächen? Melden Sie es frühzeitig beim Ordnungsamt an."],
   docs=["Lageplan", "Sicherheitskonzept bei größeren Veranstaltungen"], fees="je nach Aufwand 30,00 bis 300,00 €",
   office="Ordnungsamt"),
 "10346": dict(names=["Sperrzeitverkürzung", "Sperrzeit – Ausnahme", "Verkürzung der Sperrzeit"],
   texts=["Für Gaststätten gilt in Niedersachsen eine Sperrzeit von 5 bis 6 Uhr. Bei besonderen Anlässen kann die "
          "Sperrzeit verkürzt oder aufgehoben werden, etwa für Tanzveranstaltungen.",
          "Eine Ausnahme von der Sperrzeit muss mindestens zwei Wochen vorher beantragt werden."],
   docs=["Angaben zu Anlass und Zeitraum"], fees="ab 25,00 €", office="Ordnungsamt"),
 "10144": dict(names=["Wahlhelferinnen und Wahlhelfer", "Wahlhelfer werden", "Ehrenamt Wahlvorstand"],
   texts=["Für jede Wahl werden engagierte Bürgerinnen und Bürger gesucht, die in den Wahlvorständen mitarbeiten. "
          "Sie erhalten ein Erfrischungsgeld. Melden Sie sich beim Wahlamt!",
          "Die Wahlvorstände sorgen für den ordnungsgemäßen Ablauf der Wahl und zählen die Stimmen aus."],
   docs=[], fees="–", office="Wahlamt"),
 "10108": dict(names=["Vorkaufsrecht der Gemeinde", "Negativzeugnis zum Vorkaufsrecht", "Verzicht auf das "
                      "gemeindliche Vorkaufsrecht"],
   texts=["Beim Verkauf eines Grundstücks benötigt das Grundbuchamt eine Bescheinigung, dass die Gemeinde ihr "
          "Vorkaufsrecht nicht ausübt (Negativzeugnis). Den Antrag stellt in der Regel der Notar.",
          "Die Gemeinde prüft innerhalb von zwei Monaten, ob ein Vorkaufsrecht besteht und ausgeübt wird."],
   docs=["Kaufvertrag"], fees="30,00 €", office="Bauamt"),
 "10148": dict(names=["Fischereischein", "Angeln – Fischereischein", "Fischereischein beantragen"],
   texts=["Zum Angeln benötigen Sie einen Fischereischein und eine Erlaubnis des Gewässereigentümers. Den "
          "Fischereischein erhalten Sie nach bestandener Fischerprüfung bei der Gemeinde Ihres Wohnsitzes. Er "
          "gilt lebenslang.",
          "Ausländische Gäste können einen befristeten Urlauberfischereischein erhalten."],
   docs=["Prüfungszeugnis", "Lichtbild", "Personalausweis"], fees="30,00 €", office="Ordnungsamt"),
 "10119": dict(names=["Personalausweis", "Personalausweis beantragen", "Ausweis – Personalausweis"],
   texts=["Der Personalausweis wird für Personen ab 24 Jahren für zehn Jahre ausgestellt, für jüngere für sechs "
          "Jahre. Sie müssen den Antrag persönlich stellen, da Ihre Fingerabdrücke erfasst werden. Das Lichtbild "
          "wird seit Mai 2025 digital übermittelt.",
          "Jeder Deutsche ab 16 Jahren muss einen gültigen Ausweis besitzen. Die Ausstellung dauert etwa drei "
          "Wochen; ein vorläufiger Ausweis ist sofort erhältlich."],
   docs=["bisheriger Ausweis", "biometrisches Lichtbild bzw. digitales Foto", "bei Erstantrag: Geburtsurkunde"],
   fees="37,00 € (unter 24 Jahre: 22,80 €), vorläufiger Ausweis 10,00 €", office="Bürgerbüro"),
 "10177": dict(names=["Reisepass", "Reisepass beantragen", "Pass / Expresspass"],
   texts=["Für Reisen in Staaten außerhalb der EU brauchen Sie in der Regel einen Reisepass. Den Antrag stellen "
          "Sie persönlich; Kinder benötigen ab 2024 ebenfalls einen elektronischen Reisepass oder Personalausweis.",
          "Der Reisepass ist zehn Jahre gültig (bei unter 24-Jährigen sechs Jahre). Ein Expresspass wird in etwa "
          "drei Werktagen geliefert."],
   docs=["bisheriges Ausweisdokument", "biometrisches Lichtbild"], fees="70,00 € (Express 102,00 €)",
   office="Bürgerbüro"),
 "10557": dict(names=["Geburtsurkunde", "Personenstandsurkunden – Geburt", "Geburtsurkunde anfordern"],
   texts=["Geburtsurkunden stellt das Standesamt aus, in dessen Bezirk das Kind geboren wurde. Sie können die "
          "Urkunde schriftlich, per E-Mail oder persönlich anfordern.",
          "Urkunden erhalten nur die Person selbst, Ehegatten, Eltern, Kinder und Enkel sowie Personen mit "
          "rechtlichem Interesse."],
   docs=["Personalausweis", "bei Dritten: Vollmacht"], fees="12,00 €, jede weitere 6,00 €", office="Standesamt"),
 "10026": dict(names=["Eheschließung", "Heiraten im Standesamt", "Anmeldung zur Eheschließung"],
   texts=["Wer heiraten möchte, meldet die Eheschließung beim Standesamt des Wohnortes an. Die Trauung kann "
          "danach in jedem deutschen Standesamt stattfinden. Unser Trauzimmer im historischen Rathaus und das "
          "Heimathaus stehen für Trauungen zur Verfügung.",
          "Die Anmeldung ist frühestens sechs Monate vor dem Wunschtermin möglich. Bringen Sie alle Unterlagen mit."],
   docs=["Personalausweise", "beglaubigte Abschrift aus dem Geburtenregister", "ggf. Scheidungsurteil"],
   fees="Anmeldung 50,00 €, Trauung außerhalb der Dienstzeit 120,00 €", office="Standesamt"),
 "10135": dict(names=["Kirchenaustritt", "Austritt aus der Kirche", "Kirchenaustritt erklären"],
   texts=["Der Austritt aus einer Religionsgemeinschaft wird persönlich beim Standesamt erklärt. Sie erhalten "
          "eine Bescheinigung über den Austritt.",
          "Eine schriftliche Erklärung ist nur in öffentlich beglaubigter Form möglich."],
   docs=["Personalausweis", "ggf. Taufbescheinigung"], fees="30,00 €", office="Standesamt"),
 "10029": dict(names=["Namensänderung", "Namenserklärungen", "Familienname – Änderung"],
   texts=["Nach einer Scheidung können Sie Ihren Geburtsnamen oder den vor der Ehe geführten Namen wieder "
          "annehmen. Auch Kinder können unter Umständen einen anderen Namen erhalten. Die Erklärung nimmt das "
          "Standesamt entgegen.",
          "Namenserklärungen werden öffentlich beglaubigt und an das zuständige Standesamt weitergeleitet."],
   docs=["Personalausweis", "Eheurkunde", "Scheidungsurteil mit Rechtskraftvermerk"], fees="25,00 €",
   office="Standesamt"),
 "10117": dict(names=["Grundsteuer", "Grundsteuer A und B", "Grundbesitzabgaben"],
   texts=["Die Grundsteuer wird für Grundstücke (Grundsteuer B) und land- und forstwirtschaftliche Betriebe "
          "(Grundsteuer A) erhoben. Grundlage ist der Messbescheid des Finanzamtes; die Gemeinde setzt die Steuer "
          "mit ihrem Hebesatz fest. Fällig ist sie vierteljährlich zum 15.2., 15.5., 15.8. und 15.11.",
          "Änderungen der Eigentumsverhältnisse teilt uns das Finanzamt mit. Fragen zur Bewertung richten Sie "
          "bitte an das Finanzamt."],
   docs=[], fees="Hebesatz Grundsteuer B: 420 %", office="Steueramt"),
 "10364": dict(names=["Gewerbesteuer", "Gewerbesteuer – Vorauszahlungen", "Gewerbesteuer"],
   texts=["Die Gewerbesteuer wird auf den Ertrag von Gewerbebetrieben erhoben. Das Finanzamt setzt den "
          "Messbetrag fest, die Gemeinde erlässt den Steuerbescheid mit ihrem Hebesatz.",
          "Anträge auf Herabsetzung der Vorauszahlungen richten Sie bitte an das Finanzamt."],
   docs=[], fees="Hebesatz 380 %", office="Steueramt"),
 "10123": dict(names=["Abwassergebühren", "Schmutzwasser und Niederschlagswasser", "Gartenwasserzähler"],
   texts=["Für die Entsorgung des Schmutzwassers werden Gebühren nach dem Frischwasserverbrauch erhoben. Wasser, "
          "das nachweislich nicht in die Kanalisation gelangt (z. B. Gartenbewässerung), kann über einen "
          "geeichten Zwischenzähler abgesetzt werden.",
          "Die Niederschlagswassergebühr richtet sich nach der versiegelten Fläche Ihres Grundstücks."],
   docs=["Zählerstand des Gartenwasserzählers"], fees="Schmutzwasser 3,10 €/m³", office="Abwasserbetrieb"),
 "10014": dict(names=["Gemeindebücherei", "Bücherei – Leseausweis", "Stadtbücherei"],
   texts=["In der Bücherei können Sie Bücher, Zeitschriften, Hörbücher, Spiele und E-Medien ausleihen. Den "
          "Leseausweis erhalten Sie vor Ort gegen Vorlage des Personalausweises; Kinder benötigen die "
          "Unterschrift eines Elternteils.",
          "Mit dem Ausweis können Sie auch die Onleihe nutzen."],
   docs=["Personalausweis"], fees="Jahresgebühr Erwachsene 12,00 €, Kinder frei", office="Bücherei"),
 "10110": dict(names=["Abfallentsorgung", "Müllabfuhr", "Abfall und Wertstoffe"],
   texts=["Zuständig für die Müllabfuhr ist der Landkreis. Abfuhrtermine finden Sie im Abfallkalender."],
   docs=[], fees="nach Abfallgebührensatzung des Landkreises", office="Abfallwirtschaft"),
 "10104": dict(names=["Rentenangelegenheiten", "Rentenantrag", "Rente beantragen"],
   texts=["Die Gemeindeverwaltung nimmt Anträge auf Alters-, Erwerbsminderungs- und Hinterbliebenenrenten auf und "
          "hilft bei der Kontenklärung. Bitte vereinbaren Sie einen Termin.",
          "Wir helfen Ihnen beim Ausfüllen der Rentenanträge und leiten sie an die Deutsche Rentenversicherung weiter."],
   docs=["Personalausweis", "Sozialversicherungsausweis", "Bankverbindung"], fees="gebührenfrei",
   office="Bürgerbüro"),
 "10571": dict(names=["Beglaubigungen", "Amtliche Beglaubigung", "Beglaubigung von Kopien"],
   texts=["Kopien von Zeugnissen, Urkunden und anderen Schriftstücken werden amtlich beglaubigt, wenn sie bei "
          "einer Behörde vorgelegt werden sollen. Bitte bringen Sie das Original mit.",
          "Unterschriftsbeglaubigungen sind nur für Dokumente zur Vorlage bei Behörden möglich."],
   docs=["Original und Kopie", "Personalausweis"], fees="je Seite 3,00 €", office="Bürgerbüro"),
 "10001": dict(names=["Vaterschaftsanerkennung", "Anerkennung der Vaterschaft", "Vaterschaft anerkennen"],
   texts=["Sind die Eltern nicht verheiratet, kann der Vater die Vaterschaft beim Standesamt anerkennen. Die "
          "Mutter muss zustimmen. Die Beurkundung ist bereits vor der Geburt möglich.",
          "Die Anerkennung ist gebührenfrei beim Standesamt oder Jugendamt möglich."],
   docs=["Personalausweise beider Eltern", "Geburtsurkunde des Kindes bzw. Mutterpass"], fees="gebührenfrei",
   office="Standesamt"),
 "10237": dict(names=["Sterbeurkunde", "Sterbefall – Urkunden", "Sterbeurkunden"],
   texts=["Sterbeurkunden stellt das Standesamt aus, in dessen Bezirk der Sterbefall beurkundet wurde. Die "
          "Anzeige eines Sterbefalls übernimmt in der Regel das Bestattungsinstitut.",
          "Urkunden werden für Versicherungen, Banken und Rentenversicherung benötigt."],
   docs=["Personalausweis"], fees="12,00 €", office="Standesamt"),
 "10173": dict(names=["Bewohnerparkausweis", "Anwohnerparken", "Parkausweis für Bewohner"],
   texts=["In den Bewohnerparkzonen der Innenstadt dürfen Bewohnerinnen und Bewohner mit einem Parkausweis "
          "gebührenfrei parken. Voraussetzung ist der Hauptwohnsitz in der Zone und ein auf Sie zugelassenes "
          "Fahrzeug.",
          "Der Ausweis gilt für eine Zone und wird für bis zu zwei Jahre ausgestellt."],
   docs=["Zulassungsbescheinigung Teil I"], fees="30,00 € pro Jahr", office="Ordnungsamt"),
 "10418": dict(names=["Halteverbot für Umzüge", "Verkehrsrechtliche Anordnung – Umzug", "Haltverbotszone einrichten"],
   texts=["Für einen Umzug können Sie eine vorübergehende Haltverbotszone beantragen. Die Schilder müssen "
          "mindestens 72 Stunden vorher aufgestellt werden.",
          "Der Antrag sollte zwei Wochen vor dem Termin vorliegen."],
   docs=["Lageskizze"], fees="40,00 €", office="Straßenverkehrsbehörde"),
 "10023": dict(names=["Musikschule", "Musikschule Wesertal", "Musikunterricht"],
   texts=["Die städtische Musikschule bietet Unterricht für Kinder, Jugendliche und Erwachsene an – von der "
          "musikalischen Früherziehung bis zum Ensemblespiel.",
          "Anmeldungen sind jederzeit möglich."],
   docs=[], fees="nach Entgeltordnung", office="Musikschule"),
 # ------------------------------------------------------------ Landkreis
 "10439": dict(names=["Kfz-Zulassung", "Fahrzeugzulassung", "Zulassungsstelle"],
   texts=["Die Zulassungsstelle ist für die An-, Um- und Abmeldung von Fahrzeugen zuständig. Viele Vorgänge können "
          "Sie inzwischen online über i-Kfz erledigen; dafür benötigen Sie einen Personalausweis mit "
          "Online-Ausweisfunktion und Fahrzeugpapiere mit verdeckten Sicherheitscodes.",
          "Neu-, Um- und Wiederzulassungen sowie Außerbetriebsetzungen erledigen Sie bei der Kfz-Zulassungsstelle."],
   docs=["Zulassungsbescheinigung Teil I und II", "eVB-Nummer", "SEPA-Mandat für die Kfz-Steuer"],
   fees="je nach Vorgang ab 27,00 €", office="Straßenverkehrsamt"),
 "10436": dict(names=["Wunschkennzeichen", "Kennzeichen reservieren", "Wunschkennzeichen reservieren"],
   texts=["Ihr Wunschkennzeichen können Sie online reservieren. Die Reservierung gilt 90 Tage.",
          "Gegen eine Gebühr von 12,80 € erhalten Sie Ihr persönliches Kennzeichen."],
   docs=[], fees="12,80 €", office="Straßenverkehrsamt"),
 "10169": dict(names=["Führerscheinstelle", "Führerschein – Umtausch und Ersatz", "Fahrerlaubnis"],
   texts=["Die Führerscheinstelle ist zuständig für Ersterteilung, Erweiterung, Umtausch und Ersatz von "
          "Führerscheinen. Papierführerscheine und ältere Kartenführerscheine müssen nach Jahrgängen gestaffelt "
          "umgetauscht werden.",
          "Für die Ersterteilung melden Sie sich bei einer Fahrschule an; der Antrag wird über die Fahrschule "
          "gestellt."],
   docs=["biometrisches Lichtbild", "bisheriger Führerschein", "Personalausweis"], fees="ab 25,30 €",
   office="Führerscheinstelle"),
 "10519": dict(names=["Bauantrag", "Baugenehmigung", "Bauanträge und Bauvoranfragen"],
   texts=["Für die Errichtung, Änderung oder Nutzungsänderung baulicher Anlagen ist in der Regel eine "
          "Baugenehmigung erforderlich. Der Bauantrag wird durch eine bauvorlageberechtigte Person erstellt und "
          "kann digital eingereicht werden.",
          "Die untere Bauaufsichtsbehörde prüft Bauanträge im vereinfachten oder im regulären Verfahren."],
   docs=["Bauvorlagen nach BauVorlVO", "Lageplan", "Bauzeichnungen", "Baubeschreibung"],
   fees="nach Baugebührenordnung", office="Bauaufsicht"),
 "10000": dict(names=["Elterngeld", "Elterngeld und ElterngeldPlus", "Elterngeldstelle"],
   texts=["Elterngeld erhalten Eltern, die ihr Kind nach der Geburt selbst betreuen. Es beträgt in der Regel 65 "
          "bis 67 Prozent des Nettoeinkommens vor der Geburt. Der Antrag sollte innerhalb der ersten drei "
          "Lebensmonate gestellt werden, da rückwirkend nur für drei Monate gezahlt wird.",
          "Die Elterngeldstelle berät Sie zu Basiselterngeld, ElterngeldPlus und Partnerschaftsbonus."],
   docs=["Geburtsurkunde", "Einkommensnachweise", "Bescheinigung der Krankenkasse über Mutterschaftsgeld"],
   fees="gebührenfrei", office="Elterngeldstelle"),
 "10151": dict(names=["Waffenbesitzkarte", "Waffenrecht – Waffenbesitzkarte", "Waffenerlaubnis"],
   texts=["Wer eine erlaubnispflichtige Schusswaffe erwerben und besitzen möchte, braucht eine Waffenbesitzkarte. "
          "Voraussetzungen sind Zuverlässigkeit, persönliche Eignung, Sachkunde und ein Bedürfnis (z. B. als "
          "Jäger oder Sportschütze).",
          "Die Waffenbehörde prüft regelmäßig die Zuverlässigkeit der Erlaubnisinhaber."],
   docs=["Sachkundenachweis", "Bedürfnisnachweis", "Nachweis über sichere Aufbewahrung"], fees="ab 60,00 €",
   office="Waffenbehörde"),
 "10152": dict(names=["Waffenerwerb anzeigen", "Anzeige Erwerb und Überlassung", "Waffen – Erwerbsanzeige"],
   texts=["Der Erwerb einer Schusswaffe ist der Waffenbehörde innerhalb von zwei Wochen anzuzeigen; die Waffe wird "
          "in die Waffenbesitzkarte eingetragen.", "Auch Überlassung und Verlust sind anzeigepflichtig."],
   docs=["Waffenbesitzkarte"], fees="ab 20,00 €", office="Waffenbehörde"),
 "10149": dict(names=["Jagdschein", "Jagdscheine", "Jagdschein verlängern"],
   texts=["Den Jagdschein erhalten Sie nach bestandener Jägerprüfung. Er wird für ein oder drei Jagdjahre "
          "erteilt und muss rechtzeitig vor dem 1. April verlängert werden.",
          "Für die Verlängerung ist eine gültige Jagdhaftpflichtversicherung nachzuweisen."],
   docs=["bisheriger Jagdschein", "Versicherungsnachweis"], fees="Jahresjagdschein 40,00 €",
   office="Jagdbehörde"),
 "10035": dict(names=["Unterhaltsvorschuss", "Unterhaltsvorschusskasse", "Unterhaltsvorschuss beantragen"],
   texts=["Alleinerziehende erhalten für ihre Kinder Unterhaltsvorschuss, wenn der andere Elternteil keinen oder "
          "nicht regelmäßig Unterhalt zahlt. Die Leistung wird bis zum 18. Geburtstag gezahlt.",
          "Der Antrag kann schriftlich oder online gestellt werden."],
   docs=["Geburtsurkunde des Kindes", "Nachweise zum Unterhalt"], fees="gebührenfrei", office="Jugendamt"),
 "10255": dict(names=["Aufenthaltserlaubnis", "Aufenthaltstitel", "Ausländerbehörde – Aufenthalt"],
   texts=["Die Ausländerbehörde erteilt und verlängert Aufenthaltstitel für Staatsangehörige aus Nicht-EU-Staaten. "
          "Bitte beantragen Sie die Verlängerung spätestens sechs Wochen vor Ablauf.",
          "Für die Ausstellung des elektronischen Aufenthaltstitels ist eine persönliche Vorsprache nötig."],
   docs=["Pass", "biometrisches Lichtbild", "Nachweis der Lebensunterhaltssicherung"], fees="bis 100,00 €",
   office="Ausländerbehörde"),
 "10257": dict(names=["Einbürgerung", "Einbürgerung und Staatsangehörigkeit", "Einbürgerung beantragen"],
   texts=["Ausländerinnen und Ausländer können nach fünf Jahren rechtmäßigem Aufenthalt eingebürgert werden, wenn "
          "sie unter anderem ihren Lebensunterhalt sichern und ausreichende Deutschkenntnisse nachweisen.",
          "Die Einbürgerungsbehörde berät Sie zu den Voraussetzungen."],
   docs=["Pass", "Sprachzertifikat B1", "Einbürgerungstest"], fees="255,00 €", office="Einbürgerungsbehörde"),
 "10273": dict(names=["Verpflichtungserklärung", "Verpflichtungserklärung für Besuche", "Einladung von Gästen"],
   texts=["Wer Besuch aus dem Ausland einlädt, muss unter Umständen eine Verpflichtungserklärung abgeben und sich "
          "verpflichten, die Kosten des Aufenthalts zu tragen.", "Die Erklärung wird bei der Ausländerbehörde "
          "abgegeben."],
   docs=["Einkommensnachweise", "Pass des Gastes (Kopie)"], fees="29,00 €", office="Ausländerbehörde"),
 "10214": dict(names=["Schwerbehindertenausweis", "Schwerbehinderung – Ausweis", "Feststellung einer Behinderung"],
   texts=["Den Schwerbehindertenausweis stellt das Landesamt für Soziales, Jugend und Familie aus. Der Landkreis "
          "nimmt Anträge entgegen und berät Sie. Ab einem Grad der Behinderung von 50 gelten Sie als "
          "schwerbehindert.", "Der Antrag ist kostenlos."],
   docs=["ärztliche Befunde", "Lichtbild"], fees="gebührenfrei", office="Sozialamt"),
 "10018": dict(names=["Hilfen zur Erziehung", "Erziehungsberatung und Hilfen", "Hilfe zur Erziehung"],
   texts=["Wenn Eltern in der Erziehung an Grenzen stoßen, unterstützt der Allgemeine Soziale Dienst mit Beratung, "
          "Erziehungsbeistand, sozialpädagogischer Familienhilfe oder Tagesgruppen.",
          "Die Hilfe wird gemeinsam mit der Familie in einem Hilfeplan vereinbart."],
   docs=[], fees="kostenfrei", office="Jugendamt"),
 "10034": dict(names=["Beistandschaft", "Beistandschaft und Unterhalt", "Beurkundungen im Jugendamt"],
   texts=["Das Jugendamt unterstützt alleinerziehende Elternteile als Beistand bei der Feststellung der "
          "Vaterschaft und der Geltendmachung von Kindesunterhalt. Die Beistandschaft ist freiwillig und kostenlos.",
          "Unterhaltsverpflichtungen können im Jugendamt kostenlos beurkundet werden."],
   docs=["Geburtsurkunde des Kindes"], fees="gebührenfrei", office="Jugendamt"),
 "10009": dict(names=["Sorgeerklärung", "Gemeinsame elterliche Sorge", "Sorgerecht für nicht verheiratete Eltern"],
   texts=["Nicht miteinander verheiratete Eltern können durch eine Sorgeerklärung die gemeinsame elterliche Sorge "
          "erhalten. Die Erklärung wird im Jugendamt beurkundet.", "Eine Beurkundung ist schon vor der Geburt "
          "möglich."],
   docs=["Personalausweise", "Vaterschaftsanerkennung"], fees="gebührenfrei", office="Jugendamt"),
 "10013": dict(names=["Pflegekinderdienst", "Pflegefamilie werden", "Vollzeitpflege"],
   texts=["Der Pflegekinderdienst sucht Familien, die Kindern auf Zeit oder auf Dauer ein Zuhause geben. "
          "Pflegeeltern werden vorbereitet, begleitet und erhalten Pflegegeld.", "Interessierte Familien können "
          "sich unverbindlich beraten lassen."], docs=[], fees="–", office="Jugendamt"),
 "10011": dict(names=["Adoption", "Adoptionsvermittlung", "Adoption eines Kindes"],
   texts=["Die Adoptionsvermittlungsstelle berät Paare und Einzelpersonen, die ein Kind adoptieren möchten, sowie "
          "Eltern, die ihr Kind zur Adoption freigeben wollen.", "Eine Eignungsprüfung dauert mehrere Monate."],
   docs=[], fees="–", office="Jugendamt"),
 "10071": dict(names=["Belehrung nach dem Infektionsschutzgesetz", "Gesundheitszeugnis / Erstbelehrung",
                      "Infektionsschutzbelehrung"],
   texts=["Wer gewerbsmäßig mit Lebensmitteln arbeitet, benötigt vor Aufnahme der Tätigkeit eine Belehrung durch "
          "das Gesundheitsamt (früher „Gesundheitszeugnis“). Die Belehrung findet als Gruppentermin statt.",
          "Die Bescheinigung darf bei Aufnahme der Tätigkeit nicht älter als drei Monate sein."],
   docs=["Personalausweis"], fees="25,00 €", office="Gesundheitsamt"),
 "10423": dict(names=["Fahrerkarte", "Fahrerkarte für digitale Tachographen", "Fahrtenschreiberkarte"],
   texts=["Berufskraftfahrer benötigen für Fahrzeuge mit digitalem Tachographen eine Fahrerkarte. Sie ist fünf "
          "Jahre gültig.", "Die Karte wird von der Führerscheinstelle beantragt."],
   docs=["Führerschein", "Lichtbild"], fees="37,00 €", office="Führerscheinstelle"),
 "10084": dict(names=["Grundsicherung im Alter und bei Erwerbsminderung", "Grundsicherung", "Sozialhilfe – Grundsicherung"],
   texts=["Grundsicherung erhalten Menschen ab der Regelaltersgrenze oder dauerhaft voll Erwerbsgeminderte, deren "
          "Einkommen und Vermögen nicht für den Lebensunterhalt ausreichen.", "Der Antrag kann auch im Rathaus Ihrer "
          "Gemeinde gestellt werden."],
   docs=["Rentenbescheid", "Kontoauszüge", "Mietvertrag"], fees="gebührenfrei", office="Sozialamt"),
 "10218": dict(names=["Hilfe zur Pflege", "Pflege – Sozialhilfe", "Hilfe zur Pflege"],
   texts=["Reichen Pflegeversicherung und eigenes Einkommen nicht aus, um die Pflegekosten zu decken, kann Hilfe "
          "zur Pflege nach dem SGB XII gewährt werden.", "Der Pflegestützpunkt berät Sie kostenlos."],
   docs=["Pflegegradbescheid", "Einkommensnachweise"], fees="gebührenfrei", office="Sozialamt"),
 "10266": dict(names=["Leistungen nach dem Asylbewerberleistungsgesetz", "Asylbewerberleistungen", "AsylbLG"],
   texts=["Asylsuchende und Geduldete erhalten Leistungen zur Sicherung des Lebensunterhalts nach dem "
          "Asylbewerberleistungsgesetz.", "Zuständig ist der Fachdienst Soziales."], docs=["Aufenthaltspapiere"],
   fees="–", office="Sozialamt"),
 "10088": dict(names=["Bildung und Teilhabe", "Bildungspaket", "Leistungen für Bildung und Teilhabe"],
   texts=["Kinder aus Familien mit geringem Einkommen erhalten Zuschüsse zu Klassenfahrten, Schulbedarf, "
          "Mittagessen, Nachhilfe und Vereinsbeiträgen.", "Der Antrag wird beim Landkreis gestellt."],
   docs=["Leistungsbescheid (Wohngeld, Kinderzuschlag, Bürgergeld)"], fees="–", office="Sozialamt"),
 "10513": dict(names=["Abbruch von Gebäuden", "Abbruchanzeige", "Abriss eines Gebäudes"],
   texts=["Der Abbruch größerer baulicher Anlagen ist der Bauaufsicht einen Monat vorher anzuzeigen.",
          "Bei Denkmälern ist zusätzlich eine denkmalrechtliche Genehmigung erforderlich."],
   docs=["Lageplan", "Bestätigung über Abschaltung der Versorgungsleitungen"], fees="nach Aufwand",
   office="Bauaufsicht"),
 "10517": dict(names=["Baulastenverzeichnis", "Auskunft aus dem Baulastenverzeichnis", "Baulasten"],
   texts=["Baulasten sind öffentlich-rechtliche Verpflichtungen eines Grundstückseigentümers. Eine Auskunft "
          "erhalten Eigentümer und Personen mit berechtigtem Interesse.", "Die Auskunft wird schriftlich erteilt."],
   docs=["Vollmacht des Eigentümers"], fees="ab 30,00 €", office="Bauaufsicht"),
 "10525": dict(names=["Denkmalschutz", "Denkmalrechtliche Genehmigung", "Baudenkmale"],
   texts=["Wer ein Baudenkmal verändern, instand setzen oder beseitigen will, braucht eine Genehmigung der "
          "unteren Denkmalschutzbehörde.", "Bitte sprechen Sie Maßnahmen frühzeitig ab."],
   docs=["Beschreibung der Maßnahme", "Fotos"], fees="gebührenfrei bis 50.000 € Baukosten", office="Denkmalschutz"),
 "10042": dict(names=["Schülerbeförderung", "Schulweg – Fahrkosten", "Schülerfahrkarten"],
   texts=["Der Landkreis ist Träger der Schülerbeförderung. Schülerinnen und Schüler der Klassen 1 bis 10 "
          "erhalten eine Fahrkarte, wenn der Schulweg eine Mindestentfernung überschreitet.",
          "Die Erstattung von Fahrkosten ist bis zum Ende des Schuljahres zu beantragen."],
   docs=["Schulbescheinigung"], fees="kostenfrei", office="Schulamt"),
 "10056": dict(names=["BAföG für Schülerinnen und Schüler", "Schüler-BAföG", "Ausbildungsförderung"],
   texts=["Schülerinnen und Schüler an weiterführenden und berufsbildenden Schulen können unter bestimmten "
          "Voraussetzungen BAföG erhalten. Zuständig ist das Amt für Ausbildungsförderung des Landkreises.",
          "Der Antrag kann auch online über BAföG Digital gestellt werden."],
   docs=["Schulbescheinigung", "Einkommensnachweise der Eltern"], fees="gebührenfrei",
   office="Ausbildungsförderung"),
}


def name(ozg: str, variant: int = 0) -> str:
    names = S[ozg]["names"]
    return names[variant % len(names)]


def text(ozg: str, variant: int = 0) -> str:
    texts = S[ozg]["texts"]
    return texts[variant % len(texts)]
