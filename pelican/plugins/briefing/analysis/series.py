"""Figures as series: grouped by what they count, where sources differ, how the count moves.

Pure: the corpus's figures and the articles' publication dates in, plain records out. The
figures page and the one-file briefing show these; they compute nothing themselves.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from ..model import Figure
from ..text.calendar import short_date
from ..text.numbers import bounds
from .disputes import disputed


@dataclass(frozen=True, slots=True)
class FigureRow:
    """One figure on the figures page."""

    figure: Figure
    """The figure."""
    disputed: bool
    """Another source gives an incompatible number for the same measure and date."""


@dataclass(frozen=True, slots=True)
class Measure:
    """Every figure for one thing counted, in date order."""

    key: str
    """Measure key, e.g. ``killed``."""
    label: str
    """Readable name, e.g. ``Killed``."""
    rows: tuple[FigureRow, ...]
    """Figures by date, then value."""
    trend: tuple[str, ...]
    """How the count moves over time: ``29,000 (21 Feb 2024)`` ...; empty if one date."""


def measures(figures: Iterable[Figure], published: dict[str, date | None]) -> list[Measure]:
    """Figures grouped by what they count, with disagreements and trends marked.

    ``published`` gives each article's publication date by slug.
    """
    groups: dict[str, list[Figure]] = defaultdict(list)
    for figure in figures:
        groups[figure.counted].append(figure)
    return [_measure(k, found, published) for k, found in sorted(groups.items())]


def _measure(key: str, figures: list[Figure], published: dict[str, date | None]) -> Measure:
    """Order one measure's figures, mark where sources disagree and how the running count moves."""
    ordered = sorted(figures, key=lambda f: (f.as_of or date.min, f.value, f.article, f.anchor))
    rows = tuple(FigureRow(f, d) for f, d in zip(ordered, disputed(ordered), strict=True))
    # Only counts given as of the day of publication form a running total; a count dated to an
    # earlier event (the toll of October 7) is a different series.
    best: dict[date, Figure] = {}
    for figure in ordered:
        if figure.as_of and figure.as_of == published.get(figure.article) and not figure.unit:
            kept = best.get(figure.as_of)
            best[figure.as_of] = figure if not kept or _floor(figure) > _floor(kept) else kept
    trend = tuple(f"{f.text} ({short_date(day)})" for day, f in sorted(best.items()))
    return Measure(key, key.replace("-", " ").capitalize(), rows, trend if len(trend) > 1 else ())


def _floor(figure: Figure) -> float:
    """The least the figure can mean ("nearly 32,000" may be 31,040), to pick the firmest count."""
    return bounds(figure.value, figure.qualifier)[0]
