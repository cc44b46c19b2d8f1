"""Read the editors' seed manifest: seed file name -> title, date, source, url, slug."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import yaml

from ..files import YAML_LOADER
from .report import RunLog, shown

FIELDS = ("title", "date", "source", "url", "slug")
_NAME = "manifest.yml"


@dataclass(frozen=True)
class ManifestEntry:
    """What an editor states about one seed; ``None`` where the manifest is silent."""

    title: str | None = None
    """Headline."""
    date: date | None = None
    """Publication date."""
    source: str | None = None
    """Outlet."""
    url: str | None = None
    """Address of the original article."""
    slug: str | None = None
    """Slug wished for the article (sanitised before use)."""


@dataclass(frozen=True)
class Manifest:
    """The valid entries of a manifest, and the problems found in the rest."""

    entries: dict[str, ManifestEntry]
    """Seed file name -> entry; entries with errors are left out."""
    errors: tuple[str, ...] = ()
    """One line per unusable entry, naming manifest.yml and the entry."""
    warnings: tuple[str, ...] = ()
    """One line per suspicious but harmless detail (an unknown key)."""


def read_manifest(path: Path, project: Path, log: RunLog) -> Manifest:
    """Read the manifest, reporting its problems; an absent manifest is empty."""
    if not path.is_file():
        return Manifest({})
    try:
        manifest = parse_manifest(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as error:
        manifest = Manifest({}, (f"manifest.yml: cannot read ({error}); ignored",))
    name = shown(path, project)
    log.errors.extend((name, line.split(": ", 1)[1]) for line in manifest.errors)
    log.warnings.extend(manifest.warnings)
    return manifest


def warn_unused_entries(manifest: Manifest, paths: list[Path], log: RunLog) -> None:
    """Warn about manifest entries that name no seed file."""
    names = {path.name for path in paths}
    log.warnings.extend(
        f"manifest.yml: entry {name!r} names no seed file in seeds/"
        for name in manifest.entries
        if name not in names
    )


def parse_manifest(text: str) -> Manifest:
    """Parse and validate the manifest's YAML text."""
    try:
        # 10,000 entries take 15 s with the pure-Python loader, 1 s with libyaml.
        data = yaml.load(text, Loader=YAML_LOADER)  # noqa: S506 (a safe loader)
    except yaml.YAMLError as error:
        return Manifest({}, (f"{_NAME}: not valid YAML ({_first_line(error)}); ignored",))
    if data is None:
        return Manifest({})
    if not isinstance(data, dict):
        return Manifest({}, (f"{_NAME}: expected a mapping 'seed file name: {{...}}'; ignored",))
    entries, errors, warnings = {}, [], []
    for name, fields in data.items():
        problems = _problems(name, fields)
        if problems:
            errors.append(f"{_NAME}: entry {name!r}: {problems}; entry ignored")
            continue
        warnings.extend(
            f"{_NAME}: entry {name!r}: unknown key {key!r} ignored (known: {', '.join(FIELDS)})"
            for key in fields
            if key not in FIELDS
        )
        entries[str(name)] = ManifestEntry(
            **{k: _value(k, v) for k, v in fields.items() if k in FIELDS}
        )
    return Manifest(entries, tuple(errors), tuple(warnings))


def _problems(name: object, fields: object) -> str:
    """Say what makes an entry unusable; empty when it is fine."""
    if not isinstance(name, str) or not name.strip():
        return "the key must be a seed file name"
    if not isinstance(fields, dict):
        return "expected a mapping of title, date, source, url, slug"
    return "; ".join(filter(None, (_field_problem(k, v) for k, v in fields.items())))


def _field_problem(key: object, value: object) -> str:
    """Say what is wrong with one field of an entry; empty when it is fine."""
    if key not in FIELDS or value is None:
        return ""
    if key == "date":
        return "" if _as_date(value) else f"date must be YYYY-MM-DD, got {value!r}"
    if not isinstance(value, str | int | float) or not str(value).strip():
        return f"{key} must be text, got {value!r}"
    if key == "url" and not str(value).startswith(("http://", "https://")):
        return f"url must start with http:// or https://, got {value!r}"
    return ""


def _value(key: str, value: object) -> object:
    """Return a field's value in its typed form."""
    if value is None:
        return None
    return _as_date(value) if key == "date" else " ".join(str(value).split())


def _as_date(value: object) -> date | None:
    """Return a date from a YAML date or an ISO date string."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


def _first_line(error: Exception) -> str:
    """Return the first line of an error message."""
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
