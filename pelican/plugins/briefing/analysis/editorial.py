"""Load the editorial data files: the topic taxonomy and the entity gazetteer (YAML)."""

from __future__ import annotations

from pathlib import Path

import yaml

from ..files import load_yaml
from ..model import SCOPES, Entity, Gazetteer, SubjectContext, Taxonomy, Term, Topic
from ..text.calendar import MONTH_KEY
from .phrases import wordings

ENTITY_TYPES = ("person", "organisation", "place")
TOPIC_KEYS = ("slug", "name", "description", "terms", "threshold")
CONTEXT_KEYS = ("scope", "names", "elsewhere")


class EditorialError(ValueError):
    """An editorial data file cannot be used; the message names the file and the reason."""


def load_taxonomy(path: Path) -> Taxonomy:
    """Read the topic taxonomy from ``path``."""
    data = _read(path)
    entries = _entries(path, data, "topics")
    _require(str(path), data, ("topics",), ("topics", "context"))
    topics = tuple(_topic(path, number, entry) for number, entry in enumerate(entries, 1))
    _check_unique(path, [topic.slug for topic in topics], "topic slug")
    context = _context(f"{path}: context", data["context"]) if "context" in data else None
    return Taxonomy(topics, context)


def load_gazetteer(path: Path) -> Gazetteer:
    """Read the entity gazetteer from ``path``."""
    entries = _entries(path, _read(path), "entities")
    entities = tuple(_entity(path, number, entry) for number, entry in enumerate(entries, 1))
    _check_unique(path, [entity.id for entity in entities], "entity id")
    return Gazetteer(entities)


def _read(path: Path) -> object:
    """Return the YAML data of the file at ``path``."""
    try:
        return load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise EditorialError(f"{path}: cannot read: {error}") from error


def _entries(path: Path, data: object, key: str) -> list[dict]:
    """Return the list under ``key`` in the YAML ``data`` of the file at ``path``."""
    if not isinstance(data, dict) or not isinstance(data.get(key), list):
        raise EditorialError(f"{path}: expected a top-level '{key}:' list")
    return data[key]


def _topic(path: Path, number: int, entry: dict) -> Topic:
    """Build topic number ``number`` of the taxonomy."""
    where = f"{path}: topic {number}"
    _require(where, entry, ("slug", "name", "terms"), TOPIC_KEYS)
    where = f"{path}: topic {entry['slug']!r}"
    if not isinstance(entry["terms"], list):
        raise EditorialError(f"{where}: terms must be a list, got {entry['terms']!r}")
    if MONTH_KEY.fullmatch(str(entry["slug"])):
        # timeline/<slug>.html is the topic's timeline; timeline/2024-10.html a month's
        raise EditorialError(f"{where}: slug names a timeline month page; choose another")
    return Topic(
        slug=str(entry["slug"]),
        name=str(entry["name"]),
        description=str(entry.get("description", "")),
        terms=tuple(_term(where, term) for term in entry["terms"]),
        threshold=_number(f"{where}: threshold", entry.get("threshold", 1.0), 0, exclusive=True),
    )


def _term(where: str, term: object) -> Term:
    """Build a term from ``phrase`` or ``{phrase: weight}``."""
    if isinstance(term, str) and _is_phrase(term):
        return Term(term)
    if isinstance(term, dict) and len(term) == 1:
        ((phrase, weight),) = term.items()
        if isinstance(phrase, str) and _is_phrase(phrase):
            return Term(phrase, _number(f"{where}: term {phrase!r}: weight", weight, 0))
    raise EditorialError(
        f"{where}: a term must be a phrase or 'phrase: weight' (wordings separated by '|'),"
        f" got {term!r}"
    )


def _is_phrase(text: str) -> bool:
    """Whether ``text`` is a phrase whose every wording (between ``|``) has a word."""
    return all(any(char.isalnum() for char in wording) for wording in wordings(text))


def _context(where: str, entry: object) -> SubjectContext:
    """Build the subject context: its names and the scope within which one must appear."""
    _require(where, entry, ("names",), CONTEXT_KEYS)
    scope = entry.get("scope", "paragraph")
    if scope not in SCOPES:
        raise EditorialError(f"{where}: scope must be one of {', '.join(SCOPES)}, got {scope!r}")
    names = _names(f"{where}: names", entry["names"], empty=False)
    return SubjectContext(names, scope, _names(f"{where}: elsewhere", entry.get("elsewhere", [])))


def _names(where: str, names: object, *, empty: bool = True) -> tuple[str, ...]:
    """Return a list of names as a tuple; fail on anything else (or on none unless ``empty``)."""
    if not isinstance(names, list) or not (names or empty):
        raise EditorialError(f"{where}: expected a list of names, got {names!r}")
    for number, name in enumerate(names, 1):
        if not isinstance(name, str) or not _is_phrase(name):
            raise EditorialError(f"{where}: name {number} must be a word or phrase, got {name!r}")
    return tuple(names)


def _number(where: str, value: object, minimum: float, *, exclusive: bool = False) -> float:
    """Return ``value`` as a float; fail unless it is a number of at least ``minimum`` (more
    than ``minimum`` if ``exclusive``)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise EditorialError(f"{where} must be a number, got {value!r}")
    if value < minimum or (exclusive and value == minimum):
        bound = f"more than {minimum:g}" if exclusive else f"{minimum:g} or more"
        raise EditorialError(f"{where} must be {bound}, got {value!r}")
    return float(value)


def _entity(path: Path, number: int, entry: dict) -> Entity:
    """Build entity number ``number`` of the gazetteer."""
    where = f"{path}: entity {number}"
    _require(where, entry, ("id", "name", "type"))
    if entry["type"] not in ENTITY_TYPES:
        raise EditorialError(f"{where}: type must be one of {', '.join(ENTITY_TYPES)}")
    return Entity(
        id=str(entry["id"]),
        name=str(entry["name"]),
        type=str(entry["type"]),
        role=str(entry.get("role", "")),
        aliases=tuple(str(alias) for alias in entry.get("aliases", ())),
    )


def _require(
    where: str, entry: object, keys: tuple[str, ...], known: tuple[str, ...] | None = None
) -> None:
    """Fail unless ``entry`` is a mapping with every key in ``keys`` (and only ``known`` ones)."""
    if not isinstance(entry, dict):
        raise EditorialError(f"{where}: expected a mapping, got {entry!r}")
    missing = [key for key in keys if key not in entry]
    if missing:
        raise EditorialError(f"{where}: missing {', '.join(missing)}")
    unknown = [str(key) for key in entry if known is not None and key not in known]
    if unknown:
        raise EditorialError(f"{where}: unknown key {unknown[0]!r} (known: {', '.join(known)})")


def _check_unique(path: Path, values: list[str], what: str) -> None:
    """Fail if a value appears twice."""
    seen = set()
    for value in values:
        if value in seen:
            raise EditorialError(f"{path}: {what} {value!r} appears twice")
        seen.add(value)
