"""The one loader of test articles: the real seeds (as lines or Article objects), hand-written
fixtures, and the project's editorial data, for the per-stage tests."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date
from pathlib import Path

from markdown_it.common.utils import escapeHtml

from pelican.plugins.briefing.analysis import figures, timeline
from pelican.plugins.briefing.analysis.editorial import load_gazetteer, load_taxonomy
from pelican.plugins.briefing.content.format import parse_paragraphs, split_front_matter
from pelican.plugins.briefing.importer.manifest import parse_manifest
from pelican.plugins.briefing.importer.outlet import Outlet
from pelican.plugins.briefing.model import (
    Article,
    Figure,
    Paragraph,
    SubjectContext,
    Taxonomy,
    Term,
    Topic,
    TopicMatch,
)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_SLUGS = {
    "000": "israel-withdraws-more-troops-from-southern-gaza-as-delegations-head-to-egypt-for",
    "001": "blinken-visits-israel-ahead-of-un-security-council-vote-on-us-ceasefire-draft",
    "002": "israel-to-send-delegation-to-cairo-truce-talks-only-if-hamas-softens-stance",
}
"""The real seeds' slugs by number, as the importer must make them from the manifest's titles."""
DEV_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
"""The dev corpus: real articles with an editor's key, checked out beside the repository."""
TAXONOMY = load_taxonomy(ROOT / "content" / "taxonomy.yml")
"""The project's topic taxonomy."""
GAZETTEER = load_gazetteer(ROOT / "content" / "gazetteer.yml")
"""The project's entity gazetteer."""
OUTLETS = (Outlet("AFP", ("Agence France-Presse",)), Outlet("Xinhua"), Outlet("Reuters"))
"""A few outlets for the importer's tests (the importer's own list is importer/outlets.yml)."""


def seed_lines(number: str) -> list[str]:
    """Return the non-empty lines of real seed ``number`` (``000``, ``001``, ``002``)."""
    (path,) = SEEDS.glob(f"{number}_*.txt")
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def seed_articles() -> dict[str, Article]:
    """The real seeds keyed by number ("000"...), dated and credited as seeds/manifest.yml says:
    slug is the file stem, one paragraph per non-empty line, anchors p1, p2..."""
    manifest = parse_manifest((SEEDS / "manifest.yml").read_text(encoding="utf-8"))
    articles = {}
    for path in sorted(SEEDS.glob("*.txt")):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        paragraphs = tuple(
            Paragraph(f"p{index}", line, escapeHtml(line))
            for index, line in enumerate(filter(None, lines), 1)
        )
        entry = manifest.entries[path.name]
        articles[path.name[:3]] = Article(
            path.stem, entry.title, entry.date, entry.source, paragraphs
        )
    return articles


def text_article(*texts: str, slug: str = "a", **fields) -> Article:
    """A test article with one body paragraph per text, anchored p1, p2..., dated 2024-05-01 and
    from the outlet ``Test`` unless ``fields`` (any of Article's) say otherwise."""
    paragraphs = tuple(Paragraph(f"p{i}", text, text) for i, text in enumerate(texts, 1))
    return replace(Article(slug, "Title", date(2024, 5, 1), "Test", paragraphs), **fields)


def find_figures(article: Article) -> tuple[Figure, ...]:
    """The figures of an article, dated with the events its timeline stage finds."""
    return figures.find_figures(article, timeline.find_events(article))


def one_topic(
    *terms: Term, threshold: float = 1.0, context: SubjectContext | None = None
) -> Taxonomy:
    """A taxonomy of one topic ``t`` with ``terms`` (and, if given, a subject context)."""
    return Taxonomy((Topic("t", "T", "", terms, threshold),), context)


def topic_set(matches: tuple[TopicMatch, ...]) -> set[str]:
    """The topic slugs of some matches."""
    return {match.topic for match in matches}


def fixture_article(path: Path) -> Article:
    """A hand-written fixture article in the content-file format."""
    front, body = split_front_matter(path.read_text(encoding="utf-8"))
    return Article(
        path.stem, front["title"], front["date"], front["source"], parse_paragraphs(body)
    )


def front(project: Path, slug: str) -> dict:
    """The front matter of one of the project's content files, read as the plugin reads it."""
    path = project / "content" / "articles" / f"{slug}.md"
    return split_front_matter(path.read_text(encoding="utf-8"))[0]


def snapshot(content: Path) -> dict[str, tuple[bytes, int]]:
    """Every file in ``content`` (the state file too): its bytes and modification time."""
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(content.iterdir())}


def precision_recall(found: Counter, expected: Counter) -> tuple[float, float]:
    """Precision and recall of ``found`` against ``expected`` (multisets of comparable keys)."""
    hits = sum((found & expected).values())
    return hits / max(sum(found.values()), 1), hits / max(sum(expected.values()), 1)
