"""Tests for the matching rules of topic terms (analysis/phrases.py, through assign_topics)."""

from __future__ import annotations

from datetime import date

import pytest

from pelican.plugins.briefing.analysis.topics import _lexicon, assign_topics
from pelican.plugins.briefing.model import Article, Paragraph, Term, TopicMatch
from tests.corpus import TAXONOMY, one_topic
from tests.corpus import text_article as article


@pytest.mark.parametrize(
    "text",
    ["More funding.", "The union voted.", "A UNESCO site.", "Unhappy.", "Sun and moon."],
)
def test_un_is_word_bounded(text):
    assert assign_topics(article(text), one_topic(Term("UN"))) == ()


@pytest.mark.parametrize(
    ("text", "surface"),
    [("The UN said.", "UN"), ("A UN-backed plan.", "UN"), ("The UN's agency.", "UN")],
)
def test_un_matches_as_a_word(text, surface):
    assert assign_topics(article(text), one_topic(Term("UN"))) == (
        TopicMatch("t", "a", "p1", (surface,), 1.0),
    )


@pytest.mark.parametrize(
    ("phrase", "text", "surface"),
    [
        ("hostage", "Two hostages freed.", "hostages"),
        ("ceasefire", "Past ceasefires failed.", "ceasefires"),
        ("resolution", "Earlier resolutions.", "resolutions"),
        ("casualty", "Heavy casualties.", "casualties"),
        ("crash", "Two crashes.", "crashes"),
        ("cease fire", "A cease-fire now.", "cease-fire"),
        ("cease fire", "A cease\nfire now.", "cease fire"),
        ("Hostage deal", "A HOSTAGE DEALS row.", "HOSTAGE DEALS"),
    ],
)
def test_regular_inflections_match(phrase, text, surface):
    matches = assign_topics(article(text), one_topic(Term(phrase)))
    assert [match.terms for match in matches] == [(surface,)]


@pytest.mark.parametrize(
    ("phrase", "text"),
    [("hostage", "hostaged"), ("truce", "truced"), ("Iran", "Iraq"), ("aid", "aided")],
)
def test_other_forms_do_not_match(phrase, text):
    assert assign_topics(article(f"Word {text} here."), one_topic(Term(phrase))) == ()


def test_longest_term_wins_and_counts_once():
    taxonomy = one_topic(
        Term("UN", 0.5), Term("Security Council"), Term("UN Security Council", 1.5)
    )
    matches = assign_topics(article("The UN Security Council voted."), taxonomy)
    assert matches == (TopicMatch("t", "a", "p1", ("UN Security Council",), 1.5),)


def test_a_repeated_term_counts_once_with_its_first_wording():
    taxonomy = one_topic(Term("talks", 0.5), Term("truce", 0.5))
    matches = assign_topics(article("Talks on a truce. More talks, new truces."), taxonomy)
    assert matches == (TopicMatch("t", "a", "p1", ("Talks", "truce"), 1.0),)


def test_weights_add_up_to_the_threshold_despite_float_error():
    taxonomy = one_topic(Term("alpha", 0.1), Term("beta", 0.2), threshold=0.3)
    assert [m.score for m in assign_topics(article("alpha beta"), taxonomy)] == [0.3]


def test_a_score_below_the_threshold_gives_no_match():
    taxonomy = one_topic(Term("alpha", 0.5), Term("beta", 0.4))
    assert assign_topics(article("alpha beta"), taxonomy) == ()


def test_captions_count_like_body_paragraphs():
    text = "Israelis protest for a truce deal."
    caption_only = Article(
        "c", "T", date(2024, 5, 1), "Test", (Paragraph("p1", text, text, "caption"),)
    )
    assert assign_topics(caption_only, TAXONOMY) == (
        TopicMatch("ceasefire-talks", "c", "p1", ("truce", "deal"), 1.0),
    )


def test_matches_are_in_reading_order_then_taxonomy_order():
    texts = ("Hostages held near Rafah, the border with Egypt.", "Gaza truce talks.")
    matches = assign_topics(article(*texts), TAXONOMY)
    assert [(m.anchor, m.topic) for m in matches] == [
        ("p1", "rafah"),
        ("p1", "hostages"),
        ("p2", "ceasefire-talks"),
    ]


def test_patterns_are_compiled_once_per_taxonomy():
    taxonomy = one_topic(Term("compiled once"))
    before = _lexicon.cache_info()
    for _ in range(3):
        assign_topics(article("compiled once"), taxonomy)
    after = _lexicon.cache_info()
    assert (after.misses - before.misses, after.hits - before.hits) == (1, 2)


def test_wordings_of_one_term_count_once():
    taxonomy = one_topic(Term("UN | U.N. | United Nations", 0.5), Term("vote", 0.5))
    assert assign_topics(article("The U.N. and the United Nations."), taxonomy) == ()
    assert assign_topics(article("A United Nations vote, a UN text."), taxonomy) == (
        TopicMatch("t", "a", "p1", ("United Nations", "vote"), 1.0),
    )


def test_a_longer_wording_of_weight_zero_keeps_a_word_from_counting():
    taxonomy = one_topic(Term("humanitarian"), Term("humanitarian ceasefire", 0))
    assert assign_topics(article("A humanitarian ceasefire."), taxonomy) == ()
    # The word on its own still counts; the zero wording is never given as a reason.
    assert assign_topics(article("A humanitarian ceasefire for humanitarian needs."), taxonomy) == (
        TopicMatch("t", "a", "p1", ("humanitarian",), 1.0),
    )
