"""A database holding the export scene, SQLite and PostgreSQL; reading exports back the way analysts do."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy.orm import Session, sessionmaker

from catalog.database.engine import make_engine, session_factory
from tests.support.export_review import store_review
from tests.support.export_scene import store_scene

FILES = Path(__file__).parent / "files"
SAVE_GOLDEN = bool(os.environ.get("OZG_SAVE_EXPORT_GOLDEN"))


@pytest.fixture
def scene_sessions(loaded_database_url: str) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(loaded_database_url)
    sessions = session_factory(engine)
    store_scene(sessions)
    yield sessions
    engine.dispose()


@pytest.fixture
def reviewed_scene_sessions(scene_sessions: sessionmaker[Session]) -> sessionmaker[Session]:
    """The scene with three analysts' decisions on run 1 and a registered list for Rotenburg and Bothel."""
    store_review(scene_sessions)
    return scene_sessions


def matches_golden(produced: bytes, name: str) -> bool:
    """Byte for byte; OZG_SAVE_EXPORT_GOLDEN=1 writes the file instead (then review the diff)."""
    path = FILES / name
    if SAVE_GOLDEN:
        path.write_bytes(produced)
    return produced == path.read_bytes()


def read_back(text: str, dialect: str) -> pd.DataFrame:
    """An export as pandas reads it (docs/exports.md): excel-de with ; and decimal comma, ARS unwrapped."""
    if dialect == "rfc4180":
        return pd.read_csv(io.StringIO(text), dtype={"ars": str, "ozg_id": str}, keep_default_na=False, na_values=[""])
    frame = pd.read_csv(
        io.StringIO(text.removeprefix("\ufeff")),
        sep=";",
        decimal=",",
        dtype={"ars": str, "ozg_id": str},
        keep_default_na=False,
        na_values=[""],
    )
    frame["ars"] = frame["ars"].str.removeprefix('="').str.removesuffix('"')
    return frame
