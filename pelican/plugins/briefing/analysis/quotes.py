"""Quote stage: direct quotations in an article and who said them.

Which quoted words are quotes:

- Words in double quotation marks (straight ``"``, curly “ ” or « ») are a quote when the
  sentence attributes them: a speech verb (``text.lexicon.SPEECH_VERBS``) or "according to" right after the
  closing mark (``"Q," X said``, ``"Q," said X``, ``"Q," according to X``), or a speech verb or
  "according to" earlier in the same sentence (``X said: "Q"``, ``X told Y that Z "Q"``,
  ``According to X, Z was "Q"``). This holds for short fragments too: ``He cautioned that it
  would be "a mistake"`` is a quote of his, because a speaker says it in that sentence.
- Quoted words that no speech verb attributes are a quote only if they are a whole sentence
  (they start with a capital and end in ``. ? ! ,``); the speaker is then unknown, except that a
  paragraph made of nothing but a quotation continues the last quote of the paragraph before
  it, the way news copy runs one speaker's words over several paragraphs.
- Other quoted words (scare quotes, the wording of a resolution or a call: ``a "immediate"
  ceasefire``, ``demanded a "humanitarian pause"``) are not quotes.

Who the speaker is:

- The subject of the speech verb: the words between the closing mark and the verb, the words
  after an inverted verb (up to a comma or a time phrase such as "on Thursday"), the words after
  "according to", or the sentence's words before the verb. Among comma-separated parts
  (``X's spokesman, Nate Evans,``) the part that ends with a person mention wins, then one that
  ends with an organisation or place mention, else the last part that is not a relative clause.
- ``speaker`` is an entity id only when the speaker's words end with a gazetteer mention (the
  mention is the head: "Rear Admiral Daniel Hagari", "the Israeli military"); "a Hamas official"
  is not Hamas. ``speaker_name`` is then the mention as written, else the description as
  written ("a UN panel of independent experts"), cut at the first preposition past six words.
- A pronoun ("he stated") or a participle ("adding that") names nobody, so it takes the most
  recent referent in this paragraph or the one before, before the quote, outside quotation
  marks: he/she and participles the latest person (a person mention or a quote's speaker),
  they/it the latest organisation or place. A description ("the official said") keeps its
  words as ``speaker_name``; its entity id comes from the latest earlier quote speaker of the
  same kind (a person for "the official", "the spokesman"; an organisation for "the ministry"),
  never from a bare mention, so "the panel" is not the UN that "a UN panel" mentions.
- If no referent is found the quote is kept with ``speaker`` and ``speaker_name`` both ``None``:
  a quote is never credited to a guess.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

from ..model import Article, Gazetteer, Mention, Paragraph, Quote
from ..text.lexicon import (
    GROUP_PRONOUNS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    SPEECH_VERBS,
    alternation,
)
from ..text.sentences import sentence_starts
from .quotemarks import Span, comma_parts, mask_quoted, quoted_spans

_VERB = re.compile(rf"\b(?:according to|{alternation(SPEECH_VERBS)})\b", re.IGNORECASE)
_RELATIVE = re.compile(r"^(?:who|which|whose|that|where)\b", re.IGNORECASE)
_LEADING_CONJUNCTION = re.compile(r"^(?:and|but|then|so|while)\s+", re.IGNORECASE)
# Where an inverted speaker ("said Blinken on Thursday") stops.
_AFTER_SPEAKER = re.compile(
    r"\s+(?:on|at|during|after|before|while|when|as|who|which|late|early|last|this|to|in a)\b"
)
_PREPOSITION = re.compile(r"\s+(?:in|of|on|at|for|from|with|to|by|about|over)\s")
_PERSON_KINDS = frozenset({"person", ""})
_GROUP_KINDS = frozenset({"organisation", "place"})


class _Speaker(NamedTuple):
    """A resolved speaker: entity id (or ``None``) and name as written (or ``None``)."""

    entity: str | None
    name: str | None


class _Referent(NamedTuple):
    """Someone a pronoun may point back to."""

    paragraph: int
    position: int
    kind: str  # entity type, or "" for a described speaker ("the official")
    speaker: _Speaker
    spoke: bool  # a quote's speaker, not only a mention


_UNKNOWN = _Speaker(None, None)


def find_quotes(
    article: Article, mentions: Sequence[Mention], gazetteer: Gazetteer
) -> tuple[Quote, ...]:
    """Return the direct quotations in ``article`` with their speakers, in reading order."""
    kinds = _entity_kinds(gazetteer)
    referents: list[_Referent] = []
    quotes: list[Quote] = []
    previous: Quote | None = None
    by_anchor: dict[str, list[Mention]] = {}
    for mention in mentions:
        by_anchor.setdefault(mention.anchor, []).append(mention)
    for number, paragraph in enumerate(article.paragraphs):
        own = by_anchor.get(paragraph.anchor, [])
        reader = _Reader(article.slug, number, paragraph, own, kinds, referents)
        found = reader.quotes(previous)
        quotes.extend(found)
        previous = found[-1] if found else None
        referents = [r for r in reader.referents if r.paragraph == number]
    return tuple(quotes)


@functools.lru_cache(maxsize=8)
def _entity_kinds(gazetteer: Gazetteer) -> dict[str, str]:
    """Map each entity id to its type (person, organisation, place)."""
    return {entity.id: entity.type for entity in gazetteer.entities}


class _Reader:
    """Reads the quotes of one paragraph; holds what its helpers share."""

    def __init__(
        self,
        slug: str,
        number: int,
        paragraph: Paragraph,
        mentions: list[Mention],
        kinds: dict[str, str],
        earlier: list[_Referent],
    ) -> None:
        self.slug, self.number, self.paragraph = slug, number, paragraph
        self.text = paragraph.text
        self.spans = quoted_spans(self.text)
        self.masked = mask_quoted(self.text, self.spans)
        self.sentences = sentence_starts(self.masked)
        self.mentions = [m for m in mentions if not self._inside_quote(m.start)]
        self.kinds = kinds
        self.referents = earlier + [self._mention_referent(m) for m in self.mentions]

    def quotes(self, previous: Quote | None) -> list[Quote]:
        """Return this paragraph's quotes; ``previous`` ends the paragraph before."""
        found = []
        for span in self.spans:
            speaker = self._attributed(span) or self._unattributed(span, previous)
            if speaker is not None:
                found.append(self._quote(span, speaker))
                self._remember(span, speaker)
        return found

    def _quote(self, span: Span, speaker: _Speaker) -> Quote:
        """Build the Quote for ``span``."""
        words = self.text[span.open + 1 : span.close].strip().rstrip(",").strip()
        return Quote(words, speaker.entity, speaker.name, self.slug, self.paragraph.anchor)

    def _remember(self, span: Span, speaker: _Speaker) -> None:
        """Make a quote's speaker a referent for the pronouns that follow."""
        if speaker.name is not None:
            kind = self.kinds.get(speaker.entity or "", "")
            self.referents.append(_Referent(self.number, span.close, kind, speaker, True))

    # --- attribution -----------------------------------------------------------------

    def _attributed(self, span: Span) -> _Speaker | None:
        """Return the speaker a speech verb in the quote's sentence names, if any."""
        return self._trailing(span) or self._leading(span) or self._according_after(span)

    def _trailing(self, span: Span) -> _Speaker | None:
        """Read ``"Q," X said`` / ``"Q," said X`` / ``"Q," according to X``."""
        inner = self.text[span.open + 1 : span.close].rstrip()
        tail_start = span.close + 1
        tail = self.masked[tail_start : self._sentence_end(span.close)]
        verb = _VERB.search(tail)
        # Within the sentence a full stop is an abbreviation's ("Lt. Col."), not an end.
        if verb is None or re.search(r"[;:!?\"“”]", tail[: verb.start()]):
            return None
        before = tail[: verb.start()].strip(" ,")
        # Without ,"  the verb must still end the sentence's narration: '"Q" under a deal, X said'.
        closes_with_comma = inner.endswith((",", "?", "!", "—", "-")) or tail.startswith(",")
        if not (closes_with_comma or "," in before):
            return None
        if not before:
            return self._after_verb(tail_start + verb.end(), span.open)
        if len(before.split()) > 12:
            return None
        return self._subject(tail_start, tail_start + verb.start(), verb.group(), span.open)

    def _leading(self, span: Span) -> _Speaker | None:
        """Read ``X said: "Q"`` and a speech verb anywhere earlier in the sentence."""
        start = self._sentence_start(span.open)
        verbs = list(_VERB.finditer(self.masked, start, span.open))
        if not verbs:
            return None
        verb = verbs[-1]
        if verb.group().lower() == "according to":
            return self._after_verb(verb.end(), span.open)
        return self._subject(start, verb.start(), verb.group(), span.open)

    def _according_after(self, span: Span) -> _Speaker | None:
        """Read ``were "starving to death" on Thursday, according to X``."""
        end = self._sentence_end(span.close)
        found = re.search(r"\baccording to\b", self.masked[span.close : end], re.IGNORECASE)
        return self._after_verb(span.close + found.end(), span.open) if found else None

    def _unattributed(self, span: Span, previous: Quote | None) -> _Speaker | None:
        """Keep a whole quoted sentence without attribution; drop a quoted fragment."""
        inner = self.text[span.open + 1 : span.close].strip()
        if not inner or not (inner[0].isupper() and inner.endswith((".", "?", "!", ","))):
            return None
        whole = self.text[: span.open].strip() == "" and self.text[span.close + 1 :].strip() in (
            "",
            ".",
        )
        if whole and previous is not None and previous.speaker_name is not None:
            return _Speaker(previous.speaker, previous.speaker_name)
        return _UNKNOWN

    # --- speakers ----------------------------------------------------------------------

    def _subject(self, start: int, end: int, verb: str, quote_at: int) -> _Speaker:
        """Return the speaker named by the words before a speech verb."""
        if verb.lower().endswith("ing"):
            return self._back_reference(_PERSON_KINDS, quote_at)
        parts = comma_parts(self.masked, start, end)
        if not parts:
            return self._back_reference(_PERSON_KINDS, quote_at)
        for kinds in (("person",), ("organisation", "place")):
            for part_start, part_end in parts:
                head = self._head_mention(part_start, part_end)
                if head is not None and self.kinds.get(head.entity) in kinds:
                    return _Speaker(head.entity, head.surface)
        usable = [p for p in parts if not _RELATIVE.match(self.text[p[0] : p[1]])]
        return self._described(*(usable or parts)[-1], quote_at)

    def _after_verb(self, start: int, quote_at: int) -> _Speaker:
        """Return the speaker named after an inverted verb or "according to"."""
        rest = self.masked[start : self._sentence_end(start)]
        # The sentence ends the speaker; inside it, a full stop is an abbreviation's ("Adm.").
        cut = re.search(r"[,;:!?\"“”]|\.\s*$", rest)
        rest = rest[: cut.start()] if cut else rest
        stop = _AFTER_SPEAKER.search(rest)
        end = start + (stop.start() if stop else len(rest.rstrip()))
        return self._subject(start, end, "", quote_at)

    def _described(self, start: int, end: int, quote_at: int) -> _Speaker:
        """Return the speaker for words that are not a mention: a pronoun or a description."""
        words = _LEADING_CONJUNCTION.sub("", self.text[start:end].strip())
        if words.lower() in PERSON_PRONOUNS:
            return self._back_reference(_PERSON_KINDS, quote_at)
        if words.lower() in GROUP_PRONOUNS:
            return self._back_reference(_GROUP_KINDS, quote_at)
        if len(words.split()) > 6:
            cut = _PREPOSITION.search(words)
            words = words[: cut.start()] if cut else words
        if not words or len(words.split()) > 8:
            return _UNKNOWN
        if re.match(r"the\s+\S+(?:\s+\S+)?$", words, re.IGNORECASE):
            head = words.split()[-1].lower()
            kinds = _PERSON_KINDS if head in PERSON_NOUNS else frozenset({"organisation"})
            return _Speaker(self._back_reference(kinds, quote_at, speakers_only=True).entity, words)
        return _Speaker(None, words)

    def _back_reference(
        self, kinds: frozenset[str], quote_at: int, speakers_only: bool = False
    ) -> _Speaker:
        """Return the latest referent of one of ``kinds`` before the quote."""
        for referent in reversed(self.referents):
            before = referent.paragraph < self.number or referent.position < quote_at
            if before and referent.kind in kinds and (referent.spoke or not speakers_only):
                return referent.speaker
        return _UNKNOWN

    def _head_mention(self, start: int, end: int) -> Mention | None:
        """Return the mention that ends the words ``text[start:end]``, if any."""
        end = start + len(self.text[start:end].rstrip(" ,"))
        for mention in self.mentions:
            if mention.end == end and mention.start >= start:
                return mention
        return None

    def _mention_referent(self, mention: Mention) -> _Referent:
        """Make a mention a referent for later pronouns."""
        kind = self.kinds.get(mention.entity, "other")
        speaker = _Speaker(mention.entity, mention.surface)
        return _Referent(self.number, mention.start, kind, speaker, False)

    # --- text helpers --------------------------------------------------------------------

    def _inside_quote(self, offset: int) -> bool:
        """Tell whether ``offset`` falls between quotation marks."""
        return any(span.open < offset < span.close for span in self.spans)

    def _sentence_start(self, offset: int) -> int:
        """Return where the sentence holding ``offset`` starts."""
        return max((start for start in self.sentences if start <= offset), default=0)

    def _sentence_end(self, offset: int) -> int:
        """Return where the sentence holding ``offset`` ends."""
        return min((start for start in self.sentences if start > offset), default=len(self.text))
