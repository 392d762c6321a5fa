"""Generated pages of hostile sites: a huge page, endless unique URLs, redirect chains, a cookie check."""

from __future__ import annotations

import hashlib

CHALLENGE_PAGE = """<!DOCTYPE html><html lang="de"><head><title>Just a moment...</title>
<meta http-equiv="refresh" content="30"><script src="/cdn-cgi/challenge-platform/orchestrate.js"></script>
<script>window._cf_chl_opt={cvId:'3',cType:'managed'};setTimeout(function(){location.reload()},5000);</script>
</head><body><div id="challenge-stage"></div><noscript>Bitte aktivieren Sie JavaScript und Cookies.</noscript>
</body></html>"""

SOFT_NOT_FOUND = """<!DOCTYPE html><html lang="de"><head><title>Seite nicht gefunden – Gemeinde Moorhusen</title>
</head><body><nav><a href="/">Startseite</a> <a href="/buergerservice/">Bürgerservice</a></nav>
<main><h1>Die angeforderte Seite wurde leider nicht gefunden</h1>
<p>Fehler 404: Die Seite {path} existiert nicht oder wurde verschoben. Nutzen Sie die Suche oder die
Navigation, um Ihr Anliegen zu finden, etwa einen Antrag auf Wohngeld online zu stellen.</p></main></body></html>"""

COOKIE_NAME = "cookies_aktiv"


def large_page(junk_links: int) -> bytes:
    """A start page whose services come first, followed by a never-ending news archive of links."""
    head = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Gemeinde Riesenbüttel</title>
</head><body><nav><a href="/buergerservice/">Bürgerservice</a> <a href="/rathaus/">Rathaus</a></nav>
<main><h1>Willkommen in der Gemeinde Riesenbüttel</h1><h2>Meldungsarchiv</h2><ul>"""
    items = "".join(
        f'<li><a href="/meldungen/{number}.html">Meldung {number}: Sitzung des Ausschusses</a></li>\n'
        for number in range(junk_links)
    )
    return (head + items + "</ul></main></body></html>").encode("utf-8")


def _token(seed: str) -> str:
    return hashlib.sha1(seed.encode()).hexdigest()[:10]


def unique_trap_page(prefix: str, path: str, query: str, kind: str) -> str:
    """Every page links only to new URLs that look like it; `kind` says how they grow."""
    seed = path + "?" + query
    if kind == "pfad":  # ever-growing paths: /themen/a/ab/abc/...
        links = [f"{path.rstrip('/')}/{part}{_token(seed)[:3]}/" for part in ("amt", "info", "mehr")]
    elif kind == "abfrage":  # ever-growing query values: ?ansicht=1, 11, 111 ...
        value = (query.split("=", 1)[1] if "=" in query else "") or "1"
        links = [f"{prefix}?ansicht={value}{digit}" for digit in "123"]
    else:  # random unique tokens: /archiv/3f9a.../
        links = [f"{prefix}{_token(seed + str(number))}/" for number in range(4)]
    items = "".join(f'<li><a href="{link}">Weitere Beiträge</a></li>' for link in links)
    return f"""<!DOCTYPE html><html lang="de"><head><title>Archiv – Gemeinde Endlosheide</title></head>
<body><nav><a href="/">Startseite</a></nav><main><h1>Archiv</h1>
<p>Beitrag {_token(seed)}: Hier finden Sie ältere Beiträge der Gemeinde Endlosheide.</p>
<ul>{items}</ul></main></body></html>"""


def redirect_chain_target(prefix: str, path: str, chain: tuple[int, str]) -> str:
    """/weiter/3 -> /weiter/4 ... until the chain's length, then its final page."""
    length, final = chain
    step = path.removeprefix(prefix).strip("/")
    number = int(step) if step.isdigit() else 0
    return f"{prefix}{number + 1}" if number < length else final
