"""Which language and direction an article's text is written in, told by its script
(``scripts.yml``): Arabic and Hebrew read right to left, and a page must say so."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..files import load_yaml

_DATA = load_yaml(Path(__file__).with_name("scripts.yml").read_text(encoding="utf-8"))


@dataclass(frozen=True, slots=True)
class Language:
    """The language of a text and the direction it is read in."""

    code: str
    """BCP 47 language tag, e.g. ``ar``."""
    direction: str
    """``rtl`` or ``ltr``."""


@dataclass(frozen=True, slots=True)
class _Script:
    """One writing system of ``scripts.yml``."""

    name: str
    ranges: tuple[tuple[int, int], ...]
    language: Language
    share: float
    languages: tuple[tuple[str, frozenset[str]], ...]

    def holds(self, code: int) -> bool:
        """Whether a character's code point is of this script."""
        return any(low <= code <= high for low, high in self.ranges)


def _script(entry: dict) -> _Script:
    """A script as ``scripts.yml`` describes it."""
    ranges = tuple(
        (int(low, 16), int(high, 16)) for low, high in (str(r).split("-") for r in entry["ranges"])
    )
    others = tuple(
        (str(item["language"]), frozenset(str(item["letters"])))
        for item in entry.get("languages", ())
    )
    language = Language(str(entry["language"]), str(entry["direction"]))
    return _Script(str(entry["name"]), ranges, language, float(entry.get("share", 0)), others)


SCRIPTS = tuple(_script(entry) for entry in _DATA["scripts"])
"""The scripts told apart, in the file's order."""


def text_language(text: str) -> Language | None:
    """The language of ``text`` when most of its letters are of a known script; else None
    (the site's own language)."""
    letters = [char for char in text if char.isalpha()]
    counts = Counter(
        next((script for script in SCRIPTS if script.holds(ord(char))), None) for char in letters
    )
    script, count = max(
        ((s, n) for s, n in counts.items() if s is not None),
        key=lambda found: found[1],
        default=(None, 0),
    )
    if script is None or count * 2 <= len(letters):
        return None
    for code, marks in script.languages:
        if sum(char in marks for char in letters) >= script.share * count:
            return Language(code, script.language.direction)
    return script.language
