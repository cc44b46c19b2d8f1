"""A seed's draft article: what its text alone says (headline, dateline, date, outlets), with
the words each inferred value comes from, and no value the text does not support."""

from __future__ import annotations

from datetime import date

import pytest

from pelican.plugins.briefing.importer.draft import draft_article
from tests.corpus import OUTLETS, seed_lines


def test_draft_of_seed_002_without_manifest():
    draft = draft_article(seed_lines("002"), outlets=OUTLETS)
    assert draft.dateline == "JERUSALEM, Feb. 21 (Xinhua)"
    assert draft.date == date(2024, 2, 21)  # year from the caption's "Feb. 21, 2024"
    assert draft.outlets == ("Xinhua",)
    assert draft.title == (
        "Israel will send a delegation for Gaza ceasefire talks in Cairo only after it "
        "receives more indications that\u2026"
    )
    assert draft.summary.startswith("Israel will send a delegation")
    evidence = dict(draft.evidence)
    assert evidence["date"] == (
        "dateline 'JERUSALEM, Feb. 21 (Xinhua)', year from 'Feb. 21, 2024' in the text"
    )
    assert evidence["source"] == "dateline credit '(Xinhua)'"


def test_seeds_000_and_001_credit_what_their_sign_offs_say_not_who_is_quoted():
    assert draft_article(seed_lines("000"), outlets=OUTLETS).outlets == ("Agencies",)
    # Seed 001 says "told AFP", "AFP photos" and "an AFP tally": sources, not a credit.
    draft = draft_article(seed_lines("001"), outlets=OUTLETS)
    assert (draft.outlets, draft.dateline, draft.date) == ((), None, None)


@pytest.mark.parametrize(
    ("lines", "published"),
    [
        # The year no text gives is never guessed: not the file's, not this year.
        (["NAIROBI, May 3 (Reuters) - Floods swept through the capital."], None),
        (["KYIV, 10 avril (AFP) - Les frappes ont repris."], None),
        # A full date on the dateline's day gives its year.
        (
            ["NAIROBI, May 3 (Reuters) - Floods that began on May 3, 2024, swept the city."],
            date(2024, 5, 3),
        ),
        # Else the first such day after the latest full date the text mentions.
        (
            [
                "TEL AVIV, June 8 (AP) — Four hostages were rescued.",
                "The talks collapsed on June 5, 2024, officials said.",
            ],
            date(2024, 6, 8),
        ),
        (
            [
                "KYIV, Jan. 4 (Reuters) - Drones struck the city.",
                "Russia launched its largest attack on Dec. 29, 2023.",
            ],
            date(2024, 1, 4),
        ),
        # A dateline that spells its year is enough.
        (["Cairo, April 2, 2024 (AFP) – Talks resumed."], date(2024, 4, 2)),
        # No dateline: no date, even if the text is full of them.
        (["Voters went to the polls on Feb. 14, 2024, in the archipelago."], None),
    ],
)
def test_publication_date_only_when_the_text_fixes_it(lines, published):
    assert draft_article(lines, outlets=OUTLETS).date == published


def test_inferred_values_name_their_evidence():
    draft = draft_article(
        [
            "Good morning, everyone.",
            "LIMA, March 9 (Reuters) - Peru's congress voted to remove the president on March "
            "9, 2023.",
        ],
        outlets=OUTLETS,
    )
    assert dict(draft.evidence) == {
        "title": "first news sentence, ¶ p2",
        "dateline": "start of ¶ p2: 'LIMA, March 9 (Reuters)'",
        "date": "dateline 'LIMA, March 9 (Reuters)', year from 'March 9, 2023' in the text",
        "source": "dateline credit '(Reuters)'",
    }
