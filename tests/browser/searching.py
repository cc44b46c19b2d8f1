"""Searching the seed site from its search page, as a reader does, for the browser tests."""

from __future__ import annotations

RESULT_LINKS = ".search-result h2 a"


def search(tab, base: str, words: str) -> list[str]:
    """Open the search page for ``words`` and return the result links' page URLs."""
    tab.goto(f"{base}/search.html?q={words}")
    tab.wait_for_function(
        "() => !/Searching/.test(document.getElementById('search-status').textContent)"
    )
    return result_pages(tab)


def result_pages(tab) -> list[str]:
    """The page URLs the results on screen link to, in result order."""
    return [
        href.split("#")[0]
        for href in tab.eval_on_selector_all(RESULT_LINKS, "as => as.map(a => a.href)")
    ]


def seeds_of(urls: list[str], seed_urls: dict[str, str]) -> list[str]:
    """The seed prefixes (``000``...) of result URLs, in result order."""
    by_url = {url: seed for seed, url in seed_urls.items()}
    return [by_url[next(u for u in by_url if url.endswith("/" + u))] for url in urls]
