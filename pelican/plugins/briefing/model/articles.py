"""An article as the reader reads it back: its paragraphs and what its front matter says."""

from __future__ import annotations

from datetime import date

from .records import record


@record
class Paragraph:
    """One paragraph of an article as it appears on its page."""

    anchor: str
    """Stable id of the paragraph on its article page, e.g. ``p3``."""
    text: str
    """Plain text as the reader sees it (Markdown rendered, tags removed)."""
    html: str
    """Rendered inline HTML; equal to the escaped text unless an editor added Markdown."""
    kind: str = "body"
    """``body`` or ``caption`` (a photo caption)."""


@record
class Article:
    """One imported article, read back from its content file."""

    slug: str
    """File-safe identifier, unique in the corpus."""
    title: str
    """Headline."""
    date: date | None
    """Publication date; ``None`` when neither the manifest nor the text gives it (unknown)."""
    source: str | None
    """Outlet(s) that published it (``Xinhua``, ``AFP, Reuters``); ``None`` when unknown."""
    paragraphs: tuple[Paragraph, ...]
    """Body and caption paragraphs in reading order."""
    url: str = ""
    """Site-relative URL of the article page, e.g. ``articles/slug.html``."""
    original_url: str | None = None
    """Address of the original article, when known."""
    dateline: str | None = None
    """Dateline as printed, e.g. ``JERUSALEM, Feb. 21 (Xinhua)``."""
    seed: str | None = None
    """Path of the seed file the article was imported from."""
    summary: str = ""
    """One- or two-sentence summary shown in lists."""
    credits: tuple[str, ...] = ()
    """Wire sign-offs and credits, e.g. ``(Input from agencies)``."""
    topics_added: tuple[str, ...] = ()
    """Topic slugs an editor added by hand in the front matter."""
    topics_removed: tuple[str, ...] = ()
    """Topic slugs an editor removed by hand in the front matter."""
    inferred: tuple[tuple[str, str], ...] = ()
    """``(field, evidence)`` for each front-matter field the importer inferred from the text
    rather than took from the manifest: the words it was read from."""
    also_in: tuple[str, ...] = ()
    """Other seeds that carry the same article (syndicated copies), as ``outlet: seed path``."""
    author: str | None = None
    """Byline, when the manifest gives it or the saved page states it; ``None`` when unknown."""
