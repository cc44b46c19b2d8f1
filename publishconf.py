"""Pelican settings for the published site (``briefing publish``, ``make publish``).

pelicanconf.py plus the address the site is published at, from ``BRIEFING_SITE_URL``
(``briefing publish --site-url https://...`` sets it); publishing refuses to build without
one. With it, the build writes the Atom feeds, sitemap.xml and robots.txt, and every page
gets its canonical link and link-preview tags.
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pelicanconf import *  # noqa: E402, F403 -- publishing changes only what follows

SITEURL = os.environ.get("BRIEFING_SITE_URL", "").rstrip("/")
# Pages keep linking to each other relatively (they work under any path of the host); only
# feeds, the sitemap, canonical links and link previews use the absolute address.
RELATIVE_URLS = True
# The offline bundle comes from local builds: a published page's canonical link points at
# the web, and a page opened from disk must not point there.
BRIEFING = {**BRIEFING, "bundle": None}  # noqa: F405
