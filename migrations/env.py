"""Alembic environment: runs on the engine handed in by catalog.database.engine, or on OZG_DATABASE_URL."""

from alembic import context

from catalog.database.engine import make_engine
from catalog.database.models import Base
from catalog.settings import get_settings

target_metadata = Base.metadata


def run_migrations() -> None:
    engine = context.config.attributes.get("engine") or make_engine(get_settings().effective_database_url)
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()


run_migrations()
