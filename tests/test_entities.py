"""Tests for the gazetteer matcher and candidate names (briefing.entities)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pelican.plugins.briefing.analysis.editorial import load_gazetteer
from pelican.plugins.briefing.analysis.entities import EntityFindings, find_mentions
from pelican.plugins.briefing.model import Article, Entity, Gazetteer, Paragraph
from tests.corpus import GAZETTEER, seed_articles

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "entities"
SMALL = load_gazetteer(FIXTURES / "gazetteer.yml")


def article(*texts: str) -> Article:
    """Return an article with one paragraph per text, anchors p1, p2..."""
    paragraphs = tuple(Paragraph(f"p{n}", text, text) for n, text in enumerate(texts, 1))
    return Article("test", "Test", date(2024, 5, 1), "Test", paragraphs)


def found(text: str, gazetteer: Gazetteer = SMALL) -> list[tuple[str, str]]:
    """Return ``(entity, surface)`` for each mention in a one-paragraph article."""
    return [(m.entity, m.surface) for m in find_mentions(article(text), gazetteer).mentions]


def candidates(*texts: str, gazetteer: Gazetteer = SMALL) -> list[str]:
    """Return the candidate names of an article."""
    return [c.name for c in find_mentions(article(*texts), gazetteer).candidates]


def without(*ids: str) -> Gazetteer:
    """Return the real gazetteer minus the entities ``ids``."""
    return Gazetteer(tuple(e for e in GAZETTEER.entities if e.id not in ids))


# --- Matching edge cases ----------------------------------------------------------------


def test_longest_match_wins_and_matches_do_not_overlap():
    assert found("A UN Security Council vote and a UN panel.") == [
        ("un-security-council", "UN Security Council"),
        ("united-nations", "UN"),
    ]


def test_all_caps_alias_never_matches_inside_words_or_in_lower_case():
    assert found("Funding for us and the un-named fund.") == []
    assert found("The US and the U.S. and the USA.") == [
        ("united-states", "US"),
        ("united-states", "U.S."),
    ]


def test_name_does_not_match_a_longer_word():
    assert found("Israeli troops entered Israel.") == [("israel", "Israel")]


def test_possessives_match_the_entity():
    assert found("Hamas's fighters, Hamas' leaders and Israel’s army.") == [
        ("hamas", "Hamas"),
        ("hamas", "Hamas"),
        ("israel", "Israel"),
    ]


def test_capitalised_alias_needs_a_capital_in_the_text():
    assert found("The fire burns. Burns met the CIA director.") == [
        ("william-burns", "Burns"),
        ("cia", "CIA"),
    ]
    assert found("JERUSALEM, Feb. 21 -- HAMAS said") == [
        ("jerusalem", "JERUSALEM"),
        ("hamas", "HAMAS"),
    ]


def test_lower_case_alias_matches_in_any_case():
    assert found("The Health Ministry in Gaza said.") == [
        ("gaza-health-ministry", "Health Ministry in Gaza")
    ]


def test_city_name_wins_over_the_person_inside_it():
    assert found("Younis fled Khan Younis.") == [
        ("younis", "Younis"),
        ("khan-younis", "Khan Younis"),
    ]


def test_offsets_point_into_the_paragraph_text():
    text = "Talks in Cairo: the U.S. and Hamas's envoys met."
    mentions = find_mentions(article(text), SMALL).mentions
    assert [(m.start, m.end) for m in mentions] == [(9, 14), (20, 24), (29, 34)]
    assert [text[m.start : m.end] for m in mentions] == ["Cairo", "U.S.", "Hamas"]
    assert {(m.article, m.anchor) for m in mentions} == {("test", "p1")}


def test_first_entity_wins_a_shared_alias():
    twins = Gazetteer(
        (Entity("first", "Alpha", "person", aliases=("Al",)), Entity("second", "Al", "person"))
    )
    assert found("Al spoke.", twins) == [("first", "Al")]


def test_empty_gazetteer_finds_no_mentions_but_candidates():
    findings = find_mentions(article("Talks with Karl Berg ended."), Gazetteer(()))
    assert findings == EntityFindings((), findings.candidates)
    assert [c.name for c in findings.candidates] == ["Karl Berg"]


# --- Candidates -------------------------------------------------------------------------


def test_candidates_skip_sentence_starts_months_days_and_titles():
    assert candidates(
        "However, Defense Minister Karl Berg met Hamas on Sunday in March.",
        "Secretary of State Ana Silva spoke. Silva agreed.",
    ) == ["Karl Berg", "Ana Silva"]


def test_candidate_common_noun_written_in_lower_case_elsewhere_is_dropped():
    assert candidates("They will bring this Resolution to a vote.", "The resolution passed.") == []


def test_candidates_keep_name_particles_and_are_deduplicated():
    assert candidates(
        "He met Abdel-Fattah al-Sisi and Mohammed bin Salman.",
        "Later he met Mohammed bin Salman again.",
    ) == ["Abdel-Fattah al-Sisi", "Mohammed bin Salman"]


def test_candidate_reported_once_at_its_first_paragraph():
    findings = find_mentions(article("He met Karl Berg.", "Then Karl Berg left."), SMALL)
    assert [(c.name, c.anchor) for c in findings.candidates] == [("Karl Berg", "p1")]


# --- The seeds ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds() -> dict[str, Article]:
    """The three real seeds, keyed by file stem."""
    return {seed.slug: seed for seed in seed_articles().values()}


def test_full_gazetteer_leaves_no_candidates_in_the_seeds(seeds):
    for seed in seeds.values():
        assert find_mentions(seed, GAZETTEER).candidates == ()


def test_missing_entities_come_back_as_candidates(seeds):
    gazetteer = without("antony-blinken", "tomer-neuberg", "jini")
    found_names = {
        stem: [c.name for c in find_mentions(seed, gazetteer).candidates]
        for stem, seed in seeds.items()
    }
    assert found_names == {
        "000_5feb6058c6b34512": [],
        "001_486cdfaf399a01ed": ["Antony Blinken", "Blinken"],
        "002_c0b3df7f6ec2ca72": ["Tomer Neuberg", "JINI"],
    }


def test_seed_paragraph_mentions(seeds):
    mentions = find_mentions(seeds["001_486cdfaf399a01ed"], GAZETTEER).mentions
    first = [(m.entity, m.surface) for m in mentions if m.anchor == "p1"]
    assert first == [
        ("un-security-council", "UN Security Council"),
        ("united-states", "US"),
        ("united-states", "US"),
        ("antony-blinken", "Antony Blinken"),
        ("israel", "Israel"),
        ("gaza", "Gaza"),
    ]
    p28 = {m.entity for m in mentions if m.anchor == "p28"}
    assert p28 == {
        "david-barnea",
        "israel",
        "mossad",
        "doha",
        "egypt",
        "abbas-kamel",
        "qatar",
        "mohammed-bin-abdulrahman-al-thani",
        "cia",
        "william-burns",
    }


def test_every_seed_entity_is_mentioned(seeds):
    mentioned = {m.entity for s in seeds.values() for m in find_mentions(s, GAZETTEER).mentions}
    unused = {e.id for e in GAZETTEER.entities} - mentioned
    assert unused == {"khan-younis"}
