"""Keep per-article analysis results between builds, in Pelican's cache folder.

The file is named after a digest of the analysis code, so changing a stage discards it; inside,
results are keyed by the article's content and the editorial data (see ``pipeline``). Only the
entries of the current build are written back, so the file never outgrows the corpus.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from collections.abc import Sequence
from pathlib import Path

from briefing import pipeline
from briefing.model import Article, Corpus, Gazetteer, Taxonomy

_CODE = ("pipeline", "model", "topics", "entities", "quotes", "figures", "timeline")
"""Modules whose code decides the per-article results."""


def analyse_cached(
    articles: Sequence[Article],
    taxonomy: Taxonomy,
    gazetteer: Gazetteer,
    related_limit: int,
    folder: Path | None,
) -> Corpus:
    """Run ``pipeline.analyse`` with results cached under ``folder`` (None: no cache)."""
    path = folder / f"briefing-analysis-{_code_digest()}.pickle" if folder else None
    stored = _load(path) if path else {}
    used: dict[str, dict] = _Recorder(stored)
    corpus = pipeline.analyse(
        articles,
        taxonomy,
        gazetteer,
        related_limit,
        cache=used,
        workers=len(os.sched_getaffinity(0)),
        progress=len(articles) > pipeline.PARALLEL_THRESHOLD,
    )
    if path and (used.keys() != stored.keys() or used.changed):
        _save(path, dict(used))
    return corpus


class _Recorder(dict):
    """A cache view that serves stored entries and remembers which ones the build used."""

    def __init__(self, stored: dict) -> None:
        """Start empty: only what this build asks for is kept."""
        super().__init__()
        self._stored = stored
        self.changed = False

    def __contains__(self, key: object) -> bool:
        """Whether ``key`` is cached; a stored entry is adopted on first use."""
        if not super().__contains__(key) and key in self._stored:
            super().__setitem__(key, self._stored[key])
        return super().__contains__(key)

    def __setitem__(self, key: str, value: dict) -> None:
        """Add a fresh result."""
        self.changed = True
        super().__setitem__(key, value)


def _code_digest() -> str:
    """A short digest of the source of the modules that make per-article results."""
    digest = hashlib.sha256()
    for name in _CODE:
        digest.update(Path(sys.modules[f"briefing.{name}"].__file__).read_bytes())
    return digest.hexdigest()[:16]


def _load(path: Path) -> dict:
    """Read the cache; a missing or unreadable file is an empty cache."""
    try:
        with path.open("rb") as stream:
            # Our own file in the build's cache folder, written by _save below.
            data = pickle.load(stream)  # noqa: S301
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return {}
    return data if isinstance(data, dict) else {}


def _save(path: Path, results: dict) -> None:
    """Write the cache atomically and drop caches of older code."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    with partial.open("wb") as stream:
        pickle.dump(results, stream, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(partial, path)
    for old in path.parent.glob("briefing-analysis-*.pickle"):
        if old != path:
            old.unlink(missing_ok=True)
