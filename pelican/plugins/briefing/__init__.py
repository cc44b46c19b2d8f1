"""The Pelican plugin: connects Pelican's signals to the briefing's stages."""

from __future__ import annotations

import logging
import time
from pathlib import Path

from pelican.log import console
from tqdm import tqdm

from pelican import signals

from .content.reader import WARNINGS_KEY, BriefingReader
from .messages import escape_logged_messages
from .publish.bundle import bundle_files, write_bundle
from .publish.linkcheck import check_links_for
from .publish.pagefind import run_pagefind
from .site.generator import (
    BUILD_KEY,
    BriefingGenerator,
    BuildError,
    remember_reader_code,
    start_build,
)
from .site.onefile import render_onefile

logger = logging.getLogger(__name__)


def register() -> None:
    """Connect the briefing to Pelican."""
    signals.initialized.connect(begin)
    signals.readers_init.connect(add_reader)
    signals.article_generator_preread.connect(forget_disabled_markdown)
    signals.page_generator_preread.connect(forget_disabled_markdown)
    signals.get_generators.connect(add_generator)
    signals.article_generator_finalized.connect(repeat_reader_warnings)
    signals.page_generator_finalized.connect(repeat_reader_warnings)
    signals.article_generator_write_article.connect(count_article_page)
    signals.article_writer_finalized.connect(start_search_index)
    signals.finalized.connect(finish)


def begin(pelican) -> None:
    """Check the BRIEFING settings before anything is read; show logged names escaped."""
    escape_logged_messages()
    pelican.settings[BUILD_KEY] = start_build(pelican.settings)
    # Article text is untrusted: every template variable is escaped unless marked safe.
    pelican.settings["JINJA_ENVIRONMENT"]["autoescape"] = True


def add_reader(readers) -> None:
    """Read ``.md`` content with markdown-it-py, raw HTML off."""
    readers.reader_classes["md"] = BriefingReader


def forget_disabled_markdown(generator) -> None:
    """Stop Pelican warning that Python-Markdown is missing: our reader handles ``.md``."""
    # Pelican files its own Markdown reader as "disabled" after readers_init has run and
    # warns for every .md file it reads, although ours is the one registered for them.
    generator.readers.disabled_readers.pop("md", None)


def add_generator(pelican) -> type:
    """Start this run's build state and add the generator that writes the briefing pages."""
    # Sent at the start of every run, also each rebuild of ``pelican --autoreload``, which
    # reuses the Pelican object: the state of the previous run must not leak into this one.
    pelican.settings[BUILD_KEY] = start_build(pelican.settings)
    return BriefingGenerator


# Where Pelican's article and page generators keep what they read, whatever its status.
_READ_CONTENT = ("articles", "drafts", "hidden_articles", "pages", "draft_pages", "hidden_pages")
_READ_CONTENT += (
    "translations",
    "drafts_translations",
    "hidden_translations",
    "draft_translations",
)


def repeat_reader_warnings(generator) -> None:
    """Warn about every file the reader had doubts about, whether read now or taken from cache."""
    build = generator.settings[BUILD_KEY]
    for attribute in _READ_CONTENT:
        for content in getattr(generator, attribute, ()):
            for message in content.metadata.get(WARNINGS_KEY, ()):
                build.warn(message)


def count_article_page(generator, content=None) -> None:
    """Advance the progress bar of the article pages Pelican writes (many articles only)."""
    build = generator.settings[BUILD_KEY]
    if build.article_pages is None:
        total = len(generator.articles) + len(generator.translations)
        build.article_pages = tqdm(
            total=total, desc="article pages", unit="page", disable=not build.show_progress(total)
        )
    build.article_pages.update()


def start_search_index(generator, writer=None) -> None:
    """Start Pagefind on the article pages, the only pages it indexes, once they are written.

    Pagefind is a separate program: it indexes on the other core while we write the topic,
    entity and other pages, which use one.
    """
    build = generator.settings[BUILD_KEY]
    if build.article_pages is not None:
        build.article_pages.close()
    build.search = build.background.submit(
        run_pagefind, Path(generator.output_path), generator.settings["ARTICLE_SAVE_AS"]
    )


def finish(pelican) -> None:
    """Check links, write the bundle and one-file briefing once the search index is done; report."""
    build = pelican.settings[BUILD_KEY]
    output = Path(pelican.settings["OUTPUT_PATH"])
    articles = len(build.index.corpus.articles) if build.index else 0
    for problem in build.search.result() if build.search else ():
        build.warn(problem)
    build.background.shutdown()
    files = {p.relative_to(output).as_posix() for p in output.rglob("*") if p.is_file()}
    _check_and_bundle(build, output, files, progress=build.show_progress(articles))
    if build.settings.bundle and build.index:
        _write_onefile(pelican.settings, build, build.settings.bundle.parent)
    remember_reader_code(pelican.settings)
    topics = len(build.index.corpus.taxonomy.topics) if build.index else 0
    pages = sum(name.endswith(".html") for name in files)
    console.print(
        f"briefing: {articles} articles, {topics} topics, {pages} pages written,"
        f" {len(build.warnings)} warnings, {time.perf_counter() - build.started:.1f} s"
    )


def _check_and_bundle(build, output: Path, files: set[str], *, progress: bool) -> None:
    """Check the site's and the bundle's links in one pass; zip the bundle only if both hold."""
    names = bundle_files(files) if build.settings.bundle else []
    checks: list[tuple[str, set[str], bool]] = []
    if build.settings.link_check:
        checks.append(("broken link", files, False))
    if build.settings.bundle:
        checks.append(("offline bundle", set(names), True))
    results = check_links_for(
        output, [(checked, offline) for _, checked, offline in checks], progress=progress
    )
    for (what, _, _), problems in zip(checks, results, strict=True):
        _fail_on(what, problems)
    if build.settings.bundle:
        write_bundle(output, build.settings.bundle, names)


def _write_onefile(settings: dict, build, folder: Path) -> None:
    """Write the one-file briefing, ``briefing.html``, next to the offline bundle."""
    theme = Path(settings["THEME"])
    stylesheet = (theme / "static" / "css" / "briefing.css").read_text(encoding="utf-8")
    limit, total = build.settings.onefile_articles, len(build.index.corpus.articles)
    page = render_onefile(build.index, theme / "templates", stylesheet, settings["SITENAME"], limit)
    (folder / "briefing.html").write_text(page, encoding="utf-8")
    if 0 < limit < total:
        console.print(
            f"briefing: {folder / 'briefing.html'} holds the {limit:,} newest of {total:,} articles"
            " (BRIEFING['onefile_articles']); the offline bundle holds them all"
        )


def _fail_on(what: str, problems: list[str]) -> None:
    """Log every problem, then stop the build if there was any."""
    for problem in problems:
        logger.error("briefing: %s: %s", what, problem)
    if problems:
        raise BuildError(f"briefing: {len(problems)} {what} problem(s); see above")
