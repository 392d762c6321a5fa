<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Vorlage V/2025/117 – SessionNet</title>
<meta name="viewport" content="width=device-width, initial-scale=1">

</head>
<body>
<header class="portal-header"><div class="portal-brand">SessionNet</div></header>
<main class="portal-main">
<h1>Vorlage V/2025/117</h1>
<p><strong>Betreff:</strong> 3. Satzung zur Änderung der Satzung über die Erhebung der Hundesteuer</p>
<p><strong>Beschlussvorschlag:</strong> Der Rat beschließt die als Anlage beigefügte Änderungssatzung.</p>
<p><strong>Sachverhalt:</strong> Die Steuersätze wurden zuletzt 2014 angepasst. Zur Deckung der Kosten für
Hundekotbeutel-Spender und Reinigung werden die Sätze moderat angehoben.</p>
</main>
<footer class="portal-footer"><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></footer>
</body>
</html>
