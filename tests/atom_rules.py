"""The W3C feed validator's rules for Atom (https://validator.w3.org/feed/docs/), as checks.

Each check returns the validator's complaints about one feed document, in its words where it
has a name for them (``MissingElement``, ``InvalidFullLink``, ``DuplicateIds``...), so a test
can say exactly which rule a feed breaks. ``feed_url`` is where the feed is served: the
validator resolves relative references against it, as every feed reader does (RFC 3986).
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit
from xml.etree import ElementTree

ATOM = "{http://www.w3.org/2005/Atom}"
XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# RFC 3339 date-time, as Atom Date constructs require (section 3.3 of RFC 4287).
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$")
LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")
_ONCE = ("id", "title", "updated")
"""Elements a feed and each entry must have exactly once."""


def feed_problems(text: str | bytes, feed_url: str) -> list[str]:
    """Everything the feed validator reports about the Atom document ``text``."""
    root = ElementTree.fromstring(text)
    if root.tag != f"{ATOM}feed":
        return [f"not an Atom feed: root element {root.tag}"]
    base = resolved_base(feed_url, root)
    problems = _common(root, "feed", base)
    problems += _language(root)
    self_links = [link for link in root.findall(f"{ATOM}link") if link.get("rel") == "self"]
    if not self_links:
        problems.append("MissingSelf: feed has no link rel='self'")
    elif urljoin(base, self_links[0].get("href", "")) != feed_url:
        problems.append(f"SelfDoesntMatchLocation: self link {self_links[0].get('href')!r}")
    entries = root.findall(f"{ATOM}entry")
    feed_author = _has_author(root)
    ids: set[str] = set()
    for number, entry in enumerate(entries, 1):
        where = f"entry {number}"
        entry_base = urljoin(base, entry.get(XML_BASE, ""))
        problems += _common(entry, where, entry_base)
        if not feed_author and not _has_author(entry):
            problems.append(f"MissingAuthor: {where} has no author and the feed has none")
        if entry.find(f"{ATOM}content") is None and not _alternates(entry):
            problems.append(f"MissingAlternateLink: {where} has neither content nor alternate")
        entry_id = (entry.findtext(f"{ATOM}id") or "").strip()
        if entry_id in ids:
            problems.append(f"DuplicateIds: {where}: {entry_id}")
        ids.add(entry_id)
        for dated in ("published", "updated"):
            value = entry.findtext(f"{ATOM}{dated}")
            if value is not None and not RFC3339.match(value.strip()):
                problems.append(f"InvalidRFC3339Date: {where} {dated} {value!r}")
    if entries and (root.findtext(f"{ATOM}updated") or "") < max(
        entry.findtext(f"{ATOM}updated") or "" for entry in entries
    ):
        problems.append("feed updated is older than its newest entry")
    return problems


def resolved_base(feed_url: str, root: ElementTree.Element) -> str:
    """The base URI of the feed element: its ``xml:base`` resolved against the feed's URL."""
    return urljoin(feed_url, root.get(XML_BASE, ""))


def entry_links(text: str | bytes, feed_url: str) -> list[str]:
    """Every entry's alternate link, resolved as a feed reader resolves it (RFC 3986)."""
    root = ElementTree.fromstring(text)
    base = resolved_base(feed_url, root)
    return [
        urljoin(urljoin(base, entry.get(XML_BASE, "")), link.get("href", ""))
        for entry in root.findall(f"{ATOM}entry")
        for link in _alternates(entry)
    ]


def _common(element: ElementTree.Element, where: str, base: str) -> list[str]:
    """The rules a feed and an entry share: required elements, absolute ids, dates, links."""
    problems = []
    for name in _ONCE:
        found = element.findall(f"{ATOM}{name}")
        if len(found) != 1:
            problems.append(
                f"{'MissingElement' if not found else 'DuplicateElement'}: {where} {name}"
            )
    identifier = (element.findtext(f"{ATOM}id") or "").strip()
    if identifier and not _is_full_iri(identifier):
        problems.append(f"InvalidFullLink: {where} id {identifier!r} is not an absolute IRI")
    if identifier and identifier.startswith("tag:") and "None" in identifier:
        problems.append(f"InvalidTAG: {where} id {identifier!r}")
    updated = element.findtext(f"{ATOM}updated")
    if updated is not None and not RFC3339.match(updated.strip()):
        problems.append(f"InvalidRFC3339Date: {where} updated {updated!r}")
    if not (element.findtext(f"{ATOM}title") or "").strip():
        problems.append(f"NotBlank: {where} title is empty")
    for link in element.findall(f"{ATOM}link"):
        href = link.get("href")
        if not href:
            problems.append(f"MissingHref: {where} link without href")
        elif not _is_full_iri(urljoin(base, href)):
            problems.append(f"InvalidFullLink: {where} link {href!r} resolves to no absolute URL")
    for author in element.findall(f"{ATOM}author"):
        if not (author.findtext(f"{ATOM}name") or "").strip():
            problems.append(f"MissingElement: {where} author has no name")
    return problems


def _language(root: ElementTree.Element) -> list[str]:
    """Every ``xml:lang`` in the document is a language tag."""
    return [
        f"InvalidLanguage: {element.get(XML_LANG)!r}"
        for element in root.iter()
        if element.get(XML_LANG) is not None and not LANGUAGE_TAG.match(element.get(XML_LANG))
    ]


def _has_author(element: ElementTree.Element) -> bool:
    """Whether an element has an author with a name."""
    return any(
        (author.findtext(f"{ATOM}name") or "").strip()
        for author in element.findall(f"{ATOM}author")
    )


def _alternates(entry: ElementTree.Element) -> list[ElementTree.Element]:
    """An entry's alternate links (a link without rel is an alternate one)."""
    return [
        link for link in entry.findall(f"{ATOM}link") if link.get("rel", "alternate") == "alternate"
    ]


def _is_full_iri(value: str) -> bool:
    """Whether ``value`` is an absolute IRI: a scheme, and a host for web addresses."""
    parts = urlsplit(value)
    if parts.scheme in ("http", "https"):
        return bool(parts.netloc)
    return bool(parts.scheme) and parts.scheme in ("tag", "urn", "mailto")
