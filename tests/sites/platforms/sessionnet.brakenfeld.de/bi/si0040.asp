<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Sitzungskalender – SessionNet</title>
<meta name="viewport" content="width=device-width, initial-scale=1">

</head>
<body>
<header class="portal-header"><div class="portal-brand">SessionNet</div></header>
<main class="portal-main">
<h1>Sitzungskalender</h1>
<table><tr><th>Datum</th><th>Gremium</th></tr><tr><td>09.12.2025</td><td><a href="/bi/si0057.asp?__ksinr=412">
Rat der Stadt Brakenfeld</a></td></tr></table>
</main>
<footer class="portal-footer"><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></footer>
</body>
</html>
