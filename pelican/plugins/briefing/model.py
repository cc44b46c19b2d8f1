"""Plain data passed between the stages of a briefing build.

Every stage reads these dataclasses and returns new ones; none of them is
created from free-form metadata at run time. The per-article ones use slots: at 10,000
articles there are over a million of them, and an instance dict would double their memory.
"""

from __future__ import annotations

import operator
from dataclasses import dataclass, field, fields
from datetime import date


def record(cls: type) -> type:
    """Make ``cls`` a frozen, slotted dataclass that pickles as a tuple of its fields."""
    # The analysis cache holds a million of these at 10,000 articles; the generic dataclass
    # pickling looks the fields up again for every instance and took 8 s to load them.
    cls = dataclass(frozen=True, slots=True)(cls)
    names = tuple(f.name for f in fields(cls))
    setters = tuple(cls.__dict__[name].__set__ for name in names)
    values = operator.attrgetter(*names)

    def __getstate__(self) -> tuple:  # noqa: N807 -- pickle's protocol name
        return values(self)

    def __setstate__(self, state: tuple) -> None:  # noqa: N807 -- pickle's protocol name
        for setter, value in zip(setters, state, strict=True):
            setter(self, value)

    cls.__getstate__, cls.__setstate__ = __getstate__, __setstate__
    return cls


@record
class Paragraph:
    """One paragraph of an article as it appears on its page."""

    anchor: str
    """Stable id of the paragraph on its article page, e.g. ``p3``."""
    text: str
    """Plain text as the reader sees it (Markdown rendered, tags removed)."""
    html: str
    """Rendered inline HTML; equal to the escaped text unless an editor added Markdown."""
    kind: str = "body"
    """``body`` or ``caption`` (a photo caption)."""


@record
class Article:
    """One imported article, read back from its content file."""

    slug: str
    """File-safe identifier, unique in the corpus."""
    title: str
    """Headline."""
    date: date | None
    """Publication date; ``None`` when neither the manifest nor the text gives it (unknown)."""
    source: str | None
    """Outlet(s) that published it (``Xinhua``, ``AFP, Reuters``); ``None`` when unknown."""
    paragraphs: tuple[Paragraph, ...]
    """Body and caption paragraphs in reading order."""
    url: str = ""
    """Site-relative URL of the article page, e.g. ``articles/slug.html``."""
    original_url: str | None = None
    """Address of the original article, when known."""
    dateline: str | None = None
    """Dateline as printed, e.g. ``JERUSALEM, Feb. 21 (Xinhua)``."""
    seed: str | None = None
    """Path of the seed file the article was imported from."""
    summary: str = ""
    """One- or two-sentence summary shown in lists."""
    credits: tuple[str, ...] = ()
    """Wire sign-offs and credits, e.g. ``(Input from agencies)``."""
    topics_added: tuple[str, ...] = ()
    """Topic slugs an editor added by hand in the front matter."""
    topics_removed: tuple[str, ...] = ()
    """Topic slugs an editor removed by hand in the front matter."""
    inferred: tuple[tuple[str, str], ...] = ()
    """``(field, evidence)`` for each front-matter field the importer inferred from the text
    rather than took from the manifest: the words it was read from."""
    also_in: tuple[str, ...] = ()
    """Other seeds that carry the same article (syndicated copies), as ``outlet: seed path``."""
    author: str | None = None
    """Byline, when the manifest gives it or the saved page states it; ``None`` when unknown."""


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


@record
class TopicMatch:
    """Why a paragraph (or, if added by hand, an article) is on a topic."""

    topic: str
    """Topic slug."""
    article: str
    """Article slug."""
    anchor: str | None
    """Paragraph anchor; ``None`` when an editor added the topic to the whole article."""
    terms: tuple[str, ...]
    """Matched phrases as written in the text, the explanation shown to readers."""
    score: float = 0.0
    """Sum of the weights of the matched terms."""


@record
class Mention:
    """A gazetteer entity named in a paragraph."""

    entity: str
    """Entity id."""
    article: str
    """Article slug."""
    anchor: str
    """Paragraph anchor."""
    start: int
    """Offset of the first character in ``Paragraph.text``."""
    end: int
    """Offset after the last character in ``Paragraph.text``."""
    surface: str
    """The words as written."""


@record
class Candidate:
    """A name that looks like an entity but is not in the gazetteer."""

    name: str
    """The words as written."""
    article: str
    """Article slug."""
    anchor: str
    """Paragraph anchor."""


@record
class Quote:
    """Words in quotation marks and who said them."""

    text: str
    """The quoted words, without the quotation marks."""
    speaker: str | None
    """Entity id of the speaker, when the speaker is in the gazetteer."""
    speaker_name: str | None
    """Speaker as the text names them (``a U.S. official``, ``Nate Evans``); ``None`` if unknown.
    A speaker found through ``inferred_from`` is named as the text named them earlier."""
    article: str
    """Article slug."""
    anchor: str
    """Paragraph anchor."""
    inferred_from: str | None = None
    """The evidence when the text does not name the speaker at the quote: the words that point
    back (``he said``, ``the statement said``, ``the spokesman said``) or the quotation this one
    continues (``continues the quote in p3``); ``None`` when the quote names its speaker, or
    the speaker is unknown. An editor can check an inferred speaker against it."""


@record
class Figure:
    """A numeric claim and who makes it."""

    text: str
    """The number as written, e.g. ``nearly 32,000``."""
    value: float
    """The number as a value, e.g. ``32000``."""
    qualifier: str | None
    """``at least``, ``more than``, ``nearly``, ``about``... or ``None``."""
    counted: str
    """Measure key: ``killed``, ``hostages-held``, ``hostages-released``, ``votes-for``..."""
    subject: str
    """What the number counts as written, e.g. ``Palestinians``."""
    attribution: str | None
    """Source the text states (``the health ministry in Gaza``, ``Israel``); ``None`` when it
    names none (the article's outlet is never a stand-in)."""
    as_of: date | None
    """Day the figure refers to: a day the sentence gives, else the publication date; ``None``
    when neither is known."""
    article: str
    """Article slug."""
    anchor: str
    """Paragraph anchor."""
    unit: str = ""
    """Currency code (``USD``), ``percent``, ``fraction`` or a unit of measure (``pound``);
    empty for a count."""
    place: str | None = None
    """Country or territory the text places it in (``Gaza`` also for Rafah); ``None`` when the
    text does not say or names several."""
    kind: str | None = None
    """``cumulative`` (running total), ``daily`` (one day's), ``event`` (one event's) or ``count``
    (how many there are); ``None`` for a toll whose text does not say."""


@record
class Event:
    """Something that happened on a date, as an article reports it."""

    date: date | None
    """Resolved date; ``None`` when the text does not allow one."""
    when: str
    """The date expression as written, e.g. ``on Sunday``."""
    text: str
    """The sentence that reports the event."""
    article: str
    """Article slug."""
    anchor: str
    """Paragraph anchor."""
    precision: str = "day"
    """How exact ``date`` is: ``day``, ``week`` (its Monday) or ``month`` (its first day)."""


@record
class Related:
    """Another article worth reading next, and why."""

    slug: str
    """Slug of the related article."""
    score: float
    """Weight of shared topics and shared rare terms."""
    shared_topics: tuple[str, ...] = ()
    """Topic slugs both articles are on."""
    shared_terms: tuple[str, ...] = ()
    """Rare terms both articles use, rarest first."""


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
    related: dict[str, tuple[Related, ...]] = field(default_factory=dict)
    """Per article slug, articles to read next."""
