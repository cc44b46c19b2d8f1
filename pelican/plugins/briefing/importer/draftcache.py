"""Drafts of seeds kept by content in the cache folder, so re-imports skip unchanged seeds.

Decoding and drafting 10,000 seeds takes most of an import; a seed whose bytes and outlet list
are unchanged gets the draft made last time.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from .. import caching
from ..files import load_yaml
from .decode import decode_seed
from .draft import Draft, draft_article
from .outlet import Outlet

_OUTLETS_FILE = Path(__file__).with_name("outlets.yml")


class DraftCache:
    """Drafts of seeds, made once per seed content and kept in the cache folder if given."""

    def __init__(self, cache_dir: Path | None) -> None:
        """Load the outlets, and the cached drafts if there is a cache folder."""
        self.outlets = _load_outlets()
        self._outlets_digest = hashlib.sha256(repr(self.outlets).encode("utf-8")).hexdigest()[:16]
        self._path = (
            caching.cache_path(cache_dir, "briefing-drafts", caching.IMPORTER)
            if cache_dir
            else None
        )
        self._entries = caching.load(self._path) if self._path else caching.UsedEntries({})

    def draft(self, data: bytes, sha: str, is_html: bool) -> Draft:
        """Decode and draft a seed, or reuse the draft made from the same input before."""
        key = f"{sha}:{is_html}:{self._outlets_digest}"
        if key not in self._entries:
            decoded = decode_seed(data, is_html=is_html)
            self._entries[key] = draft_article(
                decoded.lines, outlets=self.outlets, page=decoded.page
            )
        return self._entries[key]

    def save(self) -> None:
        """Write the drafts this import used back to the cache folder."""
        if self._path:
            caching.save(self._path, self._entries)


def _load_outlets() -> tuple[Outlet, ...]:
    """Read the list of known news outlets shipped with the importer."""
    data = load_yaml(_OUTLETS_FILE.read_text(encoding="utf-8"))
    return tuple(
        Outlet(str(item["name"]), tuple(str(alias) for alias in item.get("aliases", ())))
        for item in data["outlets"]
    )
