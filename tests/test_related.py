"""Tests for related articles (briefing.related)."""

from __future__ import annotations

import math
from datetime import date

import pytest

from pelican.plugins.briefing.analysis import related as related_stage
from pelican.plugins.briefing.analysis.related import article_terms, relate
from pelican.plugins.briefing.analysis.topics import assign_topics
from pelican.plugins.briefing.model import Article, Paragraph, Related, TopicMatch
from tests.corpus import TAXONOMY, seed_articles

SEEDS = seed_articles()


def article(slug: str, text: str) -> Article:
    """Return a one-paragraph article with an empty title."""
    return Article(slug, "", date(2024, 5, 1), "Test", (Paragraph("p1", text, text),))


def on_topics(**topics: tuple[str, ...]) -> dict[str, tuple[TopicMatch, ...]]:
    """Return topic matches: per slug, one whole-article match per topic."""
    return {
        slug: tuple(TopicMatch(topic, slug, None, ()) for topic in slugs)
        for slug, slugs in topics.items()
    }


# --- The seeds ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_related() -> dict[str, tuple[Related, ...]]:
    articles = list(SEEDS.values())
    matches = {seed.slug: assign_topics(seed, TAXONOMY) for seed in articles}
    found = relate(articles, matches)
    slug_number = {seed.slug: number for number, seed in SEEDS.items()}
    return {slug_number[slug]: related for slug, related in found.items()}


def test_seed_order(seed_related):
    numbers = {seed.slug: number for number, seed in SEEDS.items()}
    order = {n: [numbers[r.slug] for r in related] for n, related in seed_related.items()}
    # 000 and 001 share Rafah, the UN and the humanitarian crisis; 002 is closer to 001's
    # prisoner-exchange wording than to 000.
    assert order == {"000": ["001", "002"], "001": ["000", "002"], "002": ["001", "000"]}


def test_seed_shared_topics(seed_related):
    shared = {n: [set(r.shared_topics) for r in related] for n, related in seed_related.items()}
    common = {"ceasefire-talks", "hostages", "casualties"}
    both = common | {"rafah", "un-actions", "humanitarian"}
    assert shared == {"000": [both, common], "001": [both, common], "002": [common, common]}


def test_seed_shared_terms_rarest_first(seed_related):
    assert seed_related["000"][0].shared_terms == (
        "benjamin netanyahu",
        "william burns",
        "agency",
        "agreement",
        "ally",
    )
    assert seed_related["002"][0].shared_terms == (
        "calling",
        "exchange",
        "far",
        "figures",
        "government",
    )
    assert seed_related["002"][1].shared_terms == (
        "gaza strip",
        "movement",
        "potential",
        "sending",
        "strip",
    )


# --- A corpus small enough to score by hand ----------------------------------------------
# N = 5. Document frequencies: crossing 2, shut 2, reopens 2, blinken 3; topic rafah 3.
# Weight = ln((N + 1) / df): ln 3 for df 2, ln 2 for df 3; a shared topic counts twice.

SMALL = [
    article("a", "Crossing shut. Blinken warns."),
    article("b", "Crossing reopens. Blinken visits."),
    article("c", "Blinken returns."),
    article("d", "Markets rally."),
    article("e", "Shut reopens."),
]
SMALL_TOPICS = on_topics(a=("rafah",), b=("rafah",), d=("rafah",))
LN2, LN3 = math.log(2), math.log(3)


def test_small_corpus_by_hand():
    assert relate(SMALL, SMALL_TOPICS) == {
        "a": (
            Related("b", round(LN3 + LN2 + 2 * LN2, 4), ("rafah",), ("crossing", "blinken")),
            Related("e", round(LN3, 4), (), ("shut",)),
            Related("c", round(LN2, 4), (), ("blinken",)),
        ),
        "b": (
            Related("a", round(LN3 + LN2 + 2 * LN2, 4), ("rafah",), ("crossing", "blinken")),
            Related("e", round(LN3, 4), (), ("reopens",)),
            Related("c", round(LN2, 4), (), ("blinken",)),
        ),
        # Equal scores: ties are broken by slug.
        "c": (
            Related("a", round(LN2, 4), (), ("blinken",)),
            Related("b", round(LN2, 4), (), ("blinken",)),
        ),
        # A shared topic alone does not make a candidate: d shares no term with anyone.
        "d": (),
        "e": (
            Related("a", round(LN3, 4), (), ("shut",)),
            Related("b", round(LN3, 4), (), ("reopens",)),
        ),
    }


def test_limit_keeps_the_best():
    assert [r.slug for r in relate(SMALL, SMALL_TOPICS, limit=2)["a"]] == ["b", "e"]


def test_input_order_does_not_change_the_result():
    assert relate(list(reversed(SMALL)), SMALL_TOPICS) == relate(SMALL, SMALL_TOPICS)


def test_the_terms_the_per_article_stage_keeps_relate_as_the_text_does():
    kept = {a.slug: article_terms(a) for a in SMALL}
    assert relate(SMALL, SMALL_TOPICS, 5, kept) == relate(SMALL, SMALL_TOPICS)
    # Kept terms are what is read, not the text again: without them "a" shares nothing.
    nothing = {slug: "" for slug in kept}
    assert relate(SMALL, {}, 5, nothing) == {a.slug: () for a in SMALL}


def test_stopwords_and_numbers_do_not_relate():
    articles = [article("x", "The 2024 figure, said they."), article("y", "They said the 2024.")]
    assert relate(articles, {}) == {"x": (), "y": ()}


def test_two_word_names_are_terms_and_come_first():
    articles = [
        article("x", "Secretary of State Antony Blinken met them."),
        article("y", "Antony Blinken, the envoy, left."),
    ]
    weight = math.log(3 / 2)
    expected = Related("y", round(3 * weight, 4), (), ("antony blinken", "antony", "blinken"))
    assert relate(articles, {})["x"] == (expected,)


def test_possessives_fold_into_the_name():
    articles = [article("x", "Rafah's people."), article("y", "Rafah crowds.")]
    assert relate(articles, {})["x"][0].shared_terms == ("rafah",)


def test_shared_term_list_is_cut_at_five():
    text = "alpha bravo charlie delta echo foxtrot golf"
    related = relate([article("x", text), article("y", text)], {})["x"][0]
    assert related.shared_terms == ("alpha", "bravo", "charlie", "delta", "echo")
    assert related.score == round(7 * math.log(3 / 2), 4)


# --- Scale: bounded work without timing ---------------------------------------------------


def _letters(number: int) -> str:
    """Return ``number`` written with letters only (words must not contain digits)."""
    word = ""
    for _ in range(3):
        number, digit = divmod(number, 26)
        word = chr(ord("a") + digit) + word
    return word


def test_3000_articles_score_only_rare_term_neighbours(monkeypatch):
    # Each article: a word for its cluster of 10 (df 10), its band of 50 (df 50, under the
    # cap of max(25, 2% of 3000) = 60), its block of 100 (df 100, over the cap: skipped),
    # two words every article uses, and a word of its own. All share one topic.
    count = 3000
    articles = [
        article(
            f"s{i:04d}",
            f"gaza talks clu{_letters(i // 10)} ban{_letters(i // 50)} "
            f"blo{_letters(i // 100)} own{_letters(i)}",
        )
        for i in range(count)
    ]
    topics = {a.slug: (TopicMatch("ceasefire-talks", a.slug, None, ()),) for a in articles}
    calls = []
    real_score = related_stage._score

    def counting_score(index, slug, other, terms, bonuses):
        calls.append((slug, other))
        return real_score(index, slug, other, terms, bonuses)

    monkeypatch.setattr(related_stage, "_score", counting_score)
    related = relate(articles, topics)
    # Only band mates are scored: 49 per article, not the 2999 that share the topic.
    assert len(calls) == count * 49
    assert len(calls) <= count * related_stage._POSTINGS_BUDGET
    assert all(slug != other for slug, other in calls)
    assert [r.slug for r in related["s0123"]] == ["s0120", "s0121", "s0122", "s0124", "s0125"]
    assert related["s0123"][0].shared_terms == ("cluaam", "banaac")
    assert related["s0123"][0].shared_topics == ("ceasefire-talks",)


def test_postings_budget_stops_the_key_terms(monkeypatch):
    # a's key terms, rarest first: crossing (2 postings), shut (2), blinken (3). A budget of
    # 3 admits only "crossing", so only b is a candidate.
    monkeypatch.setattr(related_stage, "_POSTINGS_BUDGET", 3)
    related = relate(SMALL, SMALL_TOPICS)["a"]
    assert related == (Related("b", round(LN3 + 2 * LN2, 4), ("rafah",), ("crossing",)),)
