"""Choose an article's headline and summary from its text: the first sentences that report news.

Rules an editor can check:

- The headline comes from the first body paragraph that reports something: photo captions
  (the clean-up marks them), a line that is only a dateline and a crosshead (a short line
  without a full stop: "Deaths in Gaza") are skipped.
- Within a paragraph, courtesies are skipped sentence by sentence: salutations ("Thank you,
  Madam President.", "Good afternoon, everyone."), a speech's address to named people
  ("Commissioner General Lazzarini, Executive Director Russell, I want to ...") and thanks,
  welcomes and condolences ("At the top, I want to express my deepest condolences ...").
  A form of address opening a sentence ("Colleagues, over the last weeks ..."), a
  transcript's speaker label ("MODERATOR:") and the dateline are dropped.
- The headline is the first remaining sentence without its full stop, at most 110 characters,
  cut at a word boundary with an ellipsis; the summary is the first one or two, at most about
  300 characters.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..text.courtesy import SPEAKER_LABEL, is_courtesy, without_vocative
from ..text.datelines import find_dateline
from ..text.sentences import split_sentences

# Only this much of a paragraph is ever scanned: a summary is at most two sentences.
_SCAN_LIMIT = 2000
TITLE_LIMIT = 110
SUMMARY_LIMIT = 300
_CROSSHEAD_WORDS = 10


@dataclass(frozen=True, slots=True)
class Lede:
    """Headline and summary drawn from the text, and where they come from."""

    title: str
    """The first news sentence, trimmed at a word boundary, without its full stop."""
    summary: str
    """The first one or two news sentences, at most about 300 characters."""
    paragraph: int
    """Index of the paragraph they come from, in the list given to ``choose_lede``."""


def choose_lede(paragraphs: Sequence[str]) -> Lede | None:
    """Return the headline and summary from the first paragraph that reports something."""
    for index, paragraph in enumerate(paragraphs):
        sentences = _news_sentences(paragraph)
        if sentences:
            return _lede(sentences, index)
    return None


def summarise_lede(paragraph: str) -> Lede:
    """Return the headline and summary of one lede paragraph (empty if it reports nothing)."""
    return choose_lede([paragraph]) or Lede("", "", 0)


def _news_sentences(paragraph: str) -> list[str]:
    """The sentences of a paragraph that report something; none for a crosshead or dateline."""
    text = " ".join(paragraph[:_SCAN_LIMIT].split())
    dateline = find_dateline(text)
    text = SPEAKER_LABEL.sub("", text[dateline.end :] if dateline else text, count=1)
    if not any(char.isalnum() for char in text) or _is_crosshead(text):
        return []
    sentences = (without_vocative(sentence) for sentence in split_sentences(text))
    return [sentence for sentence in sentences if not is_courtesy(sentence)]


def _is_crosshead(text: str) -> bool:
    """Tell a subheading ("Deaths in Gaza") from a sentence: short, and no closing stop."""
    return len(text.split()) <= _CROSSHEAD_WORDS and not text.endswith(
        (".", "!", "?", '"', "”", "’", ":", ";", ")")
    )


def _lede(sentences: list[str], paragraph: int) -> Lede:
    """Headline and summary from a paragraph's news sentences."""
    title = _trim(sentences[0], TITLE_LIMIT).rstrip(".")
    summary = sentences[0]
    if len(sentences) > 1 and len(summary) + len(sentences[1]) < SUMMARY_LIMIT:
        summary = f"{summary} {sentences[1]}"
    return Lede(title, _trim(summary, SUMMARY_LIMIT), paragraph)


def _trim(text: str, limit: int) -> str:
    """Cut ``text`` at the last word boundary before ``limit`` characters, marking the cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if text[limit - 1] != " " and " " in cut:
        cut = cut.rsplit(" ", 1)[0]  # drop the word the limit cuts in two
    return cut.rstrip(" ,;:-\u2013\u2014") + "\u2026"
