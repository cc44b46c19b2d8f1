"""CorpusIndex: the one interface templates and writers use to read the gathered corpus.

Templates never read the corpus's dicts: every question a page asks (an article by slug, the
topics in taxonomy order, a topic's articles, the quotes of an article...) is a method here,
its look-up built once per build.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from markdown_it.common.utils import escapeHtml

from ..analysis.series import Measure, by_measure, measures
from ..model import (
    Article,
    Corpus,
    Entity,
    Event,
    Figure,
    Mention,
    Paragraph,
    Quote,
    Related,
    Taxonomy,
    Topic,
)
from ..text.scripts import Language, text_language
from .entries import EntityEntry, TopicEntry
from .html import link_mentions
from .urls import SiteUrls


@dataclass
class CorpusIndex:
    """The corpus and the look-ups the pages need, computed once."""

    corpus: Corpus
    """Everything the stages found."""

    def __post_init__(self) -> None:
        """Build every look-up once."""
        self._articles = {a.slug: a for a in self.corpus.articles}
        self._topics = {t.slug: t for t in self.corpus.taxonomy.topics}
        self._entities = {e.id: e for e in self.corpus.gazetteer.entities}
        self._paragraphs = {
            (a.slug, p.anchor): p for a in self.corpus.articles for p in a.paragraphs
        }
        self._topic_entries = self._build_topic_entries()
        self._paragraph_topics = self._build_paragraph_topics()
        self._first_mentions = self._build_first_mentions()
        self._entity_mentions = self._build_entity_mentions()
        self._speaker_quotes: dict[str, list[Quote]] = defaultdict(list)
        for quote in self.all_quotes():
            self._speaker_quotes[quote.speaker or ""].append(quote)
        self._position = {a.slug: i for i, a in enumerate(self.corpus.articles)}
        self._events: list[Event] | None = None
        self._measures: list[Measure] | None = None
        self._languages: dict[str, Language | None] = {}

    def _build_topic_entries(self) -> dict[str, list[TopicEntry]]:
        """Per topic, the articles on it (newest first) with their paragraphs."""
        entries: dict[str, list[TopicEntry]] = defaultdict(list)
        for article in self.corpus.articles:
            by_topic: dict[str, list] = defaultdict(list)
            for match in self.corpus.topic_matches.get(article.slug, ()):
                paragraph = self._paragraphs.get((article.slug, match.anchor or ""))
                by_topic[match.topic].extend([(paragraph, match)] if paragraph else [])
            for topic, matches in by_topic.items():
                entries[topic].append(TopicEntry(article, tuple(matches)))
        return entries

    def _build_paragraph_topics(self) -> dict[str, dict[str, list[Topic]]]:
        """Per article, per paragraph anchor, its topics (article pages and entity pages ask)."""
        found: dict[str, dict[str, list[Topic]]] = defaultdict(lambda: defaultdict(list))
        for slug, matches in self.corpus.topic_matches.items():
            for match in matches:
                if match.anchor and match.topic in self._topics:
                    found[slug][match.anchor].append(self._topics[match.topic])
        return found

    def _build_first_mentions(self) -> dict[tuple[str, str], list[Mention]]:
        """Per (article, anchor), the mentions that name an entity for the first time in the article."""
        firsts: dict[tuple[str, str], list[Mention]] = defaultdict(list)
        for slug, mentions in self.corpus.mentions.items():
            seen: set[str] = set()
            for mention in mentions:
                if mention.entity not in seen:
                    seen.add(mention.entity)
                    firsts[slug, mention.anchor].append(mention)
        return firsts

    def _build_entity_mentions(self) -> dict[str, dict[str, dict[str, Mention]]]:
        """Per entity, per article naming it (newest first), its first mention per paragraph."""
        found: dict[str, dict[str, dict[str, Mention]]] = defaultdict(lambda: defaultdict(dict))
        for article in self.corpus.articles:
            for mention in self.corpus.mentions.get(article.slug, ()):
                found[mention.entity][article.slug].setdefault(mention.anchor, mention)
        return found

    def _entity_entry(self, slug: str, first_mentions: dict[str, Mention]) -> EntityEntry:
        """One article's entry on an entity page: its paragraphs and first mention sentence."""
        paragraphs = tuple(self._paragraphs[slug, anchor] for anchor in first_mentions)
        first = next(iter(first_mentions.values()))
        return EntityEntry(self._articles[slug], paragraphs, first)

    def articles(self) -> tuple[Article, ...]:
        """Every article, newest first."""
        return self.corpus.articles

    def article(self, slug: str) -> Article:
        """The article with this slug."""
        return self._articles[slug]

    def taxonomy(self) -> Taxonomy:
        """The topics and where their terms count (the method page explains both)."""
        return self.corpus.taxonomy

    def topics(self) -> tuple[Topic, ...]:
        """Every topic, in taxonomy order."""
        return self.corpus.taxonomy.topics

    def topic(self, slug: str) -> Topic:
        """The topic with this slug."""
        return self._topics[slug]

    def entity(self, entity_id: str | None) -> Entity | None:
        """The gazetteer entity with this id; None if the gazetteer has none (or no id)."""
        return self._entities.get(entity_id) if entity_id else None

    def known_entities(self) -> tuple[Entity, ...]:
        """Every entity of the gazetteer, named in the articles or not."""
        return self.corpus.gazetteer.entities

    def topic_entries(self, topic: str) -> list[TopicEntry]:
        """Articles on ``topic``, newest first."""
        return self._topic_entries.get(topic, [])

    def article_topics(self, slug: str) -> list[tuple[Topic, tuple[str, ...], int]]:
        """Topics of an article with the terms that put it there and how many paragraphs."""
        terms: dict[str, dict[str, None]] = defaultdict(dict)
        counts: dict[str, int] = defaultdict(int)
        for match in self.corpus.topic_matches.get(slug, ()):
            terms[match.topic].update(dict.fromkeys(match.terms))
            counts[match.topic] += match.anchor is not None
        return [(t, tuple(terms[t.slug]), counts[t.slug]) for t in self._ordered_topics(terms)]

    def paragraph_topics(self, slug: str) -> dict[str, list[Topic]]:
        """Per paragraph anchor of an article, its topics."""
        return self._paragraph_topics[slug]

    def _ordered_topics(self, slugs) -> list[Topic]:
        """The taxonomy's topics among ``slugs``, in taxonomy order."""
        return [topic for topic in self.topics() if topic.slug in slugs]

    def entity_entries(self, entity: str, slugs: Iterable[str] | None = None) -> list[EntityEntry]:
        """Articles naming ``entity`` (those of ``slugs`` among them), newest first; made when
        asked, since a rebuild renders only a few entity pages."""
        per_article = self._entity_mentions.get(entity, {})
        chosen = per_article if slugs is None else slugs
        return [self._entity_entry(slug, per_article[slug]) for slug in chosen]

    def entity_paragraphs(self, entity: str) -> list[tuple[str, str]]:
        """(article slug, paragraph anchor) of every paragraph naming ``entity``."""
        per_article = self._entity_mentions.get(entity, {})
        return [(slug, anchor) for slug, firsts in per_article.items() for anchor in firsts]

    def entity_articles(self, entity: str) -> list[str]:
        """Slugs of the articles naming ``entity``, newest first."""
        return list(self._entity_mentions.get(entity, ()))

    def mentioned_entities(self) -> list[Entity]:
        """Entities named at least once, by name."""
        found = [self._entities[e] for e in self._entity_mentions if e in self._entities]
        return sorted(found, key=lambda e: e.name.lower())

    def article_entities(self, slug: str) -> list[Entity]:
        """Entities an article names, in order of first mention."""
        ids = dict.fromkeys(m.entity for m in self.corpus.mentions.get(slug, ()))
        return [self._entities[i] for i in ids if i in self._entities]

    def entity_topics(self, entity: str) -> list[Topic]:
        """Topics of the paragraphs that name ``entity``."""
        slugs: dict[str, None] = {}
        for article, anchor in self.entity_paragraphs(entity):
            slugs.update(dict.fromkeys(t.slug for t in self.paragraph_topics(article)[anchor]))
        return self._ordered_topics(slugs)

    def article_quotes(self, slug: str) -> tuple[Quote, ...]:
        """The quotes of one article, in reading order."""
        return self.corpus.quotes.get(slug, ())

    def all_quotes(self) -> list[Quote]:
        """Every quote, newest article first."""
        return [q for a in self.corpus.articles for q in self.article_quotes(a.slug)]

    def speaker_quotes(self, entity: str) -> list[Quote]:
        """Quotes spoken by ``entity``."""
        return self._speaker_quotes.get(entity, [])

    def article_figures(self, slug: str) -> tuple[Figure, ...]:
        """The figures of one article, in reading order."""
        return self.corpus.figures.get(slug, ())

    def all_figures(self) -> list[Figure]:
        """Every figure, newest article first."""
        return [f for a in self.corpus.articles for f in self.article_figures(a.slug)]

    def article_events(self, slug: str) -> tuple[Event, ...]:
        """The events of one article, in reading order."""
        return self.corpus.events.get(slug, ())

    def all_events(self) -> list[Event]:
        """Every event, dated ones in date order, then undated ones."""
        if self._events is None:  # every timeline page asks; sort once
            events = [e for a in self.corpus.articles for e in self.article_events(a.slug)]
            dated = sorted(
                (e for e in events if e.date),
                key=lambda e: (e.date, e.precision != "month", e.article, e.anchor),
            )
            self._events = dated + [e for e in events if not e.date]
        return list(self._events)

    def topic_events(self, topic: str) -> list[Event]:
        """Events reported in paragraphs on ``topic``, in timeline order."""
        on_topic = {
            (e.article.slug, p.anchor) for e in self.topic_entries(topic) for p, _ in e.matches
        }
        return [e for e in self.all_events() if (e.article, e.anchor) in on_topic]

    def figure_groups(self) -> list[tuple[str, list[Measure]]]:
        """The figures' series grouped by measure, in reading order (the toll first)."""
        return by_measure(self.figure_measures())

    def figure_measures(self) -> list[Measure]:
        """Figures in series of like figures (measure, subject, place, kind), with where sources
        differ and how each series moves over time (``analysis.series``)."""
        if self._measures is None:  # the figures page and the one-file briefing both ask
            published = {a.slug: a.date for a in self.corpus.articles}
            self._measures = measures(self.all_figures(), published)
        return list(self._measures)

    def related(self, slug: str) -> tuple[Related, ...]:
        """The articles worth reading after this one, best first, with why."""
        return self.corpus.related.get(slug, ())

    def language(self, slug: str) -> Language | None:
        """The language and direction of an article's text; None: the site's language."""
        if slug not in self._languages:
            article = self._articles[slug]
            text = " ".join([article.title, *(p.text for p in article.paragraphs)])
            self._languages[slug] = text_language(text)
        return self._languages[slug]

    def shared_entities(self, slug: str, other: str, limit: int = 5) -> list[Entity]:
        """The people, organisations and places both articles name, those fewest articles
        name first (every article of a war briefing names the two sides)."""
        theirs = {entity.id for entity in self.article_entities(other)}
        shared = [e for e in self.article_entities(slug) if e.id in theirs]
        shared.sort(key=lambda entity: len(self._entity_mentions[entity.id]))  # stable: then order
        return shared[:limit]

    def neighbours(self, slug: str) -> tuple[Article | None, Article | None]:
        """The previous (older) and next (newer) article by date; none for an undated one."""
        articles, position = self.corpus.articles, self._position[slug]
        if articles[position].date is None:
            return None, None
        older = articles[position + 1] if position + 1 < len(articles) else None
        older = older if older and older.date else None
        return older, articles[position - 1] if position > 0 else None

    def dated_span(self) -> tuple[date, date] | None:
        """The oldest and the newest publication date known; None if no article is dated."""
        dated = [a.date for a in self.corpus.articles if a.date]
        return (min(dated), max(dated)) if dated else None

    def undated_count(self) -> int:
        """How many articles have no known publication date."""
        return sum(a.date is None for a in self.corpus.articles)

    def paragraph_html(self, slug: str, paragraph: Paragraph, site_url: str, urls: SiteUrls) -> str:
        """Paragraph HTML with the first mention of each entity linked (unless an editor added markup)."""
        if paragraph.html != escapeHtml(paragraph.text):
            return paragraph.html
        mentions = self._first_mentions.get((slug, paragraph.anchor), [])
        return link_mentions(paragraph.text, mentions, lambda e: f"{site_url}/{urls.entity(e)}")
