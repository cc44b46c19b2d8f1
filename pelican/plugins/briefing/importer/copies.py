"""Find seeds that carry the same article (exact copies or a little added) and fold them."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .clean import CleanParagraph
from .seeds import Seed

NEAR_SHARE = 0.8
# A paragraph found in this many articles is boilerplate, not evidence of a copy; ignoring
# it also keeps the index lookups short, so the search stays linear in the corpus size.
_COMMON = 20


@dataclass(frozen=True)
class Copy:
    """A seed that repeats an earlier one."""

    original: int
    """Index of the earlier seed it copies (always a seed that copies no other)."""
    exact: bool
    """True when every paragraph is the same, False for a near-duplicate."""


def find_duplicates(articles: Sequence[Sequence[str]]) -> tuple[Copy | None, ...]:
    """For each article (its paragraphs, in seed-name order), the earlier one it copies, if any.

    Rule: an article copies the first earlier original with the same paragraphs (exact), else
    the earlier original sharing the most paragraphs if they are at least 80% of the longer
    article's paragraphs (near); ties go to the earliest.
    """
    by_text: dict[tuple[str, ...], int] = {}
    holders: defaultdict[str, list[int]] = defaultdict(list)
    found: list[Copy | None] = []
    for index, paragraphs in enumerate(articles):
        key = tuple(paragraphs)
        copy = _exact(key, by_text) or _near(key, articles, holders)
        found.append(copy)
        if copy is None:
            by_text.setdefault(key, index)
            for text in set(key):
                holders[text].append(index)
    return tuple(found)


def _exact(key: tuple[str, ...], by_text: dict[tuple[str, ...], int]) -> Copy | None:
    """Return the original with exactly these paragraphs."""
    return Copy(by_text[key], exact=True) if key in by_text else None


def _near(
    key: tuple[str, ...], articles: Sequence[Sequence[str]], holders: dict[str, list[int]]
) -> Copy | None:
    """Return the original sharing enough paragraphs with ``key``."""
    shared: Counter[int] = Counter()
    for text in set(key):
        if len(holders.get(text, ())) <= _COMMON:
            shared.update(holders.get(text, ()))
    if not shared:
        return None
    original, count = min(shared.items(), key=lambda item: (-item[1], item[0]))
    longer = max(len(set(key)), len(set(articles[original])))
    return Copy(original, exact=False) if count >= 2 and count >= NEAR_SHARE * longer else None


@dataclass(frozen=True, slots=True)
class SeedArticle:
    """An article to write: its seed, any copies folded into it, its paragraphs and slug."""

    seed: Seed
    """The seed the article is made from (the earliest of its copies)."""
    paragraphs: tuple[CleanParagraph, ...]
    """Paragraphs of the seed and the sentences its copies add."""
    credits: tuple[str, ...]
    """Sign-offs of the seed and its copies, each once."""
    copies: tuple[tuple[Seed, bool], ...] = ()
    """(seed, exact) of every seed that copies it."""
    slug: str = ""
    """File name of its content file, once assigned."""


def merge_copies(seeds: list[Seed]) -> list[SeedArticle]:
    """Fold duplicate seeds into the article of the seed they copy."""
    copies = find_duplicates([[p.text for p in seed.draft.paragraphs] for seed in seeds])
    articles: dict[int, SeedArticle] = {}
    for index, (seed, copy) in enumerate(zip(seeds, copies, strict=True)):
        if copy is None:
            articles[index] = SeedArticle(seed, seed.draft.paragraphs, seed.draft.credits)
        else:
            articles[copy.original] = _fold(articles[copy.original], seed, copy.exact)
    return list(articles.values())


def _fold(article: SeedArticle, seed: Seed, exact: bool) -> SeedArticle:
    """Add a copy's new paragraphs and credits to an article."""
    paragraphs = list(article.paragraphs)
    for paragraph in seed.draft.paragraphs:
        _add_paragraph(paragraphs, paragraph)
    credits = tuple(dict.fromkeys((*article.credits, *seed.draft.credits)))
    return replace(
        article,
        paragraphs=tuple(paragraphs),
        credits=credits,
        copies=(*article.copies, (seed, exact)),
    )


def _add_paragraph(paragraphs: list[CleanParagraph], new: CleanParagraph) -> None:
    """Append a paragraph not present, or let it replace the paragraph it extends."""
    texts = [paragraph.text for paragraph in paragraphs]
    if new.text in texts:
        return
    for position, text in enumerate(texts):
        # A copy that adds a sentence to a paragraph contains the whole original paragraph.
        if 2 * len(text) >= len(new.text) and text in new.text:
            paragraphs[position] = new
            return
    paragraphs.append(new)
