"""Who provides a service found through a site: the municipality itself, or its Samtgemeinde or Landkreis."""

from __future__ import annotations

import re
from collections.abc import Iterable

from catalog.maturity.referrals import KREIS_HOST
from catalog.urls import host_of, site_domain
from catalog.vocabulary import Provider

SELF = Provider.SELF
SAMTGEMEINDE_HOST = re.compile(r"(^|[.-])(sg|samtgemeinde)[.-]")


def provided_by(start_url: str, evidence_urls: Iterable[str]) -> str:
    """'samtgemeinde' or 'landkreis' when every piece of evidence lies on that authority's hosts, else 'self'.

    A Mitgliedsgemeinde that links the Samtgemeinde's service pages ("Alle Verwaltungsangelegenheiten erledigt die
    Samtgemeinde") and a Gemeinde that links the Kreis portal offer those services through the other authority:
    they are attributed to it, never counted as found on the member's site. Shared platforms (Serviceportal
    Niedersachsen, form servers, federal services) the municipality links count as its own offer.
    """
    own = site_domain(host_of(start_url))
    owners = {_owner(host_of(url), own) for url in evidence_urls}
    return owners.pop() if len(owners) == 1 else SELF


def _owner(host: str, own_domain: str) -> str:
    if site_domain(host) == own_domain:
        return SELF
    if SAMTGEMEINDE_HOST.search(host) and not SAMTGEMEINDE_HOST.search(own_domain):
        return Provider.SAMTGEMEINDE
    if KREIS_HOST.search(host) and not KREIS_HOST.search(own_domain):
        return Provider.LANDKREIS
    return SELF
