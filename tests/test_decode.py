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


# Measured with charset-normalizer: each of these, in each wide encoding without a byte-order
# mark, comes back as written (the importer refused them all as binary before).
LANGUAGES = {
    "English": "Israel and Hamas agreed to extend the truce, officials said.\nA second line.",
    "French": "Les négociations à Doha ont repris lundi.\nDeuxième paragraphe.",
    "Arabic": "قالت وزارة الصحة في غزة.\nفقرة ثانية.",
    "Hebrew": "ישראל תשלח משלחת לקהיר.\nפסקה שנייה.",
    "Russian": "Израиль направит делегацию в Каир.",
    "Chinese": "以色列和哈马斯同意延长停火。\n第二段。",
}


@pytest.mark.parametrize("encoding", ["utf_16_le", "utf_16_be", "utf_32_le", "utf_32_be"])
@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_wide_unicode_without_a_byte_order_mark_is_text(encoding, language):
    text = LANGUAGES[language]
    assert decode_seed((text + "\n").encode(encoding)).lines == tuple(text.split("\n"))


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b" \n\t\r\n", "no text (only whitespace)"),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "binary file (a PNG image), not text"),
        (b"PK\x03\x04" + bytes(100), "binary file (a zip archive or Word document), not text"),
        (bytes(range(256)) * 4, "binary file, not text (not UTF-16 or UTF-32 either)"),
        (b"\x00\x01\x02\n\x03", "no text (only whitespace or control characters)"),
        (
            b"\xff\xfeA\x00\x00\xd8",
            "not valid UTF-16 despite its byte-order mark (0x00 0xd8 at byte 4, line 1); "
            "save the file as UTF-8",
        ),
    ],
)
def test_unreadable_seeds_say_why(data, reason):
    with pytest.raises(UnreadableSeedError) as refused:
        decode_seed(data)
    assert str(refused.value) == reason


def test_html_extraction_keeps_the_article_only():
    page = (
        "<html><head><title>Site | Page</title><script>var a = '<p>x</p>';</script></head><body>"
        "<nav><p>Menu</p></nav><header><p>Header</p></header><main><article><h1>Headline</h1>"
        "<p>First <b>bold</b>day<br>line.</p><aside><p>Aside</p></aside>"
        "<ul><li>Item one</li></ul><form><p>Subscribe</p></form></article></main>"
        "<footer><p>Footer</p></footer></body></html>"
    )
    decoded = decode_seed(page.encode(), is_html=True)
    assert decoded.page.title == "Headline"
    assert decoded.lines == ("First boldday line.", "Item one")
