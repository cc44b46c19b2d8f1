"""Figures as series (analysis/series.py): like with like, disagreements, the count over time."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from pelican.plugins.briefing.analysis.series import by_measure, measures
from pelican.plugins.briefing.model import Figure
from tests.corpus import find_figures, text_article

FEB, MAR, APR = date(2024, 2, 21), date(2024, 3, 21), date(2024, 4, 7)
PUBLISHED = {"feb": FEB, "mar": MAR, "mar-other": MAR, "apr": APR}


def figure(text, value, article, as_of, **fields):
    """A killed-in-Gaza running total of ``article``; ``fields`` change what the series read."""
    base = Figure(text, value, None, "killed", "people", "ministry", as_of, article, "p1")
    return replace(base, **({"place": "Gaza", "kind": "cumulative"} | fields))


def test_series_join_only_one_measure_subject_place_and_kind():
    found = measures(
        [
            figure("29,000", 29000, "feb", FEB, subject="Palestinians"),
            figure("31,988", 31988, "mar", MAR, subject="deaths"),
            figure("60", 60, "mar", MAR, subject="UN staff"),
            figure("440", 440, "mar", MAR, place="West Bank"),
            figure("274", 274, "apr", APR, kind="event"),
            figure("130", 130, "mar", MAR, counted="hostages-held", kind="count"),
        ],
        PUBLISHED,
    )
    # The toll first, as a reader looks for it; hostages after.
    assert [(m.measure, m.subject, m.place, m.kind) for m in found] == [
        ("killed", "people", "Gaza", "cumulative"),
        ("killed", "people", "Gaza", "event"),
        ("killed", "people", "West Bank", "cumulative"),
        ("killed", "staff", "Gaza", "cumulative"),
        ("hostages-held", "hostages", "Gaza", "count"),
    ]
    toll = found[0]
    assert [row.figure.text for row in toll.rows] == ["29,000", "31,988"]
    assert toll.trend == ("29,000 (21 Feb 2024)", "31,988 (21 Mar 2024)")
    assert (toll.label, toll.details) == ("Killed", "people · Gaza · running total")
    assert [m.trend for m in found if m is not toll] == [(), (), (), ()]


def test_an_unknown_place_or_kind_joins_nothing_and_differs_from_nobody():
    found = measures(
        [
            figure("30,000", 30000, "mar", MAR, place=None, attribution="ministry"),
            figure("29,000", 29000, "mar-other", MAR, place=None, attribution="army"),
            figure("29,500", 29500, "feb", FEB, place=None),
            figure("28,000", 28000, "apr", APR, kind=None),
        ],
        PUBLISHED,
    )
    assert [(m.place, m.kind, m.trend) for m in found] == [
        ("Gaza", None, ()),
        (None, "cumulative", ()),
    ]
    assert not any(row.disputed for m in found for row in m.rows)
    assert found[1].details == "people · place not stated · running total"


def test_sources_that_differ_on_the_same_day_are_both_marked():
    (killed,) = measures(
        [
            figure("1,200", 1200, "mar", MAR, attribution="Israel"),
            figure("1,160", 1160, "mar-other", MAR, attribution="AFP tally"),
            figure("29,000", 29000, "feb", FEB),
        ],
        PUBLISHED,
    )
    assert [(row.figure.text, row.disputed) for row in killed.rows] == [
        ("29,000", False),
        ("1,160", True),
        ("1,200", True),
    ]


def test_two_articles_that_name_no_source_can_differ():
    (killed,) = measures(
        [
            figure("1,200", 1200, "mar", MAR, attribution=None),
            figure("1,100", 1100, "mar-other", MAR, attribution=None),
        ],
        PUBLISHED,
    )
    assert [row.disputed for row in killed.rows] == [True, True]


def test_the_trend_keeps_the_firmest_count_of_each_publication_day():
    (killed,) = measures(
        [
            figure("29,000", 29000, "feb", FEB),
            figure("nearly 32,000", 32000, "mar", MAR, qualifier="nearly"),
            figure("31,988", 31988, "mar-other", MAR),
            # Dated to an earlier day than it was published: not a step of the running total.
            figure("1,200", 1200, "mar", date(2023, 10, 7)),
        ],
        PUBLISHED,
    )
    assert killed.trend == ("29,000 (21 Feb 2024)", "31,988 (21 Mar 2024)")


def test_one_day_or_a_sum_of_money_makes_no_trend():
    pledge = figure("$40 million", 4e7, "mar", MAR, counted="aid-pledged", unit="USD")
    pledge = replace(pledge, subject="dollars", kind="count")
    earlier = replace(pledge, as_of=FEB, article="feb")
    found = measures([figure("31,988", 31988, "mar", MAR), pledge, earlier], PUBLISHED)
    assert [(m.measure, m.trend) for m in found] == [("killed", ()), ("aid-pledged", ())]
    assert [row.written for row in found[1].rows] == ["$40 million", "$40 million"]


def test_tolls_from_articles_never_mix_places_or_kinds_over_time():
    articles = [
        text_article(text, slug=slug, date=published, source=None)
        for slug, published, text in (
            ("a", MAR, "More than 33,100 Palestinians have been killed in Gaza since October."),
            ("b", APR, "Strikes in Gaza have killed 34,000 people since the war began."),
            ("c", APR, "A raid in Gaza killed 274 Palestinians, medics said."),
            ("d", APR, "Settlers have killed 460 Palestinians in the West Bank since then."),
        )
    ]
    found = [f for a in articles for f in find_figures(a)]
    series = measures(found, {a.slug: a.date for a in articles})
    trends = {(m.place, m.kind): m.trend for m in series}
    assert trends == {
        ("Gaza", "cumulative"): ("More than 33,100 (21 Mar 2024)", "34,000 (7 Apr 2024)"),
        ("Gaza", "event"): (),
        ("West Bank", "cumulative"): (),
    }


def test_the_toll_comes_first_and_unlisted_measures_last():
    found = measures(
        [
            figure("13", 13, "mar", MAR, counted="abstentions", kind="event"),
            figure("7", 7, "mar", MAR, counted="widgets", kind="count"),
            figure("130", 130, "mar", MAR, counted="hostages-held", kind="count"),
            figure("29,000", 29000, "mar", MAR),
        ],
        PUBLISHED,
    )
    assert [measure for measure, _ in by_measure(found)] == [
        "killed",
        "hostages-held",
        "abstentions",
        "widgets",
    ]
