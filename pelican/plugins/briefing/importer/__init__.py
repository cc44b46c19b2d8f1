"""Import seed articles (``seeds/*.txt``, ``*.html``) into Markdown content files.

Rules an editor can rely on:

* Seeds are read in file-name order, folder by folder (subfolders of ``seeds/`` included).
  Each one becomes an article, or one report line saying why not; no seed stops the others.
* A manifest that is not valid YAML stops the import before anything is written.
* A seed whose paragraphs equal an earlier seed's (after whitespace normalisation) is an
  exact duplicate; one sharing at least 80% of the paragraphs of the longer of the two is a
  near-duplicate. Either way the earlier seed's article keeps it: a near-duplicate's new
  paragraphs are appended (or replace the paragraph they extend), and the copy is listed in
  ``also_in``.
* ``content_dir/.import-state.json`` records what the importer wrote. A content file that no
  longer matches it was edited by a person and is never overwritten.

The import gathers every seed first (manifest, seed files, drafts), then writes the articles.
"""

from __future__ import annotations

from pathlib import Path

from .. import caching
from ..progress import track
from .copies import merge_copies
from .draftcache import DraftCache
from .manifest import ManifestError, read_manifest, warn_unused_entries
from .report import ImportReport, RunLog, shown
from .rerun import Rerun
from .seeds import MANIFEST_NAME, Seed, read_seed, seed_name, seed_paths
from .slugs import assign_slugs
from .state import STATE_FILE, orphans, read_state, write_state
from .write import write_article

PROGRESS_THRESHOLD = 50

__all__ = ["ImportReport", "ManifestError", "import_seeds"]


def import_seeds(
    seeds_dir: Path, content_dir: Path, *, progress: bool = False, cache_dir: Path | None = None
) -> ImportReport:
    """Import every seed in ``seeds_dir`` into ``content_dir`` and report what happened.

    With ``cache_dir``, drafts are kept there by the seed's bytes, so unchanged seeds are not
    decoded and drafted again, and an import with the seeds and the content folder as the last
    one left them reads no seed at all (``rerun``). Raise ManifestError, having written nothing, when the manifest
    cannot be read.
    """
    rerun = Rerun(cache_dir, seeds_dir, content_dir)
    if (known := rerun.report()) is not None:
        return known  # nothing changed since the last import, which left this outcome
    log = RunLog()
    paths, seeds = _gather(seeds_dir, log, progress=progress, cache_dir=cache_dir)
    _write(seeds, paths, content_dir, seeds_dir.parent, log)
    rerun.save(log)
    return log.report()


def _gather(
    seeds_dir: Path, log: RunLog, *, progress: bool, cache_dir: Path | None
) -> tuple[list[Path], list[Seed]]:
    """Read the manifest and every seed file; return the seed paths and the readable seeds."""
    manifest = read_manifest(seeds_dir / MANIFEST_NAME, seeds_dir.parent, log)
    paths = seed_paths(seeds_dir, log)
    drafts = DraftCache(cache_dir)
    show_bar = progress and len(paths) > PROGRESS_THRESHOLD
    seeds = [
        seed
        for path in track(paths, "import", "file", total=len(paths), shown=show_bar)
        if (seed := read_seed(path, seeds_dir, manifest, drafts, log))
    ]
    drafts.save()
    warn_unused_entries(manifest, {seed_name(path, seeds_dir) for path in paths}, log)
    return paths, seeds


def _write(
    seeds: list[Seed], paths: list[Path], content_dir: Path, project: Path, log: RunLog
) -> None:
    """Write the seeds' articles, warn about published articles whose seed is gone, save state."""
    content_dir.mkdir(parents=True, exist_ok=True)
    state, state_text = read_state(content_dir / STATE_FILE, log)
    articles = assign_slugs(merge_copies(seeds), state, content_dir)
    renderer = caching.code_digest(caching.IMPORTER)
    for article in articles:
        write_article(article, content_dir, project, state, log, renderer)
    present = {shown(path, project) for path in paths}
    gone = orphans(state, present, content_dir)
    log.warnings.extend(
        f"{shown(content_dir / (entry['slug'] + '.md'), project)}: its seed {seed} is no longer"
        " in seeds/, but the article is still published; delete the content file to remove it"
        for seed, entry in gone.items()
    )
    kept = present | gone.keys()  # every seed read is among the present ones
    write_state(content_dir / STATE_FILE, state, kept, state_text)
