"""A Pelican reader for content files: YAML front matter, Markdown rendered by markdown-it-py.

Pelican's own Markdown reader needs Python-Markdown, and pelican-markdown-it-reader always
enables raw HTML; this reader keeps raw HTML off so an article's text is never run as markup.

It takes only the briefing's own content files, the ones whose front matter has a ``slug:``
line (``is_briefing_file``); any other ``.md`` file of the site, such as an ordinary
``Title:`` post, goes to Pelican's Markdown reader as it would without the plugin.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from markdown_it import MarkdownIt
from pelican.readers import BaseReader, MarkdownReader

from ..messages import did_you_mean, local_path
from ..model import Article
from ..site.templates import ARTICLE_TEMPLATE
from .format import (
    FRONT_MATTER,
    FRONT_MATTER_KEYS,
    is_briefing_file,
    make_parser,
    render_body,
    split_front_matter,
)

ARTICLE_KEY = "briefing_article"
"""Metadata key under which the reader hands the parsed Article to the plugin."""
WARNINGS_KEY = "briefing_warnings"
"""Metadata key of the reader's warnings about a file, kept with it in Pelican's content cache
so that every build repeats them, not only the one that read the file."""

logger = logging.getLogger(__name__)

_LIST_FIELDS = ("credits", "topics_add", "topics_remove", "also_in")
UNDATED = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
"""What Pelican is given as the date of an undated article, which it needs to sort; such an
article is ``hidden`` for Pelican, so no feed, list or page of Pelican's shows that date."""


class BriefingReader(BaseReader):
    """Read ``.md`` content files written by the importer or by editors."""

    enabled = True
    file_extensions = ["md"]

    def __init__(self, settings: dict) -> None:
        """Make the one Markdown parser this reader uses for every file."""
        super().__init__(settings)
        self._parser = make_parser()
        self._others = MarkdownReader(settings) if MarkdownReader.enabled else None

    def read(self, source_path: str) -> tuple[str, dict]:
        """Return the rendered body and Pelican metadata for ``source_path``."""
        try:
            text = Path(source_path).read_text(encoding="utf-8")
            if not is_briefing_file(text):
                return self._not_ours(source_path, text)
            return self._read(source_path, text)
        except ValueError as error:  # UnicodeDecodeError too; YAML errors arrive as ValueError
            # Pelican logs only "Could not process" unless DEBUG is on: say why here.
            logger.error("briefing: %s: %s", local_path(source_path), " ".join(str(error).split()))
            raise

    def _not_ours(self, source_path: str, text: str) -> tuple[str, dict]:
        """Read a file that is not a briefing article as Pelican would without the plugin;
        without Python-Markdown, say what a briefing article lacks."""
        if self._others is not None:
            return self._others.read(source_path)
        if FRONT_MATTER.match(text.lstrip("\ufeff")):
            raise ValueError("front matter lacks slug")
        raise ValueError(
            "no front matter: the file must start with a '---' line (an ordinary Pelican"
            " post needs Python-Markdown: pip install markdown)"
        )

    def _read(self, source_path: str, text: str) -> tuple[str, dict]:
        """Read one briefing content file; raise ValueError naming what is wrong."""
        front, body_html, article = read_article(text, self._parser)
        metadata = {
            "title": article.title,
            "date": self.process_metadata("date", article.date.isoformat())
            if article.date
            else UNDATED,
            "slug": article.slug,
            "summary": article.summary,
            "template": ARTICLE_TEMPLATE,
            ARTICLE_KEY: article,
            WARNINGS_KEY: unknown_keys(front, local_path(source_path)),
        }
        if article.date is None:
            metadata["status"] = "hidden"
        return body_html, metadata


def read_article(text: str, parser: MarkdownIt) -> tuple[dict, str, Article]:
    """Read a briefing content file: its front matter, its body as HTML and its Article;
    ValueError says what is wrong."""
    front, body = split_front_matter(text)
    body_html, paragraphs = render_body(body, parser)
    return front, body_html, article_from(front, paragraphs)


def unknown_keys(front: dict, name: str) -> tuple[str, ...]:
    """One warning per front matter key the reader does not know, with the key probably meant."""
    return tuple(
        f"{name}: unknown front matter key {key!r} ignored{did_you_mean(key, FRONT_MATTER_KEYS)}"
        for key in front
        if key not in FRONT_MATTER_KEYS
    )


def article_from(front: dict, paragraphs: tuple) -> Article:
    """Build an Article from front matter and parsed paragraphs; ValueError says what is wrong."""
    missing = [key for key in ("title", "slug") if not front.get(key)]
    if missing:
        raise ValueError(f"front matter lacks {', '.join(missing)}")
    lists = {key: _string_list(front, key) for key in _LIST_FIELDS}
    return Article(
        slug=str(front["slug"]),
        title=str(front["title"]),
        date=_date(front.get("date")),
        source=_optional(front.get("source")),
        paragraphs=paragraphs,
        original_url=_optional(front.get("url")),
        dateline=_optional(front.get("dateline")),
        seed=_optional(front.get("seed")),
        summary=str(front.get("summary") or ""),
        credits=lists["credits"],
        topics_added=lists["topics_add"],
        topics_removed=lists["topics_remove"],
        inferred=_inferred(front.get("inferred")),
        also_in=lists["also_in"],
        author=_optional(front.get("author")),
    )


def _date(value: object) -> dt.date | None:
    """Return the front-matter date as a date; ``None`` (empty) means unknown."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError as error:
        raise ValueError(f"date {value!r} is not YYYY-MM-DD") from error


def _inferred(value: object) -> tuple[tuple[str, str], ...]:
    """``inferred``: field -> evidence (older files list the fields alone)."""
    if isinstance(value, dict):
        return tuple((str(key), str(words)) for key, words in value.items())
    if isinstance(value, list):
        return tuple((str(key), "") for key in value)
    if value in (None, ""):
        return ()
    raise ValueError("'inferred' must map each inferred field to its evidence")


def _string_list(front: dict, key: str) -> tuple[str, ...]:
    """Return a front-matter list of strings (a lone string counts as a list of one)."""
    value = front.get(key) or []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise ValueError(f"'{key}' must be a list")
    return tuple(str(item) for item in value)


def _optional(value: object) -> str | None:
    """Return ``value`` as a string, or None when empty."""
    return None if value in (None, "") else str(value)
