"""Drafts of seeds kept by content in the cache folder, so re-imports skip unchanged seeds.

Decoding and drafting 10,000 seeds takes most of an import; a seed whose bytes are unchanged
gets the draft made last time. The cache is named after the importer's code and data files,
``outlets.yml`` among them, so a changed outlet list starts a fresh one.
"""

from __future__ import annotations

from pathlib import Path

from .. import caching
from .decode import decode_seed
from .draft import Draft, draft_article
from .outlet import KNOWN_OUTLETS


class DraftCache:
    """Drafts of seeds, made once per seed content and kept in the cache folder if given."""

    def __init__(self, cache_dir: Path | None) -> None:
        """Load the cached drafts if there is a cache folder."""
        self._path = (
            caching.cache_path(cache_dir, "briefing-drafts", caching.IMPORTER)
            if cache_dir
            else None
        )
        self._entries = caching.load(self._path) if self._path else caching.UsedEntries({})

    def draft(self, data: bytes, sha: str, is_html: bool) -> Draft:
        """Decode and draft a seed, or reuse the draft made from the same input before."""
        key = f"{sha}:{is_html}"
        if key not in self._entries:
            decoded = decode_seed(data, is_html=is_html)
            self._entries[key] = draft_article(
                decoded.lines, outlets=KNOWN_OUTLETS, page=decoded.page
            )
        return self._entries[key]

    def save(self) -> None:
        """Write the drafts this import used back to the cache folder."""
        if self._path:
            caching.save(self._path, self._entries)
