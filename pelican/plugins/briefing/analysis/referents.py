"""What an article has named so far, for the words that point back to it.

- A pronoun ("he said", "it added") points to the last person, or organisation or place,
  named in its paragraph before it or in the paragraph before: as a speaker, or as the first
  person named in a sentence (its subject, as a rule), or as any organisation or place.
- A definite description ("the assembly", "the spokesman") points to the last speaker or name
  in the article with that word in its name or its title ("U.N. General Assembly", "council
  spokesman Tom Reyes"); a description never points to another description.
- A document ("the statement") points to the last one who issued a document of that kind
  ("the White House released a statement", "the ICRC said in a statement").
- A surname or a given name alone ("Korir") is the person the article named in full.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..text.lexicon import PERSON_NOUNS, TITLES
from .speakers import GROUP, PERSON, Speaker, singular

_KEY = re.compile(r"[^\W_][\w.'’-]*")


class _Referent(NamedTuple):
    paragraph: int
    offset: int
    order: int
    speaker: Speaker
    spoke: bool
    words: frozenset[str]  # the words of the phrase that named them, lower case, singular


class Memory:
    """Speakers, subjects, names and document issuers of one article, in reading order."""

    def __init__(self) -> None:
        """Start an article with nothing named."""
        self._referents: list[_Referent] = []
        self._people: dict[str, Speaker] = {}
        self._issuers: dict[str, Speaker] = {}

    def remember(self, paragraph: int, offset: int, speaker: Speaker, *, spoke: bool) -> None:
        """Note who was named at ``offset`` of a paragraph (``spoke``: as a speaker)."""
        if speaker.name is None or speaker.kind not in (PERSON, GROUP):
            return
        speaker = speaker._replace(inferred_from=None)
        words = frozenset(
            singular(w) for w in _KEY.findall((speaker.phrase or speaker.name).lower())
        )
        order = len(self._referents)
        self._referents.append(_Referent(paragraph, offset, order, speaker, spoke, words))
        if speaker.kind == PERSON and not speaker.described:
            for word in _name_words(speaker.name):
                self._people.setdefault(word, speaker)

    def issued(self, document: str, speaker: Speaker) -> None:
        """Note that ``speaker`` issued a document of the kind ``document`` ("statement")."""
        if speaker.name is not None:
            self._issuers[singular(document.lower())] = speaker._replace(inferred_from=None)

    def back(self, kind: str, paragraph: int, offset: int) -> Speaker | None:
        """Return the last referent of ``kind`` before ``offset`` of ``paragraph`` or in the
        paragraph before it."""
        near = [
            r
            for r in self._referents
            if r.speaker.kind == kind
            and (r.paragraph == paragraph - 1 or (r.paragraph == paragraph and r.offset < offset))
        ]
        return max(near, key=lambda r: (r.paragraph, r.offset, r.order)).speaker if near else None

    def named(self, head: str, kind: str) -> Speaker | None:
        """Return the last name of ``kind`` in the article with ``head`` in its name or title."""
        for referent in reversed(self._referents):
            found = referent.speaker
            if found.kind == kind and not found.described and head in referent.words:
                return found
        return None

    def issuer(self, document: str) -> Speaker | None:
        """Return the last issuer of a document of the kind ``document``."""
        return self._issuers.get(singular(document.lower()))

    def person(self, word: str) -> Speaker | None:
        """Return the person the article named in full who is called ``word`` ("korir")."""
        return self._people.get(word.lower())

    def last_speaker(self, paragraph: int) -> Speaker | None:
        """Return the last one who spoke in ``paragraph``."""
        spoke = [r for r in self._referents if r.spoke and r.paragraph == paragraph]
        return max(spoke, key=lambda r: (r.offset, r.order)).speaker if spoke else None


def _name_words(name: str) -> list[str]:
    """Return the words of a person's name after the titles before it, lower case."""
    words = [w.rstrip(".").lower() for w in name.split()]
    titled = [i for i, w in enumerate(words) if w in TITLES or singular(w) in PERSON_NOUNS]
    rest = words[titled[-1] + 1 :] if titled else words
    return [w for w in rest if w[:1].isalpha() and not re.search(r"['’]s?$", w)]
