"""Tell which outlets an article credits: its dateline credit, its sign-offs and credit lines.

Only the forms in ``outlets.yml`` (``credit_forms``) credit an outlet: "(AP)", a closing line
"REUTERS", "With AFP", "[With Reuters inputs]", "..., Reuters reports.", "VOA's Jane Doe
reports from Kyiv". An outlet quoted or cited inside the story ("told CNN", "AFP reported") is a
source of that story, not its credit, so it never becomes the article's outlet. Several
credited outlets are kept, in the order the text first credits them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..files import load_yaml
from ..text.lexicon import alternation

_AGENCIES = re.compile(r"\bagenc(?:y|ies)\b", re.IGNORECASE)
AGENCIES = "Agencies"
"""What an article is credited to when it credits unnamed agencies ("(Input from agencies)")."""
_DATA = load_yaml(Path(__file__).with_name("outlets.yml").read_text(encoding="utf-8"))
_FORMS = tuple(str(form) for form in _DATA["credit_forms"])


@dataclass(frozen=True, slots=True)
class Outlet:
    """A news outlet and the names texts give it."""

    name: str
    """Name shown on the site, e.g. ``AFP``."""
    aliases: tuple[str, ...] = ()
    """Other spellings, e.g. ``Agence France-Presse``."""


KNOWN_OUTLETS = tuple(
    Outlet(str(item["name"]), tuple(str(alias) for alias in item.get("aliases", ())))
    for item in _DATA["outlets"]
)
"""The news outlets the importer knows (``outlets.yml``)."""


@dataclass(frozen=True, slots=True)
class Credit:
    """The outlets an article credits, and the words that credit them."""

    outlets: tuple[str, ...]
    """Outlet names in the order the text first credits them, e.g. ``("AFP", "Reuters")``."""
    evidence: str
    """Where the credit was read, e.g. ``dateline credit '(AP)'``."""


def infer_credit(
    paragraphs: Sequence[str],
    credits: Sequence[str],
    dateline_credit: str | None,
    outlets: tuple[Outlet, ...],
) -> Credit | None:
    """Return the outlets an article credits, or ``None`` when the text does not say."""
    found: dict[str, None] = {}
    evidence: list[str] = []
    if dateline_credit:
        found[_known_name(dateline_credit, outlets) or dateline_credit] = None
        evidence.append(f"dateline credit '({dateline_credit})'")
    for where, texts in (("sign-off", credits), ("text", paragraphs)):
        for text in texts:
            named = _credited(text, outlets)
            if where == "sign-off" and not named and _AGENCIES.search(text):
                named = [AGENCIES]
            if named and not set(named) <= found.keys():
                evidence.append(f"{where} '{_excerpt(text)}'")
            found.update(dict.fromkeys(named))
    return Credit(tuple(found), "; ".join(evidence)) if found else None


def _credited(text: str, outlets: tuple[Outlet, ...]) -> list[str]:
    """The outlets that a credit form in ``text`` names, in order."""
    named: list[str] = []
    for form in _forms(outlets):
        for match in form.finditer(text):
            for outlet in _name_pattern(outlets).finditer(match.group(0)):
                named.append(_known_name(outlet.group(0), outlets) or outlet.group(0))
    return list(dict.fromkeys(named))


def _known_name(written: str, outlets: tuple[Outlet, ...]) -> str | None:
    """Return the site name of an outlet as written in a credit."""
    wanted = " ".join(written.split()).casefold()
    for outlet in outlets:
        if wanted in (name.casefold() for name in (outlet.name, *outlet.aliases)):
            return outlet.name
    return None


def _excerpt(text: str, limit: int = 80) -> str:
    """The text, shortened for an evidence line."""
    text = " ".join(text.split())
    return text if len(text) <= limit else "\u2026" + text[-limit:]


@functools.lru_cache(maxsize=8)
def _name_pattern(outlets: tuple[Outlet, ...]) -> re.Pattern[str]:
    """Any name of any outlet as a whole word, longest first (so alternation prefers it)."""
    names = alternation(name for o in outlets for name in (o.name, *o.aliases))
    return re.compile(rf"(?<!\w)(?:{names})(?!\w)", re.IGNORECASE)


@functools.lru_cache(maxsize=8)
def _forms(outlets: tuple[Outlet, ...]) -> tuple[re.Pattern[str], ...]:
    """The credit forms of ``outlets.yml`` compiled for these outlets."""
    if not outlets:
        return ()
    names = _name_pattern(outlets).pattern
    return tuple(
        re.compile(form.replace("{outlet}", f"(?:{names})"), re.IGNORECASE) for form in _FORMS
    )
