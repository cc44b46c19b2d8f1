"""The briefing's own pages (all but article pages, home and archive), in the order they are written.

Each page is a template and its variables; long topic and entity lists continue on older pages
of ``BRIEFING["page_size"]`` articles numbered from the oldest (see ``Pagination``), each
knowing where it sits among the others. The timeline, quotes and figures are cut into months
(``months``), each under a list of its months.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import NamedTuple

from .lookups import CorpusIndex
from .months import (
    Month,
    event_months,
    figure_count,
    figure_months,
    month_links,
    navigation,
    quote_count,
    quote_months,
)
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
    """Where one page sits among the pages of a long list of articles.

    The list's first page shows its newest articles; the older ones are cut into pages of
    ``page_size`` numbered from the oldest, so that a new article changes the first page and
    nothing else (until the first page has twice ``page_size``, when one more older page forms).
    """

    number: int | None
    """This older page's number, 1 being the oldest; None on the list's first page."""
    newest: str
    """Site-relative URL of the list's first page (its newest articles)."""
    newer: str | None
    """URL of the page of the next newer articles; None on the first page."""
    older: str | None
    """URL of the page of the next older articles; None on the oldest page."""
    oldest: str | None
    """URL of the oldest page, if that is neither this page nor the next older one."""
    shown: int
    """How many articles this page shows."""
    total: int | None
    """How many articles the whole list has: on the first page only, which changes anyway."""
    articles: tuple[str, ...] = ()
    """Slugs of the articles this page shows, in order (what an older page is made from)."""


class EntityEntries:
    """An entity page's entries, made when the page is rendered: a rebuild renders few of
    them, and making all 200,000 of a large briefing took longer than rendering those."""

    __slots__ = ("_entity", "_index", "slugs")

    def __init__(self, index: CorpusIndex, entity: str, slugs: tuple[str, ...]) -> None:
        """The entries of ``entity`` in the articles ``slugs`` (naming it, newest first)."""
        self._index, self._entity, self.slugs = index, entity, slugs

    def __len__(self) -> int:
        """How many articles."""
        return len(self.slugs)

    def __getitem__(self, cut: slice) -> EntityEntries:
        """The entries of some of the articles (a page's share of the list)."""
        return EntityEntries(self._index, self._entity, self.slugs[cut])

    def __iter__(self):
        """Each article's entry, newest first."""
        return iter(self._index.entity_entries(self._entity, self.slugs))


def pages(index: CorpusIndex, urls: SiteUrls, page_size: int = 0) -> list[Page]:
    """Every briefing page beyond the article pages, home and archive, in writing order.

    Topic and entity pages list their newest ``page_size`` to ``2 * page_size - 1`` articles,
    then older pages of ``page_size`` (0: all on one page), newest first on every page.
    """
    listed = [
        Page("entities/index.html", "entities", {"page_title": "People and organisations"}),
        *_corpus_months(index, urls),
        Page("method.html", "method", {"page_title": "How this briefing is made"}),
        Page("search.html", "search", {"page_title": "Search"}),
    ]
    if urls.home() != "index.html":  # in another site, whose home page Pelican writes
        listed.insert(0, Page(urls.home(), "index", {"page_title": "Briefing"}))
    return listed + _topic_pages(index, urls, page_size) + _entity_pages(index, urls, page_size)


def _corpus_months(index: CorpusIndex, urls: SiteUrls) -> list[Page]:
    """The quotes, the figures and the timeline of every topic, cut into months."""
    return [
        *_by_month(
            "quotes",
            quote_months(index),
            urls.quotes,
            {"page_title": "Who said what"},
            partial(quote_count, index),
        ),
        *_by_month(
            "figures",
            figure_months(index),
            urls.figures,
            {"page_title": "Figures"},
            figure_count,
        ),
        *_by_month(
            "timeline",
            event_months(index.all_events()),
            urls.timeline,
            {"page_title": "Timeline", "topic": None},
        ),
    ]


def _topic_pages(index: CorpusIndex, urls: SiteUrls, page_size: int) -> list[Page]:
    """Each topic's pages of articles, then each topic's timeline by month."""
    listed = []
    for topic in index.topics():
        listed += _paginated(
            "topic",
            index.topic_entries(topic.slug),
            partial(urls.topic, topic.slug),
            page_size,
            {"topic": topic, "page_title": topic.name},
            lambda chunk: tuple(entry.article.slug for entry in chunk),
        )
    for topic in index.topics():
        listed += _by_month(
            "timeline",
            event_months(index.topic_events(topic.slug)),
            partial(urls.timeline, topic=topic.slug),
            {"topic": topic, "page_title": f"Timeline: {topic.name}"},
        )
    return listed


def _entity_pages(index: CorpusIndex, urls: SiteUrls, page_size: int) -> list[Page]:
    """Each entity's pages of articles naming it, with its quotes in them."""
    listed = []
    for entity in index.mentioned_entities():
        listed += [
            _with_quotes(index, entity.id, page)
            for page in _paginated(
                "entity",
                EntityEntries(index, entity.id, tuple(index.entity_articles(entity.id))),
                partial(urls.entity, entity.id),
                page_size,
                {"entity": entity, "page_title": entity.name},
                lambda chunk: chunk.slugs,
            )
        ]
    return listed


def _with_quotes(index: CorpusIndex, entity: str, page: Page) -> Page:
    """An entity's page with the entity's quotes in the articles it lists (``quotes``); the
    first page also has, apart, those of articles that quote it without naming it
    (``quoted_elsewhere``: no page lists those articles).

    A page of every quote of a much-quoted speaker ran to thousands, and changed with each."""
    pagination = page.variables["pagination"]
    shown, first = set(pagination.articles), not pagination.number
    named = set(index.entity_articles(entity)) if first else set()
    said = index.speaker_quotes(entity)
    quotes = [quote for quote in said if quote.article in shown]
    elsewhere = [quote for quote in said if first and quote.article not in named]
    variables = {**page.variables, "quotes": quotes, "quoted_elsewhere": elsewhere}
    return page._replace(variables=variables)


def _by_month(
    template: str,
    months: list[Month],
    url_of: Callable[..., str],
    variables: dict,
    count: Callable[[Month], int] | None = None,
) -> list[Page]:
    """A list cut into months: the list of months (at ``url_of()``), then each month's page
    (at ``url_of(key)``), shown by ``template``."""
    index = url_of()
    navs = navigation(months, url_of, index)
    links = month_links(months, url_of, count)
    return [Page(index, "months", {**variables, "kind": template, "months": links})] + [
        Page(
            url_of(month.key),
            template,
            {**variables, "month": month, "nav": nav, "count": link.count},
        )
        for month, nav, link in zip(months, navs, links, strict=True)
    ]


def _paginated(
    template: str,
    entries: Sequence,
    url_of: Callable[[int | None], str],
    page_size: int,
    variables: dict,
    articles_of: Callable[[Sequence], tuple[str, ...]],
) -> list[Page]:
    """The pages of one long list (``entries`` newest first): its first page, then older pages
    of ``page_size`` entries counted from the oldest (0: everything on the first page).
    ``articles_of(chunk)`` gives the slugs of the articles a page's entries show."""
    older = max(len(entries) // page_size - 1, 0) if page_size else 0
    cut = len(entries) - older * page_size
    urls = [url_of(None)] + [url_of(number) for number in range(1, older + 1)]
    chunks = [entries[:cut]] + [
        entries[cut + (older - number) * page_size : cut + (older - number + 1) * page_size]
        for number in range(1, older + 1)
    ]
    listed = []
    for number, chunk in enumerate(chunks):
        newer = None if number == 0 else urls[0] if number == older else urls[number + 1]
        below = older if number == 0 else number - 1
        oldest = urls[1] if below > 1 else None
        pagination = Pagination(
            number or None,
            urls[0],
            newer,
            urls[below] if below else None,
            oldest,
            len(chunk),
            len(entries) if number == 0 else None,
            articles_of(chunk),
        )
        listed.append(
            Page(urls[number], template, {**variables, "entries": chunk, "pagination": pagination})
        )
    return listed
