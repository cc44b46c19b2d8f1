"""The briefing as data for other programs: ``briefing.json``, ``sitemap.xml``, ``robots.txt``."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from xml.sax.saxutils import escape as xml_escape

from ..model import Article, Entity, Figure
from .lookups import CorpusIndex
from .pages import Page
from .urls import SiteUrls


def briefing_json(index: CorpusIndex, urls: SiteUrls) -> Iterator[str]:
    """The machine-readable briefing (articles, topics and entities with their links), as
    compact JSON text in pieces: one article at a time, never the whole 100 MB of it at once."""
    yield '{"articles":['
    yield from json_items(_article_json(index, urls, article) for article in index.articles())
    topics = [
        {
            "slug": t.slug,
            "name": t.name,
            "url": urls.topic(t.slug),
            "articles": [e.article.slug for e in index.topic_entries(t.slug)],
        }
        for t in index.topics()
    ]
    yield '],"topics":' + compact_json(topics) + ',"entities":['
    yield from json_items(_entity_json(index, urls, e) for e in index.mentioned_entities())
    yield "]}"


def json_items(values: Iterable[object]) -> Iterator[str]:
    """The inside of a JSON array of ``values``, compact, one value a piece."""
    for number, value in enumerate(values):
        yield ("," if number else "") + compact_json(value)


def compact_json(value: object) -> str:
    """JSON without spaces or ASCII escapes."""
    # An indent would make json fall back to its pure-Python encoder (23 s at 10,000 articles).
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _article_json(index: CorpusIndex, urls: SiteUrls, article: Article) -> dict:
    """One article in briefing.json, with what the stages found in it."""
    slug = article.slug
    return {
        "slug": slug,
        "title": article.title,
        "date": article.date.isoformat() if article.date else None,
        "source": article.source,
        "inferred": dict(article.inferred),
        "seed": article.seed,
        "url": urls.article(slug),
        "topics": [t.slug for t, _, _ in index.article_topics(slug)],
        "entities": [e.id for e in index.article_entities(slug)],
        "quotes": [
            {
                "speaker": q.speaker,
                "speaker_name": q.speaker_name,
                "speaker_evidence": q.inferred_from,
                "text": q.text,
                "anchor": q.anchor,
            }
            for q in index.article_quotes(slug)
        ],
        "figures": [_figure_json(f) for f in index.article_figures(slug)],
        "events": [
            {
                "date": e.date.isoformat() if e.date else None,
                "precision": e.precision,
                "when": e.when,
                "text": e.text,
                "anchor": e.anchor,
            }
            for e in index.article_events(slug)
        ],
    }


def _figure_json(figure: Figure) -> dict:
    """One figure in briefing.json: unknowns (no place, kind, source or date) are ``null``."""
    return {
        "text": figure.text,
        "value": figure.value,
        "unit": figure.unit,
        "qualifier": figure.qualifier,
        "counted": figure.counted,
        "kind": figure.kind,
        "subject": figure.subject,
        "place": figure.place,
        "attribution": figure.attribution,
        "date": figure.as_of.isoformat() if figure.as_of else None,
        "anchor": figure.anchor,
    }


def _entity_json(index: CorpusIndex, urls: SiteUrls, entity: Entity) -> dict:
    """One entity in briefing.json, with every paragraph that names it."""
    return {
        "id": entity.id,
        "name": entity.name,
        "type": entity.type,
        "role": entity.role,
        "url": urls.entity(entity.id),
        "mentions": [
            {"article": slug, "anchor": anchor}
            for slug, anchor in index.entity_paragraphs(entity.id)
        ],
    }


def sitemap(index: CorpusIndex, urls: SiteUrls, listed: list[Page]) -> str:
    """A sitemap of every page of the served site; ``listed`` are the pages from ``pages()``.

    ``urls`` must know the site's address: a sitemap holds absolute addresses only.
    """
    articles = index.articles()
    locations = ["index.html", "archives.html"]
    locations += [urls.article(a.slug) for a in articles]
    locations += [page.save_as for page in listed]
    lastmod = {urls.article(a.slug): a.date.isoformat() for a in articles if a.date}
    entries = [
        f"  <url><loc>{xml_escape(urls.absolute(location))}</loc>"
        + (f"<lastmod>{lastmod[location]}</lastmod>" if location in lastmod else "")
        + "</url>"
        for location in locations
    ]
    header = '<?xml version="1.0" encoding="UTF-8"?>\n'
    namespace = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
    return header + namespace + "\n".join(entries) + "\n</urlset>\n"


def robots_txt(urls: SiteUrls) -> str:
    """``robots.txt``: every page may be crawled; the sitemap's address when there is one."""
    lines = ["User-agent: *", "Allow: /"]
    if urls.site:
        lines.append(f"Sitemap: {urls.absolute('sitemap.xml')}")
    return "\n".join(lines) + "\n"
