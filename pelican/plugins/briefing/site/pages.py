"""What the briefing writes besides article pages: the page list, briefing.json, the sitemap."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterator
from functools import partial
from typing import NamedTuple
from xml.sax.saxutils import escape as xml_escape

from ..model import Article, Corpus, Entity, Figure
from .lookups import CorpusIndex


class Page(NamedTuple):
    """One page to render."""

    save_as: str
    """Output path, relative to the output folder."""
    template: str
    """Template name without ``.html``."""
    variables: dict
    """Extra template variables."""


class Pagination(NamedTuple):
    """Where one page sits among the pages of a long list of articles."""

    number: int
    """This page's number, from 1."""
    urls: tuple[str, ...]
    """Site-relative URL of every page of the list, in order."""
    first: int
    """Position of this page's first article in the whole list, from 1."""
    shown: int
    """How many articles this page shows."""
    total: int
    """How many articles the whole list has."""


def pages(index: CorpusIndex, urls, page_size: int = 0) -> list[Page]:
    """Every briefing page beyond the article pages, home and archive, in writing order.

    Topic and entity pages list ``page_size`` articles each (0: all on one page), newest first.
    """
    topics = index.corpus.taxonomy.topics
    listed = [
        Page("entities/index.html", "entities", {"page_title": "People and organisations"}),
        Page("quotes.html", "quotes", {"page_title": "Who said what"}),
        Page("figures.html", "figures", {"page_title": "Figures"}),
        Page("timeline.html", "timeline", {"page_title": "Timeline", "topic": None}),
        Page("method.html", "method", {"page_title": "How this briefing is made"}),
        Page("search.html", "search", {"page_title": "Search"}),
    ]
    for topic in topics:
        entries = index.topic_entries(topic.slug)
        listed += _paginated(
            "topic",
            entries,
            partial(urls.topic, topic.slug),
            page_size,
            {"topic": topic, "page_title": topic.name},
        )
    listed += [
        Page(
            urls.topic_timeline(t.slug),
            "timeline",
            {"topic": t, "page_title": f"Timeline: {t.name}"},
        )
        for t in topics
    ]
    for entity in index.mentioned_entities():
        entries = index.entity_entries(entity.id)
        listed += _paginated(
            "entity",
            entries,
            partial(urls.entity, entity.id),
            page_size,
            {"entity": entity, "page_title": entity.name},
        )
    return listed


def _paginated(
    template: str, entries: list, url_of: Callable[[int], str], page_size: int, variables: dict
) -> list[Page]:
    """The pages of one long list: ``entries`` cut into pages of ``page_size`` (0: one page)."""
    size = page_size or max(len(entries), 1)
    chunks = [entries[start : start + size] for start in range(0, len(entries), size)] or [[]]
    page_urls = tuple(url_of(number) for number in range(1, len(chunks) + 1))
    return [
        Page(
            page_urls[number - 1],
            template,
            {
                **variables,
                "entries": chunk,
                "pagination": Pagination(
                    number, page_urls, (number - 1) * size + 1, len(chunk), len(entries)
                ),
            },
        )
        for number, chunk in enumerate(chunks, 1)
    ]


def briefing_json(index: CorpusIndex, urls) -> Iterator[str]:
    """The machine-readable briefing (articles, topics and entities with their links), as
    compact JSON text in pieces: one article at a time, never the whole 100 MB of it at once."""
    corpus = index.corpus
    yield '{"articles":['
    for number, article in enumerate(corpus.articles):
        yield ("," if number else "") + compact_json(_article_json(index, urls, article))
    topics = [
        {
            "slug": t.slug,
            "name": t.name,
            "url": urls.topic(t.slug),
            "articles": [e.article.slug for e in index.topic_entries(t.slug)],
        }
        for t in corpus.taxonomy.topics
    ]
    yield '],"topics":' + compact_json(topics) + ',"entities":['
    for number, entity in enumerate(index.mentioned_entities()):
        yield ("," if number else "") + compact_json(_entity_json(index, urls, entity))
    yield "]}"


def compact_json(value: object) -> str:
    """JSON without spaces or ASCII escapes."""
    # An indent would make json fall back to its pure-Python encoder (23 s at 10,000 articles).
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _article_json(index: CorpusIndex, urls, article: Article) -> dict:
    """One article in briefing.json, with what the stages found in it."""
    slug = article.slug
    return {
        "slug": slug,
        "title": article.title,
        "date": article.date.isoformat(),
        "source": article.source,
        "seed": article.seed,
        "url": urls.article(slug),
        "topics": [t.slug for t, _, _ in index.article_topics(slug)],
        "entities": [e.id for e in index.article_entities(slug)],
        "quotes": [
            {
                "speaker": q.speaker,
                "speaker_name": q.speaker_name,
                "text": q.text,
                "anchor": q.anchor,
            }
            for q in index.corpus.quotes.get(slug, ())
        ],
        "figures": [_figure_json(f) for f in index.corpus.figures.get(slug, ())],
        "events": [
            {
                "date": e.date.isoformat() if e.date else None,
                "precision": e.precision,
                "when": e.when,
                "text": e.text,
                "anchor": e.anchor,
            }
            for e in index.corpus.events.get(slug, ())
        ],
    }


def _figure_json(figure: Figure) -> dict:
    """One figure in briefing.json."""
    return {
        "text": figure.text,
        "value": figure.value,
        "qualifier": figure.qualifier,
        "counted": figure.counted,
        "subject": figure.subject,
        "attribution": figure.attribution,
        "date": figure.as_of.isoformat() if figure.as_of else None,
        "anchor": figure.anchor,
    }


def _entity_json(index: CorpusIndex, urls, entity: Entity) -> dict:
    """One entity in briefing.json, with every paragraph that names it."""
    return {
        "id": entity.id,
        "name": entity.name,
        "type": entity.type,
        "role": entity.role,
        "url": urls.entity(entity.id),
        "mentions": [
            {"article": entry.article.slug, "anchor": paragraph.anchor}
            for entry in index.entity_entries(entity.id)
            for paragraph in entry.paragraphs
        ],
    }


def sitemap(index: CorpusIndex, urls, site_url: str, listed: list[Page]) -> str:
    """A sitemap of every page of the served site; ``listed`` are the pages from ``pages()``."""
    corpus = index.corpus
    locations = ["index.html", "archives.html"]
    locations += [urls.article(a.slug) for a in corpus.articles]
    locations += [page.save_as for page in listed]
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
