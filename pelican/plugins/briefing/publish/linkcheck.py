"""Check every internal link, asset and anchor of a built site, on disk or in a bundle."""

from __future__ import annotations

import posixpath
import re
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import NamedTuple
from urllib.parse import unquote

from ..progress import track
from ..site.manifest import PageLinks

# Our own templates write every attribute lower-case, double-quoted and escaped, so a regex is
# exact here and keeps the check linear in the size of the site. Each pattern starts with its
# literal text and checks the white space before it afterwards: that lets the regex engine skip
# ahead to the literal, several times faster over 570 MB of HTML than a leading ``\s``.
_HREF = re.compile(r'href="(?<=\shref=")([^"]*)"')
_SRC = re.compile(r'src="(?<=\ssrc=")([^"]*)"')
_ID = re.compile(r'id="(?<=\sid=")([^"]*)"')
_TAG = re.compile(r"<(\w+)")
_EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)


def check_links(
    pages: Mapping[str, str] | Path, files: set[str], *, offline: bool = False
) -> list[str]:
    """Return one message per broken internal link in ``pages`` (path → HTML).

    ``pages`` may be the site's folder: its ``.html`` files among ``files`` are then read one
    at a time, so a 10,000-article site is never held in memory at once. ``files`` holds every
    path of the site. With ``offline``, a link must also name a file (never a bare folder) and
    only ``<a>`` links may leave the site.
    """
    return check_links_for(pages, [(files, offline)])[0][0]


def check_links_for(
    pages: Mapping[str, str] | Path,
    checks: Sequence[tuple[set[str], bool]],
    *,
    progress: bool = False,
    known: Mapping[str, PageLinks] | None = None,
    changed: set[str] = frozenset(),
    removed: set[str] = frozenset(),
) -> tuple[list[list[str]], dict[str, PageLinks]]:
    """Run several link checks, each ``(files, offline)``, reading every page only twice.

    The served site and the offline bundle are the same pages with different rules; checking
    both in one pass halves the reading of a site that is 750 MB at 10,000 articles. With
    ``progress``, a bar shows the pages checked.

    With ``known``, what the last check found on each page, only the pages that changed since
    (``changed``) and those whose links may have broken (``pages_to_check``) are read: the
    others passed the last check and still link to the same files and anchors. Returns the
    problems of each check and what was found on each page read.
    """
    if isinstance(pages, Path):
        every = set().union(*(files for files, _ in checks))
        pages = _PagesOnDisk(pages, sorted(name for name in every if name.endswith(".html")))
    if known is None:
        checked, ids = sorted(pages), {path: _ids(pages[path]) for path in pages}
    else:
        names = set(pages)
        ids = {path: known[path].ids for path in names - changed if path in known}
        ids.update((path, _ids(pages[path])) for path in names & changed)
        checked = sorted(pages_to_check(names, changed, removed, known, ids))
        ids.update((path, _ids(pages[path])) for path in checked if path not in ids)
    # Every page repeats the same navigation links; a verdict depends only on the page's
    # folder (or, for "#anchor" links, the page), so each distinct link is checked once. Not
    # those to another page's anchor: nearly each is distinct (an article's paragraph, linked
    # from a topic, an entity, a month), and keeping their verdicts took 150 MB at 10,000
    # articles to save a few set lookups each.
    targets = _Targets()
    verdicts: list[dict[tuple[str, str, str], str]] = [{} for _ in checks]
    problems: list[list[str]] = [[] for _ in checks]
    found: dict[str, PageLinks] = {}
    for path in track(checked, "link check", "page", total=len(checked), shown=progress):
        folder = targets.folder(path)
        active = [
            (files, offline, seen, messages)
            for (files, offline), seen, messages in zip(checks, verdicts, problems, strict=True)
            if path in files
        ]
        paths, anchors = set(), set()
        for tag, attribute, target in _references(pages[path]):
            link = targets.parse(path, target)
            anchored = bool(link.fragment) and target[:1] != "#"
            key = None if anchored else (path if target[:1] in ("", "?") else folder, tag, target)
            if link.path is not None and not link.external:
                paths.add(sys.intern(link.path))
                if link.fragment:
                    anchors.add(sys.intern(f"{link.path}#{unquote(link.fragment)}"))
            for files, offline, seen, messages in active:
                if key is None:
                    verdict = _check(link, tag, files, ids, offline)
                elif key in seen:
                    verdict = seen[key]
                else:
                    verdict = seen[key] = _check(link, tag, files, ids, offline)
                if verdict:
                    messages.append(f"{path}: {attribute}={target!r}: {verdict}")
        found[path] = PageLinks(ids[path], tuple(paths), tuple(anchors))
    return problems, found


def _ids(html: str) -> frozenset[str]:
    """The ids of a page's elements."""
    # Interned: every article page has "p1", "p2"..., and the build manifest keeps the ids
    # (and linked paths) of 12,000 pages; shared strings are pickled and held once.
    return frozenset(map(sys.intern, _ID.findall(html)))


def pages_to_check(
    names: set[str],
    changed: set[str],
    removed: set[str],
    known: Mapping[str, PageLinks],
    ids: Mapping[str, frozenset[str]],
) -> set[str]:
    """The pages among ``names`` a link check must read: the ``changed`` ones, and those whose
    links may have broken since the last check (to a ``removed`` file, or to an anchor a
    changed page no longer has; ``ids`` gives the changed pages' ids now)."""
    lost = {
        f"{page}#{anchor}"
        for page in names & changed & known.keys()
        for anchor in known[page].ids - ids[page]
    }
    again = {page for page in names & changed}
    if removed or lost:
        again |= {
            page
            for page in names - changed
            if page not in known
            or not removed.isdisjoint(known[page].paths)
            or not lost.isdisjoint(known[page].anchors)
        }
    return again | {page for page in names if page not in known}


def _references(html: str) -> list[tuple[str, str, str]]:
    """``(tag, attribute, target)`` of every href and src in page order; the tag only if it
    matters (an external target), else empty."""
    found = [(m.start(), "href", m.group(1)) for m in _HREF.finditer(html)]
    found += [(m.start(), "src", m.group(1)) for m in _SRC.finditer(html)]
    found.sort()
    return [
        (_tag_before(html, start) if _EXTERNAL.match(target) else "", attribute, target)
        for start, attribute, target in found
    ]


def _tag_before(html: str, position: int) -> str:
    """Name of the element whose attribute starts at ``position``, lower-case."""
    opened = _TAG.match(html, html.rfind("<", 0, position))
    return opened.group(1).lower() if opened else ""


class _Target(NamedTuple):
    """A link's target, resolved once for every check that meets it."""

    target: str
    """The link as written."""
    external: bool
    """Whether it leaves the site by scheme or host (``https:``, ``mailto:``, ``//host``)."""
    path: str | None
    """Site path it resolves to; None if it climbs out of the site."""
    fragment: str
    """Anchor as written; empty if none."""
    names_folder: bool
    """Whether it names a folder rather than a file (no path, or a trailing slash)."""


class _Targets:
    """Resolves links relative to their page, remembering paths already resolved."""

    def __init__(self) -> None:
        """Start with nothing resolved."""
        self._folders: dict[str, str] = {}
        self._paths: dict[tuple[str, str], str | None] = {}

    def folder(self, page: str) -> str:
        """The folder of ``page``."""
        if page not in self._folders:
            self._folders[page] = posixpath.dirname(page)
        return self._folders[page]

    def parse(self, page: str, target: str) -> _Target:
        """Resolve ``target`` as linked from ``page``."""
        if _EXTERNAL.match(target):
            return _Target(target, True, None, "", False)
        link, _, fragment = target.partition("#")
        link = link.partition("?")[0]
        if not link:
            return _Target(target, False, page, fragment, not fragment)
        key = (self.folder(page), link)
        if key not in self._paths:
            self._paths[key] = _resolve(page, unquote(link))
        return _Target(target, False, self._paths[key], fragment, target.endswith("/"))


def _check(link: _Target, tag: str, files: set[str], ids: dict, offline: bool) -> str:
    """Return why ``link`` is broken, or an empty string."""
    if link.external:
        external_ok = not offline or tag == "a" or link.target.startswith("data:")
        return "" if external_ok else "points outside the offline bundle"
    path = link.path
    if path is None:
        return "leaves the site"
    if offline and link.names_folder:
        return "names a folder, not a file (does not open from disk)"
    if path not in files and posixpath.join(path, "index.html") not in files:
        return "no such file"
    if link.fragment and path in ids and unquote(link.fragment) not in ids[path]:
        return f"no anchor #{link.fragment}"
    return ""


def _resolve(page: str, link_path: str) -> str | None:
    """Resolve a link relative to its page; None if it climbs out of the site."""
    if link_path.startswith("/"):
        joined = link_path.lstrip("/")
    else:
        joined = posixpath.join(posixpath.dirname(page), link_path)
    normalised = posixpath.normpath(joined)
    return None if normalised.startswith("..") else normalised.removeprefix("./")


class _PagesOnDisk(Mapping):
    """Pages of a built site, read from disk when asked for and not kept."""

    def __init__(self, root: Path, names: list[str]) -> None:
        """Pages ``names`` (site-relative paths) under ``root``."""
        self._root, self._names, self._known = root, names, set(names)

    def __getitem__(self, name: str) -> str:
        """The page's HTML."""
        if name not in self._known:
            raise KeyError(name)
        return (self._root / name).read_text(encoding="utf-8")

    def __iter__(self) -> Iterator[str]:
        """Page paths in name order."""
        return iter(self._names)

    def __len__(self) -> int:
        """How many pages."""
        return len(self._names)
