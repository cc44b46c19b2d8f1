"""Pickled result caches in the build's cache folder, named after the code that made them.

A cache is the folder ``<prefix>-<digest of the package's source>``: changing any of our code
or its data files starts a fresh cache, so no hand-kept list of modules can go stale. Entries are spread over a fixed number of shard files by key, so a build that adds
one article rewrites one shard, not the whole cache. Only the entries a run used are written
back, so a cache never outgrows the corpus.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import shutil
import zlib
from pathlib import Path

from .files import atomic_path, files_under

SHARDS = 64
"""Files a cache is spread over."""


PACKAGE = Path(__file__).parent
"""Our package's folder: its ``.py`` and ``.yml`` files decide every cached result."""
_NOT_CODE = ("theme",)
"""Subfolders of an installed package that are not code (the theme ships inside the wheel)."""
SHARED = ("text", "model", "files.py", "messages.py")
"""The layer every stage builds on: its code decides every result."""
IMPORTER = ("importer", "content", *SHARED)
"""What decides a draft and a content file: the importer and the content format."""
READER = ("content", *SHARED)
"""What decides the Article our reader leaves in Pelican's content cache."""
ANALYSIS = ("analysis", *SHARED)
"""What decides the analysis of an article."""


@functools.cache
def code_digest(layers: tuple[str, ...] | None = None) -> str:
    """A short digest of the source and data files of ``layers`` (subpackages or top-level
    modules of the package; None: all of it), by path and content.

    Layers, not module lists: a helper module added to a subpackage is covered at once.
    """
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*")):
        relative = path.relative_to(PACKAGE)
        top = relative.parts[0]
        if path.suffix not in (".py", ".yml") or top in _NOT_CODE:
            continue
        if layers is None or top in layers:
            digest.update(relative.as_posix().encode("utf-8") + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def file_digest(path: str, known: dict[str, str]) -> str:
    """The digest of the bytes of the file at ``path``: the one ``known`` holds for it (digests
    by path), else read and added there."""
    found = known.get(path)
    if found is None:
        with open(path, "rb") as stream:
            found = known[path] = hashlib.sha256(stream.read()).hexdigest()[:32]
    return found


def folder_digest(folder: Path, known: dict[str, str] | None = None) -> str:
    """A digest of every file under ``folder``, by relative path and content (``file_digest``)."""
    known = {} if known is None else known
    hashed = hashlib.sha256()
    for name in files_under(folder):
        content = file_digest(os.path.join(folder, name), known)
        # A name that is not UTF-8 (its bytes as lone surrogates) is still a name.
        hashed.update(f"{name}\0{content}".encode("utf-8", "surrogateescape"))
    return hashed.hexdigest()[:32]


def cache_path(folder: Path, prefix: str, layers: tuple[str, ...] | None = None) -> Path:
    """The cache folder for results of ``layers``' code as it is now."""
    return folder / f"{prefix}-{code_digest(layers)}"


class UsedEntries(dict):
    """A cache view that serves stored entries and remembers which ones the run used."""

    def __init__(self, stored: dict) -> None:
        """Start empty: only what this run asks for is kept."""
        super().__init__()
        self._stored = stored
        self.added: set[str] = set()

    def __contains__(self, key: object) -> bool:
        """Whether ``key`` is cached; a stored entry is adopted on first use."""
        if not super().__contains__(key) and key in self._stored:
            super().__setitem__(key, self._stored[key])
        return super().__contains__(key)

    def __setitem__(self, key: str, value: object) -> None:
        """Add a fresh result."""
        self.added.add(key)
        super().__setitem__(key, value)

    def changed_shards(self) -> set[int]:
        """Shards holding an entry added by this run or a stored one it did not use."""
        return {shard_of(key) for key in self.added | (self._stored.keys() - self.keys())}


def shard_of(key: str) -> int:
    """The shard a key is kept in."""
    return zlib.crc32(key.encode("utf-8")) % SHARDS


def load(path: Path) -> UsedEntries:
    """Read a cache folder; a missing or unreadable shard is simply empty."""
    stored: dict = {}
    for shard in sorted(path.glob("*.pickle")):
        stored.update(read_pickle(shard, dict) or {})
    return UsedEntries(stored)


def save(path: Path, entries: UsedEntries) -> None:
    """Rewrite the shards whose entries changed; drop caches made by older code."""
    changed = entries.changed_shards()
    if changed:
        path.mkdir(parents=True, exist_ok=True)
        for shard in changed:
            kept = {key: value for key, value in entries.items() if shard_of(key) == shard}
            write_pickle(path / f"{shard:02d}.pickle", kept)
    drop_older(path)


UNREADABLE = (
    OSError,
    pickle.UnpicklingError,
    EOFError,
    AttributeError,
    ImportError,
    TypeError,
    ValueError,  # garbled bytes: a string that is not UTF-8, an unknown protocol
)
"""What reading a cache file that is missing, cut short, garbled or made by other code raises."""


def read_pickle(path: Path, kind: type) -> object | None:
    """The object a cache file holds if it is a ``kind``; None if the file is missing, cannot
    be read (``UNREADABLE``) or holds something else."""
    try:
        with path.open("rb") as stream:
            found = pickle.load(stream)  # noqa: S301 - our own file in the build's cache folder
    except UNREADABLE:
        return None
    return found if isinstance(found, kind) else None


def write_pickle(path: Path, value: object) -> None:
    """Write a cache file atomically (a reader never sees half a file)."""
    with atomic_path(path) as partial, partial.open("wb") as stream:
        pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)


def drop_older(path: Path) -> None:
    """Remove the caches beside ``path`` of the same prefix made by other code."""
    prefix = path.name.rsplit("-", 1)[0]
    for old in path.parent.glob(f"{prefix}-*"):
        if old == path:
            continue
        if old.is_dir():
            shutil.rmtree(old, ignore_errors=True)
        else:
            old.unlink(missing_ok=True)  # a single-file cache (the build manifest, the rerun)
