"""Find the seed files in ``seeds/`` and read each one into a Seed: its draft and manifest entry."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from .decode import UnreadableSeedError
from .draft import Draft
from .draftcache import DraftCache
from .manifest import Manifest, ManifestEntry
from .report import RunLog, shown

SEED_SUFFIXES = (".txt", ".html", ".htm")
MAX_SEED_BYTES = 1024 * 1024
_IGNORED_NAMES = ("manifest.yml",)


@dataclass(frozen=True, slots=True)
class Seed:
    """One readable seed file and what its text and the manifest say about it."""

    name: str
    """File name in ``seeds/``, the manifest's key for it."""
    shown: str
    """Path relative to the project, as the report and front matter show it."""
    sha256: str
    """Digest of the file's bytes, to tell a changed seed."""
    draft: Draft
    """The article as its text describes it."""
    entry: ManifestEntry
    """What the manifest says about it (empty when it says nothing)."""
    file_date: date
    """Date of the file's last modification."""


def seed_paths(seeds_dir: Path, project: Path, log: RunLog) -> list[Path]:
    """Return the seed files to import in name order, reporting files that cannot be seeds."""
    paths = []
    for path in sorted(seeds_dir.iterdir(), key=lambda p: p.name):
        problem = path_problem(path)
        if problem:
            log.errors.append((shown(path, project), problem))
        elif path.suffix.lower() in SEED_SUFFIXES:
            paths.append(path)
        elif path.name not in _IGNORED_NAMES and not path.name.startswith(".") and path.is_file():
            log.warnings.append(f"{shown(path, project)}: not a seed (.txt, .html, .htm); skipped")
    return paths


def path_problem(path: Path) -> str:
    """Say why a directory entry cannot be read as a seed; empty when it can."""
    if path.suffix.lower() not in SEED_SUFFIXES:
        return ""
    if not _is_printable_utf8(path.name):
        return "file name is not printable UTF-8 text; rename the file"
    if path.is_symlink():
        return "symbolic link; not followed (copy the file into seeds/ instead)"
    if not path.is_file():
        return "not a regular file"
    size = path.stat().st_size
    if size > MAX_SEED_BYTES:
        return (
            f"too large ({size / 1024 / 1024:.1f} MB > {MAX_SEED_BYTES // 1024 // 1024} MB limit)"
        )
    return ""


def _is_printable_utf8(name: str) -> bool:
    """Tell whether a file name can be shown and stored as text."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return not any(ord(char) < 32 or 127 <= ord(char) < 160 for char in name)


def read_seed(
    path: Path, project: Path, manifest: Manifest, drafts: DraftCache, log: RunLog
) -> Seed | None:
    """Read and analyse one seed; on failure log one error line and return None."""
    name = shown(path, project)
    try:
        data = path.read_bytes()
        sha = sha256(data)
        file_date = datetime.fromtimestamp(path.stat().st_mtime, tz=UTC).date()
        draft = drafts.draft(data, sha, path.suffix.lower() != ".txt")
    except UnreadableSeedError as error:
        log.errors.append((name, str(error)))
        return None
    except Exception as error:  # noqa: BLE001 - one odd file must not stop the import
        log.errors.append((name, f"cannot import ({type(error).__name__}: {error})"))
        return None
    if not draft.paragraphs:
        log.errors.append((name, "no article text left after removing sign-offs"))
        return None
    entry = manifest.entries.get(path.name, ManifestEntry())
    return Seed(path.name, name, sha, draft, entry, file_date)


def sha256(data: bytes) -> str:
    """Return the hex SHA-256 of ``data``: how seeds and written files are told apart."""
    return hashlib.sha256(data).hexdigest()
