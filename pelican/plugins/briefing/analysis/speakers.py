"""Who a speech verb's subject names, read from the short noun phrase around the verb.

The rules, as an editor states them:

- A speaker is a short noun phrase, never a clause: at most eight words, none of them a verb
  ("is", "had", "said", "described"), not opening with a preposition, a conjunction or a
  relative ("that he did not know how many" names nobody). Words between the subject and its
  verb ("had", "also", "on Monday") and asides in brackets ("(D-RI)") are not the speaker.
- Among comma-separated parts ("Biden's adviser, Jake Sullivan,") a person named wins, then an
  organisation or place named, then a document, a description, a pronoun.
- A name ends the phrase: a gazetteer mention, or capitalised words. They are an organisation
  when they end in a group noun ("White House", "National News Agency") or are an acronym
  ("ICRC"); a person when a title or a person noun stands before or among them ("Lt. Col. Ruth
  Amsel", "Algeria's U.N. Ambassador Amar Bendjama", "UNRWA chief Philippe Lazzarini"), when
  the article named that person already ("Korir" after "Staff Sgt. Leonard Korir"), or when
  they are two or three words ("David Mencer"). One unknown word ("Austria") is a name of
  unknown kind. ``speaker_name`` is the name with the titles before it, as written.
- A description ("a U.S. official", "one 12-year-old boy", "port workers") has a person or a
  group noun as its head (the last word before any preposition) and is kept as written. A
  definite one ("the assembly", "the spokesman") is the person or organisation the article
  named earlier with that head in its name or title; if none, it stays a description.
- A pronoun points back (``referents.Memory``): he/she to a person, it/they to an organisation
  or a place; "I" and "we" are the text's own voice (``FIRST_PERSON``).
- A document ("the statement", "the Hamas statement", "an amendment proposed by Austria") is
  its issuer: the one the phrase names, or else the last issuer of such a document.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import NamedTuple, Protocol

from ..model import Mention
from ..text.calendar import is_calendar_name
from ..text.lexicon import (
    DETERMINERS,
    DOCUMENT_NOUNS,
    FIRST_PERSON_PRONOUNS,
    FUNCTION_WORDS,
    GROUP_NOUNS,
    GROUP_PRONOUNS,
    ISSUE_VERBS,
    NAME_CONNECTORS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PREPOSITIONS,
    PRONOUNS,
    TITLES,
)
from .phrasewords import (
    Word,
    capitalised,
    has_verb,
    head_end,
    name_run,
    possessive,
    singular,
    title_chain,
    trim_end,
    words_of,
)
from .quotemarks import comma_parts

PERSON, GROUP = "person", "group"
_MOST_WORDS = 8


class Speaker(NamedTuple):
    """Who a phrase names: entity id or ``None``, name as written or ``None``, and kind."""

    entity: str | None
    name: str | None
    kind: str  # PERSON, GROUP, or "" when the text does not say
    inferred_from: str | None = None  # the words that point back, when they do
    described: bool = False  # a description ("a U.S. official"), not a name
    phrase: str = ""  # the words that named them, titles included ("council spokesman ...")


UNKNOWN = Speaker(None, None, "")
FIRST_PERSON = Speaker(None, None, "first person")
"""The text's own voice ("I said", "we said"): a speech quoting itself."""


class Memory(Protocol):
    """What a phrase may point back to (``referents.Memory``)."""

    def back(self, kind: str, paragraph: int, offset: int) -> Speaker | None: ...
    def named(self, head: str, kind: str) -> Speaker | None: ...
    def issuer(self, document: str) -> Speaker | None: ...
    def person(self, word: str) -> Speaker | None: ...


class Context(NamedTuple):
    """The paragraph a phrase is read in."""

    text: str
    masked: str  # the text with quoted words blanked
    mentions: Sequence[Mention]  # gazetteer mentions outside quotation marks
    kinds: Mapping[str, str]  # entity id -> type
    paragraph: int
    memory: Memory


def speaker_of(context: Context, start: int, end: int) -> Speaker | None:
    """Return who ``text[start:end]`` names; ``None`` if it is no noun phrase."""
    best: tuple[int, Speaker] | None = None
    for part_start, part_end in comma_parts(context.masked, start, end):
        found = _part(context, part_start, part_end)
        if found is not None and (best is None or found[0] <= best[0]):
            best = found
    return best[1] if best else None


def _part(context: Context, start: int, end: int) -> tuple[int, Speaker] | None:
    """Rank and read one comma-separated part (rank 0 is best)."""
    words = words_of(context.masked, start, end)
    while words and words[0].key in ("and", "but", "yet", "so", "then", "as"):
        words = words[1:]
    words = trim_end(words)
    if not words or len(words) > 2 * _MOST_WORDS:
        return None
    first = words[0].key
    if len(words) == 1 and first in PRONOUNS:
        return 6, _pronoun(context, words[0])
    participle = first.endswith("ing") and len(words) > 1 and not capitalised(words[1])
    if first in FUNCTION_WORDS and first not in DETERMINERS or participle:
        return None
    named = _named(context, words[: head_end(words)])
    return _document(context, words) or named or _described(context, words)


def _pronoun(context: Context, word: Word) -> Speaker:
    """Resolve a pronoun to the referent it points back to."""
    if word.key in FIRST_PERSON_PRONOUNS:
        return FIRST_PERSON
    kind = PERSON if word.key in PERSON_PRONOUNS else GROUP if word.key in GROUP_PRONOUNS else ""
    found = context.memory.back(kind, context.paragraph, word.start) if kind else None
    return found._replace(inferred_from=word.text) if found else UNKNOWN


def _document(context: Context, words: list[Word]) -> tuple[int, Speaker] | None:
    """Read "the statement", "the Hamas statement", "an amendment proposed by Austria", "the
    assembly approved a resolution"."""
    at = next((i for i, w in enumerate(words) if w.key in DOCUMENT_NOUNS), None)
    if at is None or has_verb([w for w in words[:at] if w.key not in ISSUE_VERBS]):
        return None
    issued = next((i for i, w in enumerate(words[:at]) if w.key in ISSUE_VERBS), None)
    if issued is not None:  # "the assembly approved a resolution"
        author = speaker_of(context, words[0].start, words[issued].start) if issued else None
        return (3, author) if author is not None and author.name else None
    inside = _named(context, words[:at], possessive=True) if at else None
    if inside is not None and inside[1].kind != "":
        return 3, inside[1]
    after = words[at + 1 :]
    by = next((i for i, w in enumerate(after[:-1]) if w.key in ("by", "from")), None)
    if by is not None:  # "a statement from the group", "an amendment proposed by Austria"
        author = speaker_of(context, after[by + 1].start, after[-1].end)
        if author is not None and author.name:
            return 3, author
    if inside is not None:
        return 3, inside[1]
    issuer = context.memory.issuer(words[at].key)
    phrase = _written(context, words[0].start, words[at].end)
    return 4, (issuer._replace(inferred_from=phrase) if issuer else UNKNOWN)


def _named(
    context: Context, words: list[Word], possessive: bool = False
) -> tuple[int, Speaker] | None:
    """Read a phrase that ends with a name (``possessive``: "the Hamas statement" part)."""
    if has_verb(words) or len(words) > _MOST_WORDS:
        return None
    last = words[-1]
    for mention in context.mentions:
        if last.start < mention.end <= last.end and mention.start >= words[0].start:
            kind = PERSON if context.kinds.get(mention.entity) == "person" else GROUP
            phrase = _written(context, words[0].start, last.end)
            speaker = Speaker(mention.entity, mention.surface, kind, phrase=phrase)
            return (0 if kind == PERSON else 2), speaker
    run = name_run(words)
    if not run:
        return None
    kind = _name_kind(context, words, run)
    if kind == "" and possessive and len(run) == 1:
        return None
    chain = title_chain(words[: len(words) - len(run)]) if kind == PERSON else []
    name = _written(context, (chain or run)[0].start, last.end)
    known = context.memory.person(run[-1].key) if kind == PERSON else None
    entity = known.entity if known else None
    rank = {PERSON: 1, GROUP: 2}.get(kind, 3)
    return rank, Speaker(entity, name, kind, phrase=name)


def _name_kind(context: Context, words: list[Word], run: list[Word]) -> str:
    """Tell whether the name ``run`` that ends ``words`` is a person's or a group's."""
    keys = [w.key for w in run]
    if singular(keys[-1]) in GROUP_NOUNS:
        return GROUP
    titles = [i for i, k in enumerate(keys) if k in TITLES]
    # "Secretary of State X": the word after "<title> of" is part of the title.
    titles += [i + 1 for i in titles if i + 2 < len(keys) and keys[i + 1] == "of"]
    if titles and max(titles) < len(keys) - 1:
        return PERSON
    before = words[len(words) - len(run) - 1].key if len(words) > len(run) else ""
    if before in TITLES or singular(before) in PERSON_NOUNS:
        return PERSON
    if len(run) == 1 and run[0].text.isupper() and len(run[0].text) > 1:
        return GROUP
    if context.memory.person(keys[-1]) is not None:
        return PERSON
    if 2 <= len(run) <= 3 and not any(is_calendar_name(k) or k in FUNCTION_WORDS for k in keys):
        return PERSON
    return ""


def _described(context: Context, words: list[Word]) -> tuple[int, Speaker] | None:
    """Read a description: "a U.S. official", "the assembly", "port workers"."""
    cut = head_end(words)
    if has_verb(words[:cut]):
        return None
    head = singular(words[cut - 1].key)
    kind = PERSON if head in PERSON_NOUNS else GROUP if head in GROUP_NOUNS else None
    if kind is None:
        return None
    relative = cut < len(words) and words[cut].key in ("who", "which", "that")
    shown = words if len(words) <= 6 and not relative else words[:cut]
    phrase = _written(context, shown[0].start, shown[-1].end)
    if words[0].key == "the" and cut <= 4:
        named = context.memory.named(head, kind)
        if named is not None:
            return 5, named._replace(inferred_from=phrase)
    return 5, Speaker(None, phrase, kind, described=True)


def names_in(context: Context, start: int, end: int) -> list[tuple[int, Speaker, bool]]:
    """Return the names in the narration ``text[start:end]``: offset, who, and whether a
    preposition stands before them (then they are no sentence's subject)."""
    words = words_of(context.masked, start, end)
    found, index = [], 0
    while index < len(words):
        if not capitalised(words[index]):
            index += 1
            continue
        last = index
        while last + 1 < len(words) and _joined(context, words, last):
            last += 1
        chain = title_chain(words[:index])
        # Only the titles that run on to the name: "Gaza, President X" has no "Gaza" title.
        while chain and not all(
            _joined_by_space(context, a, b) for a, b in _pairs(chain, words[index])
        ):
            chain = chain[1:]
        named = _named(context, chain + words[index : last + 1])
        before = words[index - len(chain) - 1].key if index > len(chain) else ""
        if named is not None and named[1].kind:
            found.append((words[index].start, named[1], before in PREPOSITIONS))
        index = last + 1
    return found


def _joined(context: Context, words: list[Word], at: int) -> bool:
    """Tell whether the name at ``words[at]`` goes on with the next word."""
    word, following = words[at], words[at + 1]
    if possessive(word) or not _joined_by_space(context, word, following):
        return False
    if capitalised(following):
        return True
    return following.key in NAME_CONNECTORS and at + 2 < len(words) and capitalised(words[at + 2])


def _pairs(chain: list[Word], name: Word) -> list[tuple[Word, Word]]:
    """The neighbouring words from a title chain's first word to the name's first."""
    return list(zip(chain, [*chain[1:], name], strict=True))


def _joined_by_space(context: Context, first: Word, second: Word) -> bool:
    """Tell whether only white space stands between two words."""
    return context.masked[first.end : second.start].isspace()


def _written(context: Context, start: int, end: int) -> str:
    """Return the text between two offsets with single spaces, without a final possessive."""
    written = " ".join(context.text[start:end].split()).rstrip(".,")
    return re.sub(r"(?<=\w)['’]s?$", "", written)
