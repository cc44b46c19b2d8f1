"""Topic terms count only near the briefing's subject: the taxonomy's ``context`` and its scope."""

from __future__ import annotations

import pytest

from pelican.plugins.briefing.analysis.topics import assign_topics
from pelican.plugins.briefing.model import SubjectContext, Term
from tests.corpus import one_topic
from tests.corpus import text_article as article

NAMES = ("Gaza | Gazan", "West Bank")
ELSEWHERE = ("Sudan",)


def anchors(scope: str, *texts: str) -> list[str]:
    """The anchors of the paragraphs found on a topic whose one term is ``famine``."""
    taxonomy = one_topic(Term("famine"), context=SubjectContext(NAMES, scope, ELSEWHERE))
    return [match.anchor for match in assign_topics(article(*texts), taxonomy)]


@pytest.mark.parametrize("scope", ["paragraph", "neighbours", "article"])
def test_an_article_that_never_names_the_subject_gets_no_topic(scope):
    assert anchors(scope, "Famine spreads.", "Famine again.") == []


@pytest.mark.parametrize("scope", ["paragraph", "neighbours", "article"])
def test_a_paragraph_that_names_the_subject_always_counts(scope):
    assert anchors(scope, "Famine in Sudan and in Gaza.") == ["p1"]


def test_paragraph_scope_counts_only_paragraphs_that_name_the_subject():
    assert anchors("paragraph", "Famine in Gaza.", "Famine spreads.") == ["p1"]


def test_neighbours_scope_counts_the_paragraphs_next_to_a_name():
    texts = ("Famine spreads.", "Gaza waits.", "Famine spreads.", "Rain.", "Famine spreads.")
    assert anchors("neighbours", *texts) == ["p1", "p3"]


def test_article_scope_counts_every_paragraph_of_an_article_on_the_subject():
    assert anchors("article", "Gazans wait.", "Rain.", "Famine spreads.") == ["p3"]


@pytest.mark.parametrize("scope", ["neighbours", "article"])
def test_a_paragraph_on_another_story_never_counts(scope):
    texts = ("Gaza waits.", "In Sudan, famine spreads.", "Gaza again.", "Famine spreads.")
    assert anchors(scope, *texts) == ["p4"]


def test_an_article_naming_another_story_more_often_is_not_on_the_subject():
    texts = ("Sudan's war.", "Sudan's army.", "Famine, as in Gaza, spreads.", "Famine spreads.")
    assert anchors("article", *texts) == ["p3"]


def test_a_name_with_a_capital_needs_the_capital_in_the_text():
    assert anchors("paragraph", "Famine on the west bank of the river.") == []
    assert anchors("paragraph", "WEST BANK, May 2 - Famine feared.") == ["p1"]


def test_without_a_context_every_paragraph_counts():
    taxonomy = one_topic(Term("famine"))
    assert [m.anchor for m in assign_topics(article("Famine spreads."), taxonomy)] == ["p1"]
