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
