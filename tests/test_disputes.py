"""The sorted look-up of contradicted figures gives exactly what the all-pairs rule gives: two
figures disagree when the ranges their qualifiers admit (text.numbers.bounds) do not meet."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from pelican.plugins.briefing.analysis.disputes import disputed, source_of
from pelican.plugins.briefing.model import Figure
from pelican.plugins.briefing.text.numbers import bounds

QUALIFIERS = (None, "more than", "at least", "nearly", "about", "up to", "fewer than")


def figure(
    value: float, qualifier: str | None, source: str | None, day: int | None = 1, article="a"
) -> Figure:
    """A killed-count figure with what the rule looks at; the rest is filler."""
    as_of = date(2024, 3, day) if day else None
    return Figure(str(value), value, qualifier, "killed", "people", source, as_of, article, "p1")


def pairwise(figures: list[Figure]) -> tuple[bool, ...]:
    """The rule as first written: compare every pair."""
    return tuple(any(_incompatible(f, o) for o in figures) for f in figures)


def _incompatible(figure: Figure, other: Figure) -> bool:
    if other is figure or other.as_of != figure.as_of or source_of(other) == source_of(figure):
        return False
    if max(figure.value, other.value) > 1.5 * min(figure.value, other.value):
        return False
    low, high = bounds(figure.value, figure.qualifier)
    other_low, other_high = bounds(other.value, other.qualifier)
    return other_high < low or other_low > high


def test_bare_counts_from_two_sources_disagree():
    found = disputed([figure(30_000, None, "ministry"), figure(29_000, None, "army")])
    assert found == (True, True)


def test_same_source_never_disputes_itself():
    assert disputed([figure(30_000, None, "ministry"), figure(29_000, None, "ministry")]) == (
        False,
        False,
    )


def test_a_figure_without_a_source_is_its_own_articles():
    found = disputed(
        [
            figure(30_000, None, None, article="a"),
            figure(29_000, None, None, article="a"),
            figure(28_000, None, None, article="b"),
        ]
    )
    assert found == (True, True, True)
    assert disputed([figure(30_000, None, None), figure(29_000, None, None)]) == (False, False)


def test_lower_bound_admits_a_higher_count():
    found = disputed([figure(30_000, "more than", "ministry"), figure(32_000, None, "army")])
    assert found == (False, False)


def test_lower_bound_contradicted_by_a_lower_count():
    found = disputed([figure(30_000, "more than", "ministry"), figure(28_000, None, "army")])
    assert found == (True, True)


def test_nearly_admits_three_percent_below():
    found = disputed(
        [
            figure(32_000, "nearly", "ministry"),
            figure(31_500, None, "army"),
            figure(30_000, None, "army"),
        ]
    )
    assert found == (True, False, True)


def test_about_and_up_to_admit_a_range():
    found = disputed(
        [
            figure(30_000, "about", "ministry"),
            figure(30_200, None, "army"),  # within 1%: about 30,000 admits it
            figure(29_000, None, "un"),  # below what "about 30,000" admits
            figure(29_500, "up to", "ngo"),  # up to 29,500: meets 29,000, not 30,500
        ]
    )
    assert found == (True, True, True, True)


def test_other_order_of_magnitude_or_day_is_something_else():
    found = disputed(
        [
            figure(30_000, None, "ministry"),
            figure(300, None, "army"),
            figure(29_000, None, "un", day=2),
            figure(29_500, None, "who", day=None),
        ]
    )
    assert found == (False, False, False, False)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from([0, 1, 29, 30, 31, 40, 44, 45, 46, 60, 100, 1000, 1031, 1500]),
            st.sampled_from(QUALIFIERS),
            st.sampled_from(["a", "b", "c", None]),
            st.sampled_from([None, 1, 2]),
            st.sampled_from(["x", "y"]),
        ),
        max_size=25,
    )
)
def test_same_answers_as_every_pair(rows):
    figures = [figure(float(v), q, s, d, a) for v, q, s, d, a in rows]
    assert disputed(figures) == pairwise(figures)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(1, 120), st.sampled_from(QUALIFIERS), st.sampled_from("ab")),
        max_size=40,
    )
)
def test_same_answers_as_every_pair_on_close_values(rows):
    figures = [figure(float(v), q, s) for v, q, s in rows]
    assert disputed(figures) == pairwise(figures)
