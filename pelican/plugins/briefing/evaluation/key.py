"""Read an editor's key (``key.json``, format in the corpus README) into plain records.

An entry that breaks the format is left out with one line naming the file, the place and the
reason; the other entries are still scored.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

MEASURES = (
    "killed",
    "wounded",
    "hostages-held",
    "hostages-released",
    "displaced",
    "aid-trucks",
    "votes",
    "money",
    "people",
    "other",
)
"""Figure measures the key may use."""
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


class KeyFormatError(ValueError):
    """A key entry (or the whole key) breaks the format; the message says where and why."""


@dataclass(frozen=True, slots=True)
class KeyQuote:
    """A direct quotation the key lists."""

    speaker: str
    """Surname, organisation or description, e.g. ``Biden``, ``White House``, ``U.S. official``."""
    text: str
    """The words inside the marks, or a distinctive span of them, verbatim."""


@dataclass(frozen=True, slots=True)
class KeyFigure:
    """A figure an editor would file."""

    number: str
    """The number token as written, without qualifiers: ``1,400``, ``Twenty-four``, ``60%``."""
    attribution: str | None
    """One word for the source the text states, or ``None`` when it states none."""
    measure: str
    """One of ``MEASURES``."""
    place: str | None
    """Where the figure is about, or ``None`` when not stated."""
    as_of: date | None
    """The day the figure refers to, or ``None``."""


@dataclass(frozen=True, slots=True)
class KeyEntry:
    """What the editor's key says about one article file."""

    name: str
    """File name in ``articles/``, e.g. ``04_voa.txt``."""
    headline: str
    """The real headline (reference only: it is not in the text)."""
    earliest: date
    """First day the article can have been published."""
    latest: date
    """Last day the article can have been published."""
    date_in_text: bool
    """Whether the text itself fixes the publication date."""
    credit: tuple[str, ...]
    """Outlets the text credits as its source; empty when it credits none."""
    dateline: str | None
    """The dateline as written, or ``None``."""
    primary: tuple[str, ...]
    """Topics the article is mainly about."""
    secondary: tuple[str, ...]
    """Other topics at least one sentence addresses."""
    quotes: tuple[KeyQuote, ...]
    """Direct quotations with a clear speaker."""
    figures: tuple[KeyFigure, ...]
    """Figures, in reading order."""


def load_key(path: Path) -> tuple[dict[str, KeyEntry], list[str]]:
    """Return the valid entries of the key at ``path`` by file name, and one line per bad entry."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise KeyFormatError(f"{path}: cannot read the key ({error})") from error
    if not isinstance(data, dict):
        raise KeyFormatError(f"{path}: expected an object keyed by file name")
    entries, problems = {}, []
    for name, entry in data.items():
        try:
            entries[name] = _entry(name, entry)
        except KeyFormatError as error:
            problems.append(f"{path.name}: {name}: {error}; entry not scored")
    return entries, problems


def _entry(name: str, entry: object) -> KeyEntry:
    """Build one entry, raising KeyFormatError naming the field that is wrong."""
    if not isinstance(entry, dict):
        raise KeyFormatError("entry is not an object")
    window = entry.get("date")
    if not (isinstance(window, list) and len(window) == 2):
        raise KeyFormatError("date must be [earliest, latest]")
    earliest, latest = (_day(day, "date") for day in window)
    if earliest is None or latest is None or earliest > latest:
        raise KeyFormatError("date must be two days, earliest first")
    topics = entry.get("topics")
    if not isinstance(topics, dict):
        raise KeyFormatError("topics must be {primary: [...], secondary: [...]}")
    return KeyEntry(
        name=name,
        headline=_text(entry.get("headline"), "headline") or "",
        earliest=earliest,
        latest=latest,
        date_in_text=entry.get("date_in_text") is True,
        credit=_strings(entry.get("credit") or [], "credit"),
        dateline=_text(entry.get("dateline"), "dateline"),
        primary=_topics(topics.get("primary"), "topics.primary"),
        secondary=_topics(topics.get("secondary"), "topics.secondary"),
        quotes=tuple(_quote(q, n) for n, q in enumerate(_list(entry, "quotes"))),
        figures=tuple(_figure(f, n) for n, f in enumerate(_list(entry, "figures"))),
    )


def _quote(quote: object, number: int) -> KeyQuote:
    """Build quote ``number`` of an entry."""
    where = f"quotes[{number}]"
    if not isinstance(quote, dict):
        raise KeyFormatError(f"{where}: not an object")
    speaker, text = _text(quote.get("speaker"), where), _text(quote.get("text"), where)
    if not speaker or not text:
        raise KeyFormatError(f"{where}: needs a speaker and a text")
    return KeyQuote(speaker, text)


def _figure(figure: object, number: int) -> KeyFigure:
    """Build figure ``number`` of an entry."""
    where = f"figures[{number}]"
    if not isinstance(figure, dict):
        raise KeyFormatError(f"{where}: not an object")
    token = _text(figure.get("number"), f"{where}.number")
    if not token:
        raise KeyFormatError(f"{where}: number is missing")
    if figure.get("measure") not in MEASURES:
        raise KeyFormatError(f"{where}: measure {figure.get('measure')!r} is not one of the key's")
    return KeyFigure(
        number=token,
        attribution=_text(figure.get("attribution"), f"{where}.attribution"),
        measure=str(figure["measure"]),
        place=_text(figure.get("place"), f"{where}.place"),
        as_of=_day(figure.get("as_of"), f"{where}.as_of"),
    )


def _list(entry: dict, field: str) -> list:
    """Return the list under ``field`` (absent means empty)."""
    value = entry.get(field) or []
    if not isinstance(value, list):
        raise KeyFormatError(f"{field} must be a list")
    return value


def _topics(value: object, where: str) -> tuple[str, ...]:
    """Return a list of topic slugs (checked against the taxonomy by ``unknown_topics``)."""
    return _strings(value or [], where)


def unknown_topics(key: dict[str, KeyEntry], slugs: set[str]) -> list[str]:
    """One line per key topic that is not one of ``slugs`` (the taxonomy's): it cannot be found."""
    return [
        f"key.json: {name}: topic {topic!r} is not in the taxonomy"
        for name, entry in key.items()
        for topic in (*entry.primary, *entry.secondary)
        if topic not in slugs
    ]


def _strings(value: object, where: str) -> tuple[str, ...]:
    """Return a list of non-empty strings."""
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise KeyFormatError(f"{where} must be null or a list of names")
    return tuple(value)


def _text(value: object, where: str) -> str | None:
    """Return a string field, ``None`` when null or empty."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise KeyFormatError(f"{where} must be a string or null")
    return value


def _day(value: object, where: str) -> date | None:
    """Return a ``YYYY-MM-DD`` field as a date, ``None`` when null."""
    if value is None:
        return None
    if not (isinstance(value, str) and _DAY.fullmatch(value)):
        raise KeyFormatError(f"{where}: {value!r} is not YYYY-MM-DD")
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise KeyFormatError(f"{where}: {value!r} is not a day") from error
