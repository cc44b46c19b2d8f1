"""The HTML helpers of the site (site/html.py): linked mentions and fragments rendered once."""

from __future__ import annotations

from pelican.plugins.briefing.model import Mention
from pelican.plugins.briefing.site.html import Fragments, link_mentions


def mention(text: str, surface: str, entity: str) -> Mention:
    """The first ``surface`` in ``text`` as a mention of ``entity``."""
    start = text.index(surface)
    return Mention(entity, "a", "p1", start, start + len(surface), surface)


def test_mentions_become_links_and_the_rest_stays_escaped_text():
    text = 'Blinken met <b>Netanyahu</b> & "Gallant".'
    mentions = [mention(text, "Gallant", "yoav-gallant"), mention(text, "Blinken", "blinken")]
    assert link_mentions(text, mentions, lambda e: f"../entities/{e}.html") == (
        '<a class="mention" href="../entities/blinken.html">Blinken</a> met'
        " &lt;b&gt;Netanyahu&lt;/b&gt; &amp; &quot;"
        '<a class="mention" href="../entities/yoav-gallant.html">Gallant</a>&quot;.'
    )


def test_an_overlapping_mention_is_linked_once():
    text = "The UN Security Council voted."
    mentions = [mention(text, "UN Security Council", "unsc"), mention(text, "UN", "un")]
    assert link_mentions(text, mentions, lambda e: f"{e}.html").count("<a ") == 1


def test_fragments_render_once_per_key():
    calls: list[str] = []

    def heading(title: str) -> str:
        calls.append(title)
        return f"<h3>{title}</h3>"

    once = Fragments()
    assert [once(("h", "..", "a"), heading, "A"), once(("h", "..", "a"), heading, "A")] == [
        "<h3>A</h3>",
        "<h3>A</h3>",
    ]
    assert once(("h", ".", "a"), heading, "A") == "<h3>A</h3>"
    assert calls == ["A", "A"]  # a different SITEURL is a different fragment
