"""Who a figure comes from: the source a sentence states for a number, or none.

The nearest ``according to X`` in the sentence; else the speaker of the nearest reporting verb
before the number (``the Israeli military said``), else after it (``, the ministry said``); a
pronoun speaker (``he said``) or none gives no source. A leading ``a``/``an`` is dropped,
``the`` is kept.
"""

from __future__ import annotations

import re

from ..text.lexicon import CLAIM_VERBS, PRONOUNS, alternation

_ACCORDING_TO = re.compile(
    r"\baccording\s+to\s+(?:an?\s+)?(?P<source>(?:[^,.;:()\"“”]|\.(?=\w))+)", re.IGNORECASE
)
_REPORTING = re.compile(rf"\b(?:{alternation(CLAIM_VERBS)})\b")
_SPEAKER_CLAUSE = re.compile(r"[,;:()\"“”—–]|--")
_AUXILIARIES = re.compile(
    r"have|has|had|also|reportedly|previously|earlier|later|officially", re.IGNORECASE
)
# Words that end the speaker before a reporting verb: "where Palestinian officials claim".
_SPEAKER_STOP = re.compile(
    r"after|before|but|or|and|that|which|who|whom|whose|where|when|while|as|since|because|if"
    r"|though|although|so|then|meanwhile|however|than|on|at|with|by|to",
    re.IGNORECASE,
)
_CONTRAST = re.compile(r";|\b(?:while|whereas|but)\b")


def attribution(sentence: str, start: int, end: int) -> str | None:
    """Return who the sentence says makes the claim at [start, end), or None."""
    according = list(_ACCORDING_TO.finditer(sentence))
    if according:
        nearest = min(
            according, key=lambda found: min(abs(found.start() - end), abs(found.end() - start))
        )
        return " ".join(nearest.group("source").split())
    verbs_before = list(_REPORTING.finditer(sentence, 0, start))
    if verbs_before:
        return _speaker(sentence, verbs_before[-1])
    verb_after = _REPORTING.search(sentence, end)
    if not verb_after or _CONTRAST.search(sentence, end, verb_after.start()):
        return None
    return _speaker(sentence, verb_after)


def _speaker(sentence: str, verb: re.Match) -> str | None:
    """Return the noun phrase that does the reporting verb, or None for a pronoun or nothing."""
    words = _SPEAKER_CLAUSE.split(sentence[: verb.start()])[-1].split()
    while words and _AUXILIARIES.fullmatch(words[-1]):
        words.pop()
    if not words:  # '..., said the ministry.': the speaker follows the verb
        words = _SPEAKER_CLAUSE.split(sentence[verb.end() :])[0].split()[:6]
        words = [w.rstrip(".") for w in words]
    else:
        words = _noun_phrase_end(words)
    if words and words[0].lower() in ("a", "an"):
        words = words[1:]
    speaker = " ".join(words)
    return None if not speaker or speaker.lower() in PRONOUNS else speaker


def _noun_phrase_end(words: list[str]) -> list[str]:
    """Return the last words of a clause that can be the subject of a verb."""
    kept: list[str] = []
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        # "both Israel and Hamas have confirmed": "and" between names stays in the speaker.
        joins_names = (
            word == "and"
            and index > 0
            and bool(kept)
            and kept[0][:1].isupper()
            and words[index - 1][:1].isupper()
        )
        if (_SPEAKER_STOP.fullmatch(word) and not joins_names) or len(kept) == 6:
            break
        kept.insert(0, word)
    return kept
