<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Tagesordnung Samtgemeinderat 18.11.2025 – Bürgerinfo</title>
<meta name="viewport" content="width=device-width, initial-scale=1">

</head>
<body>
<header class="portal-header"><div class="portal-brand">Bürgerinfo</div></header>
<main class="portal-main">
<h1>Tagesordnung Samtgemeinderat 18.11.2025</h1>
<ol><li>Eröffnung und Feststellung der Beschlussfähigkeit</li>
<li>Satzung über die Erhebung der Vergnügungsteuer – Neufassung</li>
<li>Satzung über die Benutzung der Kindertagesstätten und die Erhebung von Gebühren – 4. Änderung</li>
<li>Antrag der Gruppe SPD/Grüne: Ausweisung eines Gewerbegebietes Hollerbrook-Nord</li>
<li>Friedhofsgebührensatzung – Kalkulation 2026</li>
<li>Anfragen und Anregungen</li></ol>
</main>
<footer class="portal-footer"><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></footer>
</body>
</html>
