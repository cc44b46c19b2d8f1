"""Turn the bytes of a seed file (plain text or a saved web page) into lines of clean text.

A saved web page is read by ``webpage.py``, which also says what the page states about itself.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import charset_normalizer

from .pagefacts import PageFacts
from .webpage import read_page

# File signatures of formats that are never article text, and what they are.
_BINARY_SIGNATURES = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a zip archive or Word document",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "a program",
    b"\xd0\xcf\x11\xe0": "an old Word or Excel document",
}
# Unicode without a byte-order mark: charset-normalizer tells these apart from binary data
# (measured: English, French, Arabic, Hebrew, Russian and Chinese in each, below 1 ms).
_WIDE_ENCODINGS = ["utf_16_le", "utf_16_be", "utf_32_le", "utf_32_be"]
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control bytes that plain text does not contain (tab, newlines, form feed and escape excepted).
_CONTROL_BYTES = bytes([*range(0, 9), 11, *range(14, 27), *range(28, 32)])
# Control characters to drop from decoded text; line breaks are kept for splitting.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\ufeff\ufffe]")
_LINE_BREAKS = re.compile(r"\r\n?|[\x85\u2028\u2029]")


class UnreadableSeedError(ValueError):
    """A seed file is not usable text; the message says why, for the import report."""


@dataclass(frozen=True)
class DecodedSeed:
    """The text of one seed file, one paragraph per line."""

    lines: tuple[str, ...]
    """Non-empty lines of text, control characters removed."""
    page: PageFacts | None = None
    """What a saved web page states about itself (``None`` for plain text)."""


def decode_seed(data: bytes, *, is_html: bool = False) -> DecodedSeed:
    """Decode a seed's bytes into lines of text, or raise UnreadableSeedError saying why."""
    if not data.strip():
        raise UnreadableSeedError("empty file" if not data else "no text (only whitespace)")
    text = _strip_controls(_to_text(data))
    if is_html:
        return _from_html(text)
    lines = tuple(line.strip() for line in text.split("\n") if line.strip())
    if not lines:
        raise UnreadableSeedError("no text (only whitespace or control characters)")
    return DecodedSeed(lines)


def _to_text(data: bytes) -> str:
    """Decode bytes: byte-order mark, else UTF-8, else mostly-ASCII cp1252, else best guess.

    Bytes that look binary may still be UTF-16 or UTF-32 text without a byte-order mark.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_or_fail(data, encoding)
    kind = next((kind for mark, kind in _BINARY_SIGNATURES.items() if data.startswith(mark)), "")
    if kind:
        raise UnreadableSeedError(f"binary file ({kind}), not text")
    if _looks_binary(data):
        wide = charset_normalizer.from_bytes(data, cp_isolation=_WIDE_ENCODINGS).best()
        if wide is None:
            raise UnreadableSeedError("binary file, not text (not UTF-16 or UTF-32 either)")
        return str(wide)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        not_utf8 = error
    western = _mostly_ascii_cp1252(data)
    return western if western is not None else _guess(data, not_utf8)


def _decode_or_fail(data: bytes, encoding: str) -> str:
    """Decode with a known encoding or explain the failure."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise UnreadableSeedError(
            f"not valid {encoding.upper()} despite its byte-order mark"
            f" ({_where(data, error)}); save the file as UTF-8"
        ) from error


def _where(data: bytes, error: UnicodeDecodeError) -> str:
    """Say where in the file a decoding error is: the bytes, their offset and line."""
    line = data.count(b"\n", 0, error.start) + 1
    bad = " ".join(f"0x{byte:02x}" for byte in data[error.start : min(error.end, error.start + 4)])
    return f"{bad} at byte {error.start}, line {line}"


def _looks_binary(data: bytes) -> bool:
    """Tell binary data from text that merely contains a few stray control bytes."""
    sample = data[:65536]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > max(8, len(sample) // 100)


def _mostly_ascii_cp1252(data: bytes) -> str | None:
    """Read legacy Windows text when its few non-ASCII bytes are quotes, dashes or accents."""
    # Short texts defeat statistical detection (it picks cp1250 for curly quotes), so a
    # Western default is safer when most letters are ASCII; Cyrillic or Greek bytes read
    # as cp1252 come out as nearly all accented letters and go to charset-normalizer.
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [char for char in text if char.isalpha()]
    non_ascii = sum(1 for char in letters if not char.isascii())
    return text if non_ascii * 4 <= len(letters) else None


def _guess(data: bytes, not_utf8: UnicodeDecodeError) -> str:
    """Decode with the encoding charset-normalizer finds most plausible."""
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise UnreadableSeedError(
            f"cannot tell the text encoding: not UTF-8 ({_where(data, not_utf8)}) and no other"
            " encoding fits; save the file as UTF-8"
        )
    return str(best)


def _strip_controls(text: str) -> str:
    """Normalise line breaks to LF and drop control characters (NUL included)."""
    return _CONTROL_CHARS.sub("", _LINE_BREAKS.sub("\n", text)).replace("\t", " ")


def _from_html(text: str) -> DecodedSeed:
    """Extract the article text of a saved web page, one paragraph per line."""
    lines, facts = read_page(text)
    if not lines:
        raise UnreadableSeedError("web page without article text")
    return DecodedSeed(lines, facts)
