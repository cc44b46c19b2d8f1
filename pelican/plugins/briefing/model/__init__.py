"""Plain data passed between the stages of a briefing build.

Every stage reads these dataclasses and returns new ones; none of them is created from
free-form metadata at run time. The per-article ones use slots (``records.record``): at 10,000
articles there are over a million of them, and an instance dict would double their memory.

In the order data flows: ``articles`` (what the reader reads back), ``editorial`` (the
taxonomy and the gazetteer), ``findings`` (what each stage finds in an article) and ``corpus``
(all of it, gathered before any page is written).
"""

from .articles import Article, Paragraph
from .corpus import Corpus
from .editorial import SCOPES, Entity, Gazetteer, SubjectContext, Taxonomy, Term, Topic
from .findings import Candidate, Event, Figure, Mention, Quote, Related, TopicMatch

__all__ = [
    "SCOPES",
    "Article",
    "Candidate",
    "Corpus",
    "Entity",
    "Event",
    "Figure",
    "Gazetteer",
    "Mention",
    "Paragraph",
    "Quote",
    "Related",
    "SubjectContext",
    "Taxonomy",
    "Term",
    "Topic",
    "TopicMatch",
]
