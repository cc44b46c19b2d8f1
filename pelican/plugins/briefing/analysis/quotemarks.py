"""Quotation marks in a paragraph: where quotations open and close, and the narration around them."""

from __future__ import annotations

import re
from typing import NamedTuple

_OPENING = {"“": "”", "«": "»"}
_STRAIGHT = '"'
_QUOTE_MARK = re.compile('["“”«»]')


class Span(NamedTuple):
    """A quotation: offsets of its marks (``close`` is ``len(text)`` if it never closes)."""

    open: int
    close: int


def quoted_spans(text: str) -> list[Span]:
    """Return the quotations of a paragraph; an unclosed one runs to its end."""
    spans, opened, closer = [], None, ""
    for mark in _QUOTE_MARK.finditer(text):
        char, index = mark.group(), mark.start()
        if opened is None and (char in _OPENING or char == _STRAIGHT):
            opened, closer = index, _OPENING.get(char, _STRAIGHT)
        elif opened is not None and char == closer:
            spans.append(Span(opened, index))
            opened = None
    if opened is not None:
        spans.append(Span(opened, len(text)))
    return spans


def mask_quoted(text: str, spans: list[Span]) -> str:
    """Blank quoted words so verbs and full stops inside quotes are not read as narration."""
    chars = list(text)
    for span in spans:
        last = span.close - 1  # keep a final . ! ? so the sentence still ends there
        for index in range(span.open + 1, span.close):
            if not (index == last and chars[index] in ".!?"):
                chars[index] = "_"
    return "".join(chars)


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
