"""The theme contract: the data attributes of article pages that the build's checks read.

The checks never read the theme's class names, which belong to its look and may change with
it. A theme's ``article.html`` must write:

``data-paragraph="<anchor>"``
    on the element that shows the imported paragraph ``<anchor>`` (``p1``, ``p2``...), one
    element per paragraph, with no element of its own name inside it (``<p>`` is right). The
    fidelity check (``fidelity.py``) must find the paragraph's text there word for word; other
    words may stand beside it, such as a "Photo caption:" label, the paragraph link, topic tags.
``data-pagefind-body``
    on the one element holding the article: Pagefind (``pagefind.py``) indexes only pages that
    have one, and only inside it. Pagefind's own attribute.
``data-pagefind-ignore``
    on each part inside it that is not the article's text: the paragraph links, the topic tags,
    the footer of sources and related articles. Pagefind's own attribute.
"""

from __future__ import annotations

PARAGRAPH = "data-paragraph"
"""Marks the element showing one imported paragraph; its value is the paragraph's anchor."""
SEARCH_BODY = "data-pagefind-body"
"""Marks the article on its page: what Pagefind indexes."""
