"""Quote stage: direct quotations in an article and who said them.

Which quoted words are quotes, as an editor states it:

- Words in quotation marks (``quotemarks``) that a verb of their sentence attributes
  (``attribution``: ``"Q," X said``, ``X said "Q"``, ``according to X``, ``what X called "Q"``,
  ``a resolution demanding "Q"``). Words in single marks are a quote only so attributed, or
  going on from such a quote in their paragraph (``'Q1,' X said. 'Q2.'``).
- A quotation with no attribution of its own goes on with the speaker of the quote before it
  in its paragraph (``"Q1," X said. "Q2"``), or of the quote left open at the end of the
  paragraph before when this paragraph reopens it (a quotation over several paragraphs is one
  quote per paragraph, all the speaker's). A paragraph that is nothing but a quotation goes on
  with the last speaker of the paragraph before (``X issued the following statement.`` or
  ``..., said X.``). Any other unattributed quotation is kept, speaker unknown, only if it is
  a whole sentence (a capital first, ``. ? ! ,`` last).
- Not quotes: quoted words under four words long (scare quotes and short phrases, ``"very,
  very close"``, ``"on the table"``; their speaker still counts for the pronouns that follow);
  titles (``CNN's "State of the Union" show``); words whose speaker is the text's own "I" or
  "we" (a speech or transcript is no quote of its speaker); and the same words twice in one
  article, kept once where the body has them (a caption repeating the lead).

Who the speaker is (``speakers``, ``referents``): the short noun phrase of the attribution, a
gazetteer entity when a mention heads it; a person or an organisation the gazetteer lacks when
the phrase names one; a description as written; a pronoun, definite description or document
resolved to the one it points back to, with the words it was resolved from in
``Quote.inferred_from``. Unknown is an answer: when the text does not make the speaker clear,
``speaker`` and ``speaker_name`` are ``None``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

from ..model import Article, Gazetteer, Mention, Paragraph, Quote
from ..text.lexicon import FUNCTION_WORDS, NAME_CONNECTORS
from .attribution import Attributions
from .quotemarks import Span, mask_quoted, opens_with_quote, quoted_spans, quoted_words
from .referents import Memory
from .speakers import FIRST_PERSON, GROUP, UNKNOWN, Context, Speaker, names_in

PHRASE_WORDS = 4
"""Quoted words shorter than this are a phrase (scare quotes), not a quote."""
_SPEAKER_LABEL = re.compile(r"\s*[A-Z][A-Z.'’ -]*[A-Z]:")
_TITLE_SMALL = FUNCTION_WORDS | NAME_CONNECTORS
"""Words a title may write in lower case ("State of the Union")."""


def find_quotes(
    article: Article, mentions: Sequence[Mention], gazetteer: Gazetteer
) -> tuple[Quote, ...]:
    """Return the direct quotations in ``article`` with their speakers, in reading order."""
    kinds = _entity_kinds(gazetteer)
    memory = Memory()
    by_anchor: dict[str, list[Mention]] = {}
    for mention in mentions:
        by_anchor.setdefault(mention.anchor, []).append(mention)
    quotes: list[Quote] = []
    last = _Last(None, None, "")
    spans = [quoted_spans(paragraph.text) for paragraph in article.paragraphs]
    # After the last quotation a paragraph's narration would only tell the memory who spoke,
    # and no quote is left to ask it (reading narration is most of this stage's time).
    end = max((number + 1 for number, found in enumerate(spans) if found), default=0)
    for number, paragraph in enumerate(article.paragraphs[:end]):
        own = by_anchor.get(paragraph.anchor, [])
        reader = _Reader(article.slug, number, paragraph, spans[number], own, kinds, memory)
        found, last = reader.quotes(last)
        quotes.extend(found)
    return _once(quotes, article.paragraphs)


@functools.lru_cache(maxsize=8)
def _entity_kinds(gazetteer: Gazetteer) -> dict[str, str]:
    """Map each entity id to its type (person, organisation, place)."""
    return {entity.id: entity.type for entity in gazetteer.entities}


class _Last(NamedTuple):
    """How the paragraph before ends: its last quotation and quote, and its anchor."""

    quote: Quote | None
    span: Span | None
    anchor: str


class _Reader:
    """Reads the quotes of one paragraph."""

    def __init__(
        self,
        slug: str,
        number: int,
        paragraph: Paragraph,
        spans: list[Span],
        mentions: list[Mention],
        kinds: dict[str, str],
        memory: Memory,
    ) -> None:
        self.slug, self.number, self.paragraph = slug, number, paragraph
        self.memory = memory
        text = paragraph.text
        self.spans = spans
        outside = [m for m in mentions if not any(s.open < m.start < s.close for s in self.spans)]
        masked = mask_quoted(text, self.spans)
        label = _SPEAKER_LABEL.match(masked)  # a transcript's "MINISTER VARGA:" is no narration
        masked = "_" * label.end() + masked[label.end() :] if label else masked
        self.context = Context(text, masked, outside, kinds, number, memory)

    def quotes(self, last: _Last) -> tuple[list[Quote], _Last]:
        """Return this paragraph's quotes and how it ends; ``last``: how the one before ends."""
        attributions = Attributions(self.context, self.spans)
        self._narration(attributions)
        found: list[Quote] = []
        before: Quote | None = None
        for index, span in enumerate(self.spans):
            attributed = attributions.of(span)
            speaker = attributed.speaker if attributed else self._carried(index, span, before, last)
            if speaker is None or speaker is FIRST_PERSON:
                continue
            if attributed is not None:
                self.memory.remember(self.number, attributed.at, speaker, spoke=True)
            quote = self._quote(span, speaker)
            before = quote
            if _is_quote(quote.text):
                found.append(quote)
        closing = self.spans[-1] if self.spans else None
        return found, _Last(before if closing else None, closing, self.paragraph.anchor)

    def _narration(self, attributions: Attributions) -> None:
        """Remember who the paragraph names and who speaks in it outside quotations."""
        context = self.context
        for start, end in attributions.clauses:
            names = names_in(context, start, end)
            people = [(at, s) for at, s, after_preposition in names if not after_preposition]
            subject = next(((at, s) for at, s in people if s.kind != GROUP), None)
            for at, speaker, _ in names:
                if speaker.kind == GROUP or (at, speaker) == subject:
                    self.memory.remember(self.number, at, speaker, spoke=False)
            spoken = attributions.speaker_in(start, end)
            if spoken is not None:
                self.memory.remember(self.number, spoken.at, spoken.speaker, spoke=True)
        for mention in context.mentions:
            if context.kinds.get(mention.entity) in ("organisation", "place"):
                speaker = Speaker(mention.entity, mention.surface, GROUP)
                self.memory.remember(self.number, mention.start, speaker, spoke=False)
        for document, issuer, at in attributions.issuers():
            self.memory.issued(document, issuer)
            self.memory.remember(self.number, at, issuer, spoke=True)

    def _carried(self, index: int, span: Span, before: Quote | None, last: _Last) -> Speaker | None:
        """Return the speaker of a quote no verb attributes (see the module doc)."""
        if before is not None:
            return _speaker(before, "continues the quote before it")
        if span.single:
            return None
        previous, previous_span = last.quote, last.span
        reopens = index == 0 and opens_with_quote(self.paragraph.text)
        if reopens and previous is not None and previous_span and not previous_span.closed:
            return _speaker(previous, f"continues the quote in {previous.anchor}")
        text = self.paragraph.text
        whole = not text[: span.open].strip() and text[span.close + 1 :].strip() in ("", ".")
        introduced = self.memory.last_speaker(self.number - 1) if whole else None
        if introduced is not None and (previous is None or previous.speaker_name is not None):
            return introduced._replace(inferred_from=f"a quotation on its own after {last.anchor}")
        inner = text[span.open + 1 : span.close].strip()
        sentence = inner[:1].isupper() and inner.endswith((".", "?", "!", ","))
        return UNKNOWN if sentence else None

    def _quote(self, span: Span, speaker: Speaker) -> Quote:
        """Build the Quote for ``span``."""
        words = quoted_words(self.paragraph.text, span)
        return Quote(
            words,
            speaker.entity,
            speaker.name,
            self.slug,
            self.paragraph.anchor,
            speaker.inferred_from,
        )


def _speaker(quote: Quote, evidence: str) -> Speaker:
    """The speaker of an earlier quote, carried over to one that continues it."""
    if quote.speaker_name is None:
        return UNKNOWN
    return Speaker(quote.speaker, quote.speaker_name, "", evidence)


def _is_quote(words: str) -> bool:
    """Tell whether quoted words are a quote: not a phrase, not a title."""
    counted = [w for w in words.split() if any(c.isalnum() for c in w)]
    if len(counted) < PHRASE_WORDS:
        return False
    title = (
        all(w[:1].isupper() or w.lower() in _TITLE_SMALL for w in counted)
        and counted[0][:1].isupper()
    )
    return not (title and words[-1:].isalnum())


def _once(quotes: list[Quote], paragraphs: Sequence[Paragraph]) -> tuple[Quote, ...]:
    """Keep each quoted text once: the body's copy before a caption's, else the first."""
    captions = {p.anchor for p in paragraphs if p.kind == "caption"}
    kept: dict[str, Quote] = {}
    for quote in quotes:
        key = " ".join(quote.text.split()).casefold().rstrip(".,!?")
        held = kept.get(key)
        if held is None or (held.anchor in captions and quote.anchor not in captions):
            kept[key] = quote
    order = {id(q): n for n, q in enumerate(quotes)}
    return tuple(sorted(kept.values(), key=lambda q: order[id(q)]))
