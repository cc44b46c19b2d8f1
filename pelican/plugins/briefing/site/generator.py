"""The Pelican generator: gather the corpus model, then write the briefing's own pages."""

from __future__ import annotations

import dataclasses
import logging
import time
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from pelican.generators import Generator
from tqdm import tqdm

from .. import caching
from ..analysis import editorial
from ..analysis.cache import analyse_cached
from ..analysis.runner import PARALLEL_THRESHOLD
from ..content.reader import ARTICLE_KEY
from ..model import Article
from ..publish.fidelity import check_fidelity
from ..settings import BriefingSettings, check_settings
from . import pages as sitedata
from .lookups import CorpusIndex
from .search import search_documents

logger = logging.getLogger(__name__)

BUILD_KEY = "BRIEFING_BUILD"
"""Settings key under which the plugin keeps this build's checked settings and corpus."""


@dataclasses.dataclass
class Build:
    """State of one build, shared by the generator and the end-of-build checks."""

    settings: BriefingSettings
    """Checked plugin settings."""
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
    article_pages: tqdm | None = None
    """Progress of Pelican writing the article pages, once it has started."""

    def show_progress(self, articles: int) -> bool:
        """Whether a corpus this size takes long enough to show progress bars."""
        return articles > PARALLEL_THRESHOLD

    def warn(self, message: str) -> None:
        """Log a ``briefing:`` warning (fatal under ``--fatal warnings``) and count it."""
        self.warnings.append(message)
        logger.warning("briefing: %s", message)


class SiteUrls:
    """Site-relative URLs of every page the briefing writes."""

    def __init__(self, article_urls: dict[str, str]) -> None:
        """Keep the article URLs Pelican computed."""
        self._articles = article_urls

    def article(self, slug: str, anchor: str | None = None) -> str:
        """URL of an article page, or of one of its paragraphs."""
        return self._articles[slug] + (f"#{anchor}" if anchor else "")

    def topic(self, slug: str, page: int = 1) -> str:
        """URL of a topic page, or of a later page of a long topic."""
        return f"topics/{slug}{_page_suffix(page)}.html"

    def topic_feed(self, slug: str) -> str:
        """URL of a topic's Atom feed."""
        return f"feeds/{slug}.atom.xml"

    def topic_timeline(self, slug: str) -> str:
        """URL of the timeline of one topic."""
        return f"timeline/{slug}.html"

    def entity(self, entity_id: str, page: int = 1) -> str:
        """URL of an entity page, or of a later page of a long one."""
        return f"entities/{entity_id}{_page_suffix(page)}.html"


def _page_suffix(page: int) -> str:
    """What a page number adds to a page's name: nothing for the first page."""
    return "" if page == 1 else f"-page-{page}"


_READER_STAMP = "briefing-reader-code.txt"
_WANTS_CONTENT_CACHE = "BRIEFING_LOAD_CONTENT_CACHE"
"""Settings key keeping the user's LOAD_CONTENT_CACHE while the plugin overrides it."""


class Fragments:
    """Template fragments rendered once per build and reused wherever they repeat.

    An article's heading is the same on each of the twenty-odd entity pages that list it; at
    10,000 articles rendering it once instead of every time saves a quarter of a million calls.
    Templates call ``once(key, macro, *args)``; the key must name everything the result depends
    on, such as ``SITEURL`` when the fragment holds a relative link.
    """

    def __init__(self) -> None:
        """Start with nothing rendered."""
        self._rendered: dict[tuple, str] = {}

    def __call__(self, key: tuple, macro, *args) -> str:
        """``macro(*args)``, rendered the first time ``key`` is seen."""
        if key not in self._rendered:
            self._rendered[key] = macro(*args)
        return self._rendered[key]


def start_build(pelican_settings: dict) -> Build:
    """Check the settings and return the state of a new build.

    Pelican's content cache holds our reader's Articles pickled, and Pelican does not know
    when our code changes their shape; if it changed, the cache is not loaded this time.
    """
    build = Build(check_settings(pelican_settings))
    # The first run records what the user asked for: a later run of the same Pelican object
    # (``--autoreload``) must not inherit a "do not load" meant for a stale cache only.
    wanted = pelican_settings.setdefault(
        _WANTS_CONTENT_CACHE, pelican_settings.get("LOAD_CONTENT_CACHE", True)
    )
    if pelican_settings.get("CACHE_CONTENT"):
        pelican_settings["LOAD_CONTENT_CACHE"] = wanted and _reader_cache_fits(pelican_settings)
    return build


def _reader_cache_fits(pelican_settings: dict) -> bool:
    """Whether the content cache was written by the reader code running now."""
    stamp = Path(pelican_settings["CACHE_PATH"]) / _READER_STAMP
    try:
        return stamp.read_text(encoding="utf-8") == caching.code_digest()
    except OSError:
        return False


def remember_reader_code(pelican_settings: dict) -> None:
    """After a good build, record which reader code wrote the content cache."""
    if pelican_settings.get("CACHE_CONTENT"):
        folder = Path(pelican_settings["CACHE_PATH"])
        folder.mkdir(parents=True, exist_ok=True)
        (folder / _READER_STAMP).write_text(caching.code_digest(), encoding="utf-8")


class BuildError(RuntimeError):
    """The build cannot be trusted: a paragraph was lost or a link is broken."""


class BriefingGenerator(Generator):
    """Gathers the corpus after Pelican has read the articles, then writes topic and other pages."""

    def generate_context(self) -> None:
        """Build the whole corpus model before any page is written."""
        build: Build = self.settings[BUILD_KEY]
        articles = [_model_article(a) for a in self.context.get("articles", [])]
        cache = Path(self.settings["CACHE_PATH"]) if self.settings.get("CACHE_CONTENT") else None
        corpus = analyse_cached(
            articles,
            editorial.load_taxonomy(build.settings.taxonomy),
            editorial.load_gazetteer(build.settings.gazetteer),
            build.settings.related_limit,
            cache,
            progress=build.show_progress(len(articles)),
        )
        build.index = CorpusIndex(corpus)
        for message in sitedata.check_corpus(corpus):
            build.warn(message)
        self.context["briefing"] = build.index
        self.context["urls"] = SiteUrls({a.slug: a.url for a in articles})
        self.context["pelican_articles"] = {a.slug: a for a in self.context.get("articles", [])}
        self.context["once"] = Fragments()

    def generate_output(self, writer) -> None:
        """Write every briefing page, topic feeds, briefing.json, the sitemap, the search index."""
        build: Build = self.settings[BUILD_KEY]
        output = Path(self.output_path)
        lost = check_fidelity(build.index.corpus.articles, lambda url: _read(output / url))
        if lost:
            raise BuildError("briefing: paragraphs lost on the way to the page: " + "; ".join(lost))
        relative = self.settings.get("RELATIVE_URLS", False)
        listed = sitedata.pages(build.index, self.context["urls"], build.settings.page_size)
        quiet = not build.show_progress(len(build.index.corpus.articles))
        for page in tqdm(listed, desc="briefing pages", unit="page", disable=quiet):
            template = self.get_template(page.template)
            writer.write_file(page.save_as, template, self.context, relative, **page.variables)
        self._write_topic_feeds(writer, build.index)
        with (output / "briefing.json").open("w", encoding="utf-8") as stream:
            stream.writelines(sitedata.briefing_json(build.index, self.context["urls"]))
            stream.write("\n")
        sitemap = sitedata.sitemap(
            build.index, self.context["urls"], build.settings.site_url, listed
        )
        _write_text(output / "sitemap.xml", sitemap)
        # A script, not JSON: pages opened from file:// cannot fetch, but can load a <script src>.
        documents = search_documents(build.index, self.context["urls"])
        index_script = sitedata.compact_json(documents)
        _write_text(output / "search-index.js", f"window.BRIEFING_SEARCH = {index_script};")

    def _write_topic_feeds(self, writer, index: CorpusIndex) -> None:
        """Write one Atom feed per topic."""
        pelican_articles = self.context["pelican_articles"]
        urls: SiteUrls = self.context["urls"]
        for topic in index.corpus.taxonomy.topics:
            items = [pelican_articles[e.article.slug] for e in index.topic_entries(topic.slug)]
            feed = urls.topic_feed(topic.slug)
            writer.write_feed(items, self.context, feed, feed, feed_title=topic.name)


def _model_article(pelican_article) -> Article:
    """The reader's Article with the URL Pelican gave its page."""
    article: Article = pelican_article.metadata[ARTICLE_KEY]
    return dataclasses.replace(article, url=pelican_article.url)


def _read(path: Path) -> str:
    """Read a written page, or nothing if it is missing."""
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def _write_text(path: Path, text: str) -> None:
    """Write a UTF-8 text file with a final newline."""
    path.write_text(text.rstrip("\n") + "\n", encoding="utf-8")
