"""Numbers as words ("twenty-five", "half a") and what a qualifier lets a number mean."""

from __future__ import annotations

from .lexicon import ARTICLE_NUMBERS, QUALIFIER_BOUNDS, TEN_WORDS, UNIT_WORDS, alternation

_VALUES = (
    dict(ARTICLE_NUMBERS)
    | {word: float(value) for value, word in enumerate(UNIT_WORDS, 1)}
    | {word: float(value) for value, word in zip(range(20, 100, 10), TEN_WORDS, strict=True)}
)
NUMBER_WORD = (
    rf"(?:{alternation(ARTICLE_NUMBERS)}|(?:{alternation(TEN_WORDS)})"
    rf"(?:-(?:{alternation(UNIT_WORDS[:9])}))?|{alternation(UNIT_WORDS)})"
)
"""A number written in words: ``a``, ``half a``, ``six``, ``twenty-five`` (a regex, any case)."""


def word_value(word: str) -> float:
    """The value of a number word: ``six`` is 6, ``twenty-five`` 25, ``an`` 1."""
    word = " ".join(word.lower().split())
    if word in _VALUES:
        return _VALUES[word]
    return sum(_VALUES[part] for part in word.split("-"))


def bounds(value: float, qualifier: str | None) -> tuple[float, float]:
    """The least and the most a number with its qualifier can mean ("nearly 100": 97 to 100)."""
    low, high = QUALIFIER_BOUNDS[qualifier or "exactly"]
    return low * value, float("inf") if high is None else high * value
