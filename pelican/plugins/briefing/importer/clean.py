"""Clean the paragraphs of a seed: drop repeats, mark photo captions, lift wire sign-offs."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

# A line that is nothing but a wire sign-off, e.g. "(Input from agencies)", "(Reporting by ...)".
_SIGN_OFF_LINE = re.compile(
    r"\((?:(?:with )?(?:additional )?(?:inputs?|reporting|writing|editing|compiled|"
    r"sources?)\b[^()]{0,200}|end|ends)\)|-*\s*(?:end|ends)\s*-*|[\u25a0\u25a1\u25cf\u25c6#*]{1,3}",
    re.IGNORECASE,
)
END_MARKS = "\u25a0\u25a1\u25cf\u25c6"
"""End-of-story marks printed after the last sentence, e.g. "... under a fragile truce. ■"."""
_END_MARK = re.compile(rf"\s*([{END_MARKS}])$")
# A photo credit closing a caption: "(Tomer Neuberg/JINI via Xinhua)", "(AFP photo)".
_PHOTO_CREDIT = re.compile(
    r"\((?:[^()]{0,80}\bphotos?\b[^()]{0,80}|[A-Z][^()/]{0,60}/[A-Z][^()]{0,60}|"
    r"[A-Z][^()]{0,60} via [A-Z][^()]{0,40})\)$",
    re.IGNORECASE,
)
# A repeated paragraph this long is a caption printed twice; shorter repeats are separators.
_CAPTION_WORDS = 8
_CAPTION_START = re.compile(r"(?:file )?(?:photo|picture|image)\s*:", re.IGNORECASE)
# A caption credit sits at the very end; only the tail of a paragraph is examined.
_TAIL = 200


@dataclass(frozen=True)
class CleanParagraph:
    """One paragraph ready for the page."""

    text: str
    """The paragraph text, whitespace-normalised."""
    kind: str = "body"
    """``body`` or ``caption``."""


@dataclass(frozen=True)
class CleanText:
    """The paragraphs of a seed after clean-up, and what was lifted out of them."""

    paragraphs: tuple[CleanParagraph, ...]
    """Body and caption paragraphs in reading order, each repeated paragraph once."""
    credits: tuple[str, ...]
    """Wire sign-offs removed from the text, in order, e.g. ``(Input from agencies)``."""


def clean_paragraphs(lines: Sequence[str]) -> CleanText:
    """Return the cleaned paragraphs of a seed given one paragraph per line."""
    texts = [" ".join(line.split()) for line in lines]
    counts = Counter(texts)
    paragraphs: list[CleanParagraph] = []
    credits: list[str] = []
    seen: set[str] = set()
    for text in texts:
        if not text or text in seen:
            continue
        seen.add(text)
        if _SIGN_OFF_LINE.fullmatch(text):
            credits.append(text)
            continue
        body, mark = _split_end_mark(text)
        credits.extend(mark)
        repeated = counts[text] > 1 and len(text.split()) >= _CAPTION_WORDS
        paragraphs.append(CleanParagraph(body, _kind(body, repeated=repeated)))
    return CleanText(tuple(paragraphs), tuple(credits))


def _split_end_mark(text: str) -> tuple[str, list[str]]:
    """Separate a trailing end-of-story mark from the paragraph."""
    found = _END_MARK.search(text[-_TAIL:])
    if not found:
        return text, []
    return text[: len(text) - len(found.group(0))], [found.group(1)]


def _kind(text: str, *, repeated: bool) -> str:
    """Tell a photo caption from body text."""
    # Sites print the caption above the story and again below it, so a verbatim repeat
    # is a caption even without a credit.
    is_caption = repeated or _CAPTION_START.match(text) or _PHOTO_CREDIT.search(text[-_TAIL:])
    return "caption" if is_caption else "body"
