"""The corpus: every article with what every stage found in it, gathered before any page."""

from __future__ import annotations

from dataclasses import dataclass, field

from .articles import Article
from .editorial import Gazetteer, Taxonomy
from .findings import Candidate, Event, Figure, Mention, Quote, Related, TopicMatch


@dataclass
class Corpus:
    """Everything the writers need, gathered before any page is written."""

    articles: tuple[Article, ...]
    """Articles, newest first."""
    taxonomy: Taxonomy
    """Topics."""
    gazetteer: Gazetteer
    """Known entities."""
    topic_matches: dict[str, tuple[TopicMatch, ...]] = field(default_factory=dict)
    """Per article slug, why it is on each topic."""
    mentions: dict[str, tuple[Mention, ...]] = field(default_factory=dict)
    """Per article slug, entities it names."""
    candidates: dict[str, tuple[Candidate, ...]] = field(default_factory=dict)
    """Per article slug, names not in the gazetteer."""
    quotes: dict[str, tuple[Quote, ...]] = field(default_factory=dict)
    """Per article slug, who said what."""
    figures: dict[str, tuple[Figure, ...]] = field(default_factory=dict)
    """Per article slug, numeric claims."""
    events: dict[str, tuple[Event, ...]] = field(default_factory=dict)
    """Per article slug, dated events."""
    terms: dict[str, str] = field(default_factory=dict)
    """Per article slug, the words and names related articles are found by, one per line."""
    related: dict[str, tuple[Related, ...]] = field(default_factory=dict)
    """Per article slug, articles to read next."""
