"""Score figures, their attributions and fields against the key (rules in ``score.py``)."""

from __future__ import annotations

from collections import Counter

from ..model import Figure
from .found import ABSENT, Found, attribution, figure_field
from .key import KeyEntry, KeyFigure
from .score import Context, Score, ratio
from .words import names_word, normal

MEASURE_OF = {
    "killed": "killed",
    "fighters-killed": "killed",
    "hostages-dead": "killed",
    "wounded": "wounded",
    "hostages-held": "hostages-held",
    "hostages-taken": "hostages-held",
    "hostages-released": "hostages-released",
    "displaced": "displaced",
    "people-sheltering": "displaced",
    "votes-for": "votes",
    "votes-against": "votes",
    "abstentions": "votes",
    "vote-share": "votes",
    "money": "money",
    "aid-pledged": "money",
    "aid-trucks": "aid-trucks",
    "people": "people",
    "people-in-need": "people",
    "people-at-risk-of-famine": "people",
    "staff": "people",
    "staff-accused": "people",
    "arrested": "other",
    "released": "other",
    "missing": "other",
    "forces": "other",
    "aid-quantity": "other",
    "share": "other",
    "count": "other",
}
"""Our ``Figure.counted`` keys -> the key's measures: the one place they are translated.

Hostages taken are counted as held (the key has no "taken"); people sheltering are displaced;
money given is money; staff, people in need and people at risk of famine are people; vote
shares are votes; arrests, prisoners released, missing people, troops and weapons, quantities
of aid by weight, shares and our ``count`` (a count of nothing named) are the key's ``other``.
Daily and running tolls are the same measure: how a count runs is ``Figure.kind``, not here.
"""


FIELDS = ("measure", "place", "as_of")
"""The fields of a paired figure that are scored."""


def same_number(ours: str, number: str) -> bool:
    """Tell whether our figure's text is the key's number token, once its qualifier is removed."""
    ours_words, wanted = normal(ours).casefold().split(), normal(number).casefold().split()
    qualifier = ours_words[: len(ours_words) - len(wanted)]
    return (
        len(ours_words) >= len(wanted)
        and ours_words[len(qualifier) :] == wanted
        and not any(char.isdigit() for char in "".join(qualifier))
    )


def pairs(entry: KeyEntry, found: Found) -> tuple[list[tuple[KeyFigure, Figure | None]], list]:
    """Pair each key figure with the first unpaired figure of ours with its number, in order."""
    free = list(found.figures)
    paired: list[tuple[KeyFigure, Figure | None]] = []
    for wanted in entry.figures:
        match = next((f for f in free if same_number(f.text, wanted.number)), None)
        if match is not None:
            free.remove(match)
        paired.append((wanted, match))
    return paired, free


def score_figures(key: dict[str, KeyEntry], found: dict[str, Found], _context: Context) -> Score:
    """Figure precision and recall by number token."""
    ours = listed = hits = 0
    misses = []
    for name, entry in key.items():
        paired, extra = pairs(entry, found[name])
        ours += len(found[name].figures)
        listed += len(entry.figures)
        hits += sum(match is not None for _, match in paired)
        misses += [f"{name}: missed {w.number} ({w.measure})" for w, m in paired if m is None]
        misses += [f"{name}: not a key figure: {f.text!r} ({f.counted})" for f in extra]
    counts = {"ours": ours, "key": listed, "paired": hits}
    return Score("figures", ratio(hits, ours), ratio(hits, listed), counts, tuple(misses))


def attributed(ours: Figure, wanted: KeyFigure, found: Found, context: Context) -> bool:
    """Tell whether our figure's attribution names the key's source."""
    given = attribution(ours, found)
    return bool(given and wanted.attribution) and any(
        names_word(name, given) for name in context.names.alternatives(wanted.attribution)
    )


def score_attributions(
    key: dict[str, KeyEntry], found: dict[str, Found], context: Context
) -> Score:
    """Attributed-figure recall (key figures with a source) and precision (sources we give)."""
    listed = given = right = 0
    misses = []
    for name, entry in key.items():
        for wanted, ours in pairs(entry, found[name])[0]:
            ours_source = attribution(ours, found[name]) if ours else None
            good = ours is not None and attributed(ours, wanted, found[name], context)
            listed += wanted.attribution is not None
            given += ours_source is not None
            right += good
            if not good and (wanted.attribution or ours_source):
                misses.append(
                    f"{name}: {wanted.number} source {wanted.attribution or 'none'},"
                    f" ours {ours_source or 'none'}" + ("" if ours else " (figure missed)")
                )
    counts = {"key": listed, "ours": given, "right": right, "false": given - right}
    return Score("attributions", ratio(right, given), ratio(right, listed), counts, tuple(misses))


def score_figure_fields(
    key: dict[str, KeyEntry], found: dict[str, Found], _context: Context
) -> Score:
    """Measure, place and as-of accuracy over paired figures (right/scored, in the counts)."""
    right, scored, absent = Counter(), Counter(), Counter()
    misses = []
    for name, entry in key.items():
        for wanted, ours in pairs(entry, found[name])[0]:
            for field, (mine, theirs) in _fields(ours, wanted).items() if ours else ():
                if mine is ABSENT:
                    absent[field] += 1
                    continue
                scored[field] += 1
                right[field] += _same(mine, theirs)
                if not _same(mine, theirs):
                    misses.append(f"{name}: {wanted.number} {field} {theirs}, ours {mine}")
    counts: dict[str, int | str] = {
        field: "not in model"
        if absent[field] and not scored[field]
        else f"{right[field]}/{scored[field]}"
        for field in FIELDS
    }
    notes = tuple(
        f"{field}: not scored, the model's figures have no {field}"
        for field in FIELDS
        if absent[field]
    )
    return Score("figure-fields", None, None, counts, tuple(misses), notes)


def _fields(ours: Figure, wanted: KeyFigure) -> dict[str, tuple[object, object]]:
    """Our value and the key's for each scored field (ours ``ABSENT`` when not modelled)."""
    counted = getattr(ours, "counted", None)
    measure = MEASURE_OF.get(counted, f"unknown ({counted})") if counted else None
    return {
        "measure": (measure, wanted.measure),
        "place": (figure_field(ours, "place"), wanted.place),
        "as_of": (figure_field(ours, "as_of"), wanted.as_of),
    }


def _same(mine: object, theirs: object) -> bool:
    """Tell equal field values: names in any case, days and ``None`` exactly."""
    if isinstance(mine, str) and isinstance(theirs, str):
        return mine.casefold() == theirs.casefold()
    return mine == theirs
