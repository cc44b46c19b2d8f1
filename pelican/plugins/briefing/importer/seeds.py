"""Find the seed files in ``seeds/`` and read each one into a Seed: its draft and manifest entry."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from .decode import UnreadableSeedError
from .draft import Draft
from .draftcache import DraftCache
from .manifest import Manifest, ManifestEntry
from .report import RunLog, shown

SEED_SUFFIXES = (".txt", ".html", ".htm")
MAX_SEED_BYTES = 1024 * 1024
MANIFEST_NAME = "manifest.yml"
_DESKTOP = ("Thumbs.db", "desktop.ini")


@dataclass(frozen=True, slots=True)
class Seed:
    """One readable seed file and what its text and the manifest say about it."""

    name: str
    """Path inside ``seeds/`` (``story.txt``, ``wire/story.txt``), the manifest's key for it."""
    shown: str
    """Path relative to the project, as the report and front matter show it."""
    sha256: str
    """Digest of the file's bytes, to tell a changed seed."""
    draft: Draft
    """The article as its text describes it."""
    entry: ManifestEntry
    """What the manifest says about it (empty when it says nothing)."""


def seed_paths(seeds_dir: Path, log: RunLog) -> list[Path]:
    """Return the seed files in ``seeds_dir`` and its subfolders, folder by folder in name order.

    Files that cannot be seeds are reported; hidden files and editors' backups are skipped
    without a word.
    """
    return _walk(seeds_dir, seeds_dir, log)


def _walk(folder: Path, seeds_dir: Path, log: RunLog) -> list[Path]:
    """Return the seed files in ``folder`` and below it."""
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as error:
        if folder == seeds_dir:
            raise  # no seeds folder at all: the import cannot start
        log.errors.append(
            (shown(folder, seeds_dir.parent), f"cannot read the folder ({error.strerror})")
        )
        return []
    paths = []
    for path in entries:
        if _is_clutter(path.name) or path == seeds_dir / MANIFEST_NAME:
            continue
        problem = path_problem(path, seed_name(path, seeds_dir))
        if problem:
            log.errors.append((shown(path, seeds_dir.parent), problem))
        elif path.is_dir():
            paths.extend(_walk(path, seeds_dir, log))
        elif path.suffix.lower() in SEED_SUFFIXES:
            paths.append(path)
        elif path.is_file():
            log.warnings.append(
                f"{shown(path, seeds_dir.parent)}: not a seed (.txt, .html, .htm); skipped"
            )
    return paths


def _is_clutter(name: str) -> bool:
    """Tell hidden files and the files editors and desktops leave behind from the editor's own."""
    # .DS_Store, .#story.txt (Emacs lock), #story.txt# (Emacs autosave), story.txt~ (backup),
    # ~$notes.docx (Office lock), .story.txt.swp (Vim).
    autosave = len(name) > 1 and name.startswith("#") and name.endswith("#")
    return name.startswith((".", "~$")) or name.endswith("~") or autosave or name in _DESKTOP


def seed_name(path: Path, seeds_dir: Path) -> str:
    """Return a seed's path inside ``seeds_dir`` (``story.txt``, ``wire/story.txt``)."""
    return path.relative_to(seeds_dir).as_posix()


def path_problem(path: Path, name: str) -> str:
    """Say why a directory entry cannot be read as a seed or a folder of seeds; empty if it can."""
    folder = path.is_dir()
    if not folder and path.suffix.lower() not in SEED_SUFFIXES:
        return ""
    what = "folder" if folder else "file"
    if not _is_printable_utf8(name):
        return f"{what} name is not printable UTF-8 text; rename the {what}"
    if path.is_symlink():
        return f"symbolic link; not followed (copy the {what} into seeds/ instead)"
    if folder:
        return ""
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
    path: Path, seeds_dir: Path, manifest: Manifest, drafts: DraftCache, log: RunLog
) -> Seed | None:
    """Read and analyse one seed; on failure log one error line and return None."""
    name = shown(path, seeds_dir.parent)
    try:
        data = path.read_bytes()
        sha = sha256(data)
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
    key = seed_name(path, seeds_dir)
    return Seed(key, name, sha, draft, manifest.entries.get(key, ManifestEntry()))


def sha256(data: bytes) -> str:
    """Return the hex SHA-256 of ``data``: how seeds and written files are told apart."""
    return hashlib.sha256(data).hexdigest()
