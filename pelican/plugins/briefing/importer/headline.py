"""Infer a headline and a summary from the lede paragraph of an article."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A full stop, question or exclamation mark, closing quotes or brackets, then a space
# and the start of the next sentence. No nested quantifiers, so long lines stay linear.
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]{0,3}(?= +[\"'\u201c\u2018(\[]?[A-Z0-9])")
# Words whose full stop does not end a sentence (titles, months, initials handled apart).
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "rep",
        "sen",
        "gov",
        "pres",
        "st",
        "jr",
        "sr",
        "inc",
        "co",
        "corp",
        "ltd",
        "no",
        "vs",
        "etc",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.n",
        "u.k",
        "e.u",
        "a.m",
        "p.m",
    ]
)
_WORD_BEFORE = re.compile(r"([\w.]{1,12})$")
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
    sentences = _first_sentences(" ".join(paragraph[:_SCAN_LIMIT].split()), 2)
    if not sentences:
        return Lede("", "")
    title = _trim(sentences[0], TITLE_LIMIT).rstrip(".")
    summary = sentences[0]
    if len(sentences) > 1 and len(summary) + len(sentences[1]) < SUMMARY_LIMIT:
        summary = f"{summary} {sentences[1]}"
    return Lede(title, _trim(summary, SUMMARY_LIMIT))


def _first_sentences(text: str, count: int) -> list[str]:
    """Return up to ``count`` leading sentences of ``text``."""
    sentences, start = [], 0
    for found in _SENTENCE_END.finditer(text):
        if _is_abbreviation(text[start : found.start()]):
            continue
        sentences.append(text[start : found.end()].strip())
        start = found.end()
        if len(sentences) == count:
            return sentences
    rest = text[start:].strip()
    return [*sentences, rest] if rest else sentences


def _is_abbreviation(before: str) -> bool:
    """Tell whether the full stop after ``before`` belongs to an abbreviation or initial."""
    found = _WORD_BEFORE.search(before[-13:])
    word = found.group(1).lower() if found else ""
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _trim(text: str, limit: int) -> str:
    """Cut ``text`` at the last word boundary before ``limit`` characters, marking the cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if text[limit - 1] != " " and " " in cut:
        cut = cut.rsplit(" ", 1)[0]  # drop the word the limit cuts in two
    return cut.rstrip(" ,;:-\u2013\u2014") + "\u2026"
