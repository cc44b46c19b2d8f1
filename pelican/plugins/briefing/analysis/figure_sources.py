"""Who gives a figure: the source a sentence states for a number, or None.

In order, the first that applies:

1. ``according to X`` (the nearest in the sentence).
2. A possessive on a claim noun: ``the Committee's 2 percent objective``, ``the ministry's toll
   of 30,000``.
3. For money, the giver: ``the United States, through USAID, will provide $21 million``; a
   pronoun giver (``it would give``) leaves the verb that reports it.
4. A passive agent right after the number: ``$100 million ... announced by President Biden``.
5. The subject of the nearest reporting verb (``said``, ``estimated``, ``indicated``) or
   commitment verb (``decided to``, ``pledged``) before the number: ``Jake Sullivan``, not
   ``Biden's national security adviser`` when both are named (``X, Y, told``); ``COGAT``, not
   ``Gaza``, in ``COGAT, the body that oversees aid to Gaza, said`` (a description between
   commas is an aside). Skipped: a
   passive (``has been declared``, ``claimed by``), a participle (``the funding announced
   today will``), a verb whose object is the number's thing (``announced the four
   astronauts``), and a verb the number is cut off from by a ``, which`` clause.
6. The speaker of the first reporting verb after the number (``, the ministry said``; ``, said
   the ministry``; ``the 240 hostages Israel says``), unless a contrast (``but``, ``while``) or
   a relative clause (``that President Biden announced``) comes between, or the verb opens a
   clause of its own (``, and Egypt has warned that an assault ...``). "told CNN" names a
   listener, never the speaker.

A verb that sets a figure on a claim noun counts as a reporting verb: ``the army puts the
number at around 1.2 million``, ``the government put the death toll at 3,000``.

A source is a name (a capitalised word that is not a function word or a day) or a noun that
can speak (``text.lexicon.SOURCE_NOUNS``: ``the health ministry``, ``independent pollsters``);
a pronoun, a day (``Sunday``), an event (``rocket attack``) or a clause (``Famine has been``)
is none. The article's outlet is never a stand-in: a figure whose text names no source has none.
"""

from __future__ import annotations

import re

from ..text.calendar import is_calendar_name
from ..text.lexicon import (
    AUXILIARIES,
    BE_FORMS,
    CLAIM_NOUNS,
    CLAIM_VERBS,
    COMMITMENT_VERBS,
    FUNCTION_WORDS,
    GIVING_VERBS,
    LISTENER_VERBS,
    PERSON_NOUNS,
    PRONOUNS,
    SET_NOUNS,
    SETTING_VERBS,
    SOURCE_NOUNS,
    alternation,
)
from .phrasewords import singular

_ACCORDING_TO = re.compile(
    r"\baccording\s+to\s+(?:an?\s+)?(?P<source>(?:[^,.;:()\"“”]|\.(?=\w))+)", re.IGNORECASE
)
# "puts the number at", "put the number of striking workers at": the phrase is the verb.
_SETTING = (
    rf"(?:{alternation(SETTING_VERBS)})\s+(?:the|its|their|his|her)\s+(?:[\w-]+\s+)?"
    rf"(?:{alternation(SET_NOUNS)})(?:\s+of\s+(?:[\w-]+\s+){{0,2}}[\w-]+)?\s+at"
)
_REPORTING = re.compile(rf"\b(?:{_SETTING}|{alternation(CLAIM_VERBS | COMMITMENT_VERBS)})\b")
_GIVING = re.compile(rf"\b(?:{alternation(GIVING_VERBS)})\b")
_PART = re.compile(r"[,;:()\"“”—–]|--|\s-\s")
# A form of "be" is kept before the verb: it is what tells "was reported" from "reported".
_SKIPPED = AUXILIARIES - BE_FORMS
_SPEAKER_STOP = re.compile(
    r"after|before|but|or|that|which|who|whom|whose|where|when|while|as|since|because|if"
    r"|though|although|so|then|meanwhile|however|than|on|at|with|to|additionally|also",
    re.IGNORECASE,
)
_LEADING = re.compile(r"^(?:(?:and|but|where|while|as|that|which|who|so|then|meanwhile)\s+)+", re.I)
_TIME = r"(?:today|yesterday|tonight|on\s+\w+|last\s+\w+|this\s+\w+|earlier|later)"
_PARTICIPLE_AFTER = re.compile(
    rf"(?:\s+{_TIME})*\s+(?:will|would|can|could|may|might|must|shall|should|is|are|was|were"
    r"|has|have|had)\b",
    re.IGNORECASE,
)
_BY = re.compile(r"\s+by\b", re.IGNORECASE)
_AGENT = re.compile(rf"\s+by\s+(?P<agent>[^,;:()\"“”]+?)(?=\s+{_TIME}\b|[,;:.()\"“”]|$)", re.I)
_THE_NUMBER = re.compile(r"\s+the\s+", re.IGNORECASE)
_CUT_OFF = re.compile(r",\s+(?:which|who|where)\b", re.IGNORECASE)
# "1 million are sheltering there, and Egypt has warned that an assault ...": a verb after the
# number that opens its own "that" clause reports that clause, not the number.
_OWN_CLAUSE = re.compile(r"\s+that\b", re.IGNORECASE)
_BLOCK_AFTER = re.compile(r";|\b(?:while|whereas|but|that|which|who|whom)\b")
# A capitalised owner and its possessive: "the Health Ministry's ".
_OWNER = r"(?P<owner>(?:\bthe\s+)?(?:[A-Z][\w.&-]*\s+){0,4}[A-Z][\w.&-]*)['’]s\s+"
_POSSESSOR = re.compile(rf"{_OWNER}$")
_TOLL_OF = re.compile(rf"{_OWNER}(?:\w+\s+)?(?:{alternation(CLAIM_NOUNS)})\s+of\s+$")
_NOUN_AFTER = re.compile(r"\s+(?P<noun>\w+)")
_CLAIM_NOUN = re.compile(rf"^(?:{alternation(CLAIM_NOUNS)})$", re.IGNORECASE)
_VIA = re.compile(r"through|via", re.IGNORECASE)
_MOST_WORDS = 10
_SPEAKING = SOURCE_NOUNS | PERSON_NOUNS


def attribution(
    sentence: str, start: int, end: int, *, subject: str = "", money: bool = False
) -> str | None:
    """Who the sentence says gives the figure at [start, end) counting ``subject``, or None
    (see the module doc)."""
    according = list(_ACCORDING_TO.finditer(sentence))
    if according:
        nearest = min(according, key=lambda f: min(abs(f.start() - end), abs(f.end() - start)))
        return _source(nearest.group("source").split())
    owner = _owner(sentence, start, end)
    if owner:
        return owner
    given = _giver(sentence, start) if money else None
    passive = _passive_after(sentence, end)
    agent = _AGENT.match(sentence, passive) if passive >= 0 else None
    return (
        given
        or (agent and _source(agent.group("agent").split()))
        or _reported(sentence, start, _subject_end(sentence, end, subject))
    )


def _subject_end(sentence: str, end: int, subject: str) -> int:
    """Where the number's noun ends: "the 240 hostages | Israel says"."""
    written = re.match(r"\s+" + re.escape(subject), sentence[end:]) if subject else None
    return end + written.end() if written else end


def last_speaker(paragraph: str) -> str | None:
    """The source of the last reporting verb of a paragraph: who a following quote continues."""
    verbs = list(_REPORTING.finditer(paragraph))
    return _speaker(paragraph, verbs[-1], inverted=True) if verbs else None


def _owner(sentence: str, start: int, end: int) -> str | None:
    """ "the Committee's 2 percent objective", "the ministry's toll of 30,000"."""
    before = sentence[:start]
    toll = _TOLL_OF.search(before)
    if toll:
        return _source(toll.group("owner").split())
    possessor = _POSSESSOR.search(before)
    noun = _NOUN_AFTER.match(sentence, end)
    if possessor and noun and _CLAIM_NOUN.match(noun.group("noun")):
        return _source(possessor.group("owner").split())
    return None


def _giver(sentence: str, start: int) -> str | None:
    """The subject of the nearest verb of giving before a sum, unless a pronoun."""
    verbs = [
        v
        for v in _GIVING.finditer(sentence, 0, start)
        if not _CUT_OFF.search(sentence, v.end(), start)
    ]
    return _speaker(sentence, verbs[-1]) if verbs else None


def _passive_after(sentence: str, end: int) -> int:
    """The end of "announced" in "$100 million in aid announced by X", or -1."""
    clause = _PART.split(sentence[end:])[0]
    verb = _REPORTING.search(clause)
    if verb and _BY.match(clause, verb.end()) and not _BLOCK_AFTER.search(clause, 0, verb.start()):
        return end + verb.end()
    return -1


def _reported(sentence: str, start: int, end: int) -> str | None:
    """The speaker of the reporting verb before the number, else of the first one after it."""
    for verb in reversed(list(_REPORTING.finditer(sentence, 0, start))):
        if _CUT_OFF.search(sentence, verb.end(), start):
            return None
        if _is_passive(sentence, verb) or _PARTICIPLE_AFTER.match(sentence, verb.end()):
            continue
        if _THE_NUMBER.fullmatch(sentence, verb.end(), start):
            return None  # "announced the four astronauts": the number describes the object
        return _speaker(sentence, verb)
    after = _REPORTING.search(sentence, end)
    if (
        not after
        or _BLOCK_AFTER.search(sentence, end, after.start())
        or _is_passive(sentence, after)
        or _OWN_CLAUSE.match(sentence, after.end())
    ):
        return None
    return _speaker(sentence, after, inverted=True, floor=end)


def _is_passive(sentence: str, verb: re.Match) -> bool:
    """ "has been declared", "claimed by Hamas fighters": no subject reports the number."""
    words = [w for w in sentence[: verb.start()].split()[-3:] if w.lower() not in _SKIPPED]
    return bool(_BY.match(sentence, verb.end())) or bool(words and words[-1].lower() in BE_FORMS)


def _speaker(text: str, verb: re.Match, *, inverted: bool = False, floor: int = 0) -> str | None:
    """The noun phrase that does a reporting verb (``inverted``: may follow it), from the words
    after ``floor``."""
    parts = _PART.split(text[floor : verb.start()])
    words = _strip_auxiliaries(parts[-1].split())
    if not words and inverted and verb.group() not in LISTENER_VERBS:
        after = _PART.split(text[verb.end() :])[0]
        after = re.split(rf"\s+{_TIME}\b", after, flags=re.IGNORECASE)[0]
        return _source([w.rstrip(".") for w in after.split()][:_MOST_WORDS])
    if not words and len(parts) > 2:  # "Biden's adviser, Jake Sullivan, told": the name wins
        named = [i for i in (-3, -2) if parts[i].split() and parts[i].split()[-1][:1].isupper()]
        # "COGAT, the body that oversees aid to Gaza, said": a description after the name is
        # an aside about it, however it ends.
        if -3 in named and _is_description(parts[-2]):
            named = [-3]
        chosen = named[-1] if named else -2
        words = parts[chosen].split()
        if words and _VIA.fullmatch(words[0]) and len(parts) > 3:  # "the US, through USAID,"
            giver = _noun_phrase_end(parts[chosen - 1].split())
            return _source([*giver[:-1], f"{giver[-1]},", *words]) if giver else None
    return _source(_noun_phrase_end(words)) or _source(_noun_phrase_start(words))


def _is_description(part: str) -> bool:
    """Whether a comma-enclosed part describes (an article, then a noun: "the Israeli body that
    oversees aid") rather than names someone."""
    words = part.split()
    return len(words) > 1 and words[0].lower() in ("the", "a", "an")


def _strip_auxiliaries(words: list[str]) -> list[str]:
    """Drop "has", "also", "will" before the verb: "the ministry has also said"."""
    while words and words[-1].lower() in _SKIPPED:
        words = words[:-1]
    return words


def _noun_phrase_end(words: list[str]) -> list[str]:
    """The last words of a clause that can be the subject of a verb."""
    kept: list[str] = []
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        # "Hezbollah and the Israeli military said": "and" after a name joins two speakers.
        joins = word == "and" and index > 0 and words[index - 1][:1].isupper() and bool(kept)
        stop = (_SPEAKER_STOP.fullmatch(word) and not _is_acronym(word)) or word == "and"
        if (stop and not joins) or len(kept) == _MOST_WORDS:
            break
        kept.insert(0, word)
    return kept


def _noun_phrase_start(words: list[str]) -> list[str]:
    """The first words of a clause up to a participle: "tallies by pollsters released after"."""
    text = _LEADING.sub("", " ".join(words))
    kept = []
    for word in text.split()[:_MOST_WORDS]:
        if word[:1].islower() and re.fullmatch(r"\w+(?:ed|ing)|who|which|that", word) and kept:
            break
        kept.append(word)
    return kept


def _source(words: list[str]) -> str | None:
    """The words as a source, or None when they cannot name one (see the module doc)."""
    words = [w.strip("\"“”'") for w in words if w.strip("\"“”'")]
    if words and words[0].lower() in ("a", "an"):
        words = words[1:]
    while (
        words
        and not _is_acronym(words[-1])
        and (words[-1].lower() in FUNCTION_WORDS or is_calendar_name(words[-1]))
    ):
        words = words[:-1]
    phrase = " ".join(words)
    if not phrase or phrase.lower() in PRONOUNS:
        return None
    named = any(
        _is_acronym(w)
        or (w[:1].isupper() and w.lower() not in FUNCTION_WORDS and not is_calendar_name(w))
        for w in words
    )
    speaking = any(_can_speak(word) for word in words)
    return phrase if named or speaking else None


def _can_speak(word: str) -> bool:
    """Whether a word is a noun that can give a figure ("ministry", "pollsters", "tallies")."""
    word = re.sub(r"['’]s?$", "", word.lower())
    return bool({word, singular(word)} & _SPEAKING)


def _is_acronym(word: str) -> bool:
    """Whether a word is written in capitals ("WHO", "UNRWA"): a name, never a function word."""
    letters = re.sub(r"[^A-Za-z]", "", word)
    return len(letters) > 1 and letters.isupper()
