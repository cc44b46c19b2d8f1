"""An entity's pages show its quotes with the articles they list; none is lost."""

from __future__ import annotations

from dataclasses import replace

from pelican.plugins.briefing.model import Entity, Gazetteer, Mention, Quote
from pelican.plugins.briefing.site.lookups import CorpusIndex
from pelican.plugins.briefing.site.pages import pages
from tests.sitecorpus import small_corpus, urls_for


def test_a_quote_from_an_article_that_does_not_name_the_speaker_is_on_the_first_page():
    corpus = small_corpus()
    corpus.gazetteer = Gazetteer((Entity("envoy", "Lena Ortiz", "person"),))
    corpus.mentions = {"first": (Mention("envoy", "first", "p1", 0, 5, "Talks"),)}
    named = Quote("Talks will resume on Monday", "envoy", None, "first", "p1")
    unnamed = Quote("The trucks are at the border", "envoy", None, "second", "p1")
    corpus.quotes = {"first": (named,), "second": (unnamed,)}
    index = CorpusIndex(corpus)
    (page,) = [p for p in pages(index, urls_for(corpus.articles), 1) if p.template == "entity"]
    assert [e.article.slug for e in page.variables["entries"]] == ["first"]
    assert page.variables["quotes"] == [named]
    assert page.variables["quoted_elsewhere"] == [unnamed]
    # A later page lists only what its articles say: two articles, a page each.
    corpus.mentions = {
        **corpus.mentions,
        "second": (replace(corpus.mentions["first"][0], article="second"),),
    }
    index = CorpusIndex(corpus)
    entity_pages = [p for p in pages(index, urls_for(corpus.articles), 1) if p.template == "entity"]
    shown = [(p.variables["quotes"], p.variables["quoted_elsewhere"]) for p in entity_pages]
    assert sorted(q.text for quotes, _ in shown for q in quotes) == sorted(
        (named.text, unnamed.text)
    )
    assert all(not elsewhere for _, elsewhere in shown)
