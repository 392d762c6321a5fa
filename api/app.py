"""The FastAPI application: thin routes over the read layer in catalog/results/."""

from __future__ import annotations

from fastapi import FastAPI
from pydantic import BaseModel

from api.errors import install_error_handlers
from api.routers import catalog_routes, municipality_routes, page_routes, run_routes
from catalog import __version__
from catalog.database.engine import make_engine, require_current_schema
from catalog.reference.platforms import PlatformRegistry
from catalog.settings import Settings


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
    )
    app.state.database_url = settings.effective_database_url
    app.state.platforms = PlatformRegistry.from_file(settings.data_dir / "platforms.toml")
    app.state.matcher = None
    app.include_router(run_routes.router)
    app.include_router(municipality_routes.router)
    app.include_router(catalog_routes.router)
    app.include_router(page_routes.router)
    install_error_handlers(app)

    @app.get("/health", tags=["meta"])
    def health() -> Health:
        return Health(status="ok", version=__version__)

    return app
