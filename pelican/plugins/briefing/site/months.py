"""The pages that cover the whole corpus (timeline, quotes, figures), cut into months.

A page of every event or every figure of a large briefing runs to tens of megabytes and
changes with every article. Cut by month, each page stays readable, and a new article changes
only the months it reports on (and the short list of months).

- The timeline goes by the month of each event's date; an event without a date is "undated".
- Quotes go by the month their article was published.
- Figures go by the month of their as-of date, so that every figure of one day (the figures
  "sources differ" compares) is on one page; the list of months keeps each series's over-time
  line whole.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from typing import NamedTuple

from ..analysis.series import Measure, by_measure
from ..model import Event
from ..text.calendar import month_key
from .lookups import CorpusIndex


class Month(NamedTuple):
    """What one month's page shows."""

    key: str
    """``2024-10``, or ``undated``."""
    start: date | None
    """The month's first day; None for the undated page."""
    items: tuple
    """What the page lists: events, articles or figures, in page order."""
    articles: tuple[str, ...]
    """Slugs of the articles it shows, in page order, each once (what the page is made from)."""


class MonthNav(NamedTuple):
    """Where a month's page sits among the months of its list."""

    start: date | None
    """The month's first day; None for the undated page."""
    index: str
    """URL of the list of months."""
    newer: str | None
    """URL of the next newer month's page; None on the newest."""
    older: str | None
    """URL of the next older month's page (the undated page comes last); None on the last."""
    newer_start: date | None = None
    """The next newer month's first day (its link is named by it)."""
    older_start: date | None = None
    """The next older month's first day; None also when it is the undated page."""


class MonthLink(NamedTuple):
    """One month in the list of months."""

    start: date | None
    """The month's first day; None for the undated page."""
    url: str
    """URL of the month's page."""
    count: int
    """How many events, quotes or figures it lists."""
    articles: int
    """From how many articles."""


def by_month(
    items: Iterable, day_of: Callable[[object], date | None], article_of: Callable[[object], str]
) -> list[Month]:
    """Items grouped by the month of ``day_of(item)``: newest month first, the undated last,
    each month's items in their given order."""
    groups: dict[date | None, list] = {}
    for item in items:
        groups.setdefault(_month_start(day_of(item)), []).append(item)
    return [
        _month(start, groups[start], tuple(dict.fromkeys(map(article_of, groups[start]))))
        for start in _newest_first(groups)
    ]


def _month_start(day: date | None) -> date | None:
    """The first day of the month of ``day``; None for no day."""
    return day.replace(day=1) if day else None


def _newest_first(months: dict[date | None, object]) -> list[date | None]:
    """Month starts newest first, then None (the undated page) if there is one."""
    return sorted((start for start in months if start), reverse=True) + (
        [None] if None in months else []
    )


def _month(start: date | None, items: list, articles: tuple[str, ...]) -> Month:
    """One month's page of ``items`` from ``articles``."""
    return Month(month_key(start), start, tuple(items), articles)


def event_months(events: Iterable[Event]) -> list[Month]:
    """Events (in timeline order) by the month of their date."""
    return by_month(events, lambda e: e.date, lambda e: e.article)


def quote_months(index: CorpusIndex) -> list[Month]:
    """Articles with quotes (newest first) by the month of their publication."""
    quoted = (a for a in index.articles() if index.article_quotes(a.slug))
    return by_month(quoted, lambda a: a.date, lambda a: a.slug)


def quote_count(index: CorpusIndex, month: Month) -> int:
    """How many quotes a month of ``quote_months`` lists (its items are articles)."""
    return sum(len(index.article_quotes(article.slug)) for article in month.items)


def figure_months(index: CorpusIndex) -> list[Month]:
    """Figures by the month of their as-of date, each month's items its series by measure: the
    corpus's series cut at the months ("sources differ" compares one day, so a row's mark holds
    within its month; the course over time is the whole series's, on the list of months)."""
    cut: dict[date | None, list[Measure]] = {}
    for series in index.figure_measures():
        rows: dict[date | None, list] = {}
        for row in series.rows:
            rows.setdefault(_month_start(row.figure.as_of), []).append(row)
        for start, kept in rows.items():
            cut.setdefault(start, []).append(replace(series, rows=tuple(kept), trend=()))
    return [
        _month(start, by_measure(cut[start]), _row_articles(cut[start]))
        for start in _newest_first(cut)
    ]


def _row_articles(series: list[Measure]) -> tuple[str, ...]:
    """The articles of a month's figures, in page order, each once."""
    return tuple(dict.fromkeys(row.figure.article for one in series for row in one.rows))


def figure_count(month: Month) -> int:
    """How many figures a month of ``figure_months`` lists."""
    return sum(len(series.rows) for _, group in month.items for series in group)


def navigation(months: list[Month], url_of: Callable[[str], str], index: str) -> list[MonthNav]:
    """Each month's place among ``months`` (newest first), its neighbours by ``url_of(key)``."""
    urls = [url_of(month.key) for month in months]
    last = len(months) - 1
    return [
        MonthNav(
            month.start,
            index,
            urls[position - 1] if position else None,
            urls[position + 1] if position < last else None,
            months[position - 1].start if position else None,
            months[position + 1].start if position < last else None,
        )
        for position, month in enumerate(months)
    ]


def month_links(months: list[Month], url_of: Callable[[str], str], count=None) -> list[MonthLink]:
    """The list of months, newest first, with how much each lists (``count(month)``, else
    its number of items)."""
    count = count or (lambda month: len(month.items))
    return [
        MonthLink(month.start, url_of(month.key), count(month), len(month.articles))
        for month in months
    ]
