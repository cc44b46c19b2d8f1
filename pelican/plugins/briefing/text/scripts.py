"""Which language and direction an article's text is written in, told by its script
(``scripts.yml``): Arabic and Hebrew read right to left, and a page must say so."""

from __future__ import annotations

import re
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
    characters: re.Pattern
    """Any one character of the script's blocks (letters, and its digits and punctuation)."""
    language: Language
    share: float
    languages: tuple[tuple[str, re.Pattern], ...]
    """Each other language that writes the script, with a pattern of the letters only it uses."""

    def letters(self, text: str) -> int:
        """How many of the letters of ``text`` are of this script."""
        return sum(map(str.isalpha, self.characters.findall(text)))


def _script(entry: dict) -> _Script:
    """A script as ``scripts.yml`` describes it."""
    blocks = "".join(
        f"\\U{int(low, 16):08x}-\\U{int(high, 16):08x}"
        for low, high in (str(r).split("-") for r in entry["ranges"])
    )
    others = tuple(
        (str(item["language"]), re.compile(f"[{re.escape(str(item['letters']))}]"))
        for item in entry.get("languages", ())
    )
    language = Language(str(entry["language"]), str(entry["direction"]))
    return _Script(
        str(entry["name"]),
        re.compile(f"[{blocks}]"),
        language,
        float(entry.get("share", 0)),
        others,
    )


SCRIPTS = tuple(_script(entry) for entry in _DATA["scripts"])
"""The scripts told apart, in the file's order."""


def text_language(text: str) -> Language | None:
    """The language of ``text`` when most of its letters are of a known script; else None
    (the site's own language)."""
    if text.isascii():  # no letter of any script told apart; checked in C, in one pass
        return None
    # Counted by patterns and C loops, not a Python loop over every character: the archive
    # page asks for every article (at 10,000 articles, 50 million characters).
    letters = sum(map(str.isalpha, text))
    count, script = max(((s.letters(text), s) for s in SCRIPTS), key=lambda found: found[0])
    if not count or count * 2 <= letters:
        return None
    for code, marks in script.languages:
        if len(marks.findall(text)) >= script.share * count:
            return Language(code, script.language.direction)
    return script.language
