"""The look-ups of site/lookups.py: here, the sentence around a mention on entity pages."""

from __future__ import annotations

import pytest

from pelican.plugins.briefing.model import Mention, Paragraph
from pelican.plugins.briefing.site.html import SNIPPET_SIDE, snippet


def cut(text: str, surface: str) -> tuple[str, str, str]:
    """The snippet of the first ``surface`` in ``text`` as (before, surface, after)."""
    start = text.index(surface)
    mention = Mention("x", "a", "p1", start, start + len(surface), surface)
    found = snippet(Paragraph("p1", text, text), mention)
    return found.before, found.surface, found.after


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Hamas said no.", "Hamas", ("", "Hamas", " said no.")),
        (
            "Talks stalled. Then Qatar stepped in. Egypt waited.",
            "Qatar",
            ("Then ", "Qatar", " stepped in."),
        ),
        (
            "Mr. Smith met Gen. Halevi on Feb. 3. He left.",
            "Halevi",
            ("Mr. Smith met Gen. ", "Halevi", " on Feb. 3."),
        ),
        ('"It is over," Blinken said. Next.', "Blinken", ('"It is over," ', "Blinken", " said.")),
    ],
)
def test_snippet_is_the_sentence_of_the_mention(text, surface, expected):
    assert cut(text, surface) == expected


def test_long_sentences_are_shortened_at_a_word_on_both_sides():
    words = " ".join(f"word{n}" for n in range(100))
    before, surface, after = cut(f"{words} Israel {words}.", "Israel")
    assert before.startswith("…") and after.endswith("…")
    assert len(before) <= SNIPPET_SIDE + 1 and len(after) <= SNIPPET_SIDE + 1
    assert before.endswith("word99 ") and after.startswith(" word0")
    assert all(w.startswith("word") for w in before[1:].split() + after[:-1].split())
