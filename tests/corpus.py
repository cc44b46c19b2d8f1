"""The real seeds and hand-written fixture articles as Article objects, for the per-stage tests."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from markdown_it.common.utils import escapeHtml

from pelican.plugins.briefing.content.format import parse_paragraphs, split_front_matter
from pelican.plugins.briefing.model import Article, Paragraph

ROOT = Path(__file__).resolve().parent.parent
# Per seed number: publication date and outlet, as seeds/manifest.yml gives them.
SEED_FACTS = {
    "000": (date(2024, 4, 7), "Agencies"),
    "001": (date(2024, 3, 21), "AFP"),
    "002": (date(2024, 2, 21), "Xinhua"),
}


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
