"""Write an imported article as a content file: YAML front matter and anchored paragraphs."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import yaml

from ..content.format import paragraph_block
from .clean import CleanParagraph

_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def render_content(front_matter: Mapping[str, object], paragraphs: Sequence[CleanParagraph]) -> str:
    """Return the text of a content file; paragraphs are anchored p1..pN in order."""
    # The safe dumper quotes whatever needs quoting, so no title can break the front matter;
    # its C version (libyaml) writes the same text and makes 10,000 articles quick.
    header = yaml.dump(
        dict(front_matter),
        Dumper=_DUMPER,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=None,
        width=1_000_000,
    )
    blocks = (
        paragraph_block(f"p{number}", paragraph.text, paragraph.kind)
        for number, paragraph in enumerate(paragraphs, 1)
    )
    return f"---\n{header}---\n\n" + "\n".join(blocks)
