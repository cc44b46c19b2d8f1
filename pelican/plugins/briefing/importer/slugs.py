"""Make file-safe slugs (ASCII, lower-case words joined by hyphens) and give each article one."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path, PurePosixPath

from unidecode import unidecode

from ..content.format import split_front_matter
from .copies import SeedArticle
from .seeds import Seed

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


def assign_slugs(articles: list[SeedArticle], state: dict, content_dir: Path) -> list[SeedArticle]:
    """Give each article a unique slug, stable across imports: manifest, else recorded, else title."""
    owned = {record.get("slug") for record in state.values()}
    taken = {path.stem for path in content_dir.glob("*.md")} - owned
    wished = [_wished_slugs(article, state, content_dir) for article in articles]
    taken -= {wishes[1] for wishes in wished}
    slugs: dict[int, str] = {}
    tried: dict[str, int] = {}
    for rank in range(3):
        for index, wishes in enumerate(wished):
            if index not in slugs and wishes[rank]:
                slugs[index] = _unique(wishes[rank], taken, tried)
                taken.add(slugs[index])
    return [replace(article, slug=slugs[index]) for index, article in enumerate(articles)]


def _wished_slugs(article: SeedArticle, state: dict, content_dir: Path) -> tuple[str, str, str]:
    """Return the manifest slug, the recorded slug and the title slug ('' when none)."""
    seed = article.seed
    from_title = _title_slug(seed)
    recorded = slugify(str(state.get(seed.shown, {}).get("slug", "")))
    if not recorded and _names_seed(content_dir / f"{from_title}.md", seed.shown):
        recorded = from_title  # the state file was lost; the content file says whose it is
    return slugify(seed.entry.slug or ""), recorded, from_title or "article"


def _title_slug(seed: Seed) -> str:
    """The slug of the headline (else of the file name), after the seed's subfolders, if any."""
    path = PurePosixPath(seed.name)
    slug = slugify(seed.entry.title or seed.draft.title) or slugify(path.stem)
    folder = path.parent.as_posix()
    # seeds/wire/story.txt -> wire-the-headline: the folder keeps same headlines apart.
    return slug if folder == "." else slugify(f"{folder} {slug}")


def _names_seed(path: Path, seed: str) -> bool:
    """Tell whether the content file at ``path`` was imported from ``seed``."""
    try:
        metadata, _ = split_front_matter(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):  # not UTF-8 (UnicodeDecodeError) or not front matter
        return False
    return metadata.get("seed") == seed


def _unique(slug: str, taken: set[str], tried: dict[str, int]) -> str:
    """Return ``slug``, or ``slug-2``, ``slug-3``... whichever is free."""
    # ``tried`` remembers the last suffix per slug, so 10,000 equal titles stay linear.
    number = tried.get(slug, 1)
    candidate = slug if number == 1 else f"{slug}-{number}"
    while candidate in taken:
        number += 1
        candidate = f"{slug}-{number}"
    tried[slug] = number
    return candidate
