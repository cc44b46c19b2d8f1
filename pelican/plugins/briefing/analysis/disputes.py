"""Which figures another source contradicts, found with sorted look-ups instead of all pairs.

Two figures for the same measure and date, from different sources, contradict each other when
their values are within a factor of 1.5 and neither figure's qualifier admits the other's value
(``more than 30`` admits 40; ``nearly 30`` admits 29.5; a bare ``30`` admits only 30).

For one figure and the figures of one qualifier kind, the values that do NOT contradict it
form one interval around its own value; so the contradicting ones lie in at most two runs of
the value-sorted list, found by bisection. Each figure costs O(log n), not O(n).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..model import Figure

_LOWER_BOUNDS = ("more than", "at least")


@dataclass(frozen=True)
class _Run:
    """Figures of one date and qualifier kind, sorted by value."""

    values: tuple[float, ...]
    attributions: tuple[str | None, ...]
    next_other: tuple[int, ...]
    """Per position, the first later position with a different attribution (or the length)."""


def disputed(figures: Sequence[Figure]) -> tuple[bool, ...]:
    """Per figure of one measure, whether a figure of another source contradicts it."""
    grouped: dict[tuple, list[Figure]] = defaultdict(list)
    for figure in figures:
        grouped[figure.as_of, _kind(figure.qualifier)].append(figure)
    runs: dict[object, dict[str, _Run]] = defaultdict(dict)
    for (as_of, kind), members in grouped.items():
        runs[as_of][kind] = _run(members)
    return tuple(
        any(_contradicted(figure, kind, run) for kind, run in runs[figure.as_of].items())
        for figure in figures
    )


def _kind(qualifier: str | None) -> str:
    """How a qualifier bounds the true value: from below, from just below, or exactly."""
    if qualifier in _LOWER_BOUNDS:
        return "lower"
    return "nearly" if qualifier == "nearly" else "exact"


def _run(figures: list[Figure]) -> _Run:
    """Sort figures by value and note where the attribution changes."""
    ordered = sorted(figures, key=lambda f: f.value)
    attributions = tuple(f.attribution for f in ordered)
    next_other, following = [0] * len(ordered), len(ordered)
    for position in range(len(ordered) - 1, -1, -1):
        if position + 1 < len(ordered) and attributions[position + 1] != attributions[position]:
            following = position + 1
        next_other[position] = following
    return _Run(tuple(f.value for f in ordered), attributions, tuple(next_other))


def _contradicted(figure: Figure, kind: str, run: _Run) -> bool:
    """Whether some figure of ``run`` (all of qualifier ``kind``) contradicts ``figure``."""
    x, values = figure.value, run.values
    # The comparisons below are written exactly as in the pairwise rule, so floats agree.
    window_start = _first(values, lambda v: x <= 1.5 * v)
    window_end = _first(values, lambda v: v > 1.5 * x)
    agree_start = min(_first(values, _own_floor(figure)), _first(values, _other_floor(kind, x)))
    agree_end = max(_first(values, _own_ceiling(figure)), _first(values, _other_ceiling(kind, x)))
    below = (window_start, min(agree_start, window_end))
    above = (max(agree_end, window_start), window_end)
    return any(_other_source(run, start, end, figure.attribution) for start, end in (below, above))


def _first(values: tuple[float, ...], reached: Callable[[float], bool]) -> int:
    """First position whose value satisfies ``reached`` (false, then true, along the list)."""
    return bisect_left(values, True, key=reached)


def _own_floor(figure: Figure) -> Callable[[float], bool]:
    """Values at or above the lowest value ``figure`` admits."""
    if figure.qualifier == "nearly":
        return lambda v: 0.97 * figure.value <= v
    return lambda v: v >= figure.value


def _own_ceiling(figure: Figure) -> Callable[[float], bool]:
    """Values above the highest value ``figure`` admits."""
    if _kind(figure.qualifier) == "lower":
        return lambda _v: False
    return lambda v: v > figure.value


def _other_floor(kind: str, x: float) -> Callable[[float], bool]:
    """Values of figures of ``kind`` at or above the lowest one that admits ``x``."""
    return (lambda _v: True) if kind == "lower" else (lambda v: v >= x)


def _other_ceiling(kind: str, x: float) -> Callable[[float], bool]:
    """Values of figures of ``kind`` above the highest one that admits ``x``."""
    if kind == "nearly":
        return lambda v: 0.97 * v > x
    return lambda v: v > x


def _other_source(run: _Run, start: int, end: int, attribution: str | None) -> bool:
    """Whether positions ``start`` to ``end`` (exclusive) hold a figure of another source."""
    if start >= end:
        return False
    return run.attributions[start] != attribution or run.next_other[start] < end
