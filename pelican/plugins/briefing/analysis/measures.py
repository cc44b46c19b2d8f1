"""What a number counts: the measure key of a figure, from the words around it.

``counted`` is a measure key from ``_AFTER_CUES``/``_VERB_BEFORE`` and the rules in ``counted``;
an unknown measure is ``count``. A one-day increment (``in the past 24 hours``, ``overnight``)
gets the suffix ``-daily`` (``killed-daily``), so daily increments never mix with totals.
Institution sizes are figures: ``47 member nations`` counts ``members``, ``13,000 staff`` ``staff``.
"""

from __future__ import annotations

import re

from ..text.lexicon import CURRENCY_NAMES

_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|but|while|whereas)\b")
_FAMINE = re.compile(r"\b(?:famine|starv\w*|hunger|malnutrition)\b", re.IGNORECASE)
_MONEY_GIVEN = re.compile(
    r"\b(?:pledg|giv|gave|donat|provid|contribut|grant|fund|aid|announc)", re.I
)
_ACCUSED = re.compile(r"\b(?:accus|alleg|suspect)\w*", re.IGNORECASE)
_STAFF = re.compile(r"\b(?:staff|employees|workers)\b", re.IGNORECASE)
_MEMBERS = re.compile(r"\bmembers?\b", re.IGNORECASE)
_FIGHTERS = re.compile(r"\b(?:fighters|militants|combatants|terrorists|gunmen|operatives)\b", re.I)
_HOSTAGES = re.compile(r"\b(?:hostages?|captives?)\b", re.IGNORECASE)
_GENERIC = re.compile(r"^(?:people|persons|others|)$", re.IGNORECASE)
_VOTES = (
    (
        "votes-for",
        re.compile(r"^\s*(?:\w+\s+)?(?:vot(?:ed|ing)\s+(?:in\s+favou?r|for)|in\s+favou?r|backed)"),
    ),
    (
        "votes-against",
        re.compile(r"^\s*(?:\w+\s+)?(?:vot(?:ed|ing)\s+against|opposed|against|rejected)"),
    ),
    ("abstentions", re.compile(r"^\s*(?:\w+\s+)?(?:abstain\w*|abstentions?)")),
)
# A verb just before the number governs it: "have killed 440", "arrested over 350".
_VERB_BEFORE = (
    ("killed", re.compile(r"\b(?:killed|kill|kills|killing)\s*$", re.I)),
    ("arrested", re.compile(r"\b(?:arrested|detained|arrest|detain)\s*$", re.I)),
    ("wounded", re.compile(r"\b(?:wounded|injured)\s*$", re.I)),
    ("hostages-taken", re.compile(r"\b(?:took|seized|abducted|kidnapped)\s*$", re.I)),
    ("displaced", re.compile(r"\bdisplaced\s*$", re.I)),
)
# Cues after the number, first one wins; hostage cues count only in a hostage context.
_AFTER_CUES = (
    ("hostages-taken", re.compile(r"\b(?:seized|taken|abducted|kidnapped|snatched)\b", re.I)),
    ("hostages-held", re.compile(r"\b(?:still|remain\w*|held|captivity)\b", re.I)),
    ("hostages-dead", re.compile(r"\b(?:dead|died|deceased|bodies)\b", re.I)),
    ("hostages-released", re.compile(r"\b(?:released|freed|rescued)\b", re.I)),
    ("killed", re.compile(r"\b(?:killed|dead|died|deaths?|fatalities|death toll)\b", re.I)),
    ("wounded", re.compile(r"\b(?:wounded|injured|hurt)\b", re.I)),
    ("arrested", re.compile(r"\b(?:arrested|detained|apprehended)\b", re.I)),
    (
        "people-sheltering",
        re.compile(r"\b(?:shelter\w*|confined|gathered|crammed|huddled)\b", re.I),
    ),
    ("displaced", re.compile(r"\b(?:displaced|fled|uprooted)\b", re.I)),
)
# Cues after the number stop at the next clause: "hostages were rescued in a raid which killed 274".
_AFTER_BREAK = re.compile(r";|\b(?:which|who|that|when|while|whereas|but|and)\b")
_TOLL_BEFORE = re.compile(r"\b(?:death toll|toll)\b", re.IGNORECASE)
_DAILY = re.compile(
    r"\b(?:(?:past|last|previous)\s+(?:24|twenty-four)\s+hours|(?:past|last)\s+day|overnight"
    r"|in\s+a\s+(?:single\s+)?day|per\s+day|daily)\b",
    re.IGNORECASE,
)
_TOTAL = re.compile(r"\b(?:total|toll|overall|cumulative|in all|since)\b", re.IGNORECASE)


def counted(unit: str, subject: str, before: str, after: str, paragraph: str) -> str:
    """The measure key of a number with ``unit`` counting ``subject``, from the words around it."""
    clause = _CLAUSE_BREAK.split(before)[-1]
    key = _measure(unit, subject, clause, after, paragraph)
    if key in ("killed", "wounded", "arrested") and _is_daily(before, after, clause):
        return f"{key}-daily"
    return key


def _measure(unit: str, subject: str, clause: str, after: str, paragraph: str) -> str:
    """Return the measure key before the daily/total distinction."""
    if unit in CURRENCY_NAMES:
        return "aid-pledged" if _MONEY_GIVEN.search(clause + after) else "money"
    if unit in ("hour", "day", "week", "month", "year"):
        return "duration"
    if unit == "percent":
        return "share"
    if _FAMINE.search(clause) or _FAMINE.search(_CLAUSE_BREAK.split(after)[0]):
        return "people-at-risk-of-famine"
    return _people_measure(subject, clause, after, paragraph)


def _people_measure(subject: str, clause: str, after: str, paragraph: str) -> str:
    """Return the measure key of a count of people (or of members, staff, votes)."""
    if _STAFF.search(subject):
        return "staff-accused" if _ACCUSED.search(clause) else "staff"
    if _MEMBERS.search(subject):
        return "members"
    for key, pattern in _VOTES:
        if pattern.match(after):
            return key
    verb = next((key for key, pattern in _VERB_BEFORE if pattern.search(clause)), None)
    if verb == "killed" and _FIGHTERS.search(subject):
        return "fighters-killed"
    return verb or _after_cue(subject, clause, after, paragraph)


def _after_cue(subject: str, clause: str, after: str, paragraph: str) -> str:
    """Return the measure named by the first cue after the number, else a fallback key."""
    hostages = bool(
        _HOSTAGES.search(subject)
        or _HOSTAGES.search(after)
        or (_GENERIC.match(subject) and _HOSTAGES.search(paragraph))
    )
    cues = [
        (found.start(), key)
        for key, pattern in _AFTER_CUES
        if (found := pattern.search(_AFTER_BREAK.split(after)[0]))
        and (hostages or not key.startswith("hostages"))
    ]
    if cues:
        key = min(cues)[1]
        if key == "killed" and _FIGHTERS.search(subject):
            return "fighters-killed"
        return "hostages-dead" if key == "killed" and _HOSTAGES.search(subject) else key
    if _TOLL_BEFORE.search(clause):
        return "killed"
    return "hostages-held" if _HOSTAGES.search(subject) else "count"


def _is_daily(before: str, after: str, clause: str) -> bool:
    """Tell a one-day increment ("in the past 24 hours") from a running total."""
    return bool(_DAILY.search(before + after)) and not _TOTAL.search(clause)
