"""The Briefing theme (templates and static files), shipped inside the pelican-briefing package.

A new project's pelicanconf.py points Pelican's ``THEME`` at it with ``folder()``.
"""

from pathlib import Path


def folder() -> str:
    """The theme's folder, as Pelican's ``THEME`` setting takes it."""
    return str(Path(__file__).resolve().parent)
