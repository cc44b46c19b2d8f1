"""Pages read well: no serious accessibility violation, no sideways scrolling on a phone or a desk."""

from __future__ import annotations

from pathlib import Path

import pytest

AXE = (Path(__file__).resolve().parent.parent / "vendor" / "axe.min.js").read_text(encoding="utf-8")
VIEWPORTS = {"phone": {"width": 375, "height": 740}, "desktop": {"width": 1280, "height": 900}}
PAGES = {
    "home": "index.html",
    "topic": "topics/rafah.html",
    "article": "001",  # a seed prefix: the article page of seed 001
    "search": "search.html?q=Rafah",
}


def page_path(name: str, seed_urls: dict[str, str]) -> str:
    """The site-relative path of one of the PAGES."""
    path = PAGES[name]
    return seed_urls.get(path, path)


def open_page(tab, base: str, name: str, seed_urls: dict[str, str]) -> None:
    """Open a page and, for the search page, wait for its results."""
    tab.goto(f"{base}/{page_path(name, seed_urls)}")
    if name == "search":
        tab.wait_for_selector(".search-result")


@pytest.fixture
def axe_tab(browser):
    """A page whose Content-Security-Policy is bypassed, so axe-core can be injected inline."""
    context = browser.new_context(bypass_csp=True)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("name", sorted(PAGES))
def test_axe_finds_no_serious_violation(axe_tab, bundle_url, seed_urls, name):
    open_page(axe_tab, bundle_url, name, seed_urls)
    axe_tab.add_script_tag(content=AXE)
    violations = axe_tab.evaluate(
        """async () => (await axe.run(document, {resultTypes: ['violations']})).violations
            .filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map(n => n.target).join(', ')}`)"""
    )
    assert violations == []


def test_axe_finds_no_serious_violation_on_served_search(axe_tab, served_site, seed_urls):
    open_page(axe_tab, served_site, "search", seed_urls)
    axe_tab.add_script_tag(content=AXE)
    impacts = axe_tab.evaluate(
        "async () => (await axe.run()).violations.map(v => `${v.id} ${v.impact}`)"
    )
    assert [v for v in impacts if v.endswith(("serious", "critical"))] == []


@pytest.mark.parametrize("size", sorted(VIEWPORTS))
@pytest.mark.parametrize("name", sorted(PAGES))
def test_no_horizontal_scrolling(browser, bundle_url, seed_urls, shots, name, size):
    context = browser.new_context(viewport=VIEWPORTS[size])
    tab = context.new_page()
    open_page(tab, bundle_url, name, seed_urls)
    tab.screenshot(path=str(shots / f"{name}-{size}.png"), full_page=True)
    overflow = tab.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    wider = tab.evaluate(
        """() => [...document.querySelectorAll('main *')]
            .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
            .slice(0, 3).map(e => e.tagName + '.' + e.className)"""
    )
    context.close()
    assert (overflow, wider) == (0, [])


# Every run of two or more letters or digits in a table cell, and on how many lines it lies.
WORDS_SPLIT = """() => {
  const split = [];
  for (const cell of document.querySelectorAll('main td, main th')) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node; (node = walker.nextNode());) {
      for (const word of node.data.matchAll(/[^\\s\\-\\u2013\\u2014\\/]{2,}/g)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const lines = new Set([...range.getClientRects()].map(rect => Math.round(rect.top)));
        if (lines.size > 1) split.push(word[0]);
      }
    }
  }
  return split;
}"""


@pytest.mark.parametrize("size", sorted(VIEWPORTS))
@pytest.mark.parametrize("path", ["figures/2023-10.html", "method.html"])
def test_tables_never_break_a_word_and_fit_the_screen(browser, bundle_url, shots, path, size):
    context = browser.new_context(viewport=VIEWPORTS[size])
    tab = context.new_page()
    tab.goto(f"{bundle_url}/{path}")
    name = path.removesuffix(".html").replace("/", "-")
    tab.screenshot(path=str(shots / f"{name}-{size}.png"), full_page=True)
    assert tab.locator("main table").count() > 0
    split = tab.evaluate(WORDS_SPLIT)
    wider = tab.evaluate(
        """() => [...document.querySelectorAll('main table')]
            .filter(t => t.getBoundingClientRect().right > document.documentElement.clientWidth)
            .length"""
    )
    context.close()
    assert (split, wider) == ([], 0)
