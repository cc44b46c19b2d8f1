"""Decoding a seed's bytes (any encoding, saved web pages) into lines of text."""

from __future__ import annotations

import pytest

from pelican.plugins.briefing.importer.decode import UnreadableSeedError, decode_seed


@pytest.mark.parametrize(
    ("data", "lines"),
    [
        ("Caf\u00e9 \u201cquoted\u201d\n".encode(), ("Caf\u00e9 \u201cquoted\u201d",)),
        (b"\xef\xbb\xbfWith BOM\r\nSecond\r\n", ("With BOM", "Second")),
        (
            "It\u2019s \u201cfine\u201d \u2013 na\u00efve".encode("cp1252"),
            ("It\u2019s \u201cfine\u201d \u2013 na\u00efve",),
        ),
        ("UTF-16 text\n".encode("utf-16"), ("UTF-16 text",)),
        (b"stray\x00 NUL\x07 bytes", ("stray NUL bytes",)),
    ],
)
def test_decoding(data, lines):
    assert decode_seed(data).lines == lines


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b" \n\t\r\n", "no text"),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "binary file, not text"),
        (bytes(range(256)) * 4, "binary file, not text"),
        (b"\x00\x01\x02\n\x03", "no text"),
    ],
)
def test_unreadable_seeds_say_why(data, reason):
    with pytest.raises(UnreadableSeedError, match=reason):
        decode_seed(data)


def test_html_extraction_keeps_the_article_only():
    page = (
        "<html><head><title>Site | Page</title><script>var a = '<p>x</p>';</script></head><body>"
        "<nav><p>Menu</p></nav><header><p>Header</p></header><main><article><h1>Headline</h1>"
        "<p>First <b>bold</b>day<br>line.</p><aside><p>Aside</p></aside>"
        "<ul><li>Item one</li></ul><form><p>Subscribe</p></form></article></main>"
        "<footer><p>Footer</p></footer></body></html>"
    )
    decoded = decode_seed(page.encode(), is_html=True)
    assert decoded.title == "Headline"
    assert decoded.lines == ("First boldday line.", "Item one")
