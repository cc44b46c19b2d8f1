"""The site: gather the corpus, then write the briefing's pages and the files beside them.

In the order a build uses them:

- ``build``: the state of one build; start-up checks, our reader, the article-page progress bar.
- ``manifest``: what the last good build wrote; what this one keeps and writes anew.
- ``generator``: the Pelican generator; gathers the corpus, then writes everything below.
- ``fingerprints``: what each page is made from, so an unchanged page is not rendered again.
- ``writer``: our Pelican writer: skips unchanged pages, never writes a file in place.
- ``lookups``: ``CorpusIndex``, the one interface templates and writers read the corpus through.
- ``urls``: where every kind of page lives.
- ``html``: mentions linked to entity pages; fragments rendered once and reused.
- ``pages``: the briefing's own pages (topics, entities, timelines...) and their pagination.
- ``exports``: ``briefing.json`` and ``sitemap.xml``.
- ``search_index``: ``search-index.js``, the offline search documents read by MiniSearch.
- ``onefile``: the one-file briefing, ``briefing.html``.
"""
