"""The briefing's templates: which theme renders them, and the Jinja environment they render in.

A site whose Pelican ``THEME`` is a briefing theme (it has every template below) is the
briefing's own: that theme renders every page, Pelican's index and archive too. Any other site
keeps its theme for its own pages, and the briefing's pages come from the theme shipped with
the plugin. Either way the briefing's templates render in an environment of their own that
escapes every value (article text is untrusted), and Pelican's environment, which the site's
own templates use, is left as the site configured it.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import jinja2
from pelican.generators import PelicanTemplateNotFound, plugin_enabled
from pelican.utils import DateFormatter

from .. import theme as built_in_theme
from .html import TEMPLATE_FILTERS

PAGE_TEMPLATES = (
    "article",
    "topic",
    "entity",
    "entities",
    "quotes",
    "figures",
    "timeline",
    "months",
    "method",
    "search",
    "404",
    "onefile",
)
"""The templates the briefing renders itself: a briefing theme has every one."""
ARTICLE_TEMPLATE = "briefing-article"
"""The ``template`` the reader gives the briefing's articles, so that Pelican's article writer
asks for the briefing's article page, whatever the site's theme."""
PLAIN_POST = "post"
"""The template of a briefing theme for an ordinary Pelican post (not a briefing article)."""
BUILT_IN = Path(built_in_theme.folder())
"""The theme shipped with the plugin."""


def briefing_theme(pelican_settings: dict) -> tuple[Path, bool]:
    """The theme that renders the briefing, and whether it is the whole site's theme."""
    theme = Path(pelican_settings.get("THEME") or "")
    if all((theme / "templates" / f"{name}.html").is_file() for name in PAGE_TEMPLATES):
        return theme, True
    return BUILT_IN, False


class Templates:
    """The briefing's templates in their own Jinja environment (everything escaped)."""

    def __init__(self, pelican_settings: dict, theme: Path, owns_site: bool) -> None:
        """An environment like Pelican's (its options, filters, globals and tests) over the
        briefing's theme, with autoescape on."""
        self.theme, self.owns_site = theme, owns_site
        folders = [theme / "templates"]
        if owns_site:  # the site's overrides apply to its own theme only
            folders[:0] = map(Path, pelican_settings.get("THEME_TEMPLATES_OVERRIDES", ()))
        options = dict(pelican_settings.get("JINJA_ENVIRONMENT", {}))
        options.pop("autoescape", None)  # never the site's choice here: article text is untrusted
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(folders), autoescape=True, **options
        )
        self.env.filters.update(
            {"strftime": DateFormatter(), **pelican_settings.get("JINJA_FILTERS", {})}
        )
        self.env.filters.update(TEMPLATE_FILTERS)
        self.env.globals.update(pelican_settings.get("JINJA_GLOBALS", {}))
        self.env.tests["plugin_enabled"] = partial(
            plugin_enabled, plugin_list=pelican_settings.get("PLUGINS", [])
        )
        self.env.tests.update(pelican_settings.get("JINJA_TESTS", {}))
        self._names = {name.removesuffix(".html") for name in self.env.list_templates(["html"])}

    def get(self, name: str) -> jinja2.Template:
        """The briefing template ``name`` (without ``.html``)."""
        try:
            return self.env.get_template(f"{name}.html")
        except jinja2.TemplateNotFound as missing:
            raise PelicanTemplateNotFound(
                f"[templates] unable to load {name}.html from {self.theme / 'templates'}"
            ) from missing

    def serve(self, generator) -> None:
        """Have one of Pelican's generators take the briefing's templates from here.

        The article writer asks for ``ARTICLE_TEMPLATE`` for the briefing's articles. In the
        briefing's own site every template it asks for that the theme has is the theme's (an
        ordinary post gets ``post.html``); the others, and in any other site all the rest,
        stay with Pelican (the site's theme, or Pelican's simple theme it falls back on).
        """
        pelicans = generator.get_template

        def get_template(name: str) -> jinja2.Template:
            if name == ARTICLE_TEMPLATE:
                return self.get("article")
            ours = PLAIN_POST if name == "article" else name
            if self.owns_site and ours in self._names:
                return self.get(ours)
            return pelicans(name)

        generator.get_template = get_template
