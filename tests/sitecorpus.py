"""Corpora as the site's writers see them (CorpusIndex), for the tests of those writers.

A small hand-made corpus whose every part is known, and the real seeds with topics from the
real taxonomy (the seeds come from the one seed loader, ``tests.corpus``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from pelican.plugins.briefing.analysis.editorial import load_gazetteer, load_taxonomy
from pelican.plugins.briefing.analysis.topics import assign_topics
from pelican.plugins.briefing.model import (
    Article,
    Corpus,
    Event,
    Figure,
    Gazetteer,
    Paragraph,
    Taxonomy,
    Topic,
    TopicMatch,
)
from pelican.plugins.briefing.site.lookups import CorpusIndex
from pelican.plugins.briefing.site.urls import SiteUrls
from tests.corpus import ROOT, seed_articles

RAFAH = Topic("rafah", "Rafah", "The city.", ())
AID = Topic("aid", "Humanitarian aid", "Food and medicine.", ())


def small_corpus() -> Corpus:
    """Two articles: one with a paragraph on Rafah, one an editor put on aid as a whole."""
    first = Article(
        "first",
        "Talks resume",
        date(2024, 3, 2),
        "AFP",
        (Paragraph("p1", "Talks resumed.", "Talks resumed."), Paragraph("p2", "Rafah & more", "")),
    )
    second = Article(
        "second", "Aid <arrives>", date(2024, 3, 1), "Xinhua", (Paragraph("p1", "Trucks.", ""),)
    )
    matches = {
        "first": (TopicMatch("rafah", "first", "p2", ("Rafah",), 1.0),),
        "second": (
            TopicMatch("aid", "second", None, ()),
            TopicMatch("unknown-topic", "second", "p1", ("x",), 1.0),
        ),
    }
    return Corpus((first, second), Taxonomy((RAFAH, AID)), Gazetteer(()), topic_matches=matches)


def small_index() -> CorpusIndex:
    """The small corpus with one figure, one event and one original address."""
    corpus = small_corpus()
    corpus.figures = {
        "first": (
            Figure("30", 30.0, None, "killed", "people", "AFP", date(2024, 3, 2), "first", "p2"),
        )
    }
    corpus.events = {"second": (Event(date(2024, 3, 1), "on Friday", "Trucks.", "second", "p1"),)}
    first, second = corpus.articles
    corpus.articles = (replace(first, original_url="https://example.org/talks"), second)
    return CorpusIndex(corpus)


def seed_index() -> CorpusIndex:
    """The seeds, newest first, with topics from the real taxonomy, as the build gathers them."""
    taxonomy = load_taxonomy(ROOT / "content" / "taxonomy.yml")
    articles = tuple(sorted(seed_articles().values(), key=lambda a: a.date, reverse=True))
    matches = {a.slug: assign_topics(a, taxonomy) for a in articles}
    gazetteer = load_gazetteer(ROOT / "content" / "gazetteer.yml")
    return CorpusIndex(Corpus(articles, taxonomy, gazetteer, topic_matches=matches))


def urls_for(articles) -> SiteUrls:
    """Site URLs with article pages at ``articles/<slug>.html``."""
    return SiteUrls({a.slug: f"articles/{a.slug}.html" for a in articles})
