"""Keep per-article analysis results between builds, in Pelican's cache folder.

The file is named after a digest of the analysis code, so changing a stage discards it; inside,
results are keyed by the article's content and the editorial data (see ``runner``).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from .. import caching
from ..model import Article, Corpus, Gazetteer, Taxonomy
from . import runner


def analyse_cached(
    articles: Sequence[Article],
    taxonomy: Taxonomy,
    gazetteer: Gazetteer,
    related_limit: int,
    folder: Path | None,
    *,
    progress: bool = False,
) -> Corpus:
    """Run ``runner.analyse`` with results cached under ``folder`` (None: no cache)."""
    path = caching.cache_path(folder, "briefing-analysis", caching.ANALYSIS) if folder else None
    used = caching.load(path) if path else caching.UsedEntries({})
    corpus = runner.analyse(
        articles,
        taxonomy,
        gazetteer,
        related_limit,
        cache=used,
        workers=len(os.sched_getaffinity(0)),
        progress=progress,
    )
    if path:
        caching.save(path, used)
    return corpus
