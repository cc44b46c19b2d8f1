"""Tests for briefing.timeline: hand-labelled seeds (precision/recall) and exact fixture articles."""

from __future__ import annotations

import html
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
import yaml

from pelican.plugins.briefing.analysis.timeline import find_events
from pelican.plugins.briefing.model import Article, Paragraph
from tests.corpus import fixture_article, precision_recall, seed_articles

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "timeline"


def _load(name: str) -> dict:
    """Return a YAML file of this stage's fixtures."""
    return yaml.safe_load((FIXTURES / name).read_text(encoding="utf-8"))


def test_seed_events_precision_and_recall():
    labels = _load("seed_labels.yml")
    found, expected = Counter(), Counter()
    for number, article in seed_articles().items():
        for event in find_events(article):
            found[(number, event.anchor, event.when.lower(), event.date)] += 1
        for label in labels[number]:
            expected[(number, label["anchor"], label["when"].lower(), label["date"])] += 1
    precision, recall = precision_recall(found, expected)
    print(
        f"timeline on seeds: precision {precision:.3f} recall {recall:.3f} "
        f"({sum(expected.values())} labelled events)"
    )
    assert sum(expected.values()) == 32
    assert precision >= 0.9
    assert recall >= 0.9


@pytest.mark.parametrize("name", sorted(_load("expected.yml")))
def test_fixture_events_exactly(name):
    article = fixture_article(FIXTURES / f"{name}.md")
    found = [(e.anchor, e.when, e.date, e.text) for e in find_events(article)]
    expected = [(e["anchor"], e["when"], e["date"], e["text"]) for e in _load("expected.yml")[name]]
    assert found == expected


def test_events_carry_article_slug():
    article = fixture_article(FIXTURES / "relative.md")
    assert {event.article for event in find_events(article)} == {"relative"}


def test_dateline_is_not_an_event():
    text = "RAFAH, March 3 (Xinhua) -- Aid arrived."
    article = Article("a", "t", date(2024, 3, 3), "Xinhua", (Paragraph("p1", text, text),))
    assert find_events(article) == ()


def test_same_expression_twice_in_a_sentence_is_one_event():
    text = "Talks ended on Monday, and on Monday night the team left."
    article = Article("a", "t", date(2024, 3, 6), "AP", (Paragraph("p1", text, text),))
    assert [(e.when, e.date) for e in find_events(article)] == [
        ("on Monday", date(2024, 3, 4)),
        ("on Monday night", date(2024, 3, 4)),
    ]


def test_month_and_week_events_say_how_exact_their_date_is():
    text = (
        "In November last year, a truce held. This week, talks resumed. On Monday, a vote failed."
    )
    article = Article("a", "A", date(2024, 2, 21), "X", (Paragraph("p1", text, html.escape(text)),))
    found = {(e.when, e.date, e.precision) for e in find_events(article)}
    assert found == {
        ("In November last year", date(2023, 11, 1), "month"),
        ("This week", date(2024, 2, 19), "week"),
        ("On Monday", date(2024, 2, 19), "day"),
    }
