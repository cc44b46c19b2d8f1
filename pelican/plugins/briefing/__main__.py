"""``python -m pelican.plugins.briefing``: the ``briefing`` command."""

from .cli import run

run()
