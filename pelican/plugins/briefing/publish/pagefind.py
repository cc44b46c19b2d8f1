"""Index the built site with Pagefind, for search on the served site.

The binary comes with the ``pagefind[bin]`` package from PyPI, so nothing is downloaded at build
time. Only article pages are indexed, and only their main text: the navigation names every topic
on every page, and the article footer lists other articles' headlines.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from ..site.build import BUILD_KEY, Build

SKIPPED = (".permalink", ".tag", ".article-footer")
"""Parts of an article page that are not its text: paragraph links, topic tags, the footer."""


def start_search_index(generator, writer=None) -> None:
    """Start Pagefind on the article pages, the only pages it indexes, once they are written.

    Pagefind is a separate program: it indexes on the other core while we write the topic,
    entity and other pages, which use one.
    """
    build: Build = generator.settings[BUILD_KEY]
    if build.article_pages is not None:
        build.article_pages.close()
    build.search = build.background.submit(
        run_pagefind, Path(generator.output_path), generator.settings["ARTICLE_SAVE_AS"]
    )


def run_pagefind(output: Path, article_save_as: str) -> list[str]:
    """Index the article pages under ``output`` into ``output/pagefind``; return the problems."""
    try:
        from pagefind_bin import get_executable

        executable = get_executable()
    except (ImportError, FileNotFoundError) as error:
        return [f"Pagefind is not installed, the served site will search offline: {error}"]
    command = [str(executable), "--site", str(output), "--glob", _glob(article_save_as)]
    command += ["--root-selector", "main", "--silent"]
    for selector in SKIPPED:
        command += ["--exclude-selectors", selector]
    finished = subprocess.run(command, capture_output=True, text=True, timeout=3600)
    if finished.returncode != 0:
        return [f"Pagefind failed: {(finished.stderr or finished.stdout).strip()}"]
    return []


def _glob(save_as: str) -> str:
    """A file glob for Pelican's ARTICLE_SAVE_AS, e.g. ``articles/{slug}.html`` → ``articles/*.html``."""
    return re.sub(r"\{[^}]*\}", "*", save_as)
