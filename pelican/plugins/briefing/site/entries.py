"""The entries of a topic's and an entity's list: one article each, with what it says there."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Article, Mention, Paragraph, TopicMatch
from .html import Snippet, snippet


@dataclass(frozen=True, slots=True)
class TopicEntry:
    """One article's paragraphs on one topic."""

    article: Article
    """The article."""
    matches: tuple[tuple[Paragraph, TopicMatch], ...]
    """Its paragraphs on the topic with the matched terms; empty when added by an editor."""


@dataclass(frozen=True, slots=True)
class EntityEntry:
    """One article's paragraphs that name an entity."""

    article: Article
    """The article."""
    paragraphs: tuple[Paragraph, ...]
    """Paragraphs that name the entity, in reading order."""
    first: Mention
    """The article's first mention of the entity."""

    @property
    def snippet(self) -> Snippet:
        """The sentence of the first mention, cut at it: found only for a page rendered."""
        return snippet(self.paragraphs[0], self.first)
