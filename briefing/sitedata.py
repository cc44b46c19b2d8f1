"""What the briefing writes besides article pages: the page list, briefing.json, the sitemap."""

from __future__ import annotations

from collections import defaultdict
from typing import NamedTuple
from xml.sax.saxutils import escape as xml_escape

from briefing.index import CorpusIndex
from briefing.model import Corpus


class Page(NamedTuple):
    """One page to render."""

    save_as: str
    """Output path, relative to the output folder."""
    template: str
    """Template name without ``.html``."""
    variables: dict
    """Extra template variables."""


def pages(index: CorpusIndex, urls) -> list[Page]:
    """Every briefing page beyond the article pages, home and archive, in writing order."""
    topics = index.corpus.taxonomy.topics
    listed = [
        Page("entities/index.html", "entities", {"page_title": "People and organisations"}),
        Page("quotes.html", "quotes", {"page_title": "Who said what"}),
        Page("figures.html", "figures", {"page_title": "Figures"}),
        Page("timeline.html", "timeline", {"page_title": "Timeline", "topic": None}),
        Page("method.html", "method", {"page_title": "How this briefing is made"}),
        Page("search.html", "search", {"page_title": "Search"}),
    ]
    listed += [
        Page(urls.topic(t.slug), "topic", {"topic": t, "page_title": t.name}) for t in topics
    ]
    listed += [
        Page(
            urls.topic_timeline(t.slug),
            "timeline",
            {"topic": t, "page_title": f"Timeline: {t.name}"},
        )
        for t in topics
    ]
    listed += [
        Page(urls.entity(e.id), "entity", {"entity": e, "page_title": e.name})
        for e in index.mentioned_entities()
    ]
    return listed


def briefing_json(index: CorpusIndex, urls) -> dict:
    """The machine-readable briefing: articles and topics with their links."""
    corpus = index.corpus
    topics_of = {
        a.slug: [t.slug for t, _, _ in index.article_topics(a.slug)] for a in corpus.articles
    }
    articles = [
        {
            "slug": a.slug,
            "title": a.title,
            "date": a.date.isoformat(),
            "source": a.source,
            "seed": a.seed,
            "url": urls.article(a.slug),
            "topics": topics_of[a.slug],
        }
        for a in corpus.articles
    ]
    topics = [
        {
            "slug": t.slug,
            "name": t.name,
            "url": urls.topic(t.slug),
            "articles": [e.article.slug for e in index.topic_entries(t.slug)],
        }
        for t in corpus.taxonomy.topics
    ]
    return {"articles": articles, "topics": topics}


def sitemap(index: CorpusIndex, urls, site_url: str) -> str:
    """A sitemap of every page of the served site."""
    corpus = index.corpus
    locations = ["index.html", "archives.html"]
    locations += [urls.article(a.slug) for a in corpus.articles]
    locations += [page.save_as for page in pages(index, urls)]
    lastmod = {urls.article(a.slug): a.date.isoformat() for a in corpus.articles}
    entries = [
        f"  <url><loc>{xml_escape(site_url + '/' + location)}</loc>"
        + (f"<lastmod>{lastmod[location]}</lastmod>" if location in lastmod else "")
        + "</url>"
        for location in locations
    ]
    header = '<?xml version="1.0" encoding="UTF-8"?>\n'
    namespace = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
    return header + namespace + "\n".join(entries) + "\n</urlset>\n"


def check_corpus(corpus: Corpus) -> list[str]:
    """Warnings an editor should act on: unknown topics in front matter, unknown entities."""
    known = {t.slug for t in corpus.taxonomy.topics}
    warnings = []
    for article in corpus.articles:
        for slug in (*article.topics_added, *article.topics_removed):
            if slug not in known:
                warnings.append(f"{article.slug}: unknown topic {slug!r} in front matter")
    places: dict[str, list[str]] = defaultdict(list)
    for slug, candidates in sorted(corpus.candidates.items()):
        for candidate in candidates:
            places[candidate.name].append(f"{slug}#{candidate.anchor}")
    for name, where in sorted(places.items()):
        warnings.append(
            f"unknown entity {name!r} in {', '.join(where[:3])}"
            + (f" and {len(where) - 3} more" if len(where) > 3 else "")
            + "; add it to the gazetteer if it matters"
        )
    return warnings
