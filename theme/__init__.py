"""The Briefing theme (templates and static files), shipped inside the pelican-briefing package."""
