"""The one-file briefing (site/onefile.py and theme/templates/onefile.html)."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from pelican.plugins.briefing.site.lookups import CorpusIndex
from pelican.plugins.briefing.site.onefile import render_onefile
from tests.corpus import ROOT
from tests.sitecorpus import seed_index, small_index

TEMPLATES = ROOT / "theme" / "templates"
STYLESHEET = (ROOT / "theme" / "static" / "css" / "briefing.css").read_text(encoding="utf-8")


def render(index: CorpusIndex, stylesheet: str = STYLESHEET) -> BeautifulSoup:
    """Render the one-file briefing with the real template and parse it."""
    return BeautifulSoup(
        render_onefile(index, TEMPLATES, stylesheet, "Test briefing"), "html.parser"
    )


def unresolved_anchors(soup: BeautifulSoup) -> list[str]:
    """Every ``href="#x"`` whose target id is not in the page."""
    ids = {tag["id"] for tag in soup.select("[id]")}
    return [a["href"] for a in soup.select('a[href^="#"]') if a["href"][1:] not in ids]


def external_references(soup: BeautifulSoup) -> list[str]:
    """Every reference to another file: any src, any <link>, any href not an anchor or http(s)."""
    found = [str(tag) for tag in soup.select("[src], link, script, img, iframe, object")]
    return found + [
        a["href"] for a in soup.select("[href]") if not a["href"].startswith(("#", "https://"))
    ]


def test_small_briefing_has_contents_topics_articles_figures_timeline():
    soup = render(small_index())
    assert [a["href"] for a in soup.select("#contents > ol > li > a")] == [
        "#topics",
        "#articles",
        "#figures",
        "#timeline",
    ]
    assert [h.get_text() for h in soup.select("#topics h3")] == ["Rafah", "Humanitarian aid"]
    rafah = soup.select_one("#topic-rafah")
    assert rafah.select_one("blockquote p").get_text() == "Rafah & more"
    assert rafah.select_one("blockquote footer a")["href"] == "#article-first-p2"
    assert [p["id"] for p in soup.select("#articles p.para")] == [
        "article-first-p1",
        "article-first-p2",
        "article-second-p1",
    ]
    assert soup.select_one("#figures td a")["href"] == "#article-first-p2"
    assert soup.select_one("#timeline a")["href"] == "#article-second-p1"
    assert soup.select_one("a.original")["href"] == "https://example.org/talks"


def test_small_briefing_is_self_contained_and_every_anchor_resolves():
    soup = render(small_index())
    assert unresolved_anchors(soup) == []
    assert external_references(soup) == []
    # Skip link 1, contents 8, topic pages 3 (two headlines, one excerpt), topic chips 2,
    # figure 1, event 1.
    assert len(soup.select('a[href^="#"]')) == 16


def test_article_text_is_escaped():
    html = render_onefile(small_index(), TEMPLATES, STYLESHEET, "Test <b>briefing</b>")
    assert "Aid &lt;arrives&gt;" in html and "<arrives>" not in html
    assert "Test &lt;b&gt;briefing&lt;/b&gt;" in html


def test_styles_are_inline_and_allowed_by_their_hash():
    soup = render(small_index(), "p { color: red; } /* </style><script>x()</script> */")
    style = soup.find("style").string
    assert style == "p { color: red; } /* <\\/style><script>x()<\\/script> */"
    assert soup.find("script") is None
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    policy = soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"})["content"]
    assert policy.startswith(f"default-src 'none'; style-src 'sha256-{digest}'")


def test_seed_briefing_holds_every_seed_paragraph():
    soup = render(seed_index())
    # 000 has 12 non-empty lines, 001 has 34, 002 has 8.
    assert len(soup.select("#articles p.para")) == 12 + 34 + 8
    assert len(soup.select("#articles article")) == 3
    assert unresolved_anchors(soup) == []
    assert external_references(soup) == []


@pytest.fixture(scope="module")
def built_onefile(seed_project) -> Path:
    return seed_project / "dist" / "briefing.html"


def test_build_writes_the_one_file_briefing_next_to_the_bundle(built_onefile):
    soup = BeautifulSoup(built_onefile.read_text(encoding="utf-8"), "html.parser")
    assert len(soup.select("#articles article")) == 3
    assert len(soup.select("#topics .onefile-topic")) >= 3
    assert unresolved_anchors(soup) == []
    assert external_references(soup) == []
    assert "@media print" in soup.find("style").string


def test_a_limit_keeps_the_newest_articles_says_so_and_leaves_no_dangling_anchor():
    index = small_index()
    newest, older = (a.slug for a in index.articles())
    soup = BeautifulSoup(
        render_onefile(index, TEMPLATES, STYLESHEET, "Test briefing", limit=1), "html.parser"
    )
    assert [a["id"] for a in soup.select("#articles article")] == [f"article-{newest}"]
    lede = " ".join(soup.select_one(".onefile-header .lede").get_text().split())
    assert "These are the 1 newest of the briefing's 2 articles" in lede
    assert f"article-{older}" not in str(soup)
    assert unresolved_anchors(soup) == [] and external_references(soup) == []


def test_a_limit_at_or_above_the_corpus_size_keeps_the_whole_briefing():
    for limit in (0, 2, 3):
        soup = BeautifulSoup(
            render_onefile(small_index(), TEMPLATES, STYLESHEET, "Test", limit=limit), "html.parser"
        )
        assert len(soup.select("#articles article")) == 2
        assert (
            "The whole briefing in one file" in soup.select_one(".onefile-header .lede").get_text()
        )
