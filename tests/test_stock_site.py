"""The plugin added to an existing Pelican site: its own posts, default theme and feeds stay its
own, and the briefing's pages appear beside them in the briefing's theme."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.sitebuild import ROOT, SEEDS, import_seeds, page, run_pelican

SETTINGS = """
AUTHOR = "Ada Lovelace"
SITENAME = "Ada's notes"
SITEURL = ""
PATH = "content"
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
# The name an installed wheel is found by is "briefing"; an editable install is found by
# its full name only (setuptools' editable finder cannot list namespace packages).
PLUGINS = ["pelican.plugins.briefing"]
"""
MARKDOWN_POST = """Title: Hello again
Date: 2024-01-02
Category: notes

Some *emphasis*, a [link](https://example.org) and <abbr title="HyperText">HTML</abbr>.
"""
RST_POST = """Second thoughts
###############

:date: 2024-01-03
:category: notes

Text with **strong** words.
"""


@pytest.fixture(scope="module")
def stock_site(tmp_path_factory) -> Path:
    """A stock Pelican site (default theme, Markdown and reStructuredText posts) with the
    plugin added and the seed articles imported into content/articles/."""
    pytest.importorskip("markdown", reason="a stock site's Markdown posts need Python-Markdown")
    site = tmp_path_factory.mktemp("stock")
    (site / "pelicanconf.py").write_text(SETTINGS, encoding="utf-8")
    posts = site / "content" / "posts"
    posts.mkdir(parents=True)
    (posts / "hello.md").write_text(MARKDOWN_POST, encoding="utf-8")
    (posts / "second.rst").write_text(RST_POST, encoding="utf-8")
    for name in ("taxonomy.yml", "gazetteer.yml"):
        shutil.copy(ROOT / "content" / name, site / "content" / name)
    seeds = site / "seeds"
    seeds.mkdir()
    for seed in [*SEEDS, ROOT / "seeds" / "manifest.yml"]:
        shutil.copy(seed, seeds / seed.name)
    import_seeds(site)
    finished = run_pelican(site)
    assert finished.returncode == 0, finished.stdout + finished.stderr
    said = finished.stdout + finished.stderr
    assert not re.search(r"(WARNING|ERROR) +briefing", said), said
    return site / "output"


def test_its_own_posts_render_in_its_own_theme_unescaped(stock_site):
    hello = page(stock_site, "hello-again.html")
    assert hello.find("link", href="/theme/css/main.css")  # Pelican's default theme
    body = hello.select_one(".entry-content")
    assert body.em.get_text() == "emphasis" and body.find("abbr", title="HyperText")
    assert "&lt;" not in (stock_site / "hello-again.html").read_text(encoding="utf-8")
    second = page(stock_site, "second-thoughts.html")
    assert second.select_one(".entry-content strong").get_text() == "strong"


def test_its_home_page_and_feed_are_its_own_and_list_every_post(stock_site):
    home = page(stock_site, "index.html")
    assert home.find("link", href="/theme/css/main.css")
    titles = " ".join(home.get_text().split())
    assert "Hello again" in titles and "Second thoughts" in titles
    feed = (stock_site / "feeds" / "all.atom.xml").read_text(encoding="utf-8")
    assert "Hello again" in feed and "Blinken visits Israel" in feed
    for name in ("sitemap.xml", "robots.txt", "404.html"):
        assert not (stock_site / name).exists(), name


def test_the_briefing_pages_appear_in_the_briefings_theme(stock_site):
    topic = page(stock_site, "topics/rafah.html")
    assert topic.h1.get_text() == "Rafah"
    assert len(topic.select(".topic-entry")) == 2
    stylesheet = topic.find("link", rel="stylesheet")["href"]
    assert stylesheet == "/theme/briefing/css/briefing.css"  # the site links from its root
    assert (stock_site / "theme" / "briefing" / "css" / "briefing.css").is_file()
    home = page(stock_site, "briefing.html")
    assert home.select(".topic-card") and home.select_one('nav a[href="/briefing.html"]')
    article = next(a for a in stock_site.glob("blinken-visits-*.html"))
    shown = page(stock_site, article.name)
    assert shown.select("[data-paragraph]") and shown.find("script", type="application/ld+json")
    assert not shown.find("link", href="/theme/css/main.css")
