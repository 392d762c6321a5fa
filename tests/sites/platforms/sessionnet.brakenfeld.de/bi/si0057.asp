<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Sitzung des Rates am 09.12.2025 – SessionNet</title>
<meta name="viewport" content="width=device-width, initial-scale=1">

</head>
<body>
<header class="portal-header"><div class="portal-brand">SessionNet</div></header>
<main class="portal-main">
<h1>Sitzung des Rates am 09.12.2025</h1>
<table class="tl1"><tr><th>TOP</th><th>Betreff</th><th>Vorlage</th></tr>
<tr><td>Ö 5</td><td>3. Satzung zur Änderung der Satzung über die Erhebung der Hundesteuer</td><td>
<a href="/bi/vo0050.asp?__kvonr=2231">V/2025/117</a></td></tr>
<tr><td>Ö 6</td><td>Satzung über die Erhebung einer Zweitwohnungsteuer (Neufassung)</td><td>V/2025/118</td></tr>
<tr><td>Ö 7</td><td>Vergnügungsteuersatzung – Anpassung der Steuersätze für Spielgeräte</td><td>V/2025/121</td></tr>
<tr><td>Ö 8</td><td>Antrag der Fraktion Bürger für Brakenfeld: Erweiterung des Gewerbegebietes Ohlendorfer Weg</td>
<td>A/2025/09</td></tr></table>
</main>
<footer class="portal-footer"><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></footer>
</body>
</html>
