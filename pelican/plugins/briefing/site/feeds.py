"""Atom feeds (RFC 4287): every article, and one per topic, newest first.

A feed lists articles by date, so an undated article has no place in one, and a feed with no
dated article is not written (no page links it). Everything a feed reader resolves is absolute:
the feed's ``xml:base`` is the site's address, ids are the pages' absolute URLs, and ``updated``
is the newest entry's publication day, never the time of the build, so two builds of the same
inputs write the same bytes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from xml.sax.saxutils import escape, quoteattr

from ..model import Article
from .urls import SiteUrls

ATOM = "http://www.w3.org/2005/Atom"
"""The Atom namespace."""


def dated(articles: Iterable[Article]) -> list[Article]:
    """The articles a feed may list: those with a publication date, in the given order."""
    return [article for article in articles if article.date]


def atom_feed(
    articles: Sequence[Article],
    *,
    title: str,
    site_url: str,
    feed_path: str,
    page_path: str,
    author: str,
    urls: SiteUrls,
) -> str:
    """The Atom document of ``articles`` (dated, newest first) at ``site_url/feed_path``."""
    base = site_url.rstrip("/") + "/"
    newest = max(article.date for article in articles)
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<feed xmlns={quoteattr(ATOM)} xml:base={quoteattr(base)} xml:lang="en">',
        f"  <title>{escape(title)}</title>",
        f'  <link rel="alternate" type="text/html" href={quoteattr(base + page_path)}/>',
        f'  <link rel="self" type="application/atom+xml" href={quoteattr(base + feed_path)}/>',
        f"  <id>{escape(base + feed_path)}</id>",
        f"  <updated>{_timestamp(newest)}</updated>",
        f"  <author><name>{escape(author)}</name></author>",
        *(line for article in articles for line in _entry(article, base, urls, author)),
        "</feed>",
    ]
    return "\n".join(lines) + "\n"


def _entry(article: Article, base: str, urls: SiteUrls, author: str) -> list[str]:
    """One ``<entry>``: the article page's absolute address is its link and its id."""
    href = base + urls.article(article.slug)
    lines = [
        "  <entry>",
        f"    <title>{escape(article.title)}</title>",
        f'    <link rel="alternate" type="text/html" href={quoteattr(href)}/>',
        f"    <id>{escape(href)}</id>",
        f"    <published>{_timestamp(article.date)}</published>",
        f"    <updated>{_timestamp(article.date)}</updated>",
        f"    <author><name>{escape(article.source or author)}</name></author>",
    ]
    if article.summary:
        lines.append(f"    <summary>{escape(article.summary)}</summary>")
    return [*lines, "  </entry>"]


def _timestamp(day: date) -> str:
    """An RFC 3339 timestamp for a publication day: its start, in UTC."""
    return f"{day.isoformat()}T00:00:00Z"
