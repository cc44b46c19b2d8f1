"""Import a folder of seeds into a temporary folder, read the content files back and analyse
them as the build does, without writing a site.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..analysis.editorial import load_gazetteer, load_taxonomy
from ..analysis.runner import analyse
from ..content.format import make_parser
from ..content.reader import read_article
from ..importer import import_seeds
from ..model import Article, Corpus
from .found import Found
from .key import KeyEntry


@dataclass(frozen=True, slots=True)
class Run:
    """The analysed corpus and what the pipeline states about every file of the key."""

    corpus: Corpus
    """Everything the stages found."""
    found: dict[str, Found]
    """Per key file name, what we state about it (an empty Found when it has no article)."""
    problems: tuple[str, ...]
    """One line per seed or content file that could not be used, or that the key lacks."""


def run(seeds: Path, editorial: Path, key: dict[str, KeyEntry]) -> Run:
    """Import ``seeds`` (``articles/`` of a corpus) and analyse them with ``editorial``'s data."""
    taxonomy = load_taxonomy(editorial / "taxonomy.yml")
    gazetteer = load_gazetteer(editorial / "gazetteer.yml")
    with tempfile.TemporaryDirectory(prefix="briefing-evaluate-") as folder:
        content = Path(folder) / "articles"
        report = import_seeds(seeds, content)
        problems = [f"{name}: not imported: {reason}" for name, reason in report.errors]
        articles = _read_back(content, problems)
    corpus = analyse(articles, taxonomy, gazetteer)
    merged = {Path(seed).name: Path(into).stem for seed, into in report.duplicates}
    found = {_seed_name(a): _found(corpus, a) for a in corpus.articles}
    problems += [f"{name}: has no key entry; not scored" for name in sorted(found.keys() - key)]
    for name in key:
        if name not in found:
            reason = f"merged into {merged[name]}" if name in merged else "no article"
            found[name] = Found(name, None, missing=reason)
    return Run(corpus, found, tuple(problems))


def _read_back(content: Path, problems: list[str]) -> list[Article]:
    """Read every content file the import wrote; a file that cannot be read is one problem line."""
    parser, articles = make_parser(), []
    for path in sorted(content.glob("*.md")):
        try:
            _, _, article = read_article(path.read_text(encoding="utf-8"), parser)
        except ValueError as error:  # UnicodeDecodeError too; YAML errors arrive as ValueError
            problems.append(f"{path.name}: content file unreadable: {error}")
        else:
            articles.append(article)
    return articles


def _seed_name(article: Article) -> str:
    """The seed's file name, which names the article in the key."""
    return Path(article.seed or article.slug).name


def _found(corpus: Corpus, article: Article) -> Found:
    """Gather what the stages found in one article."""
    slug = article.slug
    return Found(
        name=_seed_name(article),
        article=article,
        topics=frozenset(match.topic for match in corpus.topic_matches.get(slug, ())),
        quotes=tuple(corpus.quotes.get(slug, ())),
        figures=tuple(corpus.figures.get(slug, ())),
    )
