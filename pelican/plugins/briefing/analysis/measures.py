"""What a number counts (its measure key) and what kind of count it is, from the words around it.

Measure keys: ``killed``, ``fighters-killed``, ``wounded``, ``arrested``, ``hostages-taken``,
``hostages-held``, ``hostages-released``, ``hostages-dead``, ``released`` (prisoners freed),
``missing``, ``displaced``, ``people-sheltering``, ``people-in-need``,
``people-at-risk-of-famine``, ``people``, ``staff``, ``staff-accused``, ``forces`` (troops and
weapons), ``votes-for``, ``votes-against``, ``abstentions``, ``vote-share``, ``money``,
``aid-pledged``, ``aid-trucks``, ``aid-quantity`` (by weight), ``share``, and ``count`` for a
count of nothing named.

- A verb just before the number governs it (``have killed 440``, ``Hamas released 10 Thai
  nationals``); else a participle right after it (``four rescued hostages``: released, not held)
  or the first cue after it in its clause, asides skipped (``Twenty-four hostages, including 13
  ..., were released``); else what the subject is (hostages held, aid trucks, forces, people).
- People freed are hostages released only in a hostage context, else prisoners ``released``.
- Members counted as they vote are votes (``10 members of the Council voted for``); a
  percentage of the vote is a ``vote-share``.

Kinds (``kind``): ``cumulative`` (a running total: ``the death toll ... to 35,034``, ``has
killed 30,000 since``, ``the Israeli offensive``), ``daily`` (one day's: ``in the past 24
hours``, ``overnight``), ``event`` (one event's: ``a strike killed two``, ``the October 7
attack``; every vote) or ``count`` (how many there are: hostages held, people displaced or in
need, money, shares); a rate (``200 trucks a day``) is ``daily``. For tolls (killed, wounded,
arrested, hostages taken or released) and people who fled (``800,000 have fled Rafah since``)
the first of these the text gives decides: a total word or ``since`` (``killed since the
attack`` runs on), one event, a day, several events (with ``have killed`` they run on), a
campaign, then the tense (``have been killed`` is a running total, ``were killed`` what
happened); a toll that gives none has no kind (None).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..text.lexicon import (
    AID_VEHICLES,
    CAMPAIGN_NOUNS,
    CURRENCY_NAMES,
    DAILY_WORDS,
    EVENT_NOUNS,
    FORCE_WORDS,
    PEOPLE_WORDS,
    PERSON_COUNTS,
    STAFF_WORDS,
    TOTAL_WORDS,
    alternation,
)

_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|but|while|whereas)\b")
_FAMINE = re.compile(r"\b(?:famine|starv\w*|hunger|malnutrition)\b", re.IGNORECASE)
_GIVEN = re.compile(r"\b(?:pledg|giv|gave|donat|provid|contribut|grant|fund|aid|announc)", re.I)
_VOTE_SHARE = re.compile(r"\bvot(?:e|es|ers)\b|\bballots?\b", re.IGNORECASE)
_ACCUSED = re.compile(r"\b(?:accus|alleg|suspect)\w*", re.IGNORECASE)
_STAFF = re.compile(rf"\b(?:{alternation(STAFF_WORDS)})\b", re.IGNORECASE)
_HOSTAGES = re.compile(r"\b(?:hostages?|captives?)\b", re.IGNORECASE)
_GENERIC = re.compile(r"^(?:people|persons|others|)$", re.IGNORECASE)
_FIGHTERS = re.compile(r"\b(?:fighters|militants|combatants|terrorists|gunmen|operatives)\b", re.I)
_VOTES = (
    ("votes-for", r"vot(?:ed|ing)\s+(?:in\s+favou?r|for)|in\s+favou?r|backed"),
    ("votes-against", r"vot(?:ed|ing)\s+against|opposed|against|rejected"),
    ("abstentions", r"abstain\w*|abstentions?"),
)
_VOTES = tuple((k, re.compile(rf"^[^,;.]{{0,40}}?\b(?:{p})", re.I)) for k, p in _VOTES)
# A verb just before the number governs it: "have killed 440", "arrested over 350".
_VERB_BEFORE = (
    ("killed", r"killed|kill|kills|killing"),
    ("arrested", r"arrested|detained|arrest|detain"),
    ("wounded", r"wounded|injured"),
    ("hostages-taken", r"took|seized|abducted|kidnapped"),
    ("released", r"released|freed|rescued|release|free|reunite|reunited"),
    ("displaced", r"displaced"),
)
_VERB_BEFORE = tuple((k, re.compile(rf"\b(?:{p})\s*$", re.I)) for k, p in _VERB_BEFORE)
# Cues after the number, the nearest wins; hostage cues count only in a hostage context.
_AFTER_CUES = (
    ("hostages-taken", r"seized|taken|abducted|kidnapped|snatched"),
    ("hostages-held", r"still|remain\w*|held|captivity"),
    ("hostages-dead", r"dead|died|deceased|bodies"),
    ("released", r"released|freed|rescued"),
    ("killed", r"killed|dead|died|deaths?|fatalities|death toll"),
    ("wounded", r"wounded|injured|hurt"),
    ("arrested", r"arrested|detained|apprehended"),
    ("missing", r"missing|unaccounted"),
    ("people-sheltering", r"shelter\w*|confined|gathered|crammed|huddled"),
    (
        "displaced",
        r"displaced|fled|uprooted|refuge|sanctuary|pushed|evacuated|from\s+their\s+homes",
    ),
    ("people-in-need", r"in\s+need|need|needing"),
)
_AFTER_CUES = tuple((k, re.compile(rf"\b(?:{p})\b", re.I)) for k, p in _AFTER_CUES)
_PARTICIPLE = re.compile(r"^\s+(\w+ed|dead)\s+(?=[a-z])")
# Cues after the number stop at the next clause: "hostages were rescued in a raid which killed 274".
_AFTER_BREAK = re.compile(r";|\b(?:which|who|that|when|while|whereas|but)\b|,\s+and\b")
_RELATIVE = re.compile(r"^\s*(?:who|that|which)\b", re.IGNORECASE)
_TOLL_BEFORE = re.compile(r"\b(?:death toll|toll|among the dead|the dead included?)\b", re.I)
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ans|ians|is|ese|ites)$")

_TOTAL = re.compile(rf"\b(?:{alternation(TOTAL_WORDS)})\b", re.I)
_BRINGING = re.compile(r"\bbring\w*\b.*\bto\s*$", re.IGNORECASE)
_KIND_BREAK = re.compile(r"[,;:]|\b(?:but|while|whereas|which|that|who)\b")
# "the attack, in which 1,400 were killed"; "its bombardment of Gaza, resulting in 32,000 deaths"
_RELATIVE_OPENING = re.compile(r"^\s*(?:in\s+which|which|where|when|during\s+which|\w+ing)\b", re.I)
_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
_MOVES = frozenset(("displaced", "people-sheltering"))
_FLOW = re.compile(r"\b(?:fled|flee\w*|left|evacuated)\b", re.IGNORECASE)
_RATE = re.compile(r"\b(?:(?:a|per|each|every)\s+day\b(?!\s+(?:earlier|later|before|after))|daily)")
_DAILY = re.compile(rf"\b(?:{alternation(DAILY_WORDS)})\b", re.IGNORECASE)
_EVENT = re.compile(rf"\b(?:{alternation(EVENT_NOUNS)})\b", re.IGNORECASE)
_CAMPAIGN = re.compile(rf"\b(?:{alternation(CAMPAIGN_NOUNS)})\b", re.IGNORECASE)
_PERFECT = re.compile(
    r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:been\s+)?(?:killed|died|wounded|\w+ed)\b", re.I
)
_PAST = re.compile(
    r"\b(?:was|were)\s+(?:\w+\s+)?(?:\w+ed|hurt|taken|held)\b|\b(?:\w+ed|took|fled|died|hurt|freed)\b",
    re.I,
)
TOLLS = frozenset(
    (
        "killed",
        "fighters-killed",
        "wounded",
        "arrested",
        "hostages-taken",
        "hostages-released",
        "released",
    )
)
"""Measures of things that happen: their kind is read from the text."""
_VOTE_KEYS = frozenset(("votes-for", "votes-against", "abstentions", "vote-share"))


def counted(unit: str, subject: str, before: str, after: str, paragraph: str) -> str:
    """The measure key of a number with ``unit`` counting ``subject``, from the words around it."""
    clause = _CLAUSE_BREAK.split(before)[-1]
    if unit in CURRENCY_NAMES:
        return "aid-pledged" if _GIVEN.search(clause + after) else "money"
    if unit == "percentage point":
        return "share"
    if unit in ("percent", "fraction"):
        return "vote-share" if _VOTE_SHARE.search(subject) else "share"
    if unit:
        return "aid-quantity"
    if _FAMINE.search(clause) or _FAMINE.search(_CLAUSE_BREAK.split(after)[0]):
        return "people-at-risk-of-famine"
    return _people_measure(subject, clause, after, paragraph)


def kind(measure: str, prefix: str, after: str) -> str | None:
    """``cumulative``, ``daily``, ``event`` or ``count`` (see the module doc); None if not told.

    ``prefix`` is the sentence up to the number, ``after`` the words up to the next number.
    """
    if measure in _VOTE_KEYS:
        return "event"
    following = _KIND_BREAK.split(after)[0]
    flows = measure in _MOVES and _FLOW.search(following)  # "800,000 have fled Rafah since"
    if measure not in TOLLS and not flows:
        return "daily" if _RATE.search(following) else "count"  # "about 200 trucks a day"
    parts = re.split(r"[,;:]", prefix)  # "it has killed 140 fighters and arrested 350"
    part = parts[-1]
    if len(parts) > 1 and _RELATIVE_OPENING.match(part):  # "the attack, in which 1,400 were"
        part = parts[-2] + part
    near = _CLAUSE_BREAK.split(prefix)[-1] + " # " + following
    around = part + " # " + after
    events = _EVENT.findall(around)
    perfect = _PERFECT.search(part + " # " + following)
    if _TOTAL.search(near) or _BRINGING.search(part):
        return "cumulative"
    if _SINCE.search(following) or (perfect and _SINCE.search(part)):  # since the attack: runs on
        return "cumulative"
    if any(not event.lower().endswith("s") for event in events):
        return "event"
    if _DAILY.search(near):
        return "daily"
    if events:  # "strikes killed 17 on Tuesday"; "floods have killed 147"
        return "cumulative" if perfect else "event"
    if perfect or _CAMPAIGN.search(around):
        return "cumulative"
    return "event" if _PAST.search(near) else None


def _people_measure(subject: str, clause: str, after: str, paragraph: str) -> str:
    """The measure key of a count of people or things (votes, staff, trucks, troops)."""
    for key, pattern in _VOTES:
        if pattern.match(after):
            return key
    hostages = _Hostages.of(subject, after, paragraph)
    verb = next((key for key, pattern in _VERB_BEFORE if pattern.search(clause)), None)
    participle = _PARTICIPLE.match(after)
    if not verb and participle:
        verb = _cue(participle.group(1), hostages.context)
    key = verb or _cue(_after_clause(subject, after), hostages.context)
    if key:
        return _refine(key, subject, hostages)
    if _STAFF.search(subject):
        return "staff-accused" if _ACCUSED.search(clause) else "staff"
    if _TOLL_BEFORE.search(clause):
        return "killed"
    return _by_subject(subject, hostages.in_subject)


class _Hostages(NamedTuple):
    """Where hostages are named around a number."""

    in_subject: bool  # in its subject: "12 hostages"
    anywhere: bool  # in its subject, the words after it or its paragraph
    context: bool  # what makes hostage cues count: near it, or in its paragraph for "people"

    @classmethod
    def of(cls, subject: str, after: str, paragraph: str) -> _Hostages:
        """Search the subject, the words after and the paragraph once each, at most."""
        in_subject = bool(_HOSTAGES.search(subject))
        near = in_subject or bool(_HOSTAGES.search(after))
        anywhere = near or bool(_HOSTAGES.search(paragraph))
        return cls(in_subject, anywhere, near or (bool(_GENERIC.match(subject)) and anywhere))


def _after_clause(subject: str, after: str) -> str:
    """The words after a number up to the next clause; "40 others who are missing" runs on."""
    rest = after[after.find(subject) + len(subject) :] if subject and subject in after else after
    head = after[: len(after) - len(rest)]
    if relative := _RELATIVE.match(rest):
        return head + rest[: relative.end()] + _AFTER_BREAK.split(rest[relative.end() :])[0]
    return _AFTER_BREAK.split(after)[0]


def _cue(text: str, hostages: bool) -> str | None:
    """The measure named by the first cue in ``text``; hostage cues need a hostage context."""
    cues = [
        (found.start(), key)
        for key, pattern in _AFTER_CUES
        if (found := pattern.search(text)) and (hostages or not key.startswith("hostages"))
    ]
    return min(cues)[1] if cues else None


def _refine(key: str, subject: str, hostages: _Hostages) -> str:
    """Fighters killed, hostages dead and hostages released are their own measures."""
    if key == "released" and hostages.anywhere:
        return "hostages-released"
    if key == "killed" and _FIGHTERS.search(subject):
        return "fighters-killed"
    return "hostages-dead" if key == "killed" and hostages.in_subject else key


def _by_subject(subject: str, hostages: bool) -> str:
    """The measure a count takes from what it counts (``hostages``: the subject names them), when
    no word around it says more."""
    words = subject.split()
    head = words[-1].lower().rsplit("-", 1)[-1] if words else ""  # "Soldier-Athletes": athletes
    if hostages:
        return "hostages-held"
    if any(word.lower() in AID_VEHICLES for word in words):
        return "aid-trucks"
    if any(word.lower() in FORCE_WORDS for word in words):
        return "forces"
    if head in PERSON_COUNTS or (words and means_people(words[-1])):
        return "people"
    return "count"


def means_people(head: str) -> bool:
    """Whether the head of a subject means people in general ("deaths", "Palestinians")."""
    return head.lower() in PEOPLE_WORDS or bool(_DEMONYM.match(head))
