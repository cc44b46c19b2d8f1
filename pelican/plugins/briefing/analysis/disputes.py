"""Which figures another source contradicts, found with sorted look-ups instead of all pairs.

Two figures of one series (``analysis.series``: measure, subject, place, kind) and date, from
different sources, contradict each other when
their values are within a factor of 1.5 and the ranges their qualifiers admit do not meet
(``text.numbers.bounds``: "more than 30" admits 40; "nearly 30" admits 29.5; "about 300" 297
to 303; a bare 30 only 30). A figure whose text names no source is its article's own: two
articles that state different numbers without a source differ.

For one figure and the figures of one qualifier, the values whose ranges lie wholly below its
own form a prefix of the value-sorted list, and those wholly above it a suffix, so the
contradicting ones lie in at most two runs, found by bisection: each figure costs O(log n).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..model import Figure
from ..text.lexicon import QUALIFIER_BOUNDS
from ..text.numbers import bounds

_NEAR = 1.5
"""Values further apart than this factor count different things, not a disagreement."""


@dataclass(frozen=True, slots=True)
class _Run:
    """Figures of one date and qualifier, sorted by value."""

    qualifier: str | None
    values: tuple[float, ...]
    attributions: tuple[str, ...]
    next_other: tuple[int, ...]
    """Per position, the first later position with a different attribution (or the length)."""


def disputed(figures: Sequence[Figure]) -> tuple[bool, ...]:
    """Per figure of one series, whether a figure of another source contradicts it."""
    grouped: dict[tuple, list[Figure]] = defaultdict(list)
    for figure in figures:
        grouped[figure.as_of, figure.qualifier].append(figure)
    runs: dict[object, list[_Run]] = defaultdict(list)
    for (as_of, qualifier), members in grouped.items():
        runs[as_of].append(_run(qualifier, members))
    return tuple(
        any(_contradicted(figure, run) for run in runs[figure.as_of]) for figure in figures
    )


def _run(qualifier: str | None, figures: list[Figure]) -> _Run:
    """Sort figures by value and note where the attribution changes."""
    ordered = sorted(figures, key=lambda f: f.value)
    attributions = tuple(source_of(f) for f in ordered)
    next_other, following = [0] * len(ordered), len(ordered)
    for position in range(len(ordered) - 1, -1, -1):
        if position + 1 < len(ordered) and attributions[position + 1] != attributions[position]:
            following = position + 1
        next_other[position] = following
    return _Run(qualifier, tuple(f.value for f in ordered), attributions, tuple(next_other))


def _contradicted(figure: Figure, run: _Run) -> bool:
    """Whether some figure of ``run`` contradicts ``figure``."""
    x, values = figure.value, run.values
    low, high = bounds(x, figure.qualifier)
    other_low, other_high = QUALIFIER_BOUNDS[run.qualifier or "exactly"]
    window_start = _first(values, lambda v: x <= _NEAR * v)
    window_end = _first(values, lambda v: v > _NEAR * x)
    # Wholly below: the most the other can mean is under the least this one can.
    below_end = _first(values, lambda v: other_high * v >= low) if other_high is not None else 0
    # Wholly above: the least the other can mean is over the most this one can.
    above_start = _first(values, lambda v: other_low * v > high)
    below = (window_start, min(below_end, window_end))
    above = (max(above_start, window_start), window_end)
    return any(_other_source(run, start, end, source_of(figure)) for start, end in (below, above))


def source_of(figure: Figure) -> str:
    """Who gives a figure: its stated source, else its article (never another article's)."""
    return figure.attribution if figure.attribution is not None else f"article {figure.article}"


def _first(values: tuple[float, ...], reached: Callable[[float], bool]) -> int:
    """First position whose value satisfies ``reached`` (false, then true, along the list)."""
    return bisect_left(values, True, key=reached)


def _other_source(run: _Run, start: int, end: int, attribution: str) -> bool:
    """Whether positions ``start`` to ``end`` (exclusive) hold a figure of another source."""
    if start >= end:
        return False
    return run.attributions[start] != attribution or run.next_other[start] < end
