"""The real seeds (as lines or Article objects) and hand-written fixture articles, for the tests."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from markdown_it.common.utils import escapeHtml

from pelican.plugins.briefing.content.format import parse_paragraphs, split_front_matter
from pelican.plugins.briefing.importer.outlet import Outlet
from pelican.plugins.briefing.model import Article, Paragraph

ROOT = Path(__file__).resolve().parent.parent
# Per seed number: publication date and outlet, as seeds/manifest.yml gives them.
SEED_FACTS = {
    "000": (date(2024, 4, 7), "Agencies"),
    "001": (date(2024, 3, 21), "AFP"),
    "002": (date(2024, 2, 21), "Xinhua"),
}
OUTLETS = (Outlet("AFP", ("Agence France-Presse",)), Outlet("Xinhua"), Outlet("Reuters"))
"""A few outlets for the importer's tests (the importer's own list is importer/outlets.yml)."""


def seed_lines(number: str) -> list[str]:
    """Return the non-empty lines of real seed ``number`` (``000``, ``001``, ``002``)."""
    (path,) = (ROOT / "seeds").glob(f"{number}_*.txt")
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def seed_articles() -> dict[str, Article]:
    """The real seeds keyed by number ("000"...): slug is the file stem, one paragraph per line."""
    articles = {}
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        number = path.name[:3]
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        paragraphs = tuple(
            Paragraph(f"p{index}", line, escapeHtml(line))
            for index, line in enumerate(filter(None, lines), 1)
        )
        published, source = SEED_FACTS[number]
        title = paragraphs[0].text[:60]
        articles[number] = Article(path.stem, title, published, source, paragraphs)
    return articles


def fixture_article(path: Path) -> Article:
    """A hand-written fixture article in the content-file format."""
    front, body = split_front_matter(path.read_text(encoding="utf-8"))
    return Article(
        path.stem, front["title"], front["date"], front["source"], parse_paragraphs(body)
    )


def precision_recall(found: Counter, expected: Counter) -> tuple[float, float]:
    """Precision and recall of ``found`` against ``expected`` (multisets of comparable keys)."""
    hits = sum((found & expected).values())
    return hits / max(sum(found.values()), 1), hits / max(sum(expected.values()), 1)
