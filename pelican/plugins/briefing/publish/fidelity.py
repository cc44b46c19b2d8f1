"""Check that every imported paragraph reached its article page, word for word."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable

from ..model import Article

_TAG = re.compile(r"<[^>]*>")


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
    """Paragraph anchor → whitespace-normalised text, for our theme's ``<p id=...>`` blocks."""
    found = {}
    for anchor, inner in re.findall(r'<p id="([^"]+)" class="para[^"]*">(.*?)</p>', page, re.S):
        found[anchor] = " ".join(html.unescape(_TAG.sub("", inner)).split())
    return found
