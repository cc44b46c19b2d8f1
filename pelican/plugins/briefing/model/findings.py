"""What the stages find in an article: topic matches, mentions, quotes, figures, events, links."""

from __future__ import annotations

from datetime import date

from .records import record


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
