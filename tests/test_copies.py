"""Copies among seeds: exact and near duplicates."""

from __future__ import annotations

from pelican.plugins.briefing.importer.copies import Copy, find_duplicates


def test_duplicates_exact_near_and_unrelated():
    story = ["one a b c", "two a b c", "three a b c", "four a b c", "five a b c"]
    extended = [*story[:2], "three a b c plus one", *story[3:]]
    other = ["six", "seven", "eight"]
    assert find_duplicates([story, other, list(story), extended]) == (
        None,
        None,
        Copy(0, exact=True),
        Copy(0, exact=False),
    )


def test_three_of_five_shared_is_not_a_duplicate():
    story = ["p1", "p2", "p3", "p4", "p5"]
    assert find_duplicates([story, ["p1", "p2", "p3", "x4", "x5"]]) == (None, None)
