"""Score quotes and their speakers against the key (rules in ``score.py``)."""

from __future__ import annotations

import string

from ..model import Quote
from .found import Found, shown_speaker, speaker_names
from .key import KeyEntry, KeyQuote
from .score import Context, Score, ratio
from .words import ends_name, normal

PHRASE_WORDS = 4
"""Quoted words shorter than this are phrases (scare quotes), which the key does not list."""
_END_PUNCTUATION = string.punctuation + " \u2026"


def holds(ours: Quote, wanted: KeyQuote) -> bool:
    """Tell whether our quote holds the key quote's words."""
    return normal(wanted.text).strip(_END_PUNCTUATION) in normal(ours.text)


def right_speaker(ours: Quote, wanted: KeyQuote, context: Context) -> bool:
    """Tell whether our quote names the key quote's speaker as the head of a speaker name."""
    names = speaker_names(ours, context.entities)
    return any(
        ends_name(key_name, name)
        for key_name in context.names.alternatives(wanted.speaker)
        for name in names
    )


def score_quotes(key: dict[str, KeyEntry], found: dict[str, Found], _context: Context) -> Score:
    """Quote text recall: key quotes that a quote of ours holds."""
    total = hits = 0
    misses = []
    for name, entry in key.items():
        for wanted in entry.quotes:
            total += 1
            if any(holds(ours, wanted) for ours in found[name].quotes):
                hits += 1
            else:
                misses.append(f"{name}: not found: {_short(wanted.text)!r} ({wanted.speaker})")
    return Score("quotes", None, ratio(hits, total), {"key": total, "found": hits}, tuple(misses))


def score_speakers(key: dict[str, KeyEntry], found: dict[str, Found], context: Context) -> Score:
    """Speaker recall over key quotes and precision over our attributed quotes of 4+ words."""
    total = right = attributed = attributed_right = 0
    misses = []
    for name, entry in key.items():
        quotes = found[name].quotes
        for wanted in entry.quotes:
            total += 1
            holders = [ours for ours in quotes if holds(ours, wanted)]
            if any(right_speaker(ours, wanted, context) for ours in holders):
                right += 1
            elif holders:
                shown = "; ".join(dict.fromkeys(shown_speaker(q) for q in holders))
                misses.append(f"{name}: {wanted.speaker} given as {shown}: {_short(wanted.text)!r}")
        for ours in quotes:
            if len(ours.text.split()) < PHRASE_WORDS or not speaker_names(ours, context.entities):
                continue
            attributed += 1
            if any(holds(ours, w) and right_speaker(ours, w, context) for w in entry.quotes):
                attributed_right += 1
            elif not any(holds(ours, w) for w in entry.quotes):
                misses.append(
                    f"{name}: {shown_speaker(ours)} said {_short(ours.text)!r}: not a key quote"
                )
    counts = {
        "key": total,
        "right": right,
        "ours attributed": attributed,
        "ours right": attributed_right,
    }
    precision = ratio(attributed_right, attributed)
    return Score("speakers", precision, ratio(right, total), counts, tuple(misses))


def _short(text: str, limit: int = 60) -> str:
    """The first words of a quote, for a report line."""
    text = normal(text)
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"
