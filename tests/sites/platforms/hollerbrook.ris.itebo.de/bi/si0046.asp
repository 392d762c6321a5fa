<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Sitzungen – Bürgerinfo</title>
<meta name="viewport" content="width=device-width, initial-scale=1">

</head>
<body>
<header class="portal-header"><div class="portal-brand">Bürgerinfo</div></header>
<main class="portal-main">
<h1>Sitzungen</h1>
<table><tr><td>18.11.2025</td><td><a href="/bi/to0040.asp?__ksinr=1187">Samtgemeinderat</a></td></tr>
<tr><td>04.11.2025</td><td>Ausschuss für Familie, Bildung und Soziales</td></tr></table>
</main>
<footer class="portal-footer"><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></footer>
</body>
</html>
