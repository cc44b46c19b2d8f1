"""Month and weekday names (``calendar.yml``) and the patterns every stage builds from them."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from types import MappingProxyType

from ..files import load_yaml
from .lexicon import alternation

_DATA = load_yaml(Path(__file__).with_name("calendar.yml").read_text(encoding="utf-8"))
_FULL = [str(month["name"]) for month in _DATA["months"]]
_SHORT = [str(short) for month in _DATA["months"] for short in month["short"]]
_OTHER = MappingProxyType(
    {
        str(name).lower(): number
        for names in _DATA["other_months"].values()
        for number, name in enumerate(names, 1)
    }
)

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
MONTH_ABBREVIATIONS = frozenset(short.lower() for short in _SHORT)
"""Month abbreviations, lower case, without the stop (``sept``): their stop ends no sentence."""


MONTH = rf"(?:{alternation(_FULL)}|(?:{alternation(_SHORT)})\.?)(?![\w-])"
"""A month name as written (``February``, ``Feb.``, ``Feb``); case-sensitive, a whole word."""
DATELINE_MONTH = (
    rf"(?:{alternation(_FULL)}|(?:{alternation(_SHORT)})\.?|(?i:{alternation(_OTHER)}))(?![\w-])"
)
"""A month as a dateline may print it: English, or another language's (``avril``, any case)."""
WEEKDAY = rf"(?:{alternation(WEEKDAYS)})(?![\w-])"
"""A weekday name, case-sensitive, a whole word."""
FULL_DATE = re.compile(rf"\b(?P<month>{MONTH})\s+(?P<day>\d{{1,2}}),\s+(?P<year>\d{{4}})\b")
"""A full date as US copy writes it: ``October 7, 2023``, ``Feb. 21, 2024``."""

_NAMES = frozenset(name.lower() for name in (*MONTHS, *WEEKDAYS))


def month_number(written: str) -> int:
    """The number of a month name as written (``Sept.`` -> 9, ``avril`` -> 4)."""
    name = written.rstrip(".")
    return MONTHS[name] if name in MONTHS else _OTHER[name.lower()]


def is_calendar_name(word: str) -> bool:
    """Whether ``word`` (any case, maybe with a final stop) names a month or a weekday."""
    return word.rstrip(".").lower() in _NAMES


def long_date(day: date) -> str:
    """``7 April 2024``: the day as the briefing shows it (no platform-only strftime codes)."""
    return f"{day.day} {_FULL[day.month - 1]} {day.year}"


def short_date(day: date) -> str:
    """``7 Apr 2024``."""
    return f"{day.day} {_FULL[day.month - 1][:3]} {day.year}"


def weekday_date(day: date) -> str:
    """``Sunday 7 April 2024``."""
    return f"{WEEKDAYS[day.weekday()]} {long_date(day)}"


def month_year(day: date) -> str:
    """``April 2024``."""
    return f"{_FULL[day.month - 1]} {day.year}"


UNDATED = "undated"
"""The key of what has no date, among keys of months."""
MONTH_KEY = re.compile(rf"\d{{4}}-\d{{2}}|{UNDATED}")
"""A month's key, as ``month_key`` writes it."""


def month_key(day: date | None) -> str:
    """The key of the month of ``day`` (``2024-03``), or ``undated``: the name of a month's page."""
    return day.isoformat()[:7] if day else UNDATED
