"""Datelines: where a wire story says where and when it was filed, and who filed it."""

from __future__ import annotations

import pytest

from pelican.plugins.briefing.text.datelines import find_dateline


@pytest.mark.parametrize(
    ("paragraph", "text", "credit", "month_day", "year"),
    [
        (
            "JERUSALEM, Feb. 21 (Xinhua) -- Israel will",
            "JERUSALEM, Feb. 21 (Xinhua)",
            "Xinhua",
            (2, 21),
            None,
        ),
        (
            "GAZA CITY, March 3 (Reuters) - Aid",
            "GAZA CITY, March 3 (Reuters)",
            "Reuters",
            (3, 3),
            None,
        ),
        ("WASHINGTON (AP) \u2014 The Senate", "WASHINGTON (AP)", "AP", (None, None), None),
        (
            "Cairo, April 2, 2024 (AFP) \u2013 Talks",
            "Cairo, April 2, 2024 (AFP)",
            "AFP",
            (4, 2),
            2024,
        ),
        (
            "RAMALLAH, West Bank, Jan. 5 (Reuters) - x",
            "RAMALLAH, West Bank, Jan. 5 (Reuters)",
            "Reuters",
            (1, 5),
            None,
        ),
        ("GAZA, March 3 -- Strikes", "GAZA, March 3", None, (3, 3), None),
    ],
)
def test_dateline_is_found_with_its_credit_and_date(paragraph, text, credit, month_day, year):
    found = find_dateline(paragraph)
    assert found is not None
    assert (found.text, found.credit, (found.month, found.day), found.year) == (
        text,
        credit,
        month_day,
        year,
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        "Israel said on Sunday it had withdrawn more soldiers - a move",
        "Hamas (the group) - said",
        "Gaza, March 3 -- lower-case place without credit is prose",
        "x" * 200_000,
        "",
    ],
)
def test_prose_has_no_dateline(paragraph):
    assert find_dateline(paragraph) is None


def test_dateline_end_is_where_the_story_begins():
    found = find_dateline("JERUSALEM, Feb. 21 (Xinhua) -- Israel will send")
    assert found is not None
    assert "JERUSALEM, Feb. 21 (Xinhua) -- Israel will send"[found.end :] == "Israel will send"


@pytest.mark.parametrize(
    ("paragraph", "text", "month_day"),
    [
        ("GAZA, 10 avril (AFP) - Les frappes", "GAZA, 10 avril (AFP)", (4, 10)),
        ("MADRID, 3 de mayo (EFE) - x", None, None),  # "de" between: not a dateline date
        ("WASHINGTON, DC\u2014Today, forces struck", "WASHINGTON, DC", (None, None)),
        ("WASHINGTON \u2014U.S. President Joe Biden", "WASHINGTON", (None, None)),
        (
            "JOINT BASE SAN ANTONIO-FORT SAM HOUSTON, Texas - The Army",
            "JOINT BASE SAN ANTONIO-FORT SAM HOUSTON, Texas",
            (None, None),
        ),
        ("(LIMA, Peru) --The congress voted", "(LIMA, Peru)", (None, None)),
        ("CAIRO - The head of the agency", "CAIRO", (None, None)),
        ("NAIROBI/JUBA, 3 March 2025 – The agency", "NAIROBI/JUBA, 3 March 2025", (3, 3)),
    ],
)
def test_datelines_without_a_credit_or_in_other_languages(paragraph, text, month_day):
    found = find_dateline(paragraph)
    if text is None:
        assert found is None
        return
    assert (found.text, (found.month, found.day)) == (text, month_day)


@pytest.mark.parametrize(
    "paragraph",
    [
        "AMBASSADOR LINDA THOMAS-GREENFIELD: Thank you",  # a hyphen inside a name is no dash
        "NATO - the alliance met",  # the story must start after the dash
        "UN - The agency",  # too short to be a place alone
        "The U.S.-backed plan - which failed",
    ],
)
def test_what_is_not_a_dateline(paragraph):
    assert find_dateline(paragraph) is None


def test_a_caption_label_in_capitals_is_not_a_place():
    assert find_dateline("FILE - Protesters march in Tel Aviv, Israel, Nov. 4, 2023.") is None
