"""Read the editors' seed manifest: seed path -> title, date, source, author, url, slug.

The manifest is editorial data, so a mistake in it must never cost the desk's work: a file
that cannot be read as YAML stops the import before anything is written (ManifestError names
the line and column), and a value that cannot be used costs that one field, with a line
saying which and what was expected.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import yaml

from ..files import YAML_LOADER
from ..messages import did_you_mean, line_column, yaml_problem
from .report import RunLog, shown

FIELDS = ("title", "date", "source", "author", "url", "slug")
_EXPECTED = {
    "title": "a headline",
    "date": "a date as YYYY-MM-DD",
    "source": "the outlet's name",
    "author": "the byline's name or names",
    "url": "an address starting with http:// or https://",
    "slug": "a slug (letters, digits and hyphens)",
}
_KEYS_INDENTED = ", ".join(f"{field}:" for field in FIELDS[:-1]) + f" or {FIELDS[-1]}: indented"
"""How a message asks for an entry's fields."""
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class ManifestError(ValueError):
    """The manifest cannot be read at all; the message is ``file:LINE:COLUMN: what is wrong``."""


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    """What an editor states about one seed; ``None`` where the manifest is silent."""

    title: str | None = None
    """Headline."""
    date: date | None = None
    """Publication date."""
    source: str | None = None
    """Outlet."""
    author: str | None = None
    """Byline."""
    url: str | None = None
    """Address of the original article."""
    slug: str | None = None
    """Slug wished for the article (sanitised before use)."""


@dataclass(frozen=True, slots=True)
class Manifest:
    """The usable entries of a manifest, where each stands, and the problems found in the rest."""

    entries: dict[str, ManifestEntry]
    """Seed path in ``seeds/`` -> its entry, less any field that could not be used."""
    where: dict[str, str]
    """Seed path -> ``file:LINE:COLUMN`` of its entry."""
    errors: tuple[tuple[str, str], ...] = ()
    """(``file:LINE:COLUMN``, what is wrong) per value or entry that could not be used."""
    warnings: tuple[str, ...] = ()
    """One line per suspicious but harmless detail (an unknown key), starting with its place."""


def read_manifest(path: Path, project: Path, log: RunLog) -> Manifest:
    """Read the manifest, reporting its problems; an absent manifest is empty.

    Raise ManifestError when the file cannot be read as YAML at all.
    """
    if not path.is_file():
        return Manifest({}, {})
    name = shown(path, project)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ManifestError(f"{name}: cannot read ({error.strerror or error})") from error
    manifest = parse_manifest(_text(data, name), name)
    log.errors.extend(manifest.errors)
    log.warnings.extend(manifest.warnings)
    return manifest


def _text(data: bytes, name: str) -> str:
    """Decode the manifest as UTF-8 (with or without a byte-order mark), or say where it is not."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = data[: error.start].decode("utf-8-sig")
        line, column = line_column(before, len(before))
        raise ManifestError(
            f"{name}:{line}:{column}: not UTF-8 text (byte 0x{data[error.start]:02x});"
            " save the file as UTF-8"
        ) from error


def warn_unused_entries(manifest: Manifest, names: set[str], log: RunLog) -> None:
    """Warn about manifest entries that name no seed file, suggesting the seed probably meant."""
    unused = sorted(set(manifest.entries) - names, key=list(manifest.entries).index)
    log.warnings.extend(
        f"{manifest.where[name]}: entry {name!r} names no seed file in seeds/"
        f"{did_you_mean(name, names - set(manifest.entries))}"
        for name in unused
    )


def parse_manifest(text: str, name: str = "manifest.yml") -> Manifest:
    """Parse and check the manifest's YAML text; ``name`` is how lines name the file."""
    try:
        # libyaml's parser: 10,000 entries take 15 s with the pure-Python one.
        root = yaml.compose(text, Loader=YAML_LOADER)
    except yaml.YAMLError as error:
        line, column, problem = yaml_problem(error, text)
        raise ManifestError(f"{name}:{line}:{column}: {problem}") from error
    except RecursionError as error:
        raise ManifestError(f"{name}:1:1: nested too deeply to be a manifest") from error
    if root is None or _is_null(root):
        return Manifest({}, {})
    if not isinstance(root, yaml.MappingNode):
        raise ManifestError(
            f"{_at(name, root)}: expected one entry per seed ('story.txt:' with {_KEYS_INDENTED}"
            f" under it), got {_kind(root)}"
        )
    return _Reader(name).read(root)


class _Reader:
    """Reads the entries of a manifest's top-level mapping, collecting what is wrong."""

    def __init__(self, name: str) -> None:
        """Start with nothing read; ``name`` is how lines name the file."""
        self.name = name
        self.entries: dict[str, ManifestEntry] = {}
        self.where: dict[str, str] = {}
        self.errors: list[tuple[str, str]] = []
        self.warnings: list[str] = []

    def read(self, root: yaml.MappingNode) -> Manifest:
        """Read every entry of the manifest."""
        for key, value in root.value:
            self._entry(key, value)
        return Manifest(self.entries, self.where, tuple(self.errors), tuple(self.warnings))

    def _entry(self, key: yaml.Node, value: yaml.Node) -> None:
        """Read one entry: a seed path and its fields."""
        at = _at(self.name, key)
        seed = _scalar_text(key)
        if not seed:
            self.errors.append((at, "an entry must start with a seed file name; entry ignored"))
        elif seed in self.entries:
            first = self.where[seed].rsplit(":", 2)[1]
            self.errors.append(
                (at, f"entry {seed!r} appears again (first at line {first}); this one ignored")
            )
        elif _is_null(value):
            self.entries[seed], self.where[seed] = ManifestEntry(), at
            self.warnings.append(f"{at}: entry {seed!r} is empty (are its fields indented?)")
        elif not isinstance(value, yaml.MappingNode):
            self.errors.append(
                (
                    at,
                    f"entry {seed!r}: expected {_KEYS_INDENTED} under it, got {_kind(value)};"
                    " entry ignored",
                )
            )
        else:
            self.entries[seed], self.where[seed] = self._fields(seed, value), at

    def _fields(self, seed: str, mapping: yaml.MappingNode) -> ManifestEntry:
        """Read the fields of one entry, dropping (and reporting) each one that is unusable."""
        fields: dict[str, object] = {}
        seen: set[str] = set()
        for key, value in mapping.value:
            field, at = _scalar_text(key), _at(self.name, key)
            if field not in FIELDS:
                self.warnings.append(
                    f"{at}: entry {seed!r}: unknown key {field!r} ignored"
                    f"{did_you_mean(field, FIELDS)} (known: {', '.join(FIELDS)})"
                )
            elif field in seen:
                self.errors.append((at, f"entry {seed!r}: {field} given twice; this one ignored"))
            else:
                seen.add(field)
                given, problem = _value(field, value)
                if problem:
                    where = _at(self.name, value)
                    self.errors.append(
                        (where, f"entry {seed!r}: {field}: {problem}; field ignored")
                    )
                elif given is not None:
                    fields[field] = given
        return ManifestEntry(**fields)


def _value(field: str, node: yaml.Node) -> tuple[object, str]:
    """Return a field's value in its typed form (``None`` when left empty), or what is wrong."""
    if _is_null(node):
        return None, ""
    if not isinstance(node, yaml.ScalarNode):
        return None, f"expected {_EXPECTED[field]}, got {_kind(node)}"
    text = " ".join(node.value.split())
    if not text:
        return None, f"expected {_EXPECTED[field]}, got an empty text"
    if field == "date":
        found = _as_date(text)
        no_such_day = " (no such day)" if _ISO_DATE.fullmatch(text[:10]) else ""
        return found, "" if found else f"expected {_EXPECTED[field]}, got {text!r}{no_such_day}"
    if field == "url" and not text.startswith(("http://", "https://")):
        return None, f"expected {_EXPECTED[field]}, got {text!r}"
    return text, ""


def _as_date(text: str) -> date | None:
    """Return the date an ISO date (or date and time) stands for, if it is a real one."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        return None


def _scalar_text(node: yaml.Node) -> str:
    """Return a key's text as written, or ``""`` when it is empty or not a plain value."""
    if not isinstance(node, yaml.ScalarNode) or _is_null(node):
        return ""
    return node.value.strip()


def _is_null(node: yaml.Node) -> bool:
    """Tell whether a node is YAML's null (``~``, ``null`` or nothing at all)."""
    return isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null"


def _kind(node: yaml.Node) -> str:
    """Say what a node holds, for a message."""
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    return repr(node.value)


def _at(name: str, node: yaml.Node) -> str:
    """Return ``file:LINE:COLUMN`` of a node."""
    return f"{name}:{node.start_mark.line + 1}:{node.start_mark.column + 1}"
