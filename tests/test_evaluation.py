"""The scorer's rules (pelican.plugins.briefing.evaluation), on a hand-made key and findings."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

import pytest

from pelican.plugins.briefing.evaluation import SCORERS
from pelican.plugins.briefing.evaluation.figures import (
    MEASURE_OF,
    same_number,
    score_attributions,
    score_figure_fields,
    score_figures,
)
from pelican.plugins.briefing.evaluation.found import Found
from pelican.plugins.briefing.evaluation.headlines import problems, score_headline
from pelican.plugins.briefing.evaluation.key import MEASURES
from pelican.plugins.briefing.evaluation.quotes import score_quotes, score_speakers
from pelican.plugins.briefing.evaluation.score import (
    score_credit,
    score_date,
    score_dateline,
    score_topics,
)
from pelican.plugins.briefing.evaluation.series import score_series
from pelican.plugins.briefing.evaluation.words import ends_name
from pelican.plugins.briefing.model import Corpus, Gazetteer, Taxonomy
from tests.evaluation_found import CONTEXT, FOUND, KEY, KEY_PROBLEMS, SPEECH, WIRE, figure


def test_the_fixture_key_is_valid():
    assert KEY_PROBLEMS == []
    assert list(KEY) == ["01_wire.txt", "02_radio.txt", "03_speech.txt"]


def test_date_counts_an_invented_date_apart_from_an_unknown_one():
    score = score_date(KEY, FOUND, CONTEXT)
    assert score.counts == {"invented": 1, "correct": 1, "unknown": 1, "in text": 1}
    assert (score.precision, score.recall) == (0.5, 1.0)
    assert score.misses == ("02_radio.txt: INVENTED 2030-01-01, key 2025-05-13..2025-05-14",)


def test_date_in_text_not_found_is_a_miss():
    found = {
        **FOUND,
        "01_wire.txt": replace(FOUND["01_wire.txt"], article=replace(WIRE, date=None)),
    }
    score = score_date(KEY, found, CONTEXT)
    assert score.recall == 0.0
    assert "01_wire.txt: no date; the text fixes one in 2025-03-03..2025-03-03" in score.misses


def test_credit_an_outlet_that_was_told_something_is_a_false_credit():
    score = score_credit(KEY, FOUND, CONTEXT)
    assert score.counts == {"named": 2, "right": 1, "false": 1, "key credits": 1}
    assert (score.precision, score.recall) == (0.5, 1.0)
    assert score.misses == ("02_radio.txt: credited CNN; the text credits none",)


def test_credit_by_another_name_of_the_outlet_is_right():
    wire = replace(FOUND["01_wire.txt"], article=replace(WIRE, source="Xinhua News Agency"))
    score = score_credit(KEY, {**FOUND, "01_wire.txt": wire}, CONTEXT)
    assert score.count("right") == 1


def test_dateline_matches_exactly_but_for_spaces():
    score = score_dateline(KEY, FOUND, CONTEXT)
    assert (score.precision, score.recall, score.misses) == (1.0, 1.0, ())
    shorter = replace(FOUND["01_wire.txt"], article=replace(WIRE, dateline="BEIRUT"))
    score = score_dateline(KEY, {**FOUND, "01_wire.txt": shorter}, CONTEXT)
    assert (score.precision, score.recall) == (0.0, 0.0)


def test_headline_a_greeting_and_a_cut_inside_a_word_are_bad():
    score = score_headline(KEY, FOUND, CONTEXT)
    assert (score.count("bad"), score.count("greeting"), score.count("cut")) == (2, 1, 1)
    assert score.precision == pytest.approx(1 / 3)
    assert [miss.split(":")[:2] for miss in score.misses] == [
        ["02_radio.txt", " cut"],
        ["03_speech.txt", " greeting"],
    ]


@pytest.mark.parametrize(
    ("title", "reasons"),
    [
        ("CAIRO - The head of the agency resigned", ["dateline"]),
        ("(CITY, STATE) --The mayor said the bridge would reopen", ["dateline"]),
        ("WASHINGTON, DC—Today, United States forces struck", ["dateline"]),
        ("JERUSALEM, Feb. 21 (Xinhua) -- Israel will send a delegation", ["dateline"]),
        ("Good morning, everyone", ["greeting"]),
        ("Mr. President, colleagues", ["greeting"]),
        ("MODERATOR: Hey, everyone", ["greeting"]),
        ("FILE - Protesters march in Tel Aviv", ["caption"]),
        ("Rescuers search the rubble in Khan Younis (AFP photo)", ["caption"]),
        ("Talks resume " + "and drag on " * 9 + "in Cairo", ["long"]),
        ("U.S. President Joe Biden cut short a weekend visit", []),
        ("NASA names four astronauts for the next Moon mission", []),
    ],
)
def test_headline_reasons(title, reasons):
    assert problems(title, Found("x.txt", None), KEY["02_radio.txt"]) == reasons


@pytest.mark.parametrize(
    ("title", "bad"),
    [
        ("Yesterday, WFP Director Maria Okafor told this council…", False),  # whole word, marked
        ("Yesterday, WFP Director Maria Okafor told this coun…", True),  # inside a word
        ("Yesterday, WFP Director Maria Okafor told this council", True),  # cut, unmarked
        ("Colleagues, the floods in Tamboria have killed 35 people and forced 20,000 from their "
         "homes since the rains began", False),  # the whole sentence
    ],
)  # fmt: skip
def test_headline_cuts(title, bad):
    found = Found("03_speech.txt", SPEECH)
    assert ("cut" in problems(title, found, KEY["03_speech.txt"])) is bad


def test_topics_precision_over_pairs_recall_over_primary_and_negatives_listed():
    score = score_topics(KEY, FOUND, CONTEXT)
    assert (score.precision, score.recall) == (0.5, 1.0)
    assert score.count("negatives tagged") == "1/1"
    assert score.misses == (
        "01_wire.txt: regional-escalation not in key",
        "02_radio.txt: negative got ceasefire-talks",
    )


def test_quotes_found_when_the_key_text_is_inside_ours():
    score = score_quotes(KEY, FOUND, CONTEXT)
    assert score.counts == {"key": 5, "found": 4}
    assert score.recall == 0.8
    assert score.misses == (
        "02_radio.txt: not found: 'Nobody asked the people who ride the buses every day' (Ortiz)",
    )


def test_speakers_a_wrong_speaker_and_a_missed_quote_cost_recall_a_phrase_costs_nothing():
    score = score_speakers(KEY, FOUND, CONTEXT)
    assert score.counts == {"key": 5, "right": 3, "ours attributed": 4, "ours right": 3}
    assert (score.precision, score.recall) == (0.75, 0.6)
    assert score.misses == (
        "01_wire.txt: Haddad given as the army: 'Every municipality must open its shelters tonight'",
    )


@pytest.mark.parametrize(
    ("key", "ours", "right"),
    [
        ("Biden", "President Joe Biden", True),
        ("Biden", "Biden, the president", True),
        ("U.S. official", "a senior U.S. official", True),
        ("Prabowo", "Defense Minister Prabowo Subianto", True),
        ("Biden", "Biden's spokesman", False),
        ("Hamas", "Hamas chief Ismail Haniyeh", False),
        ("Netanyahu", "Netanyahu described the genocide", False),
        ("Israel", "Israeli Prime Minister Benjamin Netanyahu", False),
    ],
)
def test_speaker_rule(key, ours, right):
    assert ends_name(key, ours) is right


@pytest.mark.parametrize(
    ("ours", "number", "same"),
    [
        ("more than 1,400", "1,400", True),
        ("Nearly six million", "six million", True),
        ("An estimated 800,000", "800,000", True),
        ("$53 million", "$53 million", True),
        ("60", "60%", False),
        ("1,400", "400", False),
        ("2 percent", "1/2", False),
    ],
)
def test_figure_number_tokens(ours, number, same):
    assert same_number(ours, number) is same


def test_every_measure_of_ours_maps_onto_a_measure_of_the_key():
    assert set(MEASURE_OF.values()) <= set(MEASURES)


def test_figures_extra_figures_cost_precision_a_missed_figure_recall():
    score = score_figures(KEY, FOUND, CONTEXT)
    assert score.counts == {"ours": 13, "key": 12, "paired": 11}
    assert (score.precision, score.recall) == (11 / 13, 11 / 12)
    assert "03_speech.txt: missed 600 (other)" in score.misses
    assert "01_wire.txt: not a key figure: 'two' (duration)" in score.misses


def test_attributions_the_outlet_is_no_source_and_a_source_where_none_is_stated_is_false():
    score = score_attributions(KEY, FOUND, CONTEXT)
    assert score.counts == {"key": 5, "ours": 6, "right": 3, "false": 3}
    assert (score.precision, score.recall) == (0.5, 0.6)
    assert set(score.misses) == {
        "01_wire.txt: 300 source officials, ours none",
        "01_wire.txt: 40 source officials, ours Sunday",
        "02_radio.txt: 9 source none, ours the city council",
        "02_radio.txt: 800 source none, ours Construction",
    }


def test_figure_fields_measure_place_and_as_of_scored():
    score = score_figure_fields(KEY, FOUND, CONTEXT)
    # The figures here give no place: right where the key gives none, wrong where it gives one.
    assert score.counts == {"measure": "8/11", "place": "5/11", "as_of": "6/11"}
    assert "01_wire.txt: 300 measure displaced, ours other" in score.misses
    assert score.notes == ()


def test_a_field_the_model_lacks_is_not_scored():
    figures = tuple(
        PlacedFigure(f.text, f.counted, f.attribution, f.as_of, None)
        for f in FOUND["03_speech.txt"].figures
    )
    unplaced = tuple(_Unplaced(f.text, f.counted, f.attribution, f.as_of) for f in figures)
    speech = replace(FOUND["03_speech.txt"], figures=unplaced)
    score = score_figure_fields(
        {"03_speech.txt": KEY["03_speech.txt"]}, {"03_speech.txt": speech}, CONTEXT
    )
    assert score.counts["place"] == "not in model"
    assert score.notes == ("place: not scored, the model's figures have no place",)


@dataclass(frozen=True)
class _Unplaced:
    """A figure of a model without places."""

    text: str
    counted: str
    attribution: str | None
    as_of: date | None


@dataclass(frozen=True)
class PlacedFigure:
    """A figure of a model that has places, as the figure stage will."""

    text: str
    counted: str
    attribution: str
    as_of: date | None
    place: str | None


def test_figure_fields_place_is_scored_once_the_model_has_it():
    figures = (
        PlacedFigure("35", "killed", "Unknown", None, "Tamboria"),
        PlacedFigure("20,000", "displaced", "Unknown", None, None),
    )
    speech = replace(FOUND["03_speech.txt"], figures=figures)
    score = score_figure_fields(
        {"03_speech.txt": KEY["03_speech.txt"]}, {"03_speech.txt": speech}, CONTEXT
    )
    assert score.counts == {"measure": "2/2", "place": "1/2", "as_of": "2/2"}
    assert score.misses == ("03_speech.txt: 20,000 place Tamboria, ours None",)


def test_series_that_joins_two_places_is_listed():
    dated_speech = replace(SPEECH, date=date(2025, 3, 10))
    tolls = {
        WIRE.slug: (figure("at least 12", "killed", "Xinhua", date(2025, 3, 3)),),
        SPEECH.slug: (figure("35", "killed", "Unknown", date(2025, 3, 10)),),
    }
    # Our model would join these (one place, one kind); the key says they are two places.
    tolls = {
        slug: tuple(replace(f, article=slug, place="Tamboria", kind="cumulative") for f in found)
        for slug, found in tolls.items()
    }
    corpus = Corpus((dated_speech, WIRE), Taxonomy(()), Gazetteer(()), figures=tolls)
    found = {
        "01_wire.txt": Found("01_wire.txt", WIRE, figures=tolls[WIRE.slug]),
        "03_speech.txt": Found("03_speech.txt", dated_speech, figures=tolls[SPEECH.slug]),
    }
    key = {name: KEY[name] for name in found}
    score = score_series(key, found, replace(CONTEXT, corpus=corpus))
    assert (score.count("series"), score.count("checked"), score.count("mixing places")) == (
        1,
        1,
        1,
    )
    assert score.count("mixing measures") == 0
    assert score.precision == 0.0
    assert score.misses == (
        "Killed: mixes places Lebanon, Tamboria: at least 12 (3 Mar 2025) -> 35 (10 Mar 2025)",
    )


def test_every_scorer_names_its_field():
    context = replace(CONTEXT, corpus=Corpus((), Taxonomy(()), Gazetteer(())))
    assert [scorer(KEY, FOUND, context).field for _, scorer in SCORERS] == [
        name for name, _ in SCORERS
    ]
