"""Figures as series (analysis/series.py): grouped by measure, disagreements, the count over time."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from pelican.plugins.briefing.analysis.series import measures
from pelican.plugins.briefing.model import Figure

FEB, MAR = date(2024, 2, 21), date(2024, 3, 21)
PUBLISHED = {"feb": FEB, "mar": MAR, "mar-other": MAR}


def figure(text, value, article, as_of, *, qualifier=None, counted="killed", source="ministry"):
    """A figure of ``article`` with what the series look at; the rest is filler."""
    return Figure(text, value, qualifier, counted, "people", source, as_of, article, "p1")


def test_figures_are_grouped_by_measure_in_date_then_value_order():
    found = measures(
        [
            figure("31,988", 31988, "mar", MAR),
            figure("134", 134, "mar", MAR, counted="hostages-held"),
            figure("29,000", 29000, "feb", FEB),
        ],
        PUBLISHED,
    )
    assert [(m.key, m.label) for m in found] == [
        ("hostages-held", "Hostages held"),
        ("killed", "Killed"),
    ]
    assert [row.figure.text for row in found[1].rows] == ["29,000", "31,988"]


def test_sources_that_differ_on_the_same_day_are_both_marked():
    (killed,) = measures(
        [
            figure("1,200", 1200, "mar", MAR, source="Israel"),
            figure("1,160", 1160, "mar-other", MAR, source="AFP tally"),
            figure("29,000", 29000, "feb", FEB),
        ],
        PUBLISHED,
    )
    assert [(row.figure.text, row.disputed) for row in killed.rows] == [
        ("29,000", False),
        ("1,160", True),
        ("1,200", True),
    ]


def test_the_trend_keeps_the_firmest_count_of_each_publication_day():
    (killed,) = measures(
        [
            figure("29,000", 29000, "feb", FEB),
            figure("nearly 32,000", 32000, "mar", MAR, qualifier="nearly"),
            figure("31,988", 31988, "mar-other", MAR),
            # Dated to an earlier event, not to the day it was published: another series.
            figure("1,200", 1200, "mar", date(2023, 10, 7)),
        ],
        PUBLISHED,
    )
    assert killed.trend == ("29,000 (21 Feb 2024)", "31,988 (21 Mar 2024)")


def test_one_day_or_a_sum_of_money_makes_no_trend():
    pledge = Figure(
        "$40 million", 4e7, None, "aid-pledged", "dollars", "UN", MAR, "mar", "p1", "USD"
    )
    earlier = replace(pledge, as_of=FEB, article="feb")
    found = measures([figure("31,988", 31988, "mar", MAR), pledge, earlier], PUBLISHED)
    assert [(m.key, m.trend) for m in found] == [("aid-pledged", ()), ("killed", ())]
