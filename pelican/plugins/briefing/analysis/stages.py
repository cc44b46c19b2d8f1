"""Gather: run the analysis stages, in order, over the whole corpus before any page is written.

Every stage but ``related`` looks at one article at a time, so those results are cached by the
article's content (``cache``) and, when many articles are new, computed on every core.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
from collections.abc import Callable, MutableMapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from typing import NamedTuple

from tqdm import tqdm

from ..model import Article, Corpus, Gazetteer, Taxonomy
from . import entities, figures, quotes, related, timeline, topics

PARALLEL_THRESHOLD = 200
"""Fewer new articles than this are analysed in this process: starting workers costs ~1 s."""
CHUNK = 50
"""Articles sent to a worker at a time."""


class ArticleStage(NamedTuple):
    """A stage that reads one article (and what earlier stages found in it)."""

    name: str
    """Name used in reports and tests."""
    run: Callable[[Article, Taxonomy, Gazetteer, dict], dict]
    """Returns ``{corpus field: this article's value}``; the dict holds earlier results."""


class CorpusStage(NamedTuple):
    """A stage that needs the whole corpus at once."""

    name: str
    """Name used in reports and tests."""
    run: Callable[[Corpus, int], dict]
    """Returns ``{corpus field: value}``; the int is the related-articles limit."""


def _topics(article: Article, taxonomy: Taxonomy, _gazetteer: Gazetteer, _found: dict) -> dict:
    """Assign topics to every paragraph."""
    return {"topic_matches": topics.assign_topics(article, taxonomy)}


def _entities(article: Article, _taxonomy: Taxonomy, gazetteer: Gazetteer, _found: dict) -> dict:
    """Find gazetteer entities and candidate names."""
    found = entities.find_mentions(article, gazetteer)
    return {"mentions": found.mentions, "candidates": found.candidates}


def _quotes(article: Article, _taxonomy: Taxonomy, gazetteer: Gazetteer, found: dict) -> dict:
    """Find quotes and their speakers."""
    return {"quotes": quotes.find_quotes(article, found["mentions"], gazetteer)}


def _figures(article: Article, _taxonomy: Taxonomy, _gazetteer: Gazetteer, _found: dict) -> dict:
    """Find numeric claims."""
    return {"figures": figures.find_figures(article)}


def _timeline(article: Article, _taxonomy: Taxonomy, _gazetteer: Gazetteer, _found: dict) -> dict:
    """Find dated events."""
    return {"events": timeline.find_events(article)}


def _related(corpus: Corpus, limit: int) -> dict:
    """Relate articles through shared topics and rare terms."""
    return {"related": related.relate(corpus.articles, corpus.topic_matches, limit)}


ARTICLE_STAGES: tuple[ArticleStage, ...] = (
    ArticleStage("topics", _topics),
    ArticleStage("entities", _entities),
    ArticleStage("quotes", _quotes),
    ArticleStage("figures", _figures),
    ArticleStage("timeline", _timeline),
)
CORPUS_STAGES: tuple[CorpusStage, ...] = (CorpusStage("related", _related),)
STAGES: tuple[ArticleStage | CorpusStage, ...] = (*ARTICLE_STAGES, *CORPUS_STAGES)
"""The stage order; quotes need entities, related needs topics."""
ARTICLE_FIELDS = ("topic_matches", "mentions", "candidates", "quotes", "figures", "events")
"""Corpus fields filled article by article."""


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
    ordered = tuple(sorted(articles, key=lambda a: (a.date, a.slug), reverse=True))
    found = _per_article(
        ordered, taxonomy, gazetteer, {} if cache is None else cache, workers, progress
    )
    fields = {
        name: {a.slug: found[i][name] for i, a in enumerate(ordered)} for name in ARTICLE_FIELDS
    }
    corpus = Corpus(ordered, taxonomy, gazetteer, **fields)
    for stage in CORPUS_STAGES:
        corpus = dataclasses.replace(corpus, **stage.run(corpus, related_limit))
    return corpus


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
    bar = tqdm(total=len(missing), desc="analyse", unit="article", disable=not progress)
    with bar:
        for (key, _), result in zip(
            missing, _compute(missing, taxonomy, gazetteer, workers, bar), strict=True
        ):
            cache[key] = result
    return [cache[key] for key in keys]


def _key(editorial: str, article: Article) -> str:
    """Cache key: the article's whole content and the editorial data it was analysed with."""
    return hashlib.sha256(f"{editorial}\0{article!r}".encode()).hexdigest()


def _compute(missing: list, taxonomy: Taxonomy, gazetteer: Gazetteer, workers: int, bar: tqdm):
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
            bar.update(len(chunk_results))
            yield from chunk_results
    finally:
        if pool:
            pool.shutdown()


def _analyse_chunk(chunk: tuple[list[Article], Taxonomy, Gazetteer]) -> list[dict]:
    """Run the per-article stages over some articles (in a worker or in this process)."""
    articles, taxonomy, gazetteer = chunk
    return [_analyse_article(article, taxonomy, gazetteer) for article in articles]


def _analyse_article(article: Article, taxonomy: Taxonomy, gazetteer: Gazetteer) -> dict:
    """Every per-article stage's fields for one article."""
    found: dict = {}
    for stage in ARTICLE_STAGES:
        found.update(stage.run(article, taxonomy, gazetteer, found))
    return found
