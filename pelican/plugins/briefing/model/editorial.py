"""The editors' data: the topic taxonomy and the gazetteer of known entities."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    """A phrase that signals a topic."""

    phrase: str
    """Words matched case-insensitively on word boundaries; ``|`` separates other wordings of
    the same clue (``UN | U.N. | United Nations``), which count once."""
    weight: float = 1.0
    """Contribution to a paragraph's score for the topic; 0 for a wording that uses a topic
    word in another sense (``humanitarian ceasefire`` in the humanitarian topic)."""


@dataclass(frozen=True)
class Topic:
    """One topic of the editorial taxonomy."""

    slug: str
    """Identifier used in URLs and front matter, e.g. ``rafah``."""
    name: str
    """Display name, e.g. ``Rafah``."""
    description: str
    """One line shown on the topic page and the method page."""
    terms: tuple[Term, ...]
    """Phrases that signal the topic."""
    threshold: float = 1.0
    """Score a paragraph must reach to be assigned the topic."""


SCOPES = ("paragraph", "neighbours", "article")
"""How near a paragraph the briefing's subject must be named for its topic terms to count."""


@dataclass(frozen=True)
class SubjectContext:
    """What makes a text about the briefing's subject: topic terms count only near it."""

    names: tuple[str, ...]
    """Places and actors of the subject (``Gaza``, ``Hamas``), matched like terms but keeping
    their capital."""
    scope: str = "paragraph"
    """One of ``SCOPES``: where a name must be for a paragraph to count: in the paragraph
    itself; in it or the paragraph just before or after; anywhere in an article that names
    the subject, in at least as many paragraphs as it names other stories."""
    elsewhere: tuple[str, ...] = ()
    """Names of other stories (``Ukraine``, ``Sudan``): a paragraph naming one of them and
    none of ``names`` does not count, whatever the scope."""


@dataclass(frozen=True)
class Taxonomy:
    """The editable list of topics."""

    topics: tuple[Topic, ...]
    """Topics in display order."""
    context: SubjectContext | None = None
    """Where topic terms count; ``None``: in every paragraph."""


@dataclass(frozen=True)
class Entity:
    """A person, organisation or place from the gazetteer."""

    id: str
    """Slug used in URLs, e.g. ``antony-blinken``."""
    name: str
    """Canonical name."""
    type: str
    """``person``, ``organisation`` or ``place``."""
    role: str = ""
    """One line, e.g. ``US Secretary of State``."""
    aliases: tuple[str, ...] = ()
    """Other names it goes by in text, e.g. ``Blinken``."""


@dataclass(frozen=True)
class Gazetteer:
    """The editable list of known entities."""

    entities: tuple[Entity, ...]
    """Entities in file order."""
