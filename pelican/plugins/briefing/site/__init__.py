"""The site: the generator that gathers the corpus and writes the briefing's own pages."""
