"""HTML the templates cannot write well themselves: linked mentions, snippets around a mention,
date filters, and fragments rendered once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from markdown_it.common.utils import escapeHtml

from ..model import Mention, Paragraph
from ..text.calendar import long_date, month_year, short_date, weekday_date
from ..text.sentences import sentence_spans


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """``1 paragraph``, ``2 paragraphs``, ``1,204 articles``: a count and its noun, agreeing."""
    return f"{number:,} {noun if number == 1 else plural or noun + 's'}"


TEMPLATE_FILTERS = {
    "long_date": long_date,
    "short_date": short_date,
    "weekday_date": weekday_date,
    "month_year": month_year,
    "counted": counted,
}
"""Jinja filters every template may use: dates written the same way on every platform, and
counts whose noun agrees with them."""


def link_mentions(text: str, mentions: list[Mention], entity_url: Callable[[str], str]) -> str:
    """Escape ``text`` and wrap each mention in a link to its entity page."""
    parts, position = [], 0
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.start < position:
            continue
        parts.append(escapeHtml(text[position : mention.start]))
        href = escapeHtml(entity_url(mention.entity))
        label = escapeHtml(text[mention.start : mention.end])
        parts.append(f'<a class="mention" href="{href}">{label}</a>')
        position = mention.end
    parts.append(escapeHtml(text[position:]))
    return "".join(parts)


class Fragments:
    """Template fragments rendered once per build and reused wherever they repeat.

    An article's heading is the same on each of the twenty-odd entity pages that list it; at
    10,000 articles rendering it once instead of every time saves a quarter of a million calls.
    Templates call ``once(key, macro, *args)``; the key must name everything the result depends
    on, such as ``SITEURL`` when the fragment holds a relative link.
    """

    def __init__(self) -> None:
        """Start with nothing rendered."""
        self._rendered: dict[tuple, str] = {}

    def __call__(self, key: tuple, macro, *args) -> str:
        """``macro(*args)``, rendered the first time ``key`` is seen."""
        if key not in self._rendered:
            self._rendered[key] = macro(*args)
        return self._rendered[key]


@dataclass(frozen=True, slots=True)
class Snippet:
    """The sentence around a mention, split at the mention so a page can highlight it."""

    paragraph: Paragraph
    """The paragraph it comes from."""
    before: str
    """Text of the sentence before the mention (shortened with … if long)."""
    surface: str
    """The mention as written."""
    after: str
    """Text of the sentence after the mention (shortened with … if long)."""


SNIPPET_SIDE = 160
"""Most characters of sentence kept on each side of a mention."""


def snippet(paragraph: Paragraph, mention: Mention) -> Snippet:
    """The sentence of ``paragraph`` holding ``mention``, cut at the mention."""
    text = paragraph.text
    start, end = next(
        ((s, e) for s, e in sentence_spans(text) if s <= mention.start < e), (0, len(text))
    )
    before = text[start : mention.start]
    after = text[mention.end : max(end, mention.end)]
    if len(before) > SNIPPET_SIDE:
        before = "…" + before[-SNIPPET_SIDE:].split(" ", 1)[-1]
    if len(after) > SNIPPET_SIDE:
        after = after[:SNIPPET_SIDE].rsplit(" ", 1)[0] + "…"
    return Snippet(paragraph, before, text[mention.start : mention.end], after)
