"""Find dated events in an article: every date expression, resolved against the publication date.

How expressions become dates (``Event.when`` keeps the wording, ``Event.date`` the day):

- Calendar dates (``October 7``, ``Oct. 7, 2023``, ``7 October``): the year as written; without
  one, the most recent such day on or before publication, or the next one on or after it when
  the clause is future tense (``will vote on March 25``).
- Month-level (``in November last year``, ``earlier in February``, ``at the end of February``):
  the first day of the month, the 15th for ``mid``/``middle``, the last day for ``end``/``late``.
  A bare month name is not an event (``May`` is also a verb).
- Week-level (``this week``, ``last week``): the Monday of that week; ``last month``: its first day.
- Weekdays (``on Sunday``, ``on Thursday night``): the publication weekday is the publication day;
  otherwise the most recent such day before publication, or the next one after it when the clause
  before the weekday is future tense (``is scheduled to visit Israel on Friday``, ``would return
  ... on Friday``). Only that clause counts, so ``said on Monday it will`` stays in the past.
  ``last``/``next`` force the direction.
- ``today``/``yesterday``/``tomorrow`` and ``two days ago`` count from the publication date.
- When the publication date is unknown, only dates that spell their year (``Oct. 7, 2023``,
  ``in November 2023``) are resolved; every other expression stays undated.
- References to a day the text never dates (``the next day``, ``days later``, ``that night``)
  are events with ``date=None``; no date is invented. An impossible day (``Feb. 30``) too.
- Not events: year-only references (``in 2014``) and the dateline (``JERUSALEM, Feb. 21 (Xinhua)``).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from ..model import Article, Event
from ..text.calendar import MONTH, WEEKDAY, WEEKDAYS, month_number
from ..text.datelines import find_dateline
from ..text.numbers import NUMBER_WORD, word_value
from ..text.sentences import split_sentences

# Month and weekday names are matched case-sensitively (proper nouns); the words around them are not.
_EXPRESSION = re.compile(
    rf"""
    \b(?=\w)(?:  # every expression starts a word; this test makes the scan cheap
    (?P<unanchored>(?i:(?:on\s+)?the\s+(?:following|next|previous|same)\s+
        (?:day|morning|afternoon|evening|night|week))|(?i:the\s+following\s+){WEEKDAY}
        |(?i:\b(?:days|weeks|hours)\s+later|\bthat\s+(?:day|morning|evening|night)))
    |(?P<calendar>\b(?P<month>{MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b
        (?:,?\s+(?P<year>(?:19|20)\d\d)\b)?)
    |(?P<calendar_dmy>\b(?P<day2>\d{{1,2}})\s+(?P<month2>{MONTH})\b
        (?:\s+(?P<year2>(?:19|20)\d\d)\b)?)
    |(?P<month_level>\b(?P<lead>(?i:(?:earlier|later|early|late)\s+in|in\s+(?:early|mid-|mid|late)|in|since|by|until|during
        |(?:at|by|until|since|from)\s+the\s+(?:end|beginning|start|middle)\s+of
        |the\s+(?:end|beginning|start|middle)\s+of|early|mid-|mid|late))(?:\s+|(?<=-))(?P<month3>{MONTH})\b
        (?!\.?\s+\d{{1,2}}\b)(?P<year3>\s+(?:19|20)\d\d\b|\s+(?i:last|this|next)\s+year\b)?)
    |(?P<weekday_expr>(?:\b(?P<wlead>(?i:on|last|next|this|by|until|since|from))\s+)?
        (?P<weekday>{WEEKDAY})(?:\s+(?i:morning|afternoon|evening|night))?\b
        (?!,?\s+{MONTH}\.?\s+\d))
    |(?P<week>(?i:\b(?:(?:earlier|later)\s+)?(?P<week_lead>this|last|next)\s+week\b))
    |(?P<month_rel>(?i:\b(?:(?:earlier|later)\s+)?(?P<month_lead>this|last|next)\s+month\b))
    |(?P<day_word>(?i:\b(?:today|yesterday|tomorrow)\b))
    |(?P<ago>(?i:\b(?P<count>\d+|{NUMBER_WORD})\s+(?P<unit>day|week)s?\s+ago\b)))
    """,
    re.VERBOSE,
)
# A clause ends at punctuation or a complementiser: "said on Monday that it will" is two clauses.
_CLAUSE_BREAK = re.compile(r"[,;:]|\bthat\b|\bwhich\b|--|—")
_FUTURE = re.compile(
    r"\b(?:will|would|shall|won't|wouldn't)\b|'ll\b"
    r"|\b(?:scheduled|slated|set|due|expected|poised|planning|plans?|going|intends?)\s+to\s+"
    r"(?!(?:the|a|an|its|his|her|their|this|that)\b)[a-z]+",
    re.IGNORECASE,
)
# Month- and week-level expressions resolve to a representative day; say so on the page.
_PRECISION = {"month_level": "month", "month_rel": "month", "week": "week"}
_DAY_WORD_OFFSETS = {"yesterday": -1, "today": 0, "tomorrow": 1}
_LEAD_OFFSETS = {"last": -1, "this": 0, "next": 1}


def find_events(article: Article) -> tuple[Event, ...]:
    """Return one event per (sentence, date expression) in reading order."""
    events = []
    for paragraph in article.paragraphs:
        for sentence in split_sentences(paragraph.text):
            events.extend(_sentence_events(article, paragraph.anchor, sentence))
    return tuple(events)


def _sentence_events(article: Article, anchor: str, sentence: str) -> list[Event]:
    """Return the events of one sentence, skipping a dateline and repeated expressions."""
    dateline = find_dateline(sentence)
    skip_before = dateline.end if dateline else 0
    events: dict[str, Event] = {}
    for found in _EXPRESSION.finditer(sentence, skip_before):
        when = " ".join(found.group(0).split())
        if _is_event(found) and when.lower() not in events:
            resolved = _resolve(found, article.date, _is_future(sentence, found))
            precision = _PRECISION.get(found.lastgroup, "day")
            events[when.lower()] = Event(resolved, when, sentence, article.slug, anchor, precision)
    return list(events.values())


def _is_event(found: re.Match) -> bool:
    """Tell a date expression from a bare month name (``May`` the verb, ``the February talks``)."""
    return found.lastgroup != "month_level" or bool(found.group("lead") or found.group("year3"))


def _is_future(sentence: str, found: re.Match) -> bool:
    """Tell whether the clause the expression belongs to speaks of the future."""
    clause = _CLAUSE_BREAK.split(sentence[: found.start()])[-1]
    if not clause.strip():  # "On Friday, Blinken makes ...": the clause follows the expression
        clause = _CLAUSE_BREAK.split(sentence[found.end() :])[0]
    return bool(_FUTURE.search(clause))


def _resolve(found: re.Match, published: date | None, future: bool) -> date | None:
    """Return the day an expression names, or None when the text does not allow one.

    Without a publication date only a date that spells its year can be resolved: "on Sunday"
    or "March 3" counted from an unknown day would be a guess.
    """
    kind = found.lastgroup
    if kind in ("calendar", "calendar_dmy"):
        suffix = "" if kind == "calendar" else "2"
        month = month_number(found.group("month" + suffix))
        year = found.group("year" + suffix)
        return _calendar_date(month, int(found.group("day" + suffix)), year, published, future)
    if kind == "month_level":
        return _month_level_date(found, published, future)
    if kind == "weekday_expr":
        return _weekday_date(found.group("weekday"), found.group("wlead"), published, future)
    return _relative_date(found, published) if published else None


def _calendar_date(
    month: int, day: int, year: str | None, published: date | None, future: bool
) -> date | None:
    """Return the day, inferring a missing year from the publication date and the tense."""
    if year:
        return _safe_date(int(year), month, day)
    if published is None:
        return None
    step = 1 if future else -1
    for candidate_year in (published.year, published.year + step):
        candidate = _safe_date(candidate_year, month, day)
        if candidate and (candidate >= published if future else candidate <= published):
            return candidate
    return None


def _month_level_date(found: re.Match, published: date | None, future: bool) -> date | None:
    """Return the first (or middle, or last) day of the month an expression names."""
    month = month_number(found.group("month3"))
    year_text = (found.group("year3") or "").strip().lower()
    if year_text[:4].isdigit():
        year = int(year_text)
    elif published is None:
        return None
    elif year_text:
        year = published.year + _LEAD_OFFSETS[year_text.split()[0]]
    elif future:
        year = published.year + (month < published.month)
    else:
        year = published.year - (month > published.month)
    lead = found.group("lead").lower()
    if "end" in lead or lead.startswith("late"):
        return date(year, month, calendar.monthrange(year, month)[1])
    return date(year, month, 15 if "mid" in lead else 1)


def _weekday_date(name: str, lead: str | None, published: date | None, future: bool) -> date | None:
    """Return the weekday nearest the publication date in the direction the text implies."""
    if published is None:
        return None
    target = WEEKDAYS.index(name)
    back = (published.weekday() - target) % 7
    ahead = (target - published.weekday()) % 7
    lead = (lead or "").lower()
    if lead == "last":
        return published - timedelta(back or 7)
    if lead == "next":
        return published + timedelta(ahead or 7)
    return published + timedelta(ahead) if future else published - timedelta(back)


def _relative_date(found: re.Match, published: date) -> date | None:
    """Return the day a week, month, day word or ``ago`` expression names; None if unanchored."""
    kind = found.lastgroup
    if kind == "week":
        monday = published - timedelta(published.weekday())
        return monday + timedelta(weeks=_LEAD_OFFSETS[found.group("week_lead").lower()])
    if kind == "month_rel":
        months = published.year * 12 + published.month - 1
        months += _LEAD_OFFSETS[found.group("month_lead").lower()]
        return date(months // 12, months % 12 + 1, 1)
    if kind == "day_word":
        return published + timedelta(_DAY_WORD_OFFSETS[found.group(0).lower()])
    if kind == "ago":
        count = found.group("count").lower()
        number = int(count) if count.isdigit() else int(word_value(count))
        return published - timedelta(days=number * (7 if found.group("unit") == "week" else 1))
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    """Return the date, or None for an impossible day such as Feb. 30."""
    try:
        return date(year, month, day)
    except ValueError:
        return None
