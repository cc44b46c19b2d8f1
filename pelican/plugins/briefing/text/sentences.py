"""The one sentence splitter: where a sentence of news copy ends, and where the next begins.

A sentence ends at ``.``, ``!`` or ``?`` (maybe followed by closing quotation marks or
brackets), then white space, then the next sentence's first character: a capital or a digit,
maybe behind one opening quotation mark or bracket. A full stop does not end a sentence when
it ends an abbreviation: a word of ``lexicon.ABBREVIATIONS`` ("Adm.", "No."), a month
abbreviation ("Feb."), a single letter ("J. Smith") or dotted initials ("U.S.", "a.m.").
"""

from __future__ import annotations

import re

from .calendar import MONTH_ABBREVIATIONS
from .lexicon import ABBREVIATIONS

_END = re.compile(r"[.!?]+[\"'”’»)\]]{0,3}(?=\s)")
_NEXT = re.compile(r"\s+(?=[\"'“‘«(\[]?(?P<first>\S))")
_WORD_BEFORE = re.compile(r"(?<![\w.])([^\W\d_][\w.]{0,15})\.$")
_INITIALS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
CLAUSE_OPENERS = ('"', "“", "”", "(", ":", ";", "--", "—", "–")
"""What may stand just before the first word of a quotation, an aside or a clause."""


def sentence_starts(text: str) -> list[int]:
    """The offsets where the sentences of ``text`` start; the first is 0."""
    starts = [0]
    for end in _END.finditer(text):
        following = _NEXT.match(text, end.end())
        if following is None:
            continue
        first = following.group("first")
        if not (first.isupper() or first.isdigit()):
            continue
        if end.group() == "." and _ends_abbreviation(text[: end.end()]):
            continue
        starts.append(following.end())
    return starts


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``text``, the end before any white space."""
    starts = sentence_starts(text)
    ends = [*starts[1:], len(text)]
    return [
        (start, start + len(text[start:end].rstrip()))
        for start, end in zip(starts, ends, strict=True)
    ]


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text`` in order, without the white space between them."""
    return [text[start:end] for start, end in sentence_spans(text)]


def _ends_abbreviation(before: str) -> bool:
    """Whether the full stop ending ``before`` closes an abbreviation rather than a sentence."""
    found = _WORD_BEFORE.search(before[-18:])
    if not found:
        return False
    word = found.group(1).lower()
    return (
        word in ABBREVIATIONS
        or word in MONTH_ABBREVIATIONS
        or len(word) == 1
        or _INITIALS.fullmatch(word) is not None
    )
