"""Briefing: turn a pile of news articles into a cross-linked Pelican briefing site."""
