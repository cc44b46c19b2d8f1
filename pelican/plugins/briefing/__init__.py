"""The Pelican plugin: connects Pelican's signals to the briefing's stages, and nothing else."""

from __future__ import annotations

from pelican import signals

from .publish.finish import finish
from .publish.pagefind import start_search_index
from .site.build import (
    add_reader,
    begin,
    count_article_page,
    forget_disabled_markdown,
    repeat_reader_warnings,
    serve_templates,
)
from .site.generator import add_generator
from .site.writer import briefing_writer


def register() -> None:
    """Connect the briefing to Pelican."""
    signals.initialized.connect(begin)
    signals.readers_init.connect(add_reader)
    signals.article_generator_preread.connect(forget_disabled_markdown)
    signals.page_generator_preread.connect(forget_disabled_markdown)
    signals.get_generators.connect(add_generator)
    signals.generator_init.connect(serve_templates)
    signals.get_writer.connect(briefing_writer)
    signals.article_generator_finalized.connect(repeat_reader_warnings)
    signals.page_generator_finalized.connect(repeat_reader_warnings)
    signals.article_generator_write_article.connect(count_article_page)
    signals.article_writer_finalized.connect(start_search_index)
    signals.finalized.connect(finish)
