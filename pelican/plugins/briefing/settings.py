"""The plugin's settings: one ``BRIEFING = {...}`` dict in pelicanconf.py, checked at start-up."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


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
    site_url: str
    """Absolute address of the served site, for feeds and the sitemap."""
    related_limit: int
    """How many related articles an article page lists."""
    link_check: bool
    """Check every internal link and anchor after the build (a broken link is a warning)."""
    onefile_articles: int
    """How many of the newest articles the one-file briefing holds; 0 for all."""
    page_size: int
    """Articles per page on topic and entity pages; longer lists go on to more pages. 0: one page."""


_DEFAULTS = {
    "taxonomy": "taxonomy.yml",
    "gazetteer": "gazetteer.yml",
    "bundle": "../dist/briefing-offline.zip",
    "site_url": "http://127.0.0.1:8000",
    "related_limit": 5,
    "link_check": True,
    "onefile_articles": 500,
    "page_size": 100,
}
_TYPES = {
    "taxonomy": str,
    "gazetteer": str,
    "bundle": (str, type(None)),
    "site_url": str,
    "related_limit": int,
    "link_check": bool,
    "onefile_articles": int,
    "page_size": int,
}


def check_settings(pelican_settings: dict) -> BriefingSettings:
    """Return the checked ``BRIEFING`` settings; relative paths are relative to ``PATH``."""
    given = pelican_settings.get("BRIEFING", {})
    if not isinstance(given, dict):
        raise SettingsError("briefing: BRIEFING must be a dict of settings")
    unknown = sorted(set(given) - set(_DEFAULTS))
    if unknown:
        known = ", ".join(sorted(_DEFAULTS))
        raise SettingsError(f"briefing: unknown setting {unknown[0]!r} (known: {known})")
    values = {**_DEFAULTS, **given}
    for key, expected in _TYPES.items():
        if not isinstance(values[key], expected) or isinstance(values[key], bool) != (
            expected is bool
        ):
            raise SettingsError(f"briefing: {key} has the wrong type: {values[key]!r}")
    return _resolve(values, Path(pelican_settings["PATH"]))


def _resolve(values: dict, content: Path) -> BriefingSettings:
    """Make paths absolute and check that the editorial files exist."""
    paths = {
        key: Path(os.path.normpath(content / values[key])) for key in ("taxonomy", "gazetteer")
    }
    for key, path in paths.items():
        if not path.is_file():
            raise SettingsError(f"briefing: {key} file not found: {path}")
    for key in ("related_limit", "onefile_articles", "page_size"):
        if values[key] < 0:
            raise SettingsError(f"briefing: {key} must be 0 or more")
    bundle = values["bundle"]
    return BriefingSettings(
        taxonomy=paths["taxonomy"],
        gazetteer=paths["gazetteer"],
        bundle=None if bundle is None else Path(os.path.normpath(content / bundle)),
        site_url=values["site_url"].rstrip("/"),
        related_limit=values["related_limit"],
        link_check=values["link_check"],
        onefile_articles=values["onefile_articles"],
        page_size=values["page_size"],
    )
