"""Month and weekday names (``calendar.yml``) and the patterns every stage builds from them."""

from __future__ import annotations

import re
from pathlib import Path
from types import MappingProxyType

from ..files import load_yaml

_DATA = load_yaml(Path(__file__).with_name("calendar.yml").read_text(encoding="utf-8"))

MONTHS = MappingProxyType(
    {
        name: int(month["number"])
        for month in _DATA["months"]
        for name in (month["name"], *month["short"])
    }
)
"""Month name or abbreviation as written (``September``, ``Sept``) -> month number."""
WEEKDAYS = tuple(str(day) for day in _DATA["weekdays"])
"""Weekday names, Monday first (the order of ``date.weekday()``)."""

_FULL = [str(m["name"]) for m in _DATA["months"]]
_SHORT = [str(short) for m in _DATA["months"] for short in m["short"]]
MONTH = (
    r"(?:"
    + "|".join(sorted(_FULL, key=len, reverse=True))
    + r"|(?:"
    + "|".join(sorted(_SHORT, key=len, reverse=True))
    + r")\.?)(?![\w-])"
)
"""A month name as written (``February``, ``Feb.``, ``Feb``); case-sensitive, a whole word."""
WEEKDAY = r"(?:" + "|".join(WEEKDAYS) + r")(?![\w-])"
"""A weekday name, case-sensitive, a whole word."""
FULL_DATE = re.compile(rf"\b(?P<month>{MONTH})\s+(?P<day>\d{{1,2}}),\s+(?P<year>\d{{4}})\b")
"""A full date as US copy writes it: ``October 7, 2023``, ``Feb. 21, 2024``."""

MONTH_ABBREVIATIONS = frozenset(short.lower() for short in _SHORT)
"""Month abbreviations, lower case, without the stop (``sept``): their stop ends no sentence."""
_NAMES = frozenset(name.lower() for name in (*MONTHS, *WEEKDAYS))


def month_number(written: str) -> int:
    """The number of a month name as written (``Sept.`` -> 9)."""
    return MONTHS[written.rstrip(".")]


def is_calendar_name(word: str) -> bool:
    """Whether ``word`` (any case, maybe with a final stop) names a month or a weekday."""
    return word.rstrip(".").lower() in _NAMES
