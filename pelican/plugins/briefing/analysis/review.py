"""What an editor should act on after a build: warnings about the corpus and the editorial data.

Pure: the gathered corpus in, one message per problem out; the build logs them as warnings
(fatal under ``--fatal warnings``).
"""

from __future__ import annotations

from collections import defaultdict

from ..model import Corpus


def check_corpus(corpus: Corpus) -> list[str]:
    """Warnings an editor should act on: unknown topics in front matter, unknown entities."""
    known = {t.slug for t in corpus.taxonomy.topics}
    warnings = []
    for article in corpus.articles:
        for slug in (*article.topics_added, *article.topics_removed):
            if slug not in known:
                warnings.append(f"{article.slug}: unknown topic {slug!r} in front matter")
    places: dict[str, list[str]] = defaultdict(list)
    for slug, candidates in sorted(corpus.candidates.items()):
        for candidate in candidates:
            places[candidate.name].append(f"{slug}#{candidate.anchor}")
    for name, where in sorted(places.items()):
        warnings.append(
            f"unknown entity {name!r} in {', '.join(where[:3])}"
            + (f" and {len(where) - 3} more" if len(where) > 3 else "")
            + "; add it to the gazetteer if it matters"
        )
    return warnings
