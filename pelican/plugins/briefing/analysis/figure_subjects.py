"""What a number counts as written: the noun after it (``33 people are`` -> ``people``).

A bare number in a list (``28 countries voted in favor, 13 abstained``) takes the previous
number's noun; ``12 of its 13,000 staff`` the next one's; ``two-thirds of them`` and ``the
remaining 100 or so hostages`` are read through. A name after a plural noun starts the next
clause (``the 240 hostages Israel says``); an ``-ed`` word before a noun describes it (``100
armed drones``). Money that names nothing else counts its currency (``dollars``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..text.lexicon import CLAIM_VERBS, CURRENCY_NAMES, PEOPLE_WORDS, PERSON_COUNTS, alternation

if TYPE_CHECKING:
    from .figure_numbers import Number

# Words that end the noun after a number: "33 people are", "1,160 deaths in Israel".
_SUBJECT_STOP = re.compile(
    r"of|to|in|on|at|by|for|from|with|and|or|but|are|is|was|were|have|has|had|be|been|being|will"
    r"|would|could|may|might|who|which|that|since|according|than|as|also|still|thought|per"
    r"|held|taken|left|seen|known|believed|said|now|then|whom|whose"
    r"|an?|the|its|their|his|her|this|these|those|there|here|more|against|into|under|over|about"
    r"|after|before|during|including|among|across|like|near|\w+ed|\w+ing|"
    + alternation(CLAIM_VERBS),
    re.IGNORECASE,
)
# "of" and maybe an owner before the next number: "12 of its 13,000", "35 of the country's 47".
_OF_OWNER = r"\s+of\s+(?:its|the|their|his|her|our)?\s*(?:[\w'’]+['’]s\s+)?"
_OF_NEXT = re.compile(rf"^{_OF_OWNER}$", re.I)
_OF_NUMBER = re.compile(rf"{_OF_OWNER}\d", re.I)
PEOPLE = frozenset(PERSON_COUNTS | PEOPLE_WORDS | {"staff", "personnel", "police"})
_OF_NOUN = re.compile(r"\s+of\s+(?:(?:its|the|their|his|her|our|all)\s+)?(?=[^\W\d])", re.I)
_OR_SO = re.compile(r"^\s+or\s+(?:so|more)\b", re.IGNORECASE)
_OF_PRONOUN = re.compile(r"^\s+of\s+(?:them|those|whom|these)\b", re.IGNORECASE)


def settle_subjects(sentence: str, numbers: list[Number]) -> list[Number]:
    """Give every number the noun it counts, borrowing it across a list or an "of"."""
    nouns = [_noun_after(sentence, number) for number in numbers]
    for index in range(len(numbers) - 2, -1, -1):
        between = sentence[numbers[index].found.end() : numbers[index + 1].found.start()]
        if not nouns[index] and _OF_NEXT.match(between):
            nouns[index] = nouns[index + 1]
    for index in range(1, len(numbers)):
        nouns[index] = nouns[index] or nouns[index - 1]
    return [
        replace(n, subject=noun or unit_name(n.unit, n.value))
        for n, noun in zip(numbers, nouns, strict=True)
    ]


def unit_name(unit: str, value: float) -> str:
    """The plain name of a unit, the subject of a number that names nothing else ("pounds",
    "dollars"); "" for a count, a percentage or a fraction."""
    if unit in CURRENCY_NAMES:
        return CURRENCY_NAMES[unit]
    if unit in ("", "percent", "fraction"):
        return ""
    return unit if value <= 1 else f"{unit}s"  # "1/4 percentage point", "36,000 pounds"


def _noun_after(sentence: str, number: Number) -> str:
    """Up to three words after a number that name what it counts ("" for "of them")."""
    rest = sentence[number.found.end() :]
    if _OF_PRONOUN.match(rest) or _OF_NUMBER.match(rest):  # "35 of the country's 47 counties"
        return ""
    rest = _OR_SO.sub("", rest, count=1)  # "the remaining 100 or so hostages"
    of_noun = _OF_NOUN.match(rest)  # "6,000 of its fighters" counts fighters
    words = re.findall(r"[\w'’-]+|[^\w\s]", rest[of_noun.end() if of_noun else 0 :])[:4]
    kept: list[str] = []
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else ""
        adjective = not kept and word.endswith("ed") and _is_noun(following)  # "armed drones"
        stop = not word[0].isalnum() or (_SUBJECT_STOP.fullmatch(word) and not adjective)
        if stop or word[:1].isdigit():
            break
        kept.append(word)
        # A plural or a word for people ends the noun: "25.6 million people | face", "the 240
        # hostages | Israel says", "3,200 trucks | ready".
        if _is_head(word):
            break
    return " ".join(kept[:3])


def _is_head(word: str) -> bool:
    """Whether a word ends a noun phrase: a plural or a word for people ("people", "staff")."""
    lower = word.lower()  # a name ending in "s" ("Hamas fighters") is not a plural
    plural = word.islower() and lower.endswith("s") and not lower.endswith(("'s", "’s", "ss"))
    return plural or lower in PEOPLE


def _is_noun(word: str) -> bool:
    """Whether a word after an "-ed" word can be the noun it describes ("armed drones")."""
    return word[:1].isalpha() and not _SUBJECT_STOP.fullmatch(word)
