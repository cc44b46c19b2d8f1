"""Clean-up of a seed's lines: captions, sign-offs moved to credits, repeats removed."""

from __future__ import annotations

import pytest

from pelican.plugins.briefing.importer.clean import CleanParagraph, clean_paragraphs
from tests.corpus import seed_lines


def test_seed_002_caption_appears_once_marked_caption_and_end_mark_is_a_credit():
    cleaned = clean_paragraphs(seed_lines("002"))
    assert [p.kind for p in cleaned.paragraphs] == ["caption"] + ["body"] * 6
    assert cleaned.paragraphs[0].text.endswith("(Tomer Neuberg/JINI via Xinhua)")
    assert cleaned.paragraphs[-1].text == (
        "In November last year, Israel and Hamas conducted a hostage-for-prisoner swap "
        "under a fragile truce."
    )
    assert cleaned.credits == ("\u25a0",)


def test_seed_000_sign_off_becomes_a_credit():
    cleaned = clean_paragraphs(seed_lines("000"))
    assert cleaned.credits == ("(Input from agencies)",)
    assert len(cleaned.paragraphs) == 11
    assert all(p.kind == "body" for p in cleaned.paragraphs)


def test_seed_001_is_all_body_and_keeps_every_paragraph():
    lines = seed_lines("001")
    cleaned = clean_paragraphs(lines)
    assert [p.text for p in cleaned.paragraphs] == [" ".join(line.split()) for line in lines]
    assert cleaned.credits == ()


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Smoke rises over Khan Younis on Monday. (AFP photo)", "caption"),
        ("Photo: Smoke rises over Khan Younis on Monday.", "caption"),
        ("Smoke rises over the city. (Photo by Jane Doe/Reuters)", "caption"),
        ("The army said the operation would last 24/7 (24/7).", "body"),
        ("The statement was published by the agency (Xinhua).", "body"),
    ],
)
def test_caption_detection(line, kind):
    assert clean_paragraphs([line]).paragraphs == (CleanParagraph(line, kind),)


@pytest.mark.parametrize(
    "line",
    ["(Input from agencies)", "(Reporting by Jane Doe; Editing by John Roe)", "\u25a0", "(END)"],
)
def test_sign_off_lines_become_credits(line):
    cleaned = clean_paragraphs(["Talks resumed on Monday.", line])
    assert cleaned.paragraphs == (CleanParagraph("Talks resumed on Monday."),)
    assert cleaned.credits == (line,)


def test_short_repeated_line_is_kept_once_as_body():
    cleaned = clean_paragraphs(["---", "Story text here.", "---"])
    assert cleaned.paragraphs == (CleanParagraph("---"), CleanParagraph("Story text here."))
