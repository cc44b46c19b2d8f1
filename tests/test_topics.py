"""Tests for topic assignment (briefing.topics) and the editorial taxonomy it reads."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from pelican.plugins.briefing.analysis.topics import assign_topics
from pelican.plugins.briefing.model import Article, Paragraph, TopicMatch
from tests.corpus import TAXONOMY, seed_articles, topic_set
from tests.corpus import text_article as article

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "topics"

SEEDS = seed_articles()


def by_topic(matches: tuple[TopicMatch, ...], topic: str) -> list[TopicMatch]:
    return [match for match in matches if match.topic == topic]


# --- The taxonomy file -------------------------------------------------------------------


def test_taxonomy_has_the_required_topics_in_order():
    assert [(topic.slug, topic.name) for topic in TAXONOMY.topics] == [
        ("ceasefire-talks", "Ceasefire talks"),
        ("rafah", "Rafah"),
        ("un-actions", "UN actions"),
        ("hostages", "Hostages"),
        ("humanitarian", "Humanitarian situation"),
        ("casualties", "Casualties"),
        ("regional-escalation", "Regional escalation"),
        ("west-bank", "West Bank"),
    ]


@pytest.mark.parametrize("weak", ["talks", "pause", "aid", "deal", "killed", "negotiations"])
def test_a_single_weak_word_is_not_enough(weak):
    assert assign_topics(article(f"In Gaza, the {weak} went on."), TAXONOMY) == ()


STRONG = [
    ("A hostage deal for Gaza now.", {"ceasefire-talks", "hostages"}),
    ("Israeli tanks reached Rafah.", {"rafah"}),
    ("The UN Security Council met on Gaza.", {"un-actions"}),
    ("Famine looms in Gaza.", {"humanitarian"}),
    ("Hezbollah fired.", {"regional-escalation"}),
    ("Settlers attacked a Palestinian village.", {"west-bank"}),
]


@pytest.mark.parametrize(("text", "topics"), STRONG)
def test_a_strong_clue_is_enough_where_the_subject_is_named(text, topics):
    assert topic_set(assign_topics(article(text), TAXONOMY)) == topics


@pytest.mark.parametrize(
    "text",
    [
        "A hostage deal now.",
        "The UN Security Council met.",
        "Famine looms.",
        "Settlers attacked a village.",
        "Manchester United agreed a ceasefire with fans after talks on ticket prices.",
    ],
)
def test_the_same_clue_without_the_subject_gives_no_topic(text):
    assert assign_topics(article(text), TAXONOMY) == ()


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        # A ceasefire called for is not talks; the deal or the mediators are.
        ("Israel's allies called for a ceasefire in Gaza.", set()),
        ("Mediators put a ceasefire proposal to Hamas.", {"ceasefire-talks"}),
        # A place named as the way aid goes in is not the place's topic.
        ("Aid trucks entered Gaza through Rafah.", {"humanitarian"}),
        ("Aid convoys reached Gaza and the West Bank.", {"humanitarian"}),
        ("Israeli troops stormed eastern Rafah.", {"rafah"}),
        # A worry about casualties is not a toll.
        ("Washington urged Israel to prevent civilian casualties.", set()),
        ("Gaza's health ministry said casualties rose.", {"casualties"}),
    ],
)
def test_a_passing_noun_needs_what_happens(text, topics):
    assert topic_set(assign_topics(article(text), TAXONOMY)) == topics


# --- The seeds ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("seed", "expected"),
    [
        (
            "000",
            {
                "ceasefire-talks",
                "rafah",
                "un-actions",
                "hostages",
                "humanitarian",
                "casualties",
                "regional-escalation",
            },
        ),
        (
            "001",
            {
                "ceasefire-talks",
                "rafah",
                "un-actions",
                "hostages",
                "humanitarian",
                "casualties",
                "west-bank",
            },
        ),
        ("002", {"ceasefire-talks", "hostages", "casualties"}),
    ],
)
def test_seed_topics(seed, expected):
    assert topic_set(assign_topics(SEEDS[seed], TAXONOMY)) == expected


def test_seed_ground_truth():
    on = {number: topic_set(assign_topics(seed, TAXONOMY)) for number, seed in SEEDS.items()}
    assert {n for n, topics in on.items() if "ceasefire-talks" in topics} == {"000", "001", "002"}
    assert {n for n, topics in on.items() if "rafah" in topics} == {"000", "001"}
    assert {n for n, topics in on.items() if "un-actions" in topics} == {"000", "001"}


def test_seed_000_un_resolution_paragraph():
    matches = by_topic(assign_topics(SEEDS["000"], TAXONOMY), "un-actions")
    assert matches == [
        TopicMatch(
            "un-actions",
            SEEDS["000"].slug,
            "p9",
            # "United Nations" and "UN" are one clue: they count once.
            ("United Nations", "Human Rights Council", "resolution"),
            2.0,
        )
    ]


def test_seed_001_rafah_anchors_and_terms():
    matches = by_topic(assign_topics(SEEDS["001"], TAXONOMY), "rafah")
    # p9 ("the civilians gathered in Rafah") only names the city: where, not what.
    assert [(match.anchor, match.terms) for match in matches] == [
        ("p4", ("ground offensive", "Rafah")),
        ("p8", ("ground invasion", "Rafah", "southernmost city", "Egyptian border")),
        ("p30", ("Rafah", "attack")),
    ]


def test_seed_001_west_bank_and_un_anchors():
    matches = assign_topics(SEEDS["001"], TAXONOMY)
    assert [(m.anchor, m.terms) for m in by_topic(matches, "west-bank")] == [
        ("p32", ("West Bank", "settlers"))
    ]
    # p12: the US resolution "for a vote on Friday morning".
    assert [m.anchor for m in by_topic(matches, "un-actions")] == [
        "p1",
        "p2",
        "p11",
        "p12",
        "p26",
    ]


def test_seed_002_ceasefire_anchors_and_swap_terms():
    matches = by_topic(assign_topics(SEEDS["002"], TAXONOMY), "ceasefire-talks")
    assert [m.anchor for m in matches] == ["p1", "p2", "p3", "p5", "p7", "p8"]
    assert matches[4].terms == ("hostage-for-prisoner swap", "truce")
    assert matches[4].score == 1.75


def test_seed_000_regional_escalation_is_the_iran_paragraph():
    matches = by_topic(assign_topics(SEEDS["000"], TAXONOMY), "regional-escalation")
    # "Iran" and "Iranian" are one clue, named once.
    assert [(m.anchor, m.terms) for m in matches] == [("p11", ("Iran",))]


# --- Hand-written articles ---------------------------------------------------------------


def _fixture_article(path: Path) -> tuple[Article, set[str]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    paragraphs = []
    for index, entry in enumerate(data["paragraphs"], 1):
        kind, text = ("caption", entry["caption"]) if isinstance(entry, dict) else ("body", entry)
        paragraphs.append(Paragraph(f"p{index}", text, text, kind))
    fixture = Article(path.stem, data["title"], date(2024, 5, 1), "Test", tuple(paragraphs))
    return fixture, set(data["expected"])


FIXTURE_FILES = sorted(FIXTURES.glob("*.yml"))


def test_there_are_enough_fixtures():
    assert len(FIXTURE_FILES) == 17


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda path: path.stem)
def test_fixture_article_topics(path):
    fixture, expected = _fixture_article(path)
    assert topic_set(assign_topics(fixture, TAXONOMY)) == expected


def test_fixture_west_bank_explains_each_paragraph():
    fixture, _ = _fixture_article(FIXTURES / "west_bank_settlers.yml")
    assert [(m.anchor, m.topic, m.terms, m.score) for m in assign_topics(fixture, TAXONOMY)] == [
        ("p1", "west-bank", ("settlers", "West Bank"), 1.75),
        ("p2", "casualties", ("health ministry", "wounded"), 1.25),
    ]


# --- Editors' front-matter changes -------------------------------------------------------


TRUCE = "Gaza truce talks."
TRUCE_MATCH = TopicMatch("ceasefire-talks", "a", "p1", ("truce", "talks"), 1.0)


def test_removed_topic_drops_every_match():
    text = ("Truce talks as Israeli tanks enter Rafah.", "Strikes on Rafah again.")
    edited = assign_topics(article(*text, topics_removed=("rafah",)), TAXONOMY)
    assert [(m.anchor, m.topic) for m in edited] == [("p1", "ceasefire-talks")]


def test_added_topic_gives_one_whole_article_match():
    edited = assign_topics(article(TRUCE, topics_added=("west-bank",)), TAXONOMY)
    assert edited == (TRUCE_MATCH, TopicMatch("west-bank", "a", None, (), 0.0))


def test_added_topic_already_matched_is_not_repeated():
    edited = assign_topics(article(TRUCE, topics_added=("ceasefire-talks",)), TAXONOMY)
    assert edited == (TRUCE_MATCH,)


def test_unknown_slugs_are_ignored_and_removal_beats_addition():
    edited = assign_topics(
        article(
            TRUCE,
            topics_added=("no-such-topic", "rafah", "rafah"),
            topics_removed=("also-unknown", "rafah"),
        ),
        TAXONOMY,
    )
    assert edited == (TRUCE_MATCH,)


def test_adding_twice_gives_one_match():
    edited = assign_topics(article("Nothing here.", topics_added=("rafah", "rafah")), TAXONOMY)
    assert edited == (TopicMatch("rafah", "a", None, (), 0.0),)


def test_an_editor_can_add_a_topic_to_an_article_that_names_no_subject():
    # The context decides what the text gives; it never overrides an editor.
    edited = assign_topics(article("Famine looms.", topics_added=("humanitarian",)), TAXONOMY)
    assert edited == (TopicMatch("humanitarian", "a", None, (), 0.0),)


def test_a_courtesy_puts_a_paragraph_on_no_topic():
    """Thanking the Secretary-General for a briefing is not the UN acting."""
    speech = article(
        "Thank you, Madam President. Thank you, Secretary-General Okoro, for your briefing "
        "on the Security Council resolution.",
        "The Security Council adopted a resolution on Gaza on Monday.",
    )
    matches = assign_topics(speech, TAXONOMY)
    assert {(m.anchor, m.topic) for m in matches} == {("p2", "un-actions")}
