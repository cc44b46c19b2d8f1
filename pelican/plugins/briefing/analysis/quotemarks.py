"""Quotation marks in a paragraph: where quotations open and close, and the narration around them.

- Double marks (straight ``"``, curly “ ”, « ») open and close quotations; one left open runs
  to the end of its paragraph (news copy leaves it open when the quote goes on in the next).
- Single marks (‘ ’ or straight ``'``) outside double ones are quotation marks too, as in
  British copy (‘We will stay,’ he said): one opens at the start of a word and closes at the
  end of one, before a space, a punctuation mark or the paragraph's end. An apostrophe inside
  a word (it’s, Hamas’s) is never a mark, nor one that ends a word with no quotation open
  (the soldiers’ families), nor a single mark left open. Inside double marks, single marks
  quote within the quote ("the voice saying 'I can't'") and belong to its words.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..text.sentences import sentence_starts

_OPENING = {"“": "”", "«": "»"}
_STRAIGHT = '"'
_QUOTE_MARK = re.compile('["“”«»]')
_SINGLE_MARK = re.compile("[‘’']")
_BEFORE_OPENING = ' \t\n([—–-/"“«'
OPENING_MARKS = "\"“«‘'"
"""Characters that may open a quotation."""


class Span(NamedTuple):
    """A quotation: offsets of its marks (``close`` is ``len(text)`` if it never closes)."""

    open: int
    close: int
    closed: bool = True
    single: bool = False


def quoted_spans(text: str) -> list[Span]:
    """Return the quotations of a paragraph in reading order; an unclosed double one runs to
    its end."""
    doubles = _double_spans(text)
    return sorted(doubles + _single_spans(text, doubles))


def _double_spans(text: str) -> list[Span]:
    """Return the quotations in double marks."""
    spans, opened, closer = [], None, ""
    for mark in _QUOTE_MARK.finditer(text):
        char, index = mark.group(), mark.start()
        if opened is None and (char in _OPENING or char == _STRAIGHT):
            opened, closer = index, _OPENING.get(char, _STRAIGHT)
        elif opened is not None and char == closer:
            spans.append(Span(opened, index))
            opened = None
    if opened is not None:
        spans.append(Span(opened, len(text), closed=False))
    return spans


def _single_spans(text: str, doubles: list[Span]) -> list[Span]:
    """Return the quotations in single marks outside double ones (see the module doc)."""
    spans, opened = [], None
    for mark in _SINGLE_MARK.finditer(text):
        index = mark.start()
        if any(span.open < index < span.close for span in doubles):
            continue
        before = text[index - 1] if index else " "
        after = text[index + 1] if index + 1 < len(text) else " "
        if opened is None:
            if mark.group() != "’" and before in _BEFORE_OPENING and after.isalnum():
                opened = index
        elif mark.group() != "‘" and not before.isspace() and not after.isalnum():
            spans.append(Span(opened, index, single=True))
            opened = None
    return spans


def opens_with_quote(text: str) -> bool:
    """Tell whether a paragraph starts with an opening quotation mark."""
    return text.lstrip()[:1] in OPENING_MARKS


def quoted_words(text: str, span: Span) -> str:
    """Return the words between a quotation's marks, without a trailing comma."""
    return text[span.open + 1 : span.close].strip().rstrip(",").strip()


def mask_quoted(text: str, spans: list[Span]) -> str:
    """Blank quoted words so verbs and full stops inside quotes are not read as narration."""
    chars = list(text)
    for span in spans:
        last = span.close - 1  # keep a final . ! ? so the sentence still ends there
        for index in range(span.open + 1, span.close):
            if not (index == last and chars[index] in ".!?"):
                chars[index] = "_"
    return "".join(chars)


def narration_sentences(text: str, spans: list[Span]) -> list[int]:
    """Return where the sentences of a paragraph start, not counting those inside quotations
    (a quotation that opens a new sentence starts one at its opening mark)."""
    return [s for s in sentence_starts(text) if not any(q.open < s < q.close for q in spans)]


def comma_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` at commas into non-blank ``(start, end)`` parts."""
    parts, part_start = [], start
    for index in range(start, end + 1):
        if index == end or text[index] == ",":
            words = text[part_start:index]
            if words.strip():
                lead = len(words) - len(words.lstrip())
                parts.append((part_start + lead, part_start + len(words.rstrip())))
            part_start = index + 1
    return parts
