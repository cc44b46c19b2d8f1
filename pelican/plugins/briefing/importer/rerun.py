"""An import with nothing new: the seeds and the content folder are as the last import left
them, so it would write nothing and report what the last one did, its written files now
unchanged ones. Kept in the build's cache folder, by the code that made it.

An import is a function of the seeds (manifest included), the content folder (its files and
the import state) and our code; after it, the content folder holds what it wrote. Running it
again changes nothing, so its report is known without reading 10,000 seeds again.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
from pathlib import Path
from typing import NamedTuple

from .. import caching
from ..files import files_under
from .report import ImportReport, RunLog


class Rerun:
    """The last import's outcome, if its inputs are the same now."""

    def __init__(self, cache: Path | None, seeds: Path, content: Path) -> None:
        """Look at ``seeds`` and ``content`` as they are before this import."""
        self._path = (
            caching.cache_path(cache, "briefing-import").with_suffix(".pickle") if cache else None
        )
        self._seeds, self._content = seeds, content
        # The seeds folder, where it is and every file in it by path and bytes.
        self._before = (str(seeds), caching.folder_digest(seeds)) if self._path else None

    def report(self) -> ImportReport | None:
        """The report of this import if nothing changed since the last; None otherwise."""
        if self._path is None:
            return None
        # A damaged pickle may fail to decode a string: UnicodeDecodeError, a ValueError.
        last = caching.read_pickle(self._path, _Outcome)
        if last is None or not isinstance(last.report, ImportReport):
            return None
        same = last.seeds == self._before and last.content == _content_digest(self._content)
        return last.report if same else None

    def save(self, log: RunLog) -> None:
        """Keep what an import right after the one ``log`` recorded would report."""
        if self._path is None or log.state_unreadable:
            return  # the state was rewritten readable: the next report would differ
        report = log.report()
        again = dataclasses.replace(
            report, imported=(), unchanged=report.unchanged + report.imported
        )
        caching.write_pickle(
            self._path, _Outcome(self._before, _content_digest(self._content), again)
        )
        caching.drop_older(self._path)


class _Outcome(NamedTuple):
    """An import's inputs and its report, as kept in the cache folder."""

    seeds: tuple[str, str]
    """The seeds folder and its ``folder_digest``."""
    content: str
    """The content folder as the import left it (``_content_digest``)."""
    report: ImportReport
    """What an import right after it reports."""


def _content_digest(folder: Path) -> str:
    """The content folder, every file by path, size, time and inode: as the import left it."""
    hashed = hashlib.sha256(str(folder).encode("utf-8"))
    for name in files_under(folder):
        status = os.stat(os.path.join(folder, name))
        fields = (status.st_size, status.st_mtime_ns, status.st_ino)
        hashed.update(f"{name}\0{fields}\0".encode("utf-8", "surrogateescape"))
    return hashed.hexdigest()
