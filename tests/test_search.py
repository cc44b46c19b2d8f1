"""Tests for the offline search index (briefing.search)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pelican.plugins.briefing.analysis.editorial import load_gazetteer, load_taxonomy
from pelican.plugins.briefing.analysis.topics import assign_topics
from pelican.plugins.briefing.model import (
    Article,
    Corpus,
    Gazetteer,
    Paragraph,
    Taxonomy,
    Topic,
    TopicMatch,
)
from pelican.plugins.briefing.site.lookups import CorpusIndex
from pelican.plugins.briefing.site.search_index import search_documents
from pelican.plugins.briefing.site.urls import SiteUrls

ROOT = Path(__file__).resolve().parent.parent
SEED_FACTS = {
    "000": ("seed-000", date(2024, 4, 7), "Agencies"),
    "001": ("seed-001", date(2024, 3, 21), "AFP"),
    "002": ("seed-002", date(2024, 2, 21), "Xinhua"),
}


def seed_articles() -> list[Article]:
    """The real seeds, one Paragraph per non-empty line (anchors p1, p2...), newest first."""
    articles = []
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        slug, day, source = SEED_FACTS[seed.name[:3]]
        lines = [line.strip() for line in seed.read_text(encoding="utf-8").splitlines()]
        paragraphs = tuple(
            Paragraph(f"p{n}", text, text) for n, text in enumerate(filter(None, lines), 1)
        )
        articles.append(Article(slug, f"Headline {slug}", day, source, paragraphs))
    return sorted(articles, key=lambda a: a.date, reverse=True)


def seed_index() -> CorpusIndex:
    """The seeds with topics from the real taxonomy, as the build gathers them."""
    taxonomy = load_taxonomy(ROOT / "content" / "taxonomy.yml")
    articles = tuple(seed_articles())
    matches = {a.slug: assign_topics(a, taxonomy) for a in articles}
    gazetteer = load_gazetteer(ROOT / "content" / "gazetteer.yml")
    return CorpusIndex(Corpus(articles, taxonomy, gazetteer, topic_matches=matches))


def urls_for(articles) -> SiteUrls:
    """Site URLs with article pages at ``articles/<slug>.html``."""
    return SiteUrls({a.slug: f"articles/{a.slug}.html" for a in articles})


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


def test_small_corpus_gives_one_document_per_paragraph():
    corpus = small_corpus()
    assert search_documents(CorpusIndex(corpus), urls_for(corpus.articles)) == {
        "topics": ["Rafah", "Humanitarian aid"],
        "articles": [
            {
                "title": "Talks resume",
                "url": "articles/first.html",
                "source": "AFP",
                "date": "2024-03-02",
            },
            {
                "title": "Aid <arrives>",
                "url": "articles/second.html",
                "source": "Xinhua",
                "date": "2024-03-01",
            },
        ],
        "paragraphs": [
            {"article": 0, "anchor": "p1", "text": "Talks resumed.", "topics": []},
            {"article": 0, "anchor": "p2", "text": "Rafah & more", "topics": [0]},
            # An editor's topic covers every paragraph; a topic not in the taxonomy is dropped.
            {"article": 1, "anchor": "p1", "text": "Trucks.", "topics": [1]},
        ],
    }


def test_empty_corpus_gives_empty_lists():
    corpus = Corpus((), Taxonomy(()), Gazetteer(()))
    assert search_documents(CorpusIndex(corpus), urls_for(())) == {
        "topics": [],
        "articles": [],
        "paragraphs": [],
    }


@pytest.fixture(scope="module")
def seed_documents() -> dict:
    index = seed_index()
    return search_documents(index, urls_for(index.corpus.articles))


def test_seeds_give_every_line_as_a_document(seed_documents):
    per_article = [0, 0, 0]
    for document in seed_documents["paragraphs"]:
        per_article[document["article"]] += 1
    # 000 has 12 non-empty lines, 001 has 34, 002 has 8; newest article first.
    assert per_article == [12, 34, 8]
    assert [a["url"] for a in seed_documents["articles"]] == [
        "articles/seed-000.html",
        "articles/seed-001.html",
        "articles/seed-002.html",
    ]


def test_seed_paragraph_on_rafah_carries_the_topic(seed_documents):
    topics = seed_documents["topics"]
    by_key = {(d["article"], d["anchor"]): d for d in seed_documents["paragraphs"]}
    # 001 p4: "... a fresh ground offensive in the crowded southern city of Rafah."
    rafah_paragraph = by_key[1, "p4"]
    assert rafah_paragraph["text"].endswith("southern city of Rafah.")
    assert "Rafah" in [topics[t] for t in rafah_paragraph["topics"]]
    # 000 p3 is the Al-Qassam Brigades' threat: no place, no talks, no figure.
    assert "Rafah" not in [topics[t] for t in by_key[0, "p3"]["topics"]]
