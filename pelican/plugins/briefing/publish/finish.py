"""The end of the build: check every link of the site and of the bundle, zip it, write one file.

``check_and_bundle`` is the one finishing step over a built ``output/``: the plugin runs it at
the end of every build (``finish``), and ``invoke bundle`` runs it again on the current site.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from pelican.log import console

from ..files import files_under
from ..settings import BriefingSettings
from ..site.build import BUILD_KEY, INPUTS_KEY, Build, BuildError, remember_reader_code
from ..site.manifest import PageLinks, Rebuild, record
from ..site.onefile import render_onefile
from .bundle import bundle_files, write_bundle
from .linkcheck import _PagesOnDisk, check_links_for  # pages read one at a time

logger = logging.getLogger(__name__)

_NO_ADDRESS = (
    "briefing: no Atom feeds, sitemap or canonical links: they need the published site's"
    " absolute address, and SITEURL is {siteurl!r} (publishconf.py sets it for a published build)"
)
"""Said once per local build: what is left out for want of the site's address."""


def finish(pelican) -> None:
    """Check links, write the bundle and one-file briefing once the search index is done; report."""
    build: Build = pelican.settings[BUILD_KEY]
    articles = len(build.index.articles()) if build.index else 0
    output, rebuild = Path(pelican.settings["OUTPUT_PATH"]), build.rebuild
    problems, indexed = build.search.result() if build.search else ([], [])
    for problem in problems:
        build.warn(problem)
    build.background.shutdown()
    rebuild.indexed(indexed)
    rebuild.remove_stale()
    # In another site, its own pages and their links are its own business.
    ours = None if build.settings.owns_site else build.pages
    files, found = check_and_bundle(
        output,
        build.settings,
        progress=build.show_progress(articles),
        pages=ours,
        rebuild=rebuild,
    )
    dist = {}
    if build.settings.bundle and build.index:
        _write_onefile(pelican.settings, build, build.settings.bundle.parent)
        folder = build.settings.bundle.parent
        dist = {
            path.name: record(path) for path in (build.settings.bundle, folder / "briefing.html")
        }
    inputs = pelican.settings.get(INPUTS_KEY, "")
    build.manifest = rebuild.manifest(inputs, files, dist, found)
    remember_reader_code(pelican.settings)
    if build.settings.site_url is None:
        console.print(_NO_ADDRESS.format(siteurl=pelican.settings.get("SITEURL") or ""))
    topics = len(build.index.topics()) if build.index else 0
    pages = sum(name.endswith(".html") for name in files)
    kept = pages - sum(name.endswith(".html") for name in rebuild.written)
    console.print(
        f"briefing: {articles} articles, {topics} topics, {pages} pages written"
        + (f" ({kept} kept from the last build)" if kept else "")
        + f", {len(build.warnings)} warnings, {time.perf_counter() - build.started:.1f} s"
    )


def check_and_bundle(
    output: Path,
    settings: BriefingSettings,
    *,
    progress: bool = False,
    pages: set[str] | None = None,
    rebuild: Rebuild | None = None,
) -> tuple[set[str], dict[str, PageLinks]]:
    """Check the site's and the bundle's links in one pass; zip the bundle only if both hold.

    ``pages`` are the pages whose links are checked (site-relative paths); None: every page.
    With ``rebuild``, only the pages that changed since the last build (and those that link to
    what changed) are checked, and the bundle copies the unchanged files' compressed bytes from
    the last one. Returns the site's files (site-relative paths) and what the check found on
    each page it read. Raises BuildError, after logging every problem, if a link is broken.
    """
    files = set(files_under(output))
    names = bundle_files(files) if settings.bundle else []
    checks: list[tuple[str, set[str], bool]] = []
    if settings.link_check:
        checks.append(("broken link", files, False))
    if settings.bundle:
        checks.append(("offline bundle", set(names), True))
    read = output if pages is None else _PagesOnDisk(output, sorted(pages))
    since = {}
    if rebuild is not None and rebuild.previous is not None:
        changed = {name for name in files if rebuild.changed(name)}
        since = {"known": rebuild.previous.links, "changed": changed}
        since["removed"] = set(rebuild.previous.files) - files
    results, found = check_links_for(
        read, [(checked, offline) for _, checked, offline in checks], progress=progress, **since
    )
    counts = []
    for (what, _, _), problems in zip(checks, results, strict=True):
        for problem in problems:
            logger.error("briefing: %s: %s", what, problem)
        counts += [f"{len(problems)} {what} problem(s)"] if problems else []
    if counts:
        raise BuildError(f"briefing: {', '.join(counts)}; see above")
    if settings.bundle:
        previous = rebuild.bundle_reusable() if rebuild else None
        reusable = rebuild.reusable if previous else (lambda name: False)
        write_bundle(output, settings.bundle, names, reusable, previous)
    return files, found


def _write_onefile(settings: dict, build: Build, folder: Path) -> None:
    """Write the one-file briefing, ``briefing.html``, next to the offline bundle."""
    theme = build.settings.theme
    stylesheet = (theme / "static" / "css" / "briefing.css").read_text(encoding="utf-8")
    limit, total = build.settings.onefile_articles, len(build.index.articles())
    page = render_onefile(build.index, theme / "templates", stylesheet, settings["SITENAME"], limit)
    (folder / "briefing.html").write_text(page, encoding="utf-8")
    if 0 < limit < total:
        console.print(
            f"briefing: {folder / 'briefing.html'} holds the {limit:,} newest of {total:,} articles"
            " (BRIEFING['onefile_articles']); the offline bundle holds them all"
        )
