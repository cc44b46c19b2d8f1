"""Figures as series: like with like, where sources differ, how the count moves over time.

A series holds the figures of one measure, subject, place and kind: "killed, people, Gaza,
running total" never joins "killed, people, Israel, one event" or "killed, UN staff, Gaza".
The subject is what the number counts by its head noun, people in general being one subject
("33,100 Palestinians", "30,000 people" and "nearly 32,000 deaths"; ``text.lexicon.PEOPLE_WORDS``
and demonyms). A figure whose place or kind the text does not give is listed on its own and
joins nothing: an unknown never matches.

Within a series, "sources differ" compares figures of one day (``analysis.disputes``); the
"over time" line follows a running total, a daily toll or a count (never one event's toll, a
vote or a sum in a unit), one step per publication day, the firmest count of each day.

Pure: the corpus's figures and the articles' publication dates in, plain records out. The
figures page and the one-file briefing show these; they compute nothing themselves.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from ..model import Figure
from ..text.calendar import short_date
from ..text.lexicon import CURRENCY_NAMES
from ..text.numbers import bounds
from .disputes import disputed
from .figure_subjects import unit_name
from .measures import means_people

KIND_LABELS = {
    "cumulative": "running total",
    "daily": "one day's toll",
    "event": "one event",
    "count": "count",
}
"""How each kind of figure is named on the figures page."""
_TRENDING = frozenset(("cumulative", "daily", "count"))


@dataclass(frozen=True, slots=True)
class FigureRow:
    """One figure on the figures page."""

    figure: Figure
    """The figure."""
    disputed: bool
    """Another source gives an incompatible number for the same series and date."""
    written: str = ""
    """The figure as the page shows it: its text and a unit of measure (``54,000 pounds``)."""


@dataclass(frozen=True, slots=True)
class Measure:
    """One series: every figure of one measure, subject, place and kind, in date order."""

    key: str
    """Identifier of the series, e.g. ``killed-people-gaza-cumulative``."""
    label: str
    """Readable name of the measure, e.g. ``Killed``."""
    rows: tuple[FigureRow, ...]
    """Figures by date, then value."""
    trend: tuple[str, ...]
    """How the count moves over time: ``29,000 (21 Feb 2024)`` ...; empty if it cannot move."""
    measure: str = ""
    """Measure key shared by its figures, e.g. ``killed``."""
    subject: str = ""
    """What its figures count, e.g. ``people``; empty when they name nothing."""
    place: str | None = None
    """Place of its figures; ``None`` when the text does not give one."""
    kind: str | None = None
    """Kind of its figures (``cumulative``...); ``None`` when the text does not give one."""

    @property
    def details(self) -> str:
        """What the series is, e.g. ``people · Gaza · running total`` (unknowns named)."""
        place = self.place or "place not stated"
        kind = KIND_LABELS.get(self.kind or "", "kind not stated")
        return " · ".join(part for part in (self.subject, place, kind) if part)


READING_ORDER = (
    "killed",
    "wounded",
    "hostages-held",
    "hostages-released",
    "hostages-taken",
    "hostages-dead",
    "missing",
    "displaced",
    "people-at-risk-of-famine",
    "people-in-need",
    "people-sheltering",
    "aid-trucks",
    "aid-quantity",
    "aid-pledged",
    "money",
    "arrested",
    "fighters-killed",
    "forces",
    "staff",
    "staff-accused",
    "votes-for",
    "votes-against",
    "abstentions",
    "vote-share",
)
"""The measures in the order a reader of a briefing on a war looks for them: the human toll
first, then hostages, people in need, aid, and the rest; measures not listed come after, in
alphabetical order."""


def measures(figures: Iterable[Figure], published: dict[str, date | None]) -> list[Measure]:
    """Figures grouped into series of like figures, with disagreements and trends marked.

    ``published`` gives each article's publication date by slug.
    """
    groups: dict[tuple, list[Figure]] = defaultdict(list)
    for figure in figures:
        groups[_series(figure)].append(figure)
    # Measures in reading order; unknown places and kinds after the known ones of the same
    # measure and subject.
    rank = {measure: position for position, measure in enumerate(READING_ORDER)}
    ordered = sorted(
        groups.items(),
        key=lambda item: (
            rank.get(item[0][0], len(rank)),
            *((part is None, part or "") for part in item[0]),
        ),
    )
    return [_measure(key, found, published) for key, found in ordered]


def by_measure(series: Iterable[Measure]) -> list[tuple[str, list[Measure]]]:
    """The series grouped by measure, keeping their order (the reading order of ``measures``)."""
    groups: dict[str, list[Measure]] = {}
    for one in series:
        groups.setdefault(one.measure, []).append(one)
    return list(groups.items())


def subject_of(figure: Figure) -> str:
    """What a figure counts, by its head noun; people in general are ``people`` (``hostages`` for
    a count of hostages)."""
    words = [re.sub(r"['’]s$", "", word) for word in figure.subject.split()]
    head = words[-1].rsplit("-", 1)[-1] if words else ""
    if not head:
        return "" if figure.unit else "people"
    if means_people(head) or head.lower() == "others":
        # "130 people ... are still in Gaza": the people a hostage count counts are hostages
        return "hostages" if figure.counted.startswith("hostages") else "people"
    return head.lower()


def _series(figure: Figure) -> tuple:
    """The series a figure belongs to: measure, subject, place, kind."""
    return figure.counted, subject_of(figure), figure.place, figure.kind


def _measure(series: tuple, figures: list[Figure], published: dict[str, date | None]) -> Measure:
    """Order one series' figures, mark where sources disagree and how the count moves."""
    counted, subject, place, sort = series
    ordered = sorted(figures, key=lambda f: (f.as_of or date.min, f.value, f.article, f.anchor))
    known = place is not None and sort is not None
    flags = disputed(ordered) if known else (False,) * len(ordered)
    rows = tuple(FigureRow(f, d, _written(f)) for f, d in zip(ordered, flags, strict=True))
    trend = _trend(ordered, published) if known and sort in _TRENDING else ()
    key = "-".join(_slug(part or "unknown") for part in (counted, subject, place, sort))
    label = counted.replace("-", " ").capitalize()
    return Measure(key, label, rows, trend, counted, subject, place, sort)


def _trend(figures: list[Figure], published: dict[str, date | None]) -> tuple[str, ...]:
    """One step per publication day: the firmest count given as of that day.

    A count dated to an earlier event (the toll of October 7) is not a step of the running
    total; a sum in a unit (money, percent) is not a count that moves.
    """
    best: dict[date, Figure] = {}
    for figure in figures:
        if figure.as_of and figure.as_of == published.get(figure.article) and not figure.unit:
            kept = best.get(figure.as_of)
            best[figure.as_of] = figure if not kept or _floor(figure) > _floor(kept) else kept
    trend = tuple(f"{f.text} ({short_date(day)})" for day, f in sorted(best.items()))
    return trend if len(trend) > 1 else ()


def _written(figure: Figure) -> str:
    """A figure's text with its unit of measure, which the text shows apart: "54,000 pounds"."""
    name = "" if figure.unit in CURRENCY_NAMES else unit_name(figure.unit, figure.value)
    return f"{figure.text} {name}" if name else figure.text


def _floor(figure: Figure) -> float:
    """The least the figure can mean ("nearly 32,000" may be 31,040), to pick the firmest count."""
    return bounds(figure.value, figure.qualifier)[0]


def _slug(text: str) -> str:
    """Lower-case letters and digits joined by hyphens, for an id."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
