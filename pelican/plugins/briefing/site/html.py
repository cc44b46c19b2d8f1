"""HTML the templates cannot write well themselves: linked mentions, and fragments rendered once."""

from __future__ import annotations

from collections.abc import Callable

from markdown_it.common.utils import escapeHtml

from ..model import Mention


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
