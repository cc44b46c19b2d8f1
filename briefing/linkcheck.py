"""Check every internal link, asset and anchor of a built site, on disk or in a bundle."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from urllib.parse import unquote, urlsplit

# Our own templates write every attribute double-quoted and escaped, so a regex is exact here
# and keeps the check linear in the size of the site.
_REFERENCE = re.compile(r'<(\w+)\b[^>]*?\s(href|src)="([^"]*)"', re.IGNORECASE)
_ID = re.compile(r'\sid="([^"]*)"')
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
    return check_links_for(pages, [(files, offline)])[0]


def check_links_for(
    pages: Mapping[str, str] | Path, checks: Sequence[tuple[set[str], bool]]
) -> list[list[str]]:
    """Run several link checks, each ``(files, offline)``, reading every page only twice.

    The served site and the offline bundle are the same pages with different rules; checking
    both in one pass halves the reading of a site that is 750 MB at 10,000 articles.
    """
    if isinstance(pages, Path):
        every = set().union(*(files for files, _ in checks))
        pages = _PagesOnDisk(pages, sorted(name for name in every if name.endswith(".html")))
    ids = {path: set(_ID.findall(text)) for path, text in pages.items()}
    # Every page repeats the same navigation links; a verdict depends only on the page's
    # folder (or, for "#anchor" links, the page), so each distinct link is checked once.
    verdicts: list[dict[tuple[str, str, str], str]] = [{} for _ in checks]
    problems: list[list[str]] = [[] for _ in checks]
    for path in sorted(pages):
        folder = posixpath.dirname(path)
        references = _REFERENCE.findall(pages[path])
        for (files, offline), seen, found in zip(checks, verdicts, problems, strict=True):
            if path not in files:
                continue
            for tag, attribute, target in references:
                key = (path if target[:1] in ("", "#", "?") else folder, tag.lower(), target)
                if key not in seen:
                    seen[key] = _check(path, key[1], target, files, ids, offline)
                if seen[key]:
                    found.append(f"{path}: {attribute}={target!r}: {seen[key]}")
    return problems


def _check(page: str, tag: str, target: str, files: set[str], ids: dict, offline: bool) -> str:
    """Return why ``target`` (linked from ``page``) is broken, or an empty string."""
    if _EXTERNAL.match(target):
        external_ok = not offline or tag == "a" or target.startswith("data:")
        return "" if external_ok else "points outside the offline bundle"
    parts = urlsplit(target)
    path = _resolve(page, unquote(parts.path)) if parts.path else page
    if path is None:
        return "leaves the site"
    if offline and (not parts.path.strip() and not parts.fragment or target.endswith("/")):
        return "names a folder, not a file (does not open from disk)"
    if path not in files and posixpath.join(path, "index.html") not in files:
        return "no such file"
    if parts.fragment and path in ids and unquote(parts.fragment) not in ids[path]:
        return f"no anchor #{parts.fragment}"
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
