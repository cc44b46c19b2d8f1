"""Pelican settings for local builds (``make site``, ``pelican -s pelicanconf.py``).

Pages link to each other relatively, so the same output/ works served and from disk. There is
no site address here, so no feed, sitemap or canonical link is written: publishconf.py adds the
published site's address (``make publish``).
"""

# Folders, addresses, topics in place of categories, the briefing's own feeds, the cache.
from pelican.plugins.briefing.layout import *  # noqa: F403

AUTHOR = "Briefing desk"
SITENAME = "Gaza war briefing"
SITESUBTITLE = "What the articles say, topic by topic"
SITEURL = ""
TIMEZONE = "UTC"
DEFAULT_LANG = "en"

THEME = "theme"

PLUGINS = ["pelican.plugins.briefing"]
BRIEFING = {
    # Editorial data, relative to PATH: edit these to change topics and known entities.
    "taxonomy": "taxonomy.yml",
    "gazetteer": "gazetteer.yml",
    # The offline bundle, relative to PATH; None writes no bundle.
    "bundle": "../dist/briefing-offline.zip",
    "related_limit": 5,
    "link_check": True,
    # dist/briefing.html keeps the newest articles only, so it stays small enough to email.
    "onefile_articles": 500,
    # Articles per page on topic and entity pages; past that, "Older" pages follow (0: one page).
    "page_size": 100,
}

DEFAULT_DATE_FORMAT = "%-d %B %Y"
