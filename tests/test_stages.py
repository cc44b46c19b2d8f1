"""The stage table: its order is checked from what each stage declares, and it is what runs."""

from __future__ import annotations

import dataclasses

import pytest

from pelican.plugins.briefing.analysis import runner
from pelican.plugins.briefing.analysis.stages import STAGES, Stage, article_fields, check_order
from pelican.plugins.briefing.model import Corpus
from tests.corpus import GAZETTEER, TAXONOMY, seed_articles


def _stage(name: str, needs: tuple[str, ...], provides: tuple[str, ...], **kwargs) -> Stage:
    """A stage that does nothing, for checking orders."""
    return Stage(name, lambda *args: None, needs, provides, **kwargs)


def test_a_stage_that_needs_a_later_field_is_refused():
    swapped = (
        _stage("figures", ("article", "events"), ("figures",)),
        _stage("timeline", ("article",), ("events",)),
    )
    with pytest.raises(ValueError, match="stage 'figures' needs events, not yet provided"):
        check_order(swapped)


def test_a_field_provided_twice_or_unknown_to_the_corpus_is_refused():
    with pytest.raises(ValueError, match="field 'events' is taken"):
        check_order(
            (_stage("a", ("article",), ("events",)), _stage("b", ("article",), ("events",)))
        )
    with pytest.raises(ValueError, match="field 'moods' is taken or not a Corpus field"):
        check_order((_stage("moods", ("article",), ("moods",)),))


def test_a_per_article_stage_after_a_corpus_stage_is_refused():
    stages = (
        _stage("topics", ("article", "taxonomy"), ("topic_matches",)),
        _stage("related", ("articles", "topic_matches"), ("related",), per_article=False),
        _stage("timeline", ("article",), ("events",)),
    )
    with pytest.raises(ValueError, match="per-article stages must run first"):
        check_order(stages)


def test_corpus_inputs_are_not_available_to_per_article_stages():
    with pytest.raises(ValueError, match="needs articles"):
        check_order((_stage("related", ("articles",), ("related",)),))


def test_every_corpus_field_is_filled_by_the_stages_when_they_run():
    corpus = runner.analyse(list(seed_articles().values()), TAXONOMY, GAZETTEER)
    provided = {field for stage in STAGES for field in stage.provides}
    for field in dataclasses.fields(Corpus):
        value = getattr(corpus, field.name)
        if field.name in provided:
            assert set(value) == {a.slug for a in corpus.articles}, field.name
    assert set(article_fields()) == provided - {"related"}


def test_figures_take_the_dates_the_timeline_found():
    """Figures are dated from the timeline's events, not from a second reading of the dates."""
    article = seed_articles()["001"]
    stages = {stage.name: stage for stage in STAGES}
    events = stages["timeline"].run(article)
    with_dates = stages["figures"].run(article, events)
    without = stages["figures"].run(article, ())
    assert [f.as_of for f in with_dates] != [f.as_of for f in without]
    assert {f.as_of for f in without} == {article.date}
