"""The state of one build, and what the plugin does when Pelican starts and reads.

Pelican's signals land here first: ``begin`` checks the settings, ``add_reader`` registers our
Markdown reader, ``count_article_page`` moves the progress bar of the article pages. The
content-cache stamp keeps Pelican from loading Articles pickled by other reader code.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from jinja2 import FileSystemBytecodeCache

from .. import caching
from ..analysis.runner import PARALLEL_THRESHOLD
from ..content.reader import ARTICLE_KEY, WARNINGS_KEY, BriefingReader
from ..messages import escape_logged_messages
from ..progress import Step
from ..settings import BriefingSettings, check_settings
from .lookups import CorpusIndex
from .manifest import Manifest, Rebuild
from .templates import Templates

if TYPE_CHECKING:
    from .fingerprints import Fingerprints

logger = logging.getLogger(__name__)

BUILD_KEY = "BRIEFING_BUILD"
"""Settings key under which the plugin keeps this build's checked settings and corpus."""
_READER_STAMP = "briefing-reader-code.txt"
"""File in the cache folder naming the reader code that wrote Pelican's content cache."""
_WANTS_CONTENT_CACHE = "BRIEFING_LOAD_CONTENT_CACHE"
"""Settings key keeping the user's LOAD_CONTENT_CACHE while the plugin overrides it."""
STAGED_KEY = "BRIEFING_STAGED"
"""Settings key: what the build takes over from the last (``manifest.Previous``), set by
``commands`` when it builds into a staging folder; absent, everything is made anew."""
INPUTS_KEY = "BRIEFING_INPUTS"
"""Settings key: the digest of the build's inputs, set by ``commands``, kept in the manifest."""
DIGESTS_KEY = "BRIEFING_FILE_DIGESTS"
"""Settings key: the digest of each input file by path, set by ``commands`` with the inputs'
digest, so that the generator does not read every article again; absent, it reads them."""


@dataclasses.dataclass
class Build:
    """State of one build, shared by the generator and the end-of-build checks."""

    settings: BriefingSettings
    """Checked plugin settings."""
    templates: Templates
    """The briefing's templates, in their own environment."""
    index: CorpusIndex | None = None
    """The gathered corpus, once the generator has run."""
    warnings: list[str] = dataclasses.field(default_factory=list)
    """Warnings issued by the plugin, for the closing report."""
    started: float = dataclasses.field(default_factory=time.perf_counter)
    """When the build started (``time.perf_counter``), for the closing report."""
    background: ThreadPoolExecutor = dataclasses.field(
        default_factory=lambda: ThreadPoolExecutor(max_workers=1)
    )
    """Runs the search indexer while the build goes on."""
    search: Future | None = None
    """The search indexer's run, once the article pages are written; yields its problems."""
    article_pages: Step | None = None
    """Progress of Pelican writing the article pages, once it has started."""
    pages: set[str] = dataclasses.field(default_factory=set)
    """The briefing's own pages written so far (site-relative), articles included."""
    rebuild: Rebuild | None = None
    """What this build takes over from the last one and what it writes anew."""
    fingerprints: Fingerprints | None = None
    """What each page is made from, once the corpus is gathered."""
    manifest: Manifest | None = None
    """The manifest of the finished output, once the build has checked and bundled it."""

    def show_progress(self, articles: int) -> bool:
        """Whether a corpus this size takes long enough to show progress bars."""
        return articles > PARALLEL_THRESHOLD

    def warn(self, message: str) -> None:
        """Log a ``briefing:`` warning (fatal under ``--fatal warnings``) and count it."""
        self.warnings.append(message)
        logger.warning("briefing: %s", message)


class BuildError(RuntimeError):
    """The build cannot be trusted: a paragraph was lost or a link is broken."""


def begin(pelican) -> None:
    """Check the BRIEFING settings before anything is read (signal ``initialized``); show
    logged names escaped."""
    # Only checked: each run starts its own build (``generator.add_generator``), and nothing
    # before that asks for one.
    escape_logged_messages()
    check_settings(pelican.settings)


def serve_templates(generator) -> None:
    """Give each of Pelican's generators the briefing's templates (signal ``generator_init``)."""
    generator.settings[BUILD_KEY].templates.serve(generator)


def start_build(pelican_settings: dict) -> Build:
    """Check the settings and return the state of a new build.

    Pelican's content cache holds our reader's Articles pickled, and Pelican does not know
    when our code changes their shape; if it changed, the cache is not loaded this time.
    """
    settings = check_settings(pelican_settings)
    build = Build(settings, Templates(pelican_settings, settings.theme, settings.owns_site))
    cache = cache_folder(pelican_settings)
    build.templates.env.bytecode_cache = _compiled_templates(cache)
    output = Path(pelican_settings["OUTPUT_PATH"])
    build.rebuild = Rebuild(output, pelican_settings.get(STAGED_KEY))
    # The first run records what the user asked for: a later run of the same Pelican object
    # (``--autoreload``) must not inherit a "do not load" meant for a stale cache only.
    wanted = pelican_settings.setdefault(
        _WANTS_CONTENT_CACHE, pelican_settings.get("LOAD_CONTENT_CACHE", True)
    )
    if cache is not None:
        pelican_settings["LOAD_CONTENT_CACHE"] = wanted and _reader_cache_fits(
            cache, pelican_settings
        )
    return build


def cache_folder(pelican_settings: dict) -> Path | None:
    """The build's cache folder (Pelican's ``CACHE_PATH``); None when it keeps no cache."""
    return Path(pelican_settings["CACHE_PATH"]) if pelican_settings.get("CACHE_CONTENT") else None


def _reader_cache_fits(cache: Path, pelican_settings: dict) -> bool:
    """Whether the content cache in ``cache`` was written by the reader code running now, in
    the format the settings ask for."""
    try:
        return (cache / _READER_STAMP).read_text(encoding="utf-8") == _reader_stamp(
            pelican_settings
        )
    except OSError:
        return False


def remember_reader_code(pelican_settings: dict) -> None:
    """After a good build, record which reader code wrote the content cache, and how."""
    cache = cache_folder(pelican_settings)
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
        (cache / _READER_STAMP).write_text(_reader_stamp(pelican_settings), encoding="utf-8")


def _reader_stamp(pelican_settings: dict) -> str:
    """The reader code's digest, and whether Pelican gzips its cache: a cache written the other
    way cannot be read, and Pelican would warn, then read every article again, on each run."""
    gzipped = "gzip" if pelican_settings.get("GZIP_CACHE", True) else "plain"
    return f"{caching.code_digest(caching.READER)} {gzipped}"


def add_reader(readers) -> None:
    """Read ``.md`` content with markdown-it-py, raw HTML off (signal ``readers_init``)."""
    readers.reader_classes["md"] = BriefingReader


def forget_disabled_markdown(generator) -> None:
    """Stop Pelican warning that Python-Markdown is missing: our reader handles ``.md``."""
    # Pelican files its own Markdown reader as "disabled" after readers_init has run and
    # warns for every .md file it reads, although ours is the one registered for them.
    generator.readers.disabled_readers.pop("md", None)


def count_article_page(generator, content=None) -> None:
    """Advance the progress bar of the article pages Pelican writes (many articles only)."""
    build = generator.settings[BUILD_KEY]
    if build.article_pages is None:
        total = len(generator.articles) + len(generator.translations)
        build.article_pages = Step("article pages", total, "page", shown=build.show_progress(total))
    build.article_pages.advance()
    if content is not None and ARTICLE_KEY in content.metadata:
        build.pages.add(content.save_as)


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


def _compiled_templates(cache: Path | None) -> FileSystemBytecodeCache | None:
    """Where compiled templates are kept between builds, when the build keeps a cache."""
    # Compiling the templates costs about a second a build; Jinja keys the compiled code by
    # each template's source, so an edited template is compiled again.
    if cache is None:
        return None
    folder = cache / "briefing-templates"
    folder.mkdir(parents=True, exist_ok=True)
    return FileSystemBytecodeCache(str(folder))
