<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Bericht Pflegewohngeld – Gremieninfo Landkreis Geestmoor</title>
<meta name="viewport" content="width=device-width, initial-scale=1">

</head>
<body>
<header class="portal-header"><div class="portal-brand">Gremieninfo Landkreis Geestmoor</div></header>
<main class="portal-main">
<h1>Bericht Pflegewohngeld</h1>
<p>Die Ausgaben für Pflegewohngeld sind
gegenüber dem Vorjahr um 6 Prozent gestiegen. Die Verwaltung schlägt vor, die Mittel im Haushalt anzupassen.</p>
</main>
<footer class="portal-footer"><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></footer>
</body>
</html>
