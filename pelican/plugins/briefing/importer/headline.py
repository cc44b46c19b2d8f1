"""Infer a headline and a summary from the lede paragraph of an article."""

from __future__ import annotations

from dataclasses import dataclass

from ..text.sentences import split_sentences

# Only this much of a paragraph is ever scanned: a summary is at most two sentences.
_SCAN_LIMIT = 2000
TITLE_LIMIT = 110
SUMMARY_LIMIT = 300


@dataclass(frozen=True)
class Lede:
    """Headline and summary drawn from the first body paragraph."""

    title: str
    """The first sentence, trimmed at a word boundary, without its full stop."""
    summary: str
    """The first one or two sentences, at most about 300 characters."""


def summarise_lede(paragraph: str) -> Lede:
    """Return the headline and summary for a lede paragraph (its dateline already removed)."""
    sentences = split_sentences(" ".join(paragraph[:_SCAN_LIMIT].split()))[:2]
    if not sentences:
        return Lede("", "")
    title = _trim(sentences[0], TITLE_LIMIT).rstrip(".")
    summary = sentences[0]
    if len(sentences) > 1 and len(summary) + len(sentences[1]) < SUMMARY_LIMIT:
        summary = f"{summary} {sentences[1]}"
    return Lede(title, _trim(summary, SUMMARY_LIMIT))


def _trim(text: str, limit: int) -> str:
    """Cut ``text`` at the last word boundary before ``limit`` characters, marking the cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if text[limit - 1] != " " and " " in cut:
        cut = cut.rsplit(" ", 1)[0]  # drop the word the limit cuts in two
    return cut.rstrip(" ,;:-\u2013\u2014") + "\u2026"
