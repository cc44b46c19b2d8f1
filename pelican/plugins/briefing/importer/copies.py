"""Find seeds that carry the same article: exact copies and copies with a little added."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

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
