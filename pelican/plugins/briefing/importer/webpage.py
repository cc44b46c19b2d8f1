"""Read a saved web page: its article's paragraphs, and what the page says about itself.

trafilatura finds the article among a site's menus, related links and comments, and its XML
keeps paragraphs, list items and crossheads apart. Photo captions, which it leaves out, are
put back where their picture was. When it finds no article, the page is read as before with
beautifulsoup4: the innermost blocks of its ``<article>``, ``<main>`` or ``<body>``, once the
navigation, scripts and forms are gone. Either way the headline is the page's ``<h1>``.
"""

from __future__ import annotations

from dataclasses import replace

from bs4 import BeautifulSoup, Tag

from .pagefacts import PageFacts, page_facts

_DROPPED_TAGS = (
    "nav",
    "header",
    "footer",
    "script",
    "style",
    "aside",
    "form",
    "noscript",
    "template",
    "iframe",
    "svg",
    "button",
    "select",
    "textarea",
)
_BLOCK_TAGS = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "pre", "dd")
_TRAFILATURA = {
    "include_comments": False,
    "include_tables": False,
    "include_images": True,  # where each picture was, to put its caption back
    "with_metadata": True,
    # The publication date as the page's markup states it, not guessed from its text.
    "date_extraction_params": {"original_date": True, "extensive_search": False},
}


def read_page(text: str) -> tuple[tuple[str, ...], PageFacts]:
    """The article's lines (one paragraph each) and the page's facts; no lines if none."""
    soup = BeautifulSoup(text, "html.parser")
    found = _extract(text)
    facts = page_facts(soup, found) if found is not None else PageFacts()
    lines = _article_lines(found.body, soup) if found is not None else ()
    if lines:
        return lines, facts
    lines, headline = _soup_lines(soup)  # takes the page apart: after the facts
    return lines, _with_title(facts, headline) if headline and not facts.title else facts


def _extract(text: str):
    """trafilatura's reading of the page (text as XML, metadata), or None if it finds none."""
    import trafilatura  # loads lxml, htmldate and dateparser: only for pages
    from trafilatura.settings import use_config

    config = use_config()
    # A short article is still an article: below trafilatura's 250 characters it would fall
    # back to the page's whole text in one block.
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    return trafilatura.bare_extraction(text, config=config, **_TRAFILATURA)


def _article_lines(body, soup: BeautifulSoup) -> tuple[str, ...]:
    """One line per paragraph, list item, quote or crosshead of trafilatura's text; the first
    ``<h1>`` is the headline, not a paragraph."""
    if body is None:
        return ()
    captions = _captions(soup)
    lines = []
    for element in body:
        if element.tag == "head" and element.get("rend") == "h1":
            continue
        if element.tag == "list":
            lines += [_xml_text(item) for item in element if item.tag == "item"]
        elif element.tag == "graphic":
            lines.append(captions.get(str(element.get("src", "")), ""))
        elif element.tag in ("p", "head", "quote", "code"):
            lines.append(_xml_text(element))
    return tuple(line for line in lines if line)


def _captions(soup: BeautifulSoup) -> dict[str, str]:
    """Picture address → the caption of the figure it is in."""
    found = {}
    for figure in soup.find_all("figure"):
        image, caption = figure.find("img"), figure.find("figcaption")
        if isinstance(image, Tag) and isinstance(caption, Tag) and image.get("src"):
            found[str(image["src"])] = _text_of(caption)
    return found


def _xml_text(element) -> str:
    """The text of an element of trafilatura's XML on one line; a line break is a space."""
    parts = [element.text or ""]
    for child in element:
        parts += [" " if child.tag == "lb" else _xml_text(child), child.tail or ""]
    return " ".join("".join(parts).split())


def _soup_lines(soup: BeautifulSoup) -> tuple[tuple[str, ...], str | None]:
    """The innermost blocks of the page's article (beautifulsoup4), and its headline."""
    title = _html_title(soup)
    for tag in soup.find_all(_DROPPED_TAGS):
        tag.decompose()
    for line_break in soup.find_all("br"):
        line_break.replace_with(" ")
    container = soup.find("article") or soup.find("main") or soup.body or soup
    headline = container.find("h1")
    if isinstance(headline, Tag):
        title = _text_of(headline) or title
        headline.decompose()
    return tuple(line for line in _block_texts(container) if line), title


def _with_title(facts: PageFacts, title: str) -> PageFacts:
    """``facts`` with the headline the page's markup gives."""
    evidence = (("title", f"the page's headline '{title}'"), *facts.evidence)
    return replace(facts, title=title, evidence=evidence)


def _html_title(soup: BeautifulSoup) -> str | None:
    """Return the page's <title>, if any."""
    found = soup.find("title")
    return (_text_of(found) or None) if isinstance(found, Tag) else None


def _block_texts(container: Tag | BeautifulSoup) -> list[str]:
    """Return the text of each innermost block, or the container's lines when it has none."""
    blocks = [block for block in container.find_all(_BLOCK_TAGS) if not block.find(_BLOCK_TAGS)]
    if not blocks:
        return [line.strip() for line in container.get_text("\n").split("\n")]
    return [_text_of(block) for block in blocks]


def _text_of(tag: Tag) -> str:
    """Return a tag's text on one line."""
    # Inline tags join words as a browser does: "<b>Mon</b>day" reads "Monday".
    return " ".join(tag.get_text("").split())
