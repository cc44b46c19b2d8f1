"""The content format: Markdown with YAML front matter and one anchored block per paragraph.

A content file looks like::

    ---
    title: Israel to send delegation ...
    date: 2024-02-21
    ---

    {#p1 .caption}
    People take part in a protest ...

    {#p2}
    JERUSALEM, Feb. 21 (Xinhua) -- Israel will send ...

Raw HTML is disabled and every raw character that means something in Markdown is
escaped by the importer, so an article's text is always shown as text.
"""

from __future__ import annotations

import html
import re

import yaml

from markdown_it import MarkdownIt
from mdit_py_plugins.attrs import attrs_block_plugin

from ..files import load_yaml
from ..messages import yaml_problem
from ..model import Paragraph

FRONT_MATTER_KEYS = (
    "title",
    "date",
    "source",
    "author",
    "dateline",
    "slug",
    "summary",
    "url",
    "credits",
    "seed",
    "seed_sha256",
    "inferred",
    "topics_add",
    "topics_remove",
    "also_in",
)
"""Every front matter key the reader knows, in the order the importer writes them."""

FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
# Characters that start or end Markdown syntax anywhere in a line.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>&{}|~])")
# Characters that start a block (heading, list, quote, rule, setext underline) at line start.
_BLOCK_START = re.compile(r"^([#>+=\-])")
_ORDERED_LIST_START = re.compile(r"^(\d{1,9})([.)])")


def make_parser() -> MarkdownIt:
    """Return the markdown-it parser used for every content file (raw HTML off)."""
    return MarkdownIt("commonmark", {"html": False, "linkify": False}).use(attrs_block_plugin)


_SLUG_LINE = re.compile(r"^slug[ \t]*:", re.MULTILINE)


def is_briefing_file(text: str) -> bool:
    """Whether a content file is the briefing's: front matter holding a ``slug:`` line.

    The importer writes one into every file; an ordinary Pelican post has no ``---`` front
    matter, or writes its keys capitalised (``Slug:``).
    """
    found = FRONT_MATTER.match(text.lstrip("\ufeff"))
    return bool(found and _SLUG_LINE.search(found.group(1)))


def split_front_matter(text: str) -> tuple[dict, str]:
    """Split a content file into its YAML front matter and its Markdown body."""
    text = text.lstrip("\ufeff")
    found = FRONT_MATTER.match(text)
    if not found:
        raise ValueError("no front matter: the file must start with a '---' line")
    try:
        metadata = load_yaml(found.group(1)) or {}
    except yaml.YAMLError as error:
        line, column, problem = yaml_problem(error, found.group(1))
        # The front matter's first line is the file's second, after "---".
        raise ValueError(f"front matter line {line + 1}, column {column}: {problem}") from error
    if not isinstance(metadata, dict):
        raise ValueError("front matter is not a mapping of 'key: value' lines")
    return metadata, text[found.end() :]


def escape(text: str) -> str:
    """Return Markdown that renders to exactly ``text`` (one paragraph, whitespace-trimmed)."""
    escaped = _INLINE_SPECIAL.sub(r"\\\1", " ".join(text.split()))
    escaped = _BLOCK_START.sub(r"\\\1", escaped)
    return _ORDERED_LIST_START.sub(r"\1\\\2", escaped)


def paragraph_block(anchor: str, text: str, kind: str = "body") -> str:
    """Return the Markdown block for one anchored paragraph of raw text."""
    classes = "" if kind == "body" else f" .{kind}"
    return f"{{#{anchor}{classes}}}\n{escape(text)}\n"


def parse_paragraphs(body: str, parser: MarkdownIt | None = None) -> tuple[Paragraph, ...]:
    """Return the anchored paragraphs of a Markdown body, in order."""
    return render_body(body, parser or make_parser())[1]


def render_body(body: str, parser: MarkdownIt) -> tuple[str, tuple[Paragraph, ...]]:
    """Return the body's HTML and its anchored paragraphs, from one parse."""
    tokens = parser.parse(body)
    paragraphs = []
    for opening, inline in zip(tokens, tokens[1:], strict=False):
        if opening.type != "paragraph_open" or opening.level != 0:
            continue
        anchor = str(opening.attrs.get("id") or f"p{len(paragraphs) + 1}")
        kind = "caption" if "caption" in str(opening.attrs.get("class", "")).split() else "body"
        inline_html = parser.renderer.renderInline(inline.children or [], parser.options, {})
        paragraphs.append(Paragraph(anchor, _plain_text(inline_html), inline_html, kind))
    return parser.renderer.render(tokens, parser.options, {}), tuple(paragraphs)


def _plain_text(inline_html: str) -> str:
    """Return the text a reader sees in rendered inline HTML."""
    without_tags = re.sub(r"<br\s*/?>", "\n", inline_html)
    return html.unescape(re.sub(r"<[^>]*>", "", without_tags))
