"""Courtesies of speeches, statements and press calls: sentences that greet, thank or address
someone and report nothing.

A sentence is a courtesy when it opens with a salutation ("Thank you, Madam President.",
"Good afternoon, everyone."), addresses named people before "I"/"we" ("Commissioner General
Lazzarini, Executive Director Russell, I want to ..."), or thanks, welcomes or condoles ("At the
top, I want to express my deepest condolences ..."). A form of address opening a sentence
("Colleagues, over the last weeks ...") is not news either, but the rest of the sentence is.
The headline never starts with a courtesy, and a courtesy puts a paragraph on no topic.
"""

from __future__ import annotations

import re

from .lexicon import (
    ADDRESS_CONNECTORS,
    COURTESY_VERBS,
    FUNCTION_WORDS,
    LEAD_INS,
    SALUTATIONS,
    VOCATIVES,
    alternation,
)
from .sentences import sentence_spans

SPEAKER_LABEL = re.compile(r"^[A-Z][A-Z .'’-]{2,40}:\s+")
_LEAD_IN = rf"(?:(?:{alternation(LEAD_INS)})\b[ ,]*)*"
_SALUTATION = re.compile(rf"^{_LEAD_IN}(?:{alternation(SALUTATIONS)})(?![\w-])", re.IGNORECASE)
_COURTESY = re.compile(
    rf"^{_LEAD_IN}(?:[^,]{{0,30}},\s*)?(?:i|we|let me|let us|allow me to)\b"
    rf"(?:\s+[\w’']+){{0,4}}?\s+(?:{alternation(COURTESY_VERBS)})\w*\b",
    re.IGNORECASE,
)
_VOCATIVE = re.compile(rf"^{_LEAD_IN}(?:{alternation(VOCATIVES)}),\s+(?=\S)", re.IGNORECASE)
_ADDRESS = re.compile(r"^(?:i|we|let|thank)\b", re.IGNORECASE)


def is_courtesy(sentence: str) -> bool:
    """Tell a salutation, a vocative or a thank-you from a sentence that reports something."""
    if _SALUTATION.match(sentence) or _COURTESY.match(sentence):
        return True
    parts = [part.strip() for part in sentence.split(",")]
    names, rest = parts[:-1], parts[-1] if parts else ""
    return bool(names) and all(map(_is_addressee, names)) and bool(_ADDRESS.match(rest))


def _is_addressee(part: str) -> bool:
    """Tell a name or title someone is addressed by ("Executive Director Russell") from a
    phrase that opens a sentence ("In Gaza", "On Monday")."""
    words = part.split()
    if words[:1] == ["and"]:
        words = words[1:]
    if not words or words[0].lower() in FUNCTION_WORDS:
        return False
    # Word by word, not one pattern: a pattern of optional groups backtracks exponentially
    # over a long run of capitalised words that fails at its end.
    return all(word[0].isupper() or word in ADDRESS_CONNECTORS for word in words)


def without_vocative(sentence: str) -> str:
    """The sentence without the form of address it opens with ("Colleagues, ...")."""
    found = _VOCATIVE.match(sentence)
    if not found:
        return sentence
    rest = sentence[found.end() :]
    return rest[:1].upper() + rest[1:]


def without_courtesies(text: str) -> str:
    """``text`` with its courtesy sentences blanked, every other character where it was."""
    kept = list(text)
    for start, end in sentence_spans(text):
        if is_courtesy(text[start:end]):
            kept[start:end] = " " * (end - start)
    return "".join(kept)
