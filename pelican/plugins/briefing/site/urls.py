"""Where every page the briefing writes lives: site-relative URLs, one method per kind of page,
and the absolute address of any of them when the published site's address is known."""

from __future__ import annotations


class SiteUrls:
    """Site-relative URLs of every page the briefing writes."""

    def __init__(
        self, article_urls: dict[str, str], site: str | None = None, home: str = "index.html"
    ) -> None:
        """Keep the article URLs Pelican computed, the site's address (None: unknown) and
        where the briefing's home page is (another site's home is its own)."""
        self._articles = article_urls
        self.site = site
        """The published site's absolute address without a final slash; None when unknown."""
        self._home = home

    def home(self) -> str:
        """URL of the briefing's home page: its topics at a glance."""
        return self._home

    def absolute(self, path: str) -> str | None:
        """The absolute address of a site-relative path; None when the site's address is unknown."""
        return f"{self.site}/{path}" if self.site else None

    def article(self, slug: str, anchor: str | None = None) -> str:
        """URL of an article page, or of one of its paragraphs."""
        return self._articles[slug] + (f"#{anchor}" if anchor else "")

    def topic(self, slug: str, page: int | None = None) -> str:
        """URL of a topic page, or of older page ``page`` (1 = oldest) of a long topic."""
        return f"topics/{slug}{_page_suffix(page)}.html"

    def all_feed(self) -> str:
        """URL of the Atom feed of every article."""
        return "feeds/all.atom.xml"

    # Topic and entity feeds have folders of their own: Pelican's category, tag and author
    # feeds are files directly in feeds/ (feeds/{slug}.atom.xml) and would collide.
    def topic_feed(self, slug: str) -> str:
        """URL of a topic's Atom feed."""
        return f"feeds/topics/{slug}.atom.xml"

    def entity_feed(self, entity_id: str) -> str:
        """URL of the Atom feed of the articles naming a person or an organisation."""
        return f"feeds/entities/{entity_id}.atom.xml"

    def topic_timeline(self, slug: str) -> str:
        """URL of the timeline of one topic: its list of months."""
        return f"timeline/{slug}.html"

    def timeline(self, month: str | None = None, topic: str | None = None) -> str:
        """URL of the timeline's list of months, or of one month's page (``2024-10``,
        ``undated``), of every topic or of one."""
        if month is None:
            return self.topic_timeline(topic) if topic else "timeline.html"
        return f"timeline/{topic}/{month}.html" if topic else f"timeline/{month}.html"

    def quotes(self, month: str | None = None) -> str:
        """URL of the quotes' list of months, or of one month's page."""
        return f"quotes/{month}.html" if month else "quotes.html"

    def figures(self, month: str | None = None) -> str:
        """URL of the figures' list of months and series, or of one month's page."""
        return f"figures/{month}.html" if month else "figures.html"

    def entity(self, entity_id: str, page: int | None = None) -> str:
        """URL of an entity page, or of older page ``page`` (1 = oldest) of a long one."""
        return f"entities/{entity_id}{_page_suffix(page)}.html"


def _page_suffix(page: int | None) -> str:
    """What an older page's number adds to a page's name: nothing for the list's first page."""
    return "" if page is None else f"-page-{page}"
