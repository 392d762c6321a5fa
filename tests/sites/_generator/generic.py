"""A service-page renderer with several CMS styles, used by the other municipal sites."""

from __future__ import annotations

from dataclasses import dataclass, field

from common import Host, e
from kb import S, name, text

STYLES = {
    "typo3": ("Beschreibung", "Das brauchen Sie", "Kosten", "Online erledigen", "Downloads", "Ansprechpartner"),
    "sitepark": ("Allgemeine Informationen", "Erforderliche Unterlagen", "Gebühren", "Online-Antrag", "Formulare",
                 "Zuständige Stelle"),
    "wp": ("", "Was brauche ich?", "Was kostet das?", "Online", "Formular", "Kontakt"),
    "contao": ("Was ist zu tun?", "Unterlagen", "Was kostet das?", "Online-Service", "Vordrucke", "Kontakt"),
    "govsb": ("Leistungsbeschreibung", "Voraussetzungen und Unterlagen", "Gebühren", "Online beantragen",
              "Formulare & Merkblätter", "Ansprechperson"),
}


@dataclass
class Spec:
    ozg: str
    path: str
    variant: int = 0
    office: str = ""
    pdf: tuple | None = None          # (file path, title, specific lines, link text[, fmt])
    online: list = field(default_factory=list)   # [(portal key, link text)]
    extra: str = ""                   # extra html (appointment, contact form link, dead links ...)
    title: str = ""
    info: bool = True                 # the page counts as an information page (level 1)
    second_text: bool = False
    kb_key: str = ""                  # take texts from another knowledge-base entry


def heading(style: str, index: int, level: int = 2) -> str:
    label = STYLES[style][index]
    if not label:
        return ""
    if style == "wp":
        return f"<p><strong>{label}</strong></p>"
    return f"<h{level}>{label}</h{level}>"


def service_body(host: Host, spec: Spec, style: str, contact_html: str) -> tuple[str, str]:
    """The main content of a service page; records evidence; returns (title, html)."""
    page = "/" + spec.path
    key = spec.kb_key or spec.ozg
    title = spec.title or name(key, spec.variant)
    service = S[key]
    parts = [f"<h1>{e(title)}</h1>" if style != "wp" else f'<p class="entry-title"><b>{e(title)}</b></p>']
    parts.append(heading(style, 0) + f"<p>{e(text(key, spec.variant))}</p>")
    if spec.second_text:
        parts.append(f"<p>{e(text(key, spec.variant + 1))}</p>")
    if service["docs"]:
        items = "".join(f"<li>{e(d)}</li>" for d in service["docs"])
        parts.append(heading(style, 1) + f"<ul>{items}</ul>")
    parts.append(heading(style, 2) + f"<p>{e(service['fees'])}</p>")
    if spec.online:
        buttons = []
        for key, label in spec.online:
            cls = ' class="btn btn-primary"' if style in ("typo3", "govsb") else ""
            tgt = ' target="_blank" rel="noopener"' if style != "wp" else ""
            buttons.append(host.link_portal(key, e(label), page, ozg=spec.ozg, attrs=cls + tgt))
        parts.append(heading(style, 3) + "<p>" + " ".join(buttons) + "</p>")
    if spec.pdf:
        file, doc_title, lines, link_text, *rest = spec.pdf
        fmt = rest[0] if rest else "pdf"
        link = host.doc(spec.ozg, file, doc_title, lines, link_text, page, office=spec.office, fmt=fmt)
        if style == "typo3":
            link = link.replace("<a ", '<a class="ce-uploads-fileName" ', 1)
        parts.append(heading(style, 4) + f'<ul class="downloads"><li>{link}</li></ul>')
    if spec.extra:
        parts.append(spec.extra)
    parts.append(heading(style, 5) + contact_html)
    if spec.info:
        host.ev(spec.ozg, 1, f"own information page '{title}'", page)
    return title, "\n".join(part for part in parts if part)
