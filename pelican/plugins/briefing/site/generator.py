"""The Pelican generator: gather the corpus model, then write the briefing's own pages."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

from pelican.generators import Generator

from ..analysis import editorial
from ..analysis.cache import analyse_cached
from ..analysis.review import check_corpus
from ..content.reader import ARTICLE_KEY
from ..model import Article
from ..progress import track
from ..publish.fidelity import check_fidelity
from . import exports
from .build import BUILD_KEY, DIGESTS_KEY, Build, BuildError, cache_folder, start_build
from .feeds import SiteFeeds, atom_feed
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
        corpus = analyse_cached(
            articles,
            editorial.load_taxonomy(build.settings.taxonomy),
            editorial.load_gazetteer(build.settings.gazetteer),
            build.settings.related_limit,
            cache_folder(self.settings),
            progress=build.show_progress(len(articles)),
        )
        build.index = CorpusIndex(corpus)
        for message in check_corpus(corpus):
            build.warn(message)
        self.context["briefing"] = build.index
        home = "index.html" if build.settings.owns_site else "briefing.html"
        urls = SiteUrls({a.slug: a.url for a in articles}, build.settings.site_url, home)
        self.context["urls"] = urls
        # Pelican's own feed of every article, when on at the same place, lists ours too.
        ours = self.settings.get("FEED_ALL_ATOM") != urls.all_feed()
        self.context["feeds"] = SiteFeeds(
            build.index, urls, self.settings["SITENAME"], all_articles=ours
        )
        # Digests of this build's input files, if the staging step made them (a build by
        # ``commands``); taken, so that another run of this Pelican object reads them anew.
        known = self.settings.pop(DIGESTS_KEY, {})
        content = file_digests((Path(a.source_path) for a in read), known)
        data = (build.settings.taxonomy, build.settings.gazetteer)
        build.fingerprints = Fingerprints(
            site_digest(self.settings, data, known),
            {a.slug: content[Path(a.source_path)] for a in read},
            build.index,
        )
        self.context["once"] = Fragments()
        self.context["news_article"] = news_article
        self.context["INFERRED_LABELS"] = INFERRED_LABELS
        # Where the briefing's CSS and scripts are: the theme's static files where Pelican
        # copies them (the briefing's own site), else a folder of their own beside those.
        static = self.settings["THEME_STATIC_DIR"]
        self.context["briefing_static"] = (
            static if build.settings.owns_site else f"{static}/briefing"
        )

    def generate_output(self, writer) -> None:
        """Write every briefing page, the feeds, briefing.json, the search index; in the
        briefing's own site also the sitemap, robots.txt and the 404 page. A rebuild writes
        only the files whose bytes changed (``Rebuild.put``)."""
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
        for page in track(listed, "briefing pages", "page", total=len(listed), shown=not quiet):
            template = build.templates.get(page.template)
            variables = {**page.variables, PAGE_FLAG: True}
            writer.write_file(page.save_as, template, self.context, relative, **variables)
            build.pages.add(page.save_as)
        author = self.settings.get("AUTHOR") or self.settings["SITENAME"]
        for feed in self.context["feeds"]:
            text = atom_feed(feed, urls=urls, author=author, lang=self.settings["DEFAULT_LANG"])
            rebuild.put(feed.path, text)
        rebuild.put_pieces("briefing.json", exports.briefing_json(index, urls))
        rebuild.put_pieces("search-index.js", search_index_script(index, urls))
        if build.settings.owns_site:
            self._write_site_files(writer, rebuild, listed)
        else:  # Pelican copies the static files of the site's theme only
            shutil.copytree(
                build.settings.theme / "static",
                output / self.context["briefing_static"],
                dirs_exist_ok=True,
            )

    def _write_site_files(self, writer, rebuild: Rebuild, listed: list) -> None:
        """The files a whole site has once: the sitemap, robots.txt, the 404 page."""
        build: Build = self.settings[BUILD_KEY]
        urls: SiteUrls = self.context["urls"]
        if urls.site:
            rebuild.put("sitemap.xml", _text(exports.sitemap(build.index, urls, listed)))
        rebuild.put("robots.txt", _text(exports.robots_txt(urls)))
        # Served for a missing address at any depth: links relative to the top folder would
        # break there, so they are absolute when the site's address is known.
        writer.write_file(
            "404.html",
            build.templates.get("404"),
            self.context,
            self.settings.get("RELATIVE_URLS", False) and not urls.site,
            not_found=True,
            **({"SITEURL": urls.site} if urls.site else {}),
        )


def _read_articles(context: dict) -> list:
    """The briefing's articles among Pelican's, undated ones too (Pelican keeps those as
    hidden, out of its lists); the site's other posts are not the briefing's."""
    read = [*context.get("articles", []), *context.get("hidden_articles", [])]
    return [article for article in read if ARTICLE_KEY in article.metadata]


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
