"""The site served over HTTP: search runs on Pagefind's index, not on the offline one."""

from __future__ import annotations

import re

import pytest

from tests.browser.searching import search, seeds_of


@pytest.mark.parametrize(("words", "seeds"), [("Rafah", {"000", "001"}), ("Blinken", {"001"})])
def test_pagefind_search_finds_the_right_articles(tab, served_site, seed_urls, words, seeds):
    found = seeds_of(search(tab, served_site, words), seed_urls)
    assert set(found) == seeds and len(found) == len(seeds)
    assert any("/pagefind/pagefind.js" in url for url in tab.requests)
    assert not any(url.endswith("/search-index.js") for url in tab.requests)
    assert tab.errors == []


def test_pagefind_result_links_to_a_paragraph_holding_the_word(tab, served_site):
    search(tab, served_site, "Blinken")
    assert tab.locator(".search-result mark").first.inner_text() == "Blinken"
    tab.locator(".search-result blockquote footer a").first.click()
    anchor = tab.url.rsplit("#", 1)[1]
    assert re.fullmatch(r"p\d+", anchor)
    assert "Blinken" in tab.locator(f"#{anchor}").inner_text()


def test_pagefind_search_says_when_nothing_matches(tab, served_site):
    assert search(tab, served_site, "zzqxv") == []
    assert tab.inner_text("#search-status") == "No result for “zzqxv”."


def test_pagefind_result_names_source_and_date(tab, served_site):
    search(tab, served_site, "Blinken")
    assert tab.locator(".search-result .meta").first.inner_text() == "AFP, 21 March 2024"


def test_the_site_ships_only_the_pagefind_files_the_search_page_loads(tab, served_site, seed_site):
    search(tab, served_site, "Rafah")
    loaded = {
        url.split("/pagefind/", 1)[1].split("?")[0].split("/")[0]
        for url in tab.requests
        if "/pagefind/" in url
    }
    assert {path.name for path in (seed_site / "pagefind").iterdir()} == loaded
    assert tab.errors == []


@pytest.mark.parametrize("path", ["index.html", "topics/rafah.html", "search.html?q=Rafah"])
def test_a_served_page_loads_its_icon_and_nothing_fails(tab, served_site, path):
    # Without an icon of its own, Chromium asks every site for /favicon.ico (a 404 here).
    tab.goto(f"{served_site}/{path}")
    tab.wait_for_load_state("networkidle")
    assert any(url.endswith("/theme/favicon.svg") for url in tab.requests)
    assert not any(url.endswith("/favicon.ico") for url in tab.requests)
    assert tab.errors == []
