"""What each page is made from, as one digest: a page whose digest is the one the last build
recorded is neither rendered nor written again (see ``manifest`` and ``writer``).

Every digest starts from the site's: our code, the theme, the settings, the editorial data and
what every page's masthead shows. Then, by the kind of page:

- an article page: its content file, the articles it lists as related and its neighbours (the
  theme may show their headline, outlet and date: their content files stand for them);
- an older page of a topic or entity list: the content files of the articles it shows (which
  of their paragraphs it quotes follows from them and the editorial data);
- a month's page of the timeline (of every topic or of one), of the quotes or of the figures:
  the content files of the articles it shows, and which months are its neighbours;
- the first page of a topic or entity list: the content files of every article on the topic
  or naming (or quoted as) the entity;
- any other page of ours, or of Pelican's home and archive: every content file, in order;
- a page of a template not known here: none, so it is always rendered (and written only if
  its text changed).

An article's analysis is a pure function of its content file and the editorial data, so the
content file's bytes stand for everything the stages found in it.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

from .. import caching
from ..caching import file_digest, folder_digest
from .lookups import CorpusIndex
from .months import Month
from .pages import Pagination

_RUNTIME = "BRIEFING_"
"""Settings keys holding this build's state, not settings (``BRIEFING`` itself is kept)."""
_HOW_NOT_WHAT = ("LOAD_CONTENT_CACHE", "DEBUG", "DELETE_OUTPUT_DIRECTORY", "OUTPUT_PATH")
"""Settings that change how a build runs (and where it writes), not what its pages say."""


def digest(*parts: object) -> str:
    """A short digest of some strings (or bytes)."""
    hashed = hashlib.sha256()
    for part in parts:
        hashed.update(part if isinstance(part, bytes) else str(part).encode("utf-8"))
        hashed.update(b"\0")
    return hashed.hexdigest()[:32]


def file_digests(paths: Iterable[Path], known: dict[str, str]) -> dict[Path, str]:
    """The digest of each file's bytes (``caching.file_digest``)."""
    return {path: file_digest(str(path), known) for path in paths}


def settings_digest(settings: dict) -> str:
    """A digest of Pelican's settings (ours included), without this build's own state."""
    kept = {
        key: value
        for key, value in settings.items()
        if not key.startswith(_RUNTIME) and key not in _HOW_NOT_WHAT
    }
    return digest(json.dumps(kept, sort_keys=True, default=_name_of))


def _name_of(value: object) -> str:
    """A settings value that JSON cannot hold, by its name (never by its address)."""
    return getattr(value, "__qualname__", None) or type(value).__qualname__


def site_digest(settings: dict, editorial: Iterable[Path], known: dict[str, str]) -> str:
    """What every page depends on, apart from the articles (files digested as ``file_digest``)."""
    theme = folder_digest(Path(settings["THEME"]), known)
    data = "".join(file_digests((path for path in editorial if path.is_file()), known).values())
    return digest(caching.code_digest(), theme, settings_digest(settings), data)


class Fingerprints:
    """The fingerprint of every page of one build."""

    def __init__(self, site: str, content: dict[str, str], index: CorpusIndex) -> None:
        """``site`` from ``site_digest``, ``content`` the digest of each article's content file
        by slug, ``index`` the gathered corpus."""
        self.index = index
        self.content = content
        articles = index.articles()
        # The masthead links the feed of every article when one is dated, and every topic.
        masthead = (any(a.date for a in articles), tuple(topic.slug for topic in index.topics()))
        self.site = digest(site, masthead)
        self.corpus = digest(self.site, *(content[a.slug] for a in articles))

    def article_page(self, name: str, slug: str) -> str:
        """The fingerprint of the page of article ``slug``."""
        related = tuple(
            (link.slug, link.shared_topics, link.shared_terms, self.content[link.slug])
            for link in self.index.related(slug)
        )
        neighbours = tuple(
            self.content[other.slug] if other else None for other in self.index.neighbours(slug)
        )
        return digest(self.site, name, "article", self.content[slug], related, neighbours)

    def page(self, name: str, template: str, variables: dict) -> str | None:
        """The fingerprint of one of our pages (or Pelican's home and archive)."""
        pagination = variables.get("pagination")
        topic, entity = variables.get("topic"), variables.get("entity")
        month = variables.get("month")
        if isinstance(month, Month):  # what it shows follows from its articles alone
            nav = variables.get("nav")
            return self._of(name, template, topic, (month.key, nav), list(month.articles))
        if isinstance(pagination, Pagination) and pagination.number:
            shown = list(pagination.articles)
            return self._of(name, template, topic or entity, pagination, shown)
        if topic is not None and "months" not in variables:  # a topic's first page: all of it
            shown = [entry.article.slug for entry in self.index.topic_entries(topic.slug)]
            return self._of(name, template, topic, pagination, shown)
        if entity is not None:  # also the articles quoting it, maybe without naming it
            shown = self.index.entity_articles(entity.id)
            shown += [quote.article for quote in self.index.speaker_quotes(entity.id)]
            return self._of(name, template, entity, pagination, shown)
        return digest(self.corpus, name, template)

    def _of(self, name: str, template: str, owner, pagination, slugs: list[str]) -> str:
        """The fingerprint of a page about one topic or entity that shows these articles."""
        dated = any(self.index.article(slug).date for slug in slugs)  # a feed link, or not
        shown = (self.content[slug] for slug in slugs)
        return digest(self.site, name, template, owner, pagination, dated, *shown)


def inputs_digest(settings: dict, known: dict[str, str]) -> str:
    """A digest of everything a build reads: the content folder (articles and editorial data),
    the theme, the settings, our code and the versions of the libraries that write pages.

    The digest of every file read is added to ``known``, by path (``file_digest``)."""
    content = folder_digest(Path(settings["PATH"]), known)
    versions = [_version(name) for name in _LIBRARIES]
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    return digest(site_digest(settings, (), known), content, epoch, *versions)


_LIBRARIES = ("pelican", "jinja2", "markdown-it-py", "pagefind-bin", "markupsafe")
"""Libraries whose version decides the bytes of a page or the search index."""


def _version(distribution: str) -> str:
    """The installed version of ``distribution``, or ``-`` if it is not installed."""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "-"
