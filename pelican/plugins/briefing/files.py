"""Our own files: written so that a reader never sees half of one, and YAML read safely."""

from __future__ import annotations

import contextlib
import os
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


YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""PyYAML's safe loader, in C (libyaml) when available: same results, several times faster."""


def load_yaml(text: str) -> object:
    """Parse YAML text with the safe loader (no Python objects, no code)."""
    return yaml.load(text, Loader=YAML_LOADER)  # noqa: S506 -- a safe loader
