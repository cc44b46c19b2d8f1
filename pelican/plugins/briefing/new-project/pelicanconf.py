"""Pelican settings for local builds of this briefing (``briefing build``), made by ``briefing new``.

Pages link to each other relatively, so output/ works served and from disk. There is no site
address here, so no feed, sitemap or canonical link is written: publishconf.py adds it
(``briefing publish --site-url https://...``).
"""

import pelican.plugins.briefing.theme as briefing_theme

# Folders, addresses, topics in place of categories, the briefing's own feeds, the cache.
from pelican.plugins.briefing.layout import *  # noqa: F403

AUTHOR = "Briefing desk"
SITENAME = "Briefing"
SITESUBTITLE = "What the articles say, topic by topic"
SITEURL = ""
TIMEZONE = "UTC"
DEFAULT_LANG = "en"

# The theme installed with the plugin; copy its folder here and point THEME at the copy to
# change it (it stays a briefing theme as long as it has the briefing's templates).
THEME = briefing_theme.folder()

PLUGINS = ["pelican.plugins.briefing"]
BRIEFING = {
    # Editorial data, relative to PATH: edit these to change topics and known entities.
    "taxonomy": "taxonomy.yml",
    "gazetteer": "gazetteer.yml",
    # The offline bundle, relative to PATH; None writes no bundle.
    "bundle": "../dist/briefing-offline.zip",
}
