"""The analysis stages as data: what each one reads, what it adds, in the order they run.

Like markdown-it's rule chain, the table is the pipeline: ``runner.analyse`` runs it, the
per-article fields of the corpus are what its stages provide, and the order is checked from
what each stage declares it needs, when this module is imported.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..model import Corpus
from . import entities, figures, quotes, related, timeline, topics

ARTICLE_INPUTS = ("article", "taxonomy", "gazetteer")
"""What every per-article stage may read besides earlier stages' fields."""
CORPUS_INPUTS = ("articles", "related_limit")
"""What a whole-corpus stage may read besides every earlier field (per article slug)."""


@dataclass(frozen=True, slots=True)
class Stage:
    """One analysis stage."""

    name: str
    """Name used in reports and tests."""
    run: Callable[..., object]
    """Called with the values of ``needs``, in order; returns the value of ``provides`` (if it
    provides several fields, an object with attributes of those names)."""
    needs: tuple[str, ...]
    """Inputs (``ARTICLE_INPUTS``, ``CORPUS_INPUTS``) and fields earlier stages provide."""
    provides: tuple[str, ...]
    """Corpus fields it fills: per article slug, one value each."""
    per_article: bool = True
    """Whether it reads one article at a time (then it is cached and runs on every core) or
    needs the whole corpus at once."""


STAGES: tuple[Stage, ...] = (
    Stage("topics", topics.assign_topics, ("article", "taxonomy"), ("topic_matches",)),
    Stage("entities", entities.find_mentions, ("article", "gazetteer"), ("mentions", "candidates")),
    Stage("quotes", quotes.find_quotes, ("article", "mentions", "gazetteer"), ("quotes",)),
    Stage("timeline", timeline.find_events, ("article",), ("events",)),
    Stage("figures", figures.find_figures, ("article", "events"), ("figures",)),
    Stage("terms", related.article_terms, ("article",), ("terms",)),
    Stage(
        "related",
        related.relate,
        ("articles", "topic_matches", "related_limit", "terms"),
        ("related",),
        per_article=False,
    ),
)


def check_order(stages: Sequence[Stage]) -> None:
    """Fail unless every stage's needs are inputs or fields of earlier stages, each field is
    provided once and has a place in the Corpus, and per-article stages come first."""
    available = set(ARTICLE_INPUTS)
    corpus_fields = {field.name for field in dataclasses.fields(Corpus)}
    seen_corpus_stage = False
    for stage in stages:
        if stage.per_article and seen_corpus_stage:
            raise ValueError(f"stage {stage.name!r}: per-article stages must run first")
        if not stage.per_article and not seen_corpus_stage:
            seen_corpus_stage = True
            available |= set(CORPUS_INPUTS)
        missing = [need for need in stage.needs if need not in available]
        if missing:
            raise ValueError(f"stage {stage.name!r} needs {', '.join(missing)}, not yet provided")
        for field in stage.provides:
            if field in available or field not in corpus_fields:
                raise ValueError(
                    f"stage {stage.name!r}: field {field!r} is taken or not a Corpus field"
                )
            available.add(field)


def article_fields(stages: Sequence[Stage] = STAGES) -> tuple[str, ...]:
    """The corpus fields filled article by article, in stage order."""
    return tuple(field for stage in stages if stage.per_article for field in stage.provides)


def run_stage(stage: Stage, found: dict) -> dict:
    """Run one stage on the values in ``found``; return ``{field: value}`` for what it provides."""
    result = stage.run(*(found[need] for need in stage.needs))
    if len(stage.provides) == 1:
        return {stage.provides[0]: result}
    return {field: getattr(result, field) for field in stage.provides}


check_order(STAGES)
