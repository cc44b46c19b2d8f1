"""Headline and summary from a seed's lede."""

from __future__ import annotations

from pelican.plugins.briefing.importer.headline import summarise_lede


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
