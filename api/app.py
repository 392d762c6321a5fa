"""The FastAPI application: thin routes over the read-side queries in catalog/."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from api.routers import catalog_routes, municipality_routes, run_routes
from catalog import __version__
from catalog.database.engine import make_engine, require_current_schema
from catalog.errors import UserError
from catalog.settings import Settings


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
    app.state.data_dir = settings.data_dir
    app.include_router(run_routes.router)
    app.include_router(municipality_routes.router)
    app.include_router(catalog_routes.router)

    @app.exception_handler(UserError)
    async def user_error(_request: Request, error: UserError) -> JSONResponse:
        return JSONResponse(status_code=404, content={"detail": str(error)})

    @app.get("/health", tags=["meta"])
    def health() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    return app
