"""Keep per-article analysis results between builds, in Pelican's cache folder.

The file is named after a digest of the analysis code, so changing a stage discards it; inside,
results are keyed by the article's content and the editorial data (see ``pipeline``).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from briefing import cachefile, pipeline
from briefing.model import Article, Corpus, Gazetteer, Taxonomy

_CODE = ("pipeline", "model", "topics", "entities", "quotes", "figures", "timeline")
"""Modules whose code decides the per-article results."""


def analyse_cached(
    articles: Sequence[Article],
    taxonomy: Taxonomy,
    gazetteer: Gazetteer,
    related_limit: int,
    folder: Path | None,
    *,
    progress: bool = False,
) -> Corpus:
    """Run ``pipeline.analyse`` with results cached under ``folder`` (None: no cache)."""
    path = cachefile.cache_path(folder, "briefing-analysis", _CODE) if folder else None
    used = cachefile.load(path) if path else cachefile.UsedEntries({})
    corpus = pipeline.analyse(
        articles,
        taxonomy,
        gazetteer,
        related_limit,
        cache=used,
        workers=len(os.sched_getaffinity(0)),
        progress=progress,
    )
    if path:
        cachefile.save(path, used)
    return corpus
