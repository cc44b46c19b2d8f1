"""Place names a figure can be filed under (``places.yml``) and where a text names them."""

from __future__ import annotations

import re
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple

from ..files import load_yaml
from .lexicon import alternation

_DATA = load_yaml(Path(__file__).with_name("places.yml").read_text(encoding="utf-8"))

PLACE_OF = MappingProxyType(
    {str(name): str(place) for place, names in _DATA["places"].items() for name in names}
)
"""Name as written (``Rafah``) -> the place a figure there is filed under (``Gaza``)."""
PLACE_NOUNS = frozenset(str(noun) for noun in _DATA["place_nouns"])
"""Nouns after "Gaza's" that keep it a place ("city", "borders"), lower case."""

# Whole words with their capitals; a hyphen on either side makes an adjective ("Gaza-based",
# "Iran-backed"), and "Gaza's" is still Gaza.
_NAME = re.compile(rf"(?<![\w-])(?:{alternation(PLACE_OF)})(?![\w]|-\w)")


class PlaceName(NamedTuple):
    """A place name in a text."""

    start: int
    end: int
    place: str
    """The place it is filed under."""


def place_names(text: str) -> list[PlaceName]:
    """Every listed place name in ``text``, in order."""
    return [PlaceName(m.start(), m.end(), PLACE_OF[m.group()]) for m in _NAME.finditer(text)]
