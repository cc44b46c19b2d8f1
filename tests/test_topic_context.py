"""Topic terms count only near the briefing's subject: the taxonomy's ``context`` and its scope."""

from __future__ import annotations

import pytest

from pelican.plugins.briefing.analysis.topics import assign_topics
from pelican.plugins.briefing.model import SubjectContext, Term
from tests.corpus import one_topic
from tests.corpus import text_article as article
from tests.sitebuild import make_project, page, run_pelican

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


# --- In a built site ---------------------------------------------------------------------

ARTICLE = """---
title: {title}
date: 2024-03-21
source: Test
slug: {slug}
summary: A test article.
---

{{#p1}}
{body}
"""
STORIES = {
    "rovers-truce": (
        "Rovers and fans agree a truce",
        "Northfield Rovers agreed a ceasefire with supporters' groups on Thursday after "
        "mediators from the league brokered a deal on ticket prices.",
    ),
    "gaza-truce": (
        "Mediators revive Gaza truce deal",
        "Mediators from Egypt and Qatar brokered a new truce deal for Gaza on Thursday.",
    ),
}


@pytest.fixture(scope="module")
def two_truces(tmp_path_factory):
    """A site with a football club's truce with its fans and a Gaza truce deal."""
    project = make_project(tmp_path_factory.mktemp("context") / "site", seeds=[])
    for slug, (title, body) in STORIES.items():
        text = ARTICLE.format(title=title, slug=slug, body=body)
        (project / "content" / "articles" / f"{slug}.md").write_text(text, encoding="utf-8")
    finished = run_pelican(project)
    assert finished.returncode == 0, finished.stdout + finished.stderr
    return project / "output"


def test_the_football_truce_page_shows_no_topic(two_truces):
    soup = page(two_truces, "articles/rovers-truce.html")
    assert soup.select("p.topics a, .why-topics li, a.tag") == []


def test_the_ceasefire_topic_page_lists_only_the_gaza_truce(two_truces):
    soup = page(two_truces, "topics/ceasefire-talks.html")
    titles = [" ".join(h2.get_text().split()) for h2 in soup.select("section.topic-entry h2")]
    assert titles == ["Mediators revive Gaza truce deal"]


def test_the_gaza_truce_page_shows_its_topic(two_truces):
    soup = page(two_truces, "articles/gaza-truce.html")
    assert [a.get_text(strip=True) for a in soup.select("p.topics a")] == ["Ceasefire talks"]
