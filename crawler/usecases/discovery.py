"""`ozg-screen municipalities discover`: find official websites by trying likely host names, politely."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin

import httpx
from protego import Protego
from sqlalchemy.orm import Session, sessionmaker

from catalog.database.engine import transaction
from catalog.database.models import Municipality
from catalog.reference.registry import HAND_SET_SOURCES, set_website
from catalog.reference.website_candidates import candidate_urls, identification_score
from catalog.settings import Settings
from crawler.components.extract import extract_page

log = logging.getLogger(__name__)
IMPRESSUM_PATHS = ("/impressum/", "/impressum", "/impressum.html", "/impressum.php")
HOMEPAGE_CONFIDENCE = 0.9
IMPRESSUM_CONFIDENCE = 0.8


@dataclass
class Discovery:
    ars: str
    name: str
    url: str | None
    confidence: float
    tried: int
    stored: bool = False
    note: str = ""


@dataclass
class Fetcher:
    client: httpx.AsyncClient
    user_agent: str

    async def text(self, url: str) -> tuple[str, str] | None:
        """(final URL, HTML) of a page, or None when it cannot be had."""
        try:
            response = await self.client.get(url)
        except (httpx.HTTPError, ValueError) as error:
            log.debug("%s: %s", url, error)
            return None
        if response.status_code != 200 or "html" not in response.headers.get("content-type", ""):
            return None
        return str(response.url), response.text

    async def robots(self, site_url: str) -> Protego | None:
        """The site's robots rules; None when the host does not answer at all (the candidate does not exist)."""
        try:
            response = await self.client.get(urljoin(site_url, "/robots.txt"))
        except (httpx.HTTPError, ValueError):
            return None
        return Protego.parse(response.text if response.status_code == 200 else "")


async def identify(fetcher: Fetcher, municipality: Municipality, url: str) -> tuple[str, float] | None:
    """(site URL, confidence) when the site at url names the municipality with its type."""
    robots = await fetcher.robots(url)
    if robots is None or not robots.can_fetch(url, fetcher.user_agent):
        return None
    page = await fetcher.text(url)
    if page is None:
        return None
    final_url, body = page
    if _score(body, final_url, municipality) >= 1.0:
        return final_url, HOMEPAGE_CONFIDENCE
    for path in IMPRESSUM_PATHS:
        impressum_url = urljoin(final_url, path)
        impressum = await fetcher.text(impressum_url) if robots.can_fetch(impressum_url, fetcher.user_agent) else None
        if impressum and _score(impressum[1], impressum[0], municipality) >= 1.0:
            return final_url, IMPRESSUM_CONFIDENCE
    return None


def _score(body: str, url: str, municipality: Municipality) -> float:
    facts = extract_page(url, body)
    text = " ".join([facts.title, facts.h1, facts.main_text, " ".join(facts.headings)])
    return identification_score(text, municipality.name, municipality.type)


async def discover_one(fetcher: Fetcher, municipality: Municipality) -> Discovery:
    candidates = candidate_urls(municipality.name, municipality.type)
    for tried, url in enumerate(candidates, start=1):
        for variant in (url, url.replace("https://", "http://", 1)):
            found = await identify(fetcher, municipality, variant)
            if found:
                return Discovery(municipality.ars, municipality.name, found[0], found[1], tried)
    return Discovery(municipality.ars, municipality.name, None, 0.0, len(candidates), note="no candidate confirmed")


async def discover_all(
    municipalities: list[Municipality],
    settings: Settings,
    concurrency: int,
    report: Callable[[Discovery], None],
) -> list[Discovery]:
    slots = asyncio.Semaphore(concurrency)
    headers = {"User-Agent": settings.effective_user_agent}
    timeout = httpx.Timeout(settings.download_timeout)
    async with httpx.AsyncClient(trust_env=True, follow_redirects=True, timeout=timeout, headers=headers) as client:
        fetcher = Fetcher(client, settings.effective_user_agent)

        async def one(municipality: Municipality) -> Discovery:
            async with slots:
                result = await discover_one(fetcher, municipality)
                report(result)
                return result

        return await asyncio.gather(*(one(item) for item in municipalities))


def store_discoveries(sessions: sessionmaker[Session], discoveries: list[Discovery]) -> None:
    """Store confirmed websites; a URL set by hand or imported by an analyst is never overwritten."""
    with transaction(sessions) as session:
        for discovery in discoveries:
            municipality = session.get_one(Municipality, discovery.ars)
            if discovery.url is None:
                continue
            if municipality.website and municipality.website_source in HAND_SET_SOURCES:
                discovery.note = f"kept {municipality.website_source} website {municipality.website}"
                continue
            set_website(session, municipality, discovery.url, source="discovered", confidence=discovery.confidence)
            discovery.stored = True
