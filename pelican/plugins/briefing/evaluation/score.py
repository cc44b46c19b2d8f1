"""Score what the briefing states about each article against an editor's key.

The rules, as a news editor states them (the key's conventions are in the corpus README):

- **date**: a publication date inside the key's window is *correct*; a date outside it is
  *invented* (the target is none: an invented date is worse than none); no date is *unknown*.
  Precision is correct / dates we state; recall is counted only over the files whose text fixes
  the date (``date_in_text``): correct / those files.
- **credit**: the outlets we credit (the "Unknown" stand-in credits none) against the outlets
  the text credits (key ``credit``). The same outlet is the same name, in any case, or another
  name the importer's outlet list (or the gazetteer) gives it. Any other outlet we name is a false credit, including
  every outlet named where the key credits none (an outlet "told" something is not a credit).
  Precision: right credits / outlets we name; recall: right credits / outlets the key lists.
- **dateline**: ours must equal the key's dateline string, spaces aside, or be the key's place
  followed only by the date and the credit the dateline prints (key ``CAIRO``, ours ``CAIRO,
  March 12 (Reuters)``): keys differ on whether the dateline includes them. Precision: right /
  datelines we give; recall: right / datelines the key gives.
- **headline**: the key's headline is the real one, which the text never holds, so it is for
  reference only. Our headline is *bad* when it starts with a dateline, is a greeting or a
  speech opener ("Thank you, Madam President", "Good morning", "Mr. President", a transcript's
  ``MODERATOR:``), reads as a photo caption, is cut without an ellipsis or inside a word (a cut
  ends on a whole word and then "…"), or is longer than the importer's limit of 110 characters.
  Counted: bad headlines (target none), by reason; the precision column is the share of good
  headlines. Shown for information: the share of the key headline's content words ours has.
- **topics**: per article, our topics against the key's primary and secondary ones. Precision
  over all (article, topic) pairs we state; recall over the key's primary topics; the hard
  negatives (no key topic at all) that get any topic are listed.
- **quotes** and **speakers**: one of our quotes *holds* a key quote of the same file when the
  key's words occur inside ours (quote marks straightened, spaces and the key's end punctuation
  aside). A key quote is *found* when a quote of ours holds it. Its speaker is *right* when a
  quote holding it names the key's speaker as the head of our speaker's name, in any case,
  possessives aside: "President Joe Biden" and "Biden, the president" are Biden, "a senior U.S.
  official" is "U.S. official", "Defense Minister Prabowo Subianto" is Prabowo (at most two
  capitalised words of the same name may follow), but "Hamas chief Ismail Haniyeh" is not Hamas
  and "Netanyahu described the genocide" is not Netanyahu. Our speaker's names are the name the
  text gives and, when it is a gazetteer entity, the entity's name and aliases; the key's
  speaker may be written as any gazetteer name of the same entity ("ICRC").
  Quote recall: found / key quotes. Speaker recall: key quotes with the right speaker / key
  quotes. Speaker precision: our quotes of four words or more with a speaker that hold a key
  quote with the right speaker / our quotes of four words or more with a speaker (the key lists
  no shorter quotes: those are phrases).
- **figures**: our figure and a key figure of the same file are the same figure when their
  number tokens are equal in any case: ours as written without its leading qualifier words
  ("more than 1,400" is ``1,400``, "Nearly six million" is ``six million``). Each key figure
  pairs with at most one of ours, in reading order. Precision: our figures paired / our figures
  (the key lists every figure an editor would file); recall: key figures paired / key figures.
- **attributions**: a key figure with an attribution is *attributed* when its pair's
  attribution names the key's word (whole words, any case, or another gazetteer or outlet name
  of the same source). The outlet the figure stage puts where the text names no source is no
  attribution. Recall: attributed / key figures with an attribution. Precision: right
  attributions / attributions we give on paired figures; an attribution where the key has none
  is a false attribution.
- **figure-fields**: on paired figures, the share with the right measure (our ``counted`` keys
  map onto the key's measures through ``MEASURE_OF`` in ``figures.py``; a key not in that table
  is unknown, which is not right), the right place (same name, any case; ``None`` = ``None``)
  and the right as-of day (``None`` = ``None``). A field the model does not have is reported as
  not scored, not as wrong.
- **series**: an "over time" line of the figures page may join only figures of one measure,
  place and kind. A series with at least two figures paired with the key is *checked*: it
  *mixes measures* or *mixes places* when their key figures disagree (a key place of ``None``
  disagrees with nothing); the precision column is the share of checked series that mix
  nothing, and a series' figures that the key does not file are counted. Kinds (cumulative
  toll, daily toll, one event's toll, a count) cannot be checked until the model has them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..model import Corpus, Entity
from .found import Found, dateline, outlets, published
from .key import KeyEntry
from .words import Names, normal


@dataclass(frozen=True, slots=True)
class Score:
    """How one field scores on the corpus, and where it misses."""

    field: str
    """Field name, e.g. ``date``."""
    precision: float | None
    """Share of what we state that is right; ``None`` when we state nothing to score."""
    recall: float | None
    """Share of the key that we state rightly; ``None`` when the key has nothing to find."""
    counts: dict[str, int | str] = field(default_factory=dict)
    """Named counts behind the ratios, in the order the report prints them."""
    misses: tuple[str, ...] = ()
    """One line per miss: the file and what is wrong."""
    notes: tuple[str, ...] = ()
    """What could not be scored and why (a field the model does not have yet)."""

    def count(self, name: str) -> int | str:
        """Return one of the counts."""
        return self.counts[name]


def ratio(hits: int, total: int) -> float | None:
    """Return ``hits / total``, or ``None`` when there is nothing to count."""
    return hits / total if total else None


@dataclass(frozen=True, slots=True)
class Context:
    """What the scorers need besides the key and what we found."""

    names: Names
    """Other names of gazetteer entities and known outlets."""
    entities: dict[str, Entity] = field(default_factory=dict)
    """Gazetteer entities by id (our quotes name speakers by id)."""
    corpus: Corpus | None = None
    """The analysed corpus (the figures page's series are built from it)."""


Scorer = Callable[[dict[str, KeyEntry], dict[str, Found], Context], Score]
"""A field's scorer: the key and what we found per file name, in; the field's score, out."""


def score_date(key: dict[str, KeyEntry], found: dict[str, Found], _context: Context) -> Score:
    """Score publication dates against the key's windows (see the module doc)."""
    correct = invented = unknown = in_text = in_text_found = 0
    misses = []
    for name, entry in key.items():
        day = published(found[name])
        window = f"{entry.earliest}..{entry.latest}"
        right = day is not None and entry.earliest <= day <= entry.latest
        if day is None:
            unknown += 1
        elif right:
            correct += 1
        else:
            invented += 1
            misses.append(f"{name}: INVENTED {day}, key {window}")
        if entry.date_in_text:
            in_text += 1
            in_text_found += right
            if day is None:
                misses.append(f"{name}: no date; the text fixes one in {window}")
    counts = {"invented": invented, "correct": correct, "unknown": unknown, "in text": in_text}
    precision = ratio(correct, correct + invented)
    return Score("date", precision, ratio(in_text_found, in_text), counts, tuple(misses))


def score_credit(key: dict[str, KeyEntry], found: dict[str, Found], context: Context) -> Score:
    """Score the outlets we credit against the key's credits (see the module doc)."""
    named = right = listed = recalled = 0
    misses = []
    for name, entry in key.items():
        ours = outlets(found[name])
        true = [o for o in ours if any(context.names.same(o, credit) for credit in entry.credit)]
        seen = [c for c in entry.credit if any(context.names.same(c, o) for o in ours)]
        named, right = named + len(ours), right + len(true)
        listed, recalled = listed + len(entry.credit), recalled + len(seen)
        credited = ", ".join(entry.credit) or "none"
        misses += [
            f"{name}: credited {o}; the text credits {credited}" for o in ours if o not in true
        ]
        misses += [f"{name}: credit {c} not found" for c in entry.credit if c not in seen]
    counts = {"named": named, "right": right, "false": named - right, "key credits": listed}
    return Score("credit", ratio(right, named), ratio(recalled, listed), counts, tuple(misses))


def score_dateline(key: dict[str, KeyEntry], found: dict[str, Found], _context: Context) -> Score:
    """Score datelines by exact match, spaces aside (see the module doc)."""
    given = expected = right = 0
    misses = []
    for name, entry in key.items():
        ours = dateline(found[name])
        given += ours is not None
        expected += entry.dateline is not None
        if ours is not None and entry.dateline is not None and _same_dateline(ours, entry.dateline):
            right += 1
        elif ours is not None or entry.dateline is not None:
            misses.append(f"{name}: ours {ours!r}, key {entry.dateline!r}")
    counts = {"ours": given, "key": expected, "right": right}
    return Score("dateline", ratio(right, given), ratio(right, expected), counts, tuple(misses))


# What a dateline may print after its place: the date (it has a digit) and the credit.
_DATE_AND_CREDIT = re.compile(r"(?:,\s*[^,()]*\d[^,()]*)?\s*(?:\([^()]*\))?")


def _same_dateline(ours: str, key: str) -> bool:
    """Our dateline is the key's, or the key's place followed only by its date and credit."""
    ours, key = normal(ours), normal(key)
    return ours == key or (
        ours.startswith(key) and bool(_DATE_AND_CREDIT.fullmatch(ours[len(key) :]))
    )


def score_topics(key: dict[str, KeyEntry], found: dict[str, Found], _context: Context) -> Score:
    """Score topics over (article, topic) pairs (see the module doc)."""
    pairs = right = primary = primary_found = negatives = tagged = 0
    misses = []
    for name, entry in key.items():
        ours = found[name].topics
        expected = set(entry.primary) | set(entry.secondary)
        pairs += len(ours)
        right += len(ours & expected)
        primary += len(entry.primary)
        primary_found += len(ours & set(entry.primary))
        if not expected:
            negatives += 1
            tagged += bool(ours)
            misses += [f"{name}: negative got {', '.join(sorted(ours))}"] if ours else []
            continue
        misses += [f"{name}: primary {t} missed" for t in entry.primary if t not in ours]
        misses += [f"{name}: {t} not in key" for t in sorted(ours - expected)]
    counts = {
        "pairs": pairs,
        "right": right,
        "primary": primary,
        "primary found": primary_found,
        "negatives tagged": f"{tagged}/{negatives}",
    }
    return Score(
        "topics", ratio(right, pairs), ratio(primary_found, primary), counts, tuple(misses)
    )
