"""The Pelican generator: gather the corpus model, then write the briefing's own pages."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from pelican.generators import Generator
from tqdm import tqdm

from ..analysis import editorial
from ..analysis.cache import analyse_cached
from ..analysis.review import check_corpus
from ..content.reader import ARTICLE_KEY
from ..model import Article
from ..publish.fidelity import check_fidelity
from . import exports
from . import feeds as feeds_module
from .build import BUILD_KEY, Build, BuildError, start_build
from .fingerprints import Fingerprints, file_digests, site_digest
from .html import Fragments
from .lookups import CorpusIndex
from .manifest import Rebuild
from .metadata import INFERRED_LABELS, news_article
from .pages import pages
from .search_index import search_index_script
from .urls import SiteUrls
from .writer import PAGE_FLAG


def add_generator(pelican) -> type:
    """Start this run's build state and add the generator that writes the briefing pages."""
    # Sent at the start of every run, also each rebuild of ``pelican --autoreload``, which
    # reuses the Pelican object: the state of the previous run must not leak into this one.
    pelican.settings[BUILD_KEY] = start_build(pelican.settings)
    return BriefingGenerator


class BriefingGenerator(Generator):
    """Gathers the corpus after Pelican has read the articles, then writes topic and other pages."""

    def generate_context(self) -> None:
        """Build the whole corpus model before any page is written."""
        build: Build = self.settings[BUILD_KEY]
        read = _read_articles(self.context)
        articles = [_model_article(a) for a in read]
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
        for message in check_corpus(corpus):
            build.warn(message)
        self.context["briefing"] = build.index
        content = file_digests(Path(a.source_path) for a in read)
        build.fingerprints = Fingerprints(
            site_digest(self.settings, (build.settings.taxonomy, build.settings.gazetteer)),
            {a.slug: content[Path(a.source_path)] for a in read},
            build.index,
        )
        self.context["urls"] = SiteUrls({a.slug: a.url for a in articles})
        self.context["pelican_articles"] = {a.slug: a for a in read}
        self.context["once"] = Fragments()
        self.context["news_article"] = news_article
        self.context["INFERRED_LABELS"] = INFERRED_LABELS

    def generate_output(self, writer) -> None:
        """Write every briefing page, topic feeds, briefing.json, the sitemap, the search index."""
        build: Build = self.settings[BUILD_KEY]
        index, urls, rebuild = build.index, self.context["urls"], build.rebuild
        output = Path(self.output_path)
        # A page kept from the last build passed this check then, and its inputs are the same.
        checked = [a for a in index.articles() if rebuild.changed(a.url)]
        lost = check_fidelity(checked, lambda url: _read(output / url))
        if lost:
            raise BuildError("briefing: paragraphs lost on the way to the page: " + "; ".join(lost))
        relative = self.settings.get("RELATIVE_URLS", False)
        listed = pages(index, urls, build.settings.page_size)
        quiet = not build.show_progress(len(index.articles()))
        for page in tqdm(listed, desc="briefing pages", unit="page", disable=quiet):
            template = self.get_template(page.template)
            variables = {**page.variables, PAGE_FLAG: True}
            writer.write_file(page.save_as, template, self.context, relative, **variables)
        self._write_feeds(rebuild, index, build.settings.site_url)
        partial = output / ".briefing.json.partial"
        try:
            with partial.open("w", encoding="utf-8") as stream:
                stream.writelines(exports.briefing_json(index, urls))
                stream.write("\n")
            rebuild.put_file("briefing.json", partial)
        finally:
            partial.unlink(missing_ok=True)
        sitemap = exports.sitemap(index, urls, build.settings.site_url, listed)
        rebuild.put("sitemap.xml", _text(sitemap))
        rebuild.put("search-index.js", _text(search_index_script(index, urls)))

    def _write_feeds(self, rebuild: Rebuild, index: CorpusIndex, site_url: str) -> None:
        """Write the Atom feed of every article and one per topic, where they have dated ones."""
        urls: SiteUrls = self.context["urls"]
        author = self.settings.get("AUTHOR") or self.settings["SITENAME"]
        feeds = [(urls.all_feed(), "index.html", self.settings["SITENAME"], index.articles())]
        feeds += [
            (
                urls.topic_feed(topic.slug),
                urls.topic(topic.slug),
                f"{self.settings['SITENAME']}: {topic.name}",
                [entry.article for entry in index.topic_entries(topic.slug)],
            )
            for topic in index.topics()
        ]
        for path, page_path, title, articles in feeds:
            if listed := feeds_module.dated(articles):
                text = feeds_module.atom_feed(
                    listed,
                    title=title,
                    site_url=site_url,
                    feed_path=path,
                    page_path=page_path,
                    author=author,
                    urls=urls,
                )
                rebuild.put(path, text)


def _read_articles(context: dict) -> list:
    """Pelican's articles, undated ones too (Pelican keeps those as hidden, out of its lists)."""
    return [*context.get("articles", []), *context.get("hidden_articles", [])]


def _model_article(pelican_article) -> Article:
    """The reader's Article with the URL Pelican gave its page."""
    article: Article = pelican_article.metadata[ARTICLE_KEY]
    return dataclasses.replace(article, url=pelican_article.url)


def _read(path: Path) -> str:
    """Read a written page, or nothing if it is missing."""
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def _text(text: str) -> str:
    """A text file's content: the text with one final newline."""
    return text.rstrip("\n") + "\n"
