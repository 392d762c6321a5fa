<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Gemeinderat 10.06.2021 – Ratsinfo-Archiv</title>
<meta name="viewport" content="width=device-width, initial-scale=1">

</head>
<body>
<header class="portal-header"><div class="portal-brand">Ratsinfo-Archiv</div></header>
<main class="portal-main">
<h1>Gemeinderat 10.06.2021</h1>
<ol><li>Friedhofssatzung – Änderung der
Ruhezeiten und der Nutzungsrechte an Urnengrabstätten</li><li>Friedhofsgebührensatzung – Neukalkulation</li>
<li>Sanierung der Friedhofskapelle</li></ol>
</main>
<footer class="portal-footer"><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></footer>
</body>
</html>
