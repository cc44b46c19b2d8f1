"""Index the built site with Pagefind, for search on the served site.

The binary comes with the ``pagefind[bin]`` package from PyPI, so nothing is downloaded at build
time. Only article pages are indexed, and only their text: the theme marks the article with
``data-pagefind-body`` and what is not its text with ``data-pagefind-ignore`` (the theme
contract, ``theme_contract.py``), since the navigation names every topic on every page and the
article footer lists other articles' headlines.

The index is cut into one shard per month of publication (``undated`` for the rest), each
indexed by its own Pagefind run into ``pagefind/<month>/``: Pagefind's memory grows with the
pages it indexes at once, and a rebuild indexes again only the months whose article pages
changed. ``pagefind/pagefind.js`` loads the first shard and merges the others into it
(Pagefind's ``mergeIndex``), so the search page sees one index.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

from ..files import files_under
from ..site.build import BUILD_KEY, Build
from ..site.manifest import Rebuild
from .theme_contract import SEARCH_BODY


def start_search_index(generator, writer=None) -> None:
    """Start Pagefind on the months whose article pages changed, once they are written.

    Pagefind is a separate program: it indexes on the other core while we write the topic,
    entity and other pages, which use one.
    """
    build: Build = generator.settings[BUILD_KEY]
    if build.article_pages is not None:
        build.article_pages.close()
    rebuild, output = build.rebuild, Path(generator.output_path)
    shards = _shards(build.index.articles() if build.index else ())
    rebuild.shards = shards
    stale = [name for name, pages in shards.items() if not _kept(rebuild, name, pages)]
    if shards:
        rebuild.put(f"{FOLDER}/pagefind.js", _merging_script(sorted(shards)))
    for name in stale:
        shutil.rmtree(output / FOLDER / name, ignore_errors=True)
    build.search = build.background.submit(
        _index_shards, output, {name: shards[name] for name in stale}
    )


FOLDER = "pagefind"
"""Where the search index goes in the output."""


def _shards(articles) -> dict[str, tuple[str, ...]]:
    """The article pages of each shard: one per month of publication, one for undated ones."""
    found: dict[str, list[str]] = {}
    for article in articles:
        found.setdefault(article.date.strftime("%Y-%m") if article.date else "undated", []).append(
            article.url
        )
    return {name: tuple(sorted(pages)) for name, pages in sorted(found.items())}


def _kept(rebuild: Rebuild, name: str, pages: tuple[str, ...]) -> bool:
    """Whether the last build's shard ``name`` indexed these very pages: if so, keep it."""
    previous = rebuild.previous
    if previous is None or previous.shards.get(name) != pages:
        return False
    if any(rebuild.changed(page) for page in pages):
        return False
    files = [f for f in previous.files if f.startswith(f"{FOLDER}/{name}/")]
    if not files or not all(f in rebuild.linked for f in files):
        return False
    for file in files:
        rebuild.keep(file)
    return True


def _merging_script(shards: list[str]) -> str:
    """``pagefind/pagefind.js``: the first shard's search, with every other shard merged in."""
    first, *others = shards
    merged = "".join(
        f"await pagefind.mergeIndex(new URL('./{name}/', import.meta.url).href);\n"
        for name in others
    )
    return (
        "// The search index, one Pagefind shard per month (publish/pagefind.py), merged.\n"
        f"import * as pagefind from './{first}/pagefind.js';\n\n{merged}"
        "export const { search, debouncedSearch, options, filters, preload } = pagefind;\n"
    )


def _index_shards(output: Path, shards: dict[str, tuple[str, ...]]) -> tuple[list[str], list[str]]:
    """Index each shard, one after the other; return the problems and the files written."""
    for name, pages in shards.items():
        problems = run_pagefind(output, pages, output / FOLDER / name)
        if problems:
            return problems, []
    written = [
        f"{FOLDER}/{name}/{file}" for name in shards for file in files_under(output / FOLDER / name)
    ]
    return [], written


def run_pagefind(output: Path, pages: tuple[str, ...], into: Path) -> list[str]:
    """Index the article ``pages`` of ``output`` into the folder ``into``; return the problems."""
    try:
        from pagefind_bin import get_executable

        executable = get_executable()
    except (ImportError, FileNotFoundError) as error:
        return [f"Pagefind is not installed, the served site will search offline: {error}"]
    site = output.with_name(f".{output.name}.{into.name}.pagefind")
    shutil.rmtree(site, ignore_errors=True)
    try:
        for page in pages:  # the shard's pages alone, at their places in the site
            (site / page).parent.mkdir(parents=True, exist_ok=True)
            os.link(output / page, site / page)
        command = [str(executable), "--site", str(site), "--output-path", str(into), "--silent"]
        finished = subprocess.run(command, capture_output=True, text=True, timeout=3600)
    finally:
        shutil.rmtree(site, ignore_errors=True)
    if finished.returncode != 0:
        return [f"Pagefind failed: {(finished.stderr or finished.stdout).strip()}"]
    drop_unloaded(into)
    return _unmarked(output, pages[0])


LOADED = ("pagefind.js", "pagefind-worker.js", "pagefind-entry.json", "index", "fragment", "filter")
"""What ``pagefind.js`` loads besides its metadata and WebAssembly (measured in Chromium on the
search page): the rest of Pagefind's output is its own search UIs, which the theme does not use."""


def drop_unloaded(folder: Path) -> None:
    """Remove what the search page never loads from one of Pagefind's output folders."""
    entry = json.loads((folder / "pagefind-entry.json").read_text(encoding="utf-8"))
    # Each index language names its WebAssembly build; one without stemming uses "unknown".
    wasm = {
        f"wasm.{language.get('wasm') or 'unknown'}.pagefind"
        for language in entry["languages"].values()
    }
    for path in folder.iterdir():
        if path.name in LOADED or path.name in wasm or path.suffix == ".pf_meta":
            continue
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink()


def _unmarked(output: Path, page: str) -> list[str]:
    """A problem if an article page lacks the contract's ``data-pagefind-body``, else none."""
    if f" {SEARCH_BODY}" in (output / page).read_text(encoding="utf-8"):
        return []
    return [
        f"{page} has no {SEARCH_BODY} element (see"
        " publish/theme_contract.py): Pagefind indexed its navigation and footer too"
    ]
