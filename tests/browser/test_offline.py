"""The unzipped offline bundle in a real browser, from file:// with no server and no network."""

from __future__ import annotations

import re

import pytest

from tests.browser.searching import RESULT_LINKS, result_pages, search, seeds_of


def test_bundle_pages_request_nothing_but_files(tab, bundle_url, seed_urls):
    for path in ("index.html", "topics/rafah.html", seed_urls["001"], "search.html?q=Rafah"):
        tab.goto(f"{bundle_url}/{path}")
        tab.wait_for_load_state("load")
    tab.wait_for_selector(RESULT_LINKS)
    assert tab.requests, "no request recorded at all"
    assert [url for url in tab.requests if not url.startswith("file:")] == []
    assert tab.errors == []


def test_click_home_topic_article_paragraph_related(tab, bundle_url, seed_urls):
    tab.goto(f"{bundle_url}/index.html")
    tab.click(".topic-card h2 a:text-is('Rafah')")
    assert tab.url.endswith("/topics/rafah.html")
    first_title = tab.inner_text(".topic-entry h2 a >> nth=0")
    tab.click(".topic-entry h2 a >> nth=0")
    assert tab.url.endswith(seed_urls["000"])  # newest article on Rafah first
    assert tab.inner_text("h1") == first_title
    tab.click("#p8 a.permalink")
    assert tab.url.endswith(seed_urls["000"] + "#p8")
    assert tab.eval_on_selector("#p8", "p => p.matches(':target')") is True
    related_title = tab.inner_text(".article-footer .article-list a >> nth=0")
    tab.click(".article-footer .article-list a >> nth=0")
    assert tab.inner_text("h1") == related_title
    assert tab.url.endswith(seed_urls["001"]) or tab.url.endswith(seed_urls["002"])
    assert tab.errors == []


def test_topic_excerpt_link_lands_on_its_paragraph(tab, bundle_url):
    tab.goto(f"{bundle_url}/topics/rafah.html")
    excerpt = tab.locator("blockquote.excerpt").first
    words = " ".join(excerpt.locator("p").inner_text().split())
    excerpt.locator("footer a").click()
    anchor = tab.url.rsplit("#", 1)[1]
    assert re.fullmatch(r"p\d+", anchor)
    target = tab.locator(f"#{anchor}")
    assert tab.eval_on_selector(f"#{anchor}", "p => p.matches(':target')") is True
    assert words in " ".join(target.inner_text().split())
    assert target.is_visible()


@pytest.mark.parametrize(
    ("words", "seeds"), [("Rafah", {"000", "001"}), ("Blinken", {"001"}), ("Xinhua", {"002"})]
)
def test_offline_search_finds_the_right_articles(tab, bundle_url, seed_urls, words, seeds):
    found = seeds_of(search(tab, bundle_url, words), seed_urls)
    assert set(found) == seeds
    assert len(found) == len(seeds)
    assert tab.inner_text("#search-status").startswith(f"{len(seeds)} article")


def test_offline_result_links_to_a_paragraph_holding_the_word(tab, bundle_url):
    search(tab, bundle_url, "Blinken")
    link = tab.locator(".search-result blockquote footer a").first
    assert tab.locator(".search-result mark").first.inner_text() == "Blinken"
    link.click()
    anchor = tab.url.rsplit("#", 1)[1]
    assert re.fullmatch(r"p\d+", anchor)
    assert "Blinken" in tab.locator(f"#{anchor}").inner_text()


def test_offline_search_ranks_a_title_match_first(tab, bundle_url, seed_urls):
    # "head" is in the headline of seed 000 ("delegations head to Egypt") and in the body of
    # seed 001 ("the head of Israel's Mossad"); unboosted, 001's short paragraph would win.
    assert seeds_of(search(tab, bundle_url, "head"), seed_urls) == ["000", "001"]


def test_offline_search_says_when_nothing_matches(tab, bundle_url):
    assert search(tab, bundle_url, "zzqxv") == []
    assert tab.inner_text("#search-status") == "No result for “zzqxv”."


def test_search_box_on_every_page_leads_to_results(tab, bundle_url, seed_urls):
    tab.goto(f"{bundle_url}/{seed_urls['002']}")
    tab.fill("#search-q", "Blinken")
    tab.press("#search-q", "Enter")
    tab.wait_for_selector(RESULT_LINKS)
    assert seeds_of(result_pages(tab), seed_urls) == ["001"]
