"""Tests for briefing.figures: hand-labelled seeds (precision/recall) and exact fixture articles."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict
from datetime import date
from pathlib import Path

import pytest
import yaml

from pelican.plugins.briefing.analysis import figures, timeline
from pelican.plugins.briefing.model import Article, Paragraph
from tests.corpus import fixture_article, precision_recall, seed_articles

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "figures"
FIELDS = (
    "anchor",
    "text",
    "value",
    "qualifier",
    "counted",
    "subject",
    "attribution",
    "as_of",
    "unit",
)


def find_figures(article: Article) -> tuple:
    """The figures of an article, dated with the events its timeline stage finds."""
    return figures.find_figures(article, timeline.find_events(article))


def _load(name: str) -> dict:
    """Return a YAML file of this stage's fixtures."""
    return yaml.safe_load((FIXTURES / name).read_text(encoding="utf-8"))


def _article(text: str, published: date = date(2024, 3, 21), source: str = "AFP") -> Article:
    """Return a one-paragraph article."""
    return Article("a", "t", published, source, (Paragraph("p1", text, text),))


def _seed_figures() -> tuple[list, list]:
    """Return (found, labelled) figures of the seeds as dicts with the seed number."""
    labels = _load("seed_labels.yml")
    found, labelled = [], []
    for number, article in seed_articles().items():
        found += [dict(asdict(figure), seed=number) for figure in find_figures(article)]
        labelled += [dict(label, seed=number) for label in labels[number]]
    return found, labelled


def test_seed_figures_precision_and_recall():
    found, labelled = _seed_figures()

    def key(figure):
        return (
            figure["seed"],
            figure["anchor"],
            float(figure["value"]),
            figure["counted"],
            figure["attribution"],
        )

    precision, recall = precision_recall(Counter(map(key, found)), Counter(map(key, labelled)))
    print(
        f"figures on seeds: precision {precision:.3f} recall {recall:.3f} "
        f"({len(labelled)} labelled figures)"
    )
    assert len(labelled) == 29
    assert precision >= 0.9
    assert recall >= 0.9


def test_seed_figures_text_qualifier_and_as_of_agree_with_labels():
    found, labelled = _seed_figures()
    by_key = {(f["seed"], f["anchor"], float(f["value"])): f for f in found}
    agree = sum(
        1
        for label in labelled
        if (figure := by_key.get((label["seed"], label["anchor"], float(label["value"]))))
        and (figure["text"], figure["qualifier"], figure["as_of"])
        == (label["text"], label["qualifier"], label["as_of"])
    )
    print(f"figures on seeds: text, qualifier and as_of right for {agree}/{len(labelled)}")
    assert agree / len(labelled) >= 0.9


@pytest.mark.parametrize("name", sorted(_load("expected.yml")))
def test_fixture_figures_exactly(name):
    article = fixture_article(FIXTURES / f"{name}.md")
    found = [tuple(getattr(figure, field) for field in FIELDS) for figure in find_figures(article)]
    expected = [tuple(label[field] for field in FIELDS) for label in _load("expected.yml")[name]]
    assert found == expected


def test_daily_increment_and_total_never_share_a_key():
    figures = find_figures(fixture_article(FIXTURES / "daily-vs-total.md"))
    assert [(figure.value, figure.counted) for figure in figures[:2]] == [
        (35.0, "killed-daily"),
        (35034.0, "killed"),
    ]


def test_disagreeing_sources_keep_their_own_attribution():
    figures = find_figures(fixture_article(FIXTURES / "disagreeing-sources.md"))
    assert [(f.value, f.attribution) for f in figures if f.counted == "fighters-killed"] == [
        (9000.0, "Israel's military"),
        (6000.0, "Hamas"),
    ]


def test_pronoun_speaker_falls_back_to_the_outlet():
    figures = find_figures(_article("He said 40 people were killed."))
    assert [(f.value, f.counted, f.attribution) for f in figures] == [(40.0, "killed", "AFP")]


def test_speaker_after_the_number():
    figures = find_figures(_article("Strikes killed 17 people on Tuesday, said the civil defence."))
    assert [(f.value, f.attribution, f.as_of) for f in figures] == [
        (17.0, "the civil defence", date(2024, 3, 19)),
    ]


def test_future_day_does_not_date_a_figure():
    figures = find_figures(_article("The council will vote on Friday; 15 members sit on it."))
    assert [(f.value, f.counted, f.as_of) for f in figures] == [
        (15.0, "members", date(2024, 3, 21)),
    ]
