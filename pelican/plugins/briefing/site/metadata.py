"""What a page says about itself to machines: the NewsArticle record of an article page.

Only what is known is stated: an unknown date, outlet, author or address is left out, never
written as an empty string or a stand-in. A publication day is a date without a time, so it
is written as one (``2024-03-21``): a time and a time zone would be made up. The article's
own addresses (``url``, ``mainEntityOfPage``) need the published site's address; the
original's is ``isBasedOn``.
"""

from __future__ import annotations

from ..model import Article

INFERRED_LABELS = {
    "title": "Headline",
    "date": "Date",
    "source": "Outlet",
    "dateline": "Dateline",
    "author": "Author",
}
"""How the article page names each field the importer inferred from the text."""


def news_article(article: Article, address: str | None = None, language: str = "") -> dict:
    """The schema.org NewsArticle of an article at ``address`` (None: unknown), without the
    fields nobody knows."""
    record: dict = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
    }
    if address:
        record["url"] = address
        record["mainEntityOfPage"] = {"@type": "WebPage", "@id": address}
    if article.date:
        record["datePublished"] = article.date.isoformat()
    if article.author:
        record["author"] = {"@type": "Person", "name": article.author}
    if article.source:
        record["publisher"] = {"@type": "Organization", "name": article.source}
    if article.original_url:
        record["isBasedOn"] = article.original_url
    if article.dateline:
        record["dateline"] = article.dateline
    if article.summary:
        record["description"] = article.summary
    if language:
        record["inLanguage"] = language
    return {key: value for key, value in record.items() if value not in ("", None)}
