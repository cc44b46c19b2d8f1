"""Tests for quotes and speakers (briefing.quotes), against hand labels."""

from __future__ import annotations

import string
from datetime import date
from pathlib import Path

import pytest
import yaml

from pelican.plugins.briefing.analysis.editorial import load_gazetteer
from pelican.plugins.briefing.analysis.entities import find_mentions
from pelican.plugins.briefing.analysis.quotes import find_quotes
from pelican.plugins.briefing.content.format import paragraph_block, parse_paragraphs
from pelican.plugins.briefing.model import Article, Gazetteer, Quote
from tests.corpus import GAZETTEER, seed_articles

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "quotes"
OWN_GAZETTEER = load_gazetteer(FIXTURES / "gazetteer.yml")
# Quote marks and punctuation that may differ at the ends of a quote's text.
_ENDS = string.whitespace + string.punctuation + "“”«»‘’"


def quotes_of(article: Article, gazetteer: Gazetteer) -> tuple[Quote, ...]:
    """Run the entity stage, then the quote stage, as the pipeline does."""
    return find_quotes(article, find_mentions(article, gazetteer).mentions, gazetteer)


def key(anchor: str, text: str, speaker: str | None, name: str | None) -> tuple:
    """Return what two quotes must share to match: paragraph, text and speaker."""
    words = " ".join(text.split()).strip(_ENDS)
    name = " ".join(name.split()).lower() if name else None
    return (anchor, words, speaker, name)


def own_article(slug: str, paragraphs: list[str | dict]) -> Article:
    """Return a fixture article, built from Markdown blocks as content files are; a paragraph
    written ``{caption: text}`` is a photo caption."""
    blocks = [
        paragraph_block(f"p{n}", text["caption"], "caption")
        if isinstance(text, dict)
        else paragraph_block(f"p{n}", text)
        for n, text in enumerate(paragraphs, 1)
    ]
    body = "\n".join(blocks)
    return Article(slug, slug, date(2024, 5, 1), "Test", parse_paragraphs(body))


def one(text: str) -> list[tuple]:
    """Return ``(text, speaker_name, speaker)`` of each quote in a one-paragraph article."""
    found = quotes_of(own_article("one", [text]), OWN_GAZETTEER)
    return [(q.text, q.speaker_name, q.speaker) for q in found]


# --- The seeds ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_scores() -> tuple[float, float, list, list]:
    """Precision, recall, missed labels and spurious quotes over the three seeds."""
    labels = yaml.safe_load((FIXTURES / "seed_labels.yml").read_text(encoding="utf-8"))
    expected, got = [], []
    for seed in seed_articles().values():
        stem = seed.slug
        expected += [
            key(q["anchor"], q["text"], q["speaker"], q["speaker_name"]) for q in labels[stem]
        ]
        got += [
            key(q.anchor, q.text, q.speaker, q.speaker_name) for q in quotes_of(seed, GAZETTEER)
        ]
    hits = sum(min(got.count(k), expected.count(k)) for k in set(expected))
    return hits / len(got), hits / len(expected), [k for k in expected if k not in got], got


def test_seed_precision_and_recall(seed_scores):
    precision, recall, missed, _ = seed_scores
    print(f"\nquotes on the seeds: precision {precision:.2f}, recall {recall:.2f}")
    assert precision >= 0.9
    assert recall >= 0.9, missed


def test_seed_labels_count_twelve_quotes():
    labels = yaml.safe_load((FIXTURES / "seed_labels.yml").read_text(encoding="utf-8"))
    assert [len(quotes) for quotes in labels.values()] == [1, 10, 1]


def test_seed_scare_quotes_are_not_quotes(seed_scores):
    got = seed_scores[3]
    texts = {text for anchor, text, _, _ in got if anchor in ("p1", "p13", "p31")}
    assert "immediate" not in texts
    assert "immediate humanitarian ceasefire" not in texts
    assert "immediate humanitarian pause" not in texts


# --- Own fixtures: one pattern each -------------------------------------------------------


def fixture_articles() -> list[dict]:
    """The invented articles with their expected quotes."""
    return yaml.safe_load((FIXTURES / "articles.yml").read_text(encoding="utf-8"))["articles"]


@pytest.mark.parametrize("entry", fixture_articles(), ids=lambda entry: entry["slug"])
def test_own_fixture_quotes_exactly(entry):
    article = own_article(entry["slug"], entry["paragraphs"])
    expected = [
        Quote(
            q["text"],
            q["speaker"],
            q["speaker_name"],
            entry["slug"],
            q["anchor"],
            q.get("inferred_from"),
        )
        for q in entry["quotes"]
    ]
    assert list(quotes_of(article, OWN_GAZETTEER)) == expected


def test_said_after_the_speaker():
    assert one('"The port is open," Karl Berg said.') == [
        ("The port is open", "Karl Berg", "karl-berg")
    ]


def test_straight_quote_spanning_sentences_with_inverted_verb():
    assert one('"Ships wait. Trucks wait," said Ana Silva on Monday.') == [
        ("Ships wait. Trucks wait", "Ana Silva", "ana-silva")
    ]


def test_unclosed_quote_runs_to_the_paragraph_end():
    assert one('Karl Berg said: "Trade will grow and prices will fall.') == [
        ("Trade will grow and prices will fall.", "Karl Berg", "karl-berg")
    ]


def test_description_naming_an_entity_is_not_that_entity():
    assert one('"The plan is late," a Green Alliance official said.') == [
        ("The plan is late", "a Green Alliance official", None)
    ]


def test_pronoun_without_a_referent_is_unknown_not_a_guess():
    assert one('In Riverton, "nothing works any more," she said.') == [
        ("nothing works any more", None, None)
    ]


def test_quoted_word_without_speech_verb_is_not_a_quote():
    assert one('The so-called "peace plan" failed in Riverton.') == []
