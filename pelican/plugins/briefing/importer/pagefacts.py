"""What a saved web page says about itself: headline, publication date, author, site name.

trafilatura reads them from the page's metadata (meta tags, JSON-LD, bylines, the title). Each
is offered only with the words of the page it was read from, found here in the page itself:
a value the page does not state where a reader can see it is not offered at all. So a date
guessed from the page's address, or the day the page was saved or read, never becomes a
publication date: a date needs the page's own date markup (``<meta>``, ``<time>``, JSON-LD).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from bs4 import BeautifulSoup, Tag

_EVIDENCE_LENGTH = 120
"""Longest value quoted in the evidence."""
_BYLINE = re.compile(r"author|byline|writer|creator", re.IGNORECASE)
_JSON_VALUE = '"([A-Za-z@]+)"\\s*:\\s*"({value})"'


@dataclass(frozen=True, slots=True)
class PageFacts:
    """What a saved page states about the article, each value with its evidence."""

    title: str | None = None
    """The page's headline."""
    date: date | None = None
    """The publication day the page's date markup states."""
    author: str | None = None
    """The byline."""
    site_name: str | None = None
    """The name of the site that published it: the outlet."""
    evidence: tuple[tuple[str, str], ...] = ()
    """``(field, the page's words)`` for each value above (fields as in the front matter:
    ``title``, ``date``, ``author``, ``source``)."""


def page_facts(soup: BeautifulSoup, found) -> PageFacts:
    """The facts of trafilatura's metadata ``found`` that the page ``soup`` states."""
    evidence: dict[str, str] = {}
    values: dict[str, object] = {}
    for field, value in (
        ("title", found.title),
        ("author", found.author),
        ("source", found.sitename),
    ):
        words = _stated(soup, " ".join(str(value).split()), field) if value else None
        if words:
            values[field], evidence[field] = " ".join(str(value).split()), words
    day = _day(found.date)
    words = _dated(soup, day) if day else None
    if words:
        values["date"], evidence["date"] = day, words
    return PageFacts(
        title=values.get("title"),
        date=values.get("date"),
        author=values.get("author"),
        site_name=values.get("source"),
        evidence=tuple(evidence.items()),
    )


def _day(value: object) -> date | None:
    """The day trafilatura's ``YYYY-MM-DD`` date names, if any."""
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _stated(soup: BeautifulSoup, value: str, field: str) -> str | None:
    """Where the page states ``value``: a meta tag, its JSON-LD, its headline or title, or a
    byline; None if nowhere."""
    wanted = value.casefold()
    for meta in soup.find_all("meta"):
        if " ".join(str(meta.get("content", "")).split()).casefold() == wanted:
            return f"{_meta_name(meta)} '{_cut(value)}' in the page's metadata"
    in_json = _in_json_ld(soup, re.escape(value))
    if in_json:
        return in_json
    if field == "title":
        for tag in ("h1", "title"):
            element = soup.find(tag)
            if isinstance(element, Tag) and wanted in _text(element).casefold():
                return (
                    f"the page's {'headline' if tag == 'h1' else 'title'} '{_cut(_text(element))}'"
                )
        return None
    marked = soup.find_all(attrs={"class": _BYLINE}) + soup.find_all(attrs={"rel": "author"})
    for element in marked + soup.find_all(attrs={"itemprop": _BYLINE}):
        if wanted in _text(element).casefold():
            return f"the page's byline '{_cut(_text(element))}'"
    if field == "source":
        title = soup.find("title")
        if isinstance(title, Tag) and wanted in _text(title).casefold():
            return f"the page's title '{_cut(_text(title))}'"
    return None


def _dated(soup: BeautifulSoup, day: date) -> str | None:
    """Where the page's date markup gives ``day``: a meta tag, a ``<time>``, its JSON-LD."""
    iso = day.isoformat()
    for meta in soup.find_all("meta"):
        if str(meta.get("content", "")).strip().startswith(iso):
            return f"{_meta_name(meta)} '{_cut(meta['content'])}' in the page's metadata"
    for time in soup.find_all("time"):
        if str(time.get("datetime", "")).strip().startswith(iso):
            return f'the page\'s <time datetime="{_cut(time["datetime"])}">'
    return _in_json_ld(soup, re.escape(iso) + '[^"]*')


def _in_json_ld(soup: BeautifulSoup, pattern: str) -> str | None:
    """``key 'value' in the page's JSON-LD`` for the first JSON-LD value matching ``pattern``."""
    value = re.compile(_JSON_VALUE.format(value=pattern))
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        found = value.search(script.get_text())
        if found:
            return f"{found.group(1)} '{_cut(found.group(2))}' in the page's JSON-LD"
    return None


def _meta_name(meta: Tag) -> str:
    """What a meta tag is called: its property, name or itemprop."""
    return str(meta.get("property") or meta.get("name") or meta.get("itemprop") or "meta")


def _text(element: Tag) -> str:
    """An element's text on one line."""
    return " ".join(element.get_text(" ").split())


def _cut(text: str) -> str:
    """``text`` shortened for a line of evidence."""
    text = " ".join(str(text).split())
    return text if len(text) <= _EVIDENCE_LENGTH else text[: _EVIDENCE_LENGTH - 1] + "…"
