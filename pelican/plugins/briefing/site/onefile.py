"""The one-file briefing: the briefing as a single self-contained HTML page.

Something an analyst can attach to an email: styles inline, no script, no image, no link to
another file; only links to anchors in the page and to the original articles. A large corpus is
cut to its newest articles (``BRIEFING["onefile_articles"]``), and the page says so: 10,000
articles would make a 180 MB page no mail server takes and no browser opens comfortably.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
from pathlib import Path

import jinja2
from markupsafe import Markup

from ..model import Corpus
from .html import TEMPLATE_FILTERS
from .lookups import CorpusIndex


def render_onefile(
    index: CorpusIndex, templates: Path, stylesheet: str, site_name: str, limit: int = 0
) -> str:
    """Render the theme's onefile.html over the ``limit`` newest articles (0: all)."""
    total = len(index.articles())
    if 0 < limit < total:
        index = CorpusIndex(newest(index.corpus, limit))
    # Article text is untrusted: everything is escaped unless the template marks it safe.
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    environment.filters.update(TEMPLATE_FILTERS)
    # "</" would end the <style> element early; "<\/" means the same to CSS.
    style = stylesheet.replace("</", "<\\/")
    return environment.get_template("onefile.html").render(
        briefing=index,
        total_articles=total,
        site_name=site_name,
        stylesheet=Markup(style),  # noqa: S704 -- the theme's own CSS, made inert above
        style_hash=_sha256(style),
    )


def _sha256(text: str) -> str:
    """The base64 SHA-256 of ``text``, as a Content-Security-Policy source expects it."""
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def newest(corpus: Corpus, count: int) -> Corpus:
    """The corpus cut to its ``count`` newest articles, with nothing pointing past the cut."""
    kept = corpus.articles[:count]  # articles are newest first
    slugs = {article.slug for article in kept}

    def only_kept(per_article: dict) -> dict:
        return {slug: found for slug, found in per_article.items() if slug in slugs}

    related = {
        slug: tuple(r for r in found if r.slug in slugs)
        for slug, found in only_kept(corpus.related).items()
    }
    return dataclasses.replace(
        corpus,
        articles=kept,
        topic_matches=only_kept(corpus.topic_matches),
        mentions=only_kept(corpus.mentions),
        candidates=only_kept(corpus.candidates),
        quotes=only_kept(corpus.quotes),
        figures=only_kept(corpus.figures),
        events=only_kept(corpus.events),
        related=related,
    )
