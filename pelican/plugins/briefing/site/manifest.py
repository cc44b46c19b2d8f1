"""The build manifest: every file of the last good output, what each page was made from, and
what a rebuild may take over from it.

A rebuild starts from a staging folder of hard links to the last good output's files
(``link_previous``), so every file must be replaced, never written in place: a hard-linked
file written in place would change the last good ``output/`` too. ``Rebuild`` is the state of
one build: which files it kept, which it wrote anew, and the links and ids of those pages.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from .. import caching
from ..files import write_atomic


class PageLinks(NamedTuple):
    """What the link check needs to know of a page it does not read again."""

    ids: frozenset[str]
    """The ids of the page's elements (the anchors links to it may name)."""
    # Tuples, not sets: they are only ever searched for a few removed files or lost anchors,
    # and 12,000 pages' sets took four times the memory (and the manifest's pickle).
    paths: tuple[str, ...]
    """Site paths of the files the page links to or loads, each once."""
    anchors: tuple[str, ...]
    """``path#anchor`` of every internal link naming an anchor, each once."""


class Previous(NamedTuple):
    """What a rebuild takes over from the last good build."""

    manifest: Manifest
    """The last good build's manifest."""
    linked: set[str]
    """Its files now hard-linked into the staging folder (those nobody changed since)."""
    bundle: Path | None
    """The last good offline bundle, whose unchanged members are copied."""


class FileRecord(NamedTuple):
    """One file of a built output folder as the build left it."""

    size: int
    """Size in bytes."""
    mtime_ns: int
    """Modification time: with the size and inode, tells that nobody touched the file since."""
    ino: int
    """Inode: a file replaced by a build gets a new one (files are never written in place)."""
    fingerprint: str | None
    """Digest of what the page was made from; None for a file that is not a page of ours."""
    ours: bool
    """Whether the build's writers produced it (Pelican's copies of static files are not)."""


@dataclasses.dataclass
class Manifest:
    """What the last good build wrote, and from which inputs."""

    inputs: str
    """Digest of every input of the build (content, theme, settings, editorial data, code)."""
    files: dict[str, FileRecord]
    """Every file of ``output/`` by site-relative path."""
    dist: dict[str, FileRecord]
    """Every file the build wrote beside the offline bundle (the zip, the one file)."""
    links: dict[str, PageLinks]
    """Per HTML page: its ids and the internal paths and anchors it links to."""
    shards: dict[str, tuple[str, ...]]
    """Per Pagefind shard (a month, or ``undated``): the article pages it indexes."""
    warnings: list[str] = dataclasses.field(default_factory=list)
    """The warnings the build printed, shown again when nothing has changed since."""


def manifest_path(cache: Path) -> Path:
    """Where the manifest of builds by the code running now is kept."""
    return caching.cache_path(cache, "briefing-build").with_suffix(".pickle")


def load_manifest(cache: Path | None) -> Manifest | None:
    """The last good build's manifest, or None (no cache, other code, unreadable)."""
    return None if cache is None else caching.read_pickle(manifest_path(cache), Manifest)


def save_manifest(cache: Path, manifest: Manifest) -> None:
    """Keep ``manifest`` for the next build; drop those of older code."""
    path = manifest_path(cache)
    caching.write_pickle(path, manifest)
    caching.drop_older(path)


def record(path: Path, fingerprint: str | None = None, *, ours: bool = True) -> FileRecord:
    """The record of one file as it is now."""
    status = path.stat()
    return FileRecord(status.st_size, status.st_mtime_ns, status.st_ino, fingerprint, ours)


def untouched(path: Path | str, kept: FileRecord | None) -> bool:
    """Whether ``path`` is still the very file ``kept`` recorded (same inode, size, time)."""
    try:
        status = os.stat(path)
    except OSError:
        return False
    return kept is not None and (status.st_size, status.st_mtime_ns, status.st_ino) == kept[:3]


def intact(folder: Path, files: dict[str, FileRecord]) -> bool:
    """Whether every recorded file is in ``folder`` as the build left it."""
    root = str(folder)
    return all(untouched(os.path.join(root, name), kept) for name, kept in files.items())


def link_previous(output: Path, staging: Path, previous: Manifest) -> set[str]:
    """Fill the empty ``staging`` with hard links to the files of ``output`` that the last
    build wrote and nobody changed since; return their names."""
    linked, source, target, folders = set(), str(output), str(staging), set()
    for name, kept in previous.files.items():
        old = os.path.join(source, name)
        if kept.ours and untouched(old, kept):
            folder = os.path.dirname(name)
            if folder not in folders:
                os.makedirs(os.path.join(target, folder), exist_ok=True)
                folders.add(folder)
            os.link(old, os.path.join(target, name))
            linked.add(name)
    return linked


class Rebuild:
    """What one build takes over from the last one, and what it writes anew."""

    def __init__(self, output: Path, previous: Previous | None = None) -> None:
        """Start a build into ``output``, from nothing or from the ``previous`` build's files."""
        self.output = output
        self.previous = previous.manifest if previous else None
        self.linked = previous.linked if previous else set()
        self.bundle = previous.bundle if previous else None
        self.shards: dict[str, tuple[str, ...]] = {}
        """The Pagefind shards of this build, once indexed."""
        self.fingerprints: dict[str, str | None] = {}
        """Every file this build produced or kept, with its page fingerprint."""
        self.written: set[str] = set()
        """Files this build wrote with new content (a kept or equal file is not among them)."""

    def unchanged(self, name: str, fingerprint: str | None) -> bool:
        """Whether page ``name`` was made from the same inputs and is still there: kept as is."""
        if fingerprint is None or name not in self.linked or self.previous is None:
            return False
        if self.previous.files[name].fingerprint != fingerprint:
            return False
        self.fingerprints[name] = fingerprint
        return True

    def keep(self, name: str) -> None:
        """Keep the linked file ``name`` as the last build left it."""
        self.fingerprints[name] = self.previous.files[name].fingerprint if self.previous else None

    def put(self, name: str, data: str | bytes, fingerprint: str | None = None) -> None:
        """Write file ``name`` unless it already holds exactly ``data``; always by replacing."""
        raw = data.encode("utf-8") if isinstance(data, str) else data
        path = self.output / name
        self.fingerprints[name] = fingerprint
        if name in self.linked and path.stat().st_size == len(raw) and path.read_bytes() == raw:
            return
        write_atomic(path, raw)
        self.written.add(name)

    def put_pieces(self, name: str, pieces: Iterable[str]) -> None:
        """Write text file ``name`` from its pieces and one final newline, never whole in
        memory, unless it already holds those bytes; always by replacing."""
        path = self.output / name
        partial = path.with_name(f".{path.name}.partial")
        self.fingerprints[name] = None
        try:
            with partial.open("w", encoding="utf-8") as stream:
                stream.writelines(pieces)
                stream.write("\n")
            if name in self.linked and _same_bytes(path, partial):
                return
            os.replace(partial, path)
            self.written.add(name)
        finally:
            partial.unlink(missing_ok=True)

    def indexed(self, names: list[str]) -> None:
        """Note the files the search indexer wrote anew."""
        for name in names:
            self.fingerprints[name] = None
            self.written.add(name)

    def remove_stale(self) -> list[str]:
        """Remove the linked files this build did not produce again (a deleted article's page,
        a list that got shorter); return their names."""
        stale = sorted(self.linked - self.fingerprints.keys())
        for name in stale:
            (self.output / name).unlink(missing_ok=True)
        return stale

    def changed(self, name: str) -> bool:
        """Whether file ``name`` is new or has new content in this build."""
        return name in self.written or name not in self.linked

    def reusable(self, name: str) -> bool:
        """Whether file ``name`` is the very one the last bundle was made from."""
        kept = self.previous.files.get(name) if self.previous else None
        return name in self.linked and untouched(self.output / name, kept)

    def bundle_reusable(self) -> Path | None:
        """The last bundle, if it is still as the last build left it."""
        if self.bundle is None or self.previous is None:
            return None
        return (
            self.bundle
            if untouched(self.bundle, self.previous.dist.get(self.bundle.name))
            else None
        )

    def manifest(
        self, inputs: str, files: set[str], dist: dict[str, FileRecord], found: dict[str, PageLinks]
    ) -> Manifest:
        """The manifest of this build's output (``files``, site-relative) once it is complete;
        ``found`` holds what the link check read on the pages it checked."""
        previous = {**(self.previous.links if self.previous else {}), **found}
        return Manifest(
            inputs,
            {
                name: record(self.output / name, self.fingerprints.get(name), ours=self._ours(name))
                for name in sorted(files)
            },
            dist,
            {name: previous[name] for name in sorted(files) if name in previous},
            dict(self.shards),
        )

    def _ours(self, name: str) -> bool:
        """Whether this build's writers produced or kept ``name``."""
        return name in self.fingerprints


def _same_bytes(old: Path, new: Path) -> bool:
    """Whether two files hold the same bytes."""
    if old.stat().st_size != new.stat().st_size:
        return False
    with old.open("rb") as one, new.open("rb") as other:
        while True:
            a, b = one.read(1 << 20), other.read(1 << 20)
            if a != b:
                return False
            if not a:
                return True
