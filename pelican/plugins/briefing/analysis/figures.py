"""Find the figures of an article: the number, what it counts, where, who gives it, as of when.

The rules, as an editor states them (each module documents its own in full):

- Which numbers are figures (``figure_numbers``): not dates, years, codes, ages, durations,
  adjectives (``two-state``), names, placings, thresholds, personal details, the members of a
  body, references to the story's actors or counts followed by the names they count; nor a
  number that ends a paragraph cut before its noun and full stop (``between the two`` |
  ``sides``), a fragment.
- What it counts and what kind of count it is (``measures``): ``counted`` (``killed``,
  ``hostages-released``...) and ``kind`` (``cumulative``, ``daily``, ``event``, ``count``).
  A number introduced by "including" or "among them" counts what the number before it counts.
- Where (``figure_places``) and who gives it (``figure_sources``); a figure inside a paragraph
  that is nothing but a quotation comes from whoever the paragraph before says is speaking
  (news copy runs one speaker's words over several paragraphs). A bare number that names
  nothing (``Anies had just over 20%.``) continues the list of the sentence before, in the same
  paragraph and unit: it counts what that list counts and has its source.
- ``qualifier``: at least, more than, nearly, about, up to, fewer than, at most, or None (``over``
  and ``just over`` -> more than, ``around``/``some`` -> about, ``under`` -> fewer than).
- ``as_of``: the day the figure's own clause gives (``figure_dates``: ``taken hostage on Oct. 7,
  2023``, ``were killed Sunday``), else the publication date, and None when that is unknown.
- An article states a figure once: a number repeated with the same value, unit, measure, place
  and kind (``the 241 hostages`` in the lead and again below) is filed at its first mention.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from ..model import Article, Event, Figure, Paragraph
from ..text.lexicon import CURRENCY_NAMES, QUALIFIERS
from ..text.sentences import split_sentences
from .figure_dates import figure_day, of_an_earlier_year
from .figure_numbers import Number, counts_members, enumerates, is_personal_detail, numbers_in
from .figure_places import figure_place, points_back, sentence_place
from .figure_sources import attribution, last_speaker
from .measures import counted, kind
from .quotemarks import quoted_spans

_TALLIES = frozenset(("votes-for", "votes-against", "abstentions"))
"""Votes cast in a chamber: the places a resolution names are its subject, not where they are."""
_CASUALTIES = frozenset(("killed", "wounded", "fighters-killed", "hostages-dead"))
_ASIDE = re.compile(
    r",\s+(?:including|ranging|among\s+(?:them|whom)|mostly|many\s+of\s+them|most\s+of\s+them"
    r"|aged|some\s+of\s+them|of\s+whom)\b[^,;]*(?=,)"
    r"|\s[-—–]\s[^-—–]*?\s[-—–]\s|—[^—]*—|\([^)]*\)"
)
_OF_THEM = re.compile(r"\s+of\s+(?:them|those|whom)\b", re.IGNORECASE)
_INCLUDING = re.compile(
    r"\b(?:including|among\s+(?:them|whom)|of\s+whom|of\s+them)\s+$", re.IGNORECASE
)


@dataclass(slots=True)
class _Paragraph:
    """What one paragraph's sentences pass on to the next sentence."""

    article: Article
    """The article."""
    paragraph: Paragraph
    """The paragraph."""
    continued: str | None
    """Who the paragraph quotes when it is nothing but a quotation, from the one before."""
    points_back: bool = False
    """Whether it says "in the region" or "there": then the place named before is kept."""
    place: str | None = None
    """The place the last sentence named, when ``points_back``."""
    last: list[Figure] = field(default_factory=list)
    """The figures of the last sentence, for a list that runs on."""


def find_figures(article: Article, events: Sequence[Event]) -> tuple[Figure, ...]:
    """The figures of an article in reading order; ``events`` are its dates (timeline stage)."""
    by_sentence: dict[tuple[str, str], list[Event]] = defaultdict(list)
    for event in events:
        by_sentence[event.anchor, event.text].append(event)
    figures: list[Figure] = []
    previous = None
    for paragraph in article.paragraphs:
        continued = last_speaker(previous.text) if previous and _all_quoted(paragraph) else None
        state = _Paragraph(article, paragraph, continued, points_back(paragraph.text))
        for sentence in split_sentences(paragraph.text):
            found = _sentence_figures(state, sentence)
            dated = by_sentence.get((paragraph.anchor, sentence), ())
            for offset, figure in found:
                day = figure_day(sentence, offset, dated, article.date, figure.kind)
                if day is None and of_an_earlier_year(sentence, offset, article.date):
                    figure = replace(figure, as_of=None)
                figures.append(replace(figure, as_of=day) if day else figure)
            state.last = [figure for _, figure in found]
            if state.points_back:  # only "in the region" needs the place named before
                state.place = sentence_place(sentence) or state.place
        previous = paragraph
    return _first_mentions(figures)


def _all_quoted(paragraph: Paragraph) -> bool:
    """Whether a paragraph is nothing but a quotation (it opens with one that runs to its end)."""
    text = paragraph.text.strip()
    spans = quoted_spans(text)
    return bool(spans) and spans[0].open == 0 and spans[-1].close >= len(text) - 2


def _first_mentions(figures: list[Figure]) -> tuple[Figure, ...]:
    """Each figure at its first mention: a later one with the same value, unit, measure, kind
    and place repeats it; an unknown place contradicts none, except for one event's toll (two
    strikes may each kill two)."""
    seen: dict[tuple, set[str | None]] = {}
    kept = []
    for figure in figures:
        places = seen.setdefault((figure.value, figure.unit, figure.counted, figure.kind), set())
        loose = figure.kind != "event" and (None in places or figure.place is None)
        if not places or not (loose or figure.place in places):
            kept.append(figure)
        places.add(figure.place)
    return tuple(kept)


def _sentence_figures(state: _Paragraph, sentence: str) -> list[tuple[int, Figure]]:
    """The figures of one sentence, each with where its number starts."""
    numbers = numbers_in(sentence)
    spans = tuple(n.found.span() for n in numbers)
    asides = [m.span() for m in _ASIDE.finditer(sentence)]
    found: list[tuple[int, Figure]] = []
    for index in range(len(numbers)):
        figure = _figure(state, sentence, numbers, spans, index, asides, [f for _, f in found])
        if figure is not None:
            found.append((numbers[index].found.start(), figure))
    return found


def _figure(
    state: _Paragraph,
    sentence: str,
    numbers: list[Number],
    spans: tuple[tuple[int, int], ...],
    index: int,
    asides: list[tuple[int, int]],
    earlier: list[Figure],
) -> Figure | None:
    """The figure of the number at ``index`` among the sentence's numbers (at ``spans``), or
    None."""
    number, found = numbers[index], numbers[index].found
    previous_end = numbers[index - 1].found.end() if index else 0
    before, after = sentence[previous_end : found.start()], _after(sentence, numbers, index, asides)
    measure = counted(number.unit, number.subject, before, after, state.paragraph.text)
    sort = kind(measure, sentence[: found.start()], after)
    part_of = earlier[-1] if earlier and _part_of(before, sentence, found.end()) else None
    if part_of and _INCLUDING.search(before):  # "24 hostages, including 13 women": released too
        measure, sort = part_of.counted, part_of.kind
    if measure not in _CASUALTIES and (
        is_personal_detail(number, before) or enumerates(sentence, number)
    ):
        return None
    if counts_members(number) and measure not in _TALLIES:
        return None
    if not sentence[found.end() :].strip():  # "talks between the two | sides": a cut fragment
        return None
    source = attribution(
        sentence,
        found.start(),
        found.end(),
        subject=number.subject,
        money=number.unit in CURRENCY_NAMES,
    )
    if source is None and state.continued and _quoted(sentence, found.start()):
        source = state.continued
    figure = Figure(
        text=sentence[
            found.start() : found.start("measure_unit")
            if found.group("measure_unit")
            else found.end()
        ].strip(),
        value=number.value,
        qualifier=QUALIFIERS.get(" ".join((found.group("qualifier") or "").lower().split())),
        counted=measure,
        subject=number.subject,
        attribution=source,
        as_of=state.article.date,
        article=state.article.slug,
        anchor=state.paragraph.anchor,
        unit=number.unit,
        place=None
        if measure in _TALLIES
        else part_of.place
        if part_of
        else figure_place(sentence, spans, index, state.place),
        kind=sort,
    )
    return _continue_list(state, figure)


def _after(sentence: str, numbers: list[Number], index: int, asides: list[tuple[int, int]]) -> str:
    """The words after a number up to the next one, asides skipped ("24 hostages, including 13
    ..., were released" reads "24 hostages were released"); inside an aside, up to its end."""
    end = numbers[index].found.end()
    inside = next(((s, e) for s, e in asides if s <= numbers[index].found.start() < e), None)
    if inside:
        nexts = [n.found.start() for n in numbers[index + 1 :]] + [inside[1]]
        return sentence[end : min(nexts)]
    outside = [
        n.found.start()
        for n in numbers[index + 1 :]
        if not any(s <= n.found.start() < e for s, e in asides)
    ]
    stop = outside[0] if outside else len(sentence)
    kept, position = [], end
    for start, finish in asides:
        if position <= start and finish <= stop:
            kept.append(sentence[position:start])
            # the comma that closes the aside goes with it; an aside right after one shares it
            position = finish + 1 if sentence[finish : finish + 1] == "," else finish
            if _ASIDE.match(sentence, finish):
                position = finish
    return "".join(kept) + sentence[position:stop]


def _part_of(before: str, sentence: str, end: int) -> bool:
    """Whether a number counts part of the one before it: "including 13", "70% of them"."""
    return bool(_INCLUDING.search(before) or _OF_THEM.match(sentence, end))


def _quoted(sentence: str, offset: int) -> bool:
    """Whether ``offset`` lies inside quotation marks (or the sentence continues a quotation)."""
    spans = quoted_spans(sentence)
    return not spans or any(s.open < offset < s.close for s in spans) or spans[0].open > offset


def _continue_list(state: _Paragraph, figure: Figure) -> Figure:
    """A bare number with no source continues the previous sentence's list (module doc)."""
    last = state.last[-1] if state.last else None
    if (
        last is None
        or figure.subject
        or figure.attribution
        or figure.counted not in ("count", "share")
        or figure.unit != last.unit
    ):
        return figure
    return replace(figure, counted=last.counted, kind=last.kind, attribution=last.attribution)
