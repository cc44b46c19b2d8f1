"""Pelican settings for local builds of this briefing (``briefing build``), made by ``briefing new``.

Pages link to each other relatively, so output/ works served and from disk. There is no site
address here, so no feed, sitemap or canonical link is written: publishconf.py adds it
(``briefing publish --site-url https://...``).
"""

import pelican.plugins.briefing.theme as briefing_theme

AUTHOR = "Briefing desk"
SITENAME = "Briefing"
SITESUBTITLE = "What the articles say, topic by topic"
SITEURL = ""
TIMEZONE = "UTC"
DEFAULT_LANG = "en"

PATH = "content"
ARTICLE_PATHS = ["articles"]
PAGE_PATHS = ["pages"]
STATIC_PATHS = []
OUTPUT_PATH = "output"
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

# Relative links that name files, so the same output works served and from disk.
RELATIVE_URLS = True
ARTICLE_URL = ARTICLE_SAVE_AS = "articles/{slug}.html"
PAGE_URL = PAGE_SAVE_AS = "{slug}.html"
INDEX_SAVE_AS = "index.html"
ARCHIVES_SAVE_AS = "archives.html"
DIRECT_TEMPLATES = ["index", "archives"]
DEFAULT_PAGINATION = False

# Topics replace Pelican's categories, tags and authors.
CATEGORY_SAVE_AS = CATEGORIES_SAVE_AS = ""
TAG_SAVE_AS = TAGS_SAVE_AS = ""
AUTHOR_SAVE_AS = AUTHORS_SAVE_AS = ""
YEAR_ARCHIVE_SAVE_AS = MONTH_ARCHIVE_SAVE_AS = DAY_ARCHIVE_SAVE_AS = ""
DRAFT_SAVE_AS = ""

# The briefing writes its own Atom feeds (all articles, topics, people, organisations).
FEED_ALL_ATOM = FEED_ALL_RSS = CATEGORY_FEED_ATOM = TRANSLATION_FEED_ATOM = AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = CATEGORY_FEED_RSS = TAG_FEED_ATOM = TAG_FEED_RSS = None

CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CACHE_PATH = "cache"
DELETE_OUTPUT_DIRECTORY = True
OUTPUT_RETENTION = []
