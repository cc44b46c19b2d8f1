"""Print an evaluation: problems, misses per field, then one compact score table at the end."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .score import Score

_FIELD_WIDTH = 14


def lines(
    scores: Sequence[Score],
    problems: Sequence[str],
    footer: str,
    *,
    misses: bool = True,
    field: str | None = None,
) -> list[str]:
    """Return the report: problems, misses (all fields, one, or none), then the table."""
    out = [f"problem: {problem}" for problem in problems]
    if misses or field:
        for score in scores:
            if field in (None, score.field):
                out += _misses(score)
    return [*out, *table(scores), footer]


def _misses(score: Score) -> list[str]:
    """The misses and notes of one field, one line each under a heading."""
    if not score.misses and not score.notes:
        return []
    heading = f"{score.field}: {len(score.misses)} miss{'' if len(score.misses) == 1 else 'es'}"
    return [
        heading,
        *(f"  {miss}" for miss in score.misses),
        *(f"  note: {n}" for n in score.notes),
    ]


def table(scores: Sequence[Score]) -> list[str]:
    """The score table: one line per field, precision, recall and the counts behind them."""
    header = f"{'field':<{_FIELD_WIDTH}} {'prec':>5} {'recall':>6}  counts"
    rows = [
        f"{s.field:<{_FIELD_WIDTH}} {_ratio(s.precision):>5} {_ratio(s.recall):>6}  {_counts(s)}"
        for s in scores
    ]
    return [header, *rows]


def _ratio(value: float | None) -> str:
    """A ratio with two decimals, or "-" when there was nothing to count."""
    return "-" if value is None else f"{value:.2f}"


def _counts(score: Score) -> str:
    """The named counts of a score, comma-separated."""
    return ", ".join(f"{name} {value}" for name, value in score.counts.items())


def show(report: list[str], write: Callable[[str], object] = print) -> None:
    """Write the report line by line."""
    for line in report:
        write(line)
