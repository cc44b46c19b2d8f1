"""Our own files: written so that a reader never sees half of one, and YAML read safely."""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from pathlib import Path

import yaml


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target`` in one step.

    If the block raises, the temporary file is removed and ``target`` is left as it was.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    try:
        yield partial
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def write_atomic(target: Path, data: bytes | str) -> None:
    """Write ``data`` (text is written as UTF-8) to ``target`` atomically."""
    with atomic_path(target) as partial:
        partial.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)


def files_under(root: Path | str) -> list[str]:
    """Every file under ``root``, as sorted ``/``-separated relative paths.

    Strings, not ``Path`` objects: a build walks 10,000 of them, and making and hashing the
    objects cost more than reading the files."""
    found = []
    for folder, _, names in os.walk(root):
        relative = os.path.relpath(folder, root).replace(os.sep, "/")
        prefix = "" if relative == "." else relative + "/"
        found += [prefix + name for name in names]
    return sorted(found)


class YamlLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """PyYAML's safe loader (in C when libyaml is there: several times faster) where only
    ``true`` and ``false`` are booleans, as in YAML 1.2.

    YAML 1.1 reads ``no``, ``on``, ``off``, ``yes``, ``y`` and ``n`` as booleans, so a word
    list holding "no", or an alias ``NO`` for Norway, would silently become ``False``.
    """


YamlLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in YamlLoader.yaml_implicit_resolvers.items()
}
YamlLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)
YAML_LOADER = YamlLoader
"""The loader every reader of our YAML (manifest, front matter, editorial data) uses."""


def load_yaml(text: str) -> object:
    """Parse YAML text with the safe loader (no Python objects, no code)."""
    return yaml.load(text, Loader=YAML_LOADER)  # noqa: S506 -- a safe loader
