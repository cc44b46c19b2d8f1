"""The timeline, quotes and figures cut into months hold everything once, each in its month."""

from __future__ import annotations

import dataclasses
from datetime import date

from pelican.plugins.briefing.analysis import runner as pipeline
from pelican.plugins.briefing.analysis.series import measures
from pelican.plugins.briefing.site.lookups import CorpusIndex
from pelican.plugins.briefing.site.months import (
    event_months,
    figure_count,
    figure_months,
    quote_count,
    quote_months,
)
from tests import corpus
from tests.corpus import GAZETTEER, TAXONOMY


def _spread() -> CorpusIndex:
    """The seeds again under other slugs, published across a year, and twice undated."""
    seeds = list(corpus.seed_articles().values())
    articles = [
        dataclasses.replace(
            article,
            slug=f"{article.slug}-{n}",
            date=None if n in (3, 7) else date(2023 + n % 2, 1 + (5 * n) % 12, 1 + n % 28),
        )
        for n in range(10)
        for article in seeds
    ]
    return CorpusIndex(pipeline.analyse(articles, TAXONOMY, GAZETTEER))


INDEX = _spread()


def _key(day: date | None) -> str:
    """The month page a day belongs on."""
    return day.isoformat()[:7] if day else "undated"


def test_a_month_of_figures_is_what_the_series_of_its_figures_alone_would_be():
    published = {a.slug: a.date for a in INDEX.articles()}
    months = figure_months(INDEX)
    for month in months:
        alone = [f for f in INDEX.all_figures() if _key(f.as_of) == month.key]
        expected = [(series.key, series.rows) for series in measures(alone, published)]
        assert [(s.key, s.rows) for _, group in month.items for s in group] == expected
        assert not any(s.trend for _, group in month.items for s in group)
    assert sum(map(figure_count, months)) == len(INDEX.all_figures())
    keys = [month.key for month in months]
    assert keys[-1] == "undated" and keys[:-1] == sorted(keys[:-1], reverse=True)


def test_every_event_and_quote_is_in_one_month_its_own():
    months = event_months(INDEX.all_events())
    assert [e for month in months for e in month.items] != []
    assert sorted(map(id, (e for m in months for e in m.items))) == sorted(
        map(id, INDEX.all_events())
    )
    for month in months:
        assert all(_key(event.date) == month.key for event in month.items)
        assert month.articles == tuple(dict.fromkeys(e.article for e in month.items))
    for month in quote_months(INDEX):
        assert all(_key(article.date) == month.key for article in month.items)
        assert all(INDEX.article_quotes(article.slug) for article in month.items)


def test_the_months_of_quotes_hold_every_quote():
    months = quote_months(INDEX)
    assert sum(quote_count(INDEX, month) for month in months) == len(INDEX.all_quotes())
