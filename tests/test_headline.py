"""Headline and summary from a seed's lede."""

from __future__ import annotations

import pytest

from pelican.plugins.briefing.importer.headline import choose_lede, summarise_lede


def test_lede_headline_and_summary():
    lede = summarise_lede(
        "Israel said on Sunday it had withdrawn more soldiers from southern Gaza, leaving just "
        "one brigade. However, its Defense Minister Yoav Gallant said the troops will be "
        "preparing for future operations in Gaza. A third sentence."
    )
    assert lede.title == (
        "Israel said on Sunday it had withdrawn more soldiers from southern Gaza, leaving just "
        "one brigade"
    )
    assert lede.summary.endswith("preparing for future operations in Gaza.")
    assert "third" not in lede.summary


def test_lede_does_not_split_at_abbreviations_and_trims_long_sentences():
    lede = summarise_lede("The U.S. envoy met Mr. Smith on Feb. 21 in Cairo. He left.")
    assert lede.title == "The U.S. envoy met Mr. Smith on Feb. 21 in Cairo"
    long_lede = summarise_lede("word " * 25_000)
    assert long_lede.title == ("word " * 22).strip() + "\u2026"
    assert len(long_lede.summary) <= 300


@pytest.mark.parametrize(
    ("paragraphs", "title"),
    [
        # A speech: salutations, thanks and an address to named people are not the news.
        (
            [
                "Thank you, Madam Chair. Director General Okafor, Minister Lindqvist, I want to "
                "thank you for your briefings. The flooding has displaced 300,000 people.",
            ],
            "The flooding has displaced 300,000 people",
        ),
        # A form of address is dropped, the sentence it opens is kept.
        (
            ["Good afternoon.", "Colleagues, the vote tonight sends a clear message to Khartoum."],
            "The vote tonight sends a clear message to Khartoum",
        ),
        # A press call: the speaker label and the moderator's courtesies go.
        (
            ["MODERATOR: Hi, everyone. Thanks for joining us. The minister will speak first."],
            "The minister will speak first",
        ),
        (
            [
                "At the top, I want to express my condolences to the people of Morocco.",
                "The council met for the third time this week.",
            ],
            "The council met for the third time this week",
        ),
        # A dateline-only line and a crosshead are skipped; a dateline is stripped.
        (
            ["NAIROBI —", "Floods in Kenya", "NAIROBI — Rain fell for a ninth day."],
            "Rain fell for a ninth day",
        ),
        (["(LIMA, Peru) --The congress voted on Thursday."], "The congress voted on Thursday"),
        # A sentence that opens with a phrase is not an address ("In Gaza, we ...").
        (["In Gaza, we saw whole streets destroyed."], "In Gaza, we saw whole streets destroyed"),
    ],
)
def test_headline_is_the_first_sentence_that_reports_something(paragraphs, title):
    lede = choose_lede(paragraphs)
    assert lede is not None
    assert lede.title == title


def test_nothing_but_courtesies_gives_no_headline():
    assert choose_lede(["Thank you, Mr. President.", "Good morning, everyone."]) is None
