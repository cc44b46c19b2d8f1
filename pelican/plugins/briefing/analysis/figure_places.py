"""Where a figure is: the place its sentence names for it (``text/places.yml``), or None.

How a sentence uses a place name decides whether it places a figure there:

- after a preposition of place (``in Rafah``, ``into Jabalia``, ``the city of Rafah``, ``on
  Ukraine``, ``within Ukraine's borders``) it is where the figure is;
- as a speaker or an actor (``Israel says``, ``Iran targeted``, ``Sudan has reached``, ``held
  by Israel``, ``talks with Egypt``, ``according to Israel``, ``Israel's military``), as the
  name of a conflict (``the Gaza conflict``) or as part of another name (``Israel Defense
  Forces``), it is not;
- anything else (a bare name, ``Gaza's southern city``, ``Beirut schools``) counts when nothing
  firmer does.

The figure takes the place named in its own clause, first after the number, then before it;
then the firmest places of the clause; then the place a ``where`` clause opens on (``held in
Nuseirat, where 274 were killed``); then the places of the sentence, leaving out those named
right after another number of the sentence (they are that number's), those in a ``, which``
clause about another noun, and those where someone speaks (``Today in El-Arish, Egypt, the
Administrator announced that ...``). Two different places at the same step make it
ambiguous: None. A sentence that names no place but points back to one (``in the region``,
``held there``) takes the place of the sentence before it in the paragraph. A city counts for
its country or territory (``Khan Younis`` is Gaza).
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Sequence

from ..text.lexicon import (
    CAMPAIGN_NOUNS,
    CLAIM_VERBS,
    EVENT_NOUNS,
    PLACE_ANAPHORA,
    SPEECH_VERBS,
    alternation,
)
from ..text.places import PLACE_NOUNS, PlaceName, place_names

_CLAUSE = re.compile(
    r";|:|\s[—–-]\s|—|--|\b(?:that|which|who|whom|whose|where|when|while|whereas|but)\b"
)
_LOCATIVE = re.compile(
    r"\b(?:in|inside|into|across|throughout|near|at|around|within|of|on|against|toward|towards"
    r"|from|to|outside)\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?(?:(?:northern|southern|eastern"
    r"|western|central|occupied|besieged|north|south|east|west|northeastern|northwestern"
    r"|southeastern|southwestern)\s+)?$",
    re.IGNORECASE,
)
_ACTOR = re.compile(
    rf"^\s+(?:(?:(?:has|have|had|will|would|also)\s+)+\w+|(?:is|are|was|were)\s+\w+(?:ed|ing)\b"
    rf"|(?:{alternation(SPEECH_VERBS)})\b|[a-z]+ed\b)"
)
_OTHER_NAME = re.compile(r"^\s+[A-Z]")
_POSSESSIVE = re.compile(r"^['’]s\b")
_CONFLICT = re.compile(rf"^\s+(?:{alternation(CAMPAIGN_NOUNS | EVENT_NOUNS)})\b", re.IGNORECASE)
_WHERE = re.compile(r"\bwhere\s*$", re.IGNORECASE)
_ASIDE_OPENING = re.compile(r",\s+(?:which|who|whose)\s*$")
_SOURCE = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.IGNORECASE)
_AGENT = re.compile(r"\b(?:by|with|between)\s+(?:the\s+)?$", re.IGNORECASE)
_FIRM, _BARE, _WEAK, _NONE = 3, 2, 1, 0
_SAID = re.compile(rf"\b(?:{alternation(SPEECH_VERBS | CLAIM_VERBS)})\b")
_ANAPHORA = re.compile(rf"\b(?:{alternation(PLACE_ANAPHORA)})\b", re.IGNORECASE)


def points_back(text: str) -> bool:
    """Whether a text points back to a place named before it ("in the region", "there")."""
    return bool(_ANAPHORA.search(text))


def sentence_place(sentence: str) -> str | None:
    """The one place a sentence names most firmly, or None (none or several)."""
    return _one(_rated(sentence))


def figure_place(
    sentence: str, spans: tuple[tuple[int, int], ...], index: int, earlier: str | None
) -> str | None:
    """The place of the figure whose number is ``spans[index]`` among the sentence's numbers.

    ``earlier`` is the place of the sentence before, for "in the region".
    """
    start, end = spans[index]
    stop = spans[index + 1][0] if index + 1 < len(spans) else len(sentence)
    others = [window for i, window in enumerate(_windows(sentence, spans)) if i != index]
    names = [
        (name, strength)
        for name, strength in _rated(sentence)
        if not any(low <= name.start < high for low, high in others)
    ]
    clause_start, clause_end = _clause(sentence, start)
    in_clause = [(n, s) for n, s in names if clause_start <= n.start < clause_end]
    elsewhere = [
        (n, s)
        for n, s in names
        if not _where_said(sentence, n) and not _describes_other(sentence, n, clause_end)
    ]
    steps = (
        [(n, s) for n, s in in_clause if end <= n.start < stop and s == _FIRM],
        [(n, s) for n, s in in_clause if n.end <= start and s == _FIRM],
        in_clause,
        _antecedent(sentence, clause_start),
        elsewhere,
    )
    for step in steps:
        places = _places(step)
        if places:
            return places.pop() if len(places) == 1 else None
    return earlier if points_back(sentence) else None


def _antecedent(sentence: str, clause_start: int) -> list[tuple[PlaceName, int]]:
    """The place a "where" clause opens on: "held in Nuseirat, where 274 were killed"."""
    if not _WHERE.search(sentence, 0, clause_start):
        return []
    before = _clause(sentence, max(clause_start - 7, 0))[0]
    named = [(n, s) for n, s in _rated(sentence) if before <= n.start < clause_start]
    return named[-1:]


@functools.lru_cache(maxsize=64)
def _windows(sentence: str, spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """Where the places of each number of ``spans`` are named: after it in its clause, up to the
    next number or the comma before it ("35 were killed, bringing the toll in Gaza to")."""
    windows = []
    for index, (start, end) in enumerate(spans):
        stop = min(_clause(sentence, start)[1], len(sentence))
        if index + 1 < len(spans):  # a comma before the next number opens its part
            following = spans[index + 1][0]
            comma = sentence.rfind(",", end, following)
            stop = min(stop, comma if comma >= 0 else following)
        windows.append((end, stop))
    return tuple(windows)


def _describes_other(sentence: str, name: PlaceName, figure_clause_end: int) -> bool:
    """Whether a place is in a ", which ..." clause after the figure's: it tells of another
    noun ("$40 million to UNRWA, the UN agency, which has been providing aid to Gaza")."""
    start = _clause(sentence, name.start)[0]
    return start >= figure_clause_end and bool(_ASIDE_OPENING.search(sentence, 0, start))


def _where_said(sentence: str, name: PlaceName) -> bool:
    """Whether a place is where someone speaks: before a reporting verb in its clause ("Today
    in El-Arish, Egypt, Administrator Samantha Power announced that ...")."""
    clause_end = _clause(sentence, name.start)[1]
    return bool(_SAID.search(sentence, name.end, clause_end))


def _clause(sentence: str, offset: int) -> tuple[int, int]:
    """The span of the clause around ``offset``."""
    starts = _clause_starts(sentence)
    following = _CLAUSE.search(sentence, offset)
    start = starts[bisect_right(starts, offset) - 1]  # the last start at or before offset
    return start, following.start() if following else len(sentence)


@functools.lru_cache(maxsize=64)
def _clause_starts(sentence: str) -> tuple[int, ...]:
    """Where the sentence's clauses start, in order: 0, then after each clause break."""
    return (0, *(m.end() for m in _CLAUSE.finditer(sentence)))


@functools.lru_cache(maxsize=64)
def _rated(sentence: str) -> tuple[tuple[PlaceName, int], ...]:
    """The sentence's place names, each with how firmly it places something (see the module
    doc), those that place nothing left out."""
    rated = [(n, _strength(sentence[: n.start], sentence[n.end :])) for n in place_names(sentence)]
    return tuple((n, s) for n, s in rated if s != _NONE)


def _strength(before: str, after: str) -> int:
    """How firmly a name between ``before`` and ``after`` places something."""
    locative = bool(_LOCATIVE.search(before))
    if _POSSESSIVE.match(after):  # "within Ukraine's borders"; "many of Israel's allies"
        return (_FIRM if locative else _WEAK) if _place_noun_after(after) else _NONE
    if _CONFLICT.match(after) or _SOURCE.search(
        before
    ):  # "the Gaza conflict"; "according to Israel"
        return _NONE
    if locative:
        return _FIRM
    if _ACTOR.match(after) or _OTHER_NAME.match(after) or _AGENT.search(before):
        return _NONE
    return _WEAK if re.match(r"^\s+[a-z]", after) else _BARE


def _place_noun_after(after: str) -> bool:
    """Whether "X's" is followed, maybe after adjectives, by a noun of place ("southern city")."""
    rest = re.sub(r"^['’]s\s+", "", after)
    named = place_names(rest[:40])
    if named and named[0].start == 0:  # "Gaza's Khan Younis"
        return True
    words = re.findall(r"[\w-]+", rest[:60])[:3]
    for word in words:
        if word.lower() in PLACE_NOUNS:
            return True
        if not re.fullmatch(r"[a-z]+(?:ern|al|ed|-\w+)", word):  # "southern", "central"
            return False
    return False


def _places(rated: Sequence[tuple[PlaceName, int]]) -> set[str]:
    """The places of the firmest names among ``rated``."""
    if not rated:
        return set()
    best = max(s for _, s in rated)
    return {n.place for n, s in rated if s == best}


def _one(rated: Sequence[tuple[PlaceName, int]]) -> str | None:
    """The single firmest place, or None."""
    places = _places(rated)
    return places.pop() if len(places) == 1 else None
