"""Check that every imported paragraph reached its article page, word for word.

The paragraphs are found by the theme contract's ``data-paragraph`` marker (``theme_contract``),
never by the theme's class names.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable

from ..model import Article
from .theme_contract import PARAGRAPH

_TAG = re.compile(r"<[^>]*>")
# The pattern starts with its literal text and checks the white space before it afterwards,
# which lets the regex engine skip ahead to the literal (see linkcheck.py).
_MARK = re.compile(rf'{PARAGRAPH}="(?<=\s{PARAGRAPH}=")([^"]*)"')
_NAME = re.compile(r"<([a-zA-Z][a-zA-Z0-9]*)")


def check_fidelity(articles: Iterable[Article], read_page: Callable[[str], str]) -> list[str]:
    """Return one message per paragraph missing from, or altered on, its article page."""
    problems = []
    for article in articles:
        shown = _shown_paragraphs(read_page(article.url))
        for paragraph in article.paragraphs:
            text = shown.get(paragraph.anchor)
            if text is None:
                problems.append(f"{article.url}#{paragraph.anchor}: paragraph missing from page")
            elif " ".join(paragraph.text.split()) not in text:
                problems.append(f"{article.url}#{paragraph.anchor}: paragraph text altered")
    return problems


def _shown_paragraphs(page: str) -> dict[str, str]:
    """Paragraph anchor → whitespace-normalised text of the element marked with that anchor."""
    found = {}
    for mark in _MARK.finditer(page):
        opened = _NAME.match(page, page.rfind("<", 0, mark.start()))
        inside = page.find(">", mark.end()) + 1
        closed = page.find(f"</{opened.group(1)}", inside) if opened and inside else -1
        if closed >= 0:
            text = html.unescape(_TAG.sub("", page[inside:closed]))
            found[html.unescape(mark.group(1))] = " ".join(text.split())
    return found
