"""Evaluation: import and analyse a folder of seeds that has an editor's key, without building
the site, and score every field the briefing states (the rules are in ``score.py``).

A corpus folder holds ``articles/*.txt`` (and ``.html``), optionally ``articles/manifest.yml``,
and ``key.json`` (format in ``../shared/corpus/dev/README.md``). ``invoke evaluate`` runs
``main``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from ..analysis.editorial import EditorialError
from ..importer.outlet import KNOWN_OUTLETS
from .figures import score_attributions, score_figure_fields, score_figures
from .headlines import score_headline
from .key import KeyFormatError, load_key, unknown_topics
from .quotes import score_quotes, score_speakers
from .report import lines, show
from .run import run
from .score import Context, Score, Scorer, score_credit, score_date, score_dateline, score_topics
from .series import score_series
from .words import Names

SCORERS: tuple[tuple[str, Scorer], ...] = (
    ("date", score_date),
    ("credit", score_credit),
    ("dateline", score_dateline),
    ("headline", score_headline),
    ("topics", score_topics),
    ("quotes", score_quotes),
    ("speakers", score_speakers),
    ("figures", score_figures),
    ("attributions", score_attributions),
    ("figure-fields", score_figure_fields),
    ("series", score_series),
)
"""Every scored field, in the order of the report's table."""
FIELDS = tuple(name for name, _ in SCORERS)
"""The names ``--field`` accepts."""


@dataclass(frozen=True, slots=True)
class Evaluation:
    """The scores of one corpus and what got in their way."""

    scores: tuple[Score, ...]
    """One score per field, in ``FIELDS`` order."""
    problems: tuple[str, ...]
    """Key entries, seeds or content files that could not be used, one line each."""
    articles: int
    """Key files scored."""
    seconds: float
    """Time taken to import, analyse and score."""

    def score(self, field: str) -> Score:
        """Return the score of one field."""
        return next(score for score in self.scores if score.field == field)


def evaluate(corpus: Path, editorial: Path) -> Evaluation:
    """Import and analyse ``corpus`` with the taxonomy and gazetteer in ``editorial``; score it."""
    started = time.perf_counter()
    key, problems = load_key(corpus / "key.json")
    if not (corpus / "articles").is_dir():
        raise KeyFormatError(f"{corpus}: no articles/ folder of seeds")
    ran = run(corpus / "articles", editorial, key)
    problems += unknown_topics(key, {topic.slug for topic in ran.corpus.taxonomy.topics})
    gazetteer = ran.corpus.gazetteer
    groups = [(e.name, *e.aliases) for e in gazetteer.entities]
    groups += [(o.name, *o.aliases) for o in KNOWN_OUTLETS]
    context = Context(Names(groups), {e.id: e for e in gazetteer.entities}, ran.corpus)
    scores = tuple(scorer(key, ran.found, context) for _, scorer in SCORERS)
    seconds = time.perf_counter() - started
    return Evaluation(scores, (*problems, *ran.problems), len(key), seconds)


def main(corpus: Path, editorial: Path, *, misses: bool = True, field: str | None = None) -> None:
    """Evaluate ``corpus`` and print the misses and the score table; stop with one clear line."""
    if field is not None and field not in FIELDS:
        raise SystemExit(f"briefing: evaluate: no field {field!r}; one of: {', '.join(FIELDS)}")
    try:
        result = evaluate(corpus, editorial)
    except (KeyFormatError, EditorialError) as error:
        raise SystemExit(f"briefing: evaluate: {error}") from None
    footer = (
        f"evaluated {result.articles} key files of {corpus} in {result.seconds:.1f} s"
        f" ({len(result.problems)} problems)"
    )
    show(lines(result.scores, result.problems, footer, misses=misses, field=field))
