"""As of when a figure is: the day its own clause gives, from the timeline stage's events.

A date dates a figure when it is in the figure's clause (no ``after``, ``because``, ``but``,
``;`` between them: in "schools were closed Monday after six people were killed" Monday is
not the day of the six) and is a day, not a week or a month, introduced by ``on`` or
``during`` (preferred) or standing bare as wire copy writes it (``were killed Sunday``, ``Just
yesterday, we delivered``), never by ``since``, ``until``, ``by`` or ``from`` (``killed since
October 7`` is a running total as of publication) and never as a possessive (``Today's
announcement builds on the $100 million announced on October 18``). A day after publication (``will vote on
Friday``) dates nothing. A figure its clause puts in an earlier year (``in 1964``) is as of no
known day: None. Otherwise a figure is as of the publication date, and None when that is
unknown: the timeline resolves ``Sunday`` only against a known publication date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from ..model import Event

_INTRODUCED = re.compile(r"\b(?:on|during)\s+(?:\S+\s+)?$", re.IGNORECASE)
_NOT_THAT_DAY = re.compile(
    r"\b(?:since|until|till|by|before|after|from|through|to|between|next|following)\s+$", re.I
)
_BREAK = re.compile(
    r"[;:]|—|\s-\s|,\s+which\b"
    r"|\b(?:after|before|while|whereas|because|although|but|if|unless)\b",
    re.IGNORECASE,
)
_IN_YEAR = re.compile(r"\bin\s+(?P<year>(?:18|19|20)\d\d)\b")
_POSSESSIVE = re.compile(r"['’]s\b")
_SINCE = re.compile(r"\bsince\b[^,;]*$", re.IGNORECASE)
_BEFORE_NAME = re.compile(r"(?:\bthe|\w['’]s?)\s+$", re.IGNORECASE)
_NAME_AFTER = re.compile(r"\s+(?:[A-Z][\w'’]*\s+)?[a-z]")


def figure_day(
    sentence: str, offset: int, events: Sequence[Event], published: date | None, kind: str | None
) -> date | None:
    """The day the clause around ``offset`` gives its figure of ``kind``, or None (see the
    module doc). ``events`` are the sentence's events, resolved against ``published``."""
    days = []
    for event in events:
        where = sentence.find(event.when)
        if where < 0 or event.date is None or event.precision != "day":
            continue
        if published is not None and event.date > published:
            continue
        before, after = sentence[:where], sentence[where + len(event.when) :]
        introduced = event.when.lower().startswith(("on ", "during ")) or _INTRODUCED.search(before)
        if _SINCE.search(before) or (
            not introduced and (_NOT_THAT_DAY.search(before) or _POSSESSIVE.match(after))
        ):
            continue
        if kind != "event" and _names_event(event.when, before, after):
            continue
        low, high = sorted((where, offset))
        if not _BREAK.search(sentence, low, high):
            days.append((not introduced, abs(where - offset), event.date))
    return min(days)[2] if days else None


def of_an_earlier_year(sentence: str, offset: int, published: date | None) -> bool:
    """Whether the clause around ``offset`` puts its figure in an earlier year ("the deadliest
    killed over 300 people in Lima in 1964"): as of a year, not of the publication day."""
    for year in _IN_YEAR.finditer(sentence):
        low, high = sorted((year.start(), offset))
        earlier = published is None or int(year.group("year")) < published.year
        if earlier and not _BREAK.search(sentence, low, high):
            return True
    return False


def _names_event(when: str, before: str, after: str) -> bool:
    """Whether a date names an event ("the October 7 attack", "Hamas' Oct. 7 raid")."""
    return any(c.isdigit() for c in when) and bool(
        _BEFORE_NAME.search(before) and _NAME_AFTER.match(after)
    )
