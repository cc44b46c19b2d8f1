"""Check the figures page's "over time" series against the key (rules in ``score.py``)."""

from __future__ import annotations

import re

from ..analysis.series import Measure, measures
from ..model import Corpus, Figure
from ..text.calendar import short_date
from .figures import pairs
from .found import Found
from .key import KeyEntry, KeyFigure
from .score import Context, Score, ratio

# A trend step as the figures page writes it: "more than 33,100 (7 Apr 2024)".
_STEP = re.compile(r"(?P<text>.*) \((?P<day>\d{1,2} \w+ \d{4})\)")
KIND_NOTE = (
    "kinds are checked on our figures (the key has none): a series must not join a running total,"
    " a day's toll, one event's toll and a count"
)


def figure_measures(corpus: Corpus) -> list[Measure]:
    """The figures page's series: every figure, newest article first, as the site gathers them
    (``CorpusIndex.figure_measures``)."""
    figures = [f for a in corpus.articles for f in corpus.figures.get(a.slug, ())]
    return measures(figures, {a.slug: a.date for a in corpus.articles})


def score_series(key: dict[str, KeyEntry], found: dict[str, Found], context: Context) -> Score:
    """Count the "over time" series and those whose figures the key says are unlike."""
    keyed = _key_figures(key, found)
    series = checked = clean = unkeyed = 0
    mixing = {"measures": 0, "places": 0, "kinds": 0}
    misses = []
    for measure in figure_measures(context.corpus) if context.corpus else ():
        trend = measure.trend
        if not trend:
            continue
        series += 1
        figures = _figures_of(measure, trend)
        labels = [keyed[id(f)] for f in figures if id(f) in keyed]
        unkeyed += len(figures) - len(labels)
        if len(labels) < 2:
            continue
        checked += 1
        found_mix = _mixes(labels)
        kinds = sorted({str(f.kind) for f in figures})
        if len(kinds) > 1:
            found_mix["kinds"] = kinds
        clean += not found_mix
        for what, values in found_mix.items():
            mixing[what] += 1
            misses.append(
                f"{measure.label}: mixes {what} {', '.join(values)}: {' -> '.join(trend)}"
            )
    counts: dict[str, int | str] = {
        "series": series,
        "checked": checked,
        "mixing measures": mixing["measures"],
        "mixing places": mixing["places"],
        "mixing kinds": mixing["kinds"],
        "not in key": unkeyed,
    }
    return Score("series", ratio(clean, checked), None, counts, tuple(misses), (KIND_NOTE,))


def _key_figures(key: dict[str, KeyEntry], found: dict[str, Found]) -> dict[int, KeyFigure]:
    """Our paired figures (by identity) -> their key figure."""
    return {
        id(ours): wanted
        for name, entry in key.items()
        for wanted, ours in pairs(entry, found[name])[0]
        if ours is not None
    }


def _figures_of(measure: Measure, trend: tuple[str, ...]) -> list[Figure]:
    """The figures a series joins: those of its rows that its steps name, text and day."""
    steps = {(m["text"], m["day"]) for step in trend if (m := _STEP.fullmatch(step))}
    figures = [row.figure for row in measure.rows]
    return [f for f in figures if f.as_of and (f.text, short_date(f.as_of)) in steps]


def _mixes(labels: list[KeyFigure]) -> dict[str, list[str]]:
    """What unlike things a series' key figures show: several measures, several places."""
    measures = sorted({label.measure for label in labels})
    places = sorted({label.place for label in labels if label.place})
    found = {"measures": measures, "places": places}
    return {what: values for what, values in found.items() if len(values) > 1}
