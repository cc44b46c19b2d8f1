"""Index the built site with Pagefind, for search on the served site.

The binary comes with the ``pagefind[bin]`` package from PyPI, so nothing is downloaded at build
time. Only article pages are indexed, and only their text: the theme marks the article with
``data-pagefind-body`` and what is not its text with ``data-pagefind-ignore`` (the theme
contract, ``theme_contract.py``), since the navigation names every topic on every page and the
article footer lists other articles' headlines.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

from ..site.build import BUILD_KEY, Build
from .theme_contract import SEARCH_BODY


def start_search_index(generator, writer=None) -> None:
    """Start Pagefind on the article pages, the only pages it indexes, once they are written.

    Pagefind is a separate program: it indexes on the other core while we write the topic,
    entity and other pages, which use one.
    """
    build: Build = generator.settings[BUILD_KEY]
    if build.article_pages is not None:
        build.article_pages.close()
    build.search = build.background.submit(
        run_pagefind,
        Path(generator.output_path),
        generator.settings["ARTICLE_SAVE_AS"],
        min(build.pages, default=None),
    )


def run_pagefind(output: Path, article_save_as: str, sample: str | None = None) -> list[str]:
    """Index the article pages under ``output`` into ``output/pagefind``; return the problems.

    ``sample`` is one of the briefing's article pages, whose marking is checked (in another
    site, not every page the glob finds is the briefing's).
    """
    try:
        from pagefind_bin import get_executable

        executable = get_executable()
    except (ImportError, FileNotFoundError) as error:
        return [f"Pagefind is not installed, the served site will search offline: {error}"]
    glob = _glob(article_save_as)
    command = [str(executable), "--site", str(output), "--glob", glob, "--silent"]
    finished = subprocess.run(command, capture_output=True, text=True, timeout=3600)
    if finished.returncode != 0:
        return [f"Pagefind failed: {(finished.stderr or finished.stdout).strip()}"]
    drop_unloaded(output / "pagefind")
    return _unmarked(output, sample or min(output.glob(glob), default=None))


LOADED = ("pagefind.js", "pagefind-worker.js", "pagefind-entry.json", "index", "fragment", "filter")
"""What ``pagefind.js`` loads besides its metadata and WebAssembly (measured in Chromium on the
search page): the rest of Pagefind's output is its own search UIs, which the theme does not use."""


def drop_unloaded(folder: Path) -> None:
    """Remove what the search page never loads from Pagefind's output folder."""
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


def _unmarked(output: Path, page: Path | str | None) -> list[str]:
    """A problem if an article page lacks the contract's ``data-pagefind-body``, else none."""
    first = output / page if page is not None else None
    if first is None or f" {SEARCH_BODY}" in first.read_text(encoding="utf-8"):
        return []
    return [
        f"{first.relative_to(output).as_posix()} has no {SEARCH_BODY} element (see"
        " publish/theme_contract.py): Pagefind indexed its navigation and footer too"
    ]


def _glob(save_as: str) -> str:
    """A file glob for Pelican's ARTICLE_SAVE_AS, e.g. ``articles/{slug}.html`` → ``articles/*.html``."""
    return re.sub(r"\{[^}]*\}", "*", save_as)
