"""The one-file briefing: the whole briefing as a single self-contained HTML page.

Something an analyst can attach to an email: styles inline, no script, no image, no link to
another file; only links to anchors in the page and to the original articles.
"""

from __future__ import annotations

import base64
import hashlib

import jinja2
from markupsafe import Markup

from briefing.index import CorpusIndex


def render_onefile(index: CorpusIndex, template: str, stylesheet: str, site_name: str) -> str:
    """Render ``template`` (the theme's onefile.html) over the corpus, ``stylesheet`` inline."""
    # Article text is untrusted: everything is escaped unless the template marks it safe.
    environment = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    # "</" would end the <style> element early; "<\/" means the same to CSS.
    style = stylesheet.replace("</", "<\\/")
    return environment.from_string(template).render(
        briefing=index,
        site_name=site_name,
        stylesheet=Markup(style),  # noqa: S704 -- the theme's own CSS, made inert above
        style_hash=_sha256(style),
    )


def _sha256(text: str) -> str:
    """The base64 SHA-256 of ``text``, as a Content-Security-Policy source expects it."""
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
