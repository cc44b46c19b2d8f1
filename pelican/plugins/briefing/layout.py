"""Pelican settings every briefing site shares, for its pelicanconf.py to star-import.

The project's folders (``commands.Project`` finds them from these); addresses that name files,
so the same output works served and from disk; topics in place of Pelican's categories, tags,
authors and date archives; the briefing's own feeds in place of Pelican's; Pelican's content
cache. A site's settings import these first, then say what is its own: its name, theme, folders
and ``BRIEFING``.
"""

# content/ holds the editorial data; the importer writes the articles to content/articles/.
PATH = "content"
ARTICLE_PATHS = ["articles"]
PAGE_PATHS = ["pages"]
STATIC_PATHS = []
OUTPUT_PATH = "output"

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

# Rebuilds reuse what has not changed (cache/); output/ holds only what this build wrote.
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CACHE_PATH = "cache"
# Pelican gzips its content cache at level 9: at 10,000 articles half a second of every
# rebuild, to keep 36 MB on disk as 3.
GZIP_CACHE = False
DELETE_OUTPUT_DIRECTORY = True
OUTPUT_RETENTION = []
