"""Find editors' phrases in a paragraph: whole words, any case, simple plurals, longest first.

Phrases come in groups (one per topic, and one for the briefing's subject context). A
paragraph is split into words once; phrases are looked up by the form of their first word in a
lexicon built once per set of groups, so the cost is linear in the words of the text.

Rules (also explained to editors at the top of ``content/taxonomy.yml``):

- a phrase matches case-insensitively on whole words (``UN`` never inside ``funding``);
- each word of a phrase also matches its regular plural or -s form: ``+s``, ``+es``, and
  ``y`` -> ``ies`` after a consonant (hostage/hostages, casualty/casualties);
- the words of a phrase match across spaces or a hyphen (``cease fire`` ~ ``cease-fire``);
- a phrase may list other wordings of the same clue after ``|`` (``UN | U.N. | United
  Nations``): whichever is found, the phrase is found once;
- where phrases of one group overlap in the text, the longest (in words) wins;
- in a group of names (``build_lexicon(..., names=...)``), a phrase written with a capital
  matches only where the text writes it with a capital too (the West Bank, not a river's west
  bank); the other letters may differ in case (a dateline's ``GAZA``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

# A word: letters and digits, with inner dots kept so that "U.N." is one word ("u.n").
_WORD = re.compile(r"\w+(?:\.\w+)*")
# What may stand between two words of one phrase: spaces, or a hyphen or dash.
_GAP = re.compile(r"\s*[-\u2010\u2011\u2013]\s*|\s+")
_CONSONANT_Y = re.compile(r"[^aeiou]y\Z")

Found = dict[int, dict[int, str]]
"""Per group, per phrase index: the first wording of the phrase in the text, in reading order."""


@dataclass(frozen=True, slots=True)
class _Phrase:
    """One phrase, as the accepted lower-case forms of each of its words."""

    group: int
    """Index of the group (a topic, or the context)."""
    index: int
    """Index of the phrase in its group."""
    words: tuple[frozenset[str], ...]
    """Accepted lower-case forms of each word, in order."""
    capital: bool = False
    """Whether the text must write the first letter as a capital."""


Lexicon = Mapping[str, tuple[_Phrase, ...]]
"""Per form of a first word, the phrases starting with it, longest first."""


def build_lexicon(groups: Sequence[Sequence[str]], names: frozenset[int] = frozenset()) -> Lexicon:
    """Return the lexicon of every phrase of every group (phrase ``j`` of group ``i``); the
    groups in ``names`` hold names, which keep their capital."""
    lexicon: dict[str, list[_Phrase]] = defaultdict(list)
    for group, phrases in enumerate(groups):
        for index, phrase in enumerate(phrases):
            for wording in wordings(phrase):
                words = tuple(_forms(word) for word in _WORD.findall(wording.lower()))
                capital = group in names and wording[:1].isupper()
                for form in words[0] if words else ():
                    lexicon[form].append(_Phrase(group, index, words, capital))
    ordered = {form: tuple(sorted(ps, key=lambda p: -len(p.words))) for form, ps in lexicon.items()}
    return MappingProxyType(ordered)


def wordings(phrase: str) -> tuple[str, ...]:
    """Return the wordings of one phrase: its text split at ``|``, without outer spaces."""
    return tuple(part.strip() for part in phrase.split("|"))


def _forms(word: str) -> frozenset[str]:
    """Return a word and its regular plural or -s forms (+s, +es, consonant-y -> ies)."""
    if _CONSONANT_Y.search(word):
        return frozenset((word, word[:-1] + "ies"))
    if word[-1].isalpha():
        return frozenset((word, word + "s", word + "es"))
    return frozenset((word,))


def find_phrases(lexicon: Lexicon, text: str) -> Found:
    """Return, per group, the first wording of each of its phrases found in ``text``."""
    words = list(_WORD.finditer(text))
    lowered = [word.group().lower() for word in words]
    found: Found = defaultdict(dict)
    free: dict[int, int] = defaultdict(int)  # per group, the first word not inside a match
    for start, form in enumerate(lowered):
        for phrase in lexicon.get(form, ()):
            if free[phrase.group] > start or (
                phrase.capital and not words[start].group()[0].isupper()
            ):
                continue
            end = _phrase_end(phrase, text, words, lowered, start)
            if end:
                wording = text[words[start].start() : words[end - 1].end()]
                # Keep the first wording of each phrase, in reading order: the explanation.
                found[phrase.group].setdefault(phrase.index, " ".join(wording.split()))
                free[phrase.group] = end
    return found


def _phrase_end(
    phrase: _Phrase, text: str, words: list[re.Match[str]], lowered: list[str], start: int
) -> int:
    """Return the index after the phrase's last word if it matches at ``start``, else 0."""
    end = start + len(phrase.words)
    if end > len(words):
        return 0
    for offset in range(1, len(phrase.words)):
        at = start + offset
        if lowered[at] not in phrase.words[offset]:
            return 0
        if not _GAP.fullmatch(text, words[at - 1].end(), words[at].start()):
            return 0
    return end
