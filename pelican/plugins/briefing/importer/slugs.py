"""Make file-safe slugs: ASCII, lower-case words joined by hyphens."""

from __future__ import annotations

import re

from unidecode import unidecode

_NOT_SLUG = re.compile(r"[^a-z0-9]+")
MAX_LENGTH = 80


def slugify(text: str, max_length: int = MAX_LENGTH) -> str:
    """Return the slug for ``text``, cut at a word boundary; empty if it has no letters or digits."""
    # unidecode spells accents and other scripts in ASCII ("Café" -> "cafe"), and the
    # pattern turns every other run of characters ("/", "..", "\\", spaces) into one hyphen.
    slug = _NOT_SLUG.sub("-", unidecode(text[: max_length * 4]).lower()).strip("-")
    if len(slug) <= max_length:
        return slug
    cut = slug[: max_length + 1]
    return (cut.rsplit("-", 1)[0] if "-" in cut else cut[:max_length]).strip("-")
