"""Tell a bad headline: a dateline, a greeting, a photo caption, a bad cut, too long (rules in
``score.py``)."""

from __future__ import annotations

import re

from ..analysis.related import _content_words as content_words
from ..importer.clean import clean_paragraphs
from ..importer.headline import TITLE_LIMIT
from ..text.datelines import find_dateline
from .found import Found, headline
from .key import KeyEntry
from .score import Context, Score, ratio
from .words import normal

_GREETING = re.compile(
    r"(?:thank you|thanks|good (?:morning|afternoon|evening|day)|hello|hi|hey|welcome"
    r"|colleagues|ladies and gentlemen|excellenc(?:y|ies)|dear|distinguished"
    r"|(?:mr|mister|madam|madame|ms|mrs)\.? (?:president|chair\w*|secretary|speaker))\b",
    re.IGNORECASE,
)
# A transcript's speaker label: "MODERATOR:", "AMBASSADOR THOMAS-GREENFIELD:".
_SPEAKER_LABEL = re.compile(r"[A-Z][A-Z.'\- ]{1,40}:")
# A place in capitals, then an optional region and credit, then a dash: "CAIRO - The",
# "WASHINGTON, DC—Today", "(CITY, STATE) --The", "JOINT BASE ... HOUSTON, Texas - The"; a
# photo's "FILE -" is no place.
_CAPS = r"[A-Z][A-Z.'\-]*[A-Z]\.?"
_DATELINE = re.compile(
    rf"(?!FILE\b)\(?{_CAPS}(?: {_CAPS}){{0,7}}(?:, [A-Z][\w.'\-]*(?: [A-Z][\w.'\-]*){{0,2}})?\)?"
    r"(?: ?\([^()]{1,40}\))? ?(?:--|[-\u2013\u2014])"
)
_CAPTION = re.compile(
    r"^(?:FILE\b|File photo\b)|\b(?:pictured|photographed|in this (?:photo|picture|image))\b"
)
_ENDS_SENTENCE = ".!?\"')\u201d\u2019"
REASONS = ("dateline", "greeting", "caption", "cut", "long")
"""Why a headline is bad, in the order the report counts them."""


def score_headline(key: dict[str, KeyEntry], found: dict[str, Found], _context: Context) -> Score:
    """Count bad headlines by reason, and how many key headline words ours share."""
    counts: dict[str, int | str] = {"bad": 0, "headlines": 0, **dict.fromkeys(REASONS, 0)}
    misses, overlaps = [], []
    for name, entry in key.items():
        ours = headline(found[name])
        if ours is None:
            continue
        counts["headlines"] += 1
        reasons = problems(ours, found[name], entry)
        for reason in reasons:
            counts[reason] += 1
        if reasons:
            counts["bad"] += 1
            misses.append(f"{name}: {'+'.join(reasons)}: {ours!r}")
        overlaps.append(overlap(ours, entry.headline))
    counts["key words"] = f"{100 * sum(overlaps) / len(overlaps):.0f}%" if overlaps else "n/a"
    good = counts["headlines"] - counts["bad"]
    return Score("headline", ratio(good, counts["headlines"]), None, counts, tuple(misses))


def problems(title: str, found: Found, entry: KeyEntry) -> list[str]:
    """Return why a headline is bad (empty when it is good)."""
    text = normal(title)
    checks = {
        "dateline": _DATELINE.match(text)
        or find_dateline(text)
        or (entry.dateline and text.startswith(normal(entry.dateline))),
        "greeting": _GREETING.match(text) or _SPEAKER_LABEL.match(text),
        "caption": _CAPTION.search(text) or clean_paragraphs([text]).paragraphs[0].kind != "body",
        "cut": _bad_cut(text, found),
        "long": len(text) > TITLE_LIMIT,
    }
    return [reason for reason in REASONS if checks[reason]]


def _bad_cut(title: str, found: Found) -> bool:
    """Tell a headline cut inside a word, or cut without an ellipsis, from the lede it came from."""
    cut = title.endswith("\u2026")
    stem = title.removesuffix("\u2026").rstrip()
    for paragraph in getattr(found.article, "paragraphs", ()):
        text = normal(paragraph.text)
        at = text.find(stem)
        if at < 0:
            continue
        after = text[at + len(stem) : at + len(stem) + 1]
        if after.isalnum():
            return True  # the last word is cut in two
        whole = not after or after in _ENDS_SENTENCE or stem[-1:] in _ENDS_SENTENCE
        return not cut and not whole  # a shortened sentence must say so
    return False  # not from the text (an editor's headline): nothing to check


def overlap(ours: str, reference: str) -> float:
    """Share of the reference headline's content words that ours has."""
    wanted = set(content_words(reference))
    return len(wanted & set(content_words(ours))) / len(wanted) if wanted else 0.0
