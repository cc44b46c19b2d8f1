"""A seed's draft article: its text's paragraphs, credits, headline, dateline, date and outlet."""

from __future__ import annotations

from datetime import date

from pelican.plugins.briefing.importer.draft import draft_article
from tests.corpus import OUTLETS, seed_lines


def test_draft_of_seed_002_without_manifest():
    draft = draft_article(seed_lines("002"), outlets=OUTLETS, file_date=date(2030, 1, 1))
    assert draft.dateline == "JERUSALEM, Feb. 21 (Xinhua)"
    assert draft.date == date(2024, 2, 21)  # year from the caption's "Feb. 21, 2024"
    assert draft.source == "Xinhua"
    assert draft.title == (
        "Israel will send a delegation for Gaza ceasefire talks in Cairo only after it "
        "receives more indications that\u2026"
    )
    assert draft.summary.startswith("Israel will send a delegation")


def test_draft_sources_of_seeds_000_and_001():
    assert draft_article(seed_lines("000"), outlets=OUTLETS, file_date=date(2030, 1, 1)).source == (
        "Agencies"
    )
    draft = draft_article(seed_lines("001"), outlets=OUTLETS, file_date=date(2030, 1, 1))
    assert (draft.source, draft.dateline, draft.date) == ("AFP", None, None)


def test_dateline_year_falls_back_to_the_file_year():
    draft = draft_article(
        ["GAZA, March 3 (AFP) - Strikes."], outlets=OUTLETS, file_date=date(2031, 5, 1)
    )
    assert draft.date == date(2031, 3, 3)
