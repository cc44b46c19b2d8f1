"""Run the stage table over a corpus: per-article stages (cached, on every core), then the rest.

Every stage but ``related`` looks at one article at a time, so those results are cached by the
article's content and the editorial data, and, when many articles are new, computed on every
core.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
from collections.abc import MutableMapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context

from ..model import Article, Corpus, Gazetteer, Taxonomy
from ..progress import Step
from .stages import STAGES, article_fields, run_stage

PARALLEL_THRESHOLD = 200
"""Fewer new articles than this are analysed in this process: starting workers costs ~1 s."""
CHUNK = 50
"""Articles sent to a worker at a time."""
_ARTICLE_STAGES = tuple(stage for stage in STAGES if stage.per_article)
_CORPUS_STAGES = tuple(stage for stage in STAGES if not stage.per_article)


def analyse(
    articles: Sequence[Article],
    taxonomy: Taxonomy,
    gazetteer: Gazetteer,
    related_limit: int = 5,
    *,
    cache: MutableMapping[str, dict] | None = None,
    workers: int = 1,
    progress: bool = False,
) -> Corpus:
    """Return the corpus model: articles newest first, with the result of every stage.

    ``cache`` maps an article's content key to its per-article results; missing entries are
    computed (on up to ``workers`` processes) and added. ``progress`` shows a progress bar.
    """
    ordered = newest_first(articles)
    found = _per_article(
        ordered, taxonomy, gazetteer, {} if cache is None else cache, workers, progress
    )
    fields = {
        name: {a.slug: found[i][name] for i, a in enumerate(ordered)} for name in article_fields()
    }
    corpus = Corpus(ordered, taxonomy, gazetteer, **fields)
    for stage in _CORPUS_STAGES:
        inputs = {"articles": ordered, "related_limit": related_limit, **fields}
        produced = run_stage(stage, inputs)
        fields.update(produced)
        corpus = dataclasses.replace(corpus, **produced)
    return corpus


def newest_first(articles: Sequence[Article]) -> tuple[Article, ...]:
    """Dated articles newest first, then the undated ones, by slug: no date is made up."""
    dated = sorted((a for a in articles if a.date), key=lambda a: (a.date, a.slug), reverse=True)
    undated = sorted((a for a in articles if not a.date), key=lambda a: a.slug)
    return (*dated, *undated)


def _per_article(
    articles: tuple[Article, ...],
    taxonomy: Taxonomy,
    gazetteer: Gazetteer,
    cache: MutableMapping[str, dict],
    workers: int,
    progress: bool,
) -> list[dict]:
    """Per-article results in article order, from the cache or freshly computed."""
    editorial = hashlib.sha256(repr((taxonomy, gazetteer)).encode()).hexdigest()
    keys = [_key(editorial, article) for article in articles]
    missing = list(
        {key: a for key, a in zip(keys, articles, strict=True) if key not in cache}.items()
    )
    with Step("analyse", len(missing), "article", shown=progress) as bar:
        for (key, _), result in zip(
            missing, _compute(missing, taxonomy, gazetteer, workers, bar), strict=True
        ):
            cache[key] = result
    return [cache[key] for key in keys]


def _key(editorial: str, article: Article) -> str:
    """Cache key: the article's whole content and the editorial data it was analysed with."""
    return hashlib.sha256(f"{editorial}\0{article!r}".encode()).hexdigest()


def _compute(missing: list, taxonomy: Taxonomy, gazetteer: Gazetteer, workers: int, bar: Step):
    """Yield the results of ``missing`` (key, article) pairs in order, in parallel if many."""
    chunks = [
        ([article for _, article in missing[start : start + CHUNK]], taxonomy, gazetteer)
        for start in range(0, len(missing), CHUNK)
    ]
    if workers < 2 or len(missing) < PARALLEL_THRESHOLD:
        results = map(_analyse_chunk, chunks)
        pool = None
    else:
        # spawn, not fork: forked workers would share (and count) the whole Pelican process.
        pool = ProcessPoolExecutor(
            min(workers, os.cpu_count() or 1), mp_context=get_context("spawn")
        )
        results = pool.map(_analyse_chunk, chunks)
    try:
        for chunk_results in results:
            bar.advance(len(chunk_results))
            yield from chunk_results
    finally:
        if pool:
            pool.shutdown()


def _analyse_chunk(chunk: tuple[list[Article], Taxonomy, Gazetteer]) -> list[dict]:
    """Run the per-article stages over some articles (in a worker or in this process)."""
    articles, taxonomy, gazetteer = chunk
    return [_analyse_article(article, taxonomy, gazetteer) for article in articles]


def _analyse_article(article: Article, taxonomy: Taxonomy, gazetteer: Gazetteer) -> dict:
    """Every per-article stage's fields for one article, only those (not the inputs)."""
    found: dict = {"article": article, "taxonomy": taxonomy, "gazetteer": gazetteer}
    for stage in _ARTICLE_STAGES:
        found.update(run_stage(stage, found))
    return {field: found[field] for field in article_fields()}
