"""Numbers as written ("twenty-five", "two-thirds", "33 360", "4-3/4") and what a qualifier lets
a number mean."""

from __future__ import annotations

import re

from .lexicon import (
    ARTICLE_NUMBERS,
    FRACTIONS,
    QUALIFIER_BOUNDS,
    TEN_WORDS,
    UNIT_WORDS,
    alternation,
)

_VALUES = (
    dict(ARTICLE_NUMBERS)
    | {word: float(value) for value, word in enumerate(UNIT_WORDS, 1)}
    | {word: float(value) for value, word in zip(range(20, 100, 10), TEN_WORDS, strict=True)}
)
_COUNTING_WORD = (
    rf"(?:(?:{alternation(TEN_WORDS)})(?:-(?:{alternation(UNIT_WORDS[:9])}))?"
    rf"|{alternation(UNIT_WORDS)})"
)
NUMBER_WORD = (
    rf"(?:{_COUNTING_WORD}-(?:{alternation(FRACTIONS)})|{alternation(ARTICLE_NUMBERS)}"
    rf"|{_COUNTING_WORD})"
)
"""A number written in words: ``a``, ``half a``, ``six``, ``twenty-five``, ``two-thirds`` (a
regex, any case)."""
THIN_SPACES = "\u202f\u2009\u00a0 "
"""Spaces that separate thousands in French and other copy ("33 360", "33\u202f360")."""
DIGITS = (
    rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?!\d)"  # 1,400 and 2.5 written with commas
    rf"|\d{{1,3}}(?:[{THIN_SPACES}]\d{{3}})+(?![\d,.]\d)"  # 33 360
    r"|\d+-[1-7]/[2-8](?![\d/])"  # 4-3/4
    r"|[1-7]/[2-8](?![\d/])"  # 1/2
    r"|\d+(?:\.\d+)?(?![\w/])"
)
"""A number written in digits (a regex)."""
_MIXED = re.compile(r"(?:(?P<whole>\d+)-)?(?P<top>\d)/(?P<bottom>\d)")


def word_value(word: str) -> float:
    """The value of a number word: ``six`` is 6, ``twenty-five`` 25, ``two-thirds`` 2/3."""
    word = " ".join(word.lower().split())
    if word in _VALUES:
        return _VALUES[word]
    *parts, last = word.split("-")
    if last in FRACTIONS:
        return word_value("-".join(parts)) / FRACTIONS[last]
    return sum(_VALUES[part] for part in word.split("-"))


def digits_value(digits: str) -> float:
    """The value of a number in digits: ``1,400``, ``33 360``, ``2.5``, ``1/2``, ``4-3/4``."""
    fraction = _MIXED.fullmatch(digits)
    if fraction:
        whole = float(fraction.group("whole") or 0)
        return whole + int(fraction.group("top")) / int(fraction.group("bottom"))
    return float(re.sub(rf"[,{THIN_SPACES}]", "", digits))


def is_fraction(written: str) -> bool:
    """Whether a number as written is a fraction (``1/2``, ``two-thirds``), a share of a whole."""
    return "/" in written or written.lower().rsplit("-", 1)[-1] in FRACTIONS


def bounds(value: float, qualifier: str | None) -> tuple[float, float]:
    """The least and the most a number with its qualifier can mean ("nearly 100": 97 to 100)."""
    low, high = QUALIFIER_BOUNDS[qualifier or "exactly"]
    return low * value, float("inf") if high is None else high * value
