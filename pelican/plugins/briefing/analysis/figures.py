"""Find numeric claims in an article: the number, what it counts, who claims it and as of when.

Decisions (documented for editors and readers of the method page):

- Not figures: dates (``October 7``, ``Feb. 21, 2024``), years (four digits 1800-2100 without a
  comma), ages (``60-year-old``, ``aged 60``), ordinals (``sixth``, ``3rd``), clock times, time
  windows (``the past 24 hours``, ``six months ago``), numbers in names (``Resolution 2728``,
  ``F-16``), vague amounts (``hundreds of thousands``, ``dozens``) and a lone ``one`` or ``a``
  (more often a pronoun or an article than a count).
- Institution sizes are figures: ``47 member nations`` counts ``members``, ``13,000 staff`` ``staff``.
- ``qualifier`` is one of: at least, more than, nearly, about, up to, fewer than, at most, or None
  (``over`` -> more than, ``around``/``some``/``roughly`` -> about, ``almost`` -> nearly).
- ``counted`` is a measure key from ``_AFTER_CUES``/``_VERB_BEFORE`` and the rules in ``_counted``;
  an unknown measure is ``count``. A one-day increment (``in the past 24 hours``, ``overnight``)
  gets the suffix ``-daily`` (``killed-daily``), so daily increments never mix with totals.
- ``subject`` is the noun after the number as written (``Hamas fighters``); a bare number in a list
  (``28 countries voted in favor, 13 abstained``) takes the previous one, ``12 of its 13,000 staff``
  the next one; money without a noun is counted in its currency's name (``dollars``).
- ``attribution``: the nearest ``according to X`` in the sentence; else the speaker of the nearest
  reporting verb before the number (``the Israeli military said``), else after it (``, the ministry
  said``); a pronoun speaker (``he said``) or none gives the outlet (``article.source``).
  A leading ``a``/``an`` is dropped, ``the`` is kept.
- ``as_of``: the day of a date in the same sentence introduced by ``on`` or ``during`` and not after
  ``since`` (``taken hostage on Oct. 7, 2023`` -> 2023-10-07, ``killed during Hamas' October 7
  attack`` -> 2023-10-07); otherwise the publication date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from ..model import Article, Event, Figure, Paragraph
from ..text.calendar import MONTH
from ..text.lexicon import (
    CLAIM_VERBS,
    CURRENCIES,
    CURRENCY_NAMES,
    NUMBERED_NAMES,
    QUALIFIERS,
    SCALES,
    alternation,
)
from ..text.numbers import NUMBER_WORD, word_value
from ..text.sentences import split_sentences
from .figure_sources import attribution
from .measures import counted

_QUALIFIER = alternation(QUALIFIERS)
_SCALE = alternation(SCALES)
_CURRENCY = alternation(CURRENCIES)
_NUMBER = re.compile(
    rf"""
    (?<!\w)(?=[\w$€£])  # a number or its qualifier starts a token; this test makes the scan cheap
    (?:(?P<qualifier>\b(?:{_QUALIFIER}))\s+)?
    (?P<currency>{_CURRENCY})?
    (?:(?P<digits>(?<![\w.,:/-])(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?(?!\w)))
      |(?P<word>\b{NUMBER_WORD}\b))
    (?:\s+(?P<scale>{_SCALE})\b)?
    (?:-(?P<span>hour|day|week|month|year)\b(?!-))?
    (?:\s*(?P<percent>%|percent\b|per\ cent\b))?
    """,
    re.IGNORECASE | re.VERBOSE,
)
_DATE_BEFORE = re.compile(rf"\b{MONTH}\s+$")
_DATE_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s+{MONTH}")
_AGE = re.compile(r"^(?:-years?-old|\s+years?\s+old|-month-old)")
_AGE_BEFORE = re.compile(r"\baged\s+$", re.IGNORECASE)
_CLOCK = re.compile(r"^(?::\d|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b))")
_TIME_UNIT = re.compile(r"^\s+(hour|day|week|month|year)s?\b", re.IGNORECASE)
_WINDOW_BEFORE = re.compile(r"\b(?:past|last|previous|next|coming|first|final)\s+$", re.I)
_AGO = re.compile(r"^\s+\w+\s+ago\b", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)\.?\s+$")

# Words that end the noun after a number: "33 people are", "1,160 deaths in Israel".
_SUBJECT_STOP = re.compile(
    r"of|to|in|on|at|by|for|from|with|and|or|but|are|is|was|were|have|has|had|be|been|being|will"
    r"|would|could|may|might|who|which|that|since|according|than|as|also|still|thought|per"
    r"|an?|the|its|their|his|her|this|these|those|there|here|more|against|into|under|over|about"
    r"|after|before|during|including|among|across|like|near|\w+ed|\w+ing|"
    + alternation(CLAIM_VERBS),
    re.IGNORECASE,
)
# A list item or a share: "28 countries voted, 13 abstained"; "12 of its 13,000 staff".
_OF_NEXT = re.compile(r"^\s+of\s+(?:its|the|their|his|her|our)?\s*$", re.IGNORECASE)
_OF_NOUN = re.compile(r"\s+of\s+(?:(?:its|the|their|his|her|our)\s+)?(?=[^\W\d])", re.I)
_DATING = re.compile(r"\b(?:on|during)\s+(?:\S+\s+)?$", re.IGNORECASE)
# Measures of things that happen on a day; only these take the day their sentence gives.
_EVENT_MEASURES = frozenset(
    re.findall(
        r"\S+",
        "killed fighters-killed wounded arrested displaced hostages-taken hostages-released "
        "votes-for votes-against abstentions",
    )
)


@dataclass(frozen=True)
class _Number:
    """A number found in a sentence, before its subject and measure are settled."""

    found: re.Match
    value: float
    unit: str
    subject: str


def find_figures(article: Article, events: Sequence[Event]) -> tuple[Figure, ...]:
    """Return the numeric claims of an article in reading order; ``events`` are its dates."""
    found = [
        (sentence, figure)
        for paragraph in article.paragraphs
        for sentence in split_sentences(paragraph.text)
        for figure in _sentence_figures(article, paragraph, sentence)
    ]
    dated = _dated_sentences(article, events)
    figures = []
    for sentence, figure in found:
        day = dated.get((figure.anchor, sentence))
        figures.append(replace(figure, as_of=day) if day and _is_event_measure(figure) else figure)
    return tuple(figures)


def _is_event_measure(figure: Figure) -> bool:
    """Tell a count of things that happen on a day (killed, arrested, votes...) from the rest."""
    return figure.counted.removesuffix("-daily") in _EVENT_MEASURES


def _dated_sentences(article: Article, events: Sequence[Event]) -> dict[tuple[str, str], date]:
    """Return, per (anchor, sentence), the day a date introduced by "on"/"during" gives it."""
    dated: dict[tuple[str, str], date] = {}
    for event in events:
        too_late = article.date is not None and event.date is not None and event.date > article.date
        if event.date and not too_late and _dates_sentence(event):
            dated.setdefault((event.anchor, event.text), event.date)
    return dated


def _dates_sentence(event: Event) -> bool:
    """Tell whether an event's date applies to the facts of its sentence (see module doc)."""
    before = event.text[: event.text.find(event.when)]
    on_day = event.when.lower().startswith("on ") or bool(_DATING.search(before))
    return on_day and "since" not in before.lower()


def _sentence_figures(article: Article, paragraph: Paragraph, sentence: str) -> list[Figure]:
    """Return the figures of one sentence, as of the publication date."""
    numbers = [number for found in _NUMBER.finditer(sentence) if (number := _number(found))]
    numbers = [n for n in numbers if not _is_excluded(sentence, n.found)]
    numbers = _settle_subjects(sentence, numbers)
    return [_figure(article, paragraph, sentence, numbers, index) for index in range(len(numbers))]


def _figure(
    article: Article, paragraph: Paragraph, sentence: str, numbers: list[_Number], index: int
) -> Figure:
    """Return the figure of the number at ``index`` among the sentence's numbers."""
    number, found = numbers[index], numbers[index].found
    previous_end = numbers[index - 1].found.end() if index else 0
    next_start = numbers[index + 1].found.start() if index + 1 < len(numbers) else None
    before, after = sentence[previous_end : found.start()], sentence[found.end() : next_start]
    return Figure(
        text=found.group(0),
        value=number.value,
        qualifier=QUALIFIERS.get(" ".join((found.group("qualifier") or "").lower().split())),
        counted=counted(number.unit, number.subject, before, after, paragraph.text),
        subject=number.subject,
        attribution=attribution(sentence, found.start(), found.end()) or article.source,
        as_of=article.date,
        article=article.slug,
        anchor=paragraph.anchor,
        unit=number.unit,
    )


def _number(found: re.Match) -> _Number | None:
    """Return the value and unit of a match, or None for a lone "one"/"a"."""
    word = (found.group("word") or "").lower()
    scale = SCALES[found.group("scale").lower()] if found.group("scale") else 1.0
    if word and scale == 1.0 and not found.group("span") and word_value(word) <= 1:
        return None
    amount = float(found.group("digits").replace(",", "")) if not word else word_value(word)
    return _Number(found, amount * scale, _unit(found), "")


def _unit(found: re.Match) -> str:
    """Return the unit of a match: currency code, time unit, percent, or empty for a count."""
    if found.group("currency"):
        return CURRENCIES[found.group("currency").lower()]
    if found.group("span"):
        return found.group("span").lower()
    if found.group("percent"):
        return "percent"
    unit = _TIME_UNIT.match(found.string[found.end() :])
    return unit.group(1).lower() if unit else ""


def _is_excluded(sentence: str, found: re.Match) -> bool:
    """Tell dates, years, ages, clock times, time windows and names from figures."""
    before, after = sentence[: found.start()], sentence[found.end() :]
    digits = found.group("digits") or ""
    bare = not (found.group("qualifier") or found.group("currency") or found.group("scale"))
    is_year = bare and digits.isdigit() and len(digits) == 4 and 1800 <= int(digits) <= 2100
    window = _TIME_UNIT.match(after) and (_WINDOW_BEFORE.search(before) or _AGO.match(after))
    return bool(
        is_year
        or _DATE_BEFORE.search(before)
        or _DATE_AFTER.match(after)
        or _AGE.match(after)
        or _AGE_BEFORE.search(before)
        or _CLOCK.match(after)
        or window
        or (bare and digits and _is_name(before))
    )


def _is_name(before: str) -> bool:
    """Tell a number that is part of a name ("Resolution 2728", "Flight 370") by the word before."""
    word = _WORD_BEFORE.search(before)
    return bool(word) and word.group(1).lower() in NUMBERED_NAMES


def _settle_subjects(sentence: str, numbers: list[_Number]) -> list[_Number]:
    """Give every number the noun it counts, borrowing it across a list or an "of"."""
    nouns = [_noun_after(sentence, number.found.end()) for number in numbers]
    for index in range(len(numbers) - 2, -1, -1):
        between = sentence[numbers[index].found.end() : numbers[index + 1].found.start()]
        if not nouns[index] and _OF_NEXT.match(between):
            nouns[index] = nouns[index + 1]
    for index in range(1, len(numbers)):
        nouns[index] = nouns[index] or nouns[index - 1]
    return [
        _Number(n.found, n.value, n.unit, noun or _unit_name(n.unit))
        for n, noun in zip(numbers, nouns, strict=True)
    ]


def _unit_name(unit: str) -> str:
    """Return the plain name of a unit, the subject of a number that names nothing else."""
    if unit in CURRENCY_NAMES:
        return CURRENCY_NAMES[unit]
    return f"{unit}s" if unit and unit != "percent" else unit


def _noun_after(sentence: str, offset: int) -> str:
    """Return up to three words after a number that name what it counts."""
    rest = sentence[offset:]
    of_noun = _OF_NOUN.match(rest)  # "6,000 of its fighters" counts fighters
    kept = []
    for word in re.findall(r"[\w'’-]+|[^\w\s]", rest[of_noun.end() if of_noun else 0 :])[:4]:
        if not word[0].isalnum() or _SUBJECT_STOP.fullmatch(word):
            break
        kept.append(word)
    if _TIME_UNIT.match(" " + " ".join(kept[:1])):  # "six weeks": the unit is not the subject
        return ""
    return " ".join(kept[:3])
