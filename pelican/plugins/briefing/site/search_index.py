"""The offline search index (``search-index.js``): every paragraph as a MiniSearch document.

The served site is searched with Pagefind (``publish/pagefind.py``); the offline bundle cannot
fetch or run WASM, so it ships this index as a JavaScript file that MiniSearch
(``theme/static/js/search.js``) reads.
Articles and topic names are listed once and referred to by position, so the index grows with
the text and not with the text times the number of paragraphs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from ..model import Article, TopicMatch
from .exports import compact_json, json_items
from .lookups import CorpusIndex
from .urls import SiteUrls


def search_index_script(index: CorpusIndex, urls: SiteUrls) -> Iterator[str]:
    """``search-index.js``, a script that sets ``window.BRIEFING_SEARCH`` to the search index
    (topic names, articles, one document per paragraph), as text in pieces: one article's
    paragraphs at a time, never the 30 MB of a large briefing at once."""
    # A script, not JSON: pages opened from file:// cannot fetch, but can load a <script src>.
    corpus = index.corpus
    position = {topic.slug: i for i, topic in enumerate(corpus.taxonomy.topics)}
    yield "window.BRIEFING_SEARCH = "
    yield '{"topics":' + compact_json([topic.name for topic in corpus.taxonomy.topics])
    yield ',"articles":' + compact_json([_article_entry(a, urls) for a in corpus.articles])
    yield ',"paragraphs":['
    yield from json_items(
        document
        for number, article in enumerate(corpus.articles)
        for document in _paragraph_documents(
            number, article, corpus.topic_matches.get(article.slug, ()), position
        )
    )
    yield "]};"


def _article_entry(article: Article, urls: SiteUrls) -> dict:
    """What a result shows about an article: headline, link, outlet and date."""
    return {
        "title": article.title,
        "url": urls.article(article.slug),
        "source": article.source,
        "date": article.date.isoformat() if article.date else None,
    }


def _paragraph_documents(
    number: int, article: Article, matches: tuple[TopicMatch, ...], position: dict[str, int]
) -> list[dict]:
    """One document per paragraph: its article's number, anchor, text and topic numbers."""
    topics = _topics_by_anchor(matches, position)
    return [
        {
            "article": number,
            "anchor": paragraph.anchor,
            "text": paragraph.text,
            "topics": sorted(topics[paragraph.anchor] | topics[None]),
        }
        for paragraph in article.paragraphs
    ]


def _topics_by_anchor(
    matches: tuple[TopicMatch, ...], position: dict[str, int]
) -> defaultdict[str | None, set[int]]:
    """Topic numbers per paragraph anchor; ``None`` holds topics an editor gave the whole article."""
    found: defaultdict[str | None, set[int]] = defaultdict(set)
    for match in matches:
        if match.topic in position:
            found[match.anchor].add(position[match.topic])
    return found
