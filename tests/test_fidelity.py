"""The build's own fidelity check: every imported paragraph must reach its page unchanged."""

from __future__ import annotations

from datetime import date

from pelican.plugins.briefing.model import Article, Paragraph
from pelican.plugins.briefing.publish.fidelity import check_fidelity

ARTICLE = Article(
    "a",
    "A",
    date(2024, 3, 21),
    "AFP",
    (
        Paragraph(
            "p1",
            "Gaps are narrowing & <b>firm</b>.",
            "Gaps are narrowing &amp; &lt;b&gt;firm&lt;/b&gt;.",
        ),
        Paragraph("p2", "Talks resume on Friday.", "Talks resume on Friday."),
    ),
    url="articles/a.html",
)


def page(*paragraphs: str) -> str:
    """An article page as the theme writes it."""
    return "".join(paragraphs)


def test_a_faithful_page_passes():
    shown = page(
        '<p id="p1" class="para" data-paragraph="p1">Gaps are narrowing &amp; &lt;b&gt;firm&lt;/b&gt;. <a class="permalink" href="#p1">¶</a></p>',
        '<p id="p2" class="para" data-paragraph="p2">Talks <a class="mention" href="x.html">resume</a> on Friday.</p>',
    )
    assert check_fidelity([ARTICLE], lambda url: shown) == []


def test_a_missing_or_altered_paragraph_is_named():
    shown = page('<p id="p1" class="para caption" data-paragraph="p1">Gaps are widening.</p>')
    assert check_fidelity([ARTICLE], lambda url: shown) == [
        "articles/a.html#p1: paragraph text altered",
        "articles/a.html#p2: paragraph missing from page",
    ]


def test_paragraphs_are_found_by_their_marker_not_by_the_theme_classes():
    shown = page(
        # Another theme: other elements and classes, the marker where the contract says.
        '<div class="graf" data-paragraph="p1"><span>Photo:</span> Gaps are narrowing &amp;'
        " &lt;b&gt;firm&lt;/b&gt;.</div>",
        # The old class names without the marker are not a paragraph of the contract.
        '<p id="p2" class="para">Talks resume on Friday.</p>',
    )
    assert check_fidelity([ARTICLE], lambda url: shown) == [
        "articles/a.html#p2: paragraph missing from page",
    ]
