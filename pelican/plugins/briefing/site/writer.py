"""Our Pelican writer (signal ``get_writer``): a page made from the same inputs as in the last
build is neither rendered nor written, and no file is ever written in place.

A rebuild's staging folder starts as hard links to the last good output (``manifest``); a file
written in place would change the last good ``output/`` with it, so every file is written
beside its place and moved there, and only when its bytes changed.
"""

from __future__ import annotations

import io
import os

from pelican.utils import sanitised_join
from pelican.writers import FileOverwriteFailedError, Writer

from ..content.reader import ARTICLE_KEY
from .build import BUILD_KEY, Build

PAGE_FLAG = "briefing_page"
"""Template variable marking the pages of ``pages.py``, whose fingerprints are known."""
_OURS = ("index", "archives")
"""Pelican's own templates whose pages the fingerprints know besides the article pages."""


def briefing_writer(pelican) -> type:
    """The writer class Pelican should use (signal ``get_writer``)."""
    return BriefingWriter


class BriefingWriter(Writer):
    """Pelican's writer, skipping pages whose fingerprint is unchanged, writing by replacing."""

    def __init__(self, output_path, settings=None) -> None:
        """Write into ``output_path`` for the build in ``settings``."""
        super().__init__(output_path, settings=settings)
        self._build: Build | None = (settings or {}).get(BUILD_KEY)
        self._pending: dict[str, str | None] = {}

    def write_file(self, name, template, context, relative_urls=False, paginated=None, **kwargs):
        """Render and write page ``name``, unless the last build wrote it from the same inputs."""
        build = self._build
        if name and build is not None and build.rebuild is not None:
            fingerprint = self._fingerprint(name, template, kwargs)
            if build.rebuild.unchanged(name, fingerprint):
                return None
            self._pending[sanitised_join(self.output_path, name)] = fingerprint
        return super().write_file(name, template, context, relative_urls, paginated, **kwargs)

    def _fingerprint(self, name: str, template, variables: dict) -> str | None:
        """The page's fingerprint, or None when it is not known what the page shows."""
        build, kind = self._build, template.name.removesuffix(".html")
        if build.fingerprints is None or self._paginated(kind):
            return None
        article = variables.get("article")
        if kind == "article" and article is not None:
            # Another site's own posts are Pelican's: only the briefing's articles are known.
            if ARTICLE_KEY not in getattr(article, "metadata", {}):
                return None
            return build.fingerprints.article_page(name, article.slug)
        if kind in _OURS or variables.get(PAGE_FLAG):
            return build.fingerprints.page(name, kind, variables)
        return None

    def _paginated(self, kind: str) -> bool:
        """Whether Pelican paginates this template (one call would write several pages)."""
        per_page = self.settings.get("PAGINATED_TEMPLATES", {})
        return kind in per_page and bool(per_page[kind] or self.settings.get("DEFAULT_PAGINATION"))

    def _open_w(self, filename, encoding, override=False):
        """Pelican's checks against writing one file twice, then a file written by replacing."""
        if filename in self._overridden_files:
            if override:
                raise FileOverwriteFailedError(f'Failed to overwrite "{filename}" a second time')
            return open(os.devnull, "w", encoding=encoding)  # noqa: SIM115 - Pelican's way
        if filename in self._written_files and not override:
            raise FileOverwriteFailedError(
                f'Failed to overwrite "{filename}" as Pelican has already written to it'
            )
        if override:
            self._overridden_files.add(filename)
        self._written_files.add(filename)
        return _Replacing(self, filename, self._pending.pop(filename, None))

    def finished(self, filename: str, text: str, fingerprint: str | None) -> None:
        """Put a file's text in place (called when Pelican closes it)."""
        build = self._build
        name = os.path.relpath(filename, self.output_path).replace(os.sep, "/")
        if build is not None and build.rebuild is not None:
            build.rebuild.put(name, text, fingerprint)
        else:
            with open(filename, "w", encoding="utf-8") as stream:
                stream.write(text)


class _Replacing(io.StringIO):
    """A text file that is put in place, by replacing, when Pelican closes it."""

    def __init__(self, writer: BriefingWriter, filename: str, fingerprint: str | None) -> None:
        """Collect the text of ``filename``."""
        super().__init__()
        self._writer, self._filename, self._fingerprint = writer, filename, fingerprint

    def close(self) -> None:
        """Hand the text to the writer, once."""
        if not self.closed:
            text = self.getvalue()
            super().close()
            self._writer.finished(self._filename, text, self._fingerprint)
