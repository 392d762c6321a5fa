"""The project's words, each defined once: statuses of runs and screenings, kinds of evidence, maturity levels."""

from __future__ import annotations

from enum import StrEnum


class ScreeningStatus(StrEnum):
    """Where one site's screening stands, or why it could not be screened (one line each in docs/crawling.md)."""

    PENDING = "pending"
    RUNNING = "running"
    OK = "ok"
    PARTIAL = "partial"
    DNS_ERROR = "dns_error"
    CONNECTION_REFUSED = "connection_refused"
    CONNECTION_ERROR = "connection_error"
    TLS_ERROR = "tls_error"
    PROXY_ERROR = "proxy_error"
    TIMEOUT = "timeout"
    BLOCKED = "blocked"
    ROBOTS_DISALLOWED = "robots_disallowed"
    NOT_HTML = "not_html"
    HTTP_404 = "http_404"
    HTTP_410 = "http_410"
    HTTP_5XX = "http_5xx"
    REDIRECT_LOOP = "redirect_loop"
    TOO_MANY_REDIRECTS = "too_many_redirects"
    NO_RESPONSE = "no_response"
    REFUSED_TARGET = "refused_target"
    ERROR = "error"
    # Given up after the bounded number of attempts of a distributed run; the reason is in its errors.
    FAILED = "failed"


# A site counts as screened when its crawl gave results, complete or not.
SCREENED = frozenset({ScreeningStatus.OK, ScreeningStatus.PARTIAL})
UNFINISHED = frozenset({ScreeningStatus.PENDING, ScreeningStatus.RUNNING})
# A link whose target answered with one of these offers nothing (a dead "Antrag online" link is no service).
DEAD_STATUSES = frozenset(
    {
        ScreeningStatus.HTTP_404,
        ScreeningStatus.HTTP_410,
        ScreeningStatus.DNS_ERROR,
        ScreeningStatus.CONNECTION_REFUSED,
        ScreeningStatus.TLS_ERROR,
        ScreeningStatus.HTTP_5XX,
        ScreeningStatus.CONNECTION_ERROR,
        ScreeningStatus.TIMEOUT,
    }
)


def is_screened(status: str) -> bool:
    return status in SCREENED


def is_unfinished(status: str) -> bool:
    return status in UNFINISHED


class RunStatus(StrEnum):
    RUNNING = "running"
    FINISHED = "finished"
    PARTIAL = "partial"
    INTERRUPTED = "interrupted"
    FAILED = "failed"


class RunKind(StrEnum):
    CHECK = "check"
    STATEWIDE = "statewide"
    DEMO = "demo"


class JobStatus(StrEnum):
    """Where a job started through the API stands: queued, taken by one worker, done or failed."""

    QUEUED = "queued"
    RUNNING = "running"
    FINISHED = "finished"
    FAILED = "failed"


class JobKind(StrEnum):
    CHECK = "check"
    RUN = "run"


class EvidenceKind(StrEnum):
    PAGE = "page"
    LINK = "link"
    DOCUMENT = "document"
    FORM = "form"
    FETCH_ERROR = "fetch_error"


class Role(StrEnum):
    """Why the crawl fetched something: a page of the municipality's site, a portal page it links, a document check."""

    SITE = "site"
    PORTAL = "portal"
    DOCUMENT = "document"


ONLINE_LEVEL = 3
MATURITY_LEVELS = (0, 1, 2, 3, 4)
MATURITY_LABELS = {
    0: "0 nichts gefunden",
    1: "1 Information",
    2: "2 Formular",
    3: "3 Online-Antrag",
    4: "4 vollständig digital",
}


def is_online(level: int) -> bool:
    """Online means an application can be submitted electronically: level 3 or 4."""
    return level >= ONLINE_LEVEL


class Provider(StrEnum):
    """Who offers a service to a municipality's citizens: itself, its Samtgemeinde or its Landkreis (exports)."""

    SELF = "self"
    SAMTGEMEINDE = "samtgemeinde"
    LANDKREIS = "landkreis"


class DecisionKind(StrEnum):
    """What an analyst decided about one service of one municipality (docs/review.md)."""

    CONFIRM = "confirm"
    REJECT = "reject"
    SET_LEVEL = "set_level"


class QueueReason(StrEnum):
    """Why a finding is in the review queue."""

    LOW_CONFIDENCE = "low_confidence"
    SINGLE_EVIDENCE = "single_evidence"
    CHANGED = "changed_since_previous"
    PARTIAL = "partial_screening"
