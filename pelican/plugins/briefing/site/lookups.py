"""Look-ups over the gathered corpus, built once, for the templates and the writers."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from markdown_it.common.utils import escapeHtml

from ..analysis.disputes import disputed
from ..model import (
    Article,
    Corpus,
    Entity,
    Event,
    Figure,
    Mention,
    Paragraph,
    Quote,
    Topic,
    TopicMatch,
)
from ..text.sentences import sentence_spans


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
    snippet: Snippet
    """The sentence of the article's first mention of the entity."""


@dataclass(frozen=True, slots=True)
class Snippet:
    """The sentence around a mention, split at the mention so a page can highlight it."""

    paragraph: Paragraph
    """The paragraph it comes from."""
    before: str
    """Text of the sentence before the mention (shortened with … if long)."""
    surface: str
    """The mention as written."""
    after: str
    """Text of the sentence after the mention (shortened with … if long)."""


@dataclass(frozen=True, slots=True)
class FigureRow:
    """One figure on the figures page."""

    figure: Figure
    """The figure."""
    disputed: bool
    """Another source gives an incompatible number for the same measure and date."""


@dataclass(frozen=True)
class Measure:
    """Every figure for one thing counted, in date order."""

    key: str
    """Measure key, e.g. ``killed``."""
    label: str
    """Readable name, e.g. ``Killed``."""
    rows: tuple[FigureRow, ...]
    """Figures by date, then value."""
    trend: tuple[str, ...]
    """How the count moves over time: ``29,000 (21 Feb 2024)`` ...; empty if one date."""


@dataclass
class CorpusIndex:
    """The corpus and the look-ups the pages need, computed once."""

    corpus: Corpus
    """Everything the stages found."""

    def __post_init__(self) -> None:
        """Build every look-up once."""
        self.by_slug = {a.slug: a for a in self.corpus.articles}
        self.topics = {t.slug: t for t in self.corpus.taxonomy.topics}
        self.entities = {e.id: e for e in self.corpus.gazetteer.entities}
        self._paragraphs = {
            (a.slug, p.anchor): p for a in self.corpus.articles for p in a.paragraphs
        }
        self._topic_entries = self._build_topic_entries()
        self._paragraph_topics = self._build_paragraph_topics()
        self._first_mentions = self._build_first_mentions()
        self._entity_entries = self._build_entity_entries()
        self._speaker_quotes: dict[str, list[Quote]] = defaultdict(list)
        for quote in self.all_quotes():
            self._speaker_quotes[quote.speaker or ""].append(quote)
        self._position = {a.slug: i for i, a in enumerate(self.corpus.articles)}
        self._events: list[Event] | None = None
        self._measures: list[Measure] | None = None

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
                if match.anchor and match.topic in self.topics:
                    found[slug][match.anchor].append(self.topics[match.topic])
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

    def _build_entity_entries(self) -> dict[str, list[EntityEntry]]:
        """Per entity, the articles and paragraphs that name it."""
        found: dict[str, dict[str, dict[str, Mention]]] = defaultdict(lambda: defaultdict(dict))
        for article in self.corpus.articles:
            for mention in self.corpus.mentions.get(article.slug, ()):
                found[mention.entity][article.slug].setdefault(mention.anchor, mention)
        return {
            entity: [self._entity_entry(slug, firsts) for slug, firsts in per_article.items()]
            for entity, per_article in found.items()
        }

    def _entity_entry(self, slug: str, first_mentions: dict[str, Mention]) -> EntityEntry:
        """One article's entry on an entity page: its paragraphs and first mention sentence."""
        paragraphs = tuple(self._paragraphs[slug, anchor] for anchor in first_mentions)
        first = next(iter(first_mentions.values()))
        return EntityEntry(self.by_slug[slug], paragraphs, snippet(paragraphs[0], first))

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
        return [topic for topic in self.corpus.taxonomy.topics if topic.slug in slugs]

    def entity_entries(self, entity: str) -> list[EntityEntry]:
        """Articles naming ``entity``, newest first."""
        return self._entity_entries.get(entity, [])

    def mentioned_entities(self) -> list[Entity]:
        """Entities named at least once, by name."""
        found = [self.entities[e] for e in self._entity_entries if e in self.entities]
        return sorted(found, key=lambda e: e.name.lower())

    def article_entities(self, slug: str) -> list[Entity]:
        """Entities an article names, in order of first mention."""
        ids = dict.fromkeys(m.entity for m in self.corpus.mentions.get(slug, ()))
        return [self.entities[i] for i in ids if i in self.entities]

    def entity_topics(self, entity: str) -> list[Topic]:
        """Topics of the paragraphs that name ``entity``."""
        slugs: dict[str, None] = {}
        for entry in self.entity_entries(entity):
            topics_by_anchor = self.paragraph_topics(entry.article.slug)
            for paragraph in entry.paragraphs:
                slugs.update(dict.fromkeys(t.slug for t in topics_by_anchor[paragraph.anchor]))
        return self._ordered_topics(slugs)

    def all_quotes(self) -> list[Quote]:
        """Every quote, newest article first."""
        return [q for a in self.corpus.articles for q in self.corpus.quotes.get(a.slug, ())]

    def speaker_quotes(self, entity: str) -> list[Quote]:
        """Quotes spoken by ``entity``."""
        return self._speaker_quotes.get(entity, [])

    def all_figures(self) -> list[Figure]:
        """Every figure, newest article first."""
        return [f for a in self.corpus.articles for f in self.corpus.figures.get(a.slug, ())]

    def all_events(self) -> list[Event]:
        """Every event, dated ones in date order, then undated ones."""
        if self._events is None:  # every timeline page asks; sort once
            events = [e for a in self.corpus.articles for e in self.corpus.events.get(a.slug, ())]
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

    def figure_measures(self) -> list[Measure]:
        """Figures grouped by what they count, with disagreements and trends marked."""
        if self._measures is None:  # the figures page and the one-file briefing both ask
            groups: dict[str, list[Figure]] = defaultdict(list)
            for figure in self.all_figures():
                groups[figure.counted].append(figure)
            published = {a.slug: a.date for a in self.corpus.articles}
            self._measures = [_measure(k, found, published) for k, found in sorted(groups.items())]
        return list(self._measures)

    def neighbours(self, slug: str) -> tuple[Article | None, Article | None]:
        """The previous (older) and next (newer) article by date."""
        articles, position = self.corpus.articles, self._position[slug]
        older = articles[position + 1] if position + 1 < len(articles) else None
        return older, articles[position - 1] if position > 0 else None

    def paragraph_html(self, slug: str, paragraph: Paragraph, site_url: str, urls) -> str:
        """Paragraph HTML with the first mention of each entity linked (unless an editor added markup)."""
        if paragraph.html != escapeHtml(paragraph.text):
            return paragraph.html
        mentions = self._first_mentions.get((slug, paragraph.anchor), [])
        return _link_mentions(paragraph.text, mentions, lambda e: f"{site_url}/{urls.entity(e)}")


def _link_mentions(text: str, mentions: list[Mention], entity_url) -> str:
    """Escape ``text`` and wrap each mention in a link to its entity page."""
    parts, position = [], 0
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.start < position:
            continue
        parts.append(escapeHtml(text[position : mention.start]))
        href = escapeHtml(entity_url(mention.entity))
        label = escapeHtml(text[mention.start : mention.end])
        parts.append(f'<a class="mention" href="{href}">{label}</a>')
        position = mention.end
    parts.append(escapeHtml(text[position:]))
    return "".join(parts)


def _measure(key: str, figures: list[Figure], published: dict[str, date]) -> Measure:
    """Order one measure's figures, mark where sources disagree and how the running count moves."""
    ordered = sorted(figures, key=lambda f: (f.as_of or date.min, f.value, f.article, f.anchor))
    rows = tuple(FigureRow(f, d) for f, d in zip(ordered, disputed(ordered), strict=True))
    # Only counts given as of the day of publication form a running total; a count dated to an
    # earlier event (the toll of October 7) is a different series.
    best: dict[date, Figure] = {}
    for figure in ordered:
        if figure.as_of and figure.as_of == published[figure.article] and not figure.unit:
            kept = best.get(figure.as_of)
            best[figure.as_of] = figure if not kept or _floor(figure) > _floor(kept) else kept
    trend = tuple(f"{f.text} ({day.strftime('%-d %b %Y')})" for day, f in sorted(best.items()))
    return Measure(key, key.replace("-", " ").capitalize(), rows, trend if len(trend) > 1 else ())


def _floor(figure: Figure) -> float:
    """The least the figure can mean ("nearly 32,000" may be 31,040), to pick the firmest count."""
    return 0.97 * figure.value if figure.qualifier in ("nearly", "about") else figure.value


SNIPPET_SIDE = 160
"""Most characters of sentence kept on each side of a mention."""


def snippet(paragraph: Paragraph, mention: Mention) -> Snippet:
    """The sentence of ``paragraph`` holding ``mention``, cut at the mention."""
    text = paragraph.text
    start, end = next(
        ((s, e) for s, e in sentence_spans(text) if s <= mention.start < e), (0, len(text))
    )
    before = text[start : mention.start]
    after = text[mention.end : max(end, mention.end)]
    if len(before) > SNIPPET_SIDE:
        before = "…" + before[-SNIPPET_SIDE:].split(" ", 1)[-1]
    if len(after) > SNIPPET_SIDE:
        after = after[:SNIPPET_SIDE].rsplit(" ", 1)[0] + "…"
    return Snippet(paragraph, before, text[mention.start : mention.end], after)
