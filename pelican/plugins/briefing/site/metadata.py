"""What a page says about itself to machines: the NewsArticle record of an article page.

Only what is known is stated: an unknown date, outlet or address is left out, never written
as an empty string or a stand-in.
"""

from __future__ import annotations

from ..model import Article

INFERRED_LABELS = {"title": "Headline", "date": "Date", "source": "Outlet", "dateline": "Dateline"}
"""How the article page names each field the importer inferred from the text."""


def news_article(article: Article) -> dict:
    """The schema.org NewsArticle of an article, without the fields nobody knows."""
    record: dict = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
    }
    if article.date:
        record["datePublished"] = article.date.isoformat()
    if article.dateline:
        record["dateline"] = article.dateline
    if article.source:
        record["publisher"] = {"@type": "Organization", "name": article.source}
    if article.original_url:
        record["url"] = article.original_url
    if article.summary:
        record["description"] = article.summary
    return record
