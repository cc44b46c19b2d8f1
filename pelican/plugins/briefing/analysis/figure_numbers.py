"""Which numbers in a sentence are figures an editor would file, and what noun each one counts.

The rules (an editor's "Not listed"), in the order they are tried:

- Dates (``October 7``, ``Feb. 21, 2024``, ``July 28-29``), years and identifiers: a bare whole
  number of four digits or more without a separator is a year or a code (``E.O. 14115``, ``Unit
  8200``): copy writes counts of a thousand and more as ``1,400`` or ``33 360``.
- A number joined by a hyphen to a word is an adjective, never a count: ages (``72-year-old``),
  durations (``four-day``, ``seven-month-old``), event names (``5,000-meter``) and descriptions
  (``two-state solution``, ``15-nation Council``, ``three-way race``, ``two-time champion``).
- Ages (``aged 7 and 9``, ``ranging in age from 2 to 85``, ``60 years old``), clock times
  (``1 p.m.``), durations and time windows (``three weeks since``, ``15 months of fighting``,
  ``two five-year terms``: the noun counted is a period, ``text.lexicon.PERIODS``).
- Numbers in names: after a word that names numbered things (``Resolution 2728``) or between
  a capitalised word and a name (``Mission Specialist 2 Jeremy Hansen``); placings (``in the
  top three``); ordinals are not numbers to begin with (``sixth day``, ``third try``).
- Thresholds and rules: a number in an ``if``/``unless`` clause (``If official returns show him
  winning with more than 50% of all votes cast``).
- The top of a range is not a figure of its own: ``4-3/4 to 5 percent`` is filed as ``4-3/4``.
- Personal details: relatives (``Kalderon's two sons``, ``two more family members``, ``a father
  of five``), unless the sentence makes them a toll (``killed two children``).
- Descriptions of a body or a place: its members (``the other 14 members of this Council``,
  ``193 member states``), unless they vote; the parts of a place after a possessive (``the Gaza
  Strip's eight refugee camps``).
- References and enumerations: ``the two leaders``/``the two sides`` point back to named actors;
  a count followed by that many names (``two entities, Mount Hebron Fund and Shlom Asiraich``)
  lists them: the names are the news, not the count.
- Vague amounts (``dozens``, ``hundreds of thousands``) and a lone ``one`` or ``a`` (a pronoun
  or an article more often than a count) are never read as numbers.

A number's ``subject`` is the noun after it as written (``Hamas fighters``, ``figure_subjects``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.calendar import MONTH
from ..text.lexicon import (
    CURRENCIES,
    FUNCTION_WORDS,
    KIN_NOUNS,
    MEASURE_UNITS,
    MEMBER_NOUNS,
    NUMBERED_NAMES,
    PARENT_NOUNS,
    PERIODS,
    PLACE_PARTS,
    PLACINGS,
    QUALIFIERS,
    REFERENCE_NOUNS,
    SCALES,
    STAFF_WORDS,
    alternation,
)
from ..text.numbers import DIGITS, NUMBER_WORD, THIN_SPACES, digits_value, is_fraction, word_value
from .figure_subjects import settle_subjects

_NUMBER = re.compile(
    rf"""
    (?<!\w)(?=[\w$€£])  # a number or its qualifier starts a token; this test makes the scan cheap
    (?:(?P<qualifier>\b(?:{alternation(QUALIFIERS)}))\s+)?
    (?P<currency>{alternation(CURRENCIES)})?
    (?:(?P<digits>(?<![\w.,:/-])(?:{DIGITS}))|(?P<word>\b{NUMBER_WORD}\b))
    (?:[\s-](?P<scale>{alternation(SCALES)})\b)?
    (?P<hyphen>-(?=[^\W\d]))?
    (?:\s*(?P<percent>%|percent\b|per\ cent\b))?
    (?P<measure_unit>\s+(?:{alternation(MEASURE_UNITS)})\b)?
    """,
    re.IGNORECASE | re.VERBOSE,
)
_PERIOD = alternation(PERIODS)
_DATE_BEFORE = re.compile(rf"\b{MONTH}\s+$")
_DATE_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s+{MONTH}")
_AGE_AFTER = re.compile(r"^\s+(?:years?|months?)\s+old\b", re.IGNORECASE)
_AGE_BEFORE = re.compile(
    r"\b(?:aged?|ages|in\s+age)\s+(?:(?:between|from|of)\s+)?(?:\d+\s*(?:to|and|-)\s*)?$", re.I
)
_CLOCK = re.compile(r"^(?::\d|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b))")
_PERIOD_AFTER = re.compile(rf"^\s+(?:{_PERIOD})s?\b", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"\b([A-Za-z][\w.]*?)\.?\s+$")
_LABEL_AFTER = re.compile(r"^(?:\s+[A-Z]|[,;:)]|\.?$)")
_PLACING = re.compile(rf"\b(?:{alternation(PLACINGS)})\s+$", re.IGNORECASE)
_RANGE_TOP = re.compile(rf"(?<![Ff]rom\s)(?<![\w.,/-])(?:{DIGITS})\s+to\s+$")
_RANGE_OF_PERCENT = re.compile(rf"\s+to\s+(?:{DIGITS})\s*(?:%|percent\b)", re.IGNORECASE)
_VOTE = re.compile(r"\bvot(?:e|es|ed|ing)\b", re.IGNORECASE)
_CONDITION = re.compile(r"\b(?:if|unless)\b", re.IGNORECASE)
_CONDITION_END = re.compile(
    r"[,;]|\s[—–]\s(?=(?:he|she|it|they|we|you|i|there|this|the)\s)|\s--\s", re.IGNORECASE
)
_PARENT = re.compile(rf"\b(?:{alternation(PARENT_NOUNS)})\s+of\s+$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:['’]s|\b(?:its|their|our|his|her))\s+$", re.IGNORECASE)
_THE = re.compile(r"\b(?:the|both)\s+$", re.IGNORECASE)
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|al|bin|de|the))*"
_NAMES = re.compile(rf"^[^,;]*?,\s+(?P<names>{_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME})")


@dataclass(frozen=True)
class Number:
    """A number found in a sentence that may be a figure, with what it counts."""

    found: re.Match
    value: float
    unit: str
    subject: str = ""


def numbers_in(sentence: str) -> list[Number]:
    """The numbers of a sentence that can be figures, each with the noun it counts."""
    numbers = [n for found in _matches(sentence) if (n := _number(found))]
    numbers = [n for n in numbers if not _is_excluded(sentence, n.found)]
    numbers = settle_subjects(sentence, numbers)
    return [n for n in numbers if not _describes(sentence, n)]


def is_personal_detail(number: Number, before: str) -> bool:
    """Relatives counted ("two sons", "a father of five"): a personal detail, unless a toll."""
    return _ends_in(number.subject, KIN_NOUNS) or bool(_PARENT.search(before))


def _matches(sentence: str):
    """The number matches of a sentence; "May 5 300" is a date and 300, never 5,300."""
    position = 0
    while found := _NUMBER.search(sentence, position):
        digits = found.group("digits") or ""
        spaced = next((i for i, c in enumerate(digits) if c in THIN_SPACES), None)
        if spaced is not None and _DATE_BEFORE.search(sentence[: found.start()]):
            position = found.start("digits") + spaced + 1
            continue
        yield found
        position = found.end()


def _number(found: re.Match) -> Number | None:
    """The value and unit of a match, or None for a lone "one"/"a"."""
    word = (found.group("word") or "").lower()
    scale = SCALES[found.group("scale").lower()] if found.group("scale") else 1.0
    if word and scale == 1.0 and not is_fraction(word) and word_value(word) <= 1:
        return None
    amount = word_value(word) if word else digits_value(found.group("digits"))
    return Number(found, amount * scale, _unit(found, amount))


def _unit(found: re.Match, amount: float) -> str:
    """The unit of a match: currency code, percent, fraction, unit of measure, or "" for a count.

    The bottom of a range takes the unit of its top: "4-3/4 to 5 percent".
    """
    if found.group("currency"):
        return CURRENCIES[found.group("currency").lower()]
    if found.group("percent") or _RANGE_OF_PERCENT.match(found.string, found.end()):
        return "percent"
    if found.group("measure_unit"):
        return MEASURE_UNITS[" ".join(found.group("measure_unit").lower().split())]
    written = found.group("word") or found.group("digits")
    return "fraction" if is_fraction(written) and amount < 1 else ""


def _is_excluded(sentence: str, found: re.Match) -> bool:
    """Dates, years, codes, adjectives, ages, times, durations, names, placings, thresholds."""
    before, after = sentence[: found.start()], sentence[found.end() :]
    digits = found.group("digits") or ""
    bare = not any(found.group(g) for g in ("qualifier", "currency", "scale", "percent"))
    return bool(
        found.group("hyphen")
        or (bare and digits.isdigit() and len(digits) >= 4)
        or _DATE_BEFORE.search(before)
        or _DATE_AFTER.match(after)
        or _AGE_AFTER.match(after)
        or _AGE_BEFORE.search(before)
        or _CLOCK.match(after)
        or (_PERIOD_AFTER.match(after) and not found.group("percent"))
        or (bare and digits and _is_name(before, after))
        or _PLACING.search(before)
        or _is_range_top(sentence, before)
        or _in_condition(sentence, found.start())
    )


def _is_name(before: str, after: str) -> bool:
    """Tell a number that is part of a name ("Resolution 2728", "Mission Specialist 2 Jeremy")."""
    word = _WORD_BEFORE.search(before)
    if not word:
        return False
    name = word.group(1).rstrip(".")
    if name.lower() in NUMBERED_NAMES:
        return True
    starts_sentence = not before[: word.start()].strip()
    capitalised = name[:1].isupper() and name.lower() not in FUNCTION_WORDS
    return capitalised and not starts_sentence and bool(_LABEL_AFTER.match(after))


def _is_range_top(sentence: str, before: str) -> bool:
    """The top of a range ("4-3/4 to 5 percent"), but not a change ("from 10 to 20"), a vote
    tally ("13 to 2") or the end of a period ("since October 7 to $180 million")."""
    bottom = _RANGE_TOP.search(before)
    return (
        bool(bottom)
        and not _VOTE.search(sentence)
        and not _DATE_BEFORE.search(before[: bottom.start()])
    )


def _in_condition(sentence: str, offset: int) -> bool:
    """Whether ``offset`` lies in an "if"/"unless" clause: a threshold, not a fact."""
    for condition in _CONDITION.finditer(sentence, 0, offset):
        end = _CONDITION_END.search(sentence, condition.end())
        if end is None or end.start() > offset:
            return True
    return False


def _describes(sentence: str, number: Number) -> bool:
    """Periods, parts of a place, references to the story's actors."""
    before = sentence[: number.found.start()]
    words = number.subject.lower().split()
    head = words[-1] if words else ""
    return bool(
        head.removesuffix("s") in PERIODS
        or head in PERIODS
        or (head in PLACE_PARTS and _POSSESSIVE.search(before))
        or (head in REFERENCE_NOUNS and number.value <= 10 and _THE.search(before))
    )


def counts_members(number: Number) -> bool:
    """Whether a number counts the members of a body ("the other 14 members of this Council",
    "193 member states"): its size, a figure only when they vote."""
    staff = any(w in STAFF_WORDS for w in number.subject.lower().split())
    return not staff and _ends_in(number.subject, MEMBER_NOUNS)


def _ends_in(subject: str, nouns: frozenset[str]) -> bool:
    """Whether a subject ends in one of ``nouns``, in any case (a noun may be several words:
    "family members")."""
    words = subject.lower().split()
    return any(" ".join(words[i:]) in nouns for i in range(len(words)))


def enumerates(sentence: str, number: Number) -> bool:
    """A small count followed by as many names ("two entities, A and B") lists them."""
    if number.unit or number.value > 10 or number.value != int(number.value):
        return False
    names = _NAMES.match(sentence[number.found.end() :])
    if not names:
        return False
    listed = re.split(r",?\s+and\s+|,\s+", names.group("names"))
    return len([name for name in listed if name]) == int(number.value)
