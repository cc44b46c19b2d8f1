"""Load the editorial data files: the topic taxonomy and the entity gazetteer (YAML)."""

from __future__ import annotations

from pathlib import Path

import yaml

from ..files import load_yaml
from ..model import Entity, Gazetteer, Taxonomy, Term, Topic

ENTITY_TYPES = ("person", "organisation", "place")


class EditorialError(ValueError):
    """An editorial data file cannot be used; the message names the file and the reason."""


def load_taxonomy(path: Path) -> Taxonomy:
    """Read the topic taxonomy from ``path``."""
    entries = _entries(path, "topics")
    topics = tuple(_topic(path, number, entry) for number, entry in enumerate(entries, 1))
    _check_unique(path, [topic.slug for topic in topics], "topic slug")
    return Taxonomy(topics)


def load_gazetteer(path: Path) -> Gazetteer:
    """Read the entity gazetteer from ``path``."""
    entries = _entries(path, "entities")
    entities = tuple(_entity(path, number, entry) for number, entry in enumerate(entries, 1))
    _check_unique(path, [entity.id for entity in entities], "entity id")
    return Gazetteer(entities)


def _entries(path: Path, key: str) -> list[dict]:
    """Return the list under ``key`` in the YAML file at ``path``."""
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise EditorialError(f"{path}: cannot read: {error}") from error
    if not isinstance(data, dict) or not isinstance(data.get(key), list):
        raise EditorialError(f"{path}: expected a top-level '{key}:' list")
    return data[key]


def _topic(path: Path, number: int, entry: dict) -> Topic:
    """Build topic number ``number`` of the taxonomy."""
    where = f"{path}: topic {number}"
    _require(where, entry, ("slug", "name", "terms"))
    terms = tuple(_term(where, term) for term in entry["terms"])
    return Topic(
        slug=str(entry["slug"]),
        name=str(entry["name"]),
        description=str(entry.get("description", "")),
        terms=terms,
        threshold=float(entry.get("threshold", 1.0)),
    )


def _term(where: str, term: object) -> Term:
    """Build a term from ``phrase`` or ``{phrase: weight}``."""
    if isinstance(term, str):
        return Term(term)
    if isinstance(term, dict) and len(term) == 1:
        ((phrase, weight),) = term.items()
        return Term(str(phrase), float(weight))
    raise EditorialError(f"{where}: a term must be a phrase or 'phrase: weight', got {term!r}")


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


def _require(where: str, entry: object, keys: tuple[str, ...]) -> None:
    """Fail unless ``entry`` is a mapping with every key in ``keys``."""
    if not isinstance(entry, dict):
        raise EditorialError(f"{where}: expected a mapping, got {entry!r}")
    missing = [key for key in keys if key not in entry]
    if missing:
        raise EditorialError(f"{where}: missing {', '.join(missing)}")


def _check_unique(path: Path, values: list[str], what: str) -> None:
    """Fail if a value appears twice."""
    seen = set()
    for value in values:
        if value in seen:
            raise EditorialError(f"{path}: {what} {value!r} appears twice")
        seen.add(value)
