"""Pickled result caches in the build's cache folder, named after the code that made them.

A cache file is ``<prefix>-<digest of the code's modules>.pickle``: changing that code starts a
fresh cache. Only the entries a run used are written back, so a file never outgrows the corpus.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from collections.abc import Sequence
from pathlib import Path


def code_digest(modules: Sequence[str]) -> str:
    """A short digest of the source of ``modules`` (names under ``briefing.``)."""
    digest = hashlib.sha256()
    for name in modules:
        digest.update(Path(sys.modules[f"briefing.{name}"].__file__).read_bytes())
    return digest.hexdigest()[:16]


def cache_path(folder: Path, prefix: str, modules: Sequence[str]) -> Path:
    """The cache file for results of ``modules``."""
    return folder / f"{prefix}-{code_digest(modules)}.pickle"


class UsedEntries(dict):
    """A cache view that serves stored entries and remembers which ones the run used."""

    def __init__(self, stored: dict) -> None:
        """Start empty: only what this run asks for is kept."""
        super().__init__()
        self._stored = stored
        self.changed = False

    def __contains__(self, key: object) -> bool:
        """Whether ``key`` is cached; a stored entry is adopted on first use."""
        if not super().__contains__(key) and key in self._stored:
            super().__setitem__(key, self._stored[key])
        return super().__contains__(key)

    def __setitem__(self, key: str, value: object) -> None:
        """Add a fresh result."""
        self.changed = True
        super().__setitem__(key, value)

    def outdated(self) -> bool:
        """Whether the stored file differs from what this run used."""
        return self.changed or self.keys() != self._stored.keys()


def load(path: Path) -> UsedEntries:
    """Read a cache; a missing or unreadable file is an empty cache."""
    try:
        with path.open("rb") as stream:
            # Our own file in the build's cache folder, written by save() below.
            data = pickle.load(stream)  # noqa: S301
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        data = {}
    return UsedEntries(data if isinstance(data, dict) else {})


def save(path: Path, entries: UsedEntries) -> None:
    """Write the used entries atomically if they changed; drop caches made by older code."""
    if not entries.outdated():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    with partial.open("wb") as stream:
        pickle.dump(dict(entries), stream, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(partial, path)
    prefix = path.name.rsplit("-", 1)[0]
    for old in path.parent.glob(f"{prefix}-*.pickle"):
        if old != path:
            old.unlink(missing_ok=True)
