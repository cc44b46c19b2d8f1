"""Atom feeds of the published seed site, as the W3C feed validator and a feed reader see them."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import unquote, urlsplit
from xml.etree import ElementTree

import pytest

from tests.atom_rules import ATOM, entry_links, feed_problems
from tests.sitebuild import PUBLISHED, page

BAD_FEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Briefing</title><id>/</id><updated>2024-02-21</updated>
  <entry><title>One</title><id>tag:None,2024-02-21:articles/one.html</id>
    <link href="articles/one.html"/><updated>2024-02-21T00:00:00Z</updated></entry>
  <entry><title>One</title><id>tag:None,2024-02-21:articles/one.html</id>
    <link href="articles/one.html"/><updated>2024-02-21T00:00:00Z</updated></entry>
</feed>
"""


def feeds(site: Path) -> list[str]:
    """Site-relative paths of every feed the build wrote."""
    return sorted(path.relative_to(site).as_posix() for path in site.glob("feeds/**/*.atom.xml"))


def served_path(url: str) -> str:
    """The site-relative file a URL of the published site names; fails for any other URL."""
    assert url.startswith(PUBLISHED + "/"), url
    return unquote(urlsplit(url).path).removeprefix(urlsplit(PUBLISHED).path + "/")


def test_the_rules_catch_the_feed_the_issue_describes():
    problems = feed_problems(BAD_FEED, "https://briefing.example.org/feeds/all.atom.xml")
    kinds = {problem.split(":")[0] for problem in problems}
    assert {"InvalidFullLink", "InvalidRFC3339Date", "MissingSelf", "MissingAuthor"} <= kinds
    assert {"DuplicateIds", "InvalidTAG"} <= kinds
    # Resolved against the feed's own URL, as a reader does: the link misses the page.
    assert entry_links(BAD_FEED, "https://briefing.example.org/feeds/all.atom.xml")[0] == (
        "https://briefing.example.org/feeds/articles/one.html"
    )


def test_there_is_a_feed_of_everything_of_each_topic_and_of_each_person_and_organisation(
    published_site,
):
    data = json.loads((published_site / "briefing.json").read_text(encoding="utf-8"))
    written = set(feeds(published_site))
    assert "feeds/all.atom.xml" in written
    assert {f"feeds/topics/{t['slug']}.atom.xml" for t in data["topics"] if t["articles"]} <= (
        written
    )
    for entity in data["entities"]:
        path = f"feeds/entities/{entity['id']}.atom.xml"
        assert (path in written) == (entity["type"] in ("person", "organisation")), path


@pytest.mark.parametrize("kind", ["all", "topics", "entities"])
def test_every_feed_passes_the_feed_validators_rules(published_site, kind):
    checked = [path for path in feeds(published_site) if path.split("/")[1].startswith(kind)]
    assert checked
    for path in checked:
        text = (published_site / path).read_bytes()
        assert feed_problems(text, f"{PUBLISHED}/{path}") == [], path


def test_every_entry_link_resolved_as_a_feed_reader_does_finds_its_page(published_site):
    for path in feeds(published_site):
        text = (published_site / path).read_bytes()
        root = ElementTree.fromstring(text)
        titles = [entry.findtext(f"{ATOM}title") for entry in root.findall(f"{ATOM}entry")]
        links = entry_links(text, f"{PUBLISHED}/{path}")
        assert len(links) == len(titles) > 0, path
        for link, title in zip(links, titles, strict=True):
            target = served_path(link)
            assert (published_site / target).is_file(), f"{path}: {link}"
            assert page(published_site, target).h1.get_text() == title


def test_a_feed_lists_its_pages_articles_newest_first(published_site):
    root = ElementTree.parse(published_site / "feeds" / "topics" / "rafah.atom.xml").getroot()
    listed = [served_path(link) for link in entry_links(ElementTree.tostring(root), PUBLISHED)]
    shown = page(published_site, "topics/rafah.html").select(".topic-entry h2 a")
    on_page = [f"articles/{a['href'].rsplit('/', 1)[-1]}" for a in shown]
    assert listed == on_page and len(listed) == 2
    published = [entry.findtext(f"{ATOM}published") for entry in root.findall(f"{ATOM}entry")]
    assert published == sorted(published, reverse=True)


def test_pages_link_the_feeds_that_exist(published_site):
    topic = page(published_site, "topics/rafah.html")
    alternate = [link["href"] for link in topic.select('link[rel="alternate"]')]
    assert alternate == ["../feeds/all.atom.xml", "../feeds/topics/rafah.atom.xml"]
    person = page(published_site, "entities/antony-blinken.html")
    assert person.select_one('link[title$="Antony Blinken"]')["href"] == (
        "../feeds/entities/antony-blinken.atom.xml"
    )
    place = page(published_site, "entities/rafah.html")
    assert [link["href"] for link in place.select('link[rel="alternate"]')] == [
        "../feeds/all.atom.xml"
    ]


def test_the_sitemap_lists_every_page_by_its_absolute_address(published_site):
    sitemap = ElementTree.parse(published_site / "sitemap.xml").getroot()
    namespace = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    locations = [loc.text for loc in sitemap.iter(f"{namespace}loc")]
    assert f"{PUBLISHED}/topics/rafah.html" in locations
    assert all((published_site / served_path(location)).is_file() for location in locations)
    pages = {p.relative_to(published_site).as_posix() for p in published_site.rglob("*.html")}
    assert pages - {served_path(location) for location in locations} <= {"404.html"}
