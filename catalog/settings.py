"""The one configuration door: environment variables with the OZG_ prefix and a .env file."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from catalog import __version__
from catalog.errors import InvalidInputError

PROJECT_ROOT = Path(__file__).resolve().parent.parent

RenderMode = Literal["auto", "always", "never"]
RENDER_MODES: tuple[RenderMode, ...] = ("auto", "always", "never")


def render_mode(value: str | None) -> RenderMode | None:
    """A --render option checked; None keeps the configured default."""
    if value is None:
        return None
    for mode in RENDER_MODES:
        if value == mode:
            return mode
    raise InvalidInputError(f"--render must be auto, always or never, not {value!r}")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="OZG_", env_file=".env", extra="ignore")

    var_dir: Path = PROJECT_ROOT / "var"
    data_dir: Path = PROJECT_ROOT / "data"
    database_url: str = ""

    contact_url: str = "https://github.com/ozg-screening/ozg-screening#contact"
    contact_email: str = "screening@ozg-screening.invalid"
    user_agent: str = ""

    max_pages: int = Field(300, ge=1, description="HTML pages per municipality site")
    max_depth: int = Field(6, ge=0)
    max_portal_pages: int = Field(40, ge=0, description="pages fetched on linked portals, per site")
    reference_websites: bool = Field(
        True, description="`municipalities load` sets the shipped reference websites (benchmarks switch it off)"
    )
    max_document_checks: int = Field(
        60, ge=0, description="form and info documents per site checked for a dead link, by their headers"
    )
    download_delay: float = Field(0.5, ge=0, description="seconds between requests to one host")
    concurrent_per_host: int = Field(2, ge=1)
    # 1 makes a crawl's order, and so what it saw first, the same on every run (regression tests).
    concurrent_requests: int = Field(16, ge=1, description="requests in flight per site crawl")
    autothrottle: bool = True
    obey_robots: bool = True
    download_timeout: float = Field(20.0, gt=0)
    retry_times: int = Field(2, ge=0)
    max_document_bytes: int = Field(
        5_000_000, ge=10_000, description="bytes of one page or file read; a larger page is read up to here and kept"
    )
    render: RenderMode = "auto"
    chromium_path: str = ""
    render_deadline: float = Field(
        8.0, gt=0, description="seconds a rendered page may take to settle; then its DOM is taken as it stands"
    )
    run_concurrency: int = Field(8, ge=1, description="municipalities crawled at once in a run")
    database_wait: float = Field(
        120.0, ge=0, description="seconds a run or check waits for a locked, busy or restarting database"
    )

    # Distributed mode (docs/scaling.md): workers take municipalities from a Redis broker.
    broker_url: str = Field("", description="e.g. redis://127.0.0.1:6379/0; empty runs everything in one process")
    task_attempts: int = Field(3, ge=1, description="attempts per municipality before it is marked failed")
    task_time_limit: float = Field(3600.0, gt=0, description="seconds one attempt at a municipality may take")
    worker_heartbeat_timeout: float = Field(60.0, gt=0, description="seconds before a silent worker's work moves on")
    service_wait: float = Field(300.0, ge=0, description="seconds a worker waits for the database or Redis to return")

    api_host: str = "127.0.0.1"
    api_port: int = 8000
    api_token: str = ""
    # REST API v1 (docs/api.md): write routes always need a key (`ozg-screen apikey create`); reads only when set.
    api_keys_on_reads: bool = Field(False, description="require X-API-Key on read routes too")
    # Checks started through the API refuse loopback, private and link-local hosts and ports other than 80/443;
    # the tests' and the demo's local webs on 127.0.0.1 need this switched on.
    api_allow_private_targets: bool = False
    # Set for crawls started through the API (and for workers serving them): every request of the crawl, redirects
    # and the browser's own requests included, goes only to public hosts on ports 80 and 443.
    public_targets_only: bool = Field(False, description="crawl only public hosts on ports 80/443 (SSRF guard)")
    api_job_poll_seconds: float = Field(2.0, gt=0, description="how often `ozg-screen jobs-worker` looks for jobs")
    api_workers: int = Field(0, ge=0, description="processes `ozg-screen serve` answers with; 0: one per CPU")

    @property
    def effective_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.var_dir / 'ozg.sqlite3'}"

    @property
    def index_dir(self) -> Path:
        """Where the built match index is kept between processes (written by `catalog load` and the first check)."""
        return self.var_dir / "cache"

    @property
    def effective_user_agent(self) -> str:
        if self.user_agent:
            return self.user_agent
        return f"ozg-screening/{__version__} (OZG screening crawler; +{self.contact_url}; {self.contact_email})"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
