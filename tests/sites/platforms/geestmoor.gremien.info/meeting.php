<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Kreistag – Sitzung vom 11.12.2025 – Gremieninfo Landkreis Geestmoor</title>
<meta name="viewport" content="width=device-width, initial-scale=1">

</head>
<body>
<header class="portal-header"><div class="portal-brand">Gremieninfo Landkreis Geestmoor</div></header>
<main class="portal-main">
<h1>Kreistag – Sitzung vom 11.12.2025</h1>
<ol>
<li>Haushaltssatzung 2026</li>
<li><a href="/agenda_item.php?id=18870">Bericht der Verwaltung zur Entwicklung des Pflegewohngeldes</a></li>
<li>Satzung über die Abfallentsorgung – Gebührenkalkulation 2026</li>
<li>Resolution zur Finanzierung der Schülerbeförderung</li></ol>
</main>
<footer class="portal-footer"><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></footer>
</body>
</html>
