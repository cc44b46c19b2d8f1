"""Tell which outlet an article comes from: dateline credit, sign-off, or credits in the text."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

_AGENCIES = re.compile(r"\bagenc(?:y|ies)\b", re.IGNORECASE)
AGENCIES = "Agencies"


@dataclass(frozen=True)
class Outlet:
    """A news outlet and the names texts give it."""

    name: str
    """Name shown on the site, e.g. ``AFP``."""
    aliases: tuple[str, ...] = ()
    """Other spellings, e.g. ``Agence France-Presse``."""


def infer_source(
    paragraphs: Sequence[str],
    credits: Sequence[str],
    dateline_credit: str | None,
    outlets: tuple[Outlet, ...],
) -> str | None:
    """Return the outlet an article credits, or ``None`` when the text does not say."""
    if dateline_credit:
        return _known_name(dateline_credit, outlets) or dateline_credit
    for credit in credits:
        named = _most_credited([credit], outlets, need_context=False)
        if named or _AGENCIES.search(credit):
            return named or AGENCIES
    return _most_credited(paragraphs, outlets, need_context=True)


def _known_name(written: str, outlets: tuple[Outlet, ...]) -> str | None:
    """Return the site name of an outlet as written in a credit."""
    wanted = written.strip().casefold()
    for outlet in outlets:
        if wanted in (name.casefold() for name in (outlet.name, *outlet.aliases)):
            return outlet.name
    return None


def _most_credited(
    texts: Sequence[str], outlets: tuple[Outlet, ...], *, need_context: bool
) -> str | None:
    """Return the outlet credited most often in ``texts`` (the first credited on a tie)."""
    if not outlets:
        return None
    names = _names(outlets)
    counts: Counter[str] = Counter()
    # Substring tests are cheap; the pattern only runs on texts that name an outlet.
    for text in (text for text in texts if any(name in text for name in names)):
        for found in _credit_pattern(outlets).finditer(text):
            if found["before"] or found["after"] or not need_context:
                counts[_known_name(found["outlet"], outlets) or found["outlet"]] += 1
    return counts.most_common(1)[0][0] if counts else None


@functools.lru_cache(maxsize=8)
def _names(outlets: tuple[Outlet, ...]) -> tuple[str, ...]:
    """Return every name of every outlet, longest first (so regex alternation prefers it)."""
    return tuple(sorted({name for o in outlets for name in (o.name, *o.aliases)}, key=len)[::-1])


@functools.lru_cache(maxsize=8)
def _credit_pattern(outlets: tuple[Outlet, ...]) -> re.Pattern[str]:
    """Compile, once per outlet list, an outlet name and the words that make it a credit."""
    names = _names(outlets)
    # "told AFP", "(Reuters)", "via Xinhua)", "AFP photos", "an AFP tally", "Reuters reported".
    return re.compile(
        r"(?P<before>\b(?:told|to|via|by) +|\()?"
        r"\b(?P<outlet>" + "|".join(re.escape(name) for name in names) + r")\b"
        r"(?P<after>\)| +(?:photos?|tally|reported|correspondents?|reporters?|journalists?)\b)?"
    )
