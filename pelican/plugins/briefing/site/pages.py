"""The briefing's own pages (all but article pages, home and archive), in the order they are written.

Each page is a template and its variables; long topic and entity lists are cut into numbered
pages (``BRIEFING["page_size"]``), each knowing where it sits among the others.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import NamedTuple

from .lookups import CorpusIndex
from .urls import SiteUrls


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


def pages(index: CorpusIndex, urls: SiteUrls, page_size: int = 0) -> list[Page]:
    """Every briefing page beyond the article pages, home and archive, in writing order.

    Topic and entity pages list ``page_size`` articles each (0: all on one page), newest first.
    """
    topics = index.topics()
    listed = [
        Page("entities/index.html", "entities", {"page_title": "People and organisations"}),
        Page("quotes.html", "quotes", {"page_title": "Who said what"}),
        Page("figures.html", "figures", {"page_title": "Figures"}),
        Page("timeline.html", "timeline", {"page_title": "Timeline", "topic": None}),
        Page("method.html", "method", {"page_title": "How this briefing is made"}),
        Page("search.html", "search", {"page_title": "Search"}),
    ]
    if urls.home() != "index.html":  # in another site, whose home page Pelican writes
        listed.insert(0, Page(urls.home(), "index", {"page_title": "Briefing"}))
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
