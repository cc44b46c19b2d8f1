"""The one-file briefing: the whole briefing as a single self-contained HTML page.

Something an analyst can attach to an email: styles inline, no script, no image, no link to
another file; only links to anchors in the page and to the original articles.
"""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

import jinja2
from markupsafe import Markup

from briefing.index import CorpusIndex


def render_onefile(index: CorpusIndex, templates: Path, stylesheet: str, site_name: str) -> str:
    """Render the theme's onefile.html (from ``templates``) over the corpus, ``stylesheet`` inline."""
    # Article text is untrusted: everything is escaped unless the template marks it safe.
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    # "</" would end the <style> element early; "<\/" means the same to CSS.
    style = stylesheet.replace("</", "<\\/")
    return environment.get_template("onefile.html").render(
        briefing=index,
        site_name=site_name,
        stylesheet=Markup(style),  # noqa: S704 -- the theme's own CSS, made inert above
        style_hash=_sha256(style),
    )


def _sha256(text: str) -> str:
    """The base64 SHA-256 of ``text``, as a Content-Security-Policy source expects it."""
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
