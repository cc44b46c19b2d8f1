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
        '<p id="p1" class="para">Gaps are narrowing &amp; &lt;b&gt;firm&lt;/b&gt;. <a class="permalink" href="#p1">¶</a></p>',
        '<p id="p2" class="para">Talks <a class="mention" href="x.html">resume</a> on Friday.</p>',
    )
    assert check_fidelity([ARTICLE], lambda url: shown) == []


def test_a_missing_or_altered_paragraph_is_named():
    shown = page('<p id="p1" class="para caption">Gaps are widening.</p>')
    assert check_fidelity([ARTICLE], lambda url: shown) == [
        "articles/a.html#p1: paragraph text altered",
        "articles/a.html#p2: paragraph missing from page",
    ]
