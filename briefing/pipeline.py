"""Gather: run the analysis stages, in order, over the whole corpus before any page is written."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import NamedTuple

from briefing import entities, figures, quotes, related, timeline, topics
from briefing.model import Article, Corpus, Gazetteer, Taxonomy


class Stage(NamedTuple):
    """One analysis stage: a name and a pure function from the corpus so far to new fields."""

    name: str
    """Name used in reports and tests."""
    run: Callable[[Corpus, int], dict]
    """Returns ``{corpus field: value}``; the int is the related-articles limit."""


def _topics(corpus: Corpus, _limit: int) -> dict:
    """Assign topics to every paragraph."""
    matches = {a.slug: topics.assign_topics(a, corpus.taxonomy) for a in corpus.articles}
    return {"topic_matches": matches}


def _entities(corpus: Corpus, _limit: int) -> dict:
    """Find gazetteer entities and candidate names."""
    found = {a.slug: entities.find_mentions(a, corpus.gazetteer) for a in corpus.articles}
    return {
        "mentions": {slug: f.mentions for slug, f in found.items()},
        "candidates": {slug: f.candidates for slug, f in found.items()},
    }


def _quotes(corpus: Corpus, _limit: int) -> dict:
    """Find quotes and their speakers."""
    return {
        "quotes": {
            a.slug: quotes.find_quotes(a, corpus.mentions[a.slug], corpus.gazetteer)
            for a in corpus.articles
        }
    }


def _figures(corpus: Corpus, _limit: int) -> dict:
    """Find numeric claims."""
    return {"figures": {a.slug: figures.find_figures(a) for a in corpus.articles}}


def _timeline(corpus: Corpus, _limit: int) -> dict:
    """Find dated events."""
    return {"events": {a.slug: timeline.find_events(a) for a in corpus.articles}}


def _related(corpus: Corpus, limit: int) -> dict:
    """Relate articles through shared topics and rare terms."""
    return {"related": related.relate(corpus.articles, corpus.topic_matches, limit)}


STAGES: tuple[Stage, ...] = (
    Stage("topics", _topics),
    Stage("entities", _entities),
    Stage("quotes", _quotes),
    Stage("figures", _figures),
    Stage("timeline", _timeline),
    Stage("related", _related),
)
"""The stage order; quotes need entities, related needs topics."""


def analyse(
    articles: Sequence[Article], taxonomy: Taxonomy, gazetteer: Gazetteer, related_limit: int = 5
) -> Corpus:
    """Return the corpus model: articles newest first, with the result of every stage."""
    ordered = tuple(sorted(articles, key=lambda a: (a.date, a.slug), reverse=True))
    corpus = Corpus(ordered, taxonomy, gazetteer)
    for stage in STAGES:
        corpus = dataclasses.replace(corpus, **stage.run(corpus, related_limit))
    return corpus
