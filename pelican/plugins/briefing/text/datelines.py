"""Datelines: the place, date and credit that open a wire story (``JERUSALEM, Feb. 21 (Xinhua) --``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .calendar import MONTH, month_number

_WORD = r"[^\W\d_][\w.'\-]{0,24}"
# Every quantifier is bounded and the match is anchored, so a long line costs nothing.
_DATELINE = re.compile(
    rf"(?P<place>{_WORD}(?: {_WORD}){{0,3}})"
    rf"(?:, (?P<region>{_WORD}(?: {_WORD}){{0,2}}))?"
    rf"(?:, (?P<month>{MONTH}) (?P<day>\d{{1,2}})(?:, (?P<year>\d{{4}}))?)?"
    r" ?(?:\((?P<credit>[^\W\d_][^()\n]{0,38})\))?"
    r" ?(?:--|[-\u2013\u2014]) ?"
)
# A dateline never runs longer than this; matching is limited to the start of the paragraph.
_MAX_DATELINE = 160


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
    month = found["month"]
    return Dateline(
        text=found.group(0).rstrip(" -\u2013\u2014"),
        credit=found["credit"].strip() if found["credit"] else None,
        month=month_number(month) if month else None,
        day=int(found["day"]) if found["day"] else None,
        year=int(found["year"]) if found["year"] else None,
        end=found.end(),
    )


def _is_dateline(found: re.Match[str]) -> bool:
    """Tell a dateline from a sentence that merely starts with a capital and a dash."""
    place = found["place"]
    if not place[0].isupper() or (found["day"] and not 1 <= int(found["day"]) <= 31):
        return False
    if found["credit"]:
        return found["credit"][0].isupper()
    # Without a credit, only a capitalised place with a date reads as a dateline.
    return bool(found["month"]) and place.isupper()
