"""Which verb of a paragraph attributes a quotation, and whose words it names as speaker.

The rules, as an editor states them:

- After the quote, in its sentence: ``"Q," X said``, ``"Q," said X``, ``"Q," according to X``.
  The words between the closing mark and the verb name the speaker; a verb right after the
  mark has its speaker after it, up to a comma or a time phrase ("said Blinken on Thursday"),
  except "told", "informed", "asked" and the like, after which comes the one told ("told CNN":
  the speaker is who told, never the outlet). ``"Q," and said`` goes on with the sentence's
  subject, read before the quote.
- Before the quote, in its clause: the clause's first verb of speech names the speaker, so the
  outer verb owns words it reports (``X said Y "asked civilians..."``, ``The statement said
  Netanyahu thanked Biden "..."``, ``It added he stressed the "..."``). So do a naming verb
  (``what it called "Q"``, ``he called the results a "Q"``) and a document's wording verb (``the
  assembly approved a resolution demanding "Q"``). A clause starts at the sentence's start, a
  semicolon, a dash, or ", and" / ", but" with a new subject (not "and said").
- ``..., said X.`` (a verb after a comma with a name after it) has its speaker after it.
- A participle ("saying", "adding") speaks for the last person named before it.
- Who the words name is decided by ``speakers``; who a pronoun, description or document points
  to, by ``referents``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

from ..text.lexicon import (
    ADDRESSEE_VERBS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FUNCTION_WORDS,
    ISSUE_VERBS,
    NAMING_VERBS,
    SPEECH_VERBS,
    WORDING_VERBS,
    alternation,
)
from .quotemarks import Span, narration_sentences
from .speakers import PERSON, UNKNOWN, Context, Speaker, speaker_of


def _verbs(words: frozenset[str]) -> str:
    """A pattern matching any of ``words`` as a whole word ("so-called" is no "called")."""
    return rf"(?<![-\w])(?:{alternation(words)})(?![-\w])"


_SPEECH = re.compile(_verbs(SPEECH_VERBS | {"according to"}), re.IGNORECASE)
_LEADING = re.compile(
    _verbs(SPEECH_VERBS | NAMING_VERBS | WORDING_VERBS | {"according to"}), re.IGNORECASE
)
_ISSUE = re.compile(
    _verbs(ISSUE_VERBS)
    + r"(?P<object>(?:\s+[\w-]+){0,4}?\s+(?P<noun>"
    + alternation(DOCUMENT_NOUNS)
    + r"))\b",
    re.IGNORECASE,
)
_DOCUMENT = re.compile(_verbs(DOCUMENT_NOUNS), re.IGNORECASE)
_IN_A_STATEMENT = re.compile(r"\bin an? (?P<noun>" + alternation(DOCUMENT_NOUNS) + r")\b", re.I)
_CLAUSE_BREAK = re.compile(
    r";\s|\s[—–-]+\s|,\s+(?:and|but|while|yet|whereas|though|although)\s+(?!(?:also\s+)?"
    + _verbs(SPEECH_VERBS)
    + ")",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r"(?<![-\w])(?:what|which|that|who)\s", re.IGNORECASE)
# Where a speaker named after the verb ("said Blinken on Thursday") stops.
_AFTER_SPEAKER = re.compile(
    r"\s+(?:on|at|during|after|before|while|when|as|who|which|late|early|last|this|to|in a)\b"
)


def _lower_case(verbs: Iterator[re.Match[str]]) -> Iterator[re.Match[str]]:
    """Keep the verbs written in lower case: "States" and "Notes" are names ("the United
    States"); "According to" opens a sentence."""
    return (v for v in verbs if v.group()[0].islower() or v.group().lower() == "according to")


class Attributed(NamedTuple):
    """The speaker a verb names, and where the verb is."""

    speaker: Speaker
    at: int  # offset of the verb


class Attributions:
    """Reads the verbs of speech of one paragraph."""

    def __init__(self, context: Context, spans: list[Span]) -> None:
        """Prepare the paragraph of ``context`` whose quotations are ``spans``."""
        self.context, self.spans = context, spans
        self.text, self.masked = context.text, context.masked
        self.sentences = narration_sentences(self.text, spans)
        # The (start, end) of the paragraph's clauses, in reading order, read once: the text
        # and its quotations never change.
        bounds = sorted(
            {*self.sentences, *(m.end() for m in _CLAUSE_BREAK.finditer(self.masked))}
            - {len(self.text)}
        )
        self.clauses = tuple(zip(bounds, [*bounds[1:], len(self.text)], strict=True))

    def of(self, span: Span) -> Attributed | None:
        """Return the speaker a verb of the quote's sentence names, if any."""
        return self._trailing(span) or self._leading(span) or self._according_after(span)

    def speaker_in(self, start: int, end: int) -> Attributed | None:
        """Return who the first verb of speech of a clause without a quote names."""
        return self._first_verb(start, end, end)

    def issuers(self) -> list[tuple[str, Speaker, int]]:
        """Return who issued which document: "the White House released a statement" and "the
        ICRC said in a statement"."""
        found = []
        for start, end in self.clauses:
            clause = self.masked[start:end]
            for issue in _ISSUE.finditer(clause):
                author = speaker_of(self.context, start, start + issue.start())
                if author is not None and author.name:
                    found.append((issue.group("noun"), author, start + issue.start()))
            statement = _IN_A_STATEMENT.search(clause)
            said = self._first_verb(start, end, end) if statement else None
            if statement and said and said.speaker.name:
                found.append((statement.group("noun"), said.speaker, said.at))
        return found

    # --- after the quote -------------------------------------------------------------------

    def _trailing(self, span: Span) -> Attributed | None:
        """Read ``"Q," X said`` / ``"Q," said X`` / ``"Q," according to X``."""
        inner = self.text[span.open + 1 : span.close].rstrip()
        tail_start = span.close + 1
        tail = self.masked[tail_start : self._sentence_end(span.close)]
        verb = next(_lower_case(_SPEECH.finditer(tail)), None)
        # Within the sentence a full stop is an abbreviation's ("Lt. Col."), not an end.
        if verb is None or re.search(r"[;:!?\"“”«»]", tail[: verb.start()]):
            return None
        before = tail[: verb.start()].strip(" ,")
        # Without ,"  the verb must still end the sentence's narration: '"Q" under a deal, X said'.
        closes_with_comma = inner.endswith((",", "?", "!", "—", "-")) or tail.startswith(",")
        if not (closes_with_comma or "," in before) or re.match(r"(?:and|but)\b", before, re.I):
            return None
        at = tail_start + verb.start()
        if not before:
            if verb.group().lower() in ADDRESSEE_VERBS:
                return None
            return self._after_verb(tail_start + verb.end(), len(self.text), verb.group(), at)
        if len(before.split()) > 12:
            return None
        return self._subject(tail_start, at, verb.group())

    def _according_after(self, span: Span) -> Attributed | None:
        """Read ``were "starving to death" on Thursday, according to X``."""
        end = self._sentence_end(span.close)
        found = re.search(r"\baccording to\b", self.masked[span.close : end], re.IGNORECASE)
        if found is None:
            return None
        at = span.close + found.start()
        return self._after_verb(span.close + found.end(), end, found.group(), at)

    # --- before the quote ------------------------------------------------------------------

    def _leading(self, span: Span) -> Attributed | None:
        """Read the first verb of the quote's clause (or else of its sentence) before it."""
        sentence = self._sentence_start(span.open)
        clause = max((s for s, _ in self.clauses if sentence <= s <= span.open), default=0)
        for start in dict.fromkeys((clause, sentence)):
            found = self._first_verb(start, span.open, span.open)
            if found is not None:
                return found
        return None

    def _first_verb(self, start: int, end: int, quote_at: int) -> Attributed | None:
        """Return the speaker of the first verb that may attribute a quote in ``[start, end)``."""
        for verb in _lower_case(_LEADING.finditer(self.masked, start, end)):
            word = verb.group().lower()
            if word in WORDING_VERBS and not _DOCUMENT.search(self.masked, start, verb.start()):
                continue
            if word == "according to":
                return self._after_verb(verb.end(), quote_at, word, verb.start())
            subject_start = max(
                [start, *(s.close + 1 for s in self.spans if s.close < verb.start())]
            )
            if word in WORDING_VERBS:
                subject_start = self._document_start(subject_start, verb.start())
            if word in NAMING_VERBS:
                relatives = list(_RELATIVE.finditer(self.masked, subject_start, verb.start()))
                subject_start = relatives[-1].end() if relatives else subject_start
            before = self.masked[subject_start : verb.start()].strip()
            # ", said X." and "said X: "Q"" name X; in 'said Russia was "Q"', Russia is
            # what was said about.
            tail = self.masked[verb.end() : quote_at]
            inverted = quote_at == end and end not in (s.open for s in self.spans)
            inverted = inverted or re.search(r"[,:]\s*$", tail) is not None
            if (not before or before.endswith(",")) and inverted and word not in ADDRESSEE_VERBS:
                after = self._after_verb(verb.end(), quote_at, word, verb.start())
                if after is not None and after.speaker.name:
                    return after
            if not before:
                return None
            found = self._subject(subject_start, verb.start(), verb.group())
            if word.endswith("ing") and word in SPEECH_VERBS and not (found and found.speaker.name):
                return self._back_to_person(verb.start(), word)
            return found
        return None

    def _document_start(self, start: int, end: int) -> int:
        """Return where the phrase of the last document named in ``[start, end)`` starts:
        back from the noun to the first word that is neither a determiner nor in a noun
        phrase ("So was | another amendment proposed by Austria that wanted")."""
        noun = list(_DOCUMENT.finditer(self.masked, start, end))[-1]
        begin = noun.start()
        for word in reversed(list(re.finditer(r"[^\W_][\w.'’-]*", self.masked[start:begin]))):
            key = word.group().lower()
            if key in FUNCTION_WORDS and key not in DETERMINERS:
                break
            begin = start + word.start()
        return begin

    # --- speakers --------------------------------------------------------------------------

    def _subject(self, start: int, end: int, verb: str) -> Attributed | None:
        """Return the speaker named by the words before a verb."""
        return self._named(start, end, end, lambda words: f"{words} {verb}")

    def _after_verb(self, start: int, limit: int, verb: str, at: int) -> Attributed | None:
        """Return the speaker named after an inverted verb or "according to"."""
        rest = self.masked[start : min(limit, self._sentence_end(start))]
        # The sentence ends the speaker; inside it, a full stop is an abbreviation's ("Adm.").
        cut = re.search(r"[,;:!?\"“”«»]|\.\s*$", rest)
        rest = rest[: cut.start()] if cut else rest
        stop = _AFTER_SPEAKER.search(rest)
        end = start + (stop.start() if stop else len(rest.rstrip()))
        return self._named(start, end, at, lambda words: f"{verb} {words}")

    def _named(
        self, start: int, end: int, at: int, evidence: Callable[[str], str]
    ) -> Attributed | None:
        """Return who ``text[start:end]`` names; words that point back become ``evidence``
        with their verb ("he said")."""
        found = speaker_of(self.context, start, end)
        if found is None:
            return None
        if found.inferred_from:
            found = found._replace(inferred_from=evidence(found.inferred_from))
        return Attributed(found, at)

    def _back_to_person(self, at: int, verb: str) -> Attributed:
        """Return the last person named before a participle ("..., adding that")."""
        found = self.context.memory.back(PERSON, self.context.paragraph, at)
        return Attributed(found._replace(inferred_from=verb) if found else UNKNOWN, at)

    # --- sentences -------------------------------------------------------------------------

    def _sentence_start(self, offset: int) -> int:
        """Return where the sentence holding ``offset`` starts."""
        return max((start for start in self.sentences if start <= offset), default=0)

    def _sentence_end(self, offset: int) -> int:
        """Return where the sentence holding ``offset`` ends."""
        return min((start for start in self.sentences if start > offset), default=len(self.text))
