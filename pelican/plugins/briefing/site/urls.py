"""Where every page the briefing writes lives: site-relative URLs, one method per kind of page."""

from __future__ import annotations


class SiteUrls:
    """Site-relative URLs of every page the briefing writes."""

    def __init__(self, article_urls: dict[str, str]) -> None:
        """Keep the article URLs Pelican computed."""
        self._articles = article_urls

    def article(self, slug: str, anchor: str | None = None) -> str:
        """URL of an article page, or of one of its paragraphs."""
        return self._articles[slug] + (f"#{anchor}" if anchor else "")

    def topic(self, slug: str, page: int | None = None) -> str:
        """URL of a topic page, or of older page ``page`` (1 = oldest) of a long topic."""
        return f"topics/{slug}{_page_suffix(page)}.html"

    def all_feed(self) -> str:
        """URL of the Atom feed of every article."""
        return "feeds/all.atom.xml"

    def topic_feed(self, slug: str) -> str:
        """URL of a topic's Atom feed."""
        return f"feeds/{slug}.atom.xml"

    def topic_timeline(self, slug: str) -> str:
        """URL of the timeline of one topic."""
        return f"timeline/{slug}.html"

    def entity(self, entity_id: str, page: int | None = None) -> str:
        """URL of an entity page, or of older page ``page`` (1 = oldest) of a long one."""
        return f"entities/{entity_id}{_page_suffix(page)}.html"


def _page_suffix(page: int | None) -> str:
    """What an older page's number adds to a page's name: nothing for the list's first page."""
    return "" if page is None else f"-page-{page}"
