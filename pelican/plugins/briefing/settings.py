"""The plugin's settings: one ``BRIEFING = {...}`` dict in pelicanconf.py, checked at start-up."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from .messages import did_you_mean, local_path
from .site.templates import briefing_theme


class SettingsError(ValueError):
    """A ``BRIEFING`` setting is wrong; the message starts with ``briefing:``."""


@dataclass(frozen=True)
class BriefingSettings:
    """Checked plugin settings, paths made absolute."""

    taxonomy: Path
    """YAML topic taxonomy."""
    gazetteer: Path
    """YAML entity gazetteer."""
    bundle: Path | None
    """Where to write the offline bundle (zip); ``None`` for no bundle."""
    site_url: str | None
    """The published site's absolute address (Pelican's ``SITEURL``), for feeds, the sitemap
    and canonical links; ``None`` when ``SITEURL`` is not an absolute ``http(s)`` address."""
    related_limit: int
    """How many related articles an article page lists."""
    link_check: bool
    """Check every internal link and anchor after the build (a broken link is a warning)."""
    onefile_articles: int
    """How many of the newest articles the one-file briefing holds; 0 for all."""
    page_size: int
    """Articles per page on topic and entity pages; longer lists go on to more pages. 0: one page."""
    theme: Path
    """The theme that renders the briefing's pages: the site's, or the one shipped with us."""
    owns_site: bool
    """Whether the site's theme is the briefing's (a briefing site), not another site's theme."""


_DEFAULTS = {
    "taxonomy": "taxonomy.yml",
    "gazetteer": "gazetteer.yml",
    "bundle": "../dist/briefing-offline.zip",
    "related_limit": 5,
    "link_check": True,
    "onefile_articles": 500,
    "page_size": 100,
}
_EXPECTED = {
    "taxonomy": ((str,), "a file name"),
    "gazetteer": ((str,), "a file name"),
    "bundle": ((str, type(None)), "a file name or None"),
    "related_limit": ((int,), "a whole number"),
    "link_check": ((bool,), "True or False"),
    "onefile_articles": ((int,), "a whole number"),
    "page_size": ((int,), "a whole number"),
}
"""Per setting: the types it may have and how a message says so."""
_COUNTS = ("related_limit", "onefile_articles", "page_size")
_RETIRED = {
    "site_url": "set Pelican's SITEURL to the published site's address instead (publishconf.py)"
}
"""Settings that are no more, and what to do instead."""
_ABSOLUTE = re.compile(r"^https?://[^/\s]+(?:/\S*)?$")


def check_settings(pelican_settings: dict) -> BriefingSettings:
    """Return the checked ``BRIEFING`` settings; relative paths are relative to ``PATH``."""
    given = pelican_settings.get("BRIEFING", {})
    if not isinstance(given, dict):
        raise SettingsError(f"briefing: BRIEFING: expected a dict of settings, got {given!r}")
    for key in given:
        if key in _RETIRED:
            raise SettingsError(f"briefing: {key}: no longer a BRIEFING setting; {_RETIRED[key]}")
        if key not in _DEFAULTS:
            raise SettingsError(
                f"briefing: unknown setting {key!r}{did_you_mean(key, _DEFAULTS)}"
                f" (known: {', '.join(sorted(_DEFAULTS))})"
            )
    theme, owns_site = briefing_theme(pelican_settings)
    # Another theme's pages are not made to open from disk: no bundle unless asked for.
    values = {**_DEFAULTS, **({} if owns_site else {"bundle": None}), **given}
    for key, (types, expected) in _EXPECTED.items():
        value = values[key]
        # True and False are ints to Python, but a count given as True is a mistake.
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
            raise SettingsError(f"briefing: {key}: expected {expected}, got {value!r}")
    for key in _COUNTS:
        if values[key] < 0:
            raise SettingsError(f"briefing: {key}: expected 0 or more, got {values[key]!r}")
    return _resolve(values, pelican_settings, theme, owns_site)


def site_address(siteurl: object) -> str | None:
    """The site's absolute address from Pelican's ``SITEURL``; None unless ``http(s)://host...``."""
    if not isinstance(siteurl, str) or not _ABSOLUTE.match(siteurl.strip()):
        return None
    return siteurl.strip().rstrip("/")


def _resolve(values: dict, pelican: dict, theme: Path, owns_site: bool) -> BriefingSettings:
    """Make paths absolute and check that the editorial files exist."""
    content = Path(pelican["PATH"])
    paths = {
        key: Path(os.path.normpath(content / values[key])) for key in ("taxonomy", "gazetteer")
    }
    for key, path in paths.items():
        if not path.is_file():
            raise SettingsError(f"briefing: {key}: file not found: looked for {local_path(path)}")
    bundle = values["bundle"]
    return BriefingSettings(
        taxonomy=paths["taxonomy"],
        gazetteer=paths["gazetteer"],
        bundle=None if bundle is None else Path(os.path.normpath(content / bundle)),
        site_url=site_address(pelican.get("SITEURL")),
        related_limit=values["related_limit"],
        link_check=values["link_check"],
        onefile_articles=values["onefile_articles"],
        page_size=values["page_size"],
        theme=theme,
        owns_site=owns_site,
    )
