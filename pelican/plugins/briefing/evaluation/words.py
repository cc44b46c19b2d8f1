"""How the scorer compares our words with the key's: quote marks, possessives, other names."""

from __future__ import annotations

import re
from collections.abc import Iterable

_STRAIGHT = str.maketrans(
    dict.fromkeys("\u201c\u201d\u201e«»", '"') | dict.fromkeys("\u2018\u2019", "'")
)
# A word keeps its inner dots, hyphens and apostrophes ("U.S", "12-year-old"); a comma is a word.
_WORD = re.compile(r"[^\W_](?:[\w.'\-]*[^\W_])?|,")
_REST_OF_NAME = 2
"""Most capitalised words that may follow a name and still be the same name ("Prabowo Subianto")."""


def normal(text: str) -> str:
    """Return ``text`` with straight quote marks and single spaces."""
    return " ".join(text.translate(_STRAIGHT).split())


def words(text: str) -> list[str]:
    """Return the words of ``text`` as written, possessives dropped ("Biden's" -> "Biden")."""
    return [word.removesuffix("'s") for word in _WORD.findall(normal(text))]


def folded(text: str) -> list[str]:
    """Return the words of ``text`` for comparison: case-folded."""
    return [word.casefold() for word in words(text)]


def _runs(wanted: list[str], ours: list[str]) -> list[int]:
    """Return the positions in ``ours`` where the words ``wanted`` appear in order."""
    size = len(wanted)
    folded_ours = [word.casefold() for word in ours]
    return [i for i in range(len(ours) - size + 1) if size and folded_ours[i : i + size] == wanted]


def names_word(key: str, ours: str) -> bool:
    """Tell whether ``ours`` contains the key's words, whole and in order, in any case."""
    return bool(_runs(folded(key), words(ours)))


def ends_name(key: str, ours: str) -> bool:
    """Tell whether ``ours`` names ``key`` as its head: only the rest of a name may follow.

    "President Joe Biden" and "Biden, the president" name Biden; "Defense Minister Prabowo
    Subianto" names Prabowo; "Hamas chief Ismail Haniyeh" does not name Hamas, and "Netanyahu
    described the genocide" does not name Netanyahu: a speaker is a noun phrase, not a clause.
    """
    wanted, ours_words = folded(key), words(ours)
    for start in _runs(wanted, ours_words):
        rest = ours_words[start + len(wanted) :]
        rest = rest[: rest.index(",")] if "," in rest else rest
        if len(rest) <= _REST_OF_NAME and all(word[:1].isupper() for word in rest):
            return True
    return False


class Names:
    """The other names of people, organisations, places and outlets that the project knows."""

    def __init__(self, groups: Iterable[Iterable[str]]) -> None:
        """Index groups of names that mean the same (an entity's name and its aliases)."""
        self._groups: dict[str, set[str]] = {}
        for group in groups:
            names = {name for name in group if name}
            for name in names:
                self._groups.setdefault(name.casefold(), set()).update(names)

    def alternatives(self, name: str) -> list[str]:
        """Return ``name`` and every name known to mean the same, ``name`` first."""
        others = sorted(self._groups.get(name.casefold(), set()) - {name})
        return [name, *others]

    def same(self, first: str, second: str) -> bool:
        """Tell whether two names mean the same outlet or entity."""
        return second.casefold() in {name.casefold() for name in self.alternatives(first)}
