"""The FastAPI application: REST API v1 under /api/v1, thin routes over the read layer in catalog/results/."""

from __future__ import annotations

import gc

from fastapi import APIRouter, Depends, FastAPI
from pydantic import BaseModel

from api.auth import require_read_key
from api.cache import StateCache
from api.deps import read_data_version
from api.docs import install_offline_docs
from api.errors import install_error_handlers, reject_nul_characters
from api.etag import ETagMiddleware
from api.response_cache import ResponseCacheMiddleware
from api.routers import (
    catalog_routes,
    export_routes,
    job_routes,
    municipality_routes,
    page_routes,
    registered_routes,
    review_routes,
    run_routes,
    statistics_routes,
)
from catalog import __version__
from catalog.database.engine import make_engine, require_current_schema
from catalog.reference.platforms import PlatformRegistry
from catalog.settings import Settings, get_settings

PREFIX = "/api/v1"
# Reads of data the data version covers (migration 0011); jobs and the streamed exports are not among them.
LISTS_KEPT = 32  # whole lists behind paged reads, e.g. who offers a service (a few thousand rows each)
CACHED_READS = tuple(
    f"{PREFIX}/{part}"
    for part in ("municipalities", "catalog", "runs", "screenings", "statistics", "review", "registered")
)


class Health(BaseModel):
    status: str
    version: str


def create_app(settings: Settings) -> FastAPI:
    """The API for one database; refuses to start on a missing or outdated schema."""
    engine = make_engine(settings.effective_database_url)
    require_current_schema(engine)
    engine.dispose()
    app = FastAPI(
        title="ozg-screening",
        version=__version__,
        description="Which OZG services German municipalities offer online, and how mature each is.",
        docs_url=None,
        redoc_url=None,
        dependencies=[Depends(reject_nul_characters)],
    )
    app.state.settings = settings
    app.state.database_url = settings.effective_database_url
    app.state.platforms = PlatformRegistry.from_file(settings.data_dir / "platforms.toml")
    app.state.matcher = None
    app.state.statistics_cache = StateCache()
    app.state.list_cache = StateCache(entries=LISTS_KEPT)
    app.include_router(_version_one())
    app.include_router(page_routes.router)
    if not settings.api_keys_on_reads:  # with keys on reads, a stored answer must not skip the key check
        database_url = settings.effective_database_url
        app.add_middleware(
            ResponseCacheMiddleware, prefixes=CACHED_READS, version=lambda: read_data_version(database_url)
        )
    app.add_middleware(ETagMiddleware, prefix=PREFIX)  # added last, so it runs first: tags cached answers too
    install_error_handlers(app)
    install_offline_docs(app)

    @app.get("/health", tags=["meta"])
    def health() -> Health:
        return Health(status="ok", version=__version__)

    return app


def app_from_environment() -> FastAPI:
    """The app of one `serve --workers N` process: settings from the environment, as the command read them."""
    app = create_app(get_settings())
    freeze_startup_heap()
    return app


def freeze_startup_heap() -> None:
    """Modules, routes and models live as long as a serving process: the cyclic garbage collector need not walk
    them on every full collection. Unfrozen, a full collection of the serving process took up to 80 ms, and every
    request in flight waited for it (gc.callbacks, bench/api.py). Once per process: a test process builds many apps."""
    if not gc.get_freeze_count():
        gc.collect()
        gc.freeze()


def _version_one() -> APIRouter:
    """Reads need a key only when OZG_API_KEYS_ON_READS is set; the write routes ask for theirs themselves."""
    version = APIRouter(prefix=PREFIX)
    reads = APIRouter(dependencies=[Depends(require_read_key)])
    reading = (municipality_routes, catalog_routes, run_routes, statistics_routes, export_routes, registered_routes)
    for module in reading:
        reads.include_router(module.router)
    version.include_router(reads)
    version.include_router(job_routes.router)
    version.include_router(review_routes.router)  # keyed writes, reads keyed like the others
    return version
