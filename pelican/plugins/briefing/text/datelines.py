"""Datelines: the place, date and credit that open a wire story.

``JERUSALEM, Feb. 21 (Xinhua) --``, ``GAZA, 10 avril (AFP) -``, ``WASHINGTON (AP) —``,
``(CAIRO, Egypt) --``, ``WASHINGTON, DC—``: a place (in capitals unless a credit follows),
maybe a region, a date (month and day either way round, maybe a year), a credit in brackets,
then a dash.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .calendar import DATELINE_MONTH, month_number
from .lexicon import CAPS_LABELS

# A word of a place; two places filed together are one ("GENEVA/CAIRO").
_WORD = r"[^\W\d_][\w.'\-]{0,24}(?:/[^\W\d_][\w.'\-]{0,24})?"
# A hyphen is a dash only beside a space ("CAIRO - The"), never inside "JEAN-PIERRE".
_DASH = r"(?: ?(?:--|[\u2013\u2014]) ?| -(?: |(?=\S))|- )"
# Every quantifier is bounded and the match is anchored, so a long line costs nothing.
_DATELINE = re.compile(
    rf"(?P<open>\()?(?P<place>{_WORD}(?: {_WORD}){{0,5}})"
    rf"(?:, (?P<region>{_WORD}(?: {_WORD}){{0,2}}))?(?(open)\))"
    rf"(?:, (?:(?P<month>{DATELINE_MONTH}) (?P<day>\d{{1,2}})"
    rf"|(?P<day_first>\d{{1,2}}) (?P<month_second>{DATELINE_MONTH}))(?:,? (?P<year>\d{{4}}))?)?"
    r" ?(?:\((?P<credit>[^\W\d_][^()\n]{0,38})\))?"
    rf"{_DASH}(?=(?P<next>.?))"
)
# A dateline never runs longer than this; matching is limited to the start of the paragraph.
_MAX_DATELINE = 160
# A place alone (no date, no credit) reads as a dateline only in capitals and this long:
# "WASHINGTON —", not "UN -".
_BARE_PLACE = 4


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline at the start of a paragraph."""

    text: str
    """The dateline as printed, without the dash, e.g. ``JERUSALEM, Feb. 21 (Xinhua)``."""
    credit: str | None
    """Outlet credited in parentheses, e.g. ``Xinhua``; ``None`` when absent."""
    month: int | None
    """Month number, when the dateline gives a date."""
    day: int | None
    """Day of the month, when the dateline gives a date."""
    year: int | None
    """Year, when the dateline spells it out."""
    end: int
    """Offset in the paragraph where the story text begins."""


def find_dateline(paragraph: str) -> Dateline | None:
    """Return the dateline opening ``paragraph``, or ``None`` if it has none."""
    found = _DATELINE.match(paragraph[:_MAX_DATELINE])
    if not found or not _is_dateline(found):
        return None
    month = found["month"] or found["month_second"]
    day = found["day"] or found["day_first"]
    return Dateline(
        text=found.group(0).rstrip(" -\u2013\u2014"),
        credit=found["credit"].strip() if found["credit"] else None,
        month=month_number(month) if month else None,
        day=int(day) if day else None,
        year=int(found["year"]) if found["year"] else None,
        end=found.end(),
    )


def _is_dateline(found: re.Match[str]) -> bool:
    """Tell a dateline from a sentence that merely starts with a capital and a dash."""
    place, day = found["place"], found["day"] or found["day_first"]
    if not place[0].isupper() or (day and not 1 <= int(day) <= 31):
        return False
    if found["credit"]:
        return found["credit"][0].isupper()
    # Without a credit, only a place in capitals reads as a dateline: with a date, or alone
    # if it is long enough and the story starts after the dash.
    if not place.isupper() or place.lower() in CAPS_LABELS:
        return False
    starts_story = found["next"][:1].isupper() or found["next"][:1].isdigit()
    return bool(day) or (len(place) >= _BARE_PLACE and starts_story)
