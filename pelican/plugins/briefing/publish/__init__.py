"""Publishing: checks on the written site, its search index, the offline bundle, the one file.

- ``theme_contract``: the data attributes of the theme's pages that the checks below read.
- ``fidelity``: every imported paragraph reached its article page, word for word.
- ``pagefind``: Pagefind's index of the article pages, for search on the served site.
- ``linkcheck``: every internal link, asset and anchor resolves, on the site and in the bundle.
- ``bundle``: the zip that works from ``file://``.
- ``finish``: the end of the build: check and zip (the step `invoke bundle` runs too), one file.
"""
