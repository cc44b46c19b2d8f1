"""Tests for the figure stage: hand-labelled seeds (precision/recall) and exact fixture articles,
each fixture an invented story from another outlet testing the rules an editor states."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict
from datetime import date
from pathlib import Path

import pytest
import yaml

from pelican.plugins.briefing.model import Article, Paragraph
from tests.corpus import find_figures, fixture_article, precision_recall, seed_articles

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "figures"
FIELDS = (
    "anchor",
    "text",
    "value",
    "qualifier",
    "counted",
    "kind",
    "subject",
    "place",
    "attribution",
    "as_of",
    "unit",
)


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
            figure["place"],
            figure["kind"],
        )

    precision, recall = precision_recall(Counter(map(key, found)), Counter(map(key, labelled)))
    print(
        f"figures on seeds: precision {precision:.3f} recall {recall:.3f} "
        f"({len(labelled)} labelled figures)"
    )
    assert len(labelled) == 25
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


def test_daily_increment_and_total_never_share_a_kind():
    figures = find_figures(fixture_article(FIXTURES / "daily-vs-total.md"))
    assert [(figure.value, figure.counted, figure.kind) for figure in figures[:2]] == [
        (35.0, "killed", "daily"),
        (35034.0, "killed", "cumulative"),
    ]


def test_disagreeing_sources_keep_their_own_attribution():
    figures = find_figures(fixture_article(FIXTURES / "disagreeing-sources.md"))
    assert [(f.value, f.attribution) for f in figures if f.counted == "fighters-killed"] == [
        (9000.0, "Israel's military"),
        (6000.0, "Hamas"),
    ]


def test_the_outlet_is_never_a_source():
    figures = find_figures(_article("He said 40 people were killed. In all, 90 died in Rafah."))
    assert [(f.value, f.counted, f.attribution) for f in figures] == [
        (40.0, "killed", None),
        (90.0, "killed", None),
    ]


def test_speaker_after_the_number():
    figures = find_figures(_article("Strikes killed 17 people on Tuesday, said the civil defence."))
    assert [(f.value, f.attribution, f.as_of, f.kind) for f in figures] == [
        (17.0, "the civil defence", date(2024, 3, 19), "event"),
    ]


def test_future_day_does_not_date_a_figure():
    figures = find_figures(_article("The council will vote on Friday; 15 people were hurt."))
    assert [(f.value, f.counted, f.as_of) for f in figures] == [
        (15.0, "wounded", date(2024, 3, 21)),
    ]


def test_an_unknown_publication_date_dates_only_what_the_text_dates():
    text = "Strikes killed 12 people on Sunday. On Oct. 7, 2023, gunmen killed 1,200 people."
    undated = Article("a", "t", None, None, (Paragraph("p1", text, text),))
    assert [(f.value, f.as_of) for f in find_figures(undated)] == [
        (12.0, None),
        (1200.0, date(2023, 10, 7)),
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Sunday, the ministry said, 40 people died.", "the ministry"),
        ("A rocket attack claimed by the group killed four soldiers.", None),
        ("Famine has been declared in camps where 500,000 people live.", None),
        ("The funding announced today will help 120,000 people.", None),
        ("Lopez, the mayor's spokesman, told CNN that 35 people died.", "Lopez"),
        ("Aid reached 40,000 people, the WHO told the BBC.", "the WHO"),
        # Words between a source and its verb (the lexicon's auxiliaries) are not its name.
        (
            "The regional health office has repeatedly reported 312 cholera cases.",
            "The regional health office",
        ),
        ("Organisers separately estimated 20,000 marchers.", "Organisers"),
        ("Rescuers have now counted 61 bodies in the mine.", "Rescuers"),
        # ...but a form of "be" before the verb still makes it passive: nobody reports.
        ("The ministry has been told 80 families were moved.", None),
    ],
)
def test_a_source_is_someone_who_can_give_a_number(sentence, speaker):
    assert [f.attribution for f in find_figures(_article(sentence))] == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "The 36-year-old father of five said his two sons were safe.",
        "Talks on a two-state solution and the 15-nation Council resumed.",
        "Section 14115 of the code and Executive Order 14067 apply.",
        "She finished in the top three after a five-day race.",
        "If turnout is under 40%, the vote is void.",
        "The two sides met in Doha; the assembly has 193 member states.",
    ],
)
def test_what_an_editor_would_not_file(sentence):
    assert [f.text for f in find_figures(_article(sentence))] == []


def test_kinds_keep_tolls_apart():
    text = (
        "A strike on a school killed 12 people, medics said. In the past 24 hours 40 were killed,"
        " bringing the death toll since the war began to 31,000. Floods killed 9 people on"
        " Monday. More than 1,200 people have been killed since the October 7 attack."
    )
    found = [(f.value, f.kind) for f in find_figures(_article(text))]
    assert found == [
        (12.0, "event"),
        (40.0, "daily"),
        (31000.0, "cumulative"),
        (9.0, "event"),
        (1200.0, "cumulative"),
    ]
