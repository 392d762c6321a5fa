"""A built MatchIndex kept on disk, keyed by the catalog phrases and the matching code, so a `check` skips the build."""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from catalog.matching.index import MatchIndex

log = logging.getLogger(__name__)
PREFIX = "match-index-"
# Any change to the matching code (word lists, stemmer steps, weights) must give a new key.
_CODE_DIR = Path(__file__).resolve().parent
Entry = tuple[str, str, str]


def index_key(entries: Sequence[Entry]) -> str:
    """Hash of the phrases, the matching modules' source and the Python and stemmer versions."""
    digest = hashlib.sha256(f"{sys.version}\0{_stemmer_version()}\0".encode())
    for source in sorted(_CODE_DIR.glob("*.py")):
        digest.update(source.name.encode() + b"\0" + source.read_bytes())
    for entry in entries:
        digest.update("\0".join(entry).encode() + b"\n")
    return digest.hexdigest()[:32]


def _stemmer_version() -> str:
    import Stemmer

    return str(Stemmer.__version__) if hasattr(Stemmer, "__version__") else "unknown"


def saved_index(entries: Sequence[Entry], directory: Path) -> MatchIndex:
    """The index for these phrases: read from `directory` when built before, else built and saved there."""
    path = directory / f"{PREFIX}{index_key(entries)}.pickle"
    index = _read(path)
    if index is None:
        index = MatchIndex(entries)
        _write(path, index)
    return index


def _read(path: Path) -> MatchIndex | None:
    """A saved index, or None if there is none or it cannot be read (then it is built again)."""
    try:
        with path.open("rb") as handle:
            index = pickle.load(handle)
    except FileNotFoundError:
        return None
    except Exception as error:  # a truncated or foreign file: unpickling can raise almost anything
        log.warning("rebuilding the match index: %s is unreadable (%s)", path, error)
        return None
    return index if isinstance(index, MatchIndex) else None


def _write(path: Path, index: MatchIndex) -> None:
    """Save atomically (parallel workers may write the same key) and drop indexes of older keys."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".pickle")
    except OSError as error:  # a read-only var dir only costs the build next time
        log.warning("could not save the match index to %s: %s", path, error)
        return
    try:
        with os.fdopen(handle, "wb") as stream:
            pickle.dump(index, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except OSError as error:  # a full disk: no half-written index is left behind
        Path(temporary).unlink(missing_ok=True)
        log.warning("could not save the match index to %s: %s", path, error)
        return
    for older in path.parent.glob(f"{PREFIX}*.pickle"):
        if older != path:
            older.unlink(missing_ok=True)
