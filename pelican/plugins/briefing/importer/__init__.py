"""Import seed articles (``seeds/*.txt``, ``*.html``) into Markdown content files.

Rules an editor can rely on:

* Seeds are read in file-name order. Each one becomes an article, or one report line saying
  why not; no seed stops the others.
* A seed whose paragraphs equal an earlier seed's (after whitespace normalisation) is an
  exact duplicate; one sharing at least 80% of the paragraphs of the longer of the two is a
  near-duplicate. Either way the earlier seed's article keeps it: a near-duplicate's new
  paragraphs are appended (or replace the paragraph they extend), and the copy is listed in
  ``also_in``.
* ``content_dir/.import-state.json`` records what the importer wrote. A content file that no
  longer matches it was edited by a person and is never overwritten.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path

import yaml
from tqdm import tqdm

from .. import caching
from ..content.format import split_front_matter
from ..files import write_atomic
from ..model import UNKNOWN_SOURCE
from .clean import CleanParagraph
from .copies import find_duplicates
from .decode import UnreadableSeedError
from .draft import Draft
from .draftcache import DraftCache
from .manifest import Manifest, ManifestEntry, parse_manifest
from .slugs import slugify
from .write import render_content

SEED_SUFFIXES = (".txt", ".html", ".htm")
MAX_SEED_BYTES = 1024 * 1024
STATE_FILE = ".import-state.json"
PROGRESS_THRESHOLD = 50
_IGNORED_NAMES = ("manifest.yml",)


@dataclass(frozen=True)
class ImportReport:
    """What an import did, file by file."""

    imported: tuple[str, ...] = ()
    """Content files written, new or updated."""
    unchanged: tuple[str, ...] = ()
    """Content files already up to date, left untouched."""
    kept_edits: tuple[str, ...] = ()
    """Content files an editor changed; never overwritten."""
    stale: tuple[tuple[str, str], ...] = ()
    """(content file, seed): the seed changed after an editor edited its content file."""
    duplicates: tuple[tuple[str, str], ...] = ()
    """(seed, content file): the seed copies the article in that content file."""
    errors: tuple[tuple[str, str], ...] = ()
    """(file, reason): a seed or the manifest that could not be used."""
    warnings: tuple[str, ...] = ()
    """Harmless oddities worth a look, one line each."""

    def lines(self) -> list[str]:
        """Return the short human report: counts, then one line per problem."""
        counts = (
            f"imported {len(self.imported)}, unchanged {len(self.unchanged)}, "
            f"kept edits {len(self.kept_edits)}, stale {len(self.stale)}, "
            f"duplicates {len(self.duplicates)}, errors {len(self.errors)}, "
            f"warnings {len(self.warnings)}"
        )
        return [
            counts,
            *(f"error: {name}: {reason}" for name, reason in self.errors),
            *(
                f"stale: {content} was edited by hand and {seed} has changed since; "
                "merge by hand or delete the content file to re-import"
                for content, seed in self.stale
            ),
            *(
                f"kept: {content} was edited by hand; not overwritten"
                for content in self.kept_edits
            ),
            *(f"duplicate: {seed} is a copy of {content}" for seed, content in self.duplicates),
            *(f"warning: {warning}" for warning in self.warnings),
        ]


@dataclass
class _Log:
    """Collects the outcome of one import run (one instance per run)."""

    imported: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept_edits: list[str] = field(default_factory=list)
    stale: list[tuple[str, str]] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def report(self) -> ImportReport:
        """Freeze the log into a report."""
        return ImportReport(**{name: tuple(value) for name, value in vars(self).items()})


@dataclass(frozen=True)
class _Seed:
    """One readable seed file and what its text and the manifest say about it."""

    name: str
    shown: str
    sha256: str
    draft: Draft
    entry: ManifestEntry
    file_date: date


@dataclass(frozen=True)
class _Article:
    """An article to write: its seed, any copies merged into it, and its paragraphs."""

    seed: _Seed
    paragraphs: tuple[CleanParagraph, ...]
    credits: tuple[str, ...]
    copies: tuple[tuple[_Seed, bool], ...] = ()
    slug: str = ""


def import_seeds(
    seeds_dir: Path, content_dir: Path, *, progress: bool = False, cache_dir: Path | None = None
) -> ImportReport:
    """Import every seed in ``seeds_dir`` into ``content_dir`` and report what happened.

    With ``cache_dir``, drafts are kept there by the seed's bytes, so unchanged seeds are not
    decoded and drafted again.
    """
    log = _Log()
    project = seeds_dir.parent
    manifest = _read_manifest(seeds_dir / "manifest.yml", project, log)
    paths = _seed_paths(seeds_dir, project, log)
    drafts = DraftCache(cache_dir)
    show_bar = progress and len(paths) > PROGRESS_THRESHOLD
    seeds = [
        seed
        for path in tqdm(paths, desc="import", unit="file", disable=not show_bar)
        if (seed := _read_seed(path, project, manifest, drafts, log))
    ]
    drafts.save()
    _warn_unused_entries(manifest, paths, log)
    content_dir.mkdir(parents=True, exist_ok=True)
    state = _read_state(content_dir / STATE_FILE, log)
    articles = _assign_slugs(_merge_copies(seeds), state, content_dir)
    renderer = caching.code_digest()
    for article in articles:
        _write_article(article, content_dir, project, state, log, renderer)
    present = {_shown(path, project) for path in paths}
    orphans = _orphans(state, present, content_dir)
    log.warnings.extend(
        f"{_shown(content_dir / (record['slug'] + '.md'), project)}: its seed {seed} is no longer"
        " in seeds/, but the article is still published; delete the content file to remove it"
        for seed, record in orphans.items()
    )
    kept = present | {seed.shown for seed in seeds} | orphans.keys()
    _write_state(content_dir / STATE_FILE, state, kept)
    return log.report()


def _orphans(state: dict, present: set[str], content_dir: Path) -> dict[str, dict]:
    """State entries of seeds gone from seeds/ whose content file is still there (published)."""
    # Kept in the state, so the warning repeats on every import until an editor decides.
    live = {record.get("slug") for seed, record in state.items() if seed in present}
    return {
        seed: record
        for seed, record in state.items()
        if seed not in present
        and isinstance(record.get("slug"), str)
        and record["slug"] not in live
        and (content_dir / f"{record['slug']}.md").is_file()
    }


def _read_manifest(path: Path, project: Path, log: _Log) -> Manifest:
    """Read the manifest, reporting its problems; an absent manifest is empty."""
    if not path.is_file():
        return Manifest({})
    try:
        manifest = parse_manifest(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as error:
        manifest = Manifest({}, (f"manifest.yml: cannot read ({error}); ignored",))
    shown = _shown(path, project)
    log.errors.extend((shown, line.split(": ", 1)[1]) for line in manifest.errors)
    log.warnings.extend(manifest.warnings)
    return manifest


def _seed_paths(seeds_dir: Path, project: Path, log: _Log) -> list[Path]:
    """Return the seed files to import in name order, reporting files that cannot be seeds."""
    paths = []
    for path in sorted(seeds_dir.iterdir(), key=lambda p: p.name):
        problem = _path_problem(path)
        if problem:
            log.errors.append((_shown(path, project), problem))
        elif path.suffix.lower() in SEED_SUFFIXES:
            paths.append(path)
        elif path.name not in _IGNORED_NAMES and not path.name.startswith(".") and path.is_file():
            log.warnings.append(f"{_shown(path, project)}: not a seed (.txt, .html, .htm); skipped")
    return paths


def _path_problem(path: Path) -> str:
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


def _read_seed(
    path: Path, project: Path, manifest: Manifest, drafts: DraftCache, log: _Log
) -> _Seed | None:
    """Read and analyse one seed; on failure log one error line and return None."""
    shown = _shown(path, project)
    try:
        data = path.read_bytes()
        sha = _sha256(data)
        file_date = datetime.fromtimestamp(path.stat().st_mtime, tz=UTC).date()
        draft = drafts.draft(data, sha, path.suffix.lower() != ".txt", file_date)
    except UnreadableSeedError as error:
        log.errors.append((shown, str(error)))
        return None
    except Exception as error:  # noqa: BLE001 - one odd file must not stop the import
        log.errors.append((shown, f"cannot import ({type(error).__name__}: {error})"))
        return None
    if not draft.paragraphs:
        log.errors.append((shown, "no article text left after removing sign-offs"))
        return None
    entry = manifest.entries.get(path.name, ManifestEntry())
    return _Seed(path.name, shown, sha, draft, entry, file_date)


def _warn_unused_entries(manifest: Manifest, paths: list[Path], log: _Log) -> None:
    """Warn about manifest entries that name no seed file."""
    names = {path.name for path in paths}
    log.warnings.extend(
        f"manifest.yml: entry {name!r} names no seed file in seeds/"
        for name in manifest.entries
        if name not in names
    )


def _merge_copies(seeds: list[_Seed]) -> list[_Article]:
    """Fold duplicate seeds into the article of the seed they copy."""
    copies = find_duplicates([[p.text for p in seed.draft.paragraphs] for seed in seeds])
    articles: dict[int, _Article] = {}
    for index, (seed, copy) in enumerate(zip(seeds, copies, strict=True)):
        if copy is None:
            articles[index] = _Article(seed, seed.draft.paragraphs, seed.draft.credits)
        else:
            articles[copy.original] = _fold(articles[copy.original], seed, copy.exact)
    return list(articles.values())


def _fold(article: _Article, seed: _Seed, exact: bool) -> _Article:
    """Add a copy's new paragraphs and credits to an article."""
    paragraphs = list(article.paragraphs)
    for paragraph in seed.draft.paragraphs:
        _add_paragraph(paragraphs, paragraph)
    credits = tuple(dict.fromkeys((*article.credits, *seed.draft.credits)))
    return replace(
        article,
        paragraphs=tuple(paragraphs),
        credits=credits,
        copies=(*article.copies, (seed, exact)),
    )


def _add_paragraph(paragraphs: list[CleanParagraph], new: CleanParagraph) -> None:
    """Append a paragraph not present, or let it replace the paragraph it extends."""
    texts = [paragraph.text for paragraph in paragraphs]
    if new.text in texts:
        return
    for position, text in enumerate(texts):
        # A copy that adds a sentence to a paragraph contains the whole original paragraph.
        if 2 * len(text) >= len(new.text) and text in new.text:
            paragraphs[position] = new
            return
    paragraphs.append(new)


def _assign_slugs(articles: list[_Article], state: dict, content_dir: Path) -> list[_Article]:
    """Give each article a unique slug, stable across imports: manifest, else recorded, else title."""
    owned = {record.get("slug") for record in state.values()}
    taken = {path.stem for path in content_dir.glob("*.md")} - owned
    wished = [_wished_slugs(article, state, content_dir) for article in articles]
    taken -= {wishes[1] for wishes in wished}
    slugs: dict[int, str] = {}
    tried: dict[str, int] = {}
    for rank in range(3):
        for index, wishes in enumerate(wished):
            if index not in slugs and wishes[rank]:
                slugs[index] = _unique(wishes[rank], taken, tried)
                taken.add(slugs[index])
    return [replace(article, slug=slugs[index]) for index, article in enumerate(articles)]


def _wished_slugs(article: _Article, state: dict, content_dir: Path) -> tuple[str, str, str]:
    """Return the manifest slug, the recorded slug and the title slug ('' when none)."""
    seed = article.seed
    from_title = slugify(seed.entry.title or seed.draft.title) or slugify(Path(seed.name).stem)
    recorded = slugify(str(state.get(seed.shown, {}).get("slug", "")))
    if not recorded and _names_seed(content_dir / f"{from_title}.md", seed.shown):
        recorded = from_title  # the state file was lost; the content file says whose it is
    return slugify(seed.entry.slug or ""), recorded, from_title or "article"


def _names_seed(path: Path, seed: str) -> bool:
    """Tell whether the content file at ``path`` was imported from ``seed``."""
    try:
        metadata, _ = split_front_matter(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, yaml.YAMLError):
        return False
    return metadata.get("seed") == seed


def _unique(slug: str, taken: set[str], tried: dict[str, int]) -> str:
    """Return ``slug``, or ``slug-2``, ``slug-3``... whichever is free."""
    # ``tried`` remembers the last suffix per slug, so 10,000 equal titles stay linear.
    number = tried.get(slug, 1)
    candidate = slug if number == 1 else f"{slug}-{number}"
    while candidate in taken:
        number += 1
        candidate = f"{slug}-{number}"
    tried[slug] = number
    return candidate


def _front_matter(article: _Article) -> dict[str, object]:
    """Return the front matter of an article, in the order of the content format."""
    seed, entry, draft = article.seed, article.seed.entry, article.seed.draft
    inferred = [
        name
        for name, given, found in (
            ("title", entry.title, draft.title),
            ("date", entry.date, True),
            ("source", entry.source, True),
            ("dateline", None, draft.dateline),
        )
        if given is None and found
    ]
    return {
        "title": entry.title or draft.title or Path(seed.name).stem,
        "date": entry.date or draft.date or seed.file_date,
        "source": _source(seed),
        "dateline": draft.dateline,
        "slug": article.slug,
        "summary": draft.summary,
        "url": entry.url,
        "credits": list(article.credits),
        "seed": seed.shown,
        "seed_sha256": seed.sha256,
        "inferred": inferred,
        "topics_add": [],
        "topics_remove": [],
        "also_in": [f"{_source(copy)}: {copy.shown}" for copy, _ in article.copies],
    }


def _source(seed: _Seed) -> str:
    """Return the outlet of a seed."""
    return seed.entry.source or seed.draft.source or UNKNOWN_SOURCE


def _write_article(
    article: _Article, content_dir: Path, project: Path, state: dict, log: _Log, renderer: str
) -> None:
    """Write an article's content file unless it is up to date or was edited by hand."""
    path = content_dir / f"{article.slug}.md"
    shown = _shown(path, project)
    seeds = [article.seed, *(copy for copy, _ in article.copies)]
    log.duplicates.extend((copy.shown, shown) for copy, _ in article.copies)
    front_matter = _front_matter(article)
    # What the file would be made from: if we wrote it from the same, it is up to date and
    # need not be rendered again (most of a re-import of 10,000 unchanged seeds).
    render_key = _sha256(repr((renderer, front_matter, article.paragraphs)).encode("utf-8"))
    old = path.read_bytes() if path.is_file() else None
    record = state.get(article.seed.shown, {})
    fresh = record.get("render_key") == render_key
    if old is not None and fresh and _written_by_us(old, article, state):
        log.unchanged.append(shown)
        _record(state, seeds, article.slug, record["file_sha256"], render_key)
        return
    text = render_content(front_matter, article.paragraphs).encode("utf-8")
    if old is not None and old != text and not _written_by_us(old, article, state):
        _keep_edited(shown, seeds, state, log)
        return
    if old == text:
        log.unchanged.append(shown)
    else:
        write_atomic(path, text)
        log.imported.append(shown)
    _record(state, seeds, article.slug, _sha256(text), render_key)


def _record(state: dict, seeds: list[_Seed], slug: str, file_sha: str, render_key: str) -> None:
    """Remember what was written for these seeds, to tell hand edits and changes later."""
    for seed in seeds:
        state[seed.shown] = {
            "seed_sha256": seed.sha256,
            "slug": slug,
            "file_sha256": file_sha,
            "render_key": render_key,
        }


def _written_by_us(old: bytes, article: _Article, state: dict) -> bool:
    """Tell whether the file on disk is exactly what the importer last wrote for this seed."""
    record = state.get(article.seed.shown, {})
    return record.get("slug") == article.slug and record.get("file_sha256") == _sha256(old)


def _keep_edited(shown: str, seeds: list[_Seed], state: dict, log: _Log) -> None:
    """Report a hand-edited content file: kept as is, or stale if its seed changed since."""
    changed = [
        seed for seed in seeds if state.get(seed.shown, {}).get("seed_sha256") != seed.sha256
    ]
    if changed:
        log.stale.extend((shown, seed.shown) for seed in changed)
    else:
        log.kept_edits.append(shown)


def _read_state(path: Path, log: _Log) -> dict:
    """Read the import state: seed path -> seed sha256, slug, sha256 of the file as written,
    and a digest of what it was rendered from."""
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        log.warnings.append(f"{path.name}: unreadable ({error}); hand edits cannot be told apart")
        return {}
    seeds = data.get("seeds") if isinstance(data, dict) else None
    return (
        {k: v for k, v in seeds.items() if isinstance(v, dict)} if isinstance(seeds, dict) else {}
    )


def _write_state(path: Path, state: dict, kept_seeds: set[str]) -> None:
    """Write the import state of ``kept_seeds`` deterministically, only when it changed."""
    kept = {seed: state[seed] for seed in sorted(state) if seed in kept_seeds}
    text = json.dumps({"seeds": kept, "version": 1}, indent=2, sort_keys=True) + "\n"
    if not path.is_file() or path.read_text(encoding="utf-8") != text:
        write_atomic(path, text)


def _shown(path: Path, project: Path) -> str:
    """Return a path as the report and front matter show it: relative to the project."""
    try:
        return path.relative_to(project).as_posix()
    except ValueError:
        return path.as_posix()


def _sha256(data: bytes) -> str:
    """Return the hex SHA-256 of ``data``."""
    return hashlib.sha256(data).hexdigest()
