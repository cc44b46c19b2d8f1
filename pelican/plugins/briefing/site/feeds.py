"""Atom feeds (RFC 4287): every article, one per topic, one per person or organisation.

A feed lists articles by date, so an undated article has no place in one, and a feed with no
dated article is not written (no page links it). A feed reader needs absolute addresses, so
without the published site's address (``SITEURL``) no feed is written at all. Everything a
reader resolves is absolute: the feed's ``xml:base`` is the site's address, ids are the pages'
absolute URLs, and ``updated`` is the newest entry's publication day, never the time of the
build, so two builds of the same inputs write the same bytes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape, quoteattr

from ..model import Article
from .lookups import CorpusIndex
from .urls import SiteUrls

ATOM = "http://www.w3.org/2005/Atom"
"""The Atom namespace."""
FOLLOWED_TYPES = ("person", "organisation")
"""Entity types with a feed of their own: places are named too often to follow."""


@dataclass(frozen=True, slots=True)
class Feed:
    """One Atom feed to write."""

    path: str
    """Where it is written, site-relative."""
    page: str
    """The site-relative page whose articles it lists (its ``alternate`` link)."""
    title: str
    """Its title."""
    articles: tuple[Article, ...]
    """Its entries: dated articles, newest first (never empty)."""


class SiteFeeds:
    """The feeds a build writes, found by what they follow; none without the site's address."""

    def __init__(
        self, index: CorpusIndex, urls: SiteUrls, site_name: str, *, all_articles: bool = True
    ) -> None:
        """Gather every feed with a dated article; ``all_articles`` False leaves out the feed of
        every article (when Pelican's own is written to the same place)."""
        self._feeds: dict[tuple[str, str], Feed] = {}
        if urls.site is None:
            return
        every = [(("all", ""), urls.all_feed(), "index.html", site_name, index.articles())]
        wanted = every if all_articles else []
        wanted += [
            (("topic", t.slug), urls.topic_feed(t.slug), urls.topic(t.slug), f"{site_name}: {t.name}",
             [entry.article for entry in index.topic_entries(t.slug)])
            for t in index.topics()
        ]  # fmt: skip
        wanted += [
            (("entity", e.id), urls.entity_feed(e.id), urls.entity(e.id), f"{site_name}: {e.name}",
             [index.article(slug) for slug in index.entity_articles(e.id)])
            for e in index.mentioned_entities()
            if e.type in FOLLOWED_TYPES
        ]  # fmt: skip
        for key, path, page, title, articles in wanted:
            if listed := dated(articles):
                self._feeds[key] = Feed(path, page, title, listed)

    def __iter__(self) -> Iterator[Feed]:
        """Every feed to write."""
        return iter(self._feeds.values())

    def every_article(self) -> Feed | None:
        """The feed of every article, if written."""
        return self._feeds.get(("all", ""))

    def topic(self, slug: str) -> Feed | None:
        """The feed of a topic, if written."""
        return self._feeds.get(("topic", slug))

    def entity(self, entity_id: str) -> Feed | None:
        """The feed of a person or an organisation, if written."""
        return self._feeds.get(("entity", entity_id))


def dated(articles: Iterable[Article]) -> tuple[Article, ...]:
    """The articles a feed may list: those with a publication date, in the given order."""
    return tuple(article for article in articles if article.date)


def atom_feed(feed: Feed, *, urls: SiteUrls, author: str, lang: str) -> str:
    """The Atom document of ``feed``; ``urls`` must know the site's address."""
    base, address = urls.absolute(""), urls.absolute(feed.path)
    newest = max(article.date for article in feed.articles)
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f"<feed xmlns={quoteattr(ATOM)} xml:base={quoteattr(base)} xml:lang={quoteattr(lang)}>",
        f"  <title>{escape(feed.title)}</title>",
        f'  <link rel="alternate" type="text/html" href={quoteattr(urls.absolute(feed.page))}/>',
        f'  <link rel="self" type="application/atom+xml" href={quoteattr(address)}/>',
        f"  <id>{escape(address)}</id>",
        f"  <updated>{_timestamp(newest)}</updated>",
        f"  <author><name>{escape(author)}</name></author>",
        *(line for article in feed.articles for line in _entry(article, urls)),
        "</feed>",
    ]
    return "\n".join(lines) + "\n"


def _entry(article: Article, urls: SiteUrls) -> Sequence[str]:
    """One ``<entry>``: the article page's absolute address is its link and its id.

    An entry names its outlet as author when known; otherwise the feed's author stands.
    """
    href = urls.absolute(urls.article(article.slug))
    lines = [
        "  <entry>",
        f"    <title>{escape(article.title)}</title>",
        f'    <link rel="alternate" type="text/html" href={quoteattr(href)}/>',
        f"    <id>{escape(href)}</id>",
        f"    <published>{_timestamp(article.date)}</published>",
        f"    <updated>{_timestamp(article.date)}</updated>",
    ]
    if article.source:
        lines.append(f"    <author><name>{escape(article.source)}</name></author>")
    if article.summary:
        lines.append(f"    <summary>{escape(article.summary)}</summary>")
    return [*lines, "  </entry>"]


def _timestamp(day: date) -> str:
    """An RFC 3339 timestamp for a publication day: its start, in UTC."""
    return f"{day.isoformat()}T00:00:00Z"
