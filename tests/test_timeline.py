"""Tests for briefing.timeline: hand-labelled seeds (precision/recall) and exact fixture articles."""

from __future__ import annotations

import html
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
import yaml

from briefing.markdown import parse_paragraphs, split_front_matter
from briefing.model import Article, Paragraph
from briefing.timeline import find_events

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "timeline"
# Seed number -> (publication date, outlet), as the project brief gives them.
SEED_FACTS = {
    "000": (date(2024, 4, 7), "Agencies"),
    "001": (date(2024, 3, 21), "AFP"),
    "002": (date(2024, 2, 21), "Xinhua"),
}


def seed_articles() -> dict[str, Article]:
    """Return the real seeds by number, one paragraph per non-empty line, anchors p1, p2, ..."""
    articles = {}
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        number = path.name[:3]
        published, source = SEED_FACTS[number]
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        texts = [line for line in lines if line]
        paragraphs = tuple(
            Paragraph(f"p{index}", text, html.escape(text)) for index, text in enumerate(texts, 1)
        )
        articles[number] = Article(path.stem, path.stem, published, source, paragraphs)
    return articles


def fixture_article(path: Path) -> Article:
    """Return a hand-written fixture article (content-file format) as an Article."""
    front, body = split_front_matter(path.read_text(encoding="utf-8"))
    return Article(
        path.stem, front["title"], front["date"], front["source"], parse_paragraphs(body)
    )


def precision_recall(found: Counter, expected: Counter) -> tuple[float, float]:
    """Return precision and recall of found keys against expected keys (multisets)."""
    hits = sum((found & expected).values())
    return hits / max(sum(found.values()), 1), hits / max(sum(expected.values()), 1)


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
