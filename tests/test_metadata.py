"""What pages tell search engines and link previews: NewsArticle data, descriptions, canonical
links, Open Graph and Twitter tags, the favicon, robots.txt and the 404 page."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sitebuild import PUBLISHED, make_project, news_article, page, run_pelican

PAGES = ("index.html", "topics/rafah.html", "search.html", "entities/hamas.html", "quotes.html")

STATED = """---
title: Strikes hit Khan Younis overnight
source: null
author: Mira Haddad
slug: stated
url: https://news.example.net/2024/khan-younis
---

{#p1}
Strikes hit Khan Younis overnight, residents said.
"""


def strings(value) -> list[str]:
    """Every string in a JSON value."""
    if isinstance(value, dict):
        return [s for item in value.values() for s in strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in strings(item)]
    return [value] if isinstance(value, str) else []


def meta(soup, name: str) -> str | None:
    """The content of a meta element named (or with the property) ``name``."""
    found = soup.find("meta", attrs={"name": name}) or soup.find("meta", property=name)
    return found["content"] if found else None


def article_pages(site: Path) -> list[str]:
    """Site-relative paths of the article pages."""
    return sorted(p.relative_to(site).as_posix() for p in (site / "articles").glob("*.html"))


def test_a_published_article_says_where_it_is_and_what_it_is(published_site):
    for path in article_pages(published_site):
        soup = page(published_site, path)
        record = news_article(soup)
        address = f"{PUBLISHED}/{path}"
        assert soup.find("link", rel="canonical")["href"] == address
        assert meta(soup, "og:url") == address
        assert record["url"] == address
        assert record["mainEntityOfPage"] == {"@type": "WebPage", "@id": address}
        assert record["headline"] == soup.h1.get_text() == meta(soup, "og:title")
        assert record["datePublished"] == soup.select_one("header time")["datetime"]
        assert record["publisher"]["name"] == soup.select_one(".meta .source").get_text()
        assert "" not in strings(record) and "None" not in strings(record)
        assert meta(soup, "og:type") == "article"
        assert meta(soup, "description") == meta(soup, "og:description") != ""


def test_a_local_article_states_no_address_it_cannot_know(seed_site):
    for path in article_pages(seed_site):
        soup = page(seed_site, path)
        record = news_article(soup)
        assert not {"url", "mainEntityOfPage"} & record.keys()
        assert soup.find("link", rel="canonical") is None and meta(soup, "og:url") is None


@pytest.mark.parametrize("path", PAGES)
def test_every_page_has_a_description_and_a_link_preview(published_site, path):
    soup = page(published_site, path)
    assert meta(soup, "description").strip()
    assert meta(soup, "og:title").strip() and meta(soup, "og:site_name") == "Gaza war briefing"
    assert meta(soup, "twitter:card") == "summary"
    assert soup.find("link", rel="canonical")["href"] == f"{PUBLISHED}/{path}"
    icon = soup.find("link", rel="icon")["href"]
    assert (published_site / path).parent.joinpath(icon).resolve().is_file()


def test_robots_txt_points_at_the_sitemap(published_site, seed_site):
    assert (published_site / "robots.txt").read_text(encoding="utf-8") == (
        f"User-agent: *\nAllow: /\nSitemap: {PUBLISHED}/sitemap.xml\n"
    )
    assert (seed_site / "robots.txt").read_text(encoding="utf-8") == "User-agent: *\nAllow: /\n"


def test_the_404_page_works_at_any_depth_and_is_not_indexed(published_site, seed_site):
    soup = page(published_site, "404.html")
    assert meta(soup, "robots") == "noindex" and soup.find("link", rel="canonical") is None
    links = [a["href"] for a in soup.select("main a")]
    assert links == [
        f"{PUBLISHED}/index.html",
        f"{PUBLISHED}/archives.html",
        f"{PUBLISHED}/search.html",
    ]
    assert soup.find("link", rel="stylesheet")["href"] == f"{PUBLISHED}/theme/css/briefing.css"
    assert page(seed_site, "404.html").h1.get_text() == "Page not found"


def test_an_article_states_its_author_and_original_and_leaves_out_the_unknown(tmp_path):
    project = make_project(tmp_path / "site", seeds=[])
    (project / "content" / "articles" / "stated.md").write_text(STATED, encoding="utf-8")
    finished = run_pelican(project, settings="publishconf.py", site_url=PUBLISHED)
    assert finished.returncode == 0, finished.stdout + finished.stderr
    soup = page(project / "output", "articles/stated.html")
    record = news_article(soup)
    assert record["author"] == {"@type": "Person", "name": "Mira Haddad"}
    assert record["isBasedOn"] == "https://news.example.net/2024/khan-younis"
    assert not {"publisher", "datePublished", "dateModified", "dateline"} & record.keys()
    assert soup.select_one(".meta .author").get_text() == "By Mira Haddad"
    assert meta(soup, "article:published_time") is None
