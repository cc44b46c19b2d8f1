"""Pelican settings for local builds (``make site``, ``pelican -s pelicanconf.py``).

Pages link to each other relatively, so the same output/ works served and from disk. There is
no site address here, so no feed, sitemap or canonical link is written: publishconf.py adds the
published site's address (``make publish``).
"""

AUTHOR = "Briefing desk"
SITENAME = "Gaza war briefing"
SITESUBTITLE = "What the articles say, topic by topic"
SITEURL = ""
TIMEZONE = "UTC"
DEFAULT_LANG = "en"

PATH = "content"
ARTICLE_PATHS = ["articles"]
PAGE_PATHS = ["pages"]
STATIC_PATHS = []
OUTPUT_PATH = "output"
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

# The briefing writes its own Atom feeds (all articles, each topic): Pelican's are off.
FEED_ALL_ATOM = FEED_ALL_RSS = CATEGORY_FEED_ATOM = TRANSLATION_FEED_ATOM = AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = CATEGORY_FEED_RSS = TAG_FEED_ATOM = TAG_FEED_RSS = None

# Reproducible output: no "last built" stamps, stable ordering.
DEFAULT_DATE_FORMAT = "%-d %B %Y"
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CACHE_PATH = "cache"
DELETE_OUTPUT_DIRECTORY = True
OUTPUT_RETENTION = []
