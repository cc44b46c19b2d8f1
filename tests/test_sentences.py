"""The one sentence splitter (text/sentences.py) every stage uses."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pelican.plugins.briefing.text.sentences import sentence_spans, split_sentences


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Rear Adm. Daniel Hagari spoke. The talks resumed.",
            ["Rear Adm. Daniel Hagari spoke.", "The talks resumed."],
        ),
        (
            "The U.S. and the U.N. agreed. Both signed.",
            ["The U.S. and the U.N. agreed.", "Both signed."],
        ),
        (
            "On Feb. 21 and Sept. 5 it rained. It was May. Then June.",
            ["On Feb. 21 and Sept. 5 it rained.", "It was May.", "Then June."],
        ),
        (
            "He met J. R. Smith at No. 10 at 3 p.m. on Monday.",
            ["He met J. R. Smith at No. 10 at 3 p.m. on Monday."],
        ),
        ('He said: "No." Then he left.', ['He said: "No."', "Then he left."]),
        (
            '"Is it over?" she asked. "Yes!" He nodded.',
            ['"Is it over?" she asked.', '"Yes!"', "He nodded."],
        ),
        ("Killed 40. 50 more died.", ["Killed 40.", "50 more died."]),
        ("It ended (finally.) Then rain.", ["It ended (finally.)", "Then rain."]),
        (
            "A lower-case start. is not a new sentence.",
            ["A lower-case start. is not a new sentence."],
        ),
        ("Élan was lost. Éric won.", ["Élan was lost.", "Éric won."]),
    ],
)
def test_sentences(text, sentences):
    assert split_sentences(text) == sentences


@given(st.text(alphabet=st.sampled_from(list('Ab. 1?!"“”()Mr')), max_size=60))
def test_spans_cover_the_text_in_order_without_losing_a_character(text):
    spans = sentence_spans(text)
    assert spans[0][0] == 0
    for (start, end), (following, _) in zip(spans, spans[1:], strict=False):
        assert start <= end <= following
        assert text[end:following].strip() == ""
    assert "".join(text[s:e] for s, e in spans).replace(" ", "") == text.rstrip().replace(" ", "")
