"""The words of a short phrase of narration, as the speaker rules read them."""

from __future__ import annotations

import re
from typing import NamedTuple

from ..text.calendar import is_calendar_name
from ..text.lexicon import (
    ARABIC_ARTICLES,
    AUXILIARIES,
    CLAIM_VERBS,
    DETERMINERS,
    FUNCTION_WORDS,
    GROUP_NOUNS,
    ISSUE_VERBS,
    NAME_CONNECTORS,
    NAMING_VERBS,
    PERSON_NOUNS,
    PREPOSITIONS,
    SPEECH_VERBS,
    TIME_WORDS,
    TITLES,
    alternation,
)

_TOKEN = re.compile(r"[^\W_](?:[\w.'’&-]*[\w.])?")
_ASIDE = re.compile(r"\([^()]*\)")
_POSSESSIVE = re.compile(r"['’]s?$")
_ARABIC_ARTICLE = re.compile(rf"^(?:{alternation(ARABIC_ARTICLES)})-")
VERBS = SPEECH_VERBS | CLAIM_VERBS | NAMING_VERBS | ISSUE_VERBS | (AUXILIARIES - {"also"})
"""Verbs that a speaker's noun phrase never holds, in lower case."""
_UNNAMING = FUNCTION_WORDS | DETERMINERS
"""Small words that a capital never makes a name ("The", "Another")."""
_HOLDER_NOUNS = PERSON_NOUNS | GROUP_NOUNS
"""Nouns a title chain may hold ("spokesman", "ministry")."""


class Word(NamedTuple):
    """A word of a phrase."""

    start: int
    end: int
    text: str  # as written
    key: str  # lower case, without a possessive or a final stop


def words_of(text: str, start: int, end: int) -> list[Word]:
    """Return the words of ``text[start:end]``, asides in brackets left out."""
    span = _ASIDE.sub(lambda m: " " * len(m.group()), text[start:end])
    found = []
    for match in _TOKEN.finditer(span):
        raw = match.group()
        key = _POSSESSIVE.sub("", raw.lower())
        key = key[:-1] if key.endswith(".") and key.count(".") == 1 else key
        found.append(Word(start + match.start(), start + match.end(), raw, key))
    return found


def trim_end(words: list[Word]) -> list[Word]:
    """Drop the words between a subject and its verb: "had", "also", "on Monday"."""
    while words and (
        words[-1].key in AUXILIARIES or words[-1].key in TIME_WORDS or is_day(words[-1])
    ):
        words = words[:-1]
    while words and words[-1].key in ("who", "which", "that"):
        words = words[:-1]
    return words


def has_verb(words: list[Word]) -> bool:
    """Tell whether a verb stands among ``words``: a listed one, or a past form after a noun
    ("the leader thanked", but not "an elated" or "a newly elected")."""
    for before, word in zip([None, *words], words, strict=False):
        if word.text[:1].islower() and word.key in VERBS:
            return True
        after_noun = before is not None and before.key not in DETERMINERS
        past = word.text[:1].islower() and word.text.endswith("ed")
        if after_noun and past and not before.key.endswith("ly"):
            return True
    return False


def possessive(word: Word) -> bool:
    """Tell whether a word is a possessive ("Israel's", "Hamas’")."""
    return re.search(r"\w['’]s?$", word.text) is not None


def is_day(word: Word) -> bool:
    """Tell whether a word names a day or a month ("Monday", "Oct.")."""
    return capitalised(word) and is_calendar_name(word.key)


def capitalised(word: Word) -> bool:
    """Tell whether a word is written with a capital (or is an Arabic article's "al-Sisi")."""
    text = _ARABIC_ARTICLE.sub("", word.text)
    return text[:1].isupper() and word.key not in _UNNAMING


def singular(key: str) -> str:
    """Return a noun without a plural ending ("officials" -> "official")."""
    if key.endswith("ies") and len(key) > 4:
        return key[:-3] + "y"
    return key[:-1] if key.endswith("s") and not key.endswith("ss") and len(key) > 3 else key


def name_run(words: list[Word]) -> list[Word]:
    """Return the capitalised words (and connectors between them) that end ``words``."""
    run: list[Word] = []
    for word in reversed(words):
        if run and possessive(word):
            break
        if capitalised(word) or word.key in NAME_CONNECTORS and run:
            run.insert(0, word)
        else:
            break
    while run and run[0].key in NAME_CONNECTORS:
        run = run[1:]
    return run


def title_chain(words: list[Word]) -> list[Word]:
    """Return the titles, capitalised words and possessives right before a person's name."""
    chain: list[Word] = []
    for word in reversed(words):
        if (
            capitalised(word)
            or word.key in TITLES
            or singular(word.key) in _HOLDER_NOUNS
            or word.key in NAME_CONNECTORS
            and chain
        ):
            chain.insert(0, word)
        else:
            break
    return chain


def head_end(words: list[Word]) -> int:
    """Return where a noun phrase's head part ends: at the first preposition or relative after
    its first word ("Carlo Brandt | of the Shippers Guild", "the engineer | who inspected it"),
    not at an "of" inside a name ("Bank of England", "Secretary of State")."""
    for index, word in enumerate(words[1:], 1):
        inside_name = (
            word.key == "of"
            and capitalised(words[index - 1])
            and index + 1 < len(words)
            and capitalised(words[index + 1])
        )
        if (word.key in PREPOSITIONS or word.key in ("who", "which", "that")) and not inside_name:
            return index
    return len(words)
